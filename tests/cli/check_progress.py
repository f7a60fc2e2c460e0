#!/usr/bin/python3
"""The progress bar of an import (issue 15): a dry run says it is checking
("kontrollerar"), never importing ("importerar"); a real import says importing.

--progress draws the bar from the first block read, so the test does not depend on how fast
the machine is (the default, on a terminal after a second, made it flaky once imports got
faster). stderr is a pseudo-terminal, as for a user; without --progress and without a
terminal nothing is drawn. usage: check_progress.py SIF
"""
import os
import subprocess
import sys
import tempfile

from ptyrun import run_on_tty


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
        write_costs(os.path.join(tmp, "big.csv"), 20000)
        for lang, checking, importing in (("sv", "kontrollerar", "importerar"),
                                          ("en", "checking", "importing")):
            rc, _, err = run_on_tty([sif, "--lang", lang, "import", "costs", "big.csv", "--dry-run",
                                  "--progress"], tmp, env)
            if rc != 0:
                problems.append(f"[{lang}] dry run: exit {rc}: {err[-300:]}")
            if checking not in err:
                problems.append(f"[{lang}] the dry run drew no bar saying {checking!r}: {err[-300:]!r}")
            if importing in err:
                problems.append(f"[{lang}] the dry run's bar says {importing!r}")
        # not a terminal: nothing drawn unless asked for
        p = subprocess.run([sif, "import", "costs", "big.csv", "--dry-run"], cwd=tmp, env=env,
                           capture_output=True, text=True)
        if p.returncode != 0 or "kontrollerar" in p.stderr:
            problems.append(f"a dry run into a pipe drew a bar (exit {p.returncode}): {p.stderr[-300:]!r}")
        p = subprocess.run([sif, "import", "costs", "big.csv", "--dry-run", "--progress"], cwd=tmp,
                           env=env, capture_output=True, text=True)
        if p.returncode != 0 or "kontrollerar" not in p.stderr:
            problems.append(f"--progress into a pipe drew no bar (exit {p.returncode}): {p.stderr[-300:]!r}")
        rc, _, err = run_on_tty([sif, "--lang", "sv", "import", "costs", "big.csv", "--progress"],
                             tmp, env)
        if rc != 0 or "importerar" not in err:
            problems.append(f"the import drew no bar saying 'importerar' (exit {rc}): {err[-300:]!r}")
    if problems:
        print("\n".join(problems))
        return 1
    print("the progress bar says kontrollerar/checking in a dry run, importerar when importing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
