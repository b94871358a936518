"""Read a Word .docx: paragraphs as lines, tables as tab-separated rows (merged cells filled).

Paragraphs carry the numbers Word computes for automatic lists (``docx_numbering``); content controls
(``w:sdt``) are read as the paragraphs and tables they hold; a tab or line break inside a paragraph is a space.
"""

from __future__ import annotations

import io
import re

from .docx_numbering import ListNumbers
from .rows import _cell, _fill_spans, cell_lines, rows_text

__all__ = ["docx_text"]


def _paragraph_text(p, numbers: ListNumbers) -> str:
    """A paragraph's text as shown: its automatic number, then its runs (tabs and breaks as spaces)."""
    from docx.oxml.ns import qn

    t_tag, tab_tag, br_tag, cr_tag = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
    parts = []
    for node in p.iter(t_tag, tab_tag, br_tag, cr_tag):
        if node.tag == t_tag:
            parts.append(node.text or "")
        elif node.getparent().tag == qn("w:r"):  # a w:tab inside w:tabs is a tab stop, not a character
            parts.append(" ")
    text = "".join(parts)
    label = numbers.label(p)
    if label and text.strip():
        return label + ("" if re.search(r"[^\w]$", label) else " ") + text.lstrip()
    return label + text


def _docx_cell_text(tc, numbers: ListNumbers) -> str:
    from docx.oxml.ns import qn

    paragraphs = [_paragraph_text(p, numbers).strip() for p in tc.iter(qn("w:p"))]
    return cell_lines(paragraphs)


def _docx_table(tbl, numbers: ListNumbers) -> list[list[str]]:
    from docx.oxml.ns import qn

    grid: list[list[tuple[str, str]]] = []
    for tr in tbl.iter(qn("w:tr")):
        if tr.getparent() is not tbl:
            continue  # a row of a nested table: its text is part of the outer cell
        row: list[tuple[str, str]] = []
        for tc in tr.findall(qn("w:tc")):
            span = max(1, int(tc.grid_span or 1))
            how = "down" if tc.vMerge == "continue" else ""
            row.append(("" if how else _docx_cell_text(tc, numbers), how))
            row.extend(("", "right") for _ in range(span - 1))
        grid.append(row)
    return _fill_spans(grid)


def docx_text(data: bytes) -> str:
    """A Word document's body in order: paragraphs as lines, tables as tab-separated rows."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    numbers = ListNumbers(document)
    lines: list[str] = []
    for child in _blocks(document.element.body, qn):
        if child.tag == qn("w:p"):
            lines.append(_cell(_paragraph_text(child, numbers)))
        else:
            lines.append(rows_text(_docx_table(child, numbers)))
            lines.append("")  # a table ends where the next paragraph starts
    return "\n".join(lines)


def _blocks(parent, qn):
    """The paragraphs and tables of a body in order, those inside content controls (w:sdt) included."""
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            if content is not None:
                yield from _blocks(content, qn)
