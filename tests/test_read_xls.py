"""Excel 97-2003 (.xls) attachments: the copies LibreOffice Calc saved from the spreadsheet fixtures
(tests/fixtures/make_xls_copies.py), read like the .xlsx they were saved from; office names on other content
(a CMS's "xls" web page, a .xls saved as .doc) read by what they hold."""

from pathlib import Path

import pytest

from graph.errors import UnreadableInput
from loaders import load
from loaders.containers import container_kind, render_container
from loaders.source import read_source

from office_fixtures import triples

GENRES = Path(__file__).resolve().parent / "fixtures" / "genres"
XLS = sorted(GENRES.glob("*/*.xls"))


def test_every_spreadsheet_fixture_has_its_xls_copy():
    assert {p.with_suffix("") for p in XLS} == {p.with_suffix("") for p in GENRES.glob("*/*.xlsx")
                                               if p.parent.name in ("merged", "messy")}
    assert len(XLS) >= 15


@pytest.mark.parametrize("path", XLS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_xls_renders_and_loads_like_its_xlsx(path):
    xlsx = path.with_suffix(".xlsx")
    assert read_source(path).container == "xls"
    # the same sheets, cells, filled merged ranges and dates, line for line
    assert render_container(str(path), path.read_bytes(), "xls") == \
        render_container(str(xlsx), xlsx.read_bytes(), "xlsx")
    assert triples(load(path)) == triples(load(xlsx))


def test_merged_cells_of_an_xls_are_filled_down():
    path = GENRES / "merged" / "xinjian-2024-livelihood-projects-progress.xls"
    numbers = [t.number for t in load(path).tasks]
    assert numbers == ["1.1.1", "1.1.2", "1.1.3", "2.1", "2.2", "2.3", "3.1", "3.2.1", "3.2.2", "3.2.3"]


def test_an_xls_under_another_office_name_is_read_by_content(tmp_path):
    data = (GENRES / "merged" / "changshu-2018-government-work-tasks.xls").read_bytes()
    for name in ("tasks.doc", "tasks.et", "tasks"):
        (tmp_path / name).write_bytes(data)
        assert container_kind(name, data) == "xls"
        assert len(load(tmp_path / name).tasks) == 8


def test_a_cms_xls_that_is_a_web_page_or_text(tmp_path):
    html = ("<html><body><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
            "<tr><td>1</td><td>推进老旧小区改造</td><td>区住建局</td><td>区财政局</td></tr></table></body></html>")
    text = "序号\t工作任务\t牵头单位\t配合单位\n1\t推进老旧小区改造\t区住建局\t区财政局\n"
    for name, data in (("page.xls", html.encode("gb18030")), ("rows.xls", text.encode("utf-8"))):
        (tmp_path / name).write_bytes(data)
        doc = load(tmp_path / name)
        assert [(t.number, t.text) for t in doc.tasks] == [("1", "推进老旧小区改造")], name
        edges = {(a.role, a.spelling) for a in doc.assignments if a.target_label == "Task"}
        assert edges == {("lead", "区住建局"), ("assist", "区财政局")}, name


def test_a_damaged_xls_names_the_file(tmp_path):
    data = (GENRES / "merged" / "changshu-2018-government-work-tasks.xls").read_bytes()
    (tmp_path / "cut.xls").write_bytes(data[: len(data) // 3])
    with pytest.raises(UnreadableInput, match=r"cut\.xls: cannot be read as an Excel 97-2003 or WPS spreadsheet"):
        load(tmp_path / "cut.xls")
