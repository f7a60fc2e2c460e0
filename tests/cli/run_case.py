#!/usr/bin/python3
"""Run one end-to-end case of the sif command line.

A case file (tests/cli/cases/NAME.t) is a list of steps run in a fresh temporary folder
with SIF_DB=sif.db, SIF_USER=test and a fixed clock (SIF_NOW). 'sif' is the test binary
(sif-testclock, which honours SIF_NOW); $SIF_SHIPPED in $$ lines is the sif that ships:

    # a comment
    $ sif cost add HFO OV 2017 "1 05O 679"    run sif (shlex-split; 'sif' is the binary)
    $$ sqlite3 sif.db "DROP TRIGGER ..."       run a shell line (sh -c); $SIF is the binary
    ? 65                                      the exit code of the last step (default 0)
    > 2 325 142                               stdout has a line containing this text
    >= Summa  8 694 788                       stdout has this exact line (spaces trimmed)
    !> text                                   stdout does not contain this text
    ! text                                    stderr contains this text
    <<< file.csv                              the lines up to a line '>>>' become file.csv
    >>>
    @ SIF_LANG=en                             set an environment variable for the steps after

Every step's exit code is checked: a step with no '?' must exit 0.
Paths: $DATA is tests/data, $SRC the source tree, both in $ and $$ lines.
"""
import os
import shlex
import subprocess
import sys
import tempfile


def main():
    sif, case = sys.argv[1], sys.argv[2]
    shipped = sys.argv[3] if len(sys.argv) > 3 else sif
    src = os.environ.get("SIF_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(case)))))
    data = os.environ.get("SIF_TEST_DATA", os.path.join(src, "tests", "data"))
    with open(case, encoding="utf-8") as f:
        lines = f.read().split("\n")
    failures = []
    with tempfile.TemporaryDirectory(prefix="sif-case-") as tmp:
        env = dict(os.environ, SIF_DB="sif.db", SIF_USER="test", SIF_NOW="1700000000",
                   SIF=sif, SIF_SHIPPED=shipped, DATA=data, SRC=src, LC_ALL="C.UTF-8")
        last = None      # (desc, proc)
        checked_rc = True
        i = 0

        def finish_step():
            nonlocal checked_rc
            if last is not None and not checked_rc and last[1].returncode != 0:
                failures.append(f"{last[0]}: exit {last[1].returncode}, expected 0\n"
                                f"stderr: {last[1].stderr.strip()}")
            checked_rc = True

        while i < len(lines):
            raw = lines[i]
            line = raw.strip()
            i += 1
            if not line or line.startswith("#"):
                continue
            if line.startswith("@ ") and "=" in line:
                key, _, value = line[2:].strip().partition("=")
                env[key] = value
                continue
            if line.startswith("<<< "):
                name = line[4:].strip()
                body = []
                while i < len(lines) and lines[i].strip() != ">>>":
                    body.append(lines[i])
                    i += 1
                i += 1
                with open(os.path.join(tmp, name), "w", encoding="utf-8", newline="") as out:
                    out.write("\n".join(body) + ("\n" if body else ""))
                continue
            if line.startswith("$$ "):
                finish_step()
                cmd = line[3:]
                p = subprocess.run(["/bin/sh", "-c", cmd], cwd=tmp, env=env, capture_output=True,
                                   text=True, errors="replace")
                last, checked_rc = (f"line {i}: {cmd}", p), False
                continue
            if line.startswith("$ "):
                finish_step()
                argv = shlex.split(line[2:].replace("$DATA", data).replace("$SRC", src))
                if argv and argv[0] == "sif":
                    argv[0] = sif
                p = subprocess.run(argv, cwd=tmp, env=env, capture_output=True, text=True,
                                   errors="replace")
                last, checked_rc = (f"line {i}: {line[2:]}", p), False
                continue
            if last is None:
                failures.append(f"line {i}: check before any command")
                continue
            desc, p = last
            if line.startswith("? "):
                want = int(line[2:])
                checked_rc = True
                if p.returncode != want:
                    failures.append(f"{desc}: exit {p.returncode}, expected {want}\n"
                                    f"stderr: {p.stderr.strip()}")
            elif line.startswith(">= "):
                want = line[3:].strip()
                if not any(l.strip() == want for l in p.stdout.split("\n")):
                    failures.append(f"{desc}: stdout lacks the line {want!r}\nstdout:\n{p.stdout}")
            elif line.startswith("!> "):
                if line[3:] in p.stdout:
                    failures.append(f"{desc}: stdout has {line[3:]!r}\nstdout:\n{p.stdout}")
            elif line.startswith("> "):
                if line[2:] not in p.stdout:
                    failures.append(f"{desc}: stdout lacks {line[2:]!r}\nstdout:\n{p.stdout}")
            elif line.startswith("! "):
                if line[2:] not in p.stderr:
                    failures.append(f"{desc}: stderr lacks {line[2:]!r}\nstderr:\n{p.stderr}")
            else:
                failures.append(f"line {i}: cannot read {raw!r}")
        finish_step()
    if failures:
        print(f"{case}: {len(failures)} failure(s)")
        for f in failures:
            print("---\n" + f)
        return 1
    print(f"{case}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
