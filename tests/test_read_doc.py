"""Word 97-2003 (.doc) and WPS Writer (.wps) files made by LibreOffice from the bundled plans
(tests/fixtures/make_office_fixtures.py), compared with the load of the plans' text."""


import re

import pytest

from graph.errors import UnreadableInput
from loaders import load
from loaders.read_doc import doc_rows
from loaders.source import read_source

from office_fixtures import OFFICE, PLANS, ROOT, triples


@pytest.mark.parametrize("stem", PLANS)
def test_doc_of_a_bundled_plan_loads_like_its_text(stem):
    text, doc = load(ROOT / "examples" / f"{stem}.txt"), load(OFFICE / f"{stem}.doc")
    assert read_source(OFFICE / f"{stem}.doc").container == "doc"
    assert triples(doc) == triples(text)
    assert {t.number: t.text for t in doc.tasks} == {t.number: t.text for t in text.tasks}
    assert [str(i) for i in doc.issues if i.severity == "warning"] == []
    assert {k: v for k, v in doc.counts().items() if k != "notes"} == \
        {k: v for k, v in text.counts().items() if k != "notes"}


def test_a_wps_file_is_read_by_its_content(tmp_path):
    # Kingsoft WPS Writer saves the same OLE2 WordDocument format: a .wps name is read by what it holds
    (tmp_path / "plan.wps").write_bytes((OFFICE / "wuhan-2018-internationalisation-plan.doc").read_bytes())
    (tmp_path / "plan-no-suffix").write_bytes((OFFICE / "wuhan-2018-internationalisation-plan.doc").read_bytes())
    for path in (tmp_path / "plan.wps", tmp_path / "plan-no-suffix"):
        assert load(path).counts()["tasks"] == 18


def test_table_rows_and_cells_of_several_paragraphs():
    blocks = doc_rows((ROOT / "tests/fixtures/genres/office/nantong-chongchuan-2023-livelihood-cells.doc")
                      .read_bytes())
    table = next(b for b in blocks if isinstance(b, list))
    assert table[0][:3] == ["序号", "主要任务", "全年目标任务"] and len(table) == 4
    assert [row[0] for row in table[1:]] == ["24", "25", "26"]
    # the unit cell of row 25 holds four paragraphs (one unit each): one cell, joined by 、
    assert table[2][5] == "市政局、环卫处、崇川经济开发区、各街道"
    assert all(len(row) == len(table[0]) for row in table[1:3])


def test_truncated_doc(tmp_path):
    data = (OFFICE / "wuhan-2018-internationalisation-plan.doc").read_bytes()
    (tmp_path / "cut.doc").write_bytes(data[: len(data) // 3])
    with pytest.raises(UnreadableInput, match=r"cut\.doc: is a damaged Word/WPS \(OLE2\) file"):
        load(tmp_path / "cut.doc")


def test_not_an_ole_file_named_doc(tmp_path):
    (tmp_path / "x.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(UnreadableInput, match=r"x\.doc: is a damaged Word/WPS \(OLE2\) file"):
        load(tmp_path / "x.doc")


RTF = sorted((ROOT / "tests" / "fixtures" / "genres" / "rtf").glob("*.rtf"))


@pytest.mark.parametrize("path", RTF, ids=lambda p: p.stem)
def test_an_rtf_file_named_rtf_or_served_as_doc(tmp_path, path):
    """Sites serve a notice's "Word version" as RTF under a .doc name. With LibreOffice it is converted and read
    as its Word copy reads; without it the error names the file and says what it is and what to do."""
    import shutil

    served = tmp_path / (path.stem + ".doc")
    served.write_bytes(path.read_bytes())
    word = ROOT / "tests" / "fixtures" / "genres" / "wordcopies" / (path.stem + ".docx")
    for candidate in (path, served):
        if shutil.which("soffice") or shutil.which("libreoffice"):
            assert triples(load(candidate)) == triples(load(word))
        else:
            with pytest.raises(UnreadableInput, match=rf"{re.escape(candidate.name)}: .*an RTF document.*LibreOffice"):
                load(candidate)
