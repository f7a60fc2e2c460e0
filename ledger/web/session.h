/* ledger/web/session.h — logged-in sessions: who, since when, the CSRF token, and the one
 * upload waiting for its confirmation.
 *
 * @code
 *     web_sessions *ss = web_sessions_new(30 * 60, 8 * 3600, 4096);
 *     web_session s;
 *     web_session_open(ss, "anna", now, &s);          // s.id goes into the cookie
 *     if (web_session_get(ss, cookie, now, &s)) ... s.user, s.csrf ...
 *     web_session_close(ss, s.id);
 *     web_sessions_free(ss);
 * @endcode
 *
 * Sessions live in memory only (a restart logs everyone out). A session ends idle seconds
 * after it was last used, and max_age seconds after it began however busy it is. Times are
 * passed in (seconds since the epoch), so that a test can run the clock. Thread-safe.
 */
#ifndef SIF_WEB_SESSION_H
#define SIF_WEB_SESSION_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "csrf.h"
#include "sif/user.h"

typedef struct web_session {
    char id[WEB_TOKEN_LEN + 1];      /* the cookie's value */
    char csrf[WEB_TOKEN_LEN + 1];    /* the forms' hidden field */
    char user[SIF_USER_NAME_MAX];
    int64_t created, last;
    char upload_id[WEB_TOKEN_LEN + 1]; /* "" = no upload waiting */
    char upload_path[PATH_MAX];      /* the staged file, the server's own */
    char upload_project[SIF_CODE_MAX];
} web_session;

typedef struct web_sessions web_sessions;

/* Constructor; NULL when out of memory. At most capacity sessions: a new one pushes out
 * the one used longest ago. */
web_sessions *web_sessions_new(int idle, int max_age, size_t capacity);
/* Destructor; accepts NULL. Removes every staged upload. */
void web_sessions_free(web_sessions *ss);

/* Begin a session for user; a copy into *out. False when no random id could be had. */
bool web_session_open(web_sessions *ss, const char *user, int64_t now, web_session *out);
/* The live session with that id, touched (its idle time starts again), copied into *out.
 * False for an unknown, idle or too old one, which is then ended. */
bool web_session_get(web_sessions *ss, const char *id, int64_t now, web_session *out);
/* End it (and remove its staged upload). Unknown ids are ignored. */
void web_session_close(web_sessions *ss, const char *id);

/* Keep path (a file alone in a directory of its own) as the session's upload for project,
 * under a new upload id (into upload_id,
 * WEB_TOKEN_LEN + 1 bytes); an earlier one is removed. False for an unknown session. */
bool web_session_stage(web_sessions *ss, const char *id, const char *path, const char *project,
                       char *upload_id);
/* Forget the session's upload and remove its file. */
void web_session_unstage(web_sessions *ss, const char *id);

#endif
