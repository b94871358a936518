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
import re
import shutil
import struct
import subprocess
import tempfile
from bisect import bisect_right
from dataclasses import dataclass
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
    """The body in order: a paragraph as a string, a table as a list of rows of cell texts (wps2md; a file whose
    text the piece table puts together from pieces, as Word's fast save and later edits leave it, by pieces)."""
    import wps2md

    pieced = _pieced_paragraphs(data)
    if pieced is not None:
        paragraphs, ends = pieced
    else:
        document = wps2md.parse(data)
        if not document.paragraphs:  # an 8-bit text or no paragraph table: the text alone, line by line
            return document.main_text.split("\n")
        paragraphs = document.paragraphs
        ends = [ch for ch in _raw_main_text(data) if ch in "\r\x07"]  # one mark per paragraph, in order
        if len(ends) != len(paragraphs):
            ends = []  # the marks do not line up: each table paragraph is taken as a cell
    out: list[str | list[list[str]]] = []
    row: list[str] = []
    cell: list[str] = []
    for k, p in enumerate(paragraphs):
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


@dataclass
class _Paragraph:
    text: str
    in_table: bool
    is_row_end: bool


def _pieced_paragraphs(data: bytes) -> tuple[list[_Paragraph], list[str]] | None:
    """The main text's paragraphs and their end marks read through the piece table (MS-DOC 2.8.35 Clx, 2.9.177
    Pcd), when its text is not one run from ``fcMin`` (more than one piece, or 8-bit text) or its FIB names the
    1Table stream beside a 0Table; else None (wps2md reads the file). Each paragraph's table flags are those of the
    PAPX run holding its end mark."""
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if not ole.exists("WordDocument"):
            return None
        wd = ole.openstream("WordDocument").read()
        if len(wd) < 0x1AA:
            return None
        name = "1Table" if struct.unpack_from("<H", wd, 0x0A)[0] & 0x0200 else "0Table"  # fWhichTblStm
        if not ole.exists(name):
            return None
        table = ole.openstream(name).read()
        stale = name == "1Table" and ole.exists("0Table")  # (wps2md reads 0Table when there is one: a stale copy)
    fc_min, ccp_text = struct.unpack_from("<I", wd, 0x18)[0], struct.unpack_from("<I", wd, 0x4C)[0]
    pieces = _pieces(wd, table)
    if not pieces or (len(pieces) == 1 and not pieces[0][3] and pieces[0][2] == fc_min and not stale):
        return None
    chars: list[str] = []
    places: list[tuple[int, int, int, bool]] = []  # (cp, cp end, fc, compressed) of each piece read
    for cp, cp_end, fc, compressed in pieces:
        if cp >= ccp_text:
            break
        cp_end = min(cp_end, ccp_text)
        size = 1 if compressed else 2
        raw = wd[fc: fc + (cp_end - cp) * size]
        chars.append(raw.decode("cp1252" if compressed else "utf-16-le", "replace"))
        places.append((cp, cp_end, fc, compressed))
    text = "".join(chars)
    runs = _papx_runs(wd, table)
    starts, piece_starts = [r[0] for r in runs], [p[0] for p in places]
    paragraphs, ends, begin = [], [], 0
    for at, ch in enumerate(text):
        if ch not in "\r\x07":
            continue
        c, e, f, z = places[max(0, bisect_right(piece_starts, at) - 1)]
        fc = f + (at - c) * (1 if z else 2) if c <= at < e else None
        k = bisect_right(starts, fc) - 1 if fc is not None else -1
        in_table, row_end = (runs[k][2], runs[k][3]) if k >= 0 and fc < runs[k][1] else (False, False)
        paragraphs.append(_Paragraph(_clean_doc_text(text[begin:at]), in_table or row_end, row_end))
        ends.append(ch)
        begin = at + 1
    return paragraphs, ends


def _pieces(wd: bytes, table: bytes) -> list[tuple[int, int, int, bool]]:
    """(cp, cp end, fc, compressed) of each text piece, from the Clx's PlcPcd."""
    fc_clx, lcb_clx = struct.unpack_from("<II", wd, 0x1A2)
    clx = table[fc_clx: fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 1:  # Prc: a grpprl the pieces may point to
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at + 5 > len(clx) or clx[at] != 2:
        return []
    lcb = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5: at + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0:
        return []
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for k in range(n):
        fc_compressed = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        compressed = bool(fc_compressed & 0x40000000)
        fc = fc_compressed & 0x3FFFFFFF
        out.append((cps[k], cps[k + 1], fc // 2 if compressed else fc, compressed))
    return out


def _papx_runs(wd: bytes, table: bytes) -> list[tuple[int, int, bool, bool]]:
    """(fc, fc end, in a table, a row's end) of each paragraph run in the PAPX FKPs, sorted by fc."""
    fc_plcf, lcb_plcf = struct.unpack_from("<II", wd, 0x102)
    plcf = table[fc_plcf: fc_plcf + lcb_plcf]
    n = (len(plcf) - 4) // 8
    runs = []
    for pn in struct.unpack_from(f"<{n}I", plcf, (n + 1) * 4) if n > 0 else ():
        fkp = wd[pn * 512: (pn + 1) * 512]
        if len(fkp) < 512:
            continue
        count = fkp[511]
        rgfc = struct.unpack_from(f"<{count + 1}I", fkp, 0)
        for i in range(count):
            in_table = row_end = False
            offset = fkp[(count + 1) * 4 + i * 13] * 2
            if offset:
                cb = fkp[offset]
                size, grpprl = (cb * 2 - 3, offset + 3) if cb else (fkp[offset + 1] * 2 - 4, offset + 4)
                for op, value in _sprms(fkp[grpprl: grpprl + max(size, 0)]):
                    if op == 0x2416 and value[:1] not in (b"", b"\x00"):  # sprmPFInTable
                        in_table = True
                    elif op == 0x2417 and value[:1] not in (b"", b"\x00"):  # sprmPFTtp: a row's end mark
                        row_end = True
            runs.append((rgfc[i], rgfc[i + 1], in_table, row_end))
    return sorted(runs)


def _sprms(grpprl: bytes):
    """(opcode, operand) of each Sprm in a grpprl (MS-DOC 2.2.5.1: the operand's size is in the opcode's spra)."""
    at = 0
    while at + 2 <= len(grpprl):
        op = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        spra = op >> 13
        size = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}.get(spra)
        if size is None:  # spra 6: a length byte first
            if at >= len(grpprl):
                break
            size = grpprl[at] + 1
        if at + size > len(grpprl):
            break
        yield op, grpprl[at: at + size]
        at += size


_FIELD = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15")  # a field: its code, then its result


def _clean_doc_text(text: str) -> str:
    """A paragraph's text without field codes (their results kept) and control marks."""
    while (cleaned := _FIELD.sub(lambda m: m.group(1) or "", text)) != text:
        text = cleaned  # (fields nest: the inner ones first)
    text = text.replace("\x0b", " ").replace("\xa0", " ")
    return re.sub(r"[ \t]+", " ", re.sub(r"[\x00-\x08\x0c-\x1f\x7f]", "", text)).strip()


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
