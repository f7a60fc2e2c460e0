/* ledger/web/page_portfolio.c — / : every project of the ledger with its loan from the fund,
 * what is repaid, written off and outstanding. */
#include "web.h"

#include <string.h>

struct ctx {
    web_buf *b;
    const sif_fund_books *books;
    size_t n;
};

static int one(void *c, const sif_project *p)
{
    struct ctx *x = c;
    web_buf *b = x->b;
    x->n++;
    web_raw(b, "<tr><td><a href=\"/projects/");
    web_url(b, p->code);
    web_raw(b, "\">");
    web_esc(b, p->code);
    web_raw(b, "</a></td><td>");
    web_esc(b, p->name);
    web_raw(b, "</td><td>");
    web_esc(b, p->committee);
    web_raw(b, "</td>");
    const sif_fund_project *fp = NULL;
    for (size_t i = 0; x->books && i < x->books->nprojects; i++)
        if (strcmp(x->books->projects[i].code, p->code) == 0)
            fp = &x->books->projects[i];
    if (fp) {
        web_money_td(b, fp->loan_ore);
        web_money_td(b, fp->repaid_ore);
        web_money_td(b, fp->written_off_ore);
        web_money_td(b, fp->outstanding_ore);
    } else {
        web_raw(b, "<td></td><td></td><td></td><td></td>");
    }
    web_raw(b, "</tr>\n");
    return 0;
}

enum MHD_Result web_page_portfolio(web_req *r)
{
    sif_store *st;
    sif_error err;
    sif_error_init(&err);
    sif_fund_books *books = NULL;
    if (web_read(r, &st, &err) != SIF_OK || sif_read_begin(st, &err) != SIF_OK)
        return web_fail_err(r, &err);
    if (sif_fund_books_build(st, NULL, &books, &err) != SIF_OK)
        books = NULL;   /* a ledger without its fund still lists its projects */
    web_buf b;
    web_buf_init(&b);
    web_page_begin(r, &b, web_l(r, WL_PORTFOLIO));
    web_raw(&b, "<h1>");
    web_esc(&b, web_l(r, WL_PORTFOLIO));
    web_raw(&b, "</h1>\n<table id=\"portfolio\"><thead><tr>");
    static const web_label_id heads[] = {WL_PROJECT, WL_NAME, WL_COMMITTEE, WL_LOAN, WL_REPAID,
                                         WL_WRITTEN_OFF, WL_OUTSTANDING};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        web_raw(&b, i >= 3 ? "<th class=\"n\">" : "<th>");
        web_esc(&b, web_l(r, heads[i]));
        web_raw(&b, "</th>");
    }
    web_raw(&b, "</tr></thead><tbody>\n");
    struct ctx x = {&b, books, 0};
    sif_status rc = sif_project_list(st, one, &x, &err);
    sif_read_end(st);
    sif_fund_books_free(books);
    if (rc != SIF_OK) {
        web_buf_release(&b);
        return web_fail_err(r, &err);
    }
    web_raw(&b, "</tbody></table>\n");
    if (x.n == 0) {
        web_raw(&b, "<p>");
        web_esc(&b, web_l(r, WL_NO_PROJECTS));
        web_raw(&b, "</p>");
    }
    web_page_end(&b);
    return web_send(r, 200, &b);
}
