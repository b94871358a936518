"""Read CJK radicals as the ideographs they stand for: some PDFs (a browser's "print to PDF", some office
exports) map their glyphs to the radical code points, so text copied or extracted from them reads "⼯业和信息化部"
for 工业和信息化部 and "⼈⺠政府" for 人民政府, and no name or role word matches.

The table is data (``loaders/radicals.tsv``, the Unicode Character Database's Equivalent_Unified_Ideograph
property). A document with none of these characters is returned as it is.

Examples
--------
>>> unify_radicals("⼯业和信息化部、⼈⺠银⾏等负责")
('工业和信息化部、人民银行等负责', 4)
>>> unify_radicals("市发改委牵头")
('市发改委牵头', 0)
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["unify_radicals", "RADICALS_FILE"]

RADICALS_FILE = Path(__file__).with_name("radicals.tsv")
_ANY = re.compile(r"[\u2e80-\u2fdf\u31c0-\u31ef]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table = {}
    for line in RADICALS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")[:2]
            table[int(radical, 16)] = chr(int(ideograph, 16))
    return table


def unify_radicals(text: str) -> tuple[str, int]:
    """The text with every radical that stands for an ideograph replaced by it, and how many were."""
    if not _ANY.search(text):
        return text, 0
    table = _table()
    count = sum(1 for ch in _ANY.findall(text) if ord(ch) in table)
    return text.translate(table), count
