#!/usr/bin/python3
"""Text from users and files reaches the workbook as text, never as a formula (SPEC §10):
a project, unit and role named like formulas appear as exactly that text, OOXML's _xHHHH_
escape is not interpreted, sheet/defined names stay valid, the XML still validates, and a
text that is not UTF-8 (put into the file behind sif's back) stops the report."""
import os
import sqlite3
import tempfile
import zipfile

import re

from sifxl import SRC, Book, check, finish, recompute, run, xmllint

HOSTILE = ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3"]
XSD = os.path.join(SRC, "templates", "sif-report-2.xsd")

with tempfile.TemporaryDirectory(prefix="sif-hostile-") as tmp:
    run(["init"], cwd=tmp)
    run(["unit", "add", "U1", "--name", HOSTILE[2], "--committee", HOSTILE[1]], cwd=tmp)
    # a project whose code and name are formulas, roles whose codes and titles are too
    run(["project", "add", HOSTILE[0], "--name", HOSTILE[1], "--committee", HOSTILE[2],
         "--dnr", "_x0041_", "--start", "2020", "--end", "2021"], cwd=tmp)
    run(["role", "add", HOSTILE[0], HOSTILE[2], "--unit", "U1", "--title", HOSTILE[0]], cwd=tmp)
    run(["role", "add", HOSTILE[0], "@R", "--unit", "U1", "--title", HOSTILE[3]], cwd=tmp)
    run(["role", "add", HOSTILE[0], 'R,"1"', "--unit", "U1", "--title", "komma"], cwd=tmp)
    run(["cost", "add", HOSTILE[0], HOSTILE[2], "2020", "1000", "--funding", "other:=1+1",
         "--note", HOSTILE[0]], cwd=tmp)
    # the same texts in a saving, a parameter's source, an effect and a decision
    run(["saving", "add", HOSTILE[0], "other", "2021", "1500", "--status", "realised",
         "--label", HOSTILE[1], "--unit", "U1"], cwd=tmp)
    run(["param", "set", "x_kostnad", "100", "--kind", "ore", "--source", HOSTILE[2]], cwd=tmp)
    run(["effect", "add", HOSTILE[0], HOSTILE[0], "--description", HOSTILE[3],
         "--per", HOSTILE[1], "--source", HOSTILE[2]], cwd=tmp)
    run(["decision", "add", HOSTILE[0], "--kind", "waive", "--date", "2022-01-10",
         "--body", HOSTILE[1], "--reference", HOSTILE[2], "--text", HOSTILE[0], "--draft"],
        cwd=tmp)
    run(["report", HOSTILE[0], "--xlsx", "h.xlsx", "--xml", "h.xml"], cwd=tmp)
    b = Book(os.path.join(tmp, "h.xlsx"))
    texts = b.texts()
    joined = "\n".join(texts)
    for h in HOSTILE:
        check(any(h in t for t in texts), f"{h!r} appears as text")
    check("=1+1" in joined, "the funding source name appears as text")
    check("_x0041_" in texts, "_x0041_ reads back literally")
    check("_x005F_x0041_" in b.raw("xl/sharedStrings"), "_x0041_ is escaped in the file")
    # no formula anywhere mentions the hostile texts: every <f> is sif's own arithmetic
    for sheet, coord, f in b.formula_cells():
        for bad in ("HYPERLINK", "cmd", "@", "SUM(1+1)"):
            check(bad not in f, f"{sheet}!{coord} formula {f!r} carries user text")
    by_sheet = {ws.title: [c.value for r in ws.iter_rows() for c in r if c.data_type == "s"]
                for ws in b.wb.worksheets}
    check(HOSTILE[1] in by_sheet["Kostnadsminskningar"], "the saving's label is text")
    check(HOSTILE[2] in by_sheet["Parametrar"], "the parameter's source is text")
    check(HOSTILE[0] in by_sheet["Långsiktiga effekter"], "the effect's name is text")
    check(any(HOSTILE[0] in t for t in by_sheet["Sammanfattning"]), "the decision's text is text")
    n, bad = recompute(b)
    check(not bad, f"the hostile workbook still recomputes: {bad[:3]}")
    raw = b.raw("xl/worksheets/")
    check("HYPERLINK" not in raw, "no HYPERLINK inside the sheet XML (only shared strings)")
    # defined names are valid and carry no formula text
    with zipfile.ZipFile(os.path.join(tmp, "h.xlsx")) as z:
        wbxml = z.read("xl/workbook.xml").decode()
    names = re.findall(r'<definedName name="([^"]*)"', wbxml)
    check(any("HYPERLINK" in n for n in names), f"the project's defined names exist: {names}")
    for n in names:
        check(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", n) is not None, f"defined name {n!r} valid")
    ok, msg = xmllint(os.path.join(tmp, "h.xml"), XSD)
    check(ok, f"h.xml validates: {msg}")
    xml = open(os.path.join(tmp, "h.xml"), encoding="utf-8").read()
    check('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)' in xml, "XML escapes quotes")

    run(["fund", "report", "--xlsx", "fh.xlsx", "--xml", "fh.xml"], cwd=tmp)
    fb = Book(os.path.join(tmp, "fh.xlsx"))
    ft = fb.texts()
    check(HOSTILE[0] in ft and HOSTILE[1] in ft, "the fund report shows the names as text")
    ok, msg = xmllint(os.path.join(tmp, "fh.xml"), os.path.join(SRC, "templates", "sif-fund-report-2.xsd"))
    check(ok, f"fh.xml validates: {msg}")

    # the cost template with the same names
    run(["template", "costs", HOSTILE[0], "--xlsx", "t.xlsx"], cwd=tmp)
    t = Book(os.path.join(tmp, "t.xlsx"))
    ws = t.wb["Kostnader"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    check(rows[0][0] == HOSTILE[0] and ws["A2"].data_type == "s", "template projekt is text")
    check({r[1] for r in rows} == {HOSTILE[2], "@R", 'R,"1"'}, f"template roles as text: {rows}")
    check(not list(t.formula_cells()), "the template has no formulas")
    tdv = {str(d.sqref)[0]: d for d in ws.data_validations.dataValidation}
    check("B" in tdv and tdv["B"].formula1.startswith("Listor!"),
          "codes with commas and quotes take their dropdown from the hidden sheet")
    lists = [c.value for c in t.wb["Listor"]["A"][1:] if c.value]
    check(set(lists) == {HOSTILE[2], "@R", 'R,"1"'}, f"the hidden list holds the codes as text: {lists}")

    # invalid UTF-8 put in behind sif's back: the report refuses, nothing half-hidden
    db = sqlite3.connect(os.path.join(tmp, "sif.db"))
    db.execute("INSERT INTO unit(code, name, batch_id, user, at) "
               "VALUES ('U2', CAST(X'4D616C6DF6' AS TEXT), 1, 'x', '2020-01-01T00:00:00Z')")
    db.commit()
    db.close()
    run(["role", "add", HOSTILE[0], "X", "--unit", "U2", "--title", "x"], cwd=tmp)
    p = run(["report", HOSTILE[0], "--xlsx", "bad.xlsx"], cwd=tmp, expect=65)
    check("utf-8" in p.stderr.lower(), f"the error names the encoding: {p.stderr}")
    p = run(["report", HOSTILE[0], "--xml", "bad.xml"], cwd=tmp, expect=65)
    check("utf-8" in p.stderr.lower(), f"the XML error names the encoding: {p.stderr}")

finish()
