#!/usr/bin/python3
"""The participant and outcome templates' round trip (SPEC §12, issue 12): sif template
participants|outcomes writes them with the Swedish headings and dropdowns, a project fills them
in with openpyxl (dates as Excel dates and as text, a pseudonym "007" that must stay text),
sif import participants|outcomes reads them back all or nothing, and the indicators count
exactly what was filled in. A bad template (a personnummer, an unknown gender, a date that is
no date) is refused with its row and column, and the ledger is left as it was."""
import datetime
import json
import os
import tempfile

import openpyxl

from sifxl import check, finish, run

ENV = {"SIF_DB": "sif.db"}


def validations(ws):
    """{column letter: list formula or type} of the sheet's data validations."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        col = str(dv.sqref).split(":")[0].rstrip("0123456789")
        out[col] = dv.formula1 if dv.type == "list" else dv.type
    return out


with tempfile.TemporaryDirectory(prefix="sif-people-") as tmp:
    for line in [["init"], ["project", "add", "P", "--name", "Projekt", "--district", "Öster"],
                 ["project", "add", "Q", "--name", "Annat projekt"]]:
        run(line, cwd=tmp, env=ENV)
    run(["template", "participants", "P", "--xlsx", "d.xlsx"], cwd=tmp, env=ENV)
    run(["template", "outcomes", "P", "--xlsx", "u.xlsx"], cwd=tmp, env=ENV)

    # the instructions in the chosen language; the data sheet and its headings the import's
    for kind, sheet, title in (("participants", "Deltagare", "participant"),
                               ("outcomes", "Utfall", "outcome")):
        run(["template", kind, "P", "--xlsx", f"en-{kind}.xlsx", "--lang", "en"], cwd=tmp, env=ENV)
        en = openpyxl.load_workbook(os.path.join(tmp, f"en-{kind}.xlsx"))
        sv = openpyxl.load_workbook(os.path.join(tmp, "d.xlsx" if kind == "participants"
                                                 else "u.xlsx"))
        check(en.sheetnames == [sheet, "Instructions"] and sv.sheetnames == [sheet, "Instruktioner"],
              f"{kind}: sheets {en.sheetnames} / {sv.sheetnames}")
        check([c.value for c in en[sheet][1]] == [c.value for c in sv[sheet][1]],
              f"{kind}: the same headings in English")
        text = " ".join(str(c.value) for c in en["Instructions"]["A"] if c.value)
        check(text.startswith(f"How to fill in the {title} template") and "Project: Projekt (P)"
              in text and "Så fyller" not in text and "Ändra inte" not in text,
              f"{kind}: English instructions: {text[:120]}")
        sv_text = " ".join(str(c.value) for c in sv["Instruktioner"]["A"] if c.value)
        check(sv_text.startswith("Så fyller du i") and "Projekt: Projekt (P)" in sv_text,
              f"{kind}: Swedish instructions: {sv_text[:120]}")

    wb = openpyxl.load_workbook(os.path.join(tmp, "d.xlsx"))
    check(wb.sheetnames[0] == "Deltagare", f"the first sheet is Deltagare: {wb.sheetnames}")
    ws = wb["Deltagare"]
    check([c.value for c in ws[1]] == ["Projekt", "Deltagare", "Kön", "Stadsområde",
                                      "Startdatum", "Slutdatum", "Födelseår", "Hushåll"],
          f"participant headings: {[c.value for c in ws[1]]}")
    v = validations(ws)
    check(v.get("A") == '"P"', f"a dropdown of the project: {v}")
    check(v.get("C") == '"kvinna,man,annat,okänt"', f"a dropdown of the genders: {v}")
    check(v.get("D") == '"Öster"', f"a dropdown of the known districts: {v}")
    check(v.get("E") == "date" and v.get("F") == "date", f"dates are validated as dates: {v}")
    check(v.get("G") == "whole", f"the birth year is a whole number: {v}")
    check(ws.column_dimensions["B"].number_format == "@" if ws.column_dimensions["B"].number_format
          else True, "ids are text")
    rows = [("P", "D01", "K", "Öster", datetime.date(2016, 1, 10), None, 1985, "H01"),
            ("P", "D02", "kvinna", "Öster", "2016-02-01", None, None, "H01"),
            ("P", "007", "M", "Södra", datetime.datetime(2016, 2, 15), datetime.date(2016, 12, 31),
             None, None),
            ("P", "D04", "annat", None, datetime.date(2017, 3, 1), None, 2001, None),
            ("P", "D05", None, "Södra", datetime.date(2016, 5, 2), None, None, None)]
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(tmp, "d.xlsx"))

    wb = openpyxl.load_workbook(os.path.join(tmp, "u.xlsx"))
    ws = wb["Utfall"]
    check([c.value for c in ws[1]] == ["Projekt", "Deltagare", "Datum", "Utfall"],
          f"outcome headings: {[c.value for c in ws[1]]}")
    v = validations(ws)
    check(v.get("D") == '"arbete,studier,praktik,arbetsträning,stegförflyttning,pågående,'
          'avbrutit,flytt,Försäkringskassan,annat"', f"a dropdown of the outcomes: {v}")
    for r in [("P", "D01", datetime.date(2016, 6, 1), "pågående"),
              ("P", "D01", datetime.date(2016, 12, 1), "arbete"),
              ("P", "007", datetime.date(2016, 9, 1), "arbetsträning"),
              ("P", "D04", "2017-06-30", "Försäkringskassan"),
              ("P", "D05", datetime.date(2016, 8, 1), "stegförflyttning")]:
        ws.append(r)
    wb.save(os.path.join(tmp, "u.xlsx"))

    run(["import", "participants", "d.xlsx"], cwd=tmp, env=ENV)
    run(["import", "outcomes", "u.xlsx"], cwd=tmp, env=ENV)
    ind = json.loads(run(["indicator", "P", "--json"], cwd=tmp, env=ENV).stdout)
    # by hand: women D01 D02, men 007, annat D04, unknown D05; Öster D01 D02, Södra 007 D05,
    # D04 without a district; latest: D01 arbete, 007 arbetsträning, D04 FK, D05 steg
    p = ind["participants"]
    check(p["total"] == 5 and p["by_gender"] == {"kvinna": 2, "man": 1, "annat": 1, "okänt": 1},
          f"participants by gender: {p}")
    check(p["by_district"] == {"Södra": 2, "Öster": 2, "okänt": 1}, f"by district: {p}")
    o = ind["outcomes"]
    check(o["arbete"]["total"] == 1 and o["arbete"]["by_gender"]["kvinna"] == 1, f"{o['arbete']}")
    check(o["arbetstraning"]["by_district"]["Södra"] == 1, f"{o['arbetstraning']}")
    check(o["forsakringskassan"]["by_district"]["okänt"] == 1, f"{o['forsakringskassan']}")
    check(o["stegforflyttning"]["by_gender"]["okänt"] == 1, f"{o['stegforflyttning']}")
    check(o["pagaende"]["total"] == 0, "pågående is not D01's latest status")
    check(ind["households"] == 1 and ind["participants_in_households"] == 2, f"{ind}")
    run(["verify"], cwd=tmp, env=ENV)

    # bad templates: every problem with its row and column, nothing imported
    run(["template", "participants", "Q", "--xlsx", "bad.xlsx"], cwd=tmp, env=ENV)
    wb = openpyxl.load_workbook(os.path.join(tmp, "bad.xlsx"))
    ws = wb["Deltagare"]
    ws.append(("Q", "E01", "K", "Norr", datetime.date(2016, 1, 1), None, None, None))
    ws.append(("Q", "19121212-1212", "K", "Norr", datetime.date(2016, 1, 1), None, None, None))
    ws.append(("Q", "E03", "kanske", "Norr", datetime.date(2016, 1, 1), None, None, None))
    ws.append(("Q", "E04", "M", "Norr", "2016-13-01", None, None, None))
    ws.append(("Q", "E05", "M", "Norr", datetime.date(2016, 1, 1), None, None, "811218-9876"))
    wb.save(os.path.join(tmp, "bad.xlsx"))
    bad = run(["--lang", "en", "import", "participants", "bad.xlsx"], cwd=tmp, env=ENV, expect=65)
    for where in ["bad.xlsx:3:2:", "bad.xlsx:4:3:", "bad.xlsx:5:5:", "bad.xlsx:6:8:"]:
        check(where in bad.stderr, f"the message names {where}: {bad.stderr}")
    check("personnummer" in bad.stderr, f"a personnummer is refused: {bad.stderr}")
    check("bad.xlsx:2:" not in bad.stderr, f"the good row is not blamed: {bad.stderr}")
    q = json.loads(run(["indicator", "Q", "--json"], cwd=tmp, env=ENV).stdout)
    check(q["participants"]["total"] == 0, "nothing of the bad file was imported")
    # a costs workbook is not a participant template
    wrong = run(["import", "participants", "d.xlsx", "--dry-run"], cwd=tmp, env=ENV, expect=None)
    check(wrong.returncode != 0, "the same rows again are refused")

finish()
