/* ledger/chain.c — the chain's head (anchors) and the keyed chain (sif key enable). */
#include "store_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sif/anchor.h"
#include "sif/sha256.h"

sif_status sif_anchor_get(sif_store *st, sif_anchor *out, sif_error *err)
{
    snprintf(out->head, sizeof out->head, "%s", SIF_JOURNAL_GENESIS);
    out->count = 0;
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1",
                                   &s, err);
    if (rc != SIF_OK)
        return rc;
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        out->count = sqlite3_column_int64(s, 0);
        sif_column_copy(s, 1, out->head, sizeof out->head);
    } else if (step != SQLITE_DONE) {
        rc = sif_store_error(st, step, err);
    }
    sif_store_stmt_done(st, s);
    return rc;
}

sif_status sif_anchor_parse(const char *text, sif_anchor *out, sif_error *err)
{
    const char *colon = text ? strchr(text, ':') : NULL;
    bool ok = colon && colon - text == 64;
    for (int i = 0; ok && i < 64; i++)
        ok = isxdigit((unsigned char)text[i]) != 0;
    char *end = NULL;
    long long n = ok ? strtoll(colon + 1, &end, 10) : -1;
    if (!ok || colon[1] == '\0' || *end != '\0' || n < 0 || !isdigit((unsigned char)colon[1]))
        return sif_error_set(err, SIF_ERR_USAGE, "an anchor is HEX:COUNT (64 hex digits, a "
                             "colon, the number of links) or a report's XML file");
    for (int i = 0; i < 64; i++)
        out->head[i] = (char)tolower((unsigned char)text[i]);
    out->head[64] = '\0';
    out->count = n;
    return SIF_OK;
}

/* The id under which the ledger records its key: a MAC of a fixed text, so that it names
 * the key without revealing anything about it. */
static void key_id(const unsigned char *key, size_t len, char hex[65])
{
    sif_hmac_sha256 m;
    sif_hmac_sha256_init(&m, key, len);
    sif_hmac_sha256_update(&m, "sif key id v1", 13);
    sif_hmac_sha256_hex(&m, hex);
}

/* The latest chain_key row: *from_seq 0 when the chain is not keyed. */
static sif_status read_key_row(sif_store *st, int64_t *from_seq, char id[65], sif_error *err)
{
    *from_seq = 0;
    id[0] = '\0';
    sqlite3_stmt *s;
    sif_status rc = sif_store_stmt(st, "SELECT from_seq, key_id FROM chain_key ORDER BY id DESC"
                                       " LIMIT 1", &s, err);
    if (rc != SIF_OK)
        return rc;
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        *from_seq = sqlite3_column_int64(s, 0);
        sif_column_copy(s, 1, id, 65);
    } else if (step != SQLITE_DONE) {
        rc = sif_store_error(st, step, err);
    }
    sif_store_stmt_done(st, s);
    return rc;
}

sif_status sif_chain_key_check(sif_store *st, int64_t *from_seq, bool *have_key,
                               sif_error *err)
{
    char id[65], mine[65];
    sif_status rc = read_key_row(st, from_seq, id, err);
    size_t len;
    const unsigned char *key = sif_store_key(st, &len);
    *have_key = key != NULL;
    if (rc != SIF_OK || key == NULL)
        return rc;
    key_id(key, len, mine);
    if (*from_seq == 0)
        return sif_error_set(err, SIF_ERR_USAGE, "a key file was given, but this ledger's chain "
                             "is not keyed ('sif key enable' keys it)");
    if (strcmp(id, mine) != 0)
        return sif_error_set(err, SIF_ERR_USAGE, "the key file is not this ledger's key");
    return SIF_OK;
}

sif_status sif_chain_load_key(sif_store *st, sif_error *err)
{
    int64_t from = 0;
    bool have = false;
    sif_status rc = sif_chain_key_check(st, &from, &have, err);
    if (rc == SIF_ERR_USAGE && from == 0)
        rc = SIF_OK; /* a key for an unkeyed ledger is harmless to a write */
    if (rc != SIF_OK)
        return rc;
    if (from && !have)
        return sif_error_set(err, SIF_ERR_USAGE, "this ledger's chain is keyed: a write needs "
                             "its key (--key-file FILE or $SIF_KEY_FILE)");
    sif_store_set_keyed_from(st, from);
    return SIF_OK;
}

sif_status sif_key_enable(sif_store *st, int64_t *from_seq, sif_anchor *prior, sif_error *err)
{
    size_t len;
    const unsigned char *key = sif_store_key(st, &len);
    if (key == NULL)
        return sif_error_set(err, SIF_ERR_USAGE, "sif key enable needs --key-file FILE");
    int64_t batch;
    sif_status rc = sif_write_begin(st, "key", NULL, NULL, &batch, err);
    if (rc != SIF_OK)
        return rc;
    if (sif_store_keyed_from(st) != 0) {
        sif_write_abort(st);
        return sif_error_set(err, SIF_ERR_USAGE, "this ledger's chain is keyed already");
    }
    sif_anchor head = {"", 0};
    char id[65];
    key_id(key, len, id);
    rc = sif_anchor_get(st, &head, err);
    int64_t from = head.count + 1;
    if (rc == SIF_OK) {
        /* the chain_key row's own link is the first keyed one */
        sif_store_set_keyed_from(st, from);
        rc = sif_row_insert(st, batch, "chain_key", "from_seq, prior_head, prior_count, key_id",
                            "ITIT", "key", NULL, NULL, NULL, err, from, head.head, head.count,
                            id);
    }
    if (rc == SIF_OK)
        rc = sif_write_commit(st, batch, 1, 0, NULL, err);
    else
        sif_write_abort(st);
    if (rc != SIF_OK)
        return rc;
    if (from_seq)
        *from_seq = from;
    if (prior)
        *prior = head;
    return SIF_OK;
}
