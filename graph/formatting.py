"""Render result rows as an aligned text table (wide-character aware), CSV or JSON.

Examples
--------
>>> print(render([{"name": "市科技局", "lead_count": 12}], "table"))
name      lead_count
--------  ----------
市科技局          12
>>> render([{"leads": ["市科技局", "市教育局"]}], "csv").splitlines()[1]
'市科技局;市教育局'
>>> render([{"text": "=1+1", "n": -3}], "csv").splitlines()[1]  # shown as text, not run; numbers kept
"'=1+1,-3"
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import unicodedata

__all__ = ["FORMATS", "render", "display_width", "frame_rows", "spreadsheet_safe", "frame_csv"]

FORMATS = ("table", "csv", "json")
LIST_SEPARATOR = ";"
#: What makes a spreadsheet read a CSV cell as a formula (OWASP's list: = + - @, and a leading tab or CR).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """A CSV text cell a spreadsheet shows as text: one starting like a formula gets a leading ``'``.

    >>> spreadsheet_safe("=1+1"), spreadsheet_safe("@SUM(A1)"), spreadsheet_safe("市科技局")
    ("'=1+1", "'@SUM(A1)", '市科技局')
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def frame_csv(df) -> str:
    """A DataFrame (a unit x unit matrix) as CSV, its text cells, index and header made spreadsheet-safe."""
    safe = lambda v: spreadsheet_safe(v) if isinstance(v, str) else v  # noqa: E731
    out = df.rename(index=safe, columns=safe)
    if out.index.name:
        out.index.name = safe(out.index.name)
    text_columns = [c for c in out.columns if out[c].dtype == object]
    for c in text_columns:
        out[c] = out[c].map(safe)
    return out.to_csv().rstrip("\n")


_WIDE: list = []


def _wide() -> re.Pattern:
    """A character class of every wide or fullwidth character (East Asian Width W or F), built once."""
    if not _WIDE:
        ranges, start = [], None
        for cp in range(0x1100, 0x40000):
            wide = unicodedata.east_asian_width(chr(cp)) in "WF"
            if wide and start is None:
                start = cp
            elif not wide and start is not None:
                ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
                start = None
        if start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(0x3FFFF))}")
        _WIDE.append(re.compile(f"[{''.join(ranges)}]"))
    return _WIDE[0]


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two.

    >>> display_width("市科技局 12"), display_width("abc")
    (11, 3)
    """
    if text.isascii():
        return len(text)
    return _wide_width(text)


@functools.lru_cache(maxsize=1 << 16)  # table cells repeat (unit lists, deadlines, documents)
def _wide_width(text: str) -> int:
    if max(text) > "\U0003ffff":  # beyond the planes the pattern covers (rare): character by character
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return 2 * len(text) - len(_wide().sub("", text))


def _cell(value, limit: int | None = None, sep: str = "、") -> str:
    if value is None:
        text = ""
    elif isinstance(value, dict):
        text = " ".join(str(v) for v in value.values())
    elif isinstance(value, (list, tuple)):
        parts, length = [], 0
        for v in value:  # a cell cut to ``limit`` needs only the items that reach past it
            parts.append(_cell(v, sep=sep))
            length += len(parts[-1]) + len(sep)
            if limit and length > limit + len(sep):
                break
        text = sep.join(parts)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    if limit and 2 * len(text) > limit and display_width(text) > limit:
        lo, hi = 0, min(len(text), limit)  # the longest prefix that fits in limit - 1 columns, by bisection
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if display_width(text[:mid]) <= limit - 1:
                lo = mid
            else:
                hi = mid - 1
        text = text[:lo] + "…"
    return text


def _table(rows: list[dict], columns: list[str], widths: dict[str, int]) -> str:
    cells = [[_cell(r.get(c), widths.get(c)) for c in columns] for r in rows]
    sizes = [[display_width(v) for v in row] for row in cells]  # once per cell
    numeric = {c for c in columns if rows and all(isinstance(r.get(c), (int, float)) for r in rows)}
    col_width = [max([display_width(c)] + [row[i] for row in sizes]) for i, c in enumerate(columns)]

    def line(values, size):
        parts = []
        for i, v in enumerate(values):
            pad = " " * (col_width[i] - size[i])
            parts.append(pad + v if columns[i] in numeric else v + pad)
        return "  ".join(parts).rstrip()

    head = [columns, ["-" * w for w in col_width]]
    return "\n".join([*(line(c, [display_width(v) for v in c]) for c in head), *map(line, cells, sizes)])


def frame_rows(df) -> list[dict]:
    """A DataFrame as a list of plain dicts (numpy numbers to Python numbers, missing values to None)."""
    return json.loads(df.to_json(orient="records", force_ascii=False))


def render(rows: list[dict], fmt: str = "table", columns: list[str] | None = None,
           widths: dict[str, int] | None = None, empty: str | None = "(no rows)") -> str:
    """Render ``rows``: ``table`` (columns chosen, long cells cut to ``widths``), ``csv`` or ``json`` (all fields).

    A table without rows is ``empty``; with ``empty=None``, the header of ``columns`` (as the console shows
    it, followed by its own "(0 rows)")."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "csv":
        # rows end in "\n"; the writer is told "\r\n" so that a cell holding a bare "\r" is quoted too (with
        # "\n" alone it wrote "\r" unquoted, which CSV readers reject)
        def line(cells) -> str:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\r\n").writerow(cells)
            return buf.getvalue()[:-2]

        out = [line([spreadsheet_safe(str(c)) for c in columns])]
        for r in rows:
            out.append(line([_cell(v, sep=LIST_SEPARATOR) if isinstance(v := r.get(c), (int, float)) else
                             spreadsheet_safe(_cell(v, sep=LIST_SEPARATOR)) for c in columns]))
        return "\n".join(out)
    if fmt == "table":
        return _table(rows, columns, widths or {}) if rows or empty is None else empty
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
