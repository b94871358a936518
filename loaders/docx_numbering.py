r"""Word's automatic list numbers: the "一、", "(一)", "1." a .docx shows but does not store in its text.

A numbered paragraph holds only its text and a reference (``w:numPr``: a list and a level, on the paragraph
or on its style); the number itself is computed by the word processor from ``numbering.xml`` (the level's
start, format and text pattern such as ``%1、`` or ``（%1）``) as the document is laid out. Task lists and
the 序号 column of responsibility tables are often numbered this way, so without the numbers items run
together and rows lose their serials. ``ListNumbers`` renders them in document order, as Word does:
counters belong to the abstract list (two lists sharing one continue each other) unless a list restarts
its level (``w:startOverride``); a level restarts when a higher level advances (unless ``w:lvlRestart``
says which levels restart it, or 0 for none).

Examples
--------
>>> chinese_count(1), chinese_count(10), chinese_count(12), chinese_count(20), chinese_count(105)
('一', '十', '十二', '二十', '一百零五')
>>> format_number(3, "decimalEnclosedCircle"), format_number(2, "ideographTraditional"), format_number(4, "upperRoman")
('③', '乙', 'IV')
"""

from __future__ import annotations

import re

__all__ = ["ListNumbers", "chinese_count", "format_number"]

_DIGITS = "零一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def chinese_count(n: int, digits: str = _DIGITS, units: str = "十百千") -> str:
    """Chinese counting as Word prints it (chineseCounting): 1 一, 10 十, 12 十二, 20 二十, 105 一百零五."""
    if n <= 0 or n >= 10000:
        return str(n)
    parts, zero = [], False
    for value, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                parts.append(digits[0])
            parts.append(digits[d] + unit)
            zero = False
        elif parts:
            zero = True
    text = "".join(parts)
    return text[1:] if text.startswith(digits[1] + units[0]) and units[0] == "十" else text


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, mark in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                        (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(mark)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter past z: 27 → aa, 28 → bb
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def format_number(n: int, fmt: str) -> str:
    """One level's counter in the level's ``w:numFmt``; "" for bullets and "none"."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"):
        return chinese_count(n, _LEGAL, "拾佰仟")
    if "Counting" in fmt:  # chineseCounting(Thousand), taiwaneseCounting(Thousand), japaneseCounting …
        return chinese_count(n)
    if "Digital" in fmt:  # ideographDigital, taiwaneseDigital, japaneseDigitalTenThousand
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return _STEMS[n - 1] if 0 < n <= 10 else str(n)
    if fmt == "ideographZodiac":
        return _BRANCHES[n - 1] if 0 < n <= 12 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return chr(0x2460 + n - 1) if 0 < n <= 20 else str(n)
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 0 < n <= 20 else f"{n}."
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 0 < n <= 20 else f"({n})"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    return str(n)  # decimal and every format we do not know


class ListNumbers:
    """The automatic number of each paragraph of one document, computed in document order."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[str, dict[int, dict]] = {}  # abstractNumId → level → {start, fmt, text, legal}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractNumId, start overrides)
        self._style_numbering: dict[str, tuple[str, int | None]] = {}  # styleId → (numId, ilvl)
        self._style_parent: dict[str, str] = {}
        self._links: dict[str, str] = {}  # abstractNumId → the style whose list it stands for (w:numStyleLink)
        self._counters: dict[str, dict[int, int]] = {}
        self._restarted: set[tuple[str, int]] = set()
        self._read_numbering(document)
        self._read_styles(document)

    def _val(self, element, tag: str) -> str | None:
        child = element.find(self._qn(tag)) if element is not None else None
        return child.get(self._qn("w:val")) if child is not None else None

    def _read_numbering(self, document) -> None:
        qn = self._qn
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            aid = abstract.get(qn("w:abstractNumId"))
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = self._level(lvl)
            self._levels[aid] = levels
            link = self._val(abstract, "w:numStyleLink")
            if link:
                self._links[aid] = link
        for num in root.findall(qn("w:num")):
            aid = self._val(num, "w:abstractNumId")
            overrides = {}
            for override in num.findall(qn("w:lvlOverride")):
                level = int(override.get(qn("w:ilvl"), "0"))
                start = self._val(override, "w:startOverride")
                if start is not None and start.lstrip("-").isdigit():
                    overrides[level] = int(start)
                lvl = override.find(qn("w:lvl"))
                if lvl is not None and aid in self._levels:
                    self._levels[aid] = {**self._levels[aid], level: self._level(lvl)}
            self._nums[num.get(qn("w:numId"))] = (aid, overrides)

    def _level(self, lvl) -> dict:
        start = self._val(lvl, "w:start")
        restart = self._val(lvl, "w:lvlRestart")
        return {"start": int(start) if start and start.lstrip("-").isdigit() else 1,
                "restart": int(restart) if restart and restart.isdigit() else None,
                "fmt": self._val(lvl, "w:numFmt") or "decimal",
                "text": self._val(lvl, "w:lvlText"),
                "legal": lvl.find(self._qn("w:isLgl")) is not None}

    def _read_styles(self, document) -> None:
        qn = self._qn
        try:
            root = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for style in root.findall(qn("w:style")):
            sid = style.get(qn("w:styleId"))
            based = self._val(style, "w:basedOn")
            if based:
                self._style_parent[sid] = based
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                num_id = self._val(num_pr, "w:numId")
                ilvl = self._val(num_pr, "w:ilvl")
                if num_id:
                    self._style_numbering[sid] = (num_id, int(ilvl) if ilvl and ilvl.isdigit() else None)

    def _reference(self, p) -> tuple[str, int] | None:
        """(numId, level) a paragraph is numbered with, from its own properties or its style's."""
        qn = self._qn
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            return None
        num_pr = ppr.find(qn("w:numPr"))
        num_id = ilvl = None
        if num_pr is not None:
            num_id = self._val(num_pr, "w:numId")
            level = self._val(num_pr, "w:ilvl")
            ilvl = int(level) if level and level.isdigit() else None
        if num_id is None:
            style = self._val(ppr, "w:pStyle")
            seen = set()
            while style and style not in seen:
                seen.add(style)
                if style in self._style_numbering:
                    num_id, style_level = self._style_numbering[style]
                    ilvl = ilvl if ilvl is not None else style_level
                    break
                style = self._style_parent.get(style)
        if not num_id or num_id == "0" or num_id not in self._nums:
            return None
        return num_id, ilvl or 0

    def label(self, p) -> str:
        """The number Word shows before paragraph ``p`` (advancing the counters), or "" when it has none."""
        reference = self._reference(p)
        if reference is None:
            return ""
        num_id, level = reference
        aid, overrides = self._nums[num_id]
        aid = self._resolve_link(aid)
        levels = self._levels.get(aid)
        if not levels or level not in levels:
            return ""
        counters = self._counters.setdefault(aid, {})
        if level in overrides and (num_id, level) not in self._restarted:
            self._restarted.add((num_id, level))
            counters[level] = overrides[level]
        elif level in counters:
            counters[level] += 1
        else:
            counters[level] = levels[level]["start"]
        for deeper in [k for k in counters if k > level]:
            # w:lvlRestart N: a level restarts only when a level above N-th advances (0: never)
            after = levels.get(deeper, {}).get("restart")
            if after is None or (after and level < after):
                del counters[deeper]
        spec = levels[level]
        if spec["fmt"] in ("bullet", "none") or spec["text"] is None:
            return ""

        def part(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            if k not in levels:
                return ""
            value = counters.get(k, levels[k]["start"])
            return format_number(value, "decimal" if spec["legal"] else levels[k]["fmt"])

        return re.sub(r"%([1-9])", part, spec["text"])

    def _resolve_link(self, aid: str) -> str:
        style = self._links.get(aid)
        if style and style in self._style_numbering:
            num_id = self._style_numbering[style][0]
            if num_id in self._nums:
                return self._nums[num_id][0]
        return aid
