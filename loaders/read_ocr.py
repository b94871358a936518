"""OCR of PDF pages without a usable text layer, with rapidocr (the optional extra ``agencygraph[ocr]``)."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["ocr_available", "ocr_pdf_pages", "INSTALL"]

INSTALL = "pip install 'agencygraph[ocr]'"


@lru_cache(maxsize=1)
def ocr_available() -> bool:
    """Whether rapidocr (and its ONNX runtime) can be imported."""
    try:
        import rapidocr  # noqa: F401
    except Exception:  # noqa: BLE001 - a broken install is as good as none
        return False
    return True


def ocr_pdf_pages(data: bytes, pages: list[int]) -> dict:
    raise NotImplementedError
