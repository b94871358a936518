"""Attachment rosters ("…组成人员名单"): people, the posts they hold, and their role on the body.

Examples
--------
>>> split_post("蔡甸区委书记、区人民政府区长")
[('蔡甸区委', '书记'), ('蔡甸区人民政府', '区长')]
>>> split_post("市委常委、市人民政府常务副市长")
[('市委', '常委'), ('市人民政府', '常务副市长')]
"""

from __future__ import annotations

import re

from agencygraph.graph.model import Body, BodyRole, Person, Post

from .collect import Collector
from .textnorm import clean_text, normalize_name

__all__ = ["ROLE_LABELS", "TITLES", "body_kind", "split_post", "parse"]

#: Role labels a roster prints before a colon; the label holds for the following lines.
ROLE_LABELS = ("组长", "常务副组长", "副组长", "成员", "主任", "常务副主任", "副主任", "召集人", "副召集人",
               "秘书长", "副秘书长", "委员", "联络员")
#: Post titles, matched as the longest suffix of a post; what precedes the title is the unit.
TITLES = ("常务副市长", "副市长", "市长", "常务副秘书长", "副秘书长", "秘书长", "党组副书记", "党组书记", "党组成员",
          "党委副书记", "党委书记", "党委常委", "党委委员", "党工委书记", "副书记", "书记", "常委", "副部长", "部长",
          "常务副局长", "副局长", "局长", "政治部主任", "常务副主任", "副主任", "主任", "政委", "副关长", "关长",
          "副区长", "区长", "副县长", "县长", "董事长", "副总经理", "总经理", "副行长", "行长", "一级巡视员",
          "二级巡视员", "巡视员", "一级调研员", "调研员", "副校长", "校长", "副院长", "院长", "副主席", "主席",
          "副会长", "会长", "总工程师", "总经济师", "总会计师", "副厅长", "厅长", "委员")

_TITLE_LINE = re.compile(r"^(?P<body>[\u4e00-\u9fff“”()（）]{2,40}?)(组成人员名单|组成人员|成员名单|人员名单)$")
_BULLET = re.compile(r"^[-–—·•●*]\s*")
_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,7})[:：]\s*(?P<rest>.*)$")
_CJK = r"[\u4e00-\u9fff·]"
_PERSON = re.compile(rf"^(?P<name>{_CJK}[ \u3000]+{_CJK}|{_CJK}{{2,4}})[ \u3000]+(?P<post>\S.*)$")
_NOTE = re.compile(r"^(?P<post>.*?)\s*[(（](?P<note>[^()（）]+)[)）]\s*$")
_PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,3}[-—–\s]*$")
_ELLIPTICAL = re.compile(r"^[区县](委|人民政府|政府|人大常委会|政协)")
_DISTRICT = re.compile(r"^(.{1,8}?[区县])(委|人民政府|政府|人大常委会|政协|$)")
_BODY_KINDS = (("领导小组", "leadership_group"), ("专班", "task_force"), ("指挥部", "task_force"),
               ("委员会", "committee"), ("联席会议", "committee"), ("工作组", "work_group"), ("小组", "work_group"),
               ("办公室", "office"))


def body_kind(name: str) -> str:
    """The kind of a coordination body from its name (``committee`` when nothing fits)."""
    return next((kind for suffix, kind in _BODY_KINDS if name.endswith(suffix)), "committee")


def split_post(text: str) -> list[tuple[str, str | None]]:
    """``(unit, title)`` for each post in a 、-separated post text; an elliptical 区… takes the district before it."""
    out: list[tuple[str, str | None]] = []
    for part in (p.strip() for p in re.split(r"[、,，;；]", text)):
        if not part:
            continue
        title = max((t for t in TITLES if part.endswith(t) and len(part) > len(t)), key=len, default=None)
        unit = part[: len(part) - len(title)] if title else part
        if _ELLIPTICAL.match(unit) and out and (m := _DISTRICT.match(out[-1][0])) and len(m[1]) > 1:
            unit = m[1] + unit[1:]
        out.append((unit, title))
    return out


def _roster_body(collector: Collector, name: str, line: int) -> None:
    """Add the roster's Body unless the prose parser (bodies.py) already did."""
    if not any(b.name == name for b in collector.result().bodies):
        collector.result().bodies.append(Body(name, body_kind(name), collector.doc, line))


def _person(collector: Collector, name: str) -> None:
    people = collector.result().people
    if not any(p.name == name for p in people):
        people.append(Person(name))


def _member(collector: Collector, body: str, role: str, text: str, line: int) -> bool:
    """One roster row (label already removed); False when it is not a person and post."""
    m = _PERSON.match(text)
    if not m:
        return False
    name = re.sub(r"\s+", "", m["name"])
    post_text, note = clean_text(m["post"]), None
    if n := _NOTE.match(post_text):
        post_text, note = n["post"], n["note"].strip()
    posts = split_post(post_text)
    if not posts:
        return False
    _person(collector, name)
    for i, (unit, title) in enumerate(posts):
        if title is None:
            collector.issue(line, "unparsed_post", f"no known post title at the end of {unit!r}; post not recorded",
                            text)
            continue
        resolved = collector.unit(unit, line).name
        collector.result().posts.append(Post(name, resolved, title, collector.doc, line,
                                             note if i == len(posts) - 1 else None))
    collector.result().body_roles.append(BodyRole(name, "Person", body, role, collector.doc, line, note))
    return True


def _rows(source):
    """Yield ``(line number, text)`` of the non-blank lines, cleaned of width and bullets."""
    for lineno, raw in enumerate(source.lines, 1):
        text = _BULLET.sub("", raw.strip().replace("\u3000", " "))
        yield lineno, text


def parse(source, collector: Collector) -> None:
    """Read every roster in the document into people, posts and body roles."""
    rows = list(_rows(source))
    i = 0
    while i < len(rows):
        lineno, text = rows[i]
        m = _TITLE_LINE.match(re.sub(r"\s+", "", text))
        i += 1
        if not m:
            continue
        body = normalize_name(m["body"])
        role, consumed = None, [lineno]
        while i < len(rows):
            lineno, text = rows[i]
            if not text or _PAGE_NUMBER.match(text):
                i += 1
                continue
            label = _LABEL.match(text)
            if label:
                role = re.sub(r"\s+", "", label["label"])
                if role not in ROLE_LABELS and not _PERSON.match(label["rest"]):
                    break  # 注：… after the list, not a role
                if role not in ROLE_LABELS:
                    collector.issue(lineno, "unknown_role", f"role label {role!r} is not a known roster role "
                                    f"({'/'.join(ROLE_LABELS[:4])}…); recorded as written", text)
                text = label["rest"]
            elif role is None or "。" in text or len(text) > 60 or _TITLE_LINE.match(re.sub(r"\s+", "", text)):
                break  # prose, or another roster: this roster has ended
            if not _member(collector, body, role, text, lineno):
                collector.issue(lineno, "unparsed_row", "roster line is not a name followed by posts", text)
            consumed.append(lineno)
            i += 1
        if len(consumed) == 1:
            continue  # a title line with no roster under it (e.g. the 附件 list)
        _roster_body(collector, body, consumed[0])
        collector.claim(*consumed)
