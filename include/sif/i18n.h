/* include/sif/i18n.h — the one language setting of everything sif says (SPEC §14).
 *
 * @code
 *     sif_error err;
 *     if (sif_i18n_init("en", "/usr/share/locale", &err) != SIF_OK) ...
 *     // from now on every message, table, log line and report label is English
 * @endcode
 *
 * Translations live in GNU gettext catalogs (po/ in the source tree, compiled to
 * LOCALEDIR/LANG/LC_MESSAGES/sif.mo). The message ids are English; po/sv.po holds the
 * Swedish. The setting is process-wide (gettext's is), so it is made once, before anything
 * is said. Only LC_MESSAGES and LC_CTYPE are touched: LC_NUMERIC stays "C", so printf never
 * writes a decimal comma into JSON.
 */
#ifndef SIF_I18N_H
#define SIF_I18N_H

#include "sif/error.h"

typedef enum sif_lang {
    SIF_LANG_SV = 0,  /* Swedish (the default) */
    SIF_LANG_EN
} sif_lang;

/* Parse "sv" or "en" (SIF_ERR_USAGE otherwise). */
sif_status sif_lang_parse(const char *text, sif_lang *out, sif_error *err);

/* Pick the language: lang is "sv" or "en"; NULL means $SIF_LANG, else Swedish. localedir
 * is where the compiled catalogs are (NULL: the installed location). SIF_ERR_USAGE when
 * lang (or $SIF_LANG) is neither sv nor en; the language is then unchanged (Swedish). */
sif_status sif_i18n_init(const char *lang, const char *localedir, sif_error *err);

/* Switch to lang after sif_i18n_init (a command's own --lang). */
void sif_i18n_set(sif_lang lang);

/* The language chosen by sif_i18n_init (Swedish before it is called). */
sif_lang sif_i18n_lang(void);

/* The message msgid in the chosen language. The returned text is borrowed: it lives as long
 * as the process (it is either msgid itself or a string of the loaded catalog). */
const char *sif_tr(const char *msgid) __attribute__((format_arg(1)));

/* As sif_tr, in lang rather than the chosen language (a report written in its own --lang). A
 * message id "context\004id" (NC_ in the sources) says id when it has no translation. */
const char *sif_tr_in(sif_lang lang, const char *msgid) __attribute__((format_arg(2)));

/* As sif_tr for a message with a count: singular for n == 1, else plural
 * (sif_trn("1 row", "%ld rows", n) -> "1 rad" / "%ld rader"). */
const char *sif_trn(const char *singular, const char *plural, unsigned long n)
    __attribute__((format_arg(1), format_arg(2)));

#endif
