"""Render result rows as an aligned text table (wide-character aware), CSV or JSON.

Examples
--------
>>> print(render([{"name": "市科技局", "lead_count": 12}], "table"))
name      lead_count
--------  ----------
市科技局          12
>>> render([{"leads": ["市科技局", "市教育局"]}], "csv").splitlines()[1]
'市科技局;市教育局'
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata

__all__ = ["FORMATS", "render", "display_width", "frame_rows"]

FORMATS = ("table", "csv", "json")
LIST_SEPARATOR = ";"


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
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c), sep=LIST_SEPARATOR) for c in columns])
        return buf.getvalue().rstrip("\n")
    if fmt == "table":
        return _table(rows, columns, widths or {}) if rows or empty is None else empty
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
