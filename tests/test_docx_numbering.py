"""Word's automatic list numbers are read as the word processor shows them (real documents saved by LibreOffice)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from agencygraph.loaders import load
from agencygraph.loaders.read_docx import docx_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
AUTONUMBER = sorted((FIXTURES / "genres" / "autonumber").glob("*.docx"))
_NUMBER = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)])")


def _numbers(text: str) -> list[str]:
    return [m.group(1) for line in text.splitlines() if "\t" not in line and (m := _NUMBER.match(line))]


@pytest.mark.parametrize("path", AUTONUMBER, ids=lambda p: p.stem)
def test_outline_numbers_are_the_ones_the_text_prints(path):
    original = next((FIXTURES / "corpus").glob(f"*/{path.stem}.txt")).read_text(encoding="utf-8")
    assert AUTONUMBER and _numbers(original), "the fixture's source prints outline numbers"
    shown = docx_text(path.read_bytes())
    assert _numbers(shown) == _numbers(original)
    # and the numbers are nowhere in the document's own text: they come from numbering.xml
    import zipfile

    body = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "<w:numPr>" in body and not re.search(r"<w:t[^>]*>\s*[一二]、", body)


def test_serial_cells_of_a_table_are_numbered():
    path = FIXTURES / "genres" / "autonumber" / "yinzhou-2024-work-report-tasks.docx"
    rows = [line.split("\t") for line in docx_text(path.read_bytes()).splitlines() if "\t" in line]
    assert [row[0] for row in rows[:7]] == ["序号", "1", "2", "3", "4", "5", "序号"]
    assert rows[1][2] == "区财政局" and rows[7][0] == "1"  # the second table's list starts again


def _document_with_levels(restart_level_2: str | None) -> bytes:
    """A Word document built with python-docx: headings 一、 at level 0 and items 1. at level 1."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    restart = f'<w:lvlRestart w:val="{restart_level_2}"/>' if restart_level_2 is not None else ""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/>{restart}<w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {ns} w:numId="7"><w:abstractNumId w:val="7"/></w:num>'))
    for level, text in ((0, "总体要求"), (1, "甲"), (1, "乙"), (0, "重点任务"), (1, "丙")):
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="7"/></w:numPr>'))
    assert qn("w:numPr")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_levels_restart_under_a_new_heading_unless_told_not_to():
    assert docx_text(_document_with_levels(None)).split("\n") == ["一、总体要求", "1.甲", "2.乙", "二、重点任务", "1.丙"]
    assert docx_text(_document_with_levels("0")).split("\n")[-1] == "3.丙"


def test_an_autonumbered_plan_loads_every_task(tmp_path):
    path = FIXTURES / "genres" / "autonumber" / "tongzhou-2021-14th-plan-division.docx"
    result = load(path)
    numbers = {t.number for t in result.tasks}
    assert len(result.tasks) == 8 and len(numbers) == 8
