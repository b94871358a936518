"""Read a PDF into the loader's text lines: one line per paragraph, one tab-joined line per table row, with pages.

pdfplumber (MIT, on pdfminer.six) gives every character with its position and the ruling lines tables are
drawn with; pypdfium2 (Apache-2.0/BSD, Google's PDFium) surveys the pages first, fast, in C: how many
characters each page has, whether it holds images, whether the file opens at all. PyMuPDF would be
faster still but is AGPL. What real PDFs do, handled in general ways:

- running heads and feet (the issuer's name on every page, "— 3 —") are dropped: a line in the top or
  bottom band of the page that is a page number, or that repeats on most pages;
- a paragraph's wrapped lines are joined (a line that reaches the right margin continues on the next,
  unless that one is indented), across a page break too;
- tables come from their ruling lines, one grid per page, stitched over pages (``loaders/pdf_tables.py``);
- glyphs without a Unicode mapping (``(cid:123)``) and pages without a text layer are found per page and
  read by OCR when the ``agencygraph[ocr]`` extra is installed (``loaders/read_ocr.py``).

The result is ``(lines, pages, notes)``: the text lines, the page of each line, and what the reader
wants the load report to say (``(line, kind, message, severity)``).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from agencygraph.graph.errors import UnreadableInput

from .pdf_layout import _BAND, Item, drop_running_heads, items_from, render
from .pdf_tables import Grid, _edges, _line_text, text_lines

# pdfminer (under pdfplumber) logs a warning for every glyph of a font it finds odd ("Could not get FontBBox from
# font descriptor": a browser's PDF, thousands of times); what the loader could not read is in its own report
logging.getLogger("pdfminer").setLevel(logging.ERROR)

__all__ = ["PageSurvey", "survey", "pdf_lines", "MAX_PAGES"]

#: A PDF with more pages than this is refused before any page is read.
MAX_PAGES = 5000
_CID = re.compile(r"\(cid:\d+\)")


@dataclass
class PageSurvey:
    """What pypdfium2 sees on each page, before any text is extracted."""

    pages: int
    chars: list[int] = field(default_factory=list)
    images: list[int] = field(default_factory=list)

    def without_text(self) -> list[int]:
        """1-based numbers of the pages with images but no character."""
        return [i + 1 for i, (c, im) in enumerate(zip(self.chars, self.images)) if not c and im]


def survey(path: str, data: bytes) -> PageSurvey:
    """Open the PDF with PDFium and count each page's characters and images; UnreadableInput when it cannot."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise UnreadableInput(path, None, "is an encrypted PDF (it needs a password to open); save an "
                                              "unprotected copy first") from None
        raise UnreadableInput(path, None, f"is a damaged PDF that cannot be opened ({message})") from None
    try:
        n = len(pdf)
        if n == 0:
            raise UnreadableInput(path, None, "is a PDF with no pages")
        if n > MAX_PAGES:
            raise UnreadableInput(path, None, f"is a PDF of {n} pages (more than {MAX_PAGES}); split it first")
        result = PageSurvey(n)
        for i in range(n):
            page = pdf[i]
            textpage = page.get_textpage()
            result.chars.append(textpage.count_chars())
            result.images.append(sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)))
            textpage.close()
            page.close()
        return result
    finally:
        pdf.close()


# -- one page -----------------------------------------------------------------------------------


def page_items(page, number: int, carry: list[float] | None = None) -> list[Item]:
    """The text lines and tables of a pdfplumber page, top to bottom: tables from their ruling lines, else a
    numbered table without lines (``text_tables``), else the rest of such a table whose columns ``carry``
    gives (it ended the page before). A character printed twice over itself (a bold face made by printing it again:
    "重重点点任任务务" read from a browser's print of a table's bold header) counts once, and a white box behind the
    text is no ruling line."""
    if _overprinted(page.chars):
        page = page.dedupe_chars()
    if any(_unseen(r) for r in page.rects):
        page = page.filter(lambda obj: obj["object_type"] != "rect" or not _unseen(obj))
    tables = [t for t in page.find_tables({**_open_rows(page), **_open_sides(page)}) if len(t.cells) >= 2] or \
        text_tables(page)
    if not tables and carry:
        top = float(page.height) * _BAND
        bottom = _table_foot(page, carry, top)
        if bottom > top:
            tables = [_TextTable((carry[0], top, carry[-1], bottom + 1),
                                 [(a, top, b, bottom + 1) for a, b in zip(carry, carry[1:])])]
    return items_from(tables, page.chars, number)


def _overprinted(chars) -> bool:
    """Is some character printed again where it was printed (a bold face made so: "序号" twice, at one place)? (A
    first look, in one pass, before pdfplumber's slower dedupe_chars.)"""
    seen = set()
    for ch in chars:
        key = (ch["text"], round(ch["x0"]), round(ch["top"]))
        if key in seen:
            return True
        seen.add(key)
    return False


def _unseen(rect) -> bool:
    """A rectangle filled white with no outline (a browser's page background behind the whole text): no ruling line of
    a table, though its sides would add a column before the first."""
    colour = rect.get("non_stroking_color")
    values = colour if isinstance(colour, (tuple, list)) else (colour,)  # (grey or RGB white; CMYK white is 0s)
    return bool(rect.get("fill")) and not rect.get("stroke") and colour is not None and len(values) in (1, 3) and \
        all(_white(c) for c in values)


def _white(component) -> bool:
    """Is a colour component 1.0? (A pattern's name is no colour: "Pt0", the fill pattern a 浙江 五部门 PDF draws
    with, 浙发改产业〔2022〕1号, once made the whole file "damaged".)"""
    try:
        return float(component) == 1.0
    except (TypeError, ValueError):
        return False


def _open_rows(page) -> dict:
    """Settings that close a row the page break left open: a browser printing a table draws the cut row's cell
    sides down to the page's end but no line under them (nor above the rest of the row on the next page). Where
    the lowest cell sides of the page end (or the highest start), three or more together, with no ruling line
    there, one is added across them."""
    sides = [e for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 8]
    if len(sides) < 3:
        return {}
    rules = [e for e in page.edges if e["orientation"] == "h" and e["x1"] - e["x0"] > 8]
    added = []
    for key, pick in (("bottom", max), ("top", min)):  # only the lowest ends (a cut at the page's foot) and the
        y = pick(round(float(e[key])) for e in sides)   # highest starts (the rest of the row on the next page)
        group = [e for e in sides if round(float(e[key])) == y]
        xs = sorted({round(float(e["x0"]), 1) for e in group})
        if len(xs) >= 3 and not any(abs(float(r["top"]) - y) <= 2 and r["x1"] - r["x0"] > 20 for r in rules):
            added.append(float(y))
    return {"explicit_horizontal_lines": added} if added else {}


def _open_sides(page) -> dict:
    """Settings that close a table drawn without its outer sides: its row rules run on past the outermost cell
    side to where the first and last columns end, and no line is drawn there (浙江 数据集 实施意见's 配套细则清单:
    序号 and 完成时限 outside every vertical line). Where three or more rules end together beyond the outermost
    side, a side is added there."""
    sides = [float(e["x0"]) for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 8]
    rules = [e for e in page.edges if e["orientation"] == "h" and e["x1"] - e["x0"] > 8]
    if len(sides) < 2 or len(rules) < 3:
        return {}
    added = []
    for key, pick, beyond in (("x0", min, lambda x: x < min(sides) - 8), ("x1", max, lambda x: x > max(sides) + 8)):
        ends = Counter(round(float(r[key])) for r in rules)
        x, n = max(ends.items(), key=lambda kv: (kv[1], -kv[0] if key == "x0" else kv[0]))
        if n >= 3 and beyond(x) and x == pick(ends):
            added.append(float(x))
    return {"explicit_vertical_lines": added} if added else {}


def _table_foot(page, xs: list[float], bottom: float) -> float:
    """Where a table without lines ends: below what the text strategy found, the lines whose every stretch of
    text starts at a column and stays inside it (the wrapped ends of the last row) still belong to it."""
    below = [c for c in page.chars if c["top"] > bottom and xs[0] - 2 <= c["x0"] <= xs[-1] and c["text"].strip()]
    for line in text_lines(below):
        stretches, current = [], [line[0]]
        for prev, ch in zip(line, line[1:]):
            if ch["x0"] - prev["x1"] > ch["size"]:
                stretches.append(current)
                current = []
            current.append(ch)
        stretches.append(current)
        for stretch in stretches:
            k = max(i for i, x in enumerate(xs) if x <= stretch[0]["x0"] + 2) if stretch[0]["x0"] + 2 >= xs[0] else -1
            if k < 0 or abs(stretch[0]["x0"] - xs[k]) > 3 or k + 1 < len(xs) and stretch[-1]["x1"] > xs[k + 1] + 2:
                return bottom
        bottom = max(c["bottom"] for c in line)
    return bottom


@dataclass
class _TextTable:
    bbox: tuple
    cells: list[tuple]


_TEXT_SETTINGS = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def text_tables(page) -> list[_TextTable]:
    """Tables printed without ruling lines, found by the alignment of their text (pdfplumber's "text"
    strategy), kept only when they look like a numbered list: at least 3 columns, and below the header every
    line that starts the first column holds a serial number. Each row runs from one numbered line to the
    next, so a row's wrapped lines stay in its cells."""
    out = []
    for table in page.find_tables(_TEXT_SETTINGS):
        xs = _edges([c[0] for c in table.cells] + [table.bbox[2]])
        if len(xs) < 4:
            continue
        first = [c for c in page.chars if xs[0] <= (c["x0"] + c["x1"]) / 2 < xs[1]
                 and table.bbox[1] <= c["top"] <= table.bbox[3] and c["text"].strip()]
        starts = []  # (top, text) of each line in the first column
        for line in text_lines(first):
            starts.append((min(c["top"] for c in line), _line_text(line)))
        numbered = [top for top, text in starts if re.fullmatch(r"\d{1,4}", text)]
        if len(numbered) < 2 or len(numbered) < (len(starts) - 1) * 0.8:
            continue
        bottom = _table_foot(page, xs, table.bbox[3])
        ys = [table.bbox[1] - 1, *[top - 1 for top in numbered], bottom + 1]
        cells = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(len(ys) - 1) for c in range(len(xs) - 1)]
        out.append(_TextTable((xs[0], ys[0], xs[-1], ys[-1]), cells))
    return out


# -- the whole document ---------------------------------------------------------------------------


def pdf_lines(path: str, data: bytes, progress=None) -> tuple[list[str], list[int], list[tuple[int, str, str, str]]]:
    """The text lines of a PDF, the page of each, and notes for the load report (see the module docstring).

    ``progress(done, total)`` is called after each page. Raises UnreadableInput naming the file for an
    encrypted, damaged or empty PDF, and, when OCR is not installed, for pages that have no text layer.
    """
    import io

    import pdfplumber

    info = survey(path, data)
    if not any(info.chars) and not any(info.images):
        raise UnreadableInput(path, None, f"is a PDF of {info.pages} blank pages (no text, no images)")
    scanned = set(info.without_text())
    pages: list[list[Item]] = []
    notes: list[tuple[int, str, str]] = []
    cid_pages: list[int] = []
    heights: list[float] = []  # every page's (a landscape annex is shorter)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i, page in enumerate(pdf.pages):
                heights.append(float(page.height))
                if i + 1 in scanned:
                    pages.append([])
                else:
                    last = pages[-1][-1] if pages and pages[-1] else None
                    items = page_items(page, i + 1, last.columns if last and last.grid else None)
                    if any(_CID.search(it.text) or it.grid and _grid_has_cid(it.grid) for it in items):
                        cid_pages.append(i + 1)
                    pages.append(items)
                page.close()  # pdfplumber caches each page's objects: free them as we go
                if progress:
                    progress(i + 1, info.pages)
    except UnreadableInput:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds of error on a damaged file
        raise UnreadableInput(path, None, f"is a damaged PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    ocr_pages = sorted(scanned | set(cid_pages))
    ocr_pages_read = False
    if ocr_pages:
        from .read_ocr import ocr_available, ocr_pdf_pages

        if ocr_available():
            ocr_pages_read = True
            for number, items in ocr_pdf_pages(data, ocr_pages).items():
                pages[number - 1] = items
            notes.append((1, "ocr", f"page{'s' if len(ocr_pages) > 1 else ''} {_ranges(ocr_pages)} read by OCR "
                                    "(no usable text layer)", "note"))
        elif scanned:
            raise UnreadableInput(path, None, f"page{'s' if len(scanned) > 1 else ''} {_ranges(sorted(scanned))} "
                                              "of this PDF have no text layer (scanned); reading them needs OCR: "
                                              "pip install 'agencygraph[ocr]'")
    pages = drop_running_heads(pages, heights or [842.0])
    lines, where = render(pages)
    if cid_pages and not ocr_pages_read:
        first = {p: where.index(p) + 1 for p in cid_pages if p in where}
        for p in cid_pages:
            notes.append((first.get(p, 1), "unmapped_glyphs",
                          f"page {p} has glyphs without a Unicode mapping ((cid:N)): its text is incomplete; "
                          "install OCR to read it: pip install 'agencygraph[ocr]'", "warning"))
    if not any(line.strip() for line in lines):
        raise UnreadableInput(path, None, "is a PDF that holds no text")
    return lines, where, notes


def _grid_has_cid(grid: Grid) -> bool:
    return any(_CID.search(v) for row in grid for v, _how in row)


def _ranges(numbers: list[int]) -> str:
    """1, 2, 3, 7 → '1-3, 7'."""
    out, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            out.append(f"{start}-{n}" if n != start else str(n))
            start = None
    return ", ".join(out)
