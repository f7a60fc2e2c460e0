#!/usr/bin/python3
"""sif fund report: every project side by side and the fund's balance over the years. The
workbook's formulas recompute to the ledger's figures, the sums match the books (hand-
computed below from the same entries as tests/cli/cases/fund_three_projects.t), the XML
validates against templates/sif-fund-report-2.xsd, and project report XML of a project with
ESF money, a repayment and a recorded decision validates too."""
import os
import tempfile
import xml.etree.ElementTree as ET

from sifxl import SRC, Book, check, finish, recompute, run, xmllint

NS = {"f": "urn:sif:fund-report:2"}

with tempfile.TemporaryDirectory(prefix="sif-fund-") as tmp:
    for line in [
        ["init"],
        ["unit", "add", "U", "--name", "Enheten", "--committee", "Nämnd A"],
        ["project", "add", "A", "--name", "Alfa", "--start", "2014", "--end", "2015"],
        ["project", "add", "B", "--name", "Beta", "--start", "2014", "--end", "2015"],
        ["project", "add", "C", "--name", "Gamma", "--start", "2015", "--end", "2016"],
        ["role", "add", "A", "R", "--unit", "U", "--title", "t"],
        ["role", "add", "B", "R", "--unit", "U", "--title", "t"],
        ["role", "add", "C", "R", "--unit", "U", "--title", "t"],
        ["cost", "add", "A", "R", "2014", "1 000,01"],
        ["cost", "add", "B", "R", "2014", "2000"],
        ["cost", "add", "B", "R", "2015", "500", "--funding", "other:Urban"],
        ["cost", "add", "C", "R", "2015", "3000"],
        ["cost", "add", "C", "R", "2016", "1000"],
        ["fund", "capital", "2013", "10 000", "--note", "startkapital"],
        ["fund", "repay", "A", "2018", "500"],
        ["fund", "repay", "B", "2018", "700"],
        ["fund", "repay", "B", "2019", "300"],
        ["decision", "add", "C", "--kind", "partial", "--percent", "25", "--date", "2019-05-01",
         "--body", "Kommunstyrelsen", "--reference", "KS-2019-3"],
    ]:
        run(line, cwd=tmp)
    run(["fund", "report", "--xlsx", "f.xlsx", "--xml", "f.xml"], cwd=tmp)
    b = Book(os.path.join(tmp, "f.xlsx"))
    check(b.wb.sheetnames == ["Portfölj", "Områden och nämnder", "Deltagare och utfall",
                                 "Fondens saldo", "Underlag"], f"{b.wb.sheetnames}")
    # each sheet names the fund the same way: a page is read on its own
    subtitles = {b.wb[name]["A2"].value for name in b.wb.sheetnames[:4]}
    check(len(subtitles) == 1 and next(iter(subtitles)).startswith(
        b.wb["Portfölj"]["A2"].value.split(" (")[0] + " ("),
          f"one subtitle with the fund's code on every sheet: {subtitles}")
    n, bad = recompute(b)
    check(n >= 10, f"formulas in the fund report ({n})")
    for line in bad:
        check(False, line)
    port = b.wb["Portfölj"]
    rows = {r[0].value: r for r in port.iter_rows() if r[0].value in ("A", "B", "C", "Summa")}
    check(set(rows) == {"A", "B", "C", "Summa"}, f"the three projects and a total: {set(rows)}")

    def val(code, col):
        return b.cached("Portfölj", rows[code][col].coordinate)

    # columns: code, name, committee, granted, spent, loan, savings, net, repaid, written off, out
    check(val("B", 4) == 2500 and val("B", 5) == 2000, "B spent 2 500 of which 2 000 lent")
    check(abs(val("A", 5) - 1000.01) < 1e-9, "A's loan keeps its öre")
    check(val("C", 9) == 3000 and val("C", 10) == 1000, "C: 3 000 written off, 1 000 out")
    check(abs(val("Summa", 10) - 2500.01) < 1e-9, "outstanding in all 2 500,01")
    check(val("Summa", 8) == 1500, "repaid in all 1 500")
    check(len(b.charts()) == 1, "the balance chart")
    bal = b.wb["Fondens saldo"]
    last = [r for r in bal.iter_rows(min_row=6) if isinstance(r[0].value, int)][-1]
    check(last[0].value == 2019 and abs(b.cached("Fondens saldo", last[5].coordinate) - 4499.99) < 1e-9,
          "balance at the end of 2019: 10 000 − 7 000,01 + 1 500 = 4 499,99")

    xsd = os.path.join(SRC, "templates", "sif-fund-report-2.xsd")
    ok, msg = xmllint(os.path.join(tmp, "f.xml"), xsd)
    check(ok, f"f.xml validates: {msg}")
    root = ET.parse(os.path.join(tmp, "f.xml")).getroot()
    fund = root.find("f:fund", NS)
    check(fund.get("balance-ore") == "449999" and fund.get("outstanding-ore") == "250001",
          "the XML carries the books in öre")
    check(len(root.findall("f:projects/f:project", NS)) == 3, "three projects in the XML")

    # the project reports of this ledger validate too (other funding, repayments, decisions)
    for code in ("A", "B", "C"):
        run(["report", code, "--xlsx", f"{code}.xlsx", "--xml", f"{code}.xml"], cwd=tmp)
        ok, msg = xmllint(os.path.join(tmp, f"{code}.xml"),
                          os.path.join(SRC, "templates", "sif-report-2.xsd"))
        check(ok, f"{code}.xml validates: {msg}")
        n, bad = recompute(Book(os.path.join(tmp, f"{code}.xlsx")))
        check(not bad, f"{code}.xlsx recomputes: {bad[:3]}")

    # errors: no output named, an unknown fund
    run(["fund", "report"], cwd=tmp, expect=64)
    run(["fund", "report", "NOPE", "--xml", "n.xml"], cwd=tmp, expect=66)

finish()
