"""The new genres on invented snippets (expected values derived by hand) and on the real fixtures."""

import io
from pathlib import Path

import pytest
import yaml

from graph.errors import UnreadableInput
from loaders import load
from loaders.deadlines import normalize_deadline

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "genres"


def pairs(result, task):
    return [(a.role, a.actor) for a in result.assignments if a.task == task]


VERBS = """某市人民政府办公室文件
某政办〔2024〕7号
二、主要任务
(一)第一部分
1.甲。(市发展改革委、市财政局牵头,市直各有关部门按职责分工负责)
2.乙。(市教育局牵头,市人社局、市财政局配合)
3.丙。(市卫生健康委负责)
4.丁。〔各区政府负责,市民政局指导〕
5.戊。——牵头单位:市商务局;配合单位:市税务局等
6.己。(市卫健委会同市医保局等部门负责,6月底前完成)
7.庚。(王某某副市长、市公安局牵头,市司法局参与)
"""


def test_verb_clause_rules():
    r = load("verbs.txt", text=VERBS)
    # Section (一) → task numbers 1.N; each rule of the issue, one item each. "某" names no place: units are named
    # as written (no place's alias file reads them)
    assert pairs(r, "1.1") == [("lead", "市发展改革委"), ("lead", "市财政局"), ("assist", "市直各有关部门")]
    assert pairs(r, "1.2") == [("lead", "市教育局"), ("assist", "市人社局"), ("assist", "市财政局")]
    assert pairs(r, "1.3") == [("lead", "市卫生健康委")]  # only 负责: lead, noted below
    assert pairs(r, "1.4") == [("lead", "各区政府"), ("assist", "市民政局")]
    assert pairs(r, "1.5") == [("lead", "市商务局"), ("assist", "市税务局")]  # dash clause; trailing 等 dropped
    assert pairs(r, "1.6") == [("lead", "市卫健委"), ("assist", "市医保局")]  # X会同Y; 等部门 dropped
    assert pairs(r, "1.7") == [("lead", "市公安局"), ("assist", "市司法局")]  # the official is a person
    assert [p.name for p in r.people] == ["王某某副市长"]
    notes = {(i.line, i.kind) for i in r.issues}
    assert (7, "no_lead_marker") in notes and (8, "no_lead_marker") in notes
    task6 = next(t for t in r.tasks if t.number == "1.6")
    assert (task6.deadline_text, task6.deadline) == ("6月底前完成", "2024-06")  # year from 某政办〔2024〕7号
    assert r.document.genres[0] == "verb_clauses"


def test_a_verb_clause_segment_without_a_verb_is_reported():
    r = load("x.txt", text="某政办〔2024〕8号\n(一)甲\n1.做事。(市教育局牵头,市财政局配合,研究制定细则)\n")
    assert pairs(r, "1.1") == [("lead", "市教育局"), ("assist", "市财政局")]
    unparsed = [(i.line, i.text) for i in r.issues if i.kind == "unparsed_clause"]
    assert unparsed == [(3, "研究制定细则")]


def test_labelled_lines_with_dash_people_and_deadline():
    text = ("某区政办〔2023〕3号\n一、目标\n1.增长6%。\n——牵头单位:区发改局\n责任单位:各街道、\n区财政局\n"
            "责任领导:张三\n完成时限:每季度\n")
    r = load("l.txt", text=text)
    # The wrapped 责任单位 list continues on the next line; 责任领导 is a person.
    assert pairs(r, "1") == [("lead", "区发改局"), ("assist", "各街道"), ("assist", "区财政局")]
    assert [p.name for p in r.people] == ["张三"]
    assert (r.tasks[0].deadline, r.tasks[0].deadline_text) == ("recurring", "每季度")
    assert r.domains[0].title == "目标"


def test_pipe_table_rows_and_lead_less_header():
    text = "某政办〔2023〕9号\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 | 做事 | 市教育局、市财政局 | 2023年底前 |\n"
    r = load("p.txt", text=text)
    assert pairs(r, "1") == [("lead", "市教育局"), ("lead", "市财政局")]  # no 牵头 column: 责任单位 lead
    assert r.tasks[0].deadline == "2023-12"
    assert any(i.kind == "no_lead_marker" for i in r.issues)


def test_traditional_text_keeps_the_original_in_provenance():
    text = "某府〔2022〕1號\n(一)甲\n1.做事。(市發展改革委牽頭,市財政局配合)\n"
    r = load("t.txt", text=text)
    assert pairs(r, "1.1") == [("lead", "市发展改革委"), ("assist", "市财政局")]
    assert r.assignments[0].clause == "(市發展改革委牽頭,市財政局配合)"
    assert r.assignments[1].spelling == "市財政局"
    assert r.document.key == "某府〔2022〕1号" and "traditional" in r.document.genres


def test_html_table_with_a_merged_lead_cell():
    page = ("<p>某政办〔2023〕4号</p><table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>"
            "<tr><td>1</td><td>甲</td><td rowspan=2>市教育局</td><td>市财政局</td></tr>"
            "<tr><td>2</td><td>乙</td><td>市人社局</td></tr></table>")
    r = load("t.html", text=page)
    # The rowspan lead cell belongs to both rows.
    assert pairs(r, "1") == [("lead", "市教育局"), ("assist", "市财政局")]
    assert pairs(r, "2") == [("lead", "市教育局"), ("assist", "市人社局")]


def test_xlsx_and_docx_tables(tmp_path):
    import docx
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "具体措施", "牵头部门", "责任部门", "进度安排"])
    ws.append([1, "甲", "市教育局", "市财政局", "2024年6月"])
    ws.append([2, "乙", None, "市人社局", "长期坚持"])
    ws.merge_cells("C2:C3")  # one lead for both rows
    wb.save(tmp_path / "t.xlsx")
    r = load(tmp_path / "t.xlsx")
    assert pairs(r, "2") == [("lead", "市教育局"), ("assist", "市人社局")]
    assert [t.deadline for t in r.tasks] == ["2024-06", "ongoing"]

    d = docx.Document()
    table = d.add_table(rows=2, cols=4)
    for c, v in enumerate(["序号", "任务", "牵头单位", "协办单位"]):
        table.cell(0, c).text = v
    for c, v in enumerate(["1", "做事", "市科技局", "市财政局"]):
        table.cell(1, c).text = v
    d.save(tmp_path / "t.docx")
    r = load(tmp_path / "t.docx")
    assert pairs(r, "1") == [("lead", "市科技局"), ("assist", "市财政局")]


def test_damaged_containers_are_clear_errors(tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04not really a zip")
    with pytest.raises(UnreadableInput, match="bad.docx.*Word document"):
        load(tmp_path / "bad.docx")
    (tmp_path / "bad.xlsx").write_bytes(b"\x00\x01")
    with pytest.raises(UnreadableInput, match="bad.xlsx"):
        load(tmp_path / "bad.xlsx")


def test_deadline_forms():
    assert [normalize_deadline(s, 2023) for s in ("2023年12月", "2023年底前", "6月底前", "每季度", "长期坚持",
                                                 "持续推进", "2023年上半年", "2024年一季度")] == \
        ["2023-12", "2023-12", "2023-06", "recurring", "ongoing", "ongoing", "2023-06", "2024-03"]


@pytest.mark.parametrize("expected_path", sorted(FIXTURES.glob("*/*.expected.yaml")), ids=lambda p: p.stem)
def test_real_fixtures(expected_path):
    """Every real document loads to exactly the assignments read by hand (bench/loader_accuracy.py scores them)."""
    import sys

    sys.path.insert(0, str(FIXTURES.parents[2]))
    from bench.loader_accuracy import document_resolver, expected_triples, loaded_triples, match_tasks
    from loaders.units import UnitResolver

    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    stem = expected_path.name[: -len(".expected.yaml")]
    paths = [p for p in expected_path.parent.glob(stem + ".*") if p.suffix in (".txt", ".csv", ".xlsx", ".html",
                                                                               ".docx", ".pdf", ".doc")]
    assert paths
    for path in paths:
        r = load(path)
        # a copy of a corpus text keeps its hand-read numbers; its tasks are matched by text, as the bench does
        mapping = match_tasks(expected, r)[0] if expected.get("match_tasks_by") == "text" else None
        assert loaded_triples(r, mapping) == expected_triples(expected, document_resolver(r, UnitResolver.default())), \
            path.name
        for field, value in (expected.get("document") or {}).items():
            assert getattr(r.document, field) == value, (path.name, field)
        if "people" in expected:
            assert sorted(p.name for p in r.people) == sorted(expected["people"]), path.name
        for number, deadline in (expected.get("deadlines") or {}).items():
            assert next(t for t in r.tasks if t.number == number).deadline == deadline
        if "clause_as_written" in expected:
            assert {a.clause for a in r.assignments} == {expected["clause_as_written"]}
