/* include/sif/user.h — the people who use the ledger through `sif serve`: names, roles,
 * the projects a controller keeps, Argon2id password hashes (SPEC §15).
 *
 * @code
 *     int64_t batch;
 *     sif_write_begin(st, "entry", NULL, NULL, &batch, &err);
 *     const char *projects[] = {"HFO"};
 *     sif_user_add(st, batch, "anna", SIF_USER_CONTROLLER, projects, 1, "lösenord 123", &err);
 *     sif_write_commit(st, batch, 1, 0, NULL, &err);
 *     sif_user u;
 *     bool ok;
 *     if (sif_user_find(st, "anna", &u, &err) == SIF_OK && !u.disabled &&
 *         sif_password_verify(u.hash, "lösenord 123", &ok, &err) == SIF_OK && ok &&
 *         sif_user_may(&u, SIF_MAY_ENTER_COSTS, "HFO"))
 *         ... anna may enter a cost of HFO ...
 * @endcode
 *
 * Users are rows of the append-only, journaled table web_user: adding a user, disabling
 * her and adding her again are each a new row, and the latest row of a name is in force.
 * Passwords are never stored, only their Argon2id hash in PHC string form.
 */
#ifndef SIF_USER_H
#define SIF_USER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sif/entity.h"

typedef enum sif_user_role {
    SIF_USER_CONTROLLER = 0, /* enters and imports the costs of her projects */
    SIF_USER_ADMINISTRATOR,  /* every other write: savings, evidence, rules, decisions, users */
    SIF_USER_COMMITTEE,      /* reads */
    SIF_USER_AUDITOR,        /* reads, and the log, verify and check */
    SIF_USER_ROLE_COUNT_
} sif_user_role;

/* "controller", "administrator", "committee", "auditor". Static. */
const char *sif_user_role_name(sif_user_role r);
/* Parse a role's name; SIF_ERR_USAGE naming the four otherwise. */
sif_status sif_user_role_parse(const char *text, sif_user_role *out, sif_error *err);

#define SIF_USER_NAME_MAX 64
#define SIF_PASSWORD_MIN 10
#define SIF_PASSWORD_HASH_MAX 160

typedef struct sif_user {
    int64_t id;                      /* the row in force */
    char name[SIF_USER_NAME_MAX];
    sif_user_role role;
    char projects[SIF_TEXT_MAX];     /* a controller's project codes, "HFO,BRO"; "" = none */
    bool disabled;
    char hash[SIF_PASSWORD_HASH_MAX]; /* Argon2id, "$argon2id$v=19$m=...,t=...,p=...$..." */
    char user[64];                   /* who wrote the row */
    char at[32];
} sif_user;

/* What a user may do. */
typedef enum sif_may {
    SIF_MAY_READ = 0,     /* the portfolio, projects, reports */
    SIF_MAY_ENTER_COSTS,  /* enter and import costs of one project */
    SIF_MAY_AUDIT,        /* the log, verify, check */
    SIF_MAY_ADMINISTER,   /* every other write */
} sif_may;

/* True when u (enabled) may do what for project_code (NULL when it is about no project). */
bool sif_user_may(const sif_user *u, sif_may what, const char *project_code);

/* Add a user, or add again a disabled one (a new row either way). A name is 1–63 bytes of
 * UTF-8 without blanks, control characters or commas; the password at least
 * SIF_PASSWORD_MIN characters. A controller needs at least one project, and every project
 * must exist; other roles take none. An enabled user of that name is SIF_ERR_DATA. */
sif_status sif_user_add(sif_store *st, int64_t batch, const char *name, sif_user_role role,
                        const char *const *projects, size_t nprojects, const char *password,
                        sif_error *err);

/* Disable a user: a new row that keeps her name and role but no login. SIF_ERR_NOTFOUND
 * when there is no such user, SIF_ERR_DATA when she is disabled already. */
sif_status sif_user_disable(sif_store *st, int64_t batch, const char *name, sif_error *err);

/* The row in force for name. SIF_ERR_NOTFOUND when there is none. */
sif_status sif_user_find(sif_store *st, const char *name, sif_user *out, sif_error *err);

typedef int (*sif_user_fn)(void *ctx, const sif_user *u);
/* Every user as her latest row, in name order; fn returns non-zero to stop. */
sif_status sif_user_list(sif_store *st, sif_user_fn fn, void *ctx, sif_error *err);

/* Hash password with Argon2id and a fresh random salt into hash (PHC string form, at most
 * SIF_PASSWORD_HASH_MAX bytes). */
sif_status sif_password_hash(const char *password, char hash[SIF_PASSWORD_HASH_MAX],
                             sif_error *err);
/* *ok = the password matches the hash. A malformed hash is *ok false, SIF_OK. */
sif_status sif_password_verify(const char *hash, const char *password, bool *ok,
                               sif_error *err);

#endif
