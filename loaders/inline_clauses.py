"""Genre "inline clauses": numbered items under (一)…(五) ending in "(牵头单位:…;协办单位:…)".

An item may carry several clauses; each covers the text between the previous clause and itself
(item 3.6 of 武政〔2018〕50号 becomes 3.6.1 and 3.6.2). Lines broken by a PDF page break are joined
while the item is unfinished (no sentence end yet, or a bracket still open).

The same item reader serves the "verb clauses" genre (``loaders/verb_clauses.py``): an item's clause may
be labelled ("(牵头单位:…)"), written with verbs ("(市教育局牵头,市财政局配合)"), in any bracket
((), （）, 〔〕, 【】) or after a dash ("——牵头单位:…"). Items directly under chapters (一、…) without
sections take the chapter as their domain; when their numbers restart in every chapter they are
numbered chapter.item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agencygraph.graph.model import Task, task_key

from .collect import Collector
from .deadlines import normalize_deadline
from .joined import Joined
from .textnorm import CLOSE_BRACKETS, OPEN_BRACKETS, chinese_ordinal, clean_text, matching_close
from .verb_clauses import is_verb_clause, split_clause

__all__ = ["GENRE", "CLAUSE_LABELS", "PERSON_LABELS", "detect", "parse"]

GENRE = "inline_clauses"

LEAD_LABELS = ("牵头责任单位", "牵头单位", "牵头部门", "主办单位", "主责单位", "主责部门")
ASSIST_LABELS = ("协同责任单位", "协办单位", "配合单位", "参与单位", "协助单位", "配合部门", "协办部门", "参与部门")
RESPONSIBLE_LABELS = ("责任单位", "责任部门", "实施单位", "落实单位")
PERSON_LABELS = ("牵头负责领导", "责任领导", "分管领导", "牵头领导", "责任人")
CLAUSE_LABELS = LEAD_LABELS + ASSIST_LABELS + RESPONSIBLE_LABELS

_ALL_LABELS = sorted(CLAUSE_LABELS + PERSON_LABELS, key=len, reverse=True)
_LABEL = re.compile(r"(%s)\s*[:：]" % "|".join(_ALL_LABELS))
_CLAUSE_OPEN = re.compile(r"[(（〔【]\s*(?=(%s)\s*[:：])" % "|".join(sorted(CLAUSE_LABELS, key=len, reverse=True)))
_LABEL_START = re.compile(r"^\s*(%s)\s*[:：]" % "|".join(sorted(CLAUSE_LABELS, key=len, reverse=True)))
_DASH = re.compile(r"—{1,2}|--")
_DASH_LABEL = re.compile(r"(?:—{1,2}|--)\s*(?=(%s)\s*[:：])" % "|".join(sorted(CLAUSE_LABELS, key=len, reverse=True)))
_CHAPTER = re.compile(r"^([一二三四五六七八九十]+)、\s*(.*)$")
_SECTION = re.compile(r"^[(（]([一二三四五六七八九十]+)[)）]\s*(.*)$")
_ITEM = re.compile(r"^(\d{1,3})\s*[.．、]\s*(?!\d)(.*)$")
_ITEM_RAW = re.compile(r"^[0-9０-９]{1,3}\s*[.．、]\s*")
_STOP = re.compile(r"^(附件|抄送|附表|附录)")
_SENTENCE_END = "。;；!！?？"
_DEADLINE_LABEL = re.compile(r"(完成时限|完成时间|时间节点|时间要求)\s*[:：]\s*([^;；)）]+)")


@dataclass
class _Clause:
    start: int  # offset of the opening bracket or dash in the item text
    end: int  # exclusive
    inner: str
    inner_start: int  # offset of ``inner`` in the item text
    closed: bool
    kind: str  # "label" | "verb"


def detect(text: str) -> int:
    """How many inline responsibility clauses the text holds outside table rows (0: not this genre)."""
    return sum(len(_CLAUSE_OPEN.findall(line)) + len(_DASH_LABEL.findall(line))
               for line in text.split("\n") if "\t" not in line)


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
    def __init__(self, number: int, section: int | None, chapter: int | None, first: str, line: int):
        self.number = number
        self.section = section
        self.chapter = chapter
        self.joined = Joined()
        self.joined.add(first, line)


def _section_title(title: str) -> str | None:
    """The title of a section line "(一)title" (a trailing 。 dropped); None for a paragraph, not a heading."""
    title = title.strip()
    bare = title[:-1] if title.endswith("。") else title
    if not bare or "。" in bare or len(bare) > 40:
        return None
    return bare


def _scan(source, collector: Collector):
    """The numbered items with their joined text, and the section and chapter titles by ordinal."""
    sections: dict[int, tuple[str, int]] = {}
    chapters: dict[int, tuple[str, int]] = {}
    items: list[_Item] = []
    section, chapter, item, last_number, carried = None, None, None, 0, 0

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
            if number not in (1, last_number + 1) and not (last_number == 0 and number == carried + 1):
                collector.issue(lineno, "numbering", f"item {number} follows item {last_number}", text)
            item = _Item(number, section, chapter, _ITEM_RAW.sub("", line, count=1), lineno)
            last_number = number
        elif m_section or _CHAPTER.match(text) or _STOP.match(text):
            close()
            title = _section_title(m_section[2]) if m_section else None
            if m_section and title is not None:
                section = chinese_ordinal(m_section[1])
                sections[section] = (title, lineno)
                carried, last_number = max(carried, last_number), 0
            elif not m_section:
                section, carried, last_number = None, max(carried, last_number), 0
                m_chapter = _CHAPTER.match(text)
                chapter = chinese_ordinal(m_chapter[1]) if m_chapter else None
                if chapter is not None and len(m_chapter[2]) <= 40:
                    chapters[chapter] = (m_chapter[2].strip().rstrip("。"), lineno)
        elif continuing:
            item.joined.add(line, lineno)
        else:
            close()
    close()
    return items, sections, chapters


def _dash_clause(text: str, taken: list[_Clause], kinds) -> _Clause | None:
    """A clause after a dash running to the end of the item: "——牵头单位:…" or "——市教育局牵头,…"."""
    for m in _DASH.finditer(text):
        if any(c.start <= m.start() < c.end for c in taken):
            continue
        inner = text[m.end():].rstrip().rstrip("。;；")
        if "label" in kinds and _LABEL_START.match(inner):
            return _Clause(m.start(), len(text), inner, m.end(), True, "label")
        if "verb" in kinds and is_verb_clause(inner):
            return _Clause(m.start(), len(text), inner, m.end(), True, "verb")
    return None


def _clauses(text: str, kinds=("label", "verb")) -> list[_Clause]:
    """Every responsibility clause in an item's text, in order."""
    out: list[_Clause] = []
    if "label" in kinds:
        pos = 0
        while m := _CLAUSE_OPEN.search(text, pos):
            close = matching_close(text, m.start())
            if close is None:
                out.append(_Clause(m.start(), len(text), text[m.start() + 1 :], m.start() + 1, False, "label"))
                break
            out.append(_Clause(m.start(), close + 1, text[m.start() + 1 : close], m.start() + 1, True, "label"))
            pos = close + 1
    if "verb" in kinds:
        i = 0
        while i < len(text):
            if text[i] in OPEN_BRACKETS and not any(c.start <= i < c.end for c in out):
                close = matching_close(text, i)
                if close is None:
                    i += 1
                    continue
                if is_verb_clause(text[i + 1 : close]):
                    out.append(_Clause(i, close + 1, text[i + 1 : close], i + 1, True, "verb"))
                i = close + 1
                continue
            i += 1
    dash = _dash_clause(text, out, kinds)
    if dash and not any(c.start >= dash.start for c in out):
        out.append(dash)
    return sorted(out, key=lambda c: c.start)


def _role(label: str, has_lead: bool) -> str:
    if label in LEAD_LABELS:
        return "lead"
    if label in RESPONSIBLE_LABELS and not has_lead:
        return "lead"
    return "assist"


def _parse_clause(collector: Collector, joined: Joined, clause: _Clause, target: str, number: str) -> int:
    """Assign the units of one clause to ``target``; returns the number of edges added."""
    if clause.kind == "verb":
        return _parse_verb_clause(collector, joined, clause, target, number)
    inner = clause.inner
    labels = list(_LABEL.finditer(inner))
    clause_line = joined.line_at(clause.start)
    raw_clause = "(" + inner + ")" if clause.inner_start == clause.start + 1 else "——" + inner
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
        content = content.strip().rstrip(";；。")
        line = joined.line_at(clause.inner_start + m.start())
        if m[1] in PERSON_LABELS:
            collector.people(content, line, raw_clause)
            continue
        if not content.strip(" ,，、;；"):
            collector.issue(line, "unparsed_clause", f"{m[1]} names no unit", raw_clause)
            continue
        content = re.split(r"[。;；]\s*(?=以下|下同|不再)", content)[0]  # "…。以下任务均需…不再一一列出" is a remark
        items = collector.listed_units(content, line)
        added += collector.assign(_role(m[1], has_lead), items, target, "Task", number, line, raw_clause)
    return added


def _parse_verb_clause(collector: Collector, joined: Joined, clause: _Clause, target: str, number: str) -> int:
    pieces = split_clause(clause.inner)
    raw_clause = clause_text(clause)
    has_lead = any(p.role == "lead" for p in pieces)
    if not has_lead and any(p.role == "responsible" for p in pieces):
        collector.note(joined.line_at(clause.start), "no_lead_marker", "only 负责 given: the units responsible are "
                       "recorded as leads", raw_clause)
    added = 0
    for piece in pieces:
        line = joined.line_at(clause.inner_start + piece.start)
        if piece.role == "note":
            collector.note(line, "clause_remark", "remark inside a clause, not a unit list", piece.text)
        elif piece.role == "unparsed":
            collector.issue(line, "unparsed_clause", "part of a clause with no verb saying who leads or assists",
                            piece.text)
        elif piece.role in ("lead", "assist", "responsible"):
            role = piece.role if piece.role != "responsible" else ("assist" if has_lead else "lead")
            items = collector.listed_units(piece.text, line)
            added += collector.assign(role, items, target, "Task", number, line, raw_clause)
    return added


def clause_text(clause: _Clause) -> str:
    """The clause as printed, with its brackets (or dash)."""
    if clause.inner_start == clause.start + 1:
        return "(" + clause.inner + ")"
    return "——" + clause.inner


def _deadline_of(clauses: list[_Clause]) -> str | None:
    deadline_text = None
    for clause in clauses:
        if clause.kind == "label":
            if m := _DEADLINE_LABEL.search(clause.inner):
                deadline_text = m[2].strip().rstrip("。")
        else:
            for piece in split_clause(clause.inner):
                if piece.role == "deadline":
                    deadline_text = piece.text
    return deadline_text


def _kinds(collector: Collector) -> tuple[str, ...]:
    """Both kinds of clause, unless a genre was forced: then only its own."""
    forced = getattr(collector, "forced_genre", None)
    if forced in (GENRE, "verb_clauses"):
        return ("label",) if forced == GENRE else ("verb",)
    return ("label", "verb")


def parse(source, collector: Collector) -> None:
    """Read every numbered item with responsibility clauses into domains, tasks and assignments.

    Runs once per document even when both clause genres are on (an item may mix both kinds).
    """
    if getattr(collector, "items_parsed", False):
        return
    collector.items_parsed = True
    kinds = _kinds(collector)
    items, sections, chapters = _scan(source, collector)
    found = [(item, _clauses(item.joined.text, kinds)) for item in items]
    found = [(item, clauses) for item, clauses in found if clauses]
    bare = [item.number for item, _ in found if item.section is None]
    by_chapter = len(bare) != len(set(bare))
    del items
    found.reverse()  # popped in order, so an item's joined text is freed once its records are made
    count = len(found)
    while found:
        collector.advance(count - len(found), count)
        item, clauses = found.pop()
        text = item.joined.text
        collector.claim(*item.joined.lines)
        domain = None
        prefix = ""
        if item.section is not None:
            title, line = sections[item.section]
            domain = collector.domain(str(item.section), clean_text(title), line).key
            prefix = f"{item.section}."
        elif item.chapter is not None and item.chapter in chapters:
            title, line = chapters[item.chapter]
            domain = collector.domain(str(item.chapter), clean_text(title), line).key
            prefix = f"{item.chapter}." if by_chapter else ""
        number = f"{prefix}{item.number}"
        pieces, starts, cursor = [], [], 0
        for clause in clauses:
            pieces.append(text[cursor : clause.start])
            starts.append(cursor)
            if not clause.closed:
                collector.issue(item.joined.line_at(clause.start), "unclosed_bracket",
                                "clause has no closing bracket; read to the end of the item", text[clause.start :])
            cursor = clause.end
        tail = clean_text(text[cursor:])
        if tail.strip("。;；.,， "):
            collector.issue(item.joined.line_at(cursor), "text_after_clause",
                            "text after the last clause is covered by no clause; added to the last part", tail)
            pieces[-1] += text[cursor:]
        deadline_text = _deadline_of(clauses)
        full = clean_text("".join(pieces))
        title = re.split(r"[。;；]", full, maxsplit=1)[0] if "。" in full[:40] else None
        deadline = normalize_deadline(deadline_text, collector.year)
        parent = Task(task_key(collector.doc, number), collector.doc, number, domain, full,
                      item.joined.first_line, title=title, deadline=deadline,
                      deadline_text=deadline_text, has_parts=len(clauses) > 1)
        collector.task(parent)
        if len(clauses) == 1:
            _parse_clause(collector, item.joined, clauses[0], parent.key, number)
            continue
        for i, (clause, piece, piece_start) in enumerate(zip(clauses, pieces, starts), 1):
            part_number = f"{number}.{i}"
            part = Task(task_key(collector.doc, part_number), collector.doc, part_number, domain,
                        clean_text(piece), item.joined.line_at(piece_start),
                        deadline=parent.deadline, deadline_text=deadline_text, parent=number)
            collector.task(part)
            _parse_clause(collector, item.joined, clause, part.key, part_number)
