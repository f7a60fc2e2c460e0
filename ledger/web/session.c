/* ledger/web/session.c — the in-memory session table. */
#include "session.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct web_sessions {
    pthread_mutex_t lock;
    int idle, max_age;
    size_t cap, n;
    web_session *s;
};

web_sessions *web_sessions_new(int idle, int max_age, size_t capacity)
{
    web_sessions *ss = calloc(1, sizeof *ss);
    if (ss == NULL)
        return NULL;
    ss->s = calloc(capacity ? capacity : 1, sizeof *ss->s);
    if (ss->s == NULL) {
        free(ss);
        return NULL;
    }
    pthread_mutex_init(&ss->lock, NULL);
    ss->idle = idle;
    ss->max_age = max_age;
    ss->cap = capacity ? capacity : 1;
    return ss;
}

/* Remove the staged file and the directory of its own it was put in. */
static void unstage(web_session *s)
{
    if (s->upload_path[0]) {
        unlink(s->upload_path);
        char *slash = strrchr(s->upload_path, '/');
        if (slash) {
            *slash = '\0';
            rmdir(s->upload_path);
        }
    }
    s->upload_path[0] = '\0';
    s->upload_id[0] = '\0';
    s->upload_project[0] = '\0';
}

static void drop(web_sessions *ss, size_t i)
{
    unstage(&ss->s[i]);
    ss->s[i] = ss->s[--ss->n];
}

void web_sessions_free(web_sessions *ss)
{
    if (ss == NULL)
        return;
    while (ss->n)
        drop(ss, 0);
    pthread_mutex_destroy(&ss->lock);
    free(ss->s);
    free(ss);
}

static bool alive(const web_sessions *ss, const web_session *s, int64_t now)
{
    return now - s->last < ss->idle && now - s->created < ss->max_age && now >= s->created;
}

static void sweep(web_sessions *ss, int64_t now)
{
    for (size_t i = 0; i < ss->n;)
        if (!alive(ss, &ss->s[i], now))
            drop(ss, i);
        else
            i++;
}

bool web_session_open(web_sessions *ss, const char *user, int64_t now, web_session *out)
{
    web_session s;
    memset(&s, 0, sizeof s);
    if (!web_random_hex(s.id, WEB_TOKEN_BYTES) || !web_random_hex(s.csrf, WEB_TOKEN_BYTES))
        return false;
    snprintf(s.user, sizeof s.user, "%s", user);
    s.created = s.last = now;
    pthread_mutex_lock(&ss->lock);
    sweep(ss, now);
    if (ss->n == ss->cap) {
        size_t oldest = 0;
        for (size_t i = 1; i < ss->n; i++)
            if (ss->s[i].last < ss->s[oldest].last)
                oldest = i;
        drop(ss, oldest);
    }
    ss->s[ss->n++] = s;
    pthread_mutex_unlock(&ss->lock);
    *out = s;
    return true;
}

/* The index of the session with that id, or ss->n. Called with the lock held. */
static size_t find(const web_sessions *ss, const char *id)
{
    for (size_t i = 0; i < ss->n; i++)
        if (web_token_equal(ss->s[i].id, id))
            return i;
    return ss->n;
}

bool web_session_get(web_sessions *ss, const char *id, int64_t now, web_session *out)
{
    if (id == NULL)
        return false;
    bool ok = false;
    pthread_mutex_lock(&ss->lock);
    size_t i = find(ss, id);
    if (i < ss->n && !alive(ss, &ss->s[i], now)) {
        drop(ss, i);
    } else if (i < ss->n) {
        ss->s[i].last = now;
        *out = ss->s[i];
        ok = true;
    }
    pthread_mutex_unlock(&ss->lock);
    return ok;
}

void web_session_close(web_sessions *ss, const char *id)
{
    pthread_mutex_lock(&ss->lock);
    size_t i = find(ss, id);
    if (i < ss->n)
        drop(ss, i);
    pthread_mutex_unlock(&ss->lock);
}

bool web_session_stage(web_sessions *ss, const char *id, const char *path, const char *project,
                       char *upload_id)
{
    char uid[WEB_TOKEN_LEN + 1];
    if (!web_random_hex(uid, WEB_TOKEN_BYTES))
        return false;
    bool ok = false;
    pthread_mutex_lock(&ss->lock);
    size_t i = find(ss, id);
    if (i < ss->n) {
        web_session *s = &ss->s[i];
        if (strcmp(s->upload_path, path) != 0)
            unstage(s);
        snprintf(s->upload_path, sizeof s->upload_path, "%s", path);
        snprintf(s->upload_project, sizeof s->upload_project, "%s", project);
        memcpy(s->upload_id, uid, sizeof uid);
        memcpy(upload_id, uid, sizeof uid);
        ok = true;
    }
    pthread_mutex_unlock(&ss->lock);
    return ok;
}

void web_session_unstage(web_sessions *ss, const char *id)
{
    pthread_mutex_lock(&ss->lock);
    size_t i = find(ss, id);
    if (i < ss->n)
        unstage(&ss->s[i]);
    pthread_mutex_unlock(&ss->lock);
}
