/* ledger/calc/method.c — the method dispatcher and the proposal it returns. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "method_internal.h"

void sif_method_opts_init(sif_method_opts *o)
{
    memset(o, 0, sizeof *o);
    o->cash_bp = -1;
    o->status = SIF_SAVING_PROJECTED;
    o->category = SIF_CAT_OTHER;
}

void sif_method_out_free(sif_method_out *m)
{
    if (m == NULL)
        return;
    for (size_t i = 0; i < m->n; i++)
        sif_saving_calc_free(m->calcs[i]);
    free(m->calcs);
    free(m->savings);
    free(m->warnings);
    free(m);
}

sif_status sif_mout_add(sif_method_out *m, const sif_saving *s, sif_saving_calc *c,
                        sif_error *err)
{
    sif_saving *ns = realloc(m->savings, (m->n + 1) * sizeof *ns);
    if (ns)
        m->savings = ns;
    sif_saving_calc **nc = ns ? realloc(m->calcs, (m->n + 1) * sizeof *nc) : NULL;
    if (nc == NULL) {
        sif_saving_calc_free(c);
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    m->calcs = nc;
    m->savings[m->n] = *s;
    m->calcs[m->n++] = c;
    return SIF_OK;
}

sif_status sif_mout_warn(sif_method_out *m, sif_error *err, const char *fmt, ...)
{
    char (*w)[SIF_WARNING_MAX] = realloc(m->warnings, (m->nwarnings + 1) * sizeof *w);
    if (w == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    m->warnings = w;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w[m->nwarnings++], SIF_WARNING_MAX, fmt, ap);
    va_end(ap);
    return SIF_OK;
}

void sif_mout_base(const sif_project *p, const sif_method_opts *o, sif_category cat,
                   const char *method, const char *label, int year, sif_saving *s)
{
    memset(s, 0, sizeof *s);
    snprintf(s->project_code, sizeof s->project_code, "%s", p->code);
    s->project_id = p->id;
    s->category = cat;
    snprintf(s->label, sizeof s->label, "%s", o->label[0] ? o->label : label);
    s->year = year;
    snprintf(s->unit_code, sizeof s->unit_code, "%s", o->unit_code);
    s->status = o->status;
    s->cash_bp = o->cash_bp;
    snprintf(s->method, sizeof s->method, "%s", method);
}

sif_status sif_method_param(sif_store *st, const char *key, const char *project, int year,
                            int64_t *v, sif_param *p, sif_error *err)
{
    sif_status rc = sif_param_get(st, key, project, year, p, err);
    if (rc != SIF_OK)
        return rc;
    if (p->kind == SIF_PARAM_RATIO)
        return sif_error_set(err, SIF_ERR_DATA, "unit cost \"%s\" is a ratio, not an amount", key);
    *v = p->num;
    return SIF_OK;
}

static const struct {
    const char *name, *alias;
    sif_status (*fn)(sif_store *, const sif_project *, const sif_method_opts *, sif_method_out *,
                     sif_error *);
} methods[] = {
    {"benefit_schablon", "schablon", sif_method_schablon},
    {"benefit_records", "records", sif_method_records},
    {"treatment", NULL, sif_method_treatment},
    {"placement", NULL, sif_method_placement},
    {"other", NULL, sif_method_other},
};

sif_status sif_method_compute(sif_store *st, const char *project_code, const char *method,
                              const sif_method_opts *o, sif_method_out **out, sif_error *err)
{
    *out = NULL;
    sif_project p;
    sif_status rc = sif_project_find(st, project_code, &p, err);
    if (rc != SIF_OK)
        return rc;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        if (strcmp(method, methods[i].name) != 0 &&
            !(methods[i].alias && strcmp(method, methods[i].alias) == 0))
            continue;
        sif_method_out *m = calloc(1, sizeof *m);
        if (m == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        if ((rc = methods[i].fn(st, &p, o, m, err)) != SIF_OK) {
            sif_method_out_free(m);
            return rc;
        }
        *out = m;
        return SIF_OK;
    }
    return sif_error_set(err, SIF_ERR_USAGE,
                         "method \"%s\" is not benefit_schablon, benefit_records, treatment, "
                         "placement or other", method);
}

sif_status sif_method_write(sif_store *st, int64_t batch, const sif_method_out *m,
                            int64_t *ids, sif_error *err)
{
    return sif_method_write_replacing(st, batch, m, 0, ids, err);
}
