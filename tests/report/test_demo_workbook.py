#!/usr/bin/python3
"""sif demo writes HFO.xlsx and HFO.xml: a real client (openpyxl) reads the workbook back,
the formulas recompute to their cached values (the ledger's own figures), the figures of
SPEC §2 are there, the layout promises of SPEC §7 hold, and the XML validates."""
import os
import tempfile

from sifxl import SRC, Book, check, finish, recompute, run, xmllint

MONEY = '#,##0 "kr"'

with tempfile.TemporaryDirectory(prefix="sif-report-") as tmp:
    run(["demo", "--out", "d"], cwd=tmp)
    xlsx, xml = os.path.join(tmp, "d", "HFO.xlsx"), os.path.join(tmp, "d", "HFO.xml")
    check(os.path.exists(xlsx) and os.path.exists(xml), "demo writes HFO.xlsx and HFO.xml")
    b = Book(xlsx)

    # sheets, Swedish by default, summary first
    names = b.wb.sheetnames
    for want in ["Sammanfattning", "Investering", "Kostnadsminskningar", "Nettoresultat",
                 "Återbetalning", "Känslighet", "Parametrar", "Långsiktiga effekter", "Underlag"]:
        check(want in names, f"sheet {want} in {names}")
    check(names[0] == "Sammanfattning", "the summary is the first sheet")

    # the reference figures as cached values (SPEC §2)
    nums = set(round(v, 2) for v in b.numbers())
    for fig in [8694788, 9078080, 4104000, 774080, 4200000, 48380, 383294, 383292,
                8694786, 2325142, 1595639, 1050679, 432000]:
        check(fig in nums, f"cached value {fig} present")

    # every formula recomputes to its cached value
    n, bad = recompute(b)
    check(n >= 100, f"the workbook has formulas ({n})")
    check(len(b.charts()) >= 1, f"at least one chart: {b.charts()}")

    # each saving's amount is a formula over its input cells, not a typed-in number
    sav = b.wb["Kostnadsminskningar"]
    amounts = {}
    for row in sav.iter_rows():
        if row[0].value == "Kostnadsminskning":
            amounts[b.cached("Kostnadsminskningar", row[1].coordinate)] = row[1]
    texts = [str(c.value) for r in sav.iter_rows() for c in r if isinstance(c.value, str)]
    check(any("metod schablon (försörjningsstöd)" in t for t in texts),
          "the method is named in Swedish, not as benefit_schablon")
    check(not any("benefit_schablon" in t for t in texts), "no machine method name in Swedish")
    for fig in (4104000, 774080, 4200000):
        c = amounts.get(fig)
        check(c is not None and c.data_type == "f" and "$B$" in c.value,
              f"saving {fig} is a formula over input cells: {c.value if c else None}")
    # change an input and the saving follows: 12 months -> 6 halves the benefit saving
    months = [r[1] for r in sav.iter_rows() if r[0].value == "Månader som räknas per hushåll"]
    check(len(months) == 1 and months[0].value == 12, "months counted is an input cell")
    if months and 4104000 in amounts:
        months[0].value = 6
        b.memo.clear()
        v = b.value("Kostnadsminskningar", amounts[4104000].coordinate)
        check(abs(v - 2052000) < 0.01, f"6 months give 2 052 000: {v}")
        months[0].value = 12
        b.memo.clear()

    # the summary: net result, payback, the scenarios and the waiver draft
    summ_rows = {r[0].value: r for r in b.wb["Sammanfattning"].iter_rows() if r[0].value}
    def cached_of(label):
        r = summ_rows.get(label)
        return b.cached("Sammanfattning", r[1].coordinate) if r else None
    check(cached_of("Kostnadsminskningar") == 9078080, "summary savings 9 078 080")
    check(cached_of("Nettoresultat") == 383292, "summary net 383 292")
    check(cached_of("Nettoresultat mot tryckt investeringssumma") == 383294, "net vs printed 383 294")
    check(cached_of("Återbetalningstid (månader)") == 47, "payback 47 months")
    # SPEC §11.5: 3 + 8 694 788 ÷ 9 078 080 years, and the simple payback beside it
    check(abs(cached_of("Återbetalningstid (år)") - (3 + 8694788 / 9078080)) < 1e-9,
          f"payback 3,96 years: {cached_of('Återbetalningstid (år)')}")
    check(abs(cached_of("Enkel återbetalningstid (år)") - 8694788 / 9078080) < 1e-9,
          "simple payback 0,96 years")
    check(any(isinstance(c.value, str) and c.value.startswith("11,5 månader; investeringen ÷ kostnadsminskningarna 2017 (realiserade)")
              for c in summ_rows["Enkel återbetalningstid (år)"]), "simple payback 11,5 months, 2017, realised")
    check(any(isinstance(c.value, str) and c.value.startswith("Återbetalningstid: från början av det första investeringsåret")
              for r in b.wb["Nettoresultat"].iter_rows() for c in r), "the payback convention is in the workbook")
    texts_summary = [c.value for r in b.wb["Sammanfattning"].iter_rows() for c in r
                     if isinstance(c.value, str)]
    check(any("förslag till beslut" in t for t in texts_summary), "the waiver draft is shown")
    check(any(t.startswith("Kravet på återbetalning hävs") for t in texts_summary),
          "the waived scenario is listed")
    for line in bad:
        check(False, line)

    # the summary's investment is a formula pointing at the investment sheet
    summ = b.wb["Sammanfattning"]
    inv_cells = [r for r in summ.iter_rows() if r[0].value == "Investering"]
    check(inv_cells and inv_cells[0][1].data_type == "f", "summary investment is a formula")
    if inv_cells:
        coord = inv_cells[0][1].coordinate
        check(b.cached("Sammanfattning", coord) == 8694788, "summary investment cached 8 694 788")
        check(inv_cells[0][1].number_format == MONEY, "money format on the key figure")

    # control totals and their differences
    inv = b.wb["Investering"]
    rows = list(inv.iter_rows())
    start = [i for i, r in enumerate(rows) if r[0].value == "Avser"]
    check(len(start) == 1, "one control total table")
    diffs = [b.cached("Investering", r[3].coordinate) for r in rows[start[0] + 1:]
             if r[3].data_type == "f" and b.cached("Investering", r[3].coordinate)] if start else []
    check(sorted(diffs) == [1, 1, 2], f"control differences 1, 1, 2 kr: {diffs}")

    # layout: frozen headers, print setup, document properties
    for ws in b.wb.worksheets:
        check(ws.page_setup.orientation == "landscape", f"{ws.title}: landscape")
        check(ws.page_setup.scale == 80, f"{ws.title}: printed at 80 %: {ws.page_setup.scale}")
    check(inv.freeze_panes is not None, "investment header frozen")
    check(inv.print_title_rows is not None, "investment prints its title rows")
    check(inv.column_dimensions["B"].width and inv.column_dimensions["B"].width >= 12,
          "money columns wide enough")
    p = b.wb.properties
    check(p.title and "Hela Familjen Öster" in p.title, f"title property: {p.title}")
    check(p.subject and "STK-2016-52" in p.subject, f"subject carries the dnr: {p.subject}")
    check(bool(p.creator), "author property")

    # provenance names the demo's source and sif's version
    texts = b.texts()
    check("slutrapport-hela-familjen-oster.txt" in texts, "the source file is in Underlag")
    # and the chain's head, as sif anchor prints it (SPEC §11.9)
    anchor = run(["--db", "d/sif.db", "anchor"], cwd=tmp).stdout.strip()
    check(anchor in texts, f"Underlag carries the chain head {anchor}")
    check("Kedjans huvud (sif anchor)" in texts, "the chain head is named in Underlag")

    ok, msg = xmllint(xml, os.path.join(SRC, "templates", "sif-report-2.xsd"))
    check(ok, f"HFO.xml validates: {msg}")
    # the demo has no repayment in the books yet: every schedule row is a plan
    rep = [c.value for r in b.wb["Återbetalning"].iter_rows() for c in r]
    check("Källa" in rep and "plan" in rep and "bokfört" not in rep,
          "repayment rows say they are planned")
    xml_text = open(xml, encoding="utf-8").read()
    # the XML's figures are the ledger's own, not only valid against the schema
    import json
    import xml.etree.ElementTree as ET
    ns = {"r": "urn:sif:report:2"}
    res = ET.parse(xml).getroot().find("r:result", ns)
    led = json.loads(run(["--db", "d/sif.db", "result", "HFO", "--json"], cwd=tmp).stdout)
    for attr, key in (("investment-ore", "investment_ore"), ("savings-ore", "savings_ore"),
                      ("net-ore", "net_ore"), ("loan-ore", "investment_fund_ore"),
                      ("shifted-ore", "shifted_ore"), ("net-printed-ore", "net_printed_ore")):
        check(int(res.get(attr)) == led[key], f"XML {attr} {res.get(attr)} is the ledger's {led[key]}")
    for y in res.findall("r:year", ns):
        ly = [v for v in led["years"] if v["year"] == int(y.get("year"))][0]
        for attr, key in (("savings-ore", "savings_ore"), ("net-ore", "net_ore"),
                          ("investment-ore", "investment_ore"), ("cumulative-ore", "cumulative_ore")):
            check(int(y.get(attr)) == ly[key], f"XML {y.get('year')} {attr} is the ledger's")
    check(int(res.get("payback-years-num")) * 9078080 == (3 * 9078080 + 8694788) * int(res.get("payback-years-den")),
          "XML payback 3 + 8 694 788 / 9 078 080 years")
    check(res.get("simple-payback-year") == "2017" and res.get("simple-payback-status") == "realised" and
          int(res.get("simple-payback-years-num")) * 9078080 == 8694788 * int(res.get("simple-payback-years-den")),
          "XML simple payback 8 694 788 / 9 078 080 years, 2017, realised")
    check('recorded="false"' in xml_text and 'recorded="true"' not in xml_text,
          "XML schedule rows carry recorded=false")

    # English labels
    run(["--db", "d/sif.db", "report", "HFO", "--xlsx", "en.xlsx", "--xml", "en.xml",
         "--lang", "en"], cwd=tmp)
    e = Book(os.path.join(tmp, "en.xlsx"))
    check(e.wb.sheetnames[0] == "Summary" and "Investment" in e.wb.sheetnames,
          f"English sheet names: {e.wb.sheetnames}")
    n, bad = recompute(e)
    check(not bad, f"English workbook recomputes: {bad[:3]}")
    en_texts = [c.value for ws in (e.wb["Summary"], e.wb["Repayment"] if "Repayment" in
                                   e.wb.sheetnames else e.wb.worksheets[4])
                for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
    check("Full repayment" in en_texts and "Partial repayment, 50 %" in en_texts
          and not any(str(t).startswith("Full återbetalning") for t in en_texts),
          "scenario names are English in an English report")
    ok, msg = xmllint(os.path.join(tmp, "en.xml"), os.path.join(SRC, "templates", "sif-report-2.xsd"))
    check(ok, f"en.xml validates: {msg}")
    en_xml = open(os.path.join(tmp, "en.xml"), encoding="utf-8").read()
    check('label="Full repayment"' in en_xml and 'label="Full återbetalning"' not in en_xml,
          "the English XML names scenarios in English")

    # with adjustments in force the ledger applies them: values instead of formulas where
    # the adjustment sits between cells, and everything still recomputes and validates
    run(["--db", "d/sif.db", "param", "set", "adj_deadweight", "10 %", "--kind", "ratio",
         "--project", "HFO"], cwd=tmp)
    run(["--db", "d/sif.db", "report", "HFO", "--xlsx", "adj.xlsx", "--xml", "adj.xml"], cwd=tmp)
    a = Book(os.path.join(tmp, "adj.xlsx"))
    n, bad = recompute(a)
    check(not bad, f"adjusted workbook recomputes: {bad[:3]}")
    arows = {r[0].value: r for r in a.vals["Sammanfattning"].iter_rows() if r[0].value}
    check(arows.get("Kostnadsminskningar") is not None and
          abs(arows["Kostnadsminskningar"][1].value - 9078080 * 0.9) < 0.01,
          "10 % deadweight leaves 8 170 272 kr")
    check(any("Dödvikt" in str(r[1].value) for r in arows.values() if r[0].value == "Justeringar"),
          "the adjustment is printed in the summary")
    ok, msg = xmllint(os.path.join(tmp, "adj.xml"), os.path.join(SRC, "templates", "sif-report-2.xsd"))
    check(ok, f"adj.xml validates: {msg}")

finish()
