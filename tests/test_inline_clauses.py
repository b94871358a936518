"""The 2018 plan (inline clauses), read against the document by hand; and the clause quirks one by one."""

from conftest import PLAN_2018, by_number

from loaders import load


def test_document_metadata(result_2018):
    doc = result_2018.document
    assert doc.key == "武政〔2018〕50号"
    assert doc.issuer == "武汉市人民政府"
    assert doc.title == "市人民政府关于印发武汉市国际化水平提升计划(2018—2020年)的通知"  # stray PDF space removed
    assert doc.printed == "2018-10-24" and doc.date == "2018-10-24"  # no signing date printed: the print date
    assert doc.genres == ["inline_clauses"]


def test_domains_are_the_five_sections(result_2018):
    # 二、主要任务 has sections (一)…(五); 三、保障措施's (一)… are paragraphs, not domains.
    assert [(d.number, d.title) for d in result_2018.domains] == [
        ("1", "建设中部地区国际交通枢纽"),
        ("2", "建设中部地区国际经贸合作高地"),
        ("3", "建设中部地区国际交往中心"),
        ("4", "建设具有全球影响力的产业创新中心"),
        ("5", "建设国际人才汇聚高地"),
    ]


def test_task_numbers(result_2018):
    # Sections hold 3, 3, 6, 3 and 2 items = 17; item 3.6 carries two clauses and splits into 3.6.1 and 3.6.2.
    numbers = [t.number for t in result_2018.tasks]
    assert len([n for n in numbers if n.count(".") == 1]) == 17
    assert [t.number for t in result_2018.tasks if not t.has_parts][-9:-2] == \
        ["3.4", "3.5", "3.6.1", "3.6.2", "4.1", "4.2", "4.3"]
    assert result_2018.counts()["tasks"] == 18


def test_lead_edge_count(result_2018):
    # Leads per task, by reading: 1,1,1 | 2,1,5 | 1,1,1 (市文化局+市旅游委 merged into 市文旅局 in 2019),2,1,4,1
    # | 2,1,1 | 1,1  = 28
    assert result_2018.counts()["lead_edges"] == 28


def test_page_break_inside_a_group_definition(result_2018):
    # Lines 30-32: "…、市东湖生态风景" / blank / "区管委会,下同))" — one name across the break, 〈 closed by ).
    _task, leads, assists = by_number(result_2018, "1.1")
    assert leads == ["市交通运输局"]  # 市交通运输委, renamed in 2019
    assert assists == ["市发改委", "市商务局", "市财政局", "武汉新港管委会", "各区人民政府"]
    members = sorted(m.member for m in result_2018.group_members if m.group == "各区人民政府"
                     and m.source == "document")
    assert members == ["东湖高新区管委会", "临空港开发区管委会", "市东湖生态风景区管委会", "武汉经开区管委会"]


def test_page_break_inside_a_unit_name(result_2018):
    # Lines 58-60: "(牵头单位:市体育" / blank / "局、武汉军运会执委会;…"
    task, leads, assists = by_number(result_2018, "3.4")
    assert leads == ["市体育局", "武汉军运会执委会"]
    assert assists == ["武汉新港管委会", "相关区人民政府"]
    spelled = [a for a in result_2018.assignments if a.target == task.key and a.actor == "市体育局"][0]
    assert spelled.line == 58 and spelled.spelling == "市体育局"


def test_page_break_mid_sentence_joins_text(result_2018):
    task, _leads, _assists = by_number(result_2018, "2.2")
    assert "吸引更多境外金融机构来汉发展" in task.text  # "吸引" / blank / "更多境外…"
    assert task.title == "构建内陆外企投资新高地"


def test_two_clauses_split_an_item(result_2018):
    parent, _, _ = by_number(result_2018, "3.6")
    assert parent.has_parts and parent.line == 64
    first, leads1, assists1 = by_number(result_2018, "3.6.1")
    second, leads2, assists2 = by_number(result_2018, "3.6.2")
    assert first.parent == second.parent == "3.6"
    assert first.text.startswith("优化国际公共服务环境。提升城市生态品质") and first.text.endswith("大力发展低碳交通。")
    assert second.text.startswith("推行国际标准") and second.text.endswith("国际化意识。")
    assert leads1 == ["市自然资源规划局", "市城建局", "市发改委", "长江新区管委会"]
    assert assists1 == ["市园林和林业局", "市交通运输局", "市水务局", "相关区人民政府"]
    assert leads2 == ["市委外办"]
    # 15 assisting units; 市政务服务管理办公 / 室 is split by a page break (lines 64-66).
    assert assists2 == ["市委宣传部", "市公安局", "市商务局", "市城管执法委", "市交通运输局", "市委网信办",
                        "市文旅局", "市民政局", "市卫健委", "市教育局", "市市场监管局", "市政务服务大数据局",
                        "江汉大学", "长江日报报业集团", "武汉广播电视台"]


def test_bracketed_second_names_and_distributed_suffix(result_2018):
    _t, leads, assists = by_number(result_2018, "2.3")
    # "武汉东湖新技术开发区、武汉经济技术开发区、武汉临空港经济技术开发区、中法武汉生态示范城、长江新城管委会":
    # bare zone names act through their management committees.
    assert leads == ["东湖高新区管委会", "武汉经开区管委会", "临空港开发区管委会", "中法武汉生态城管委会", "长江新区管委会"]
    _t, leads, _a = by_number(result_2018, "5.1")
    assert leads == ["市委组织部"]  # 市委组织部〈市招才局〉
    unit = next(u for u in result_2018.units if u.name == "市委组织部")
    assert "市招才局" in unit.aliases


def test_every_assignment_has_provenance(result_2018):
    for a in result_2018.assignments:
        assert a.doc == "武政〔2018〕50号" and a.task and a.line > 0
        assert a.clause.startswith("(") and a.spelling in a.clause.replace("\n", "")


def test_no_warnings_on_the_bundled_document(result_2018):
    assert [str(i) for i in result_2018.issues if i.severity == "warning"] == []


SNIPPET = """武汉市人民政府文件
武政〔2024〕1号
二、主要任务
(一)第一部分
1.做第一件事。(牵头单位:市教育局;协办单位:市财政局、市人社局等)
2.做第二件事。(牵头单位:市科技局;协办单位:市财政局
3.做第三件事。(责任单位:市民政局)后面还有一句话。
"""


def test_snippet_quirks():
    r = load("snippet.txt", text=SNIPPET)
    tasks = {t.number: t for t in r.tasks}
    assert sorted(tasks) == ["1.1", "1.2", "1.3"]
    first = [a.actor for a in r.assignments if a.task == "1.1"]
    assert first == ["市教育局", "市财政局", "市人社局"]  # trailing 等 dropped
    kinds = {(i.line, i.kind) for i in r.issues}
    # Item 2's bracket never closes: read to the end of the item, reported with its line.
    assert (6, "unclosed_bracket") in kinds
    assert [a.actor for a in r.assignments if a.task == "1.2"] == ["市科技局", "市财政局"]
    # Item 3: only 责任单位 → leads, with a note; text after the clause is reported.
    assert [(a.actor, a.role) for a in r.assignments if a.task == "1.3"] == [("市民政局", "lead")]
    assert (7, "no_lead_marker") in kinds and (7, "text_after_clause") in kinds


def test_unparsed_clause_is_reported_not_dropped():
    text = SNIPPET + "\n附件\n(牵头单位:市教育局)孤立的一句\n"
    r = load("snippet.txt", text=text)
    unparsed = [i for i in r.issues if i.kind == "unparsed_clause"]
    assert [(i.path, i.line) for i in unparsed] == [("snippet.txt", 10)]


def test_a_deadline_inside_a_clause_is_not_a_unit():
    text = ("武政〔2024〕2号\n二、主要任务\n(一)甲\n"
            "1.做事。(牵头单位:市教育局;协办单位:市财政局;完成时限:2024年12月)\n")
    r = load("deadline.txt", text=text)
    assert [(a.actor, a.role) for a in r.assignments] == [("市教育局", "lead"), ("市财政局", "assist")]
    assert (r.tasks[0].deadline, r.tasks[0].deadline_text) == ("2024-12", "2024年12月")
    assert not [i for i in r.issues if i.severity == "warning"]


def test_task_text_keeps_one_stop_where_a_clause_was_cut():
    # "加强监管。由X牵头,Y配合落实。": the clause goes, and so does the stop it leaves doubled (or a comma before it).
    text = ("一、加强市场监管。由市市场监管局牵头,市公安局配合落实。\n"
            "二、优化营商服务,市政务服务局牵头,市司法局配合。\n")
    result = load("seams.txt", text=text)
    assert [t.text for t in result.tasks] == ["加强市场监管。", "优化营商服务。"]


def test_a_label_after_a_space_is_a_field_of_the_line():
    # A page prints each item as "1. 任务 责任单位:X" (fields parted by a space, no stop): the label opens a clause.
    text = ("1. 加强市场监管 责任单位:市市场监管局\n"
            "2. 优化营商服务 牵头单位:市政务服务局 配合单位:市发展改革委\n")
    result = load("spaced-fields.txt", text=text)
    assert [t.text for t in result.tasks] == ["加强市场监管", "优化营商服务"]
    got = sorted((a.task, a.role, a.actor) for a in result.assignments)
    assert got == [("1", "lead", "市市场监管局"), ("2", "assist", "市发展改革委"), ("2", "lead", "市政务服务局")]


def test_a_label_glued_to_running_words_is_not_a_field():
    text = "1. 明确责任单位:各部门要落实属地管理。(市应急局牵头)\n"
    result = load("glued.txt", text=text)
    assert [(a.role, a.actor) for a in result.assignments] == [("lead", "市应急局")]
