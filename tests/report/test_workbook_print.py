#!/usr/bin/python3
"""The decision basis reads and prints like a document (issue 14, SPEC §7): one print scale,
page breaks only where a table, derivation or chart begins, names instead of codes, years
ascending, local time and a named author, and totals' labels level with their amounts."""
import os
import re
import tempfile

from sifxl import SRC, Book, check, finish, run, xmllint

# what the ledger calls things internally: never on a sheet
CODES = ["slutade_soka", "forsorjningsstod_manad", "behandling_timme", "hvb_dygn",
         "placering_dagar", "manader", "manadskostnad", "import:", "(full)", "(savings)",
         "(cashable)", "(partial:50)", "(waived)", "EKB", "OVE", "MYN", "control_difference",
         "benefit_schablon", "benefit_records"]
RAW_KINDS = {"ore", "count", "ratio", "init", "entry", "demo", "compute"}


def texts_of(ws):
    return [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str)]


def block_starts(ws):
    """Rows (1-based) a page may begin with: a title or subtitle (a table's, a saving's)."""
    out = set()
    for r in ws.iter_rows():
        c = r[0]
        if c.value is not None and c.font is not None and c.font.sz and c.font.sz >= 12:
            out.add(c.row)
    return out


with tempfile.TemporaryDirectory(prefix="sif-print-") as tmp:
    run(["demo", "--out", "d"], cwd=tmp)
    db = ["--db", "d/sif.db"]
    run(db + ["import", "costs", os.path.join(os.environ.get("SIF_SOURCE_DIR", "."),
                                              "tests", "data", "import", "costs-comma.csv")],
        cwd=tmp)
    run(db + ["cost", "add", "HFO", "OV", "2017", "1000", "--note", "Handledning, faktura 4711"],
        cwd=tmp)
    run(db + ["report", "HFO", "--xlsx", "sv.xlsx", "--xml", "sv.xml",
              "--prepared-by", "Anna Ek, stadskontoret"], cwd=tmp)
    run(db + ["report", "HFO", "--xlsx", "en.xlsx", "--lang", "en"], cwd=tmp)
    for name in ("sv.xlsx", "en.xlsx"):
        b = Book(os.path.join(tmp, name))
        for ws in b.wb.worksheets:
            # one print scale, no fit-to-page that would override the page breaks
            check(ws.page_setup.scale == 80, f"{name} {ws.title}: scale {ws.page_setup.scale}")
            fit = ws.sheet_properties.pageSetUpPr
            check(fit is None or not fit.fitToPage, f"{name} {ws.title}: not fit to page")
            # a page begins only where a block begins
            starts = block_starts(ws)
            for brk in ws.row_breaks.brk:
                check(brk.id + 1 in starts,
                      f"{name} {ws.title}: page break before row {brk.id + 1}, inside a block")
            # no code a committee would have to ask about
            for t in texts_of(ws):
                for code in CODES:
                    check(code not in t, f"{name} {ws.title}: code {code!r} in {t!r}")
                check(t not in RAW_KINDS, f"{name} {ws.title}: raw kind {t!r}")
            # a total's label sits at the top of its row, like its amount
            for r in ws.iter_rows():
                if r[0].value in ("Summa", "Total"):
                    check(r[0].alignment.vertical == "top",
                          f"{name} {ws.title}!{r[0].coordinate}: Summa aligned "
                          f"{r[0].alignment.vertical}")

    b = Book(os.path.join(tmp, "sv.xlsx"))
    # the demo's summary prints on one page: no break, the charts beside the tables (the
    # ledger above has its costs twice over and nine differences to list: it may take two)
    summ = Book(os.path.join(tmp, "d", "HFO.xlsx")).wb["Sammanfattning"]
    check(not summ.row_breaks.brk, "Sammanfattning has no page break")
    anchors = [c.anchor._from for c in summ._charts]
    check(len(anchors) == 2 and all(a.col >= 5 for a in anchors) and
          max(a.row for a in anchors) < 20, f"summary charts beside the tables: {anchors}")
    summ = b.wb["Sammanfattning"]
    rows = {r[0].value: r for r in summ.iter_rows() if r[0].value}
    check("Upprättad av" in rows and rows["Upprättad av"][1].value == "Anna Ek, stadskontoret",
          "the summary names the author given with --prepared-by")
    check(b.wb.properties.creator == "Anna Ek, stadskontoret",
          f"document author: {b.wb.properties.creator}")
    # SIF_NOW 1700000000 is 2023-11-14 22:13:20 UTC, 23:13 in Stockholm (CET)
    check(rows.get("Framtaget") and rows["Framtaget"][1].value == "2023-11-14 23:13",
          f"the summary's time is Swedish local time: {rows.get('Framtaget')}")

    # Investering: years ascending, a sane first column
    inv = b.wb["Investering"]
    years = [r[0].value for r in inv.iter_rows(min_row=6) if isinstance(r[0].value, int)]
    check(years == sorted(years) and years[:1] == [2014], f"years ascending: {years}")
    check(inv.column_dimensions["A"].width < 30, f"column A {inv.column_dimensions['A'].width}")
    ctl = [r[0].value for r in inv.iter_rows() if isinstance(r[0].value, str) and
           r[0].value.isdigit()]
    check(ctl == sorted(ctl) and ctl[:1] == ["2014"], f"control totals by year ascending: {ctl}")
    check(inv.print_title_rows in ("1:3", "$1:$3"),
          f"later pages repeat the title, not the year header: {inv.print_title_rows}")
    check(any(t == "kontrollsumma som avviker" for t in texts_of(b.wb["Underlag"])),
          "findings by the name of their kind")

    # the notes costs were entered and imported with, in the workbook and the XML
    it = texts_of(inv)
    check("Kommentarer till kostnaderna" in it and "Handledning, faktura 4711" in it and
          'enligt "slutrapport", s. 12' in it, "cost notes on Investering")
    xml = open(os.path.join(tmp, "sv.xml"), encoding="utf-8").read()
    check(">Handledning, faktura 4711</note>" in xml and "enligt &quot;slutrapport&quot;, s. 12" in xml
          or 'enligt "slutrapport", s. 12</note>' in xml, "cost notes in the XML")
    check('prepared-by="Anna Ek, stadskontoret"' in xml, "the XML names the author")
    ok, msg = xmllint(os.path.join(tmp, "sv.xml"), os.path.join(SRC, "templates", "sif-report-2.xsd"))
    check(ok, f"the XML with notes validates: {msg}")

    # Kostnadsminskningar: derivations wrap, units by name
    sav = b.wb["Kostnadsminskningar"]
    long_lines = [r[0] for r in sav.iter_rows() if isinstance(r[0].value, str) and
                  len(r[0].value) > 120]
    check(long_lines and all(c.alignment.wrap_text for c in long_lines),
          "long derivation lines wrap")
    check(any("Enhet ekonomiskt bistånd" in t for t in texts_of(sav)), "units by name")
    check(any("à-pris Försörjningsstöd per hushåll och månad" in t for t in texts_of(sav)),
          "the derivation names the unit cost, not its key")

    # Parametrar: names and kinds, local times
    par = b.wb["Parametrar"]
    pt = texts_of(par)
    check("Försörjningsstöd per hushåll och månad" in pt and "belopp" in pt and "antal" in pt,
          "parameters by name and kind name")
    check(any(re.fullmatch(r"2023-11-14 23:13", t) for t in pt), "parameter times are local")

    # Underlag: the whole SHA-256 in a column wide enough, batch kinds by name, local time
    prov = b.wb["Underlag"]
    hashes = [r[3] for r in prov.iter_rows() if isinstance(r[3].value, str) and
              re.fullmatch(r"[0-9a-f]{64}", r[3].value)]
    check(hashes, "an import's SHA-256 is listed")
    check(prov.column_dimensions["D"].width >= 57, f"SHA-256 column {prov.column_dimensions['D'].width}")
    check("import av kostnader" in texts_of(prov), "batch kinds by name")
    check("2023-11-14 23:13" in texts_of(prov), "batch times are local")

    # Långsiktiga effekter: Antal, the unit, an amount per unit and the possible cost
    eff = b.wb["Långsiktiga effekter"]
    head = [c.value for c in eff[5]]
    check(head[:6] == ["Effekt", "Beskrivning", "Antal", "Enhet", "Belopp per enhet",
                       "Möjlig kostnad"], f"effect columns: {head}")
    first = eff[6]
    check(first[2].value == 55 and isinstance(first[4].value, (int, float)) and
          first[4].value == 100000, f"quantity and amount per unit are numbers: {[c.value for c in first]}")
    check(first[5].data_type == "f" and b.cached("Långsiktiga effekter", first[5].coordinate) == 5500000,
          "possible cost = quantity × amount per unit")

    # a project without printed totals has no empty control table
    for a in (["project", "add", "LT", "--name", "Liten", "--start", "2020", "--end", "2021"],
              ["unit", "add", "U1", "--name", "Enhet ett"],
              ["role", "add", "LT", "R1", "--unit", "U1", "--title", "Handläggare"],
              ["cost", "add", "LT", "R1", "2020", "1000"]):
        run(db + a, cwd=tmp)
    run(db + ["report", "LT", "--xlsx", "lt.xlsx"], cwd=tmp)
    lt = Book(os.path.join(tmp, "lt.xlsx"))
    lt_texts = texts_of(lt.wb["Investering"])
    check("Avser" not in lt_texts and not any(t.startswith("Kontrollsummor") for t in lt_texts),
          "no control table without control totals")

finish()
