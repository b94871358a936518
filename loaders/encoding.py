"""Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its NUL bytes
say so), else GB18030.

Examples
--------
>>> utf16_without_bom("1.牵头单位:市科技局\\n2.配合单位:市教育局\\n".encode("utf-16-le"))
'utf-16-le'
>>> utf16_without_bom("plain text".encode("utf-8")) is None
True
"""

from __future__ import annotations

import re

from agencygraph.graph.errors import UnreadableInput

from .rows import cell_lines

__all__ = ["decode_bytes", "_decode", "utf16_without_bom", "mend_lost_characters", "drop_pinyin_annotations", "PINYIN_READING",
           "close_letter_spacing", "close_spaced_punctuation"]

# A "?" standing where a page lost a character it could not encode (mostly a no-break space): after a Chinese
# character or a digit, before a space, a pipe or the end of a line ("1? | 未来科技城(海创园)? |", "沈 ?昱"); a run of
# them indenting a line ("???(一)第一检查督导组").
_LOST = re.compile(r"(?:(?<=[\u4e00-\u9fff\d）)。:：,，;；、 ])\?|^\?+(?=[(（\u4e00-\u9fff]))(?=[ \t|(（\u4e00-\u9fff]|$)",
                   re.M)


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` reads as UTF-16 written without a byte-order mark: an even
    length, NUL bytes (the high half of ASCII characters: digits, punctuation, line ends) on one side of the
    byte pairs (nearly) only, and clean decoding to text with no control characters but line ends and tabs."""
    if len(data) % 2 or b"\x00" not in data:
        return None
    sample = data[: 1 << 16]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if min(even, odd) * 10 > max(even, odd):  # a CJK character may have a NUL half too (一 is U+4E00)
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\r\n\t\f" for c in text):
        return None
    return encoding


def decode_bytes(path: str, data: bytes) -> tuple[str, str]:
    """Text and encoding of ``data``: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    return _decode(path, data)


def _decode(path: str, data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    bomless = utf16_without_bom(data)
    if bomless:
        try:
            return data.decode(bomless), bomless
        except UnicodeDecodeError as exc:  # clean at the start, damaged further on
            raise UnreadableInput(path, None, f"looks like UTF-16 ({bomless}) but cannot be decoded at byte "
                                              f"{exc.start}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise UnreadableInput(path, line, "not UTF-8 or GB18030 text (cannot decode)") from None
    return text, "gb18030"


def mend_lost_characters(text: str) -> tuple[str, int]:
    """The text with each "?" a page put for a character it lost read as a space, when there are at least three
    (Chinese text writes its question mark full width: an ASCII one there is a lost character); and how many."""
    if text.count("?") < 3:
        return text, 0
    found = len(_LOST.findall(text))
    if found < 3:
        return text, 0
    return _LOST.sub(" ", text), found


# An ASCII full stop between two Han characters: a sentence's end that an OCR pass or a typist set half width
# ("…运输监管工作.省卫生健康委负责…"); Chinese text never writes one there ("1.召集", "方案.docx" keep theirs).
_ASCII_STOP = re.compile(r"(?<=[\u3400-\u9fff])\.(?=[\u3400-\u9fff])")


def mend_ascii_stops(text: str) -> tuple[str, int]:
    """The text with each ASCII full stop between two Han characters read as 。, and how many.

    >>> mend_ascii_stops("做好运输监管工作.省卫生健康委负责…")
    ('做好运输监管工作。省卫生健康委负责…', 1)
    """
    found = len(_ASCII_STOP.findall(text))
    return (_ASCII_STOP.sub("。", text), found) if found else (text, 0)


# A space a PDF's copy set before a punctuation mark, or after an enumeration comma (text typeset with spaces around
# its punctuation: "市、县人民政府 、行委应当创新城镇管理机制 ,引导…", 海西州 城镇管理条例 printed from its PDF): within a
# line only, between a Han character (or a closing bracket) and the mark.
_SPACE_BEFORE_MARK = re.compile(r"(?<=[\u3400-\u9fff)）》”])[ \u3000]{1,2}(?=[、，,。；;：:》）)])"
                                r"|(?<=、)[ \u3000]{1,2}(?=[\u3400-\u9fff])")


def close_spaced_punctuation(text: str) -> tuple[str, int]:
    """The text with the spaces set before its punctuation marks (and after 、) taken out, and how many.

    >>> close_spaced_punctuation("第六条 自治州、市、县人民政府 、行委应当创新城镇管理机制 ,引导社会资本参与 。")
    ('第六条 自治州、市、县人民政府、行委应当创新城镇管理机制,引导社会资本参与。', 3)
    """
    found = len(_SPACE_BEFORE_MARK.findall(text))
    return (_SPACE_BEFORE_MARK.sub("", text), found) if found else (text, 0)


def mend_lookalike_colons(text: str) -> tuple[str, int]:
    """The text with each colon look-alike (∶ RATIO, ︰ a vertical form) read as ：, and how many.

    >>> mend_lookalike_colons("(责任单位∶市金融办,配合单位∶各商业银行)")
    ('(责任单位：市金融办,配合单位：各商业银行)', 2)
    """
    found = len(_LOOKALIKE_COLON.findall(text))
    return (_LOOKALIKE_COLON.sub("：", text), found) if found else (text, 0)


def drop_answer_marks(text: str) -> tuple[str, int]:
    r"""The text with each "答:" opening a line (a Q&A page's answer) taken out, so that the answer's sentence opens
    the line as a duty list's does, and how many.

    >>> drop_answer_marks("问:还有哪些部门有责任?\n答:生态环境部门负责…;\n教育部门负责…")
    ('问:还有哪些部门有责任?\n生态环境部门负责…;\n教育部门负责…', 1)
    """
    found = len(_ANSWER_MARK.findall(text))
    return (_ANSWER_MARK.sub("", text), found) if found else (text, 0)


_ANSWER_MARK = re.compile(r"(?m)(?<=^)[ \t\u3000]*答[ \t\u3000]*[:：][ \t\u3000]*")  # 生活垃圾分类 "你问我答" (宣城, 重庆)
_LOOKALIKE_COLON = re.compile("[\u2236\ufe30]")  # "(责任单位∶市金融办," (合山 2022, a Word file's 比 sign)
_EMPHASIS = re.compile(r"\*\*")  # (not "__": a name may hold it, "window.__name")
_HEADING_MARK = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+(?=\S)")
_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)")
_ESCAPED = re.compile(r"\\([\[\]\\*_#|()>+.!`{}~-])")  # markdown's backslash before a mark it would read
_CELL_BREAK = re.compile(r"<br\s*/?>", re.I)


def _cell_break_row(line: str) -> bool:
    """A markdown table row ("| … |") with a cell's line break ("<br>") in it."""
    row = line.strip(" \t")
    return row.startswith("|") and row.endswith("|") and len(row) > 1 and "<" in row and \
        _CELL_BREAK.search(row) is not None


def drop_markdown(text: str) -> tuple[str, int]:
    """The text without the markup of a page converted to markdown (a knowledge base's copy): bold markers
    ("**（一）** **制定充电基础设施规划。**"), heading marks at a line's start ("## 一、…"), images, the backslash
    before a mark markdown would read ("\\[责任单位:…\\]"), and the line breaks a table row's cells keep as
    "<br>" ("| 区生态环境局<br>各街镇 |": two units, as a Word cell's two lines are; "空气质量<br>目标": a narrow
    column's wrapped words); and how many.

    >>> drop_markdown("**（一）** **制定规划。** 加快编制…")
    ('（一） 制定规划。 加快编制…', 4)
    >>> drop_markdown("示范。\\\\[责任单位:市交通运输局\\\\]")
    ('示范。[责任单位:市交通运输局]', 2)
    >>> drop_markdown("| 1 | 空气质量<br>目标 | 区生态环境局<br>各街镇 |")
    ('| 1 | 空气质量目标 | 区生态环境局、各街镇 |', 2)
    """
    bold = len(_EMPHASIS.findall(text))
    if bold < 2:
        bold = 0  # one "**" is no markup
    headings, images = len(_HEADING_MARK.findall(text)), len(_IMAGE.findall(text))
    lines = text.split("\n") if "<" in text else []
    rows = [k for k, line in enumerate(lines) if _cell_break_row(line)]
    breaks = len(rows)
    escapes = len(_ESCAPED.findall(text)) if "\\" in text else 0
    if not (bold or headings or images or breaks or escapes):
        return text, 0
    if bold:
        text = _EMPHASIS.sub("", text)
    if escapes:
        text = _ESCAPED.sub(r"\1", text)  # "\[责任单位:市交通运输局…\]": markdown's escape of a bracket it would read
    if rows:
        breaks = 0
        for k in rows:
            breaks += len(_CELL_BREAK.findall(lines[k]))
            lines[k] = "|".join(f" {cell_lines([p.strip() for p in _CELL_BREAK.split(cell)])} " if "<" in cell else
                                cell for cell in lines[k].split("|"))
        text = "\n".join(lines)
    return _IMAGE.sub("", _HEADING_MARK.sub("", text)), bold + headings + images + breaks + escapes


# A reading in brackets right after a Han character, in toned pinyin: "落實(shí)", "負(fù)責(zé)", "發(fā)展".
PINYIN_READING = re.compile(r"(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]")


def drop_pinyin_annotations(text: str) -> tuple[str, int]:
    """The text without the toned pinyin some mirror sites print after characters ("落實(shí)"), when there
    are at least three (a single one may be a real gloss); and how many were dropped.

    >>> drop_pinyin_annotations("負(fù)責(zé)、發(fā)展改革委牽頭")
    ('負責、發展改革委牽頭', 3)
    """
    found = len(PINYIN_READING.findall(text))
    if found < 3:
        return text, 0
    return PINYIN_READING.sub("", text), found


# Two Han characters with one space between them, and without: "市 发 改 委" / "市发改委"
_SPACED_PAIR = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
_PAIR = re.compile(r"[\u3400-\u9fff](?= ?[\u3400-\u9fff])")
_ALL_SPACED = re.compile(r"^\s*\S(?: \S){3,}\s*$")
_LETTER_SPACE = re.compile(r"(?<![A-Za-z ]) (?! )|(?<=[A-Za-z]) (?![A-Za-z ])")  # one space, not between two Latin letters


def close_letter_spacing(text: str) -> tuple[str, list[int]]:
    """The text with the single spaces between its characters taken out of every line that sets a space between
    most of its characters (text copied from a PDF set with letter spacing, 分散对齐: "市 发 改 委 牵 头 ( 2 0 2 3
    年 )"), and the 1-based numbers of those lines. A line counts when four in five of its pairs of neighbouring Han
    characters are spaced and it holds ten such pairs or more, or the document has three such lines (its short
    headings then count too: "一 、 工 作 目 标"); a space inside a name elsewhere ("王 强") stays, and so do runs
    of spaces (cells) and the space between two Latin words.

    >>> close_letter_spacing("1.加 快 推 进 项 目 建 设 。 ( 市 发 改 委 牵 头 , 2 0 2 4 年 )\\n王 强 同志")
    ('1.加快推进项目建设。(市发改委牵头,2024年)\\n王 强 同志', [1])
    """
    if text.count(" ") < 10:
        return text, []
    lines = text.split("\n")
    counts = [(len(_SPACED_PAIR.findall(line)), len(_PAIR.findall(line))) if " " in line else (0, 0)
              for line in lines]
    spaced_lines = sum(1 for spaced, pairs in counts if spaced >= 10 and spaced >= 0.8 * pairs)
    least = 1 if spaced_lines >= 3 else 10
    touched = []
    for k, (spaced, pairs) in enumerate(counts):
        if (spaced >= least and spaced >= 0.8 * pairs) or (least == 1 and _ALL_SPACED.match(lines[k])):
            # (and in such a document a line spaced throughout with no two Han characters: "2 0 2 1 年 3 月")
            lines[k] = _LETTER_SPACE.sub("", lines[k])
            touched.append(k + 1)
    return ("\n".join(lines), touched) if touched else (text, [])
