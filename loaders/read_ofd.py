"""Read OFD (GB/T 33190, the national format for electronic official documents): a zip of XML pages.

``OFD.xml`` names each document's ``Document.xml``, which lists its pages (``Pages/Page_N/Content.xml``)
and the default page size (``PhysicalBox``, in millimetres). A page's ``TextObject`` s carry text runs
(``TextCode`` with ``X``, ``Y`` (the baseline) and ``DeltaX`` advances, ``g N V`` meaning N times V),
positioned by the object's ``Boundary``; its ``PathObject`` s carry the ruling lines of tables
(``AbbreviatedData``: ``M x y L x y … C``). Characters and line segments are handed on in PDF points, so
the PDF reader's steps apply as they are: paragraphs rejoined, running heads dropped, tables built from
their lines (``pdf_tables.merge_slots``) and stitched over pages.

A zip bomb is refused before anything is unpacked: more than 256 MiB uncompressed, or a member that
claims to expand more than 1,000-fold.

Examples
--------
>>> deltas("1 g 3 4.5 2", 6)
[1.0, 4.5, 4.5, 4.5, 2.0]
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass

from agencygraph.graph.errors import UnreadableInput

__all__ = ["ofd_lines", "deltas", "segments_tables", "MAX_UNZIPPED"]

MAX_UNZIPPED = 256 << 20
_MAX_RATIO = 1000
_MM = 72 / 25.4  # millimetres to PDF points
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


def deltas(text: str, count: int) -> list[float]:
    """The advances of a ``DeltaX`` attribute for a run of ``count`` characters (``count - 1`` advances)."""
    out: list[float] = []
    tokens = (text or "").split()
    i = 0
    while i < len(tokens) and len(out) < count - 1:
        if tokens[i] == "g" and i + 2 < len(tokens):
            out.extend([float(tokens[i + 2])] * int(float(tokens[i + 1])))
            i += 3
        else:
            out.append(float(tokens[i]))
            i += 1
    return out[: count - 1]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element, name: str):
    return [c for c in element.iter() if _local(c.tag) == name]


def _box(text: str | None) -> tuple[float, float, float, float]:
    values = [float(v) for v in _NUMBER.findall(text or "")] + [0.0] * 4
    return values[0], values[1], values[2], values[3]


@dataclass
class _Table:
    bbox: tuple[float, float, float, float]
    cells: list[tuple]


def segments_tables(horizontal, vertical, tolerance: float = 1.0) -> list[_Table]:
    """Tables from line segments (points): ``horizontal`` as (y, x0, x1), ``vertical`` as (x, y0, y1)."""
    from .pdf_tables import _edges, merge_slots

    segments = [("h", s) for s in horizontal] + [("v", s) for s in vertical]
    parent = list(range(len(segments)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, (k, _s) in enumerate(segments) if k == "h"]
    vs = [i for i, (k, _s) in enumerate(segments) if k == "v"]
    for i in hs:
        y, x0, x1 = segments[i][1]
        for j in vs:
            x, y0, y1 = segments[j][1]
            if x0 - tolerance <= x <= x1 + tolerance and y0 - tolerance <= y <= y1 + tolerance:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(segments)):
        groups.setdefault(find(i), []).append(i)
    tables = []
    for members in groups.values():
        h = [segments[i][1] for i in members if segments[i][0] == "h"]
        v = [segments[i][1] for i in members if segments[i][0] == "v"]
        if len(h) < 2 or len(v) < 3:
            continue
        xs, ys = _edges([s[0] for s in v], tolerance), _edges([s[0] for s in h], tolerance)

        def covered(lines, at, lo, hi):
            mid_lo, mid_hi = lo + (hi - lo) * 0.2, hi - (hi - lo) * 0.2
            return any(abs(p - at) <= tolerance and a <= mid_lo + tolerance and b >= mid_hi - tolerance
                       for p, a, b in lines)

        cells = merge_slots(xs, ys, lambda c, r: covered(v, xs[c], ys[r], ys[r + 1]),
                            lambda r, c: covered(h, ys[r], xs[c], xs[c + 1]))
        tables.append(_Table((xs[0], ys[0], xs[-1], ys[-1]), cells))
    return tables


def _page_objects(root, origin=(0.0, 0.0)):
    """Characters and line segments of a page's content (points, top-left origin)."""
    chars, horizontal, vertical = [], [], []
    for obj in _children(root, "TextObject"):
        bx, by, _bw, _bh = _box(obj.get("Boundary"))
        size = float(obj.get("Size") or 3.5)
        for code in _children(obj, "TextCode"):
            text = code.text or ""
            if not text:
                continue
            x = bx + float(code.get("X") or 0)
            base = by + float(code.get("Y") or 0)
            advances = deltas(code.get("DeltaX") or "", len(text))
            for k, ch in enumerate(text):
                width = advances[k] if k < len(advances) else size
                chars.append({"text": ch, "x0": x * _MM, "x1": (x + min(width, size)) * _MM,
                              "top": (base - size * 0.88) * _MM, "bottom": (base + size * 0.12) * _MM,
                              "size": size * _MM})
                x += width
    for obj in _children(root, "PathObject"):
        bx, by, _bw, _bh = _box(obj.get("Boundary"))
        data = next((c.text for c in _children(obj, "AbbreviatedData")), "") or ""
        point = start = None
        tokens = data.split()
        i = 0
        while i < len(tokens):
            op = tokens[i]
            if op in ("M", "L") and i + 2 < len(tokens):
                nxt = (bx + float(tokens[i + 1]), by + float(tokens[i + 2]))
                if op == "L" and point is not None:
                    _segment(point, nxt, horizontal, vertical)
                else:
                    start = nxt
                point = nxt
                i += 3
            elif op in ("C", "Z"):
                if point is not None and start is not None:
                    _segment(point, start, horizontal, vertical)
                point = start
                i += 1
            else:
                i += 1
    return chars, horizontal, vertical


def _segment(a, b, horizontal, vertical) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) < 0.2 and abs(x1 - x0) > 1:
        horizontal.append((y0 * _MM, min(x0, x1) * _MM, max(x0, x1) * _MM))
    elif abs(x0 - x1) < 0.2 and abs(y1 - y0) > 1:
        vertical.append((x0 * _MM, min(y0, y1) * _MM, max(y0, y1) * _MM))


def _open(path: str, data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UnreadableInput(path, None, f"is not a readable OFD file ({exc})") from None
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED or any(i.file_size > 10 << 20 and i.file_size > _MAX_RATIO * max(1, i.compress_size)
                                   for i in infos):
        raise UnreadableInput(path, None, f"is an OFD file that unpacks to {total / (1 << 20):.0f} MiB "
                                          "(a zip bomb?); refused")
    return archive


def ofd_pages(path: str, data: bytes) -> tuple[list[list], float]:
    """Per page, the PDF reader's items; and the page height in points."""
    from xml.etree import ElementTree

    from .pdf_layout import items_from

    archive = _open(path, data)
    names = set(archive.namelist())

    def xml(name: str):
        name = name.lstrip("/")
        if name not in names:
            raise UnreadableInput(path, None, f"is an OFD file without its part {name}")
        try:
            return ElementTree.fromstring(archive.read(name))
        except ElementTree.ParseError as exc:
            raise UnreadableInput(path, None, f"is an OFD file whose {name} is not XML ({exc})") from None

    if "OFD.xml" not in names:
        raise UnreadableInput(path, None, "is a zip file without OFD.xml: not an OFD document")
    pages, height = [], 842.0
    for doc_root in _children(xml("OFD.xml"), "DocRoot"):
        doc_name = (doc_root.text or "").strip().lstrip("/")
        document = xml(doc_name)
        base = posixpath.dirname(doc_name)
        box = next((c.text for c in _children(document, "PhysicalBox")), None)
        if box:
            height = _box(box)[3] * _MM
        for page in _children(document, "Page"):
            location = (page.get("BaseLoc") or "").strip()
            name = location.lstrip("/") if location.startswith("/") else posixpath.join(base, location)
            chars, horizontal, vertical = _page_objects(xml(posixpath.normpath(name)))
            pages.append(items_from(segments_tables(horizontal, vertical), chars, len(pages) + 1))
    if not pages:
        raise UnreadableInput(path, None, "is an OFD file with no pages")
    return pages, height


def ofd_lines(path: str, data: bytes) -> tuple[list[str], list[int], list]:
    """The text lines of an OFD file and the page of each (as ``read_pdf.pdf_lines``)."""
    from .pdf_layout import drop_running_heads, render

    pages, height = ofd_pages(path, data)
    lines, where = render(drop_running_heads(pages, height))
    if not any(line.strip() for line in lines):
        raise UnreadableInput(path, None, "is an OFD file that holds no text (a scan? OFD images are not read)")
    return lines, where, []
