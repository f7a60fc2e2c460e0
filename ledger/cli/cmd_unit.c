/* ledger/cli/cmd_unit.c — sif unit add|list|move: units and their committees over time. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"

/* What unit add and unit move write. */
struct unit_ctx {
    const char *code, *name, *committee;
    int from;
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    const struct unit_ctx *u = ctx;
    (void)sum;
    *rows = 1;
    return sif_unit_add(st, batch, u->code, u->name, u->committee, NULL, err);
}

static sif_status do_move(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                          sif_error *err)
{
    const struct unit_ctx *u = ctx;
    (void)sum;
    *rows = 1;
    return sif_unit_move(st, batch, u->code, u->from, u->committee, err);
}

static int unit_add(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"name", required_argument, 0, 'n'},
        {"committee", required_argument, 0, 'c'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *name = NULL, *committee = NULL;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; break;
        case 'c': committee = optarg; break;
        case 'h': return cli_help(&sif_cmd_unit, "  --name TEXT       e.g. \"Financial assistance unit\"\n"
                                                 "  --committee TEXT  the committee it belongs to\n");
        default: return cli_bad_option(&sif_cmd_unit, c, argv);
        }
    }
    if (argc - optind != 1 || name == NULL)
        return cli_usage(&sif_cmd_unit, "unit add takes CODE --name TEXT");
    struct unit_ctx u = {.code = argv[optind], .name = name, .committee = committee};
    return cli_write_run(cli, "entry", do_add, &u);
}

static int unit_move(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"committee", required_argument, 0, 'c'},
        {"from", required_argument, 0, 'f'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *committee = NULL;
    long from = 0;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'c': committee = optarg; break;
        case 'f':
            if (!cli_int(optarg, 1900, 2999, &from))
                return cli_usage(&sif_cmd_unit, "--from: \"%s\" is not a year", optarg);
            break;
        case 'h': return cli_help(&sif_cmd_unit, "sif unit move CODE --committee TEXT --from YEAR:\n"
                                                 "the unit belongs to that committee from YEAR on\n");
        default: return cli_bad_option(&sif_cmd_unit, c, argv);
        }
    }
    if (argc - optind != 1 || committee == NULL || from == 0)
        return cli_usage(&sif_cmd_unit, "unit move takes CODE --committee TEXT --from YEAR");
    struct unit_ctx u = {.code = argv[optind], .committee = committee, .from = (int)from};
    return cli_write_run(cli, "entry", do_move, &u);
}

/* A unit's committees in force over time: of rows with the same from_year the last. */
struct history {
    size_t n;
    struct { int from; char committee[SIF_NAME_MAX]; } *v;
    bool nomem;
};

static int history_one(void *ctx, int from_year, const char *committee)
{
    struct history *h = ctx;
    if (h->n == 0 || h->v[h->n - 1].from != from_year) {
        void *nv = realloc(h->v, (h->n + 1) * sizeof *h->v);
        if (nv == NULL) {
            h->nomem = true;
            return 1;
        }
        h->v = nv;
        h->n++;
    }
    h->v[h->n - 1].from = from_year;
    snprintf(h->v[h->n - 1].committee, sizeof h->v[h->n - 1].committee, "%s", committee);
    return 0;
}

/* "Stadsområdesnämnd Öster (–2016), Arbetsmarknads- och socialnämnden (2017–)"; a single
 * committee from the start is just its name. Heap string, NULL when out of memory. */
static char *history_text(const struct history *h)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    if (f == NULL)
        return NULL;
    for (size_t i = 0; i < h->n; i++) {
        int from = h->v[i].from, last = i + 1 < h->n;
        fprintf(f, "%s%s", i ? ", " : "", h->v[i].committee);
        if (h->n == 1 && from == 0)
            break;
        fputs(" (", f);
        if (from)
            fprintf(f, "%d", from);
        if (!last)
            fputs("–", f);
        else if (h->v[i + 1].from - 1 != from)
            fprintf(f, "–%d", h->v[i + 1].from - 1);
        fputs(")", f);
    }
    if (fclose(f) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

struct list_ctx {
    sif_store *st;
    cli_list out;
    sif_error *err;
    sif_status rc;
};

static int list_one(void *ctx, const sif_unit *u)
{
    struct list_ctx *l = ctx;
    struct history h = {0};
    l->rc = sif_unit_committee_list(l->st, u->id, history_one, &h, l->err);
    if (l->rc == SIF_OK && h.nomem)
        l->rc = sif_error_set(l->err, SIF_ERR_NOMEM, "out of memory");
    if (l->rc != SIF_OK) {
        free(h.v);
        return 1;
    }
    if (l->out.j) {
        json_obj(l->out.j);
        json_key(l->out.j, "code"); json_str(l->out.j, u->code);
        json_key(l->out.j, "name"); json_str(l->out.j, u->name);
        json_key(l->out.j, "committee"); json_str(l->out.j, u->committee);
        json_key(l->out.j, "committees");
        json_arr(l->out.j);
        for (size_t i = 0; i < h.n; i++) {
            json_obj(l->out.j);
            json_key(l->out.j, "from_year");
            if (h.v[i].from) json_int(l->out.j, h.v[i].from); else json_null(l->out.j);
            json_key(l->out.j, "committee"); json_str(l->out.j, h.v[i].committee);
            json_end_obj(l->out.j);
        }
        json_end_arr(l->out.j);
        json_end_obj(l->out.j);
    } else {
        char *text = history_text(&h);
        if (text == NULL) {
            free(h.v);
            l->rc = sif_error_set(l->err, SIF_ERR_NOMEM, "out of memory");
            return 1;
        }
        cli_table_row(l->out.t);
        cli_table_cell(l->out.t, u->code);
        cli_table_cell(l->out.t, u->name);
        cli_table_cell(l->out.t, text);
        free(text);
    }
    free(h.v);
    return 0;
}

static int unit_list(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_unit,
                        "sif unit list [--json]: units and their committees over time, e.g.\n"
                        "  East district committee (–2016), Labour market and social committee (2017–)\n"
                        "--json: committee (the latest) and committees, a list of\n"
                        "  {from_year (null = from the start), committee} by from_year\n");
    bool json;
    if (cli_read_args(&sif_cmd_unit, argc, argv, NULL, 0, &json) < 0)
        return 64;
    sif_error err;
    sif_error_init(&err);
    sif_store *st = NULL;
    if (cli_open(cli, SIF_STORE_READONLY, &st, &err) != SIF_OK)
        return cli_fail(&err);
    static const char *const heads[] = {N_("Code"), N_("Unit"), N_("Committee (from year)")};
    struct list_ctx l = {.st = st, .err = &err, .rc = SIF_OK};
    cli_list_begin(&l.out, json, 3, heads, "lll");
    sif_status rc = sif_unit_list(st, list_one, &l, &err);
    if (rc == SIF_OK)
        rc = l.rc;
    cli_list_end(&l.out);
    sif_store_close(st);
    return rc == SIF_OK ? 0 : cli_fail(&err);
}

static const struct sif_subcmd subs[] = {
    {"add", N_("sif unit add CODE --name TEXT [--committee TEXT]"), unit_add},
    {"list", N_("sif unit list [--json]"), unit_list},
    {"move", N_("sif unit move CODE --committee TEXT --from YEAR"), unit_move},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_unit = {
    .subs = subs,
    .name = "unit",
    .usage = N_("sif unit add|list|move ..."),
    .summary = N_("units where costs are carried and savings land"),
};
