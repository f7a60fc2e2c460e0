#!/usr/bin/python3
"""The workbook is live where Excel can compute what the ledger computed (issue 14): the
repayments, each committee's share and budget effect, what is left after a write-off and
the fund's balance are formulas whose cached values are the ledger's figures, and a changed
yellow input moves them."""
import os
import tempfile

from sifxl import Book, check, finish, recompute, run


def rows_of(ws):
    return [r for r in ws.iter_rows()]


with tempfile.TemporaryDirectory(prefix="sif-live-") as tmp:
    run(["demo", "--out", "d"], cwd=tmp)
    b = Book(os.path.join(tmp, "d", "HFO.xlsx"))
    n, bad = recompute(b)
    check(not bad, f"every formula recomputes: {bad[:3]}")
    rep = b.wb["Återbetalning"]
    rows = rows_of(rep)
    heads = [r for r in rows if r[0].value == "År"]
    check(heads and [c.value for c in heads[0][:8]] ==
          ["År", "Ingående", "Återbetalning", "Utgående", "Avskrivet", "Kvar efter avskrivning",
           "Fondens saldo", "Källa"], f"schedule columns: {[c.value for c in heads[0]]}")

    # the full scenario's first year: instalment, closing, left and balance are formulas
    first = next(r for r in rows if r[0].value == 2018)
    for c in (first[1], first[2], first[3], first[5], first[6]):
        check(c.data_type == "f", f"Återbetalning!{c.coordinate} is a formula: {c.value!r}")
    check(b.cached("Återbetalning", first[2].coordinate) == 2173697, "instalment 2 173 697")

    # the partial scenario: what is written off is what is left, and nothing remains after
    partial = [r for r in rows if r[0].value == 2021 and r[4].data_type == "f"]
    check(partial and b.cached("Återbetalning", partial[0][4].coordinate) == 4347394 and
          b.cached("Återbetalning", partial[0][5].coordinate) == 0,
          "partial: 4 347 394 written off, 0 left after the write-off")

    # each paying committee's share and budget effect, per year, summing to the instalment
    payers = {}
    for r in rows:
        if isinstance(r[1].value, int) and r[1].value == 2018 and isinstance(r[0].value, str) \
                and r[2].data_type == "f" and r[4].data_type == "f":
            payers.setdefault(r[0].value, []).append(b.cached("Återbetalning", r[2].coordinate))
    check(abs(payers.get("Grundskolenämnden", [0])[0] - 595452) < 0.01 and
          abs(payers.get("Fritidsnämnden", [0])[0] - 340720.25) < 0.01,
          f"2018 shares of the full plan: {payers}")
    check(abs(sum(v[0] for v in payers.values()) - 2173697) < 0.01,
          f"the shares add up to the instalment: {payers}")

    # live: 6 months instead of 12 and the savings scenario repays 7 026 080, not the loan
    sav = b.wb["Kostnadsminskningar"]
    months = [r[1] for r in sav.iter_rows() if r[0].value == "Månader som räknas per hushåll"]
    repaid = [r[1] for r in rows if r[0].value == "Återbetalning ur realiserade kostnadsminskningar"]
    check(months and repaid, "the months input and the savings scenario's repaid cell")
    if months and repaid:
        check(abs(b.value("Återbetalning", repaid[0].coordinate) - 8694788) < 0.01,
              "the savings scenario repays the loan")
        months[0].value = 6
        b.memo.clear()
        check(abs(b.value("Återbetalning", repaid[0].coordinate) - 7026080) < 0.01,
              f"with 6 months it repays 7 026 080: {b.value('Återbetalning', repaid[0].coordinate)}")
        months[0].value = 12
        b.memo.clear()

    # the payback is a formula over the Nettoresultat table: 24 months counted give the
    # payback the ledger's own sensitivity table computed for 24 months
    summ = {r[0].value: r for r in b.wb["Sammanfattning"].iter_rows() if r[0].value}
    pb, pm = summ["Återbetalningstid (år)"][1], summ["Återbetalningstid (månader)"][1]
    check(pb.data_type == "f" and pm.data_type == "f", "payback years and months are formulas")
    sens = b.wb["Känslighet"]
    s24 = [r for r in sens.iter_rows() if r[0].value == 24]
    check(s24 and s24[0][1].data_type == "f" and s24[0][2].data_type == "f",
          "a sensitivity row's cost reductions and net result are formulas")
    check(all(isinstance(r[0].value, (int, float)) for r in sens.iter_rows(min_row=7)
              if r[1].data_type == "f" and not r[1].value.startswith("=MIN(")),
          "the assumptions are numbers (the tornado's rows name them)")
    if months and s24:
        months[0].value = 24
        b.memo.clear()
        want = b.cached("Känslighet", s24[0][3].coordinate)
        got = b.value("Sammanfattning", pb.coordinate)
        check(abs(got - want) < 1e-9, f"24 months: payback {got}, the ledger's table {want}")
        check(b.value("Sammanfattning", pm.coordinate) == b.cached("Känslighet", s24[0][4].coordinate),
              "24 months: payback months as the ledger's table")
        # the sensitivity rows follow the input: 24 months is now the base, so 12 halves it
        s12 = [r for r in sens.iter_rows() if r[0].value == 12][0]
        check(abs(b.value("Känslighet", s12[1].coordinate) - 9078080) < 0.01,
              "the 12-month row relative to 24 months counted")
        months[0].value = 6
        b.memo.clear()
        check(b.value("Sammanfattning", pb.coordinate) == "nås inte",
              "6 months: payback not reached")
finish()
