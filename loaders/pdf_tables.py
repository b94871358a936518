"""Tables of a PDF: cells from ruling lines, and a table running over several pages stitched back into one.

A page's table is a grid of ``(text, how)`` cells, ``how`` being "" (the cell's own text), "down" (covered by
a cell merged from above) or "right" (covered by a cell merged from the left), the grid
``containers._fill_spans`` resolves the way every other container's tables are resolved. Stitching a table
that continues on the next page is a sequence of small steps, each with its own test:

1. ``continues``: the next page's first item is a table with the same columns as this page's last item;
2. ``drop_repeated_header``: its first row repeats the table's header row (Word's "repeat as header row");
3. ``join_split_row``: its first row is the rest of a row the page break cut (序号 cell blank, and the
   task text above stops mid-sentence, or only short cells go on): the cells are joined to the row above;
4. ``carry_over_page``: a blank first-row cell under a merged cell that reached the foot of the page is
   part of that merged cell (a merged 类别 or 牵头单位 cell is printed once, on its first page).

Examples
--------
>>> header = [("序号", ""), ("任务", ""), ("牵头单位", "")]
>>> a = [header, [("1", ""), ("建设中试平", ""), ("市科技局", "")]]
>>> b = [header, [("", ""), ("台。", ""), ("", "")], [("2", ""), ("做事。", ""), ("市教育局", "")]]
>>> [[v for v, _ in row] for row in stitch([a, b])]
[['序号', '任务', '牵头单位'], ['1', '建设中试平台。', '市科技局'], ['2', '做事。', '市教育局']]
"""

from __future__ import annotations

import re

__all__ = ["Grid", "merge_slots", "cell_grid", "cell_text", "continues", "drop_repeated_header", "join_split_row",
           "carry_over_page", "stitch", "number_column"]

Grid = list[list[tuple[str, str]]]

_FULL_STOP = re.compile(r"[。;；!！?？]$")
_ASCII_END = re.compile(r"[A-Za-z0-9]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9]")
_SERIAL = re.compile(r"^\s*\d{1,4}\s*$")


def _edges(values, tolerance: float = 1.5) -> list[float]:
    """Sorted distinct coordinates, those closer than ``tolerance`` taken as one."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _index(edges: list[float], value: float, tolerance: float = 1.5) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value)) if edges else 0


def _upright(ch) -> bool:
    m = ch.get("matrix")
    return m is not None and m[1] == 0 and m[2] == 0 and m[0] > 0 and m[3] > 0


def text_lines(chars) -> list[list[dict]]:
    """Characters grouped into lines (top to bottom), each line's characters left to right.

    Characters of one line share its baseline, whatever their fonts' boxes say: "研发ＡＩ辅助修复工具" set in a
    CJK font whose boxes are twice the type's height and a Latin one whose are not (浙江省委宣传部's plan, from
    its word processor) have tops 12 points apart and one baseline. A text layer gives the baseline (the
    glyph's matrix, counted up from the page's foot); OCR'd and OFD characters have their tops only."""
    chars = list(chars)
    if chars and all(_upright(c) for c in chars):
        def level(c):
            return -c["matrix"][5]
    else:
        def level(c):
            return c["top"]
    lines: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (round(level(c)), c["x0"])):
        if lines and abs(level(lines[-1][0]) - level(ch)) <= max(2.0, ch["size"] * 0.4):
            lines[-1].append(ch)
        else:
            lines.append([ch])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _line_text(line: list[dict]) -> str:
    """A line's text, a space where the gap between two characters is wider than half a character."""
    out = []
    for prev, ch in zip([None, *line], line):
        if prev is not None and ch["x0"] - prev["x1"] > 0.25 * ch["size"] and not out[-1].endswith(" "):
            out.append(" ")
        out.append(ch["text"])
    return "".join(out).strip()


_NO_LINE_START = set("、。，,；;：:）)」』”’》〉】！!？?%…—")
_NO_LINE_END = set("（(「『“‘《〈【")


def _needs(line: list[dict]) -> float:
    """The width a line's first character needs on the line above: with the next character when that one may
    not start a line (、。) or the first may not end one ((“), or the whole word when it is a Latin word."""
    if _ASCII_START.match(line[0]["text"]):
        word = [c for c in line[: next((i for i, c in enumerate(line) if not _ASCII_START.match(c["text"])),
                                      len(line))]]
        return word[-1]["x1"] - word[0]["x0"]
    width = line[0]["x1"] - line[0]["x0"]
    if len(line) > 1 and (line[1]["text"] in _NO_LINE_START or line[0]["text"] in _NO_LINE_END):
        width += line[1]["x1"] - line[1]["x0"]
    return width


def cell_text(lines: list[list[dict]], right: float) -> str:
    """A cell's lines as one string. A line broken because the next line's first character did not fit before
    ``right`` (the cell's text edge) was wrapped: it is joined to the next without a space (``市市场监管``
    + ``局``); lines that end short are separate paragraphs, joined by 、 when all are short (one unit per
    line), as Word cells are.
    """
    pieces: list[str] = []
    wrapped = False
    for i, line in enumerate(lines):
        text = _line_text(line)
        if not text:
            continue
        if pieces and wrapped:
            latin = _ASCII_END.search(pieces[-1]) and _ASCII_START.match(text)
            pieces[-1] += (" " if latin or lines[i - 1][-1]["text"] == " " else "") + text
        else:
            pieces.append(text)
        if i + 1 < len(lines):
            size = max(c["size"] for c in line)
            wrapped = line[-1]["x1"] + _needs(lines[i + 1]) > right - 0.3 * size
    short = all(2 <= len(p) <= 25 and not re.search(r"[。;；,，、]$", p) for p in pieces)
    return ("、" if short and len(pieces) > 1 else "").join(pieces)


def merge_slots(xs, ys, v_drawn, h_drawn) -> list[tuple]:
    """The cells of a ruled grid with column lines at ``xs`` and row lines at ``ys``: neighbouring slots with no
    line drawn between them are one (merged) cell. ``v_drawn(c, r)``: whether the vertical line ``xs[c]`` is
    drawn along row ``r``; ``h_drawn(r, c)``: whether the horizontal line ``ys[r]`` is drawn along column ``c``.

    >>> merge_slots([0, 1, 2], [0, 1, 2], lambda c, r: True, lambda r, c: c == 1)  # column 0 merged down
    [(0, 0, 1, 2), (1, 0, 2, 1), (1, 1, 2, 2)]
    """
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = list(range(rows * cols))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and not v_drawn(c + 1, r):
                parent[find(r * cols + c + 1)] = find(r * cols + c)
            if r + 1 < rows and not h_drawn(r + 1, c):
                parent[find((r + 1) * cols + c)] = find(r * cols + c)
    boxes: dict[int, list] = {}
    for r in range(rows):
        for c in range(cols):
            box = boxes.setdefault(find(r * cols + c), [xs[c], ys[r], xs[c + 1], ys[r + 1]])
            box[0], box[1] = min(box[0], xs[c]), min(box[1], ys[r])
            box[2], box[3] = max(box[2], xs[c + 1]), max(box[3], ys[r + 1])
    return [tuple(b) for b in boxes.values()]


def cell_grid(table, chars) -> Grid:
    """The grid of a pdfplumber table: each cell's text from ``chars`` inside it, merged cells marked."""
    cells = [c for c in table.cells if c[2] - c[0] > 1 and c[3] - c[1] > 1]
    xs = _edges([c[0] for c in cells] + [max(c[2] for c in cells)])
    ys = _edges([c[1] for c in cells] + [max(c[3] for c in cells)])
    ncols, nrows = len(xs) - 1, len(ys) - 1
    grid: Grid = [[("", "right") for _ in range(ncols)] for _ in range(nrows)]
    by_cell: dict[tuple, list[dict]] = {c: [] for c in cells}
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        for c in cells:
            if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]:
                by_cell[c].append(ch)
                break
    lines = {c: text_lines(by_cell[c]) for c in cells}
    # the cells' padding: the least gap between a cell's left border and its text
    pads = [ln[0]["x0"] - c[0] for c in cells for ln in lines[c]]
    pad = max(0.0, min(pads)) if pads else 0.0
    widest: dict[int, float] = {}  # per column, the right end of its longest line
    for c in cells:
        k = _index(xs, c[0])
        widest[k] = max([widest.get(k, 0.0)] + [ln[-1]["x1"] for ln in lines[c]])
    for c in cells:
        r0, r1 = _index(ys, c[1]), _index(ys, c[3])
        c0, c1 = _index(xs, c[0]), _index(xs, c[2])
        if r0 >= nrows or c0 >= ncols:
            continue
        if pad >= 1:  # a ruled cell: its border, less the padding
            right = max([c[2] - pad] + [ln[-1]["x1"] for ln in lines[c]])
        else:  # no border to go by (a table without lines): where the column's longest line ends
            right = widest.get(c0, c[2])
        grid[r0][c0] = (cell_text(lines[c], right), "")
        for r in range(r0, max(r1, r0 + 1)):
            for k in range(c0, max(c1, c0 + 1)):
                if (r, k) != (r0, c0) and r < nrows and k < ncols:
                    grid[r][k] = ("", "down" if k == c0 else "right")
    return grid


def number_column(header: list[tuple[str, str]]) -> int | None:
    """The column of the serial numbers (序号 / 编号), from the header row."""
    for i, (value, _how) in enumerate(header):
        if re.sub(r"\s", "", value) in ("序号", "编号", "序"):
            return i
    return None


# -- stitching, step by step ----------------------------------------------------------------------
def continues(columns_a: list[float], columns_b: list[float], tolerance: float = 3.0) -> bool:
    """Whether a table whose column edges are ``columns_b`` continues one with edges ``columns_a``."""
    return len(columns_a) == len(columns_b) and all(abs(a - b) <= tolerance for a, b in zip(columns_a, columns_b))


def _values(row) -> list[str]:
    return [re.sub(r"\s", "", v) for v, _how in row]


def drop_repeated_header(table: Grid, part: Grid) -> Grid:
    """``part`` without its first row when that row repeats ``table``'s header row."""
    if part and table and _values(part[0]) == _values(table[0]):
        return part[1:]
    return part


def _is_fragment(above: list[tuple[str, str]], row: list[tuple[str, str]], number: int | None,
                 text_column: int) -> bool:
    """Whether ``row`` (the first on a page) is the rest of ``above`` (the last on the page before).

    Its 序号 cell must be blank, under a numbered row or a sub-row. Then it is the rest of the row when the
    text column above stops mid-sentence (no 。；!? at its end) and goes on here, or when the text column is
    blank here while shorter cells go on (a unit name cut after the task ended). A row whose own text starts
    under a finished sentence is a sub-row of a merged 序号 cell, not a fragment.
    """
    if number is None or row[number][0].strip() or not above[number][0].strip() and above[number][1] != "down":
        return False
    if not any(v.strip() for i, (v, _how) in enumerate(row) if i != number):
        return False
    mine, theirs = row[text_column][0].strip(), above[text_column][0].strip()
    if not mine:
        return bool(theirs)
    return bool(theirs) and not _FULL_STOP.search(theirs)


def text_column(table: Grid) -> int:
    """The column with the most text (the task's): where a cut row shows mid-sentence."""
    widths = [sum(len(row[i][0]) for row in table[1:] if i < len(row)) for i in range(len(table[0]))]
    return max(range(len(widths)), key=widths.__getitem__) if widths else 0


def join_split_row(table: Grid, part: Grid, number: int | None) -> Grid:
    """Join the first row of ``part`` to the last row of ``table`` when a page break cut that row in two.

    Changes ``table`` in place; returns ``part`` without the joined row.
    """
    if not part or len(table) < 2 or not _is_fragment(table[-1], part[0], number, text_column(table)):
        return part
    above, rest = table[-1], part[0]
    joined = []
    for (a, how_a), (b, _how_b) in zip(above, rest):
        glue = " " if _ASCII_END.search(a) and _ASCII_START.match(b) else ""
        joined.append((a + glue + b if b.strip() else a, how_a))
    table[-1] = joined
    return part[1:]


def carry_over_page(table: Grid, part: Grid) -> Grid:
    """Blank first-row cells of ``part`` under a merged cell that reached the foot of the previous page."""
    if not part or len(table) < 2:
        return part
    last, first = table[-1], list(part[0])
    for i, (value, how) in enumerate(first):
        if not value.strip() and how == "" and i < len(last) and last[i][1] == "down":
            first[i] = ("", "down")
    return [first, *part[1:]]


def stitch(parts: list[Grid], pages: list[int] | None = None) -> Grid:
    """The page tables of one table (each page's part, in order) as one grid.

    With ``pages`` (the page of each part), returns ``(grid, page of each row)`` instead.
    """
    table: Grid = [list(row) for row in parts[0]]
    where = [pages[0] if pages else 0] * len(table)
    number = number_column(table[0]) if table else None
    for k, part in enumerate(parts[1:], 1):
        part = drop_repeated_header(table, part)
        part = join_split_row(table, part, number)
        part = carry_over_page(table, part)
        table.extend(part)
        where.extend([pages[k] if pages else 0] * len(part))
    return (table, where) if pages is not None else table
