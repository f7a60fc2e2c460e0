#!/usr/bin/python3
"""One language per workbook (SPEC §14, issue 15): the --lang en decision basis and fund
report carry no Swedish and the Swedish ones no English, in every cell, formula text, sheet
name, header and footer, chart title and document property. What users typed (names,
sources, notes, districts) is theirs and is taken out first; so are the Swedish proper
names sif's English keeps (Försäkringskassan, öre, kommun in "The municipality (kommun)").

English: no å ä ö and none of a list of common Swedish words. Swedish: no English message
id of po/sv.po whose Swedish differs (long ones anywhere, one-word ones as a whole word).
The ledgers: the demo, and the demo with the economics (adjustments, discounting, agencies,
a simulation) and indicators (participants, outcomes, targets, printed counts) set."""
import os
import re
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
import zipfile

from sifxl import SRC, check, finish, run

SWEDISH_WORDS = """och av för med som inte är att till från eller enligt varav summa belopp
kostnad kostnader kostnadsminskning kostnadsminskningar hushåll mån månader dagar år st ej
angiven angivet källa tjänst tjänster rad rader nämnd nämnden huvudbok huvudboken ledgern
beräknad beräknat prognostiserad realiserad realiserade återbetalning återbetalt lån saldo
utfall mål deltagare kvinnor män barn familjer behandling placering placeringar nuvärde
nuvärden diskontering känslighet underlag sammanfattning investering nettoresultat
parametrar arbete studier annat okänt okänd kvinna avslut avslutsorsaker fas intensiv
ordinarie behandlare timmar vårddygn dygnskostnad schablon utbetalningsregistret
försörjningsstöd förhindrade övrigt övrig förslag beslut beslutat gäller sida av""".split()
# Swedish names the English text keeps on purpose
PROPER = ["Försäkringskassan", "Arbetsförmedlingen", "öre", "(kommun)", "Europe/Stockholm"]
# columns whose values sif writes itself (codes it must name in the report's language)
OURS = {"derivation", "inputs", "outcome", "gender", "what", "category", "status", "method",
        "kind", "action", "tbl", "row_hash", "hash", "prev_hash", "detail"}


def typed(db):
    """Every text a user typed into the ledger at db, longest first."""
    con = sqlite3.connect(db)
    out = set()
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info('{table}')")]
        for col in cols:
            if col in OURS:
                continue
            for (v,) in con.execute(f"SELECT DISTINCT \"{col}\" FROM \"{table}\""):
                if isinstance(v, str) and v and not v.startswith("\x01") and len(v) > 1:
                    out.add(v)
    con.close()
    return sorted(out, key=len, reverse=True)


def texts(path):
    """(where, text) of every text of the workbook a reader can see."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not name.endswith(".xml") or name.endswith("styles.xml") or "theme" in name:
                continue
            root = ET.fromstring(z.read(name))
            for el in root.iter():
                tag = el.tag.split("}")[-1]
                if tag == "sheet" and el.get("name"):
                    out.append((f"{name} sheet name", el.get("name")))
                if tag in ("v", "c", "pageMargins"):
                    continue
                for t in (el.text, el.tail):
                    if t and t.strip() and not re.fullmatch(r"[\d.\-E+ ]+", t.strip()):
                        out.append((f"{name} <{tag}>", t.strip()))
    return out


def xml_texts(path):
    """(where, text) of the human text of a report's XML: element text and label attributes
    (element names and coded attributes stay as the schema has them)."""
    out = []
    for el in ET.parse(path).getroot().iter():
        tag = el.tag.split("}")[-1]
        if "formula" in tag:   # over the inputs' keys, identifiers like element names
            continue
        if el.text and el.text.strip() and not re.fullmatch(r"[\d.\-:TZ ]+", el.text.strip()):
            out.append((f"<{tag}>", el.text.strip()))
        if el.get("label"):
            out.append((f"<{tag} label>", el.get("label")))
    return out


def without(text, names):
    for n in names:
        if n in text:
            text = text.replace(n, " ")
    for p in PROPER:
        text = text.replace(p, " ")
    return text


def msgids():
    """English message ids of po/sv.po whose Swedish differs (the header aside)."""
    po = open(os.path.join(SRC, "po", "sv.po"), encoding="utf-8").read()
    ids = []
    for m in re.finditer(r'^(?:msgctxt .*\n)?msgid ((?:".*"\n)+)msgstr ((?:".*"\n)+)', po, re.M):
        lit = lambda s: "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', s)).replace('\\"', '"').replace("\\n", "\n")
        en, sv = lit(m.group(1)), lit(m.group(2))
        if en and sv and en != sv:
            ids.append(en)
    return ids


def english_in(text, ids):
    """The first English message id text carries: a long literal part anywhere, a word as
    a whole word."""
    for en in ids:
        parts = [p for p in re.split(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z)?[a-z%]", en)]
        longest = max(parts, key=len).strip()
        if len(longest) >= 14 and " " in longest:
            if longest in text:
                return en
        elif len(parts) == 1 and re.fullmatch(r"[A-Za-z][a-z]+(?: [a-z]+)?", en) and len(en) >= 4:
            if re.search(r"(?<![\w-])" + re.escape(en) + r"(?![\w-])", text):
                return en
    return None


def check_print(path, what):
    """A long text runs past the page's edge onto a page of its own unless it wraps (a wrap
    format, or merged over its table): the English notes are longer than the Swedish."""
    import openpyxl
    for ws in openpyxl.load_workbook(path).worksheets:
        merged = {r.min_row * 1000 + r.min_col for r in ws.merged_cells.ranges}
        for row in ws.iter_rows():
            for c in row:
                if (isinstance(c.value, str) and len(c.value) > 200 and not c.value.startswith("=")
                        and not (c.alignment and c.alignment.wrap_text)
                        and c.row * 1000 + c.column not in merged):
                    check(False, f"{what} {ws.title}!{c.coordinate}: {len(c.value)} characters "
                                 f"that do not wrap: {c.value[:60]!r}")


def check_english(path, names, what):
    bad = 0
    found = xml_texts(path) if path.endswith(".xml") else texts(path)
    if not path.endswith(".xml"):
        check_print(path, what)
    words = re.compile(r"(?<![\w-])(" + "|".join(SWEDISH_WORDS) + r")(?![\w-])", re.I)
    for where, t in found:
        rest = without(t, names)
        hit = re.search(r"[åäöÅÄÖ]|\\\"", rest) or words.search(rest)
        if hit and bad < 40:
            bad += 1
            check(False, f"{what} {where}: Swedish {hit.group(0)!r} in {t[:160]!r}")


def check_swedish(path, names, ids, what):
    bad = 0
    for where, t in xml_texts(path) if path.endswith(".xml") else texts(path):
        rest = without(t, names)
        en = english_in(rest, ids)
        if en and bad < 40:
            bad += 1
            check(False, f"{what} {where}: English {en!r} in {t[:160]!r}")


PEOPLE = """projekt;deltagare;kön;stadsområde;startdatum;slutdatum;födelseår;hushåll
HFO;D01;kvinna;Öster;2015-01-10;;1985;H01
HFO;D02;man;Öster;2015-02-01;2016-12-31;1990;H02
HFO;D03;annat;Södra;2016-03-01;;1979;H03
HFO;D04;okänt;;2016-04-01;;1982;
"""
OUTCOMES = """projekt;deltagare;datum;utfall
HFO;D01;2016-06-01;arbete
HFO;D02;2016-12-01;studier
HFO;D03;2017-01-15;pågående
"""

with tempfile.TemporaryDirectory(prefix="sif-lang-") as tmp:
    run(["demo", "--out", "d"], cwd=tmp)
    db = ["--db", "d/sif.db"]
    ids = msgids()
    for lang in ("sv", "en"):
        run(db + ["report", "HFO", "--xlsx", f"demo-{lang}.xlsx", "--lang", lang], cwd=tmp)
        run(db + ["fund", "report", "--xlsx", f"fund-demo-{lang}.xlsx", "--xml",
                  f"fund-demo-{lang}.xml", "--lang", lang], cwd=tmp)
    names = typed(os.path.join(tmp, "d", "sif.db"))
    check_english(os.path.join(tmp, "demo-en.xlsx"), names, "demo en")
    check_english(os.path.join(tmp, "fund-demo-en.xlsx"), names, "fund demo en")
    check_swedish(os.path.join(tmp, "demo-sv.xlsx"), names, ids, "demo sv")
    check_swedish(os.path.join(tmp, "fund-demo-sv.xlsx"), names, ids, "fund demo sv")

    # the economics and the indicators set
    with open(os.path.join(tmp, "people.csv"), "w", encoding="utf-8") as f:
        f.write(PEOPLE)
    with open(os.path.join(tmp, "outcomes.csv"), "w", encoding="utf-8") as f:
        f.write(OUTCOMES)
    for a in (["param", "set", "adj_discount", "3,5%", "--kind", "ratio", "--project", "HFO",
               "--source", "HM Treasury, The Green Book"],
              ["param", "set", "adj_optimism", "10%", "--kind", "ratio", "--project", "HFO",
               "--source", "Egen bedömning"],
              ["param", "set", "adj_attribution", "10%", "--kind", "ratio", "--project", "HFO",
               "--source", "Egen bedömning"],
              ["param", "set", "adj_dropoff", "5%", "--kind", "ratio", "--project", "HFO",
               "--source", "Egen bedömning"],
              ["saving", "add", "HFO", "other", "2017", "100 000", "--status", "projected",
               "--label", "Minskad skolfrånvaro", "--agencies", "kommun=70%,region=30%"],
              ["import", "participants", "people.csv"],
              ["import", "outcomes", "outcomes.csv"],
              ["target", "add", "HFO", "arbete", "3"],
              ["indicator", "control", "HFO", "deltagare", "4"]):
        run(db + a, cwd=tmp)
    for lang in ("sv", "en"):
        run(db + ["report", "HFO", "--xlsx", f"econ-{lang}.xlsx", "--xml", f"econ-{lang}.xml",
                  "--lang", lang, "--simulate", "40", "--seed", "7"], cwd=tmp)
        run(db + ["fund", "report", "--xlsx", f"fund-econ-{lang}.xlsx", "--xml",
                  f"fund-econ-{lang}.xml", "--lang", lang], cwd=tmp)
    names = typed(os.path.join(tmp, "d", "sif.db"))
    check_english(os.path.join(tmp, "econ-en.xlsx"), names, "economics en")
    check_english(os.path.join(tmp, "econ-en.xml"), names, "economics en XML")
    check_english(os.path.join(tmp, "fund-econ-en.xml"), names, "fund economics en XML")
    check_swedish(os.path.join(tmp, "econ-sv.xml"), names, ids, "economics sv XML")
    check_swedish(os.path.join(tmp, "fund-econ-sv.xml"), names, ids, "fund economics sv XML")
    check_english(os.path.join(tmp, "fund-econ-en.xlsx"), names, "fund economics en")
    check_swedish(os.path.join(tmp, "econ-sv.xlsx"), names, ids, "economics sv")
    check_swedish(os.path.join(tmp, "fund-econ-sv.xlsx"), names, ids, "fund economics sv")

finish()
