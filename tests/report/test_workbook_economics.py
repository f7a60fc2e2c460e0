#!/usr/bin/python3
"""SPEC §13 in the workbook: the sensitivity's tornado chart; the present values (Nuvärden) with a discount, the cost
reductions per agency (Aktörer) when a saving is split, both print-ready in Swedish and
English; and a ledger that sets none of it gets neither sheet."""
import json
import os
import tempfile

from sifxl import SRC, Book, check, finish, run, xmllint


def print_ready(b, name):
    """A4 landscape at 80 %, no fit-to-page, page breaks only before a block's title."""
    for ws in b.wb.worksheets:
        check(ws.page_setup.scale == 80, f"{name} {ws.title}: scale {ws.page_setup.scale}")
        check(ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize in (9, "9"),
              f"{name} {ws.title}: A4 landscape")
        fit = ws.sheet_properties.pageSetUpPr
        check(fit is None or not fit.fitToPage, f"{name} {ws.title}: not fit to page")
        starts = {c.row for r in ws.iter_rows() for c in r[:1]
                  if c.value is not None and c.font is not None and c.font.sz and c.font.sz >= 12}
        for brk in ws.row_breaks.brk:
            check(brk.id + 1 in starts, f"{name} {ws.title}: page break inside a block")
        # a sum stands right, under the figures it sums (the histogram's run count stood left)
        for r in ws.iter_rows():
            for c in r:
                if isinstance(c.value, str) and c.value.startswith("=SUM("):
                    check(c.alignment.horizontal != "left",
                          f"{name} {ws.title} {c.coordinate}: the sum {c.value} is aligned left")


def rows_of(ws):
    return [[c.value for c in r] for r in ws.iter_rows()]


with tempfile.TemporaryDirectory(prefix="sif-econ-") as tmp:
    # nothing set: the demo's workbook has neither sheet
    run(["demo", "--out", "d"], cwd=tmp)
    names = Book(os.path.join(tmp, "d", "HFO.xlsx")).wb.sheetnames
    check("Nuvärden" not in names and "Aktörer" not in names and "Simulering" not in names,
          f"the demo's sheets: {names}")

    # sif report --simulate N --seed S: the Monte Carlo sheet, the figures of sif simulate
    # with the same runs and seed, the same sheet for the same seed, in both languages
    sim = json.loads(run(["--db", "d/sif.db", "simulate", "HFO", "--runs", "2000", "--seed",
                          "7", "--json"], cwd=tmp).stdout)
    for name, sheet, lang in (("s1.xlsx", "Simulering", "sv"), ("s2.xlsx", "Simulering", "sv"),
                              ("s3.xlsx", "Simulation", "en")):
        run(["--db", "d/sif.db", "report", "HFO", "--xlsx", name, "--simulate", "2000",
             "--seed", "7", "--lang", lang], cwd=tmp)
    sheets = []
    for name, sheet in (("s1.xlsx", "Simulering"), ("s2.xlsx", "Simulering"),
                        ("s3.xlsx", "Simulation")):
        b = Book(os.path.join(tmp, name))
        check(sheet in b.wb.sheetnames, f"{name}: {b.wb.sheetnames}")
        if sheet not in b.wb.sheetnames:
            continue
        print_ready(b, name)
        ws = b.wb[sheet]
        rows = rows_of(ws)
        sheets.append(rows)
        by_year = {r[0]: b.cached(sheet, ws.cell(i + 1, 3).coordinate)
                   for i, r in enumerate(rows) if isinstance(r[0], int) and r[0] > 1900}
        want = {p["year"]: p["p"] for p in sim["p_repaid_by"]}
        check(set(by_year) == set(want) and
              all(abs(by_year[y] - want[y]) < 0.00005 for y in want),
              f"{name}: repaid by year {by_year}, sif simulate {want}")
        pct = {r[0]: r[1] for r in rows if r[0] in ("P10", "P50", "P90")}
        check(pct == {k.upper(): sim["net_ore"][k] / 100 for k in ("p10", "p50", "p90")},
              f"{name}: percentiles {pct}")
        counts = [r[2] for r in rows if isinstance(r[0], float) and isinstance(r[2], int)]
        check(len(counts) == 20 and sum(counts) == 2000, f"{name}: histogram {counts}")
        check(len(ws._charts) == 1, f"{name}: the histogram's chart")
    check(len(sheets) == 3 and sheets[0] == sheets[1], "the same seed gives the same sheet")
    # the fund report takes no simulation
    run(["--db", "d/sif.db", "fund", "report", "--xlsx", "f.xlsx", "--simulate", "10"],
        cwd=tmp, expect=64)

    # the sensitivity's tornado: per assumption the lowest and highest net result less the
    # bold (ledger's own) row, as formulas, and a bar chart beside the tables. By hand:
    # deadweight 50 % leaves 9 078 080 × 0,5 = 4 539 040 kr, a net of −4 155 748 kr against
    # 383 292 kr: −4 539 040 kr; 0 % is the bold row: 0.
    b = Book(os.path.join(tmp, "d", "HFO.xlsx"))
    sens = b.wb["Känslighet"]
    tor = [r for r in sens.iter_rows() if isinstance(r[1].value, str) and
           r[1].value.startswith("=MIN(")]
    check(len(tor) == 3, f"a tornado row per assumption: {len(tor)}")
    if tor:
        check(abs(b.cached("Känslighet", tor[0][1].coordinate) + 4539040) < 0.001 and
              b.cached("Känslighet", tor[0][2].coordinate) == 0,
              f"deadweight's bar: {b.cached('Känslighet', tor[0][1].coordinate)}")
    charts = sens._charts
    check(len(charts) == 1 and charts[0].anchor._from.col >= 5 and
          charts[0].anchor._from.row < 10, "the tornado chart beside the tables")
    print_ready(b, "demo")

    for a in (["init"],
              ["unit", "add", "U", "--name", "Enheten", "--committee", "Nämnd A"],
              ["project", "add", "P", "--name", "Projektet", "--committee", "Nämnd A",
               "--start", "2016", "--end", "2017"],
              ["role", "add", "P", "R", "--unit", "U", "--title", "tjänst"],
              ["cost", "add", "P", "R", "2016", "100 000"],
              # 70 000 + 30 000; and 100 000,01 in thirds: 33 333,34 + 33 333,34 + 33 333,33
              ["saving", "add", "P", "benefit", "2017", "100 000", "--status", "realised",
               "--unit", "U", "--agencies", "kommun=70%,region=30%"],
              ["saving", "add", "P", "other", "2017", "100 000,01", "--status", "realised",
               "--unit", "U", "--agencies", "kommun=1/3;region=1/3;stat=1/3"],
              ["param", "set", "adj_discount", "3,5%", "--kind", "ratio", "--project", "P",
               "--source", "HM Treasury, The Green Book (2003), Annex 6"]):
        run(a, cwd=tmp)
    run(["report", "P", "--xlsx", "sv.xlsx", "--xml", "sv.xml"], cwd=tmp)
    run(["report", "P", "--xlsx", "en.xlsx", "--lang", "en"], cwd=tmp)
    j = json.loads(run(["result", "P", "--json"], cwd=tmp).stdout)

    for name, pv_sheet, ag_sheet, kommun in (("sv.xlsx", "Nuvärden", "Aktörer", "Kommunen"),
                                             ("en.xlsx", "Present values", "Who gains",
                                              "The municipality (kommun)")):
        b = Book(os.path.join(tmp, name))
        check(pv_sheet in b.wb.sheetnames and ag_sheet in b.wb.sheetnames,
              f"{name}: sheets {b.wb.sheetnames}")
        print_ready(b, name)
        if ag_sheet not in b.wb.sheetnames:
            continue
        ws = b.wb[ag_sheet]
        rows = rows_of(ws)
        head = next(r for r in rows if r[0] in ("År", "Year"))
        check(head[1] == kommun and len(head) >= 8, f"{name}: agency columns {head}")
        y2017 = next(r for r in rows if r[0] == 2017)
        # kommun 70 000 + 33 333,34, region 30 000 + 33 333,34, stat 33 333,33
        check(y2017[1:4] == [103333.34, 63333.34, 33333.33] and y2017[4:7] == [0, 0, 0],
              f"{name}: 2017 by agency {y2017}")
        tot = next(r for r in ws.iter_rows() if r[0].value in ("Summa", "Total"))
        check(tot[7].value.startswith("=SUM(") and
              abs(b.cached(ag_sheet, tot[7].coordinate) - j["savings_ore"] / 100) < 0.001,
              f"{name}: the agencies add up to the cost reductions")
        texts = [v for r in rows for v in r if isinstance(v, str)]
        check(any(("kommunens del" in t) or ("municipality's part" in t) for t in texts),
              f"{name}: only the municipality's part repays the fund")
    ok, msg = xmllint(os.path.join(tmp, "sv.xml"), os.path.join(SRC, "templates", "sif-report-2.xsd"))
    check(ok, f"the XML validates: {msg}")
    xml = open(os.path.join(tmp, "sv.xml"), encoding="utf-8").read()
    check('<agency name="kommun" ore="10333334"' in xml, "the XML has savings by agency")
finish()
