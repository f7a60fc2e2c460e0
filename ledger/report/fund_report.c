/* ledger/report/fund_report.c — sif_fund_report_write: the fund's books and every project's
 * result, read in one transaction, then written as a workbook and/or XML. */
#include "fund_report.h"
#include "sif/outfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct proj_acc {
    rpt_fund *f;
    size_t cap;
    int64_t fund_id;
    bool nomem;
};

static int collect_project(void *ctx, const sif_project *p)
{
    struct proj_acc *a = ctx;
    if (p->fund_id != a->fund_id)
        return 0;
    if (a->f->nprojects == a->cap) {
        size_t c = a->cap ? a->cap * 2 : 16;
        rpt_fund_project *n = realloc(a->f->projects, c * sizeof *n);
        if (n == NULL) {
            a->nomem = true;
            return 1;
        }
        a->f->projects = n;
        a->cap = c;
    }
    rpt_fund_project *fp = &a->f->projects[a->f->nprojects++];
    memset(fp, 0, sizeof *fp);
    fp->p = *p;
    return 0;
}

static sif_status project_figures(sif_store *st, rpt_fund *f, rpt_fund_project *fp,
                                  sif_error *err)
{
    sif_adjust adj;
    sif_result *r;
    sif_status rc = sif_adjust_load(st, fp->p.code, &adj, err);
    if (rc == SIF_OK)
        rc = sif_result_build(st, fp->p.code, &adj, &r, err);
    if (rc != SIF_OK)
        return rc;
    fp->spent_ore = r->investment_raw_ore;
    fp->loan_ore = r->investment->fund_total;
    fp->savings_ore = r->savings_ore;
    fp->net_ore = r->net_ore;
    sif_result_free(r);
    for (size_t i = 0; i < f->books->nprojects; i++) {
        const sif_fund_project *b = &f->books->projects[i];
        if (strcmp(b->code, fp->p.code) != 0)
            continue;
        fp->loan_ore = b->loan_ore;
        fp->repaid_ore = b->repaid_ore;
        fp->written_off_ore = b->written_off_ore;
        fp->outstanding_ore = b->outstanding_ore;
    }
    if (fp->p.has_granted && (rc = sif_ore_add(f->granted_ore, fp->p.granted_ore, &f->granted_ore, err)) != SIF_OK)
        return rc;
    if ((rc = sif_ore_add(f->spent_ore, fp->spent_ore, &f->spent_ore, err)) != SIF_OK ||
        (rc = sif_ore_add(f->savings_ore, fp->savings_ore, &f->savings_ore, err)) != SIF_OK)
        return rc;
    return sif_ore_add(f->net_ore, fp->net_ore, &f->net_ore, err);
}

/* The group named name (has false: none) of *g, added when missing; NULL when out of memory. */
static rpt_ind_group *ind_group(rpt_ind_group **g, size_t *n, bool has, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if ((*g)[i].has_name == has && (!has || strcmp((*g)[i].name, name) == 0))
            return &(*g)[i];
    rpt_ind_group *t = realloc(*g, (*n + 1) * sizeof *t);
    if (t == NULL)
        return NULL;
    *g = t;
    t = &t[(*n)++];
    memset(t, 0, sizeof *t);
    t->has_name = has;
    if (has)
        snprintf(t->name, sizeof t->name, "%s", name);
    return t;
}

static int ind_group_cmp(const void *a, const void *b)
{
    const rpt_ind_group *x = a, *y = b;
    if (x->has_name != y->has_name)
        return x->has_name ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* Add the indicators of one project of the fund to the fund's, its area's and the
 * districts' sums. */
static sif_status add_indicators(sif_store *st, rpt_fund *f, const rpt_fund_project *fp,
                                 sif_error *err)
{
    sif_indicators *ind = NULL;
    sif_status rc = sif_indicators_build(st, fp->p.code, &ind, err);
    if (rc != SIF_OK)
        return rc;
    rpt_ind_group *area = ind_group(&f->ind_areas, &f->ind_nareas, fp->p.area[0] != '\0',
                                    fp->p.area);
    for (int k = 0; area && k < SIF_IND_ROWS; k++) {
        const sif_indicator_row *r = &ind->rows[k];
        f->ind_total.count[k] += r->total;
        area->count[k] += r->total;
        for (int g = 0; g < SIF_GENDER_COUNT_; g++) {
            f->ind_total.by_gender[k][g] += r->by_gender[g];
            area->by_gender[k][g] += r->by_gender[g];
        }
    }
    for (size_t d = 0; area && d < ind->ndistricts; d++) {
        rpt_ind_group *dg = ind_group(&f->ind_districts, &f->ind_ndistricts,
                                      ind->districts[d][0] != '\0', ind->districts[d]);
        if (dg == NULL) {
            area = NULL;
            break;
        }
        for (int k = 0; k < SIF_IND_ROWS; k++)
            dg->count[k] += ind->rows[k].by_district[d];
    }
    sif_indicators_free(ind);
    return area ? SIF_OK : sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
}

static void fund_free(rpt_fund *f)
{
    free(f->ind_areas);
    free(f->ind_districts);
    sif_fund_books_free(f->books);
    sif_portfolio_free(f->portfolio);
    free(f->projects);
    free(f->batches);
}

static sif_status write_fund_report(sif_store *st, const char *fund_code,
                                     const sif_report_opts *opts, sif_error *err)
{
    if (opts == NULL || (opts->xlsx_path == NULL && opts->xml_path == NULL))
        return sif_error_set(err, SIF_ERR_USAGE, "a fund report needs an xlsx or an xml file");
    rpt_fund f;
    memset(&f, 0, sizeof f);
    sif_status rc = sif_read_begin(st, err);
    if (rc != SIF_OK)
        return rc;
    rc = sif_fund_books_build(st, fund_code, &f.books, err);
    struct proj_acc a = {&f, 0, f.books ? f.books->fund.id : 0, false};
    if (rc == SIF_OK)
        rc = sif_project_list(st, collect_project, &a, err);
    if (rc == SIF_OK && a.nomem)
        rc = sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    for (size_t i = 0; rc == SIF_OK && i < f.nprojects; i++)
        rc = project_figures(st, &f, &f.projects[i], err);
    for (size_t i = 0; rc == SIF_OK && i < f.nprojects; i++)
        rc = add_indicators(st, &f, &f.projects[i], err);
    if (rc == SIF_OK && f.ind_total.count[SIF_IND_PARTICIPANTS] == 0) {
        f.ind_nareas = f.ind_ndistricts = 0;   /* no people recorded: no groups of none */
    } else if (rc == SIF_OK) {
        qsort(f.ind_areas, f.ind_nareas, sizeof *f.ind_areas, ind_group_cmp);
        qsort(f.ind_districts, f.ind_ndistricts, sizeof *f.ind_districts, ind_group_cmp);
    }
    if (rc == SIF_OK)
        rc = sif_portfolio_build(st, fund_code, &f.portfolio, err);
    if (rc == SIF_OK)
        rc = rpt_batches_read(st, &f.batches, &f.nbatches, err);
    if (rc == SIF_OK)
        rc = sif_anchor_get(st, &f.anchor, err);
    sif_read_end(st);
    if (rc == SIF_OK) {
        sif_store_now(st, f.generated, sizeof f.generated);
        snprintf(f.generated_text, sizeof f.generated_text, "%.10s %.5s UTC", f.generated,
                 f.generated + 11);
        snprintf(f.user, sizeof f.user, "%s", sif_store_user(st));
        sif_outfile ox = {0}, om = {0};
        if (opts->xlsx_path &&
            (rc = sif_outfile_begin(&ox, opts->xlsx_path, opts->force, err)) == SIF_OK) {
            rc = rpt_fund_xlsx_write(&f, ox.tmp, opts->lang, err);
            sif_outfile_blame(&ox, err);
        }
        if (rc == SIF_OK && opts->xml_path &&
            (rc = sif_outfile_begin(&om, opts->xml_path, opts->force, err)) == SIF_OK) {
            rc = rpt_fund_xml_write(&f, om.tmp, opts->lang, err);
            sif_outfile_blame(&om, err);
        }
        if (rc == SIF_OK && opts->xlsx_path)
            rc = sif_outfile_commit(&ox, err);
        if (rc == SIF_OK && opts->xml_path)
            rc = sif_outfile_commit(&om, err);
        sif_outfile_abort(&ox);
        sif_outfile_abort(&om);
    }
    fund_free(&f);
    return rc;
}

/* The report speaks its own language (opts->lang): every label, derivation and name in it is
 * looked up while that language is set, and the caller's is back afterwards. */
sif_status sif_fund_report_write(sif_store *st, const char *fund_code,
                                 const sif_report_opts *opts, sif_error *err)
{
    sif_lang was = sif_i18n_lang();
    if (opts)
        sif_i18n_set(opts->lang);
    sif_status rc = write_fund_report(st, fund_code, opts, err);
    sif_i18n_set(was);
    return rc;
}
