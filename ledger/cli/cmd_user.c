/* ledger/cli/cmd_user.c — sif user add|list|disable: who may use `sif serve`, and how. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"

#define MAX_PROJECTS 64

struct add_ctx {
    const char *name;
    sif_user_role role;
    const char *projects[MAX_PROJECTS];
    size_t nprojects;
    char password[1024];
};

static sif_status do_add(sif_store *st, int64_t batch, void *ctx, int64_t *rows, sif_ore *sum,
                         sif_error *err)
{
    struct add_ctx *a = ctx;
    *rows = 1;
    (void)sum;
    return sif_user_add(st, batch, a->name, a->role, a->projects, a->nprojects, a->password, err);
}

/* The first line of stdin without its line end; false when there is none. */
static bool read_password(char *buf, size_t size)
{
    if (fgets(buf, (int)size, stdin) == NULL)
        return false;
    buf[strcspn(buf, "\r\n")] = '\0';
    return true;
}

static int user_add(const sif_cli *cli, int argc, char **argv)
{
    static const struct option opts[] = {
        {"role", required_argument, 0, 'r'},
        {"projects", required_argument, 0, 'p'},
        {"password-stdin", no_argument, 0, 's'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    struct add_ctx a;
    memset(&a, 0, sizeof a);
    const char *role = NULL;
    char *projects = NULL;
    bool from_stdin = false;
    int c;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'r': role = optarg; break;
        case 'p': projects = optarg; break;
        case 's': from_stdin = true; break;
        case 'h': return cli_help(&sif_cmd_user,
                                  "  --role R         controller (enters and imports the costs of her\n"
                                  "                   projects), administrator (every other write),\n"
                                  "                   committee (reads), auditor (reads, log, verify)\n"
                                  "  --projects P1,P2 a controller's projects\n"
                                  "  --password-stdin the password is the first line of stdin\n");
        default: return cli_bad_option(&sif_cmd_user, c, argv);
        }
    }
    if (argc - optind != 1 || role == NULL)
        return cli_usage(&sif_cmd_user, "user add takes NAME --role ROLE --password-stdin");
    if (!from_stdin)
        return cli_usage(&sif_cmd_user, "give the password on stdin with --password-stdin");
    a.name = argv[optind];
    sif_error err;
    sif_error_init(&err);
    if (sif_user_role_parse(role, &a.role, &err) != SIF_OK)
        return cli_usage(&sif_cmd_user, "%s", err.msg);
    for (char *save = NULL, *p = projects ? strtok_r(projects, ",", &save) : NULL; p;
         p = strtok_r(NULL, ",", &save)) {
        if (a.nprojects == MAX_PROJECTS)
            return cli_usage(&sif_cmd_user, "more than %d projects", MAX_PROJECTS);
        a.projects[a.nprojects++] = p;
    }
    if (!read_password(a.password, sizeof a.password))
        return cli_usage(&sif_cmd_user, "no password on stdin");
    int status = cli_write_run(cli, "entry", do_add, &a);
    explicit_bzero(a.password, sizeof a.password);
    return status;
}

static sif_status do_disable(sif_store *st, int64_t batch, void *ctx, int64_t *rows,
                             sif_ore *sum, sif_error *err)
{
    *rows = 1;
    (void)sum;
    return sif_user_disable(st, batch, ctx, err);
}

static int user_disable(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_user, N_("Disables a user of sif serve: the name cannot log in any more.\n"));
    const char *pos[1];
    int n = cli_read_args(&sif_cmd_user, argc, argv, pos, 1, NULL);
    if (n < 0)
        return 64;
    if (n != 1)
        return cli_usage(&sif_cmd_user, "user disable takes NAME");
    return cli_write_run(cli, "entry", do_disable, (void *)pos[0]);
}

static int list_one(void *ctx, const sif_user *u)
{
    cli_list *l = ctx;
    if (l->j) {
        json_obj(l->j);
        json_key(l->j, "name"); json_str(l->j, u->name);
        json_key(l->j, "role"); json_str(l->j, sif_user_role_name(u->role));
        json_key(l->j, "projects");
        json_arr(l->j);
        char buf[SIF_TEXT_MAX];
        snprintf(buf, sizeof buf, "%s", u->projects);
        for (char *save = NULL, *p = strtok_r(buf, ",", &save); p; p = strtok_r(NULL, ",", &save))
            json_str(l->j, p);
        json_end_arr(l->j);
        json_key(l->j, "disabled"); json_bool(l->j, u->disabled);
        json_key(l->j, "by"); json_str(l->j, u->user);
        json_key(l->j, "at"); json_str(l->j, u->at);
        json_end_obj(l->j);
        return 0;
    }
    cli_table_row(l->t);
    cli_table_cell(l->t, u->name);
    cli_table_cell(l->t, sif_user_role_name(u->role));
    cli_table_cell(l->t, u->projects);
    cli_table_cell(l->t, u->disabled ? _("account disabled") : _("active"));
    cli_table_cell(l->t, u->user);
    cli_table_cell(l->t, u->at);
    return 0;
}

static sif_status list_fill(sif_store *st, const sif_project *p, const void *arg, cli_list *l,
                             sif_error *err)
{
    (void)p;
    (void)arg;
    return sif_user_list(st, list_one, l, err);
}

static int user_list(const sif_cli *cli, int argc, char **argv)
{
    if (cli_wants_help(argc, argv))
        return cli_help(&sif_cmd_user, N_("The users of sif serve, their roles and projects.\n"));
    bool json = false;
    if (cli_read_args(&sif_cmd_user, argc, argv, NULL, 0, &json) != 0)
        return 64;
    static const char *const heads[] = {N_("Name"), N_("User role"), N_("Project"), N_("Status"), N_("By"), N_("When")};
    return cli_list_run(cli, NULL, json, 6, heads, "llllll", list_fill, NULL);
}

static const struct sif_subcmd subs[] = {
    {"add", N_("sif user add NAME --role controller|administrator|committee|auditor"
            " [--projects P1,P2] --password-stdin"), user_add},
    {"list", N_("sif user list [--json]"), user_list},
    {"disable", N_("sif user disable NAME"), user_disable},
    {NULL, NULL, NULL},
};

const struct sif_cmd sif_cmd_user = {
    .subs = subs,
    .name = "user",
    .usage = N_("sif user add|list|disable ..."),
    .summary = N_("the users of sif serve and their roles"),
};
