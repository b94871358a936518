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
import io
import json
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


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value, limit: int | None = None, sep: str = "、") -> str:
    if value is None:
        text = ""
    elif isinstance(value, dict):
        text = " ".join(str(v) for v in value.values())
    elif isinstance(value, (list, tuple)):
        text = sep.join(_cell(v, sep=sep) for v in value)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    if limit and display_width(text) > limit:
        out, width = [], 0
        for ch in text:
            width += display_width(ch)
            if width > limit - 1:
                break
            out.append(ch)
        text = "".join(out) + "…"
    return text


def _table(rows: list[dict], columns: list[str], widths: dict[str, int]) -> str:
    cells = [[_cell(r.get(c), widths.get(c)) for c in columns] for r in rows]
    numeric = {c for c in columns if rows and all(isinstance(r.get(c), (int, float)) for r in rows)}
    col_width = [max([display_width(c)] + [display_width(row[i]) for row in cells]) for i, c in enumerate(columns)]

    def line(values):
        parts = []
        for i, v in enumerate(values):
            pad = " " * (col_width[i] - display_width(v))
            parts.append(pad + v if columns[i] in numeric else v + pad)
        return "  ".join(parts).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in col_width]), *(line(c) for c in cells)])


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
