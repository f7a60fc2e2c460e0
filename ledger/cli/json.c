/* ledger/cli/json.c — a minimal streaming JSON writer for --json output. */
#include "cli.h"

#include <inttypes.h>

void json_init(cli_json *j, FILE *f)
{
    j->f = f;
    j->depth = 0;
    j->first[0] = true;
    j->after_key = false;
}

static void sep(cli_json *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->depth > 0 && !j->first[j->depth])
        fputc(',', j->f);
    j->first[j->depth] = false;
}

static void open_value(cli_json *j, char c)
{
    sep(j);
    fputc(c, j->f);
    if (j->depth < 63)
        j->depth++;
    j->first[j->depth] = true;
}

void json_obj(cli_json *j) { open_value(j, '{'); }
void json_arr(cli_json *j) { open_value(j, '['); }

void json_end_obj(cli_json *j)
{
    fputc('}', j->f);
    if (j->depth > 0)
        j->depth--;
}

void json_end_arr(cli_json *j)
{
    fputc(']', j->f);
    if (j->depth > 0)
        j->depth--;
}

static void write_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\u%04x", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

void json_key(cli_json *j, const char *key)
{
    sep(j);
    write_string(j->f, key);
    fputc(':', j->f);
    j->after_key = true;
}

void json_str(cli_json *j, const char *s)
{
    if (s == NULL) {
        json_null(j);
        return;
    }
    sep(j);
    write_string(j->f, s);
}

void json_int(cli_json *j, int64_t v)
{
    sep(j);
    fprintf(j->f, "%" PRId64, v);
}

void json_null(cli_json *j)
{
    sep(j);
    fputs("null", j->f);
}

void json_bool(cli_json *j, bool v)
{
    sep(j);
    fputs(v ? "true" : "false", j->f);
}

void json_raw(cli_json *j, const char *number)
{
    sep(j);
    fputs(number, j->f);
}

void json_done(cli_json *j) { fputc('\n', j->f); }
