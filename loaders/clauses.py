"""Find responsibility clauses in an item's text and read what each says, by the role vocabulary.

A clause is labelled ("(牵头单位:X;配合单位:Y)", "牵头单位:X" on a line of its own), written with verbs
("(X牵头,Y配合)", "(海关总署负责)", "——X牵头"), or a sentence of running text made only of such verb
segments ("X牵头,Y配合。"). Reading a clause yields pieces: a unit list with its role (lead, assist,
responsible), officials (people), a deadline, a remark, or text that could not be read (reported).
Bracket pairs are found in one pass, so nothing here is quadratic in a line's length.

Examples
--------
>>> v = Vocabulary.default()
>>> [(p.role, p.text) for p in read_clause("财政部牵头,人力资源社会保障部等按职责分工负责", v)]
[('lead', '财政部'), ('responsible', '人力资源社会保障部')]
>>> [(p.role, p.text) for p in read_clause("牵头单位:市商务局;协办单位:市财政局、各区人民政府", v)]
[('lead', '市商务局'), ('assist', '市财政局、各区人民政府')]
>>> [(c.kind, c.inner) for c in find_clauses("加强监管。(市场监管局负责)推进改革(以下简称改革)。", v)]
[('verb', '市场监管局负责')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice
from dataclasses import dataclass

from .textnorm import (CLOSE_BRACKETS, OPEN_BRACKETS, OWNER_WORDS, SENTENCE_STOP, SPACED_FIELD, TITLE_THEN_SPACE,
                       brackets_balanced, distribute_suffix, split_top_level, tie_levels, without_other_name)
from .vocabulary import BY, LEVELS_FIRST, UNIT_ROLES, Vocabulary

__all__ = ["Piece", "Clause", "bracket_pairs", "read_clause", "is_clause", "find_clauses", "unit_like", "partners",
           "first_listed_statement", "each_part_statement", "comma_leads_statement", "carry_forward_units"]

_DEADLINE_WORDS = re.compile(r"(\d{4}\s*年|\d{1,2}\s*月|年底|年内|底前|长期|持续|每(年|季|月|半年)|常态|全年|季度)")
_SENTENCE_END = "。;；!！?？"
_MAX_CLAUSE = 800  # a bracket longer than this is prose, not a clause


@dataclass
class Piece:
    role: str  # lead | assist | responsible | people | deadline | note | unparsed
    text: str  # the unit list (or the segment, for the other roles)
    start: int  # offset of ``text`` in the clause


@dataclass
class Clause:
    start: int  # offset of the opening bracket (or of the clause's first character) in the item text
    end: int  # exclusive
    inner: str  # the clause without its brackets
    inner_start: int
    kind: str  # label | verb | sentence | opening (verb segments opening a sentence, the task after them) | line
    closed: bool = True
    reading: str | None = None  # what the clause says, when its own words are not a clause ("由X…带队": X牵头)

    @property
    def printed(self) -> str:
        return self.inner if self.kind in ("sentence", "opening", "line") else "(" + self.inner + ")"


def bracket_pairs(text: str) -> dict[int, int]:
    """Opening offset -> closing offset for every matched bracket pair (any kind closes any kind), one pass."""
    pairs, stack = {}, []
    for i, ch in enumerate(text):
        if ch in OPEN_BRACKETS:
            stack.append(i)
        elif ch in CLOSE_BRACKETS and stack:
            pairs[stack.pop()] = i
    return pairs


def _unclosed_end(text: str, value: int, pairs: dict[int, int]) -> int:
    """Where a bracketed label clause whose bracket never closes ends: after a bracket that holds its whole value
    ("（责任单位：〔省发改委、文旅厅…按职责分工负责〕", 闽发改规〔2024〕5号: a typo's other bracket), else at the first
    full stop outside brackets, else at the end of the item (a page run into one paragraph goes on to the next
    heading after it)."""
    while value < len(text) and text[value].isspace():
        value += 1
    if value in pairs and text[pairs[value] + 1: pairs[value] + 2] not in ("、", ",", "，", ";", "；"):
        return pairs[value] + 1
    i = value
    while i < len(text):
        if i in pairs:
            i = pairs[i] + 1  # (a bracket's own full stops are its own)
        elif text[i] == "。":
            return i
        else:
            i += 1
    return len(text)


def _cut_list(rest: str, vocab: Vocabulary) -> str | None:
    """The units of a bracket that the copy cut off at the item's end, before it could close: "…(省公安厅、省商务厅
    等按职责分工" / "…(市发展改革委、市财政局、人民" (a page stored to its first thousand characters). Its clause
    without the name it cut in two, else None (a remark that never closes is not a clause)."""
    inner = rest.rstrip()
    if not inner or "\n" in inner.strip() or any(ch in OPEN_BRACKETS for ch in inner):
        return None  # (a bracket left open before other lines, or before clauses of its own, is a typo's, not a cut)
    for candidate in (inner, re.sub(r"[、，,]?[^、，,]*$", "", inner)):
        if len(candidate) >= 2 and is_clause(candidate, vocab, bare_list=True):
            return candidate
    return None


def _segments(inner: str, verb_end: re.Pattern | None = None):
    """Top-level segments (split at , ， ; ； 。 outside brackets, and at 、 after a role verb: "X和Y分别牵头、Z",
    "X负责落实、Y组织落实") with their offsets."""
    depth, start = 0, 0
    for i, ch in enumerate(inner + ","):
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ",，;；。" or ch == "、" and verb_end is not None and verb_end.search(inner, max(start, i - 24), i)):  # the verb ends at the 、: only the segment's tail can hold it
            raw = inner[start:i]
            stripped = raw.strip()
            if stripped:
                yield stripped, start + raw.index(stripped[0])
            start = i + 1


def _strip_brackets(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


_NUMBERED = re.compile(r"^\d{1,3}[.、．]\D")


def unit_like(text: str, vocab: Vocabulary) -> bool:
    """Does every item of a printed list look like a unit, a group of units or an official?"""
    parts = split_top_level(vocab.strip_etc(text))
    if not parts:
        return False
    parts = distribute_suffix(parts, lambda name: vocab.is_unit_name(name) or vocab.is_group(name))
    trades = None  # "卫健、教体、民政等行业主管部门": departments named by their trades alone (asked once, when met)
    for part in parts:
        if len(bare := _strip_brackets(part).strip()) <= 20 and \
                (trades := vocab.listed_trades(text) if trades is None else trades) and \
                (bare in trades or vocab.is_trade(bare)):
            continue  # (a trade and its other name: "城市管理（综合行政执法）", 聊城 道路交通安全条例)
        part = vocab.strip_etc(_strip_brackets(part).strip())
        part = re.sub(r"\s+", "", part).strip(vocab.mark_chars)  # "★区发改委", "区政府办公室*": a mark beside a name
        if not part or len(part) > 40 or re.search(r"[。!?！？:：]", part) or _NUMBERED.match(part) or \
                (vocab.told_inside_re is not None and vocab.told_inside_re.search(part)):
            return False  # "1.市政公用城学校": a numbered item, not a name; "各级人民政府要认真组织各有关部门": a sentence
        if not (vocab.is_unit_name(part) or vocab.is_group(part) or vocab.is_person(part) or (
                # "工业和信息化部等有关部门及各地方": two names joined by 及
                (m := _JOINED.search(part)) and _one_name(vocab.strip_etc(part[: m.start()]), vocab) and
                _one_name(part[m.end():], vocab))):
            return False
    return True


_JOINED = re.compile(r"(?<=[部门局委办厅院会府司署行位])(?:以及|及)(?=\S{2})")  # (…相关部门和单位及各地区)


def _one_name(part: str, vocab: Vocabulary) -> bool:
    return bool(part) and (vocab.is_unit_name(part) or vocab.is_group(part) or vocab.is_person(part))


def _units_of(text: str, vocab: Vocabulary, lead_in: bool = True) -> str:
    """The unit list of a clause's subject: without "由" before it (unless ``lead_in`` is false), the words that
    qualify its verb after it ("分别", "按职责") and a closing 等."""
    text = text.strip()
    if lead_in and vocab.lead_in_re is not None:
        text = vocab.lead_in_re.sub("", text)
    if vocab.qualifier_tail_re is not None:
        text = vocab.qualifier_tail_re.sub("", text)  # "省教育厅、省卫生健康委等分别" (负责…)
    if not vocab.names_trades(text):
        return vocab.strip_etc(text)
    if (etc := vocab.etc_re.search(text)) and etc["tail"]:
        text = text[: etc.start("tail")]  # "…、保监和共青团等相关部门、组织" (教基一〔2016〕8号, b553): the organisations
    return text  # ("卫健、教体、民政等部门": the kind after 等 makes the trades units, unit_like)


def _listed_on(part: str, vocab: Vocabulary) -> bool:
    """Do a label's units go on after a full stop ("牵头部门:市交通局。建设进度相对较慢的县区为舒城县。": no, a
    sentence of the report follows them; 六安 民生工程 通报)?"""
    return unit_like(part, vocab) and "的" not in part


def _verb_pieces(inner: str, vocab: Vocabulary, offset: int = 0) -> list[Piece]:
    """What a verb clause says, segment by segment (responsible roles not yet decided)."""
    pieces: list[Piece] = []
    for seg, start in _segments(inner, vocab.segment_verb_re):
        start += offset
        if _is_remark(seg, vocab):
            pieces.append(Piece("note", seg, start))
            continue
        if (said := vocab.copula_at_end(seg)) is not None and unit_like(_units_of(said[0], vocab), vocab):
            text = _units_of(said[0], vocab)
            pieces.append(Piece(said[1], text, start + max(0, seg.find(text))))
            continue
        agent = _agent(seg, vocab)
        if agent is not None:
            for role, text in agent:
                pieces.append(Piece(role, text, start + max(0, seg.find(text))))
            continue
        word = next((w for w in vocab.together if seg.startswith(w)), None) if pieces else None
        closing = vocab.verb_at_end(seg) if word else None  # "…牵头，会同Y负责实施": Y's verb is the lead's work
        if word and pieces[-1].role in ("lead", "responsible") and (closing is None or closing[2] == "responsible") and \
                unit_like(rest := _units_of((closing[0] if closing else seg)[len(word):], vocab), vocab):
            pieces.append(Piece("assist", rest, start + max(0, seg.find(rest))))  # "由国库处牵头,会同预算处、金融处,…":
            continue                                                             # the units it works with assist
        found = vocab.verb_at_end(seg)
        if found is not None and not unit_like(_units_of(found[0], vocab), vocab) and "由" not in found[0] \
                and not (vocab.together_re and vocab.together_re.match(found[0])):
            found = None  # "年内持续推进": a verb, but no unit before it
        if found is None and (mainly := _MAINLY.match(seg.strip())) and \
                unit_like(text := _units_of(mainly["units"], vocab), vocab):
            pieces.append(Piece("mainly", text, start + max(0, seg.find(text))))  # "以省卫生厅为主": leads if helped
            continue
        if found is None:
            if _DEADLINE_WORDS.search(seg) and not unit_like(seg, vocab):
                pieces.append(Piece("deadline", seg, start))
            elif unit_like(_units_of(seg, vocab), vocab):
                pieces.append(Piece("pending", _units_of(seg, vocab), start))  # shares the next segment's verb
            else:
                pieces.append(Piece("unparsed", seg, start))
            continue
        units, _verb, role = found
        if (word := next((w for w in PARTNERS_FIRST if units.startswith(w)), None)) and \
                unit_like(rest := _units_of(units[len(word):], vocab), vocab):
            pieces.append(Piece("assist", rest, start + max(0, seg.find(rest))))  # no subject before 会同: a duty
            continue  # list's item, "（五）会同市有关部门负责…专项资金的使用管理" (上海 中小企业促进条例, b872): its head's
            # body works with them
        if "由" in units and not units.startswith("由"):
            units = units[units.rindex("由") + 1:]  # "此项工作由市财政局负责"
        together = vocab.together_re.match(units) if vocab.together_re else None
        if together and unit_like(_units_of(together["lead"], vocab), vocab):
            lead = _units_of(together["lead"], vocab)
            rest = _units_of(together["rest"], vocab)
            pieces.append(Piece("lead", lead, start + max(0, seg.find(lead))))
            pieces.append(Piece("assist", rest, start + max(0, seg.find(rest))))
            continue
        if together and "会同" in units:  # "由项目管理人会同所在居民区党组织组织实施" (塘桥 街道 建设项目管理 办法): no
            pieces.append(Piece("unparsed", seg, start))  # unit leads, and the two are no one name (协调, 联合 may be a
            continue  # name's: 食品安全协调处, 妇女联合会)
        helping = vocab.helping_re.match(units) if vocab.helping_re else None
        if helping and unit_like(_units_of(helping["rest"], vocab), vocab) and \
                unit_like(_units_of(helping["lead"], vocab), vocab):  # "省人事厅配合省委有关部门落实"
            lead, rest = _units_of(helping["lead"], vocab), _units_of(helping["rest"], vocab)
            pieces.append(Piece("assist", rest, start + max(0, seg.find(rest))))
            pieces.append(Piece("lead", lead, start + max(0, seg.find(lead))))
            continue
        text = _units_of(units, vocab)
        others = vocab.remark_units_re is not None and vocab.remark_units_re.match(text)
        for piece in pieces:
            if piece.role == "pending" and not others:  # (not "X、Y,其他有关单位按职责分工配合": the others help X, Y)
                piece.role = role  # "区财政局等部门,区国投公司配合": both lists assist
        pieces.append(Piece(role, text, start + max(0, seg.find(text))))
    for piece in pieces:
        if piece.role == "pending":
            piece.role = "responsible_list"  # a bare list: responsible where nothing says otherwise
        elif piece.role == "mainly":  # "以省卫生厅为主，工商、质监…等部门配合，…" (河北 食品专项整治 方案, b362): the
            # unit a task is mainly for leads when others are named to help it (not "以企业为主,政府引导": prose)
            piece.role = "lead" if any(p.role == "assist" for p in pieces) else "unparsed"
    notes = [k for k, p in enumerate(pieces) if p.role == "note"]
    if len(notes) >= 2 and pieces[notes[0]].text.startswith("以下"):
        for piece in pieces[notes[0]: notes[-1]]:  # "以下均需X落实,区政府无相关职能的,由Y负责相关工作,不再列出":
            piece.role = "note"                    # one statement from 以下 to 不再列出
    if vocab.remark_units_re is not None and any(p.role == "note" for p in pieces):
        for piece in pieces:  # "列第一位者为牵头部门,其他有关部门和单位按职责分工负责,下同": the others are the statement's
            if piece.role in (*UNIT_ROLES, "responsible_list") and \
                    vocab.remark_units_re.match(piece.text):
                piece.role = "note"
    return pieces


_MAINLY = re.compile(r"^(?:[^,，。;；以]{2,20}?)?以(?P<units>[^,，。;；]{2,40})为主$")


def _is_remark(seg: str, vocab: Vocabulary) -> bool:
    """A segment that is a remark ("下同", "以下…不再列出"), a mark's legend ("标☆的为牵头单位") or holds a
    first-listed-leads or comma-leads statement ("原则上由排名首位的部门牵头负责", "第一个逗号前为牵头单位")."""
    if vocab.remark_re is not None and vocab.remark_re.match(seg):
        return True
    if any(mark in seg for mark in vocab.mark_chars) and mark_legend(seg, vocab):
        return True
    for statement in (vocab.first_listed_re, vocab.comma_leads_re, vocab.each_part_leads_re):  # (and "第一个逗号前为
        # 牵头单位": 南充 OPC 行动方案; "两省市列首位的为牵头单位": 渝府办发〔2022〕22号)
        m = statement.search(seg) if statement is not None else None
        if m is not None and not any(ch in OPEN_BRACKETS for ch in seg[: m.start()]) and \
                not unit_like(seg[: m.start()], vocab):
            return True
    return False


_NEAR = 12  # how far into a segment its agent's 由 may stand and still open it (see _agent, _from_agent)
_CLOSING = 6  # the words an agent's verb may have after it when it closes a long segment (see _agent)


def _before_stop(units: str, vocab: Vocabulary) -> str:
    """Partners' names before a word that ends them (roles.yaml partner_stops): "有关部门抓紧出台" -> "有关部门"."""
    stop = vocab.partner_stop_re.search(units, 2) if vocab.partner_stop_re is not None else None
    return units[: stop.start()] if stop and unit_like(units[: stop.start()], vocab) else units  # (not "市垃圾处理中心")


def _agent(seg: str, vocab: Vocabulary):
    """"由X负责" / "由X会同Y等部门研究提出落实意见": [(role, units)], or None when the segment is not so."""
    if "由" not in seg or vocab.verb_at_end(seg) and not vocab.agent_re.search(seg):
        return None
    m = vocab.agent_re.search(seg)
    if m is None or m.start() > _NEAR and len(seg[m.end():].strip(" 。;；")) > _CLOSING:
        return None  # (further on, only an agent closing its segment: "…的违法建设行为由县城乡建委负责查处。")
    after = re.split(r"[,，。;；、]", seg[m.end(): m.end() + 8], maxsplit=1)[0]
    if "的" in after and vocab.verb_role(m["verb"]) is None:
        return None  # "由区房管局或属地街道代为组织实施的危险房屋急修…": what kind of repair, no assignment (but
        # "由镇公路站负责的农村道路硬化项目" names the project's unit)
    lead = _units_of(m["lead"], vocab)
    if not unit_like(lead, vocab) and not m["rest"] and (longer := _longer_agent(seg, m, vocab)) is not None:
        lead, verb = longer  # "由扶贫开发指导处负责落实": a verb inside the name (指导) is not its verb
        return [(vocab.verb_role(verb) if vocab.verb_role(verb) == "lead" else "responsible", lead)]
    if not unit_like(lead, vocab):
        return None
    if m["rest"]:
        rest = _units_of(_before_stop(m["rest"], vocab), vocab)
        if not unit_like(rest, vocab) and not (rest := _partners_then_work(seg[m.start("rest"):], vocab)):
            return None
        return [("lead", lead), ("assist", rest)]
    if m["verb"] in vocab.together and (rest := _partners_before_verb(seg[m.end():], vocab)):
        return [("lead", lead), ("assist", rest)]  # "由国务院安全生产监督管理部门会同国务院公安部门、农业主管部门
        # 确定并公布" (国务院令第591号): a verb of no agent_verbs after the partners, or their comma
    role = vocab.verb_role(m["verb"]) if vocab.verb_role(m["verb"]) == "lead" else "responsible"
    return [(role, lead)]


#: A clause opening with this names the bodies its subject works with, no subject of its own (an item of a duty list).
PARTNERS_FIRST = ("会同",)

_PARTNERS_REACH = 300  # the longest list of partners read after a 会同 (the 危险化学品 条例's nine trades: 60)


_KIND_END = re.compile(r"(?:部门|机构|机关|单位)(?![和及与、或等])")  # a kind of body closing a list of names


def _names_to_kind(after: str, vocab: Vocabulary) -> str:
    """The partners after a 会同 up to the last kind of body that closes a list of names ("有关部门遵循规模适度…的原则",
    北京 街道办事处条例 第八条; "财政、环保、水利等有关部门贯彻执行…"), else ""."""
    clause = re.split(r"[,，。;；:：()（）]", after[:_PARTNERS_REACH])[0]
    return next((clause[:end] for end in sorted((k.end() for k in _KIND_END.finditer(clause)), reverse=True)
                 if unit_like(clause[:end], vocab)), "")  # (the longest: "公安机关交通管理、城市管理…等部门")


def _partners_before_verb(after: str, vocab: Vocabulary) -> str:
    """The units an agent acts together with, printed after its 会同 up to the verb of their work or a comma
    ("国务院公安部门、农业主管部门确定并公布", "国务院工业和信息化、公安…、农业主管部门，根据…"), else ""."""
    span = re.split(r"[,，。;；:：]", after[:_PARTNERS_REACH])[0]  # (a list of names, not a page: each cut is tried)
    if vocab.name_break_re is not None and (cut := vocab.name_break_re.search(span, 2)):
        span = span[: cut.start()]  # "相关部门对驻村扶贫工作队干部…": a preposition ends the names (name_breaks)
    for stop in vocab.action_re.finditer(span):  # the first verb after names ("有关部门研究制定…"; not 主管 in
        if not vocab.unit_ending_re.match(span, stop.end()) and _named(span[: stop.start()], vocab):  # "农业主管部门",
            return _named(span[: stop.start()], vocab)  # "气象主管机构": a name goes on after it)
    for end in sorted({m.end() for m in vocab.unit_ending_re.finditer(span)} | {len(span)}, reverse=True):
        if units := _named(span[:end], vocab):  # (the longest run of names, then a verb of no list: "确定并公布")
            return units
    return ""


def _partners_then_work(after: str, vocab: Vocabulary) -> str:
    """The partners after an agent's 会同 when words of how or what they do follow them before the agent's verb
    ("由国务院生态环境主管部门会同国务院发展改革等有关部门根据国家温室气体排放控制目标研究提出", 碳排放权交易管理暂行条例,
    b677): the names up to a verb or a word that ends names (name_breaks), else "" (not a name cut short: "国务院野生
    动物、植物管理部门")."""
    units = _partners_before_verb(after, vocab)
    if not units:
        return ""
    rest = after[len(units):] if after.startswith(units) else ""
    return units if rest and (vocab.action_re.match(rest) or
                              vocab.name_break_re is not None and vocab.name_break_re.match(rest)) else ""


def _named(text: str, vocab: Vocabulary) -> str:
    units = _units_of(_before_stop(text, vocab), vocab)
    return units if units and unit_like(units, vocab) else ""


def _longer_agent(seg: str, m: re.Match, vocab: Vocabulary) -> tuple[str, str] | None:
    """The agent's units and verb when the verb the pattern stopped at is inside the units' name: the first later
    agent verb with a unit's name before it, within a name's length."""
    start = m.start("lead")
    verbs = sorted(vocab.agent_verbs, key=len, reverse=True)
    for p in range(m.end("verb"), min(len(seg), start + 30)):
        if seg[p] in ",，;；。":
            return None
        verb = next((v for v in verbs if seg.startswith(v, p)), None)
        if verb and unit_like(units := _units_of(seg[start:p], vocab), vocab):
            return units, verb
    return None


def _label_pieces(inner: str, vocab: Vocabulary) -> list[Piece]:
    labels = list(vocab.label_re.finditer(inner))
    pieces: list[Piece] = []
    head = inner[: labels[0].start()].strip(" ;；,，。") if labels else inner
    unknown: list[Piece] = []
    if labels and (u := _UNKNOWN_LABEL_FIRST.match(head)) and u.end() < len(head):
        # "(督办单位:市政府督查室;承办单位:市发改委)": a label in no vocabulary before the known one, read as
        # one after it is (below)
        unknown = [Piece("unknown_label", u["label"], u.start("label")), Piece("oversee", head[u.end():], u.end())]
        head = ""
    if head:  # "X等按职责分工负责。责任单位:Y": verbs before the first label
        said = _verb_pieces(head, vocab)
        if any(p.role in UNIT_ROLES for p in said):
            pieces.extend(p if p.role != "responsible_list" else Piece("unparsed", p.text, p.start) for p in said)
        else:
            pieces.append(Piece("unparsed", head, 0))
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(inner)
        content = inner[m.end(): end]
        stripped = content.strip().rstrip(";；。,，")
        start = m.end() + (len(content) - len(content.lstrip()))
        role = vocab.label_role(m[1])
        if vocab.remark_re is not None:  # "…。以下任务均需…不再一一列出" is a remark, not a unit list
            parts = re.split(r"([。;；])\s*", stripped)
            kept = [parts[0]]
            for stop, part in zip(parts[1::2], parts[2::2]):
                if vocab.remark_re.match(part) or stop == "。" and part and not _listed_on(part, vocab):
                    break
                kept.append(part)
            stripped = "；".join(kept)
        if (f := _OTHER_FIELD.search(stripped)) is not None and vocab.label_role(f["field"]) is None and \
                not f["field"].endswith(("单位", "部门")):
            # "（负责部门：商务部、海关总署；适用范围：所有自贸试验区）" (国发〔2018〕38号): a field of another kind after
            # the units ends them; it is a note
            pieces.append(Piece("note", stripped[f.start("field"):], start + f.start("field")))
            stripped = stripped[: f.start()].rstrip(" ;；,，。")
        while (u := _UNKNOWN_LABEL.search(stripped)) is not None and u.start() > 0:
            # "(牵头单位:市发改委,数据提供单位:市统计局)": a label in no vocabulary after the known one's units; its
            # units guide or help (assist; lead when nothing else is named), and the label is reported
            units = stripped[u.end():].strip().rstrip(";；。,，")
            if units:
                unknown[:0] = [Piece("unknown_label", u["label"], start + u.start("label")),
                               Piece("oversee", units, start + u.end())]
            stripped = stripped[: u.start()].rstrip(" ;；,，。")
        if role in ("people", "deadline"):
            pieces.append(Piece(role, stripped, start))
            continue
        if not stripped or vocab.is_none(stripped):
            pieces.append(Piece("none", stripped, start) if vocab.is_none(stripped) and stripped else
                          Piece("empty", m[1], m.start()))
            continue
        if role in ("lead", "responsible") and (worked := _worked_with(stripped, role, start, vocab)):
            pieces.extend(worked)  # "责任单位:省工业和信息化厅、省科技厅会同省体育局、省教育厅,各市政府"
            continue
        verbs = _verb_pieces(stripped, vocab, start)
        clauses_over = any(p.role in UNIT_ROLES for p in verbs) and any(p.role == "unparsed" for p in verbs) and \
            not any(unit_like(p.text, vocab) or _DEADLINE_WORDS.search(p.text) for p in verbs if p.role == "unparsed")
        if clauses_over:
            # a label over clauses, not names ("责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府组织实施,区直有关
            # 责任部门配合", 岚综管办〔2015〕70号): a segment opened by a unit and the verb of its work is that unit's;
            # what no rule reads stays unparsed (reported), not a unit's name
            verbs = [Piece("responsible", unit, p.start) if p.role == "unparsed" and
                     (unit := vocab.duty_subject(p.text)) is not None and unit_like(unit, vocab) else p for p in verbs]
        if any(p.role in UNIT_ROLES for p in verbs) and (clauses_over or all(p.role != "unparsed" for p in verbs)):
            pieces.extend(p if p.role != "responsible_list" else Piece(role, p.text, p.start) for p in verbs)
            continue
        remarks = [(seg, at) for seg, at in _segments(stripped) if _is_remark(seg, vocab)]
        if remarks:  # "市税务局、市财政局,排在首位的为牵头单位,下同": the remarks are not units
            for seg, at in remarks:
                pieces.append(Piece("note", seg, start + at))
            stripped = stripped[: remarks[0][1]].rstrip(" ,，;；")
        deadline = None
        for seg, seg_start in _segments(stripped):
            if _DEADLINE_WORDS.search(seg) and not unit_like(seg, vocab) and seg_start > 0:
                deadline = (seg, seg_start)
                break
        if deadline:  # "(牵头单位:X,2024年底前完成)"
            pieces.append(Piece(role, stripped[: deadline[1]].rstrip(" ,，;；"), start))
            pieces.append(Piece("deadline", deadline[0], start + deadline[1]))
        elif not unit_like(stripped, vocab) and (unit := vocab.duty_subject(stripped)) is not None and \
                unit_like(unit, vocab):
            pieces.append(Piece(role, unit, start))  # "责任分工:省统计局负责组织全面调查。": the label over one duty's
            # sentence, its subject the unit (not the sentence read as a name)
        else:
            pieces.append(Piece(role, stripped, start))
    return pieces + unknown


def _worked_with(units: str, role: str, start: int, vocab: Vocabulary) -> list[Piece]:
    """A label's unit list naming whom its units work with ("A、B会同C、D,各市政府"): the label's role for A, B and
    the segments without such a word, assist for C, D; [] when no segment names one."""
    if vocab.together_re is None or not any(w in units for w in vocab.together):
        return []
    out: list[Piece] = []
    for seg, at in _segments(units):
        m = vocab.together_re.match(seg)
        if m and unit_like(lead := _units_of(m["lead"], vocab), vocab) and \
                unit_like(rest := _units_of(m["rest"], vocab), vocab):
            out += [Piece(role, lead, start + at + seg.find(lead)), Piece("assist", rest, start + at + seg.find(rest))]
        elif unit_like(_units_of(seg, vocab), vocab):
            out.append(Piece(role, seg, start + at))
        else:
            return []  # (a segment of no units: not a list this reads)
    return out if any(p.role == "assist" for p in out) else []


#: "数据提供单位:" inside a labelled clause, after a separator: a label the vocabulary does not hold
_UNKNOWN_WORD = r"\s*(?P<label>[\u4e00-\u9fff]{2,8}?(?:单位|部门))\s*[:：]"
_UNKNOWN_LABEL = re.compile(r"(?<=[,，;；。])" + _UNKNOWN_WORD)
#: a field of another kind after a label's units ("；适用范围：所有自贸试验区")
_OTHER_FIELD = re.compile(r"[;；,，。]\s*(?P<field>[\u4e00-\u9fff]{2,6})\s*[:：]")
#: the same label opening the clause
_UNKNOWN_LABEL_FIRST = re.compile(_UNKNOWN_WORD + r"\s*")


def _statements(inner: str, vocab: Vocabulary) -> str:
    """The clause with any carry-forward statement blanked out (it is a remark; ``Conventions`` applies it)."""
    for pattern in vocab.carry_forward_res:
        if m := pattern.search(inner):
            inner = inner[: m.start()] + " " * (m.end() - m.start()) + inner[m.end():]
    return inner


def read_clause(inner: str, vocab: Vocabulary) -> list[Piece]:
    """The pieces of a clause: labelled when it holds a label, else verb segments."""
    if "不" in inner:
        inner = _statements(inner, vocab)
    if vocab.label_re.search(inner):
        return _label_pieces(inner, vocab)
    pieces = _verb_pieces(inner, vocab)
    return [p if p.role != "responsible_list" else Piece("responsible", p.text, p.start) for p in pieces]


def is_clause(inner: str, vocab: Vocabulary, bare_list: bool = False) -> bool:
    """Is this text a responsibility clause (rather than a remark in brackets or prose)?

    ``bare_list``: a list of units with no verb also counts (a bracket closing an item: "(市发改委、市财政局)").
    """
    inner = inner.strip()
    if not inner or len(inner) > _MAX_CLAUSE:
        return False
    if vocab.label_start_re.match(inner):
        return True
    if (u := _UNKNOWN_LABEL_FIRST.match(inner)) and (m := vocab.label_re.search(inner, u.end())) and \
            inner[m.start() - 1] in ",，;；。 " and unit_like(inner[u.end(): m.start()].rstrip(",，;；。 "), vocab):
        return True  # "督办单位:市政府督查室;承办单位:市发改委": a label in no vocabulary, then a known one
    pieces = _verb_pieces(inner, vocab)
    roles = {p.role for p in pieces}
    if roles & set(UNIT_ROLES):
        named = [p for p in pieces if p.role in UNIT_ROLES]
        unread = sum(1 for p in pieces if p.role == "unparsed")
        return all(unit_like(p.text, vocab) for p in named) and unread <= len(named)
    if (bare_list or "note" in roles and (comma_leads_statement(inner, vocab) or first_listed_statement(inner, vocab))) \
            and "responsible_list" in roles and roles <= {"responsible_list", "note"} and len(inner) <= 160:
        # (a bare list with the document's statement of who leads in it is a clause anywhere in its item: "(X、Y，Z。
        # 列逗号之前的为牵头单位…,下同)" before the item's next sentence; not a name's gloss "(含临川区、东临新区,下同)")
        names = [vocab.strip_etc(_strip_brackets(x)).strip(vocab.mark_chars)  # "市发改委★": a mark beside a name
                 for p in pieces if p.role == "responsible_list" for x in split_top_level(p.text)]
        return all(len(x) >= 2 and vocab.is_unit_name(re.sub(r"\s+", "", x)) or vocab.is_group(x) for x in names)
    return False


def _glued_field(text: str, m: re.Match, vocab: Vocabulary) -> bool:
    """A label glued to the task's words that closes the item with a colon and its units: "《中国共产党章程》责任单位:
    局机关党委" (a one-line page's list); not "明确责任单位:…" in prose."""
    rest = text[m.end():].lstrip(" :：").rstrip(" 。;；")
    colon = m.group(0).rstrip().endswith((":", "：")) or text[m.end(): m.end() + 2].lstrip(" ")[:1] in (":", "：")
    return colon and bool(rest) and unit_like(rest, vocab)


def _title_field(text: str, m: re.Match, line_starts: list[int] | None, vocab: Vocabulary) -> int | None:
    """A label glued to an item's title that ends the item's first line with its units: "(一)适龄女生HPV疫苗接种牵头
    责任部门:县卫生健康委员会" over the item's progress (琼中 为民办实事 通报); the line's end, else None."""
    starts = line_starts or []
    after = bisect_right(starts, m.end())  # (the item's first line: no line starts before the label)
    if after >= len(starts) or bisect_left(starts, 1) < bisect_left(starts, m.start()) or \
            vocab.label_role(m.group(1)) is None:
        return None
    end = starts[after]
    rest = text[m.end(): end].strip(" :：\t\u3000").rstrip(" 。;；")
    return end if rest and unit_like(rest, vocab) else None


def _next_field(text: str, m: re.Match, vocab: Vocabulary) -> bool:
    """A label glued to the short value of a label before it: "牵头领导:李 平牵头处室:交通与建设处" (a run of fields on a
    page that lost its line breaks)."""
    window = text[max(0, m.start() - 24): m.start()]
    last = None
    for last in vocab.label_re.finditer(window):
        pass
    return last is not None and 0 < len(window) - last.end() <= 12 and \
        not re.search(r"[。;；,，、]", window[last.end():])


_REMARK_END = re.compile(r"[,，;；]")


def _remark_then_label(inner: str, vocab: Vocabulary) -> int | None:
    """Where a bracket's labels start after a short remark naming no body ("5月底完成,牵头单位:…"), if they do."""
    m = _REMARK_END.search(inner, 0, 41)
    if m is None or vocab.names_a_body(inner[:m.start()]) or vocab.label_re.search(inner, 0, m.start()):
        return None
    tail = inner[m.end():]
    after = m.end() + len(tail) - len(tail.lstrip())  # past the separator and any space after it
    rest = inner[after:]
    return after if vocab.label_start_re.match(rest) and is_clause(rest, vocab) else None


def _sentences(text: str, start: int, end: int, pairs: dict[int, int]):
    """Top-level sentences of text[start:end] (split at 。;； outside brackets), with offsets."""
    i, begin = start, start
    while i < end:
        ch = text[i]
        if i in pairs:
            i = min(pairs[i], end - 1) + 1
            continue
        if ch in _SENTENCE_END:
            yield begin, i
            begin = i + 1
        i += 1
    if begin < end:
        yield begin, end


_NOT_UNITS = re.compile(r"[\d将于并向报前后]|^[和及与或、]")
_NOUN_BEFORE = set("各其和及与、的有关")


def _colonless_labels(text: str, vocab: Vocabulary) -> Clause | None:
    """Labels with no colon closing an item, each before its units, to the item's end ("…积极动员人人参与环境卫生整治活动
    责任单位各社区居委会、驻辖区单位", "…业户垃圾清运费没有收到位责任单位环卫分公司配合单位办事处、城管中队": a street
    office's 市容 整治 方案 whose page lost its punctuation): one label clause, read as if the colons were printed; else
    None (a label word inside a sentence is no field)."""
    hits = list(vocab.bare_label_re.finditer(text, max(0, len(text) - 300)))
    if not hits:
        return None
    end = len(text.rstrip().rstrip("。;；,，"))
    read, first = [], None
    for m, following in zip(reversed(hits), [None, *reversed(hits)]):
        stop = following.start() if following is not None else end
        units = text[m.end(): stop].strip()
        if not units or not unit_like(units, vocab) or len(units) > 120 or _NOT_UNITS.search(units) or \
                text[m.start() - 1: m.start()] in _NOUN_BEFORE:
            break  # ("各责任单位于每季度末月20日前将…报县政府督查室": the word as a noun in a sentence)
        read.insert(0, f"{m[1]}：{units}")
        first = m
    if first is None or first.start() == 0 or text[first.start() - 1] in ":：":
        return None
    return Clause(first.start(), end, text[first.start(): end], first.start(), "label", reading="；".join(read))


def _deadline_label(clause: Clause, vocab: Vocabulary) -> bool:
    """Is a clause a label saying when only ("完成时间:2008年底前。", "完成时限：6月底前")?"""
    if clause.kind != "sentence":
        return False
    label = re.split(r"[:：]", clause.inner, maxsplit=1)[0].strip()
    return label != clause.inner.strip() and vocab.label_role(label) == "deadline"


def find_clauses(text: str, vocab: Vocabulary, line_starts: list[int] | None = None,
                 numbered: bool = False, article: bool = False) -> list[Clause]:
    """Every responsibility clause in an item's text, in order.

    Bracketed clauses anywhere (labelled or with verbs); a bracketed bare unit list where it closes the item or
    a sentence; a labelled run "牵头单位:X;责任单位:Y" outside brackets to the end of the item; a dash clause;
    verb segments opening a sentence or a line ("由X副市长负责,市发改委牵头,相关部门配合,尽快完成…"); a
    trailing sentence made only of verb segments ("…。X牵头,Y配合。"); in a numbered item, the unit that is the
    subject of its first sentence ("1.县应急管理局负责尾矿库…的隐患排查治理工作。"); in an ``article`` of a law
    ("第四条 …"), a later sentence opened by bodies and what they shall do ("区人民政府负责…。乡镇人民政府、街道办事处
    应当协助做好…") as in an item titled as a division of duties.
    """
    pairs = bracket_pairs(text)
    out: list[Clause] = []
    covered_until = -1
    breaks = set(line_starts or ())  # (a bracketed list closing a line's paragraph: "…监测分析。（省能源局、…）" / "提升…")
    tail = len(text.rstrip().rstrip("。;；.,，"))
    last = next((o for o, c in pairs.items() if c >= tail - 1), None)
    if last is not None and any(p.match(text, last + 1, pairs[last]) for p in vocab.carry_forward_res):
        tail = len(text[:last].rstrip().rstrip("。;；.,，"))  # "…建设。〔省交通运输厅…〕〔以下分工均涉及有关州(市)人民
        # 政府,不再列出〕": a statement for the tasks below closes the item; the list before it closes it too
    else:
        last = None
    for open_at in sorted(pairs):
        close = pairs[open_at]
        if open_at < covered_until:
            continue
        if open_at == last:
            covered_until = close + 1  # (the statement: Conventions carries its units; nothing in it is a clause)
            continue
        inner = text[open_at + 1: close]
        at_end = close >= tail - 1 or (text[close + 1: close + 2] in ("。", ";", "；") and  # closes a sentence
                                       not _names_before(text, open_at, vocab)) or \
            (text[:open_at].rstrip()[-1:] in ("。", ";", "；") and (
                _AFTER_LIST.match(text, close + 1) is not None or close + 1 in breaks))
        # (or stands after one, the item's fields after it: "…直至满分。（市农牧业局、市发展改革委…） 数据来源：…")
        if at_end and (before := re.sub(r"\s+", "", text[:open_at])) and vocab.is_unit_name(before) and \
                len(before) <= 20:
            at_end = False  # "9、保卫部(处)", "10、市水利局(市防汛办)": one body's other name, over its duties
        if is_clause(inner, vocab, bare_list=at_end) and inner.strip() not in vocab.bare_noun_set:
            kind = "label" if vocab.label_re.search(inner) else "verb"
            out.append(Clause(open_at, close + 1, inner, open_at + 1, kind))
            covered_until = close + 1
        elif (after := _remark_then_label(inner, vocab)) is not None:
            # "(5月底完成,牵头单位:市审批服务局)": a remark (when, how) before the bracket's labels
            out.append(Clause(open_at, close + 1, inner[after:], open_at + 1 + after, "label"))
            covered_until = close + 1
    # an unclosed bracket holding a label runs to the end of the item
    stack = [i for i, ch in enumerate(text) if ch in OPEN_BRACKETS and i not in pairs]
    for open_at in stack:
        if any(c.start <= open_at < c.end for c in out):
            continue
        label = vocab.label_start_re.match(text[open_at + 1: open_at + 81])
        if label:
            end = _unclosed_end(text, open_at + 1 + label.end(), pairs)
            out.append(Clause(open_at, end, text[open_at + 1: end], open_at + 1, "label", closed=False))
            break
        if (inner := _cut_list(text[open_at + 1:], vocab)) is not None:
            out.append(Clause(open_at, len(text), inner, open_at + 1, "verb", closed=False))
            break
    # labels in running text: "…。牵头单位:X;责任单位:Y" (outside any bracket and any clause found)
    depth_free = _outside_brackets(text, pairs)
    for m in vocab.label_re.finditer(text):
        if not depth_free(m.start()) or any(c.start <= m.start() < c.end for c in out):
            continue
        if _duties_titled(text, m, vocab):
            continue  # "(七)建设单位:依照法律法规履行…": a party named as a label word, its duties after it
        before = text[: m.start()].rstrip()
        titled = None
        if before and before[-1] not in _SENTENCE_END + ",，:： —-" + ("其的" if len(m.group(1)) >= 3 else "") and \
                not text[m.start() - 1].isspace() and \
                not _glued_field(text, m, vocab) and not _next_field(text, m, vocab) and \
                (titled := _title_field(text, m, line_starts, vocab)) is None:
            continue  # a label glued to running words ("明确责任单位:") is not a field; one after a space is, and
            # one after what it is the field of ("华声小区的责任单位是市人社局", "其责任单位为海城区政府"; not "进行了详细的
            # 分工:", a word of the prose)
        start = m.start()
        dash = re.search(r"(—{1,2}|--)\s*$", text[:start])
        end = len(text)
        nxt = [c.start for c in out if c.start > start]
        if nxt:
            end = min(nxt)
        lined = False  # (cut where its line ends)
        for s in line_starts or ():  # "…责任单位:华龙区长庆办。" / "今年是复审年,上述责任单位要…": the line that
            if start < s < end and not vocab.label_start_re.match(text[s:s + 40]) and (
                    text[:s].rstrip()[-1:] in "。!！?？;；" or vocab.names_only(text[m.end(): s])):
                end, lined = s, True  # follows a finished one is the item's prose again, no more units; so does
                break  # a line after a label's whole list ("…增长6%。责任单位:区发改委" / "规模以上工业增加值…",
                # "…,责任单位:区发改委;" / "…": targets a line each, their units at the end)
        semi = re.search(r"[;；]", text[m.end(): end])
        if semi and vocab.names_only(text[m.end(): m.end() + semi.start()]):
            after = m.end() + semi.end()  # "…,责任单位:区发改委;技改投资占…比重16.5%(…),责任单位:区经信局;": a
            if not vocab.label_start_re.match(text, after, after + 40) and \
                    not vocab.names_only(re.split(r"[、,，;；。]", text[after: end])[0]):
                end, lined = after, True  # second target after the first's list, on the same line
        end = vocab.prose_after_list(text, m.end(), end, depth_free)  # (a page on one line: its closing prose)
        end = min(end, titled) if titled is not None else end
        out.append(Clause(dash.start() if dash else start, end, text[start:end].rstrip(), start, "sentence"))
        if not lined:
            break  # (the lines after it may end with labels of their own)
    # a dash clause: "——市教育局牵头,…"
    window = max(0, len(text) - _MAX_CLAUSE)  # a dash clause runs to the end of the item: only its tail can hold one
    for m in re.compile(r"—{1,2}|--").finditer(text, window):
        if any(c.start <= m.start() < c.end for c in out) or not depth_free(m.start()):
            continue
        inner = text[m.end():].rstrip().rstrip("。;；")
        if inner and not any(c.start >= m.start() for c in out) and is_clause(inner, vocab):
            out.append(Clause(m.start(), len(text), inner, m.end(), "sentence"))
            break
    # verb segments opening a sentence or a line: "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…"
    if vocab.mentions_role(text):
        team = vocab.team_title_re.match(text) if vocab.team_title_re is not None else None
        starts = {team.end() if team else 0, *(line_starts or [])}  # (after a team's name glued to the unit leading
        # it: "综合协调组省交通运输厅牵头，…等参与。负责…")
        sentences = list(_sentences(text, 0, len(text), pairs))
        starts.update(e + 1 for _s, e in sentences)
        if vocab.decision_re is not None:
            starts.update(m.end() for m in vocab.decision_re.finditer(text))  # "…,曲道凯要求,由县发改局牵头,…"
        decided = set(_decided_segments(text, sentences, depth_free, vocab)) if vocab.meeting_sentence_re is not None \
            else set()
        starts.update(decided)
        ordered = sorted(starts)
        found = _Spans(out)
        ends = [m.start() for m in _SEGMENT_END.finditer(text)]  # looked up, not searched for from every start
        for k, start in enumerate(ordered):
            at = bisect_left(ends, start)
            comma = ends[at] if at < len(ends) else len(text)
            if k + 1 < len(ordered) and ordered[k + 1] < comma:
                continue  # a title line run into the next line: the clause opens the next line
            if start < len(text) and depth_free(start) and not found.overlaps(start, start + 1) and \
                    (clause := _leading(text, start, vocab, numbered or start in decided)) is not None and \
                    not found.overlaps(clause.start, clause.end):  # (in a meeting's decision: "…,由X负责落实,…")
                found.add(clause.start, clause.end)
                out.append(clause)
                if (closed := vocab.verb_at_end(clause.inner)) and closed[2] == "lead":  # "由平安办牵头,联合信访办…"
                    out.extend(p for p in partners(text, clause.end, vocab, within=_sentence_end(text, clause.end))
                               if not found.overlaps(p.start, p.start + 1))
                    if (helpers := _helpers_after(text, clause.end, vocab)) and \
                            not found.overlaps(helpers.start, helpers.start + 1):
                        out.append(helpers)
    # in a numbered item that has no clause yet, "由X负责…" after the sentence's first segments: "整改要求:按照先劝阻、
    # 再强制的要求,由县职教中心、县交通局负责对各自片区出店商户开展劝阻教育"
    # an item's points in prose ("一是…，由X负责落实。二是…，由Y负责落实", a meeting's decisions): every point's
    points = numbered and len(vocab.points(text)) >= 2
    body_opened = article and _article_opened(text, vocab)  # (asked once: the steps below for a law's article)
    if numbered and (not out or points) and "由" in text and not body_opened:
        # (not in a law's article opened by a body: "国务院发展改革部门应当…；会同…提出相关工作措施和意见，由各有关部门
        # 落实" (反食品浪费法 第五条, b638), "市市场监督管理部门负责…；教育、科技…等行业主管部门按照职责分工，负责…。
        # 行业主管部门不明确的预付卡，由市人民政府指定相关部门负责…" (北京 预付卡条例, b606): the bodies opening its
        # sentences lead; who carries out their proposals, or acts where none is named, is no agent of the article)
        found = _Spans(out)
        for tries, m in enumerate(_BY_AFTER_COMMA.finditer(text)):
            if tries == 8:
                break  # a handful of "由" segments at most: an item's own wording, not a list of them
            start = m.end() - 1
            if depth_free(start) and not found.overlaps(start, start + 1) and \
                    (clause := _leading(text, start, vocab, numbered)) is not None and \
                    _agent(clause.inner, vocab) is not None:
                out.append(clause)
                found.add(clause.start, clause.end)
                if (closed := vocab.verb_at_end(clause.inner)) and closed[2] == "lead" and \
                        (helpers := _helpers_after(text, clause.end, vocab)):
                    out.append(helpers)  # "…,由中央网信办牵头,教育部…等相关部门共同举办。"
                if not points:
                    break
        out.sort(key=lambda c: c.start)
    # the subject of a numbered item: "县公安局负责道路交通…的隐患排查治理工作。"; a unit and its duties: "(一)市发展
    # 改革委:负责统筹协调…", "(三)县公安局。负责维护…" (a 职责分工 section); either on the line after a title line
    # ("(1)疫情扑控" / "市畜牧食品局、市公安局…:负责…")
    first_break = next((s for s in line_starts or () if s > 0), len(text))
    if numbered and (not out or article and min(c.start for c in out) >= first_break or
                     body_opened and min(c.start for c in out) > 0 and _closing_agents_only(text, out, vocab)):
        openings = _openings(text, line_starts, vocab, conditions=article)
    elif numbered and not article and all(_deadline_label(c, vocab) for c in out):
        openings = [0]  # an item opened by its unit whose only clause so far is its deadline's label, which names no
        # unit: "市旅游局:负责对接旅行社,协助市场策划及宣传。完成时间:2008年底前。" (梅州 客家 旅游 建议案 实施意见)
    else:
        openings = []
    # (in a law's article whose 由 clauses are in later paragraphs, its paragraphs' own sentences too: "县黄河河务部门
    # 负责…。" / "黄河工程治安保卫工作由当地公安机关负责。", 河南 黄河工程管理条例 第六条, b894; "…应当使用国歌标准演奏
    # 曲谱…。" / "外交部及驻外外交机构应当向…提供…" / "…由国务院确定的部门组织审定、录制…", 国歌法 第十条, b923: each
    # paragraph a part)
    after_first = not openings and numbered and article and bool(out) and first_break < len(text) and \
        max(c.end for c in out) <= first_break
    split = first_break  # (where the later sentences an article's clauses leave begin)
    if not after_first and not openings and numbered and article and out and first_break == len(text) and \
            (stop := SENTENCE_STOP.search(text)) is not None and max(c.end for c in out) <= stop.start() and \
            (split := _after_spaces(text, stop.end())) < len(text):
        after_first = True  # (an article of one paragraph, its clauses all in its first sentence: its later sentences'
        # own, "城镇居民基本医疗保险由政府组织实施。市劳动保障局负责全市…的行政管理工作。", 忻州 城镇居民医保 办法 第五条)
    if after_first:  # (and in one whose clauses are all in its first paragraph, the later paragraphs' own: "本规定由
        openings = [split]  # 公安机关交通管理部门负责实施。" / "省级公安机关交通管理部门负责本省…业务工作的指导…",
        # 机动车驾驶证申领和使用规定 第二条, b951: each paragraph a part)
    opened = None  # the sentence an item's opening clause was found in
    modal = bool(openings) and (article or vocab.duties_title(text))  # "(二)明确职责分工。各行政村要落实属地责任…"
    later = _later_sentences(text, pairs, openings, (line_starts or ()) if article else ())
    if after_first:
        later = [at for at in later if at > split]  # (the first paragraph's sentences: read above)
    if article and openings:  # (after a comma too: trades acting on their own duties, see _trades_after_commas)
        later = sorted({*later, *_trades_after_commas(text, depth_free, vocab)} - set(openings))
    found_before = len(out)  # (the 由 clauses of a law's later paragraphs, found above: no opening of these)
    for at in [*openings, *later]:
        rest = text[at:] if at in openings else text[at: at + 600]  # (a later sentence: its opening words)
        # (a group only on the item's own line: "各乡镇负责本辖区工作" on a line of its own is the plan's prose)
        # (in a law's article its first sentence too; not a group's "各有关部门应当…", a general provision)
        told = modal and (at not in openings or article) and \
            _modal_subject(rest, vocab, groups=at < first_break and not article, kinds=article)
        if (article or at == 0 and at in openings) and not told and (traded := _trades_subject(rest, vocab)) is not None:
            if opened is None or at >= _read_to(out, at):  # "发展改革、财政…等部门按照各自职责，做好…": the trades lead
                helped = _helped(rest, traded[1], vocab)  # (unless they are to help others: "…等有关部门,应当各司其职,
                # 协同民政部门做好…", 徐州 殡葬管理办法; those lead)
                out.append(Clause(at, at + traded[1], rest[: traded[1]].strip(), at, "opening",
                                  reading=_duty_reading(traded[0], helped)))
                opened = at if opened is None else opened
            continue
        if at not in openings and not told and opened is not None and at >= out[-1].end and \
                (own := _own_duties_subject(rest, vocab, groups=article)) is not None:
            # "(一)区建管委负责…。区交通委、区水务局…等职能部门按照各自职责对…进行指导和监督。" (闵府规发〔2022〕6号):
            # more bodies sharing the item, each in its own duties (unless they are to help a body named after them:
            # "…和其他有关行政管理部门依照各自的职责，协同卫生行政管理部门开展…", 上海 职业病防治条例, b776; it leads)
            helped = _helped(rest, own[1], vocab) if article else None
            out.append(Clause(at, at + own[1], rest[: own[1]], at, "opening",
                              reading=_duty_reading(own[0], helped)))
            continue
        colon = _unit_colon_line(rest, vocab) if article and at in breaks else None
        if at not in openings and not told and colon is None and \
                not _later_subject(rest, vocab, groups=at < first_break, kinds=article):
            continue  # a later sentence is read only when a body opens it with 负责 ("…。区文保所负责收集…"), or a
            # paragraph of an article with a unit and its duties after a colon ("第二十六条 各级各有关部门及各办公室主任
            # (副主任)根据分工认真履行职责。" / "市国土资源局:负责土地权属调查核实…" / "市规划局:负责…", 六盘水 棚户区改造
            # 办法: each department's paragraph its own part, whoever the article's first sentence names)
        if told:
            if opened is None or at >= _read_to(out, at):
                helped = _helped(rest, told.end(), vocab) if article else None
                # (the bodies helped are responsible, not marked leads: a body's own sentence before it in the
                # paragraph still leads, "镇人民政府（街道办事处）在…指导下开展…。村（居）民委员会协助人民政府做好…", b668)
                out.append(Clause(at, at + told.end(), told.group(0).strip(), at, "opening",
                                  reading=_duty_reading(told["units"].strip(), helped)))
                opened = at if opened is None else opened
                if article and not helped:  # "省农业厅会同省财政厅、省发展改革委，根据…制定《目录》" (粤农〔2010〕453号):
                    end = at + told.end()   # the bodies it acts together with assist
                    out.extend(partners(text, end, vocab, within=_own_clauses_end(text, end, vocab), to_comma=True))
            continue
        if opened is not None:
            # bodies sharing the item's duties sentence by sentence: "(1)区水务局负责…。区河道水闸管理所具体负责…"
            if at >= out[-1].end and (at not in openings or
                                      _later_subject(rest, vocab, groups=at < first_break, kinds=article)) and \
                    (m := vocab.subject_re.match(rest)):  # (a later sentence passed _later_subject above)
                out.append(Clause(at, at + m.end(), m.group(0), at, "opening", reading=_unguided(m)))
            elif colon is not None and at >= out[-1].end:
                out.append(Clause(at, at + colon.end(), colon["units"], at, "opening"))
            continue
        if vocab.subject_re is not None and (m := vocab.subject_re.match(rest)) and \
                unit_like(_units_of(m["units"], vocab), vocab) and not vocab.is_person(m["units"]) and \
                not (vocab.no_assignment_re is not None and vocab.no_assignment_re.search(m.group(0))):
            # (not "本措施解释权由县住建局负责": who interprets the measures)
            own = vocab.verb_role(m["verb"]) == "assist"  # "市统计局协助汇总…": the item is the unit's own duty
            out.append(Clause(at, at + m.end(), m["units"] if own else m.group(0), at, "opening",
                              reading=None if own else _unguided(m)))
            if vocab.verb_role(m["verb"]) == "lead" and (led := _led_units(text, at + m.end(), vocab)):
                out.append(led)  # "区建交委牵头区相关部门(单位)和项目所在镇,根据…编制…"
        elif (m := vocab.unit_colon_re.match(rest) or vocab.unit_comma_re.match(rest) or
              vocab.unit_sentence(rest, first_break - at if at < first_break else None)) and \
                not _glued_label(rest, m, vocab) and \
                ((vocab.label_role(m["units"]) is None and not vocab.label_re.match(rest)) or
                 _duties_titled(rest, m, vocab)) and \
                len(m["units"]) >= 3 and unit_like(m["units"], vocab) and \
                not vocab.is_person(m["units"]) and len(rest[m.end():].strip("。;； ")) >= 4:
            named = rest[m.start("units"): m.end()].rstrip(":：。. \t\u3000")  # "区财金局职责": as printed
            out.append(Clause(at, at + m.end(), named, at, "opening", reading=m["units"] if named != m["units"] else None))
        elif (at or article) and (unit := vocab.duty_subject(rest)) and _subject_bodies(unit, vocab, article):
            # (in a law's article its first words too, a kind of department: "自治县生态环境主管部门对…实施统一监督管理")
            out.append(Clause(at, at + len(unit), unit, at, "opening"))  # after a title line: "市经济信息化委支持推广…"
            # ("坚持政府引导": no body's name)
        if len(out) > found_before:
            out.extend(partners(text, out[-1].end, vocab))
            opened = at
    if article and out and vocab.closing_agent_re is not None and \
            (body_opened or any(c.kind == "opening" and c.start == 0 for c in out)):
        # the work a later segment or sentence gives "由X负责。" / "由X负责实施。" ("…，其具体工作由乡级村镇建设管理机构
        # 负责。", 河南 村镇规划建设管理条例 第三条, b1009's family): X leads the article's task too
        found = _Spans([c for c in out if c.end > c.start])  # (what the clauses found cover)
        for m in vocab.closing_agent_re.finditer(text, 1):
            if (units := _agent_units(text, m, found, depth_free, vocab)) is not None:
                out.append(Clause(m.start("units"), m.start("units"), m.group(0), m.start("units"), "sentence",
                                  reading=units + "负责"))
    if opened is not None:  # more bodies and 负责 after a comma of an opening's sentence: leads of the same task
        for clause in [c for c in out if c.kind == "opening"]:
            out.extend(_segment_subject(text, at, vocab, spans=False)
                       for at in _later_segments(text[: _sentence_end(text, clause.end)], pairs, [clause.end], vocab,
                                                 kinds=article))
    # in an item's first sentence, opened by an act, two or more bodies with 负责 after its commas ("成立滑坡
    # 治理工程领导小组,…具体负责,党政办负责外围环境,社会管理办公室负责质量监督,财政所负责资金兑付。", a town's 镇长办公会
    # 纪要): each leads its part
    if numbered and not out and vocab.not_start_re is not None and vocab.not_start_re.match(text.lstrip()) and \
            len(segments := _later_segments(text[: _sentence_end(text, 0)], pairs, [0], vocab)) >= 2:
        # (an act opens it, units.not_starts: not "各单位义务植树地点都要悬挂…,镇农业服务中心负责…,镇党政办负责…", one
        # task of its bodies)
        out.extend(_segment_subject(text, at, vocab, spans=True) for at in segments)
    # a team led by one unit's official: "由市煤炭工业局1名县级领导带队", "成员由市公安局、市交通局…组成"
    if numbered and not out and vocab.team_res:
        found = {}  # role -> (match, units): the first of each
        for pattern in vocab.team_res:
            if (m := pattern.search(text)) is not None:
                for role in ("lead", "assist"):
                    units = m[role] if role in pattern.groupindex else None
                    if units and role not in found and (unit_like(units, vocab) or (role == "assist" and any(
                            vocab.is_unit_name(x) for x in split_top_level(units)))):
                        found[role] = (m, units)
        if found:  # one clause for the team: its leader's unit leads, its members assist ("X牵头,Y配合")
            start, end = min(m.start() for m, _u in found.values()), max(m.end() for m, _u in found.values())
            reading = ",".join(units + ("牵头" if role == "lead" else "配合") for role, (_m, units) in
                               sorted(found.items(), key=lambda kv: kv[1][0].start()))
            out.append(Clause(start, end, text[start:end], start, "sentence", reading=reading))
    # a working group's members after the unit that leads it: "由市应急办牵头,市委宣传部、市教育局…等部门和单位组成"
    # (西安 地质灾害 应急预案's 应急小组) - they assist
    if numbered and vocab.team_members_res:
        for clause in [c for c in out if text[c.start:c.end].rstrip(")）").endswith("牵头")]:
            for pattern in vocab.team_members_res:
                m = pattern.match(text, clause.end)
                if m is not None and not any(c.start < m.end() and m.start() < c.end for c in out) and \
                        any(vocab.is_unit_name(x) for x in split_top_level(m["assist"])):
                    out.append(Clause(m.start(), m.end(), text[m.start():m.end()], m.start(), "sentence",
                                      reading=m["assist"] + "配合"))
                    break
    # what a meeting's record asks of a unit, in an item with no clause yet: "会议要求,党政综合办公室根据会议意见进一步
    # 修改完善后印发。会议强调,评定工作领导小组要严格按照文件要求开展…" (a college's 党政联席会议 纪要): each unit leads
    if numbered and not out and vocab.decided_re is not None:
        for tries, m in enumerate(vocab.decided_re.finditer(text)):
            if tries == 8:
                break
            if depth_free(m.end()) and (units := vocab.unit_opening(text[m.end():])) is not None and \
                    not any(c.start <= m.end() < c.end for c in out):
                out.append(Clause(m.end(), m.end() + len(units), units, m.end(), "opening", reading=units + "负责"))
    # a trailing clause in running text: "…。市发改委牵头,市财政局配合。", "…的问题,由X会同Y研究提出落实意见。"
    if not any(c.end >= tail for c in out):
        sentences = [(s, e) for s, e in _sentences(text, 0, len(text), pairs) if text[s:e].strip()]
        if sentences:
            s, e = sentences[-1]
            if not any(c.start <= s < c.end or s <= c.start < e for c in out):
                clause = _trailing(text, s, e, vocab, whole=len(sentences) > 1)
                if clause is not None and (numbered or not _addressees(clause.inner, vocab)):
                    out.append(clause)
    if not out and (bare := _colonless_labels(text, vocab)) is not None:
        out.append(bare)  # "…整治活动责任单位各社区居委会、驻辖区单位": labels whose colons a page lost
    if len(out) == 1 and (before := _doers_before(text, out[0], pairs, vocab)) is not None:
        out.insert(0, before)
    if article and vocab.law_agent_re is not None and "由" in text and not body_opened:
        # the body a law's article no body opens has do the work ("…具体办法由国务院和中央军事委员会规定。", "…，由民政
        # 部门给予抚恤。"; roles.yaml law_agent_verbs): it leads (read last, so that no step before reads a clause of
        # its as the item's own: the bodies before it, _doers_before)
        found = _Spans([c for c in out if c.end > c.start])
        for tries, m in enumerate(vocab.law_agent_re.finditer(text)):
            if tries == 8:
                break
            sentence = text[_sentence_start(text, m.start()): _sentence_end(text, m.end())]
            if (units := _agent_units(text, m, found, depth_free, vocab)) is not None and \
                    not (vocab.sanction_re is not None and vocab.sanction_re.search(sentence)) and \
                    not (vocab.agent_name_act_re is not None and vocab.agent_name_act_re.search(units)):
                at = max((s for s in line_starts or () if s <= m.start()), default=0)  # (at its paragraph's start:
                # the paragraph is the part it names the body of, items._subjects)
                out.append(Clause(at, at, m.group(0), m.start("units"), "sentence", reading=units + "负责"))
    return sorted(out, key=lambda c: c.start)


def _doers_before(text: str, lead: Clause, pairs: dict[int, int], vocab: Vocabulary) -> Clause | None:
    """The bodies that do an item's work, in the sentence before the one naming which of them leads: "…8分,由县委统战部、
    县政协办负责考核。此项考核由县政协办牵头并汇总" (a county's 乡镇 精神文明 考评细则): a clause closing that sentence
    (its first segment is the task when it is the item's first), when the lead's sentence is the item's last and in
    running text (not a bracket's: "…由各地统筹资源力量进行重点帮扶。(省乡村振兴局牵头,…)" states what is done)."""
    sentences = [(s, e) for s, e in _sentences(text, 0, len(text), pairs) if text[s:e].strip()]
    if lead.kind not in ("opening", "sentence") or len(sentences) < 2 or \
            not sentences[-1][0] <= lead.start < sentences[-1][1] or \
            not any(p.role == "lead" for p in read_clause(lead.reading or lead.inner, vocab)):
        return None
    s, e = sentences[-2]
    before = _trailing(text, s, e, vocab, whole=len(sentences) > 2)
    if before is None or any(p.role == "lead" for p in read_clause(before.inner, vocab)):
        return None
    return before


_SEGMENT_END = re.compile(r"[,，。;；]")
_AFTER_LIST = re.compile(rf"[。;；]|\s*$|{SPACED_FIELD.pattern}|\s*(?:——|--)")  # what may follow a bracketed
# list closing an item: a stop, the end, the item's next field ("数据来源：…"), its next dashed part ("——市场流通方面，…")
_BY_AFTER_COMMA = re.compile(r"(?:[,，]\s*(?:将|均|则|统一|再|[\u4e00-\u9fff]{0,3}[案项务题])?|(?<=工作))由")  # "届时，将由区文物局牵头，
# 组织…"; a short topic before it: "根据办理工作分工,议案由市工业和信息化局负责主办" (a city's 议案 分解办理意见, 2022)
# (or after the work it names: "其技术处理和有关管理工作由军队各级防化业务部门负责", 国办发〔1996〕25号)


def _helpers_after(text: str, end: int, vocab: Vocabulary) -> Clause | None:
    """The bodies a lead's clause is followed by, after its comma, with an assist verb or a word of acting jointly and
    whatever they do ("由中央网信办牵头，教育部、…、共青团中央等相关部门共同举办。", 中网办发文〔2016〕2号: they assist),
    as a clause that cuts nothing from the task's text; else None."""
    m = vocab.helpers_re.match(text, end) if vocab.helpers_re is not None else None
    units = _units_of(m["units"], vocab) if m is not None else ""
    if vocab.duty_adverb_re is not None:
        units = vocab.duty_adverb_re.sub("", units)  # "各地积极参与"
    if not units or not unit_like(units, vocab) or vocab.is_person(units):
        return None
    return Clause(end, end, text[m.start("units"): m.end()], m.start("units"), "sentence", reading=units + "配合")


def _led_units(text: str, start: int, vocab: Vocabulary) -> Clause | None:
    """The units a lead verb takes as its object, before the sentence's comma or its next verb ("X牵头区相关部门和项目
    所在镇,根据…": they assist), as a clause that cuts nothing from the task's text."""
    after = text[start: start + 60]
    stop = re.search(r"[,，。;；:：]", after)
    verb = vocab.action_re.search(after)
    end = min(x.start() for x in (stop, verb) if x is not None) if stop or verb else 0
    span = after[:end].strip()
    if not span or span[0] in "、和及与" or not unit_like(span, vocab):  # "由政府牵头、企业支持": another segment
        return None
    names = _names_joined(vocab.strip_etc(span), vocab)
    return Clause(start, start, span, start, "sentence", reading="、".join(names) + "配合")


def _joined_names(part: str, vocab: Vocabulary) -> list[str]:
    """"区相关部门(单位)和项目所在镇": two names joined by 和 / 及 / 与 when each side is one; also by 以及, and by 及其
    (its own: "本市各级人民政府及其文化行政主管部门", a law's article, 北京 图书馆条例, b632)."""
    for m in re.finditer(r"以及|及其|和|及|与", part):
        left, right = part[: m.start()], part[m.end():]
        if right not in vocab.bare_nouns and \
                all(vocab.is_unit_name(_strip_brackets(x)) or vocab.is_group(_strip_brackets(x)) for x in (left, right)):
            return [left, right]  # (not "有关部门和单位": one group, its second kind bare)
    return [part]


def _agent_units(text: str, m: re.Match, found: "_Spans", depth_free, vocab: Vocabulary) -> str | None:
    """The bodies an agent clause of a law's article names after 由 (a match of closing_agent_re or law_agent_re),
    when they read as bodies, outside brackets and the clauses found, and no 可 / 可以 makes the work what may be done
    ("具体工作可以由有关内设机构负责", 日照 物业管理条例); else None."""
    units = _units_of(OWNER_WORDS.sub("", m["units"]), vocab)
    if not depth_free(m.start("units")) or found.overlaps(m.start("units"), m.start("units") + 1) or \
            text[: m.start("units") - 1].endswith(("可", "可以")) or not unit_like(units, vocab) or vocab.is_person(units):
        return None
    return units


def _closing_agents_only(text: str, out: list[Clause], vocab: Vocabulary) -> bool:
    """Are a law's article's clauses (one a body opens) all agents closing later sentences ("…工作。具体工作由乡级村镇
    建设管理机构负责。")? Then its opening is read too."""
    if vocab.closing_agent_re is None:
        return False
    spans = [(m.start(), m.end()) for m in vocab.closing_agent_re.finditer(text, 1)]  # (once: an article may hold
    ends = [end for _start, end in spans]  # thousands of clauses)
    return all((k := bisect_right(ends, c.start)) < len(spans) and spans[k][0] <= c.start for c in out)


def _article_opened(text: str, vocab: Vocabulary) -> bool:
    """Does a law's article open with bodies and what they are to do (their trades, or their names)?"""
    if _trades_subject(text, vocab) is not None:
        return True
    unit = vocab.duty_subject(text[:120])
    return unit is not None and text.startswith(unit) and _subject_bodies(unit, vocab, True)


_LEVELS_IN_BRACKETS = re.compile(r"[(（][省市县区州镇乡旗盟自治、]{1,8}[)）]")  # a level's other kinds of place


def _subject_bodies(unit: str, vocab: Vocabulary, article: bool) -> bool:
    """Does a subject opening an item (or a law's article) name bodies: each part between 、 a body's name, or each
    name when split at a conjunction too ("本市各级人民政府及其文化行政主管部门", 北京 图书馆条例, b632); in a law's
    article a kind of department too ("自治县生态环境主管部门对…实施统一监督管理")?"""
    unit = _LEVELS_IN_BRACKETS.sub("", unit)  # "市、铁路沿线区县（自治县）交通主管部门" (重庆 铁路安全条例, b634)
    if all(vocab.names_a_body(n) for n in unit.split("、")):
        return True
    names = [n for part in unit.split("、") for n in _joined_names(part, vocab)]
    return all(vocab.names_a_body(n) for n in names) or article and (
        _bodies(names, vocab, False, kinds=True) or all(n.startswith("国务院") and vocab.is_unit_name(n) for n in names))
    # (国务院's own department in a law: "国务院负责中小企业促进工作综合管理的部门对…进行综合协调", 保障中小企业款项支付
    # 条例, b642)


def _own_clauses_end(text: str, start: int, vocab: Vocabulary) -> int:
    """Where the sentence opening at ``start`` ends, with the clauses after its semicolons that open with a verb of
    acting together, the subject's still ("国务院发展改革部门应当加强…组织协调；会同国务院有关部门每年分析评估…",
    反食品浪费法 第五条, b638)."""
    end = _sentence_end(text, start)
    while end < len(text) and text[end] in ";；" and text.startswith(tuple(vocab.together), end + 1):
        end = _sentence_end(text, end + 1)
    return end


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens (after the last stop before it, else the text's start)."""
    return max((m.end() for m in SENTENCE_STOP.finditer(text, 0, at)), default=0)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence opening at ``start`` ends (its stop, else the text's end)."""
    m = SENTENCE_STOP.search(text, start)
    return m.start() if m else len(text)


def partners(text: str, start: int, vocab: Vocabulary, within: int | None = None,
             to_comma: bool = False) -> list[Clause]:
    """The units a unit's duties name as its partners ("负责现场警戒,会同市交通运输局做好交通管制": 市交通运输局
    assists; roles.yaml partner_verbs, but not the ones it helps: helped_partner_verbs), each as a clause that cuts
    nothing from the task's text (up to ``within``); with ``to_comma`` also a partner before a comma
    ("市财政局要会同市人社局，抓紧制定…", prose sentences)."""
    out: list[Clause] = []
    for m in vocab.partner_re.finditer(text, start, within or len(text)) if vocab.partner_re is not None else ():
        if m.group(0) in vocab.helped_partner_verbs:
            continue  # "负责协助市旅游局做好…": the unit helped owns the work, it does not assist
        if text.startswith("会", m.end()):
            continue  # a name's or a meeting's: "残疾人联合会", "协调会" (义务教育 残疾儿童 条例, b643)
        after = text[m.end(): m.end() + 60]
        stop = vocab.action_re.search(after)
        span = after[: stop.start()] if stop else ""
        while stop and m.group(0) in PARTNERS_FIRST and (kind := _KIND_AFTER.match(after, stop.end())) and \
                unit_like(after[: kind.end()], vocab):  # a verb inside a name, then the name's kind: "会同国务院有关
            if _name_ends(after, kind.end(), vocab):  # 主管部门对…实施监督" (水库大坝安全管理条例, b695); not "协同市出版
                span = after[: kind.end()]  # 主管部门或者区主管音像制品的部门" (a name goes on)
                break
            if after[kind.end(): kind.end() + 1] not in ("、", "和", "及"):
                break
            stop = vocab.action_re.search(after, kind.end())  # the next name of the list: "会同国务院文化行政主管部门、
            span = after[: stop.start()] if stop else ""  # 体育行政主管部门，将…" (公共文化体育设施条例, b637)
        if to_comma:
            span = re.split(r"[,，。;；:：]", span or after)[0]
        if m.group(0) in PARTNERS_FIRST and not unit_like(span, vocab) and vocab.name_break_re is not None and \
                (cut := vocab.name_break_re.search(span or after, 2)) and \
                not re.search(r"[,，。;；:：]", named := (span or after)[: cut.start()]) and unit_like(named, vocab):
            span = named  # "会同有关部门对…进行规划": a preposition ends the names (name_breaks; 渔业法 实施细则 第五条,
            # b846; not after 联合, a name's own word: "由联合采购办公室对…")
        if m.group(0) in PARTNERS_FIRST and not (span and not re.search(r"[,，。;；:：()（）]", span) and
                                                 unit_like(span, vocab)):
            span = _names_to_kind(after, vocab) or span  # "会同有关部门遵循…的原则", "会同财政、环保、水利等有关部门贯彻
            # 执行…": no verb of the vocabulary ends the names, their kind of body does
        if (when := next((k for k in range(2, len(span)) if span.startswith(tuple(vocab.duty_adverbs), k) and
                          unit_like(span[:k], vocab)), None)) is not None:
            span = span[:when]  # "会同国务院有关部门每年分析评估…": the partners, then when or how they act
        if span and not re.search(r"[,，。;；:：()（）]", span) and vocab.names_trades(span):
            # "民政部门会同发展改革、住房和城乡建设、财政等部门负责…" (湖南 农村危房改造); one trade and its kind of body
            # ("会同文化广电旅游等有关部门依法制定…", 乡村旅游 条例, b639):
            if m.group(0) in vocab.together:  # departments by their trades, each as printed (not "协助民政、公安、
                out.append(Clause(m.start(), m.start(), text[m.start(): m.end() + len(span)], m.start(), "sentence",
                                  reading=_level_dropped(span, vocab) + "配合"))  # 城管部门做好…": the ones it helps)
            continue
        if span and not unit_like(span, vocab) and (etc := span.rfind("等")) > 0:
            span = span[: etc]  # "联合信访办、交警等部门实地检查": the units before 等
        if not span or re.search(r"[,，。;；:：()（）]", span) or not unit_like(span, vocab):
            continue
        concerned = m.group(0) in vocab.together and vocab.concerned_partner_re is not None  # "会同有关部门做好…":
        # the departments concerned work with it (roles.yaml concerned_partners), a group all the same
        names = [n for n in distribute_suffix(split_top_level(vocab.strip_etc(span)), vocab.is_unit_name)
                 for n in (_joined_names(n, vocab) if m.group(0) in PARTNERS_FIRST else [n])
                 if vocab.is_unit_name(n) and not vocab.is_person(n) and
                 (concerned and vocab.concerned_partner_re.search(n) or
                  not vocab.is_group(n) and not (vocab.vague_partner_re and vocab.vague_partner_re.search(n) and
                                                 not vocab.trade_department(n) and not _LAW_DEPARTMENT.fullmatch(n)))]
        # ("会同教育行政部门推动…", b553; a law's department by its level and field: "省标准化主管部门会同省节能主管部门和
        # 有关部门依法制定…", 浙江 实施节约能源法办法, b760)
        if names:
            printed = text[m.start(): m.end() + len(span)]
            out.append(Clause(m.start(), m.start(), printed, m.start(), "sentence", reading="、".join(names) + "配合"))
    return out


_KIND_AFTER = re.compile(r"(?:行政)?(?:部门|机构|机关|单位)|会")  # a kind of body ending a name, after a verb-like word
# (会: "残疾人联合会", 联合 one of the duty verbs)


def _name_ends(text: str, at: int, vocab: Vocabulary) -> bool:
    """Does a name end at ``at``: a stop, a verb of a duty or a word no name goes on with (name_breaks) after it?"""
    return at >= len(text) or text[at] in ",，。;；:：" or bool(vocab.action_re.match(text, at)) or \
        bool(vocab.name_break_re is not None and vocab.name_break_re.match(text, at))


def _level_dropped(trades: str, vocab: Vocabulary) -> str:
    """A list of trades without the level printed once before its first ("国务院农业农村、自然资源…等主管部门": the level's
    departments each, 土壤污染防治法 第十五条, b663; the corpus's labels write the trades as printed, the level left out)."""
    end = vocab.trade_level_end(trades)
    first = split_top_level(vocab.strip_etc(trades))[0] if trades else ""
    return trades[end:] if end and first[end:] in vocab.trade_set else trades


def _openings(text: str, line_starts: list[int] | None, vocab: Vocabulary, conditions: bool = False) -> list[int]:
    """Where an item's first sentence may open: after a title line ("(1)疫情扑控", no mark), or after the roster
    below it ("(三)防控救治组" / "组 长:李文学" / "魏元平 (市药监局调研员)" / "市卫生局负责…"), else at its start;
    in a law's article (``conditions``) after a condition before its first comma too."""
    starts = [s for s in line_starts or () if s > 0]
    second = starts[0] if starts else None
    if second is None and (space := TITLE_THEN_SPACE.match(text)):  # a page on one line: "开展统筹推进与顶层设计 市发展
        second = space.end()                                       # 改革委负责…", the title and a space
    if second is not None and second <= 20 and not _TITLE_MARKS.search(text, 0, second):
        if not starts and (after := _roster_run(text, second, vocab)) is not None:
            return [after, second, 0]  # the roster on the title's line too: "(三)防控救治组 组 长:李文学 (兼) … 袁 琳
        bounds, k = [*starts, len(text)], 0  # (市卫生局副调研员) 市卫生局负责…"
        while k < len(starts) and k < 12 and _roster_line(text[bounds[k]: bounds[k + 1]], vocab):
            k += 1
        if 0 < k < len(starts):
            return [starts[k], second, 0]
        topic = _after_topic(text, second, vocab)  # "(一)分类监管" / "权责划分:省局负责对全省…,分局…" (a 保监局's
        return [topic, second, 0] if topic is not None else [second, 0]  # division of duties with its 分局)
    topic = _after_topic(text, 0, vocab)
    if conditions and topic is None and vocab.condition_re is not None and \
            (cond := vocab.condition_re.match(text, 0, 60)) and vocab.unit_opening(text) is None:
        topic = cond.end()  # after a condition: "发生干旱灾害，县级以上人民政府防汛抗旱指挥机构应当…" (抗旱条例, b1581);
        # not a body's own clause of time: "口岸动植物检疫机关在…执行检疫任务时，海关…等有关部门应当配合" (it is helped)
    return [topic, 0] if topic is not None else [0]


def _after_topic(text: str, at: int, vocab: Vocabulary) -> int | None:
    """Where a sentence opens after a topic and a colon at ``at``: "6、秩序维持:派出所、边防所负责…的安全保卫工作",
    "干部驻村工作:每年省直工委牵头对各地…" (after a time word); a heading naming duties only when bodies and their verb
    follow ("职责划分:分局负责辖区内…"); not "4.工作动态:本股室开展工作动态" (the block's own office, named above it)."""
    topic = _TOPIC_COLON.match(text, at)
    if not topic or vocab.label_role(topic[1]) is not None or unit_like(topic[1], vocab) or \
            text[topic.end()] == "本":  # (not "X的主要职责是:")
        return None
    when = _TIME_ADVERB.match(text, topic.end())
    end = when.end() if when else topic.end()
    if vocab.names_duties(topic[1]) and not (vocab.subject_re is not None and (m := vocab.subject_re.match(text[end:]))
                                              and unit_like(_units_of(m["units"], vocab), vocab)):
        return None
    return end


_TOPIC_WORD = r"[^\s,，。;；:：、()（）的是]{2,10}"
_TOPIC_COLON = re.compile(rf"\s*((?:{_TOPIC_WORD}、){{0,3}}{_TOPIC_WORD}(?:[(（][^\s()（）:：]{{1,6}}[)）])?(?<!人))[:：]\s*(?=\S)")
# (a qualifier or a list in it: "先进集体（单位）:公司工会牵头组织初评", "劳动模范、陕电工匠:…", a State Grid company's
# selection plan, 2021; not a person's field: "后勤集团联系人:王彪")
_TIME_ADVERB = re.compile(r"每(?:年|季度?|月|半年|周)|年内|今年|全年")


def _roster_run(text: str, at: int, vocab: Vocabulary) -> int | None:
    """Where the text goes on after a working group's roster run together on one line from ``at`` (a page saved as
    one paragraph: "组 长:李文学 (兼) 副组长:刘振保 (市卫生局副局长) 袁 琳 (市卫生局副调研员) 市卫生局负责…"): after
    the last closing bracket that ends a roster, when something follows it; else None."""
    stop = SENTENCE_STOP.search(text, at, at + 400)
    window = text[at: stop.start() if stop else at + 400]
    for m in reversed(list(re.finditer(r"[)）][ \u3000]*", window))):
        if m.end() < len(window) and _roster_line(window[: m.start() + 1], vocab):
            return at + m.end()
    return None


_ROSTER_LABEL = re.compile(r"^\s*([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,5})[:：]")


def _roster_line(line: str, vocab: Vocabulary) -> bool:
    """Is a line one of a working group's roster: "组 长:安龙柱 (市政府办公厅副调研员)", "袁 琳 (市卫生局副调研员)" —
    a role's label (组长, 成员 …) perhaps, then people, each perhaps with a post in brackets, and no sentence?"""
    if re.search(r"[。;；]", line):
        return False
    pieces = [p for p in re.split(r"(?<=[)）])", line) if p.strip()]
    if len(pieces) > 1:  # lines the page's width joined: "组 长:马秉权 (市卫生局副局长)副组长:赵 勇 (市工商局副局长)"
        return all(_roster_line(p, vocab) for p in pieces)
    labelled = (m := _ROSTER_LABEL.match(line)) is not None and re.sub(r"\s", "", m[1]).endswith(("长", "员", "人"))
    if labelled:
        line = line[m.end():]
    people = re.sub(r"[(（][^()（）]{0,40}[)）]", " ", line).strip()
    names = [n.strip() for n in re.split(r"[ \u3000、,，]{2,}|[、,，]", people) if n.strip()] if people else []
    return bool(names) and all(vocab.is_person(n) or (labelled and _NAME.fullmatch(n)) for n in names)


_NAME = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}")  # (after 组长: any short name is a person's)


_TITLE_MARKS = re.compile(r"[,，。;；:：、]")


def _unit_colon_line(text: str, vocab: Vocabulary) -> re.Match | None:
    """A paragraph opened by a unit's name, a colon and a verb of its duties ("市国土资源局:负责…"): that match; else None
    (not a label, "责任单位:…", nor a person's name)."""
    m = vocab.unit_colon_re.match(text[:120])
    if m is None or vocab.duty_verb_re is None or vocab.label_role(m["units"].strip()) is not None or \
            vocab.is_person(m["units"]) or not unit_like(m["units"], vocab) or \
            not vocab.duty_verb_re.match(text, m.end()) or _glued_label(text, m, vocab):
        return None
    return m


def _glued_label(text: str, m: re.Match, vocab: Vocabulary) -> bool:
    """Does the name before an item's first colon end in a label ("(一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会",
    琼中 为民办实事 通报): the item's title with its label glued to it, no unit's name? Not when duties follow the colon
    ("9.药品监管部门:负责医药及防护用品质量的监督管理", 浙江 禽流感 预案's department duties: a trade's department, its
    duties; the same test as a label at the start naming a party, _duties_titled)."""
    first = re.split(r"[,，。;；]", text[m.end():], maxsplit=1)[0].strip()
    if len(first) >= 4 and vocab.duty_verb_re is not None and vocab.duty_verb_re.match(first) and \
            not unit_like(first, vocab):
        return False
    return any(k.start() > m.start("units") and k.end() >= m.end() - 1 and vocab.label_role(k.group(1)) is not None
               for k in vocab.label_re.finditer(text, m.start("units"), m.end()))


def _duties_titled(text: str, m: re.Match, vocab: Vocabulary) -> bool:
    """Is a label at the item's start a unit's name with its duties after it, no unit list ("建设单位:依照法律法规
    履行相应程序,…", the parties of a 工程 plan; not "建设单位:区住建委")?"""
    if text[: m.start()].strip() or not vocab.is_unit_name(m.group(0).rstrip(":： ")):
        return False
    first = re.split(r"[,，。;；]", text[m.end():], maxsplit=1)[0].strip()
    return len(first) >= 4 and not unit_like(first, vocab) and not vocab.is_none(first)


def _modal_subject(text: str, vocab: Vocabulary, groups: bool = True, kinds: bool = False):
    """A sentence opened by bodies' names and a modal word ("党群工作处要做好正面宣传…"; roles.yaml modal_verbs) or a verb of
    their duties (duty_verbs)."""
    m = vocab.modal_subject_re.match(text) if vocab.modal_subject_re is not None else None
    if m is None and kinds and vocab.comma_verb_subject_re is not None and \
            (said := vocab.comma_verb_subject_re.match(text)) is not None and \
            not any(word in said["units"] for word in vocab.copulas) and \
            not (vocab.name_break_re is not None and vocab.name_break_re.search(said["units"])):
        m = said  # a law's "…负责妇女儿童工作的机构，负责组织…" (b814; not "城市管理部门是…行政主管部门，负责…": the
        # copula's, read as it is; nor "…统计机构在乡、镇人民政府和街道办事处派出统计机构，负责…": what a body sets up)
    between = text[m.end("units"): m.start("verb")] if m is not None else ""
    if between.strip(" ,，") and not all(vocab.names_a_body(n) or _law_body(n, vocab) or vocab.is_group(n)
                                        for n in split_top_level(_units_of(m["units"], vocab, lead_in=False))):
        m = None  # the work, time or object of its duty between a subject and its modal word ("施工单位对…，应当…",
        # "建设单位在编制工程概算时，应当…" 建设工程安全生产管理条例, b527): a body's or a law's kind of department's
        # name, not a regulated party's (vocabulary._modal_subject)
    commaed = m is not None and re.search(r"[,，]", between) is not None
    if commaed and not _comma_subject(m["units"], vocab, groups=groups, kinds=kinds):
        m = None  # not "规划部门、镇人民政府组织编制控制性详细规划时，应当…" (青岛 学前教育条例): bodies, a duty verb, when
    modal = m is not None
    if m is None and (unit := vocab.duty_subject(text[:120])):  # or a verb of its duties: "梅州金融监管分局、人民银行
        m = re.match(r"\s*(?:%s)?(?P<units>%s)" % (vocab.guided_re.pattern if vocab.guided_re is not None else "",
                                                   re.escape(unit)), text)  # 梅州分行指导做好…" (梅州 OPC 行动方案
        # "明确责任分工"); perhaps after who leads it ("在国务院领导下，国务院林业草原行政主管部门负责…", vocabulary.duty_subject)
    if m is None:
        return None
    if commaed:
        return m  # (its bodies asked above)
    units = _units_of(m["units"], vocab, lead_in=False) if modal else m["units"].strip()  # (a law's levels printed once
    names = split_top_level(LEVELS_FIRST.sub("", tie_levels(units)) if kinds else units)  # before one name: "省、设区的
    # 市和县（市）人民政府海洋行政主管部门应当会同…", 山东 海域使用管理条例 第六条, b893) (with a
    # duty verb, a group only on the item's own line, as _later_subject reads it; with a modal word a closing 等 and
    # their kind left out: "工会、共青团、妇联等团体应当结合各自工作对象的特点，组织开展消防宣传教育。" 河南 消防条例 第五条,
    # b835)
    if names and _bodies(names, vocab, groups=modal or groups, kinds=kinds):
        return m
    # a law's two bodies joined by 和, each a name of its own, in a later sentence: "…待业保险待遇。劳动行政主管部门和有关
    # 行政主管部门应当创造条件，帮助职工再就业。" (国有企业富余职工安置规定 第十四条, b853); with a verb of their duties
    # when a named body opens them and the bodies concerned close them ("国务院机关事务管理部门和有关机关事务管理部门会同
    # 有关部门依法依规履行…", 行政事业性国有资产管理条例 第五条, b828)
    joined = _names_joined(tie_levels(m["units"].strip()), vocab) if kinds else []
    closed = len(joined) >= 2 and not vocab.is_group(joined[0]) and vocab.is_group(joined[-1])
    return m if joined and (modal or closed) and _bodies(joined, vocab, groups=True, kinds=kinds) else None


def _comma_subject(units: str, vocab: Vocabulary, groups: bool, kinds: bool) -> bool:
    """Are the names of a law's subject a comma parts from its modal word bodies' names, as printed or each of two
    joined by 和 ("国务院地震工作主管部门和县级以上地方人民政府负责管理地震工作的机构，应当…", 地震预报管理条例, b768)?"""
    names = split_top_level(units.strip())
    return bool(names) and (_bodies(names, vocab, groups=True, kinds=kinds) or _bodies(
        _names_joined(units.strip(), vocab), vocab, groups=groups, kinds=kinds))


# A law's departments named by their trades: after their level's government perhaps ("市、县（市、区）人民政府",
# "县级以上人民政府", "市和区县（市）", "本市"), a list closed by 等 and their kind, perhaps another body joined after it,
# then what they do ("…等部门和海事管理机构在各自职责范围内做好…", "…等有关专业主管部门负责…", "…等行政主管部门应当按照
# 各自职责，做好…", "…等部门，依法在各自职责范围内…"; local laws' duty articles, b333-b335, b345, b361)
_LEVEL_WORDS = re.compile(r"(?:国(?:务院?)?)?[省市县区州盟旗乡镇和及、（）()级以上人民政府本设的地方各自治相有关同]*")
_LEVEL_ENDS = ("政府", "）", ")", "省", "市", "县", "区", "州", "盟", "旗", "乡", "镇", "国务院", "级", "的", "以上")
# (国务院: a national law's or regulation's ministries by their trades, "国务院发展改革、工业和信息化…等主管部门在各自
# 职责范围内负责…", 固体废物污染环境防治法; "国务院教育、公安…等部门依照…负责…", 校车安全管理条例, b637, b638; 级:
# "各级住房和城乡建设、公安…等部门，在各自职责范围内…", 噪声污染防治法, b644; 的: "市和区的计划、规划…等部门，在各自
# 职责范围内…", 上海 民防条例, b633)
# (以上: a law's levels from one up, "县级以上审计、监察、工商等部门应当按照各自职责，共同做好…" 浙江 职工基本养老保险条例
# 第六条, b929; 同级: its government's level, "同级财政、审计等部门")
_PLACE_HEAD = re.compile(r"(?![本各该])[\u4e00-\u9fff]{2,3}[市县区旗](?![级以])")  # a city's, county's or district's name
_TRADES_LISTED = re.compile(r"(?P<trades>[^。;；,，]+?(?:等[^、，,和及。;；]{0,10}?)?(?:部门|机构|单位)(?:[和及、](?:单位|组织))?)"
                            r"(?:(?:和|及|以及|(?P<comma>[,，]\s*以及))(?P<extra>[^，,。;；]{2,40}?))?"
                            r"(?=(?:[（(][^（）()]{1,30}[）)])?[,，]?\s*(?:(?:应当|应|要|必须|须)(?![求急点素件用闻案])|"
                            r"(?:负责|按照|在|依据|根据|依照|依法|按|结合|共同|协同|协助|配合|分别|各自|履行|将)))")
# (or a verb of helping, as 协同: "县级以上人民政府教育、卫生健康、科技、文化旅游等部门协助指导劳动人事争议调解工作" 浙江
# 劳动人事争议调解仲裁条例 第五条, b1038)
# (the departments and the organisations named with them: "发展改革、财政、民政…、红十字会等有关部门、组织在各自职责范围内
# 协助开展院前医疗急救工作", 佛山 院前医疗急救管理办法 第五条, b1861)
# (or 将 and what they are to bring into their work: "（三）住房城乡建设等有关部门将公共消防设施建设纳入…计划" 山东 消防条例,
# b518; "文化、新闻出版、广播电视等行政部门将国防教育纳入工作计划" 北京 实施国防教育法办法 第七条, b1849)
# (or a modal word and whatever they are to do: "各级人民政府的计划、财政等部门应当把…经费…纳入…计划" (河南 爱国卫生条例,
# b650)
# (an aside may close the list: "商务、文化、体育…等部门（以下统称单用途卡行业主管部门）按照…", 上海 单用途预付消费卡规定)
# (or with no 等, the kind after the last: "市、区交通、卫生健康、城市管理主管部门依据…各自职责，分别对…", 北京 危险废物
# 污染环境防治条例)


def _decided_segments(text: str, sentences: list[tuple[int, int]], depth_free, vocab: Vocabulary) -> list[int]:
    """Where the segments of a meeting's decision open: in a sentence opened by a meeting's decision ("会议原则同意该
    实施意见,要求水务部门牵头,根据本次会议精神,…", "会议明确:为了…,同意在经济开发区给中坚公司供地120亩,由经济开发区和国土
    局负责落实,…", 永康 常务会议 / 市长办公会议 纪要) the segment after each comma (at most 12 a sentence), for the
    assignment one of them may make."""
    out = []
    for s, e in sentences[:200]:
        head = s + len(text[s:e]) - len(text[s:e].lstrip())
        if vocab.meeting_sentence_re.match(text, head):
            out.extend(islice((i + 1 for i in range(head, e) if text[i] in ",，:：" and depth_free(i)), 12))
    return out


def _duty_reading(units: str, helped: str | None) -> str:
    """What a law's subject does, as a clause reads it: its bodies' own duty ("X负责"), or, when they are to help the
    bodies ``helped`` (_helped), those bodies' duty with theirs helping ("Y负责,X配合")."""
    return f"{helped}负责,{units}配合" if helped else units + "负责"


def _helped(text: str, at: int, vocab: Vocabulary) -> str | None:
    """The bodies a law's sentence says its subject helps, when helping them is what its duty opens with ("村（居）民委员会
    应当协助乡镇人民政府、街道办事处做好梅江河流域水生态环境保护工作。", 秀山 梅江河 条例; the corpus's law batches read the
    helped bodies as leading and the helper as assisting), also when the sentence goes on with how it helps ("…协助地方各级
    人民政府及其有关部门开展…宣传教育，组织村民、居民参与…", 血吸虫病防治条例, b643)."""
    m = vocab.helped_first_re.match(text, at) if vocab.helped_first_re is not None else None
    if m is None:
        return None
    def names_of(units: str) -> list[str]:  # (its levels printed once before one name: "…等部门应按各自职责，协同市、区
        return _names_joined(LEVELS_FIRST.sub("", tie_levels(units)), vocab)  # 公园行政主管部门做好…", 杭州 公园条例
        # 第四条, b847)

    units = m["units"]
    if not _bodies(names_of(units), vocab, groups=True, kinds=True):
        units = next((units[:k] for k in range(len(units) - 1, 1, -1) if vocab.suffix_re.search(units[:k]) and
                      brackets_balanced(units[:k]) and _bodies(names_of(units[:k]), vocab, groups=True, kinds=True)),
                     None)
        # (the bodies, then a verb of the work the pattern does not name: "村民委员会、居民委员会应当协助所在地人民政府
        # 动员和组织社会力量，做好…", 全国人口普查条例 第三条, b768)
        if units is None:
            return None
    names = names_of(units)
    if m["verb"] in vocab.helped_when_named and any(vocab.is_group(n) for n in names):
        return None  # "乡镇人民政府、街道办事处应当配合相关部门做好养犬管理工作": no body named, the subjects lead
    return units  # (roles.yaml helped_first)


def _names_joined(units: str, vocab: Vocabulary) -> list[str]:
    """The names of a list of bodies, each of two joined by 和 / 及 a name of its own (_joined_names)."""
    return [n for part in split_top_level(units) for n in _joined_names(part, vocab)]


def _read_to(out: list[Clause], at: int) -> int:
    """Where the clauses read so far before ``at`` end, not counting the partners found after an opening ("…配合人民政府
    组织村民…" in the article's last paragraph: a later paragraph's own subject before it is still read), nor a 由 clause
    of a later paragraph found first."""
    return max((c.end for c in out if c.kind != "sentence" and c.start < at), default=-1)


def _unguided(m: re.Match) -> str | None:
    """A subject clause read without who guides its units ("区卫生计生行政部门在区人民政府的统一领导下，负责…": the
    department and 负责; roles.yaml guided_by), or None when nothing stands between them."""
    return m["units"] + m["verb"] if m.end("units") != m.start("verb") else None


def _trades_subject(text: str, vocab: Vocabulary) -> tuple[str, int] | None:
    """The trades opening a law's sentence (see _TRADES_LISTED), the body joined after them first, as one list to read,
    and where the subject ends; else None. Their level's government before them is no unit of theirs."""
    head = text[:40]
    if (first := _BODY_FIRST.match(head)) and _bodies([first[1]], vocab, groups=False, kinds=True) and \
            (rest := _trades_subject(text[first.end():], vocab)) is not None:
        # a body joined before them: "县级以上精神文明建设部门和县级以上人民政府公安、民政…等有关部门在各自的职责范围内
        # 做好家庭教育工作" (家庭教育促进法 第六条, b670)
        return f"{first[1]}、{rest[0]}", first.end() + rest[1]
    if (government := _GOVERNMENT_FIRST.match(head)) and \
            (rest := _trades_subject(text[government.end():], vocab)) is not None:
        # a level's government and its own trades after 及其: "县级以上人民政府及其文化和旅游、商务等部门应当统筹规划…"
        # (广东 粤菜美食文化促进条例 第十三条, b655): the government and each trade lead
        return f"{government[1]}、{rest[0]}", government.end() + rest[1]
    place = _PLACE_HEAD.match(head)  # or a place's name: "林州市水利、公安…等行政部门在各自职责范围内…" (安阳 红旗渠条例)
    place = place.end() if place and any(head.startswith(t, place.end()) for t in vocab.trades) else None
    for at in [place] if place is not None else range(min(len(head), 24)):
        if place is None and not _LEVEL_WORDS.fullmatch(head[:at]):
            break
        if at and not head[:at].endswith(_LEVEL_ENDS) or not any(head.startswith(t, at) for t in vocab.trades):
            continue  # (a level ends there: not "县级以上人|民政府…", 民政 being a trade)
        m = _TRADES_LISTED.match(text, at, at + 300)
        if m is None:
            return None
        trades, extra = m["trades"], m["extra"] and vocab.strip_etc(m["extra"])  # ("…等部门以及海关等单位，在…")
        if m["comma"] and (kinds := _KINDS_THEN_OTHERS.match(m["extra"])):
            extra = vocab.strip_etc(kinds[1])
        trades = _JOINED_TRADES.sub(lambda j: f"{j[1]}、{j[3]}" if (
            vocab.is_trade(j[1]) and vocab.is_trade(j[3]) or j[2] == "以及" and (vocab.is_trade(j[1]) or
                                                                               vocab.is_trade(j[3]))) and
            not vocab.is_trade(j[0]) else j[0], trades)  # "…、科技以及海事等部门": two
        # ("交通运输以及工业和信息化": two, before the list is asked whether it names units; after 以及, which joins no
        # trade's own name, a short name of the law's own beside a trade: "…、生态环境以及党史史志、档案等部门"
        # 潍坊 红色文化资源保护条例, b806)
        if not vocab.names_trades(trades) or not unit_like(trades, vocab):
            return None
        if extra and not (vocab.is_trade(extra) or unit_like(extra, vocab) and
                          all(vocab.is_unit_name(_strip_brackets(x)) for x in split_top_level(extra)) or
                          _more_trades(m["extra"], extra, vocab)):
            extra = None  # "宣传、文化和旅游…等部门和新闻媒体应当宣传…": the trades lead; what is joined after them is no unit
        return (f"{extra}、{trades}" if extra else trades), m.end()
    return None


_COMMA = re.compile(r"[,，]\s*")
_EITHER = re.compile(r"(?<=[门局委府构])或者(?=\S{2})")  # (see _later_subject)


def _trades_after_commas(text: str, depth_free, vocab: Vocabulary) -> list[int]:
    """Where a law's sentence goes on after a comma with trades acting on their own duties (roles.yaml own_duties):
    "自然资源和规划部门统筹本行政区域内的生态保护与修复工作，发展改革、财政…等有关部门单位按照各自职责负责有关生态保护
    与修复工作。" (东营 黄河三角洲生态保护与修复条例, b719); at most the first 30 commas."""
    out = []
    for m in islice(_COMMA.finditer(text), 30):
        if depth_free(m.start()) and (traded := _trades_subject(text[m.end(): m.end() + 300], vocab)) is not None \
                and vocab.own_duties_next_re is not None and vocab.own_duties_next_re.match(text, m.end() + traded[1]):
            out.append(m.end())
    return out


def _more_trades(printed: str, extra: str, vocab: Vocabulary) -> bool:
    """Is what is joined after the trades another list of them, of another kind ("…市场监督管理等部门和党史史志研究、档案等
    机构，按照各自职责做好…", 临沂 红色文化保护与传承条例, b719): two or more short names, one a trade, then 等 and the kind?"""
    names = split_top_level(extra)
    return printed != extra and len(names) >= 2 and all(2 <= len(n) <= 10 for n in names) and \
        any(vocab.is_trade(n) for n in names)


_KINDS_THEN_OTHERS = re.compile(r"([^，,。;；]+?等[\u4e00-\u9fff]{0,6}?(?:团体|组织|部门|单位|机构))(?:和|及|、)")
_BODY_FIRST = re.compile(r"([^，,。;；、和及与]{3,20}?(?:部门|机构))(?:和|及|以及)(?=[^，,。;；]{0,12}?人民政府)")  # (see _trades_subject)
_GOVERNMENT_FIRST = re.compile(r"([^，,。;；及]{2,20}?人民政府)及其(?=[\u4e00-\u9fff]{2})")  # (see _trades_subject)
_JOINED_TRADES = re.compile(r"(?<![^、])([^、]{2,12}?)(以及|及|和|与)([^、]{2,12}?)(?=、|等|$)")  # (see _trades_subject)


def _other_named(name: str) -> str:
    """A body's name without what is bracketed after it: its other name ("镇人民政府（街道办事处）", 潍坊 文物保护条例, b668),
    what it stands for ("…、市交通执法机构（以下统称道路运输管理机构）"); not where it sits ("工作专班办公室(设在市商务局)
    牵头…": an office of a table's document, 武政办〔2023〕84号, read as the table's)."""
    bare = without_other_name(name)
    other = name[len(bare) + 1: -1]
    return bare if bare != name and not _ASIDE.match(other) else name


_ASIDE = re.compile(r"设在|设于")  # where a body sits (see _other_named)


def _bodies(names: list[str], vocab: Vocabulary, groups: bool, kinds: bool = False) -> bool:
    """Is every name a body's ("区文保所", "社会事业处"), with ``kinds`` a kind of department's too ("自然资源规划部门",
    "公安机关": units.heading_body_name; a law's article, 滨州 停车场管理条例; or a trade's however long its name,
    "住房和城乡建设行政主管部门负责…", 金华 电梯安全条例, b639; or its level's and field's, _LAW_DEPARTMENT), or with
    ``groups`` a group's ("各行政村"), and none a person's?"""
    names = [_other_named(n) for n in names]
    governed = kinds and any(n.endswith(_GOVERNMENTS) for n in names[1:])
    return all((vocab.is_unit_name(n) and (vocab.names_a_body(n) or kinds and _law_body(n, vocab))
                or groups and vocab.is_group(n) or governed and _PLACE_NAMED.fullmatch(n) is not None)
               and not vocab.is_person(n) for n in names)


def _law_body(name: str, vocab: Vocabulary) -> bool:
    """A law's body named by its kind (units.heading_body_name), its trade however long ("住房和城乡建设行政主管部门"), or
    its level and the field it is in charge of (_LAW_DEPARTMENT)."""
    return vocab.heading_body_re is not None and bool(vocab.heading_body_re.match(name)) or \
        vocab.trade_department(name) or _LAW_DEPARTMENT.fullmatch(name) is not None


# a law's department named by its level and the field it is in charge of, however long: "国务院野生动物保护主管部门应当每十年
# 组织开展一次野生动物调查" (长江保护法 第八条, b638)
# (设区的市: a law's city level, "设区的市人民政府海洋行政主管部门"; 同级, 本级: a partner's level as its government's,
# "发展和改革主管部门应当会同同级燃气主管部门建立燃气保障机制" 杭州 燃气管理条例 第七条, b897)
_LAW_DEPARTMENT = re.compile(r"(?:国务院|国家|设区的市|同级|本级|省|市|县|区|县级以上(?:地方)?(?:各级)?(?:人民政府)?|地方各级人民政府|各级人民政府)"
                             r"[\u4e00-\u9fff]{2,14}(?:主管部门|行政部门|管理部门|主管机构|管理机构)")
_GOVERNMENTS = ("人民政府", "政府")
# a county or district by its name, before the last of a list whose government is printed once after it: "濮阳县、清丰县、
# 南乐县、华龙区人民政府…应当…" (濮阳 马颊河保护条例, b720): each place's government (not a level: "县、区")
_PLACE_NAMED = re.compile(r"[^省市县区州旗盟镇乡各有相其本该][\u4e00-\u9fff]{1,5}(?:县|区|市|旗)")


def _later_subject(text: str, vocab: Vocabulary, groups: bool = False, kinds: bool = False) -> bool:
    """Does a sentence open with bodies' names and 负责 or 牵头 ("区文保所负责收集…", "省交通运输厅牵头指导…"; not
    "牵头单位负责…", a label)? With
    ``groups``, a group's name too ("…;各行业主管部门负责本行业、本系统的组织发动")."""
    m = vocab.subject_re.match(text) if vocab.subject_re is not None and \
        not text.lstrip().startswith(tuple(vocab.partner_verbs + vocab.together)) else None  # ("会同省应急厅牵头…")
    if m is None or vocab.verb_role(m["verb"]) not in ("responsible", "lead") or \
            vocab.label_role(m["units"].strip()) is not None or BY.search(m["units"]):
        return False  # ("区级建立由区农业农村局牵头抓总…的机制": what is set up, not who does it)
    names = [OWNER_WORDS.sub("", n) for n in _units_of(m["units"], vocab, lead_in=False).split("、")]  # "省教育厅、
    # 省卫生健康委等分别负责…"; a law's department's own body, "…，其所属园林管理机构负责…" (b847)
    if kinds:  # a law's "工商行政管理部门（市场监管部门）负责…": its other name after it; its levels printed once before
        # one name, "省、自治区人民政府城市建设行政主管部门负责…" (城市市容和环境卫生管理条例, b709)
        listed = tie_levels(_units_of(m["units"], vocab, lead_in=False))
        names = [_strip_brackets(name) for n in split_top_level(LEVELS_FIRST.sub("", listed))
                 for name in _EITHER.split(n)]  # (either body: "农业农村部门或者县（市、区）人民政府确定的部门负责…",
        # 嘉兴 生活垃圾分类管理条例, b713)
        groups = groups or len(names) >= 2 and not vocab.is_group(names[0]) and vocab.is_group(names[-1])  # the
        # departments concerned closing a list of named ones: "国务院核工业主管部门、能源主管部门和其他有关部门在各自职责
        # 范围内负责…" (核安全法 第六条, b814; not a group alone, "各有关部门应当…", a general provision)
    return all(len(n) >= 3 for n in names) and _bodies(names, vocab, groups, kinds)  # (not "…相关部门、单位分别负责")


def _own_duties_subject(text: str, vocab: Vocabulary, groups: bool = False) -> tuple[str, int] | None:
    """Bodies' names opening a sentence, then words giving each its own duties (roles.yaml own_duties: "按照各自职责",
    "按职责分工"): (the names, where those words end); else None. "区交通委、区水务局等职能部门按照各自职责对…". With
    ``groups`` a group's name too: a law's "国务院其他有关部门在各自的职责范围内管理相关体育工作" (体育法 第四条, b814)."""
    m = vocab.own_duties_re.match(text[:160]) if vocab.own_duties_re is not None else None
    if m is None or BY.search(m["units"]):
        return None
    units = _units_of(m["units"], vocab, lead_in=False)
    names = units.split("、")
    if not all(len(n) >= 3 for n in names) or not _bodies(names, vocab, groups=groups):
        return None
    return units, m.end()


def _later_sentences(text: str, pairs: dict[int, int], openings: list[int], breaks=()) -> list[int]:
    """Where the sentences after an item's first open (at most 60: a paragraph of the units' duties run together,
    "省财政厅负责…。省自然资源厅负责…。" fourteen of them, not a page of prose), when it has openings to read at all;
    and the ``breaks`` (line starts) after a colon: a law's article whose lead-in "…主要履行以下职责：" is followed, after
    its items, by a paragraph of other bodies (outline: "发展改革、规划资源…等部门按照各自职责，协同实施…")."""
    if not openings:
        return []
    starts = [_after_spaces(text, e + 1) for _s, e in islice(_sentences(text, 0, len(text), pairs), 60)]
    starts = sorted({*starts, *(b for b in breaks if 0 < b < len(text) and text[b - 1] in ":：")})
    return [s for s in starts if s not in openings and s < len(text) and text[s:s + 1].strip()]


def _after_spaces(text: str, at: int) -> int:
    """``at``, past the spaces there: a page that keeps a space after each sentence ("…的主管部门。 县(市)、区劳动保障
    行政部门按照职责分工,负责…", a mirror's copy of 济南 职工基本医疗保险 办法 第三条, its paragraphs on one line)."""
    while at < len(text) and text[at] in " \t\u3000":
        at += 1
    return at


def _later_segments(text: str, pairs: dict[int, int], openings: list[int], vocab: Vocabulary,
                    kinds: bool = False) -> list[int]:
    """Where a comma opens a segment with another body and 负责 in the sentence a body opened ("市农牧林业局负责制定疫情
    处置方案,镇(乡)人民政府负责落实…", a county-level city's 动物防疫 plan; "县级人力资源社会保障部门负责收集…，县级卫生
    健康部门负责指定服务机构…", 川疫指发〔2020〕17号): each body leads the task too (at most 60)."""
    if not openings or vocab.subject_re is None:
        return []
    out, i = [], openings[0]
    while i < len(text) and len(out) < 60:
        if i in pairs:
            i = pairs[i] + 1
            continue
        if text[i] in ",，" and _later_subject(text[i + 1: i + 120], vocab, kinds=kinds):
            out.append(i + 1)
        i += 1
    return out


def _segment_subject(text: str, at: int, vocab: Vocabulary, spans: bool) -> Clause:
    """The clause of a body and its 负责 opening a segment at ``at`` (found by _later_segments): a lead of the
    sentence's task, or (``spans``) the opening of a part of its own, the words after it the part's."""
    m = vocab.subject_re.match(text[at: at + 120])
    reading = _units_of(m["units"], vocab, lead_in=False) + m["verb"]
    if spans:
        return Clause(at, at + m.end(), m.group(0), at, "opening", reading=reading)
    return Clause(at, at, m.group(0), at, "sentence", reading=reading)




class _Spans:
    """Clause spans found so far, for overlap tests in logarithmic time (an item may hold thousands)."""

    def __init__(self, clauses: list[Clause]):
        self.starts, self.ends = [], []
        for c in sorted(clauses, key=lambda c: c.start):
            self.add(c.start, c.end)

    def add(self, start: int, end: int) -> None:
        k = bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # clauses do not overlap: the last one starting before ``end`` decides
        return k > 0 and self.ends[k - 1] > start


def _leading(text: str, start: int, vocab: Vocabulary, numbered: bool = False) -> Clause | None:
    """The longest run of at most 8 comma segments opening text[start:] (within its sentence) that reads as a
    clause naming a lead or an assisting unit; in a numbered item also "由X负责…" (整改要求:由城关镇负责按照…)."""
    sentence = text[start: _sentence_end(text, start)]
    if not vocab.mentions_role(sentence[:200]) or (
            vocab.no_assignment_re is not None and vocab.no_assignment_re.search(sentence[:200])):
        return None  # (nor "本办法由X会同Y负责具体解释")
    cuts = [m.start() for m in re.finditer(r"[,，]", sentence)][:8] + [len(sentence)]
    limit = (cuts[-2] if len(cuts) > 1 else 0) + 200  # (within the segments read, and a little after)
    if vocab.assist_of_re is not None and (of := vocab.assist_of_re.search(sentence, 0, limit)) and \
            "由" in sentence[: of.start()]:  # "建立由市农牧业局牵头，市商务粮食局、…参与的联席会议制度": up to 参与
        cuts = sorted({*cuts, of.end()})  # (not "各省政府要建立省级政府办公厅牵头、…参与的工作机制": no agent named)
    for cut in reversed(cuts):
        inner = sentence[:cut].strip()
        if not inner or vocab.label_re.search(inner) or not is_clause(inner, vocab):
            continue
        pieces = _verb_pieces(inner, vocab)
        if all(p.role in (*UNIT_ROLES, "note") for p in pieces) and \
                (any(p.role in ("lead", "assist") and not vocab.is_person(p.text) for p in pieces) or
                 (numbered and _agent(inner, vocab) is not None)):
            offset, inner = _from_agent(start + sentence.index(inner[0]), inner, vocab)
            return Clause(offset, offset + len(inner), inner, offset, "opening")
    return None


def _from_agent(offset: int, inner: str, vocab: Vocabulary) -> tuple[int, str]:
    """A clause whose agent closes a long segment starts at its 由 ("…的违法行为由县规划局负责牵头查处,…配合"): the
    words before it are the task's."""
    by = vocab.agent_re.search(inner)
    if by is None or by.start() <= _NEAR or any(p.role in UNIT_ROLES for p in _verb_pieces(inner[: by.start()], vocab)):
        return offset, inner  # (a clause of its own before the 由: "市发改委牵头,…由市财政局负责资金保障")
    return offset + by.start(), inner[by.start():]


def _addressees(inner: str, vocab: Vocabulary) -> bool:
    """Does a clause name only groups (各责任单位, 各地各部门)? In a paragraph with no number that is a notice
    asking its addressees to act ("请各责任单位抓好落实"), not a task's division of labour."""
    named = [p for p in _verb_pieces(inner, vocab) if p.role in (*UNIT_ROLES, "responsible_list")]
    return bool(named) and all(vocab.is_group(x.strip()) for p in named for x in split_top_level(p.text))


def _names_before(text: str, at: int, vocab: Vocabulary) -> bool:
    """Does a unit's name end at ``at``? Then a bracket there glosses it: "报市政府办公厅(市职转办、市营商办)"."""
    word = re.split(r"[\s,，。、;；:：“”\"》《]", text[max(0, at - 30): at])[-1]
    return bool(word) and vocab.is_unit_name(word)


def _trailing(text: str, s: int, e: int, vocab: Vocabulary, whole: bool) -> Clause | None:
    """The longest run of segments closing the sentence text[s:e] that reads as a clause (at most 8 segments).

    A sentence that is not the item's only one may be a clause as a whole; the item's only sentence gives up
    at most its closing segments (its first segment is the task itself).
    """
    sentence = text[s:e]
    if vocab.no_assignment_re is not None and vocab.no_assignment_re.search(sentence):
        return None  # "本办法由区应急局会同相关部门负责具体解释"
    cuts = [0] + [m.end() for m in re.finditer(r"[,，]", sentence)]
    if len(cuts) > 1 and not whole:
        cuts = cuts[1:]
    for cut in cuts[-8:]:
        inner = sentence[cut:].strip()
        if not inner or vocab.label_re.search(inner):
            continue
        marked = vocab.bracketed_lead_re is not None and bool(vocab.bracketed_lead_re.search(inner))
        if is_clause(inner, vocab, bare_list=marked) and any(p.role in (*UNIT_ROLES, "responsible_list")
                                                             for p in _verb_pieces(inner, vocab)):
            offset = s + cut + sentence[cut:].index(inner[0])
            offset, inner = _from_agent(offset, inner, vocab)
            return Clause(offset, e, inner, offset, "sentence")
    return None


def _outside_brackets(text: str, pairs: dict[int, int]):
    """A test: is offset i outside every bracket pair? (intervals merged once; lookups by bisection)."""
    spans = []
    for o in sorted(pairs):
        c = pairs[o]
        if spans and o <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], c)
        else:
            spans.append([o, c])
    starts = [s for s, _e in spans]

    def outside(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k < 0 or i > spans[k][1]

    return outside


_PARTS = re.compile(r"[,，。;；:：()（）]")


def role_span(line: str, vocab: Vocabulary) -> str | None:
    """A part of a line that reads as a role clause on its own ("由陈家坝沿线包片单位县职教中心…负责", "市发改委牵头"),
    for the report of lines no rule read; None when there is none."""
    for seg in _PARTS.split(line):
        seg = seg.strip()
        if not seg or len(seg) > 120 or not vocab.mentions_role(seg):
            continue
        if _agent(seg, vocab) is not None:
            return seg
        found = vocab.verb_at_end(seg)
        if found is not None and found[2] in ("lead", "assist") and unit_like(_units_of(found[0], vocab), vocab):
            return seg
    return None


def bracket_assist(text: str, vocab: Vocabulary) -> str | None:
    """The units of a bracket after a unit that names units with an assisting verb ("区教体局(区国资公司代建)"),
    else None."""
    found = vocab.verb_at_end(text.strip()) if len(text) <= 60 else None
    if found is None or found[2] != "assist":
        return None
    units = _units_of(found[0], vocab)
    return units if unit_like(units, vocab) else None


def first_listed_statement(text: str, vocab: Vocabulary) -> bool:
    """Does the text state that the first unit listed leads (列第一位者为牵头单位)?"""
    return bool(vocab.first_listed_re and vocab.first_listed_re.search(text))


def each_part_statement(text: str, vocab: Vocabulary) -> bool:
    """Does the text state that the first unit of each region's list leads (两省市列首位的为牵头单位)?"""
    return bool(vocab.each_part_leads_re and vocab.each_part_leads_re.search(text) and
                first_listed_statement(text, vocab))


def comma_leads_statement(text: str, vocab: Vocabulary) -> bool:
    """Does the text state that the units before a list's comma lead (逗号前为牵头单位)?"""
    return bool(vocab.comma_leads_re and vocab.comma_leads_re.search(text))


def mark_legend(text: str, vocab: Vocabulary) -> str | None:
    """The mark a "带▲的为牵头单位" statement defines as the lead's, else None."""
    for pattern in vocab.mark_legend_res:
        if m := pattern.search(text):
            return m["mark"]
    return None


def carry_forward_units(text: str, vocab: Vocabulary, ends_after: int = 0) -> tuple[str, str] | None:
    """The units a "以下各项工作均需X落实,不再列出" statement carries to every later task, as printed, and their role:
    they assist, unless the statement names the label they join ("以下任务责任单位均包括X": X is among each task's
    责任单位, and takes their part). Only a statement ending after ``ends_after`` (one that goes on from earlier lines
    joined before the text's own)."""
    for pattern in vocab.carry_forward_res:
        for m in pattern.finditer(text):
            if m.end() > ends_after:
                head = m.group(0)[: m.start("units") - m.start()]
                named = [vocab.label_role(head[j: k.end()]) for k in re.finditer(r"单位|部门", head)
                         for j in range(max(0, k.start() - 6), k.start())]
                role = next((r for r in named if r in ("lead", "responsible")), "assist")
                units = m["units"].strip(" ,，、")
                if not unit_like(units, vocab):
                    continue  # ("各单位要抓好落实,以下不再列出": a sentence, no units)
                return _fuller_group(units, text[max(0, m.start() - 80): m.start()], vocab), role
    return None


def _fuller_group(units: str, before: str, vocab: Vocabulary) -> str:
    """The group a statement carries, by the name the clause before it gave it in full: "(省市场监管局、商务厅牵头负责,
    各地级以上市政府负责落实。以下任务均需各市落实,不再列出)" carries 各地级以上市政府 (粤府办〔2025〕14号, b396)."""
    if not vocab.is_group(units):
        return units
    for name in reversed(re.split(r"[、,，;；。()（）]|负责|落实|配合|牵头", before)):
        name = name.strip()
        chars = iter(name)
        if len(name) > len(units) and name[0] == units[0] and vocab.is_group(name) and \
                all(ch in chars for ch in units):  # (its characters in order: 各市 in 各地级以上市政府)
            return name
    return units
