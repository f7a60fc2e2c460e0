#!/usr/bin/python3
"""One language throughout (SPEC §14, issue 15): an English run of every command prints no
Swedish label, and a Swedish run no English one, the names users typed aside.

Every command and subcommand of the command table (read from `sif --help` and each
`sif CMD --help`) is run: its --help, an unknown option, and the invocations of RUNS below
(on the demo ledger, to which economics, indicators, decisions, users and a fund are added),
with and without --json. A command in the table that RUNS does not exercise fails the test,
so a new command cannot escape it.

English: no å ä ö (Å Ä Ö) and none of SWEDISH_WORDS. Swedish: no English message id of
po/sv.po (its pieces between format directives, of two words and 12 characters or more,
whose Swedish differs) and none of ENGLISH_WORDS. What the user typed (the arguments, every
text stored in the ledger, the import files' cells) is removed before looking.

usage: check_language.py SIF SRCDIR
"""
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile

SWEDISH_WORDS = r"""och att för från inte är som med till eller av har kan ska vid år
    huvudbok huvudboken huvudbokens summa totalt projekt projektet tjänst tjänster belopp kostnad
    kostnader kostnadsminskning kostnadsminskningar nämnd enhet rader rad importerade stämmer
    differens tryckt netto investering besparing varav realiserade beräknade prognos
    återbetalning återbetalt avskrivet utestående saldo kapital lån bidrag beslut förslag
    regel gäller bokfört kategori källa värde nyckel namn kod kön mål utfall deltagare
    hushåll stadsområde insatsområde enheten varning fel användning okänt okänd saknas
    inga ingen alla ej skrivet skrev vem när""".split()
ENGLISH_WORDS = r"""the and with which cannot should expected unknown needs warning error rows
    imported written total year years project projects cost costs saving savings amount
    missing usage from""".split()

# Words of a file format or an identifier, the same in both languages.
ALLOW = [
    r"projekt;tjanst;ar;belopp[;\w]*", r"hushall;manad;belopp[;\w]*",
    r"projekt;hushall;avslutsdatum;avslutsorsak[;\w]*",
    r"--[a-z][a-z0-9-]*(=\S*)?",       # option names and their values
    r"\b[\w-]+(\|[\w:-]+)+",              # alternatives: fund|grant|esf, warn|error
    r"\((the columns are|kolumnerna är) [^)]*\)", r"\bcolumn \"\w+\"",  # a file's columns
    r"\b(the sheet|bladet) \w+( \([^)]*\))?",    # a template's sheet and its columns
    r"</?\w+/?>",                                  # an XML import's element names
    r"\b(kommun|region|stat|forsakringskassan|arbetsformedlingen|individ)\b",  # agency keys
    r"\bsif(\.db)?\b", r"https?://\S+", r"\"[a-z_]+\":",    # JSON keys
    r"\b[a-z]+_[a-z_]+\b",                                  # parameter keys, JSON keys
    r"\bkr\b", r"\böre\b",                                  # the currency
]

# Lines matching these are not counted (text another change is still to translate); empty
# now that the savings' derivations are said in the chosen language.
PENDING = []
# Output that is code, not text (a shell script's comments).
CODE = ["completion bash"]

# What each command runs, after the ledger is built. {T} is the temp dir. Every line runs
# in both languages, on that language's own copy of the ledger; '!' marks a run expected to
# fail (an error path): its exit code is not checked, its words are.
RUNS = {
    "init": ["init --fund-name Fonden --municipality Kommunen", "!init"],
    "project": ["project list", "project list --json", "project show HFO",
                "project show HFO --json", "project add NY --name Nytt --start 2020 --end 2021",
                "!project show NOSUCH", "!project add HFO --name Dubblett"],
    "unit": ["unit list", "unit list --json", "unit add NYU --name Nyenhet --committee Nämnden",
             "unit move NYU --committee Andranämnden --from 2018", "!unit move NOSUCH --committee X --from 2018"],
    "role": ["role list HFO", "role list HFO --json", "role add NY R --unit NYU --title Tjänsten --fte 0,5",
             "!role add NOSUCH R --unit NYU --title X"],
    "cost": ["cost list HFO", "cost list HFO --entries", "cost list HFO --json",
             "cost list HFO --funding fund", "!cost list HFO --funding Skolverket",
             "cost add NY R 2020 1000 --note Anteckning", "cost reverse 1 --reason Felbokat",
             "cost control NY 1000 --year 2020 --note Kontroll", "!cost add NY R 2020 1O00",
             "!cost add NY R 2020", "!cost add --bogus"],
    "param": ["param list", "param list --json",
              "param set hvb_dygn 3500 --from 2021 --source Källan --price-year 2020 --confidence high",
              "!param set hvb_dygn abc"],
    "index": ["index add KPI 2014 98 --source SCB", "index add KPI 2015 99", "index add KPI 2016 100",
              "index add KPI 2017 102", "index add KPI 2018 104",
              "index list", "index list --json"],
    "saving": ["saving list HFO", "saving list HFO --json", "saving show 1", "saving show 1 --json",
               "saving add HFO other 2017 1000 --status realised --agencies kommun=70%,region=30% --confidence low",
               "saving compute HFO placement --year 2017 --daily 3500 --dry-run",
               "saving compute HFO other --year 2017 --amount 500 --dry-run",
               "saving reverse 1 --reason Fel", "!saving show 999", "!saving add HFO nosuch 2017 1"],
    "effect": ["effect list HFO", "effect list HFO --json",
               "effect add HFO Effekten --quantity 2 --unit-cost 1000 --per år --source Källa"],
    "import": ["import costs {T}/costs.csv --dry-run", "import costs {T}/costs.csv",
               "import costs {T}/costs2.csv --json --dry-run",
               "import exits {DATA}/import/exits.csv --dry-run",
               "import participants {DATA}/indicators/deltagare.csv",
               "import outcomes {DATA}/indicators/utfall.csv",
               "!import costs {DATA}/import/bad-rows.csv", "!import costs {DATA}/import/bad-header.csv",
               "!import costs {DATA}/import/costs-utf16.csv", "!import costs {T}/nosuch.csv",
               "!import costs {T}/bad.xml --format xml", "!import costs {DATA}/import/nul.csv"],
    "target": ["target add P01 arbete 3 --year 2016", "!target add P01 arbete abc"],
    "indicator": ["indicator P01", "indicator P01 --json", "indicator control P01 arbete 2",
                  "indicator HFO"],
    "result": ["result HFO", "result HFO --json",
               "result HFO --deadweight 10% --attribution 80% --dropoff 10% --discount 3,5% --optimism 5% --base-year 2014",
               "result HFO --discount-schedule greenbook --json",
               "result HFO --price-year 2017 --index KPI", "result P01", "!result NOSUCH"],
    "simulate": ["simulate HFO --runs 50 --seed 1", "simulate HFO --runs 50 --seed 1 --json"],
    "rule": ["rule show HFO", "rule show HFO --json", "rule set HFO --years 5 --partial 50%",
             "rule show HFO"],
    "scenario": ["scenario HFO", "scenario HFO --json", "scenario HFO --partial 30%"],
    "decision": ["decision add HFO --kind partial --date 2018-03-01 --body Nämnden --percent 50 --draft",
                 "decision add HFO --kind waive --date 2018-04-01 --body Nämnden --reference Dnr1",
                 "decision list", "decision list HFO --json", "scenario HFO"],
    "fund": ["fund show", "fund show --json", "fund capital 2018 1000000 --note Tillskott",
             "fund capital 2018 500000 --committee Nämnden",
             "!fund repay HFO 2018 1000 --note Betalning", "fund show",
             "fund report --xlsx {T}/fund.xlsx --xml {T}/fund.xml --force",
             "!fund report --xlsx {T}/nodir/fund.xlsx --xml {T}/nodir/fund.xml"],
    "report": ["report HFO --xlsx {T}/r.xlsx --xml {T}/r.xml --force", "report HFO --xml {T}/r2.xml",
               "!report HFO --xml {T}/r2.xml", "!report HFO"],
    "template": ["template costs HFO --xlsx {T}/t.xlsx --force", "!template costs HFO",
                 "template participants P01 --xlsx {T}/p.xlsx", "template outcomes P01 --xlsx {T}/o.xlsx"],
    "period": ["period close 2015 --reason Bokslut", "!cost add HFO OV 2015 1",
               "period reopen 2015 --reason Rättelse"],
    "log": ["log", "log --last 5", "log --json --last 3", "log --table cost --last 3",
            "!log --table nosuch"],
    "verify": ["verify", "verify --json", "!verify --anchor 00:1"],
    "anchor": ["anchor", "anchor --json"],
    "key": ["!key enable --key-file {T}/nosuch.key"],
    "check": ["!check", "!check --json", "!check HFO"],
    "demo": ["demo --out {T}/demo2", "!demo --out {T}/demo2"],
    "user": ["user list", "user list --json", "!user add anna --role nosuch --password-stdin",
             "!user disable nosuch"],
    "serve": ["!serve --listen nosuch"],
    "completion": ["completion bash", "!completion zsh"],
}
GLOBAL_RUNS = ["--help", "!--bogus", "!nosuch", "!--db", "!--lang xx result HFO", "-V"]


def po_pieces(po_path):
    """The English pieces of every msgid whose msgstr differs."""
    text = open(po_path, encoding="utf-8").read()
    entries = re.findall(r'^msgid ((?:".*"\n)+)(?:msgid_plural ((?:".*"\n)+))?'
                         r'((?:msgstr(?:\[\d\])? (?:".*"\n)+)+)', text, re.M)

    def unq(block):
        return "".join(bytes(s, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                       for s in re.findall(r'"(.*)"', block))
    pieces = set()
    for mid, plural, strs in entries:
        for m in (unq(mid), unq(plural) if plural else ""):
            if not m:
                continue
            tr = unq(strs)
            if m in tr:
                continue
            for part in re.split(r"%[-+ #0']*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[a-zA-Z%]|\n|\"|'", m):
                part = part.strip(" ,.:;()—–-")
                if len(part) >= 12 and " " in part and re.search(r"[a-z]{3}", part) \
                        and part not in tr:
                    pieces.add(part)
    return pieces


class Runner:
    def __init__(self, sif, tmp, lang, env):
        self.sif, self.tmp, self.lang, self.env = sif, tmp, lang, env

    def run(self, line, data):
        args = shlex.split(line.format(T=self.tmp, DATA=data))
        p = subprocess.run([self.sif, *args], capture_output=True, text=True, cwd=self.tmp,
                           env=dict(self.env, SIF_LANG=self.lang), stdin=subprocess.DEVNULL,
                           timeout=120)
        return args, p


def build(sif, tmp, lang, env, data):
    r = Runner(sif, tmp, lang, env)
    subprocess.run([sif, "demo", "--out", tmp], check=True, capture_output=True, cwd=tmp,
                   env=dict(env, SIF_LANG=lang))
    with open(os.path.join(tmp, "costs.csv"), "w", encoding="utf-8") as f:
        f.write("projekt;tjanst;ar;belopp\nHFO;OV;2018;1 000\n")
    with open(os.path.join(tmp, "costs2.csv"), "w", encoding="utf-8") as f:
        f.write("projekt;tjanst;ar;belopp\nHFO;OV;2018;2 000\n")
    with open(os.path.join(tmp, "bad.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0"?>\n<kostnader xmlns="urn:sif:import:1">\n'
                '  <kostnad><projekt>HFO</projekt><tjanst>OV</tjanst><ar>20x7</ar>'
                '<belopp>1</belopp></kostnad>\n</kostnader>\n')
    # a project with participants and outcomes (the indicator fixtures' project P01)
    for line in ["unit add U --name Enheten", "project add P01 --name Projektet --start 2016 --end 2017 "
                 "--area Arbetsmarknad --district Öster", "role add P01 R --unit U --title Handläggare",
                 "project add P02 --name Andra --start 2016 --end 2017",
                 "cost add P01 R 2016 100000"]:
        args, p = r.run(line, data)
        if p.returncode:
            raise SystemExit(f"setup {line}: {p.stderr}")
    return r


def strip_user(text, user):
    text = re.sub(r'"unit":"[^"]*"', " ", text)     # a stored unit code in JSON
    for u in user:
        text = text.replace(u, " ")
    for a in ALLOW:
        text = re.sub(a, " ", text)
    return text


def user_strings(db, args):
    found = set(a for a in args if len(a) >= 2)
    for a in args:
        found.update(w for w in re.split(r"[=,]", a) if len(w) >= 2)
    con = sqlite3.connect(db)
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        for col in con.execute(f"PRAGMA table_info({table})"):
            if col[2].upper() == "TEXT" and col[1] not in ("derivation", "inputs"):
                for (v,) in con.execute(f'SELECT DISTINCT "{col[1]}" FROM "{table}"'):
                    if isinstance(v, str) and len(v) >= 2:
                        found.add(v)
                        found.update(x for x in re.split(r"[;:,]\s*", v) if len(x) >= 3)
    con.close()
    for path in ("indicators/deltagare.csv", "indicators/utfall.csv", "import/exits.csv"):
        with open(os.path.join(os.environ.get("SIF_TEST_DATA", ""), path), encoding="utf-8-sig") as f:
            for cell in re.split(r"[;\n]", f.read()):
                if len(cell.strip()) >= 2:
                    found.add(cell.strip())
    return sorted(found, key=len, reverse=True)


def main():
    sif, src = sys.argv[1], sys.argv[2]
    data = os.environ.setdefault("SIF_TEST_DATA", os.path.join(os.path.abspath(src), "tests", "data"))
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "SIF_USER": "test", "SIF_DB": "sif.db",
           "SIF_NOW": "1700000000"}
    pieces = sorted(po_pieces(os.path.join(src, "po", "sv.po")), key=len, reverse=True)
    sw = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, SWEDISH_WORDS)) + r")(?![\w-])", re.I)
    en = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ENGLISH_WORDS)) + r")(?![\w-])", re.I)

    top = subprocess.run([sif, "--lang", "en", "--help"], capture_output=True, text=True,
                         env=env).stdout
    commands = re.findall(r"^  ([a-z]+) ", top.split("commands:", 1)[1], re.M)
    problems = []
    for cmd in commands:
        if cmd not in RUNS:
            problems.append(f"command {cmd} is in the command table but not in RUNS")
    outputs = {"en": [], "sv": []}
    for lang in ("en", "sv"):
        tmp = tempfile.mkdtemp(prefix=f"sif-lang-{lang}-")
        try:
            r = build(sif, tmp, lang, env, data)
            lines = list(GLOBAL_RUNS)
            for cmd in commands:
                lines += [f"{cmd} --help", f"!{cmd} --bogus"]
                h = subprocess.run([sif, "--lang", "en", cmd, "--help"], capture_output=True,
                                   text=True, env=env).stdout
                for sub in sorted(set(re.findall(rf"^  sif {cmd} ([a-z]+)", h, re.M))):
                    lines += [f"{cmd} {sub} --help", f"!{cmd} {sub} --bogus"]
                lines += RUNS.get(cmd, [])
            allargs = []
            for line in lines:
                must_fail = line.startswith("!")
                args, p = r.run(line.lstrip("!"), data)
                allargs += args
                if not must_fail and p.returncode != 0:
                    problems.append(f"[{lang}] sif {line}: exit {p.returncode}: {p.stderr.strip()[:300]}")
                outputs[lang].append((line, p.stdout + "\n" + p.stderr))
            user = user_strings(os.path.join(tmp, "sif.db"), allargs)
            for line, out in outputs[lang]:
                if line in CODE:
                    continue
                clean = strip_user(out, user)
                for n, text in enumerate(clean.split("\n")):
                    if lang == "en":
                        hits = set(re.findall(r"\S*[åäöÅÄÖ]\S*", text)) | set(m.group(0) for m in sw.finditer(text))
                    else:
                        hits = set(p for p in pieces if p in text) | set(m.group(0) for m in en.finditer(text))
                    orig = out.split("\n")[n] if n < len(out.split("\n")) else text
                    if hits and any(re.search(p, orig) for p in PENDING):
                        continue
                    if hits:
                        problems.append(f"[{lang}] sif {line}: {sorted(hits)} in: {orig.strip()[:160]}")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    if problems:
        print(f"{len(problems)} problems:")
        print("\n".join(problems))
        return 1
    print(f"{len(commands)} commands, {len(outputs['en'])} runs per language: one language each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
