"""The 2023 plan's responsibility table (attachment 2), read against the document by hand."""

import pytest
from conftest import by_number

from loaders import load


def test_document_metadata(result_2023):
    doc = result_2023.document
    assert (doc.key, doc.issuer, doc.date, doc.printed) == (
        "武政办〔2023〕84号", "武汉市人民政府办公厅", "2023-08-21", "2023-08-23")
    assert doc.genres == ["responsibility_table"]


def test_ninety_numbered_tasks_and_two_split_rows(result_2023):
    numbered = [t.number for t in result_2023.tasks if t.parent is None]
    assert numbered == [str(n) for n in range(1, 91)]
    parts = [t.number for t in result_2023.tasks if t.parent]
    assert parts == ["43.1", "43.2", "45.1", "45.2"]
    assert result_2023.counts()["tasks"] == 92  # 90 rows, of which 43 and 45 split into two parts each


def test_nine_categories_with_their_leads(result_2023):
    domains = {d.number: d for d in result_2023.domains}
    assert sorted(domains, key=int) == [str(n) for n in range(1, 10)]
    assert domains["2"].title == "推动金融服务扩大开放"
    # Category 四 is printed three ways on three pages; they are one domain.
    assert domains["4"].title == "优化贸易投资便利化服务"
    assert domains["4"].variants == ["优化投资贸易便利化服务", "优化投资服务"]
    leads = {}
    for a in result_2023.assignments:
        if a.target_label == "Domain":
            leads.setdefault(a.target.rsplit("#D", 1)[1], []).append(a.actor)
    assert leads == {
        "1": ["市科技局"], "2": ["市地方金融局"],  # printed 市地方金融局 on one page, 市金融局 on another
        "3": ["市卫健委"], "4": ["市商务局"], "5": ["市交通运输局"], "6": ["市经信局"],
        "7": ["市公安局", "市科技局"], "8": ["东湖高新区管委会"], "9": ["武汉经开区管委会"],
    }


def test_category_cell_only_on_a_pages_first_row(result_2023):
    # Row 8 (line 152) has no category cell; it stays in category 一 from the page's first row (7).
    task, _, _ = by_number(result_2023, "8")
    assert task.domain == "武政办〔2023〕84号#D1"
    task, _, _ = by_number(result_2023, "19")  # first row of a page, printed with 市金融局
    assert task.domain == "武政办〔2023〕84号#D2"


@pytest.mark.parametrize("number, leads, assists", [
    ("7", ["市市场监管局"], ["市地方金融局", "中国证监会湖北监管局"]),  # 市场监管局: city prefix dropped
    ("9", ["市经信局"], ["东湖高新区管委会", "武汉经开区管委会", "临空港开发区管委会", "江夏区人民政府"]),
    ("15", ["市地方金融局", "中国人民银行湖北省分行营业部"],
     ["市财政局", "市生态环境局", "各区人民政府", "国家金融监督管理总局湖北监管局"]),
    ("21", ["中国人民银行湖北省分行营业部", "市地方金融局"], []),  # "—" means none
    ("28", ["市公安局"], ["市商务局", "市卫健委", "市应急局", "市市场监管局", "武汉海关"]),
    ("35", ["硚口区人民政府"], ["市科技局", "市卫健委", "市地方金融局", "江汉区人民政府"]),
    ("53", ["市交通运输局"], ["市商务局", "长江新区管委会", "江汉区人民政府", "武汉海关", "湖北港口集团"]),
    ("69", ["市委网信办", "市政务服务大数据局"], ["市公安局", "市国家安全局", "市通信管理局", "武汉投控集团"]),
    ("70", ["市委网信办", "市市场监管局"], ["市经信局", "市公安局"]),  # 市市场监管总局: a misprint
    ("71", ["市委网信办"], ["市公安局", "市财政局", "市政务服务大数据局", "各区人民政府"]),  # 市政府服务…: misprint
    ("73", ["市公安局"], ["市人才工作局", "市科技局"]),
    ("84", ["市科技局", "市经信局", "东湖高新区管委会"], ["临空港开发区管委会", "江夏区人民政府"]),
    ("86", ["武汉经开区管委会", "市经信局"], ["市发改委", "市科技局"]),
    ("90", ["武汉经开区管委会", "市市场监管局"], []),
])
def test_sample_rows(result_2023, number, leads, assists):
    _task, got_leads, got_assists = by_number(result_2023, number)
    assert (got_leads, got_assists) == (leads, assists)


def test_sub_rows_take_merged_cells_from_their_row(result_2023):
    t1, l1, a1 = by_number(result_2023, "43.1")
    t2, l2, a2 = by_number(result_2023, "43.2")
    assert (l1, a1, t1.deadline) == (["市市场监管局"], ["市直各有关部门", "各区人民政府"], "2023-12")
    assert t2.text.startswith("持续推进“五减五通”")
    assert (l2, a2, t2.deadline) == (["市政务服务大数据局"], ["市直各有关部门", "各区人民政府"], "2023-12")
    assert all(a.inherited for a in result_2023.assignments if a.task == "43.2" and a.role == "assist")
    _t, l3, a3 = by_number(result_2023, "45.2")
    assert (l3, a3, _t.deadline) == (["市自然资源规划局"], ["市财政局", "市政务服务大数据局"], "2024-12")
    parent, _, _ = by_number(result_2023, "45")
    assert parent.has_parts and parent.text.startswith("推进“设计之都”建设。创新重大项目")


def test_row_that_lost_its_leading_column(result_2023):
    task, leads, assists = by_number(result_2023, "47")
    assert (task.domain, leads, assists, task.deadline, task.line) == (
        "武政办〔2023〕84号#D4", ["市文旅局"], ["市商务局"], "2024-12", 203)
    assert any(i.kind == "repaired" and i.line == 203 for i in result_2023.issues)


def test_group_definition_in_a_cell(result_2023):
    # Row 15: "各区人民政府(含东湖高新区、武汉经开区、长江新区管委会,下同)"
    members = sorted(m.member for m in result_2023.group_members if m.group == "各区人民政府"
                     and m.source == "document")
    assert members == ["东湖高新区管委会", "武汉经开区管委会", "长江新区管委会"]
    # and, from the gazetteer, the government of each of Wuhan's 13 districts
    assert len([m for m in result_2023.group_members if m.group == "各区人民政府" and m.source == "gazetteer"]) == 13


def test_same_unit_twice_in_one_cell_counts_once(result_2023):
    # Row 69 leads "市网信办、市委网信办、…": one office under two names.
    notes = [i for i in result_2023.issues if i.kind == "duplicate" and i.line == 231]
    assert len(notes) == 1 and notes[0].severity == "note"
    unit = next(u for u in result_2023.units if u.name == "市委网信办")
    assert "市网信办" in unit.aliases


def test_no_warnings_and_no_unresolved_units(result_2023):
    assert [str(i) for i in result_2023.issues if i.severity == "warning"] == []
    assert all(u.registered for u in result_2023.units)


HEADER = "类别\t序号\t试点任务\t牵头单位\t责任单位\t完成时限"


def test_table_cut_off_mid_row_is_reported():
    text = f"武政办〔2024〕9号\n{HEADER}\n一、某领域(牵头单位:市科技局)\t1\t做一件事。\t市科技局\t—\t2024年12月\n\t2\t做另一件事"
    r = load("cut.txt", text=text)
    assert [t.number for t in r.tasks] == ["1", "2"]
    warnings = [(i.line, i.kind) for i in r.issues if i.severity == "warning"]
    assert warnings == [(4, "unparsed_row")]


def test_deadline_forms():
    text = (f"武政办〔2024〕9号\n{HEADER}\n一、某领域\t1\t甲。\t市科技局\t—\t2024年底前\n"
            "\t2\t乙。\t市科技局\t—\t长期坚持\n\t3\t丙。\t市科技局\t—\t每季度\n")
    r = load("d.txt", text=text)
    assert [(t.deadline, t.deadline_text) for t in r.tasks] == [
        ("2024-12", "2024年底前"), ("ongoing", "长期坚持"), ("recurring", "每季度")]
