/* ledger/i18n.c — the language setting: glibc's gettext, switched with $LANGUAGE.
 *
 * Debian may have only the C and C.UTF-8 locales. glibc's gettext honours $LANGUAGE when
 * LC_MESSAGES is C.UTF-8 (not under plain C), so sif selects C.UTF-8 for LC_MESSAGES and
 * LC_CTYPE, names the language in $LANGUAGE and leaves every other category alone. */
#include "sif/i18n.h"

#include <libintl.h>
#include <stdbool.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#define SIF_TEXTDOMAIN "sif"

#ifndef SIF_LOCALEDIR
#define SIF_LOCALEDIR "/usr/local/share/locale"
#endif

sif_status sif_lang_parse(const char *text, sif_lang *out, sif_error *err)
{
    if (text && strcmp(text, "sv") == 0) {
        *out = SIF_LANG_SV;
        return SIF_OK;
    }
    if (text && strcmp(text, "en") == 0) {
        *out = SIF_LANG_EN;
        return SIF_OK;
    }
    return sif_error_set(err, SIF_ERR_USAGE, "language \"%s\" is not sv or en",
                         text ? text : "");
}

static sif_lang current = SIF_LANG_SV;
static int ready;

sif_status sif_i18n_init(const char *lang, const char *localedir, sif_error *err)
{
    const char *env = getenv("SIF_LANG");
    const char *want = lang ? lang : (env && *env ? env : "sv");
    sif_lang l = SIF_LANG_SV;
    bool known = sif_lang_parse(want, &l, NULL) == SIF_OK;
    current = l;
    if (setlocale(LC_MESSAGES, "C.UTF-8") == NULL)
        setlocale(LC_MESSAGES, "C.utf8");
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
        setlocale(LC_CTYPE, "C.utf8");
    /* English is the catalogs' message id: no catalog, no lookup */
    setenv("LANGUAGE", l == SIF_LANG_EN ? "en" : "sv", 1);
    bindtextdomain(SIF_TEXTDOMAIN, localedir ? localedir : SIF_LOCALEDIR);
    bind_textdomain_codeset(SIF_TEXTDOMAIN, "UTF-8");
    ready = 1;
    if (known)
        return SIF_OK;
    /* said in the default language, now that its catalog is bound */
    if (lang == NULL)
        return sif_error_set(err, SIF_ERR_USAGE, "SIF_LANG=\"%s\" is not sv or en", want);
    return sif_lang_parse(want, &l, err);
}

void sif_i18n_set(sif_lang lang)
{
    current = lang;
    setenv("LANGUAGE", lang == SIF_LANG_EN ? "en" : "sv", 1);
}

sif_lang sif_i18n_lang(void)
{
    return current;
}

/* A message id with a context is "context\004id" (NC_): untranslated, it says the id. */
static const char *strip_context(const char *msgid)
{
    const char *p = strchr(msgid, '\004');
    return p ? p + 1 : msgid;
}

static const char *swedish(const char *msgid)
{
    const char *t = dgettext(SIF_TEXTDOMAIN, msgid);
    return t == msgid ? strip_context(msgid) : t;
}

const char *sif_tr(const char *msgid)
{
    if (!ready || current == SIF_LANG_EN || msgid == NULL || *msgid == '\0')
        return msgid ? strip_context(msgid) : msgid;
    return swedish(msgid);
}

const char *sif_tr_in(sif_lang lang, const char *msgid)
{
    if (lang == current || msgid == NULL)
        return sif_tr(msgid);
    if (!ready || lang == SIF_LANG_EN || *msgid == '\0')
        return strip_context(msgid);
    /* Swedish while the process speaks English: only Swedish is ever looked up (English is
     * the message id), so gettext's cache holds nothing English to confuse */
    setenv("LANGUAGE", "sv", 1);
    const char *t = swedish(msgid);
    setenv("LANGUAGE", "en", 1);
    return t;
}

const char *sif_trn(const char *singular, const char *plural, unsigned long n)
{
    if (!ready || current == SIF_LANG_EN)
        return n == 1 ? singular : plural;
    return dngettext(SIF_TEXTDOMAIN, singular, plural, n);
}
