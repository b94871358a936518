"""Deadlines as written (2023年12月, 2023年底前, 6月底前, 长期坚持, 每季度) to a normal form, keeping the text.

A date without a year takes the document's year when it is known, else ISO 8601's yearless form
(``--06`` for "6月底前"); "ongoing" (长期坚持, 持续推进, 常态化) and "recurring" (每季度, 定期) are explicit.

Examples
--------
>>> [normalize_deadline(s) for s in ("2023年12月", "2024年底前", "2025年", "2023年6月30日", "长期坚持", "每季度", "")]
['2023-12', '2024-12', '2025', '2023-06-30', 'ongoing', 'recurring', None]
>>> [normalize_deadline(s, 2023) for s in ("6月底前", "年底前", "2023年第三季度", "2023—2025年", "全年", "2023-12-31")]
['2023-06', '2023-12', '2023-09', '2025', '2023-12', '2023-12-31']
>>> normalize_deadline("6月底前"), normalize_deadline("持续推进")
('--06', 'ongoing')
"""

from __future__ import annotations

import re

from .textnorm import clean_text

__all__ = ["normalize_deadline"]

_YMD = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?(?!\d)")
_YM = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
_RANGE = re.compile(r"(\d{4})\s*(?:年)?\s*[-—–~～至到]\s*(\d{4})\s*年")
_YEAR_END = re.compile(r"(\d{4})\s*年\s*(底|年底|末|年末|内|年内)")
_QUARTER = re.compile(r"(?:(\d{4})\s*年\s*)?(?:第)?([一二三四1-4])\s*季度")
_HALF = re.compile(r"(?:(\d{4})\s*年\s*)?(上|下)半年")
_Y = re.compile(r"(\d{4})\s*年")
_M = re.compile(r"(?<![\d年])(\d{1,2})\s*月")
_BARE_YEAR_END = re.compile(r"(^|[^\d])(年底|年末|年内|全年|今年)")
_ONGOING = re.compile(r"长期|持续|常态|逐年|久久为功|长效")
_RECURRING = re.compile(r"每(年|季|季度|月|半年|周|旬)|定期")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _month(year, month: int) -> str:
    return f"{year}-{month:02d}" if year else f"--{month:02d}"


def normalize_deadline(text: str | None, year: int | None = None) -> str | None:
    """Normal form of a deadline: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM``, ``ongoing``, ``recurring`` or None.

    ``year`` (the document's) completes a date written without one.
    """
    if not text:
        return None
    text = clean_text(text)
    if m := _YMD.search(text):
        return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    if m := _YM.search(text):
        return f"{m[1]}-{int(m[2]):02d}"
    if (m := _ISO.search(text)) and 1 <= int(m[2]) <= 12:
        return f"{m[1]}-{int(m[2]):02d}" + (f"-{int(m[3]):02d}" if m[3] else "")
    if m := _QUARTER.search(text):
        return _month(m[1] or year, 3 * _QUARTERS[m[2]])
    if m := _HALF.search(text):
        return _month(m[1] or year, 6 if m[2] == "上" else 12)
    if m := _RANGE.search(text):
        return m[2]
    if m := _YEAR_END.search(text):
        return f"{m[1]}-12"
    if m := _Y.search(text):
        return m[1]
    if (m := _M.search(text)) and 1 <= int(m[1]) <= 12:
        return _month(year, int(m[1]))
    if _RECURRING.search(text):
        return "recurring"
    if _ONGOING.search(text):
        return "ongoing"
    if _BARE_YEAR_END.search(text):
        return _month(year, 12)
    return None
