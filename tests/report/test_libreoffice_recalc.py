#!/usr/bin/python3
"""LibreOffice recalculates every formula of the demo workbook (Swedish and English) to the
cached value sif wrote, the ledger's own figure; and the workbook is live: a changed yellow
input moves the net result, the payback, the repayments and the fund's balance.
Skipped (77) without LibreOffice (soffice); CI installs libreoffice-calc-nogui."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

from sifxl import Book, check, finish, run

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if SOFFICE is None:
    print("skip: no LibreOffice")
    sys.exit(77)

# LibreOffice keeps an xlsx file's cached values unless told to recalculate on load
XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalc(tmp, path):
    """The workbook as LibreOffice computes it, saved as xlsx; returns its path."""
    profile = os.path.join(tmp, "lo-profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(XCU)
    out = os.path.join(tmp, "lo-" + os.path.basename(os.path.dirname(path)))
    os.makedirs(out, exist_ok=True)
    subprocess.run([SOFFICE, "-env:UserInstallation=file://" + profile, "--headless",
                    "--convert-to", "xlsx", "--outdir", out, path],
                   check=True, capture_output=True, timeout=240)
    return os.path.join(out, os.path.basename(path))


def compare(label, original, recalculated):
    b = Book(original)
    lo = openpyxl.load_workbook(recalculated, data_only=True)
    n = 0
    for sheet, coord, f in b.formula_cells():
        n += 1
        want, got = b.cached(sheet, coord), lo[sheet][coord].value
        ok = (isinstance(want, (int, float)) and isinstance(got, (int, float)) and
              abs(want - got) <= 0.004) or want == got
        check(ok, f"{label} {sheet}!{coord} {f}: LibreOffice {got!r}, sif {want!r}")
    check(n >= 100, f"{label}: {n} formulas")
    print(f"{label}: {n} formulas recalculated")


def by_label(wb, sheet, label, col=1):
    for r in wb[sheet].iter_rows():
        if r[0].value == label:
            return r[col]
    return None


with tempfile.TemporaryDirectory(prefix="sif-lo-") as tmp:
    run(["demo", "--out", "d"], cwd=tmp)
    os.makedirs(os.path.join(tmp, "en"))
    run(["--db", "d/sif.db", "report", "HFO", "--xlsx", "en/HFO.xlsx", "--lang", "en"], cwd=tmp)
    # discounted (SPEC §13): a constant 3,5 % from base year 2016 (2014 and 2015 compounded)
    # and the Green Book schedule from base year 1935 (t = 79..82 crosses all three bands)
    for name, params in (("dc", [("adj_discount", "3,5%", "ratio"),
                                 ("adj_base_year", "2016", "count")]),
                         ("dg", [("adj_discount_schedule", "1", "count"),
                                 ("adj_base_year", "1935", "count")])):
        os.makedirs(os.path.join(tmp, name))
        shutil.copy(os.path.join(tmp, "d", "sif.db"), os.path.join(tmp, name, "sif.db"))
        for key, value, kind in params:
            run(["--db", name + "/sif.db", "param", "set", key, value, "--kind", kind,
                 "--project", "HFO", "--source", "test"], cwd=tmp)
        run(["--db", name + "/sif.db", "report", "HFO", "--xlsx", name + "/HFO.xlsx",
             "--simulate", "500", "--seed", "3"]
            + (["--lang", "en"] if name == "dg" else []), cwd=tmp)
    for label, path in (("sv", os.path.join(tmp, "d", "HFO.xlsx")),
                        ("en", os.path.join(tmp, "en", "HFO.xlsx")),
                        ("sv 3,5 %", os.path.join(tmp, "dc", "HFO.xlsx")),
                        ("en Green Book", os.path.join(tmp, "dg", "HFO.xlsx"))):
        compare(label, path, recalc(tmp, path))
    # the present values are on the sheet as formulas, and their cached values are the
    # ledger's: 3,5 % from 2016 compounds 2014 (× 1,035²) and discounts 2017 (÷ 1,035)
    for name, sheet in (("dc", "Nuvärden"), ("dg", "Present values")):
        wb = openpyxl.load_workbook(os.path.join(tmp, name, "HFO.xlsx"))
        check(sheet in wb.sheetnames, f"{name}: the sheet {sheet}")
        pv = [r for r in wb[sheet].iter_rows() if str(r[6].value).startswith("=ROUND(")]
        check(len(pv) == 4, f"{name}: a present value formula per year: {len(pv)}")
    d = Book(os.path.join(tmp, "dc", "HFO.xlsx"))
    res = run(["--db", "dc/sif.db", "result", "HFO", "--json"], cwd=tmp)
    j = json.loads(res.stdout)
    npv = [(s, c) for s, c, f in d.formula_cells() if s == "Nuvärden" and f.startswith("=G")]
    check(npv and abs(d.cached(*npv[0]) - j["npv_ore"] / 100) < 0.001,
          f"NPV cached {d.cached(*npv[0]) if npv else None} = ledger {j['npv_ore']}")
    # 1 595 639 kr in 2014 at 3,5 %, base year 2016: × 1,035² = 1 709 288,39 kr (rounded once)
    check(j["discount_factors"][0]["pv_investment_ore"] == 170928839,
          f"2014 compounded: {j['discount_factors'][0]['pv_investment_ore']}")

    # live: 6 months counted per household instead of 12 halves the benefit saving
    src = os.path.join(tmp, "d", "HFO.xlsx")
    wb = openpyxl.load_workbook(src)
    months = by_label(wb, "Kostnadsminskningar", "Månader som räknas per hushåll")
    check(months is not None and months.value == 12, "the months input cell")
    months.value = 6
    os.makedirs(os.path.join(tmp, "live"))
    changed = os.path.join(tmp, "live", "HFO.xlsx")
    wb.save(changed)
    lo = openpyxl.load_workbook(recalc(tmp, changed), data_only=True)
    net = by_label(lo, "Sammanfattning", "Nettoresultat")
    check(net is not None and abs(net.value - (9078080 - 2052000 - 8694788)) < 0.01,
          f"net result follows the input: {net.value if net else None}")
    # the savings scenario repays what was realised: 7 026 080 instead of the whole loan
    rep = [r for r in lo["Återbetalning"].iter_rows()
           if r[0].value == "Återbetalning ur realiserade kostnadsminskningar"]
    check(rep and abs(rep[0][1].value - 7026080) < 0.01,
          f"the savings scenario's repayment follows: {rep[0][1].value if rep else None}")
finish()
