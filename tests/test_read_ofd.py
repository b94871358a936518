"""OFD files written from the bundled plans' PDFs (tests/fixtures/make_office_fixtures.py, make_ofd), compared
with the load of the plans' text; damaged and hostile OFD and .docx files."""

import time
import zipfile

import pytest

from graph.errors import UnreadableInput
from loaders import load
from loaders.source import read_source

from office_fixtures import OFFICE, PLANS, ROOT, triples


@pytest.mark.parametrize("stem", PLANS)
def test_ofd_of_a_bundled_plan_loads_like_its_text(stem):
    text, ofd = load(ROOT / "examples" / f"{stem}.txt"), load(OFFICE / f"{stem}.ofd")
    assert triples(ofd) == triples(text)
    assert {t.number: t.text for t in ofd.tasks} == {t.number: t.text for t in text.tasks}
    assert [str(i) for i in ofd.issues if i.severity == "warning"] == []


def test_ofd_lines_know_their_page():
    ofd = read_source(OFFICE / "wuhan-2023-services-opening-plan.ofd")
    pdf = read_source(OFFICE / "wuhan-2023-services-opening-plan.pdf")
    assert ofd.container == "ofd" and ofd.lines == pdf.lines and ofd.pages == pdf.pages


def _zip(tmp_path, name, members):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in members.items():
            z.writestr(member, data)
    return path


@pytest.mark.parametrize("name,members", [
    ("bomb.ofd", {"OFD.xml": "<OFD/>", "Doc_0/Pages/Page_0/Content.xml": b"\0" * (64 << 20)}),
    ("bomb.docx", {"word/document.xml": b"\0" * (64 << 20)}),
])
def test_zip_bombs_are_refused_before_unpacking(tmp_path, name, members):
    path = _zip(tmp_path, name, members)
    assert path.stat().st_size < 1 << 20  # 64 MiB of zeros deflate to about 64 KiB
    start = time.perf_counter()
    with pytest.raises(UnreadableInput, match=rf"{name}: .*zip bomb"):
        load(path)
    assert time.perf_counter() - start < 5


def test_damaged_ofd_files(tmp_path):
    data = (OFFICE / "wuhan-2018-internationalisation-plan.ofd").read_bytes()
    (tmp_path / "cut.ofd").write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableInput, match=r"cut\.ofd: is not a readable OFD file"):
        load(tmp_path / "cut.ofd")
    with pytest.raises(UnreadableInput, match=r"nodoc\.ofd: is a zip file without OFD\.xml"):
        load(_zip(tmp_path, "nodoc.ofd", {"a.xml": "<a/>"}))
    with pytest.raises(UnreadableInput, match=r"badxml\.ofd: is an OFD file whose Doc_0/Document\.xml is not XML"):
        load(_zip(tmp_path, "badxml.ofd", {"OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot>"
                                                      "</DocBody></OFD>", "Doc_0/Document.xml": "<Document"}))


def test_an_ofd_is_known_by_its_content(tmp_path):
    (tmp_path / "plan.zip").write_bytes((OFFICE / "wuhan-2018-internationalisation-plan.ofd").read_bytes())
    assert read_source(tmp_path / "plan.zip").container == "ofd"
