"""Read Word 97-2003 (.doc) and Kingsoft WPS Writer (.wps) files: OLE2 binaries, told apart by content.

Both keep their text in a ``WordDocument`` stream (MS-DOC): wps2md (MIT, pure Python on olefile) reads its
paragraphs with their table flags; the raw text's marks then say where each cell ends (``\\x07``) and
each paragraph inside a cell (``\\r``), so a cell of several paragraphs stays one cell. When wps2md cannot
read a file (a layout it does not know) and LibreOffice is installed, ``soffice --headless`` converts it
to .docx within a time limit; LibreOffice is never required.

A Microsoft Works ``.wps`` is another format altogether (streams ``CONTENTS`` / ``MatOST``): it is refused
with what to do, and so are slides. An OLE2 file holding a spreadsheet (.xls, or a WPS .et) is told apart by
``ole_kind`` and read as a spreadsheet (``loaders/containers.py``).

Examples
--------
>>> ole_kind(b"not an OLE file")
'doc'
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

from agencygraph.graph.errors import UnreadableInput

__all__ = ["ole_kind", "doc_text", "doc_rows", "LIBREOFFICE_TIMEOUT"]

#: Seconds LibreOffice may take to convert one file before it is stopped.
LIBREOFFICE_TIMEOUT = 120


def ole_kind(data: bytes, damaged: str = "doc") -> str:
    """The container an OLE2 file is for the loader: "xls" when it holds a workbook stream, else "doc"
    (``doc_text`` tells a Works file or slides apart and refuses them by name); ``damaged`` when its directory
    cannot be read (the kind its name gives, whose reader names the damage)."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except Exception:  # noqa: BLE001 - a damaged file: its reader names the damage
        return damaged
    return "xls" if ("Workbook" in streams or "Book" in streams) and "WordDocument" not in streams else "doc"


def _streams(path: str, data: bytes) -> set[str]:
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except Exception as exc:  # noqa: BLE001 - olefile raises OSError and others on a damaged file
        raise UnreadableInput(path, None, f"is a damaged Word/WPS (OLE2) file ({type(exc).__name__}: "
                                          f"{str(exc)[:100]})") from None


def _refuse_other_ole(path: str, streams: set[str]) -> None:
    if "WordDocument" in streams:
        return
    if "CONTENTS" in streams or any(s.startswith("MatOST") for s in streams):
        raise UnreadableInput(path, None, "is a Microsoft Works document, not a Kingsoft WPS or Word file; "
                                          "open it in LibreOffice and save it as .docx")
    if "PowerPoint Document" in streams:
        raise UnreadableInput(path, None, "is a PowerPoint 97-2003 file, not a document")
    raise UnreadableInput(path, None, "is an OLE2 file without a Word document stream (not .doc or .wps)")


def doc_rows(data: bytes) -> list[str | list[list[str]]]:
    """The body in order: a paragraph as a string, a table as a list of rows of cell texts (wps2md)."""
    import wps2md

    document = wps2md.parse(data)
    if not document.paragraphs:  # an 8-bit text or no paragraph table: the text alone, line by line
        return document.main_text.split("\n")
    ends = [ch for ch in _raw_main_text(data) if ch in "\r\x07"]  # one mark per paragraph, in order
    if len(ends) != len(document.paragraphs):
        ends = []  # the marks do not line up: each table paragraph is taken as a cell
    out: list[str | list[list[str]]] = []
    row: list[str] = []
    cell: list[str] = []
    for k, p in enumerate(document.paragraphs):
        mark = ends[k] if ends else ""
        if p.is_row_end or not p.in_table and mark == "\x07":  # the row's end mark (flag not always read)
            _end_row(out, row, cell)
            row, cell = [], []
            continue
        if not p.in_table:
            if row or cell:
                _end_row(out, row, cell)
                row, cell = [], []
            out.append(p.text)
            continue
        if not out or not isinstance(out[-1], list):
            out.append([])
        cell.append(p.text)
        if mark != "\r":  # the cell ends here (without marks: one paragraph a cell)
            row.append(_join_paragraphs(cell))
            cell = []
    if row or cell:
        _end_row(out, row, cell)
    return out


def _end_row(out, row: list[str], cell: list[str]) -> None:
    if cell:
        row.append(_join_paragraphs(cell))
    if not out or not isinstance(out[-1], list):
        out.append([])
    if row:
        out[-1].append(row)


def _join_paragraphs(paragraphs: list[str]) -> str:
    from .rows import _cell

    pieces = [p.strip() for p in paragraphs if p.strip()]
    short = all(len(p) <= 25 and not p.endswith(("。", ";", "；")) for p in pieces)
    return _cell(("、" if short and len(pieces) > 1 else "").join(pieces))


def _raw_main_text(data: bytes) -> str:
    """The main text of the WordDocument stream with its paragraph and cell marks (as wps2md locates it)."""
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        wd = ole.openstream("WordDocument").read()
    fc_min, fc_mac = struct.unpack_from("<I", wd, 0x18)[0], struct.unpack_from("<I", wd, 0x1C)[0]
    ccp_text = struct.unpack_from("<I", wd, 0x4C)[0]
    if fc_mac - fc_min < ccp_text * 2:
        return ""
    return wd[fc_min:fc_min + ccp_text * 2].decode("utf-16-le", "replace")


def _render(blocks) -> str:
    from .rows import _cell

    lines: list[str] = []
    for block in blocks:
        if isinstance(block, list):
            # every row as wide as the widest: a blank cell at a row's end is a cell (a merged one, in a
            # .doc: the binary keeps vertical merges in row properties this reader does not read)
            width = max((len(row) for row in block), default=0)
            lines.extend("\t".join(_cell(c) for c in row + [""] * (width - len(row))) for row in block)
            lines.append("")
        else:
            lines.append(block.replace("\n", " "))
    return "\n".join(lines)


def _with_libreoffice(path: str, data: bytes, why: str) -> str:
    """Convert with LibreOffice headless to .docx and read that; UnreadableInput when it is missing or fails."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise UnreadableInput(path, None, f"is a Word/WPS file the built-in reader cannot read ({why}); "
                                          "install LibreOffice to convert it, or save it as .docx")
    from .read_docx import docx_text

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / ("in" + (Path(path).suffix.lower() or ".doc"))
        src.write_bytes(data)
        try:
            subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                            "docx:MS Word 2007 XML", "--outdir", tmp, str(src)], check=True, capture_output=True,
                           timeout=LIBREOFFICE_TIMEOUT)
            return docx_text((Path(tmp) / "in.docx").read_bytes())
        except subprocess.TimeoutExpired:
            raise UnreadableInput(path, None, f"could not be converted by LibreOffice within "
                                              f"{LIBREOFFICE_TIMEOUT} s ({why})") from None
        except (subprocess.CalledProcessError, FileNotFoundError):
            raise UnreadableInput(path, None, f"could not be read ({why}) nor converted by LibreOffice") from None


def doc_text(path: str, data: bytes) -> str:
    """The text of a .doc / .wps file: paragraphs as lines, tables as tab-separated rows."""
    import wps2md

    if data.lstrip()[:5] == b"{\\rtf":  # an RTF file under a Word name (sites serve them as .doc): LibreOffice reads it
        return _with_libreoffice(path, data, "an RTF document, not a Word 97-2003 file")
    _refuse_other_ole(path, _streams(path, data))
    try:
        return _render(doc_rows(data))
    except wps2md.WpsParseError as exc:
        if "encrypt" in str(exc).lower():
            raise UnreadableInput(path, None, "is an encrypted (password-protected) Word/WPS file; save an "
                                              "unprotected copy first") from None
        return _with_libreoffice(path, data, str(exc))
    except (struct.error, IndexError, ValueError) as exc:  # a layout wps2md does not expect
        return _with_libreoffice(path, data, f"{type(exc).__name__}: {str(exc)[:80]}")
