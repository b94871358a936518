"""Web tables printed one cell at a time with "|" marks between the cells, rebuilt into rows.

A page saved from HTML often prints a table cell by cell, a cell's own line breaks kept. Two layouts are read
here (the "cell |" layout, a pipe closing each cell's line, is read by ``tables`` itself):

- **"| cell" lines**: a pipe opens each cell after the first, and a lone "|" closes the row::

      牵头单位
      | 目 标 任 务
      | 责 任 单 位
      |

- **pipes on lines of their own**: each "|" closes a cell, a line of several pipes closes as many empty cells
  (the page pads a row whose merged cells were printed once), and a row is as wide as the header::

      序号
      |
      项目
      |
      ...
      2.一般公共预算收入同口径增长6%以上。
      |
      ★区财政局、税务局
      |
      |||

A cell printed over several lines is joined: a narrow column's wrapped pieces ("市政" / "府办" / "公厅") with
nothing between them, complete names (one unit or official a line) with 、. Trailing empty cells are dropped,
so a row shorter than the header is one whose merged cells were printed once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .vocabulary import Vocabulary

__all__ = ["rebuild"]

_PIPES_ONLY = re.compile(r"^\s*\|+\s*$")
_OPENS = re.compile(r"^\s*\|\s*([^\s|].*)$")
_INNER_PIPE = re.compile(r"[^\s|]\s*\|\s*[^\s|]")
_CLOSES = re.compile(r"[^\s|]\s*\|\s*$")
_GAP = 8  # lines of one cell between two pipe marks
_NUMBER_NAMES = {"序号", "序號", "编号", "編號"}
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])\s*\S")
_MAX_WIDTH = 12
# a table's caption on the line before its header, no header cell: "附件:…目标任务分解表", "附表2", "…一览表"
_CAPTION = re.compile(r"^(?:附件|附表)|表\s*$")


def _regions(lines: list[str]):
    """(first, last) line indices of each run of lines held together by pipe marks."""
    marks = [i for i, line in enumerate(lines) if _PIPES_ONLY.match(line) or _OPENS.match(line)]
    start = prev = None
    for i in marks:
        if start is not None and i - prev > _GAP:
            yield start, prev
            start = None
        if start is None:
            start = i
        prev = i
    if start is not None:
        yield start, prev


def _name(text: str, vocab: Vocabulary) -> bool:
    compact = re.sub(r"\s+", "", text)
    return len(compact) >= 3 and (vocab.is_unit_name(compact) or vocab.is_group(compact) or vocab.is_person(text))


def _join(pieces: list[str], vocab: Vocabulary) -> str:
    text = ""
    for piece in pieces:
        if text and _name(text.split("、")[-1], vocab) and _name(piece, vocab):
            text += "、" + piece
        else:
            text += piece
    return text


def rebuild(lines: list[str], vocab: Vocabulary,
            is_header: Callable[[list[str]], bool]) -> dict[int, tuple[list[str], int]]:
    """Rows of every pipe-marked table in ``lines``: first line index -> (cells, index after the row's last line)."""
    rows: dict[int, tuple[list[str], int]] = {}
    for first, last in _regions(lines):
        region = range(first, last + 1)
        if any(not _PIPES_ONLY.match(lines[i]) and (_INNER_PIPE.search(lines[i]) or _CLOSES.search(lines[i]))
               for i in region):
            continue  # "a | b | c" rows and "cell |" lines are read by the table reader itself
        before = lines[first - 1].strip() if first else ""
        captioned = bool(before) and _CAPTION.search(before) is not None  # (the table's caption: its first header
        # cell was printed blank; "附件:桂林创新计划(2011-2015年)目标任务分解表" / "| 目标" / "| 任务内容" …)
        start = first - 1 if before and "|" not in before and not captioned else first
        opens = any(_OPENS.match(lines[i]) for i in region)
        rows.update(_opening(lines, start, last, vocab, captioned) if opens else
                    _closing(lines, start, last, vocab, is_header))
    return rows


def _opening(lines, start, last, vocab, blank_first: bool = False):
    """"| cell" layout: a lone pipe ends the row. ``blank_first``: the first row opens with a pipe, its first cell
    printed blank (a caption, not a cell, on the line before it)."""
    rows, cells, pieces, row_start = {}, [], [], None
    for i in range(start, last + 1):
        text = lines[i].strip()
        if not text:
            continue
        if row_start is None:
            row_start = i
            if blank_first and not rows and _OPENS.match(text):
                pieces = [""]
        if _PIPES_ONLY.match(text):
            if pieces:
                cells.append(_join(pieces, vocab))
            if cells:
                rows[row_start] = (cells, i + 1)
            cells, pieces, row_start = [], [], None
            continue
        if m := _OPENS.match(text):
            if pieces or cells:
                cells.append(_join(pieces, vocab))
            pieces = [m.group(1).strip()]
            continue
        pieces.append(text)
    return rows


def _closing(lines, start, last, vocab, is_header):
    """Pipes on their own lines: each pipe closes a cell; a row is as wide as the header."""
    flat: list[tuple[str, int, int]] = []  # (cell, first line, pipes on the closing line)
    pieces, cell_start = [], None
    for i in range(start, last + 1):
        text = lines[i].strip()
        if not text:
            continue
        if _PIPES_ONLY.match(text):
            for k in range(text.count("|")):
                flat.append((_join(pieces, vocab) if k == 0 else "", cell_start if k == 0 and cell_start is not None
                             else i, text.count("|")))
                pieces, cell_start = [], None
            continue
        if cell_start is None:
            cell_start = i
        pieces.append(text)
    names = [cell for cell, _line, _pipes in flat[:_MAX_WIDTH]]
    numbers = [k for k, name in enumerate(names) if re.fullmatch(r"\d{1,4}", name.strip())]
    if numbers:
        names = names[: numbers[0]]  # the header ends before the first row's 序号 ("1")
    width = next((k for k in range(min(len(names), _MAX_WIDTH), 2, -1) if names[k - 1].strip() and is_header(names[:k])),
                 0)  # a header ends at a named cell: the empty cell after it opens the next row
    if not width:
        return {}
    if (numbered := _by_numbers(flat, is_header)) is not None:
        return numbered
    rows, cells, row_start = {}, [], None
    numbered = re.sub(r"\s+", "", names[0]) in _NUMBER_NAMES
    for n, (cell, line, pipes) in enumerate(flat):
        if numbered and n >= width and not cells and _HEADING.match(cell) and pipes == 1:
            rows[line] = ([cell], line + 1)  # "一、围绕重点领域抓好主动公开" / "|" over rows "1" / "|" / …: a heading
            continue  # printed across a numbered table, one cell of its own (an 自然资源局's 政务公开 task list, b404)
        if row_start is None:
            row_start = line
        cells.append(cell)
        closing_run = pipes > 1 and (n + 1 == len(flat) or flat[n + 1][2] != pipes or flat[n + 1][1] != line)
        if len(cells) >= width or closing_run:
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows[row_start] = (cells, line + 1)
            cells, row_start = [], None
    while cells and not cells[-1]:
        cells.pop()
    if cells:  # the last row, cut off before its closing pipes
        rows[row_start] = (cells, flat[-1][1] + 1)
    return rows


def _by_numbers(flat: list[tuple[str, int, int]], is_header) -> dict[int, tuple[list[str], int]] | None:
    """Rows anchored on a 序号 the header does not name (its header cell spans a category column and the number
    column: "工作任务" over "强化…公开 | 1"): the numbers run 1, 2, 3 …, and each row is its number and the cells
    after it, as many as the fewest any row has. A cell before a number (the category, printed once over the rows
    it spans) is no row's: the table reader meets it as a line of its own. None when the cells are not so
    numbered."""
    at = [k for k, (cell, _l, _p) in enumerate(flat) if re.fullmatch(r"\d{1,4}", cell.strip())]
    if len(at) < 3 or any(int(flat[b][0]) != int(flat[a][0]) + 1 for a, b in zip(at, at[1:])):
        return None
    before = [cell.strip() for cell, _l, _p in flat[: at[0]]]
    width = next((k for k in range(len(before), 1, -1) if all(0 < len(c) <= 8 for c in before[:k]) and
                  is_header(before[:k])), 0)
    if not width or "序号" in before[:width] or len(before) - width > 2:
        return None
    span = min(b - a for a, b in zip(at, at[1:]))
    if span < 3 or span > width:
        return None
    rows: dict[int, tuple[list[str], int]] = {flat[0][1]: (before[:width], flat[width - 1][1] + 1)}
    for k in at:
        part = flat[k: k + span]
        cells = [cell for cell, _l, _p in part]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows[part[0][1]] = (cells, part[-1][1] + 1)
    return rows
