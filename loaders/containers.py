"""Documents in containers (Word .docx/.doc/.wps, spreadsheets .xlsx/.csv, JSON, web pages .html, PDF) as text lines.

Every container becomes the same kind of text the genre parsers already read: one line per paragraph,
one line per table row with its cells joined by tabs. A merged cell is handled where the container
says so: a cell spanning rows (rowspan, vertical merge, an xlsx merged range) repeats its value in every
row it spans, except a bare serial number (a merged 序号 cell leaves the sub-rows un-numbered, which the
table parser reads as parts of one task); a cell spanning columns keeps its value in its first column.

PDF (``loaders/read_pdf.py``), .doc and .wps (``loaders/read_doc.py``), OFD (``loaders/read_ofd.py``),
images of scanned pages (OCR, ``loaders/read_ocr.py``) and JSON exports (``loaders/read_json.py``) each have their own
module; they hand on the same lines, a PDF's and an OFD's with the page of each.

Line numbers in the load report are lines of this rendering (a spreadsheet starts each sheet with a
line ``【工作表 NAME】``, so row R of the first sheet is line R + 1).

Examples
--------
>>> html_text("<p>标题</p><table><tr><td rowspan=2>1</td><td>甲</td></tr><tr><td>乙</td></tr></table>")
'标题\\n1\\t甲\\n\\t乙\\n'
>>> csv_text("序号,任务\\n1,做事".encode())
'序号\\t任务\\n1\\t做事'
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from html.parser import HTMLParser

from agencygraph.graph.errors import UnreadableInput

from .read_docx import docx_text
from .read_json import json_error, json_text, looks_like_json
from .rows import _SERIAL, _cell, _fill_spans, cell_lines, rows_text

__all__ = ["CONTAINER_SUFFIXES", "container_kind", "render_container", "render_pages", "html_text", "csv_text",
           "rows_text"]

CONTAINER_SUFFIXES = {".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".html": "html",
                      ".htm": "html", ".pdf": "pdf", ".doc": "doc", ".wps": "doc",
                      ".rtf": "doc", ".xls": "xls", ".et": "xls", ".ofd": "ofd", ".png": "image", ".jpg": "image",
                      ".jpeg": "image", ".tif": "image", ".tiff": "image", ".json": "json", ".jsonl": "json"}
# A .docx or .xlsx whose parts unpack to more than this is refused before anything is unpacked. The largest real
# one we have unpacks to 0.9 MB; python-docx holds a document as an lxml tree of about 18x its XML (a 100 MB
# document.xml: 1.9 GB and 51 s), so 32 MiB bounds a load near 0.6 GB and 20 s. A spreadsheet is streamed
# (openpyxl read-only): a 100,000-row list unpacks to 69 MiB and loads in 15 s at 0.4 GB, so it may unpack to 256 MiB.
_MAX_UNZIPPED = {"docx": 32 << 20, "xlsx": 256 << 20}
_MERGE_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s+ref\s*=\s*[\"']([A-Za-z$]+[$\d]+(?::[A-Za-z$]+[$\d]+)?)[\"']")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
# The first bytes each office format starts with; a file named for one but starting otherwise is sniffed.
_OFFICE = {"doc": _OLE2, "xls": _OLE2, "docx": _ZIP, "xlsx": _ZIP}
# (after any comments: a CMS's fragment opens with one, "<!-- wp:paragraph -->", "<!--startprint-->")
_HTML_START = re.compile(r"^\s*(?:<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html|<table|<body|<head|<meta|<div|<p[ >])", re.I)


def container_kind(path: str, data: bytes) -> str | None:
    """The container a file is (docx, xlsx, csv, json, html, pdf, doc, ofd, image) from its name and first bytes;
    None for plain text."""
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
    kind = CONTAINER_SUFFIXES.get(suffix)
    if kind and not (kind in _OFFICE and data[:8] != _OFFICE[kind]):
        return kind if kind not in ("doc", "xls") else _ole_kind(data, kind)
    if kind:  # an office name on other content (a CMS's "xls" that is a web page or tab-separated text, a .doc
        # that is a .docx or a PDF, a .xls saved under .doc): the content decides; damaged bytes keep the name's
        # kind, whose reader names the damage
        sniffed = _sniff(data)
        if sniffed is None and kind == "xls" and b"\x00" not in data[:4096]:
            return "csv"
        return sniffed or kind
    return _sniff(data)


def _sniff(data: bytes) -> str | None:
    """The container the first bytes say a file is; None for anything else (plain text)."""
    if b"%PDF-" in data[:1024]:  # the header may follow some junk bytes
        return "pdf"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):  # a scan as an image: OCR
        return "image"
    if data.startswith(_OLE2):  # OLE2: Word 97-2003, WPS Writer or Excel 97-2003, by content
        return _ole_kind(data)
    if data.startswith(_ZIP):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):  # ("zip file version 6.4": damaged)
            return None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "OFD.xml" in names:
            return "ofd"
        return None
    head = data[:512].decode("utf-8", "ignore").lstrip("\ufeff")
    if _HTML_START.match(head) or _json_escaped_markup(data[:1 << 16].decode("utf-8", "ignore")):
        return "html"
    if looks_like_json(head) and json_text(data, "utf-8") is not None:  # a JSON export saved as .txt: its records or
        return "json"  # strings (parsed once: read_json.json_text keeps the last reading)
    return None


# a page's markup escaped inside a JSON string, as an app or a crawler stores a document's body and a user copies it
# out: "\"policyContent\":\"<p align=\\\"justify\\\">一、总体原则<\\/p><p …>人才公寓是指…<\\/p>" (临港管委会 人才公寓
# 管理暂行办法 in an app's source, b516): a web page once its string escapes are read
_ESCAPED_CLOSE = re.compile(r"<\\/(?:p|div|span|td|tr|li|table|h\d|strong|b|font)>", re.I)
_PLAIN_CLOSE = re.compile(r"</(?:p|div|span|td|tr|li|table|h\d|strong|b|font)>", re.I)
_JSON_ESCAPE = re.compile(r'\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])')


def _json_escaped_markup(text: str) -> bool:
    """Does the text hold a web page's markup escaped as a JSON string (two or more closing tags "<\\/p>" and no
    more plain ones)?"""
    escaped = len(_ESCAPED_CLOSE.findall(text))
    return escaped >= 2 and escaped >= len(_PLAIN_CLOSE.findall(text))


def _json_unescaped(text: str) -> str:
    """The text with its JSON string escapes read: \\" -> ", \\/ -> /, \\u201c -> “, \\n -> a line break."""
    simple = {'"': '"', "\\": "\\", "/": "/", "b": "", "f": "", "n": "\n", "r": "\n", "t": "\t"}

    def read(m: re.Match) -> str:
        code = m.group(0)[1:]
        if code[0] == "u":
            char = chr(int(code[1:], 16))
            return "" if 0xD800 <= ord(char) <= 0xDFFF else char  # (half of a pair: an emoji, dropped)
        return simple[code]

    return _JSON_ESCAPE.sub(read, text)


# -- Word ---------------------------------------------------------------------------------------


# -- spreadsheets -------------------------------------------------------------------------------
def _ole_kind(data: bytes, damaged: str = "doc") -> str:
    from .read_doc import ole_kind

    return ole_kind(data, damaged)


def _merged_ranges(archive: zipfile.ZipFile, sheet_path: str) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col) of every merged range, found in the sheet's XML as it streams.

    A ``<mergeCell ref="A1:B2"/>`` element has no other form (cell text is escaped, so it cannot look like
    one): a byte scan finds them without parsing every cell of a 100,000-row sheet a second time.
    """
    from openpyxl.utils.cell import range_boundaries

    ranges = []
    tail = b""
    with archive.open(sheet_path.lstrip("/")) as fh:
        while chunk := fh.read(1 << 20):
            block = tail + chunk
            end = 0
            for m in _MERGE_CELL.finditer(block):
                min_col, min_row, max_col, max_row = range_boundaries(m[1].decode("ascii"))
                ranges.append((min_row, min_col, max_row, max_col))
                end = m.end()
            tail = block[max(end, len(block) - 256):]  # an element cut by the chunk boundary is read next time
    return ranges


def _sheet_rows(rows, merges):
    """Rows of cell values with merged ranges filled the way the module docstring says."""
    down: dict[tuple[int, int], tuple[int, int]] = {}
    right: set[tuple[int, int]] = set()
    for min_row, min_col, max_row, max_col in merges:
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                if c > min_col:
                    right.add((r, c))
                elif r > min_row:
                    down[(r, c)] = (min_row, min_col)
    anchors = {v for v in down.values()}
    kept: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row, 1):
            text = _cell(value)
            if (r, c) in anchors:
                kept[(r, c)] = "" if _SERIAL.match(text) else text
            if (r, c) in down:
                text = kept.get(down[(r, c)], "")
            elif (r, c) in right:
                text = ""
            cells.append(text)
        yield cells


def xlsx_text(data: bytes) -> str:
    """Every sheet of a workbook, rows as tab-separated lines, streamed (read-only) for bounded memory."""
    import openpyxl

    archive = zipfile.ZipFile(io.BytesIO(data))
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    parts = []
    try:
        for ws in workbook.worksheets:
            path = getattr(ws, "_worksheet_path", None)
            merges = _merged_ranges(archive, path) if path else []
            parts.append(f"【工作表 {ws.title}】")
            parts.append(rows_text(_sheet_rows(ws.iter_rows(values_only=True), merges)))
            parts.append("")
    finally:
        workbook.close()
    return "\n".join(parts)


def xls_text(data: bytes) -> str:
    """Every sheet of an Excel 97-2003 workbook (.xls; a WPS spreadsheet .et is the same format) as ``xlsx_text``
    gives one: dates as dates, merged ranges filled, one header line per sheet."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except NotImplementedError:  # a workbook whose formatting records xlrd cannot read: its cells, merges unknown
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    parts = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            merges = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sheet.merged_cells]

            def values(sheet=sheet):
                for r in range(sheet.nrows):
                    yield [xlrd.xldate_as_datetime(c.value, book.datemode) if c.ctype == xlrd.XL_CELL_DATE else
                           c.value for c in sheet.row(r)]

            parts.append(f"【工作表 {sheet.name}】")
            parts.append(rows_text(_sheet_rows(values(), merges)))
            parts.append("")
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return "\n".join(parts)


def csv_text(data: bytes, encoding: str | None = None) -> str:
    """A CSV file (comma, tab, semicolon or pipe separated; UTF-8 or GB18030) as tab-separated lines."""
    from .encoding import decode_bytes

    text = data.decode(encoding) if encoding else decode_bytes("<csv>", data)[0]
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel
    return rows_text(csv.reader(io.StringIO(text, newline=""), dialect))


# -- web pages ----------------------------------------------------------------------------------
# A cell of this many paragraphs and characters, in a table with fewer rows above it, holds the article: the table
# frames the page (a column of links beside it), it is no table of tasks.
_ARTICLE_PARAGRAPHS, _ARTICLE_CHARS, _LAYOUT_ROWS = 5, 300, 3


class _HTMLTables(HTMLParser):
    """Text of a web page: block elements as lines, tables as rows with rowspan/colspan resolved.

    A table that holds another table in a cell lays the page out (a column of links beside the article): its
    cells are blocks, their paragraphs lines, and the tables inside are read as tables. So is a table of one
    cell (a frame around the article).
    """

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title",
              "table", "ul", "ol", "dd", "dt", "blockquote", "pre"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.tables: list[dict] = []  # stack: {"grid": [...], "row": [...], "cell": [...] | None, "pending": {},
        #                                        "layout": bool}

    # text outside tables
    def _flush(self):
        text = re.sub(r"[ \t\r\n\u00a0]+", " ", "".join(self.current)).strip()
        if text:
            self.lines.append(text)
        self.current = []

    def _to_layout(self, table):
        """The table lays the page out: the rows read so far and the open cell become lines."""
        self._end_row(table)
        for row in _fill_spans(table["grid"]):
            self.lines.extend(cell for cell in row if cell.strip())
        table.update(grid=[], row=None, cell=None, pending={}, layout=True)

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
            return
        attrs = dict(attrs)
        top = self.tables[-1] if self.tables else None
        if tag == "table":
            if top is not None and not top["layout"] and top["cell"] is not None:
                self._to_layout(top)  # a table inside a cell: the outer one lays the page out
            self._flush()
            self.tables.append({"grid": [], "row": None, "cell": None, "pending": {}, "layout": False})
        elif top is not None and top["layout"]:
            if tag in self.BLOCKS or tag in ("td", "th"):
                self._flush()
        elif top is not None:
            if tag == "tr":
                self._end_row(top)
                top["row"] = []
            elif tag in ("td", "th"):
                if top["row"] is None:
                    top["row"] = []
                self._end_cell(top)
                top["cell"] = []
                top["span"] = (_span(attrs.get("rowspan")), _span(attrs.get("colspan")))
            elif tag in ("br", "p", "div", "li") and top["cell"] is not None:
                top["cell"].append("\n")
        elif tag in self.BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
            return
        top = self.tables[-1] if self.tables else None
        if tag == "table" and top is not None:
            self.tables.pop()
            if top["layout"]:
                self._flush()
                return
            self._end_row(top)
            grid = top["grid"]
            if len(grid) == 1 and len([c for c, how in grid[0] if how == ""]) == 1 and top.get("one_cell"):
                self.lines.extend(top["one_cell"])  # a frame of one cell: its paragraphs are lines
            else:
                self.lines.append(rows_text(_fill_spans(grid)))
            self.lines.append("")
        elif top is not None and top["layout"]:
            if tag in self.BLOCKS or tag in ("td", "th"):
                self._flush()
        elif top is not None:
            if tag in ("td", "th"):
                self._end_cell(top)
            elif tag == "tr":
                self._end_row(top)
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self.skip:
            return
        top = self.tables[-1] if self.tables else None
        if top is not None and not top["layout"]:
            if top["cell"] is not None:
                # a line break of the page's source is a space, as a browser shows it (an editor wrapped the
                # line at a space: "任务\n内容"); only <br>, <p>… break a cell's text into lines
                top["cell"].append(data.replace("\r", " ").replace("\n", " "))
        else:
            self.current.append(data)

    def _end_cell(self, table):
        if table["cell"] is None:
            return
        pieces = [p.strip() for p in re.split(r"\n", "".join(table["cell"]))]
        pieces = [re.sub(r"[ \t\r\u00a0]+", " ", p) for p in pieces if p.strip()]
        table["one_cell"] = pieces
        if len(pieces) >= _ARTICLE_PARAGRAPHS and sum(map(len, pieces)) >= _ARTICLE_CHARS and \
                len(table["grid"]) < _LAYOUT_ROWS:  # an article in a cell of a table of a few rows: the page's frame
            row, table["cell"], table["row"] = table["row"] or [], None, None
            self._to_layout(table)
            self.lines.extend(text for text, _how in row if text.strip())
            self.lines.extend(pieces)
            return
        text = cell_lines(pieces)
        rowspan, colspan = table.get("span", (1, 1))
        row = table["row"]
        r = len(table["grid"])
        self._place_pending(table, row, r)
        row.append((text, ""))
        for _ in range(colspan - 1):
            row.append(("", "right"))
        for k in range(1, rowspan):
            for j in range(colspan):
                table["pending"][(r + k, len(row) - colspan + j)] = "down" if j == 0 else "right"
        table["cell"] = None

    def _place_pending(self, table, row, r):
        while (r, len(row)) in table["pending"]:
            row.append(("", table["pending"].pop((r, len(row)))))

    def _end_row(self, table):
        self._end_cell(table)
        if table["row"] is None:
            return
        r = len(table["grid"])
        self._place_pending(table, table["row"], r)
        table["grid"].append(table["row"])
        table["row"] = None

    def text(self) -> str:
        self._flush()
        while self.tables:
            self.handle_endtag("table")
        return "\n".join(self.lines)


def _span(value) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def html_text(html: str) -> str:
    """A web page's text: paragraphs as lines, tables as tab-separated rows (merged cells handled)."""
    if _json_escaped_markup(html):
        html = _json_unescaped(html)
    parser = _HTMLTables()
    parser.feed(html)
    parser.close()
    return parser.text()


# -- dispatch -----------------------------------------------------------------------------------
_NAMES = {"docx": "a Word document (.docx)", "xlsx": "a spreadsheet (.xlsx)", "csv": "a CSV file",
          "json": "a JSON file", "html": "a web page (HTML)", "pdf": "a PDF", "doc": "a Word 97-2003 or WPS document (.doc/.wps)",
          "xls": "an Excel 97-2003 or WPS spreadsheet (.xls/.et)",
          "ofd": "an OFD document", "image": "an image"}


def render_pages(path: str, data: bytes, kind: str, progress=None) -> tuple[str, list[int] | None, list]:
    """The text of a container, the page of each line (paginated files, else None) and the reader's notes."""
    if kind == "pdf":
        from .read_pdf import pdf_lines

        lines, pages, notes = pdf_lines(path, data, progress)
        return "\n".join(lines), pages, notes
    if kind == "image":
        from .read_ocr import image_lines

        lines, pages, notes = image_lines(path, data)
        return "\n".join(lines), pages, notes
    if kind == "ofd":
        from .read_ofd import ofd_lines

        lines, pages, notes = ofd_lines(path, data)
        return "\n".join(lines), pages, notes
    return render_container(path, data, kind), None, []


def render_container(path: str, data: bytes, kind: str) -> str:
    """The text of a container; UnreadableInput (naming the file) when the container is damaged."""
    from .encoding import decode_bytes

    if kind in ("docx", "xlsx"):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
            if sum(i.file_size for i in infos) > _MAX_UNZIPPED[kind]:
                raise UnreadableInput(path, None, f"is {_NAMES[kind]} that unpacks to "
                                                  f"{sum(i.file_size for i in infos) / (1 << 20):,.0f} MiB, more than "
                                                  f"the {_MAX_UNZIPPED[kind] >> 20} MiB it may unpack to (a zip "
                                                  f"bomb?); refused. Save a genuine one as .txt or split it")
            bomb = next((i for i in infos if i.file_size > 10 << 20 and i.file_size > 1000 * max(1, i.compress_size)),
                        None)
            if bomb is not None:  # no real part compresses 1000-fold: a zip bomb, refused before it is unpacked
                raise UnreadableInput(path, None, f"is {_NAMES[kind]} whose part {bomb.filename} claims to expand "
                                                  f"{bomb.file_size // max(1, bomb.compress_size)}-fold (a zip bomb?); "
                                                  "refused")
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise UnreadableInput(path, None, f"cannot be read as {_NAMES[kind]} ({exc})") from None
    if kind in ("pdf", "ofd", "image"):
        return render_pages(path, data, kind)[0]
    try:
        if kind == "doc":
            from .read_doc import doc_text

            return doc_text(path, data)
        if kind == "docx":
            return docx_text(data)
        if kind == "xlsx":
            return xlsx_text(data)
        if kind == "xls":
            return xls_text(data)
        if kind == "csv":
            return csv_text(data, decode_bytes(path, data)[1])
        if kind == "json":
            encoding = decode_bytes(path, data)[1]
            text = json_text(data, encoding)
            if text is None:
                line, why = json_error(data, encoding)
                raise UnreadableInput(path, line, f"is not valid JSON ({why})")
            return text
        return html_text(decode_bytes(path, data)[0])
    except UnreadableInput:
        raise
    except RecursionError:
        raise UnreadableInput(path, None, f"is {_NAMES[kind]} nested too deeply to read") from None
    except Exception as exc:  # noqa: BLE001 - any failure inside a container library is this file's fault
        raise UnreadableInput(path, None, f"cannot be read as {_NAMES[kind]} ({type(exc).__name__}: "
                                          f"{str(exc)[:120]})") from None
