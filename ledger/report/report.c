/* ledger/report/report.c — sif_report_write: read the model once, write what was asked,
 * each file to a temporary file beside it, renamed only when both were written. */
#include "sif/report.h"

#include <stdio.h>
#include "sif/entity.h"

#include "model.h"
#include "sif/outfile.h"
#include "xlsx_report.h"
#include "xml_report.h"

static sif_status write_report(sif_store *st, const char *project_code,
                        const sif_report_opts *opts, sif_error *err)
{
    if (opts == NULL || (opts->xlsx_path == NULL && opts->xml_path == NULL))
        return sif_error_set(err, SIF_ERR_USAGE, "a report needs an xlsx or an xml file");
    if (project_code == NULL || *project_code == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a report needs a project");
    rpt_model *m;
    sif_status rc = rpt_model_build(st, project_code, &m, err);
    if (rc != SIF_OK)
        return rc;
    if (opts->prepared_by && (rc = sif_text_check(opts->prepared_by, SIF_NAME_MAX - 1,
                                                  "--prepared-by", err)) != SIF_OK) {
        rpt_model_free(m);
        return rc;
    }
    if (opts->prepared_by)
        snprintf(m->prepared_by, sizeof m->prepared_by, "%s", opts->prepared_by);
    if (opts->simulate_runs > 0) {
        sif_sim_opts so;
        sif_sim_opts_init(&so);
        so.runs = opts->simulate_runs;
        so.seed = opts->simulate_seed;
        so.on_progress = opts->on_sim_progress;
        so.progress_ctx = opts->progress_ctx;
        if ((rc = sif_simulate(st, project_code, &so, &m->sim, err)) != SIF_OK) {
            rpt_model_free(m);
            return rc;
        }
    }
    sif_outfile ox = {0}, om = {0};
    if (opts->xlsx_path && (rc = sif_outfile_begin(&ox, opts->xlsx_path, opts->force, err)) == SIF_OK) {
        rc = rpt_xlsx_write(m, ox.tmp, opts->lang, err);
        if (rc != SIF_OK)   /* err is the caller's, unset on success */
            sif_outfile_blame(&ox, err);
    }
    if (rc == SIF_OK && opts->xml_path &&
        (rc = sif_outfile_begin(&om, opts->xml_path, opts->force, err)) == SIF_OK) {
        rc = rpt_xml_write(m, om.tmp, opts->lang, err);
        if (rc != SIF_OK)
            sif_outfile_blame(&om, err);
    }
    if (rc == SIF_OK && opts->xlsx_path)
        rc = sif_outfile_commit(&ox, err);
    if (rc == SIF_OK && opts->xml_path)
        rc = sif_outfile_commit(&om, err);
    sif_outfile_abort(&ox);
    sif_outfile_abort(&om);
    rpt_model_free(m);
    return rc;
}

/* The report speaks its own language (opts->lang): every label, derivation and name in it is
 * looked up while that language is set, and the caller's is back afterwards. */
sif_status sif_report_write(sif_store *st, const char *project_code,
                            const sif_report_opts *opts, sif_error *err)
{
    sif_lang was = sif_i18n_lang();
    if (opts)
        sif_i18n_set(opts->lang);
    sif_status rc = write_report(st, project_code, opts, err);
    sif_i18n_set(was);
    return rc;
}
