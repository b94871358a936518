"""Document metadata from the text: 文号, title, issuing body, signing and printing dates.

Examples
--------
>>> from agencygraph.loaders.source import source_from_text
>>> meta = read_metadata(source_from_text("武汉市人民政府文件\\n武政〔2018〕50号\\n市人民政府关于印发X的通知\\n2018 年 10 月 24 日印发"))
>>> meta["number"], meta["issuer"], meta["title"], meta["printed"]
('武政〔2018〕50号', '武汉市人民政府', '市人民政府关于印发X的通知', '2018-10-24')
"""

from __future__ import annotations

import re

from .source import Source
from .textnorm import DOC_SERIAL, clean_text

__all__ = ["read_metadata"]

_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,12})\s*" + DOC_SERIAL)
_ISSUER = re.compile(r"^(.{2,30}?)(文件|文件\s*)$")
_TITLE = re.compile(r"关于.{2,120}的[\u4e00-\u9fff]{0,4}(通知|意见|决定|批复|函|报告|方案|规划|办法)$")
_TITLE_PLAIN = re.compile(r"^[^。,，:：]{6,60}(方案|计划|要点|清单|意见|通知|办法|规划|措施|分解表|任务表)([(（].{0,20}[)）])?$")
_ISSUER_IN_TITLE = re.compile(r"^(.{2,30}?(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|局|厅|委))关于")
#: Every character whose NFKC form (``clean_text``) contains 年: a line without one holds no date.
_YEAR_CHARS = ("年", "\uf98e")
_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(印发|发布|印)?\s*$")


def read_metadata(source: Source, head_lines: int = 40) -> dict:
    """Return number, title, issuer, date (signed) and printed (印发) where the text has them."""
    meta = {"number": None, "title": None, "issuer": None, "date": None, "printed": None}
    lines = [clean_text(line) for line in source.lines[:head_lines]]  # the head only: a 50 MB text is not copied
    for raw, line in zip(source.lines, lines):
        spaced = re.sub(r"\s+", " ", raw.strip())  # spaces kept: "文 号 蔡政办〔2023〕1号" names 蔡政办
        m = _NUMBER.search(spaced)
        if m is None or len(m[1]) < 2:
            m = _NUMBER.search(line)
        if meta["number"] is None and m and len(line) < 40:
            prefix = re.sub(r"^.*?文号", "", m[1])
            meta["number"] = f"{prefix}〔{m[2]}〕{m[3]}号"
        elif meta["issuer"] is None and (m := _ISSUER.match(line.replace(" ", ""))):
            meta["issuer"] = m[1]
        elif meta["title"] is None and _TITLE.search(line.replace(" ", "")):
            meta["title"] = line.replace(" ", "")
    if meta["title"] is None:
        meta["title"] = next((ln.replace(" ", "") for ln in lines[:5] if _TITLE_PLAIN.match(ln.replace(" ", ""))),
                             None)
    for raw in source.lines:
        if _YEAR_CHARS[0] not in raw and _YEAR_CHARS[1] not in raw:
            continue  # no date on this line: skip cleaning it
        if m := _DATE.match(clean_text(raw)):
            iso = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
            if m[4]:
                meta["printed"] = iso
            elif meta["date"] is None:
                meta["date"] = iso
    if meta["date"] is None:
        meta["date"] = meta["printed"]
    if meta["issuer"] is None and meta["title"] and (m := _ISSUER_IN_TITLE.match(meta["title"])):
        meta["issuer"] = m[1]  # "东莞市人民政府关于…的实施意见": the body before 关于
    return meta
