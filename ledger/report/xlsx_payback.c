/* ledger/report/xlsx_payback.c — the payback as a formula over the Nettoresultat table, so
 * a changed input moves it (issue 14).
 *
 * The ledger's payback (result.h) is the crossing after which the cumulative net stays
 * non-negative: in the first year Y of the final non-negative run, (Y − Y₀) − the
 * cumulative net before Y ÷ the net of Y; Y₀ itself when the cumulative never went below
 * zero; none when the last cumulative is negative. In Excel, from the last year back:
 *     IF(cum_last<0, "nås inte", IF(cum_{n-2}<0, crossing(n-1), IF(... crossing(0))))
 * The formula is written only when the same steps give the ledger's figure; when the
 * ledger's definition differs (SPEC §11.5 may change it), the figure is written instead. */
#include "xlsx_report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* the columns of the Nettoresultat table (xlsx_sheet_net.c) */
enum { N_YEAR = 0, N_NET = 7, N_CUM = 8 };

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
    char ycell[160], prev[160], net[160], last[160], part[700];
    size_t o = 0;
    /* the value the formula gives, step by step as Excel does */
    double value = NAN;
    rx_ref(last, sizeof last, &r->net, r->net_last, N_CUM);
    if (res->years[n - 1].cumulative_ore < 0) {
        value = NAN;
    } else {
        int k = n - 1;
        while (k > 0 && res->years[k - 1].cumulative_ore >= 0)
            k--;
        value = k == 0 ? res->years[0].year - y0
                       : (res->years[k].year - y0) -
                             ((double)res->years[k - 1].cumulative_ore / SIF_ORE_PER_KR) /
                                 ((double)res->years[k].net_ore / SIF_ORE_PER_KR);
    }
    bool ledger_has = res->has_payback;
    double ledger = ledger_has ? (double)res->payback_years.num / (double)res->payback_years.den : NAN;
    if (ledger_has != !isnan(value) || (ledger_has && fabs(ledger - value) > 1e-9))
        return false;
    snprintf(part, sizeof part, "=IF(%s<0,\"%s\",", last, rx_l(&r->x, L_PAYBACK_NONE));
    if (!append(f, size, &o, part))
        return false;
    for (int k = n - 1; k >= 0; k--) {
        int row = r->net_first + k;
        rx_ref(ycell, sizeof ycell, &r->net, row, N_YEAR);
        if (k == 0) {
            snprintf(part, sizeof part, "%s-%d", ycell, y0);
        } else {
            rx_ref(prev, sizeof prev, &r->net, row - 1, N_CUM);
            rx_ref(net, sizeof net, &r->net, row, N_NET);
            snprintf(part, sizeof part, "IF(%s<0,%s-%d-%s/%s,", prev, ycell, y0, prev, net);
        }
        if (!append(f, size, &o, part))
            return false;
    }
    for (int k = 0; k < n; k++)   /* n − 1 inner IFs and the outer one */
        if (!append(f, size, &o, ")"))
            return false;
    return true;
}
