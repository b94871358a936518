"""Find a document's numbered items in every numbering system, nested as the document nests them.

Markers: 第一章 / 第一部分, 一、, (一), 1. 1、 1． 1﹒, 1), (1), ①, 第一条. Which marker nests in which is not
assumed: the first marker of a kind seen inside another makes it a child level (a stack, as legal
outlines are read), so "一、 > 1. > (1)" and "一、 > (一) > 1." both work, numbering may restart in
every section, and items may sit directly under chapters. A line without a marker continues the item
above it (a PDF page break cuts items anywhere); a line that starts with a responsibility label
("牵头单位:…") is a clause line of the item above; after such lines, prose starts an unnumbered item.
A document saved as one long line is cut at its markers first. Page numbers ("— 3 —") are dropped.

Examples
--------
>>> from loaders.vocabulary import Vocabulary
>>> lines = ["一、总体要求", "二、重点任务", "(一)扩大投资", "1.抓项目。(市发改委牵头)", "2.稳就业。",
...          "牵头单位:市人社局"]
>>> entries = read_outline(list(enumerate(lines, 1)), Vocabulary.default())
>>> [(e.kind, e.ordinal, e.text, [t for _l, t in e.clause_lines]) for e in entries]
... # doctest: +NORMALIZE_WHITESPACE
[('cn', 1, '总体要求', []), ('cn', 2, '重点任务', []), ('pcn', 1, '扩大投资', []),
 ('num', 1, '抓项目。(市发改委牵头)', []), ('num', 2, '稳就业。', ['牵头单位:市人社局'])]
>>> [e.ordinal for e in entries[4].ancestors()]
[1, 2]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .joined import Joined
from .textnorm import (CLOSE_BRACKETS, NAME_CHAR, OPEN_BRACKETS, SPACED_FIELD, TITLE_THEN_SPACE, chinese_ordinal,
                       clean_text, split_brackets, split_top_level)
from .vocabulary import BY, Vocabulary

__all__ = ["Entry", "read_outline", "MARKER", "FIELD", "line_width"]

_CN = "一二三四五六七八九十百零〇两"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: A decimal item number ("2.3.6"), not a figure or a date ("2.5亿元", "6.30前").
#: Two dots make no figure ("4.6.12 次生灾害防御组"); one, glued to a measure word, does ("1.2次"); after a space only
#: money and quantities do ("1.2 万元"), a title may open with the rest: "2.1 人员安置组", "3.2 项目管理", "1.2 次生灾害…"
#: (龙胜 地震应急预案's working groups, b399). No number after a dot opens with 0: "互联网 ３．０交互" is a version (a PDF's
#: text puts a space between a Latin font's digits and the CJK before them; 浙江省委宣传部 plan, b429).
_DECIMAL = (r"\d{1,2}(?:[.．]\d{1,3}){2,3}(?![\d.．%])"
            r"|\d{1,2}[.．](?![0０])\d{1,3}(?![\d.．%])(?![万亿千百十元角个倍年月日号时分秒前底吨米斤亩人户家次项条‰])"
            r"(?!\s+[万亿千百十元角倍吨米斤亩‰%])")
#: What may follow a number's 、 and still leave it an item's: no figure ("6、7月" is June and July, "3、5%"), but a
#: date may ("6、7月8日,组织第十三期…", "3、2024年底前…": an item opening with its date; 双拥 活动 方案).
_AFTER_NUMBER = r"(?!(?!(?:19|20)\d\d年|\d{1,2}月(?:\d{1,2}日|[上中下]旬))[\d%])"
#: ...and what may follow its dot: no figure ("1.5亿元" is no item), but a year may ("1.2009年底前,完成…", 昆明 消防
#: 应急救援能力建设 责任分解, 2009: an item opening with its deadline).
_AFTER_DOT = r"(?!(?!(?:19|20)\d\d\s*年)[\d%])"
#: What may not follow an article's number for it to open the article: a citation's words ("第三条第⼀款规定不享受
#: 补贴政策的情形", 济南 柴油货车 方案; "第九条中规定的"), though 中央… opens a name ("第九条 中央编办负责…", 教监管厅函
#: 〔2022〕4号).
_NOT_CITED = rf"(?!\s*(?:第[{_CN}\d]+[款项]|规定|的规定|之|所|中(?![央共国华])))"
#: A numbering marker at the start of a line, by kind.
MARKER = re.compile(
    r"^\s*(?:"
    rf"(?P<part>第[{_CN}\d]+(?:章|部分|篇))\s*"
    rf"|(?P<article>第 ?[{_CN}\d](?: ?[{_CN}\d])* ?条){_NOT_CITED}\s*"  # (not a citation a
    # wrapped line opens with: "第三条第⼀款规定不享受补贴政策的情形", 济南 柴油货车 方案)
    rf"|(?P<cn>[{_CN}]+)\s*[、.．]\s*"
    rf"|[(（]\s*(?P<pcn>[{_CN}]+)\s*[)）]\s*[、.．]?\s*"
    r"|[(（]\s*(?P<pnum>\d{1,3})\s*[)）]\s*[、.．]?\s*"
    rf"|(?P<dec>{_DECIMAL})\s*[、]?\s*"  # "2.3.6 市建设局:…": a decimal number, not a figure ("2.5亿元", "6.30前")
    rf"|(?P<num>\d{{1,3}})\s*(?:[.．﹒]{_AFTER_DOT}|[,，](?![\d%])|、{_AFTER_NUMBER})\s*"
    r"|(?P<numr>\d{1,3})\s*[)）](?!\d)\s*"
    rf"|(?P<circ>[{_CIRCLED}])\s*[、.．]?\s*"
    r")"
)
#: Where a marker may start inside a long line (one-line documents): after a sentence end or a space.
_INLINE_MARKER = re.compile(
    rf"(?<=[。;；!！?？)）〕】\]\s])\s*(?=(?:[{_CN}]+ ?、|[(（] ?[{_CN}]+ ?[)）]|\d{{1,3}} ?(?:[.．﹒]{_AFTER_DOT}|、{_AFTER_NUMBER})|[(（] ?\d{{1,3}} ?[)）]|[{_CIRCLED}]|第[{_CN}]+(?:章|部分|条{_NOT_CITED})|{_DECIMAL}))"
    # or a list's first item after a colon: "…(财政部…按职责分工负责)具体措施：1．及时总结…"
    rf"|(?<=[:：])(?<!附件[:：])\s*(?=(?:一 ?、|[(（] ?一 ?[)）]|1 ?[.．、﹒](?![\d%])|[(（] ?1 ?[)）]|①))"  # (not "附件：1.…")
)
_PAGE_NUMBER = re.compile(r"^\s*(?:(?=.*[-—－–─])[\s\-—－–─]*\d{1,4}[\s\-—－–─]*|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$")
_STOP = re.compile(r"^\s*(附件\s*\d*\s*$|附件\s*\d*\s*[:：]|抄送|附表|附录|注\s*[:：]|备注\s*[:：])")  # 注: a table's
# footnote ("注:1.…具体工作由市发改委牵头负责。2.…"), not its tasks
_SIGNED = re.compile(r"^\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")  # a signature's date, alone on its line
_LONG_LINE = 400  # a line this long is a page saved as one paragraph (its labels are cut out as their own lines)
_RUN_LINE = 200  # a line this long may hold a short page's items run together: "…工作; (二)公安部门负责…"
_UNIT_OPENS = re.compile(rf"^\s*(?P<units>(?:(?!\s){NAME_CHAR}){{2,30}}?)\s*[:：]")  # "市林业局:负责…"
_UNIT_CELL = re.compile(rf"^\s*(?P<units>(?:(?!\s){NAME_CHAR}){{3,30}})[ \t\u3000]+(?=\S)")  # "市质监局 综合协调…"
FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]")  # "失效日期:…": a field of a record, named before its colon


@dataclass
class Entry:
    """A numbered item (or an unnumbered paragraph) with its joined text and the clause lines after it."""

    kind: str  # part | article | cn | pcn | pnum | num | numr | circ | para
    ordinal: int | None
    joined: Joined
    parent: "Entry | None" = None
    clause_lines: list[tuple[int, str]] = field(default_factory=list)
    depth: int = 0  # open brackets so far (a page break inside a bracket continues the item)
    children: int = 0
    tail_line: int = 0  # the last line a clause line went on to (a unit list wrapped onto the next lines)
    soft: set[int] = field(default_factory=set)  # offsets of lines that go on a line the page broke
    listed: bool = False  # an unnumbered paragraph in a run of paragraphs each naming its own units: an item
    looked: int = 0  # lines of an unnumbered paragraph looked at for a clause of its own, and whether one was found
    names_units: bool = False
    fields: list[tuple[int, str]] = field(default_factory=list)  # "主要职责:…" among its clause lines: read, not assigned
    printed: tuple[int, ...] = ()  # a decimal marker's numbers ("2.3.6"): the whole path it prints
    duty: str = ""  # the unit opening a line of a duty list with a verb of its duties ("省水利厅承担…")

    @property
    def read_lines(self) -> list[int]:
        """Every line the item holds: its text, its clause lines and its fields."""
        return [*self.joined.lines, *(ln for ln, _t in self.clause_lines), *(ln for ln, _t in self.fields)]

    @property
    def line_starts(self) -> list[int]:
        """Offsets where a line of the item starts a line of its own (not one the page's width broke)."""
        return [s for s in self.joined.starts if s not in self.soft]

    @property
    def text(self) -> str:
        return self.joined.text

    @property
    def line(self) -> int:
        return self.joined.first_line

    @property
    def last_line(self) -> int:
        lines = self.joined.lines + [ln for ln, _t in self.clause_lines] + [self.tail_line]
        return max(lines) if lines else 0

    def ancestors(self) -> list["Entry"]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out

    def add(self, text: str, line: int) -> None:
        self.joined.add(text, line)
        for ch in text:
            if ch in OPEN_BRACKETS:
                self.depth += 1
            elif ch in CLOSE_BRACKETS:
                self.depth = max(0, self.depth - 1)

    def unfinished(self) -> bool:
        stripped = self.joined.text.rstrip()
        if not stripped or self.depth > 0:
            return True
        return stripped[-1] not in "。;；!！?？:：" and stripped[-1] not in CLOSE_BRACKETS


_BRACKETED = re.compile(r"[(（]([^()（）]{1,160})[)）]")


def _open(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
    return depth > 0


def _unclosed_label(text: str, vocab: Vocabulary) -> bool:
    """Does the text end inside a bracket that opens with a label and holds only its unit list so far
    ("…房租。（责任单位：区国资委、区政府集体资产监管办")? Only the last 200 characters are looked at."""
    closes = 0
    for i in range(len(text) - 1, max(-1, len(text) - 202), -1):
        if text[i] in CLOSE_BRACKETS:
            closes += 1
        elif text[i] in OPEN_BRACKETS:
            if closes:
                closes -= 1
                continue
            inner = text[i + 1:]
            return vocab.label_start_re.match(inner) is not None and not re.search(r"[。;；]", inner)
    return False


def _marker(text: str):
    """(kind, ordinal, rest, printed) of a line that starts with a numbering marker, else None; ``printed`` holds
    every number of a decimal marker ("2.3.6" → (2, 3, 6)), else nothing."""
    m = MARKER.match(text)
    if not m:
        return None
    kind = next(k for k, v in m.groupdict().items() if v is not None)
    raw = m[kind]
    if kind in ("part", "article"):
        raw = raw[1:-1].replace(" ", "") if kind == "article" else re.sub(r"(章|部分|篇)$", "", raw[1:])
        # ("第 2 0 条": a number a PDF's copy spaced out, 柳河县 重点产业 实施意见, b406)
    if kind == "dec":  # its depth is its kind ("dec3": 2.3.6), its last number its ordinal, all of them printed
        printed = tuple(int(n) for n in re.split(r"[.．]", raw))
        rest = text[m.end():]
        return (f"dec{len(printed)}", printed[-1], rest, printed) if rest.strip() else None
    if kind == "circ":
        ordinal = _CIRCLED.index(raw) + 1
    elif raw.isdecimal():
        ordinal = int(raw)
    else:
        ordinal = chinese_ordinal(raw.replace("〇", "零"))
        if ordinal is None and raw.startswith("一百"):
            ordinal = 100 + (chinese_ordinal(raw[2:].lstrip("零")) or 0)
    rest = text[m.end():]
    if ordinal is None or not rest.strip():
        return (kind, ordinal, rest, ()) if ordinal is not None and kind != "num" else None
    return kind, ordinal, rest, ()


def _split_long(line: str, vocab: Vocabulary, share: float = 0.0) -> list[str]:
    """A document saved as one paragraph: cut it before every marker that follows a sentence end, and before every
    unit's duty line ("。 市水利局:掌握…"; not before a label: "。 责任单位:…" is the item's own)."""
    if len(line) < _RUN_LINE:
        return [line]
    markers = list(_INLINE_MARKER.finditer(line))
    # the whole page on this line (``share``: of the document's text), its paragraph breaks gone without a trace
    # ("…工作。市财政局负责…"): no sentence ends in a space; a long paragraph among other lines needs more sentences
    sentences = line.count("。")
    glued = share >= 0.6 and not re.search(r"[。;；][ \t\u3000]", line) and \
        (sentences >= 5 or (share >= 0.95 and sentences >= 3))
    duty_cut = vocab.glued_duty_cut_re if glued else vocab.duty_cut_re
    headed = [m.end() for m in vocab.duty_title_cut_re.finditer(line)] if vocab.duty_title_cut_re else []
    cuts = sorted({m.end() for m in markers} | set(_glued_numbers(line, markers, vocab)) |
                  {m.end() for m in duty_cut.finditer(line) if not vocab.label_re.match(line, m.end()) and
                   not _no_duties_after_colon(line, m.start(), vocab) and not _duties_of(line, m.end(), vocab)} |
                  ({m.end() for m in vocab.spaced_duty_cut_re.finditer(line) if not vocab.label_re.match(line, m.end())}
                   if not glued else set()) |
                  set(_after_clauses(line, vocab, glued)) |
                  ({m.end() for m in _BREAK.finditer(line)} if share >= 0.6 and len(line) >= _LONG_LINE else set()) |
                  {at for m in _ANNEX.finditer(line) for at in (m.start(), m.end("mark"), m.end())} |
                  set(headed) | set(_glued_duties(line, headed, markers, vocab)) |
                  {m.start("lead") for m in _DUTIES_LEAD_IN.finditer(line) if _is_duties_of(m["lead"], vocab)})
    if not cuts:
        return [line]
    pieces, start = [], 0
    for cut in cuts:
        if cut > start:
            pieces.append(line[start:cut])
            start = cut
    pieces.append(line[start:])
    return [p for p in pieces if p.strip()]


def _glued_duties(line: str, headed: list[int], markers: list[re.Match], vocab: Vocabulary) -> list[int]:
    """After a heading naming duties run into its first duty line ("各相关部门工作职责：区交通与建设局：负责…"), the
    later duty lines up to the next marker, each glued to the sentence before it ("…等工作。区财政金融局：负责…"):
    where they start, as on a page whose breaks left nothing."""
    out = []
    for at in headed:
        end = next((m.start() for m in markers if m.start() > at), len(line))
        out.extend(m.end() for m in vocab.glued_duty_cut_re.finditer(line, at, end)
                   if not vocab.label_re.match(line, m.end()))
    return out


def _duties_of(line: str, at: int, vocab: Vocabulary) -> bool:
    """Is the text from ``at`` to the next space a heading's last line saying whose duties follow ("领导小组工作职责："
    before "1.召集…")? It stays with its heading, as on a page with its lines."""
    words = re.match(r"[^ \t\u3000]{2,30}", line[at:])
    return bool(words) and _is_duties_of(words.group(0), vocab)


def _is_duties_of(text: str, vocab: Vocabulary) -> bool:
    """Does a line say whose duties the items below it are (roles.yaml conventions.duties_of)?"""
    return any(p.match(text.strip()) for p in vocab.duties_of_res)


def _no_duties_after_colon(line: str, at: int, vocab: Vocabulary) -> bool:
    """After a colon, is what follows no unit's duty sentence ("具体分工如下: 省统计局负责…" is one)? Not after a
    label's colon ("牵头单位: 市财政局负责…": the units are the label's), nor a field ("文号: 发布机构: …")."""
    if line[at - 1: at] not in (":", "："):
        return False
    return any(m.end() >= at - 1 for m in vocab.label_re.finditer(line, max(0, at - 16), at)) or \
        vocab.subject_re is None or (vocab.subject_re.match(line[at: at + 100]) is None and
                                     vocab.unit_sentence(line[at: at + 100]) is None)


def _after_clauses(line: str, vocab: Vocabulary, glued: bool = False) -> list[int]:
    """Where a paragraph ends in a page saved as one line: after a sentence that is a labelled clause, at the space
    that follows it ("图①:九龙大道…没有创建公益广告。责任单位:县交通局。 图②:湖中路…"; on a page whose breaks left
    nothing, at its 。 when no label follows)."""
    out, start = [], 0
    for m in _SENTENCE_SPACE.finditer(line):
        sentence = line[start: m.start()].lstrip()
        spaced = m.end() - m.start() > 1
        if (spaced or glued and m.group(0) == "。" and not vocab.label_re.match(line, m.end())) and \
                vocab.label_start_re.match(sentence) and not re.search(r"[()（）]", sentence):
            out.append(m.end())
        start = m.end()
    return out


# "…施行。 附件1 职责分工 区应急局：…": an attachment's mark, and its title
_ANNEX = re.compile(r"(?<=\s)(?P<mark>附件\s*\d{1,2})(?:\s+[^\s,，。;；:：、]{2,12})?(?=\s)")
_BREAK = re.compile(r"(?<=[。!！?？])[ \t\u3000]+(?=\S)")  # a page's paragraph break left as a space
# a sentence saying whose duties the items after it are, run on after an item's end: "…领导小组日常工作。各片区管理委员会，
# 应当履行以下职责：（一）负责落实…" (河北省人民政府令〔2019〕第9号 copied as one line): a line of its own
_DUTIES_LEAD_IN = re.compile(r"[。;；][ \t\u3000]*(?P<lead>[^。;；:：()（）]{2,40}[:：])(?=\s*(?:[(（]\s*[一1]\s*[)）]|一、|1[.、．]))")
_SENTENCE_SPACE = re.compile(r"[。;；][ \t\u3000]*")
_GLUED = re.compile(rf"(?<=[\u4e00-\u9fff)）”’》」】:：])(?:(?P<num>\d{{1,3}}) ?[.．、](?![\d%])|"
                    rf"[(（](?P<paren>[{_CN}]{{1,3}})[)）]|(?P<cn>[{_CN}]{{1,3}})、|[(（](?P<nparen>\d{{1,2}})[)）])")
_TITLE_THEN_FIRST = re.compile(r"[^\s。;；,，:：、()（）]{2,12}(?:[(（]一[)）]|1[.．、](?!\d))")
_HEADING_MARK = re.compile(rf"^\s*(?:[{_CN}]+ ?、|[(（] ?[{_CN}]+ ?[)）])")
_MARKER_AT = re.compile(rf"\s*(?:(?P<num>\d{{1,3}}) ?[.．、﹒]|[(（] ?(?P<paren>[{_CN}]+) ?[)）]|(?P<cn>[{_CN}]+) ?、|"
                        rf"[(（] ?(?P<nparen>\d{{1,2}}) ?[)）])")
_KINDS = ("num", "paren", "cn", "nparen")
_LOWER = {"cn": ("paren", "num", "nparen"), "paren": ("num", "nparen"), "num": ("nparen",), "nparen": ()}
# (the runs a marker of each kind starts afresh)


def _ordinal(m: re.Match, kind: str) -> int:
    return int(m[kind]) if kind in ("num", "nparen") else (chinese_ordinal(m[kind]) or 0)


def _glued_numbers(line: str, markers: list[re.Match], vocab: Vocabulary) -> list[int]:
    """Where an item's number is glued to the unit list closing the item before it, in a one-line page: "1.习近平法治思想
    责任单位:局机关党委、农业处,区农业农村中心2.《中国共产党章程》责任单位:…", "…责任单位:区旅游文体局,区文旅集团
    (二)支持商旅融合促消费。…". Only the next number of its run (one more than the item before) after a label whose
    list ends in a unit's name, or the first number right after a heading's title ("一、激发文旅市场活力(一)加大…")."""
    last = dict.fromkeys(_KINDS, 0)  # the last number of each kind of marker
    ran = dict(last)  # the last number of each run before a heading started it afresh (items may run on: "(七)")
    first = dict.fromkeys(_KINDS)  # where a run's first number stands, glued, not yet taken
    label_at, heading_at, out = -1, None, []
    labels = list(vocab.label_re.finditer(line))  # found once for the line, looked up by position below
    label_starts, label_ends = [x.start() for x in labels], [x.end() for x in labels]
    deadlines = {x.group(1) for x in labels if vocab.label_role(x.group(1)) == "deadline"}

    def took(kind: str, number: int, at: int) -> None:  # a marker of this kind starts an item (or a heading) at ``at``
        nonlocal heading_at
        last[kind] = number
        ran.update({lower: last[lower] for lower in _LOWER[kind] if last[lower]})
        last.update(dict.fromkeys(_LOWER[kind], 0))
        heading_at = None if kind == "nparen" else at

    if (mark := _MARKER_AT.match(line)) is not None:  # the line opens with an item ("15、以推进…责任单位:X16、…")
        kind = next(k for k in _KINDS if mark[k])
        took(kind, _ordinal(mark, kind), 0)
    events = [(m.end(), "marker", m) for m in markers] + [(m.start(), "glued", m) for m in _GLUED.finditer(line)]
    for at, event, m in sorted(events, key=lambda e: e[0]):
        if event == "marker":  # a marker after a sentence's end or a space, cut already
            if (mark := _MARKER_AT.match(line, at)) is not None:
                kind = next(k for k in _KINDS if mark[k])
                took(kind, _ordinal(mark, kind), at)
            continue
        kind = next(k for k in _KINDS if m[k])
        number = _ordinal(m, kind)
        if kind == "cn" and number == 1:
            if line[at - 1: at] in (":", "：") or (_TITLE_THEN_FIRST.match(line, m.end()) and "二、" in line[m.end():]):
                out.append(at)  # "…通报如下:一、主次干道1、…": the first heading after a colon; "…批示分工方案一、持续
                took(kind, number, at)  # 加强水利工程建设1.立足于…" its title and first item (a 二、 to come)
            continue  # "一、" glued to a word ("统一、") is a list's word
        if kind == "cn" and number == last[kind] + 1 and number > 1 and _TITLE_THEN_FIRST.match(line, m.end()):
            out.append(at)  # "…各村居主干二、下设机构（一）综合协调组…": the next heading, its title and first item
            took(kind, number, at)
            continue
        if (number in (1, ran[kind] + 1) or not ran[kind]) and last[kind] == 0 and heading_at is not None and \
                at - heading_at <= 42 and \
                not re.search(r"[。;；:：、第]", _HEADING_MARK.sub("", line[heading_at: at], count=1)):
            out.append(at)  # "一、重点宣传普及法律法规1.习近平法治思想…": a heading's title, then its first item
            # (any number when its run is not yet seen: a page that starts mid-document, "二、明确监管责任（四）加强…")
            label_at = at
            took(kind, number, at)
            continue
        if number == 1 and last[kind] == 0:
            first[kind] = at  # "…分解一、主要目标1.地区生产总值增长…": the run's first, glued too; taken with its second
        opened = number == 2 and last[kind] == 0 and first[kind] is not None
        if number != last[kind] + 1 and not opened:
            continue
        # the last unit label's list before the number ("责任处室:党建人事处、办公室完成时限:6月25日前(二)…": a
        # deadline may follow it)
        j = bisect_right(label_ends, at)
        while j > 0 and label_starts[j - 1] >= label_at and labels[j - 1].group(1) in deadlines:
            j -= 1
        if j == 0 or label_starts[j - 1] < label_at:
            continue
        end = min(labels[j].start(), at) if j < len(labels) else at
        if end - labels[j - 1].end() > 300:
            continue  # no list of names runs that long
        # ("(责任单位:区医保局、财金局)2.全额资助…": the clause's bracket closes before the number)
        names = split_top_level(line[labels[j - 1].end(): end].lstrip(":： ").rstrip(")）】]"), "、,，")
        named = [n for n in names if vocab.is_unit_name(n) or vocab.is_group(n)]
        if names and named and (names[-1] in named or 2 * len(named) >= len(names) and len(names[-1]) <= 12):
            # (the last may be a short name of no known shape: "…公共处,旅游集团、旅游股份3.积极引导企业…")
            out.extend([first[kind], at] if opened else [at])
            first[kind], label_at = None, at
            took(kind, number, at)
    return out


def _split_labels(piece: str, vocab: Vocabulary, fields: int = 8) -> list[str]:
    """In a one-line document, "task。牵头单位:X 责任单位:Y" holds its clause lines: cut before the first label (and,
    after a field the label's run ends at, before the next label: "活动时间:9月27日… 活动地点:…大广场 责任单位:市文明办、…",
    高州 中秋国庆 活动 saved as one paragraph; at most ``fields`` fields a piece)."""
    m = None
    for m in vocab.label_re.finditer(piece):
        before = piece[: m.start()].rstrip()
        if not before or before[-1] in "。;；!！?？ " or piece[m.start() - 1].isspace():
            break
    else:
        return [piece]
    if m is None:
        return [piece]
    if not piece[: m.start()].strip():  # a page on one line cut before its label: "责任单位:X、Y 贯彻落实情况:已完成…"
        head, run = "", piece
    else:
        head, run = piece[: m.start()], piece[m.start():]
    prose = vocab.prose_after_list(run, m.end() - m.start(), len(run))
    run, closing = run[:prose], run[prose:]  # "责任单位：各行政执法部门 本政策执行期暂定为…": the page's closing words
    for field in SPACED_FIELD.finditer(run):  # "责任单位:X、Y 贯彻落实情况:已完成…": the next field ends the units
        word = run[field.end(): field.end() + 9]
        if not vocab.label_re.match(run, field.end()) and not vocab.label_re.search(word):
            # (not "牵头领导:李 平牵头处室:…": a name printed with a space, the next label glued to it)
            rest = _split_labels(run[field.end():], vocab, fields - 1) if fields > 1 else [run[field.end():]]
            return [p for p in (head, run[: field.start()], *rest, closing) if p]
    return [p for p in (head, run, closing) if p]


_LEAD_IN = re.compile(r"^([^,，。;；:：\s]{2,12})(?:[:：]\s*|[ \u3000]+)")  # (or a space: a page on one line,
# "二、部门职责 县畜牧局:负责…")


class _Reader:
    """The state of one pass over the lines: the stack of open levels and the item being read."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self.entries: list[Entry] = []
        self.stack: list[Entry] = []
        self.current: Entry | None = None
        self.last: dict[str, int] = {}  # kind -> the last ordinal seen of that kind (numbering that runs on)
        self.kids: dict[int, list[Entry]] = {}  # id(parent) -> its items, in order
        self.width: int | None = None  # the length of a full line when the text was broken into lines of one width
        self.last_length = 0  # the length of the line read last
        self._duty_words = tuple(vocab.duty_headings)  # (a title ends in one: _wrapped)
        self.labelled = False  # does the document print unit labels ("责任单位:…") anywhere?
        self.spoken: set[int] = set()  # id(parent) of the levels where an item named units of its own
        self.clause_brackets: dict[tuple[int, int], tuple[int, int, int]] = {}  # (id(item), line) -> counts so far
        self.unit_heads: dict[int, str] = {}  # line -> the numbering under it: a body's name over its duties
        self.continued: tuple[Entry, int, str] | None = None  # the clause line a short line went on last, as it was

    def start(self, kind: str, ordinal: int | None, text: str, lineno: int) -> None:
        stack = self.stack
        if kind == "para":  # an unnumbered paragraph is a sibling of the item above
            parent = self.current.parent if self.current is not None else None
            while stack and stack[-1] is not parent:
                stack.pop()
        else:
            while stack and stack[-1].kind in ("para", "stop"):
                stack.pop()
            if any(e.kind == kind for e in stack):  # a kind seen above: a sibling of that level
                while stack[-1].kind != kind:
                    stack.pop()
                parent = stack.pop().parent
            else:  # a new kind: a child of the level above
                if ordinal is not None and ordinal > 1 and kind not in self.last and kind in _RANK:
                    while stack and _RANK.get(stack[-1].kind, -1) > _RANK[kind]:
                        stack.pop()  # a text that starts mid-list ("1.…" … "5.…" / "(四)环境建设" / "1.…"): a
                        # higher level whose earlier headings it does not hold, not a child numbered from 4
                parent = stack[-1] if stack else None
        entry = Entry(kind, ordinal, Joined(), parent)
        entry.add(text, lineno)
        if ordinal is not None:
            self.last[kind] = ordinal
        if parent is not None:
            parent.children += 1
            self.kids.setdefault(id(parent), []).append(entry)
        stack.append(entry)
        self.entries.append(entry)
        self.current = entry

    def expected(self, kind: str, ordinal: int) -> bool:
        """Would a marker of this kind and ordinal continue the numbering (1, or one more than its sibling)?"""
        if ordinal == 1 or self.last.get(kind, -1) + 1 == ordinal:
            return True
        for entry in reversed(self.stack):
            if entry.kind == kind:
                return entry.ordinal is not None and ordinal == entry.ordinal + 1
        return False

    def _closing_clause(self, clause: str, lineno: int) -> None:
        """A bracketed clause line closes the current item, or its parent when it follows the last of two or more
        sub-items none of which named units ("1.完善应急预案体系 / (1)… / (4)… / (责任单位:…)")."""
        current = self.current
        inner = [m for m in _BRACKETED.finditer(current.text) if self.vocab.mentions_role(m[1])
                 or self.vocab.label_re.search(m[1])]
        if inner and not current.clause_lines and len(clean_text(current.text[inner[-1].end():]).strip("。;；,， ")) >= 6:
            # "…(牵头单位:县发改局)常态化推进…。" then "(牵头单位:县财政局)": the clause of the text after the first
            current.add("(" + clause + ")", lineno)
            return
        self._owner(current).clause_lines.append((lineno, clause))

    def _owner(self, current: Entry) -> Entry:
        """The entry a clause line after ``current`` closes: ``current``, or the level above it while the item is
        the last of two or more sub-items none of which named units ("(一)… / 1.治理重点 / 2.治理措施 / (1)… /
        (4)… / 牵头单位:县工商局" is (一)'s clause)."""
        target = current
        while target.parent is not None and target.ordinal is not None and (
                target.parent.children >= 2 or target.ordinal >= 2 and _first_inside(target.parent.text, target.kind)) \
                and not target.clause_lines and not self._spoken(target.parent):
            target = target.parent
        if target is not current:
            self.current = target  # what follows the clause comes after the level it closed
        self.spoken.add(id(target.parent))
        return target

    def _spoken(self, parent: Entry) -> bool:
        """Has an item under ``parent`` named units of its own (a clause line, a bracketed clause or a label in its
        text)?"""
        if id(parent) in self.spoken:
            return True
        for e in self.kids.get(id(parent), ()):
            # (or under it: "(二)按标出让。1.…牵头单位:…" before "(三)审批服务。…牵头单位:…", a glued page of 广安
            # 标准地 opinions: the levels below name their units, so (三)'s line is its own, not 三、's)
            if id(e) in self.spoken or e.clause_lines or \
                    any(self.vocab.mentions_role(inner) for inner in _BRACKETED.findall(e.text)) or \
                    self.vocab.label_re.search(e.text) or any(p.search(e.text) for p in self.vocab.team_res) or \
                    any(p.match(clean_text(first_line(e)).strip()) for p in self.vocab.heading_lead_res):
                # "(一)…。责任单位:X牵头,Y配合。" in the item's own line; a team's leader and members ("组 长:市地震局
                # 局长… 成员部门:…"): the next team's "成员单位:" line is its own, not the heading's above; a heading
                # naming its lead ("(二)省审计厅牵头的工作" / "全面加强审计工作。" / "协同单位:…", 晋政发[2008]8号)
                self.spoken.add(id(parent))
                return True
        return False

    def _wrapped(self) -> bool:
        """Was the line before as long as the page's lines and not closed? (the page broke it: this line goes on)"""
        return self.width is not None and self.last_length >= self.width - 1 and \
            self.current is not None and self.current.text[-1:] not in "。;；!！?？" and not (
                self.current.text.endswith(self._duty_words) and self.current.kind == "para" and
                len(self.current.joined.starts) == 1 and not _SENTENCE_MARK.search(self.current.text))
        # (the last character only: a search anchored at the end scans the whole item, at every line; a title ending
        # in words naming duties, as long as the page's lines, is a title, not a line the page broke: "…领导小组成员
        # 单位职责分工", 安徽省生态环境厅 2021)

    def _verb_clause_line(self, text: str) -> bool:
        """A line that is only a unit list and a role verb ("市金融办、人民银行潍坊市中心支行分别牵头落实")."""
        if len(text) > 80 or MARKER.match(text):
            return False
        found = self.vocab.verb_at_end(text.rstrip("。;； "))
        if found is None or (found[2] == "responsible" and "负责" not in found[1]):
            return False  # "海东市与兰州市、临夏州共同推进" (a title's first line): 推进 alone names no role
        names = [n for n in re.split(r"[、,，和及]", found[0]) if n]
        if BY.search(found[0].lstrip(), 1):
            return False  # a sentence whose agent is named after its topic and 由, "黄河工程治安保卫工作由当地公安机关负责。"
            # (河南 黄河工程管理条例 第六条, b894: a law's paragraph of its own, read as its article's sentence), no list
        return bool(names) and all(self.vocab.suffix_re.search(n) and len(n) <= 25 for n in names) and \
            not re.search(r"[。;；:：“”]", found[0])

    def piece(self, raw: str, lineno: int) -> None:
        text = clean_text(raw)
        if not text or _PAGE_NUMBER.match(text):
            return
        current = self.current
        continued, self.continued = self.continued, None
        if _SIGNED.match(text) and continued is not None and current is continued[0]:
            entry, index, before = continued  # "牵头单位：市教育局" / "莆田市人民政府办公室" / "2017年2月13日": the
            entry.clause_lines[index] = (entry.clause_lines[index][0], before)  # signature under the last item's
            # label line is no more of its units (莆政办〔2017〕19号, b401)
        if _STOP.match(text) or (_SIGNED.match(text) and continued is not None):
            self.stack.clear()
            self.start("para", None, "", lineno)
            self.current.kind = "stop"
            return
        if text[0] in OPEN_BRACKETS and text[-1] in CLOSE_BRACKETS and not _open(text[1:-1]) and \
                self.vocab.label_start_re.match(text[1:-1]) and current is not None:
            self._closing_clause(text[1:-1], lineno)  # "(责任单位:…)" on a line of its own after an item
            return
        if self.vocab.label_start_re.match(text):
            if current is None:
                self.start("para", None, "", lineno)
                current = self.current
            self._owner(current).clause_lines.append((lineno, text))
            return
        if current is not None and current.text and self.vocab.label_role(text) in ("lead", "assist", "responsible") \
                and len(text) >= 4:
            self._owner(current).clause_lines.append((lineno, text + ":"))  # "责任单位" without its colon, units below
            return
        if current is not None and current.text and current.depth == 0 and not self._wrapped() and \
                self._verb_clause_line(text):
            current.clause_lines.append((lineno, text))  # "市发改委牵头落实" on the line after a table cell's task
            return
        if lineno in self.unit_heads:  # (a line of 20 characters at most: never cut into pieces)
            below = self.unit_heads[lineno]
            while any(e.kind == below for e in self.stack):
                self.stack.pop()  # (the items of the body above, or of the page's text before the list)
            self.start("unit", self.last.get("unit", 0) + 1, text, lineno)  # "总工会" over "一、…": numbered by place
            return
        marker = _marker(raw.strip()) or _marker(text)  # raw first: NFKC turns ② into 2
        if marker is not None and marker[2] is not None:
            kind, ordinal, rest, printed = marker
            unclosed = current is not None and current.depth > 0 and _unclosed_label(current.text, self.vocab) and \
                0 < ordinal - self.last.get(kind, -9) <= 2 and len(rest.strip()) >= 10
            # ("…（责任单位：区国资委、区政府集体资产监管办 4.对租用其他经营用房，…": a copy that lost the list's
            # closing bracket, and perhaps the number of the item before)
            continuing = current is not None and current.kind not in ("stop", "para") and (current.depth > 0 or (
                current.unfinished() and not current.clause_lines and len(current.text) > 40))
            if not continuing or self.expected(kind, ordinal) or unclosed:
                while self.stack and self.stack[-1].kind == "unit" and \
                        self.unit_heads.get(self.stack[-1].line) == "lines":
                    self.stack.pop()  # a body's duties in lines under its name end at the next number ("五、…")
                rest = rest.strip()
                head = self._duty_lead_in(rest)
                self.start(kind, ordinal, head or rest, lineno)
                self.current.printed = printed
                if head:  # "5、部门主要职责:省民政厅组织…": the heading, then the first unit's duties
                    self._duty_item(rest[len(head):], lineno)
                return
        if current is None:
            self.start("para", None, raw.strip(), lineno)
        elif current.kind == "stop" and (self.vocab.names_duties(text) if len(text) <= 20 else
                                         text.endswith(self._duty_words)) and \
                len(text) <= 48 and not re.search(r"[。;；,，:：]", text):
            self.start("para", None, raw.strip(), lineno)  # "附件1" / "职责分工": an attachment holding the duties
            # (or a long title ending so: "附件" / "安徽省生态环境厅碳达峰行动方案编制与碳中和愿景研究工作领导小组成员
            # 单位职责分工", 安徽省生态环境厅 2021)
        elif current.fields and current.fields[-1][0] > current.clause_lines[-1][0] and not FIELD.match(text):
            current.fields.append((lineno, text))  # the field goes on over the lines after it
            current.tail_line = lineno
        elif current.clause_lines:
            last_line, last_text = current.clause_lines[-1]
            balance, depth = self._brackets(current, last_line, last_text)
            closed = last_text[-1:] in "。;；" or balance < 0 or (  # "…各街道办) 2": its bracket shut
                last_text[:1] in OPEN_BRACKETS and balance == 0)
            wrapped = self.width is not None and self.last_length >= self.width - 1 and not closed  # a clause line
            # as long as the page's lines and not closed: the page broke it
            said = self.vocab.label_start_re.match(last_text)
            official = bool(said) and self.vocab.label_role(said[1]) == "people" and len(text) <= 40 and \
                self.vocab.is_person(re.split(r"[ \u3000]", text.strip())[0])  # "责任领导:胡某某 市委副书记" /
            # "马某某 市委常委、市政府常务副市长": the label's second official, on a line of his own
            if last_text[-1:] in "、,，" or depth > 0 or wrapped or official or self._name_broken(last_text, text) or (
                    len(text) <= 15 and last_text[-1:] not in "。;；" and not self.vocab.label_re.search(text)
                    and text[-1] not in ":：" and not FIELD.match(text)  # "进展与成效:", "失效日期:2025-06-27"
                    and self._goes_on(last_text, text)):  # are the next field, not more units; "黄龙街县医院路段"
                # under "责任单位:嵩阳街道" names the next record's place, not the rest of a unit
                self.continued = (current, len(current.clause_lines) - 1, last_text)
                current.clause_lines[-1] = (last_line, last_text + "、" * (official and last_text[-1:] not in "、,，")
                                            + text)  # a unit list wrapped onto the next line
                current.tail_line = lineno
            elif current.ordinal is not None and FIELD.match(text) and not self.vocab.label_re.match(text):
                current.fields.append((lineno, text))  # "一、总指挥部" / "牵头领导:…" / "主要职责:…" / "责任单位:…": a
                current.tail_line = lineno            # field in no vocabulary among the item's labelled lines
            elif current.ordinal is not None and _is_duties_of(text, self.vocab):
                current.add(raw.strip(), lineno)  # "(一)项目管理领导小组" / "成员单位为…。" / "领导小组工作职责：": the
                # heading's last line, whose duties the items below are
            elif current.listed and said is not None and self.vocab.label_role(said[1]) == "assist" and \
                    (unit := self.vocab.duty_subject(text[:120])) and \
                    (current.duty or self.vocab.duty_subject(current.text[:120])):
                self._duty_item(raw.strip(), lineno, unit)  # after a unit's duties and its helpers' line ("（配合单位：
                # 辐射站）"), the next unit's: "环境影响评价与排放管理处负责…" (安徽省生态环境厅 2021)
            else:
                self.start("para", None, raw.strip(), lineno)
        elif current.ordinal is not None and current.parent is not None and current.parent.kind == "article" and \
                current.text[-1:] in "。;；" and not self._wrapped() and _law_subject(text, self.vocab):
            # "第六条 市住房城乡建设管理部门负责…：" / "（一）…" … "（五）…。" / "发展改革、规划资源…等部门按照各自职责，
            # 协同实施本条例。" (上海 黄浦江苏州河滨水公共空间条例, 嘉兴 大运河遗产保护条例): a paragraph of its own bodies
            # after an article's items is the article's next paragraph, not more of its last item's words
            while self.stack and self.stack[-1] is not current.parent:
                self.stack.pop()
            current.parent.add(raw.strip(), lineno)
            self.current = current.parent
        elif (current.kind == "para" and current.parent is None or current.printed and not current.children) and (
                current.text[-1:] in "。!！?？;；" or (
                current.text[-1:] in CLOSE_BRACKETS and current.text[-2:-1] not in CLOSE_BRACKETS) or
                self._label_closes(current)) and \
                not self._wrapped() and self._own_clause(text) and self._names_units(current):
            current.listed = True
            if not current.duty and (cell := self._unit_cell(current.text)):
                current.duty = cell["units"]  # (the first row of a table of units and duties: "市质监局 综合协调…")
            self.start("para", None, raw.strip(), lineno)  # unnumbered paragraphs, each finished and naming its
            # own units ("聚焦…。由镇公路站负责的农村道路硬化项目,…完成。"): one item each, not one run-on item
            self.current.listed = True
        elif not self._wrapped() and self._duty_line(text) and not _is_duties_of(text, self.vocab) and (
                (current.ordinal is not None and current.text[-1:] in "。:：" and (
                    self._titled(current) or _short_title(current) and _UNIT_OPENS.match(text))) or
                self._duty_heading(current) or (current.text[-1:] in ":：" and not current.listed) or
                _titles(current) or self._duties_line_last(current) or
                (current.ordinal is not None and self.vocab.duties_title(current.text) and _UNIT_OPENS.match(text))):
            # ("(四)强化部门职责。明确各相关部门职责,…形成合力。" / "区农办:具体负责…", 椒江 农家乐 意见: a unit's name and
            # its colon; not "工业和信息化部总负责,…", the item's own sentences)
            self.start("para", None, raw.strip(), lineno)  # "一、职责分工" / "…具体分工如下:" / "省统计局负责…。": the
            self.current.listed = True                     # duties under a titled heading, one unit a paragraph
        elif not self._wrapped() and self._in_duties(current) and (
                (unit := self.vocab.duty_subject(text)) or self._duty_line(text) or
                (current.listed and (current.duty or self.vocab.duty_subject(current.text)) and
                 (unit := _opening_body(text, self.vocab)))):
            # (or, after units' duties, a body opening the next paragraph with any verb: "区规划资源局进行全区域空间
            # 梳理，…", "区农业农村委在耕地保护的前提下，…研究探索…" (沪奉府规〔2025〕1号's list of departments' duties)
            self._duty_item(raw.strip(), lineno, unit or None)  # "省水利厅承担…" after "省民政厅组织…;…。": the next
            # unit's duties (or "区公安分局:参加…" after "区建设管理委:编制…。")
        else:
            if self._wrapped():  # the page broke the line before: this line does not start anything
                current.soft.add(len(current.text))
            current.add(raw.strip(), lineno)

    def _brackets(self, entry: Entry, line: int, text: str) -> tuple[int, int]:
        """(opening minus closing brackets, depth as _open counts it) of an item's last clause line, counted as
        the line grows (a unit list wrapped over thousands of lines is not recounted at every line)."""
        counted, balance, depth = self.clause_brackets.get((id(entry), line), (0, 0, 0))
        for ch in text[counted:]:
            if ch in OPEN_BRACKETS:
                balance += 1
                depth += 1
            elif ch in CLOSE_BRACKETS:
                balance -= 1
                depth = max(0, depth - 1)
        self.clause_brackets[(id(entry), line)] = (len(text), balance, depth)
        return balance, depth

    def _label_closes(self, entry: Entry) -> bool:
        """Does an item's last line end with a label and its whole list ("…增长6%。责任单位:区发改委", a target's
        line with its unit at the end and no stop after it)? A list broken at the page's edge does not."""
        starts = entry.joined.starts
        last = entry.text[starts[-1] if starts else 0:]
        labels = list(self.vocab.label_re.finditer(last))
        return bool(labels) and self.vocab.names_only(last[labels[-1].end():])

    def _name_broken(self, last_text: str, text: str) -> bool:
        """Did the page break a name at the end of a label line ("配合单位:…、市工信局(大数据发展局)、农" / "业农村局(市
        乡村振兴局)、商务局、文旅局…", a PDF's lines copied as printed)? The list's last piece names nothing, and with
        the next line's first piece (without its brackets) it names a unit."""
        tail = re.split(r"[、,，;；:：]", last_text[-9:])[-1].strip()  # (the ends only: a list may run on for pages)
        head = re.split(r"[、,，;；(（]", text[:13], maxsplit=1)[0].strip()
        if not 0 < len(tail) <= 8 or not 0 < len(head) <= 12 or tail.endswith("等") or re.search(r"[:：。]", head) or \
                self.vocab.is_unit_name(tail) or self.vocab.is_group(tail):
            return False  # (a piece of a name each: not "…安监局等" / "主要应急措施:县发展和改革局", a sentence's words)
        return self.vocab.is_unit_name(tail + head) or self.vocab.is_group(tail + head)

    def _goes_on(self, last_text: str, text: str) -> bool:
        """Does a short line finish the unit list above it: a name broken at the page's edge ("市发展和改" / "革委"),
        a name of its own, or words that are no name at all (a deadline, a remark)?"""
        tail = re.split(r"[、,，;；:：]", last_text)[-1].strip()
        joined, alone = tail + text, text.strip("。;；")
        named = self.vocab.is_unit_name(joined) or self.vocab.is_group(joined) or self.vocab.is_unit_name(alone) or \
            self.vocab.is_group(alone)
        if named or not self.vocab.is_unit_name(tail):
            return True
        # after a whole name, plain words (no figure, bracket, mark or role word) start something new: a heading
        return bool(re.search(r"[\d(（〔\[等]", alone)) or alone in self.vocab.none_marks or \
            self.vocab.mentions_role(alone) or any(m in alone for m in self.vocab.lead_marks)

    def _names_units(self, entry: Entry) -> bool:
        """Does an unnumbered paragraph name units of its own? (its lines looked at once each, as they came)"""
        starts = entry.joined.starts
        if not entry.names_units and entry.looked < len(starts):
            entry.names_units = self._own_clause(entry.text[starts[entry.looked] if entry.looked else 0:]) or \
                any(self._duty_line(entry.text[start: start + 120]) for start in starts[entry.looked + 1:])
            entry.looked = len(starts)  # ("成员单位职责如下:" / "县委宣传部:负责…": a duty opens its own line)
        return entry.names_units

    def _own_clause(self, text: str) -> bool:
        """Does a paragraph name units of its own: a label, "由X负责", a bracketed role clause, or a unit opening it
        with its duties ("市林业局:负责…", "省财政厅负责…": a 成员单位职责 list with no numbers)?"""
        return bool(self.vocab.label_re.search(text) or self.vocab.agent_re.search(text) or
                    any(self.vocab.mentions_role(inner) for inner in _BRACKETED.findall(text)) or
                    self._duty_line(text))

    def _duties_line_last(self, entry: Entry) -> bool:
        """Is an item's last line a short title naming duties ("一、指挥部成员名单" / "指挥部成员职责分工", a city's 松材线虫病
        指挥部 list), so that the unit's duty line after it opens an item of its own?"""
        starts = entry.joined.starts
        last = entry.text[starts[-1]:].strip() if len(starts) > 1 else ""
        return 0 < len(last) <= 20 and not re.search(r"[。;；,，:：、]", last) and self.vocab.names_duties(last)

    @staticmethod
    def _titled(entry: Entry) -> bool:
        """Is an item's first line a title of its own ("职责分工"), the lines after it its body?"""
        starts = entry.joined.starts
        title = entry.text[: starts[1]] if len(starts) > 1 else ""
        return 0 < len(title.strip()) <= 20 and not re.search(r"[。;；,，]", title)

    def _duty_heading(self, entry: Entry) -> bool:
        """Is an item only a heading that names duties ("四、成员单位职责"), or a heading with no number a reader
        knows, or a decimal one ("6.4 治安、交通和通讯": a plan's section), or a title with no number ("…应急预案汇编
        (第11/20页)"), its lines below one unit each?"""
        return len(entry.joined.starts) == 1 and len(entry.text) <= (20 if entry.ordinal is not None else 40) and \
            not re.search(r"[。;；,，]", entry.text) \
            and (entry.ordinal is None or entry.printed or self.vocab.names_duties(entry.text))

    def _duty_item(self, text: str, lineno: int, unit: str | None = None) -> None:
        """Start an unnumbered item holding one unit's duties (``unit``: the one opening it, when known)."""
        self.start("para", None, text, lineno)
        self.current.listed = True
        self.current.duty = unit if unit is not None else self.vocab.duty_subject(text) or ""

    def _in_duties(self, entry: Entry) -> bool:
        """Is an item one unit's finished duties, or a heading over such lines? (then a unit opening the next line
        with a verb of its duties starts the next item: roles.yaml duty_verbs)"""
        if self._duty_heading(entry):  # a heading naming duties or a plan's decimal section, not any title
            return bool(entry.printed) or self.vocab.names_duties(entry.text)
        if entry.ordinal is not None and len(entry.joined.starts) <= 2 and entry.text[-1:] in "。;；" and (
                title := entry.text[: entry.joined.starts[1]] if len(entry.joined.starts) == 2 else
                (m[0] if (m := TITLE_THEN_SPACE.match(entry.text)) else "")):
            # "三、职责分工" / "按照属地管理的原则,各村是…。" (or on one line, a space between): the heading's own
            # paragraph first, then the units' duties
            return len(title) <= 20 and not re.search(r"[。;；,，]", title) and self.vocab.names_duties(title)
        return entry.listed and entry.text[-1:] in "。;；" and (bool(entry.duty) or self._duty_line(entry.text))

    def _duty_lead_in(self, text: str) -> str:
        """"部门主要职责:省民政厅组织…": a heading naming duties and its colon, when a unit's duties follow it."""
        m = _LEAD_IN.match(text)
        if m is None or not self.vocab.names_duties(m[1]):
            return ""
        rest = text[m.end():]
        return m.group(0) if self._duty_line(rest) or self.vocab.duty_subject(rest) else ""

    def _duty_line(self, text: str) -> bool:
        """Does a line open with a unit and its duties ("市林业局:负责…", "省财政厅负责…")? Not a page's fields
        ("发布机构:铜川市人民政府", "发文机构:  发文文号:…"): what follows the colon is no name and no next field."""
        text = text[:120]  # the unit and the duty's first words are all it looks at
        if self.vocab.purpose_opener_re.match(text) or BY.match(text):
            return False  # "为落实国家和省优化营商环境精神,…": a preamble's purpose, no unit (省 ends no name here);
            # "由总参谋部牵头,公安部…参加。" under "一、抢险救灾组" / "负责清理…": who leads the item above (国务院
            # 抗震救灾总指挥部 工作组), no unit's own duties
        m = _UNIT_OPENS.match(text) or self.vocab.unit_colon_re.match(text) or self.vocab.unit_comma_re.match(text) \
            or (  # (or "市财政局的职责是：…")
            self.vocab.subject_re.match(text) if self.vocab.subject_re else None) or self.vocab.unit_sentence(text) \
            or self._unit_cell(text)
        if m is None:
            return False
        units, rest = m["units"].strip(), text[m.end():].strip()
        if self.vocab.duty_tail_re is not None:
            units = self.vocab.duty_tail_re.sub("", units) or units  # "省住建厅主要职责为：配合…"
        if self.vocab.duty_adverb_re is not None and (adverb := self.vocab.duty_adverb_re.search(units)):
            units = self.vocab.strip_etc(units[: adverb.start()]) or units  # "省教育厅、省卫生健康委等分别负责…"
        name = split_brackets(units)[0]  # "国动办(人防办):负责…", "市水利局(市防汛办):": a name and its other name
        names = split_top_level(units)
        if any(self.vocab.is_group(n) for n in names) and rest.startswith(tuple(self.vocab.notice_openers)) and \
                (len(names) >= 2 or len(self.entries) <= 4):
            return False  # "市直相关部门、各乡、镇(场)人民政府: 为有效推进…"; one group near the document's start,
            # "各市级相关部门： 根据《…》…" (京审改办发〔2022〕3号 saved as one paragraph): a notice's addressees
        return (len(name) >= 3 or self.vocab.names_places(units)) and \
            (self.vocab.is_unit_name(name) or self.vocab.is_group(name)) and \
            not self.vocab.is_person(units) and self.vocab.label_role(units) is None and \
            len(rest) >= 6 and not re.search(r"[:：]", rest[:12]) and \
            not (self.vocab.is_unit_name(rest.rstrip("。;；")) and not re.search(r"[,，、;；]", rest))


    def _unit_cell(self, text: str) -> re.Match | None:
        """"市质监局 综合协调和督查全市…": a unit's name, a space, a verb of its duties (a two-column table of units and
        their duties flattened, one row a line: the space parts the cells, so any duty verb opens the duty)."""
        m = _UNIT_CELL.match(text)
        return m if m and self.vocab.duty_subject(m["units"] + text[m.end():]) == m["units"] else None


def _ends_in_label_clause(text: str, vocab: Vocabulary) -> bool:
    """Does the text end with a labelled unit list ("责任单位:区城管局")? Then a number after it starts an item."""
    last = None
    for last in vocab.label_re.finditer(text[-120:]):
        pass
    if last is None or vocab.label_role(last[1]) not in ("lead", "assist", "responsible"):
        return False
    units = text[-120:][last.end():]
    return 0 < len(units) <= 80 and not re.search(r"[。;；!！?？:：]", units)


def _next_item_inside(piece: str, reader: "_Reader") -> int | None:
    """Where the next item of the current numbering starts inside a line, after a closing bracket or a sentence
    end: "…各街道办) 23.编制年度计划" (a PDF's text joined its paragraphs). Only the number that continues a
    numbering already running counts, so "一是…2.…" in prose is left alone; and the first item after a short
    heading it was joined to ("(五)加快推进海绵城市建设行动 22.出台…"), or a chapter's title glued to its first
    article ("第八章部门职责第二十六条人力社保部门负责…": a text cut into sentences, its heading run into the next)."""
    if (chapter := _CHAPTER_THEN_ARTICLE.match(piece)) is not None:
        return chapter.end()
    last = reader.last
    if (own := _marker(piece[:200].strip())) is not None and own[1] is not None:  # the item the piece opens:
        last = {**last, own[0]: own[1]}  # "第一条 为了…,制定本办法。第二条 本办法适用于…" (合肥 殡葬管理办法, b1632:
        # a mirror's copy whose articles run on within its lines)
    for m in _INLINE_MARKER.finditer(piece):
        cut = m.end()
        before = piece[:cut].rstrip()
        if not before or _open(before):
            continue
        marker = _marker(piece[cut:])
        if marker is None or marker[1] is None or not marker[2].strip():
            continue
        kind, ordinal = marker[:2]
        if before[-1] in "。;；!！?？)）" and kind in last and ordinal == last[kind] + 1:
            return cut
        if before[-1] in "。;；" and kind == "article" and kind not in last and _next_article_after(piece, cut, ordinal):
            return cut  # "…适用文物保护法律法规的规定。第三条历史文化街区的…。第四条…" (a page of a law's copy that
            # opens inside an article, its articles run on within its lines, 钦州 历史文化街区保护条例, b2025): the first
            # article seen counts when the next one follows it in the same line
        if before[-1] in "。;；" and (chapter := _CHAPTER_THEN_ARTICLE.match(piece[cut:])) is not None and \
                (article := _marker(piece[cut + chapter.end():])) is not None and article[0] == "article" and \
                article[1] == last.get("article", -1) + 1:
            return cut  # "…不得推诿。第二章  未成年人保护委员会第六条  省、市(州)、县(市、区)设立…" (a chapter's
            # title and its first article run on after the article before them)
        if before[-1] in "。;；" and _ends_in_label_clause(before[:-1], reader.vocab):
            return cut  # "…牵头单位:区房产局。责任单位:区城管局。13、施工工地整治。" (items run together)
        heading = _marker(before)
        if piece[cut - 1].isspace() and heading is not None and heading[0] != kind and len(before) <= 40 and \
                not re.search(r"[,，。;；:：、]", heading[2]):
            return cut
    return None


def _next_article_after(piece: str, at: int, ordinal: int) -> bool:
    """Is the next article marker in ``piece`` after ``at`` (within 2,000 characters: an article's length) the one after
    ``ordinal``, after a sentence's end? (Only the next one is looked at, so a line of markers is read once.)"""
    for m in _INLINE_MARKER.finditer(piece, at + 1, at + 2000):
        if (marker := _marker(piece[m.end(): m.end() + 40])) is not None and marker[0] == "article":
            return marker[1] == ordinal + 1 and piece[: m.end()].rstrip()[-1:] in ("。", ";", "；")
    return False


_SENTENCE_END = re.compile(r"(?<=[。；;])[ \t\u3000]*(?=[^。；;\s])")  # (a space: a page on one line)
_CHAPTER_THEN_ARTICLE = re.compile(rf"^\s*第[{_CN}]+(?:章|部分|节)\s*(?:[^\s。;；,，:：、第]| (?! )){{1,15}}(?=第[{_CN}\d]+条)")
# (a title set with a space inside, as laws print 总 则 and 附 则: "第一章 总 则第一条 为了规范电动自行车管理…", 宜昌 电动自行车
# 管理条例 copied as runs of lines, b1471)


def _duty_sentences(piece: str, reader: "_Reader") -> list[str]:
    """Under a heading naming duties (or in a run of them), a paragraph whose sentences each open with a body and
    its duties, cut before each such sentence; else nothing."""
    current = reader.current
    if not re.search(r"[。;；]", piece.rstrip()[:-1]):
        return []  # ("综合工作部做好舆情和处置;财政审计局保障…;区派出所及时处置…": sentences parted by semicolons)
    opens = _opens_duty
    if (marker := _marker(piece.strip())) is not None:
        title = TITLE_THEN_SPACE.match(marker[2].lstrip())  # "三、职责分工 按照…。 农业办积极开展…。" (a page on one
        if title is None or not reader.vocab.names_duties(title[0]):  # line): a heading naming duties, its text
            return []
        opens = _opens_listed_duty  # (under it, any unit and a verb of its duties: "农业办积极开展…")
    elif current is None or not ((reader._duty_heading(current) and reader.vocab.names_duties(current.text)) or
                                 reader._in_duties(current) or
                                 (not reader.labelled and _title_only(current) and _opens_duty(piece, reader))):
        return []
    cuts = [m.end() for m in _SENTENCE_END.finditer(piece) if opens(piece[m.end():], reader)]
    if not cuts:
        return []
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b] for a, b in zip(bounds, bounds[1:]) if piece[a:b].strip()]


def _titles(entry: Entry) -> bool:
    """Is an unnumbered entry only title lines so far (a page's <title>, then its heading: short lines, no stop)?"""
    starts = entry.joined.starts
    return entry.ordinal is None and 2 <= len(starts) <= 4 and not re.search(r"[。;；,，:：]", entry.text) and \
        all(b - a <= 40 for a, b in zip(starts, [*starts[1:], len(entry.text)]))


def _short_title(entry: Entry) -> bool:
    """Is a numbered item so far one short title closed by a stop ("(三)防御台风(风力12级以上)。")? Then units'
    lines under it, each a unit and a colon ("市气象局:加强台风动态预报…"), are its parts: an emergency plan's actions
    at each level. (Not "(二)试点指导单位。" / "交通运输部运输服务司牵头,科技司配合。": the item's own clause.)"""
    return len(entry.joined.starts) == 1 and len(entry.text) <= 24 and not re.search(r"[。;；,，:：]", entry.text[:-1])


def _title_only(entry: Entry) -> bool:
    """Is an entry a numbered item's title line so far ("(四)推动交通建筑领域绿色转型"), its body below?"""
    return entry.ordinal is not None and len(entry.joined.starts) == 1 and 0 < len(entry.text.strip()) <= 30 and \
        not re.search(r"[。;；,，:：]", entry.text)


def _opening_body(text: str, vocab: Vocabulary) -> str | None:
    """The body whose name opens a paragraph of its duties (the longest unit name the paragraph opens with, not
    joined to more names or a 的), when the paragraph is a finished sentence; else None."""
    if len(text) < 12 or text.rstrip()[-1:] not in "。;；":
        return None
    ends = []
    for end in range(3, min(len(text) - 4, 24)):
        if text[end - 1] in "。;；,，:：、(（)）":
            break
        if text[end] in "的和及与、,，等(（" or text[end - 1] in "省市区县州乡镇村" or not vocab.is_unit_name(text[:end]):
            continue  # (not "区规划资源局进行全区": a place word is no body's ending here)
        if ends and (end - ends[-1] > 4 or vocab.action_re.search(text[ends[-1]: end]) or
                     vocab.name_break_re is not None and vocab.name_break_re.match(text, ends[-1])):
            break  # (not "区应急联动中心通过组…": a verb after the name; but "区人民政府" + "办公室")
        ends.append(end)
    found = text[: ends[-1]] if ends else None
    return found if found and not vocab.is_person(found) else None


_TRADES_OPENING = re.compile(r"[^。;；,，]{2,300}?等[^、，,和及。;；]{0,10}?(?:部门|机构|单位)")


def _law_subject(text: str, vocab: Vocabulary) -> bool:
    """Does a law's paragraph open with its own bodies: departments by their trades ("发展改革、规划资源…等部门按照
    各自职责…"), or bodies and a verb of their duties ("区卫生健康行政主管部门负责…")?"""
    if (m := _TRADES_OPENING.match(text)) is not None and vocab.names_trades(m[0]):
        return True
    unit = vocab.duty_subject(text[:120])
    return bool(unit) and all(vocab.names_a_body(n) or vocab.heading_body_re is not None and
                              bool(vocab.heading_body_re.match(n)) for n in unit.split("、"))


def _opens_listed_duty(text: str, reader: "_Reader") -> bool:
    """Under a heading naming duties: does a sentence open with a unit and a verb of its duties (as a line there
    does: roles.yaml duty_verbs)?"""
    return reader._duty_line(text) or bool(reader.vocab.duty_subject(text[:120]))


def _opens_duty(text: str, reader: "_Reader") -> bool:
    """Does a sentence open with a body's name and a verb of its duties ("区财政局、区发改委负责落实…")?"""
    if reader._duty_line(text):
        return True
    unit = reader.vocab.duty_subject(text[:120])
    return bool(unit) and all(reader.vocab.names_a_body(n) for n in unit.split("、"))


def read_outline(lines, vocab: Vocabulary) -> list[Entry]:
    """The entries of the lines ``[(lineno, raw), …]`` (table rows left out by the caller), in order."""
    reader = _Reader(vocab)
    lines = _rejoin_numbers(list(lines))
    reader.width = line_width([raw for _lineno, raw in lines])
    # a document printing its units in labels ("(责任单位:…)"): the bodies opening its sentences are prose
    reader.labelled = any(vocab.label_re.search(raw) for _lineno, raw in lines)
    reader.unit_heads = _unit_heads(lines, vocab)
    total = sum(len(raw) for _lineno, raw in lines)
    for lineno, raw in lines:
        raw = vocab.mend_labels(raw)  # "【牵头单位】X", "牵头单位为X": a label without its colon
        if len(raw) >= _LONG_LINE:
            raw = vocab.join_spaced_words(raw)  # a page saved as one paragraph: "按职责分工 负责"
        pieces = _split_long(raw, vocab, share=len(raw) / max(total, 1))
        if len(raw) >= _LONG_LINE:
            pieces = [part for piece in pieces for part in _split_labels(piece, vocab)]
        pieces = [cell for piece in pieces for cell in _cells(piece)]
        for piece in pieces:
            if runs := _duty_sentences(piece, reader):
                first, *rest = runs  # "三、职责分工" / "区消防救援局负责…。区财政局、区发改委负责…。": one unit's duties each
                reader.piece(first, lineno)
                for run in rest:
                    reader._duty_item(run.strip(), lineno)
                continue
            while (cut := _next_item_inside(piece, reader)) is not None:
                reader.piece(piece[:cut], lineno)
                piece = piece[cut:]
            reader.piece(piece, lineno)
        reader.last_length = len(raw.strip())
    return [e for e in reader.entries if e.kind != "stop"]


# a mark no title holds
_SENTENCE_MARK = re.compile(r"[。;；,，:：、]")


#: the levels of numbering as documents nest them (GB/T 9704: 一、 over (一) over 1. over (1)): a smaller rank is higher
_RANK = {"part": 0, "article": 1, "cn": 2, "pcn": 3, "num": 4, "numr": 5, "pnum": 5, "circ": 6}


_DUTY_LINE = 10  # the shortest line of duties under a body's name alone on its line (see _unit_heads)


def _unit_heads(lines: list[tuple[int, str]], vocab: Vocabulary) -> dict[int, str]:
    """The lines that are only a body's name, unnumbered, each over items numbered from 1 (a 成员单位职责 list:
    "住房和城乡建设委员会" / "一、联合宣传…" / "二、做好…" / "总工会" / "一、…"), with the kind of numbering under
    each: at least two such, or none."""
    heads, colons = [], []
    filled = [(lineno, raw.strip()) for lineno, raw in lines if raw.strip()]
    for k, (lineno, raw) in enumerate(filled):
        name = clean_text(raw).strip()
        colon = name[-1:] in (":", "：")
        name = name.rstrip(":：") if colon else name
        names = name.split("、") if colon and len(name) <= 40 else [name]  # "区住建局、区交通局：" (two bodies)
        if not all(2 <= len(n) <= 20 and not re.search(r"[\s\d。;；,，:：、()（）《》“”]", n) for n in names):
            continue
        after = [line for _n, line in filled[k + 1: k + 3]]
        bare = not colon and after and len(after[0]) >= _DUTY_LINE and vocab.duty_opening_re is not None and bool(
            vocab.duty_opening_re.match(after[0])) and not (len(after) > 1 and _marker(after[1]) is not None)
        # (not over numbered duties below; not a form's cells: "平安办" / "负责人核稿")
        if (colon or bare) and after \
                and _marker(after[0]) is None and len(after[0]) >= 4 and \
                not vocab.label_start_re.match(after[0]) and all(vocab.is_unit_name(n) for n in names) and \
                not vocab.is_person(name) and vocab.label_role(name) is None:
            colons.append((k, lineno))  # "区农办：" / "具体负责农家乐产业发展的指导…。" / "承担…": a body's name
            continue  # and its colon on a line of their own, its duties in the unnumbered lines under it (or with
            # no colon, its duties' verb opening the next line: "市规划局" / "负责审查、报批专项规划;…", a 权责清单's
            # 职责边界 table printed one cell a line)
        if after and _marker(after[0]) is None and len(after[0]) <= 60 and after[0].endswith("。") and \
                vocab.duty_verb_re is not None and vocab.duty_verb_re.match(after[0]):
            after = after[1:]  # "市劳动和社会保障局" / "负责农民工工资的清欠和防欠工作。" / "(一)…": its duty in a line first
        if after and (marker := _marker(after[0])) is not None and marker[1] == 1 and \
                (vocab.is_unit_name(name) or vocab.is_group(name)) and not vocab.is_person(name) and \
                vocab.label_role(name) is None:  # (not a table's "责任单位" header cell)
            if not heads and _closes_a_run(filled[max(0, k - 400):k], marker[0]):
                return {}  # "1.强化…" … "11.扩大…" / "区绿化市容局" / "1.…": a table printed one cell a line, its
                # unit cell after its tasks (a list's first body comes before any duties numbered from 1)
            heads.append((lineno, marker[0]))
    # (a name and colon near another: "街道各部门、企事业单位、居民区：" over the notice is its addressees, the
    # form's "出席单位：" far below no second body of a list)
    near = [lineno for n, (k, lineno) in enumerate(colons) if (n and k - colons[n - 1][0] <= 15) or
            (n + 1 < len(colons) and colons[n + 1][0] - k <= 15)]
    return dict(heads if len(heads) >= 2 else []) | dict.fromkeys(near, "lines")


def _first_inside(text: str, kind: str) -> bool:
    """Does an item's own line hold its first sub-item of ``kind`` ("3.农村危房改造:(1)2016年计划出列的…", then "(2)…"
    on the next line)? Then the next is the second of two or more."""
    return any((marker := _marker(text[m.end(): m.end() + 40])) is not None and marker[:2] == (kind, 1)
               for m in re.finditer(r"[:：。;；]\s*(?=[(（①1一])", text[:400]))


def _closes_a_run(before: list[tuple[int, str]], kind: str) -> bool:
    """Do the lines ``before`` (the last 400 before a name) end in a run of items of ``kind`` numbered from 1 (their wrapped lines between)? Not
    when they end in prose, or in a run that starts past 1 (a page that opens on the last items of a list)."""
    numbered = False
    for _lineno, line in reversed(before):
        marker = _marker(line)
        if marker is None:
            if not numbered:
                return False
            continue
        if marker[0] != kind:
            return False
        if marker[1] == 1:
            return True
        numbered = True
    return False


def _rejoin_numbers(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An item's number alone on its line and its dot opening the next ("1" / "．需求响应结束后，…", a PDF's text
    that put the number in a box of its own): one line again, at the number's line."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        lineno, raw = lines[k]
        if k + 1 < len(lines) and _NUMBER_ALONE.match(raw):
            after = lines[k + 1][1]
            if _DOT_FIRST.match(after):
                out.append((lineno, raw.strip() + after.lstrip()))
                k += 2
                continue
            if _DOT_ALONE.match(after) and k + 2 < len(lines) and lines[k + 2][1].strip():
                out.append((lineno, raw.strip() + after.strip() + lines[k + 2][1].lstrip()))  # "1" / "." / "加强"
                k += 3
                continue
        if k + 1 < len(lines) and _NUMBERED_ALONE.match(raw) and lines[k + 1][1].strip() and \
                not _marker(lines[k + 1][1].strip()):
            out.append((lineno, raw.strip() + lines[k + 1][1].lstrip()))  # "4." / "促进" / "新型储能" / "发展。"
            k += 2
            continue
        out.append((lineno, raw))
        k += 1
    return out


_NUMBER_ALONE = re.compile(r"^\s*\d{1,3}\s*$")
_DOT_FIRST = re.compile(r"^\s*[.．、﹒](?!\d)\s*\S")
_DOT_ALONE = re.compile(r"^\s*[.．、﹒]\s*$")
_NUMBERED_ALONE = re.compile(r"^\s*\d{1,3}\s*[.．、﹒]\s*$")


def _cells(piece: str) -> list[str]:
    """A row of a table with no header the table step could read ("2.做好…工作。 | 区政府办会同…办理。 |"): its
    cells, read one after another as lines are (the pipes are no part of a task or a unit)."""
    if "|" not in piece or not _CELL_PIPE.search(piece):
        return [piece]
    return [cell for cell in (c.strip() for c in piece.split("|")) if cell]


_CELL_PIPE = re.compile(r"\S\s*\|\s*(\S|$)")


def line_width(lines: list[str]) -> int | None:
    """The length of a full line when most long lines share it (text copied from a PDF: the page broke every
    line at its width, mid-word and mid-list), else None."""
    lengths = [len(line.strip()) for line in lines if len(line.strip()) >= 16]
    if len(lengths) < 8:
        return None
    width, count = Counter(lengths).most_common(1)[0]
    return width if count >= 0.3 * len(lengths) else None


def first_line(entry: Entry) -> str:
    """An entry's own first line (its heading, before the lines joined to it)."""
    starts = entry.joined.starts
    return entry.text[: starts[1]] if len(starts) > 1 else entry.text
