"""The record collector every genre parser writes into: units resolved once, issues kept with file:line."""

from __future__ import annotations

import re
from itertools import chain, count

from agencygraph.graph.model import (
    Assignment,
    Document,
    Domain,
    GroupMember,
    Issue,
    LoadResult,
    Person,
    Task,
    Unit,
)

from .clauses import bracket_assist
from .source import Source
from .traditional import restorer
from .unit_lists import ListedUnit, mend_spaced_names, parse_unit_list
from .units import Resolution, UnitResolver
from .vocabulary import Vocabulary

__all__ = ["Collector"]


class Collector:
    """Accumulates one document's records; genre parsers call its methods, ``result()`` hands them over."""

    def __init__(self, source: Source, document: Document, resolver: UnitResolver,
                 vocab: Vocabulary | None = None):
        self.source = source
        self.resolver = resolver
        self.vocab = vocab or Vocabulary.default()
        self.doc = document.key
        self._result = LoadResult(document=document)
        self._units: dict[str, Unit] = {}
        self._domains: dict[str, Domain] = {}
        self._edges: set[tuple] = set()
        self._members: set[tuple] = set()
        self._partial_groups: set[str] = set()
        self._gazetteer_members: dict[str, list[str]] = {}  # group → the district governments the gazetteer gives
        self.claimed_lines: set[int] = set()
        self.left_over: dict[int, list[str]] = {}  # claimed lines' text no parser read, in pieces: the prose before a
        # glued table, the lines of a table on one line that its reader did not take as rows
        self.as_written = restorer(source)  # simplified text back to the characters the document used
        self.genres: list[str] = list(document.genres)
        self.forced_genre: str | None = None  # --genre: only that genre's kind of clause is read
        self.items_parsed = False  # the numbered-item reader runs once for both clause genres
        self.on_progress = None  # called with the fraction (0…1) of the running parser's work done
        years = re.findall(r"(?:19|20)\d\d", document.number or document.date or document.printed
                           or document.title or "")
        self.year: int | None = int(years[0]) if years else None  # for deadlines written without a year

    def advance(self, done: int, total: int) -> None:
        """Report that a parser has done ``done`` of its ``total`` items (cheap: rate-limited downstream)."""
        if self.on_progress is not None and total and done % 256 == 0:
            self.on_progress(done / total)

    # -- issues ---------------------------------------------------------------------------
    def issue(self, line: int, kind: str, message: str, text: str = "", severity: str = "warning") -> None:
        self._result.issues.append(Issue(self.source.path, line, kind, message, self.as_written(text), severity,
                                         self.source.page(line)))

    def numbered(self, number: str, seen: set[str], line: int, what: str, text: str) -> str:
        """``number``, or when an earlier task took it, the first of "{number}b", "{number}c" … still free
        (reported): two tasks never share a number, whose key their units hang on."""
        if number in seen:
            kept = next(f"{number}{suffix}" for suffix in chain("bcdefghijklmnopqrstuvwxy", (f"z{k}" for k in count(1)))
                        if f"{number}{suffix}" not in seen)  # (a digit after the number would make another one)
            self.issue(line, "numbering", f"{what} number {number} appears twice; later one kept as {kept}", text)
            number = kept
        seen.add(number)
        return number

    def note(self, line: int, kind: str, message: str, text: str = "") -> None:
        self.issue(line, kind, message, text, severity="note")

    def claim(self, *lines: int) -> None:
        """Mark source lines as read by a parser (the final sweep reports unclaimed clause-like lines)."""
        self.claimed_lines.update(lines)

    def leave(self, line: int, text: str) -> None:
        """A part of a claimed line that its parser did not read (the prose before a table on the same line, a line
        of a table on one line that was no row), after the parts left before it."""
        self.left_over.setdefault(line, []).append(text)

    # -- units ----------------------------------------------------------------------------
    def unit(self, spelling: str, line: int, resolution: Resolution | None = None) -> Resolution:
        """Register a unit as seen with this spelling; report it when no alias file knows it."""
        resolution = resolution or self.resolver.resolve(spelling)
        unit = self._units.get(resolution.name)
        if unit is None:
            unit = Unit(resolution.name, resolution.kind, self.resolver.aliases_of(resolution.name),
                        registered=resolution.registered, place=resolution.place, key=resolution.key,
                        qualified=resolution.qualified,
                        predecessors=getattr(self.resolver, "predecessors_of", lambda _n: [])(resolution.name))
            self._units[resolution.name] = unit
            self._result.units.append(unit)
            if resolution.kind == "group" and (known := getattr(self.resolver, "district_governments", None)):
                self._gazetteer_members[resolution.name] = known(resolution.name)
                for member in self._gazetteer_members[resolution.name]:
                    self.define_member(resolution.name, member, line, "gazetteer")
            if not resolution.registered:
                self.issue(line, "unresolved_unit",
                           f"unit {resolution.name!r} is in no alias file; kept as written (kind {resolution.kind})",
                           spelling)
        if spelling != unit.name and spelling not in unit.aliases and \
                not any(p.rsplit(" (", 1)[0] == spelling for p in unit.predecessors):  # a former name: dated
            unit.aliases.append(spelling)
        return resolution

    def people(self, text: str, line: int, clause: str = "") -> list[str]:
        """Record the officials a clause names (责任领导: 张三副市长): people, not units."""
        from .textnorm import split_top_level

        names = [n.strip() for n in split_top_level(text) if n.strip()]
        known = self._result.people
        for name in names:
            if not any(p.name == name for p in known):
                known.append(Person(name))
            self.note(line, "person", f"{name!r} is an official (a person), not a unit", clause or text)
        return names

    def _spaced(self, text: str) -> str:
        """"市发改委 市财政局 市商务局": names parted by spaces (a PDF dropped the 、) are a list, when every one is a unit
        (or an official beside a unit: "市政务服务局 李四")."""
        if not re.search(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]", text):
            return text
        out = []
        for part in re.split(r"([、,，;；])", text):
            part = mend_spaced_names(part.strip())
            tokens = [t for t in re.split(r"[ \u3000]+", part) if t]
            units = [len(t) >= 3 and (self.vocab.is_unit_name(self.vocab.strip_etc(t)) or self.vocab.is_group(t))
                     for t in tokens]
            if len(tokens) > 1 and any(units) and all(u or self.vocab.is_person(t) for u, t in zip(units, tokens)):
                part = "、".join(tokens)  # "市政务服务局 李四": a unit and its official (read as a person)
            out.append(part)
        return "".join(out)

    def listed_units(self, text: str, line: int) -> list[ListedUnit]:
        """Parse a printed unit list, register every unit, alternate name and group definition in it.

        Officials in the list (王某某副市长) are recorded as people and left out.
        """
        text = self.vocab.heads_to_units(text)  # "X主要领导": unit X answers (units.head_posts)
        items = parse_unit_list(self._spaced(text), self.resolver, self.vocab.strip_etc,
                                lambda name: self.vocab.is_unit_name(name) or self.vocab.is_group(name),
                                self.vocab.two_names_re)
        people = [i for i in items if self.vocab.is_person(i.name) and not i.resolution.registered]
        if people:
            self.people("、".join(i.name for i in people), line, text)
            items = [i for i in items if i not in people]
        for item in items:
            self.unit(item.name, line, item.resolution)
            unit = self._units[item.resolution.name]
            for alternate in item.alternates:
                other = self.resolver.resolve(alternate)
                if not other.registered and self.vocab.is_person(alternate):
                    self.people(alternate, line, item.spelling)  # "市发改委(张三)": the official in charge
                    continue
                if alternate in self.vocab.lead_mark_set or alternate in self.vocab.legend_mark_set or \
                        bracket_assist(alternate, self.vocab) is not None:
                    continue
                if other.registered and other.name != unit.name:
                    self.note(line, "alternate_name", f"{item.name!r} is printed with {alternate!r}, a registered "
                              f"unit of its own ({other.name}); the assignment goes to {unit.name}", item.spelling)
                elif alternate not in unit.aliases and alternate != unit.name:
                    unit.aliases.append(alternate)
            for member in item.members:
                self.define_member(item.resolution.name, member, line)
            if item.members and item.name.startswith("各") and item.resolution.name not in self._partial_groups:
                # 各区人民政府(含A、B,下同): every district government *and* A, B; only A, B are named here
                self._partial_groups.add(item.resolution.name)
                districts = self._gazetteer_members.get(item.resolution.name)
                if districts:
                    place = self._result.document.jurisdiction
                    self.note(line, "group_partial", f"{item.resolution.name!r} is every district government of "
                              f"{place} ({len(districts)}, from the gazetteer) plus the {len(item.members)} unit(s) "
                              "it names; --expand-groups counts them all", item.spelling)
                else:
                    self.note(line, "group_partial", f"{item.resolution.name!r} is every district government plus "
                              f"the {len(item.members)} unit(s) it names; the district governments are not known "
                              "(no place for this document), so --expand-groups counts only the named ones",
                              item.spelling)
        return items

    def define_member(self, group: str, member_spelling: str, line: int, source: str = "document") -> None:
        res = self.unit(member_spelling, line)
        key = (group, res.name)
        if key not in self._members:
            self._members.add(key)
            self._result.group_members.append(GroupMember(group, res.name, self.doc, line, member_spelling, source))

    # -- structure ------------------------------------------------------------------------
    def domain(self, number: str, title: str, line: int) -> Domain:
        """The domain with this number, created on first sight; other titles become variants."""
        from agencygraph.graph.model import domain_key

        key = domain_key(self.doc, number)
        dom = self._domains.get(key)
        if dom is None:
            dom = Domain(key, self.doc, number, title, line)
            self._domains[key] = dom
            self._result.domains.append(dom)
        elif title and title != dom.title and title not in dom.variants:
            dom.variants.append(title)
        return dom

    def has_edge(self, actor: str, target: str) -> bool:
        """Is ``actor`` already lead or assist of ``target``?"""
        return (actor, "lead", target) in self._edges or (actor, "assist", target) in self._edges

    def tasks_assigned(self, at_most: int | None = None) -> int:
        """How many tasks have a unit so far (counting stops past ``at_most``: a million edges are not walked to
        learn that there are more than a few)."""
        seen: set[str] = set()
        for a in self._result.assignments:
            if a.target_label == "Task":
                seen.add(a.target)
                if at_most is not None and len(seen) > at_most:
                    break
        return len(seen)

    def tasks(self) -> list[Task]:
        """The tasks read so far."""
        return self._result.tasks

    def task(self, task: Task) -> Task:
        self._result.tasks.append(task)
        return task

    def assign(self, role: str, items: list[ListedUnit], target: str, target_label: str,
               task: str | None, line: int, clause: str, inherited: bool = False, quiet: bool = False) -> int:
        """Add LEADS/ASSISTS edges from each listed unit to a task or domain; returns how many were new.

        ``quiet`` skips the note for a repeat (a category header reprinted on every page).
        """
        added = 0
        for item in items:
            res = item.resolution
            key = (res.name, role, target)
            if key in self._edges:
                if quiet:
                    continue
                self.note(line, "duplicate",
                          f"{item.name!r} is {res.name}, already {role} of {task or target}; counted once", clause)
                continue
            if role == "assist" and (res.name, "lead", target) in self._edges:
                self.note(line, "lead_and_assist", f"{res.name!r} leads {task or target} and is listed again among "
                          "its assisting units: kept as lead only", clause)
                continue  # "牵头单位:省文化厅 / 责任单位:省文化厅、省通信管理局"
            if role == "lead" and (res.name, "assist", target) in self._edges:
                self._edges.discard((res.name, "assist", target))
                self._drop_assist(res.name, target)
                self.note(line, "lead_and_assist", f"{res.name!r} was listed among the assisting units of "
                          f"{task or target} and leads it: kept as lead only", clause)
            self._edges.add(key)
            self._result.assignments.append(Assignment(
                role=role, actor=res.name, actor_label=res.label, target=target, target_label=target_label,
                doc=self.doc, task=task, line=line, clause=self.as_written(clause),
                spelling=self.as_written(item.name), inherited=inherited, page=self.source.page(line)))
            added += 1
        return added

    def _drop_assist(self, actor: str, target: str) -> None:
        """Remove the assist edge of ``actor`` to ``target``: among the target's edges, the last ones added."""
        assignments = self._result.assignments
        for k in range(len(assignments) - 1, -1, -1):
            a = assignments[k]
            if a.actor == actor and a.role == "assist" and a.target == target:
                del assignments[k]
                return

    def result(self) -> LoadResult:
        return self._result
