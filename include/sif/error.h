/* include/sif/error.h — status codes and the error record every fallible call fills.
 *
 * @code
 *     sif_error err;
 *     sif_error_init(&err);
 *     if (sif_ore_parse("1 05O 679", &v, &err) != SIF_OK)
 *         fprintf(stderr, "sif: %s\n", err.msg);   // only the CLI prints
 * @endcode
 *
 * Every function that can fail returns a sif_status and takes `sif_error *err` last; err may
 * be NULL. The library never prints and never exits: ledger/cli/ maps a status to an exit
 * code (SPEC §8) in one place.
 */
#ifndef SIF_ERROR_H
#define SIF_ERROR_H

#include <stdbool.h>
#include <stddef.h>

typedef enum sif_status {
    SIF_OK = 0,
    SIF_ERR_USAGE,     /* bad arguments to a call or a command: exit 64 */
    SIF_ERR_DATA,      /* bad input data, a rule of the ledger broken: exit 65 */
    SIF_ERR_NOTFOUND,  /* a named thing (project, role, file) does not exist: exit 66 */
    SIF_ERR_OVERFLOW,  /* an amount outside int64 öre: exit 65 */
    SIF_ERR_CLOSED,    /* the period is closed: exit 65 */
    SIF_ERR_CANTCREATE,/* cannot create an output file: exit 73 */
    SIF_ERR_IO,        /* read or write failed: exit 74 */
    SIF_ERR_BUSY,      /* the database stayed locked: exit 75 */
    SIF_ERR_DB,        /* SQLite said no for another reason: exit 74 */
    SIF_ERR_NOMEM,     /* out of memory: exit 74 */
    SIF_ERR_TAMPERED,  /* sif verify found rows changed outside sif: exit 65 */
    SIF_ERR_COUNT_
} sif_status;

/* The input field an error is about, named by the ledger function that raised it, so that an
 * import can point FILE:LINE:COLUMN at that field's column (importers/sink_*.c). A field is
 * named only where the function knows it; SIF_FIELD_NONE leaves the choice to the caller. */
typedef enum sif_field {
    SIF_FIELD_NONE = 0,
    SIF_FIELD_PROJECT,     /* the project code: no such project */
    SIF_FIELD_ROLE,        /* the role code: no such role in the project */
    SIF_FIELD_UNIT,        /* the unit code: no such unit */
    SIF_FIELD_YEAR,        /* the year, or the date whose year, the entry falls in (also a
                            * closed period) */
    SIF_FIELD_DATE,        /* the entry's date (an exit's or an outcome's) is not a date */
    SIF_FIELD_END_DATE,    /* a participant's end date */
    SIF_FIELD_PARTICIPANT, /* the participant's pseudonym */
    SIF_FIELD_HOUSEHOLD,   /* the household id */
    SIF_FIELD_FAMILY,      /* the family id of a treatment record */
    SIF_FIELD_CHILD,       /* the child id of a placement record */
    SIF_FIELD_NAME,        /* the name of a price index */
    SIF_FIELD_UNIQUE,      /* the fields that identify the entry: one with the same values
                            * exists already (set by the ledger's insert; a function that
                            * knows which input that is names it instead) */
} sif_field;

/* One error: the code, where in which source it happened (0 = unknown), a message and the
 * input field it is about. Owned by the caller, usually on the stack. */
typedef struct sif_error {
    sif_status code;
    char file[256];   /* source file name, or "" */
    long line;        /* 1-based, 0 when not known */
    long column;      /* 1-based, 0 when not known */
    char msg[768];    /* lowercase, no trailing full stop */
    sif_field field;  /* the input field the error is about; SIF_FIELD_NONE when not known */
} sif_error;

/* Reset err to SIF_OK with empty fields. NULL is accepted. */
void sif_error_init(sif_error *err);

/* Set code and message (printf-style) and clear the position and the field; returns code so
 * that `return sif_error_set(err, SIF_ERR_DATA, "...")` reads naturally. NULL err is accepted. */
sif_status sif_error_set(sif_error *err, sif_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* As sif_error_set, with a source position (file may be NULL). */
sif_status sif_error_at(sif_error *err, sif_status code, const char *file, long line,
                        long column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Name the input field err (already set) is about; returns code, so that
 * `return sif_error_about(err, SIF_FIELD_ROLE, sif_error_set(err, ...))` and
 * `return sif_error_about(err, SIF_FIELD_HOUSEHOLD, rc)` read naturally. Nothing is named when
 * code is SIF_OK. NULL err is accepted. */
sif_status sif_error_about(sif_error *err, sif_field field, sif_status code);

/* Static English description of a status, never NULL. */
const char *sif_strerror(sif_status code);

/* The process exit code of SPEC §8 for a status: 0, 64, 65, 66, 73, 74 or 75. */
int sif_exit_code(sif_status code);

/* Write "file:line:column: msg" (the parts known) into buf; returns buf. */
char *sif_error_format(const sif_error *err, char *buf, size_t size);

#endif
