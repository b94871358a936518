"""OCR of a scanned PDF (tests/fixtures/make_office_fixtures.py: the 2023 plan's PDF rendered to black-and-white
150 dpi images and put back into an image-only PDF). Needs the ``ocr`` extra (rapidocr); fails without it."""

import io
import re
from pathlib import Path

import pytest

from graph.errors import UnreadableInput
from loaders import load
from loaders.source import read_source

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "fixtures" / "office"
SCANNED = OFFICE / "wuhan-2023-services-opening-plan.scanned.pdf"


def _excerpt(tmp_path, pages):
    """A scanned PDF of some pages of the scan (1-based), as a file."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(SCANNED)
    out = pdfium.PdfDocument.new()
    out.import_pages(src, [p - 1 for p in pages])
    buf = io.BytesIO()
    out.save(buf)
    path = tmp_path / "scan.pdf"
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture(scope="module")
def list_pages():
    """The pages of the text-layer PDF holding rows 1-6 of the list (the same pages in the scan)."""
    source = read_source(OFFICE / "wuhan-2023-services-opening-plan.pdf")
    return source, sorted({source.page(n) for n, line in enumerate(source.lines, 1)
                           if line.split("\t")[1:2] and line.split("\t")[1] in {"1", "2", "3", "4", "5", "6"}})


def test_without_ocr_a_scan_is_refused_naming_pages_and_install(tmp_path, monkeypatch):
    monkeypatch.setenv("AGENCYGRAPH_OCR", "off")
    with pytest.raises(UnreadableInput) as err:
        load(SCANNED)
    assert str(err.value) == (f"{SCANNED}: pages 1-19 of this PDF have no text layer (scanned); reading them "
                              "needs OCR: pip install 'agencygraph[ocr]'")


def test_ruling_lines_give_the_cells_the_text_layer_has(list_pages):
    """Cells rebuilt from a page image match the cells pdfplumber finds from the vector lines (within 1.5 pt)."""
    import pdfplumber
    import pypdfium2 as pdfium

    from loaders.read_ocr import SCALE, ruled_cells

    _source, pages = list_pages
    number = pages[-1]
    image = pdfium.PdfDocument(OFFICE / "wuhan-2023-services-opening-plan.pdf")[number - 1].render(
        scale=SCALE).to_numpy()
    (table,) = ruled_cells(image)
    with pdfplumber.open(OFFICE / "wuhan-2023-services-opening-plan.pdf") as pdf:
        (vector,) = pdf.pages[number - 1].find_tables()
        want = sorted(vector.cells)
    got = sorted(table.cells)
    assert len(got) == len(want)
    assert all(abs(a - b) <= 1.5 for g, w in zip(got, want) for a, b in zip(g, w))


def test_a_scanned_page_of_the_list_is_read(tmp_path, list_pages):
    from loaders.read_ocr import ocr_available

    assert ocr_available(), "OCR is not installed: pip install 'agencygraph[ocr]'"
    source, pages = list_pages
    path = _excerpt(tmp_path, [1, *pages])  # page 1 carries the document number
    scanned = load(path)
    text = load(ROOT / "examples" / "wuhan-2023-services-opening-plan.txt")
    numbers = {t.number for t in scanned.tasks}
    assert {"1", "2", "3", "4", "5", "6"} <= numbers
    want = {(a.task, a.role, a.actor) for a in text.assignments if a.task in numbers and a.target_label == "Task"}
    got = {(a.task, a.role, a.actor) for a in scanned.assignments if a.target_label == "Task"}
    assert len(want & got) / len(want) >= 0.95 and len(want & got) / len(got) >= 0.95
    assert scanned.document.key == "武政办〔2023〕84号"
    note = next(i for i in scanned.issues if i.kind == "ocr")
    assert note.severity == "note" and note.message.startswith("pages 1-")


def _unmapped(tmp_path, pages=None):
    """The 2018 plan's PDF with its fonts' ToUnicode maps disabled (same length, so the xref stays valid):
    every glyph comes out as (cid:N), as in PDFs whose fonts carry no Unicode mapping."""
    import pypdfium2 as pdfium

    data = (OFFICE / "wuhan-2018-internationalisation-plan.pdf").read_bytes().replace(b"/ToUnicode", b"/ToUnicodX")
    if pages:
        src, out = pdfium.PdfDocument(data), pdfium.PdfDocument.new()
        out.import_pages(src, [p - 1 for p in pages])
        buf = io.BytesIO()
        out.save(buf)
        data = buf.getvalue()
    path = tmp_path / "cid.pdf"
    path.write_bytes(data)
    return path


def test_unmapped_glyphs_without_ocr_are_a_warning_per_page(tmp_path, monkeypatch):
    monkeypatch.setenv("AGENCYGRAPH_OCR", "off")
    source = read_source(_unmapped(tmp_path))
    assert [(n[1], n[3]) for n in source.notes] == [("unmapped_glyphs", "warning")] * 6
    assert [n[2].split(" has ")[0] for n in source.notes] == [f"page {p}" for p in range(1, 7)]
    assert source.notes[0][2].endswith("install OCR to read it: pip install 'agencygraph[ocr]'")
    assert source.page(source.notes[2][0]) == 3  # each warning sits on its page's first line


def test_unmapped_glyphs_are_read_by_ocr(tmp_path):
    source = read_source(_unmapped(tmp_path, pages=[1]))
    assert "武汉市人民政府文件" in source.lines
    assert any(re.fullmatch(r"武政.2018.50号", line) for line in source.lines)  # OCR reads 〔〕 as []
    assert [n[1] for n in source.notes] == ["ocr"] and "(cid:" not in source.text


def _page_image(tmp_path, number: int, name: str = "page.png"):
    import pypdfium2 as pdfium

    path = tmp_path / name
    pdfium.PdfDocument(SCANNED)[number - 1].render(scale=150 / 72).to_pil().convert("L").save(path)
    return path


def test_an_image_of_a_list_page_is_read_by_ocr(tmp_path, list_pages):
    _source, pages = list_pages
    source = read_source(_page_image(tmp_path, pages[0]))
    assert source.container == "image" and source.notes[0][1] == "ocr"
    rows = {line.split("\t")[1]: line.split("\t") for line in source.lines if len(line.split("\t")) > 4}
    assert rows["1"][3:5] == ["市科技局", "市教育局"]


def test_images_need_ocr_and_are_not_picked_up_from_folders(tmp_path, monkeypatch):
    from loaders import find_documents

    path = _page_image(tmp_path, 1, "scan.png")
    (tmp_path / "plan.txt").write_text("x", encoding="utf-8")
    assert find_documents([tmp_path]) == [tmp_path / "plan.txt"]
    monkeypatch.setenv("AGENCYGRAPH_OCR", "off")
    with pytest.raises(UnreadableInput, match=r"scan\.png: is an image \(a scan\?\); reading it needs OCR: "
                                              r"pip install 'agencygraph\[ocr\]'"):
        load(path)
