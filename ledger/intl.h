/* ledger/intl.h — the gettext markers of sif's own sources (not a public header).
 *
 * _("text") translates now; N_("text") only marks a string for xgettext (a table entry,
 * a static initialiser) that is translated with _() where it is printed. NC_("ctx", "text")
 * marks one with a context. */
#ifndef SIF_INTL_H
#define SIF_INTL_H

#include "sif/i18n.h"

#define _(msgid) sif_tr(msgid)
#define N_(msgid) (msgid)
/* A message id with a context, for one English word with two Swedish forms: translated by
 * sif_tr / sif_tr_in ("plural", "realised" -> "realiserade"). */
#define NC_(context, msgid) (context "\004" msgid)
/* A word of ours passed as a saving derivation's "%s" argument, and an input label of ours:
 * stored as message ids and said in the language of whoever reads the saving (calc_text.c). */
#define T_(msgid) ("\002" msgid)
#define CL_(msgid) ("\001" msgid)
#define ngettext_(singular, plural, n) sif_trn((singular), (plural), (n))

#endif
