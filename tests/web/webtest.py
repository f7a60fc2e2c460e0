"""Shared helpers of the sif serve tests: a ledger with users, a server on a free port,
and a small HTTP client with a cookie jar (plain http.client, no browser)."""
import http.client
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
import urllib.parse
import uuid

SIF = None
FAILURES = []
PASSWORDS = {
    "anna": "anna lösen 123",     # controller of HFO
    "eva": "eva lösen 1234",      # controller of XSS only
    "bo": "bo lösen 12345",       # committee
    "cia": "cia lösen 1234",      # auditor
    "dan": "dan lösen 1234",      # administrator
    "olle": "olle lösen 123",     # disabled
}
XSS = "<script>alert(1)</script>"
# Upper bounds only, never what a check waits for: how long the server may take to start,
# to stop on SIGTERM, and to answer one request, on a loaded machine or in a sanitizer build.
START_SECONDS = 60
STOP_SECONDS = 60
REQUEST_SECONDS = 60


def wait_until(cond, seconds=10.0, step=0.05):
    """Poll cond() until it is true or seconds have passed; returns its last value. For what
    the server does after it has answered (removing a file), which no fixed sleep can time."""
    deadline = time.monotonic() + seconds
    while True:
        v = cond()
        if v or time.monotonic() >= deadline:
            return v
        time.sleep(step)


def check(cond, msg):
    if not cond:
        FAILURES.append(msg)
        print("FAIL:", msg, flush=True)
    return cond


def sif(db, *args, stdin=None, env=None, ok=True):
    e = dict(os.environ, SIF_USER="setup", LC_ALL="C.UTF-8")
    if env:
        e.update(env)
    p = subprocess.run([SIF, "--db", db] + list(args), input=stdin, capture_output=True,
                       text=True, env=e)
    if ok and p.returncode != 0:
        raise RuntimeError(f"sif {' '.join(args)}: {p.returncode} {p.stderr}")
    return p


def make_ledger(tmp):
    """A ledger with projects HFO (roles OV, FS) and XSS (named like a script), and users."""
    db = os.path.join(tmp, "sif.db")
    sif(db, "init")
    sif(db, "unit", "add", "EKB", "--name", "Enhet ekonomiskt bistånd")
    sif(db, "project", "add", "HFO", "--name", "Hela Familjen Öster", "--start", "2014",
        "--end", "2017")
    sif(db, "role", "add", "HFO", "OV", "--unit", "EKB", "--title", "2 soc sekr Öppenvård")
    sif(db, "role", "add", "HFO", "FS", "--unit", "EKB", "--title", "1 soc sekr Försörjningsstöd")
    sif(db, "project", "add", "XSS", "--name", XSS, "--committee", XSS)
    sif(db, "role", "add", "XSS", "R1", "--unit", "EKB", "--title", XSS)
    sif(db, "cost", "add", "HFO", "OV", "2014", "486195")
    sif(db, "cost", "add", "XSS", "R1", "2016", "1000", "--note", XSS)
    part = os.path.join(tmp, "deltagare.csv")
    with open(part, "w", encoding="utf-8") as f:
        f.write("projekt;deltagare;kon;stadsomrade;startdatum\n"
                "HFO;D1;K;Öster;2016-01-10\nHFO;D2;M;Öster;2016-02-01\nHFO;D3;K;Öster;2016-03-01\n")
    sif(db, "import", "participants", part)
    sif(db, "target", "add", "HFO", "arbete", "5", "--year", "2017")
    for name, role, projects in [("anna", "controller", "HFO"), ("eva", "controller", "XSS"),
                                 ("bo", "committee", None), ("cia", "auditor", None),
                                 ("dan", "administrator", None), ("olle", "committee", None)]:
        args = ["user", "add", name, "--role", role, "--password-stdin"]
        if projects:
            args += ["--projects", projects]
        sif(db, *args, stdin=PASSWORDS[name] + "\n")
    sif(db, "user", "disable", "olle")
    return db


class Server:
    def __init__(self, db, *opts, tmp=None):
        self.tmp = tmp or os.path.dirname(db)
        self.uploads = os.path.join(self.tmp, "uploads")
        os.makedirs(self.uploads, exist_ok=True)
        env = dict(os.environ, TMPDIR=self.uploads, LC_ALL="C.UTF-8")
        self.log = open(os.path.join(self.tmp, f"serve-{uuid.uuid4().hex[:6]}.log"), "w+")
        self.p = subprocess.Popen([SIF, "--db", db, "serve", "--listen", "127.0.0.1:0"] + list(opts),
                                  stdout=self.log, stderr=self.log, env=env)
        self.port = None
        # the server says its address once it listens; under load (a sanitizer build, other
        # jobs on the machine) that can take seconds, so wait for it, not for a fixed time
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            self.log.seek(0)
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", self.log.read())
            if m:
                self.port = int(m.group(1))
                break
            if self.p.poll() is not None:
                break
            time.sleep(0.05)
        if self.port is None:
            self.log.seek(0)
            raise RuntimeError("sif serve did not start: " + self.log.read())

    def output(self):
        self.log.seek(0)
        return self.log.read()

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        try:
            self.p.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
        out = self.output()
        self.log.close()
        # a clean stop, and (in the ASan build) nothing a sanitizer said
        check(self.p.returncode == 0, f"sif serve exited with {self.p.returncode}")
        check("Sanitizer" not in out and "runtime error" not in out,
              "sif serve under a sanitizer: " + out[-3000:])


class Response:
    def __init__(self, r):
        self.status = r.status
        self.headers = r.getheaders()
        self.body = r.read()
        self.text = self.body.decode("utf-8", "replace")

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def all(self, name):
        return [v for k, v in self.headers if k.lower() == name.lower()]


class Client:
    """One browser: its cookies, its CSRF token of the last page."""

    def __init__(self, server, source=None):
        self.server = server
        self.cookies = {}
        self.source = source
        self.csrf = None

    def conn(self):
        kw = {"timeout": REQUEST_SECONDS}
        if self.source:
            kw["source_address"] = (self.source, 0)
        return http.client.HTTPConnection("127.0.0.1", self.server.port, **kw)

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        c = self.conn()
        c.request(method, path, body=body, headers=h)
        r = Response(c.getresponse())
        c.close()
        for sc in r.all("Set-Cookie"):
            kv = sc.split(";")[0]
            k, _, v = kv.partition("=")
            if "Max-Age=0" in sc or v == "":
                self.cookies.pop(k, None)
            else:
                self.cookies[k] = v
        m = re.search(r'<input type="hidden" name="csrf" value="([0-9a-f]{64})">', r.text)
        if m:
            self.csrf = m.group(1)
        return r

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, fields, csrf=True):
        f = dict(fields)
        if csrf is True and self.csrf:
            f["csrf"] = self.csrf
        elif isinstance(csrf, str):
            f["csrf"] = csrf
        body = urllib.parse.urlencode(f)
        return self.request("POST", path, body=body,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})

    def upload(self, path, filename, content, fields=None, csrf=True):
        boundary = "----sif" + uuid.uuid4().hex
        parts = []
        f = dict(fields or {})
        if csrf is True and self.csrf:
            f["csrf"] = self.csrf
        for k, v in f.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n'
                         f'{v}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                     f'filename="{filename}"\r\nContent-Type: text/csv\r\n\r\n'.encode()
                     + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, body=b"".join(parts),
                            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def login(self, name, password=None):
        self.get("/login")
        return self.post("/login", {"user": name,
                                    "password": password if password is not None else PASSWORDS[name]})


def count(db, sql):
    c = sqlite3.connect(db)
    try:
        return c.execute(sql).fetchone()[0]
    finally:
        c.close()


def rows(db, sql):
    c = sqlite3.connect(db)
    try:
        return c.execute(sql).fetchall()
    finally:
        c.close()


def fresh_dir(prefix):
    return tempfile.mkdtemp(prefix=prefix)


def cleanup(d):
    shutil.rmtree(d, ignore_errors=True)
