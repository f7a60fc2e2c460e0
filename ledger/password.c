/* ledger/password.c — Argon2id password hashes (libargon2), salted from the kernel's random
 * source. The parameters are OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
#include <argon2.h>
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include "sif/user.h"

enum { T_COST = 2, M_COST_KIB = 19456, LANES = 1, SALT_LEN = 16, HASH_LEN = 32 };

sif_status sif_password_hash(const char *password, char hash[SIF_PASSWORD_HASH_MAX],
                             sif_error *err)
{
    unsigned char salt[SALT_LEN];
    size_t got = 0;
    while (got < sizeof salt) {
        ssize_t n = getrandom(salt + got, sizeof salt - got, 0);
        if (n < 0 && errno != EINTR)
            return sif_error_set(err, SIF_ERR_IO, "no random salt: %s", strerror(errno));
        if (n > 0)
            got += (size_t)n;
    }
    int rc = argon2id_hash_encoded(T_COST, M_COST_KIB, LANES, password, strlen(password), salt,
                                   sizeof salt, HASH_LEN, hash, SIF_PASSWORD_HASH_MAX);
    if (rc != ARGON2_OK)
        return sif_error_set(err, rc == ARGON2_MEMORY_ALLOCATION_ERROR ? SIF_ERR_NOMEM : SIF_ERR_DATA,
                             "cannot hash the password: %s", argon2_error_message(rc));
    return SIF_OK;
}

sif_status sif_password_verify(const char *hash, const char *password, bool *ok,
                               sif_error *err)
{
    *ok = false;
    if (strncmp(hash, "$argon2id$", 10) != 0)
        return SIF_OK;
    int rc = argon2id_verify(hash, password, strlen(password));
    if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory checking a password");
    *ok = rc == ARGON2_OK;
    return SIF_OK;
}
