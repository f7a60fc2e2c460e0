/* ledger/web/throttle.c — failed logins per name, in a small table of fixed size. */
#include "throttle.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SLOTS = 1024, FORGET_AFTER = 15 * 60, BASE_MS = 250, MAX_MS = 8000 };

struct slot {
    char name[64];
    int fails;
    int64_t last;
};

struct web_throttle {
    pthread_mutex_t lock;
    struct slot s[SLOTS];
};

web_throttle *web_throttle_new(void)
{
    web_throttle *t = calloc(1, sizeof *t);
    if (t)
        pthread_mutex_init(&t->lock, NULL);
    return t;
}

void web_throttle_free(web_throttle *t)
{
    if (t == NULL)
        return;
    pthread_mutex_destroy(&t->lock);
    free(t);
}

/* The slot of name, or NULL. Called with the lock held. */
static struct slot *find(web_throttle *t, const char *name, int64_t now)
{
    for (int i = 0; i < SLOTS; i++) {
        struct slot *s = &t->s[i];
        if (s->fails && now - s->last >= FORGET_AFTER)
            s->fails = 0;
        if (s->fails && strncmp(s->name, name, sizeof s->name) == 0)
            return s;
    }
    return NULL;
}

int64_t web_throttle_delay_ms(web_throttle *t, const char *name, int64_t now)
{
    pthread_mutex_lock(&t->lock);
    struct slot *s = find(t, name, now);
    int64_t ms = 0;
    if (s) {
        ms = BASE_MS;
        for (int i = 1; i < s->fails && ms < MAX_MS; i++)
            ms *= 2;
        if (ms > MAX_MS)
            ms = MAX_MS;
    }
    pthread_mutex_unlock(&t->lock);
    return ms;
}

void web_throttle_fail(web_throttle *t, const char *name, int64_t now)
{
    pthread_mutex_lock(&t->lock);
    struct slot *s = find(t, name, now);
    if (s == NULL) {
        /* a free slot, else the one that failed longest ago */
        s = &t->s[0];
        for (int i = 0; i < SLOTS; i++) {
            if (t->s[i].fails == 0) {
                s = &t->s[i];
                break;
            }
            if (t->s[i].last < s->last)
                s = &t->s[i];
        }
        snprintf(s->name, sizeof s->name, "%s", name);
        s->fails = 0;
    }
    s->fails++;
    s->last = now;
    pthread_mutex_unlock(&t->lock);
}

void web_throttle_success(web_throttle *t, const char *name)
{
    pthread_mutex_lock(&t->lock);
    for (int i = 0; i < SLOTS; i++)
        if (t->s[i].fails && strncmp(t->s[i].name, name, sizeof t->s[i].name) == 0)
            t->s[i].fails = 0;
    pthread_mutex_unlock(&t->lock);
}
