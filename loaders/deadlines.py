"""Deadlines as written (2023年12月, 2023年底前, 长期坚持, 每季度) to a normal form, keeping the text.

Examples
--------
>>> [normalize_deadline(s) for s in ("2023年12月", "2024年底前", "2025年", "2023年6月30日", "长期坚持", "每季度", "")]
['2023-12', '2024-12', '2025', '2023-06-30', 'ongoing', 'recurring', None]
"""

from __future__ import annotations

import re

from .textnorm import clean_text

__all__ = ["normalize_deadline"]

_YMD = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YM = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
_YEAR_END = re.compile(r"(\d{4})\s*年\s*(底|年底|末|年末)")
_Y = re.compile(r"(\d{4})\s*年")
_ONGOING = re.compile(r"长期|持续|常态|逐年|久久为功")
_RECURRING = re.compile(r"每(年|季|季度|月|半年|周)|定期")


def normalize_deadline(text: str | None) -> str | None:
    """Normal form of a deadline: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``ongoing``, ``recurring`` or None."""
    if not text:
        return None
    text = clean_text(text)
    if m := _YMD.search(text):
        return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    if m := _YM.search(text):
        return f"{m[1]}-{int(m[2]):02d}"
    if m := _YEAR_END.search(text):
        return f"{m[1]}-12"
    if m := _Y.search(text):
        return m[1]
    if _RECURRING.search(text):
        return "recurring"
    if _ONGOING.search(text):
        return "ongoing"
    return None
