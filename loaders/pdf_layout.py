"""A PDF's (or an OCR'd page's, or an OFD's) text lines and tables as items, and the items as the loader's lines.

Shared by ``read_pdf``, ``read_ocr`` and ``read_ofd``: items from characters and table cells, running heads and
feet dropped, wrapped lines joined into paragraphs, tables stitched over pages and written as rows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .pdf_tables import Grid, _edges, _line_text, cell_grid, continues, stitch, text_lines
from .rows import _fill_spans, rows_text
from .textnorm import ENDS_SENTENCE

__all__ = ["Item", "items_from", "drop_running_heads", "render"]


_PAGE_NUMBER = re.compile(r"^[\s—–\-－一_·•]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4})?[\s—–\-－一_·•]*$")


_BAND = 0.09  # running heads and feet live in the top and bottom 9% of the page
_PAGE_NUMBER_BAND = 0.15  # a line that is only a page number, in the top or bottom 15%


@dataclass
class Item:
    """A text line or a table on a page, in reading order by ``top``."""

    page: int
    top: float
    bottom: float
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    size: float = 10.0
    grid: Grid | None = None
    columns: list[float] | None = None


def items_from(tables, chars: list[dict], number: int) -> list[Item]:
    """Items of a page from its tables (objects with ``bbox`` and ``cells``) and characters (dicts with
    ``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``size``): what a text layer and OCR both give."""
    items: list[Item] = []
    boxes = []
    for table in tables:
        if len(table.cells) < 2:
            continue
        box = table.bbox
        inside = [c for c in chars if _within(c, box)]
        grid = cell_grid(table, inside)
        if not grid or len(grid[0]) < 2:
            continue
        boxes.append(box)
        columns = _edges([c[0] for c in table.cells] + [box[2]])
        items.append(Item(number, box[1], box[3], grid=grid, columns=columns))
    rest = [c for c in chars if not any(_within(c, b) for b in boxes)]
    for line in text_lines(rest):
        text = _line_text(line)
        if text:
            items.append(Item(number, min(c["top"] for c in line), max(c["bottom"] for c in line), text,
                              line[0]["x0"], line[-1]["x1"], max(c["size"] for c in line)))
    return sorted(items, key=lambda it: it.top)


def _within(ch, box) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def drop_running_heads(pages: list[list[Item]], height: float | list[float]) -> list[list[Item]]:
    """Remove page numbers and lines repeated on most pages in the top and bottom bands of the page.

    ``height``: every page's, or one for all (a document's annex tables on landscape pages are shorter than its
    portrait pages: their feet are where they are, not where a portrait page's would be)."""
    heights = height if isinstance(height, list) else [height] * len(pages)

    def within(it: Item, share: float, whole: bool) -> bool:  # in the top or bottom ``share`` of its page: wholly,
        # or (``whole`` false) reaching into it
        h = heights[it.page - 1] if 0 < it.page <= len(heights) else heights[-1]
        if whole:
            return it.grid is None and (it.bottom < h * share or it.top > h * (1 - share))
        return it.grid is None and (it.top < h * share or it.bottom > h * (1 - share))

    def band(it: Item) -> bool:
        return within(it, _BAND, True)

    def touches_band(it: Item) -> bool:  # a page number whose font's box reaches out of the band: "— ６ —" with
        # its top 25 points above the foot band and its bottom inside it (a CJK font's tall boxes, 浙江省委宣传部),
        # or set higher on a landscape annex page ("11" at 88% of its height, 浙江 数据集 实施意见)
        return within(it, _PAGE_NUMBER_BAND, False)

    def key(it: Item) -> str:
        return re.sub(r"\d+", "#", it.text.replace(" ", ""))

    seen = Counter(k for items in pages for k in {key(it) for it in items if band(it)})
    repeated = {k for k, n in seen.items() if n >= 2 and n >= len(pages) / 2}
    # a head or foot set further in (a 政府规章 PDF as its portal prints it: "北京市人民政府规章" 69 points from a
    # 842-point page's top and "北京市人民政府发布" at 90% of it, a stray mark between the foot and the text): the
    # outermost lines of a page, one after another, each repeated on most of at least three pages
    def sided(it: Item) -> tuple[bool, int, str]:  # where it stands from its edge, to 4 points, and its words (the
        # head's words lower down the last page are the colophon's: "武汉市人民政府办公厅 / 2023年8月23日印发")
        h = heights[it.page - 1] if 0 < it.page <= len(heights) else heights[-1]
        head = it.top < h / 2
        return head, round((it.top if head else h - it.bottom) / 4), key(it)

    wide = Counter(k for items in pages for k in {sided(it) for it in items if touches_band(it)})
    repeated_wide = {k for k, n in wide.items() if n >= 3 and n >= len(pages) / 2}
    outer: set[int] = set()
    for items in pages:
        lines = [it for it in items if it.grid is None]
        for run in (lines, lines[::-1]):
            for it in run:
                if not touches_band(it) or not (sided(it) in repeated_wide or _PAGE_NUMBER.match(it.text)):
                    break
                outer.add(id(it))
    return [[it for it in items if not (band(it) and key(it) in repeated or id(it) in outer or
                                        touches_band(it) and _PAGE_NUMBER.match(it.text))]
            for items in pages]


def _margins(pages: list[list[Item]]) -> tuple[float, float]:
    """The body's left margin (the commonest line start) and right margin (the commonest far line end)."""
    lines = [it for items in pages for it in items if it.grid is None]
    if not lines:
        return 0.0, 0.0
    starts = Counter(round(it.x0) for it in lines)
    left = min((x for x, n in starts.items() if n >= max(2, len(lines) // 20)), default=min(starts))
    ends = sorted(round(it.x1) for it in lines)
    right = ends[int(len(ends) * 0.9)] if len(ends) > 10 else ends[-1]
    return float(left), float(right)


def _continues_paragraph(prev: Item, line: Item, left: float, right: float) -> bool:
    """Whether ``line`` goes on with ``prev``'s paragraph: ``prev`` reaches the right margin (within 2.6
    characters: a line that may not start with a punctuation mark, or a Latin word, wraps early), ``line`` is
    not indented, and no blank space parts them (a page break between them is no gap)."""
    if prev.grid is not None or line.grid is not None:
        return False
    if prev.page == line.page and line.top - prev.bottom > 1.2 * max(prev.size, line.size):
        return False
    if ENDS_SENTENCE.search(prev.text) and _OPENS.match(line.text):
        return False  # "…必须确保完成。" (a full line) / "1. 约束性指标的责任部门": a finished sentence, then a numbered
        # line, is the next paragraph even where nothing indents it
    return prev.x1 >= right - 2.6 * prev.size and line.x0 <= left + 0.6 * line.size


_OPENS = re.compile(r"^\s*(?:\d{1,3}\s*[.．、](?!\d)|[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[)）]|"
                    r"[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十百]+[章节条部分]|[①-⑳])")


def render(pages: list[list[Item]]) -> tuple[list[str], list[int]]:
    """Lines and their pages: paragraphs joined, each table stitched over its pages and written as rows."""
    left, right = _margins(pages)
    flat = [it for items in pages for it in items]
    lines: list[str] = []
    where: list[int] = []
    k = 0
    while k < len(flat):
        it = flat[k]
        if it.grid is not None:
            parts, part_pages, k = [it.grid], [it.page], k + 1
            last = it
            while k < len(flat) and flat[k].grid is not None and flat[k].page == last.page + 1 and \
                    continues(last.columns, flat[k].columns) and _first_on_page(flat, k):
                parts.append(flat[k].grid)
                part_pages.append(flat[k].page)
                last = flat[k]
                k += 1
            grid, row_pages = stitch(parts, part_pages)
            lines.extend(rows_text(_fill_spans(grid)).split("\n"))
            where.extend(row_pages)
            lines.append("")  # a table ends where the next paragraph starts
            where.append(last.page)
            continue
        text, prev = it.text, it
        k += 1
        while k < len(flat) and flat[k].grid is None and _continues_paragraph(prev, flat[k], left, right):
            nxt = flat[k]
            glue = " " if re.search(r"[A-Za-z0-9,.;:]$", text) and re.match(r"[A-Za-z0-9]", nxt.text) else ""
            text += glue + nxt.text
            prev = nxt
            k += 1
        lines.append(text)
        where.append(it.page)
    return lines, where


def _first_on_page(flat: list[Item], k: int) -> bool:
    return k == 0 or flat[k - 1].page != flat[k].page
