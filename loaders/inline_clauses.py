"""Genre "inline clauses": numbered items under (一)…(五) ending in "(牵头单位:…;协办单位:…)".

An item may carry several clauses; each covers the text between the previous clause and itself
(item 3.6 of 武政〔2018〕50号 becomes 3.6.1 and 3.6.2). Lines broken by a PDF page break are joined
while the item is unfinished (no sentence end yet, or a bracket still open).
"""

from __future__ import annotations

import re

from graph.model import Task, task_key

from .collect import Collector
from .deadlines import normalize_deadline
from .joined import Joined
from .textnorm import CLOSE_BRACKETS, OPEN_BRACKETS, chinese_ordinal, clean_text, matching_close

__all__ = ["GENRE", "CLAUSE_LABELS", "detect", "parse"]

GENRE = "inline_clauses"

LEAD_LABELS = ("牵头单位", "牵头部门", "主办单位", "主责单位")
ASSIST_LABELS = ("协办单位", "配合单位", "参与单位", "协助单位", "配合部门", "协办部门")
RESPONSIBLE_LABELS = ("责任单位", "责任部门")
CLAUSE_LABELS = LEAD_LABELS + ASSIST_LABELS + RESPONSIBLE_LABELS

_LABEL = re.compile(r"(%s)\s*[:：]" % "|".join(CLAUSE_LABELS))
_CLAUSE_OPEN = re.compile(r"[(（]\s*(?=(%s)\s*[:：])" % "|".join(CLAUSE_LABELS))
_CHAPTER = re.compile(r"^([一二三四五六七八九十]+)、\s*(.*)$")
_SECTION = re.compile(r"^[(（]([一二三四五六七八九十]+)[)）]\s*(.*)$")
_ITEM = re.compile(r"^(\d{1,3})\s*[.．、]\s*(?!\d)(.*)$")
_ITEM_RAW = re.compile(r"^[0-9０-９]{1,3}\s*[.．、]\s*")
_STOP = re.compile(r"^(附件|抄送|附表|附录)")
_SENTENCE_END = "。;；!！?？"
_DEADLINE_LABEL = re.compile(r"(完成时限|完成时间|时间节点)\s*[:：]\s*([^;；)）]+)")


def detect(text: str) -> int:
    """How many inline responsibility clauses the text holds outside table rows (0: not this genre)."""
    return sum(len(_CLAUSE_OPEN.findall(line)) for line in text.split("\n") if "\t" not in line)


def _open_depth(text: str) -> int:
    depth = 0
    for ch in text:
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
    return depth


def _unfinished(text: str) -> bool:
    """Does an item's text so far stop mid-sentence or inside a bracket (a page break cut it)?"""
    stripped = text.rstrip()
    if not stripped:
        return True
    if _open_depth(stripped) > 0:
        return True
    return stripped[-1] not in _SENTENCE_END and stripped[-1] not in CLOSE_BRACKETS


class _Item:
    def __init__(self, number: int, section: int | None, first: str, line: int):
        self.number = number
        self.section = section
        self.joined = Joined()
        self.joined.add(first, line)


def _scan(source, collector: Collector):
    """The numbered items with their joined text, and the section titles by ordinal."""
    sections: dict[int, tuple[str, int]] = {}
    items: list[_Item] = []
    section, item, last_number = None, None, 0

    def close():
        nonlocal item
        if item:
            items.append(item)
        item = None

    for lineno, raw in enumerate(source.lines, 1):
        line = raw.strip()
        if not line:
            continue  # blank lines come from page breaks; they end nothing
        text = clean_text(line)
        m_item = _ITEM.match(text)
        m_section = _SECTION.match(text)
        continuing = item is not None and _unfinished(item.joined.text)
        if m_item and (int(m_item[1]) in (1, last_number + 1) or not continuing):
            close()
            number = int(m_item[1])
            if number not in (1, last_number + 1):
                collector.issue(lineno, "numbering", f"item {number} follows item {last_number}", text)
            item = _Item(number, section, _ITEM_RAW.sub("", line, count=1), lineno)
            last_number = number
        elif m_section or _CHAPTER.match(text) or _STOP.match(text):
            close()
            if m_section and "。" not in m_section[2] and len(m_section[2]) <= 40:
                section = chinese_ordinal(m_section[1])
                sections[section] = (m_section[2].strip(), lineno)
                last_number = 0
            elif not m_section:
                section, last_number = None, 0
        elif continuing:
            item.joined.add(line, lineno)
        else:
            close()
    close()
    return items, sections


def _clauses(text: str):
    """(start, end, inner, closed) for each responsibility clause in ``text``; ``end`` is exclusive."""
    out, pos = [], 0
    while m := _CLAUSE_OPEN.search(text, pos):
        close = matching_close(text, m.start())
        if close is None:
            out.append((m.start(), len(text), text[m.start() + 1 :], False))
            break
        out.append((m.start(), close + 1, text[m.start() + 1 : close], True))
        pos = close + 1
    return out


def _role(label: str, has_lead: bool) -> str:
    if label in LEAD_LABELS:
        return "lead"
    if label in RESPONSIBLE_LABELS and not has_lead:
        return "lead"
    return "assist"


def _parse_clause(collector: Collector, joined: Joined, start: int, inner: str, target: str, number: str) -> int:
    """Assign the units of one clause to ``target``; returns the number of edges added."""
    offset = start + 1
    labels = list(_LABEL.finditer(inner))
    clause_line = joined.line_at(start)
    raw_clause = "(" + inner + ")"
    head = inner[: labels[0].start()].strip(" ;；,，") if labels else inner
    if head:
        collector.issue(clause_line, "unparsed_clause", "text before the first label of a clause", head)
    has_lead = any(m[1] in LEAD_LABELS for m in labels)
    if not has_lead and any(m[1] in RESPONSIBLE_LABELS for m in labels):
        collector.note(clause_line, "no_lead_marker", "only 责任单位 given: recorded as leads", raw_clause)
    added = 0
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(inner)
        content = inner[m.end() : end]
        if deadline := _DEADLINE_LABEL.search(content):
            content = content[: deadline.start()]  # "(牵头单位:X;完成时限:2024年底)": the deadline is not a unit
        content = content.strip().rstrip(";；")
        line = joined.line_at(offset + m.start())
        if not content.strip(" ,，、;；"):
            collector.issue(line, "unparsed_clause", f"{m[1]} names no unit", raw_clause)
            continue
        items = collector.listed_units(content, line)
        added += collector.assign(_role(m[1], has_lead), items, target, "Task", number, line, raw_clause)
    return added


def parse(source, collector: Collector) -> None:
    """Read every numbered item with responsibility clauses into domains, tasks and assignments."""
    items, sections = _scan(source, collector)
    for item in items:
        text = item.joined.text
        clauses = _clauses(text)
        if not clauses:
            continue  # a numbered paragraph without clauses is not a task of this genre
        collector.claim(*item.joined.lines)
        domain = None
        prefix = ""
        if item.section is not None:
            title, line = sections[item.section]
            domain = collector.domain(str(item.section), clean_text(title), line).key
            prefix = f"{item.section}."
        number = f"{prefix}{item.number}"
        pieces, starts, cursor = [], [], 0
        for start, end, inner, closed in clauses:
            pieces.append(text[cursor:start])
            starts.append(cursor)
            if not closed:
                collector.issue(item.joined.line_at(start), "unclosed_bracket",
                                "clause has no closing bracket; read to the end of the item", text[start:])
            cursor = end
        tail = clean_text(text[cursor:])
        if tail.strip("。;；.,， "):
            collector.issue(item.joined.line_at(cursor), "text_after_clause",
                            "text after the last clause is covered by no clause; added to the last part", tail)
            pieces[-1] += text[cursor:]
        deadline_text = None
        for _s, _e, inner, _c in clauses:
            if m := _DEADLINE_LABEL.search(inner):
                deadline_text = m[2].strip()
        full = clean_text("".join(pieces))
        title = re.split(r"[。;；]", full, maxsplit=1)[0] if "。" in full[:40] else None
        parent = Task(task_key(collector.doc, number), collector.doc, number, domain, full,
                      item.joined.first_line, title=title, deadline=normalize_deadline(deadline_text),
                      deadline_text=deadline_text, has_parts=len(clauses) > 1)
        collector.task(parent)
        if len(clauses) == 1:
            _parse_clause(collector, item.joined, clauses[0][0], clauses[0][2], parent.key, number)
            continue
        for i, ((start, _end, inner, _closed), piece, piece_start) in enumerate(zip(clauses, pieces, starts), 1):
            part_number = f"{number}.{i}"
            part = Task(task_key(collector.doc, part_number), collector.doc, part_number, domain,
                        clean_text(piece), item.joined.line_at(piece_start),
                        deadline=parent.deadline, deadline_text=deadline_text, parent=number)
            collector.task(part)
            _parse_clause(collector, item.joined, start, inner, part.key, part_number)
