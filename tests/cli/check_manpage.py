#!/usr/bin/python3
"""The man page tells the whole truth: every option that a command's --help names is in
doc/sif.1, every command is, and the import formats are.

usage: check_manpage.py SIF MANPAGE
"""
import re
import subprocess
import sys

OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def run(sif, *args):
    p = subprocess.run([sif, "--lang", "en", *args], capture_output=True, text=True,
                       env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    return p.stdout + p.stderr


def main():
    sif, manpath = sys.argv[1], sys.argv[2]
    with open(manpath, encoding="utf-8") as f:
        man = f.read().replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")
    top = run(sif, "--help")
    commands = re.findall(r"^  ([a-z]+) ", top.split("commands:", 1)[1], re.M)
    missing = []
    for opt in set(OPTION.findall(top)):
        if opt not in man:
            missing.append(f"sif --help: {opt}")
    for cmd in commands:
        if not re.search(rf"\bsif {cmd}\b", man):
            missing.append(f"command sif {cmd}")
        text = run(sif, cmd, "--help")
        subs = re.findall(rf"^  sif {cmd} ([a-z]+)", text, re.M)
        helps = [(cmd, text)] + [(f"{cmd} {s}", run(sif, cmd, s, "--help")) for s in subs]
        for name, h in helps:
            for opt in sorted(set(OPTION.findall(h))):
                if opt not in man:
                    missing.append(f"sif {name}: {opt}")
    for header in ("projekt;tjanst;ar;belopp", "hushall;manad;belopp",
                   "projekt;hushall;avslutsdatum;avslutsorsak"):
        if header not in man:
            missing.append(f"import format {header}")
    if missing:
        print("doc/sif.1 lacks:\n  " + "\n  ".join(sorted(set(missing))))
        return 1
    print(f"{len(commands)} commands: every option in their --help is in the man page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
