#!/usr/bin/python3
"""sif template costs: the contract the XLSX cost reader relies on (sheet "Kostnader",
headings Projekt, Tjänst, År, Belopp, Finansiering, Kommentar; one row per role × year),
dropdowns and number validation with grants among the funding sources, instructions in the
chosen language (the sheet and its headings stay Swedish: they are the import's), hidden
lists. A template filled in with the English funding words or an older template's headings
imports the same."""
import json
import os
import tempfile

from sifxl import Book, check, finish, run

with tempfile.TemporaryDirectory(prefix="sif-template-") as tmp:
    run(["demo", "--out", "d"], cwd=tmp)
    run(["--db", "d/sif.db", "template", "costs", "HFO", "--xlsx", "k.xlsx"], cwd=tmp)
    b = Book(os.path.join(tmp, "k.xlsx"))
    wb = b.wb
    check(wb.sheetnames == ["Kostnader", "Instruktioner", "Listor"], f"sheets {wb.sheetnames}")
    check(wb.active.title == "Kostnader", "the cost sheet opens first")
    check(wb["Listor"].sheet_state == "hidden", "the lists are hidden")
    ws = wb["Kostnader"]
    header = [c.value for c in ws[1]]
    check(header == ["Projekt", "Tjänst", "År", "Belopp", "Finansiering", "Kommentar"],
          f"header {header}")
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    check(len(rows) == 16, f"4 roles × 4 years = 16 rows, got {len(rows)}")
    pairs = {(r[1], r[2]) for r in rows}
    want = {(role, year) for role in ("OV", "FS", "GR", "FR") for year in range(2014, 2018)}
    check(pairs == want, f"one row per role and year: {sorted(pairs)}")
    check(all(r[0] == "HFO" and r[3] is None for r in rows), "projekt filled, belopp empty")
    check(all(r[4] == "fonden" for r in rows), "funding defaults to the fund's loan (fonden)")
    check(all(isinstance(r[2], int) for r in rows), "years are numbers")

    dv = {str(d.sqref).split(":")[0][0]: d for d in ws.data_validations.dataValidation}
    check(dv.get("B") is not None and dv["B"].type == "list", "tjanst has a dropdown")
    if dv.get("B") is not None:
        check(dv["B"].formula1 == '"OV,FS,GR,FR"', f"the dropdown lists the role codes: {dv['B'].formula1}")
    lists = [c.value for c in wb["Listor"]["A"][1:] if c.value]
    check(lists == ["OV", "FS", "GR", "FR"], f"the lists sheet has the role codes: {lists}")
    check(dv.get("E") is not None and dv["E"].type == "list", "finansiering has a dropdown")
    if dv.get("E") is not None:
        check(dv["E"].formula1 == '"fonden,bidrag,esf,annan:"',
              f"funding choices, a grant among them: {dv['E'].formula1}")
    check(dv.get("E") is not None and dv["E"].errorStyle == "warning",
          "other:NAME can be typed (a warning, not a stop)")
    check(dv.get("C") is not None and dv["C"].type == "whole", "ar is a whole number")
    check(dv.get("D") is not None and dv["D"].type == "decimal", "belopp is a decimal")
    for col in "BCDE":
        if dv.get(col) is not None:
            last = int(str(dv[col].sqref).split(":")[1][1:])
            check(last >= 17 + 100, f"validation of {col} reaches below the filled rows")
    check(ws.freeze_panes == "A2", f"header frozen: {ws.freeze_panes}")
    help_text = " ".join(str(c.value) for c in wb["Instruktioner"]["A"] if c.value)
    check("sif import costs" in help_text and "Finansiering: fonden" in help_text
          and "bidrag" in help_text, "Swedish instructions name the import, the columns, grants")
    check(help_text.startswith("Så fyller du i kostnadsmallen"), "the Swedish title")

    # --lang en: the instructions, the dropdowns' words and messages in English; the sheet
    # and its headings as in Swedish
    run(["--db", "d/sif.db", "template", "costs", "HFO", "--xlsx", "e.xlsx", "--lang", "en"],
        cwd=tmp)
    e = Book(os.path.join(tmp, "e.xlsx")).wb
    check(e.sheetnames == ["Kostnader", "Instructions", "Listor"], f"English sheets {e.sheetnames}")
    check([c.value for c in e["Kostnader"][1]] == header, "the same headings in English")
    ev = {str(d.sqref).split(":")[0][0]: d for d in e["Kostnader"].data_validations.dataValidation}
    check(ev.get("E") is not None and ev["E"].formula1 == '"fund,grant,esf,other:"',
          "English funding choices")
    check(ev.get("B") is not None and ev["B"].error == "Pick one of the project's post codes in the list.",
          "the dropdown's message in English")
    en_text = " ".join(str(c.value) for c in e["Instructions"]["A"] if c.value)
    check(en_text.startswith("How to fill in the cost template") and "grant" in en_text
          and not any(w in en_text for w in ("Fyll i", "rubrikraden", "Diarienummer")),
          "English instructions")
    check(all(r[4] == "fund" for r in e["Kostnader"].iter_rows(min_row=2, values_only=True)),
          "English funding default")
    # both workbooks import: the English words, the Swedish words, grants
    for name, book, word in (("k.xlsx", wb, "bidrag"), ("e.xlsx", e, "grant")):
        sheet = book["Kostnader"]
        sheet["D2"] = 1000
        sheet["D3"] = 500
        sheet["E3"] = word
        book.save(os.path.join(tmp, "f-" + name))
        run(["--db", "d/sif.db", "import", "costs", "f-" + name], cwd=tmp)
    costs = json.loads(run(["--db", "d/sif.db", "cost", "list", "HFO", "--json"], cwd=tmp).stdout)
    check(costs["funding_ore"].get("grant") == 2 * 50000
          and costs["funding_ore"].get("fund") == 869478800 + 2 * 100000,
          f"500 kr as a grant and 1 000 kr as the fund's loan from each template, Swedish and "
          f"English words: {costs['funding_ore']}")
    check(not list(b.formula_cells()), "no formulas in the template")

    # an unknown project and a missing file option are errors, nothing written
    run(["--db", "d/sif.db", "template", "costs", "NOPE", "--xlsx", "n.xlsx"], cwd=tmp, expect=66)
    check(not os.path.exists(os.path.join(tmp, "n.xlsx")), "no file for an unknown project")
    run(["--db", "d/sif.db", "template", "costs", "HFO"], cwd=tmp, expect=64)

finish()
