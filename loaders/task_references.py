"""Tasks cited by number in a progress report: "市发改委牵头的第1项“地区生产总值增长6.5%以上”".

A supervision office reports on a responsibility list by citing its tasks: the unit that leads, the task's number
in the list, and its text in quotes. Each citation is read as that task, numbered as the list numbers it, with
that lead. The wording is data (``conventions: references:`` in roles.yaml). Only lines no other step read are
looked at, and a number already read as a task is left alone.
"""

from __future__ import annotations

from agencygraph.graph.model import Task, task_key

from .assign import Conventions, Said, assign_task
from .clauses import unit_like
from .collect import Collector
from .outline import line_width
from .textnorm import clean_text

__all__ = ["parse"]


def _unwrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each line the page's width broke joined to the next (text copied from a PDF): a citation
    may run over the break. A joined line keeps the number of its first line."""
    width = line_width([text for _n, text in lines])
    if width is None:
        return lines
    out: list[tuple[int, str]] = []
    broke, last = False, None
    for lineno, text in lines:
        if broke and out and last == lineno - 1:
            first, joined = out[-1]
            out[-1] = (first, joined + text.strip())
        else:
            out.append((lineno, text))
        broke, last = len(text.strip()) >= width - 1 and not text.rstrip().endswith(("。", ";", "；")), lineno
    return out


def parse(lines: list[tuple[int, str]], collector: Collector, conventions: Conventions, seen: set[str]) -> int:
    """Read the cited tasks in ``lines`` (``[(lineno, raw)]``); returns how many were read."""
    vocab = collector.vocab
    count = 0
    for lineno, line in _unwrapped(lines):
        for pattern in vocab.reference_res:
            for m in pattern.finditer(line):
                number, units = m["number"], m["units"].strip()
                if number in seen:
                    continue
                if not unit_like(units, vocab):
                    collector.issue(lineno, "unparsed_clause", f"task {number} is cited with {units!r}, not a unit "
                                    "list", m.group(0))
                    continue
                seen.add(number)
                role = vocab.verb_role(m["verb"]) or "responsible"
                task = collector.task(Task(task_key(collector.doc, number), collector.doc, number, None,
                                           clean_text(m["text"]), lineno))
                said = [Said(role, units, lineno, m.group(0))]
                assign_task(collector, said, task.key, number, conventions, lineno, lineno)
                collector.claim(lineno)
                count += 1
    return count
