"""Genre "verb clauses": items ending in "(市教育局牵头,市人社局、市财政局配合)" — verbs instead of labels.

A clause is split at top-level commas and semicolons into segments; each segment is a unit list followed
by a verb. Units before 牵头 / 主办 / 牵头落实 / 分别牵头 lead; "X会同Y" makes X lead and Y assist; units before
配合 / 协办 / 参与 / 协助 / 按职责分工负责 / 负责落实 / 指导 assist; units before a bare 负责 are responsible: they
lead when the clause names no lead (reported as "no lead marker"), and assist otherwise. Officials (a
person's name and post, 责任领导) are people, not units; a trailing 等 / 等部门 is not part of a name.

The items themselves are read by ``loaders/inline_clauses.py`` (numbered items under sections, page
breaks joined), which finds both kinds of clause; this module decides what a clause says.

Examples
--------
>>> [(p.role, p.text) for p in split_clause("市发展改革委、市财政局牵头,市直各有关部门按职责分工负责")]
[('lead', '市发展改革委、市财政局'), ('assist', '市直各有关部门')]
>>> [(p.role, p.text) for p in split_clause("市卫健委会同市医保局等部门负责")]
[('lead', '市卫健委'), ('assist', '市医保局')]
>>> [(p.role, p.text) for p in split_clause("各区政府负责,市民政局指导")]
[('responsible', '各区政府'), ('assist', '市民政局')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .textnorm import split_top_level
from .units import is_group_expression

__all__ = ["GENRE", "Piece", "split_clause", "is_verb_clause", "is_person", "strip_etc", "detect", "parse"]

GENRE = "verb_clauses"

#: Verbs closing a segment, longest first, with the role of the units before them.
VERBS = (
    ("按职责分工负责", "assist"), ("按职责分工落实", "assist"), ("按职责负责", "assist"), ("分工负责", "assist"),
    ("负责落实", "assist"), ("配合落实", "assist"), ("共同参与", "assist"), ("积极配合", "assist"),
    ("分别牵头", "lead"), ("牵头落实", "lead"), ("牵头负责", "lead"), ("牵头督导", "lead"), ("牵头抓总", "lead"),
    ("共同牵头", "lead"), ("牵头", "lead"), ("主办", "lead"), ("主责", "lead"),
    ("配合", "assist"), ("协办", "assist"), ("参与", "assist"), ("协助", "assist"), ("指导", "assist"),
    ("督导", "assist"), ("支持", "assist"),
    ("分别负责", "responsible"), ("共同负责", "responsible"), ("具体负责", "responsible"), ("负责", "responsible"),
)
_VERB = re.compile(r"^(?P<units>.+?)(?P<verb>%s)$" % "|".join(v for v, _ in VERBS))
_ROLE = dict(VERBS)
_TOGETHER = re.compile(r"^(?P<lead>.+?)会同(?P<rest>.+)$")
_LEADING = re.compile(r"^(由|请|各由)")
_ETC = re.compile(r"等(其他|各|有关|相关)?(部门|单位|机构)?$")
_SCOPE_NOTE = re.compile(r"^(以下|下同|不再|排名第一|列第一|排在第一|第一位|其中)")
_DEADLINE = re.compile(r"(\d{4}\s*年|\d{1,2}\s*月|年底|年内|底前|长期|持续|每(年|季|月|半年)|常态)")
_POST = re.compile(r"(副?(市|区|县|省|州|镇|乡)长|常务副市长|副?秘书长|副?主任|副?书记|副?局长|副?部长|副?厅长|副?主席|"
                   r"同志|负责同志|分管领导|主要领导|分管负责人|主要负责人)$")
_UNIT_END = re.compile(r"(局|委|办|厅|部|院|会|中心|政府|公司|集团|管委会|海关|银行|行|署|处|所|站|队|街道|办事处|镇|乡|"
                       r"区|县|市|州|省|社|联|团|室|组|馆|台|校|学|园|部门|单位|机构|企业|平台|专班|协会|商会|办公室)$")


@dataclass
class Piece:
    role: str  # lead | assist | responsible | person | deadline | note | unparsed
    text: str  # the unit list (or the segment, for note / deadline / unparsed)
    start: int  # offset of ``text`` in the clause


def strip_etc(units: str) -> str:
    """``市财政局等部门`` → ``市财政局``: a trailing 等 (and 等部门 / 等有关单位) is not part of a name."""
    return _ETC.sub("", units.strip()).strip()


def is_person(name: str) -> bool:
    """A name with a post (王某某副市长, 分管副市长, 张三同志): an official, not a unit."""
    name = name.strip()
    return bool(_POST.search(name)) and not re.search(r"(局|委|办|厅|政府|管委会)$", name)


def _unit_like(text: str) -> bool:
    """Does every item of a unit list look like a unit, a group or an official?"""
    parts = split_top_level(strip_etc(text))
    if not parts:
        return False
    for part in parts:
        part = re.sub(r"[(（〈<\[【].*?[)）〉>\]】]", "", part).strip()
        part = strip_etc(part)
        if not part or len(part) > 40 or re.search(r"[。!?！？:：]", part):
            return False
        if not (_UNIT_END.search(part) or is_group_expression(part) or is_person(part)):
            return False
    return True


def _segments(inner: str):
    """Top-level segments of a clause (split at , ， ; ； 。) with their offsets."""
    depth, start = 0, 0
    from .textnorm import CLOSE_BRACKETS, OPEN_BRACKETS

    for i, ch in enumerate(inner + ","):
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",，;；。":
            raw = inner[start:i]
            stripped = raw.strip()
            if stripped:
                yield stripped, start + raw.index(stripped[0])
            start = i + 1


def _units_of(text: str) -> str:
    return strip_etc(_LEADING.sub("", text.strip()))


def split_clause(inner: str) -> list[Piece]:
    """What a verb clause says, segment by segment (roles before the lead rule is applied)."""
    pieces: list[Piece] = []
    for seg, start in _segments(inner):
        if _SCOPE_NOTE.match(seg):
            pieces.append(Piece("note", seg, start))
            continue
        m = _VERB.match(seg)
        if m is None:
            if _DEADLINE.search(seg) and not _unit_like(seg):
                pieces.append(Piece("deadline", seg, start))
            elif _unit_like(seg):
                pieces.append(Piece("pending", _units_of(seg), start))  # units sharing the next segment's verb
            else:
                pieces.append(Piece("unparsed", seg, start))
            continue
        units, role = m["units"], _ROLE[m["verb"]]
        together = _TOGETHER.match(units)
        if together:
            lead = _units_of(together["lead"])
            pieces.append(Piece("lead", lead, start + seg.index(lead) if lead in seg else start))
            rest = _units_of(together["rest"])
            pieces.append(Piece("assist", rest, start + seg.index(rest, len(together["lead"])) if rest in seg else start))
            continue
        text = _units_of(units)
        for piece in pieces:
            if piece.role == "pending":
                piece.role = role  # "区财政局等部门,区国投公司配合": both lists assist
        pieces.append(Piece(role, text, start + seg.find(text) if text in seg else start))
    for piece in pieces:
        if piece.role == "pending":
            piece.role = "unparsed"
    return pieces


def is_verb_clause(inner: str) -> bool:
    """Is this bracketed text a responsibility clause with verbs (rather than a remark in brackets)?"""
    inner = inner.strip()
    if not inner or len(inner) > 600:
        return False
    found = False
    for piece in split_clause(inner):
        if piece.role in ("lead", "assist", "responsible"):
            if not _unit_like(piece.text):
                return False
            found = True
    return found


def _bracketed(text: str):
    from .textnorm import matching_close

    for m in re.finditer(r"[(（〔【]", text):
        close = matching_close(text, m.start())
        if close is not None:
            yield text[m.start() + 1 : close]


def detect(text: str) -> int:
    """How many verb clauses the text holds outside table rows (0: not this genre)."""
    count = 0
    for line in text.split("\n"):
        if "\t" in line or not re.search(r"牵头|主办|配合|协办|参与|负责|协助|指导", line):
            continue
        count += sum(1 for inner in _bracketed(line) if is_verb_clause(inner))
        dash = re.search(r"——([^—]+)$", line)
        if dash and is_verb_clause(dash[1].rstrip("。;；")):
            count += 1
    return count


def parse(source, collector) -> None:
    """Numbered items with verb clauses: read by the item parser of the inline genre, with verb clauses on."""
    from . import inline_clauses

    inline_clauses.parse(source, collector)
