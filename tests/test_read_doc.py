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


CORPUS_DOCS = ROOT / "tests/fixtures/corpus/b216-code-office-attachments"


def test_a_doc_whose_text_is_in_pieces_is_read_through_its_piece_table():
    """A real 2014 notice uploaded to a bureau's office system (四川 扶贫和移民工作局): Word kept its text in two pieces
    (an edit saved after the first), so the text is not one run from fcMin; read in piece order, every paragraph
    to the last is there and nothing is mojibake."""
    path = CORPUS_DOCS / "sichuan-2014-poverty-migration-bureau-party-group-work-style-plan.doc"
    text = read_source(path).text
    assert "\ufffd" not in text and not re.search(r"[\x00-\x08]", text)
    assert "（四）强化任务落实。认真践行“三严三实”要求" in text
    assert text.index("（三）强化制度执行") < text.index("（四）强化任务落实")


def test_a_table_in_a_later_piece_keeps_its_rows_and_cells():
    """The 2015 扶贫日 notice (four pieces): its 活动安排 table (主题 | 时间 | 内容 | 负责单位) comes out as rows of four
    cells, a merged 主题 cell printed blank."""
    blocks = doc_rows((CORPUS_DOCS / "sichuan-2015-poverty-leading-group-poverty-day-activities-notice.doc").read_bytes())
    table = next(b for b in blocks if isinstance(b, list) and b[0][:1] == ["主题"])
    assert table[0] == ["主题", "时间", "内容", "负责单位"]
    assert table[2][0] == "发动阶段" and table[2][3] == "省扶贫移民局" and table[3][0] == ""
