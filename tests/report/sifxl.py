"""Shared helpers of the report tests: run sif, read a workbook back with openpyxl,
recompute its formulas with a tiny evaluator, validate XML with xmllint.

The evaluator knows what sif writes: numbers, cell references (A1, $A$1, 'Sheet'!A1),
ranges inside SUM(), + - * / and parentheses. Anything else is an error, so a formula
sif starts writing that the test cannot check fails the test rather than passing it by.
"""
import os
import re
import subprocess
import sys
import zipfile

import openpyxl
from openpyxl.utils import column_index_from_string

SIF = sys.argv[1] if len(sys.argv) > 1 else "sif"
SRC = os.environ.get("SIF_SOURCE_DIR",
                     os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
XMLLINT = os.environ.get("XMLLINT", "xmllint")

FAILURES = []


def check(cond, msg):
    if not cond:
        FAILURES.append(msg)
        print("FAIL:", msg)


def finish():
    if FAILURES:
        print(f"{len(FAILURES)} failure(s)")
        sys.exit(1)
    print("ok")


def run(args, cwd, expect=0, env=None):
    """Run sif; expect None accepts any exit code."""
    e = dict(os.environ, SIF_USER="test", SIF_NOW="1700000000", LC_ALL="C.UTF-8")
    if env:
        e.update(env)
    p = subprocess.run([SIF] + args, cwd=cwd, env=e, capture_output=True, text=True)
    if expect is not None and p.returncode != expect:
        raise AssertionError(f"sif {' '.join(args)}: exit {p.returncode}, expected {expect}\n"
                             f"stdout: {p.stdout}\nstderr: {p.stderr}")
    return p


def xmllint(xml, xsd):
    p = subprocess.run([XMLLINT, "--noout", "--nonet", "--schema", xsd, xml],
                       capture_output=True, text=True)
    return p.returncode == 0, p.stderr


class Book:
    """A workbook read twice: formulas (wb) and cached values (vals)."""

    def __init__(self, path):
        self.path = path
        self.wb = openpyxl.load_workbook(path)
        self.vals = openpyxl.load_workbook(path, data_only=True)
        self.memo = {}

    def formula_cells(self):
        for ws in self.wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.data_type == "f":
                        yield ws.title, c.coordinate, c.value

    def cached(self, sheet, coord):
        return self.vals[sheet][coord].value

    def numbers(self):
        """Every cached number of the workbook."""
        out = []
        for ws in self.vals.worksheets:
            for row in ws.iter_rows(values_only=True):
                out += [v for v in row if isinstance(v, (int, float)) and not isinstance(v, bool)]
        return out

    def texts(self):
        out = []
        for ws in self.wb.worksheets:
            for row in ws.iter_rows():
                # openpyxl drops the escape "_x005F_" itself, as Excel does
                out += [c.value for c in row if c.data_type == "s" and c.value]
        return out

    def charts(self):
        with zipfile.ZipFile(self.path) as z:
            return [n for n in z.namelist() if n.startswith("xl/charts/chart")]

    def raw(self, member_prefix):
        with zipfile.ZipFile(self.path) as z:
            return "".join(z.read(n).decode("utf-8") for n in z.namelist()
                           if n.startswith(member_prefix))

    # ---- the evaluator ----
    def value(self, sheet, coord):
        key = (sheet, coord.replace("$", ""))
        if key in self.memo:
            return self.memo[key]
        c = self.wb[sheet][key[1]]
        if c.data_type == "f":
            v = self.eval(sheet, c.value)
        elif isinstance(c.value, (int, float)):
            v = c.value
        elif c.value is None or c.value == "":
            v = 0 if c.value is None else ""
        else:
            raise ValueError(f"{sheet}!{coord} is text, used in a formula")
        self.memo[key] = v
        return v

    TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|"
                       r"(?P<ref>(?:'(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?\$?[A-Z]{1,3}\$?\d+"
                       r"(?::\$?[A-Z]{1,3}\$?\d+)?)|"
                       r"(?P<fn>SUM|MIN|MAX|ROUND|IF|AND|COUNT|ISNUMBER)\(|(?P<str>\"[^\"]*\")|"
                       r"(?P<op><=|>=|<>|[-+*/(),<>=]))")

    def eval(self, sheet, formula):
        assert formula.startswith("="), formula
        text = formula[1:]
        toks, pos = [], 0
        while pos < len(text):
            if text[pos:].strip() == "":
                break
            m = self.TOKEN.match(text, pos)
            if not m:
                raise ValueError(f"cannot evaluate {formula!r} at {text[pos:]!r}")
            toks.append((m.lastgroup, m.group(m.lastgroup)))
            pos = m.end()
        saved = getattr(self, "_toks", None), getattr(self, "_i", 0), getattr(self, "_sheet", None)
        self._toks, self._i, self._sheet = toks, 0, sheet
        try:
            v = self._expr()
            if self._i != len(toks):
                raise ValueError(f"trailing tokens in {formula!r}")
            return v
        finally:
            self._toks, self._i, self._sheet = saved

    def _peek(self):
        return self._toks[self._i] if self._i < len(self._toks) else (None, None)

    def _expr(self):
        v = self._sum()
        while self._peek()[1] in ("<", ">", "<=", ">=", "=", "<>"):
            op = self._toks[self._i][1]
            self._i += 1
            r = self._sum()
            v = {"<": v < r, ">": v > r, "<=": v <= r, ">=": v >= r, "=": v == r,
                 "<>": v != r}[op]
        return v

    def _sum(self):
        v = self._term()
        while self._peek()[1] in ("+", "-"):
            op = self._toks[self._i][1]
            self._i += 1
            r = self._term()
            if isinstance(v, str) or isinstance(r, str):
                v = float("nan")
            else:
                v = v + r if op == "+" else v - r
        return v

    def _term(self):
        v = self._factor()
        while self._peek()[1] in ("*", "/"):
            op = self._toks[self._i][1]
            self._i += 1
            r = self._factor()
            # Excel evaluates only the branch IF takes: a division by zero in the other is
            # not an error, so it becomes NaN here and fails only where it is used
            if isinstance(v, str) or isinstance(r, str):
                v = float("nan")   # #VALUE! in Excel: an error only where it is used
            else:
                v = v * r if op == "*" else (v / r if r != 0 else float("nan"))
        return v

    def _split(self, ref):
        sheet = self._sheet
        if "!" in ref:
            s, ref = ref.rsplit("!", 1)
            sheet = s[1:-1].replace("''", "'") if s.startswith("'") else s
        return sheet, ref

    def _cells(self, ref):
        sheet, ref = self._split(ref)
        if ":" not in ref:
            return [self.value(sheet, ref)]
        a, b = ref.replace("$", "").split(":")
        ca, ra = re.match(r"([A-Z]+)(\d+)", a).groups()
        cb, rb = re.match(r"([A-Z]+)(\d+)", b).groups()
        out = []
        for r in range(int(ra), int(rb) + 1):
            for c in range(column_index_from_string(ca), column_index_from_string(cb) + 1):
                out.append(self.value(sheet, openpyxl.utils.get_column_letter(c) + str(r)))
        return out

    def _factor(self):
        kind, tok = self._peek()
        self._i += 1
        if kind == "num":
            return float(tok)
        if kind == "ref":
            cells = self._cells(tok)
            if len(cells) != 1:
                raise ValueError("a range outside SUM")
            return cells[0]
        if kind == "str":
            return tok[1:-1]
        if kind == "fn":
            # arguments: ranges expand to their cells, expressions give one value
            args = []
            while True:
                k, t = self._peek()
                if k == "ref" and ":" in t and self._toks[self._i + 1][1] in (",", ")"):
                    self._i += 1
                    args.append(self._cells(t))
                else:
                    args.append([self._expr()])
                k, t = self._peek()
                self._i += 1
                if t == ")":
                    break
                if t != ",":
                    raise ValueError(f"bad {tok} arguments")
            flat = [v for a in args for v in a]
            nums = [v for v in flat if isinstance(v, (int, float)) and not isinstance(v, bool)]
            if tok == "SUM":
                return sum(nums)
            if tok == "MIN":
                return min(nums) if nums else 0
            if tok == "MAX":
                return max(nums) if nums else 0
            if tok == "COUNT":
                return len(nums)
            if tok == "ISNUMBER":
                v = args[0][0]
                return isinstance(v, (int, float)) and not isinstance(v, bool)
            if tok == "AND":
                return all(flat)
            if tok == "ROUND":
                v, d = args[0][0], int(args[1][0])
                if isinstance(v, str) or v != v:
                    return float("nan")
                q = 10 ** d
                return (1 if v >= 0 else -1) * int(abs(v) * q + 0.5 + 1e-9) / q
            if tok == "IF":
                return args[1][0] if args[0][0] else (args[2][0] if len(args) > 2 else False)
            raise ValueError(f"unknown function {tok}")
        if tok == "(":
            v = self._expr()
            if self._peek()[1] != ")":
                raise ValueError("missing )")
            self._i += 1
            return v
        if tok == "-":
            return -self._factor()
        if tok == "+":
            return self._factor()
        raise ValueError(f"unexpected token {tok!r}")


def recompute(book):
    """Recompute every formula; return the cells whose value differs from the cached one."""
    bad, n = [], 0
    for sheet, coord, f in book.formula_cells():
        n += 1
        try:
            v = book.value(sheet, coord)
        except (ValueError, KeyError, ZeroDivisionError) as e:
            bad.append(f"{sheet}!{coord} {f}: {e}")
            continue
        cached = book.cached(sheet, coord)
        if isinstance(cached, str) and v == cached:
            continue
        if isinstance(v, float) and v != v:
            bad.append(f"{sheet}!{coord} {f}: division by zero")
            continue
        if not isinstance(cached, (int, float)) or not isinstance(v, (int, float)) \
                or abs(v - cached) > 0.004:
            bad.append(f"{sheet}!{coord} {f}: recomputed {v}, cached {cached}")
    return n, bad
