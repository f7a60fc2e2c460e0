/* ledger/user.c — users of `sif serve`, their roles and what each role may do. */
#include "store_internal.h"

#include <stdio.h>
#include <string.h>
#include "sif/user.h"

static const char *const role_names[SIF_USER_ROLE_COUNT_] = {
    "controller", "administrator", "committee", "auditor",
};

const char *sif_user_role_name(sif_user_role r)
{
    return (unsigned)r < SIF_USER_ROLE_COUNT_ ? role_names[r] : "?";
}

sif_status sif_user_role_parse(const char *text, sif_user_role *out, sif_error *err)
{
    for (int i = 0; i < SIF_USER_ROLE_COUNT_; i++)
        if (text && strcmp(text, role_names[i]) == 0) {
            *out = (sif_user_role)i;
            return SIF_OK;
        }
    return sif_error_set(err, SIF_ERR_USAGE,
                         "role \"%s\" is not controller, administrator, committee or auditor",
                         text ? text : "");
}

/* True when code is one of the comma-separated codes in list. */
static bool in_list(const char *list, const char *code)
{
    size_t n = strlen(code);
    for (const char *p = list; *p;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == n && n > 0 && strncmp(p, code, n) == 0)
            return true;
        if (!comma)
            break;
        p = comma + 1;
    }
    return false;
}

bool sif_user_may(const sif_user *u, sif_may what, const char *project_code)
{
    if (u == NULL || u->disabled)
        return false;
    switch (what) {
    case SIF_MAY_READ:
        return true;
    case SIF_MAY_ENTER_COSTS:
        return u->role == SIF_USER_CONTROLLER && project_code && in_list(u->projects, project_code);
    case SIF_MAY_AUDIT:
        return u->role == SIF_USER_AUDITOR || u->role == SIF_USER_ADMINISTRATOR;
    case SIF_MAY_ADMINISTER:
        return u->role == SIF_USER_ADMINISTRATOR;
    }
    return false;
}

static sif_status name_check(const char *name, sif_error *err)
{
    if (name == NULL || name[0] == '\0')
        return sif_error_set(err, SIF_ERR_USAGE, "a user needs a name");
    sif_status rc = sif_text_check(name, SIF_USER_NAME_MAX, "user name", err);
    if (rc != SIF_OK)
        return rc;
    if (strpbrk(name, " \t,"))
        return sif_error_set(err, SIF_ERR_DATA, "user name \"%s\" has a blank or a comma", name);
    return SIF_OK;
}

static sif_status insert(sif_store *st, int64_t batch, const sif_user *u, const char *action,
                         sif_error *err)
{
    char detail[160];
    snprintf(detail, sizeof detail, "%s %s%s", u->name, role_names[u->role],
             u->disabled ? " disabled" : "");
    return sif_row_insert(st, batch, "web_user", "name, role, projects, hash, disabled", "ttTTi",
                          action, detail, NULL, NULL, err, u->name, role_names[u->role],
                          u->projects[0] ? u->projects : NULL, u->hash, u->disabled ? 1 : 0);
}

sif_status sif_user_add(sif_store *st, int64_t batch, const char *name, sif_user_role role,
                        const char *const *projects, size_t nprojects, const char *password,
                        sif_error *err)
{
    sif_status rc = name_check(name, err);
    if (rc != SIF_OK)
        return rc;
    if ((unsigned)role >= SIF_USER_ROLE_COUNT_)
        return sif_error_set(err, SIF_ERR_USAGE, "no such role");
    if (role == SIF_USER_CONTROLLER && nprojects == 0)
        return sif_error_set(err, SIF_ERR_USAGE, "a controller needs her projects (--projects P1,P2)");
    if (role != SIF_USER_CONTROLLER && nprojects > 0)
        return sif_error_set(err, SIF_ERR_USAGE, "only a controller has projects of her own");
    if (password == NULL || strlen(password) < SIF_PASSWORD_MIN)
        return sif_error_set(err, SIF_ERR_DATA, "a password needs at least %d characters",
                             SIF_PASSWORD_MIN);
    sif_user u;
    rc = sif_user_find(st, name, &u, err);
    if (rc == SIF_OK && !u.disabled)
        return sif_error_set(err, SIF_ERR_DATA, "user %s exists already", name);
    if (rc != SIF_OK && rc != SIF_ERR_NOTFOUND)
        return rc;
    sif_error_init(err);
    memset(&u, 0, sizeof u);
    snprintf(u.name, sizeof u.name, "%s", name);
    u.role = role;
    size_t used = 0;
    for (size_t i = 0; i < nprojects; i++) {
        sif_project p;
        if ((rc = sif_project_find(st, projects[i], &p, err)) != SIF_OK)
            return rc;
        if (in_list(u.projects, p.code))
            continue;
        int n = snprintf(u.projects + used, sizeof u.projects - used, "%s%s", used ? "," : "",
                         p.code);
        if (n < 0 || (size_t)n >= sizeof u.projects - used)
            return sif_error_set(err, SIF_ERR_DATA, "too many projects for one user");
        used += (size_t)n;
    }
    if ((rc = sif_password_hash(password, u.hash, err)) != SIF_OK)
        return rc;
    return insert(st, batch, &u, "add", err);
}

sif_status sif_user_disable(sif_store *st, int64_t batch, const char *name, sif_error *err)
{
    sif_user u;
    sif_status rc = sif_user_find(st, name, &u, err);
    if (rc != SIF_OK)
        return rc;
    if (u.disabled)
        return sif_error_set(err, SIF_ERR_DATA, "user %s is disabled already", name);
    u.disabled = true;
    return insert(st, batch, &u, "disable", err);
}

#define USER_SELECT "SELECT id, name, role, projects, hash, disabled, user, at FROM web_user "

static void user_from_row(sqlite3_stmt *s, sif_user *u)
{
    memset(u, 0, sizeof *u);
    u->id = sqlite3_column_int64(s, 0);
    sif_column_copy(s, 1, u->name, sizeof u->name);
    sif_user_role_parse(sif_column_text(s, 2), &u->role, NULL);
    sif_column_copy(s, 3, u->projects, sizeof u->projects);
    sif_column_copy(s, 4, u->hash, sizeof u->hash);
    u->disabled = sqlite3_column_int(s, 5) != 0;
    sif_column_copy(s, 6, u->user, sizeof u->user);
    sif_column_copy(s, 7, u->at, sizeof u->at);
}

sif_status sif_user_find(sif_store *st, const char *name, sif_user *out, sif_error *err)
{
    sqlite3_stmt *s;
    sif_status rc = sif_store_prepare(st, USER_SELECT "WHERE name = ? ORDER BY id DESC LIMIT 1",
                                      &s, err);
    if (rc != SIF_OK)
        return rc;
    sif_bind_text(s, 1, name);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        user_from_row(s, out);
    else if (step == SQLITE_DONE)
        rc = sif_error_set(err, SIF_ERR_NOTFOUND, "no user %s", name);
    else
        rc = sif_store_error(st, step, err);
    sqlite3_finalize(s);
    return rc;
}

struct user_each {
    sif_user_fn fn;
    void *ctx;
};

static int user_row(void *ctx, sqlite3_stmt *s)
{
    const struct user_each *each = ctx;
    sif_user u;
    user_from_row(s, &u);
    return each->fn(each->ctx, &u);
}

sif_status sif_user_list(sif_store *st, sif_user_fn fn, void *ctx, sif_error *err)
{
    struct user_each each = {fn, ctx};
    return sif_store_each(st, USER_SELECT "WHERE id IN (SELECT max(id) FROM web_user GROUP BY"
                              " name) ORDER BY name", NULL, user_row, &each, err);
}
