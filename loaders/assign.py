"""Decide the role of every unit a task's clauses name, and record the assignments.

The rules, all from the vocabulary: units before 牵头 (or marked "(牵头)" in a list) lead; units before
配合 / under 配合单位 assist; units that are only "responsible" (负责, 责任单位) assist when the task names a
lead, and otherwise lead — unless the document said the first unit listed leads (列第一位者为牵头单位),
then the first leads and the rest assist. Units a document carries forward ("以下各项工作均需X落实,不再列出")
assist every later task.

Examples
--------
>>> from loaders import load
>>> r = load("x.txt", text="1.抓项目。(列第一位者为牵头单位,下同)(市发改委、市财政局负责)\\n2.稳就业。(市人社局、市财政局负责)")
>>> sorted((a.task, a.role, a.actor) for a in r.assignments)
[('1', 'assist', '市财政局'), ('1', 'lead', '市发改委'), ('2', 'assist', '市财政局'), ('2', 'lead', '市人社局')]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .clauses import bracket_assist
from .collect import Collector
from .textnorm import split_top_level
from .unit_lists import ListedUnit
from .vocabulary import UNIT_ROLES

__all__ = ["Conventions", "Said", "assign_task"]


@dataclass
class Said:
    """One piece of a clause as the roles step read it: a role and what it names, where."""

    role: str  # lead | assist | responsible | people | deadline | note | unparsed | none | empty
    text: str
    line: int
    clause: str  # the clause as printed (provenance)
    inherited: bool = False  # taken from a merged cell of the row above


@dataclass
class Conventions:
    """Statements that hold from a line on: first-listed-leads, and units carried forward to later tasks."""

    first_listed_from: int | None = None  # line of the first "列第一位者为牵头单位"
    comma_leads_from: int | None = None  # line of the first "逗号前为牵头单位"
    each_part_from: int | None = None  # line of the first "两省市列首位的为牵头单位" (one list per region)
    legend: set[str] = field(default_factory=set)  # marks the document defines as the lead's ("带▲的为牵头单位")
    reported: set[str] = field(default_factory=set)  # marks used without a definition, already reported
    carried: list[tuple[int, str, str]] = field(default_factory=list)  # (line, units as printed, role)

    def first_listed(self, line: int) -> bool:
        return self.first_listed_from is not None and line >= self.first_listed_from

    def each_part(self, line: int) -> bool:
        return self.each_part_from is not None and line >= self.each_part_from

    def comma_leads(self, line: int) -> bool:
        return self.comma_leads_from is not None and line >= self.comma_leads_from

    def carried_to(self, line: int) -> list[tuple[int, str, str]]:
        """Units carried to a task that ends on ``line``: stated in it or before it."""
        return [(at, units, role) for at, units, role in self.carried if at <= line]


def _before_comma_pieces(entries: list[tuple[str, list[ListedUnit], Said]]) -> set[int] | None:
    """As _before_comma, for a bare list the clause step read as pieces parted at its commas ("(市交通运输局、各区
    政府，市规划和自然资源局)", no label: 深圳 低空基础设施 方案): the entries of the first piece, when a comma
    parts it from the next one of the same clause."""
    said = entries[0][2]
    others = [piece for _role, _items, piece in entries if piece is not said]
    if not others or any(piece.clause != said.clause or piece.line != said.line for piece in others):
        return None
    at = said.clause.find(said.text)
    end = at + len(said.text)
    following = said.clause.find(others[0].text, end) if at >= 0 else -1
    if following < 0 or not any(c in said.clause[end: following] for c in ",，"):
        return None
    before = {k for k, (_role, _items, piece) in enumerate(entries) if piece is said}
    return before if 0 < len(before) < len(entries) else None


def _before_comma(entries: list[tuple[str, list[ListedUnit], Said]]) -> set[int] | None:
    """The positions of the entries of one list printed before its first comma outside brackets ("市教育体育局，
    市委宣传部、团市委": the first), where a document says those lead; None when the list has no such comma."""
    said = entries[0][2]
    parts = split_top_level(said.text, ",，")
    if len(parts) < 2:
        return _before_comma_pieces(entries)
    cut = said.text.find(parts[1], len(parts[0]))
    before, at = set(), 0
    for k, (_role, items, piece) in enumerate(entries):
        found = said.text.find(items[0].spelling, at) if piece is said else -1
        if found < 0:
            break
        if found < cut:
            before.add(k)
        at = found + len(items[0].spelling)
    return before if 0 < len(before) < len(entries) else None


def _part_firsts(entries: list[tuple[str, list[ListedUnit], Said]]) -> set[int] | None:
    """The positions of the entries that open a part of a list parted by "；" ("重庆市能源局、市经济信息委；四川省能源局、
    经济和信息化厅": the first and the third), where a document says the first of each region's list leads; None when
    the list has one part."""
    firsts, at, previous = {0}, 0, entries[0][2]
    for k, (_role, items, piece) in enumerate(entries):
        if piece is not previous:
            if piece.clause != previous.clause or piece.line != previous.line:
                return None  # (a list over more than one clause: no parts to read)
            firsts.add(k)
            previous, at = piece, 0
            continue
        found = piece.text.find(items[0].spelling, at)
        if found < 0:
            return None
        if k and any(mark in piece.text[at:found] for mark in "；;"):
            firsts.add(k)
        at = found + len(items[0].spelling)
    return firsts if len(firsts) > 1 else None


def _lead_marked(collector: Collector, item: ListedUnit, conventions: Conventions, line: int) -> bool:
    """Is the unit marked as the lead: "区发改局(牵头)", "★区发改委", or "▲发改局" where the document says 带▲的为牵头单位?"""
    vocab = collector.vocab
    marked = [a for a in item.alternates if a in vocab.lead_mark_set or a in conventions.legend]
    unexplained = [a for a in item.alternates if a in vocab.legend_mark_set and a not in conventions.legend]
    if unexplained:
        item.alternates[:] = [a for a in item.alternates if a not in unexplained]
        if (mark := unexplained[0]) not in conventions.reported:
            conventions.reported.add(mark)
            collector.issue(line, "unexplained_mark", f"{mark!r} before a unit and the document does not say what it "
                            f"marks (no \"带{mark}的为牵头单位\"): read as no role", item.spelling)
    if marked:
        item.alternates[:] = [a for a in item.alternates if a not in marked]
        return True
    return False


def assign_task(collector: Collector, said: list[Said], target: str, number: str, conventions: Conventions,
                first_line: int, last_line: int, target_label: str = "Task") -> int:
    """Record the assignments of one task from what its clauses said; returns the number of edges added."""
    lists: list[tuple[str, list[ListedUnit], Said]] = []
    for piece in said:
        if piece.role == "people":
            if piece.text.strip():
                collector.people(piece.text, piece.line, piece.clause)
        elif piece.role == "note":
            collector.note(piece.line, "clause_remark", "remark inside a clause, not a unit list", piece.text)
        elif piece.role == "unknown_label":
            collector.note(piece.line, "unknown_label", f"label {piece.text!r} is in no role vocabulary: its units "
                           "assist (they lead when the clause names no other unit); --roles adds it", piece.clause)
        elif piece.role == "unparsed":
            collector.issue(piece.line, "unparsed_clause", "part of a clause that names no role (no 牵头 / 配合 / "
                            "负责 word or label)", piece.text)
        elif piece.role == "empty":
            collector.issue(piece.line, "unparsed_clause", f"{piece.text} names no unit", piece.clause)
        elif piece.role in UNIT_ROLES:
            items = collector.listed_units(piece.text, piece.line)
            if not items:
                collector.issue(piece.line, "unparsed_clause", f"no unit found in {piece.role} list", piece.clause)
                continue
            marked = [_lead_marked(collector, item, conventions, piece.line) for item in items]
            for item in items:  # "区教体局(区国资公司代建)": a unit in brackets with its own assisting verb
                for alternate in [a for a in item.alternates if bracket_assist(a, collector.vocab) is not None]:
                    item.alternates.remove(alternate)
                    helpers = collector.listed_units(bracket_assist(alternate, collector.vocab), piece.line)
                    lists.append(("assist", helpers, piece))
            for item, mark in zip(items, marked):
                if mark or piece.role != "lead" or not any(marked):
                    lists.append(("lead" if mark else piece.role, [item], piece))
                else:  # "★发改局、经信局" in a 牵头单位 cell: the marked unit leads, the others assist
                    lists.append(("assist", [item], piece))
    if any(entry[0] == "oversee" for entry in lists):
        overseer = next(entry for entry in lists if entry[0] == "oversee")
        guide = "assist"
        if not any(role in ("lead", "responsible") for role, _items, _p in lists):
            # "(生态环境部、财政部指导)" alone: the units that guide the task are all it names; they lead it
            collector.note(overseer[2].line, "no_lead_marker", "no lead named: the units that guide the task are "
                           "recorded as leads", overseer[2].clause)
            guide = "lead"
        lists = [(guide if role == "oversee" else role, items, piece) for role, items, piece in lists]
    has_lead = any(role == "lead" for role, _items, _p in lists)
    responsible = [entry for entry in lists if entry[0] == "responsible"]
    if responsible and not has_lead and conventions.comma_leads(last_line) and \
            (before := _before_comma(responsible)) is not None:
        for k, entry in enumerate(responsible):
            lists[lists.index(entry)] = ("lead" if k in before else "assist", entry[1], entry[2])
        collector.note(responsible[0][2].line, "first_listed_leads", "the document says the units before a list's "
                       "comma lead: the ones after it assist", responsible[0][2].clause)
        has_lead = True
    elif responsible and not has_lead:
        if conventions.each_part(last_line) and (firsts := _part_firsts(responsible)) is not None:  # (a
            # first-listed statement too, so first_listed holds)
            for k, entry in enumerate(responsible):
                lists[lists.index(entry)] = ("lead" if k in firsts else "assist", entry[1], entry[2])
            collector.note(responsible[0][2].line, "first_listed_leads", "the document says the first unit of each "
                           "region's list leads: the first of each part of the list leads, the others assist",
                           responsible[0][2].clause)
            has_lead = True
        elif conventions.first_listed(last_line):
            first = responsible[0]
            lists[lists.index(first)] = ("lead", first[1], first[2])
            collector.note(first[2].line, "first_listed_leads", "the document says the first unit listed leads: "
                           f"{first[1][0].resolution.name} leads, the others assist", first[2].clause)
            has_lead = True
        else:
            collector.note(responsible[0][2].line, "no_lead_marker", "no lead named: the units responsible are "
                           "recorded as leads", responsible[0][2].clause)
    added = 0
    for role, items, piece in lists:
        if role == "responsible":
            role = "assist" if has_lead else "lead"
        added += collector.assign(role, items, target, target_label, number, piece.line, piece.clause,
                                  inherited=piece.inherited)
    if target_label == "Task":
        for at, units, role in conventions.carried_to(last_line):
            items = collector.listed_units(units, at)
            fresh = [i for i in items if not collector.has_edge(i.resolution.name, target)]
            role = role if role != "responsible" else "assist" if has_lead or not lists else "lead"  # (as the
            # task's own 责任单位: they lead where no one else is named to)
            added += collector.assign(role, fresh, target, "Task", number, at, units, inherited=True, quiet=True)
    return added
