/* ledger/report/xlsx_payback.c — the payback as a formula over the Nettoresultat table, so
 * a changed input moves it (issue 14).
 *
 * The ledger's payback (payback.h, SPEC §11.5): in the first year Y whose cumulative net is
 * >= 0 (cumulative savings reach cumulative investment), (Y − Y₀) + (investment of Y −
 * cumulative net before Y) ÷ savings of Y; none when no year gets there. In Excel, from the
 * first year on:
 *     IF(cum_0>=0, y_0−Y₀+inv_0/sav_0, IF(cum_1>=0, y_1−Y₀+(inv_1−cum_0)/sav_1, ... "nås inte"))
 * The formula is written only when the same steps give the ledger's figure; where they do
 * not (no investment, savings before the first investment), the figure is written instead. */
#include "xlsx_report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* the columns of the Nettoresultat table (xlsx_sheet_net.c) */
enum { N_YEAR = 0, N_INV = 1, N_SAV = 6, N_CUM = 8 };

static bool append(char *f, size_t size, size_t *o, const char *text)
{
    size_t n = strlen(text);
    if (*o + n + 1 > size)
        return false;
    memcpy(f + *o, text, n + 1);
    *o += n;
    return true;
}

bool rx_payback_formula(const rx_report *r, char *f, size_t size)
{
    const sif_result *res = r->m->result;
    int n = r->net_last - r->net_first + 1;
    if (n <= 0 || (size_t)n != res->nyears || r->m->inv->nyears == 0)
        return false;
    const int y0 = r->m->inv->years[0];
    /* the value the formula gives, step by step as Excel does */
    double value = NAN;
    for (int k = 0; k < n; k++) {
        const sif_result_year *y = &res->years[k];
        if (y->cumulative_ore < 0)
            continue;
        double before = k ? (double)res->years[k - 1].cumulative_ore / SIF_ORE_PER_KR : 0;
        if (y->savings_ore <= 0)
            return false;
        value = (y->year - y0) + ((double)y->investment_ore / SIF_ORE_PER_KR - before) /
                                     ((double)y->savings_ore / SIF_ORE_PER_KR);
        break;
    }
    bool ledger_has = res->has_payback;
    double ledger = ledger_has ? (double)res->payback_years.num / (double)res->payback_years.den : NAN;
    if (ledger_has != !isnan(value) || (ledger_has && fabs(ledger - value) > 1e-9))
        return false;
    char ycell[160], prev[160], cum[160], inv[160], sav[160], part[900];
    size_t o = 0;
    if (!append(f, size, &o, "="))
        return false;
    for (int k = 0; k < n; k++) {
        int row = r->net_first + k;
        rx_ref(ycell, sizeof ycell, &r->net, row, N_YEAR);
        rx_ref(cum, sizeof cum, &r->net, row, N_CUM);
        rx_ref(inv, sizeof inv, &r->net, row, N_INV);
        rx_ref(sav, sizeof sav, &r->net, row, N_SAV);
        if (k == 0) {
            snprintf(part, sizeof part, "IF(%s>=0,%s-%d+%s/%s,", cum, ycell, y0, inv, sav);
        } else {
            rx_ref(prev, sizeof prev, &r->net, row - 1, N_CUM);
            snprintf(part, sizeof part, "IF(%s>=0,%s-%d+(%s-%s)/%s,", cum, ycell, y0, inv, prev,
                     sav);
        }
        if (!append(f, size, &o, part))
            return false;
    }
    snprintf(part, sizeof part, "\"%s\"", rx_l(&r->x, L_PAYBACK_NONE));
    if (!append(f, size, &o, part))
        return false;
    for (int k = 0; k < n; k++)
        if (!append(f, size, &o, ")"))
            return false;
    return true;
}
