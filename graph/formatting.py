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
import os
import re
import shutil
import sys
import unicodedata

__all__ = ["FORMATS", "render", "render_chunks", "render_lines", "table_lines", "display_width", "frame_rows", "spreadsheet_safe", "frame_csv", "terminal_width",
           "fit_widths"]

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


#: The wide characters nearly all Chinese text is made of (CJK punctuation, ideographs, fullwidth forms):
#: removed in one pass; whatever is left is looked up character by character (exact for every character).
_COMMON_WIDE = re.compile("[\u3000-\u303e\u4e00-\u9fff\uff01-\uff60]+")


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two.

    >>> display_width("市科技局 12"), display_width("abc"), display_width("—…“a”①가")
    (11, 3, 8)
    """
    if text.isascii():
        return len(text)
    return _wide_width(text)


@functools.lru_cache(maxsize=1 << 16)  # table cells repeat (unit lists, deadlines, documents)
def _wide_width(text: str) -> int:
    rest = _COMMON_WIDE.sub("", text)
    width = 2 * (len(text) - len(rest))
    if rest.isascii():
        return width + len(rest)
    eaw = unicodedata.east_asian_width
    return width + sum(2 if eaw(ch) in "WF" else 1 for ch in rest)


def _cell(value, limit: int | None = None, sep: str = "、") -> str:
    if value.__class__ is str:  # most cells: nothing to convert
        text = value
    elif value is None:
        text = ""
    elif isinstance(value, dict):
        text = " ".join([v if v.__class__ is str else str(v) for v in value.values()])
    elif isinstance(value, (list, tuple)) and not limit:  # whole: every item
        text = sep.join([v if v.__class__ is str else _cell(v, sep=sep) for v in value])
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


#: A column is never cut below this many terminal columns (or its header, or its longest cell if shorter).
MIN_COLUMN = 8
GAP = 2  # spaces between columns


def terminal_width(environ=None, stream=None) -> int | None:
    """The width a table may take: ``$COLUMNS`` when set, else the terminal's width when ``stream`` (stdout)
    is a terminal, else None (output going to a file or another tool: no cell is cut).

    >>> terminal_width({"COLUMNS": "120"}), terminal_width({}, io.StringIO())
    (120, None)
    """
    environ = os.environ if environ is None else environ
    if environ.get("COLUMNS", "").strip().isdigit() and int(environ["COLUMNS"]) > 0:
        return int(environ["COLUMNS"])
    stream = sys.stdout if stream is None else stream
    try:
        if stream.isatty():
            return shutil.get_terminal_size().columns
    except (AttributeError, ValueError, OSError):
        pass
    return None


def fit_widths(natural: list[int], floors: list[int], total: int, first: list[int | None] | None = None) -> list[int]:
    """Column widths that fit ``total`` terminal columns (gaps included): the widest columns are cut to one
    common cap, as high as fits, never below their floor. Columns given a width in ``first`` (the free-text
    ones) are cut first, to no less than that width; the others only if that is not enough. Columns that fit
    are kept whole; if the floors alone are too wide, the floors.

    >>> fit_widths([10, 6, 60], [8, 6, 8], 50)  # 50 - 2 gaps of 2 = 46 for cells: 10 + 6 + 30
    [10, 6, 30]
    >>> fit_widths([40, 6, 60], [8, 6, 8], 50)  # both long columns cut to the same cap, 20 + 6 + 20 = 46
    [20, 6, 20]
    >>> fit_widths([30, 6, 60], [8, 6, 8], 60), fit_widths([30, 6, 60], [8, 6, 8], 60, first=[None, None, 10])
    ([25, 6, 25], [30, 6, 20])
    >>> fit_widths([40, 6, 60], [8, 6, 8], 50, first=[None, None, 20])  # the third to 20, then both to 20
    [20, 6, 20]
    """
    room = total - GAP * (len(natural) - 1)
    widths = list(natural)
    phases = []
    if first and any(f is not None for f in first):
        phases.append({i: max(floors[i], min(natural[i], f)) for i, f in enumerate(first) if f is not None})
    phases.append(dict(enumerate(floors)))
    for floor in phases:
        if sum(widths) <= room:
            break
        fixed = sum(w for i, w in enumerate(widths) if i not in floor)
        lo, hi = 0, max(widths[i] for i in floor)  # the highest common cap that fits, by bisection
        while lo < hi:
            cap = (lo + hi + 1) // 2
            if fixed + sum(min(widths[i], max(cap, f)) for i, f in floor.items()) <= room:
                lo = cap
            else:
                hi = cap - 1
        for i, f in floor.items():
            widths[i] = min(widths[i], max(lo, f))
    return widths


def _column(rows: list[dict], column: str, limit: int | None = None) -> list[str]:
    return [v if (v := r.get(column)).__class__ is str and not limit else _cell(v, limit) for r in rows]


def table_lines(rows: list[dict], columns: list[str], widths: dict[str, int], width: int | None, chunk: int = 4096):
    """The lines of an aligned table (header, rule, one per row), made column by column, yielded one by one."""
    cells = [_column(rows, c) for c in columns]
    sizes = [list(map(display_width, col)) for col in cells]  # once per cell
    if width:
        natural = [max(display_width(c), max(size, default=0)) for c, size in zip(columns, sizes)]
        floors = [min(n, max(MIN_COLUMN, display_width(c))) for n, c in zip(natural, columns)]
        fitted = fit_widths(natural, floors, width, [widths.get(c) for c in columns])
        for i, (w, n) in enumerate(zip(fitted, natural)):
            if w < n:
                cells[i] = _column(rows, columns[i], w)
                sizes[i] = list(map(display_width, cells[i]))
    numeric = {c for c in columns if rows and all(isinstance(r.get(c), (int, float)) for r in rows)}
    col_width = [max(display_width(c), max(size, default=0)) for c, size in zip(columns, sizes)]
    join = "  ".join
    right = [c in numeric for c in columns]
    yield join(" " * (w - display_width(c)) + c if r else c + " " * (w - display_width(c))
               for c, w, r in zip(columns, col_width, right)).rstrip()
    yield join("-" * w for w in col_width).rstrip()
    for start in range(0, len(rows), chunk):  # padded a slice of rows at a time: no second copy of every cell
        padded = [[" " * (w - n) + v for v, n in zip(col[start:start + chunk], size[start:start + chunk])] if r else
                  [v + " " * (w - n) for v, n in zip(col[start:start + chunk], size[start:start + chunk])]
                  for col, size, w, r in zip(cells, sizes, col_width, right)]
        for parts in zip(*padded):
            yield join(parts).rstrip()


def frame_rows(df) -> list[dict]:
    """A DataFrame as a list of plain dicts (numpy numbers to Python numbers, missing values to None)."""
    return json.loads(df.to_json(orient="records", force_ascii=False))


def render(rows: list[dict], fmt: str = "table", columns: list[str] | None = None,
           widths: dict[str, int] | None = None, empty: str | None = "(no rows)", width: int | None = 0) -> str:
    """Render ``rows``: ``table`` (columns chosen), ``csv`` or ``json`` (all fields, never cut).

    A table fits ``width`` terminal columns (default: :func:`terminal_width`; None: no limit): when it is too
    wide, the longest cells are cut with "…": first those of the columns ``widths`` names (the free-text
    ones), to no less than the width it gives them, then any column, the widest first.

    A table without rows is ``empty``; with ``empty=None``, the header of ``columns`` (as the console shows
    it, followed by its own "(0 rows)")."""
    return "\n".join(render_lines(rows, fmt, columns, widths, empty, width))


def render_chunks(rows: list[dict], fmt: str = "table", columns: list[str] | None = None,
                  widths: dict[str, int] | None = None, empty: str | None = "(no rows)", width: int | None = 0,
                  lines: int = 4096):
    r"""``render``'s text followed by a newline, in pieces of ``lines`` lines: a long listing is written while it
    is made, never held as one string.

    >>> "".join(render_chunks([{"n": 1}, {"n": 2}], "csv", lines=2)) == render([{"n": 1}, {"n": 2}], "csv") + "\n"
    True
    """
    chunk = []
    for line in render_lines(rows, fmt, columns, widths, empty, width):
        chunk.append(line)
        if len(chunk) >= lines:
            yield "\n".join(chunk) + "\n"
            chunk = []
    if chunk:
        yield "\n".join(chunk) + "\n"


class _LastWrite:
    """A file that keeps only what was last written to it (a csv.writer's row, as one string)."""

    text = ""

    def write(self, text: str) -> None:
        self.text = text


def render_lines(rows: list[dict], fmt: str = "table", columns: list[str] | None = None,
                 widths: dict[str, int] | None = None, empty: str | None = "(no rows)", width: int | None = 0):
    """``render``'s lines, one by one (a JSON document is one piece)."""
    if fmt == "json":
        yield json.dumps(rows, ensure_ascii=False, indent=2)
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "csv":
        # rows end in "\n"; the writer is told "\r\n" so that a cell holding a bare "\r" is quoted too (with
        # "\n" alone it wrote "\r" unquoted, which CSV readers reject)
        last = _LastWrite()
        writer = csv.writer(last, lineterminator="\r\n")

        def line(cells) -> str:
            writer.writerow(cells)
            return last.text[:-2]

        yield line([spreadsheet_safe(str(c)) for c in columns])
        for r in rows:
            yield line([_cell(v, sep=LIST_SEPARATOR) if isinstance(v := r.get(c), (int, float)) else
                        spreadsheet_safe(_cell(v, sep=LIST_SEPARATOR)) for c in columns])
        return
    if fmt == "table":
        width = terminal_width() if width == 0 else width
        if rows or empty is None:
            yield from table_lines(rows, columns, widths or {}, width)
        else:
            yield empty
        return
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
