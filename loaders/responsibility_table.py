"""Genre "responsibility table": rows 类别 / 序号 / 任务 / 牵头单位 / 责任单位 / 完成时限, tab-separated.

What PDF extraction does to such a table, handled in general ways:
- the header repeats after every page break (found by its names, not its position);
- the category cell is printed only on a page's first row and where a category starts;
  the same category may be printed with slightly different titles on different pages;
- a row can lose its leading column(s): cells are re-aligned on the 序号 cell;
- an un-numbered row continues the numbered row above it (a merged 序号 cell): the pair
  becomes parts N.1, N.2, and a blank cell in the sub-row is the merged cell of its parent;
- "—" means "none", a blank cell in a numbered row means "not given".

Rows come as tab-separated lines (PDF extraction, and every container: Word, xlsx, CSV, HTML tables),
as pipe-separated lines ("| 1 | 任务 | 市X局 |"), or, from web pages, one cell per line ending in "|"
(a lone "|" ends a row; a row that comes up short had a cell spanning columns: its first text cell is
repeated). A header is found by its names (exact, else by key words: 牵头 → lead, 配合 / 协同 / 协办 /
参与 → assist); a table with a 责任单位 column and no lead column records those units as leads, with a
"no lead marker" note; a 责任领导 / 分管领导 column names officials (people), not units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agencygraph.graph.model import Task, task_key

from .collect import Collector
from .deadlines import normalize_deadline
from .textnorm import chinese_ordinal, clean_text
from .unit_lists import is_none_marker

__all__ = ["GENRE", "COLUMNS", "detect", "parse", "find_columns"]

GENRE = "responsibility_table"

#: Column roles and the header names that announce them.
COLUMNS = {
    "category": ("类别", "领域", "分类", "类型"),
    "number": ("序号", "编号"),
    "task": ("试点任务", "工作任务", "重点任务", "主要任务", "具体措施", "任务", "工作内容", "改革举措"),
    "lead": ("牵头单位", "牵头部门"),
    "assist": ("责任单位", "配合单位", "协办单位", "参与单位", "责任部门", "配合部门"),
    "deadline": ("完成时限", "时间节点", "完成时间", "进度安排", "时限", "时间安排"),
    "people": ("责任领导", "分管领导", "牵头负责领导", "牵头领导", "分管市领导", "责任人"),
}
#: Key words that announce a column role when no header name matches exactly.
KEYWORDS = {
    "number": ("序号",),
    "task": ("任务", "措施", "工作", "事项", "内容", "举措"),
    "lead": ("牵头",),
    "assist": ("配合", "协同", "协办", "参与", "责任主体", "责任单位", "责任部门"),
    "deadline": ("时限", "时间", "节点"),
    "people": ("领导",),
}
_NUMBER = re.compile(r"^\d{1,6}$")  # a 100,000-row spreadsheet numbers its rows past 9999
_CATEGORY = re.compile(r"^([一二三四五六七八九十]+)[、.．]\s*(.+?)\s*(?:[(（]\s*(?:牵头单位|牵头部门)\s*[:：]\s*(.+?)\s*[)）])?$")


def find_columns(cells: list[str]) -> dict[str, int] | None:
    """Map column roles to indexes when ``cells`` is a header row.

    Needs a 序号-like and a task column, and a lead column or an assist column (责任单位 alone: then its
    units are recorded as leads; the returned mapping has ``"lead_less": -1``).
    """
    names = [clean_text(c).replace(" ", "") for c in cells]
    if len(names) < 3 or any(len(n) > 16 for n in names):
        return None
    found: dict[str, int] = {}
    for role, labels in COLUMNS.items():
        for i, name in enumerate(names):
            if i not in found.values() and any(name == label for label in labels):
                found[role] = i
                break
    for role, words in KEYWORDS.items():
        if role in found:
            continue
        for i, name in enumerate(names):
            if i not in found.values() and any(w in name for w in words) and not _other_role(name, role):
                found[role] = i
                break
    if {"number", "task"} <= found.keys() and ("lead" in found or "assist" in found):
        if "lead" not in found:
            found["lead"] = found.pop("assist")
            found["lead_less"] = -1
        return found
    return None


def _other_role(name: str, role: str) -> bool:
    """Does a header name carry a key word of a more specific role (分管领导 is not a task column)?"""
    return any(w in name for other, words in KEYWORDS.items() if other != role and other in ("lead", "people")
               for w in words)


def detect(text: str) -> int:
    """How many header rows of a responsibility table the text holds (0: not this genre)."""
    from types import SimpleNamespace

    lines = text.split("\n")
    return sum(1 for _n, _raw, cells in _table_lines(SimpleNamespace(lines=lines)) if cells and find_columns(cells))


@dataclass
class _Row:
    line: int
    cells: dict[str, str]
    raw: str
    domain: str | None
    subrows: list["_Row"] = field(default_factory=list)


def _align(cells: list[str], columns: dict[str, int], collector: Collector, line: int, raw: str) -> list[str] | None:
    """Re-align a row that lost leading cells, using the 序号 column; None when it cannot be placed."""
    n = columns["number"]
    if not (len(cells) > n and (_NUMBER.match(cells[n].strip()) or not cells[n].strip())):
        for j, cell in enumerate(cells[:n]):
            if _NUMBER.match(cell.strip()):
                shift = n - j
                collector.note(line, "repaired", f"row lost {shift} leading column(s); re-aligned on 序号 "
                               f"{cell.strip()}", raw)
                cells = [""] * shift + cells
                break
        else:
            collector.issue(line, "unparsed_row", "no 序号 cell where one belongs; row skipped", raw)
            return None
    while len(cells) > len(columns) and not cells[-1].strip():
        cells = cells[:-1]
    return cells


_PIPE_CELL = re.compile(r"^[^|]*\|\s*$")  # one cell per line, closed by a pipe
_ROW_END = re.compile(r"^\s*\|{1,2}\s*$")


def _pipe_cells(line: str) -> list[str] | None:
    """Cells of "| a | b | c |" or "a | b | c" (at least three cells), else None."""
    if line.count("|") < 2 or _PIPE_CELL.match(line):
        return None
    cells = line.split("|")
    if not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [c.strip() for c in cells] if len(cells) >= 3 else None


def _cell_per_line(lines: list[str], start: int):
    """Read a run of "cell |" lines from ``start``: (header cells, rows [(line, cells)], next index) or None."""
    header: list[str] = []
    i = start
    while i < len(lines) and _PIPE_CELL.match(lines[i]) and not _ROW_END.match(lines[i]):
        cell = lines[i].rsplit("|", 1)[0].strip()
        if header and _NUMBER.match(cell):
            break
        header.append(cell)
        i += 1
    columns = find_columns(header)
    if columns is None:
        return None
    width = len(header)
    rows: list[tuple[int, list[str]]] = []
    row: list[str] = []
    row_line = i + 1
    expected = None
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if _ROW_END.match(line):
            if line.strip() == "||":
                row.append("")
            if row:
                rows.append((row_line, row, True))
            row = []
            i += 1
            continue
        if not _PIPE_CELL.match(line):
            break
        cell = line.rsplit("|", 1)[0].strip()
        starts_row = _NUMBER.match(cell) and (expected is None or int(cell) == expected) and len(row) >= 2
        if row and (len(row) >= width or starts_row):
            rows.append((row_line, row, True))
            row = []
        if not row:
            row_line = i + 1
            if _NUMBER.match(cell):
                expected = int(cell) + 1
        row.append(cell)
        i += 1
    if row:
        rows.append((row_line, row, False))  # not closed: the table was cut off inside this row
    # Rows closed short by the same count had a cell spanning columns (its first text cell is repeated);
    # a row left open at the end was cut off, and lacks its last cells too.
    shortfalls = [width - len(cells) for _l, cells, closed in rows if closed and len(cells) < width]
    span = max(set(shortfalls), key=shortfalls.count) if shortfalls else 0
    out = []
    for line_no, cells, closed in rows:
        k = (width - len(cells)) if closed else min(span, width - len(cells))
        if k > 0 and len(cells) >= 2:
            cells = cells[:2] + [cells[1]] * k + cells[2:]
        out.append((line_no, cells))
    return header, out, i


def _table_lines(source):
    """(line, raw, cells) for every line: cells split by tabs or pipes, None for prose; cell-per-line tables joined."""
    lines = source.lines
    i = 0
    while i < len(lines):
        raw = lines[i]
        if "\t" in raw:
            yield i + 1, raw, raw.split("\t")
        elif _PIPE_CELL.match(raw) and not _ROW_END.match(raw) and (found := _cell_per_line(lines, i)):
            header, rows, end = found
            yield i + 1, " | ".join(header), header
            for line_no, cells in rows:
                yield line_no, " | ".join(cells), cells
            i = end
            continue
        else:
            yield i + 1, raw, _pipe_cells(raw)
        i += 1


def _rows(source, collector: Collector) -> list[_Row]:
    """Pass 1: every data row with its cells by role, and the domain it falls in."""
    rows: list[_Row] = []
    columns = None
    domain = None
    for lineno, raw, cells in _table_lines(source):
        if not raw.strip():
            continue
        if cells is None:
            columns = None  # a line of prose ends the table
            continue
        header = find_columns(cells)
        if header:
            columns = header
            collector.claim(lineno)
            if "lead_less" in columns:
                collector.note(lineno, "no_lead_marker", "table has a 责任单位 column and no 牵头 column: its units "
                               "are recorded as leads", raw)
            continue
        if columns is None:
            continue
        collector.claim(lineno)
        roles = {role: i for role, i in columns.items() if i >= 0}
        cells = _align(cells, roles, collector, lineno, raw)
        if cells is None:
            continue
        if len(cells) > len(roles) and len(cells) > max(roles.values()) + 1:
            collector.issue(lineno, "unparsed_row", f"{len(cells)} cells where the header has {len(roles)}; "
                            "extra cells ignored", raw)
        by_role = {role: (cells[i].strip() if i < len(cells) else None) for role, i in roles.items()}
        if by_role.get("people"):
            collector.people(by_role["people"], lineno, raw)
        category = by_role.get("category")
        if category:
            domain = _category(category, lineno, collector) or domain
        rows.append(_Row(lineno, by_role, raw, domain))
    return rows


def _category(cell: str, line: int, collector: Collector) -> str | None:
    text = clean_text(cell).replace(" ", "")
    m = _CATEGORY.match(text)
    if not m or chinese_ordinal(m[1]) is None:
        collector.issue(line, "unparsed_row", "category cell without an ordinal (一、…)", cell)
        return None
    dom = collector.domain(str(chinese_ordinal(m[1])), m[2], line)
    if m[3]:
        items = collector.listed_units(m[3], line)
        collector.assign("lead", items, dom.key, "Domain", None, line, cell, quiet=True)
    return dom.key


def _group(rows: list[_Row], collector: Collector) -> list[_Row]:
    """Pass 2: attach un-numbered rows to the numbered row above them."""
    numbered: list[_Row] = []
    for row in rows:
        if row.cells.get("number"):
            numbered.append(row)
        elif numbered:
            numbered[-1].subrows.append(row)
        else:
            collector.issue(row.line, "unparsed_row", "un-numbered row before any numbered row", row.raw)
    return numbered


def _assign(collector: Collector, row: _Row, parent: _Row | None, key: str, number: str) -> None:
    for role in ("lead", "assist"):
        cell = row.cells.get(role)
        inherited = False
        if cell is None or (cell == "" and parent is None):
            if role == "lead":
                collector.issue(row.line, "unparsed_row", f"row {number} has no 牵头单位 cell (row cut off?)", row.raw)
            continue
        if cell == "" and parent is not None:
            cell, inherited = parent.cells.get(role) or "", True
            if cell:
                collector.note(row.line, "inherited", f"{role} cell of {number} is merged with row {parent.cells['number']}",
                               cell)
        if is_none_marker(cell):
            continue
        items = collector.listed_units(cell, row.line)
        collector.assign(role, items, key, "Task", number, row.line, cell, inherited=inherited)


def _task(collector: Collector, row: _Row, merged: _Row | None, number: str, **extra) -> Task:
    """A task from a row; a blank deadline in a sub-row is the merged cell of its numbered row ``merged``."""
    deadline_text = row.cells.get("deadline") or (merged.cells.get("deadline") if merged else None) or None
    text = clean_text(row.cells.get("task") or "")
    if not text:
        collector.issue(row.line, "unparsed_row", f"row {number} has no task text", row.raw)
    return collector.task(Task(task_key(collector.doc, number), collector.doc, number, row.domain, text, row.line,
                               deadline=normalize_deadline(deadline_text, collector.year), deadline_text=deadline_text, **extra))


def parse(source, collector: Collector) -> None:
    """Read every responsibility table in the text into domains, tasks and assignments."""
    seen: set[str] = set()
    pending = _group(_rows(source, collector), collector)
    pending.reverse()  # popped in order, so a row's cells are freed once its records are made
    count = len(pending)
    while pending:
        collector.advance(count - len(pending), count)
        row = pending.pop()
        number = row.cells["number"]
        if number in seen:
            collector.issue(row.line, "numbering", f"row number {number} appears twice; later row kept as {number}b",
                            row.raw)
            number += "b"
        seen.add(number)
        if not row.subrows:
            task = _task(collector, row, None, number)
            _assign(collector, row, None, task.key, number)
            continue
        whole = clean_text("".join(r.cells.get("task") or "" for r in [row, *row.subrows]))
        parent_task = _task(collector, row, None, number, has_parts=True)
        parent_task.text = whole
        for i, part in enumerate([row, *row.subrows], 1):
            part_number = f"{number}.{i}"
            task = _task(collector, part, row if part is not row else None, part_number, parent=number)
            _assign(collector, part, row if part is not row else None, task.key, part_number)
