/* ledger/error.c — the error record, status strings and the exit-code map of SPEC §8. */
#include "sif/error.h"
#include "sif/i18n.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void sif_error_init(sif_error *err)
{
    if (err == NULL)
        return;
    memset(err, 0, sizeof *err);
}

__attribute__((format(printf, 6, 0)))
static void set_va(sif_error *err, sif_status code, const char *file, long line, long column,
                   const char *fmt, va_list ap)
{
    /* format first, then copy: the arguments may be err's own file or message (a caller
     * that adds context to an error it got back) */
    char msg[sizeof err->msg], where[sizeof err->file];
    vsnprintf(msg, sizeof msg, sif_tr(fmt), ap);   /* in the language of sif_i18n_init */
    snprintf(where, sizeof where, "%s", file ? file : "");
    err->code = code;
    err->line = line;
    err->column = column;
    memcpy(err->file, where, sizeof where);
    memcpy(err->msg, msg, sizeof msg);
    err->field = SIF_FIELD_NONE;
}

sif_status sif_error_about(sif_error *err, sif_field field, sif_status code)
{
    if (err != NULL && code != SIF_OK)
        err->field = field;
    return code;
}

sif_status sif_error_set(sif_error *err, sif_status code, const char *fmt, ...)
{
    if (err != NULL) {
        va_list ap;
        va_start(ap, fmt);
        set_va(err, code, NULL, 0, 0, fmt, ap);
        va_end(ap);
    }
    return code;
}

sif_status sif_error_at(sif_error *err, sif_status code, const char *file, long line,
                        long column, const char *fmt, ...)
{
    if (err != NULL) {
        va_list ap;
        va_start(ap, fmt);
        set_va(err, code, file, line, column, fmt, ap);
        va_end(ap);
    }
    return code;
}

static const char *const status_text[SIF_ERR_COUNT_] = {
    [SIF_OK] = "ok",
    [SIF_ERR_USAGE] = "usage error",
    [SIF_ERR_DATA] = "bad data",
    [SIF_ERR_NOTFOUND] = "not found",
    [SIF_ERR_OVERFLOW] = "amount out of range",
    [SIF_ERR_CLOSED] = "period closed",
    [SIF_ERR_CANTCREATE] = "cannot create output",
    [SIF_ERR_IO] = "input/output error",
    [SIF_ERR_BUSY] = "database busy",
    [SIF_ERR_DB] = "database error",
    [SIF_ERR_NOMEM] = "out of memory",
    [SIF_ERR_TAMPERED] = "ledger changed outside sif",
};

const char *sif_strerror(sif_status code)
{
    if ((int)code < 0 || code >= SIF_ERR_COUNT_)
        return "unknown error";
    return status_text[code];
}

int sif_exit_code(sif_status code)
{
    switch (code) {
    case SIF_OK: return 0;
    case SIF_ERR_USAGE: return 64;
    case SIF_ERR_DATA:
    case SIF_ERR_OVERFLOW:
    case SIF_ERR_CLOSED:
    case SIF_ERR_TAMPERED: return 65;
    case SIF_ERR_NOTFOUND: return 66;
    case SIF_ERR_CANTCREATE: return 73;
    case SIF_ERR_BUSY: return 75;
    default: return 74;
    }
}

char *sif_error_format(const sif_error *err, char *buf, size_t size)
{
    if (size == 0)
        return buf;
    buf[0] = '\0';
    if (err == NULL)
        return buf;
    if (err->file[0] && err->line > 0 && err->column > 0)
        snprintf(buf, size, "%s:%ld:%ld: %s", err->file, err->line, err->column, err->msg);
    else if (err->file[0] && err->line > 0)
        snprintf(buf, size, "%s:%ld: %s", err->file, err->line, err->msg);
    else if (err->file[0])
        snprintf(buf, size, "%s: %s", err->file, err->msg);
    else
        snprintf(buf, size, "%s", err->msg[0] ? err->msg : sif_strerror(err->code));
    return buf;
}
