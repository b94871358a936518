"""Genre "labelled lines": a task line followed by lines "牵头单位:区发改局", "责任单位:…", "完成时限:…".

A block of label lines (blank lines between them allowed) belongs to the task written just before it:
the last numbered line (1. / (一) / 一、 / (1)) of the text since the previous block, with the lines that
continue it. Headings before that line (一、… / (一)… that carry no labels of their own) are the domain.
Labels: 牵头单位 / 牵头部门 / 主办单位 / 主责单位 / 牵头责任单位 lead; 配合单位 / 协办单位 / 参与单位 /
协同责任单位 assist; 责任单位 / 责任部门 lead when the block names no lead (reported as "no lead marker")
and assist otherwise; 责任领导 / 牵头负责领导 name officials (people); 完成时限 / 时间节点 / 进度安排 the deadline.

Examples
--------
>>> from agencygraph.loaders import load
>>> r = load("x.txt", text="一、目标\\n1.增长6%。\\n牵头单位:区发改局\\n责任单位:各街道\\n完成时限:2023年底")
>>> [(a.task, a.role, a.actor) for a in r.assignments], r.tasks[0].deadline
([('1', 'lead', '区发改局'), ('1', 'assist', '各街道')], '2023-12')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agencygraph.graph.model import Task, task_key

from .collect import Collector
from .deadlines import normalize_deadline
from .inline_clauses import CLAUSE_LABELS, LEAD_LABELS, PERSON_LABELS, RESPONSIBLE_LABELS
from .textnorm import chinese_ordinal, clean_text
from .unit_lists import is_none_marker

__all__ = ["GENRE", "DEADLINE_LABELS", "detect", "parse"]

GENRE = "labelled_lines"

DEADLINE_LABELS = ("完成时限", "完成时间", "时间节点", "进度安排", "时限要求", "时间要求")
_LABELS = sorted(CLAUSE_LABELS + PERSON_LABELS + DEADLINE_LABELS, key=len, reverse=True)
_LABEL_LINE = re.compile(r"^\s*(?:—{1,2}|--)?\s*(%s)\s*[:：]" % "|".join(_LABELS))
_ANY_LABEL = re.compile(r"(%s)\s*[:：]" % "|".join(_LABELS))
_MARKER = re.compile(r"^\s*(?:(\d{1,3})\s*[.．、](?!\d)|[(（]\s*(\d{1,3}|[一二三四五六七八九十]+)\s*[)）]|"
                     r"([一二三四五六七八九十]+)\s*、|第([一二三四五六七八九十\d]+)[条项])\s*")
_HEADING_CHAPTER = re.compile(r"^\s*([一二三四五六七八九十]+)\s*、\s*(.+)$")
_HEADING_SECTION = re.compile(r"^\s*[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*(.+)$")
_REMARK = re.compile(r"[。;；]\s*(?=以下|下同|不再)")


@dataclass
class _Block:
    task_lines: list[tuple[int, str]]
    number: str | None
    domain: tuple[str, str, int] | None  # (number, title, line)
    labels: list[tuple[str, str, int]] = field(default_factory=list)  # (label, content, line)


def _is_label_line(line: str) -> bool:
    return "\t" not in line and bool(_LABEL_LINE.match(clean_text(line)))


def detect(text: str) -> int:
    """How many label lines (a line that starts with 牵头单位: / 责任单位: …) the text holds."""
    count = 0
    for line in text.split("\n"):
        if line.strip() and _is_label_line(line):
            label = _ANY_LABEL.search(clean_text(line))
            count += label is not None and label[1] not in DEADLINE_LABELS
    return count


def _number(marker: re.Match) -> str:
    digits, paren, chapter, article = marker.groups()
    raw = digits or paren or chapter or article
    value = raw if raw.isdigit() else chinese_ordinal(raw)
    return str(value) if value is not None else raw


def _heading(text: str):
    """(number, title) when ``text`` is a short heading line (一、… or (一)…) without a sentence in it."""
    m = _HEADING_CHAPTER.match(text) or _HEADING_SECTION.match(text)
    if not m:
        return None
    title = m[2].strip().rstrip("。")
    if "。" in title or len(title) > 40 or chinese_ordinal(m[1]) is None:
        return None
    return str(chinese_ordinal(m[1])), title


def _take_task(pending: list[tuple[int, str]], domain):
    """Split the lines before a label block into the task (from its last numbered line) and the domain."""
    start = None
    for i in range(len(pending) - 1, -1, -1):
        if _MARKER.match(pending[i][1]):
            start = i
            break
    if start is None:
        start = len(pending) - 1 if pending else 0
    for lineno, text in pending[:start]:
        if (head := _heading(text)) is not None:
            domain = (head[0], head[1], lineno)
    task_lines = pending[start:]
    number = None
    if task_lines and (m := _MARKER.match(task_lines[0][1])):
        number = _number(m)
    return task_lines, number, domain


def _blocks(source, collector: Collector) -> list[_Block]:
    blocks: list[_Block] = []
    pending: list[tuple[int, str]] = []
    domain = None
    block: _Block | None = None
    for lineno, raw in enumerate(source.lines, 1):
        text = clean_text(raw)
        if not text:
            continue
        if _is_label_line(raw):
            if block is None:
                task_lines, number, domain = _take_task(pending, domain)
                block = _Block(task_lines, number, domain)
                blocks.append(block)
                pending = []
            body = text.lstrip("—-").strip()
            labels = list(_ANY_LABEL.finditer(body))
            for i, m in enumerate(labels):
                end = labels[i + 1].start() if i + 1 < len(labels) else len(body)
                block.labels.append((m[1], body[m.end() : end].strip().strip(";；"), lineno))
            continue
        if block is not None and block.labels and re.search(r"[、,，]$", block.labels[-1][1]):
            label, content, line = block.labels[-1]  # a unit list wrapped onto the next line
            block.labels[-1] = (label, content + text, line)
            collector.claim(lineno)
            continue
        if block is not None:
            block = None
        pending.append((lineno, text))
        if len(pending) > 200:
            pending = pending[-50:]  # prose far from any label block: keep memory flat
    return blocks


def _assign(collector: Collector, block: _Block, key: str, number: str) -> str | None:
    has_lead = any(label in LEAD_LABELS for label, _c, _l in block.labels)
    deadline = None
    if not has_lead and any(label in RESPONSIBLE_LABELS for label, _c, _l in block.labels):
        collector.note(block.labels[0][2], "no_lead_marker", "only 责任单位 given: recorded as leads",
                       block.labels[0][1])
    for label, content, line in block.labels:
        content = _REMARK.split(content)[0].strip().rstrip("。;；")
        raw = f"{label}:{content}"
        if label in DEADLINE_LABELS:
            deadline = content or None
        elif label in PERSON_LABELS:
            if content:
                collector.people(content, line, raw)
        elif is_none_marker(content):
            if label in LEAD_LABELS:
                collector.issue(line, "unparsed_clause", f"{label} names no unit", raw)
        else:
            role = "lead" if label in LEAD_LABELS or (label in RESPONSIBLE_LABELS and not has_lead) else "assist"
            items = collector.listed_units(content, line)
            collector.assign(role, items, key, "Task", number, line, raw)
    return deadline


def parse(source, collector: Collector) -> None:
    """Read every task with label lines into domains, tasks and assignments."""
    blocks = [b for b in _blocks(source, collector) if any(lb not in DEADLINE_LABELS for lb, _c, _l in b.labels)]
    numbers = [b.number for b in blocks if b.number]
    by_domain = len(numbers) != len(set(numbers))
    seen: set[str] = set()
    for i, block in enumerate(blocks, 1):
        lines = [ln for ln, _t in block.task_lines] + [ln for _l, _c, ln in block.labels]
        collector.claim(*lines)
        domain_key = None
        if block.domain:
            domain_key = collector.domain(block.domain[0], block.domain[1], block.domain[2]).key
        number = block.number or str(i)
        if by_domain and block.domain and block.number:
            number = f"{block.domain[0]}.{block.number}"
        if number in seen:
            collector.issue(lines[0], "numbering", f"task number {number} appears twice; later one kept as {number}b")
            number += "b"
        seen.add(number)
        text = clean_text("".join(t for _l, t in block.task_lines))
        text = _MARKER.sub("", text, count=1) if block.number else text
        line = block.task_lines[0][0] if block.task_lines else block.labels[0][2]
        if not text:
            collector.issue(line, "unparsed_clause", "label lines with no task text before them", block.labels[0][1])
        key = task_key(collector.doc, number)
        task = collector.task(Task(key, collector.doc, number, domain_key, text, line))
        deadline = _assign(collector, block, key, number)
        task.deadline_text = deadline
        task.deadline = normalize_deadline(deadline, collector.year)
