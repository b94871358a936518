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

import re
from collections import Counter
from dataclasses import dataclass, field

from agencygraph.graph.errors import UnreadableInput

from .containers import _fill_spans, rows_text
from .pdf_tables import Grid, _edges, _line_text, cell_grid, continues, stitch, text_lines

__all__ = ["PageSurvey", "survey", "pdf_lines", "MAX_PAGES"]

#: A PDF with more pages than this is refused before any page is read.
MAX_PAGES = 5000
_PAGE_NUMBER = re.compile(r"^[\s—–\-－一_·•]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4})?[\s—–\-－一_·•]*$")
_CID = re.compile(r"\(cid:\d+\)")
_BAND = 0.09  # running heads and feet live in the top and bottom 9% of the page


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


def page_items(page, number: int, carry: list[float] | None = None) -> list[Item]:
    """The text lines and tables of a pdfplumber page, top to bottom: tables from their ruling lines, else a
    numbered table without lines (``text_tables``), else the rest of such a table whose columns ``carry``
    gives (it ended the page before)."""
    tables = [t for t in page.find_tables() if len(t.cells) >= 2] or text_tables(page)
    if not tables and carry:
        top = float(page.height) * _BAND
        bottom = _table_foot(page, carry, top)
        if bottom > top:
            tables = [_TextTable((carry[0], top, carry[-1], bottom + 1),
                                 [(a, top, b, bottom + 1) for a, b in zip(carry, carry[1:])])]
    return items_from(tables, page.chars, number)


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


# -- the whole document ---------------------------------------------------------------------------
def drop_running_heads(pages: list[list[Item]], height: float) -> list[list[Item]]:
    """Remove page numbers and lines repeated on most pages in the top and bottom bands of the page."""
    def band(it: Item) -> bool:
        return it.grid is None and (it.bottom < height * _BAND or it.top > height * (1 - _BAND))

    def key(it: Item) -> str:
        return re.sub(r"\d+", "#", it.text.replace(" ", ""))

    seen = Counter(k for items in pages for k in {key(it) for it in items if band(it)})
    repeated = {k for k, n in seen.items() if n >= 2 and n >= len(pages) / 2}
    return [[it for it in items if not (band(it) and (key(it) in repeated or _PAGE_NUMBER.match(it.text)))]
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
    return prev.x1 >= right - 2.6 * prev.size and line.x0 <= left + 0.6 * line.size


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
    height = 842.0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i, page in enumerate(pdf.pages):
                height = float(page.height)
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
    pages = drop_running_heads(pages, height)
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
