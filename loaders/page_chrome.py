"""Leave out the furniture of a government web page: the print and close buttons, the footer naming the site's
主办单位 and 承办单位, its ICP number. A page saved or copied whole prints them around the document, and a footer
"主办单位:XX县人民政府办公室" would otherwise read as the last task's lead.

The words are data (``loaders/page_chrome.yaml``). Furniture lines become empty lines (line numbers stay the
file's); in a page saved as one paragraph the furniture at the line's end is cut off. The loader says which
lines it left out.

Examples
--------
>>> text, dropped = drop_page_chrome("1.推进改造。(牵头单位:县住建局)\\n【打印本页】【关闭窗口】\\n主办单位:某县人民政府办公室")
>>> text.split("\\n")
['1.推进改造。(牵头单位:县住建局)', '', '']
>>> dropped
[2, 3]
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .textnorm import ENDS_SENTENCE

__all__ = ["drop_page_chrome", "drop_page_numbers", "drop_jammer", "join_page_chunks", "CHROME_FILE"]

CHROME_FILE = Path(__file__).with_name("page_chrome.yaml")
_LONG = 200
# a role label or verb in the tail of a long line: the tail is the document's, not the site's
_ROLE = re.compile(r"牵头|配合|协办|责任单位|责任部门|负责|参与单位")
# a footer's own labels (主办单位, 承办单位 name the site's owners; "公开程序：本单位审核后公开责任部门：省政府办公厅
# 秘书一处", the office that published the page, 河北省人民政府 portal), not roles; not inside a clause's bracket, where
# they are a task's ("…的建议”(主办单位:市农业农村局;协办单位:…)", 苏州人大 代表建议 on a page saved as one line)
_FOOTER_WORDS = re.compile(r"(?<![(（;；])(?:(主办|承办|协办|主管|运维)(单位)?|公开\s*责任(?:部门|单位))\s*[:：]")


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(CHROME_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    data = _data()
    site = re.compile("|".join(f"(?:{p})" for p in data["site_markers"]))
    markers = re.compile("|".join(f"(?:{p})" for p in [*data["markers"], *data["site_markers"]]), re.M)
    labels = sorted(data["footer_labels"], key=len, reverse=True)
    footer = re.compile(r"^\s*(?:%s)\s*[:：]" % "|".join(map(re.escape, labels)))
    return markers, site, footer, int(data.get("reach", 3))


def _footer_tail(line: str, markers: re.Pattern) -> int | None:
    """Where the furniture at the end of a long line starts: the first marker (or a footer label just before
    it) after which no role word is printed, except the footer's own labels."""
    for m in markers.finditer(line):
        start = m.start()
        before = line[max(0, start - 60): start]
        label = max((before.rfind(w) for w in ("主办单位", "主办:", "主办：")), default=-1)
        if label >= 0:
            start = start - len(before) + label
        if not _ROLE.search(_FOOTER_WORDS.sub(" ", line[start:])):
            return start
    return None


def drop_page_chrome(text: str) -> tuple[str, list[int]]:
    """The text with its page furniture left out, and the 1-based numbers of the lines it touched."""
    markers, site, footer, reach = _words()
    if not markers.search(text):
        return text, []
    lines = text.split("\n")
    marked = [i for i, line in enumerate(lines) if len(line) < _LONG and markers.search(line)]
    dropped: set[int] = set(marked)
    buttons = {i for i in marked if not site.search(lines[i])}
    for i in marked:
        above = i
        if i not in buttons:  # the site's identity: its footer lines above it, up to the page's buttons (what is
            while above > max(0, i - reach) and above - 1 not in buttons:  # above those is the document's)
                above -= 1
        for j in range(above, min(len(lines), i + reach + 1)):
            if footer.match(lines[j]) and len(lines[j]) < _LONG:
                dropped.add(j)
    for i in sorted(dropped):
        lines[i] = ""
    for i, line in enumerate(lines):
        if len(line) >= _LONG and (cut := _footer_tail(line, markers)) is not None:
            lines[i] = line[:cut].rstrip()
            dropped.add(i)
    return "\n".join(lines), sorted(i + 1 for i in dropped)


@lru_cache(maxsize=1)
def _page_numbers() -> re.Pattern | None:
    patterns = _data().get("page_numbers") or []
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def drop_page_numbers(text: str) -> tuple[str, list[int]]:
    """The text without the page numbers a copy printed inside it ("…县农作第2页共4页物秸秆…": page_chrome.yaml
    page_numbers), and the 1-based numbers of the lines they stood in.

    >>> drop_page_numbers("成立县农作第2页共4页物秸秆禁烧工作领导小组")
    ('成立县农作物秸秆禁烧工作领导小组', [1])
    """
    pattern = _page_numbers()
    if pattern is None or not pattern.search(text):
        return text, []
    lines = text.split("\n")
    touched = [i + 1 for i, line in enumerate(lines) if pattern.search(line)]
    return "\n".join(pattern.sub("", line) for line in lines), touched


# a run of short ASCII strings parted by single spaces (no pipe alone: a table's cells), ending before a space or the
# line's end
_TOKEN = r"(?:[\x21-\x7e]{2,3}|[\x21-\x7b\x7d\x7e])"  # two or three printable ASCII characters, or one but a pipe
_JAMMER = re.compile(rf"(?<![\x21-\x7e])(?:{_TOKEN} )+{_TOKEN}(?=\s|$)", re.M)


@lru_cache(maxsize=1)
def _noise() -> tuple[int, int, re.Pattern | None]:
    """A jammer run's fewest strings and marks (page_chrome.yaml), and the noise marks' pattern."""
    data = _data()
    marks = data.get("noise_marks") or []
    return (int(data.get("jammer_tokens", 5)), int(data.get("jammer_symbols", 3)),
            re.compile("|".join(f"(?:{p})" for p in marks)) if marks else None)


def drop_jammer(text: str) -> tuple[str, list[int]]:
    """The text without a forum's copy-protection strings (page_chrome.yaml ``jammer_tokens``) and a mirror's noise
    marks (``noise_marks``: "一@@、提高…"), and the 1-based numbers of the lines they stood in. A run glued to the
    words before it keeps the closing brackets it opens with (the words' own: "…(三水街道牵头)]% A2 ]/ k; R9").

    >>> drop_jammer("' ]' X) I) n/ L& V% F$ O4 b. L2 K 一、工作原则\\n选项 A. B. C. D. E.")
    (' 一、工作原则\\n选项 A. B. C. D. E.', [1])
    >>> drop_jammer("完成主体工程(三水街道牵头)]% A2 ]/ k; R9 S; y8")
    ('完成主体工程(三水街道牵头)', [1])
    >>> drop_jammer("一@@、提高农业转移人口市@@民化质量@@")
    ('一、提高农业转移人口市民化质量', [1])
    """
    tokens, symbols, marks = _noise()

    def noise(m: re.Match) -> bool:
        parts = m.group(0).split(" ")
        return len(parts) >= tokens and len({ch for ch in m.group(0) if not ch.isalnum() and ch != " "}) >= symbols

    def drop(m: re.Match) -> str:
        if not noise(m):
            return m.group(0)
        glued = m.start() > 0 and not m.string[m.start() - 1].isspace()
        return re.match(r"\)*", m.group(0)).group(0) if glued else ""

    if not _JAMMER.search(text) and not (marks and marks.search(text)):
        return text, []
    lines = text.split("\n")
    touched = []
    for i, line in enumerate(lines):
        cleaned = _JAMMER.sub(drop, line)
        cleaned = marks.sub("", cleaned) if marks else cleaned
        if cleaned != line:
            lines[i] = cleaned
            touched.append(i + 1)
    return "\n".join(lines), touched


_CHUNK = re.compile(r"^\s*(\d{1,3})、")
_CHUNK_LENGTH = 300


def join_page_chunks(text: str) -> tuple[str, list[int]]:
    """A document-sharing site's copy prints each page of the file as one paragraph numbered "1、", "2、" …, a
    page cut wherever it ended, mid-sentence or mid-word ("…为农户、小微企业及个体工商" / "2、户提供融资担保…").
    When such numbers run 1, 2, 3 … down the text on long lines (300+ characters but the last), and most of the
    lines before them end mid-sentence, the numbers are left out and each page joined to the first (its
    line left empty, so the line numbers stay the file's): one paragraph, as a page saved whole. Returns the text and the 1-based lines it touched."""
    lines = text.split("\n")
    chunks, expected = [], 1
    for i, line in enumerate(lines):
        if (m := _CHUNK.match(line)) and int(m[1]) == expected:
            chunks.append(i)
            expected += 1
    if len(chunks) < 2 or any(len(lines[i]) < _CHUNK_LENGTH for i in chunks[:-1]):
        return text, []
    previous = [next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "") for i in chunks[1:]]
    if any(not p for p in previous) or 2 * sum(1 for p in previous if ENDS_SENTENCE.search(p)) > len(previous):
        return text, []
    if any(i - j > 1 and any(lines[k].strip() for k in range(j + 1, i)) for j, i in zip(chunks, chunks[1:])):
        return text, []  # (text between two pages: no page of its own, so no such copy)
    first = chunks[0]
    lines[first] = _CHUNK.sub("", lines[first], count=1)
    for i in chunks[1:]:
        lines[first] = lines[first].rstrip() + _CHUNK.sub("", lines[i], count=1).lstrip()
        lines[i] = ""
    return "\n".join(lines), [i + 1 for i in chunks]
