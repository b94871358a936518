"""Coordination bodies set up in prose (成立…领导小组, 下设…工作组, 办公室设在…) and the roles printed for them.

Examples
--------
>>> [(m["name"], m["short"]) for m in ESTABLISH.finditer("成立市服务业扩大开放工作专班(以下简称工作专班),负责")]
[('市服务业扩大开放工作专班', '工作专班')]
>>> sub_body_names("“光谷”“车谷”", "平台工作组")
['光谷平台工作组', '车谷平台工作组']
"""

from __future__ import annotations

import re

from agencygraph.graph.model import Body, BodyRole, Person

from .collect import Collector
from .roster import body_kind
from .textnorm import chinese_ordinal, clean_text, normalize_name, split_top_level

__all__ = ["ESTABLISH", "sub_body_names", "parse"]

_SUFFIX = r"(?:领导小组|工作专班|专班|指挥部|委员会|联席会议|工作组|小组)"
_STOP = r"[^,，。;；:：()（）]"
ESTABLISH = re.compile(rf"(?:成立|组建|设立|建立)(?P<name>{_STOP}{{2,40}}?{_SUFFIX})"
                       rf"(?:[(（](?:以下简称|下称|简称)(?P<short>[^)）]+)[)）])?")
_SUB = re.compile(rf"(?P<ref>{_STOP}*?)下设(?P<rest>[^,，。;；]+)")
_SEGMENT = re.compile(r"(?P<list>.+?)等?(?P<n>\d+|[一二两三四五六七八九十]+)个(?P<kind>[\u4e00-\u9fff]{0,6}?(?:工作组|小组|专班|组))"
                      r"(?:以及|和|及|、|$)")
_OFFICE = re.compile(rf"(?P<ref>{_STOP}*?)(?:下设)?办公室[,，]?\s*[(（]?(?:设在|在)(?P<host>[^,，。;；()（）]+?)(?:办公)?"
                     r"(?=[,，。;；)）]|$)")
_ROLE = re.compile(r"(?P<ref>[^,，。;；]*?)(?P<role>办公室主任|办公室副主任|常务副组长|副组长|组长|常务副主任|副主任|主任)"
                   r"由(?P<who>[^,，。;；]+?)(?:兼任|担任)")
_MEMBERS = re.compile(r"(?P<who>[^,，。;；]+?)为(?P<role>成员单位|成员)")
_QUALIFIERS = ("主要领导同志", "分管领导同志", "主要负责同志", "分管负责同志", "主要负责人", "分管负责人", "负责同志",
               "主要领导", "分管领导", "负责人")
_NAMED = re.compile(r"^([\u4e00-\u9fff]{2,4})同志$")


def sub_body_names(listed: str, kind: str) -> list[str]:
    """Body names for a 下设 list: each item + the kind (``科教服务`` + ``专项工作组``); a quoted item loses its quotes."""
    if re.fullmatch(r"(“[^”]+”)+", listed):
        items = re.findall(r"“([^”]+)”", listed)
    else:
        items = [re.sub(r"^“([^”]+)”$", r"\1", p) for p in split_top_level(listed, "、,，")]
    return [normalize_name(item + kind) for item in items if item]


def _bodies(collector: Collector) -> list[Body]:
    return collector.result().bodies


def _add_body(collector: Collector, name: str, kind: str, line: int, defines: bool = False, **extra) -> Body:
    """The Body with this name, created once; a later sighting fills what the first one left empty.

    ``defines``: this is the sentence that sets the body up (成立…), so its line and kind win over a
    roster title's (roster.py may have added the body first).
    """
    for body in _bodies(collector):
        if body.name == name:
            if defines:
                body.line, body.kind = line, kind
            for key, value in extra.items():
                if value and not getattr(body, key):
                    setattr(body, key, value)
            return body
    body = Body(name, kind, collector.doc, line, **extra)
    _bodies(collector).append(body)
    return body


def _refer(collector: Collector, text: str) -> Body | None:
    """The body a phrase ending in a body name refers to: full name, short name, or the bare suffix (领导小组)."""
    text = normalize_name(text)
    if not text:
        return None
    for body in reversed(_bodies(collector)):
        if text.endswith(body.name) or (body.short_name and text.endswith(body.short_name)):
            return body
    tail = re.search(rf"{_SUFFIX}$", text)
    return next((b for b in reversed(_bodies(collector)) if tail and b.kind != "office" and b.name.endswith(tail[0])),
                None)


def _office(collector: Collector, parent: Body, line: int, host: str | None = None) -> Body:
    office_at = collector.unit(host, line).name if host else None
    name = parent.name + "办公室"
    existing = next((b for b in _bodies(collector) if b.name == name), None)
    if existing and office_at and existing.office_at and existing.office_at != office_at:
        collector.issue(line, "conflict", f"{name} is hosted by {existing.office_at} and by {office_at}", host)
    return _add_body(collector, name, "office", line, parent=parent.name, office_at=office_at)


def _role(collector: Collector, body: Body, role: str, who: str, line: int) -> None:
    roles = collector.result().body_roles
    if m := _NAMED.match(who):
        member, label, note = m[1], "Person", None
        if not any(p.name == member for p in collector.result().people):
            collector.result().people.append(Person(member))
    else:
        note = next((q for q in _QUALIFIERS if who.endswith(q)), None)
        spelling = who[: len(who) - len(note)] if note else who
        res = collector.unit(spelling, line)
        member, label = res.name, res.label
    if any(r.member == member and r.body == body.name and r.role == role for r in roles):
        return
    roles.append(BodyRole(member, label, body.name, role, collector.doc, line, note))


def _members(collector: Collector, body: Body, who: str, line: int) -> None:
    note = next((q for q in _QUALIFIERS if who.endswith(q)), None)
    spelling = who[: len(who) - len(note)] if note else who
    parts = [spelling]
    if not collector.resolver.resolve(spelling).registered:
        parts = [p for p in re.split(r"以及|和|及|、", spelling) if p]
    for part in parts:
        _role(collector, body, "成员", part + (note or ""), line)


def _line(collector: Collector, line: int, text: str) -> None:
    current: Body | None = None
    for m in ESTABLISH.finditer(text):
        name = normalize_name(m["name"])
        if re.match(r"^(相应|相关|有关|各)", name):
            continue
        short = normalize_name(m["short"]) if m["short"] else None
        current = _add_body(collector, name, body_kind(name), line, defines=True, short_name=short)
    # each pattern below starts with a lazy run of any characters: tried at every position of a long line that
    # lacks its keyword it is quadratic (20,000 "——市财政局" took minutes), so it runs only where its keyword is
    for m in _SUB.finditer(text) if "下设" in text else ():
        if m["rest"].startswith("办公室"):
            continue
        parent = _refer(collector, m["ref"]) or current
        for seg in _SEGMENT.finditer(m["rest"]):
            names = sub_body_names(seg["list"], seg["kind"])
            n = int(seg["n"]) if seg["n"].isdigit() else chinese_ordinal(seg["n"])
            if n != len(names):
                collector.issue(line, "count_mismatch", f"{seg['n']}个{seg['kind']} printed, {len(names)} named",
                                seg[0])
            for name in names:
                _add_body(collector, name, body_kind(name), line, parent=parent.name if parent else None)
    for m in _OFFICE.finditer(text) if "办公室" in text and "在" in text else ():
        parent = _refer(collector, m["ref"]) or current
        if parent is None:
            collector.issue(line, "unlinked_office", "an office whose body is not named", m[0])
            continue
        _office(collector, parent, line, clean_text(m["host"]))
        current = parent
    for m in _ROLE.finditer(text) if "由" in text and ("兼任" in text or "担任" in text) else ():
        body = _refer(collector, m["ref"]) or current
        if body is None:
            collector.issue(line, "unlinked_role", f"{m['role']} of a body that is not named", m[0])
            continue
        current = body
        if m["role"].startswith("办公室"):
            body = _office(collector, body, line)
        _role(collector, body, m["role"], normalize_name(m["who"]), line)
    for m in _MEMBERS.finditer(text) if "为成员" in text else ():
        body = current or _refer(collector, m["who"])
        if body is not None:
            _members(collector, body, normalize_name(m["who"]), line)


def parse(source, collector: Collector) -> None:
    """Find the bodies a document sets up, their sub-bodies and offices, and the roles given to units."""
    for lineno, raw in enumerate(source.lines, 1):
        if "\t" in raw or lineno in collector.claimed_lines or not raw.strip():
            continue  # table rows and task text set up no coordination body
        _line(collector, lineno, clean_text(raw))
