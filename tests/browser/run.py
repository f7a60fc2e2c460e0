#!/usr/bin/python3
"""Run tests/browser/sessions.mjs against a real sif serve and check the ledger afterwards.

Needs Debian's chromium, node and tests/browser/node_modules/playwright-core (npm ci). Where
one is missing the test is skipped (exit 77) with the reason, unless SIF_CI is set: CI
installs them (.ci/run), so there a missing one is a failure."""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "web"))
import webtest as W  # noqa: E402
from webtest import check, rows  # noqa: E402


def missing():
    if not shutil.which("chromium"):
        return "Debian's chromium is not installed (apt-get install chromium)"
    if not shutil.which("node"):
        return "node is not installed"
    if not os.path.isdir(os.path.join(HERE, "node_modules", "playwright-core")):
        return "playwright-core is not installed (cd tests/browser && npm ci)"
    return None


def main():
    W.SIF = sys.argv[1]
    why = missing()
    if why:
        print(("FAIL: " if os.environ.get("SIF_CI") else "SKIPPED: ") + why)
        return 1 if os.environ.get("SIF_CI") else 77
    tmp = W.fresh_dir("sif-browser-")
    try:
        db = W.make_ledger(tmp)
        csv = os.path.join(tmp, "kostnader-HFO.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("projekt;tjanst;ar;belopp\nHFO;FS;2015;352 503\nHFO;OV;2017;1 050 679\n")
        srv = W.Server(db)
        try:
            env = dict(os.environ, CHROMIUM=shutil.which("chromium"), PW_ANNA=W.PASSWORDS["anna"],
                       PW_BO=W.PASSWORDS["bo"], IMPORT_CSV=csv)
            p = subprocess.run(["node", os.path.join(HERE, "sessions.mjs"),
                                f"http://127.0.0.1:{srv.port}", tmp], env=env,
                               capture_output=True, text=True, timeout=240)
            print(p.stdout, end="")
            print(p.stderr, end="", file=sys.stderr)
            check(p.returncode == 0, f"the browser sessions: exit {p.returncode}")
        finally:
            srv.stop()
        got = rows(db, "SELECT user, amount_ore, note FROM cost WHERE note = 'webbtest'")
        check(got == [("anna", 40771600, "webbtest")], f"the cost entered in the browser: {got}")
        got = rows(db, "SELECT user, kind, source, rows FROM batch WHERE kind = 'import:costs'")
        check(got == [("anna", "import:costs", "kostnader-HFO.csv", 2)],
              f"the import confirmed in the browser: {got}")
        check(rows(db, "SELECT count(*) FROM cost WHERE user = 'bo'") == [(0,)],
              "the committee member wrote a cost")
        log = json.loads(W.sif(db, "log", "--json", "--table", "cost").stdout)
        check(any(e["user"] == "anna" for e in log), "the audit trail does not name anna")
        for f in ["anna.xlsx", "bo.xlsx"]:
            try:
                import openpyxl
                wb = openpyxl.load_workbook(os.path.join(tmp, f))
                check("Investering" in wb.sheetnames, f"{f}: no sheet Investering")
            except Exception as e:  # noqa: BLE001
                check(False, f"{f}: openpyxl cannot read it: {e}")
    finally:
        W.cleanup(tmp)
    if W.FAILURES:
        print(f"{len(W.FAILURES)} failure(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
