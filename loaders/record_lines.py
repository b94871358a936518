"""A record printed as name and value lines, one task to a page, rebuilt into a header and a row.

A page that shows one task of a list often prints each field's name on a line of its own and the value on
the next::

    具体任务
    全面落实疫情防控“新十条”,…
    责任单位
    卫健局、文旅局
    配合单位
    各乡镇

Three or more such pairs whose names make a table header (``is_header``) are read as that header and one row.
"""

from __future__ import annotations

from collections.abc import Callable

from .textnorm import clean_text
from .vocabulary import Vocabulary

__all__ = ["rebuild"]


def _name(line: str, known: set[str]) -> str | None:
    if len(line) > 24 or not line.strip():
        return None
    text = clean_text(line).replace(" ", "").rstrip(":：")
    return text if text in known else None


def rebuild(lines: list[str], vocab: Vocabulary,
            is_header: Callable[[list[str]], bool]) -> dict[int, tuple[list[str], int]]:
    """First line index -> (cells, index after) for the header and the row of every name/value record."""
    known = vocab.column_name_set
    out: dict[int, tuple[list[str], int]] = {}
    i, n = 0, len(lines)
    while i < n:
        if _name(lines[i], known) is None:
            i += 1
            continue
        start, names, values, j = i, [], [], i
        while j < n and (name := _name(lines[j], known)) is not None:
            k = j + 1
            while k < n and not lines[k].strip():
                k += 1
            if k >= n or _name(lines[k], known) is not None:
                break
            names.append(name)
            values.append(lines[k].strip())
            j = k + 1
            while j < n and not lines[j].strip():
                j += 1
        if len(names) >= 3 and is_header(names):
            out[start] = (names, start + 1)
            out[start + 1] = (values, j)
            i = j
        else:
            i = start + 1
    return out
