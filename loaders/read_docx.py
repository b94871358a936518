"""Read a Word .docx: paragraphs as lines, tables as tab-separated rows (merged cells filled)."""

from __future__ import annotations

import io
import re

from .rows import _cell, _fill_spans, rows_text

__all__ = ["docx_text"]


def _docx_cell_text(tc) -> str:
    from docx.oxml.ns import qn

    paragraphs = ["".join(t.text or "" for t in p.iter(qn("w:t"))).strip() for p in tc.iter(qn("w:p"))]
    paragraphs = [p for p in paragraphs if p]
    short = all(len(p) <= 25 and not re.search(r"[。;；]$", p) for p in paragraphs)
    return ("、" if short and len(paragraphs) > 1 else "").join(paragraphs)


def _docx_table(tbl) -> list[list[str]]:
    from docx.oxml.ns import qn

    grid: list[list[tuple[str, str]]] = []
    for tr in tbl.iter(qn("w:tr")):
        if tr.getparent() is not tbl:
            continue  # a row of a nested table: its text is part of the outer cell
        row: list[tuple[str, str]] = []
        for tc in tr.findall(qn("w:tc")):
            span = max(1, int(tc.grid_span or 1))
            how = "down" if tc.vMerge == "continue" else ""
            row.append(("" if how else _docx_cell_text(tc), how))
            row.extend(("", "right") for _ in range(span - 1))
        grid.append(row)
    return _fill_spans(grid)


def docx_text(data: bytes) -> str:
    """A Word document's body in order: paragraphs as lines, tables as tab-separated rows."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            lines.append(_cell(text) if "\t" in text else text.replace("\n", " "))
        elif child.tag == qn("w:tbl"):
            lines.append(rows_text(_docx_table(child)))
            lines.append("")  # a table ends where the next paragraph starts
    return "\n".join(lines)
