"""OCR of PDF pages without a usable text layer: rapidocr (Apache-2.0), the optional extra ``agencygraph[ocr]``.

rapidocr-onnxruntime ships its Chinese detection and recognition models inside its wheel, so OCR works
offline. A page is rendered by PDFium at 144 dpi (smaller renderings lose lone digits such as a 序号), read
as text boxes, and handed on as the characters a text layer would give (each box's width shared among its
characters, a Latin one counting half), so the same line joining, running-head removal and table
stitching apply. Table cells are rebuilt from the ruling lines in the image (``ruled_cells``): the lines
are found with OpenCV morphology, the grid they make is cut into slots, and slots with no line between
them are one (merged) cell.

``AGENCYGRAPH_OCR=off`` turns OCR off (a scanned PDF is then refused, naming its pages).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["ocr_available", "ocr_pdf_pages", "image_lines", "ruled_cells", "INSTALL", "SCALE"]

INSTALL = "pip install 'agencygraph[ocr]'"
#: Rendering scale of a page for OCR (1 = 72 dpi).
SCALE = 2.0
_LATIN = re.compile(r"[\x21-\x7e]")


def ocr_available() -> bool:
    """Whether an OCR engine can be imported (and OCR is not turned off by ``AGENCYGRAPH_OCR=off``)."""
    if os.environ.get("AGENCYGRAPH_OCR", "").lower() in ("off", "0", "no", "false"):
        return False
    return _engine_class() is not None


@lru_cache(maxsize=1)
def _engine_class():
    try:
        from rapidocr_onnxruntime import RapidOCR

        return RapidOCR
    except Exception:  # noqa: BLE001 - a broken install is as good as none
        pass
    try:
        from rapidocr import RapidOCR

        return RapidOCR
    except Exception:  # noqa: BLE001
        return None


@lru_cache(maxsize=1)
def _engine():
    return _engine_class()()


@dataclass
class RuledTable:
    """A table found in an image: its box and its cells, in PDF points (what pdfplumber's tables give)."""

    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float]]


def _positions(profile, threshold: float) -> list[int]:
    """Centres of the runs of ``profile`` above ``threshold`` (a line a few pixels thick is one position)."""
    out, start = [], None
    for i, v in enumerate(list(profile) + [0]):
        if v > threshold and start is None:
            start = i
        elif v <= threshold and start is not None:
            out.append((start + i - 1) // 2)
            start = None
    return out


def ruled_cells(image, scale: float = SCALE) -> list[RuledTable]:
    """Tables drawn with ruling lines in a page image (a numpy array), their cells in PDF points."""
    import cv2
    import numpy as np

    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    ink = (gray < 160).astype(np.uint8)
    h, w = ink.shape
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, max(20, w // 30)), np.uint8))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((max(20, h // 50), 1), np.uint8))
    grid = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8))
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(grid)
    tables = []
    for k in range(1, count):
        x, y, bw, bh, _area = stats[k]
        if bw < w // 4 or bh < 20:
            continue
        hz, vt = horizontal[y:y + bh, x:x + bw], vertical[y:y + bh, x:x + bw]
        ys = _positions(hz.sum(axis=1), bw * 0.15)
        xs = _positions(vt.sum(axis=0), bh * 0.05)
        if len(xs) < 3 or len(ys) < 2:
            continue
        cells = _merge_slots(hz, vt, xs, ys)
        to_pt = lambda box: (  # noqa: E731
            (x + box[0]) / scale, (y + box[1]) / scale, (x + box[2]) / scale, (y + box[3]) / scale)
        tables.append(RuledTable(to_pt((xs[0], ys[0], xs[-1], ys[-1])), [to_pt(c) for c in cells]))
    return tables


def _merge_slots(hz, vt, xs: list[int], ys: list[int]) -> list[tuple[int, int, int, int]]:
    """Cells of the grid ``xs`` × ``ys`` in the image: slots with no ruling line between them are one cell."""
    from .pdf_tables import merge_slots

    def drawn(mask, fixed, lo, hi, axis) -> bool:
        lo, hi = lo + (hi - lo) // 5, hi - (hi - lo) // 5  # the middle of the border, away from crossings
        if hi <= lo:
            return True
        band = mask[max(0, fixed - 3):fixed + 4, lo:hi] if axis == 0 else mask[lo:hi, max(0, fixed - 3):fixed + 4]
        return band.max(axis=0 if axis == 0 else 1).mean() > 0.6

    return merge_slots(xs, ys, lambda c, r: drawn(vt, xs[c], ys[r], ys[r + 1], 1),
                       lambda r, c: drawn(hz, ys[r], xs[c], xs[c + 1], 0))


def box_chars(boxes, scale: float = SCALE) -> list[dict]:
    """OCR text boxes as characters with positions in PDF points, each box's width shared among its
    characters (a Latin character counting half a Chinese one)."""
    chars = []
    for points, text, _score in boxes:
        text = text.strip()
        if not text:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x0, x1, top, bottom = min(xs) / scale, max(xs) / scale, min(ys) / scale, max(ys) / scale
        units = [0.5 if _LATIN.match(ch) else 1.0 for ch in text]
        step = (x1 - x0) / sum(units)
        size = min(bottom - top, step * 1.05)
        x = x0
        for ch, unit in zip(text, units):
            chars.append({"text": ch, "x0": x, "x1": x + unit * step, "top": top, "bottom": bottom, "size": size})
            x += unit * step
    return chars


def ocr_pdf_pages(data: bytes, pages: list[int], progress=None) -> dict:
    """OCR the given pages (1-based) of a PDF: {page: [Item, …]} as ``read_pdf.page_items`` gives them."""
    import pypdfium2 as pdfium

    from .pdf_layout import items_from

    engine = _engine()
    pdf = pdfium.PdfDocument(data)
    out = {}
    try:
        for k, number in enumerate(pages, 1):
            page = pdf[number - 1]
            image = page.render(scale=SCALE).to_numpy()  # RGB, as the OCR engine takes it
            page.close()
            result, _elapsed = engine(image, use_cls=False)
            items = items_from(ruled_cells(image), box_chars(result or []), number)
            for item in items:
                if item.grid:  # a cell holding only a dash read as 一 (one): the "none" mark it is
                    item.grid = [[("—" if v == "一" else v, how) for v, how in row] for row in item.grid]
            out[number] = items
            if progress:
                progress(k, len(pages))
    finally:
        pdf.close()
    return out


def image_lines(path: str, data: bytes) -> tuple[list[str], list[int], list]:
    """The text lines of an image file (PNG, JPEG, TIFF; each frame of a TIFF a page) read by OCR.

    The image is taken as an A4-wide page (its width is 595 points) so that the PDF reader's measures apply.
    """
    from PIL import Image, ImageSequence, UnidentifiedImageError
    import io

    import numpy as np

    from agencygraph.graph.errors import UnreadableInput

    from .pdf_layout import drop_running_heads, items_from, render

    if not ocr_available():
        raise UnreadableInput(path, None, f"is an image (a scan?); reading it needs OCR: {INSTALL}")
    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.convert("RGB") for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise UnreadableInput(path, None, f"is an image that cannot be read ({type(exc).__name__}: "
                                          f"{str(exc)[:100]})") from None
    engine = _engine()
    pages, height = [], 842.0
    for number, frame in enumerate(frames, 1):
        pixels = np.asarray(frame)
        scale = frame.width / 595.0
        height = frame.height / scale
        result, _elapsed = engine(pixels, use_cls=False)
        pages.append(items_from(ruled_cells(pixels, scale), box_chars(result or [], scale), number))
    lines, where = render(drop_running_heads(pages, height))
    if not any(line.strip() for line in lines):
        raise UnreadableInput(path, None, "is an image in which OCR found no text")
    note = (1, "ocr", f"read by OCR ({len(frames)} page{'s' if len(frames) > 1 else ''} of image)", "note")
    return lines, where, [note]
