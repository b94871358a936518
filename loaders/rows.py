r"""Cells to lines: a row of cells as one tab-joined line, merged cells filled; shared by every reader.

Examples
--------
>>> rows_text([["序号", "任务"], ["1", "做事"]]).split("\n")
['序号\t任务', '1\t做事']
"""

from __future__ import annotations

import re

__all__ = ["rows_text", "cell_lines", "_cell", "_fill_spans"]


_SERIAL = re.compile(r"^\s*\d{1,4}\s*$")


def _cell(text) -> str:
    """A cell's text on one line: tabs and line breaks inside a cell become spaces."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    if hasattr(text, "isoformat"):
        text = text.isoformat()[:10]
    return re.sub(r"[\t\r\n\v\f]+", " ", str(text)).strip()


def cell_lines(lines: list[str]) -> str:
    """The text of a cell printed over several lines (its paragraphs, or lines parted by <br>): short names one a
    line (a list of units: "县教科局" / "县代建中心") joined with 、; a word a narrow column broke ("牵头" / "部门",
    "生" / "态") or wrapped sentences run together."""
    lines = [line for line in lines if line]
    if len(lines) > 1 and all(2 < len(line) <= 25 and not re.search(r"[。;；]$", line) for line in lines):
        return "、".join(lines)
    return "".join(lines)


def rows_text(rows) -> str:
    """Rows of cells as tab-joined lines (trailing empty cells dropped; an all-empty row is a blank line)."""
    out = []
    for row in rows:
        cells = [_cell(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        out.append("\t".join(cells))
    return "\n".join(out)


def _fill_spans(grid: list[list[tuple[str, str]]]) -> list[list[str]]:
    """Resolve ("value", how) cells: how is "" (own), "down" (continues the cell above), "right" (a colspan)."""
    out: list[list[str]] = []
    for r, row in enumerate(grid):
        cells = []
        for c, (value, how) in enumerate(row):
            if how == "down":
                above = out[r - 1][c] if r and c < len(out[r - 1]) else ""
                value = "" if _SERIAL.match(above) else above
            elif how == "right":
                value = ""
            cells.append(value)
        out.append(cells)
    return out
