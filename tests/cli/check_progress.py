#!/usr/bin/python3
"""The progress bar of a long import (issue 15): on a terminal, a dry run says it is
checking ("kontrollerar"), never importing ("importerar"); a real import says importing.

stderr is a pseudo-terminal, so sif draws its bar (after a second: the file is made large
enough for that on this machine). usage: check_progress.py SIF
"""
import os
import pty
import subprocess
import sys
import tempfile
import time


def run_on_tty(args, cwd, env):
    master, slave = pty.openpty()
    p = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:   # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return p.wait(), out.decode("utf-8", "replace")


def write_costs(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("projekt;tjanst;ar;belopp\n")
        for i in range(rows):
            f.write(f"P;R;{2000 + i % 30};{100 + i}\n")


def main():
    sif = sys.argv[1]
    problems = []
    with tempfile.TemporaryDirectory(prefix="sif-progress-") as tmp:
        env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "SIF_DB": "sif.db", "SIF_USER": "test"}
        for line in (["init"], ["unit", "add", "U", "--name", "E"],
                     ["project", "add", "P", "--name", "P", "--start", "2000", "--end", "2030"],
                     ["role", "add", "P", "R", "--unit", "U", "--title", "T"]):
            subprocess.run([sif, *line], cwd=tmp, env=env, check=True, capture_output=True)
        # sif draws its bar once an import has run a second: the file must take longer than
        # that however fast the machine and the build, so it grows until a dry run without a
        # terminal takes 3 s (a fixed size was over in less than a second after the import
        # got faster, and the test then failed for want of a bar)
        rows = 150000
        while True:
            write_costs(os.path.join(tmp, "big.csv"), rows)
            t = time.monotonic()
            subprocess.run([sif, "import", "costs", "big.csv", "--dry-run"], cwd=tmp, env=env,
                           check=True, capture_output=True)
            took = time.monotonic() - t
            if took >= 3 or rows >= 4000000:
                break
            rows = min(4000000, int(rows * 3.5 / max(took, 0.1)))
        for lang, checking, importing in (("sv", "kontrollerar", "importerar"),
                                          ("en", "checking", "importing")):
            rc, err = run_on_tty([sif, "--lang", lang, "import", "costs", "big.csv", "--dry-run"],
                                 tmp, env)
            if rc != 0:
                problems.append(f"[{lang}] dry run: exit {rc}: {err[-300:]}")
            if checking not in err:
                problems.append(f"[{lang}] the dry run drew no bar saying {checking!r}: {err[-300:]!r}")
            if importing in err:
                problems.append(f"[{lang}] the dry run's bar says {importing!r}")
        rc, err = run_on_tty([sif, "--lang", "sv", "import", "costs", "big.csv"], tmp, env)
        if rc != 0 or "importerar" not in err:
            problems.append(f"the import drew no bar saying 'importerar' (exit {rc}): {err[-300:]!r}")
    if problems:
        print("\n".join(problems))
        return 1
    print("the progress bar says kontrollerar/checking in a dry run, importerar when importing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
