"""Read a document into text: encoding detection (UTF-8, UTF-8 with BOM, GB18030), line ends, sanity checks.

Word, spreadsheet, CSV, HTML and PDF files are rendered as text lines first (``loaders/containers.py``);
a PDF's lines keep the page they came from (``Source.pages``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from agencygraph.graph.errors import UnreadableInput

from .encoding import _decode, decode_bytes, utf16_without_bom

__all__ = ["Source", "read_source", "source_from_text", "decode_bytes"]

# Files whose bytes start like this are not text documents, whatever their name says.
_BINARY_MAGIC = {
    b"%PDF": "a PDF (extract its text first, e.g. `pdftotext -layout`)",
    b"PK\x03\x04": "a zip container that is neither a Word document (.docx) nor a spreadsheet (.xlsx)",
    b"\xd0\xcf\x11\xe0": "an old Office file (.doc/.xls)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
}

#: Control characters other than tab and line ends: many of them mean binary data.
_CONTROLS = [chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v"]


@dataclass
class Source:
    """A document's text split into lines (1-based line numbers match the file, or its rendering).

    ``container`` is how the text was obtained (text, docx, xlsx, csv, html, pdf, doc); ``original`` is the
    text as written when the parsers read a converted one (traditional characters converted to simplified).
    ``pages``, for a paginated file, is the page of each line; ``notes`` are what the reader itself wants the
    load report to say, as ``(line, kind, message, severity)`` (pages read by OCR, glyphs it could not map).
    """

    path: str
    text: str
    sha256: str
    encoding: str
    container: str = "text"
    original: str | None = None
    pages: list[int] | None = None
    notes: list[tuple[int, str, str, str]] = field(default_factory=list)

    def page(self, line: int) -> int | None:
        """The page a line (1-based) was printed on, for a paginated file; else None."""
        if self.pages is None or not 1 <= line <= len(self.pages):
            return None
        return self.pages[line - 1]

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def original_lines(self) -> list[str]:
        return (self.original if self.original is not None else self.text).split("\n")

    def line(self, number: int) -> str:
        return self.lines[number - 1]


def _check_text(path: str, data: bytes, text: str) -> None:
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UnreadableInput(path, None, f"is {what}, not a text document")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise UnreadableInput(path, line, "binary data (NUL byte), not a text document")
    controls = sum(map(text.count, _CONTROLS))  # str.count in C: a 50 MB text is not walked in Python
    if controls > max(8, len(text) // 100):
        raise UnreadableInput(path, None, "looks like binary data, not a text document")
    if not text.strip():
        raise UnreadableInput(path, None, "is empty")


def source_from_text(text: str, path: str = "<text>") -> Source:
    """Wrap text already in memory (tests, other tools) as a Source; HTML (by name or content) is rendered."""
    from .containers import container_kind, render_container

    data = text.encode("utf-8", "surrogatepass")
    if container_kind(path, data) in ("html", "csv", "json"):
        kind = container_kind(path, data)
        rendered = render_container(path, data, kind).replace("\r\n", "\n").replace("\r", "\n")
        _check_text(path, data, rendered)
        return Source(path=path, text=rendered, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8",
                      container=kind)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    _check_text(path, data, text)
    return Source(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8")


def _check_regular(p: Path, name: str) -> None:
    """Refuse a device, pipe or socket before opening it: /dev/zero never ends, a named pipe blocks."""
    import stat

    try:
        mode = p.stat().st_mode
    except FileNotFoundError:
        raise UnreadableInput(name, None, "no such file") from None
    except OSError as exc:
        raise UnreadableInput(name, None, f"cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise UnreadableInput(name, None, "is a directory")
    if not stat.S_ISREG(mode):
        what = ("a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
        raise UnreadableInput(name, None, f"is {what}, not a regular file; give a document file or a folder")


def read_source(path: str | Path, progress=None) -> Source:
    """Read a text document from disk, whatever its encoding and line ends.

    ``progress(done, total)``, if given, is called as a long container (a PDF, page by page) is read.

    Raises UnreadableInput (naming the file) for a missing, empty, binary or undecodable file.
    """
    p = Path(path)
    _check_regular(p, str(path))
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput(str(path), None, "no such file") from None
    except IsADirectoryError:
        raise UnreadableInput(str(path), None, "is a directory") from None
    except OSError as exc:
        raise UnreadableInput(str(path), None, f"cannot be read ({exc.strerror})") from None
    if not data:
        raise UnreadableInput(str(path), None, "is empty")
    from .containers import container_kind, render_pages

    kind = container_kind(str(path), data)
    if kind is not None:
        text, pages, notes = render_pages(str(path), data, kind, progress)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise UnreadableInput(str(path), None, "holds no text")
        return Source(path=str(path), text=text, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8",
                      container=kind, pages=pages, notes=notes)
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UnreadableInput(str(path), None, f"is {what}, not a text document")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and not utf16_without_bom(data):
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise UnreadableInput(str(path), line, "binary data (NUL byte), not a text document")
    sha256, head = hashlib.sha256(data).hexdigest(), data[:8]
    text, encoding = _decode(str(path), data)
    del data  # the bytes go before the text is split into lines (one copy of a large file at a time)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_text(str(path), head, text)
    return Source(path=str(path), text=text, sha256=sha256, encoding=encoding)
