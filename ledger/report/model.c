/* ledger/report/model.c — read a project's report contents from the ledger, once. */
#include "model.h"

#include "names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/batch.h"

struct batch_acc {
    rpt_batch *v;
    size_t n, cap;
    bool nomem;
};

static int collect_batch(void *ctx, const sif_batch_info *bi, int64_t rows)
{
    struct batch_acc *a = ctx;
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16;
        rpt_batch *nv = realloc(a->v, cap * sizeof *nv);
        if (nv == NULL) {
            a->nomem = true;
            return 1;
        }
        a->v = nv;
        a->cap = cap;
    }
    rpt_batch *b = &a->v[a->n++];
    memset(b, 0, sizeof *b);
    b->id = bi->id;
    snprintf(b->kind, sizeof b->kind, "%s", bi->kind);
    snprintf(b->source, sizeof b->source, "%s", bi->source);
    snprintf(b->sha256, sizeof b->sha256, "%s", bi->sha256);
    snprintf(b->user, sizeof b->user, "%s", bi->user);
    snprintf(b->at, sizeof b->at, "%s", bi->at);
    b->rows = rows;
    return 0;
}

static int cmp_batch(const void *pa, const void *pb)
{
    const rpt_batch *a = pa, *b = pb;
    return (a->id > b->id) - (a->id < b->id);
}

/* The batches from the batch table and their commit links, not from the whole journal: a
 * project's report reads as much of a ledger of 300 projects as of one of 3. */
sif_status rpt_batches_read(sif_store *st, rpt_batch **out, size_t *n, sif_error *err)
{
    struct batch_acc a = {NULL, 0, 0, false};
    *out = NULL;
    *n = 0;
    sif_status rc = sif_batch_list(st, collect_batch, &a, err);
    if (rc == SIF_OK && a.nomem)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory reading the batches");
    if (rc != SIF_OK) {
        free(a.v);
        return rc;
    }
    if (a.n > 1)
        qsort(a.v, a.n, sizeof *a.v, cmp_batch);
    *out = a.v;
    *n = a.n;
    return SIF_OK;
}

/* Make room for one more element of size sz in *v (n used, *cap allocated). */
static bool grow(void **v, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 8;
    void *nv = realloc(*v, c * sz);
    if (nv == NULL)
        return false;
    *v = nv;
    *cap = c;
    return true;
}

struct list_acc {
    rpt_model *m;
    size_t cap;
    const char *project;
    bool nomem;
};

static int collect_saving(void *ctx, const sif_saving *sv)
{
    struct list_acc *a = ctx;
    if (!grow((void **)&a->m->savings, &a->cap, a->m->nsavings, sizeof *a->m->savings)) {
        a->nomem = true;
        return 1;
    }
    rpt_saving *r = &a->m->savings[a->m->nsavings++];
    r->s = *sv;
    r->calc = NULL;
    r->unit_name[0] = '\0';
    return 0;
}

static int collect_param(void *ctx, const sif_param *p)
{
    struct list_acc *a = ctx;
    if (p->project_code[0] && strcmp(p->project_code, a->project) != 0)
        return 0;
    if (!grow((void **)&a->m->params, &a->cap, a->m->nparams, sizeof *a->m->params)) {
        a->nomem = true;
        return 1;
    }
    a->m->params[a->m->nparams++] = *p;
    return 0;
}

static int collect_note(void *ctx, const sif_cost *c)
{
    struct list_acc *a = ctx;
    if (c->note[0] == '\0')
        return 0;
    if (!grow((void **)&a->m->notes, &a->cap, a->m->nnotes, sizeof *a->m->notes)) {
        a->nomem = true;
        return 1;
    }
    rpt_note *n = &a->m->notes[a->m->nnotes++];
    n->cost_id = c->id;
    snprintf(n->role_code, sizeof n->role_code, "%s", c->role_code);
    n->year = c->year;
    n->amount_ore = c->amount_ore;
    snprintf(n->text, sizeof n->text, "%s", c->note);
    return 0;
}

static int collect_effect(void *ctx, const sif_effect *e)
{
    struct list_acc *a = ctx;
    if (!grow((void **)&a->m->effects, &a->cap, a->m->neffects, sizeof *a->m->effects)) {
        a->nomem = true;
        return 1;
    }
    a->m->effects[a->m->neffects++] = *e;
    return 0;
}

static int collect_decision(void *ctx, const sif_decision *d)
{
    struct list_acc *a = ctx;
    if (!grow((void **)&a->m->decisions, &a->cap, a->m->ndecisions, sizeof *a->m->decisions)) {
        a->nomem = true;
        return 1;
    }
    a->m->decisions[a->m->ndecisions++] = *d;
    return 0;
}

struct adj_acc {
    rpt_model *m;
    size_t cap;
    bool nomem;
};

static void collect_adjustment(void *ctx, const char *line)
{
    struct adj_acc *a = ctx;
    if (a->nomem || !grow((void **)&a->m->adjustments, &a->cap, a->m->nadjustments,
                          sizeof *a->m->adjustments)) {
        a->nomem = true;
        return;
    }
    snprintf(a->m->adjustments[a->m->nadjustments++], sizeof *a->m->adjustments, "%s", line);
}

static sif_status nomem(struct list_acc *a, sif_status rc, sif_error *err)
{
    if (rc == SIF_OK && a->nomem)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    return rc;
}

/* Savings with their calculations, results, parameters, effects, decisions, scenarios. */
/* ---- people and households (SPEC §12) ---- */

static int count_exit(void *ctx, const sif_exit *e)
{
    rpt_model *m = ctx;
    if ((unsigned)e->reason < SIF_EXIT_REASON_COUNT_)
        m->exits_by_reason[e->reason]++;
    return 0;
}

/* Distinct ids, few enough (families, children of one project) to search in a list. */
struct distinct {
    char (*seen)[64];
    int64_t n;
    bool oom;
};

static void distinct_add(struct distinct *d, const char *id)
{
    for (int64_t i = 0; i < d->n; i++)
        if (strcmp(d->seen[i], id) == 0)
            return;
    char(*s)[64] = realloc(d->seen, (size_t)(d->n + 1) * sizeof *s);
    if (s == NULL) {
        d->oom = true;
        return;
    }
    d->seen = s;
    snprintf(s[d->n++], sizeof s[0], "%s", id);
}

static int count_family(void *ctx, const sif_treatment *t)
{
    distinct_add(ctx, t->family);
    return 0;
}

static int count_child(void *ctx, const sif_placement *p)
{
    distinct_add(ctx, p->child);
    return 0;
}

static sif_status read_people(sif_store *st, rpt_model *m, sif_error *err)
{
    const char *code = m->project.code;
    struct distinct fam = {NULL, 0, false}, kids = {NULL, 0, false};
    sif_status rc = sif_indicators_build(st, code, &m->indicators, err);
    if (rc == SIF_OK)
        rc = sif_exit_list(st, code, count_exit, m, err);
    if (rc == SIF_OK)
        rc = sif_treatment_list(st, code, count_family, &fam, err);
    if (rc == SIF_OK)
        rc = sif_placement_list(st, code, count_child, &kids, err);
    m->treatment_families = fam.n;
    m->placement_children = kids.n;
    free(fam.seen);
    free(kids.seen);
    if (rc == SIF_OK && (fam.oom || kids.oom))
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    return rc;
}

static sif_status read_calc(sif_store *st, rpt_model *m, sif_error *err)
{
    const char *code = m->project.code;
    sif_adjust adj;
    sif_status rc = sif_adjust_load(st, code, &adj, err);
    if (rc == SIF_OK)
        rc = sif_result_build(st, code, &adj, &m->result, err);
    if (rc == SIF_OK) {
        struct adj_acc aa = {m, 0, false};
        sif_adjust_describe(&m->result->adjust, m->result->adjust.base_year, collect_adjustment,
                            &aa);
        if (aa.nomem)
            rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    struct list_acc a = {m, 0, code, false};
    if (rc == SIF_OK)
        rc = nomem(&a, sif_saving_list(st, code, collect_saving, &a, err), err);
    for (size_t i = 0; rc == SIF_OK && i < m->nsavings; i++) {
        rpt_saving *sv = &m->savings[i];
        rc = sif_saving_calc_load(st, sv->s.id, &sv->calc, err);
        sif_unit u;
        if (rc == SIF_OK && sv->s.unit_code[0] &&
            (rc = sif_unit_find(st, sv->s.unit_code, &u, err)) == SIF_OK)
            snprintf(sv->unit_name, sizeof sv->unit_name, "%s", u.name);
    }
    a = (struct list_acc){m, 0, code, false};
    if (rc == SIF_OK)
        rc = nomem(&a, sif_param_list(st, NULL, collect_param, &a, err), err);
    a = (struct list_acc){m, 0, code, false};
    if (rc == SIF_OK)
        rc = nomem(&a, sif_effect_list(st, code, collect_effect, &a, err), err);
    a = (struct list_acc){m, 0, code, false};
    if (rc == SIF_OK)
        rc = nomem(&a, sif_cost_list(st, code, collect_note, &a, err), err);
    a = (struct list_acc){m, 0, code, false};
    if (rc == SIF_OK)
        rc = nomem(&a, sif_decision_list(st, code, collect_decision, &a, err), err);
    if (rc == SIF_OK)
        rc = sif_scenarios_build(st, code, NULL, 0, &m->scenarios, err);
    if (rc == SIF_OK)
        rc = rpt_sensitivity_build(st, m, err);
    if (rc == SIF_OK)
        rc = sif_check_run(st, code, &m->findings, err);
    if (rc == SIF_OK)
        rc = read_people(st, m, err);
    return rc;
}

static sif_status read_roles(sif_store *st, rpt_model *m, sif_error *err)
{
    const sif_investment *inv = m->inv;
    m->roles = calloc(inv->nroles ? inv->nroles : 1, sizeof *m->roles);
    if (m->roles == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    for (size_t r = 0; r < inv->nroles; r++) {
        rpt_role *rr = &m->roles[r];
        rr->role = &inv->roles[r];
        rr->committee = calloc(inv->nyears ? inv->nyears : 1, sizeof *rr->committee);
        if (rr->committee == NULL)
            return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
        sif_unit u;
        sif_status rc = sif_unit_find(st, rr->role->unit_code, &u, err);
        if (rc != SIF_OK)
            return rc;
        snprintf(rr->unit_name, sizeof rr->unit_name, "%s", u.name);
        for (size_t y = 0; y < inv->nyears; y++) {
            rc = sif_unit_committee(st, u.id, inv->years[y], rr->committee[y],
                                    sizeof rr->committee[y], err);
            if (rc != SIF_OK)
                return rc;
        }
    }
    return SIF_OK;
}

sif_status rpt_model_build(sif_store *st, const char *project_code, rpt_model **out,
                           sif_error *err)
{
    *out = NULL;
    rpt_model *m = calloc(1, sizeof *m);
    if (m == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    sif_status rc = sif_read_begin(st, err);
    if (rc != SIF_OK) {
        free(m);
        return rc;
    }
    if ((rc = sif_project_find(st, project_code, &m->project, err)) == SIF_OK &&
        (rc = sif_fund_find(st, m->project.fund_code, &m->fund, err)) == SIF_OK &&
        (rc = sif_investment_build(st, project_code, NULL, &m->inv, err)) == SIF_OK &&
        (rc = read_roles(st, m, err)) == SIF_OK &&
        (rc = read_calc(st, m, err)) == SIF_OK &&
        (rc = rpt_batches_read(st, &m->batches, &m->nbatches, err)) == SIF_OK)
        rc = sif_anchor_get(st, &m->anchor, err);
    sif_read_end(st);
    if (rc != SIF_OK) {
        rpt_model_free(m);
        return rc;
    }
    sif_store_now(st, m->generated, sizeof m->generated);
    rpt_local_time(m->generated, m->generated_text, sizeof m->generated_text);
    snprintf(m->user, sizeof m->user, "%s", sif_store_user(st));
    *out = m;
    return SIF_OK;
}

void rpt_model_free(rpt_model *m)
{
    if (m == NULL)
        return;
    sif_findings_free(m->findings);
    sif_indicators_free(m->indicators);
    if (m->roles && m->inv)
        for (size_t r = 0; r < m->inv->nroles; r++)
            free(m->roles[r].committee);
    free(m->roles);
    sif_investment_free(m->inv);
    free(m->batches);
    sif_result_free(m->result);
    for (size_t i = 0; m->savings && i < m->nsavings; i++)
        sif_saving_calc_free(m->savings[i].calc);
    free(m->savings);
    free(m->params);
    free(m->effects);
    free(m->decisions);
    sif_scenarios_free(m->scenarios);
    sif_simulation_free(m->sim);
    free(m->adjustments);
    free(m->sens);
    free(m->notes);
    free(m);
}
