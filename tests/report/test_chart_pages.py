#!/usr/bin/python3
"""Every chart of the project and fund workbooks prints whole on one page: no page break
(sif's own or one the application would have to add) runs through it, its top edge does
not lie on a page's first row edge (LibreOffice printed that line at the foot of the page
before: the Simulering histogram), and it ends within the page's width.

The pages are worked out the way a spreadsheet prints them: A4 landscape with the sheet's
margins at its print scale, the rows' own heights (15 pt unless set), the print titles
repeated atop every page after the first, and a new page at every manual row break."""
import os
import tempfile

from openpyxl.utils import get_column_letter

from sifxl import Book, check, finish, run

EMU_PER_PX = 9525
EMU_PER_PT = 12700


def print_titles(ws):
    t = ws.print_title_rows
    if not t:
        return 0
    last = t.split(":")[-1].replace("$", "")
    return int(last)   # rows 1..last (1-based)


def row_pt(ws, r1):
    d = ws.row_dimensions.get(r1)
    return d.ht if d is not None and d.ht else 15.0


def col_px(ws, c1):
    d = ws.column_dimensions.get(get_column_letter(c1))
    w = d.width if d is not None and d.width else 8.43
    return int(w * 7 + 5)


def page_starts(ws, last_row):
    """The first row (0-based) of every page."""
    ps = ws.page_setup
    scale = (ps.scale or 100) / 100.0
    m = ws.page_margins
    page = (8.27 - m.top - m.bottom) * 72 / scale   # A4 landscape: 8.27 in high
    manual = {b.id for b in ws.row_breaks.brk}       # brk id n: row n (0-based) begins a page
    titles = print_titles(ws)
    title_pt = sum(row_pt(ws, r) for r in range(1, titles + 1))
    starts, used = [0], 0.0
    for r in range(0, last_row + 1):
        h = row_pt(ws, r + 1)
        if r in manual and r > starts[-1]:
            starts.append(r)
            used = title_pt if r >= titles else 0.0
        elif used + h > page and r > starts[-1]:
            starts.append(r)
            used = title_pt if r >= titles else 0.0
        used += h
    return starts, page


def check_sheet(name, ws):
    charts = ws._charts
    if not charts:
        return 0
    last = max([ws.max_row] + [c.anchor.to.row + 1 for c in charts])
    starts, _ = page_starts(ws, last)
    scale = (ws.page_setup.scale or 100) / 100.0
    width_px = (11.69 - ws.page_margins.left - ws.page_margins.right) * 96 / scale
    for c in charts:
        a = c.anchor
        top, bottom = a._from.row, a.to.row
        where = f"{name} {ws.title}: chart at {get_column_letter(a._from.col + 1)}{top + 1}"
        inside = [s for s in starts if top < s <= bottom]
        check(not inside, f"{where} (rows {top + 1}-{bottom + 1}) is cut by the page that "
              f"begins at row {inside[0] + 1 if inside else 0}")
        check(not (top in starts and top > 0 and a._from.rowOff == 0),
              f"{where}: its top edge lies on the page break before row {top + 1}")
        right = sum(col_px(ws, c1) for c1 in range(1, a.to.col + 1)) + a.to.colOff / EMU_PER_PX
        check(right <= width_px, f"{where}: ends at {right:.0f} px, the page is {width_px:.0f}")
    return len(charts)


with tempfile.TemporaryDirectory(prefix="sif-charts-") as tmp:
    run(["demo", "--out", "d"], cwd=tmp)
    db = ["--db", "d/sif.db"]
    # participants and outcomes, so Deltagare och utfall has its chart too
    with open(os.path.join(tmp, "p.csv"), "w", encoding="utf-8") as f:
        f.write("projekt;deltagare;kon;stadsomrade;startdatum\n")
        for i in range(12):
            f.write(f"HFO;D{i:02};{'kvinna' if i % 2 else 'man'};Öster;2015-0{1 + i % 9}-01\n")
    with open(os.path.join(tmp, "o.csv"), "w", encoding="utf-8") as f:
        f.write("projekt;deltagare;datum;utfall\n")
        for i in range(12):
            f.write(f"HFO;D{i:02};2016-06-01;{['arbete', 'studier', 'praktik'][i % 3]}\n")
    run(db + ["import", "participants", "p.csv"], cwd=tmp)
    run(db + ["import", "outcomes", "o.csv"], cwd=tmp)
    books = []
    for lang in ("sv", "en"):
        run(db + ["report", "HFO", "--xlsx", f"p-{lang}.xlsx", "--lang", lang,
                  "--simulate", "1000", "--seed", "1"], cwd=tmp)
        run(db + ["fund", "report", "--xlsx", f"f-{lang}.xlsx", "--xml", f"f-{lang}.xml",
                  "--lang", lang], cwd=tmp)
        books += [f"p-{lang}.xlsx", f"f-{lang}.xlsx"]
    for name in books:
        b = Book(os.path.join(tmp, name))
        n = sum(check_sheet(name, ws) for ws in b.wb.worksheets)
        check(n >= (6 if name.startswith("p-") else 1), f"{name}: {n} charts")

finish()
