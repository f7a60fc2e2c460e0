#!/usr/bin/python3
"""A fund's portfolio of 30 projects in three areas (issue 12, SPEC §12 "Done when"): grants
and loans, capital per committee, participants and outcomes of projects in every area imported
from Swedish CSV (Windows-1252, semicolon, CRLF, å ä ö in the headings and values). Checked:
the fund workbook's sheet "Områden och nämnder" equals `sif fund show --json` per area,
district and committee (its sum rows the portfolio's totals), the sheet "Deltagare och utfall"
and the fund XML (sif-fund-report-2.xsd) give participants and outcomes per area and district
as counted by hand below, every sheet prints like the others (A4 landscape at 80 %, no table
split by a page break), grants are never part of a loan, and a printed count that disagrees
is a count_difference finding of sif check."""
import json
import os
import tempfile
import xml.etree.ElementTree as ET

import openpyxl

from sifxl import check, finish, run, xmllint

ENV = {"SIF_DB": "sif.db"}
SRC = os.environ.get("SIF_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
NS = {"f": "urn:sif:fund-report:2"}

PARTICIPANTS = """Projekt;Deltagare;Kön;Stadsområde;Startdatum;Slutdatum;Födelseår;Hushåll
P01;A1;K;Öster;2016-01-10;;1985;
P01;A2;M;Öster;2016-02-01;;;
P01;A3;K;Väster;2016-03-01;;;
P02;A4;kvinna;Väster;2016-03-01;;;
P13;S1;M;Norr;2016-01-01;;;
P13;S2;M;Norr;2016-01-01;;;
P13;S3;annat;;2016-01-01;;;
P23;T1;K;Öster;2016-05-01;;;
P23;T2;;Öster;2016-05-01;;;
P30;X1;M;Söder;2016-06-01;;;
"""
OUTCOMES = """Projekt;Deltagare;Datum;Utfall
P01;A1;2016-06-01;arbete
P01;A2;2016-06-01;studier
P01;A2;2016-11-01;arbete
P02;A4;2016-09-01;praktik
P13;S1;2016-10-01;stegförflyttning
P13;S3;2016-10-01;arbete
P23;T1;2016-07-01;avbrutit
P30;X1;2016-08-01;arbete
"""
OUTCOME_KEYS = ["arbete", "studier", "praktik", "arbetstraning", "stegforflyttning",
                "pagaende", "avbrutit", "flytt", "forsakringskassan", "annat"]


def outcomes(**kw):
    return [kw.get(k, 0) for k in OUTCOME_KEYS]


# counted by hand from the two files above
# per area (the project's): participants, kvinna, man, annat, okänt, then the outcomes
BY_AREA = {
    "Arbetsmarknad": [4, 3, 1, 0, 0] + outcomes(arbete=2, praktik=1),   # P01 A1-A3, P02 A4
    "Skola": [3, 0, 2, 1, 0] + outcomes(arbete=1, stegforflyttning=1),  # P13 S1-S3
    "Trygghet": [2, 1, 0, 0, 1] + outcomes(avbrutit=1),                 # P23 T1 T2
    None: [1, 0, 1, 0, 0] + outcomes(arbete=1),                         # P30 X1
}
# per district (the participant's): participants, then the outcomes
BY_DISTRICT = {
    "Norr": [2] + outcomes(stegforflyttning=1),
    "Söder": [1] + outcomes(arbete=1),
    "Väster": [2] + outcomes(praktik=1),
    "Öster": [4] + outcomes(arbete=2, avbrutit=1),   # A1 A2 T1 T2
    None: [1] + outcomes(arbete=1),                  # S3
}
TOTAL = [10, 4, 4, 1, 1] + outcomes(arbete=4, praktik=1, stegforflyttning=1, avbrutit=1)


def rows_of(ws):
    return [[c for c in r] for r in ws.iter_rows(values_only=True)]


def table(rows, heading):
    """The rows below the header row whose first cell is heading, up to the sum row."""
    for i, r in enumerate(rows):
        if r and r[0] == heading:
            out = []
            for s in rows[i + 1:]:
                out.append(s)
                if s[0] == "Summa":
                    return i, out
    raise AssertionError(f"no table headed {heading!r}")


with tempfile.TemporaryDirectory(prefix="sif-fund-portfolio-") as tmp:
    def sh(args, **kw):
        return run(args, cwd=tmp, env=ENV, **kw)

    sh(["init"])
    sh(["unit", "add", "U", "--name", "Enheten"])
    for i in range(1, 31):
        code = f"P{i:02d}"
        if i <= 12:
            extra = ["--area", "Arbetsmarknad", "--district", "Öster" if i % 2 else "Väster",
                     "--committee", "Nämnd A", "--granted", "400 000"]
        elif i <= 22:
            extra = ["--area", "Skola", "--district", "Norr", "--committee", "Nämnd B",
                     "--granted", "600000"]
        elif i <= 29:
            extra = ["--area", "Trygghet", "--district", "Öster", "--committee", "Nämnd A",
                     "--granted", "200000"]
        else:
            extra = ["--start", "2016", "--end", "2016"]
        sh(["project", "add", code, "--name", f"Projekt {i}"] + extra)
        sh(["role", "add", code, "R", "--unit", "U", "--title", "Handläggare"])
    lines = ["projekt;tjanst;ar;belopp;finansiering"]
    for i in range(1, 13):
        lines.append(f"P{i:02d};R;2016;300 000,00;fund")
    for i in range(13, 23):
        lines += [f"P{i};R;2016;250 000,00;grant", f"P{i};R;2016;100 000,00;fund"]
    for i in range(23, 30):
        lines += [f"P{i};R;2016;50 000,00;esf", f"P{i};R;2016;150 000,00;fund"]
    lines.append("P30;R;2016;10 000,00;fund")
    with open(os.path.join(tmp, "kostnader.csv"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    sh(["import", "costs", "kostnader.csv"])
    sh(["saving", "add", "P01", "benefit", "2016", "100 000", "--status", "realised"])
    sh(["fund", "capital", "2016", "10 000 000", "--committee", "Nämnd A"])
    sh(["fund", "capital", "2016", "5 000 000", "--committee", "Nämnd B"])
    for name, text in (("deltagare.csv", PARTICIPANTS), ("utfall.csv", OUTCOMES)):
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(text.replace("\n", "\r\n").encode("cp1252"))
    p = sh(["import", "participants", "deltagare.csv"])
    check("windows-1252" in p.stdout.lower() or "cp1252" in p.stdout.lower(),
          f"the participants were read as Windows-1252: {p.stdout}")
    sh(["import", "outcomes", "utfall.csv"])

    fund = json.loads(sh(["fund", "show", "--json"]).stdout)
    # grants are never part of a loan: 12 × 300 000 + 10 × 100 000 + 7 × 150 000 + 10 000
    check(fund["grants_ore"] == 250000000, f"grants: {fund['grants_ore']}")
    check(fund["loans_ore"] == 566000000, f"loans are fund money only: {fund['loans_ore']}")

    sh(["fund", "report", "--xlsx", "fonden.xlsx", "--xml", "fonden.xml"])
    wb = openpyxl.load_workbook(os.path.join(tmp, "fonden.xlsx"), data_only=True)
    check("Områden och nämnder" in wb.sheetnames and "Deltagare och utfall" in wb.sheetnames,
          f"the fund workbook's sheets: {wb.sheetnames}")

    # the portfolio per area, district and committee equals sif fund show --json
    ws = wb["Områden och nämnder"]
    rows = rows_of(ws)
    keys = [("Insatsområde", "by_area", "area"), ("Stadsområde", "by_district", "district"),
            ("Nämnd", "by_committee", "committee")]
    tables = []
    for heading, jkey, name in keys:
        check(jkey in fund, f"sif fund show --json has {jkey}: {list(fund)}")
        start, got = table(rows, heading)
        tables.append((start + 1, start + 1 + len(got)))
        want = fund.get(jkey, [])
        body, total = got[:-1], got[-1]
        check(len(body) == len(want), f"{heading}: {len(body)} rows, --json has {len(want)}")
        for r, g in zip(body, want):
            label = "(inget)" if g[name] is None else g[name]
            figures = [g["projects"], g["granted_ore"] / 100, g["spent_ore"] / 100,
                       g["loan_ore"] / 100, g["grant_ore"] / 100, g["savings_ore"] / 100]
            if name == "committee":
                figures.append(g["capital_ore"] / 100 if g.get("capital_ore") else None)
            check([r[0]] + list(r[1:1 + len(figures)]) == [label] + figures,
                  f"{heading} {label}: sheet {r[:1 + len(figures)]}, --json {figures}")
        t = fund["by_area"]
        sums = [sum(g[k] for g in t) for k in ("projects", "granted_ore", "spent_ore",
                                              "loan_ore", "grant_ore", "savings_ore")]
        check(list(total[1:7]) == [sums[0]] + [v / 100 for v in sums[1:]],
              f"{heading}: the sum row {total[1:7]} is the portfolio's {sums}")
    check(fund["by_area"][0]["area"] == "Arbetsmarknad" and fund["by_area"][0]["projects"] == 12,
          f"Arbetsmarknad has 12 projects: {fund['by_area'][0]}")

    # participants and outcomes per area and district, by hand
    ws = wb["Deltagare och utfall"]
    rows = rows_of(ws)
    labels = ["Deltagare", "arbete", "studier", "praktik", "arbetsträning", "stegförflyttning",
              "pågående", "avbrutit", "flytt", "Försäkringskassan", "annat"]

    def columns(title, no_name, want, total):
        """The table under title: one column per group, rows participants then outcomes."""
        i = next((k for k, r in enumerate(rows) if r and r[0] == title), None)
        check(i is not None, f"a table {title!r}")
        if i is None:
            return None
        head = rows[i + 1]
        body = rows[i + 2:i + 2 + len(labels)]
        check([r[0] for r in body] == labels, f"{title}: rows {[r[0] for r in body]}")
        names = [h for h in head[1:] if h is not None]
        check(names[-1] == "Summa", f"{title}: the last column is the sum: {names}")
        got = {(None if n == no_name else n): [r[1 + c] for r in body]
               for c, n in enumerate(names[:-1])}
        check(got == want, f"{title}:\n got {got}\nwant {want}")
        check([r[len(names)] for r in body] == total, f"{title}: sums {[r[len(names)] for r in body]}")
        return (i + 1, i + 2 + len(labels))

    ind_tables = [
        columns("Per insatsområde", "(inget)", {a: [v[0]] + v[5:] for a, v in BY_AREA.items()},
                [TOTAL[0]] + TOTAL[5:]),
        columns("Per stadsområde", "Okänt område", BY_DISTRICT, [TOTAL[0]] + TOTAL[5:])]
    start, got = table(rows, "Insatsområde")
    ind_tables.append((start + 1, start + 1 + len(got)))
    genders = {(None if r[0] == "(inget)" else r[0]): list(r[1:6]) for r in got[:-1]}
    check(genders == {a: v[:5] for a, v in BY_AREA.items()}, f"per area and gender: {genders}")
    check(list(got[-1][1:6]) == TOTAL[:5], f"the gender table's sum: {got[-1][1:6]}")
    ind_tables = [t for t in ind_tables if t]

    # print-ready like the other sheets: A4 landscape at 80 %, no table split
    wbf = openpyxl.load_workbook(os.path.join(tmp, "fonden.xlsx"))
    for name, spans in (("Områden och nämnder", tables), ("Deltagare och utfall", ind_tables)):
        s = wbf[name]
        check(s.page_setup.orientation == "landscape", f"{name}: {s.page_setup.orientation}")
        check(str(s.page_setup.paperSize) == "9", f"{name}: paper {s.page_setup.paperSize}")
        check(s.page_setup.scale == 80, f"{name}: scale {s.page_setup.scale}")
        for brk in s.row_breaks.brk:
            for a, b in spans:
                check(not (a < brk.id < b), f"{name}: a page break at {brk.id} splits {a}-{b}")

    # the XML: valid, and the same figures
    ok, msg = xmllint(os.path.join(tmp, "fonden.xml"),
                      os.path.join(SRC, "templates", "sif-fund-report-2.xsd"))
    check(ok, f"the fund XML validates: {msg}")
    root = ET.parse(os.path.join(tmp, "fonden.xml")).getroot()
    ind = root.find("f:indicators", NS)
    check(ind is not None and ind.get("participants") == "10", "the fund's 10 participants")
    if ind is not None:
        def counts(el, gender):
            c = {x.get("what"): x for x in el.findall("f:count", NS)}
            v = [int(c["deltagare"].get("total"))]
            if gender:
                v += [int(c["deltagare"].get(g)) for g in ("kvinna", "man", "annat", "okant")]
            return v + [int(c[k].get("total")) for k in OUTCOME_KEYS]
        check(counts(ind, True) == TOTAL, f"the fund's counts: {counts(ind, True)}")
        xa = {g.get("name"): counts(g, True) for g in ind.findall("f:group[@by='area']", NS)}
        check(xa == BY_AREA, f"XML per area: {xa}")
        xd = {g.get("name"): counts(g, False) for g in ind.findall("f:group[@by='district']", NS)}
        check(xd == BY_DISTRICT, f"XML per district: {xd}")

    # a printed count that agrees is no finding, one that disagrees is (P13's Norr has no
    # participant at work: S3, at work, has no district)
    sh(["indicator", "control", "P01", "arbete", "2"])
    sh(["indicator", "control", "P13", "arbete", "2", "--district", "Norr"])
    found = json.loads(sh(["check", "--json"], expect=1).stdout)["findings"]
    counted = [f for f in found if f["kind"] == "count_difference"]
    check(len(counted) == 1 and counted[0]["project"] == "P13",
          f"only the count that disagrees is flagged: {counted}")

finish()
