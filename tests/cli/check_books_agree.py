#!/usr/bin/python3
"""Check that a project's current scenario tells the fund's books' story, year by year.

Usage: check_books_agree.py SCENARIO_JSON FUND_JSON PROJECT (the outputs of `sif scenario
PROJECT --json` and `sif fund show --json`, a fund with only this project repaying). Every
year the books record a repayment or write-off is a recorded row of the current scenario
with the same repayment, write-off and fund balance; recorded rows come before planned ones;
the current scenario's repaid + written off in its recorded rows are the project's figures in
the books. Every other scenario holds the same recorded rows (SPEC §11.7: every scenario's
years and amounts agree with sif fund show). Prints one line per recorded year and 'books
agree', or the first difference and exit 1."""
import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        sc = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        books = json.load(f)
    cur = [s for s in sc["scenarios"] if s["current"]]
    if len(cur) != 1:
        sys.exit(f"{len(cur)} current scenarios")
    cur = cur[0]
    rows = {r["year"]: r for r in cur["schedule"]}
    seen_plan = False
    for r in cur["schedule"]:
        if not r["recorded"]:
            seen_plan = True
        elif seen_plan:
            sys.exit(f"{cur['name']} {r['year']}: a recorded row after a planned one")
    repaid = written_off = 0
    for y in books["years"]:
        if y["repaid_ore"] == 0 and y["written_off_ore"] == 0:
            continue
        r = rows.get(y["year"])
        if r is None or not r["recorded"]:
            sys.exit(f"{cur['name']}: no recorded row for {y['year']}")
        for key in ("repaid_ore", "written_off_ore"):
            mine = r["repayment_ore" if key == "repaid_ore" else key]
            if mine != y[key]:
                sys.exit(f"{cur['name']} {y['year']}: {key} {mine}, books {y[key]}")
        if r["fund_balance_ore"] != y["balance_ore"]:
            sys.exit(f"{cur['name']} {y['year']}: fund balance {r['fund_balance_ore']}, "
                     f"books {y['balance_ore']}")
        print(f"{y['year']} repaid={y['repaid_ore']} written_off={y['written_off_ore']}")
    for r in cur["schedule"]:
        if r["recorded"]:
            repaid += r["repayment_ore"]
            written_off += r["written_off_ore"]
    proj = [p for p in books["projects"] if p["code"] == sys.argv[3]][0]
    if (repaid, written_off) != (proj["repaid_ore"], proj["written_off_ore"]):
        sys.exit(f"{cur['name']}: recorded rows {repaid}/{written_off}, books "
                 f"{proj['repaid_ore']}/{proj['written_off_ore']}")
    print(f"current {cur['name']} books agree")
    want = [(r["year"], r["repayment_ore"], r["written_off_ore"], r["fund_balance_ore"])
            for r in cur["schedule"] if r["recorded"]]
    for s in sc["scenarios"]:
        got = [(r["year"], r["repayment_ore"], r["written_off_ore"], r["fund_balance_ore"])
               for r in s["schedule"] if r["recorded"]]
        if got != want:
            sys.exit(f"{s['name']}: recorded rows {got}, books {want}")
    print("every scenario agrees with the books")


main()
