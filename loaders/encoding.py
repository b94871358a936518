"""Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""

from __future__ import annotations

from agencygraph.graph.errors import UnreadableInput

__all__ = ["decode_bytes", "_decode"]


def decode_bytes(path: str, data: bytes) -> tuple[str, str]:
    """Text and encoding of ``data``: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    return _decode(path, data)


def _decode(path: str, data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise UnreadableInput(path, line, "not UTF-8 or GB18030 text (cannot decode)") from None
    return text, "gb18030"
