#!/usr/bin/python3
"""The Monte Carlo's progress bar (sif simulate, sif report --simulate N): 10 million runs
take about 40 s, and the user sees them go, as an import's bar (check_progress.py).

On a terminal the bar appears once the runs have gone a second; --progress draws it from
the first runs, terminal or not; it is on stderr only, so --json stdout stays JSON, and it
is cleared before the result is printed. sif fund report has no runs and refuses --progress.
usage: check_sim_progress.py SIF
"""
import json
import os
import subprocess
import sys
import tempfile

from ptyrun import run_on_tty


def main():
    sif = sys.argv[1]
    problems = []
    with tempfile.TemporaryDirectory(prefix="sif-sim-progress-") as tmp:
        env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "SIF_DB": "d/sif.db",
               "SIF_USER": "test"}
        subprocess.run([sif, "demo", "--out", "d"], cwd=tmp, env=env, check=True,
                       capture_output=True)
        for lang, word in (("sv", "simulerar"), ("en", "simulating")):
            rc, out, err = run_on_tty([sif, "--lang", lang, "simulate", "HFO", "--runs", "20000",
                                       "--progress"], tmp, env)
            if rc != 0 or f"{word} HFO [" not in err:
                problems.append(f"[{lang}] simulate --progress on a terminal drew no bar saying "
                                f"{word!r} (exit {rc}): {err[-300:]!r}")
            elif not err.endswith("\r\033[K"):
                problems.append(f"[{lang}] the bar is not cleared before the result: {err[-80:]!r}")
            if "\r" in out or "P10" not in out:
                problems.append(f"[{lang}] simulate's stdout: {out[-300:]!r}")
        # a pipe: nothing unless asked for; asked for, on stderr only, stdout stays JSON
        p = subprocess.run([sif, "simulate", "HFO", "--runs", "20000", "--json"], cwd=tmp,
                           env=env, capture_output=True, text=True)
        if p.returncode != 0 or p.stderr:
            problems.append(f"simulate into a pipe wrote to stderr (exit {p.returncode}): "
                            f"{p.stderr[-300:]!r}")
        q = subprocess.run([sif, "simulate", "HFO", "--runs", "20000", "--json", "--progress"],
                           cwd=tmp, env=env, capture_output=True, text=True)
        if q.returncode != 0 or "simulerar HFO [" not in q.stderr:
            problems.append(f"simulate --progress into a pipe drew no bar (exit {q.returncode}): "
                            f"{q.stderr[-300:]!r}")
        try:
            if json.loads(q.stdout) != json.loads(p.stdout):
                problems.append("--progress changed the JSON")
        except ValueError as e:
            problems.append(f"simulate --json --progress: stdout is not JSON ({e}): {q.stdout[:200]!r}")
        # on a terminal without --progress: after a second (a million runs take several)
        rc, out, err = run_on_tty([sif, "--lang", "en", "simulate", "HFO", "--runs", "1000000"],
                                  tmp, env)
        if rc != 0 or "simulating HFO [" not in err:
            problems.append(f"a long simulate on a terminal drew no bar (exit {rc}): {err[-300:]!r}")
        # sif report --simulate N
        p = subprocess.run([sif, "--lang", "en", "report", "HFO", "--xlsx", "r.xlsx",
                            "--simulate", "20000", "--progress"], cwd=tmp, env=env,
                           capture_output=True, text=True)
        if p.returncode != 0 or "simulating HFO [" not in p.stderr:
            problems.append(f"report --simulate --progress drew no bar (exit {p.returncode}): "
                            f"{p.stderr[-300:]!r}")
        if "\r" in p.stdout or "r.xlsx" not in p.stdout:
            problems.append(f"report's stdout: {p.stdout!r}")
        p = subprocess.run([sif, "report", "HFO", "--xlsx", "s.xlsx", "--simulate", "20000"],
                           cwd=tmp, env=env, capture_output=True, text=True)
        if p.returncode != 0 or p.stderr:
            problems.append(f"report --simulate into a pipe wrote to stderr: {p.stderr[-300:]!r}")
        p = subprocess.run([sif, "fund", "report", "--xlsx", "f.xlsx", "--progress"], cwd=tmp,
                           env=env, capture_output=True, text=True)
        if p.returncode != 64:
            problems.append(f"fund report --progress: exit {p.returncode}, expected 64")
    if problems:
        print("\n".join(problems))
        return 1
    print("the simulation's runs show on stderr: on a terminal, with --progress, never in stdout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
