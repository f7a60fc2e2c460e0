#!/usr/bin/python3
"""Read `sif scenario --json` on stdin and check SPEC §8's invariants for every scenario:
repaid + written off + outstanding = loan, every row closes at opening - repayment, the
next row opens where the last closed less what it wrote off. Prints one line per scenario
and 'invariants ok', or the first broken rule and exit 1."""
import json
import sys


def main():
    doc = json.load(sys.stdin)
    loan = doc["loan_ore"]
    for s in doc["scenarios"]:
        total = s["repaid_ore"] + s["written_off_ore"] + s["outstanding_ore"]
        if total != loan:
            sys.exit(f"{s['name']}: repaid + written off + outstanding = {total}, loan {loan}")
        prev = None
        repaid = 0
        for row in s["schedule"]:
            if row["closing_ore"] != row["opening_ore"] - row["repayment_ore"]:
                sys.exit(f"{s['name']} {row['year']}: closing != opening - repayment")
            want = loan if prev is None else prev["closing_ore"] - prev["written_off_ore"]
            if row["opening_ore"] != want:
                sys.exit(f"{s['name']} {row['year']}: opens at {row['opening_ore']}, expected {want}")
            repaid += row["repayment_ore"]
            prev = row
        if repaid != s["repaid_ore"]:
            sys.exit(f"{s['name']}: rows repay {repaid}, scenario says {s['repaid_ore']}")
        print(f"{s['name']} repaid={s['repaid_ore']} written_off={s['written_off_ore']} "
              f"outstanding={s['outstanding_ore']} rows={len(s['schedule'])}")
    print("invariants ok")


main()
