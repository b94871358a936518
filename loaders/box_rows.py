"""Tables drawn with box characters, rebuilt into rows.

A Word table that a mirror site saved as text keeps its grid as box-drawing characters, a cell's text wrapped at
the column's width over as many lines as it needs::

    ┌──────────────┬───┬────────┐
    │ 工 作 任 务  │分管领│牵头组织实施单位│
    │              │ 导 │        │
    ├──────────────┼───┼────────┤
    │抓好财税金融工作│梁某某│各县(市、区)政│
    ├──────────────┤   │府,市财政局、国│
    │△进一步调整…   │   │家税务局…       │
    │方面的投入      │   ├────────┤
    │△加强财政监督…  │   │各县(市、区)政│

A rule (─) across a column closes that column's cell; a column with text where others have a rule goes on (a
cell merged over several rows). Every rule line ends a row, so a row is as fine as the finest column; a merged
cell's text is given to the first row it stands in and the rows under it leave that cell empty (read as merged
with the row above, as a Word table's merged cells are). A task cell holding several bulleted items ("△…" /
"△…") is one row an item. A cell's wrapped pieces are run together; names that each stop short of the column's
width (one unit a line) are joined with 、.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .vocabulary import Vocabulary

__all__ = ["rebuild"]

_SEPARATORS = "│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝╞╡╪╟╢╫╤╧╥╨"
_SPLIT = re.compile(f"[{_SEPARATORS}]")
_BOX_LINE = re.compile(r"^\s*[┌├│└┏┣┃┗╔╠║╚╞╟]")
_RULE = re.compile(r"^\s*[─━═╌╍┄┅┈┉]+\s*$")  # (not "-": an empty cell may print one)
_BULLET = re.compile(r"^\s*[△▲●◆■□○◇·•★☆]")


def rebuild(lines: list[str], vocab: Vocabulary,
            is_header: Callable[[list[str]], bool]) -> dict[int, tuple[list[str], int]]:
    """Rows of every box-drawn table in ``lines``: first line index -> (cells, index after the row's last line)."""
    rows: dict[int, tuple[list[str], int]] = {}
    i, n = 0, len(lines)
    while i < n:
        if not _BOX_LINE.match(lines[i]):
            i += 1
            continue
        j = i
        while j < n and _BOX_LINE.match(lines[j]):
            j += 1
        if j - i >= 3 and any(_RULE.match(s) for s in _segments(lines[i]) + _segments(lines[j - 1])):
            rows.update(_table(lines, i, j, vocab))
        i = j
    return rows


def _segments(line: str) -> list[str]:
    """The text between a line's box characters (a line the copy cut short keeps its last, unclosed piece)."""
    parts = _SPLIT.split(line.rstrip())
    parts = parts[1:]  # (before the first mark: the indent)
    if parts and not parts[-1].strip():
        parts.pop()  # (after the last mark)
    return parts


def _table(lines: list[str], first: int, end: int, vocab: Vocabulary) -> dict[int, tuple[list[str], int]]:
    width = max(len(_segments(lines[k])) for k in range(first, end))
    open_cell: list[dict | None] = [None] * width  # column -> the cell being read in it
    cells: list[dict] = []  # {"row": where it opened, "column", "pieces": its lines' text, "lines": their indices}
    row_lines: list[tuple[int, int]] = []  # each row's first line and the line after its closing rule
    row_start = first
    for k in range(first, end):
        segments = _segments(lines[k])
        rules = [bool(_RULE.match(s)) for s in segments]
        if len(segments) != width and any(rules):
            rules, segments = [True] * width, [""] * width  # a rule that merges columns: it closes them all
        segments += [""] * (width - len(segments))
        rules += [False] * (width - len(rules))
        texts = [(column, segment) for column, (segment, rule) in enumerate(zip(segments, rules))
                 if not rule and segment.strip()]  # (a merged cell's text beside another column's rule goes on)
        for column, segment in texts:
            if open_cell[column] is None:
                open_cell[column] = {"row": len(row_lines), "column": column, "pieces": [], "lines": []}
                cells.append(open_cell[column])
            open_cell[column]["pieces"].append(segment)
            open_cell[column]["lines"].append(k)
        if any(rules):
            if k > row_start or texts:
                row_lines.append((row_start, k + 1))
            row_start = k + 1
            for column, rule in enumerate(rules):
                if rule:
                    open_cell[column] = None
    if row_start < end:
        row_lines.append((row_start, end))
    grid: list[list[str]] = [[""] * width for _ in row_lines]
    opened: list[list[dict]] = [[] for _ in row_lines]  # row -> the cells that open in it
    for cell in cells:
        grid[cell["row"]][cell["column"]] = _join(cell["pieces"], vocab)
        opened[cell["row"]].append(cell)
    out: dict[int, list[str]] = {}
    for r, ((start, _stop), row) in enumerate(zip(row_lines, grid)):
        if any(c.strip() for c in row):
            for line, part in _bulleted(opened[r], row, start, vocab).items():
                held = out.setdefault(line, [""] * width)  # (a bulleted item of a tall cell above may stand on
                for column, text in enumerate(part):       # the line where another column's next cell opens)
                    held[column] = text or held[column]
    keys = sorted(out)
    if keys:
        out[first] = out.pop(keys[0])  # (the top border is the first row's)
        keys[0] = first
    return {k: (out[k], after if after is not None else end) for k, after in zip(keys, [*keys[1:], None])}


def _bulleted(own: list[dict], row: list[str], start: int, vocab: Vocabulary) -> dict[int, list[str]]:
    """The row, or one row a bulleted item of its longest cell ("△…" / "△…"; the items after the first leave the
    other cells empty: merged with the first's)."""
    longest = max(own, key=lambda c: sum(len(p) for p in c["pieces"]), default=None)
    starts = [k for k, piece in enumerate(longest["pieces"]) if _BULLET.match(piece)] if longest else []
    if len(starts) < 2:
        return {start: row}
    if starts[0]:
        starts.insert(0, 0)  # (the text before the first bullet goes with the first item)
    out = {}
    for n, (a, b) in enumerate(zip(starts, [*starts[1:], len(longest["pieces"])])):
        part = list(row) if n == 0 else [""] * len(row)
        part[longest["column"]] = _join(longest["pieces"][a:b], vocab)
        out[start if n == 0 else longest["lines"][a]] = part
    return out


def _join(pieces: list[str], vocab: Vocabulary) -> str:
    """A cell's pieces, one a line: run together (the column wrapped them), but names that each stop short of the
    column's width (a unit a line, padded with spaces) are a list."""
    text, padded = "", False
    for raw in pieces:
        piece = raw.strip()
        if text and padded and _short(raw) and _name(text.split("、")[-1], vocab) and _name(piece, vocab):
            text += "、" + piece
        else:
            text += piece
        padded = _short(raw)
    return text


def _short(raw: str) -> bool:
    """Does a line's piece stop two spaces or more short of its column's width?"""
    return len(raw) - len(raw.rstrip(" \u3000")) >= 2


def _name(text: str, vocab: Vocabulary) -> bool:
    return 2 < len(text) <= 25 and (vocab.is_unit_name(text) or vocab.is_group(text))
