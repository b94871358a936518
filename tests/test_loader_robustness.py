"""Random and mutated documents thrown at every loader: the only failure allowed is the loader's own error."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import AgencyGraphError
from loaders import GENRES, load

FIXTURES = sorted(p for p in (Path(__file__).resolve().parent / "fixtures" / "genres").glob("*/*.*")
                  if p.suffix in (".txt", ".csv", ".html", ".xlsx", ".docx"))
PIECES = ["(", ")", "（", "〔", "〕", "牵头单位:", "责任单位:", "牵头", "配合", "负责", "会同", "——", "、", ",", ";",
          "\t", "|", "\n", "1.", "(一)", "一、", "十", "二十", "市教育局", "各区政府", "等", "序号", "工作任务", "2023年底前"]


def _load_or_own_error(name, text=None, genre=None, path=None):
    try:
        result = load(path or name, text=text, genre=genre)
    except AgencyGraphError:
        return None
    assert result.document.key
    return result


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60),
       st.sampled_from([None, *GENRES]), st.sampled_from(["x.txt", "x.html", "x.csv"]))
def test_random_text(pieces, genre, name):
    _load_or_own_error(name, "".join(pieces), genre)


@settings(max_examples=120, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIXTURES), st.data())
def test_mutated_real_documents(tmp_path_factory, path, data):
    blob = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(st.sampled_from(["flip", "cut", "dup"]))
        if not blob:
            break
        i = data.draw(st.integers(0, len(blob) - 1))
        if op == "flip":
            blob[i] = data.draw(st.integers(0, 255))
        elif op == "cut":
            del blob[i : i + data.draw(st.integers(1, 64))]
        else:
            blob[i:i] = blob[i : i + data.draw(st.integers(1, 64))]
    target = tmp_path_factory.mktemp("m") / path.name
    target.write_bytes(bytes(blob))
    _load_or_own_error(str(target), path=target)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixtures_load_whole(path):
    assert _load_or_own_error(str(path), path=path) is not None


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".txt"])
def test_a_zip_claiming_a_newer_format_version_is_a_damaged_file(tmp_path, suffix):
    """A Word or Excel file whose directory was damaged into asking for zip version 6.4 (one the reader does not
    implement): the file is named as unreadable, not a crash, whatever its name says it is."""
    import io
    import zipfile

    from graph.errors import UnreadableInput

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    blob = bytearray(buffer.getvalue())
    central = blob.index(b"PK\x01\x02")
    blob[central + 6] = 64  # "version needed to extract": 6.4
    target = tmp_path / f"plan{suffix}"
    target.write_bytes(bytes(blob))
    with pytest.raises(UnreadableInput, match="plan"):
        load(target)


def test_a_numeral_no_reader_would_write_is_no_item_number():
    """A PDF's text layer (a Word file printed by LibreOffice) gave "十十、" where a heading's number stood: the
    loader read "十十" as a Chinese numeral and failed on it. Such a number is text, not an item's."""
    text = "一、总体要求\n十十、加强管理。(责任单位:市财政局)\n二二十、推进建设。(责任单位:市住建局)\n十十一、做好保障。\n"
    result = load("n.txt", text=text)
    assert {a.actor for a in result.assignments} == {"市财政局", "市住建局"}
