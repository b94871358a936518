"""The loader pipeline on real documents of many issuers: each family of wording, and the corpus as a whole.

Expected values are the hand-read answers in tests/fixtures/corpus/*/*.expected.yaml (read by people who did
not run the loader), or derived by hand from the lines quoted in each test.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from agencygraph.graph.errors import UnreadableInput
from agencygraph.loaders import load
from agencygraph.loaders.clauses import find_clauses, read_clause, unit_like
from agencygraph.loaders.outline import read_outline
from agencygraph.loaders.tables import find_columns
from agencygraph.loaders.vocabulary import Vocabulary

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
V = Vocabulary.default()


def triples(result, number):
    return sorted((a.role, a.actor) for a in result.assignments if a.task == number)


def roles_by_task(result) -> dict[str, set[tuple[str, str]]]:
    """Each task's number and its (role, unit) pairs."""
    return {t.number: {(a.role, a.actor) for a in result.assignments if a.target == t.key} for t in result.tasks}


def leads_in_order(result) -> list[list[str]]:
    """The leads of each task that has no parts, in the order the tasks were read."""
    return [sorted(a.actor for a in result.assignments if a.target == t.key and a.role == "lead")
            for t in result.tasks if not t.has_parts]


def as_one_paragraph(name: str, joint: str = " "):
    """A corpus document loaded as its lines, then as a page saved as one paragraph prints it (its lines joined by
    ``joint``: a space, or nothing when the page's breaks left no trace): (plain, saved)."""
    path = next(CORPUS.glob(f"*/{name}"))
    text = path.read_text(encoding="utf-8")
    one = joint.join(line.strip() for line in text.splitlines() if line.strip())
    return load(path.name, text=text), load(path.name, text=one)


class _Renumbered:
    """A loaded document whose task numbers are the hand-read ones (matched by number or text, as the bench does)."""

    def __init__(self, result, expected):
        sys.path.insert(0, str(ROOT / "bench"))
        from loader_accuracy import match_tasks

        mapping, _found = match_tasks(expected, result)
        self.issues, self.tasks, self.people = result.issues, result.tasks, result.people
        self.assignments = [a for a in result.assignments]
        self.number = {loaded: wanted for loaded, wanted in mapping.items()}
        for a in self.assignments:
            a.task = self.number.get(a.task, a.task)


def doc(name):
    path = next(p for p in CORPUS.glob(f"*/{name}.*") if not p.name.endswith((".expected.yaml", ".source.yaml")))
    expected = yaml.safe_load(path.with_name(name + ".expected.yaml").read_text(encoding="utf-8"))
    return _Renumbered(load(path), expected), expected


# -- the role vocabulary -------------------------------------------------------------------------------

def test_vocabulary_roles_from_data():
    assert [V.label_role(x) for x in ("牵头单位", "协同配合单位", "主要责任单位", "负责部门", "分管省领导", "完成时限")] == \
        ["lead", "assist", "lead", "responsible", "people", "deadline"]
    assert V.verb_at_end("人力资源社会保障部等按职责分工负责") == ("人力资源社会保障部等", "按职责分工负责", "responsible")


def test_a_user_roles_file_adds_a_label(tmp_path):
    text = "某府〔2024〕1号\n1.做一件事。\n统筹单位:市财政局\n"
    with pytest.raises(UnreadableInput):
        load("x.txt", text=text)  # 统筹单位 is in no vocabulary yet
    extra = tmp_path / "roles.yaml"
    extra.write_text("labels:\n  lead: [统筹单位]\n", encoding="utf-8")
    vocab = Vocabulary.from_files(ROOT / "loaders" / "roles.yaml", extra)
    assert triples(load("x.txt", text=text, vocab=vocab), "1") == [("lead", "市财政局")]


def test_a_roles_file_pattern_without_the_groups_its_rule_reads_is_refused(tmp_path):
    from agencygraph.graph.errors import ParseError

    extra = tmp_path / "roles.yaml"
    extra.write_text("conventions:\n  references: ['(.+?)牵头的第(\\d+)项']\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        Vocabulary.from_files(ROOT / "loaders" / "roles.yaml", extra)
    assert "roles.yaml" in str(err.value) and "(?P<number>…)" in str(err.value)


def test_the_cli_takes_a_roles_file(tmp_path):
    from cli import cli

    (tmp_path / "plan.txt").write_text("某府〔2024〕1号\n1.做一件事。\n统筹单位:市财政局\n", encoding="utf-8")
    (tmp_path / "roles.yaml").write_text("labels:\n  lead: [统筹单位]\n", encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(cli, ["--store", str(tmp_path / "s.json"), "load", str(tmp_path / "plan.txt"), "--roles",
                              str(tmp_path / "roles.yaml"), "--dry-run"])
    assert out.exit_code == 0, out.output
    assert "1 lead edges, 0 assist edges" in out.output
    without = runner.invoke(cli, ["--store", str(tmp_path / "s.json"), "load", str(tmp_path / "plan.txt"), "--dry-run"])
    assert without.exit_code == 1 and "no division of labour found" in without.output


# -- clauses ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, pieces", [
    # 国发〔2018〕9号: a national clause, ministries without 市/区
    ("国家发展改革委、农业农村部牵头,有关部门按职责分工负责",
     [("lead", "国家发展改革委、农业农村部"), ("responsible", "有关部门")]),
    # 国办函〔2014〕31号: the agent after 由, and 会同
    ("由国土资源部会同农业部等部门负责落实", [("lead", "国土资源部"), ("assist", "农业部")]),
    # 粤府〔2021〕22号: a label whose content is a verb clause
    ("部门分工:省发展改革委牵头,各地、各部门配合。", [("lead", "省发展改革委"), ("assist", "各地、各部门")]),
    # a remark and a deadline inside a clause are not units (国发〔2020〕6号)
    ("国务院各部门分别负责,年内持续推进", [("responsible", "国务院各部门"), ("deadline", "年内持续推进")]),
    # 滨州: a qualifier before the verb leaves its role as it is
    ("市国土资源局、经贸委、环保局按照职责牵头负责", [("lead", "市国土资源局、经贸委、环保局")]),
    # 恩施州: "X为…的牵头责任单位" (a copula and a label without its colon)
    ("州交通运输局为该议案办理工作的牵头责任单位", [("lead", "州交通运输局")]),
    # 黄冈: a first-listed statement inside the clause is a remark, not a unit
    ("由市发展改革委、经委负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责",
     [("responsible", "市发展改革委、经委"), ("unparsed", "一项任务涉及多个部门的"),
      ("note", "原则上由排名首位的部门牵头负责")]),
])
def test_read_clause(clause, pieces):
    assert [(p.role, p.text) for p in read_clause(clause, V)] == pieces


def test_first_listed_leads_stated_inside_the_first_clause():
    result, expected = doc("haiyan-2022-government-work-division")  # "(首位单位为牵头单位,下同)", one line
    assert triples(result, "1.1") == [("assist", "县农业农村局"), ("assist", "县税务局"), ("assist", "县财政局"),
                                      ("lead", "县发改局")]
    assert triples(result, "2.1") == [("lead", "县司法局")]
    assert any(i.kind == "first_listed_leads" for i in result.issues)


def test_without_the_convention_every_responsible_unit_leads():
    result, _ = doc("heilongjiang-2013-stable-growth-measures")  # "(省发改委、铁路办、…、相关市、县政府负责)"
    assert {r for r, _a in triples(result, "1.1")} == {"lead"}
    assert ("lead", "相关市、县政府") in triples(result, "1.1")  # one group, not 相关市 + 县政府
    # "哈尔滨、黑河、绥芬河市政府": the suffix printed once is shared
    assert {a for _r, a in triples(result, "1.3")} >= {"哈尔滨市政府", "黑河市政府", "绥芬河市政府"}


def test_carry_forward_holds_for_the_rest_of_the_document():
    result, expected = doc("sichuan-2022-modern-circulation")  # "具体任务均涉及相关市(州)人民政府,不再做分工,下同"
    for number in expected["tasks"]:
        assert ("assist", "相关市人民政府") in triples(result, str(number))
    assert all(a.inherited for a in result.assignments if a.actor == "相关市人民政府")


def test_a_heading_over_tasks_leads_its_domain():
    result, _ = doc("zhejiang-2014-air-pollution-division")  # "一、加快调整能源结构(省发改委总牵头)"
    assert [t.number for t in result.tasks] == ["1.1"]  # section (一) item 1; the heading is not a task
    assert [(a.role, a.actor, a.target_label) for a in result.assignments if a.target_label == "Domain"] == \
        [("lead", "省发改委", "Domain")]


# -- structure -------------------------------------------------------------------------------------------

def test_numbering_systems_nest_as_the_document_nests_them():
    lines = ["一、总体要求", "(十二)稳就业", "1﹒做甲。", "(1)细则一。", "②做乙。", "二、保障"]
    entries = read_outline(list(enumerate(lines, 1)), V)
    assert [(e.kind, e.ordinal, [a.ordinal for a in e.ancestors()]) for e in entries] == [
        ("cn", 1, []), ("pcn", 12, [1]), ("num", 1, [12, 1]), ("pnum", 1, [1, 12, 1]), ("circ", 2, [1, 1, 12, 1]),
        ("cn", 2, [])]


def test_a_page_break_inside_an_item_does_not_start_one():
    text = "某府〔2024〕1号\n(一)甲\n1.推进某项工作,加快建设一批重点项目,到2025年底前完成\n— 3 —\n2个园区的改造。(市发改委牵头)\n"
    result = load("x.txt", text=text)
    assert [t.number for t in result.tasks] == ["1.1"] and "2个园区" in result.tasks[0].text


def test_clause_lines_after_the_task_with_a_lead_mark():
    text = "某区政办〔2023〕3号\n一、目标\n1.增长6%。\n责任单位:区发改局(牵头)、区财政局、\n区统计局\n责任领导:王 强\n"
    result = load("l.txt", text=text)
    assert triples(result, "1") == [("assist", "区统计局"), ("assist", "区财政局"), ("lead", "区发改局")]
    assert [p.name for p in result.people] == ["王强"]


@pytest.mark.parametrize("name", ["dazhu-2016-livelihood-projects", "cangnan-2022-livelihood-progress",
                                  "pingdingshan-2018-river-chief", "jiaxing-2022-work-report",
                                  "shenhe-2024-work-report-tasks"])
def test_flattened_tables(name):
    """One cell per line (dazhu: a unit cell over several lines; cangnan; shenhe: no 序号 column, the number is in
    the task cell), single spaces (pingdingshan), pipes (jiaxing)."""
    result, expected = doc(name)
    for number, roles in expected["tasks"].items():
        if (name, str(number)) in {("dazhu-2016-livelihood-projects", "5"), ("shenhe-2024-work-report-tasks", "2")}:
            continue  # known misses: two tasks in one row around a merged unit cell; three unit lines for two columns
        leads = {a for r, a in triples(result, str(number)) if r == "lead"}
        assert len(leads) == len(roles["leads"]), (number, leads, roles)


def test_cells_between_pipe_lines_are_rows_as_wide_as_the_header():
    """wujiang: every cell closed by a "|" line, padding "|||" for the merged cells of a row, ★ marks the lead."""
    result, expected = doc("wujiang-2024-key-work-targets")
    two = triples(result, "2")  # "2.一般…" | "★区财政局、税务局" | "|||"
    assert [r for r, _a in two] == ["assist", "lead"] and two[0][1].endswith("税务局") and two[1][1] == "区财政局"
    assert triples(result, "11") == [("lead", "区应急管理局")]  # the last row, cut off before its closing pipes
    assert [p.name for p in result.people if p.name.startswith("方")] == ["方勇"]


def test_cells_opened_by_pipes_and_a_merged_lead_column():
    """changsha: "| cell" lines, a lone "|" closes the row; the 牵头单位 column comes first and is printed once for
    the rows under it (in a narrow column: "市" / "监" / "察" / "局")."""
    result, expected = doc("changsha-undated-work-targets-table")
    leads = {n: [a for r, a in triples(result, n) if r == "lead"] for n in ("6", "7")}
    assert leads == {"6": ["市监察局"], "7": ["市监察局"]}
    assert ("assist", "审计局") in triples(result, "7")
    assert any(i.kind == "inherited" and i.line == 33 for i in result.issues)  # 严肃查处…


def test_verb_segments_opening_a_paragraph():
    """兰州: "由X副市长负责,市Y牵头,相关部门配合,<the task>" under a title line; the official is not a unit."""
    result, _expected = doc("lanzhou-undated-ndrc-liaison-tasks")
    assert triples(result, "2") == [("assist", "相关部门"), ("lead", "市环保局")]
    assert triples(result, "4") == [("assist", "市发改委"), ("lead", "市建设局")]
    assert "吴继德副市长" in {p.name for p in result.people} or "吴继德" in {p.name for p in result.people}


def test_roles_stated_with_a_copula_in_running_sentences():
    """恩施州: "州交通运输局为…牵头责任单位,负责…。州发改委、…为协办单位,…" is one task, not two parts."""
    result, _expected = doc("enshi-2012-npc-motion-handling")
    got = triples(result, "2")
    assert ("lead", "州交通运输局") in got and ("assist", "州发改委") in got and len(got) == 10
    assert [t.number for t in result.tasks] == ["2"]


def test_bracketed_units_closing_each_sentence_are_clauses():
    """闵行: "…場景應用(區市場局、區行政服務中心)。…(區市場局、區大數據中心)。…" — one part per sentence; a
    bracket glossing the name before it is not a clause (西安: "报市政府办公厅(市职转办、市营商办)")."""
    result, expected = doc("minhang-2024-business-environment")
    for number, roles in expected["tasks"].items():
        assert len([a for r, a in triples(result, number) if r == "lead"]) == len(roles["leads"]), number
    text = "某府〔2024〕1号\n1.请于每月23日前报市政府办公厅(市职转办、市营商办)。做好甲(市财政局)。\n"
    assert triples(load("x.txt", text=text), "1") == [("lead", "市财政局")]


def test_question_marks_a_page_put_for_lost_characters():
    """余杭: every cell ends in "?" (a no-break space the page lost): read as spaces, and said once."""
    result, _expected = doc("yuhang-2018-work-report-tasks")
    assert [a for r, a in triples(result, "1") if r == "lead"] == ["未来科技城"]
    assert [i.kind for i in result.issues if i.kind == "lost_characters"] == ["lost_characters"]
    plain = load("x.txt", text="某府〔2024〕1号\n1.做甲?(市财政局牵头)\n")  # one "?" is the text's own
    assert not any(i.kind == "lost_characters" for i in plain.issues)


@pytest.mark.parametrize("name, number, leads, assists", [
    # 平湖: "★发改局、经信局、建设局、农业农村局" in the 牵头单位 column: the marked unit leads
    ("pinghu-2023-work-report-progress", "2", ["财政局"], ["税务局"]),
    # 海曙: "责任单位:经济投资局和航空口岸局分别牵头、区发改局"
    ("haishu-2023-work-report-tasks", "2.1", ["经济投资局", "航空口岸局"], ["区发改局"]),
    # 金华: "除特别注明的外,各县(市、区)政府和金华开发区…管委会都是配合单位" holds for every task
    ("jinhua-2018-work-report-tasks", "1.1", None, ["金华开发区", "金义都市新区"]),
    # 柯桥: a column named "进展情况、存在问题及下一步打算" does not stop the header
    ("keqiao-2023-livelihood-progress", "1", ["教体局"], []),
])
def test_marks_lists_and_statements(name, number, leads, assists):
    result, _expected = doc(name)
    got = [(r, a.removeprefix("市")) for r, a in triples(result, number)]  # the bundled (武汉) aliases add 市
    if leads is not None:
        assert sorted(a for r, a in got if r == "lead") == sorted(leads)
    assert set(assists) <= {a for r, a in got if r == "assist"}


def test_a_progress_report_cites_tasks_by_number():
    """池州: "未达预期8项分别是:市发改委牵头的第1项“地区生产总值增长6.5%以上”,…" — task 1 of the list, led by 市发改委."""
    result, expected = doc("chizhou-2025-key-work-progress-report")
    assert sorted(t.number for t in result.tasks) == sorted(map(str, expected["tasks"]))
    assert [r for r, _a in triples(result, "11")] == ["lead"]
    text = "某府〔2024〕1号\n其中,重点推进牵头的第1项“做好甲”进展顺利;市财政局牵头的第2项“做好乙”已完成。\n"
    cited = load("x.txt", text=text)
    assert [(a.task, a.role, a.actor) for a in cited.assignments] == [("2", "lead", "市财政局")]
    assert any(i.kind == "unparsed_clause" and "重点推进" in i.message for i in cited.issues)


def test_the_unit_that_is_an_item_s_subject():
    """枞阳: "1.县应急管理局负责尾矿库…的隐患排查治理工作。"; not "市政府负责同志…" and not an unnumbered paragraph."""
    result, _expected = doc("zongyang-2022-safety-inspection")
    assert triples(result, "2") == [("lead", "县公安局")]
    text = "某府〔2024〕1号\n1.市政府负责同志要亲自抓。\n2.县公安局负责道路交通。\n各乡镇负责本辖区工作。\n"
    got = load("x.txt", text=text)
    assert [(a.task, a.actor) for a in got.assignments] == [("2", "县公安局")]


def test_a_clause_line_after_sub_items_belongs_to_their_item():
    """运城: "1.完善应急预案体系" / "(1)…" … "(4)…" / "(责任单位:…)" — the clause is item 1's, not (4)'s; after items
    that named units of their own it stays with the last one."""
    result, _expected = doc("yuncheng-2017-emergency-system-division")
    assert [t.text for t in result.tasks] == ["完善应急预案体系"]
    text = "某府〔2024〕1号\n1.做甲\n(1)甲一。(市财政局负责)\n(2)甲二。\n(责任单位:市教育局)\n"
    got = load("x.txt", text=text)
    assert sorted((a.task, a.actor) for a in got.assignments) == [("1", "市财政局"), ("2", "市教育局")]


def test_a_notice_asking_its_addressees_to_act_is_not_a_task():
    """铜川: "现将《政府工作报告》重点工作予以分解,请各责任单位抓好落实,…" in the notice's own paragraph."""
    result, _expected = doc("tongchuan-2020-work-report-division")
    assert not any(a.actor == "各责任单位" for a in result.assignments)
    text = "某府〔2024〕1号\n\n现将重点工作予以分解,请各责任单位抓好落实。\n1.做好甲。各责任单位抓好落实。\n"
    assert [(a.task, a.actor) for a in load("x.txt", text=text).assignments] == [("1", "各责任单位")]


def test_a_row_number_the_header_does_not_name():
    """荆州: header "工作任务 | 具体要求 | 责任单位 | 时限要求 | ||"; rows "一、… | (一)… | 1 | … | units | …" and
    "2 | … | units | 持续推进 | ||": merged chapter and section cells, and a 序号 column without a name."""
    result, _expected = doc("jingzhou-2022-open-government-tasks")
    assert sorted(t.number for t in result.tasks) == ["1", "2"]
    assert len([a for r, a in triples(result, "2") if r == "lead"]) == 3


@pytest.mark.parametrize("name, number, leads", [
    # 徐庄镇: "专项整治行业名称 | 时间安排 | 责任单位": the first unnamed column is the task
    ("dengfeng-xuzhuang-2017-safety-rectification", "3", ["电管所"]),
    # 泗洲头镇: header names wrapped in narrow columns ("责任" / "领导", "责任" / "科室")
    ("xiangshan-sizhoutou-2024-key-work-q2", "2", ["乡村振兴办"]),
    # 同心: one task a page, "具体任务" / text / "责任单位" / units / "配合单位" / units
    ("tongxin-2023-work-report-health-task", "1", ["卫健局", "文旅局"]),
])
def test_tables_without_a_task_column_name_or_on_one_page(name, number, leads):
    result, _expected = doc(name)
    assert sorted(a.removeprefix("市") for r, a in triples(result, number) if r == "lead") == sorted(leads)


def test_table_headers_from_the_vocabulary():
    assert find_columns(["序号", "工作任务", "主要责任单位", "协同配合单位", "完成时限"], V) == \
        ["number", "task", "lead", "assist", "deadline"]
    assert find_columns(["序号", "重点工作", "责任领导", "责任单位", "完成时限"], V) == \
        ["number", "task", "people", "responsible", "deadline"]
    assert find_columns(["1", "做事。", "市财政局"], V) is None


# -- nothing silent --------------------------------------------------------------------------------------

def test_an_item_whose_clause_names_no_unit_is_reported():
    result = load("x.txt", text="某府〔2024〕1号\n1.做甲。(市财政局牵头)\n2.做乙。\n牵头单位:\n")
    assert sorted((i.line, i.kind) for i in result.issues if i.severity == "warning" and
                  i.kind not in ("metadata", "unresolved_unit")) == \
        [(3, "no_unit"), (4, "truncated"), (4, "unparsed_clause")]  # a label naming nothing, last: cut short?


def test_a_document_without_any_assignment_names_the_line_that_looked_like_one():
    with pytest.raises(UnreadableInput) as err:
        load("x.txt", text="某府〔2024〕1号\n一、总体要求\n坚持稳中求进。\n牵头单位:\n")
    assert err.value.line == 4 and "no division of labour" in str(err.value)


# -- the corpus as a whole -------------------------------------------------------------------------------

def test_corpus_accuracy():
    """Every labelled real document, loaded and scored as bench/loader_accuracy.py does."""
    sys.path.insert(0, str(ROOT / "bench"))
    from loader_accuracy import FIXTURES, score

    figures = score(FIXTURES)["figures"]["overall"]
    assert figures["documents"] >= 140
    # (平潭's pages, b130–b136, came in at 0.30 / 0.35 precision; their rosters ("成员由办公室、质监处…组成") and
    # mechanisms ("农业农村部门牵头抓总") still read as assists where their labellers read none)
    # (lead precision 0.969 with batches 144–149: a joint-inspection table whose header words the page broke over
    # lines, read as label lines; sub-rows of a 考核细则 read as parts where its labeller read one task per unit)
    # (assist precision 0.945 with batches 198–206: carry-forward statements whose units their labellers read as
    # leads of every later task where earlier labellers read assists — 杭州, 泰安, 宿迁 against 淮安, 平潭, 四川)
    # (lead precision 0.962 and assist precision 0.937 with batches 207–218: a bureau division's weekly schedule
    # workbook whose rows name people in 责任人 and offices in 相关责任处（室） its labeller read as assists, rows
    # without a 时段 cell read by content; "各处、中心" read as two units where its labeller kept one group)
    # (lead precision 0.954 with batches 220–228, before any rule for their tables: a 连云港 draft's annex tables
    # whose 部署机关 and 组织落实部门 columns read as units where its labeller read levels, and a bureau's division
    # tables giving each row the province's and the bureau's own division at once)
    # (lead precision 0.950 with batches 229–248: colleges' "教学楼教室及多媒体教室:教学科研处牵头、…配合" lines,
    # the area before the colon read as units)
    # (assist precision 0.930 with batches 249–271, 101 documents that came in at 293 of 472 tasks, lead 0.77 / 0.50,
    # assist 0.52 / 0.26: random-inspection tables whose 检查主体 / 联查部门 columns their labellers read as frames,
    # a national memo's 配合部门 with no lead, bureaus' openness points whose shared section cells cover groups)
    # (assist precision 0.918 with batches 278–308, 139 documents that came in at 837 of 1,087 tasks, lead 0.89 / 0.74,
    # assist 0.80 / 0.69: a city's carry-forward "以下均需安源区人民政府…落实,不再列出" its labeller read as leads of 31
    # later items where the corpus reads assists (萍乡); 民政、国土部门 read as printed where another labeller
    # distributed the kind; 属地责任 / 责任单位 pairs one labeller read as lead and assists)
    # (lead precision 0.942 with batches 309–335, 110 documents that came in at 480 of 725 tasks, lead 0.91 / 0.59,
    # assist 0.89 / 0.54: local laws' articles "X应当…" / "X负责…" read as parts where some labellers of the 上海
    # towns' 办法 read none; a covering notice's own duties ("区委办公室负责将目标任务的完成情况纳入综合考评") read as
    # tasks where its labeller kept only the annex table)
    # (assist precision 0.903 with batches 354–366: a 河北 plan whose sections each close with one clause after their
    # last numbered point ("…3.提高校内外青少年科技活动水平。…(省教育厅、省科协、团省委牵头,省委宣传部…等部门配合)"), which
    # its labeller read as the section's and the loader reads as the last point's, sixteen assists a section)
    # (lead precision 0.939 with batches 367–370: an emergency plan's command set up with its "成员单位:" roster, which
    # the loader reads as the setup's leads and its labeller as no task; a progress table whose merged 牵头单位 cells
    # its labeller carried down the block)
    # (assist precision 0.917 with batches 377–388, up from 0.901 once a clause on its own line after a section's last
    # item is the section's (河北 科学素质, sixteen assists a section); two county and provincial lists whose carried
    # units their labellers read as leads where the corpus reads assists (西双版纳, 湖南 交房即交证) hold it there)
    # (lead precision 0.947 and assist precision 0.927 with batches 389–406, once the bench compares a label read
    # whole with the union of the loader's parts (a workbook's measure rows, "X负责…;Y负责…" sentences); before
    # that a provincial group's workbook alone, its measures read as tasks "1b", "1c", held lead precision at 0.933)
    # (assist precision 0.913 with batches 448–486: a 河北 opinion whose "以下均需各市县政府、雄安新区管委会负责，不再列出"
    # its labeller read as leads of every later item where the corpus reads carried units as assists (53), a
    # bureau's monthly ledgers whose rows name partners its labellers read as leads)
    # (lead precision 0.940 with batches 487–513: national and 北京 rules (国务院令第708号, 国办发〔2024〕5号, 政务服务
    # 办法) whose labeller reads a unit only where a role word (负责, 会同, 牵头) attaches it, where the loader and
    # earlier labellers of rules also read the subjects of "X应当…" / "X要…" (b513: 25 of 89 leads right))
    # (lead precision 0.929 with batches 514–549: national and provincial 条例 and 规章 (国务院令第393号, 第591号, 防汛条例,
    # 安监总局令, 山东 条例) whose labellers, as b513's, read a unit only where a role word attaches it, where the loader
    # also reads the subjects of "X应当…" and "X负责…" in every article; 教育部 rules whose labellers read the actor of
    # each step; 河北 科技厅 and 教育厅 rules whose duty chapters ("X的主要职责是：（一）…") their labellers read one
    # task an article)
    # (lead precision 0.924 with batches 550–569: 河北 规章 and 科技部 rules whose duty lists their labellers read one
    # task an article where the loader reads each item ("X履行下列职责：（一）…", 山东 消防条例 against 河北 自贸试验区条例),
    # 河北 科技厅 rules whose labellers read a unit only where a role word attaches it)
    # (lead precision 0.917 with batches 570–605: 教育部 joint notices, opinions and rules of 2003–2026 whose labellers
    # read the subjects of duty sentences one item at a time, 河北 规章 and 人社 rules whose labellers read a unit only
    # where a role word attaches it and leave out the regulated parties (商业银行, 校外培训机构, 供水单位) the loader
    # reads as the subjects of "X应当…")
    # (lead precision 0.913 with batches 606–635: 北京, 上海, 重庆, 广东 and city regulations' duty articles whose
    # labellers read a paragraph as one task where the loader reads each sentence's subject as a part, and leave out
    # the media, schools and trade associations a law also gives duties; 教育部 and 四川 records whose labellers read
    # the actor of each step)
    # (assist precision 0.909 with batches 636–671: national and local laws whose labellers leave out the members of a
    # joint meeting or committee and the bodies a government "organises", and read "配合"/"协同" with no partner named as
    # leads, where the loader reads those bodies as assists)
    # (assist precision 0.908 with batches 678–717, 173 documents whose 53 assists right come with 33 wrong: 教育部
    # notices whose labellers leave out the bodies a 会同 / 联合 clause names as partners, regulations whose "…等部门，
    # 应当各司其职，协同民政部门…" their labeller reads as the trades assisting, the loader as the trades leading)
    # (lead precision 0.916 and assist precision 0.909 with batches 767–801: their laws' bodies read as printed, and a
    # label keyed by another numbering matched to the parts of the one task its text opens, bench/loader_accuracy.py)
    # (lead precision 0.918 with batches 802–827: 132 laws and regulations, their subjects' levels printed once, and
    # their own duties printed with 的, read; 0.9193 today)
    # (lead precision 0.919 with batches 828–867: 234 laws and regulations that came in at 0.93, their subjects' long
    # names, mass organisations and helpers read; 0.9200 today)
    # (assist precision 0.908 with batches 855–889: the bodies after 会同 read when a preposition, their kind or 联合会
    # ends them, and trades closed by 等 and their kind — 118 more right on the earlier documents for 144 more given, the
    # rest partners their labellers leave out ("会同网信、通信…等相关部门将…", 教育部 notices; "联合公安、工商、消防等部门",
    # a district's 联合检查 notes); 0.9087 today, lead precision 0.9194)
    # (lead precision 0.918 with batches 885–910: 138 laws and regulations that came in at 0.90, the last four
    # batches, never read, at 0.71 to 0.98 (b899, b909 the lowest); 0.9190 today)
    # (lead precision 0.917 with batches 911–938: 168 national laws, State Council regulations and provincial and city
    # regulations that came in at 0.87 and are at 0.87 (at first sight b912 0.38, b926 0.54, b931 0.46, b938 0.55:
    # duty lists whose items the loader reads as tasks where their labellers key the list head or leave out a list of
    # 可以 powers, "国务院设立关税税则委员会，…" read as one name); the earlier documents' 0.9189; 0.9181 today, with
    # batches 939–944)
    # (lead precision 0.916 and assist precision 0.907 with batches 993–1033: 246 national laws, State Council
    # regulations and provincial and city regulations that came in at lead precision 0.90 and assist precision 0.85
    # (national ones' approving bodies, courts and 主管机关 their labellers key); and 各地 alone as a notice's subject,
    # which some notices' labellers leave (b550), with a law's body before the time or object of its duty: the earlier
    # documents' lead precision 0.9180 → 0.9172 for recall 0.7711 → 0.7736; 0.9168 and 0.9080 at the round's end)
    # (lead precision raised to 0.917 with batches 1034–1067: a law's article over its duty list one task, not each
    # item read as one, the earlier documents' lead precision 0.9168 → 0.9191; the new batches came in at 0.85, most
    # of the later ones people's congresses' rules of their own work; 0.9179 and 0.9080 today)
    # (held at 0.917 and 0.907 with batches 1069–1073, 13 pages of plans, and this round's rules for laws: 会同's
    # partners before a verb the vocabulary lacks (83 assists more right for 105 given: the rest partners their labellers
    # leave out, 有关部门 in plans), a law's 由 agents (214 leads more right for 263 given); 0.9175 and 0.9077 today)
    # (held with batches 1074–1083, 8 pages of plans at lead precision 0.90 at first sight (0.95 now), and this round's
    # table rules (the earlier documents' 14 leads more right for 17 given); 0.9175 and 0.9078 today)
    # (assist precision lowered to 0.906 with batches 1089–1099, 24 documents from repositories' CSVs and a school
    # site's crawl, at assist precision 0.87 at first sight: 广安 2022's carried county governments, which its
    # labeller reads as leads and the loader as assists, and a national contest plan's annexes; 0.9178 and 0.9067)
    # (held with batches 1107–1119, 23 documents at lead precision 0.96 and assist precision 0.93 at first sight (a
    # JSON dump's carried units among them); 0.9185 and 0.9073 today)
    # (held with batches 1122–1136, 31 documents at lead precision 0.87 and assist precision 0.84 at first sight (a
    # browser-printed PDF's overprinted header, 平潭 one-line pages, institutions' Word procedures); 0.9188 and 0.9084;
    # 0.9190 and 0.9067 with batches 1137–1138, six carbon PDFs at assist precision 0.80: 安徽's carried 各市人民政府)
    # (held with batches 1142–1161, 42 documents at lead precision 0.99 and assist precision 0.91 at first sight (a
    # joint plan's two lists per bracket read as one; 0.98 and 0.96 now); 0.9212 and 0.9089; 0.9215 and 0.9096 with
    # batches 1162–1164, six carbon PDFs at lead precision 0.99 and assist precision 0.98 at first sight)
    # (held with batches 1165–1191, 51 documents at lead precision 0.97 and assist precision 0.88 at first sight (0.98
    # and 0.91 now), and a rule reading groups' duty sentences in numbered items that gives precision for recall (the
    # earlier documents' lead precision 0.9215 → 0.9205, assist 0.9096 → 0.9133); 0.9226 and 0.9131)
    # (held with batches 1202–1227, 35 documents at lead precision 0.97 and assist precision 0.90 at first sight (0.97
    # and 0.92 now, with JSON ledgers, pattern-filled PDFs and groups' members read); 0.9236 and 0.9145)
    # (held with batches 1229–1272, 73 documents (53 of them pages' emergency plans and duty lists) at lead precision
    # 0.95 and assist precision 0.83 at first sight (0.95 and 0.84 now: carried units their labellers leave out);
    # 0.9241 and 0.9131)
    # (held with batches 1275–1329, 107 documents (95 of them pages of law mirrors' copies: department-type duty
    # clauses, space-parted tables) at lead precision 0.89 and assist precision 0.82 at first sight (0.91 and 0.86
    # now); 0.9241 and 0.9121)
    # (held with batches 1331–1544, 195 documents (most of them law mirrors' later pages of 1990s–2000s rules and
    # plans, regulations' articles, two repositories' national laws) at lead precision 0.84 and assist precision 0.86
    # at first sight (0.85 and 0.87 now); 0.9230 and 0.9121)
    # (held with batches 1547–1690, 159 documents (city and provincial rules' duty articles, 实施办法 of national laws,
    # emergency and disaster-relief plans' later pages) at lead precision 0.83 and assist precision 0.79 at first sight
    # (0.84 and 0.87 now); 0.9215 and 0.9117)
    # (held with batches 1691–2190, 501 documents (rules of cities, provinces and autonomous areas whose articles give
    # departments duties, emergency plans' later pages) at lead precision 0.85 and assist precision 0.87 at first sight
    # (0.86 and 0.87 now); 0.9193 and 0.9110)
    # (held with batches 2195–2480, 128 documents (依法行政 task lists, 2000s SME and employment measures, 政务公开 points,
    # notices assigning duties, decision catalogues, poverty and ethnic-affairs regulations) at lead precision 0.92 and
    # assist precision 0.91 at first sight (0.94 and 0.93 now); 0.9195 and 0.9111)
    # (held with batches 2491–2654, 93 documents (ethnic and language regulations, 19 national texts of one climate-policy
    # dataset on one line each, emergency plans' member duties, funeral and disaster-relief rules, blogs' law texts) at
    # lead precision 0.73 and assist precision 0.77 at first sight (0.78 and 0.80 now); 0.9182 and 0.9104)
    # (lowered to 0.916 with batches 2656–2819, 89 documents (suggestion-handling rules naming 主办/会办 by role, towns'
    # procedures, 一件事 lists, national ministries' texts on one line whose duties are "X应…" sentences) at lead
    # precision 0.77 and assist precision 0.70 at first sight (0.79 and 0.71 now); the earlier files held at 0.9182 and
    # 0.9104; all 0.9169 and 0.9098)
    assert figures["lead_precision"] >= 0.916 and figures["assist_precision"] >= 0.906, figures
    # floors a little under today's figures (a regression guard; the issue's target is 0.97 for all four): batches
    # 111–133 (上海 district bureaus' and towns' plans whose duties are "X要…/X应…" sentences, 平潭 pages) came in at
    # 0.94 / 0.94 and 0.94 found; with 平潭 0.93 / 0.93 (0.93 / 0.93 today)
    # (assist recall 0.89 with batches 198–206: 广安's 2014 task table crawled with no cell or row separators, 43
    # tasks; 杭州's carried units)
    # (lead recall 0.910 and assist recall 0.875 with batches 220–228: State Council notices of 1988–2007 dividing
    # their work in "X要…" prose sentences, b224 at 24 of 74 tasks; the same annex tables)
    # (lead recall 0.892 and assist recall 0.866 with batches 229–248, 99 documents of kinds new to the corpus -
    # meeting records whose tasks are led by people and done by units, colleges' notices, duty-boundary pages of
    # 权责清单, office systems' Word files - that came in at 533 of 777 tasks, lead recall 0.59)
    # (lead recall 0.879 and assist recall 0.852 with batches 249–271: one-cell-a-line inspection tables with two-level
    # headers and merged cells, meeting records, schools' "请X…" notices, activity plans' tables with no header)
    # (lead recall 0.866 and assist recall 0.842 with batches 278–308: the pages' documents - hospitals', companies',
    # towns' and party bodies' own divisions, supervision bulletins, policy Q&A pages, meeting minutes - came in at
    # 283 of 484 tasks, lead 0.86 / 0.52; a town's two-tier public-health table coding roles as 为主/参与, a working
    # groups' table with no separators at all, a 定西 package whose chapter-closing labels its labeller spread over
    # every item of the chapter)
    # (lead recall 0.854 and assist recall 0.830 with batches 309–335: laws' articles whose subjects are a level's
    # government and a list of trades ("县级以上人民政府住房城乡建设、城市管理…等管理部门…在各自职责范围内做好…"),
    # 人大 / 政协 pages (建议 交办, 界别 协商), one-line tables with no separators, a 会同 / 协助 reading that
    # labellers of duty lists and of laws settle differently)
    # (assist recall 0.827 with batches 336–353: a college's notices whose helpers are named after 协同 / 会同 where the
    # loader reads none, a street office's 配合单位 glued to its task text, towns' news whose points name no partner)
    # (lead recall 0.848 and assist recall 0.809 with batches 354–366: the same sections' clauses; meeting minutes;
    # 衔接资金 notices whose implementing units sit in table cells; a 民生实事 table whose units sit in a row)
    # (lead recall 0.843 with batches 367–376: local laws whose articles' governments and departments labellers split
    # paragraph by paragraph or join across sentences, task forces' and ministries' own offices, later pages whose
    # lists start on an unstored page)
    # (lead recall 0.838 with batches 377–388: city governments' 规章 read article by article (衡阳 殡葬, 淮南 公园), colleges'
    # holiday notices whose offices lead in "X要…" sentences, national prose notices whose labeller reads "各地区、各部门"
    # as leads, a real-estate county list whose carried units its labeller read as leads)
    # (assist recall 0.838 with batches 377–388: the same sections' clauses read as theirs)
    # (lead recall 0.843 and assist recall 0.848 with batches 389–406: prose opinions whose subjects are schools and
    # groups ("各级各类学校要…"), national notices of 2020 on one line, meeting rules whose paragraphs name offices)
    # (lead recall 0.836 with batches 407–424: 广州 bureaus' 规章 and notices whose labellers read every body an article
    # names (长者饭堂, 定点护理机构, 幼儿园), Shanghai documents that route each case to a body in prose, a town's
    # 走访 plan and a 五常 measure list naming trades without 部门)
    # (assist recall 0.835 with batches 426–447: a State Grid 领导小组 document whose working groups' member lists
    # ("成员由国网财务部、设备部…组成", 56 units) its labeller read as assists of the group's host department, where
    # earlier labellers read "办公室设在X" and member lists as set-up, not tasks; a 浙江 dataset plan's annex whose
    # category cells carry "（牵头单位：省卫生健康委）" over rows whose 责任单位 its labeller read as assists (54), where
    # the loader reads a category's lead as its domain's; Shanghai 办法 whose articles route work in prose)
    # (assist recall 0.820 with batches 448–486: a bureau's monthly ledgers whose labellers list every division a
    # row's 批示 names (153 assists, 17 read), its coordination minutes naming partners in running prose, State Grid
    # notices whose supervision groups' experts its labeller carried into every group, Shanghai 办法 whose parties
    # 会同 / 协助 one another)
    # (lead recall 0.833 with batches 487–508: rules in articles — 北京 规章, 四川 教育 实施细则 — whose labellers read
    # the parties they regulate (职业学校, 实习单位, 评审委员会) as units; 教育部 notices dividing work in "X要…"
    # sentences labelled sentence by sentence; page excerpts of joint meetings whose member lists their labellers
    # read as assists)
    # (assist recall 0.814 with batches 509–511: national and 山东 rules whose articles name partners after 会同 /
    # 协助 / 参加 past a verb or a preamble ("按照预算管理规定，省住房城乡建设厅会同省财政厅设定…"), a 国务院 条例's
    # 协助 bodies ("村民委员会、居民委员会以及红十字会…依法协助人民政府开展…")
    # (lead recall 0.818 and assist recall 0.798 with batches 514–549: the same rules, whose labellers of other batches
    # read the subjects of "X应当…" where the loader reads them in one article and not in the next; 教育部 督导 rules
    # whose steps' actors are the subjects of "X要…"; a 国办 notice's 健全工作机制 item whose department sentences
    # ("发展改革部门要…。农业农村部门负责…") open after a sentence naming no body; joint-meeting and task-force members
    # their labellers read as assists)
    # (lead recall 0.800 and assist recall 0.789 with batches 550–569: 2005–2022 national 教育部 opinions and notices
    # whose units are the subjects of "各地教育、公安…部门要…" sentences, department lists split into trades; 河北
    # 规章 whose warning-level paragraphs name one department a sentence, run together without marks)
    # (lead recall 0.778 and assist recall 0.775 with batches 570–605: 教育部 notices and opinions whose work is divided
    # in "X要…" sentences beside a few 负责 / 会同 clauses (the prose is read only where little else is: 704 of 1,374
    # tasks at first sight, lead recall 0.43); a flattened 建设标准 table whose 责任部门 cells are merged; a duty manual
    # whose lead-in paragraph between its heading and its items breaks the outline)
    # (assist recall 0.772 with batches 606–635: laws whose "A协助B" and "与X共同做好" partners and 以下统称 lists their
    # labellers read as assists, 上海 regulations whose "X等部门…配合民政部门共同做好" names its lead only inside the
    # assist clause)
    # (lead recall 0.772 and assist recall 0.763 with batches 636–677, 222 national laws, State Council regulations and
    # provincial and city regulations that came in at lead recall 0.56 and assist recall 0.22 and are at 0.65 and 0.29:
    # bodies named by a description ("用水区的县级人民政府", "具有行政管理职能的市人民政府派出机构"), joint meetings and
    # mechanisms as bodies, members and organised bodies read as assists; the earlier documents' recall rose, 0.777 →
    # 0.781)
    # (lead recall 0.770 and assist recall 0.756 with batches 678–717, 173 documents that came in at lead recall 0.57
    # and are at 0.61: 教育部 and 四川 records whose labellers read the subjects of "X要…" sentences and the schools and
    # enterprises a notice gives duties (27 documents, lead recall 0.17), laws whose paragraphs of three bodies'
    # sentences their labellers key as one task; the earlier documents' recall rose, 0.772 → 0.777)
    # (lead recall 0.764 and assist recall 0.747 with batches 718–766, 281 regulations, State Council rules and 教育部
    # and 四川 records that came in at lead recall 0.64 and assist recall 0.26 and are at 0.67 and 0.33: bodies named by
    # a description or by what they are set up for, 可以 clauses their labellers read as tasks, items titled
    # "工业污染防治的监督管理：" before their bodies, the 教育部 records' "X要…" subjects; the earlier documents' recall
    # rose, 0.770 → 0.772)
    # (lead recall 0.766 and assist recall 0.747 with batches 767–801, 186 national laws, State Council regulations and
    # provincial and city regulations that came in at lead recall 0.68 and assist recall 0.26 and are at 0.72 and 0.46:
    # bodies named by long descriptions ("少数民族人口较多的城市的人民政府"), whole articles keyed where the loader reads
    # paragraphs, duty lists after a paragraph of another body's; the earlier documents' recall rose, 0.765 → 0.768)
    # (held at 0.766 and 0.747 with batches 802–827, 132 laws and regulations that came in at lead recall 0.62 and
    # assist recall 0.45 and are at 0.66 and 0.48: bodies by 由…监督管理 clauses, "X所属的Y" names their labellers
    # shorten, 协助 whose helped body is in the sentence before; the earlier documents' recall rose, 0.767 → 0.769;
    # 0.767 and 0.7473 today)
    # (lead recall 0.769 and assist recall 0.745 with batches 828–867, 234 laws and regulations that came in at lead
    # recall 0.71 and assist recall 0.39 and are at 0.73 and 0.51: assists their labellers read where the loader finds
    # no helped body (村（居）民委员会 协助…, "X会同…" inside a body's own duty list), duty lists keyed by their head while
    # the loader reads their items; the earlier documents' recall rose, 0.7676 → 0.7717 and 0.7473 → 0.7482; 0.7703
    # and 0.7458 today)
    # (assist recall raised to 0.750 with batches 855–889, 126 laws and regulations that came in at lead recall 0.70
    # and assist recall 0.48 and are at 0.71 and 0.50: the partners after 会同 read (see assist precision above); the
    # earlier documents' assist recall rose, 0.7458 → 0.7531; 0.7692 and 0.7507 today)
    # (lead recall raised to 0.770 with batches 885–910, 138 laws and regulations that came in at lead recall 0.70 and
    # assist recall 0.49 and are at 0.72 and 0.57: trades the vocabulary lacked (科学技术, 知识产权 …), a law's later
    # paragraph whose agent follows its topic and 由, 设区的市 printed once with other levels; the earlier documents'
    # lead recall rose, 0.7692 → 0.7718; 0.7708 and 0.7506 today)
    # (assist recall 0.749 with batches 911–938, 168 laws and regulations that came in at lead recall 0.63 and assist
    # recall 0.36 and are at 0.64 and 0.37: national regulations whose duties are procedures and powers their labellers
    # key (由…决定, 可以…), partners in a conditional clause; the earlier documents' recall rose, 0.7708 → 0.7733 and
    # 0.7506 → 0.7520; 0.7705 and 0.7495 today, with batches 939–944, which came after the round's rules)
    # (assist recall 0.747 with batches 945–978, 204 laws and regulations that came in at lead recall 0.69 and assist
    # recall 0.46 and are at 0.71 and 0.47: national regulations' approvals and 由…执行 agents, defence laws' military
    # bodies, partners consulted (商) or named after 与; the earlier documents' lead recall rose, 0.7705 → 0.7733, their
    # assist recall held, 0.7495; 0.7717 and 0.7474 today; 0.746 with batches 979–985, 42 regulations that came after
    # the round's rules at assist recall 0.29: 0.7714 and 0.7468 today; 0.7711 and 0.7468 with batches 986–992)
    # (assist recall 0.744 with batches 993–1033, 246 laws and regulations that came in at lead recall 0.69 and assist
    # recall 0.43 (national laws and State Council regulations at 30% of their tasks: approvals, courts, 主管机关, 海关,
    # powers their labellers key) and are at the same; the earlier documents' recall rose, 0.7711 → 0.7736 and
    # 0.7468 → 0.7472; 0.7709 and 0.7446 at the round's end)
    # (lead recall 0.766 and assist recall 0.741 with batches 1034–1067, 204 provincial and city regulations that came
    # in at lead recall 0.60 and assist recall 0.47 and are at the same: the later rounds' people's congresses' own
    # rules, whose standing committees, 主任会议 and 专门委员会 the loader seldom reads (100 of 199 tasks found in the
    # last); the earlier documents' recall held, 0.7709 → 0.7715 and 0.7446 → 0.7447; 0.7672 and 0.7427 today)
    # (raised to 0.770 and 0.747 with batches 1069–1073, 13 pages of plans that came in at lead recall 0.89 and assist
    # recall 0.83 (0.88 now), and this round's rules: a law's passive agents (由X规定, 由X给予) and later 由X负责 segments,
    # 会同's partners before a verb the vocabulary lacks; the earlier documents' recall rose, 0.7672 → 0.7706 and
    # 0.7427 → 0.7477; 0.7707 and 0.7483 today)
    # (lead recall held at 0.770, assist recall raised to 0.749 with batches 1074–1083, 8 pages of plans and task tables
    # that came in at lead recall 0.78 and assist recall 0.79 (0.84 and 1.00 now), and this round's rules for tables
    # and label lines: merged 事项分类 / 项目名称 cells, a label line broken inside a name; the earlier documents' recall
    # rose, 0.7707 → 0.7709 and 0.7483 → 0.7492; 0.7710 and 0.7497 today)
    # (held with batches 1122–1136, 31 documents at lead recall 0.76 and assist recall 0.57 at first sight (0.88 and
    # 0.90 now); 0.7753 and 0.7618; 0.7762 and 0.7642 with batches 1137–1138)
    # (held with batches 1142–1161, 42 documents at lead recall 0.92 and assist recall 0.98 at first sight (0.94 and
    # 0.98 now); 0.7808 and 0.7713; 0.7817 and 0.7723 with batches 1162–1164 (0.86 and 0.79 at first sight: 成都's
    # clauses in ［］, 1.00 and 0.89 now))
    # (held with batches 1165–1191, 51 documents at lead recall 0.89 and assist recall 0.54 at first sight (0.90 and
    # 0.61 now; without a work ledger kept as JSON records, 126 tasks never read, 0.94 and 0.77 → 0.95 and 0.87);
    # 0.7876 and 0.7661)
    # (held with batches 1202–1227, 35 documents at lead recall 0.76 and assist recall 0.70 at first sight (0.84 and
    # 0.89 now; the JSON ledger read, 1.00 and 1.00); 0.7901 and 0.7804)
    # (held with batches 1229–1272, 73 documents at lead recall 0.80 and assist recall 0.80 at first sight (0.81 and
    # 0.86 now; county emergency plans' response steps in prose, 0.45); 0.7905 and 0.7818)
    # (held with batches 1275–1329, 107 documents at lead recall 0.63 and assist recall 0.43 at first sight (0.66 and
    # 0.59 now; "X要…" sentences under an item's title, a space-parted table whose header has a rate column, a
    # two-row header in a "cell |" page); 0.7889 and 0.7788)
    # (held with batches 1331–1544, 195 documents at lead recall 0.59 and assist recall 0.46 at first sight (0.59 and
    # 0.48 now; laws' articles their labellers read paragraph by paragraph, "X要…" items, "由X在…开展" agents, duty
    # lists labelled item by item); 0.7856 and 0.7743)
    # (held with batches 1547–1690, 159 documents at lead recall 0.51 and assist recall 0.49 at first sight (0.55 and
    # 0.57 now; working groups "由A、B…派员组成", regulations' steps "X向Y报告…", digests' articles joined by commas);
    # 0.7824 and 0.7720)
    # (held with batches 1691–2190, 501 documents at lead recall 0.64 and assist recall 0.38 at first sight (0.65 and
    # 0.38 now; "X可以…" permissions read in two of three, helpers without a body named read as assists, organised
    # departments); 0.7768 and 0.7613)
    # (held with batches 2195–2480, 128 documents at lead recall 0.67 and assist recall 0.66 at first sight (0.68 and
    # 0.67 now; "X要…" duties of old plans' items, prose handovers "现由X委托Y负责", wrapped PDF table cells); 0.7759 and
    # 0.7604)
    # (held with batches 2491–2654, 93 documents at lead recall 0.39 and assist recall 0.33 at first sight (0.45 and 0.44
    # now; national texts on one line whose duties are "X要…" prose, regulations' permissions and many-body clauses);
    # 0.7722 and 0.7573)
    # (lowered to 0.768 with batches 2656–2819, 89 documents at lead recall 0.44 and assist recall 0.23 at first sight
    # (0.44 and 0.23 now: procedures whose every reviewing office its labellers read as a lead, "X应…" sentences of
    # national and Shanghai texts); the earlier files 0.7736 and 0.7575, up from 0.7722 and 0.7573; all 0.7690 and 0.7530)
    assert figures["lead_recall"] >= 0.768 and figures["assist_recall"] >= 0.749, figures
    found, total = map(int, figures["tasks_found"].split("/"))
    # (batches 144–149 came in at 30 of 118 tasks: a 平潭 普法责任清单 whose table lost every separator (28 tasks),
    # a university's 机构简介 page, joint-inspection tables flattened with their header words broken over lines)
    # (0.908 with batches 229–248: the same meeting records and notices, prose notices labelled sentence by
    # sentence and clause by clause where the corpus reads one task an item, "area:unit牵头" lines)
    # (0.897 with batches 249–271: the same tables, and pages whose 组织单位 / 主办 rows name no task words)
    # (0.886 with batches 278–308: the same pages; 0.881 with batches 309–335: laws' articles of several paragraphs)
    # (0.877 with batches 336–353: progress bulletins, news reports of towns' offices, colleges' notices, a bureau's
    # progress table with a stray cell, local laws whose articles hold a 由 clause before their paragraphs' subjects)
    # (0.870 with batches 354–366: meeting minutes whose decisions name units in running prose ("要求水务部门牵头",
    # "请国土会同发改…"), a 民生实事 table whose units sit in a row under its columns with merged cells, task forces'
    # notices whose groups are the subjects of their duties)
    # (0.874 with batches 389–406: the same prose, a joint mechanism's notice of one line whose sub-headings name
    # who acts, proposals' handling reports in prose; 0.871 with batches 407–424: the same 规章 and routing prose)
    # (0.866 with batches 487–508: the same rules' articles, two 四川 实施细则 at 11 of 53 and 11 of 25 tasks)
    # (0.853 with batches 514–549: the same rules, whose articles their labellers split by paragraph or sub-item, and
    # prose opinions labelled sentence by sentence)
    # (0.836 with batches 550–569: the same opinions' "X要…" sentences, one-line 规章 whose articles and items run
    # together with no marks, warning-level paragraphs of department sentences)
    # (0.819 with batches 570–605: the same 教育部 notices' "X要…" sentences, the flattened 建设标准 table, duty lists
    # under a heading and its lead-in paragraph)
    # (0.816 with batches 606–635: regulations' articles whose paragraphs after a lead-in's items, or sentences in one
    # paragraph, their labellers key differently; 四川 rules' procedure articles labelled step by step)
    # (0.811 with batches 636–671: the same laws, whose paragraphs their labellers read as tasks where the loader finds
    # no body it knows, 176 of their 236 tasks after every rule)
    # (0.809 with batches 678–717: the same 教育部 and 四川 records, 71 of their 258 tasks found; the earlier
    # documents' 76 more tasks found)
    # (0.805 with batches 718–766: the same laws and records, 1,272 of their 1,746 tasks found; the earlier documents'
    # 48 more tasks found)
    # (0.806 with batches 767–801: the same laws, 697 of their 894 tasks found; the earlier documents' 43 more found)
    # (0.807 with batches 802–827: the same laws, 509 of their 660 tasks found; the earlier documents' 64 more found)
    # (0.810 with batches 828–867: the same laws, 897 of their 1,132 tasks found; the earlier documents' 110 more found)
    # (0.809 with batches 855–889: the same laws, 456 of their 603 tasks found, 454 at first sight; 0.8099 today)
    # (raised to 0.811 with batches 885–910: the same laws, 549 of their 716 tasks found, 541 at first sight; the
    # earlier documents' 71 more found; 0.8112 today)
    # (0.809 with batches 911–938: the same laws, 566 of their 840 tasks found, 554 at first sight; the earlier
    # documents' 65 more found, 0.8112 → 0.8132; 0.8099 today, with batches 939–944: 139 of their 164 found)
    # (held at 0.809 with batches 945–978: 674 of their 921 tasks found, 659 at first sight; the earlier documents'
    # 69 more found, 0.8099 → 0.8119; 0.8098 today, 0.8094 with batches 979–985: 131 of their 178 found)
    # (0.808 with batches 986–992, 41 national laws, State Council regulations and local regulations that came after
    # the round's rules, scored and not read: 96 of their 144 tasks found, as at first sight; 0.8088 today)
    # (held at 0.808 with batches 993–1033: 807 of their 1,142 tasks found, 805 at first sight; the earlier
    # documents' 147 more found, 0.8088 → 0.8131; 0.8096 at the round's end)
    # (0.805 with batches 1034–1067: 705 of their 1,041 tasks found, 707 at first sight (the congresses' own rules
    # above); the earlier documents' 6 more found; 0.8060 today)
    # (raised to 0.810 with batches 1069–1073: 47 of their 49 tasks found, as at first sight; the earlier documents'
    # 167 more found, a law's passive agents' paragraphs (whole laws had loaded nothing); 0.8108 today)
    # (raised to 0.811 with batches 1074–1083: all 51 of their tasks found at first sight; the earlier documents' 10
    # more found, a table a section heading had ended and a department's extract keeping its county's numbers; 0.8113
    # today)
    # (lowered to 0.810 with batches 1089–1104: 306 of their 395 tasks found at first sight, none of the 54 of 河北
    # 工信厅's 政务公开 table crawled with its cells run together and its offices printed once per group; 0.8109 today)
    # (held with batches 1122–1136: 552 of their 681 tasks found at first sight, 596 now; 0.8132; 0.8139 with 1137–1138)
    # (held with batches 1142–1161: 700 of their 751 tasks found at first sight, 711 now; 0.8164; 0.8169 with batches
    # 1162–1164: 77 of their 92 found at first sight, all 92 now)
    # (held with batches 1165–1191: 730 of their 928 tasks found at first sight, 741 now (none of a JSON ledger's 126);
    # the earlier documents' 110 more found; 0.8192)
    # (held with batches 1331–1544: 659 of their 918 tasks found at first sight, 667 now; 0.8201)
    # (held with batches 1547–1690: 526 of their 782 tasks found at first sight, 543 now; 0.8187)
    # (held with batches 1691–2190: 1,787 of their 2,344 tasks found at first sight, 1,800 now; 0.8162)
    # (held with batches 2195–2480: 423 of their 556 tasks found at first sight, 423 now; 0.8155)
    # (held with batches 2491–2654: 339 of their 614 tasks found at first sight, 390 now; 0.8137)
    # (held with batches 2656–2819: 445 of their 768 tasks found at first sight, 444 now; 0.8103)
    assert found >= 0.810 * total, figures


def test_hostile_lines_stay_linear():
    """bench/loader_hostile.py's cases at a tenth of their size load in a fresh process (the timings are its job)."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "loader_hostile.py"), "--scale", "0.1"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1].startswith("{")


@pytest.mark.parametrize("name, text", [
    # tab rows (a PDF's or Word's text): the second header row names the columns under "责任单位"
    ("plan.txt", "某府〔2024〕1号\n序号\t工作任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n"
                 "1\t做甲。\t市发改委\t市财政局、市商务局\t2024年底\n"),
    # a web page: colspan / rowspan in the header
    ("plan.html", "<p>某府〔2024〕1号</p><table><tr><th rowspan=2>序号</th><th rowspan=2>工作任务</th>"
                  "<th colspan=2>责任单位</th><th rowspan=2>完成时限</th></tr><tr><th>牵头单位</th><th>配合单位</th></tr>"
                  "<tr><td>1</td><td>做甲。</td><td>市发改委</td><td>市财政局、市商务局</td><td>2024年底</td></tr></table>"),
])
def test_a_header_over_two_rows(name, text):
    result = load(name, text=text)
    assert triples(result, "1") == [("assist", "市商务局"), ("assist", "市财政局"), ("lead", "市发改委")]


def test_a_truncated_copy_does_not_silently_replace_the_document(tmp_path):
    """The first 3,353 bytes of the 2018 plan: 4 of its 18 tasks (counted by hand from the cut text)."""
    from cli import cli

    cut = tmp_path / "cut.txt"
    cut.write_bytes((ROOT / "examples" / "wuhan-2018-internationalisation-plan.txt").read_bytes()[:3353])
    store = ["--store", str(tmp_path / "s.db")]
    runner = CliRunner()
    assert runner.invoke(cli, [*store, "load", str(ROOT / "examples" / "wuhan-2018-internationalisation-plan.txt")]
                         ).exit_code == 0
    refused = runner.invoke(cli, [*store, "load", str(cut)])
    assert refused.exit_code == 1
    assert "would replace 武政〔2018〕50号 (18 tasks) with 4 tasks: 78% fewer" in refused.output
    assert "nothing was stored" in refused.output
    docs = runner.invoke(cli, [*store, "docs", "--format", "json"])
    assert [d["tasks"] for d in __import__("json").loads(docs.output)] == [18]
    replaced = runner.invoke(cli, [*store, "load", str(cut), "--replace"])
    assert replaced.exit_code == 0 and "replaced" in replaced.output
    assert "cut.txt:44: truncated: the document ends inside a sentence" in replaced.output


def test_a_label_with_its_official_in_the_same_line():
    """"牵头单位及责任人:市发改委(张三)": the label is 牵头单位; the name in brackets is the official, not a unit's alias."""
    result = load("x.txt", text="某府〔2024〕1号\n1.做甲。\n牵头单位及责任人:市发改委(张三)\n配合单位:市财政局\n"
                                "2.做乙。\n责任单位(人):市教育局(牵头)、市人社局\n")
    assert triples(result, "1") == [("assist", "市财政局"), ("lead", "市发改委")]
    assert triples(result, "2") == [("assist", "市人社局"), ("lead", "市教育局")]
    assert [p.name for p in result.people] == ["张三"]
    assert "牵头" not in next(u for u in result.units if u.name == "市教育局").aliases


def test_units_parted_by_spaces_are_a_list():
    """A PDF that lost its 、: "市发改委 市财政局" is two units; "王 强" stays one official."""
    result = load("x.txt", text="某府〔2024〕1号\n1.做甲。(责任单位:市发改委 市财政局)\n2.做乙。\n牵头单位:市商务局\n责任领导:王 强\n")
    assert triples(result, "1") == [("lead", "市发改委"), ("lead", "市财政局")]
    assert [p.name for p in result.people] == ["王强"]


# -- families from batches 23-28 (each scored before its rule was written) --------------------------------

def test_items_run_together_in_a_pdf_text_are_cut_at_their_numbers():
    """baoan (a PDF's text on a sharing site): "(五)…行动 22.出台…", "…各街道办) 23.编制…": items start mid-line."""
    result, _expected = doc("baoan-2017-sponge-city-water-tasks")
    assert ("assist", "区发改局") in triples(result, "23") and ("lead", "区环保水务局") in triples(result, "23")
    assert [r for r, _a in triples(result, "22")].count("lead") == 1
    # an item number after a label clause closes it, whatever number it has
    r = load("x.txt", text="某府〔2024〕1号\n1、做甲。牵头单位:区建设局。责任单位:区房产局。12、做乙。牵头单位:区城管局。\n")
    assert [t.text[:3] for t in r.tasks] == ["做甲。", "做乙。"]
    # a number in prose that does not continue the numbering stays text
    r = load("x.txt", text="某府〔2024〕1号\n1.做甲,完成指标。5.8万户全覆盖。(市财政局牵头)\n")
    assert len(r.tasks) == 1


def test_pinyin_readings_a_mirror_prints_are_dropped_and_reported():
    result, _expected = doc("national-2014-social-credit-key-tasks")
    assert triples(result, "2.6")[:3] == [("assist", "中央编办"), ("assist", "人民银行"), ("assist", "工商总局")]
    leads = {a for r, a in triples(result, "2.6") if r == "lead"}  # 按照职责分工分别牵头负责
    assert len(leads) == 2 and "公安部" in leads and any(a.endswith(("发展改革委", "发改委")) for a in leads)
    assert any(i.kind == "pinyin_dropped" for i in result.issues)


def test_county_level_words_listed_before_a_shared_government_are_one_group():
    for text, unit in (("各县(市)、区人民政府负责落实", "各县(市)、区人民政府"), ("各县、特区、区人民政府配合", "各县、特区、区人民政府")):
        r = load("x.txt", text=f"某府〔2024〕1号\n1.做甲。({text})\n")
        assert len(r.assignments) == 1 and r.assignments[0].spelling in (unit, unit.replace("(市)", ""))
    r = load("x.txt", text="某府〔2024〕1号\n1.做甲。(责任单位:省大数据局,各市〔州〕、贵安新区数据管理部门)\n")
    assert [a.spelling for a in r.assignments][::2] == ["省大数据局", "贵安新区数据管理部门"] and len(r.assignments) == 3


def test_a_dropped_merged_unit_cell_is_read_from_the_row_above():
    """taishun: "2 | 项目 | 计划 | 已完成。… | " — the 牵头单位 cell merged with row 1 is missing, the rest moved left."""
    result, _expected = doc("taishun-2024-april-livelihood-progress")
    assert [triples(result, n) for n in ("2", "3", "6")] == [[("lead", "县卫生健康局")]] * 2 + [[("lead", "县医疗保障局")]]
    assert sum(i.kind == "merged_gap" for i in result.issues) == 3


def test_a_clause_line_after_an_item_that_went_on_past_its_clause_is_a_second_part():
    result, _expected = doc("deqing-2022-government-openness")
    assert triples(result, "1.1.1") == [("lead", "县发改局")] and triples(result, "1.1.2") == [("lead", "县财政局")]


def test_modified_labels_keep_their_role():
    r = load("x.txt", text="某府〔2024〕1号\n1.做甲。\n牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府\n")
    assert triples(r, "1") == [("assist", "各乡镇人民政府"), ("lead", "县卫健委")]


def test_cells_closed_by_pipes_with_rows_ended_by_runs_of_pipes():
    """xinjian: "序号 |" … one cell a line, each row ended by a line of pipes ("|", "|||||" padding the merged cells);
    groups numbered 一/二/三 hold the 牵头单位 cell printed once, the 业主单位 column assists."""
    result, expected = doc("xinjian-2024-livelihood-projects-progress")
    assert triples(result, "1.1.1") == [("assist", "区城投"), ("lead", "区住建局")]
    assert triples(result, "1.1.2") == [("assist", "区城管局"), ("lead", "区住建局")]  # lead merged with the row above
    assert triples(result, "2.3") == [("assist", "区水投"), ("lead", "区城管局")]
    assert triples(result, "2.1") == [("lead", "区城管局")]  # the owner is the lead itself: not also an assist
    assert triples(result, "3.2.1") == [("assist", "南昌市政大道房地产有限公司"), ("lead", "区教体局")]


def test_a_lead_listed_again_among_the_responsible_units_is_lead_only():
    for text in ("1.做甲。\n牵头单位:省文化厅。\n责任单位:省文化厅、省通信管理局。\n",
                 "1.做甲。\n责任单位:省文化厅、省通信管理局。\n牵头单位:省文化厅。\n"):
        r = load("x.txt", text="某府〔2024〕1号\n" + text)
        assert triples(r, "1") == [("assist", "省通信管理局"), ("lead", "省文化厅")]
        assert any(i.kind == "lead_and_assist" for i in r.issues)


def test_a_mark_before_a_unit_leads_only_where_the_document_says_so():
    with_legend = load("x.txt", text="某府〔2024〕1号\n注:带▲的为牵头单位。\n1.做甲。(责任单位:▲市发改局、市财政局)\n")
    assert triples(with_legend, "1") == [("assist", "市财政局"), ("lead", "市发改局")]
    result, _expected = doc("zhuji-2023-work-report-task-list")  # "▲发改局,各部门,各镇乡(街道)", no legend printed
    assert triples(result, "1") == [("lead", "发改局"), ("lead", "各部门"), ("lead", "各镇乡")]  # 各镇乡(街道): one group
    assert [i.kind for i in result.issues].count("unexplained_mark") == 1


def test_a_clause_after_sub_items_of_sub_items_closes_the_section_above_them():
    """"(一)… / 1.治理重点 / 2.治理措施 / (1)…(4) / 牵头单位:县工商局 / 责任单位:…": none of the items under (一)
    named a unit, so the clause lines are (一)'s."""
    result, _expected = doc("unnamed-county-2016-market-order-rectification")
    assert [t.text[:6] for t in result.tasks if not t.has_parts] == ["开展城区农贸"]
    assert triples(result, "2.1")[-1] == ("lead", "县工商局") and len(triples(result, "2.1")) == 4


def test_a_clause_before_the_first_item_of_a_page_that_starts_mid_list_is_reported():
    """A page starting at item 41 (or (二十一)) whose first line is the clause of item 40, on the page before."""
    for name in ("jiangsu-2004-minors-moral-education-division", "shenzhen-2003-ten-livelihood-projects-health"):
        result, _expected = doc(name)
        assert sum(i.kind == "orphan_clause" for i in result.issues) == 1
        assert all(t.number not in ("1", "40") for t in result.tasks)
    kept = load("x.txt", text="某府〔2024〕1号\n责任单位:市财政局\n1.做甲。(市教育局负责)\n")  # numbering starts at 1
    assert not any(i.kind == "orphan_clause" for i in kept.issues)


def test_a_header_at_the_end_of_a_line_of_prose():
    """常熟: "…附件:常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位" then "1 地区生产总值… 发改委"."""
    result, _expected = doc("changshu-2018-government-work-tasks")
    assert triples(result, "7") == [("lead", "发改委"), ("lead", "科技局"), ("lead", "经信委")]


def test_a_short_row_naming_no_unit_takes_the_merged_unit_cells_of_the_row_above():
    """株洲: row 4 prints only its task ("坚持扶优扶强,…"); its 牵头 and 配合 cells (right of the task) are merged with
    row 3's. A row with a unit cell of its own does not take row 4's (大竹 row 5, 县民政局 among its cells)."""
    result, _expected = doc("zhuzhou-undated-industrialisation-table")
    assert triples(result, "4") == triples(result, "3") and ("lead", "市企业发展促进局") in triples(result, "4")
    assert any(i.kind == "inherited" for i in result.issues)
    dazhu, _expected = doc("dazhu-2016-livelihood-projects")
    assert ("lead", "县残联") not in triples(dazhu, "5")


def test_rectification_lines_name_the_unit_after_by():
    """平利: "N、problem" then "整改要求:由城关镇负责按照…,…" (the clause opens a long sentence), "由包片单位县气象局
    负责清除" (what the unit is here, then its name); a "由…负责" no rule places is reported with its line."""
    text = ("某府〔2024〕1号\n1、迎宾大道南侧沿线部分居户旱厕外露。\n整改要求:由城关镇负责按照复审的要求,对旱厕进行调查摸底。\n"
            "2、东入口绿化带内丢弃有白色垃圾。\n整改要求:由包片单位县气象局负责清除。\n"
            "3、沿线商户出店占道经营。\n整改要求:按照先劝阻、再强制的要求,由县职教中心、县交通局负责劝阻。\n")
    r = load("x.txt", text=text)
    assert triples(r, "1") == [("lead", "城关镇")] and triples(r, "2") == [("lead", "县气象局")]
    assert triples(r, "3") == [("lead", "县交通局"), ("lead", "县职教中心")]  # 由 after the sentence's first segments


def test_a_pipe_row_whose_cell_held_a_line_break():
    """A garden-city task table: "… | 市规划局 | 市国土资源局" / "市农牧林业局 | 2010年9月20日前 |" is one row (the
    assisting cell printed over two lines), and its 任务内容 column holds a category printed once ("生 态 环 境")
    while the numbered cell after it ("1、城市大环境绿化…") is the task."""
    result, _expected = doc("unnamed-2010-garden-city-task-table")
    assert triples(result, "1") == [("assist", "市农牧林业局"), ("assist", "市国土资源局"), ("lead", "市规划局")]
    assert [t.text[:6] for t in result.tasks if t.number == "1"] == ["城市大环境绿"]


def test_a_label_printed_without_its_colon_over_its_units():
    """"责任单位" alone on a line, the units on the next; "进展与成效:" after a unit line is the next field."""
    result, _expected = doc("unnamed-county-2021-serve-the-people-projects")
    spelled = lambda n: sorted((a.role, a.spelling) for a in result.assignments if a.task == n)  # noqa: E731
    assert spelled("2") == [("lead", "文广旅局")]
    assert spelled("1") == [("lead", "城管局"), ("lead", "水务局"), ("lead", "自然资源局")]


def test_a_unit_in_brackets_with_its_own_assisting_verb_assists():
    """新建区: 业主单位 "区教体局(区国资公司代建)": the company builds for the owner; it assists, it is no alias."""
    result, _expected = doc("xinjian-2024-livelihood-projects-progress")
    assert triples(result, "3.2.2") == [("assist", "区国资公司"), ("lead", "区教体局")]
    loaded = load(next(CORPUS.glob("*/xinjian-2024-livelihood-projects-progress.txt")))
    assert not any("代建" in alias for u in loaded.units for alias in u.aliases)


def test_a_table_numbered_by_groups_numbers_its_rows_by_their_path():
    """新建区: 序号 "一" (merged over the group) / "(一)…" project / "1.文化中心北路" sub-project → 1.1.1; in the text
    copy (merged cells printed once) and in Word, Excel and HTML copies (merged cells real)."""
    for path in [next(CORPUS.glob("*/xinjian-2024-livelihood-projects-progress.txt")),
                 *[ROOT / "tests" / "fixtures" / "genres" / "merged" / f"xinjian-2024-livelihood-projects-progress{s}"
                   for s in (".xlsx", ".docx", ".html")]]:
        numbers = [t.number for t in load(path).tasks]
        assert numbers == ["1.1.1", "1.1.2", "1.1.3", "2.1", "2.2", "2.3", "3.1", "3.2.1", "3.2.2", "3.2.3"], path.name


def test_a_line_break_in_a_web_page_s_source_is_a_space_not_a_cell_break():
    """An editor wraps a page's source lines (LibreOffice's HTML export of a Word table does): "责任单位\\n或牵头单位"
    is one header name, as a browser shows it; only <br> breaks a cell into lines."""
    from agencygraph.loaders.containers import html_text

    text = html_text("<table><tr><td>任务\n内容</td><td>责任单位\n或牵头单位</td><td>协助\n单位</td></tr>"
                     "<tr><td>甲</td><td>市规划局</td><td>市国土资源局<br>市农牧林业局</td></tr></table>")
    assert text.splitlines()[:2] == ["任务 内容\t责任单位 或牵头单位\t协助 单位", "甲\t市规划局\t市国土资源局、市农牧林业局"]


def test_space_separated_rows_whose_cells_go_on_over_the_next_lines():
    """谯城: "2 一般公共预算收入增长5%左右。 区财政局" / "区税务局" / "区政府有关部门,…,魏武国控集团。": one row whose
    主要责任单位 cell holds two lines and whose 协同配合单位 cell closes with 。; the rows after it are still read."""
    result, _expected = doc("qiaocheng-2025-work-report-task-table")
    assert [r for r in triples(result, "2") if r[0] == "lead"] == [("lead", "区税务局"), ("lead", "区财政局")]
    assert ("assist", "魏武国控集团") in triples(result, "2") and triples(result, "5")


def test_table_headers_closed_by_pipes_named_by_their_numbers_or_three_lists():
    """石鱼镇: "责任单位 | ||" closes its header line with several pipes; 相山区: a "任务项" column of bare numbers
    numbers the rows; 太湖图影: 任务清单 | 责任清单 | 时限清单."""
    shiyu, _expected = doc("tongliang-shiyu-2024-forest-fire-tasks")
    assert triples(shiyu, "3") == [("lead", "应急管理岗"), ("lead", "林业发展岗")]
    xiangshan, _expected = doc("xiangshan-huaibei-2024-urban-management-q4")
    assert triples(xiangshan, "1") == [("lead", "区城管大队法制办"), ("lead", "街道城管中队")]
    assert find_columns(["任务清单", "责任清单", "时限清单"], V) == ["task", "responsible", "deadline"]


def test_cells_between_pipe_lines_with_an_empty_cell_opening_every_row():
    """遂宁: "|" / "序号" / "|" … "时间进度" / "|" / "|" / "1" / "|": each row opens with an empty cell; the header ends
    at its last named cell, before the first row's 序号."""
    result, _expected = doc("suining-2016-urban-sanitation-tasks")
    assert triples(result, "1") == [("lead", "市住建局"), ("lead", "市城管局"), ("lead", "市委编办")]
    assert len([t for t in result.tasks if not t.has_parts]) == 11


def test_a_header_repeated_between_blank_lines_and_a_counted_group():
    """徐汇: the header printed again (one cell a line, blank lines between) after row 119 is not part of the row;
    "13个街道、镇" is one group (the count covers both level words)."""
    result, _expected = doc("xuhui-2006-eleventh-plan-social-tasks")
    assert triples(result, "119") == [("assist", "13个街道、镇"), ("assist", "信息委"), ("lead", "教育局")]


def test_a_title_line_is_no_clause_and_a_place_named_alone_keeps_its_name():
    """海东: "海东市与兰州市、临夏州共同推进" opens the title on a line of its own (推进 names no role); in
    "责任单位:海东市、兰州市、临夏州发展改革部门" the document's own city is 海东市, not "市"."""
    result, _expected = doc("haidong-2020-lanxi-city-cluster-tasks")
    assert [t.number for t in result.tasks] == ["1"]
    assert ("lead", "海东市") in triples(result, "1")


def test_a_carry_forward_statement_with_a_clause_inside_is_one_remark():
    """佳木斯: "[市水务局牵头,…配合,…负责落实。以下均需各县(市)区政府落实,区政府无相关工作职能的,由市政府直属责任部门
    负责相关工作,不再列出)]": the 由…负责 inside the statement names nobody for this task."""
    result, _expected = doc("jiamusi-2018-water-pollution-key-work")
    assert not any("直属" in actor for _role, actor in triples(result, "1.1"))


@pytest.mark.parametrize("variant, name", [
    ("one-line", "xinmi-2021-work-report-tasks"), ("one-line", "national-2022-anti-counterfeiting-work-points"),
    ("one-line", "zhejiang-2020-government-work-report"), ("wrapped", "jilin-2014-northeast-revitalisation"),
    ("wrapped", "lishui-2023-work-report-responsibility"), ("wrapped", "yongkang-2008-work-report-key-tasks"),
    ("wrapped", "jiangsu-2004-minors-moral-education-division")])
def test_a_document_saved_as_one_paragraph_or_broken_into_a_page_s_lines_reads_as_its_lines_do(variant, name):
    """The corpus text as a page saved as one paragraph (its lines joined by spaces: items "1 . 严格…" with a space
    before the point, a clause "(…按职责分工 负责)" broken by a space), or as text copied from a PDF whose every
    line the page broke at 28 characters (a unit list, a label "责任单\n位:" and "列\n第一位的为牵头部门" broken
    mid-word) gives the hand-read answer all the same."""
    sys.path.insert(0, str(ROOT / "bench"))
    from loader_accuracy import VARIANTS, document_resolver, expected_triples, loaded_triples, match_tasks

    from agencygraph.loaders.units import UnitResolver

    path = next(CORPUS.glob(f"*/{name}.txt"))
    text = VARIANTS[variant][0](path.read_text(encoding="utf-8"))
    expected = yaml.safe_load(path.with_name(name + ".expected.yaml").read_text(encoding="utf-8"))
    result = load(name + ".txt", text=text)
    mapping, found = match_tasks(expected, result)
    assert found == len(expected["tasks"])
    assert loaded_triples(result, mapping) == expected_triples(expected, document_resolver(result, UnitResolver.default()))


def test_two_names_run_together_in_a_cell_are_two_units():
    """A PDF's narrow column lost the line break between "区财政局" and "区税务局" (or between "县教科局" and "县代建中心"
    when the row broke across a page): two units, each opening with its level; "区政府市场监管局" is not parted."""
    for text, names in (("1.做甲。(责任单位:区财政局区税务局)", ["区税务局", "区财政局"]),
                        ("1.做甲。(责任单位:县教科局县代建中心)", ["县代建中心", "县教科局"]),
                        ("1.做甲。(责任单位:区政府市场监管局)", ["区政府市场监管局"])):
        r = load("x.txt", text="某府〔2024〕1号\n" + text + "\n")
        assert sorted(a.spelling for a in r.assignments) == sorted(names), text


def test_a_cell_printed_over_lines_in_word_or_html():
    """A header name a narrow column broke ("牵头" / "部门") is one name; units one a line are a list."""
    from agencygraph.loaders.rows import cell_lines

    assert cell_lines(["牵头", "部门"]) == "牵头部门" and cell_lines(["生", "态", "环", "境"]) == "生态环境"
    assert cell_lines(["县教科局", "县代建中心"]) == "县教科局、县代建中心"
    assert cell_lines(["加强建成区防护绿地的建设,", "缓解城市热效应。"]) == "加强建成区防护绿地的建设,缓解城市热效应。"


def test_a_unit_and_its_duties_after_a_colon():
    """A 职责分工 section: "(一)市发展改革委:负责统筹协调…" — the unit before the colon leads its item; a word before a
    colon that is no unit ("工作要求:", "机构:", "表现好的单位:") names nobody."""
    text = ("某府〔2024〕1号\n三、职责分工\n(一)市发展改革委:负责统筹协调项目建设。\n(二)市财政局、市税务局:负责资金保障。\n"
            "(三)工作要求:各单位要加强领导。\n(四)机构:开发区管委会是管理机构。\n")
    r = load("x.txt", text=text)
    assert triples(r, "1") == [("lead", "市发展改革委")]
    assert triples(r, "2") == [("lead", "市税务局"), ("lead", "市财政局")]
    assert not triples(r, "3") and not triples(r, "4")


@pytest.mark.parametrize("layout, merged", [("tabs", "dropped"), ("pipes", "dropped"), ("tabs", "blank"),
                                            ("spaces", "blank"), ("one-space", "blank")])
def test_a_typed_table_as_a_web_page_flattens_it(layout, merged):
    """株洲 and 徐汇 (tables typed from the corpus texts, merged cells marked) printed as a copied web page prints
    them: the cells a merged cell covers left out or blank; the task column is the one next to the units
    (工作要点 | 工作任务 | 牵头单位); a row printing only its task takes the merged units of the row above."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    from loader_accuracy import document_resolver, expected_triples, loaded_triples, match_tasks
    from make_merged_table_fixtures import DOCS, HERE, paragraphs
    from table_flattenings import flatten

    from agencygraph.loaders.units import UnitResolver

    names = ("suining", "changshu") if layout == "one-space" else ("zhuzhou", "xuhui", "changshu")
    for doc in [d for d in DOCS if d.slug.startswith(names)]:  # one-space: "2016 年 6 底前" is one cell
        expected = yaml.safe_load((HERE / f"{doc.source}.expected.yaml").read_text(encoding="utf-8"))
        text = "\n".join(paragraphs(doc)) + "\n" + flatten(doc.grid, layout, merged) + "\n"
        result = load(doc.slug + ".txt", text=text)
        mapping, found = match_tasks(expected, result)
        assert found == len(expected["tasks"]), (doc.slug, layout, merged)
        assert loaded_triples(result, mapping) == expected_triples(expected, document_resolver(result,
                                                                                              UnitResolver.default()))


def test_a_label_composed_of_a_role_word_an_activity_and_a_noun():
    """"(牵头督查单位:市发改委、市经信委…)": role word + activity + noun, built from roles.yaml's label_parts."""
    assert [V.label_role(x) for x in ("牵头督查单位", "配合落实部门", "责任督办单位", "会办单位", "督查单位")] == \
        ["lead", "assist", "responsible", "assist", None]
    # without an activity: a county bureau's 股室, a town's 站所
    assert [V.label_role(V.label_re.search(x + ":")[1]) for x in ("牵头股室", "配合股室", "责任站所", "包保单位")] == \
        ["lead", "assist", "responsible", "responsible"]
    result, _expected = doc("anhui-city-2017-supervision-work-points")
    assert len(result.tasks) == 12
    assert triples(result, "2.5") == [("lead", "市人社局"), ("lead", "市发改委"), ("lead", "市经信委"), ("lead", "市财政局")]


def test_a_clause_line_after_the_last_item_stays_with_it_when_its_siblings_named_units_in_their_lines():
    """江西 责任分工: (一) and (二) carry "责任单位:X牵头,Y配合。" in their own line; (三)'s comes on the next line:
    it is (三)'s, not the chapter's. "…成员单位及省地震局": 及 after a 单位 parts two units."""
    result, _expected = doc("jiangxi-2009-stable-growth-responsibility")
    spelled = lambda n: sorted((a.role, a.spelling) for a in result.assignments if a.task == n)  # noqa: E731
    assert ("lead", "省发改委") in spelled("3") and ("assist", "省机场集团公司") in spelled("3")
    assert not [a for a in result.assignments if a.target_label == "Domain"]
    assert spelled("2") == [("assist", "环鄱阳湖生态经济区建设领导小组成员单位"), ("assist", "省地震局"), ("lead", "省发改委")]


# A government site's furniture around a page saved whole: buttons, then the footer naming the site's owners.
_FOOTER = ["【打印本页】 【关闭窗口】",
           "主办单位:{place}人民政府办公室  承办单位:{place}大数据中心",
           "网站标识码:3412000001  皖ICP备05001234号-1  皖公网安备 34120002000123号"]
_HEADER = ["首页 > 政务公开 > 政策文件", "【字体:大 中 小】 浏览次数:1024"]


@pytest.mark.parametrize("name", ["xuanwu-2023-work-targets-division", "anhui-city-2017-supervision-work-points",
                                  "jiangxi-2009-stable-growth-responsibility"])
def test_a_page_saved_with_its_site_furniture_reads_as_the_document(tmp_path, name):
    """The site's 主办单位 under the print buttons is no task's lead; the note names the lines left out."""
    path = next(CORPUS.glob(f"*/{name}.txt"))
    text = path.read_text(encoding="utf-8").rstrip("\n")
    framed = "\n".join([*_HEADER, text, *(line.format(place="某县") for line in _FOOTER)]) + "\n"
    (tmp_path / path.name).write_text(framed, encoding="utf-8")
    plain, saved = load(path), load(tmp_path / path.name)
    key = lambda r: sorted((a.role, a.spelling, a.task) for a in r.assignments)  # noqa: E731
    assert key(saved) == key(plain)
    assert [t.text for t in saved.tasks] == [t.text for t in plain.tasks]
    first = len(_HEADER) + text.count("\n") + 2
    notes = [str(i) for i in saved.issues if i.kind == "page_chrome"]
    assert notes and f"lines 1-2, {first}-{first + 2}" in notes[0]  # (the breadcrumb "首页 > 政务公开 > …" too)
    # saved as one paragraph (the footer at the end of the one line): cut off the same way
    (tmp_path / "one.txt").write_text(framed.replace("\n", " "), encoding="utf-8")
    assert not any(a.spelling.endswith(("人民政府办公室", "大数据中心")) for a in load(tmp_path / "one.txt").assignments)


def test_a_task_s_own_label_line_before_the_buttons_is_kept(tmp_path):
    """"承办单位:" right above 【打印本页】 is the task's (a task's clause comes before the buttons)."""
    text = "督办事项\n1.推进老旧小区改造。\n承办单位:县住建局\n【打印本页】【关闭窗口】\n主办单位:某县人民政府办公室\n"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    assert [(a.role, a.spelling) for a in load(tmp_path / "d.txt").assignments] == [("lead", "县住建局")]


def test_units_that_guide_lead_a_task_naming_no_one_else_and_assist_otherwise():
    """国办发〔2018〕128号 "无废城市": "(生态环境部、财政部指导)" alone → they lead; "(各区政府负责,市民政局指导)" →
    the units responsible lead and the guide assists."""
    path = next(CORPUS.glob("*/state-council-office-2018-zero-waste-city-pilot.html"))
    expected = yaml.safe_load(path.with_name(path.stem + ".expected.yaml").read_text(encoding="utf-8"))
    result = _Renumbered(load(path), expected)
    spelled = sorted((a.role, a.spelling) for a in result.assignments if a.task == "2.1")
    assert spelled == [("assist", "试点城市政府"), ("lead", "工业和信息化部"), ("lead", "自然资源部")]
    pieces = read_clause("各区政府负责,市民政局指导", V)
    assert [(p.role, p.text) for p in pieces] == [("responsible", "各区政府"), ("oversee", "市民政局")]
    assert V.verb_role("指导") == "oversee" and V.verb_role("督导") == "oversee"


def test_a_table_one_cell_a_line_with_no_numbers_is_cut_into_rows_by_its_cells():
    """株洲 printed one cell a line, no 序号 and no numbered tasks: text cells, then unit cells, then the next row's
    text. "优化产业布局。" (a 工作要点 cell) ends like a unit (局) and is none: 布局 is in units.not_endings."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    from make_merged_table_fixtures import DOCS, paragraphs
    from table_flattenings import flatten

    doc = next(d for d in DOCS if d.slug.startswith("zhuzhou"))
    result = load("zhuzhou.txt", text="\n".join(paragraphs(doc)) + "\n" + flatten(doc.grid, "cells", "blank") + "\n")
    leads = {t.text[:6]: sorted(a.spelling for a in result.assignments if a.task == t.number and a.role == "lead")
             for t in result.tasks}
    assert leads["全面实施“5"] == ["市企业发展促进局", "市发改委"]
    assert leads["继续实施非均"] == ["市发改委"]
    assert leads["大力发展以生"] == ["市商务局", "市旅游局"]
    assert not V.is_unit_name("优化产业布局") and V.is_unit_name("县文体广新局")


def test_a_policy_portal_record_above_the_document_and_a_list_of_kinds_after_deng():
    """黄埔 (穗埔组通〔2024〕6号) as a policy portal prints it: "政策文号:…/实施日期:…/牵头单位:组织部/失效日期:…" is the
    portal's record, no task; "区投资促进局等各产业、招商主管部门": the kinds after 等 are no units."""
    result, _expected = doc("huangpu-2024-talent-measures")
    assert [t.number for t in result.tasks][:3] == ["1", "2", "3"]
    assert not any(a.spelling.startswith("组织部") for a in result.assignments)
    assert any(i.kind == "record_fields" for i in result.issues)
    assert sorted(a.spelling for a in result.assignments if a.task == "6") == ["区工业和信息化局", "区投资促进局", "区科技局"]


def test_one_body_named_with_he_and_an_interpretation_clause():
    """穗工信函〔2025〕256号: "十五运会和残特奥会广州赛区执委会" is one body (十五运会 is no name); "本方案由市工业和信息化局
    负责解释" assigns nothing."""
    result, expected = doc("guangzhou-2025-5g-industrial-internet")
    assert "十五运会和残特奥会广州赛区执委会" in {a.spelling for a in result.assignments if a.task == "1.1"}
    assert len(result.tasks) == len(expected["tasks"]) == 15


@pytest.mark.parametrize("name, number, lead, assist", [
    ("jiangxi-2009-stable-growth-responsibility", "1", "省发改委", "人行南昌中心支行"),
    ("enshi-2012-npc-motion-handling", "2", None, "恩施市政府"),
    ("jinhua-2018-work-report-tasks", "1.1", "市发改委", "金义都市新区"),
])
def test_text_copied_from_a_pdf_page_breaks_no_clause(name, number, lead, assist):
    """Every line broken at 28 characters, as text copied from an A4 PDF comes: a label clause runs on over the
    break ("…人行南昌中" / "心支行配合。"), a line the page broke opens no clause ("恩施市" / "政府为协办单位"),
    and a carry-forward statement over three lines still holds ("除特别注明的外,各县(市、区" / ")政府和…都是配合单位")."""
    sys.path.insert(0, str(ROOT / "bench"))
    from loader_accuracy import wrapped

    path = next(CORPUS.glob(f"*/{name}.txt"))
    expected = yaml.safe_load(path.with_name(name + ".expected.yaml").read_text(encoding="utf-8"))
    result = _Renumbered(load(path.name, text=wrapped(path.read_text(encoding="utf-8"))), expected)
    spelled = {(a.role, a.spelling) for a in result.assignments if a.task == number}
    if lead:
        assert ("lead", lead) in spelled
    assert ("assist", assist) in spelled
    assert not any(s.endswith("牵头") or s in ("心支行", "政府") for _r, s in spelled)


def test_a_progress_report_s_citation_broken_by_the_page_is_read():
    """池州 progress report, lines broken at 28 characters: "市发改委牵头的第1项“地区生产…" runs over a break."""
    sys.path.insert(0, str(ROOT / "bench"))
    from loader_accuracy import wrapped

    path = next(CORPUS.glob("*/chizhou-2025-key-work-progress-report.txt"))
    result = load(path.name, text=wrapped(path.read_text(encoding="utf-8")))
    assert len(result.tasks) == 8
    assert ("lead", "市发改委") in {(a.role, a.spelling) for a in result.assignments if a.task == "1"}


def test_single_space_rows_with_a_row_whose_number_and_units_are_merged_above():
    """大竹 printed with single spaces: "开工建设老年大学。 12月底前" under row 5 is row 5's second part (its 序号 and
    unit cell merged), not prose ending the table: rows 6-10 are read."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    from make_merged_table_fixtures import DOCS, paragraphs
    from table_flattenings import flatten

    doc = next(d for d in DOCS if d.slug.startswith("dazhu"))
    result = load("dazhu.txt", text="\n".join(paragraphs(doc)) + "\n" + flatten(doc.grid, "one-space", "blank") + "\n")
    leads = {t.number: sorted(a.spelling for a in result.assignments if a.task == t.number and a.role == "lead")
             for t in result.tasks}
    assert leads["5.2"] == ["县民政局"] and leads["10"] == ["县商务局"] and leads["6"] == ["县代建中心", "县政务服务中心"]


def test_cells_between_pipe_lines_numbered_under_a_header_that_does_not_name_the_number():
    """池州市信访局: "工作任务" heads a category column and the 序号 column; the category is printed once over its
    rows, so rows are 4 or 5 cells: rows are found at their numbers 1, 2, 3 …"""
    result, expected = doc("chizhou-petitions-bureau-undated-openness-task-list")
    leads = {t.number: [a.spelling for a in result.assignments if a.task == t.number] for t in result.tasks}
    assert leads == {n: t["leads"] for n, t in expected["tasks"].items()}


def test_a_chapter_printed_once_over_its_numbered_tasks_in_a_pipe_table():
    """江门市土地储备中心: "一、做好财政信息公开。 | 1.积极推进… | 财务科" then "3.及时反馈… | 各科室 |": the chapter cell is
    the domain, the numbered cell the task, and a row opening a new chapter is no part of the row above."""
    result, expected = doc("jiangmen-land-reserve-2021-openness-division")
    assert sorted(t.number for t in result.tasks) == sorted(expected["tasks"])
    assert triples(result, "7") == [("assist", "各科室"), ("lead", "办公室")]


def test_two_names_joined_by_ji_in_a_national_clause():
    """"(财政部、工业和信息化部等有关部门及各地方按职责分工负责)": 及 joins a name and 各地方; the clause is read."""
    result, _expected = doc("national-2021-sme-competitiveness-measures")
    assert sorted(a.spelling for a in result.assignments if a.role == "lead") == ["各地方", "工业和信息化部", "财政部"]


def _framed(body: str) -> str:
    """A page the old way: a table frames it, a column of links beside the article, the site's footer below."""
    return ("<html><head><meta charset='utf-8'><script>var nav = 1;</script></head><body><table width='1000'>"
            "<tr><td colspan='2'><img src='logo.png'>某市人民政府</td></tr><tr><td width='200' valign='top'><ul>"
            "<li><a href='#'>首页</a></li><li><a href='#'>政务公开</a></li><li><a href='#'>政策文件</a></li></ul></td>"
            f"<td valign='top'>{body}</td></tr><tr><td colspan='2'>主办单位:某市人民政府办公室 网站标识码:3403000001 "
            "皖ICP备05001234号</td></tr></table></body></html>")


def test_a_page_framed_by_a_layout_table_reads_as_its_article(tmp_path):
    """The article's paragraphs in a cell of the page's frame are lines, not one cell; a table inside the frame
    is read as a table."""
    sys.path.insert(0, str(ROOT / "bench"))
    from loader_accuracy import match_tasks

    key = lambda r: sorted((a.role, a.spelling, a.task) for a in r.assignments)  # noqa: E731
    text_doc = next(CORPUS.glob("*/anhui-city-2017-supervision-work-points.txt"))
    paragraphs = "".join(f"<p>{line}</p>" for line in text_doc.read_text(encoding="utf-8").splitlines() if line.strip())
    (tmp_path / "article.html").write_text(_framed(paragraphs), encoding="utf-8")
    assert key(load(tmp_path / "article.html")) == key(load(text_doc))

    table_doc = ROOT / "tests" / "fixtures" / "genres" / "merged" / "changshu-2018-government-work-tasks.html"
    inner = re.search(r"<body[^>]*>(.*)</body>", table_doc.read_text(encoding="utf-8"), re.S | re.I)[1]
    (tmp_path / "table.html").write_text(_framed(inner), encoding="utf-8")
    expected = yaml.safe_load(table_doc.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    framed, plain = load(tmp_path / "table.html"), load(table_doc)
    assert match_tasks(expected, framed)[1] == match_tasks(expected, plain)[1] == len(expected["tasks"])
    assert sorted((a.role, a.spelling) for a in framed.assignments) == \
        sorted((a.role, a.spelling) for a in plain.assignments)


def test_each_district_and_the_county_level_cities_are_two_groups():
    """广州 人才集聚工程: "(…配合单位:市委组织部、…,各区、县级市)": no body named after them to share, so 各区 and 县级市
    are two groups; "各县、区人民政府" stays one."""
    result, _expected = doc("guangzhou-2012-talent-cluster-project")
    assert {"各区", "县级市"} <= {a.spelling for a in result.assignments if a.role == "assist"}
    from agencygraph.loaders.unit_lists import _merge_fragments
    assert _merge_fragments(["各县", "区人民政府"]) == ["各县、区人民政府"]


def test_unit_lists_parted_by_a_slash_or_a_conjunction_between_names():
    """"区发改局/区市场监管局" in a 牵头单位 cell: two units, as "区政务服务中心及各街道" is."""
    text = "序号\t工作任务\t牵头单位\t配合单位\n1\t优化营商环境\t区发改局/区市场监管局\t区政务服务中心及各街道\n"
    result = load("slash.txt", text=text)
    assert sorted((a.role, a.spelling) for a in result.assignments) == sorted([
        ("assist", "各街道"), ("assist", "区政务服务中心"), ("lead", "区发改局"), ("lead", "区市场监管局")])


@pytest.mark.parametrize("clause, expected", [
    ("市政府办公室统筹协调,各区落实", [("lead", "市政府办公室"), ("responsible", "各区")]),
    ("市发改委主办,市财政局会办", [("lead", "市发改委"), ("assist", "市财政局")]),
    ("市委宣传部主抓,各区配合", [("lead", "市委宣传部"), ("assist", "各区")]),
    ("各县区政府负责,市住建局督促", [("responsible", "各县区政府"), ("oversee", "市住建局")]),
    ("市交通运输局承办", [("responsible", "市交通运输局")]),
])
def test_more_role_verbs_from_the_vocabulary(clause, expected):
    assert [(p.role, p.text) for p in read_clause(clause, V)] == expected


def test_coordinating_wording_in_prose_is_no_clause():
    """云浮 学前教育: "建立完善市统筹,县级政府为主,镇(街道)参与的…体制" is prose: 统筹 alone is no role verb."""
    result, expected = doc("yunfu-2019-preschool")
    assert {a.spelling for a in result.assignments if a.role == "lead"} == {"市教育局"}


def test_a_bureau_s_own_offices_are_units_and_words_ending_so_are_not():
    assert [V.is_unit_name(x) for x in ("计财股", "综合科", "县教育局人事股", "控股", "本科", "优化产业布局")] == \
        [True, True, True, False, False, False]


def test_a_project_table_with_a_place_column_and_money_columns():
    """文峰区 衔接资金项目计划表: a 县(市、区) column (one name, not a list), money, place and result columns, and a
    single 责任单位 column whose town leads each project; the totals row names no unit and is reported."""
    result, expected = doc("wenfeng-2026-rural-revitalisation-fund-projects")
    assert [triples(result, n) for n in ("1", "2", "3")] == [[("lead", "宝莲寺镇")]] * 3
    assert any(i.kind == "unparsed_row" and "文峰区合计" in i.text for i in result.issues)
    roles = find_columns(["序号", "县(市、区)", "项目名称", "实施地点", "投资概算(万元)", "预期绩效目标",
                          "联农带农机制", "实施期限", "责任单位"], V)
    assert roles == ["number", "other", "task", "other", "other", "other", "other", "deadline", "responsible"]


def test_a_unit_s_internal_office_columns_are_not_the_task_s_units():
    """穗卫函〔2023〕1930号 任务分工表: 牵头单位 | 配合单位 | 市卫健委内牵头处室 | 市卫健委内配合处室; the offices inside
    市卫健委 are not the task's units."""
    assert find_columns(["序号", "工作事项", "主要内容", "牵头单位", "配合单位", "市卫健委内牵头处室",
                         "市卫健委内配合处室"], V) == ["number", "category", "task", "lead", "assist", "other", "other"]
    result, expected = doc("guangzhou-2023-family-doctor-contracts")
    actors = {a.spelling for a in result.assignments}
    assert "基层处" not in actors and "医政处" not in actors and "市卫生健康委" in actors


def test_a_role_noun_after_he_stays_in_its_group_and_a_verb_phrase_is_no_unit():
    """京政数发〔2024〕7号: "(责任单位:各场景牵头部门和配合部门、市政务和数据局)"; "积极争取国务院对口部门支持" names
    no unit."""
    from agencygraph.loaders.unit_lists import _split_outside_brackets
    assert _split_outside_brackets("各场景牵头部门和配合部门") == ["各场景牵头部门和配合部门"]
    assert _split_outside_brackets("市发改委和有关部门") == ["市发改委", "有关部门"]
    assert not V.is_unit_name("积极争取国务院对口部门") and V.is_unit_name("国务院对口部门")
    result, expected = doc("beijing-2024-one-thing-scenarios-batch3")
    assert ("lead", "各场景牵头部门和配合部门") in triples(result, "2.1")


def test_unnumbered_paragraphs_each_naming_their_unit_are_tasks():
    """林头镇 (a mirror in traditional characters with pinyin readings): four paragraphs "聚焦…。由X负责的…项目,…完成。"
    with no numbers: four tasks, each led by its own unit, not one run-on paragraph led by the last."""
    result, expected = doc("lintou-2021-practical-matters-projects")
    leads = sorted(a.actor for a in result.assignments if a.role == "lead")
    assert len(leads) == 4 and len({a.task for a in result.assignments}) == 4
    text = "关于重点项目的通知\n聚焦民生。由镇公路站负责的农村道路硬化项目,整合交通、扶贫等资金,年底完成。\n" \
           "聚焦振兴。由农业农村办负责的美丽乡村建设项目,完善道路硬化,年底完成。\n"
    assert sorted(a.spelling for a in load("paras.txt", text=text).assignments) == ["农业农村办", "镇公路站"]


def test_a_semicolon_typed_for_a_label_s_colon():
    """扶余 督查通知: "(责任单位;住建局、畜牧局、各乡镇场)": read as the label's colon, and noted."""
    result, expected = doc("fuyu-undated-rural-environment-inspection")
    assert "责任单位" not in {a.spelling for a in result.assignments}
    assert any(n.kind == "label_colon" for n in result.issues)


def test_a_double_spaced_table_one_cell_a_line_with_a_task_under_a_merged_row():
    """广水 水利和湖泊局 落实情况统计表: one cell a paragraph with a blank line between, a header cell listing its parts
    ("目前完成情况、存在问题及下一步工作措施"), and a second task ("86.…") under the same 序号 and 牵头单位 cells."""
    result, expected = doc("guangshui-2025-q1-work-report-water-progress")
    assert triples(result, "56") == triples(result, "86") == [("lead", "市水利和湖泊局")]
    # the same text with its blank lines gone reads the same
    path = next(CORPUS.glob("*/guangshui-2025-q1-work-report-water-progress.txt"))
    single = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    key = lambda r: sorted((a.task, a.role, a.spelling) for a in r.assignments)  # noqa: E731
    assert key(load("single.txt", text=single)) == key(load(path)) == \
        [("12", "lead", "市水利和湖泊局"), ("86", "lead", "市水利和湖泊局")]


def test_a_label_in_no_vocabulary_inside_a_labelled_clause_is_reported():
    """成办发〔2019〕5号: "(牵头领导:谢瑞武,牵头单位:市发改委,数据提供单位:市统计局)": 市统计局 assists, and the label
    is named in the report (no unit "数据提供单位:市统计局")."""
    result, expected = doc("chengdu-2019-work-report-targets")
    assert triples(result, "1.1") == [("assist", "市统计局"), ("lead", "市发改委")]
    assert any(i.kind == "unknown_label" and "数据提供单位" in i.message for i in result.issues)


@pytest.mark.parametrize("clause, expected", [
    ("县人力资源和社会保障局、县农业农村局牵头指导推进", [("lead", "县人力资源和社会保障局、县农业农村局")]),
    ("区政府办会同各有关单位、各镇(街)办理", [("lead", "区政府办"), ("assist", "各有关单位、各镇(街)")]),
    ("区财政局按职能分工落实", [("responsible", "区财政局")]),
    ("市公安局、北京市税务局按分管领域负责", [("responsible", "市公安局、北京市税务局")]),
    ("市司法局按照管理权限负责", [("responsible", "市司法局")]),
    ("市发展改革委负责牵头,市财政局参与", [("lead", "市发展改革委"), ("assist", "市财政局")]),
    ("市应急局牵头,各有关部门按职责做好相关工作", [("lead", "市应急局"), ("responsible", "各有关部门")]),
])
def test_verbs_followed_by_action_words_and_more_verbs(clause, expected):
    assert [(p.role, p.text) for p in read_clause(clause, V)] == expected


def test_a_progress_table_with_figure_sub_rows_and_a_long_cell_on_its_own_line():
    """祁门 民生实事 进展表 ("cell |" lines): a sub-row of figures ("4 | 4 | 100%") is no task, a long cell that lost
    its pipe does not end the table, and the one 牵头单位 cell is found past surplus figure cells: seven tasks."""
    result, expected = doc("qimen-2023-livelihood-projects-progress")
    assert sorted(t.number for t in result.tasks) == ["1", "2", "3", "4", "5", "6", "7"]
    assert all(a.actor for a in result.assignments)  # a "-" cell named no unit
    kinds = {i.kind for i in result.issues}
    assert {"figures_row", "cell_line"} <= kinds


def test_a_piped_table_whose_header_the_page_broke_and_whose_first_cells_merge():
    """台山 政务公开 分工: "工作任务 | 具体要求" / "| 责任单位 |", then rows of two cells under a category printed once;
    "X牵头,Y配合;各镇(街)参照落实": 各镇(街) assists."""
    result, expected = doc("taishan-2021-openness-work-points-division")
    assert triples(result, "2") == [("assist", "各镇"), ("assist", "市直有关部门"), ("lead", "市发展和改革局"),
                                    ("lead", "市政府办公室")]
    assert not any("|" in a.actor for a in result.assignments)


def test_rows_of_a_table_with_no_header_are_read_cell_by_cell():
    """番府办〔2021〕35号: the stored page starts at the rows ("2.做好…工作。 | 区政府办会同…办理。 |"): no pipe in any
    name, and the connectives (以及, 会同) name nothing."""
    result, expected = doc("panyu-2021-openness-work-points-division")
    actors = {a.actor for a in result.assignments}
    assert not any("|" in x or x.startswith(("以及", "会同")) for x in actors)
    assert ("lead", "区政府办") in triples(result, "1.2")


def test_a_unit_cell_on_a_line_of_its_own_and_names_around_shequ():
    """中山 经信局 分工 ("…规定。 |" then "产业政策科 | |"); "基层政权和社区治理股" is one office."""
    result = load(next(CORPUS.glob("*/zhongshan-econinfo-bureau-undated-openness-division.txt")))
    assert triples(result, "1") == [("lead", "产业政策科")]
    # "(五)… | 1.把重点领域… |" then "各科室、办公室 | |": its own units, not the ones of the row above
    assert triples(result, "1b") == [("lead", "办公室"), ("lead", "各科室")]
    from agencygraph.loaders.unit_lists import _run_together
    assert _run_together("基层政权和社区治理股", lambda n: V.is_unit_name(n)) == ["基层政权和社区治理股"]


def test_a_one_line_page_s_field_after_a_label_run_ends_its_units():
    """青云谱 进展: "责任单位:区卫生健康委、… 贯彻落实情况:已完成…" on one line: the field is no unit."""
    path = next(CORPUS.glob("*/qingyunpu-2020-work-report-tasks-progress.txt"))
    one = " ".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    actors = {a.spelling for a in load("one.txt", text=one).assignments}
    assert actors and all(len(x) <= 12 for x in actors), actors


def test_x_helps_y_and_a_convention_stated_in_a_row_s_own_cell():
    """江苏 十一五 分工: "(省人事厅配合省委有关部门落实)": 省委有关部门 leads, 省人事厅 assists. 嘉善 责任分解清单: the
    first-listed statement printed in row 1's own cell ("(有多个部门的,列第一位的为牵头单位,下同)") holds for row 1."""
    assert [(p.role, p.text) for p in read_clause("省人事厅配合省委有关部门落实", V)] == \
        [("assist", "省人事厅"), ("lead", "省委有关部门")]
    result, expected = doc("jiashan-2023-county-village-project-responsibility")
    assert [r for r, _a in triples(result, "1")].count("lead") == 1


def test_a_table_one_cell_a_line_whose_number_column_is_empty():
    """青浦 2008 重点工作责任单位表: 序号 | 重点工作内容 | 责任单位 | 配合单位 one cell a line, no row numbered: the rows
    are found by their cells (it loaded nothing)."""
    result, expected = doc("qingpu-2008-district-key-work-supervision")
    assert len({a.task for a in result.assignments}) == len(expected["tasks"]) == 12
    plain = load(next(CORPUS.glob("*/qingpu-2008-district-key-work-supervision.txt")))
    assert [t.number for t in plain.tasks] == [str(k) for k in range(1, 13)]  # "(1)加快…" is a heading, not a 序号
    assert plain.domains[0].title == "(1)加快发展现代服务业。"


def test_a_lead_mark_after_a_name_and_a_section_run_into_a_venue():
    """龙湾 责任分解 (one cell a paragraph): "区政府办公室*、区财政局": the starred unit leads. 略阳 文旅 目标表:
    "文化宣传股文化馆" is a section and a venue printed with no mark between."""
    result, expected = doc("longwan-2023-work-report-responsibility")
    assert triples(result, "5") == [("assist", "区财政局"), ("lead", "区政府办公室")]
    from agencygraph.loaders.unit_lists import _run_together
    assert _run_together("文化宣传股文化馆", V.is_unit_name) == ["文化宣传股", "文化馆"]
    assert _run_together("股份公司", V.is_unit_name) == ["股份公司"]


def test_a_qualifier_phrase_before_a_verb_and_a_level_wide_group_after_a_level():
    """京政服发〔2023〕15号: "(市政务服务局牵头,各区、市各相关部门按分管领域负责,…)": 按分管领域 qualifies 负责 as
    按职责分工 does (a phrase opened by 按 / 按照 / 依照 …, as data), and 市各相关部门 is a group of its own, not the
    市 of "各区、市"."""
    result, expected = doc("beijing-2023-cross-province-services")
    assert triples(result, "1.2") == [("assist", "各区"), ("assist", "市各相关部门"), ("lead", "市政务服务局")]
    assert not any(i.kind == "unparsed_clause" for i in result.issues)
    from agencygraph.loaders.unit_lists import _merge_fragments
    assert _merge_fragments(["各区", "市各相关部门"]) == ["各区", "市各相关部门"]
    assert _merge_fragments(["各县", "市", "区人民政府"]) == ["各县、市、区人民政府"]


def test_a_label_whose_activity_comes_first():
    """荆州 创文办 问题清单: "问题整改责任单位:市卫生健康委员会 整改时限:5天": the activity (and what it is about) before
    the role word still names the role (label_parts subjects + activities, as data), and 整改时限 ends the units."""
    result, expected = doc("jingzhou-undated-civilised-city-problem-list")
    assert triples(result, "2") == [("lead", "市卫生健康委员会")]
    assert V.label_role("整改牵头单位") == "lead" and V.label_role("问题整改责任单位") == "responsible"
    assert V.label_role("问题责任单位") is None  # a subject alone is no activity: not composed


def test_a_header_cell_naming_two_kinds_of_unit_and_a_responsible_office_column():
    """"责任科室、单位" is one column name (a column name, then the other kind of unit it holds), not a unit list;
    "負責科室" (a bureau's own offices) names the responsible column as 负责单位 does (label_parts, as data)."""
    from agencygraph.loaders.tables import find_columns
    assert find_columns(["一级指标", "二级指标", "工作任务", "责任科室、单位"], V) == \
        ["category", "other", "task", "responsible"]  # 指标 columns: the task is the one next to the units; the
    # first, a short name left of it, groups the rows (略阳 "指标 | 工作任务": 公共文化服务, 文化产业 …)
    assert find_columns(["序号", "工作任务", "市发改委、市财政局"], V) is None
    result, expected = doc("county-bureau-undated-openness-work-points")
    assert triples(result, "2.3") == [("lead", "综合科")]


def test_a_suggestions_assignment_table_parted_by_single_spaces():
    """建议提案 交办: "序号 提案号 案由 主办单位 会办单位": 案由 is the task, 提案号 a column of numbers of its own (not
    glued to the task as a number inside a cell is), 主办 leads and 会办 assists."""
    text = ("序号 提案号 案由 主办单位 会办单位\n"
            "1 101 关于加快老旧小区改造的建议 区住建局 区财政局、区城管局\n"
            "2 102 关于加强校园周边交通管理的建议 区教育局 区公安分局\n")
    result = load("proposals.txt", text=text)
    assert [t.text for t in result.tasks] == ["关于加快老旧小区改造的建议", "关于加强校园周边交通管理的建议"]
    assert triples(result, "2") == [("assist", "区公安分局"), ("lead", "区教育局")]


def test_a_unit_named_as_its_items_first_sentence_then_its_duties():
    """职责分工 sections print "(三)县公安局。负责…" as well as "(一)县发改局:负责…": the unit leads its item."""
    text = ("三、职责分工\n(一)县发改局:负责统筹协调项目建设。\n(二)县公安局。负责维护现场秩序,依法打击违法行为。\n"
            "(三)加强宣传。做好政策解读。\n")
    result = load("duties.txt", text=text)
    assert [(a.task, a.role, a.actor) for a in result.assignments] == [("1", "lead", "县发改局"),
                                                                    ("2", "lead", "县公安局")]


def test_a_column_name_stating_the_first_listed_convention():
    """"责任单位(排第一位的为牵头单位)": a 责任单位 column (not a 牵头 column for its word 牵头), and the document's
    convention: the first unit of each cell leads, the others assist."""
    text = ("序号\t重点任务\t责任单位(排第一位的为牵头单位)\t完成时限\n"
            "1\t加强市场监管\t市市场监管局、市公安局、市商务局\t2024年底\n")
    result = load("header-convention.txt", text=text)
    assert triples(result, "1") == [("assist", "市公安局"), ("assist", "市商务局"), ("lead", "市市场监管局")]


def test_a_bare_bracketed_list_with_a_mark_after_a_name():
    """"(市市场监管局★、市公安局)" then "注:标★的为牵头单位。": the list is a clause, the marked unit leads."""
    text = "一、加强市场监管。(市市场监管局★、市公安局)\n二、优化营商服务。(市政务服务局★、市发展改革委)\n注:标★的为牵头单位。\n"
    result = load("marks.txt", text=text)
    assert triples(result, "1") == [("assist", "市公安局"), ("lead", "市市场监管局")]


def test_fields_among_an_items_labelled_lines_keep_them_together():
    """嘉兴经开区 疫情防控组织体系: "一、总指挥部" / "牵头领导:…" / "协助领导:…" / "主要职责:负责…" / "责任单位:…": the
    fields in no vocabulary are the item's (read, not assigned), so 责任单位 is still the item's; four tasks."""
    result, expected = doc("jiaxing-jkq-2020-epidemic-organisation")
    assert sorted(t.number for t in result.tasks) == ["1", "2", "3", "4"]
    assert triples(result, "4") == [("lead", "公安分局"), ("lead", "宣传部"), ("lead", "政法委"), ("lead", "社会发展局"),
                                    ("lead", "统计局")]


def test_a_short_line_after_a_whole_unit_name_is_the_next_record():
    """嵩明 督查通报: "责任单位:嵩阳街道" then "黄龙街县医院路段" (the next point's place, its fields below): not the rest
    of the unit list; a name broken at the page's edge ("区" / "民政局") still is."""
    result, expected = doc("songming-2024-civilised-city-inspection-exposure")
    assert len(result.tasks) == 3
    assert ("lead", "嵩阳街道") in triples(result, "1")
    text = "1.加强市场监管。\n责任单位:区卫生健康委、区教体局、区\n民政局\n2.优化营商服务。\n责任单位:区政务服务局\n"
    assert triples(load("wrapped.txt", text=text), "1")[-1] == ("lead", "区民政局")


def test_units_a_leading_clause_works_with_assist():
    """"由国库处牵头,会同预算处、金融处,根据工作实际,…": 会同 after the lead's segment names assisting units."""
    result, expected = doc("unnamed-province-finance-2021-openness-rectification")
    assert triples(result, "2.2") == [("assist", "信息中心"), ("lead", "国库处")]
    assert ("assist", "金融处") in triples(result, "2.3")


def test_a_convention_stated_inside_a_clause_is_no_unit_and_no_unread_part():
    """"(教育部牵头。只明确一个部门的,其他有关部门配合,不一一列出,下同)": a clause (the statement is a remark)."""
    assert [(p.role, p.text) for p in read_clause("教育部牵头。只明确一个部门的,其他有关部门配合,不一一列出,下同", V)
            if p.role != "note"] == [("lead", "教育部")]
    assert V.strip_etc("就业指导中心等有关处室(单位)") == "就业指导中心"


def test_the_accuracy_bench_matches_a_label_that_opens_with_the_items_unit():
    """"(二十一)市公安局。负责对…": the loader cuts the unit off the task's text (it is the item's opening clause); a
    label whose text: starts at the unit is still matched to that task (by the clause, then the text)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from loader_accuracy import match_tasks

    path = next(CORPUS.glob("*/unnamed-city-2008-integration-research-duties.txt"))
    expected = yaml.safe_load(path.with_name(path.stem + ".expected.yaml").read_text(encoding="utf-8"))
    result = load(path)
    assert not any(t.text.startswith("市公安局") for t in result.tasks)
    mapping, found = match_tasks(expected, result)
    assert found == len(expected["tasks"]) == 6
    assert mapping["21"] == "4.21"


def test_a_name_that_ends_as_a_verb_does():
    """"市社会办" (a 社会建设办公室) is a name, not "市社" + 会办 (units: verb_endings, as data)."""
    assert V.verb_at_end("市社会办") is None
    assert V.verb_at_end("市财政局会办")[1:] == ("会办", "assist")


def test_unnumbered_lines_each_closed_by_their_own_clause_are_items():
    """"一是…。(X牵头,Y配合)" / "二是…。(Z负责)": lines with no number a reader knows, each closed by its own clause,
    are one item each (not one paragraph cut into parts)."""
    text = "一是加强市场监管。(市市场监管局牵头,市公安局配合)\n二是优化营商服务。(市政务服务局负责)\n"
    result = load("one-is.txt", text=text)
    assert [t.number for t in result.tasks] == ["1", "2"]
    assert triples(result, "2") == [("lead", "市政务服务局")]


def test_a_tables_numbered_measures_under_a_merged_serial():
    """"1 | 加强市场监管 | 1.开展专项检查 | …" then " |  | 2.建立信用档案 | …" (序号 and 重点任务 merged): measures 1.1 and
    1.2, then 2.1 (not 1, 2 and a second 2)."""
    text = ("序号\t重点任务\t具体措施\t牵头单位\t配合单位\n"
            "1\t加强市场监管\t1.开展专项检查\t市市场监管局\t市公安局\n"
            "\t\t2.建立信用档案\t市发展改革委\t市市场监管局\n"
            "2\t优化营商服务\t1.推行一网通办\t市政务服务局\t各区政府\n")
    result = load("measures.txt", text=text)
    assert [(t.number, t.text) for t in result.tasks] == [("1.1", "开展专项检查"), ("1.2", "建立信用档案"),
                                                         ("2.1", "推行一网通办")]
    assert not any(i.kind == "numbering" for i in result.issues)


def test_a_unit_column_that_also_names_the_people_in_charge():
    """"责任单位及责任人": a unit column (not a people column for its 责任人); "市政务服务局 李四" is a unit and an official."""
    text = ("序号\t工作任务\t责任单位及责任人\t完成时限\n"
            "1\t加强市场监管\t市市场监管局(局长 张三)\t2024年底\n"
            "2\t优化营商服务\t市政务服务局 李四、市发展改革委 王五\t长期\n")
    result = load("unit-and-people.txt", text=text)
    assert triples(result, "2") == [("lead", "市发展改革委"), ("lead", "市政务服务局")]
    assert {"李四", "王五"} <= {p.name for p in result.people}


def test_a_member_units_duties_list_with_no_numbers():
    """成员单位职责 in 应急预案: unnumbered lines "市林业局:负责…" (漳州), "市统计局协助汇总…" (邢台: the unit's own duty,
    whatever its verb), under a titled heading "一、职责分工" (湖北: "省统计局负责人口普查…", where 负责人 is no
    person), or run into one line "…公路。 市水利局:掌握…" (宁德): one task a unit, led by it."""
    result, expected = doc("zhangzhou-undated-disaster-relief-member-duties")
    assert len(result.tasks) == len(expected["tasks"]) == 19
    assert all(len([a for a in result.assignments if a.target == t.key and a.role == "lead"]) >= 1 for t in result.tasks)
    result, expected = doc("xingtai-undated-disaster-relief-member-duties")
    assert ("lead", "市统计局") in {(a.role, a.actor) for a in result.assignments}
    result, expected = doc("hubei-2010-census-member-duties")
    assert [triples(result, n) for n in ("1.1", "1.5")] == [[("lead", "省统计局")], [("lead", "省财政厅")]]
    result, expected = doc("ningde-undated-disaster-relief-member-duties")
    assert len(result.tasks) >= 15


@pytest.mark.parametrize("heading", ["四、成员单位职责", "成员单位职责如下:", "6.4 治安、交通和通讯", "2.3 成员单位职责"])
def test_duty_lines_under_a_heading_are_one_item_each(heading):
    """A heading that names duties (roles.yaml duty_headings), a lead-in ending in a colon, or a heading with no number
    a reader knows: the unit lines under it ("县公安局:负责…", "县卫生健康局 负责…;") are items, the first one too."""
    text = (f"{heading}\n县应急管理局:负责指挥部办公室日常工作;\n县公安局 负责现场治安维护和交通管制;\n"
            "县卫生健康局负责医疗救治工作。\n")
    result = load("duties.txt", text=text)
    assert [sorted(a.actor for a in result.assignments if a.target == t.key) for t in result.tasks] == \
        [["县应急管理局"], ["县公安局"], ["县卫生健康局"]]


def test_a_pages_fields_are_no_unit_duties():
    """"发布机构:铜川市人民政府办公室" and "发文机构:  发文文号:…" open like a unit's duties but are the page's fields."""
    text = "发文机构:  发文文号:  铜政办发〔2020〕14号\n发布机构:铜川市人民政府办公室\n1.加强监管。(市市场监管局负责)\n"
    result = load("fields.txt", text=text)
    assert [(a.task, a.actor) for a in result.assignments] == [("1", "市市场监管局")]


def test_a_working_groups_composing_units():
    """丽江 地震应急预案: "十四、震害损失评估" / "组成单位:市地震局、建设局、民政局" / "主要职责:…": the composing
    units do the group's work (组成单位, 成员单位 are responsible labels, as data)."""
    result, expected = doc("lijiang-undated-earthquake-plan-work-groups")
    assert triples(result, "14") == [("lead", "市地震局"), ("lead", "市建设局"), ("lead", "市民政局")]
    assert V.label_role("组成单位") == V.label_role("成员单位") == "responsible"


def test_a_team_led_by_one_units_official():
    """督查分组: "由市煤炭工业局1名县级领导带队" (the unit's name ends at its first unit ending) leads; "成员由市安全监管局、
    市公安局…组成" assist (roles.yaml conventions: team, as data)."""
    result, expected = doc("unnamed-city-undated-safety-inspection-groups")
    assert triples(result, "5.1") == [("lead", "市煤炭工业局")]
    text = "1、煤矿安全督查组,由市煤炭安全局孙伟任组长,成员由市煤炭安全局、市国土资源局、市公安局有关人员组成。\n"
    assert triples(load("team.txt", text=text), "1") == [("assist", "市公安局"), ("assist", "市国土资源局"),
                                                         ("lead", "市煤炭安全局")]


def test_decimal_item_numbers():
    """应急预案 number their sections and duties "2.3.6 市建设局:…" (b95 火灾事故): each is an item numbered as
    printed; a figure or a date at a line's start ("2.5亿元", "6.30前") is no number; a unit's duty on a page that
    starts under a section printed on the page before is kept (b92 地质灾害: "县交通局负责…" then "6.5 基本生活保障")."""
    result, expected = doc("unnamed-city-undated-fire-accident-plan-member-duties")
    assert [t.number for t in result.tasks] == list(expected["tasks"]) == [f"2.3.{n}" for n in range(6, 15)]
    assert triples(result, "2.3.6") == [("lead", "市建设局")]
    text = ("3.1 项目建设\n3.1.1 加快推进重点项目,总投资\n2.5亿元。(市发改委牵头)\n3.1.2 完成改造任务,\n6.30前完成。"
            "(市住建局负责)\n")
    result = load("decimal.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        ("3.1.1", [("lead", "市发改委")]), ("3.1.2", [("lead", "市住建局")])]
    result, expected = doc("unnamed-county-undated-geological-disaster-department-duties")
    assert [triples(result, n) for n in ("6.4.1", "6.4.2")] == [[("lead", "县交通局")],
                                                              [("lead", "县联通公司"), ("lead", "移动公司")]]


def test_duty_lines_with_other_verbs_inside_a_duty_list():
    """省 救灾应急预案 (b105): "5、部门主要职责:省民政厅组织…" then "省水利厅承担…", "省经委协调…": inside a duty list a
    unit opens its duties with other verbs (roles.yaml duty_verbs); outside one, "县组织…" and an addressee line
    ("各开发区管理办公室,…:") are no unit's duties."""
    result, expected = doc("unnamed-province-undated-disaster-relief-department-duties")
    leads = {a.actor for a in result.assignments if a.role == "lead"}
    assert {"省民政厅", "省水利厅", "省经委", "省发改委", "省建设厅"} <= leads
    assert V.duty_subject("市城市管理局组织抢修") == "市城市管理局" and V.duty_subject("要加强组织领导") is None
    text = "四、成员单位职责\n县民政局:负责灾民安置;\n县水利局承担水毁工程修复;\n县交通局组织抢修道路。\n"
    assert [triples(load("d.txt", text=text), n) for n in ("1", "2", "3")] == [
        [("lead", "县民政局")], [("lead", "县水利局")], [("lead", "县交通局")]]
    text = "某县关于做好防汛工作的通知\n各乡镇人民政府,县直各部门:\n1.加强值守。(县应急局负责)\n县组织开展督查。\n"
    assert {a.actor for a in load("n.txt", text=text).assignments} == {"县应急局"}


def test_a_units_duties_on_the_line_after_a_title_line():
    """动物疫情 应急预案 (b105): "(1)疫情扑控" / "市畜牧食品局、市公安局…:负责…": the title is no part of the first unit."""
    text = "(1)疫情扑控\n市畜牧食品局、市公安局:负责迅速集结队伍。\n(2)卫生防疫\n市卫生局负责医学观察。\n"
    result = load("t.txt", text=text)
    assert [triples(result, n) for n in ("1", "2")] == [[("lead", "市公安局"), ("lead", "市畜牧食品局")],
                                                        [("lead", "市卫生局")]]


def test_a_heading_that_is_a_units_name_over_its_duties():
    """消防 成员单位职责 by unit (b93): "十二、市民政局" / "1、督促…" / "2、认真…": the unit leads one task holding the
    items under it; a heading over items with a clause of their own ("1. 市科技馆" / "(1)…" / "问题整改责任单位:…",
    荆州 创文 问题清单) names an inspected place, not the unit responsible."""
    result, expected = doc("unnamed-city-undated-fire-safety-member-duties")
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        ("12", [("lead", "市民政局")]), ("13", [("lead", "市安全生产监督管理局")]), ("14", [("lead", "市人防办")])]
    assert "督促各级民政部门" in result.tasks[0].text
    result, expected = doc("jingzhou-undated-civilised-city-problem-list")
    assert triples(result, "2") == [("lead", "市卫生健康委员会")]


def test_labels_in_brackets_short_labels_and_a_marked_list():
    """Wordings read as the same roles: "【牵头单位】X【配合单位】Y" (labels in lenticular brackets), "(牵头:X;参与:Y)",
    "(主办:X;协办:Y)", and a sentence that is only a unit list with "(牵头)" after one name."""
    text = ("1.推进数字政府建设。【牵头单位】市大数据局【配合单位】市财政局、市委网信办\n"
            "2.完善投融资机制。(牵头:市财政局;参与:市金融局)\n3.办理建议。(主办:市发改委;协办:市商务局)\n"
            "4.稳定外贸外资。市商务局(牵头)、市发改委、市财政局\n")
    result = load("b.txt", text=text)
    assert [triples(result, n) for n in ("1", "2", "3", "4")] == [
        [("assist", "市委网信办"), ("assist", "市财政局"), ("lead", "市大数据局")],
        [("assist", "市金融局"), ("lead", "市财政局")], [("assist", "市商务局"), ("lead", "市发改委")],
        [("assist", "市发改委"), ("assist", "市财政局"), ("lead", "市商务局")]]


def test_partners_named_inside_a_units_duties():
    """部门职责 of an 应急预案: "市公安局:负责现场警戒,会同市交通运输局做好交通管制": a specific unit after 会同 / 协同 /
    联合 assists (roles.yaml partner_verbs); a kind of body ("协助当地公安部门", "配合有关部门") does not, nor a unit
    the duty helps ("负责协助市旅游局做好…", "配合市应急局做好…": helped_partner_verbs, the work is its own)."""
    text = ("二、部门职责\n(一)市公安局:负责现场警戒,会同市交通运输局做好交通管制。\n"
            "(二)市卫生健康委:负责医疗救治,协同市疾控中心开展流调。\n"
            "(三)市民政局:负责生活救助,协助当地公安部门维护秩序,配合有关部门做好安置。\n"
            "(四)市三峡坝区工委:负责协助市旅游局做好相关协调工作,配合市应急局做好疏散。\n")
    result = load("p.txt", text=text)
    assert [triples(result, n) for n in ("1", "2", "3", "4")] == [
        [("assist", "市交通运输局"), ("lead", "市公安局")], [("assist", "市疾控中心"), ("lead", "市卫生健康委")],
        [("lead", "市民政局")], [("lead", "市三峡坝区工委")]]
    assert "会同市交通运输局做好交通管制" in result.tasks[0].text


def test_group_names_with_a_bracketed_level_list_open_duties():
    """"(一)各县(市、区)人民政府:负责…", "各县(市、区)政府负责…": a bracketed level list inside a group's name; a notice's
    addressees ("市直相关部门、各乡、镇(场)人民政府: 为有效推进…", 扶余) are no duty line."""
    text = ("二、部门职责\n(一)各县(市、区)人民政府:负责组织先期处置。\n(二)市公安局:负责警戒。\n"
            "(三)各县(市、区)政府负责本辖区的组织实施。\n")
    result = load("g.txt", text=text)
    assert [triples(result, n) for n in ("1", "3")] == [[("lead", "各县人民政府")], [("lead", "各县政府")]]
    result, expected = doc("fuyu-undated-rural-environment-inspection")
    assert not any(a.actor.startswith("市直") for a in result.assignments)


def test_a_label_before_a_copula():
    """"牵头单位为市住建局,配合单位是市财政局": the copula stands where the label's colon belongs; "配合是关键" (a bare
    verb) is no label."""
    text = "1.推进改造。牵头单位为市住建局,配合单位是市财政局。\n2.推进改革。(市发改委负责)配合是关键。\n"
    result = load("c.txt", text=text)
    assert [triples(result, n) for n in ("1", "2")] == [[("assist", "市财政局"), ("lead", "市住建局")],
                                                        [("lead", "市发改委")]]


def test_a_clause_covering_the_items_above_and_a_heading_by_its_lead():
    """"1.… 2.…。以上工作由市发改委牵头,市财政局配合。": the clause covers the items above that name no unit (back to the
    last one that did; roles.yaml covers_above); "(一)由市发改委牵头负责的工作" leads the items under it."""
    text = ("1.推进重大项目建设。\n2.做好价格监测。\n以上工作由市发改委牵头,市财政局配合。\n3.加强预算管理。(市财政局负责)\n"
            "4.推进政府采购改革。\n")
    result = load("o.txt", text=text)
    assert [triples(result, n) for n in ("1", "2", "3")] == [[("assist", "市财政局"), ("lead", "市发改委")]] * 2 + \
        [[("lead", "市财政局")]]
    assert "4" not in {t.number for t in result.tasks}
    text = "(一)由市发改委牵头负责的工作\n1.推进重大项目建设。\n2.做好价格监测。\n(二)由市财政局牵头负责的工作\n3.加强预算管理。\n"
    result = load("n.txt", text=text)
    assert sorted((t.number, tuple(triples(result, t.number))) for t in result.tasks) == [
        ("1.1", (("lead", "市发改委"),)), ("1.2", (("lead", "市发改委"),)), ("2.3", (("lead", "市财政局"),))]


def test_a_verb_closing_a_segment_at_an_enumeration_comma():
    """沪安委会〔2023〕9号: "(市市场监管局、市公安局按职责分工负责落实、各区政府组织落实)", "(X牵头负责、各区政府组织落实)":
    a role verb before 、 ends its segment; 组织落实 is a responsible verb (units that assist where a lead is named)."""
    text = ("1.加强执法。(市市场监管局、市公安局按职责分工负责落实、各区政府组织落实)\n"
            "2.整治管网。(市住房城乡建设管理委牵头负责、各区政府组织落实)\n")
    result = load("s.txt", text=text)
    assert [triples(result, n) for n in ("1", "2")] == [
        [("lead", "各区政府"), ("lead", "市公安局"), ("lead", "市市场监管局")],
        [("assist", "各区政府"), ("lead", "市住房城乡建设管理委")]]


def test_a_units_name_as_an_items_title_line():
    """沪松府〔2017〕143号 四、职责分工: "(二)区公安分局" / "调研道路停车资源…": the unit named by the item's first line
    leads it; a heading that is an act ("一、成立领导小组", "三、实行跟踪督办", 恩施) names no unit."""
    result, expected = doc("songjiang-2017-parking-sharing")
    leads = {a.actor for a in result.assignments if a.role == "lead"}
    assert {"区公安分局", "区卫计委", "区教育局", "区财政局"} <= leads
    text = "一、成立领导小组\n成立议案办理工作领导小组。\n二、明确工作责任\n州交通运输局为牵头责任单位。\n三、实行跟踪督办\n州政府督查室要跟踪督查。\n"
    result = load("e.txt", text=text)
    assert not {"成立领导小组", "实行跟踪督办"} & {a.actor for a in result.assignments}


def test_a_unit_opening_the_line_after_a_title_line_with_any_duty_verb():
    """沪发改环资〔2026〕130号 三、组织保障: "(二)培育绿色低碳产业集群" / "市经济信息化委支持推广…": the body's name opening
    the line after the title leads (roles.yaml duty_verbs); "市发展改革委会同相关部门统筹…" stops at 会同; "(二)基本原则" /
    "坚持政府引导…" names no body."""
    result, expected = doc("shanghai-2026-zero-carbon-parks")
    leads = {a.actor for a in result.assignments if a.role == "lead"}
    assert {"市发展改革委", "市经济信息化委", "市住房城乡建设管理委", "市科委"} <= leads
    assert not any("会同" in actor for actor in leads)
    text = "(一)基本原则\n坚持政府引导,市场主导。\n(二)培育产业集群\n市经信委支持推广绿色制造。\n"
    result = load("t.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [("2", [("lead", "市经信委")])]


def test_a_name_with_its_short_form_in_brackets_opens_its_duties():
    """浦建委规〔2023〕2号 二、职责分工: "浦东新区规划和自然资源局（简称“区规资局”）负责…" (roles.yaml name_asides); "X是…主管
    部门" and "X、Y等区职能部门，依照各自职责…" open duties too; "区建交委牵头区相关部门（单位）和项目所在镇，…": they assist."""
    text = ("二、职责分工\n浦东新区建设和交通委员会（简称“区建交委”）是本区征收安置住房行政主管部门，统筹协调建设管理工作。\n"
            "浦东新区规划和自然资源局（简称“区规资局”）负责编制本区征收安置住房项目规划。\n"
            "浦东新区发展和改革委员会（简称“区发改委”）、浦东新区财政局（简称“区财政局”）等区职能部门，依照各自职责开展"
            "监督工作。\n三、年度计划\n区建交委牵头区相关部门（单位）和项目所在镇，根据项目建设需求，编制年度工作计划。\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("lead", "浦东新区建设和交通委员会")], [("lead", "浦东新区规划和自然资源局")],
        [("lead", "浦东新区发展和改革委员会"), ("lead", "浦东新区财政局")],
        [("assist", "区相关部门"), ("assist", "项目所在镇"), ("lead", "区建交委")]]


def test_a_paragraph_of_bodies_duties_is_one_item_a_sentence():
    """虹应急〔2026〕2号 三、职责分工: one paragraph, each sentence a body and its duties, one task each; and the body of a
    numbered item's title line, in a document printing no unit labels."""
    text = ("三、职责分工\n该项目建设主体为区应急局，统筹开展项目建设。区消防救援局负责协调、指导项目推进工作。"
            "区财政局、区发改委负责落实项目所需经费。各属地街道负责排摸辖区内电动自行车集中场所底数情况。\n"
            "四、保障措施\n(一)推动交通领域绿色转型\n市住房城乡建设管理委制定建筑能效标准。市交通委加快布局充换电设施。\n")
    result = load("p.txt", text=text)
    assert [leads for t in result.tasks if (leads := [a for r, a in triples(result, t.number) if r == "lead"])] == [
        ["区消防救援局"], ["区发改委", "区财政局"], ["各属地街道"], ["市住房城乡建设管理委"], ["市交通委"]]
    labelled = load("q.txt", text=text + "(二)完善政策\n加大支持力度。(责任单位：市财政局)\n")
    assert not any(a.actor == "市交通委" for a in labelled.assignments)  # prose in a labelled document


def test_an_attachment_holding_the_duties_is_read():
    """沪崇应急〔2024〕28号: "附件1" / "职责分工" / "区应急局：负责…" lines after the body's end; a partner opens no duty
    ("。会同区粮食物资储备局做好…"); who interprets the plan is no assignment."""
    text = ("一、总则\n\n(一)本区各乡镇负责人员转移安置。\n\n本预案由区应急局会同相关部门负责具体解释。\n\n"
            "附件：1.职责分工\n\n附件1\n\n职责分工\n\n"
            "区应急局：负责预案编制。会同区粮食物资储备局做好区级救灾物资的协调保障。\n\n"
            "区教育局：组织协调指导本区学校，落实应急避难场所启用和预案编制工作。\n\n"
            "区公安分局：组织协调指导本区人员转移安置行动的现场警戒。\n")
    result = load("p.txt", text=text)
    got = [triples(result, t.number) for t in result.tasks]
    assert [("assist", "区粮食物资储备局"), ("lead", "区应急局")] in got
    assert [("lead", "区教育局")] in got and [("lead", "区公安分局")] in got
    assert not any("解释" in (a.clause or "") for a in result.assignments)


def test_a_units_name_as_an_items_first_sentence_under_a_duty_heading():
    """闵古办〔2022〕20号 二、职责分工: "2.派出所。配合开展…", "5.管理办。协调指导…" (a bare 派出所 too); "(七)建设单位：
    依照法律法规履行…" is a party and its duties, not a label (沪崇城府〔2025〕23号)."""
    text = ("二、职责分工\n1.街道消委办。牵头开展独居老人消防安全关爱工作。\n2.派出所。配合开展独居老人消防安全关爱工作。\n"
            "3.管理办。协调指导专业力量开展检查巡查。\n4.建设单位：依照法律法规履行相应程序，落实项目法人责任制。\n")
    result = load("p.txt", text=text)
    assert [triples(result, n) for n in ("1", "2", "3", "4")] == [
        [("lead", "街道消委办")], [("lead", "派出所")], [("lead", "管理办")], [("lead", "建设单位")]]


def test_a_headings_last_line_naming_whose_duties_its_items_are():
    """南府〔2025〕7号: "(一)项目管理领导小组" / … / "领导小组工作职责：" / "1.召集成员单位召开联席会议。": the items lead
    by the heading's last line (roles.yaml duties_of); a unit an item names as responsible assists it, as under
    "(一)由X牵头负责的工作"."""
    text = ("二、组织机构及其职责\n(一)项目管理领导小组\n镇政府成立领导小组，组长由镇长担任。\n领导小组工作职责：\n"
            "1.召集成员单位召开联席会议。\n2.确定项目管理组织的管理任务。\n3.由镇财政所负责审计工作。\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("lead", "领导小组")], [("lead", "领导小组")], [("assist", "镇财政所"), ("lead", "领导小组")]]


def test_a_later_sentence_opened_by_a_body_and_its_responsibility():
    """沪奉文物〔2023〕8号: "(一)动员部署阶段" / "…完成动员部署工作。区文保所负责收集各单位工作方案。"; "届时，将由区文物局
    牵头，组织…"; "牵头单位负责制定攻坚方案" is a label word, no body."""
    text = ("三、工作步骤\n(一)动员部署阶段\n各属地单位制定工作方案，完成动员部署工作。区文保所负责收集各单位工作方案。\n"
            "(二)检查阶段\n各属地单位推进各阶段工作。届时，将由区文物局牵头，组织力量统一检查。\n"
            "(三)工作机制\n建立协同机制。牵头单位负责制定攻坚方案。\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [[("lead", "区文保所")], [("lead", "区文物局")]]


def test_a_one_cell_a_line_tables_task_cell_with_numbered_lines():
    """静绿容发〔2025〕37号 附件1.1: 序号 / 任务内容 / 责任单位 one cell a line, a task cell printing its own "1. … 2. …"
    lines: one row each, led by the unit below them."""
    text = ("2025年生活垃圾分类减量推进工作任务清单\n序号\n任务内容\n责任单位\n1\n1. 强化党组织领导下的生活垃圾分类多方参与机制。\n"
            "2. 紧扣重要时间节点开展宣传活动。\n区绿化市容局\n2\n1. 重点针对租住群体加强宣传指导。\n"
            "2. 巩固提升分类小区管理水平。\n各街镇\n3\n融入基层治理“多格合一”工作。\n区社工部\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("lead", "区绿化市容局")], [("lead", "各街镇")], [("lead", "区社工部")]]
    assert result.tasks[0].text.startswith("强化党组织领导") and "紧扣重要时间节点" in result.tasks[0].text


def test_a_carry_forward_with_a_remark_before_its_end_and_a_short_page_on_one_line():
    """"以下均需区市场监管局落实，市局执法总队负责…，不再单独列出" carries 区市场监管局 forward; a short page saved as one line
    ("…工作; (二)公安部门负责…", under 400 characters) is cut into its items."""
    text = ("1．加强气瓶制造监管。(市局特种设备处牵头；区市场监管局组织落实。以下均需区市场监管局落实，市局执法总队负责"
            "化学工业区内的监管工作，不再单独列出)\n2．加强充装监管。(市局特种设备处牵头)\n")
    result = load("p.txt", text=text)
    assert ("assist", "区市场监管局") in triples(result, "2")
    path = next(CORPUS.glob("*/luzhou-undated-population-sample-survey-duties.txt"))  # 11 duty items, 350 characters
    page = " ".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    result = load("q.txt", text=page)
    assert len(page) < 400 and len(result.tasks) == 11
    assert [triples(result, n) for n in ("1", "2", "6")] == [
        [("lead", "统计部门")], [("lead", "公安部门")], [("lead", "民政部门")]]


def test_a_page_whose_paragraph_breaks_left_nothing_behind():
    """平潭 pages saved as one paragraph with nothing between paragraphs: an item's number glued to the unit list
    closing the item before it ("…责任单位：区旅游文体局，区文旅集团（二）支持商旅融合…", "…区农业农村中心2.《中国共产党
    章程》责任单位：…", "…各行政村二、推进…（二）…"), the run going on after a heading ("二、持续促进消费复苏回暖（七）…")
    and labels glued to the task's words."""
    path = next(CORPUS.glob("*/pingtan-2023-economy-stabilising-measures.txt"))
    result = load(path.name, text=path.read_text(encoding="utf-8"))
    assert [t.number for t in result.tasks] == [str(n) for n in range(1, 13)]  # (一)…(十二) run on over 一、二、…
    assert triples(result, "2") == [("lead", "区旅游文体局"), ("lead", "区经济发展局"), ("lead", "区财政金融局")]
    assert result.tasks[6].text.startswith("鼓励限上企业增产增效")
    path = next(CORPUS.glob("*/pingtan-2023-agriculture-law-publicity-duties.txt"))
    result = load(path.name, text=path.read_text(encoding="utf-8"))
    assert result.tasks[1].text == "《中国共产党章程》" and triples(result, result.tasks[1].number) == [("lead", "局机关党委")]
    # a page's prose whose sentences open with bodies ("…工作。市财政局负责…") is cut into duty lines when the whole
    # page is one line without a space between its paragraphs
    path = next(CORPUS.glob("*/chongming-2024-underground-space-emergency-plan.txt"))  # 24 labelled duties
    page = "".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(load("q.txt", text=page).tasks) >= 20
    # a page that opens mid-list ("15、以推进…责任单位:市建设规划局16、完成…"), and a first heading after a colon
    # ("…通报如下:一、主次干道1、嘉和城…(责任单位:住建局)2、…")
    for name, numbers in (("taizhou-undated-w*.txt", ["15", "16", "17", "18", "19"]),
                          ("tongshan-2022-civilised-city-spot-inspection*.txt", ["1.1", "1.2", "1.3"])):
        path = next(CORPUS.glob("*/" + name))
        page = "".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        result = load("q.txt", text=page)
        assert [t.number for t in result.tasks][: len(numbers)] == numbers
        assert all(triples(result, n) for n in numbers)


def test_a_remark_before_a_brackets_labels_and_a_label_with_an_activity():
    """包府办发〔2022〕43号: "（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）": a remark before the labels, and
    牵头考核单位 a lead label (roles.yaml label_parts activities)."""
    text = ("一、政务服务“一网通办”（25分）\n（一）一体化政务服务平台建设（3分）\n1．各级政务服务事项全部开通全程网办。"
            "（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）\n2．成立各级政务服务便民热线工作机构。"
            "（6月底完成，牵头考核单位：市政府办公室、市公安局）\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("lead", "市审批服务局")], [("lead", "市公安局"), ("lead", "市政府办公室")]]


def test_bodies_sharing_an_items_duties_sentence_by_sentence():
    """嘉水务〔2025〕67号: "(1)区水务局负责…。区河道水闸管理所具体负责…。区水务事务管理中心具体负责…": each body's
    sentence is a part of the item, the body leading it (two clauses, two tasks); 平潭 君山片区 疫苗接种 方案: "(二)明确
    职责分工。…社会事业处负责…；…财税专班负责…；各行业主管部门负责…" (a body's office, a group on the item's line);
    虹房管〔2024〕68号 第五条(管理职责): "区国资委、…等部门应当按照各自职责，督促…" (应当 opens a duty under a duty
    heading)."""
    text = ("三、职责分工\n（1）区水务局负责本行政区域内河湖、泵闸的管理。区河道水闸管理所具体负责区管泵闸的管理养护。"
            "区水务事务管理中心具体负责镇级河湖的行业管理工作。\n（2）区财政局会同区水务局积极争取市级补助资金。\n")
    result = load("p.txt", text=text)
    assert [(t.number, t.text[:6]) for t in result.tasks if t.parent == "1"] == [
        ("1.1", "本行政区域内"), ("1.2", "区管泵闸的管"), ("1.3", "镇级河湖的行")]
    assert [triples(result, n) for n in ("1.1", "1.2", "1.3")] == [
        [("lead", "区水务局")], [("lead", "区河道水闸管理所")], [("lead", "区水务事务管理中心")]]
    text = ("三、组织实施\n（二）明确职责分工。社会事业处负责接种工作的组织协调；财税专班负责审核把关相关费用的报销工作；"
            "各行业主管部门负责本行业的组织发动。\n各乡镇负责本辖区工作。\n")
    result = load("s.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks if t.parent] == [
        [("lead", "社会事业处")], [("lead", "财税专班")], [("lead", "各行业主管部门")]]
    text = ("第五条（管理职责）\n区房管局牵头组织开展本区危险房屋应急处置工作。\n"
            "区国资委、区卫健委、区教育局等部门应当按照各自职责，督促落实行业管理范围内的房屋使用安全责任。\n"
            "区财政局负责落实资金保障。\n")
    result = load("q.txt", text=text)
    assert [("lead", "区国资委"), ("lead", "区卫健委"), ("lead", "区教育局")] in [
        sorted(triples(result, t.number), key=lambda x: ["区国资委", "区卫健委", "区教育局"].index(x[1]))
        for t in result.tasks if len(triples(result, t.number)) == 3]


def test_web_table_cells_closed_by_pipes_and_spaced_unit_cells():
    """袁州区 2023年民生实事进展: title lines above a header whose cells are closed by "|" are no header cells; a lone "|"
    that leaves the row as wide as its header is an empty cell; "区国投集团 各有关乡镇(街道)" lists two units. 铜梁区
    目标任务推进情况: a unit cell going on over lines ("区农业农村委" / "区林业局" / …) leaves room for the progress cell."""
    path = next(CORPUS.glob("*/yuanzhou-2023-livelihood-projects-progress.txt"))
    result = load(path.name, text=path.read_text(encoding="utf-8"))
    assert triples(result, "1") == [("assist", "区国投集团"), ("assist", "各有关乡镇"), ("lead", "区教体局")]
    assert triples(result, "2") == [("lead", "慈化镇")]
    path = next(CORPUS.glob("*/tongliang-2025-work-report-targets-progress.txt"))
    result = load(path.name, text=path.read_text(encoding="utf-8"))
    assert [t.number for t in result.tasks] == [str(n) for n in range(1, 11)]
    assert len(triples(result, "2")) == 4


def test_duty_lines_of_names_with_another_name_in_brackets_and_articles_of_a_measure():
    """苏州 防台风应急预案 成员单位职责: "国动办（人防办）：负责…" starts its own duty item like "交通局：负责…"; 北京市体育
    产业发展引导资金贷款贴息管理办法: "第十五条 联席会议办公室按照…要求对项目进行初审。" is the 办公室's duty."""
    text = ("各成员单位职责：\n交通局：负责公路的防台安全工作。\n国动办（人防办）：负责人防工程的防台安全工作。\n"
            "市水利局（市防汛办）：负责水利工程的防台安全工作。\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("lead", "交通局")], [("lead", "国动办")], [("lead", "市水利局")]]
    text = ("第五章 贴息项目的申报、审定和执行\n第十五条 联席会议办公室按照年度项目征集公告要求对项目进行初审。\n"
            "第十六条 联席会议办公室组织专家对项目进行评审。\n第十七条 项目单位在获得商业银行贷款后提交申请。\n")
    result = load("q.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        ("15", [("lead", "联席会议办公室")]), ("16", [("lead", "联席会议办公室")])]


def test_a_heading_that_says_a_task_and_a_list_opened_after_a_colon():
    """国办发〔2020〕43号 (one line): "(一)研究将…制度化，落实减税降费政策，…提供支撑。(财政部、…等国务院相关部门及各地区
    按职责分工负责)具体措施：1．及时总结…。(财政部牵头，…)2．…": the section is a task of its own, its clause closing its
    sentences, and the list after "具体措施：" starts at its 1．; "X等国务院相关部门" ends at X."""
    text = ("一、把宏观政策和改革结合起来（一）研究将财政资金直达机制实施中的好做法制度化，落实减税降费政策，为保就业提供支撑。"
            "（财政部、民政部等国务院相关部门及各地区按职责分工负责）具体措施：1．及时总结财政资金直达基层的经验做法。"
            "（财政部牵头，国务院相关部门及各地区按职责分工负责）2．简化税费优惠政策适用程序。（税务总局牵头，海关总署等"
            "国务院相关部门及各地区按职责分工负责）（二）让企业融资更加便利，推动银行创新信贷服务模式。（人民银行、"
            "银保监会牵头，财政部等国务院相关部门及各地区按职责分工负责）")
    result = load("p.txt", text=text)
    assert [t.number for t in result.tasks] == ["1", "1.1", "1.2", "2"]
    assert triples(result, "1") == [("lead", "各地区"), ("lead", "民政部"), ("lead", "财政部")]
    assert triples(result, "1.2") == [("assist", "各地区"), ("assist", "海关总署"), ("lead", "税务总局")]
    # a short title over tasks is no task: its clause leads the domain
    text = "一、加快调整能源结构（省发改委总牵头）\n1.推进煤炭消费减量。（省能源局牵头）\n2.发展清洁能源。（省能源局牵头）\n"
    assert [t.number for t in load("q.txt", text=text).tasks] == ["1", "2"]


def test_modal_subjects_in_an_item_that_names_a_division_of_labour():
    """平潭 君山片区 疫苗接种 方案: "(二)明确职责分工。各处室（中心）及办事处要做好动员工作…；各行政村要落实属地责任…；
    社会事业处负责…": each body's sentence is a part; "X要…" in an item whose title names no division is prose."""
    text = ("三、组织实施\n（一）全面组织发动。片区疫苗接种专班要定期召开会议。各行政村要成立工作专班。\n"
            "（二）明确职责分工。各处室（中心）及办事处要做好动员工作；各行政村要落实属地责任；社会事业处负责接种工作的"
            "组织协调；党群工作处要做好正面宣传。\n")
    result = load("p.txt", text=text)
    assert [t.number for t in result.tasks] == ["2", "2.1", "2.2", "2.3", "2.4"]
    assert [triples(result, f"2.{k}") for k in range(1, 5)] == [
        [("lead", "办事处"), ("lead", "各处室")], [("lead", "各行政村")], [("lead", "社会事业处")],
        [("lead", "党群工作处")]]


def test_fields_glued_in_a_run_and_a_first_listed_statement_inside_the_first_clause():
    """平潭 国资局党委 活动方案 (a page with no breaks): "…活动时间：2021年3－5月牵头处室：局党建人事处责任对象：局各处室，
    各区属国企（六）开展…"; 株洲 粮食安全 实施意见: "(市發改委、…、中儲糧株洲直屬庫。排名第一的為牽頭單位,下同)"."""
    path = next(CORPUS.glob("*/pingtan-2021-soe-party-committee-centenary-activities.txt"))
    result = load(path.name, text=path.read_text(encoding="utf-8"))
    assert [t.number for t in result.tasks] == [str(n) for n in range(1, 11)]
    assert triples(result, "6") == [("assist", "各区属国企"), ("lead", "局办公室")]
    path = next(CORPUS.glob("*/zhuzhou-undated-grain-security-responsibility.txt"))
    result = load(path.name, text=path.read_text(encoding="utf-8"))
    assert [(r, a) for r, a in triples(result, "1") if r == "lead"] == [("lead", "市发改委")]
    assert ("assist", "中储粮株洲直属库") in triples(result, "1")


def test_either_of_two_units_and_an_agent_that_only_describes():
    """"由所属集团母公司或行政主管单位牵头…" names two units; "由区房管局或属地街道代为组织实施的危险房屋急修" says what
    kind of repair it is, and "由镇公路站负责的农村道路硬化项目" still names the project's unit."""
    text = "某府〔2024〕1号\n1.开展自查。由所属集团母公司或行政主管单位牵头，开展招标项目自查。\n"
    assert triples(load("p.txt", text=text), "1") == [("lead", "所属集团母公司"), ("lead", "行政主管单位")]
    text = ("某府〔2024〕1号\n1.本办法所称应急处置，是指由区房管局或属地街道代为组织实施的危险房屋急修。\n"
            "2.聚焦乡村振兴。由镇公路站负责的农村道路硬化项目，预计2021年11月份完成。\n")
    result = load("q.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [("2", [("lead", "镇公路站")])]


def test_pages_saved_as_one_line_part_after_clauses_and_colons():
    """建湖 督查 (one line): "图①:…公益广告。责任单位:县交通局。 图②:…" — a labelled clause's sentence and a space end
    the paragraph; 湖北 人口普查 职责分工: "具体分工如下: 省统计局负责…。 省公安厅负责…" — a colon and a space before a
    body's duties too; 苏州人大 代表建议: "访问量: …(主办单位:市农业农村局;协办单位:…)" — the site's furniture words
    inside a task's bracket are the task's."""
    text = ("县组织文明城市创建点位专项督查 近日,县文明城市创建指挥部督查组深入全县部分创建点位进行专项督查。 "
            "图①:九龙大道两侧公交车站台没有创建公益广告。责任单位:县交通局。 图②:湖中路财富广场建筑工地围墙广告画面破损。"
            "责任单位:县住建局。 图③:东方广场内流动摊点活动板房占道经营。责任单位:县城管局。 "
            "图④:近湖社区翡翠嘉苑小区车辆乱停。责任单位:近湖街道。 图⑤:金地步行街非机动车占用消防通道。责任单位:县城管局。")
    for page in (text, text.replace(" ", "")):  # (and a page whose breaks left nothing: "…县交通局。图②:…")
        result = load("p.txt", text=page)
        assert [triples(result, t.number) for t in result.tasks] == [
            [("lead", "县交通局")], [("lead", "县住建局")], [("lead", "县城管局")], [("lead", "近湖街道")],
            [("lead", "县城管局")]]
    text = ("湖北省人口普查领导小组成员单位职责分工 一、职责分工 人口普查是一项重大的国情国力调查,涉及到每个人,组织和"
            "协调工作量大,并与多个部门的工作有直接关系。按照各部门的工作职能,具体分工如下: "
            "省统计局负责人口普查的日常工作,并全面负责专业技术工作。 省公安厅负责户口整顿工作。 "
            "省人口计生委负责协调制定有利于开展人口普查的相关政策,以及查准出生人口方面的协调配合工作。 "
            "省财政厅负责人口普查经费的协调保障工作。 二、工作方式 领导小组实行成员单位联络员制度。")
    result = load("q.txt", text=text)
    assert sorted(a.actor for a in result.assignments if a.role == "lead") == [
        "省人口计生委", "省公安厅", "省统计局", "省财政厅"]
    assert len(result.tasks) == 4
    text = ("当前位置: 首页 > 新闻中心 时间: 2024-09-25 09:20 来源: “苏州人大”微信公众号 访问量: 为更好推动建议办理,"
            "现将最终推选出的十件建议向社会予以公布: 1.张娟代表提出的“加强菜篮子保供体系建设的建议”(主办单位:"
            "市农业农村局;协办单位:市农业发展集团公司等); 2.朱建军代表提出的“构建劳动关系监测预警体系的建议”"
            "(主办单位:市人力资源和社会保障局;协办单位:市总工会等);")
    result = load("r.txt", text=text)
    assert triples(result, "2") == [("assist", "市总工会"), ("lead", "市人力资源和社会保障局")]


def test_a_page_on_one_line_keeps_its_paragraph_breaks_as_spaces():
    """A page saved as one paragraph, its paragraph breaks left as spaces after a sentence's end: 林头镇 为群众办实事
    ("…预计2021年11月份完成。 聚焦“乡村振兴”,。由农业农村办负责的…") is one task a paragraph; 青云谱区 工作报告 进展
    ("…常态化防控。 责任单位:区卫生健康委、区民政局 贯彻落实情况:已完成…"): the next field ends the units."""
    path = next(CORPUS.glob("*/lintou-2021-practical-matters-projects.txt"))
    one_line = " ".join(x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    result = load(path.name, text=one_line)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("lead", "镇公路站")], [("lead", "农业农村办")], [("lead", "镇经济发展办")], [("lead", "镇城建规划分局")]]
    path = next(CORPUS.glob("*/qingyunpu-2020-work-report-tasks-progress.txt"))
    one_line = " ".join(x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    result = load(path.name, text=one_line)
    assert triples(result, "1.1") == sorted([("lead", "区卫生健康委"), ("lead", "区教体局"), ("lead", "区市场监管局"),
                                             ("lead", "区民政局")])


def test_an_attachment_of_duties_on_a_page_saved_as_one_line():
    """崇明区 转移安置预案 (one line): "…本预案自印发之日起施行。 附件：1.职责分工 2.崇明区应急避难场所分布表 附件1 职责分工
    区应急局：负责…。 区经委（区粮食物资储备局）：组织…": the list of attachments starts no items, the attachment's mark
    stands alone, and each unit's duty line is a task."""
    text = ("上海市崇明区突发事件人员转移安置预案 1.总则 1.1编制目的 为建立健全本区突发事件人员转移安置机制,保障公众安全,"
            "制定本预案。 1.2编制依据 依据《中华人民共和国突发事件应对法》《上海市实施〈中华人民共和国突发事件应对法〉办法》"
            "《上海市突发公共事件总体应急预案》《上海市崇明区突发公共事件总体应急预案》等,制定本预案。 1.3适用范围 本预案"
            "适用于本区行政区域内突发事件发生后人员转移安置和应急避难场所启用的应对工作。 9.3预案实施 本预案自印发之日起施行。 附件：1.职责分工 2.崇明区应急避难场所分布表 附件1 职责分工 "
            "区应急局：负责区级突发事件人员转移安置应急预案编制,并对实施情况进行监督。 区经委（区粮食物资储备局）：组织协调"
            "指导本区商场等,落实应急避难场所启用工作。 区教育局：负责协调指导学校做好应急避难场所的启用工作。 "
            "区民政局：负责协调指导养老机构做好应急避难场所的启用工作,做好转移人员的基本生活救助。")
    assert len(text) >= 400  # a page saved as one paragraph
    result = load("p.txt", text=text)
    assert sorted(a.actor for a in result.assignments if a.role == "lead") == ["区应急局", "区教育局", "区民政局", "区经委"]


def test_an_items_title_and_a_space_before_its_body_on_a_page_saved_as_one_line():
    """上海 零碳园区 (one line): "（一）开展统筹推进与顶层设计 市发展改革委负责零碳园区申报…" — the title and a space stand
    where the title's line ended, and the body opening the next sentence leads."""
    text = ("关于推进零碳园区建设的实施意见 一、总体要求 到2027年,建成一批零碳园区。 二、组织保障 市发展改革委、市经济"
            "信息化委会同有关部门,针对零碳园区建设中的关键堵点加强统筹协调。 （一）开展统筹推进与顶层设计 市发展改革委负责"
            "零碳园区申报、评审和验收,组建专家库,统筹推进零碳园区建设。 （二）培育绿色低碳产业集群 市经济信息化委支持推广"
            "“以绿制绿”模式,推动园区布局有绿电需求的新型产业,指导推进工业园区低碳化改造。 （三）开展零碳能源发展布局 "
            "市发展改革委统筹零碳园区建设与本市新能源、输配电网规划布局,组织电网、电力调度和交易等单位构建绿电消纳机制。")
    result = load("p.txt", text=text)
    assert [triples(result, n) for n in ("1", "2", "3")] == [
        [("lead", "市发展改革委")], [("lead", "市经济信息化委")], [("lead", "市发展改革委")]]


def test_a_unit_heading_and_a_space_before_its_duties_on_a_page_saved_as_one_line():
    """松江 停车共享 (one line): "（二）区公安分局 调研道路停车资源供给状况…" — the unit's name and a space stand where the
    heading's line ended; not "（三）市场秩序组组 长：…", a word a space broke before a field's colon."""
    text = ("松江区关于促进停车资源共享利用的实施意见 一、总体要求 以提升停车资源集约利用效率、实现停车规范有序为目标。 "
            "二、职责分工 （一）区建设管理委 牵头负责停车资源共享利用工作的协调推进和监督指导。 （二）区公安分局 调研道路停车"
            "资源供给状况,结合停车矛盾突出区域实际,指导制定周边道路停车设定方案。 （三）区卫计委 全面梳理矛盾突出的医院停车"
            "需求状况,协调推动医院在保障内部安全和秩序的前提下错时开放。 （四）市场秩序组组 长：王某某 副组长：李某某。")
    result = load("p.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        ("1", [("lead", "区建设管理委")]), ("2", [("lead", "区公安分局")]), ("3", [("lead", "区卫计委")])]


def test_a_duty_heading_run_into_its_first_duty_line_on_a_glued_page():
    """习水 启动应急预案 (a page whose breaks left nothing): "二、部门职责县畜牧局:负责…。县公安局:配合县畜牧局…" — the
    heading naming duties ends before the first unit's name; each unit's duty line is a task, not "部门职责县畜牧局"."""
    text = ("习水县人民政府办公室关于启动习水县防治重大动物疫病应急预案的通知各乡镇人民政府,县人民政府各工作部门:为及时有效"
            "防控疫情,保护人民群众身体健康和生命安全,经县人民政府研究,决定启动预案。现将有关事项通知如下:一、成立指挥部"
            "指挥部下设办公室于县人民政府办公室,负责指挥部日常工作。二、部门职责县畜牧局:负责组织实施动物疫情的防控措施、"
            "防治技术方案及检查指导,开展流行病学调查。县公安局:配合县畜牧局做好疫区封锁,组织对患病犬进行捕杀。县卫生局:"
            "负责疫区内人员防护有关标准的制定及被咬伤人员的救治工作。县财政局:保证动物疫情应急处置所需经费。")
    result = load("p.txt", text=text)
    leads = sorted(a.actor for a in result.assignments if a.role == "lead")
    assert leads == sorted(["县畜牧局", "县公安局", "县卫生局", "县财政局"])
    assert [a.actor for a in result.assignments if a.role == "assist"] == []  # (配合县畜牧局: the unit it helps,
    # helped_partner_verbs)


def test_a_units_duty_line_that_says_it_is_over_the_units_duties():
    """平潭 创业担保贷款贴息 notice: "1.区社会事业局职责：负责审查…" — the words between the name and its colon
    (roles.yaml duty_tails) say the line is the unit's duties; the unit leads its item, as "1.区社会事业局：负责…" would."""
    text = ("关于进一步做好创业担保贷款贴息工作的通知\n四、工作要求\n（一）加强协调管理，明确部门职责\n"
            "1.区社会事业局职责：负责审查创业担保贷款贴息对象贴息资格，积极提供创业指导。\n"
            "2.区财金局的主要职责：负责加强对配套贴息资金的落实和监督检查。\n"
            "3.各经办银行职责：做好创业担保贷款的贷前调查、贷后跟踪等工作。\n")
    result = load("p.txt", text=text)
    assert [(t.text[:4], triples(result, t.number)) for t in result.tasks] == [
        ("负责审查", [("lead", "区社会事业局")]), ("负责加强", [("lead", "区财金局")]),
        ("做好创业", [("lead", "各经办银行")])]


def test_a_joint_inspection_plan_whose_columns_say_who_starts_and_who_joins():
    """双随机 联合抽查 plans: 发起部门 / 牵头 部门 lead, 配合部门 / 参与部门 / 联合处室 assist; a column name may carry a
    bracketed note ("信用风险等级(低、一般、较高、高)"), and "参与部门的检查内容" holds what they check, not units."""
    text = ("2024年部门联合双随机抽查工作计划\n"
            "序 号 | 牵头 部门 | 事项名称 | 抽查 对象 | 抽查 比例 | 拟实施 时间 | 参与部门 | 参与部门的检查内容(检查事项) | "
            "检查 方式 | 信用风险等级(低、一般、较高、高) |\n"
            "1 | 市市场监管局 | 机动车排放检验机构检测情况抽查 | 机动车检验机构 | 待定 | 7月至12月 | 市生态环境局 | "
            "对从事机动车排放检验机构的排放检验情况进行监督检查 | 现场检查 | 一般 |\n"
            "2 | 市公安局 | 保安行业相关单位抽查 | 保安从业单位 | 待定 | 7月至12月 | 市市场监管局 | "
            "对保安从业单位及其保安服务经营情况进行监督检查 | 现场检查 | 一般 |\n")
    result = load("p.csv.txt", text=text)
    assert [triples(result, n) for n in ("1", "2")] == [
        [("assist", "市生态环境局"), ("lead", "市市场监管局")], [("assist", "市市场监管局"), ("lead", "市公安局")]]


def test_a_table_whose_unit_column_has_no_unit_name_in_its_header():
    """石城县 河长制 考核细则 (a web page's table): "序号 | 考核项目 (two columns) | 各项分值 | 考核内容 | …" over rows
    "1 | 重点考核部门 | 县委农工部 | 60 | 农村生活垃圾专项治理 | …": the column of one unit's name per row holds the
    units responsible, though its header cell is blank; not the repeated category "重点考核部门"."""
    rows = [("1", "重点考核部门", "县委农工部", "60", "农村生活垃圾专项治理"),
            ("2", "重点考核部门", "县工信局", "60", "持续加强工矿企业及工业聚集区水污染防治"),
            ("3", "重点考核部门", "县水利局", "60", "持续开展非法采砂专项整治"),
            ("4", "一般考核部门", "县委宣传部", "60", "组织河道保护管理的宣传教育和舆论引导")]
    html = ("<html><head><meta charset='utf-8'></head><body><table><caption>石城县河长制工作责任单位考核细则</caption>"
            "<tr><th>序号</th><th colspan='2'>考核项目</th><th>各项分值</th><th>考核内容</th><th>评分标准</th></tr>" +
            "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "<td>按完成比例得分</td></tr>" for row in rows) +
            "</table></body></html>")
    result = load("t.html", text=html)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        (row[0], [("lead", row[2])]) for row in rows]


def test_a_working_group_whose_clause_is_cut_from_after_its_title_is_matched_by_its_title():
    """国办函〔2014〕119号 附件2 (one line): "一、污染处置组。由环境保护部牵头，公安部、交通运输部…等参加。主要职责:…" — the
    loader cuts the clause out ("污染处置组。主要职责:…"); the scorer matches the label "A2.1" by the title before its
    first stop, and the group's lead and assists are the labeller's."""
    result, _expected = doc("national-2014-environmental-emergency-plan")
    got = {(a.role, a.actor) for a in result.assignments if a.task == "A2.1"}
    assert ("lead", "环境保护部") in got and {("assist", "公安部"), ("assist", "交通运输部"), ("assist", "武警总部")} <= got


def test_a_joint_inspection_started_by_one_department():
    """亳州 一业一查 联合抽查计划: "市级教育行政部门牵头发起,…市场监管部门、卫生健康部门按职责分工负责" — 牵头发起 leads
    (roles.yaml), so the units "按职责分工负责" assist."""
    text = ("某府〔2024〕1号\n1.对营利性民办学校开展联合抽查。(市级教育行政部门牵头发起,市、县(区)级教育行政部门、市场监管部门、"
            "卫生健康部门按职责分工负责)\n")
    result = load("x.txt", text=text)
    assert triples(result, "1") == [("assist", "卫生健康部门"), ("assist", "市、县级教育行政部门"), ("assist", "市场监管部门"),
                                    ("lead", "市级教育行政部门")]


def test_a_working_group_named_over_its_roster_and_duties():
    """海坛片区 房屋安全 专项行动 (平潭): "(一)综合协调组" / "组 长：…" / "成 员：…" / "工作职责：协调…" — a working group
    named with people only and its duties: the group is the unit; a group whose duties name a lead keeps that lead."""
    text = ("关于成立专项行动领导小组的通知\n一、领导小组\n组 长：薛理杰\n二、下设机构\n（一）综合协调组\n组 长：薛理杰\n"
            "副 组 长：陈鸿朝\n成 员：陈志艳 陈成章\n工作职责：协调各工作组按照工作职责推动排查整治工作，及时掌握工作动态。\n"
            "（二）业务服务和处置协调组\n组 长：李 平\n工作职责：负责协调、指导全片区房屋结构安全隐患排查整治日常业务工作。\n"
            "（三）督导考核组\n组 长：王五\n工作职责：由片区纪检组牵头，对各工作组工作落实情况进行督导。\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("lead", "综合协调组")], [("lead", "业务服务和处置协调组")], [("lead", "片区纪检组")]]


def test_the_next_heading_glued_to_a_roster_on_a_page_saved_as_one_line():
    """"…成 员：各处室（中心）负责人、各村居主干二、下设机构（一）综合协调组组 长：…": the next chapter's number glued to
    the roster's last word, with its short title and its first item after it, starts the chapter."""
    text = ("当前位置：首页 关于成立房屋结构安全隐患大排查大整治专项行动领导小组的通知 各处室：为切实做好排查整治工作，经研究，"
            "决定成立专项行动领导小组，成员如下：一、领导小组组 长：方良栋 局党委书记、局长副 组 长：周训岚 局党委委员成 员："
            "各处室（中心）负责人、各村居主干二、下设机构（一）综合协调组组 长：薛理杰副 组 长：陈鸿朝成 员：陈志艳 陈成章"
            "工作职责：协调各工作组按照工作职责推动排查整治工作，及时掌握工作动态，做好排查整治复核等各阶段的信息收集汇总及上报。"
            "（二）业务服务和处置协调组组 长：李 平成 员：张 杰 自然资源管理站工作职责：负责协调、指导全片区房屋结构安全隐患排查"
            "整治日常业务工作，提供培训、技术指导，研究处置方案。")
    result = load("p.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        ("1", [("lead", "综合协调组")]), ("2", [("lead", "业务服务和处置协调组")])]


def test_a_group_led_by_the_unit_in_its_leaders_post():
    """商洛 高考防震应急预案: "1、震情工作组" / "组 长:市地震局局长刘毅生" / "成员部门:市气象局、市考试管理中心" / "职 责:…" — the
    unit in the leader's post leads, the member departments assist (one task)."""
    text = ("商洛市2008年高考防震应急预案\n二、成立考试应急工作组织\n1、震情工作组\n组 长:市地震局局长刘毅生\n"
            "成员部门:市气象局、市考试管理中心\n职 责:了解、收集考区考点震情、灾情,并及时向市指挥中心报告。\n"
            "2、治安保卫组\n组 长:市公安局副局长赵强\n成员部门:市保密局 市监察局\n职 责:指导县区加强考点社会治安管理。\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("assist", "市气象局"), ("assist", "市考试管理中心"), ("lead", "市地震局")],
        [("assist", "市保密局"), ("assist", "市监察局"), ("lead", "市公安局")]]


def test_a_header_parted_by_spaces_and_broken_over_lines():
    """长治 部门联合双随机抽查工作计划: a header parted by single spaces whose cells the page broke over the lines after it
    ("… 抽查比例" / "及频次" / "抽查检查" / "起止时间" / "发起部门 配合部门 抽查检查" / "模式"), and a unit list broken after its
    、 ("市邮政管理局、" / "市公安局"): the header is whole again, the list one cell."""
    text = ("长治市2024年度部门联合双随机抽查工作计划\n"
            "序号 抽查任务名称 抽查事项 抽查对象范围 抽查比例\n及频次\n抽查检查\n起止时间\n发起部门 配合部门 抽查检查\n模式\n"
            "1 涉烟经营活动检查 对物流、寄递企业运输烟草制品情况的双随机抽查 本辖区物流、寄递企业 3%;2次/年 3月—12月 "
            "市烟草专卖局 市邮政管理局、\n市公安局\n市抽市查\n"
            "2 医疗保障经办检查 对全市医疗保障经办机构执行办事指南情况的检查 医疗保障经办机构 1次/年 3月—12月 市医保局 "
            "市审批服务管理局 市抽市查\n")
    result = load("p.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        ("1", [("assist", "市公安局"), ("assist", "市邮政管理局"), ("lead", "市烟草专卖局")]),
        ("2", [("assist", "市审批服务管理局"), ("lead", "市医保局")])]


def test_a_marks_legend_inside_a_clause_is_no_unit_and_a_county_city_district_group_stays_whole():
    """平湖 人工智能+ 行动计划: "(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)" — the legend is the document's
    convention, not a unit; 嘉兴 民营经济 实施方案: "各县市、区政府" is one group (each 县, 县级市 and 区), not two."""
    text = ("某市人工智能行动计划\n一、推动重点领域应用\n(一)推进“人工智能+工业制造”。鼓励打造智能化园区。"
            "(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)\n"
            "(二)强化财税政策保障。依规加大减税降费力度。(市税务局牵头,市财政局、各县市、区政府配合)\n")
    result = load("p.txt", text=text)
    assert [triples(result, t.number) for t in result.tasks] == [
        [("assist", "科技局"), ("lead", "经信局")],
        [("assist", "各县市、区政府"), ("assist", "市财政局"), ("lead", "市税务局")]]


def test_a_document_sharing_sites_page_numbers_are_left_out():
    """三一办公 / 淘文阁 copies print each page of the file as one paragraph numbered "1、", "2、", cut mid-sentence
    ("…为农户、小微企业及个体工商" / "2、户提供融资担保…"): the numbers are no items; the pages are one text."""
    filler = "依规加大减税降费力度,延续优化完善实施阶段性税费优惠政策。" * 8
    text = ("《某市实施方案.docx》由会员分享,可在线阅读,更多相关《某市实施方案.docx(18页珍藏版)》请在三一办公上搜索。\n"
            "1、某市促进民营经济发展实施方案 为深入贯彻决策部署,制定本实施方案。一、加强资源要素支持(一)强化财税政策保障。"
            + filler + "为农户、小微企业及个体工商\n"
            "2、户提供融资担保及再担保业务免征增值税。" + filler + "(市税务局、市财政局、市科技局,列第一位的为牵头单位,下同)"
            "(二)强化用地保障。加强用地支持。(市自然资源和规划局、市发展改革委)\n")
    result = load("p.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        ("1", [("assist", "市科技局"), ("assist", "市财政局"), ("lead", "市税务局")]),
        ("2", [("assist", "市发展改革委"), ("lead", "市自然资源和规划局")])]


def test_units_duties_under_a_duty_heading_after_its_own_paragraph():
    """乡 秸秆禁烧 实施方案: "三、职责分工" / "按照…原则,各村是…责任主体。" / "农业办积极开展…" / "企管站做好…" — the
    heading's own paragraph, then one unit's duties a line (a duty verb after an adverb: 积极开展), and the same on a
    page saved as one line."""
    lines = ["某乡禁烧工作实施方案", "三、职责分工",
             "按照“属地管理、源头控制”的原则,各村要层层落实责任,实行网格化管理责任制。",
             "农业办积极开展农作物秸秆综合利用推广工作,拓宽秸秆综合利用渠道。",
             "企管站做好禁止秸秆焚烧、烧荒的现场检查工作。"]
    expected = [[("lead", "农业办")], [("lead", "企管站")]]
    for text in ("\n".join(lines), " ".join(lines) + " " + "四、工作要求 加强宣传引导,营造良好氛围。" * 12):
        result = load("p.txt", text=text)
        assert [triples(result, t.number) for t in result.tasks if triples(result, t.number)] == expected


def test_an_article_inside_its_site_page_reads_as_the_article():
    """A county site's page: its menu ("首页 | 政务公开 | …"), breadcrumb ("当前位置：首页 > …"), heading and date
    line, then the article, the print buttons and the footer. The menu and breadcrumb are furniture (not a title
    swallowing the first duty line), the first line after the page's titles opens a unit's duties, and the
    article's last line, a task's own "主办单位:" above the buttons, stays the task's, though the site's footer
    below the buttons names its 主办单位 too."""
    article = ["市科技局负责安排重大抗灾救灾科研项目。", "市广电局负责灾区广播、电视系统设施的恢复工作。",
               "(7)综合提升816南北路街区。", "主办单位:住建局、榕发公司,协办单位:凤城镇。"]
    page = ("<html><head><meta charset=\"utf-8\"><title>关于印发工作方案的通知_某某县人民政府</title></head><body>"
            "<div>首页 | 政务公开 | 政务服务 | 互动交流</div><div>当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>"
            "<h1>关于印发工作方案的通知</h1><div>发布时间：2023-05-06 浏览次数：1234</div><div>"
            + "".join(f"<p>{line}</p>" for line in article) +
            "</div><div>【打印本页】【关闭窗口】</div><div><p>主办单位：某某县人民政府办公室 承办单位：某某县大数据中心</p>"
            "<p>网站标识码：1234000001 皖ICP备05000052号</p></div></body></html>")
    result = load("p.html", text=page)
    assert [(t.number, triples(result, t.number)) for t in result.tasks] == [
        ("1", [("lead", "市科技局")]), ("2", [("lead", "市广电局")]),
        ("7", [("assist", "凤城镇"), ("lead", "住建局"), ("lead", "榕发公司")])]


def test_a_preamble_s_purpose_is_no_unit_opening_its_duties():
    """永城 营商环境条例 分工: "为落实国家和省优化营商环境精神,…" after the page's title — 为 opens a purpose (roles.yaml
    purpose_openers), so "为落实国家和省" (ending in 省) is no unit and 优化 no duty of one."""
    text = ("永营办发〔2021〕3号 永城市贯彻《河南省优化营商环境条例》责任分工方案\n\n为落实国家和省优化营商环境精神,"
            "维护市场主体合法权益,结合我市实际,特制定本工作方案如下。\n\n一、优化市场环境\n"
            "(一)保障市场主体平等准入。(责任单位:市发展改革委)\n")
    result = load("p.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks if triples(result, t.number)] == [
        ("1", [("lead", "市发展改革委")])]


def test_units_duties_after_a_working_groups_roster():
    """太原 手足口病防控 领导组: "(四)卫生监督组" / "组 长:马秉权 (市卫生局副局长)" / "副组长:赵 勇 (市工商局副局长)" /
    "陈继光 (市环保局副局长)" / "市卫生局负责…。市工商局负责…。" — the roster (people, their posts in brackets) is
    passed over, and each body opening a sentence with 负责 takes its part; the posts' bureaus are no units."""
    text = ("某市手足口病防控工作方案\n一、领导组下设工作组\n(三)防控救治组\n组 长:李文学 (兼)\n"
            "副组长:刘振保 (市卫生局副局长)\n魏元平 (市药监局调研员)\n"
            "市卫生局负责落实应急防控物资储备,组建防控应急队伍。市药监局负责对应急防控药品的质量监督,保障患者用药安全。\n"
            "(四)卫生监督组\n组 长:马秉权 (市卫生局副局长)\n副组长:赵 勇 (市工商局副局长)\n陈继光 (市环保局副局长)\n"
            "市卫生局负责对各级医疗机构的疫情报告进行监督检查。市工商局负责配合卫生部门做好食品经营单位监管工作。\n")
    result = load("p.txt", text=text)
    assert [(t.number, triples(result, t.number)) for t in result.tasks if triples(result, t.number)] == [
        ("3.1", [("lead", "市卫生局")]), ("3.2", [("lead", "市药监局")]),
        ("4.1", [("lead", "市卫生局")]), ("4.2", [("lead", "市工商局")])]


def test_text_copied_from_a_letter_spaced_pdf_loads_as_its_text():
    """A PDF set with letter spacing (分散对齐) gives text with a space between every two characters ("( 市 经 贸 委
    牵 头 负 责 )", "2 0 2 0 年"): the spaces are taken out (a note says which lines), and the document loads the
    tasks and units its plain text does; a space inside a name in a plain text ("王 强") stays."""
    path = next(CORPUS.glob("*/binzhou-2006-eleventh-plan-division.txt"))
    text = path.read_text(encoding="utf-8")
    spaced = re.sub(r"(?<=[^\sA-Za-z])(?=\S)|(?<=[A-Za-z])(?=[^\sA-Za-z])", " ", text)
    plain, copied = load(path.name, text=text), load(path.name, text=spaced)
    key = lambda r: sorted((a.task, a.role, a.spelling) for a in r.assignments)  # noqa: E731
    assert key(copied) == key(plain) and len(key(plain)) > 20
    assert [i.kind for i in copied.issues if i.kind == "letter_spacing"] == ["letter_spacing"]
    assert not [i for i in plain.issues if i.kind == "letter_spacing"]


def test_a_table_whose_cells_ran_together_is_read_row_by_row():
    """平潭 自然资源与生态环境局 普法责任清单, as the site's crawl keeps it: one line, no separator between cells
    ("序号普法内容责任领导责任处室备注1《中华人民共和国水污染防治法》黄吉甫水生态环境处2021年2《福建省…"). The header is
    cut at its column names, the rows at 1, 2, 3 …; the official's name is no unit; a row that stops after its
    task ("2《福建省海洋环境保护条例》") takes the 责任处室 printed once in the row above (a merged cell)."""
    result = load(next(CORPUS.glob("*/pingtan-2021-resources-bureau-law-publicity-duties.txt")))
    rows = {t.number: triples(result, t.number) for t in result.tasks if t.number.isdigit()}
    assert len(rows) == 28
    assert rows["1"] == rows["2"] == [("lead", "水生态环境处")]
    assert rows["3"] == rows["9"] == [("lead", "大气环境处")]
    assert rows["10"] == rows["28"] == [("lead", "林业管理处")]
    assert not [a for a in result.assignments if "黄吉甫" in a.actor or "2021" in a.actor]


def test_prose_before_a_glued_table_on_the_same_line_is_read_too():
    """平潭 “双随机、一公开” 联合抽查 方案: the notice's own items ("(一)持续完善“一单两库”。…(责任单位:各相关部门…)")
    and the annex table run together on one line. The table's rows take 牵头 and 配合 from their own cells
    ("1类金融企业互联网广告检查区财政金融局区市场监管局类金融企业…": two units glued, two columns), a count inside a
    cell ("P2P", "抽2%2021年上半年") starts no row, and the prose before the table keeps its clauses."""
    result = load(next(CORPUS.glob("*/pingtan-2021-double-random-joint-inspection.txt")))
    rows = {t.number: triples(result, t.number) for t in result.tasks}
    assert rows["1"] == [("assist", "区市场监管局"), ("lead", "区财政金融局")]
    assert rows["2"] == [("assist", "区公安局"), ("assist", "区市场监管局"), ("lead", "区财政金融局")]
    assert rows["7"] == [("assist", "区市场监管局"), ("lead", "区党群工作部")]
    assert [n for n in rows if n.isdigit()] == [str(k) for k in range(1, 8)]
    first = next(t.number for t in result.tasks if t.text.startswith("持续完善"))
    assert rows[first] == [("lead", "各相关部门")]


def test_a_table_saved_as_one_paragraph_loads_as_its_lines_do():
    """A page saved as one paragraph runs a table's header and rows into one line, the cells parted by spaces
    ("序号 目标任务 责任单位 上半年推进情况 一、经济社会发展主要预期目标 1 地区生产总值增长6%以上。 区发展改革委 …
    2 第一产业增加值增长5%。 …"): the rows are cut at their numbers, and read as the lines were (铜梁 2025)."""
    plain, saved = as_one_paragraph("tongliang-2025-work-report-targets-progress.txt")
    key = lambda r: sorted((a.task, a.role, a.spelling) for a in r.assignments)  # noqa: E731
    assert key(saved) == key(plain) and len(key(plain)) >= 10


def test_a_glued_table_going_on_from_an_earlier_page():
    """徐汇 十一五 分解 (its rows numbered on from an earlier table: 108, 109 …), as a page that lost its line breaks
    prints it: "…完成时间108继续全面推进素质教育教育局13个街道、镇2010年109深化推进二期课程教材改革教育局相关部门2010年".
    The count starts at 108; a department's name with no level word before it (教育局) is found as the longest known
    name it ends with (roles.yaml department_names), also right before a figure ("教育局13个街道")."""
    path = next(CORPUS.glob("*/xuhui-2006-eleventh-plan-social-tasks.txt"))
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    glued = "".join(lines[: lines.index("110")])
    result = load(path.name, text=glued)
    assert triples(result, "108")[-1] == ("lead", "教育局")
    assert triples(result, "109") == [("assist", "相关部门"), ("lead", "教育局")]


def test_a_piped_table_with_no_number_column_saved_as_one_paragraph():
    """徐庄镇 专项整治安排表 (no 序号 column: "专项整治行业名称 | 时间安排 | 责任单位 | 烟花爆竹 | 1月份 | 安监站 安监所 | …")
    run into one line with the page's text before it: the header is found among the cells (its first cell still
    glued to the text before it), and the rows are cut at the header's width, as the page's own lines read."""
    plain, saved = as_one_paragraph("dengfeng-xuzhuang-2017-safety-rectification.txt")
    key = lambda r: sorted((a.task, a.role, a.spelling) for a in r.assignments)  # noqa: E731
    assert key(saved) == key(plain) and len(key(plain)) == 19
    assert triples(saved, "4") == [("lead", "民政所")]


def test_a_spaced_table_with_no_number_column_on_a_crawled_page():
    """岚城乡 安全生产大检查 方案 as the county site's crawl keeps it: the whole page on one line, its annex table's
    cells parted by spaces and no 序号 ("分管 领导 大检查重点单位 行业领域单位 牵头落实部门 詹 强 …"). The header is found
    among the words, the cells go one a line, and each row's 牵头落实部门 leads; the officials are no units."""
    result = load(next(CORPUS.glob("*/pingtan-2017-lancheng-township-safety-inspection.txt")))
    rows = [t for t in result.tasks if triples(result, t.number)]
    assert len(rows) >= 11
    assert all(role == "lead" for t in rows for role, _unit in triples(result, t.number))
    assert not [a for a in result.assignments if a.spelling.replace(" ", "") in ("詹强", "林峰", "何光凤")]


def test_a_header_ending_a_paragraph_and_its_rows_in_the_next():
    """监利县 大气整治 职责清单 as a sharing site prints it: "…职责清单 工作任务和内容 责任单位 配合单位 完成时间
    负责全县…曝光." on one paragraph, then all six rows on the next ("县委宣传部 持续开展 负责大气污染…"), no 序号. The
    paragraphs are read as one table; a row with one unit gives it to 责任单位 (the 配合单位 cell is the blank one)."""
    result = load(next(CORPUS.glob("*/jianli-2018-air-quality-duty-list.txt")))
    assert len(result.tasks) == 6
    assert triples(result, "1") == [("lead", "县委宣传部")]
    assert triples(result, "6") == [("lead", "县城管局")]
    assert not [a for a in result.assignments if a.role == "assist" and a.task in ("1", "3", "6")]


def test_a_lead_column_printed_once_per_group_in_a_table_saved_as_one_paragraph():
    """长沙 目标任务 table ("牵头单位 | 目 标 任 务 | 责 任 单 位 | 市政 府办 公厅 | 强化行政监督… | 市直各单位、各区县市 |
    推进国家安全工作发展 | …") on one line: a letter-spaced header, the lead printed once over the rows of its group and
    no 序号. A unit cell before a row's task is the group's lead; after the row's 责任单位 cell, the next group's."""
    plain, saved = as_one_paragraph("changsha-undated-work-targets-table.txt")
    leads = lambda r: [sorted(a.spelling for a in r.assignments if a.role == "lead" and a.task == t.number)  # noqa: E731
                       for t in r.tasks]
    assert leads(saved) == leads(plain) and len(saved.tasks) == 8
    assert leads(saved)[1] == ["市政府办公厅"] and leads(saved)[2] == ["长沙先导区管委会"]


def test_an_indicator_table_with_target_columns_run_together():
    """嘉善 千万工程 责任分解清单: 序号 | 任务名称 | 嘉善现值 | 2023年目标 | 2025年目标 | 2027年目标 | 责任单位, its rows
    figures then units ("2县城人口占县域比重年均增长率(%)0.80.80.80.8县发改局、县统计局") with nothing between the
    cells. The figure columns are known (roles.yaml: 现值, 年目标 …), so the header is one; the first-listed
    convention stated in row 1 holds for the rows after it."""
    plain, saved = as_one_paragraph("jiashan-2023-county-village-project-responsibility.txt", joint="")
    leads = lambda r: sorted((a.task, a.spelling) for a in r.assignments if a.role == "lead")  # noqa: E731
    assert leads(saved) == leads(plain) and len(leads(plain)) == 6
    assert triples(saved, "2") == [("assist", "县统计局"), ("lead", "县发改局")]


def test_a_one_cell_a_line_table_copied_without_its_number_column():
    """大竹县 2016年民生实事目标任务分解表 (序号 | 民生实事 | 责任单位 | 完成时限, one cell a line) as a copy that leaves
    the 序号 cells out: the header is found below the signature's date, 附件 and the table's title (no columns);
    task cells that end like a unit ("…东湖湿地公园。", "建成县残疾人综合服务中心。") are tasks, and a row that prints only
    its task and time ("开工建设老年大学。" / "12月底前": its unit merged with the row above) is a row of its own."""
    plain, copied = without_number_column("dazhu-2016-livelihood-projects.txt")
    leads = lambda r: [(t.text, sorted(a.spelling for a in r.assignments  # noqa: E731
                                       if a.role == "lead" and a.task == t.number)) for t in r.tasks]
    sub_row = ("开工建设老年大学。", ["县民政局"])  # printed under 序号 5 in the original: one task with row 5 there
    assert [row for row in leads(copied) if row != sub_row] == leads(plain) and len(plain.tasks) == 10
    assert leads(copied)[5] == sub_row


def test_a_group_of_units_said_to_be_something_is_no_label():
    """杨浦区 内部道路 方案: "属地街道作为托底管理的主体，相关部门协同推进。强化政府统筹，明确属地责任，…" is a sentence about
    属地街道 (a group of units, and a label's words: 属地 + 街道), not "属地街道:" over a list: no phrase of it is read
    as a unit."""
    result = load(next(CORPUS.glob("*/yangpu-2025-internal-roads-rectification.txt")))
    spelled = {a.spelling for a in result.assignments}
    assert not spelled & {"托底管理的主体", "强化政府统筹", "营造共治共管的良好氛围", "预算主体"}
    assert triples(result, "4.3.2")


def test_a_row_printing_its_category_and_task_only_keeps_its_task():
    """略阳县 文化旅游 目标任务 (序号 | 指标 | 工作任务 | 完成时限 | 责任领导 | 责任股室 / (单位) | 备注, one cell a line):
    row 5 prints "5" / "文化产业" / "培育规模以上文化服务企业1家。", its time, leader and units merged with the row above.
    Its task is the 工作任务 cell, not the remarks'; 指标 is a category over the tasks; the header's "(单位)" line
    is the unit column's name going on."""
    result = load(next(CORPUS.glob("*/lueyang-2019-culture-tourism-targets.txt")))
    texts = {t.number: t.text for t in result.tasks}
    assert texts["5"] == "培育规模以上文化服务企业1家。"
    assert texts["1"].startswith("“两馆一站”") and texts["6"].startswith("完成非遗展厅布展任务")
    assert triples(result, "5") == triples(result, "4") == [("lead", "文化宣传股"), ("lead", "文化馆")]


def without_number_column(name: str):
    """A corpus table printed one cell a line, loaded as it is and as a copy without its 序号 column."""
    path = next(CORPUS.glob(f"*/{name}"))
    numbered = path.read_text(encoding="utf-8").splitlines()
    header = next(k for k, line in enumerate(numbered) if line.strip() == "序号")
    lines = numbered[:header] + [line for line in numbered[header + 1:] if not re.fullmatch(r"\d{1,3}", line.strip())]
    return load(path), load(path.name, text="\n".join(lines))


def test_rows_whose_units_are_merged_in_a_table_with_no_number_column():
    """略阳县 文化旅游 目标任务 without its 序号 column: "开展好“三下乡”活动。" / "推进县文化馆、图书馆总分馆制建设。" print
    only their tasks (their 指标, time, leader and units merged with the row above). With no other text column right
    of the task, a task's finished sentence and more text after it is the next row; a time column's cell is short
    ("全年组织开展文化下乡等惠民演出不少于100场。" is a task, though it holds 全年)."""
    plain, copied = without_number_column("lueyang-2019-culture-tourism-targets.txt")
    leads = lambda r: {t.text: sorted(a.spelling for a in r.assignments  # noqa: E731
                                      if a.role == "lead" and a.task == t.number) for t in r.tasks}
    assert leads(copied)["开展好“三下乡”活动。"] == leads(copied)["推进县文化馆、图书馆总分馆制建设。"] == ["文化宣传股", "文化馆"]
    assert leads(copied)["全年组织开展文化下乡等惠民演出不少于100场。"] == ["文化宣传股", "文化馆"]
    same = [text for text, units in leads(copied).items() if leads(plain).get(text) == units]
    assert len(copied.tasks) >= 18 and len(same) >= 17


def test_a_glued_header_broken_over_short_lines_and_its_rows_one_a_line():
    """山西省 部门联合双随机抽查工作计划(各市): the header's cells run together and broke where a cell wrapped
    ("地市序号抽查任务名称抽查" / "类型" / "抽查事项抽查对象" / … / "抽查检查起止时间发起部门配合部门"), then each row on a
    line of its own, its cells run together ("1绿化施工企业…抽查14—10市园林局市市场监管局"; row 2's 配合部门 cell goes on
    to the next line). The header's lines and the rows are read as one glued table: 发起部门 leads, 配合部门 assists."""
    result = load(next(CORPUS.glob("*/shanxi-2021-joint-random-inspection-plan-cities.txt")))
    assert len(result.tasks) == 5
    assert triples(result, "1") == [("assist", "市市场监管局"), ("lead", "市园林局")]
    assert triples(result, "2") == [("assist", "市交通局"), ("assist", "市市场监管局"), ("lead", "市文旅局")]


def _leads(result):
    return {t.text[:12]: sorted(a.spelling for a in result.assignments if a.role == "lead" and a.task == t.number)
            for t in result.tasks}


def test_a_table_on_one_line_whose_header_cell_is_letter_spaced():
    """嘉兴 2022 政府工作报告重点工作责任分解, saved as one paragraph: "序号 主 要 工 作 任 务 责任单位 1 地区生产总值突破1万亿元。
    市发展改革委 2 …": the task column's name set with a space between its characters is one cell, and the rows are
    read as in the page with its lines."""
    plain, saved = as_one_paragraph("jiaxing-2022-work-report.txt")
    assert len(plain.tasks) == len(saved.tasks) == 3
    assert _leads(saved) == _leads(plain)
    assert _leads(saved)["地区生产总值突破1万亿元"] == ["市发展改革委"]
    spaced = load("spaced.txt", text=" ".join(line.strip() for line in next(
        CORPUS.glob("*/jiaxing-2022-work-report.txt")).read_text(encoding="utf-8").splitlines() if line.strip())
        .replace("序号 主 要 工 作 任 务", "序 号 主要工作任务"))
    assert _leads(spaced) == _leads(plain)  # (序号 itself letter-spaced)


def test_the_lines_of_a_table_on_one_line_that_are_no_rows_are_read_as_lines():
    """潍坊 2017 政务公开工作要点实施方案 saved as one paragraph: its table (目标任务 | 主要内容 | 责任单位, no 序号) is
    cut into lines, but its rows are a content cell and a "市发改委牵头落实" cell with no number: the lines the table
    reader does not take as rows are read as the page's lines would be (content, then its clause)."""
    plain, saved = as_one_paragraph("weifang-2017-open-government.txt")
    assert len(saved.tasks) == len(plain.tasks) >= 4
    assert _leads(saved) == _leads(plain)
    assert ["市人社局"] in _leads(saved).values()


def test_a_team_name_glued_to_the_unit_that_leads_it():
    """山东省交通运输厅 城市轨道交通运营突发事件应急预案 (鲁交城市函〔2020〕39号), copied as one line: "(1)综合协调组省交通
    运输厅牵头，省公安厅、省卫生健康委、省应急厅等参与。负责…": the team's name is no part of the unit (roles.yaml
    units.team_title); the unit after it leads, the 参与 units assist."""
    result = load(next(CORPUS.glob("*/shandong-transport-2020-metro-emergency-plan-groups.txt")))
    leads = {t.text.split("。")[0]: [a.actor for a in result.assignments if a.task == t.number and a.role == "lead"]
             for t in result.tasks}
    assert leads["综合协调组"] == ["省交通运输厅"] and leads["新闻工作组"] == ["省委宣传部"]
    assert ("assist", "省公安厅") in triples(result, next(t.number for t in result.tasks if t.text.startswith("综合")))


def test_a_first_heading_glued_to_the_title_before_it():
    """山东省防汛抗旱指挥部办公室 鲁汛旱办明电[2020]43号, copied with no breaks: "…落实省领导防汛工作批示分工方案一、持续加强
    水利工程建设1.立足于…": 一、 glued to the title's last word opens the first heading (its title and item 1 follow,
    and a 二、 comes later), so the preamble is no task."""
    result = load(next(CORPUS.glob("*/shandong-2020-flood-instructions-division.txt")))
    first = next(t for t in result.tasks if t.number == "1.1")
    assert first.text.startswith("立足于“根治水患、防治干旱”")
    assert triples(result, "1.1")[-1] == ("lead", "省水利厅")
    assert not any(t.text.startswith("山东省") for t in result.tasks)


def test_a_heading_naming_whose_duties_follow_on_a_page_saved_as_one_paragraph():
    """南桥镇 小型建设工程 实施办法 (南府〔2025〕7号) saved as one paragraph: "(一)项目管理领导小组 镇政府成立…。成员单位为
    …。 领导小组工作职责： 1.召集…": the heading's last sentence says whose duties the items are, as its last line does
    on the page with its lines; it is no unit's duty line of its own, so the items stay under the heading."""
    plain, saved = as_one_paragraph("nanqiao-2025-small-construction-project-management.txt")
    assert len(saved.tasks) == len(plain.tasks) == 14
    assert _leads(saved) == _leads(plain)
    assert list(_leads(saved).values()).count(["领导小组"]) == 4


def test_units_duties_run_together_and_a_half_width_stop():
    """山东省保障群众温暖过冬办公室 职责 (one OCR'd line): fourteen "省X负责…。" sentences run together under (二)成员单位职责,
    one of them closed by an ASCII "." ("…运输监管工作.省卫生健康委负责…"): each unit leads its own sentence, past the
    twelfth too; the ASCII stop between characters is read as 。 (and noted)."""
    result = load(next(CORPUS.glob("*/shandong-clean-heating-2020-warm-winter-office-duties.txt")))
    leads = {a.actor for a in result.assignments if a.role == "lead"}
    assert {"省卫生健康委", "省市场监管局", "省能源局", "省交通运输厅"} <= leads
    assert any(i.kind == "ascii_stops" for i in result.issues)


def test_a_bare_body_after_a_group_shares_its_level():
    """"各市党委、政府" (鲁环便函〔2021〕1202号): 政府 printed bare after 各市党委 is 各市政府, the 各市 printed once."""
    result = load(next(CORPUS.glob("*/shandong-ecoenv-2021-four-reductions-four-increases.txt")))
    actors = {a.actor for a in result.assignments}
    assert {"各市党委", "各市政府"} <= actors and "政府" not in actors


def test_a_sub_item_that_is_a_field_of_units_gives_them_to_its_item():
    """交通运输部 交通强国建设试点任务要点 (北京工业大学): each point "一、城市公共交通智能化技术研究" has fields "(一)试点单位。" /
    "(二)试点指导单位。" / "交通运输部运输服务司牵头，科技司、人事教育司配合。" / "(三)试点内容。": the field naming units is no
    task of its own; its units lead and assist the point. A sub-item that only starts like one ("1.主要指标的责任部门。"
    then tasks with clauses of their own) keeps its tasks."""
    result = load(next(CORPUS.glob("*/national-mot-2022-bjut-transport-pilot.txt")))
    texts = {t.number: t.text for t in result.tasks}
    assert texts["1"] == "城市公共交通智能化技术研究" and texts["5"] == "城市交通数字化人才培养"
    assert triples(result, "1") == [("assist", "人事教育司"), ("assist", "科技司"), ("lead", "交通运输部运输服务司")]
    assert not any(t.text.startswith("试点指导单位") for t in result.tasks)
    tianjin = load(next(CORPUS.glob("*/tianjin-2006-11th-plan-division.txt")))
    assert len([t for t in tianjin.tasks if t.number.startswith("1.1.")]) >= 5


@pytest.mark.parametrize("clause, pieces", [
    ("由省统计局牵头会同省科技厅、省教育厅、省国防科工局负责实施",
     [("lead", "省统计局"), ("assist", "省科技厅、省教育厅、省国防科工局")]),
    ("省统计局牵头，会同省科技厅、省教育厅负责实施", [("lead", "省统计局"), ("assist", "省科技厅、省教育厅")]),
    ("省统计局牵头会同省科技厅负责实施", [("lead", "省统计局"), ("assist", "省科技厅")]),
])
def test_a_lead_verb_before_the_units_it_works_with(clause, pieces):
    """河北省科技厅 创新调查 办法 (冀科创〔2017〕15号): "由X牵头会同Y负责实施": X leads, the units it works with (会同)
    assist, whether or not a comma stands after 牵头 and whether or not 由 opens it."""
    assert [(p.role, p.text) for p in read_clause(clause, V)] == pieces


def test_a_label_list_naming_whom_its_units_work_with():
    """河北省制造强省建设领导小组 体育用品产业发展工作方案: "(责任单位：省工业和信息化厅、省科技厅会同省体育局、省教育厅、
    省发展改革委，各市政府、雄安新区管委会)": the units before 会同 and the segment after the comma are the label's,
    the units 会同 names assist."""
    pieces = [(p.role, p.text) for p in read_clause(
        "责任单位：省工业和信息化厅、省科技厅会同省体育局、省教育厅、省发展改革委，各市政府、雄安新区管委会", V)]
    assert pieces == [("responsible", "省工业和信息化厅、省科技厅"), ("assist", "省体育局、省教育厅、省发展改革委"),
                      ("responsible", "各市政府、雄安新区管委会")]
    assert [(p.role, p.text) for p in read_clause("责任单位：市发改委、市财政局", V)] == \
        [("responsible", "市发改委、市财政局")]


def test_a_working_groups_roster_on_its_title_line_before_the_duties():
    """太原市 手足口病防控领导组 (a page saved as one paragraph): "(三)防控救治组 组 长:李文学 (兼) 副组长:刘振保
    (市卫生局副局长) … 袁 琳 (市卫生局副调研员) 市卫生局负责落实…。市药监局负责…": the roster's people are passed
    over and the unit after the last post opens the group's duties, as when the roster has lines of its own."""
    plain, saved = as_one_paragraph("taiyuan-undated-hfmd-prevention-leading-group.txt")
    for result in (plain, saved):
        leads = {a.actor for a in result.assignments if a.role == "lead"}
        assert {"市卫生局", "市药监局", "市工商局"} <= leads
        assert not any("李文学" in a.actor or "组长" in a.actor for a in result.assignments)
    assert len([a for a in saved.assignments if a.actor == "市卫生局"]) == 2


def test_the_first_listed_convention_with_an_arabic_one():
    """河北省工信厅等 铸造和锻压行业 措施 (冀工信装〔2023〕127号), a page on one line: "（责任单位：省科技厅、省工业和信息化厅，
    排名第1为牵头单位，下同）": the first unit of every clause leads and the others assist, as with "排名第一"."""
    result = load(next(CORPUS.glob("*/hebei-miit-2023-casting-forging-measures.txt")))
    assert triples(result, "1") == [("assist", "省工业和信息化厅"), ("lead", "省科技厅")]
    assert all(len([a for a in result.assignments if a.task == t.number and a.role == "lead"]) == 1
               for t in result.tasks)
    assert any(n.kind == "first_listed_leads" for n in result.issues)


def test_units_duties_said_to_be_their_main_duties():
    """河北省人社厅等 退休"一件事" 方案 (冀人社字〔2024〕108号), saved with no break at all: "二、责任分工（一）牵头部门职责省人社厅
    主要职责为：牵头制定…。（二）配合部门职责省数政局主要职责为：…。省住建厅主要职责为：…": each unit leads its own
    duties, the heading's title is no part of the unit's name."""
    result = load(next(CORPUS.glob("*/hebei-hrss-2024-retirement-one-thing-plan.txt")))
    leads = [a.actor for a in result.assignments if a.role == "lead"]
    assert {"省人社厅", "省数政局", "省住建厅", "省医保局", "省公安厅", "省卫健委"} <= set(leads)
    assert not any("职责" in actor for actor in leads)


def test_the_work_then_the_unit_that_does_it_in_a_numbered_notice():
    """国办发〔1996〕25号: "这项工作由外交部和总参谋部统一归口管理", "其技术处理和有关管理工作由军队各级防化业务部门负责": the unit
    after 工作由 is responsible (归口管理 is a way of saying it); a question ("…工作由哪些部门牵头?") names none."""
    result = load(next(CORPUS.glob("*/national-gov-office-cmc-1996-abandoned-chemical-weapons.txt")))
    assert {"外交部", "总参谋部"} <= {a.actor for a in result.assignments if a.task == "1"}
    assert ("lead", "军队各级防化业务部门") in triples(result, "3")
    news = load(next(CORPUS.glob("*/state-council-2018-work-report-rural.txt")))
    assert "哪些部门" not in {a.actor for a in news.assignments}


def test_a_last_label_list_then_the_pages_closing_words_on_one_line():
    """三明市政府 十二条 (one line): "12.规范行政执法行为。… 责任单位：各行政执法部门 本政策执行期暂定为…三个月。中央、省上
    出台相关支持政策，…": the list ends at the space before the closing prose."""
    result = load(next(CORPUS.glob("*/sanming-2020-sme-twelve-measures.txt")))
    last = max(result.tasks, key=lambda t: int(t.number.split(".")[-1])).number
    assert triples(result, last) == [("lead", "各行政执法部门")]
    assert not any("本政策" in a.actor or a.actor == "中央" for a in result.assignments)
    clause = "责任单位：市发改委 市财政局"
    assert V.prose_after_list(clause, 5, len(clause)) == len(clause)


@pytest.mark.parametrize("listed, names", [
    ("各市、自治州人民政府", ["各市、自治州人民政府"]),
    ("人民银行市中心支行、市工信局", ["人民银行市中心支行", "市工信局"]),
    ("县教科局县代建中心", ["县教科局", "县代建中心"]),
])
def test_groups_of_levels_and_a_banks_branch(listed, names):
    """贵州省发展改革委 服务业 措施: "各市、自治州人民政府" is one group of the province's cities and prefectures (as "各县、区
    人民政府"); 湘潭市政府 意见: "人民银行市中心支行" is one bank's branch, not a bank and a branch."""
    from agencygraph.loaders.unit_lists import parse_unit_list
    from agencygraph.loaders.units import UnitResolver
    parsed = parse_unit_list(listed, UnitResolver.default(), V.strip_etc,
                             lambda n: V.is_unit_name(n) or V.is_group(n))
    assert [u.name for u in parsed] == names


def test_bare_lists_closing_articles_and_their_dashed_parts():
    """南充市政府办公室 菜篮子 考核办法 (one line): "第七条 蔬菜面积(8分)。…直至满分。（市农牧业局、市发展改革委…，列首的为
    牵头单位，下同） 数据来源：…" and in 第十六条 "——生产扶持方面，…情况。（市农牧业局、…） ——市场流通方面，…": a bracketed
    list after a sentence's stop closes its item (or its dashed part) even when a field or the next part follows;
    "建立由市农牧业局牵头，市商务粮食局、…参与的联席会议制度": the units 参与 qualifies assist."""
    result = load(next(CORPUS.glob("*/nanchong-2018-vegetable-basket-assessment-rules.txt")))
    seventh = triples(result, "7")
    assert ("lead", "市农牧业局") in seventh and ("assist", "市统计局") in seventh
    parts = sorted(t.number for t in result.tasks if t.number.startswith("16."))
    assert parts == ["16.1", "16.2", "16.3", "16.4"]
    assert ("lead", "市商务粮食局") in triples(result, "16.2")
    third = triples(result, "3")
    assert ("lead", "市农牧业局") in third and ("assist", "南充银监分局") in third
    notice = load(next(CORPUS.glob("*/state-council-office-2018-supervision-incentives-notice.html")))
    assert not any("要建立" in a.actor for a in notice.assignments)  # "各省政府要建立X牵头、Y参与的…": no agent


def test_a_wrapped_line_opening_with_a_citation_is_no_article():
    """济南市生态环境局等 柴油货车 方案 (a PDF's text, hard-wrapped): "公安部⻔：负责审核…属于本⽅案" / "第三条第⼀款规定不享受…"
    / "财政部⻔：负责…": the wrapped line cites an article, it starts none, so the duties after it are read."""
    result = load(next(CORPUS.glob("*/jinan-ecoenv-2024-diesel-truck-scrappage-duties.txt")))
    leads = {a.actor for a in result.assignments if a.role == "lead"}
    assert {"生态环境部门", "公安部门", "财政部门", "交通部门", "商务部门"} <= leads


def test_a_label_bracket_the_copy_never_closed():
    """石景山区政府 支持企业 措施 (a damaged one-line copy): "…房租。（责任单位：区国资委、区政府集体资产监管办 4.对租用其他
    经营用房，…（责任单位：区财政局、区投促中心）": the unclosed list ends where the next item starts, even with the
    number before it lost, and each item keeps its own units."""
    result = load(next(CORPUS.glob("*/shijingshan-2020-enterprise-support-measures.txt")))
    assert triples(result, "4") == [("lead", "区投促中心"), ("lead", "区财政局")]
    assert max(len(a.actor) for a in result.assignments) <= 12
    assert {"区国资委", "区政府集体资产监管办"} <= {a.actor for a in result.assignments}


@pytest.mark.parametrize("statement", ["首个单位为牵头单位", "排序第一的为牵头单位", "居首位的为牵头单位",
                                       "排在最前面的为牵头单位", "排名第1为牵头单位，下同"])
def test_wordings_of_the_first_listed_convention(statement, tmp_path):
    """The first-listed convention in the wordings government pages use, each stated once in a first clause: the
    first unit of every later clause leads, the others assist."""
    text = (f"一、加强组织领导。\n1.建立工作机制。（责任单位：市发改委、市财政局，{statement}）\n"
            "2.完善配套政策。（责任单位：市商务局、市发改委）\n")
    result = load("conventions.txt", text=text)
    assert triples(result, "1.1") == [("assist", "市财政局"), ("lead", "市发改委")] or \
        triples(result, "1") == [("assist", "市财政局"), ("lead", "市发改委")]
    assert ("lead", "市商务局") in triples(result, "1.2") + triples(result, "2")
    assert not any(statement[:4] in a.actor for a in result.assignments)


def test_duty_lines_naming_the_units_duties_in_other_words():
    """Member units' duty lines under "四、职责分工" that say what follows the name in other words ("市财政局的职责是：",
    "市住建局主要任务：", "市应急局职能：") each start a unit's own duties, as "市卫健委：" does; 宁德 救灾应急 成员单位
    职责 is read whole, its first line too ("[接上页] 市交通局:负责…", a page's continuation mark before the name)."""
    text = ("四、职责分工\n市发改委职责：负责统筹协调项目建设。\n市财政局的职责是：负责落实资金保障。\n"
            "市住建局主要任务：负责组织施工图审查。\n市卫健委：承担医疗救治工作。\n市应急局职能：组织应急演练。\n")
    result = load("duties.txt", text=text)
    leads = [sorted(a.actor for a in result.assignments if a.task == t.number) for t in result.tasks]
    assert leads == [["市发改委"], ["市财政局"], ["市住建局"], ["市卫健委"], ["市应急局"]]
    ningde = load(next(CORPUS.glob("*/ningde-undated-disaster-relief-member-duties.txt")))
    assert len(ningde.tasks) >= 16


def test_an_items_number_alone_on_its_line_before_its_dot():
    """天津市工信局 需求响应 细则 (a PDF's text): "七、保障措施" / "1" / "．落实需求响应应急措施，…" / "2" / "．国网天津市电力公司
    调控中心应…": each number and the line its dot opens are one item again (not a "3" / "。" footnote mark)."""
    path = next(CORPUS.glob("*/tianjin-miit-2021-spring-festival-demand-response.txt"))
    lines = list(enumerate(path.read_text(encoding="utf-8").splitlines(), 1))
    entries = read_outline(lines, V)
    seventh = next(e for e in entries if e.text.startswith("保障措施"))
    items = [e for e in entries if e.parent is seventh]
    assert [e.ordinal for e in items] == [1, 2, 3, 4, 5]
    assert items[1].text.startswith("国网天津市电力公司调控中心应提升")


def test_a_share_of_the_lead():
    """"(市发改委总牵头,市财政局分牵头)": the unit leading a share of the task leads too, not dropped."""
    assert [(p.role, p.text) for p in read_clause("市发改委总牵头，市财政局分牵头", V)] == \
        [("lead", "市发改委"), ("lead", "市财政局")]


def test_a_copy_converted_to_markdown():
    """福建省发改委 充电基础设施 方案, as a knowledge base keeps it (markdown): "**（一）** **制定充电基础设施规划。** …
    （责任单位：省发改委、工信厅…）", headings in bold split into pieces ("**（十三** **）提升**"): the markup is taken
    out and noted, and the items are read as on the page."""
    result = load(next(CORPUS.glob("*/fujian-drc-2024-charging-infrastructure-plan.txt")))
    assert any(n.kind == "markdown" for n in result.issues)
    assert len(result.tasks) >= 16 and not any("*" in t.text for t in result.tasks)
    assert not any("*" in a.actor for a in result.assignments)


def test_numbers_and_dots_on_lines_of_their_own_and_lists_closing_paragraphs():
    """广东省能源局 能源高质量发展 方案 (a PDF's text): "1" / "." / "加强" / "油气供应保障。" and "4." / "促进" / "新型储能" /
    "发展。" are items 1 and 4; under "3.提升电力运行调节能力。" each unnumbered paragraph closes with its own list
    ("…监测分析。（省能源局、广东电网公司…）" / "提升需求侧响应能力。" / "…（…）"): one task each."""
    result = load(next(CORPUS.glob("*/guangdong-energy-2023-energy-high-quality-plan.txt")))
    texts = [t.text for t in result.tasks]
    assert any(t.startswith("加强油气供应保障") for t in texts)
    assert any(t.startswith("促进新型储能发展") for t in texts)
    assert len(result.tasks) >= 30


def test_markdown_markup_only_where_a_copy_has_it():
    """Bold markers, heading marks and images are a converted copy's; underscores are text's ("window.__pwned"),
    and one lone "**" is no markup."""
    from agencygraph.loaders.encoding import drop_markdown
    assert drop_markdown("## 一、总体要求\n**（一）** **制定规划。**![](a.png)") == ("一、总体要求\n（一） 制定规划。", 6)
    assert drop_markdown("window.__pwned=1 __x__") == ("window.__pwned=1 __x__", 0)
    assert drop_markdown("市发改委**") == ("市发改委**", 0)


def test_a_label_in_no_vocabulary_before_a_known_one():
    """"(督办单位:市政府督查室;承办单位:市发改委)": a label the vocabulary does not hold opens the clause. The clause
    is read as when that label comes after the known one: the known label's units take its role, the others assist
    and the unknown label is reported, instead of the whole clause going unread."""
    text = "一、重点任务\n1.加快推进项目建设。（督办单位：市政府督查室；承办单位：市发改委）\n2.完善配套政策。（市商务局负责）\n"
    result = load("plan.txt", text=text)
    first = result.tasks[0]
    assert first.text.startswith("加快推进项目建设")
    roles = {(a.role, a.actor) for a in result.assignments if a.target == first.key}
    assert roles == {("lead", "市发改委"), ("assist", "市政府督查室")}
    assert any(n.kind == "unknown_label" and "督办单位" in n.message for n in result.issues)
    assert not any(n.kind == "unparsed_clause" for n in result.issues)


def test_a_markdown_table_whose_merged_cells_were_printed_once():
    """丰台 美丽丰台 2026 行动计划, as a knowledge base converted it to markdown: a cell's lines kept as "<br>"
    ("区城市管理委<br>丰台运管分局": two units), the measure rows under one 序号 printing only their own cells
    ("| 落实全市交通运输结构调整工作方案。… | 年底前 | 区城市管理委<br>丰台运管分局 | 区住房城乡建设委<br>… |"),
    and "| （二）推动车（械）新能源化促结构减排 |" a heading across the table. Each measure row is a part of its
    序号's task with its own units; no unit holds "<br>" or two names run together; the heading is no task."""
    result = load(next(CORPUS.glob("*/beijing-fengtai-2026-beautiful-fengtai-pollution-plan.txt")))
    actors = {a.actor for a in result.assignments}
    assert not any("<" in a or "局区" in a for a in actors)
    freight = next(t for t in result.tasks if t.text.startswith("落实全市交通运输结构调整"))
    assert freight.parent == "3"
    roles = {(a.role, a.actor) for a in result.assignments if a.target == freight.key}
    assert ("assist", "区商务局") in roles and any(r == "lead" and "城市管理委" in u for r, u in roles)
    assert not any("推动车（械）新能源化" in t.text or "推动车(械)新能源化" in t.text for t in result.tasks)
    assert any(d.title.startswith("(二)推动车") for d in result.domains) and not any("|" in d.title for d in result.domains)
    assert not any(n.kind == "unparsed_row" and "序号" in n.message for n in result.issues)


def test_units_lines_under_a_short_numbered_title():
    """An emergency plan's actions at each level (惠州 防台风 预案): "(三)防御台风(风力12级以上)。" then one line a unit,
    "市三防指挥部:总指挥长坐镇…", "市气象局:加强台风动态预报…": each line is a task of that unit. A clause of the
    item's own under such a title ("（二）试点指导单位。" / "交通运输部运输服务司牵头，科技司配合。") stays the item's."""
    result = load(next(CORPUS.glob("*/huizhou-undated-typhoon-defence-unit-actions.txt")))
    leads = {t.text[:6]: {a.actor for a in result.assignments if a.target == t.key and a.role == "lead"}
             for t in result.tasks}
    assert any(v == {"市三防指挥部"} for k, v in leads.items() if k.startswith("总指挥长"))
    assert any(v == {"市气象局"} for k, v in leads.items() if k.startswith("加强台风"))
    text = "一、城市公共交通智能化技术研究\n（一）试点单位。\n北京工业大学。\n（二）试点指导单位。\n" \
           "交通运输部运输服务司牵头，科技司、人事教育司配合。\n（三）试点内容。\n研究城市公共交通出行感知。\n"
    guided = load("pilot.txt", text=text)
    roles = {(a.role, a.actor) for a in guided.assignments}
    assert ("lead", "交通运输部运输服务司") in roles and ("assist", "科技司") in roles
    assert not any(t.text.startswith("交通运输部运输服务司牵头") for t in guided.tasks)


def test_one_body_with_two_names_is_one_unit():
    """北京 "市科委、中关村管委会" is one body with two names (一个机构两块牌子), printed with the 、 that parts two
    units: one unit (units: two_names, as data), whatever follows it in the list."""
    text = "1.支持基础共性技术研究。（市科委、中关村管委会、市发展改革委）\n2.支持标准化活动。（市科委、中关村管委会）\n"
    result = load("measures.txt", text=text)
    units = [sorted(a.actor for a in result.assignments if a.target == t.key) for t in result.tasks]
    assert units == [["市发展改革委", "市科委、中关村管委会"], ["市科委、中关村管委会"]]
    from agencygraph.loaders.unit_lists import parse_unit_list
    from agencygraph.loaders.units import UnitResolver
    assert [u.name for u in parse_unit_list("市发展改革委、市科委、中关村管委会", UnitResolver.default())] == \
        ["市发展改革委", "市科委", "中关村管委会"]  # (without the vocabulary: the list as printed)


def test_a_body_heading_over_its_numbered_duties():
    """A department duty list by article (安全生产 责任划分): "(三十六)质监部门。" over "1.依法对锅炉…", "2.负责特种设备…",
    "4.会同有关部门…", and "第三十六条 旅游部门职责:" over "(一)负责…" / "(二)督促…": the body in the heading leads each
    duty under it. A heading naming two bodies ("第八条 街道办事处及镇政府消防工作职责:") is not cut into a body and a
    topic ("镇政府消防")."""
    result = load(next(CORPUS.glob("*/unnamed-city-2012-department-safety-duties-numbered.txt")))
    leads = {t.number: {a.actor for a in result.assignments if a.target == t.key and a.role == "lead"}
             for t in result.tasks}
    assert leads["36.1"] == leads["36.4"] == {"质监部门"} and leads["39.6"] == {"供电部门"}
    result = load(next(CORPUS.glob("*/unnamed-city-undated-department-safety-duties-articles.txt")))
    leads = {t.number: {a.actor for a in result.assignments if a.target == t.key and a.role == "lead"}
             for t in result.tasks}
    assert leads["36.2"] == {"旅游部门"} and leads["37.2"] == {"国有资产监督管理机构"}
    shared = load(next(CORPUS.glob("*/changning-2020-fire-safety-responsibility.txt")))
    assert not any(a.actor.endswith("消防") for a in shared.assignments)


def test_carried_units_join_the_label_the_statement_names():
    """"以下任务责任单位均包括各市〔州〕人民政府…，不再列出" (贵州 三年行动): the governments are among every later task's
    责任单位, so they lead with them where no lead is named; "〔以下分工均涉及有关州（市）人民政府，不再列出〕" standing
    in its own bracket after an item's list (云南 三年行动) closes the item without hiding that list, and its units
    assist later tasks as a carry-forward always has."""
    text = ("1.巩固提升工业民间投资。（责任单位：省工业和信息化厅、省发展改革委等，各市〔州〕人民政府。"
            "以下任务责任单位均包括各市〔州〕人民政府，不再列出）\n2.扩大服务业民间投资。（责任单位：省商务厅）\n")
    result = load("plan.txt", text=text)
    second = next(t for t in result.tasks if t.text.startswith("扩大服务业"))
    assert {(a.role, a.actor) for a in result.assignments if a.target == second.key} == \
        {("lead", "省商务厅"), ("lead", "各市人民政府")}
    text = ("1.加强铁路通道建设。加快推进大理铁路枢纽建设。〔省交通运输厅、省发展改革委，有关州（市）人民政府〕"
            "〔以下分工均涉及有关州（市）人民政府，不再列出〕\n2.完善公路通道网络。〔省交通运输厅〕\n")
    result = load("plan.txt", text=text)
    first, second = result.tasks
    assert {a.actor for a in result.assignments if a.target == first.key} == \
        {"省交通运输厅", "省发展改革委", "有关州人民政府"}
    assert ("assist", "有关州人民政府") in {(a.role, a.actor) for a in result.assignments if a.target == second.key}
    assert not any(a.actor == "市" for a in result.assignments)


def test_the_bodies_signing_a_joint_notice_are_no_table_header():
    """河南省工业和信息化厅等14部门 通知: the signing bodies one a line ("河南省工业和信息化厅" / "中共河南省委金融委员会办公室"
    / …, whose "会办" is no column's word) are no header, and the plan's items after them keep their numbers (二、's
    (一)… read as 2.1 …, not as rows of a table)."""
    assert find_columns(["河南省工业和信息化厅", "中共河南省委金融委员会办公室", "河南省发展和改革委员会"], V) is None
    assert find_columns(["序号", "工作任务", "牵头单位", "配合单位", "市卫健委内牵头处室", "市卫健委内配合处室"], V) \
        is not None
    result = load(next(CORPUS.glob("*/henan-miit-2024-industrial-equipment-renewal.txt")))
    numbers = {t.number for t in result.tasks}
    assert {"2.1", "2.9"} <= numbers and not any(n.endswith("b") for n in numbers)
    assert not any(n.kind == "unparsed_row" for n in result.issues)


def test_a_one_line_page_reads_its_items_before_the_table_that_closes_it():
    """陵川 重点工作 saved as one paragraph: numbered items with their own clauses, then the attached table
    (cells one a line, "序号 |" …, now parted by pipes) on the same line. The table is cut into its rows and the items before
    its header are read as the prose they are (they were taken for a row standing before the table, and lost)."""
    text = ("一、重点工作 1.加快建设县政务云。(牵头单位：县发展和改革局、县公安局) "
            "2.推动传统能源转型升级。(牵头单位：县能源局) | 附件 | ||||| | 序号 | 改革任务 | 改革事项 | 牵头单位 | "
            "联系人 | ||| | 1 | 积极创建国家全域旅游示范区 | 推进文化旅游融合发展 | 县文旅局 | |||| | "
            "2 | 深入推进国有企业混合所有制改革 | 鼓励引进民营企业 | 县工信局 | ||||")
    result = load("page.txt", text=text)
    leads = {t.text.lstrip("12. ")[:6]: {a.actor for a in result.assignments if a.target == t.key and a.role == "lead"}
             for t in result.tasks}
    assert leads["加快建设县政"] == {"县发展和改革局", "县公安局"} and leads["推动传统能源"] == {"县能源局"}
    assert leads["积极创建国家"] == {"县文旅局"} and leads["深入推进国有"] == {"县工信局"}


def test_bodies_named_alone_on_their_lines_lead_the_duties_numbered_under_them():
    """大同 艾滋病防治工作委员会成员单位职责: each member's name alone on a line ("住房和城乡建设委员会", "总工会"), no
    number and no colon, over its duties numbered 一、二、… from one again: each duty is a task the body leads,
    numbered by the body's place ("2.1"), not run into the duty above it."""
    result = load(next(CORPUS.glob("*/datong-undated-aids-committee-member-duties.txt")))
    leads = {t.number: {a.actor for a in result.assignments if a.target == t.key and a.role == "lead"}
             for t in result.tasks}
    assert leads["1.2"] == {"住房和城乡建设委员会"} and leads["2.2"] == {"总工会"} and leads["3.3"] == {"团市委"}
    assert not any("总工会" in t.text for t in result.tasks)
    text = "工作要求\n市发改委\n一、做好项目规划。\n二、安排建设资金。\n"  # one such name: a line of prose, no list
    assert not any(a.actor == "市发改委" for a in load("plan.txt", text=text + "(市财政局负责)\n").assignments)
    # its own duty on a line first ("市劳动和社会保障局" / "负责农民工工资的清欠和防欠工作。" / "(一)…"), after the
    # last item of the body on the page before ("(三)对于在建的政府投资项目…")
    wages = load(next(CORPUS.glob("*/unnamed-city-undated-wage-arrears-department-duties.txt")))
    assert {a.actor for a in wages.assignments if a.role == "lead"} == {"市劳动和社会保障局", "市建设局"}
    assert not any(t.text.startswith("对于在建") for t in wages.tasks)
    # a table printed one cell a line, its 序号 lost: each unit cell comes after its tasks, so it heads nothing
    table = ("任务内容\n责任单位\n1.强化党组织领导。\n2.推动商圈样板建设。\n区绿化市容局\n1.强化医疗机构管理。\n"
             "2.组织开展宣传活动。\n区卫健委\n1.强化旅游景点管理。\n区文旅局\n")
    assert not any(e.kind == "unit" for e in read_outline(list(enumerate(table.split("\n"), 1)), V))


def test_a_page_that_starts_mid_list_keeps_its_later_sections_apart():
    """A later page of a split document (大庆 环保模范城 复检方案) opens on items "1."…"5." of a section whose heading
    is on the page before, then "(四)环境建设" and "(五)环境管理" number theirs from 1 again: (四) is a section of its
    own, not a child of item 5, so its items are 4.1 … and (五)'s 5.1 …; no two tasks share a number (a second
    repeat of "1" became "1b" again, and two tasks' units ran together under it)."""
    text = ("1.集中式饮用水水源地水质达标率。责任单位:市环境保护局;\n2.区域环境噪声平均值。责任单位:市环境保护局。\n"
            "(四)环境建设\n1.受保护地区面积比例。责任单位:市环境保护局,配合单位:市林业局;\n"
            "2.建成区绿化覆盖率。责任单位:市城市管理行政执法局;\n"
            "(五)环境管理\n1.环保目标责任制落实到位。责任单位:市监察局;\n"
            "2.建设项目环评执行率。责任单位:市发展和改革委员会,配合单位:市环境保护局;\n")
    result = load("page.txt", text=text)
    roles = roles_by_task(result)
    assert roles["4.2"] == {("lead", "市城市管理行政执法局")}
    assert roles["5.2"] == {("lead", "市发展和改革委员会"), ("assist", "市环境保护局")}
    assert len(roles) == len(result.tasks) == 6


def test_a_number_repeated_three_times_gets_a_fresh_key_each_time():
    """Three items numbered 1 in a row of sections the loader cannot tell apart: "1", "1b", "1c" — a third "1" no
    longer takes "1b" again (its units would hang on the second one's task)."""
    text = "".join(f"1.第{k}项工作。(牵头单位:市{name}局)\n" for k, name in enumerate(["财政", "商务", "民政"], 1))
    result = load("plan.txt", text=text)
    leads = {t.number: {a.actor for a in result.assignments if a.target == t.key} for t in result.tasks}
    assert len(result.tasks) == 3 and sorted(map(len, leads.values())) == [1, 1, 1]


def test_units_that_each_do_their_part_open_a_duty_with_fenbie():
    """海南 充换电 管理办法 第二十二条: one body a paragraph, and one paragraph that names three with 等 and 分别
    ("省旅游和文化广电体育厅、省教育厅、省卫生健康委等分别负责推进…"): the three lead that duty (it was run into the
    duty above it); an item opening "A、B分别牵头…" is read the same way."""
    result = load(next(CORPUS.glob("*/hainan-drc-2023-charging-management-measures-duties.txt")))
    shared = next(t for t in result.tasks if t.text.startswith("推进各自行业内"))
    assert {a.actor for a in result.assignments if a.target == shared.key and a.role == "lead"} == \
        {"省旅游和文化广电体育厅", "省教育厅", "省卫生健康委"}
    item = load("plan.txt", text="1.推进办公场所充电设施建设。\n2.省教育厅、省卫生健康委分别牵头推进行业内建设。\n"
                                  "3.省国资委负责推进国有企业建设。\n")
    second = next(t for t in item.tasks if t.number == "2")
    assert {(a.role, a.actor) for a in item.assignments if a.target == second.key} == \
        {("lead", "省教育厅"), ("lead", "省卫生健康委")}


def test_an_item_whose_first_part_shares_its_line_keeps_the_clause_lines_below_its_last():
    """宣威 脱贫攻坚 重要决策 (a yearbook's page): "3.农村危房改造:(1)…" with "(2)…" on the next line, then
    "责任领导:胡某某 市委副书记" / "马某某 市委常委、市政府常务副市长" (the label's second official on a line of his
    own) / "牵头单位:住建局" / "责任单位:各乡镇(街道)": the units are item 3's (the first part on the item's line makes
    (2) the last of two), and the official's line goes on the label instead of starting a task of its own."""
    text = ("3.农村危房改造:(1)贫困户无安全稳固住房的,按拆除重建每户补助3万元。\n(2)全市已下达的农村危房改造任务11月底"
            "100%竣工。\n责任领导:胡某某 市委副书记\n马某某 市委常委、市政府常务副市长\n牵头单位:住建局\n"
            "责任单位:各乡镇(街道)\n4.农村道路建设:(1)9月底前通硬化路。(2)12月底硬化公路300公里。\n(3)12月底完成新农村"
            "建设项目。\n责任领导:胡某某 市委副书记\n牵头单位:交通运输局、财政局\n责任单位:有关乡镇(街道)\n")
    result = load("decisions.txt", text=text)
    roles = roles_by_task(result)
    assert set(roles) == {"3", "4"}
    assert ("lead", "住建局") in roles["3"] and ("lead", "交通运输局") in roles["4"]
    assert {"胡某某市委副书记", "马某某市委常委"} <= {p.name for p in result.people}


def test_a_later_sentence_opened_by_a_body_and_qiantou_names_the_item_s_lead():
    """广东 两新 加力扩围 方案: "（七）提高城市新能源公交车…补贴标准。加力推进…。省交通运输厅牵头指导各地做好…。" — a body
    opening a later sentence of the item with 牵头 leads it, as with 负责. Not a sentence that opens with 会同 (the
    partner of the body before the semicolon), nor the 由 of 自由贸易试验区 ("由X开展…" names no agent there)."""
    text = ("（七）提高城市新能源公交车和动力电池更新补贴标准。加力推进城市公交车电动化替代。省交通运输厅牵头指导各地做好"
            "优惠政策衔接和平稳有序过渡。\n（十八）支持二手商品交易和再制造产业发展。积极争取国家二手商品流通试点。推进"
            "自由贸易试验区开展重点行业再制造产品进口。\n（二十）省发展改革委:主要负责重点工程项目的立项审批;会同省应急厅牵头"
            "负责地震易发区房屋设施加固工程。\n")
    result = load("plan.txt", text=text)
    leads = {a.actor for a in result.assignments if a.role == "lead"}
    assert {a.actor for a in result.assignments if a.target == result.tasks[0].key} == {"省交通运输厅"}
    assert "省应急厅" not in leads and not any("贸易试验区" in name for name in leads)


def test_a_table_drawn_with_box_characters_is_read_row_by_row():
    """Mirror copies of 2000s Word tables keep the grid as box characters, a cell's text wrapped at its column's
    width: 广州 2004 创卫 整改 (主办 / 责任 / 协办 columns, a full rule under each row) and a city's work-report task
    table whose unit cells are merged over several bulleted items ("△…"), a rule across one column only where its
    next cell opens: each item takes the unit cell it stands beside."""
    gz = load(next(CORPUS.glob("*/guangzhou-2004-hygienic-city-rectification-table.txt")))
    first = next(t for t in gz.tasks if t.text.startswith("全面落实"))
    assert {(a.role, a.actor) for a in gz.assignments if a.target == first.key} >= \
        {("lead", "市市容环卫局"), ("lead", "市规划局"), ("assist", "市建委"), ("assist", "市城管支队")}
    box = load(next(CORPUS.glob("*/unnamed-city-undated-work-report-box-table.txt")))
    leads = {t.text[:7]: {a.actor for a in box.assignments if a.target == t.key and a.role == "lead"}
             for t in box.tasks}
    assert "国家税务局" in leads["△进一步调整财"] and "国家税务局" not in leads["△加强财政监督"]
    assert leads["△加强财政监督"] == leads["△加快信用体系"] and any("教育局" in u for u in leads["△加强税源监控"])
    assert not any("梁" in a.actor for a in box.assignments)  # (the 分管领导 column: an official)


def test_a_clause_whose_bracket_never_closes_ends_with_the_bracket_holding_its_value():
    """闽发改规〔2024〕5号 prints "（责任单位：〔省发改委、农业农村厅…按职责分工负责〕": a typo leaves the first bracket open.
    Its value is the bracket after the label; read to the end of the item, the clause had named the item's later
    words as units (in a page run into one paragraph, every later item's). An open bracket with no such value ends
    at its sentence's full stop."""
    text = ("（四）建设有效覆盖的农村地区充电网络。加快构建农村公共充电设施体系。（责任单位：〔省发改委、农业农村厅、"
            "文旅厅按职责分工负责〕鼓励基础好的地区创建示范县和示范乡镇。\n（五）打通居住区充电“最后一公里”。推动既有"
            "居住区充电桩建设。（责任单位：省发改委、住建厅按职责分工负责\n（六）提升高速公路充电保障能力。加快形成快充"
            "为主的充电网络。（责任单位：省交通运输厅。服务区配建充电设施的车位不低于10%。\n")
    result = load("plan.txt", text=text)
    roles = {}
    for task in result.tasks:
        roles.setdefault(task.number.split(".")[0], set()).update(
            a.actor for a in result.assignments if a.target == task.key)
    assert roles == {"4": {"省发改委", "省农业农村厅", "省文旅厅"}, "5": {"省发改委", "省住建厅"},
                     "6": {"省交通运输厅"}}, roles


def test_a_units_name_as_a_sentence_of_its_own_opens_its_duties_even_in_a_page_run_into_one_line():
    """A county's 秸秆禁烧 方案 copied from a document-sharing site: "各组成单位及其职责如下:县环保局。负责…。县交通局、
    公路局。负责…", the whole plan on one line and the file's page numbers printed inside its words ("县农作第2页共4页
    物秸秆"). Each name closed by 。 before 负责 opens a unit's duties; the page numbers are left out and reported."""
    result = load(next(CORPUS.glob("*/unnamed-county-undated-straw-burning-ban-member-duties.txt")))
    leads = [sorted(a.actor for a in result.assignments if a.target == t.key and a.role == "lead")
             for t in result.tasks]
    assert leads == [["县环保局"], ["县交通局", "县公路局"], ["县农委"], ["县农机局"], ["县监察局"]]
    assert any(i.kind == "page_numbers" for i in result.issues)
    assert not any("页" in t.text for t in result.tasks)


def test_a_duty_boundary_list_names_its_departments_in_a_column_of_their_own():
    """A city's 职责边界清单 printed one cell a line under "序号 涉及部门 职责分工": each row one department (the
    涉及部门 column: responsible) and its duties (职责分工: the task)."""
    result = load(next(CORPUS.glob("*/shijiazhuang-2024-school-food-safety-duty-boundary.txt")))
    rows = {t.number: ({a.actor for a in result.assignments if a.target == t.key}, t.text[:6]) for t in result.tasks}
    assert rows == {"1": ({"市教育局"}, "负责校园食品"), "2": ({"市市场监督管理局"}, "负责学校集中"),
                    "3": ({"市卫生健康委"}, "负责组织开展")}


def test_court_division_plans_name_participants_and_a_heading_s_other_name_is_no_unit():
    """法[2019]99号 (the Supreme People's Court's division of its reform outline): "牵头部门:办公厅" then "参加部门:政治部、
    研究室…" (参加 composes assisting labels as 参与 does); the task "健全人民法院配合参与巡视巡察机制" names no unit
    (健全 opens no name). A university's duty list: "9、保卫部(处)" over its duties is one body and its other name,
    not a bracketed unit list."""
    court = load(next(CORPUS.glob("*/national-2019-spc-five-year-reform-outline-division.txt")))
    roles = {t.number: {(a.role, a.actor) for a in court.assignments if a.target == t.key} for t in court.tasks}
    assert roles["1"] == {("lead", "办公厅"), ("assist", "政治部"), ("assist", "研究室"), ("assist", "审管办"),
                          ("assist", "监察局"), ("assist", "司改办")}
    assert roles["2"] == {("lead", "监察局"), ("assist", "本院各单位")}
    text = "三、职责分工\n8、宣传部\n(1)负责迎新期间的宣传工作;\n(2)负责营造校园文化氛围。\n9、保卫部(处)\n(1)负责与" \
           "有关部门联系;\n(2)负责校内安全保卫工作。\n10、市水利局(市防汛办)\n(1)负责水情监测;\n(2)负责防汛调度。\n"
    duties = load("duties.txt", text=text)
    assert {t.number: {a.actor for a in duties.assignments if a.target == t.key} for t in duties.tasks} == \
        {"8": {"宣传部"}, "9": {"保卫部"}, "10": {"市水利局"}}


def test_duty_lines_run_into_one_paragraph_with_only_a_space_between_them():
    """A town's 防汛抗旱 预案 from a document-sharing site: its pages joined, "…主要职责 镇党政办:发布信息和宣传相关救灾
    新闻报道 安监所:收集、汇总…" — a unit's name, its colon and a verb of its duties after a bare space open its
    duties; not after an item's number ("2.3.6 市建设局:负责…" stays one item)."""
    result = load(next(CORPUS.glob("*/unnamed-town-undated-flood-drought-member-duties.txt")))
    leads = {a.actor for a in result.assignments if a.role == "lead"}
    assert {"镇党政办", "安监所", "民政办", "中心学校", "派出所", "财政所", "国土资源所", "城建办"} <= leads
    path = next(CORPUS.glob("*/unnamed-city-undated-fire-accident-*.txt"))
    one_line = " ".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    spaced = load("plan.txt", text=one_line)
    duties = {t.number: {a.actor for a in spaced.assignments if a.target == t.key} for t in spaced.tasks}
    assert duties["2.3.6"] == {"市建设局"} and duties["2.3.7"] == {"市卫生局"} and len(duties) >= 9


def test_a_team_led_by_an_official_named_by_a_list_of_posts_has_no_unit_leading_it():
    """"县局成立由局党委委员、副局长汪洪成任组长,县局政治处、…为成员的领导小组" (开化县公安局 七普 户口整顿): the leader
    is a person named by his posts, so no unit (局党委) leads the group; "由市煤炭安全局孙伟任组长" still names the
    team's unit."""
    kaihua = load(next(CORPUS.glob("*/kaihua-2020-census-household-registration-police-duties.txt")))
    assert "局党委" not in {a.actor for a in kaihua.assignments}
    team = load("teams.txt", text="二、督查分组\n1、煤矿安全督查组,由市煤炭安全局孙伟任组长,成员由市煤炭安全局、市国土"
                                  "资源局、市公安局有关人员组成。\n")
    assert {(a.role, a.actor) for a in team.assignments} >= {("lead", "市煤炭安全局"), ("assist", "市国土资源局")}


def test_batch_194_195_families_department_kinds_titles_and_carried_groups():
    """Four families of batches 194-195. A 治超 plan by department: "(二)公安部门" over its numbered duties is one
    kind of department leading them. A 松材线虫病 command's list: the short line "指挥部成员职责分工" under "一、指挥部
    成员名单" ends that item, the duty lines below it are items of their own. 遂府办发〔2020〕2号: "以下各项工作任务均
    涉及各县（市、区）、市直园区，不再单独列出" carries two groups to every later task (市直园区 is the city's own, no
    fragment of 各县…). "…人力资源社会保障厅等省级主管部门（单位）牵头" names the 厅 before 等."""
    overload = load(next(CORPUS.glob("*/unnamed-undated-overload-control-department-duty-lists.txt")))
    heads = {t.number: {a.actor for a in overload.assignments if a.target == t.key} for t in overload.tasks}
    assert heads["2"] == {"公安部门"} and heads["3"] == {"发展改革部门"} and not any("." in n for n in heads)
    pine = load("pine.txt", text="一、指挥部成员名单\n指挥部成员职责分工\n市发展改革委:负责预防救灾所需项目的申报。\n"
                                 "市科技局:负责防治技术研究及推广项目立项。\n")
    assert [{a.actor for a in pine.assignments if a.target == t.key} for t in pine.tasks] == \
        [{"市发展改革委"}, {"市科技局"}]
    suining = load(next(CORPUS.glob("*/suining-2020-sme-epidemic-support-measures.txt")))
    second = next(t for t in suining.tasks if t.number == "2")
    assists = {a.actor for a in suining.assignments if a.target == second.key and a.role == "assist"}
    assert {"各县", "市直园区"} <= {re.sub(r"[（(].*?[)）]", "", a) for a in assists}
    sichuan = load("notice.txt", text="二、部门自查\n由省政府办公厅、财政厅、人力资源社会保障厅等省级主管部门（单位）牵头完成"
                                      "自查报告，其他相关部门（单位）配合。\n")
    assert "人力资源社会保障厅" in {a.actor.lstrip("省") for a in sichuan.assignments if a.role == "lead"}


def test_a_second_body_and_fuze_after_a_comma_leads_the_same_task():
    """"(四)疫情处置。市农牧林业局负责制定疫情处置方案,镇(乡)人民政府负责落实疫情处置的具体措施。" (a county-level city's
    动物防疫 责任 plan): the body after the comma leads the item too, in the same task (not a part of its own)."""
    result = load("plan.txt", text="(四)疫情处置。市农牧林业局负责制定疫情处置方案,镇(乡)人民政府负责落实疫情处置的具体措施。"
                                   "\n(五)屠宰监管。市商务局负责定点屠宰厂的监督管理,配合市场监管部门做好检查。\n")
    roles = roles_by_task(result)
    assert roles == {"4": {("lead", "市农牧林业局"), ("lead", "镇人民政府")}, "5": {("lead", "市商务局")}}, roles


def test_a_units_block_of_tasks_with_its_helpers_labelled_after_them_is_one_task():
    """大通县 大气污染防治 方案: "(九)县公安局主要工作任务:" over its numbered tasks, then "协助单位:交通局、县城管监察大队"
    (or "工作协助部门:水务局": what the label is about, then its role) after the last: one task the unit leads, the
    helpers assisting it. "第三十六条 旅游部门职责:" over its duties still gives a task a duty."""
    text = ("(九)县公安局主要工作任务:\n1、依法整治尾气排放年检不合格的机动车辆。\n2、依法整治运输车辆的扬尘污染。\n"
            "协助单位:交通局、县城管监察大队。\n(十)县国土局主要工作任务:\n1、依法取缔农田挖砂。\n2、负责组织开展对砂石"
            "开采企业扬尘污染的专项整治。\n工作协助部门:水务局\n")
    result = load("plan.txt", text=text)
    roles = roles_by_task(result)
    assert roles == {"9": {("lead", "县公安局"), ("assist", "交通局"), ("assist", "县城管监察大队")},
                     "10": {("lead", "县国土局"), ("assist", "水务局")}}, roles
    duties = load(next(CORPUS.glob("*/unnamed-city-undated-department-safety-duties-articles.txt")))
    assert {"36.1", "36.2", "36.3"} <= {t.number for t in duties.tasks}


def test_an_articles_title_naming_a_bodys_duties_without_a_colon_gives_it_the_duties_below():
    """"第十条 乡镇合管办的主要职责。" over "(一)负责本乡镇…" (a 自治县 新农合 实施办法): the body named in the article's
    title leads the duties under it, as with a colon ("第九条 县合管办的主要职责:"); "2.2成员部门(单位)职责" over its
    items is the title of a members' list, no body of its own."""
    text = ("第九条 县合管办的主要职责:\n(一)负责全县新型农村合作医疗的组织协调工作;\n(二)协助有关部门筹集基金。\n"
            "第十条 乡镇合管办的主要职责。\n(一)负责本乡镇新型农村合作医疗的组织协调工作;\n(二)建立健全新型农村合作医疗档案;\n"
            "(三)对村级管理人员进行培训和考核。\n")
    result = load("rules.txt", text=text)
    leads = {a.actor for t in result.tasks if t.number.startswith("10.") for a in result.assignments
             if a.target == t.key and a.role == "lead"}
    assert leads == {"乡镇合管办"} and sum(t.number.startswith("10.") for t in result.tasks) == 3
    members = load("plan.txt", text="2.2成员部门(单位)职责\n(1)卫生防疫\n市卫生局、市畜牧食品局:立即组建医疗卫生救援队赶赴"
                                     "疫区,组织开展现场病员救护。\n(2)宣传报道\n市委宣传部:负责组织新闻报道工作。\n")
    assert "成员部门" not in {a.actor for a in members.assignments}


def test_a_duty_list_by_body_reads_its_duty_sentences_what_they_are_and_semicolons():
    """涟开管发〔2024〕43号 (a development zone's departments under "(一)工作职责"): "管委会的主要职责是维护…" gives 管委会
    its duties; "综合执法局作为园区管理工作牵头部门,负责…" opens with the unit and what it is; "综合工作部做好舆情和处置;
    财政审计局保障…;区派出所及时处置…" is three bodies' duties parted by semicolons."""
    text = ("三、工作主要职责\n(一)工作职责\n管委会的主要职责是维护开发区的形象,强化园区安全。\n"
            "综合执法局作为园区管理工作牵头部门,负责安全生产监督管理。\n投资促进部负责园区企业的帮办和服务。\n"
            "综合工作部做好舆情和处置;财政审计局保障园区管理资金使用;区派出所及时处置社会治理问题。\n")
    result = load("zone.txt", text=text)
    tasks = [{a.actor for a in result.assignments if a.target == t.key and a.role == "lead"} for t in result.tasks]
    assert tasks == [{"管委会"}, {"综合执法局"}, {"投资促进部"}, {"综合工作部"}, {"财政审计局"}, {"区派出所"}], tasks


def test_carry_forward_not_repeated_and_references_to_units_above_are_no_units():
    """宿政办规〔2026〕1号: "（责任单位：市数据局，…，以下均涉及各县区、功能区，不再重复列出）" is a carry-forward statement
    whole (no unit "列出"); 罗科工〔2026〕7号: "由上述支持措施责任单位根据实际情况制定工作指引" names no unit of its own."""
    text = ("1.强化数据要素供给。建立数据资源池。（责任单位：市数据局，各县区人民政府、市各功能区管委会，以下均涉及各县区、"
            "功能区，不再重复列出）\n2.降低初创首创成本。提供基础服务包。（责任单位：市数据局）\n"
            "3.制定细则。由上述支持措施责任单位根据实际情况制定工作指引。\n")
    result = load("measures.txt", text=text)
    actors = {a.actor for a in result.assignments}
    assert "列出" not in actors and not any(a.startswith("上述") for a in actors), actors
    second = next(t for t in result.tasks if t.number == "2")
    assert {"各县区", "功能区"} <= {a.actor for a in result.assignments if a.target == second.key}


def test_the_units_before_a_lists_comma_lead_where_the_document_says_so():
    """广安市 基础教育 改革方案 (2021): "（责任单位：市教育体育局，市委宣传部、团市委。逗号前为牵头单位，下同）": the units
    before each list's comma lead, the ones after it assist, in every later clause too; the statement is no unit."""
    text = ("1.坚持立德树人。深化德育教育。（责任单位：市教育体育局，市委宣传部、团市委。逗号前为牵头单位，下同）\n"
            "2.重视身心健康。帮助学生在体育锻炼中享受乐趣。（责任单位：市教育体育局、市卫生健康委，市财政局）\n"
            "3.落实经费保障。（责任单位：市财政局）\n")
    result = load("plan.txt", text=text)
    roles = roles_by_task(result)
    assert roles == {"1": {("lead", "市教育体育局"), ("assist", "市委宣传部"), ("assist", "团市委")},
                     "2": {("lead", "市教育体育局"), ("lead", "市卫生健康委"), ("assist", "市财政局")},
                     "3": {("lead", "市财政局")}}, roles


def test_a_label_glued_to_an_items_title_ends_its_first_line():
    """琼中 为民办实事 通报: "(一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会" over the item's progress: the label
    glued to the title names the lead (the title is no unit "…牵头责任部门")."""
    text = ("一、进展情况\n(一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会\n截至4月底,已完成1剂次接种,共1800剂次,完成率100%。\n"
            "(二)初中教室照明改造牵头责任部门:县教育局\n已完成招标,正在施工。\n")
    result = load("report.txt", text=text)
    leads = [{a.actor for a in result.assignments if a.target == t.key and a.role == "lead"} for t in result.tasks]
    assert leads == [{"县卫生健康委员会"}, {"县教育局"}], leads


def test_a_label_after_a_childless_item_is_its_own_once_the_items_under_its_siblings_named_units():
    """广安 标准地 opinions on one glued line: "(二)按标出让。1.…牵头单位:…2.…牵头单位:…(三)审批服务。…牵头单位:…
    责任单位:…": the levels below (二) named their units, so (三)'s labels are (三)'s, not 三、's."""
    items = "".join(f"{n}.事项{n}。在符合国土空间规划前提下完成第{n}项区域评估工作并向社会公布。牵头单位：各县（市、区）人民政府。责任单位：市第{n}局。" for n in (1, 2))
    text = (f"三、工作重点全流程管理分为六个环节。（一）出让前准备。{items}（二）按标出让。{items}"
            "（三）审批服务。落实投资项目审批制度改革要求。牵头单位：各县（市、区）人民政府。责任单位：市政务服务管理局。"
            "（四）按标施建。项目开工后加强指导。牵头单位：各县（市、区）人民政府。责任单位：市住房城乡建设局。"
            "（五）对标核验。项目竣工后组织核验。牵头单位：各县（市、区）人民政府。责任单位：市城管执法局。四、保障措施。加强领导。")
    result = load("opinions.txt", text=text + "\n")
    assists = {t.number: {a.actor for a in result.assignments if a.target == t.key and a.role == "assist"}
               for t in result.tasks}
    assert assists.get("3") == {"市政务服务管理局"} and assists.get("5") == {"市城管执法局"}, assists


def test_a_projects_labelled_unit_lines_divide_its_work_over_who_oversees_it_in_its_prose():
    """叶城县 衔接资金 项目公示 (2026): each project's prose says "由县农业农村局、财政局…负责监督", then its labelled
    lines "项目责任领导:…" / "项目责任单位:洛克乡、水利局" / "项目责任人:…": the 责任单位 lead it; the overseers in
    the prose, named in no label, are not its units. "由X牵头，Y配合" in the prose of a labelled item still is."""
    text = ("(一)实施产业发展项目2个。\n1.洛克乡种植业基地配套建设项目:投资340万元。由洛克乡组织实施,并报县委农村工作领导小组"
            "审查备案。由县农业农村局、财政局、发改委、审计局负责监督。\n项目责任领导:努尔买买提·阿布来提(县人大常委会四级调研员)\n"
            "项目责任单位:洛克乡、水利局\n项目责任人:张海龙、王平\n"
            "2.城市主干道治堵设计试点。由县公安交警大队牵头，县交通局配合，于年底前完成。\n责任单位:县公安局、县交通局\n")
    result = load("projects.txt", text=text)
    roles = roles_by_task(result)
    assert roles["1.1"] == {("lead", "洛克乡"), ("lead", "水利局")}, roles
    assert ("lead", "县公安交警大队") in roles["1.2"], roles


def test_an_item_titled_as_a_division_of_labour_gives_each_body_the_sentence_it_opens_with_a_duty_verb():
    """梅州 OPC 行动方案 "10.明确责任分工。": "市科技局加强统筹协调,牵头做好…;市发改局负责…;梅州金融监管分局、人民银行梅州
    分行指导做好…;各县（市、区）人民政府、梅州高新区管委会负责…": each body (a 分行, a 管委会, a 政府 too) leads its part;
    "省教育厅负责指导市、县(市、区)政府做好…" is the 厅's part alone."""
    text = ("10.明确责任分工。市科技局加强统筹协调,牵头做好产学研用协同创新等工作;市发改局负责优化要素配置的业务指导;"
            "梅州金融监管分局、人民银行梅州分行指导做好融资服务优化等工作;各县（市、区）人民政府、梅州高新区管委会负责本辖区内"
            "空间载体建设等具体工作。\n11.落实供暖保障。省教育厅负责指导市、县(市、区)政府做好学校、幼儿园的供暖保障工作。"
            "省民政厅负责做好社会福利院、敬老院等供暖保障工作。\n")
    result = load("plan.txt", text=text)
    parts = [{a.actor for a in result.assignments if a.target == t.key and a.role == "lead"} for t in result.tasks
             if t.parent == "10"]
    assert parts == [{"市科技局"}, {"市发改局"}, {"梅州金融监管分局", "人民银行梅州分行"},
                     {"各县人民政府", "梅州高新区管委会"}], parts
    heating = {a.actor for t in result.tasks if t.number.startswith("11") for a in result.assignments
               if a.target == t.key}
    assert heating == {"省教育厅", "省民政厅"}, heating


def test_a_page_on_one_line_starts_an_item_after_a_tortoise_shell_bracket_closing_the_last_one():
    """广安 医保基金监管 (2022), crawled as one line: each item ends "〔责任单位：…〕" and the next one's "（五）" follows
    it at once; an item's own prose naming a mechanism's leader ("由医疗保障部门牵头,有关部门参加的…机制") must not
    hold the page together as one item."""
    text = ("二、明确监管责任（四）加强党的领导。健全党建工作机制。〔责任单位：市委组织部，市医保局（逗号前为牵头单位，下同）〕"
            "（五）强化政府监管。依法查处违法违规行为，严格法律责任，加大处罚力度。建立由医疗保障部门牵头，有关部门参加的基金监管"
            "综合联动工作机制。制定完善部门权责清单，明确医保基金监管职责。〔责任单位：各县（市、区）人民政府，市医保局〕"
            "（六）推进行业自律管理。积极推动医药卫生行业组织发展，引导行业协会加强行业自律和自我约束。〔责任单位：市卫生健康委，"
            "市医保局〕（七）强化医保协议管理。依法加强医保经办机构对定点医药机构的协议管理，规范医保基金审核结算。"
            "〔责任单位：市医保局，市卫生健康委〕\n")
    roles = roles_by_task(load("plan.txt", text=text))
    assert roles == {"4": {("lead", "市委组织部"), ("assist", "市医保局")},
                     "5": {("lead", "各县人民政府"), ("assist", "市医保局")},
                     "6": {("lead", "市卫生健康委"), ("assist", "市医保局")},
                     "7": {("lead", "市医保局"), ("assist", "市卫生健康委")}}, roles


def test_a_mechanism_described_by_who_leads_it_does_not_assign_an_item_its_label_assigns():
    """"建立由医疗保障部门牵头,有关部门参加的…联动工作机制。〔责任单位：市医保局，市公安局〕": the prose names who will lead
    the mechanism the item sets up; the labelled clause assigns the item (the prose is reported, not read)."""
    text = ("（一）强化政府监管。建立由医疗保障部门牵头，有关部门参加的基金监管综合联动工作机制。〔牵头单位：市医保局；"
            "配合单位：市公安局〕\n（二）推进行业自律。积极推动行业组织发展。〔牵头单位：市卫生健康委；配合单位：市医保局〕\n")
    result = load("plan.txt", text=text)
    assert roles_by_task(result)["1"] == {("lead", "市医保局"), ("assist", "市公安局")}
    assert "described_body" in {i.kind for i in result.issues}


def test_a_bodys_name_and_colon_on_a_line_of_their_own_heads_the_unnumbered_duty_lines_under_it():
    """椒江 农家乐 意见 (椒区委办发〔2017〕23号), one sentence a line: "区农办：" / "具体负责…。" / "承担…。" / "区风景旅游局：" /
    "协同区农办开展…": each body leads the lines under its name (its partner assists) until the next name or the next
    numbered part ("五、本意见自印发之日起实施")."""
    text = ("（四）强化部门职责。\n明确各相关部门职责，齐抓共管，形成合力。\n区农办：\n具体负责农家乐产业发展的指导、服务、管理等工作。\n"
            "承担区农家乐休闲旅游工作协调小组办公室职责。\n区风景旅游局：\n协同区农办开展农家乐经营户星级评定工作。\n"
            "负责对乡村导游的培训工作。\n区消防大队：\n负责农家乐集聚村消防安全管理工作。\n五、本意见自印发之日起实施。\n")
    roles = roles_by_task(load("opinions.txt", text=text))
    assert roles == {"4.1": {("lead", "区农办")}, "4.2": {("lead", "区风景旅游局"), ("assist", "区农办")},
                     "4.3": {("lead", "区消防大队")}}, roles


def test_a_ministrys_labels_name_its_departments_as_si_ju():
    """教育部 部内分工方案 (教思政厅函〔2018〕2号): "牵头司局:社科司、教材局" / "参加司局:职成司、高教司…" under each item."""
    text = ("一、工作分工\n(一)统筹推进课程育人\n1.深入推动习近平新时代中国特色社会主义思想进教材、进课堂、进头脑。\n"
            "牵头司局:社科司、教材局\n参加司局:职成司、高教司\n2.完善课程设置管理、课程标准和教案评价制度。\n牵头司局:高教司\n"
            "参加司局:社科司、巡视办\n")
    roles = roles_by_task(load("division.txt", text=text))
    assert roles == {"1.1": {("lead", "社科司"), ("lead", "教材局"), ("assist", "职成司"), ("assist", "高教司")},
                     "1.2": {("lead", "高教司"), ("assist", "社科司"), ("assist", "巡视办")}}, roles


def test_a_two_column_table_kept_apart_by_tabs_reads_its_unit_column():
    """赣榆 专项整治 (2014), a Word table copied as text: "专项治理行动\\t牵头部门（单位）\\t" over "1、开展…\\t区环保局\\t";
    a row with a sub-action cell between ("6、…\\t①…\\t区编办\\t") is read by what its cells hold; the table's
    title "表1.八大专项治理行动牵头部门（单位）" names no unit ("（单位）" alone is no list)."""
    text = ("表1.八大专项治理行动牵头部门（单位）\n专项治理行动\t牵头部门（单位）\t\n"
            "1、开展突出环境问题集中专项整治行动；\t区环保局\t\n2、开展信访积案专项整治行动；\t区信访局\t\n"
            "3、开展超编和在编不在岗专项整治行动。\t①在编不在岗专项整治行动\t区编办\t\n"
            "4、开展减轻村（社区）负担专项整治行动\t区委农工办\t\n")
    roles = roles_by_task(load("tables.txt", text=text))
    assert {n: r for n, r in roles.items() if r} == {"1": {("lead", "区环保局")}, "2": {("lead", "区信访局")},
                                                     "3": {("lead", "区编办")}, "4": {("lead", "区委农工办")}}, roles


def test_bodies_named_with_colons_far_apart_are_no_duty_list():
    """洋泾街道 (浦洋办〔2024〕43号): the addressees "街道各部门、企事业单位、居民区：" over the notice's first sentence, and
    a form's "出席单位：" a hundred lines below, are no list of bodies' duties; two bodies' names a few lines apart
    ("区住建局、区交通局：" / "区旅发委：", 吴兴 大学生就业创业 成员单位职责) are."""
    notice = ("街道各部门、企事业单位、居民区：\n经研究决定，现将《临时停车场开业备案用地核查流程》印发给你们，请遵照执行。\n"
              + "".join(f"{n}.资料审查。申请人提交材料后，由平安办负责审查第{n}项。\n" for n in range(1, 20)) +
              "出席单位：\n临时停车场经营者：\n")
    roles = roles_by_task(load("notice.txt", text=notice))
    assert all(r == {("lead", "平安办")} for r in roles.values()), roles
    duties = ("二、成员单位工作职责\n区住建局、区交通局：\n做好大学生住房保障和交通出行服务工作。\n区旅发委：\n"
              "引导大学生从事乡村旅游创业。\n")
    roles = roles_by_task(load("duties.txt", text=duties))
    assert sorted(roles.values(), key=len) == [{("lead", "区旅发委")}, {("lead", "区住建局"), ("lead", "区交通局")}], roles


def test_a_chapters_title_glued_to_its_first_article_leaves_the_article_its_own_item():
    """安吉 创业担保贷款 办法 (安人社发〔2016〕78号), cut into sentences: "第八章部门职责第二十六条人力社保部门负责做好…"
    is the chapter's title, then article 26 (its body leads it), as the next line's "第二十七条财政部门负责…" is 27."""
    text = ("第七章经费保障第二十五条创业担保贷款贴息所需资金由县财政部门筹集。\n"
            "第八章部门职责第二十六条人力社保部门负责做好创业担保贷款申请人资格审查；\n"
            "第二十七条财政部门负责建立健全创业担保基金，做好财政资金保障。\n")
    roles = roles_by_task(load("measures.txt", text=text))
    assert roles.get("26") == {("lead", "人力社保部门")} and roles.get("27") == {("lead", "财政部门")}, roles


def test_an_assignment_after_what_a_meeting_asked_opens_its_own_clause():
    """师宗县 推进会 (2022): "为顺利完成…目标任务,曲道凯要求,由县发展和改革局牵头,县委党校、县自然资源局配合,在9月底前
    完成…;由县工业园区管委会牵头,…" - the first assignment follows "…要求," inside the sentence; "按照省委办公厅要求,由我厅
    牵头代拟…" (a notice's ground) is none."""
    text = ("曲道凯强调,各部门务必认清形势。为顺利完成市委下达的处置目标任务,曲道凯要求,由县发展和改革局牵头,县委党校、"
            "县自然资源局配合,在9月底前完成县委党校项目供地工作;由县工业园区管委会牵头,县自然资源局配合,在12月底前完成"
            "工业园区土地处置任务。\n")
    leads = sorted(a.actor for a in load("meeting.txt", text=text).assignments if a.role == "lead")
    assert leads == ["县发展和改革局", "县工业园区管委会"], leads
    ground = ("省直有关部门:为贯彻落实《关于推动城乡建设绿色发展的意见》,按照省委办公厅、省政府办公厅要求,由我厅牵头代拟"
              "《若干措施》。根据各部门提供的贯彻落实措施,形成了征求意见稿。\n1.推动城市群绿色发展。(省发展改革委牵头,省水利厅配合)\n")
    roles = roles_by_task(load("draft.txt", text=ground))
    assert {actor for r in roles.values() for _role, actor in r} == {"省发展改革委", "省水利厅"}, roles


def test_a_bodys_name_and_its_duties_word_as_a_sentence_open_its_duties():
    """向家坝灌区 协调会议纪要 (四川 2015): "(二)市级协调组主要职责。主要负责研究、协调…": the group leads; a short form
    ("(一)办公室职责。省保障群众温暖过冬办公室…负责…") names no body of its own."""
    text = ("一、关于组建协调机构的问题\n（一）成立市级协调组。由宜宾市扶贫移民局牵头，成立市级协调组。\n"
            "（二）市级协调组主要职责。主要负责研究、协调实物调查过程中涉及移民政策的重大事项。\n"
            "（三）办公室职责。承担协调组日常工作。\n")
    roles = roles_by_task(load("minutes.txt", text=text))
    assert sorted(map(sorted, roles.values())) == [[("lead", "宜宾市扶贫移民局")], [("lead", "市级协调组")]], roles


def test_an_agent_after_a_short_topic_in_a_numbered_items_sentence():
    """议案 分解办理意见 (2022, b207): "根据办理工作分工,议案由市工业和信息化局负责主办,并于9月19日前…答复" - the agent
    follows a topic word after the comma ("议案由", "此项任务由"); "移交前,暂由建设单位…落实" (an adverb) is none."""
    path = next(CORPUS.glob("b207-*/unnamed-city-2022-npc-motion-handling-division.txt"))
    roles = roles_by_task(load(path))
    assert list(roles.values()) == [{("lead", "市工业和信息化局")}], roles
    text = ("三、移交接管\n经认定符合标准后，由区道路管理部门接管；移交接管前，暂由建设单位落实管理措施。以移交给区道路接管部门"
            "为目标，3年内完成移交。\n四、做好答复\n此项任务由区建设管理委负责，年底前完成。\n")
    roles = roles_by_task(load("motion.txt", text=text))
    assert not any(actor == "建设单位" for r in roles.values() for _role, actor in r), roles


def test_a_unit_column_named_with_its_other_form_in_brackets():
    """移民安置处 周工作安排 (四川 2014, a workbook): 星期 | | 时段 | 工作内容 | 责任人 | 相关责任处（室） | 备注 - the
    offices' column is named with "（室）" after it; the 责任人 column holds people, no unit."""
    text = ("星期\t\t时段\t工作内容\t责任人\t相关责任处（室）\t备注\n"
            "一（24日）\t\t上午\t完成下达2014年度移民安置工作任务及资金计划准备工作\t蒋光文\t计财处\t\n"
            "二（25日）\t\t下午\t下达进一步做好移民项目变更处理工作的通知\t蒋光文\t规划处\t\n"
            "五（28日）\t\t上午\t组织召开倒流河水库截流阶段移民安置专项验收会议\t何成俊\t规划处、规划中心\t\n"
            "四（27日）\t\t上午\t组织召开两河口设计年会\t刘伯庆\n一（14日）\t\t下午\t处务会\t全体人员\n")
    result = load("schedule.txt", text=text)
    units = sorted({a.actor for a in result.assignments})
    assert units == ["规划中心", "规划处", "计财处"], units  # (a meeting, "…设计年会", "处务会", is no body)


def test_a_heading_naming_a_bodys_duties_leads_the_items_under_it():
    """川直委发〔2014〕8号 (b223, a Word 97 file): "五、驻村工作组职责任务" over "(一)宣传党的方针政策…" - the group leads
    each item under it; "区人民政府消防工作职责" (a topic between) and "成员单位职责" (each member names itself) do not."""
    path = next(CORPUS.glob("b223-*/sichuan-2014-five-departments-village-cadre-assistance-plan.doc"))
    result = load(path)
    led = sorted(t.key for t in result.tasks if ("lead", "驻村工作组") in
                 {(a.role, a.actor) for a in result.assignments if a.target == t.key})
    assert len(led) == 7 and all(k.split("#")[-1].startswith("5.") for k in led), led
    for heading in ("区人民政府消防工作职责", "成员单位职责"):
        text = (f"一、保障\n（一）县财政局负责保障经费。\n二、{heading}\n（一）宣传方针政策，组织发动群众。\n"
                "（二）建立帮扶台帐，确保精准扶贫。\n")
        roles = roles_by_task(load("duties.txt", text=text))
        assert list(roles.values()) == [{("lead", "县财政局")}], (heading, roles)


def test_acts_on_posts_and_plans_end_like_a_body_and_are_none():
    """泰州 2020 中小企业 措施 (b222, one line): "二、援企稳岗 5．落实稳岗用工政策。…（责任单位：市人社局、市财政局）" -
    the chapter's title ends in 岗 as a post does, but heads no duties: the bracket's units lead."""
    path = next(CORPUS.glob("b222-*/taizhou-jiangsu-2020-sme-epidemic-support-measures.txt"))
    roles = roles_by_task(load(path))
    assert roles["5"] == {("lead", "市人社局"), ("lead", "市财政局")}, roles["5"]
    assert not any(actor in ("援企稳岗", "要抓紧部署") for r in roles.values() for _role, actor in r), roles


def test_a_notice_dividing_its_work_in_prose_is_read_sentence_by_sentence():
    """国办发〔2004〕47号 (b224, one line as a dataset stored it): no bracket, label or table; "发展改革委要会同有关部门
    和地区继续做好…", "铁路部门要继续调整运输结构…" - each sentence whose subject is bodies is a task they lead, a
    partner after 会同 assists; a closing "各地区、各部门要…" (groups of no kind) is none."""
    path = next(CORPUS.glob("b224-*/state-council-office-2004-summer-peak-power-supply-notice.txt"))
    result = load(path)
    assert "prose_duties" in result.document.genres, result.document.genres
    roles = roles_by_task(result)
    assert {("lead", "发展改革委")} <= roles["4.1"] and {("lead", "铁路部门")} == roles["4.2"], roles
    # (and a subject before the time of its duty: "交通、公安等部门在治理公路超限超载时，要建立煤炭运输快速通道…")
    assert roles["4.4"] == {("lead", "交通"), ("lead", "公安")}, roles
    assert roles["4.5"] == {("lead", "各级煤炭经营管理部门")} and {("lead", "公安部")} <= roles["4.6"], roles
    text = ("一、加强领导\n各地区、各部门要高度重视，切实加强领导。\n二、明确责任\n（一）落实补贴。市财政局要会同市人社局，"
            "抓紧制定补贴办法。\n（二）需求响应结束后，国网天津市电力公司组织核定各用户补贴金额。\n")
    roles = roles_by_task(load("notice.txt", text=text))
    assert sorted(roles.items()) == [("2.1", {("lead", "市财政局"), ("assist", "市人社局")}),
                                     ("2.2", {("lead", "国网天津市电力公司")})], roles


def test_prose_sentences_are_not_read_beside_a_documents_clauses():
    """A plan whose items carry clauses keeps only them: the "X要…" sentences of its preamble or closing are prose
    about the plan, not more tasks (the prose reading is for documents with no or very few other tasks)."""
    text = ("一、主要任务\n1.推进设备更新。（市发展改革委牵头，市财政局配合）\n2.加快以旧换新。（市商务局牵头）\n"
            "3.完善回收体系。（市商务局牵头）\n4.强化金融支持。（市金融办牵头）\n二、保障措施\n市财政局要加强资金保障。"
            "市统计局要做好监测。市税务局要落实税收政策。市人社局要加强培训。市科技局要支持研发。市教育局要加强宣传。\n")
    roles = roles_by_task(load("plan.txt", text=text))
    assert sorted(roles) == ["1", "2", "3", "4"], roles


def test_a_working_groups_name_and_colon_before_the_unit_leading_it():
    """薛城区 煤矿事故应急救援预案 (b228, a legal-text mirror's later page): "5、警戒保卫组:薛城公安分局牵头,由…组成。
    主要负责…" - the group is no body of its own: the unit after the colon leads."""
    path = next(CORPUS.glob("b228-*/xuecheng-undated-coal-mine-accident-rescue-working-groups.txt"))
    roles = roles_by_task(load(path))
    assert roles["5"] == {("lead", "薛城公安分局")} and roles["6"] == {
        ("lead", "区经贸局"), ("assist", "区政府有关部门"), ("assist", "区抢险救灾物资储备中心"),
        ("assist", "事故单位物资供应站")}, roles  # (the group's members, "由…组成", assist it)
    assert not any(actor.endswith("组") for k in "5678" for _role, actor in roles[k]), roles


def test_a_table_of_units_and_their_duties_flattened_one_row_a_line():
    """岳阳 特种设备事故 预案 (b231, a legal-text mirror's later page): "市质监局 综合协调和督查全市…" - a unit's cell, a
    space, its duties' cell, one row a line; whatever verb opens the duties (综合协调, 制订, 组织), the unit leads its
    row, the first row too, and two units in one cell both lead."""
    path = next(CORPUS.glob("b231-*/yueyang-undated-special-equipment-accident-member-duties.txt"))
    roles = roles_by_task(load(path))
    assert len(roles) == 18, sorted(roles)
    assert roles["1"] == {("lead", "市质监局")} and roles["14"] == {("lead", "市财政局")}, roles
    assert roles["10"] == {("lead", "市建设局"), ("lead", "市城管局")}, roles["10"]


def test_a_unit_and_a_comma_before_its_duties():
    """A 盟's 新农村新牧区 试点 duties (b237, a page on one line): "交通部门,负责通村公路和道路建设。 教育部门,负责…" -
    the comma parts a short name from its duties as a colon would; where an office sits, between its name and the
    comma, is no part of the name: "管委会办公室设在区财政局，负责…" is the office's duty (as the labellers of b215 临安
    and b665 read it; this test once read it as prose)."""
    path = next(CORPUS.glob("b237-*/unnamed-league-undated-new-pastoral-village-pilot-department-duties.txt"))
    leads = [actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"]
    assert leads[:3] == ["交通部门", "教育部门", "水利部门"] and "人劳部门" in leads, leads
    text = "一、职责\n（一）管委会办公室设在区财政局，负责管委会的日常工作。\n（二）区审计局负责审计。\n"
    roles = roles_by_task(load("fund.txt", text=text))
    assert [roles[n] for n in sorted(roles)] == [{("lead", "管委会办公室")}, {("lead", "区审计局")}], roles


def test_an_agent_closing_a_long_segment_leads_it():
    """石柱 违法建设 职责 通知 (b238): "…的违法行为由县规划局负责牵头查处,违法建设行为发生地镇政府配合。" - the matter
    first, then who deals with it: the 由 far into the segment still names the lead when the segment ends with its
    verb; "行为" holds no copula ("违法建设行" is no unit)."""
    path = next(CORPUS.glob("b238-*/shizhu-undated-illegal-construction-investigation-duties.txt"))
    result = load(path)
    roles = roles_by_task(result)
    assert roles["1"] == {("lead", "县规划局"), ("assist", "违法建设行为发生地镇政府")}, roles["1"]
    assert roles["2"] == {("lead", "县城乡建委")} and roles["4"] == {("lead", "违法建设行为发生地镇政府")}, roles
    first = next(t for t in result.tasks if t.key.endswith("#1"))
    assert first.text.startswith("城市、镇规划区范围内,依法应当办理"), first.text


def test_prose_subjects_of_kinds_groups_of_a_kind_and_prohibitions():
    """国办发〔2005〕8号 (b230, one line): "各级价格主管部门要加强…", "金融机构要严格审贷。", "电网企业不得擅自…",
    "同时，发展改革委要会同财政部…" - a group of a kind with words of its own, a kind (机构), a prohibition and a subject
    after a connective are duties; "发展改革委按照国务院的要求，组织…开展了…" tells what was done, no task."""
    path = next(CORPUS.glob("b230-*/state-council-office-2005-power-plant-cleanup-notice.txt"))
    roles = roles_by_task(load(path))
    leads = {actor for r in roles.values() for role, actor in r if role == "lead"}
    assert {"各级价格主管部门", "金融机构", "电网企业"} <= leads, leads
    assert {("lead", "发展改革委"), ("assist", "财政部")} in roles.values(), roles
    assert "1" not in roles, roles["1"]


def test_a_letterhead_of_a_party_department_opens_no_duty():
    """赣人社发〔2014〕106号 (b229): "中共赣榆区委组织部 / 赣榆区人力资源和社会保障局" - 组织 and 保障 end the bodies'
    names there, they open no duties of "中共赣榆区委"; a title on a line of its own ("一、保障措施") is no part of the
    subject of the sentence on the next line."""
    text = ("中共某区委组织部\n某区人力资源和社会保障局\n某人社发〔2014〕1号\n关于印发培训方案的通知\n"
            "一、保障措施\n区财政局要保障培训经费。区教育局要提供培训场地。区档案局要整理培训档案。区卫生局要做好医疗保障。"
            "区交通局要做好交通保障。\n")
    roles = roles_by_task(load("letterhead.txt", text=text))
    actors = {actor for r in roles.values() for _role, actor in r}
    assert "中共某区委" not in actors and len(roles) == 5 and {("lead", "区财政局")} in roles.values(), roles


def test_an_auditing_office_label_names_who_does_the_step():
    """A college's 毕业离校审核 notice (b241): each step, then "审核部门:教务处" on its own line - the office checking
    the step does it."""
    path = next(CORPUS.glob("b241-*/unnamed-college-2022-graduation-leaving-audit-departments.txt"))
    roles = roles_by_task(load(path))
    assert roles["3.1"] == {("lead", "教务处")} and roles["3.2"] == {("lead", "图书馆")}, roles
    assert len(roles) == 6, sorted(roles)


def test_a_bodys_name_alone_on_its_line_over_its_duties():
    """泰州高港 放射源 职责边界 (b236, a 权责清单 page): "相关部门 / 职责分工" then "区公安分局" / "负责对放射源的安全
    保卫…" one cell a line - a name alone on its line, the next opening with its duties' verb (会同…, 分别负责…),
    heads them; "职责分工及协调配合机制" (昌邑, b239) names the duties' column, not partners."""
    path = next(CORPUS.glob("b236-*/gaogang-2015-radioactive-source-duty-boundary.txt"))
    leads = [actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"]
    assert leads == ["区公安分局", "区环保局", "区卫计委", "区商务局", "区交通分局"], leads
    path = next(CORPUS.glob("b239-*/changyi-undated-outdoor-advertising-duty-boundary.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "市规划局")} in roles.values() and {("lead", "市市场监督管理局")} in roles.values(), roles
    assert not any(role == "assist" for r in roles.values() for role, _actor in r), roles


def test_a_part_whose_clause_is_its_whole_sentence_keeps_the_sentence():
    """财政部 国土资源部 发展改革委 煤炭资源有偿使用 试点方案 (b230, one line): "(三)组织分工。…具体工作由试点省（区）
    人民政府负责。由财政部会同有关部门抓紧出台…配套措施。" - each sentence a part; a part that is its clause
    keeps the sentence as its text, and the partners' names end before 抓紧 (roles.yaml partner_stops)."""
    path = next(CORPUS.glob("b230-*/mof-mlr-ndrc-2006-coal-resource-paid-use-pilot-plan.txt"))
    result = load(path)
    parts = {t.key.split("#")[-1]: t.text for t in result.tasks if t.parent == "3"}
    assert parts["3.1"].startswith("具体工作由试点省") and parts["3.2"].startswith("由财政部会同有关部门"), parts
    assert roles_by_task(result)["3.2"] == {("lead", "财政部"), ("assist", "有关部门")}


def test_two_items_share_the_labelled_lines_under_the_second():
    """四川省扶贫和移民工作局党组 选人用人 整改方案 (b229, Word 97): "17.深入开展…" / "18.认真开展…" / "牵头领导：
    张华林" / "责任处室：机关党委" - in a plan whose items each have lines of their own, an item with none just before
    one that has them shares them."""
    path = next(CORPUS.glob("b229-*/sichuan-2014-poverty-migration-bureau-party-group-cadre-selection-*.doc"))
    roles = roles_by_task(load(path))
    assert roles["4.17"] == roles["4.18"] == {("lead", "机关党委")}, (roles.get("4.17"), roles.get("4.18"))
    text = ("一、任务\n1.做好防汛物资储备工作。\n责任单位：县应急局\n2.加强汛期值班值守。\n3.开展隐患排查整治。\n"
            "责任单位：县水利局\n")
    roles = roles_by_task(load("shared.txt", text=text))
    assert roles == {"1": {("lead", "县应急局")}, "2": {("lead", "县水利局")}, "3": {("lead", "县水利局")}}, roles


def test_a_cell_saying_who_leads_is_a_rows_not_a_header():
    """A 责任单位 column whose cell reads "市发改委牵头、市财政局配合" was taken for a new header (its words are column
    words) and the row vanished with no report; "局防控办主办、各工作组协办" (江门 卫健局 政务公开 分工, b253) is a unit
    and its role, not an office ending in 办."""
    text = ("序号 | 工作任务 | 责任单位 |\n1 | 做好疫情信息发布工作 | 市教育局 |\n"
            "2 | 做好学校消防安全检查 | 市发改委牵头、市财政局配合 |\n3 | 做好信息公开工作 | 市防控办主办、各工作组协办 |\n")
    roles = roles_by_task(load("cells.txt", text=text))
    assert roles == {"1": {("lead", "市教育局")}, "2": {("lead", "市发改委"), ("assist", "市财政局")},
                     "3": {("lead", "市防控办"), ("assist", "各工作组")}}, roles
    vocab = Vocabulary.default()
    assert vocab.is_unit_name("市政协办") and vocab.is_unit_name("市社会办") and not vocab.is_unit_name("市商务局主办")


def test_a_bureaus_own_sections_named_alone_over_a_column():
    """上高县市场监管局 双随机 计划 (b253): "检查主体 | … | 股室 | 抽查比例" - the column named 股室 holds the section
    doing each inspection; "联络股室(单位)" (应城 文旅 联合抽查, b150) names whom to contact, not who does it."""
    path = next(CORPUS.glob("b253-*/shanggao-market-regulation-2023-random-inspection-sections.txt"))
    roles = roles_by_task(load(path))
    assert roles["1"] == {("lead", "特种设备股")} and roles["7"] == {("lead", "网监股")} and len(roles) == 7, roles
    path = next(CORPUS.glob("b150-*/yingcheng-undated-culture-tourism-joint-inspection.txt"))
    actors = {actor for r in roles_by_task(load(path)).values() for _role, actor in r}
    assert "市消防救援大队" not in actors and "文旅部门" in actors, actors


def test_a_courts_own_divisions_are_units():
    """镇江经济开发区人民法院 机构设置 (b253, one line): "1.立案庭(诉讼服务中心) 主要职能:负责…" - 审判庭, 立案庭 and
    审判监督庭 end a court's divisions' names."""
    path = next(CORPUS.glob("b253-*/zhenjiang-devzone-court-2019-internal-bodies-functions.txt"))
    leads = [actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"]
    assert leads[:4] == ["立案庭", "刑事审判庭", "民事审判庭", "行政审判庭"] and len(leads) == 7, leads


def test_an_item_number_before_a_date_is_the_items():
    """A district's 八一 双拥 活动 方案 (b260): "6、7月8日,组织第十三期…" is item 6 opening with its date (not "June and
    July"); each item's closing "具体工作由X负责,Y配合。" stays its own."""
    path = next(CORPUS.glob("b260-*/unnamed-district-2016-army-day-double-support-activities.txt"))
    roles = roles_by_task(load(path))
    assert roles["6"] == {("lead", "团区委"), ("assist", "民政局")}, roles
    assert roles["7"] == {("lead", "民政局"), ("assist", "武警边防总队医院")}, roles
    text = "1、6、7月份开展汛前检查。(县水利局负责)\n2、2024年底前完成改造。(县住建局负责)\n"
    roles = roles_by_task(load("dates.txt", text=text))
    assert roles == {"1": {("lead", "县水利局")}, "2": {("lead", "县住建局")}}, roles


def test_targets_a_line_each_with_their_unit_at_the_end():
    """A district's 县域经济 考核指标 汇报 (b255): lines "人均地区生产总值:增长6%左右(…),责任单位为区发改委;" under one
    heading, one line (or one ";") a target - the label's list ends with its line (it ran into the next target's
    words, read as a unit), and the next line's label is read too."""
    path = next(CORPUS.glob("b255-*/unnamed-district-2021-county-economy-assessment-targets.txt"))
    roles = roles_by_task(load(path))
    leads = [actor for r in roles.values() for role, actor in r if role == "lead"]
    assert leads == ["区发改委", "区经信局", "区发改委", "区发改委", "区科技局", "区发改委", "区经信局"], roles
    text = ("一、考核指标\n人均地区生产总值增长6%左右。责任单位:区发改委\n规模以上工业增加值增长8%。责任单位:区经信局\n")
    leads = [actor for r in roles_by_task(load("targets.txt", text=text)).values() for role, actor in r]
    assert leads == ["区发改委", "区经信局"], leads


def test_trades_before_a_kind_of_department_name_its_departments():
    """湛河区 常务会议 (b252): "会议要求,区市场监督管理局牵头,卫健、教体、民政、住建、应急等行业主管部门密切配合,…" -
    trades before 等…部门 are departments, each as printed (卫健, not a person 卫健); a unit leading after what the
    meeting asked, with no 由, is read as one after 由. Trades with no kind after them are fields ("科技、林业、渔业")."""
    path = next(CORPUS.glob("b252-*/zhanhe-2025-district-executive-meeting-44-decisions.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "区市场监督管理局"), ("assist", "卫健"), ("assist", "教体"), ("assist", "民政"),
            ("assist", "住建"), ("assist", "应急")} in roles.values(), roles
    vocab = Vocabulary.default()
    assert unit_like("卫健、教体、民政等部门", vocab) and not unit_like("科技、林业、渔业", vocab)
    assert not vocab.is_person("卫健") and vocab.is_person("王强")


def test_a_bodys_duties_titled_then_opened_with_its_verb():
    """铁岭 城市医疗救助 (b262, a later page): "1.民政部门职责。负责…" - the name before 职责 leads (not "民政部门职责");
    漯河 精细化管理 督查 (b262): "市公安局、市建委协同市交通运输局负责…" - 协同 helps the unit after it."""
    path = next(CORPUS.glob("b262-*/tieling-undated-urban-medical-assistance-department-duties.txt"))
    leads = [actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"]
    assert leads == ["民政部门", "卫生部门", "财政部门", "劳动部门"], leads
    path = next(CORPUS.glob("b262-*/luohe-2011-city-fine-management-inspection-duties.txt"))
    roles = roles_by_task(load(path))
    assert roles["7"] == {("lead", "市交通运输局"), ("assist", "市公安局"), ("assist", "市建委")}, roles


def test_a_working_groups_lead_on_the_line_under_its_duties():
    """国务院抗震救灾总指挥部 工作组组成 (b271): "一、抢险救灾组" / "负责清理灾区现场…" / "由总参谋部牵头,公安部、…
    参加。" - the 由 line says who leads the group's item; it opens no item of its own, and the group is no unit."""
    path = next(CORPUS.glob("b271-*/national-2008-earthquake-relief-hq-working-groups.txt"))
    roles = roles_by_task(load(path))
    assert sorted(roles) == ["1", "2", "3", "4"], sorted(roles)
    assert ("lead", "总参谋部") in roles["1"] and ("assist", "公安部") in roles["1"], roles["1"]
    assert not any(actor.endswith("组") for r in roles.values() for _role, actor in r), roles


def test_an_organising_unit_label_names_who_runs_the_event():
    """永登 国庆 文化活动 (b269): "1.广场舞比赛。…" / "组织单位:县文旅局、县文化馆" / "活动时间:…" - 组织单位 is a label."""
    path = next(CORPUS.glob("b269-*/yongdeng-2024-national-day-cultural-activities.txt"))
    roles = roles_by_task(load(path))
    assert roles["1"] == {("lead", "县文旅局"), ("lead", "县文化馆")} and len(roles) == 6, roles



def test_a_forms_blank_fields_are_the_pages_furniture():
    """东华大学 防汛防台 通知 (b245): "主题:   主讲人:   地点:   时间:   组织单位:" - a notice page's empty form fields
    over the addressees' line; the empty 组织单位 label takes no list from the line below."""
    path = next(CORPUS.glob("b245-*/dhu-2015-flood-typhoon-prevention*.txt"))
    actors = {actor for r in roles_by_task(load(path)).values() for _role, actor in r}
    assert "各学院" not in actors and "基建后勤处" in actors, actors
    text = ("序号 | 工作任务 | 责任科室 | 时限 |\n1 | 规范公开行政规范性文件 | 办公室 | 年底前 |\n"
            "2 | 做好政策解读 | 各科室 | 持续推进 |\n")
    roles = roles_by_task(load("rows.txt", text=text.replace("\n", " ")))
    assert roles == {"1": {("lead", "办公室")}, "2": {("lead", "各科室")}}, roles


def test_a_numbered_field_line_belongs_to_the_item_above():
    """A middle school's 艺术节 方案 (b264): "1、开幕式和校园歌手大赛:…" / "(1)主办单位:政教处、团委、学生会" /
    "(2)主要负责人:XXX" - a sub-item that is only a field of units, its name and its units on one line, names the
    units of the item above; it is no task of its own."""
    path = next(CORPUS.glob("b264-*/unnamed-middle-school-undated-arts-festival-host-units.txt"))
    roles = roles_by_task(load(path))
    assert roles["5.1"] == {("lead", "政教处"), ("lead", "团委"), ("lead", "学生会")}, roles
    assert not any(key.count(".") > 1 for key in roles), sorted(roles)


def test_a_column_named_by_a_composed_label_and_a_drafting_unit():
    """Decision catalogues and legislative plans (b278): "序号 | 决策事项名称 | 组织承办部门 | 决策计划 完成时间" (龙华;
    组织 + 承办部门, a label the vocabulary composes) and "牵头承办单位 | 配合单位" (铁山) are unit columns; a table's
    title between two tables is no row of the first; "起草单位:" / "调研单位:" lines name who drafts a law (亳州, 乐山)."""
    assert find_columns(["序号", "决策事项名称", "组织承办部门", "完成时间"], V) == \
        ["number", "task", "responsible", "deadline"]
    assert find_columns(["序号", "决策事项名称", "牵头承办单位", "配合单位"], V) == ["number", "task", "lead", "assist"]
    path = next(CORPUS.glob("b278-*/longhua-shenzhen-2026-major-decision-catalogue.txt"))
    roles = roles_by_task(load(path))
    assert roles["10"] == {("lead", "市规划和自然资源局龙华管理局")} and "10.1" not in roles, sorted(roles)
    assert roles["8"] == {("lead", "区城管和综合执法局")}, roles
    path = next(CORPUS.glob("b278-*/bozhou-2018-npc-legislative-plan.txt"))
    roles = roles_by_task(load(path))
    assert roles["2.2"] == {("lead", "市文旅局")} and ("lead", "市城管执法局") in roles["1"], roles
    assert not any("起草单位" in actor or "调研单位" in actor for r in roles.values() for _role, actor in r), roles


def test_a_unit_cell_printed_one_name_a_line():
    """铁山区 重大行政决策事项目录 (b278), one cell a line: "1" / "共建…少儿体校" / "区文旅局" / "区教育局" / "铁投公司"
    under 序号 / 决策事项名称 / 牵头承办单位 / 配合单位 - the last unit cell runs over two lines (its names, one a line)."""
    path = next(CORPUS.glob("b278-*/tieshan-huangshi-2024-major-decision-catalogue.txt"))
    roles = roles_by_task(load(path))
    assert roles["1"] == {("lead", "区文旅局"), ("assist", "区教育局"), ("assist", "铁投公司")}, roles
    assert roles["2"] == {("lead", "区教育局"), ("assist", "区人社局"), ("assist", "区财政局")}, roles


def test_an_activity_name_column_is_the_task():
    """连云港 村居 减负 (b226) 附件3: "序号 | 开展范围 | 活动名称 | 部署机关 | 组织落实部门" - 活动名称 holds the task
    (not 开展范围's "全市"), 组织落实部门 (组织 + 落实部门) the unit."""
    path = next(CORPUS.glob("b226-*/lianyungang-2014-village-burden-reduction-draft.doc"))
    result = load(path)
    texts = {t.text for t in result.tasks}
    assert "国家生态镇" in texts and "全市" not in texts, sorted(texts)[:10]


def test_a_topic_and_a_colon_before_the_units_sentence():
    """锦尚镇 植树节 安排 (b283): "6、秩序维持:派出所、边防所负责植树节活动期间的安全保卫工作。" - a topic and a colon, then
    the sentence whose subject leads (the item was lost, with no report); "4.工作动态:本股室开展…" names no unit."""
    text = ("四、具体活动措施\n1、秩序维持:派出所、边防所负责活动期间的安全保卫工作。\n2、宣传报道:镇党政办负责联系电视台。\n"
            "3、干部驻村工作:每年县委组织部牵头对各乡镇干部选派情况进行督查。\n")
    roles = roles_by_task(load("plan.txt", text=text))
    assert roles == {"1": {("lead", "派出所"), ("lead", "边防所")}, "2": {("lead", "镇党政办")},
                     "3": {("lead", "县委组织部")}}, roles
    path = next(CORPUS.glob("b268-*/qingshen-water-undated-information-disclosure-duty-blocks.txt"))
    assert not any(actor == "本股室" for r in roles_by_task(load(path)).values() for _role, actor in r)


def test_a_label_after_what_it_is_the_label_of():
    """北海 创城曝光台 (b280): "华声小区的责任单位是市人社局 , …", "…,其责任单位为海城区政府 。" - a label after 的 / 其 and
    a copula where its colon belongs; 咸宁 巩卫 问题清单: "(主体责任:白茶村委会,监督责任:市工商局)"."""
    path = next(CORPUS.glob("b280-*/beihai-2020-civilised-city-inspection-exposure.txt"))
    leads = {actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"}
    assert {"市人社局", "海城区政府"} <= leads, leads
    path = next(CORPUS.glob("b280-*/xianning-2017-sanitary-city-consolidation-problem-list.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "白茶村委会"), ("assist", "市工商局")} in roles.values(), roles


def test_an_enumerator_or_a_request_before_the_unit():
    """A water company's news (b290): "三是安装大队要加强…" - the unit after an enumerator (一是, 二是 …), not
    "三是安装大队"; 上饶供电公司 (b282): "要求生产技术部牵头编制…" - the unit asked to lead."""
    text = "会上要求:\n1.三是安装大队要加强对安装工地的管控;\n2.四是信息中心要加强对水位的监管。\n"
    roles = roles_by_task(load("news.txt", text=text))
    assert roles == {"1": {("lead", "安装大队")}, "2": {("lead", "信息中心")}}, roles
    path = next(CORPUS.glob("b282-*/shangrao-2009-national-day-power-supply-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "生产技术部")} in roles.values(), roles


def test_trades_sharing_the_kind_printed_after_the_last():
    """宣城 垃圾分类 你问我答 (b295): "商务、供销、市场监管部门负责可回收物的…监督管理" - trades sharing the 部门 printed
    after the last ("市发改、财政部门" likewise): each a department as printed; a list of fields stays no unit."""
    assert unit_like("商务、供销、市场监管部门", V) and unit_like("市发改、财政部门", V)
    assert not unit_like("科技、林业、渔业", V)
    path = next(CORPUS.glob("b295-*/xuancheng-2020-garbage-sorting-qa-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "商务"), ("lead", "供销"), ("lead", "市场监管部门")} in roles.values(), roles


def test_a_meetings_record_asks_a_unit():
    """西北农林科技大学 动物科技学院 党政联席会议 纪要 (b291): "会议要求,党政综合办公室根据会议意见进一步修改完善后印发" -
    the unit after what the meeting asked leads, whatever its verb."""
    path = next(CORPUS.glob("b291-*/nwsuaf-animal-science-2020-joint-meeting-work-points-minutes.txt"))
    roles = roles_by_task(load(path))
    assert roles["1"] == {("lead", "党政综合办公室")} and roles["3"] == {("lead", "党政综合办公室")}, roles
    assert V.unit_opening("党政综合办公室根据学院2020年目标任务书内容进一步完善") == "党政综合办公室"
    assert V.unit_opening("市发展和改革委员会要加快") == "市发展和改革委员会"


def test_a_brackets_label_with_a_look_alike_colon_or_none():
    """合山 房地产 意见 (b308): "(责任单位∶市金融办,…)" - ∶ (U+2236, a Word file's 比 sign) is a colon; "(责任单位市财政局,
    配合单位∶市住建局、市经贸局)" - a label opening a bracket, a level's name glued to it where its colon was lost."""
    path = next(CORPUS.glob("b308-*/heshan-2022-real-estate-opinions.txt"))
    roles = roles_by_task(load(path))
    assert roles["1"] == {("lead", "市财政局"), ("assist", "市住建局"), ("assist", "市税务局"),
                          ("assist", "市经贸局")}, roles
    assert ("lead", "市金融办") in roles["3"], roles


def test_a_qa_pages_answer_mark():
    """生活垃圾分类 "你问我答" pages (宣城, 重庆, b295): "问:…?" / "答:生态环境部门负责…;" / "教育部门负责…;" - the "答:" mark
    opening the answer is taken out (noted), so that its first duty opens its line as the others do."""
    text = "问:政府各部门分别承担哪些职责?\n答:生态环境部门负责监督有害垃圾的收运处置工作;\n教育部门负责组织开展教育机构分类工作;\n"
    result = load("qa.txt", text=text)
    leads = sorted(actor for r in roles_by_task(result).values() for role, actor in r if role == "lead")
    assert leads == ["教育部门", "生态环境部门"], leads
    assert any(i.kind == "answer_marks" for i in result.issues), result.issues


def test_a_kind_of_department_as_a_sentence_of_its_own():
    """珠海 安全生产条例 宣传 duties (b311, a later page): "10.文化部门。以《珠海市安全生产条例》为重点,…" - a kind of
    department or a unit with its level, its name closed by 。, whatever words its duties open with; an act that ends as
    a unit does is no such name ("(三)建设再生资源绿色分拣中心。支持…", "(4)省级募捐指定机构。省级指定受赠机构为…")."""
    path = next(CORPUS.glob("b311-*/zhuhai-undated-safety-regulation-publicity-department-duties.txt"))
    leads = {actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"}
    assert {"文化部门", "劳动保障部门", "气象部门"} <= leads, leads
    assert V.unit_sentence("市监察局。对出现问题长期得不到解决的") is not None
    assert V.unit_sentence("建设再生资源绿色分拣中心。支持电子废弃物等") is None
    assert V.unit_sentence("省级募捐指定机构。省级指定受赠机构为四川省扶贫基金会") is None


def test_an_agent_after_what_is_to_be_done():
    """广元 人口抽样调查 notice (b313): "领导小组的日常工作和有关调查工作的具体安排由市统计局负责牵头落实;市公安局负责…" -
    the work (with its 的), then 由 and its agent: the agent leads, as the sentences after it do; a cost borne ("各项损失均由
    越权审批单位和有关企业负责") assigns nothing."""
    path = next(CORPUS.glob("b313-*/guangyuan-2005-population-sample-survey-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "市统计局")} in roles.values(), roles
    from agencygraph.loaders.prose_duties import _subject
    assert _subject("具体安排由市统计局负责牵头落实;", V) == ("市统计局", 9)
    assert _subject("项目停建发生的各项损失均由越权审批单位和有关企业负责。", V) is None


def test_bodies_then_the_one_of_them_that_leads():
    """A county's 乡镇 精神文明 考评细则 (b312): "7、统战工作…8分,由县委统战部、县政协办负责考核。此项考核由县政协办牵头并汇总"
    - the bodies of the first sentence, then the one of them that leads: the others assist; "由县委组织部负责考核" names
    县委组织部 (组织 ends a body's name there, no verb); "县人武部政工科" is a section."""
    path = next(CORPUS.glob("b312-*/unnamed-county-undated-township-civilisation-assessment-division.txt"))
    roles = roles_by_task(load(path))
    assert roles["7"] == {("lead", "县政协办"), ("assist", "县委统战部")}, roles
    assert roles["2"] == {("lead", "县委组织部")} and roles["9"] == {("lead", "县人武部政工科")}, roles
    text = "(一)开展帮扶。对各地自行确定的帮扶区域,由各地统筹资源力量进行重点帮扶。(省乡村振兴局牵头)\n"
    roles = roles_by_task(load("b.txt", text=text))
    assert roles == {"1": {("lead", "省乡村振兴局")}}, roles


def test_a_duty_heading_and_its_colon_before_the_bodies():
    """广东保监局 与 汕头分局 职责划分 (b319): "(一)分类监管" / "权责划分:省局负责对全省…" - after an item's title line,
    a topic and its colon (a heading naming duties too, when bodies and their verb follow) before the sentence."""
    path = next(CORPUS.glob("b319-*/guangdong-circ-undated-shantou-branch-duty-division-rules.txt"))
    leads = [actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"]
    assert leads.count("省局") >= 2, leads


def test_partners_named_by_their_trades():
    """湖南 农村危房改造 (b325): "民政部门会同发展改革、住房和城乡建设、财政等部门负责做好…" - the partners are departments
    named by their trades, sharing 等部门: each assists as printed (trades in roles.yaml units.trades); "省政府成立湖南省
    城市保障性住房建设…领导小组" names no unit "省政府成立湖南省城市" (保障 before 性 is no verb of duties)."""
    path = next(CORPUS.glob("b325-*/hunan-undated-rural-dilapidated-housing-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "民政部门"), ("assist", "发展改革"), ("assist", "住房和城乡建设")} <= roles["5.2.1"], roles
    assert not any("成立" in actor for r in roles.values() for _role, actor in r), roles


def test_a_bodys_duties_titled_on_a_line_of_their_own():
    """A 州 未成年人保护委员会's rules (b327): "第十三条 共青团的主要职责 充分发挥组织优势,…" - a body's name and the words
    saying its duties follow, closed by a space on a page saved as one line, or by the line's end; not "成员单位职责",
    over the members' own duties."""
    path = next(CORPUS.glob("b327-*/unnamed-prefecture-undated-minors-protection-committee-member-duties.txt"))
    assert {("lead", "共青团")} in roles_by_task(load(path)).values()
    text = "第十三条 共青团的主要职责\n充分发挥组织优势,在广大青少年中大力宣传。\n第十四条 工商局的主要职责\n查处违法经营。\n"
    roles = roles_by_task(load("r.txt", text=text))
    assert roles == {"13": {("lead", "共青团")}, "14": {("lead", "工商局")}}, roles
    text = "四、成员单位职责\n(一)县公安局:负责治安。\n(二)县财政局:负责经费。\n"
    roles = roles_by_task(load("m.txt", text=text))
    assert roles == {"1": {("lead", "县公安局")}, "2": {("lead", "县财政局")}}, roles


def test_bodies_dividing_one_sentence_by_commas():
    """武汉 禁食野生动物 通知 (b331): "园林和林业部门负责陆生野生动物…监管,农业农村部门负责水生野生动物…,市场监管部门负责…,
    交通运输、邮政管理部门负责…" - one sentence of prose, each comma's clause opened by other bodies and 负责: a task each;
    "公安机关负责…" (机关 ends a body's name) and "工商行政管理部门(市场监管部门)负责…" (its other name after it) open
    theirs too (东营 养犬管理条例, b328)."""
    path = next(CORPUS.glob("b331-*/wuhan-2020-wildlife-eating-ban-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "农业农村部门")} in roles.values() and {("lead", "市场监管部门")} in roles.values(), roles
    assert {("lead", "交通运输"), ("lead", "邮政管理部门")} in roles.values(), roles
    path = next(CORPUS.glob("b328-*/dongying-2017-dog-keeping-regulation-department-duties.txt"))
    leads = {actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"}
    assert {"公安机关", "城市管理行政执法机关", "工商行政管理部门"} <= leads, leads


def test_an_articles_paragraphs_each_opened_by_bodies():
    """滨州 停车场管理条例 (b333): "第四条 市、县（市）人民政府应当加强…" / "区人民政府负责…" / "乡镇人民政府、街道办事处应当
    协助做好…" and "第五条 城市管理部门负责…" / "自然资源规划部门负责…" / "住房城乡建设部门负责…" - in an article of a law,
    each sentence opened by bodies (a kind of department too) and 负责 or what they shall do (应当) is a part of its own."""
    path = next(CORPUS.glob("b333-*/binzhou-2021-parking-regulation-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert roles["4.1"] == {("lead", "市、县人民政府")} and roles["4.2"] == {("lead", "区人民政府")}, roles
    assert {("lead", "自然资源规划部门")} in roles.values() and {("lead", "住房城乡建设部门")} in roles.values(), roles


def test_a_news_items_owner_before_its_offices():
    """周至县供电分公司's news (b290): "该公司要求各供电所、变电站负责人要教育本单位职工…", "该公司计量所…负责自用电表计的
    安装" - the body the item is about, named by a demonstrative (roles.yaml news_owners) before what it asks or before
    its own office, is no part of the unit's name."""
    path = next(CORPUS.glob("b290-*/zhouzhi-2015-power-company-staff-electricity-use-duties.txt"))
    leads = {actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"}
    assert {"各供电所", "变电站"} <= leads and not any(a.startswith("该") for a in leads), leads



def test_a_labels_units_end_at_a_full_stop_before_a_sentence():
    """六安 民生工程 通报 (b337): "1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。" - the label's units end
    at the full stop; the report's sentence after it is no unit (a unit list may go on after a full stop only with names)."""
    path = next(CORPUS.glob("b337-*/luan-2017-livelihood-projects-july-progress.txt"))
    roles = roles_by_task(load(path))
    assert roles["1"] == {("lead", "市交通局")} and roles["6"] == {("lead", "市住建委")}, roles
    text = "二、进展\n1、农村饮水工程,牵头部门:市水利局。未完成任务的县区为舒城县。\n2、棚户区改造,牵头部门:市住建委。\n"
    assert roles_by_task(load("p.txt", text=text))["1"] == {("lead", "市水利局")}


def test_every_village_of_a_town_as_a_body():
    """A town's 非洲猪瘟 防控 方案 and its 秸秆 工作专班 (b341, b339): "各村(社区)组织人员对辖区内…开展全覆盖摸排", "各村也要成立…"
    and a member line "各村(社区):将制定的政策宣传卡…发放到农户" - every place of a level below the issuer (roles.yaml
    prose.places) is a body whose duties these are, as its offices are; "各地区、各部门要…" stays no body."""
    path = next(CORPUS.glob("b341-*/beijinggang-huarong-2021-african-swine-fever-control-measures.txt"))
    roles = roles_by_task(load(path))
    assert roles["1.1"] == {("lead", "各村")}, roles
    path = next(CORPUS.glob("b339-*/jinjing-2025-straw-utilisation-task-force-duties.txt"))
    assert {("lead", "各村")} in roles_by_task(load(path)).values()
    text = ("为做好防控工作,现通知如下。\n各村要成立防控工作小组,组织排查。\n各地区、各部门要高度重视。\n"
            "镇农业服务中心要做好技术指导。\n")
    roles = roles_by_task(load("t.txt", text=text))
    assert {("lead", "各村")} in roles.values() and {("lead", "镇农业服务中心")} in roles.values(), roles
    assert not any("各部门" in actor for r in roles.values() for _role, actor in r), roles


def test_an_office_named_by_its_work_and_ban():
    """华南师范大学汕尾校区 防汛 通知 (b338): "综合办要根据上级…要求…制定防风防汛工作方案", "综合办和学生事务管理办要做好…" - an
    office whose name ends in 办 opens a sentence of prose as a body does (units.body_name); not an act ending in 办
    ("实行跟踪督办", "一网通办")."""
    path = next(CORPUS.glob("b338-*/scnu-shanwei-2024-typhoon-yagi-flood-prevention-notice.txt"))
    roles = roles_by_task(load(path))
    assert {("lead", "综合办")} in roles.values(), roles
    assert {("lead", "综合办"), ("lead", "学生事务管理办")} in roles.values(), roles
    from agencygraph.loaders.vocabulary import Vocabulary

    vocab = Vocabulary.default()
    assert vocab.names_a_body("镇食安办") and not vocab.names_a_body("实行跟踪督办") and not vocab.names_a_body("一网通办")


def test_a_units_name_and_its_colon_over_numbered_items():
    """霍邱 民生工程 督查 通报 (b337): "(三)县农业农村局:" over "1、…卫生厕所改造项目。" / "2、新型农民培训。…" - a heading that is a
    unit's name and its colon leads the items below it, as one without the colon does; over items that each open with a
    verb of duties ("1.负责学前教育。") each is a task of its own, as under "(一)县教育局。"."""
    text = "三、职责分工\n(一)县教育局:\n1.负责学前教育。\n2.负责校园安全。\n(二)县公安局:\n1.负责治安。\n2.负责交通。\n"
    roles = roles_by_task(load("d.txt", text=text))
    assert roles == {"1.1": {("lead", "县教育局")}, "1.2": {("lead", "县教育局")}, "2.1": {("lead", "县公安局")},
                     "2.2": {("lead", "县公安局")}}, roles
    text = "一、实施情况\n(一)县教育局:\n1.学前教育促进工程。培训178人。\n2.校园安全工程。\n(二)县公安局:\n1.雪亮工程。\n2.交通工程。\n"
    roles = roles_by_task(load("p.txt", text=text))
    assert roles == {"1": {("lead", "县教育局")}, "2": {("lead", "县公安局")}}, roles


def test_a_count_before_the_kind_closing_a_list():
    """安庆 巡察整改 (b336): "市卫健委、市民政局、市农业农村局、市财政局等9家市直单位分别负责" - how many, before the kind that
    closes the list, is no part of the last name (roles.yaml units.etc)."""
    text = "一、工作安排\n1.开展专项整治。由市卫健委、市民政局、市财政局等9家市直单位分别负责。\n2.做好反馈。由市委巡察办负责。\n"
    roles = roles_by_task(load("a.txt", text=text))
    assert roles["1"] == {("lead", "市卫健委"), ("lead", "市民政局"), ("lead", "市财政局")}, roles


def test_a_laws_departments_named_by_their_trades():
    """Local laws' duty articles (b333-b335, b345): "市、县（区）人民政府公安、生态环境、交通运输…等部门在各自职责范围内做好…",
    "公安、发展和改革、市场监督管理、财政、档案管理等行政主管部门应当按照各自职责，做好…" - the trades lead their sentence, as
    printed and without the level's government printed once before them; a body joined after the list leads too
    ("…等部门和消防救援机构按照各自职责…"); the level printed once before one name is part of it ("市、县（区）人民政府水行政
    主管部门是河道采砂的主管部门，负责…"), and a unit's duty over something ("生态环境主管部门对…实施统一监督管理") opens
    its sentence."""
    path = next(CORPUS.glob("b334-*/xinyang-2019-river-sand-mining-regulation-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert roles["6.2"] == {("lead", t) for t in ("公安", "生态环境", "交通运输", "自然资源", "市场监管", "农业农村",
                                                  "应急管理")}, roles
    assert roles["6.1"] == {("lead", "市、县人民政府水行政主管部门")}, roles
    path = next(CORPUS.glob("b345-*/ningbo-2020-place-names-regulation-department-duties.txt"))
    assert {("lead", t) for t in ("公安", "发展和改革", "市场监督管理", "财政", "档案管理")} in \
        roles_by_task(load(path)).values()
    text = ("第四条 市人民政府应当加强对物业管理工作的领导。\n"
            "市、县（区）人民政府发展改革、财政、城管执法等部门和消防救援机构按照各自职责，做好物业管理相关工作。\n"
            "第五条 市生态环境主管部门对本行政区域内扬尘污染防治实施统一监督管理。\n")
    roles = roles_by_task(load("l.txt", text=text))
    assert roles["4.2"] == {("lead", t) for t in ("发展改革", "财政", "城管执法", "消防救援机构")}, roles
    assert roles["5"] == {("lead", "市生态环境主管部门")}, roles


def test_a_field_of_another_kind_ends_a_labels_units():
    """国发〔2018〕38号 (b346): "（负责部门：商务部、海关总署；适用范围：所有自贸试验区）" - a field of another kind after the
    units ends them; it is no unit."""
    path = next(CORPUS.glob("b346-*/state-council-2018-ftz-reform-innovation-measures.txt"))
    actors = {actor for r in roles_by_task(load(path)).values() for _role, actor in r}
    assert not any("适用范围" in a or "自贸试验区" in a for a in actors), actors


def test_levels_printed_once_and_a_law_bodys_charge():
    """A city's 流动人口计划生育 办法 (b347): "第六条 市、县级市、区人口和计划生育部门主管本辖区内…工作,履行下列职责:" - the
    levels printed once before one body are its name (县级市 a level as 县 is), 主管 is a verb of its duties; "公安、人力资源
    和社会保障、卫生、食品药品监督管理、工商、住房保障和房产管理等部门,在办理…时,应当…" - trades as units.trades names them."""
    path = next(CORPUS.glob("b347-*/unnamed-city-undated-floating-population-family-planning-articles.txt"))
    roles = roles_by_task(load(path))
    assert roles["6"] == {("lead", "市、县级市、区人口和计划生育部门")}, roles
    assert ("lead", "住房保障和房产管理") in roles["7.1"] and ("lead", "食品药品监督管理") in roles["7.1"], roles
    text = "一、任务\n1.做好工作。(各区、县级市人民政府负责)\n2.做好工作。(各区、县级市负责)\n"
    assert roles_by_task(load("k.txt", text=text)) == {"1": {("lead", "各区、县级市人民政府")},
                                                       "2": {("lead", "各区"), ("lead", "县级市")}}


def test_projects_named_after_the_units_that_own_them():
    """大英 民生工程 督查 通报 (b337): "但仍有县人口计生局负责的孕前优生健康检查仅完成71%,县供销社负责的规范农民专业合作社仅完成
    81.3%,…县交通运输局负责的改善乡村公路项目及县文化产业园区管委会、县住建局…、蓬莱镇、隆盛镇等单位负责的安置房建设项目进度
    滞后" - in a progress report's prose, each project named after the units that own it ("X负责的Y") is a task they lead."""
    path = next(CORPUS.glob("b337-*/daying-2014-livelihood-projects-october-inspection-notice.txt"))
    leads = [{actor for role, actor in r if role == "lead"} for r in roles_by_task(load(path)).values()]
    assert {"县人口计生局"} in leads and {"县供销社"} in leads and {"县环保局"} in leads, leads
    assert any({"县住建局", "蓬莱镇", "隆盛镇"} <= r for r in leads), leads


def test_labels_whose_colons_a_page_lost():
    """河西街道 市容环境整治 方案 (b349), a page whose punctuation was stripped: "…积极动员人人参与环境卫生整治活动责任单位各社区
    居委会、驻辖区单位、物业管理小区", "…业户垃圾清运费没有收到位责任单位环卫分公司配合单位办事处、城管中队" - labels with no
    colon closing an item, each before its units, read as if the colons were printed; not a label word used as a noun
    ("各责任单位于每季度末月20日前将…报县政府督查室", "明确牵头部门和按职责分工负责部门")."""
    path = next(CORPUS.glob("b349-*/hexi-street-undated-200-day-city-appearance-rectification.txt"))
    roles = roles_by_task(load(path))
    assert roles["3.2"] == {("lead", "环卫分公司"), ("assist", "办事处"), ("assist", "城管中队")}, roles
    text = ("一、任务\n1.做好工作。各责任单位于每季度末月20日前将完成情况报县政府督查室420室\n"
            "2.清理垃圾死角责任单位县城管局配合单位各乡镇\n")
    roles = roles_by_task(load("g.txt", text=text))
    assert roles == {"2": {("lead", "县城管局"), ("assist", "各乡镇")}}, roles


def test_a_laws_later_paragraphs_after_a_partner():
    """河源 暴雨灾害预警与响应条例 (b348): "第四条 市、县（区）人民政府负责…。" / "乡镇人民政府、街道办事处负责…。" / "村民委员会、
    居民委员会应当…配合人民政府组织村民…" - a partner named late in the article does not hide the paragraphs between
    (each a part); "应急管理部门统筹组织、指挥、协调…": a verb of duties before 组织 is no part of a body's name."""
    path = next(CORPUS.glob("b348-*/heyuan-2022-rainstorm-warning-regulation-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert roles["4.2"] == {("lead", "乡镇人民政府"), ("lead", "街道办事处")}, roles
    assert {("lead", "应急管理部门")} in roles.values(), roles


def test_a_laws_trades_after_their_own_level_and_before_yifa():
    """秀山 梅江河 条例 (b361): "第五条 自治县生态环境主管部门对…实施统一监督管理。" / "自治县发展改革、经济信息、…、市场监督管理、
    气象等部门，依法在各自职责范围内…" - an autonomous county is a level (its kind of department opens the article), trades
    closed by their kind lead before 依法 as before 按照; 焦作 北山 条例: "市、相关县市区发展和改革、…、城市绿化等有关行政主管部门，
    依据各自职责…" - a level's group ("相关县市区") before them is no unit of theirs."""
    path = next(CORPUS.glob("b361-*/xiushan-2021-meijiang-river-ecology-regulation-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert roles["5.1"] == {("lead", "自治县生态环境主管部门")}, roles
    assert {("lead", "经济信息"), ("lead", "文化旅游"), ("lead", "气象")} <= roles["5.2"], roles
    path = next(CORPUS.glob("b361-*/jiaozuo-2019-beishan-ecology-regulation-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert any({("lead", "发展和改革"), ("lead", "监察"), ("lead", "城市绿化")} <= r for r in roles.values()), roles


def test_two_governments_joined_by_huozhe():
    """烟台 森林防火条例 (b361): "县（市、区）人民政府或者乡（镇）人民政府应当与…签订森林防火责任书" - 或者 joins two bodies even
    when a one-character level and its brackets follow it (no unit "者乡人民政府")."""
    text = "第五条 县（市、区）人民政府或者乡（镇）人民政府应当与辖区内承担森林防火责任的单位签订森林防火责任书。\n"
    actors = {actor for r in roles_by_task(load("y.txt", text=text)).values() for _role, actor in r}
    assert actors and not any(a.startswith("者") for a in actors), actors
    assert any(a.startswith("乡") for a in actors), actors


def test_a_rectification_by_its_overseer_and_a_main_responsibility_label():
    """平利 双创办 巡查通报 (b356): "1、广伟商城户外宣传广告破损。" / "整改措施:由县住建局督促商户更换。" - the unit that sees the
    fix made leads it; a town's 河长制湖长制 工作安排 (b354): "牵头部门:镇水利站 协作部门:镇工业办公室,镇城建办 主体责任单位:
    各村(居)" - 主体责任单位 is a label (no unit "镇城建办主体")."""
    path = next(CORPUS.glob("b356-*/pingli-2015-city-appearance-patrol-rectification-notice.txt"))
    roles = roles_by_task(load(path))
    assert roles["1"] == {("lead", "县住建局")}, roles
    path = next(CORPUS.glob("b354-*/unnamed-town-2020-river-lake-chief-work-plan-labelled-lines.txt"))
    actors = {actor for r in roles_by_task(load(path)).values() for _role, actor in r}
    assert "镇城建办" in actors and not any(a.endswith("主体") for a in actors), actors


def test_a_heading_naming_its_lead_over_one_unnumbered_task():
    """晋政发[2008]8号 (b364): "(一)省监察厅牵头的工作" / "加强行政监察工作,…。" and "(二)省审计厅牵头的工作" / "全面加强审计
    工作。" / "协同单位:省直各部门和各市人民政府。" - a heading naming the unit that leads the work under it leads its one
    unnumbered task too, and the 协同单位 line after that task is the task's own (its heading named units), not the
    section's above ("一、孟学农省长负责的工作")."""
    path = next(CORPUS.glob("b364-*/shanxi-2008-provincial-work-report-target-responsibility-division.txt"))
    roles = list(roles_by_task(load(path)).values())
    assert {("lead", "省监察厅")} in roles, roles
    assert {("lead", "省审计厅"), ("assist", "省直各部门"), ("assist", "各市人民政府")} in roles, roles


def test_a_lines_dash_bullet_is_no_part_of_its_units_name():
    """A province's 校舍 工程 member duties (b355): "--省教育厅在做好…的基础上,牵头组织编制…" / "--省发展改革委将…" - the
    dash bullet opening each member's line ("--", "——") is no part of the unit's name as written (its provenance)."""
    text = ("三、各成员单位主要职责\n--省教育厅负责组织编制规划;会同发展改革、财政等部门提出方案。\n"
            "——省发展改革委负责将工程纳入全省规划,落实专项资金。\n")
    spellings = {a.spelling for a in load("d.txt", text=text).assignments}
    assert {"省教育厅", "省发展改革委"} <= spellings and not any(s[:1] in "-—" for s in spellings), spellings


def test_a_meetings_decision_names_its_unit_after_a_comma():
    """永康 常务会议 / 市长办公会议 纪要 (b356): "会议原则同意该实施意见,要求水务部门牵头,根据本次会议精神,…进一步修改完善后,
    提交市委常委会研究。", "会议明确:为了体现政府对…的支持,同意在经济开发区给中坚公司供地120亩,由经济开发区和国土局负责落实,
    以确保…" - in a sentence opened by a meeting's decision, a segment after a comma may make the assignment (要求 X 牵头,
    由 X 负责), even in an unnumbered paragraph."""
    path = next(CORPUS.glob("b356-*/yongkang-2011-government-executive-meeting-minutes-28.txt"))
    assert {("lead", "水务部门")} in roles_by_task(load(path)).values()
    path = next(CORPUS.glob("b356-*/yongkang-2011-mayor-office-meeting-minutes-80.txt"))
    actors = {actor for r in roles_by_task(load(path)).values() for role, actor in r if role == "lead"}
    assert {"经济开发区", "国土局"} <= actors, actors


def test_the_unit_a_task_is_mainly_for_leads_when_others_help_it():
    """河北 食品专项整治 方案 (b362): "1、以省卫生厅为主，省工商、质监、经贸、公安、供销社、出入境检验检疫、海关等部门配合，全面
    实行食品卫生监督量化分级管理" - "以X为主" leads when other units are named to help it; alone it is prose ("以企业为主,
    政府引导", "坚持以预防为主")."""
    text = ("一、工作\n1.以省卫生厅为主，省工商、质监、经贸、公安、供销社、出入境检验检疫、海关等部门配合，全面实行食品卫生监督量化"
            "分级管理。\n2.以企业为主,政府引导,做好工作。\n3.坚持以预防为主,防治结合,做好工作。\n")
    roles = roles_by_task(load("m.txt", text=text))
    assert ("lead", "省卫生厅") in roles["1"] and ("assist", "供销社") in roles["1"], roles
    assert not any(("lead", "企业") in r for r in roles.values()), roles


def test_a_law_body_that_only_helps_others_assists_them():
    """秀山 梅江河 条例 (b361): "村（居）民委员会应当协助乡镇人民政府、街道办事处做好梅江河流域水生态环境保护工作。" - in a law's
    article, bodies whose duty opens with helping named others assist them, and those others lead (the reading of the law
    batches' labellers), also when the sentence goes on with how they help ("…协助各级政府和有关部门做好宣传工作，推动…":
    b643, b644, b647 read it so; one earlier batch, b333, did not)."""
    path = next(CORPUS.glob("b361-*/xiushan-2021-meijiang-river-ecology-regulation-department-duties.txt"))
    roles = roles_by_task(load(path))
    assert roles["4.3"] == {("lead", "乡镇人民政府"), ("lead", "街道办事处"), ("assist", "村民委员会")}, roles
    text = "第七条 村（居）民委员会协助各级政府和有关部门做好宣传工作，推动村规民约，加强监督。\n"
    assert roles_by_task(load("h.txt", text=text)) == {"7": {("lead", "各级政府"), ("lead", "有关部门"),
                                                           ("assist", "村民委员会")}}


def test_a_laws_trades_with_other_names_and_a_body_of_another_kind():
    """Local laws (b367): "县级以上人民政府卫生健康、…、药品监督管理等部门以及海关等单位，在各自职责范围内负责…" (广东 艾滋病防治
    条例: the body after 以及 closes with its own 等 and kind), "交通运输、城市管理（综合行政执法）、…、应急管理等相关部门应当
    按照各自职责…" (聊城 道路交通安全条例: a trade's other name in brackets), "市、区县（自治县）发展改革、…、国土房管…等部门
    和应急工作机构依据各自职责…" (重庆 气象灾害防御条例): the trades lead."""
    leads = {}
    for stem in ("guangdong-2022-aids", "liaocheng-2021-road", "chongqing-2017-meteorological"):
        path = next(CORPUS.glob(f"b367-*/{stem}*.txt"))
        leads[stem] = [{a for role, a in r if role == "lead"} for r in roles_by_task(load(path)).values()]
    assert any({"海关", "药品监督管理", "卫生健康"} <= r for r in leads["guangdong-2022-aids"]), leads
    assert any({"城市管理", "应急管理"} <= r for r in leads["liaocheng-2021-road"]), leads
    assert any({"国土房管", "通信"} <= r for r in leads["chongqing-2017-meteorological"]), leads
    # (洛阳 湿地保护条例, b371: "发展改革、…、文化广电和旅游、卫生健康、河务等部门按照各自职责…", no level before them)
    path = next(CORPUS.glob("b371-*/luoyang-2021-wetland-protection-regulation-department-duties.txt"))
    assert any({("lead", "河务"), ("lead", "文化广电和旅游")} <= r for r in roles_by_task(load(path)).values())


def test_bodies_after_the_commas_of_a_sentence_an_act_opens():
    """A town's 镇长办公会 纪要 (b356, its officials' names masked on the page, here given back): "2、成立滑坡治理工程领导
    小组,张三镇长任组长,李四具体负责,党政办负责外围环境,社会管理办公室负责质量监督,财政所负责资金兑付。" - in an item's first
    sentence opened by an act, two or more bodies with 负责 after its commas each lead a part; not when a group opens it
    ("各单位义务植树地点都要悬挂…,镇农业服务中心负责…,镇党政办负责…", 锦尚 植树 安排: one task)."""
    text = ("三、会议强调\n2、成立滑坡治理工程领导小组,张三镇长任组长,李四具体负责,党政办负责外围环境,社会管理办公室负责质量监督,"
            "财政所负责资金兑付。\n")
    roles = roles_by_task(load("t.txt", text=text))
    assert (roles["2.1"], roles["2.2"], roles["2.3"]) == ({("lead", "党政办")}, {("lead", "社会管理办公室")},
                                                          {("lead", "财政所")}), roles


def test_a_serial_cell_printed_with_its_item_mark():
    """A key-work table copied with " | " between cells (芜湖 2025 重点工作 责任分解, b377): "(1) | 地区生产总值增长6%以上。 |
    市发展改革委 | 各县市区政府、 开发区管委会 |" - "(1)", "1.", "1、", "①" in the 序号 column are its number, not a row that lost
    its 序号; a bare "1 | 大力提振消费。 | ||" among rows numbered "(n)", naming no unit, is a sub-heading over them."""
    path = next(CORPUS.glob("b377-*/wuhu-2025-city-key-work-responsibility-table.txt"))
    result = load(path)
    roles = roles_by_task(result)
    assert roles["1"] == {("lead", "市发展改革委"), ("assist", "各县市区政府"), ("assist", "开发区管委会")}, roles
    assert {("lead", "市商务局"), ("assist", "市财政局")} <= roles["8"], roles
    assert not any(t.text.startswith("大力提振消费") for t in result.tasks)
    text = ("序号 | 任务 | 牵头单位 | 配合单位\n1. | 推进改造。 | 市住建局 | 市财政局\n2、 | 推进改革。 | 市发改委 | 市商务局\n"
            "③ | 推进开放。 | 市商务局 | 市外办\n")
    assert roles_by_task(load("t.txt", text=text)) == {"1": {("lead", "市住建局"), ("assist", "市财政局")},
                                                       "2": {("lead", "市发改委"), ("assist", "市商务局")},
                                                       "3": {("lead", "市商务局"), ("assist", "市外办")}}


def test_the_first_listed_lead_named_by_its_kind():
    """"(责任单位:团市委、市委宣传部、市教育局。排名第一位的市直部门为牵头单位,下同)" (烟发〔2021〕23号 青年发展规划, b378): a
    kind of unit between the rank and 为 still says the first listed leads."""
    text = ("二、主要任务\n1.加强青年理想信念教育。(责任单位:团市委、市委宣传部、市教育局。排名第一位的市直部门为牵头单位,下同)\n"
            "2.引领青年。(责任单位:市教育局、团市委)\n")
    assert roles_by_task(load("y.txt", text=text)) == {
        "1": {("lead", "团市委"), ("assist", "市委宣传部"), ("assist", "市教育局")},
        "2": {("lead", "市教育局"), ("assist", "团市委")}}


def test_a_glued_table_with_a_letter_spaced_header_and_its_units_after_the_task():
    """广安 养老服务 重点任务分工 (b205, a crawler's copy: the table run into one line, no separator): "序号工  作  任  务负 责 单
    位时间进度备注一、主要任务部分1各地在制订…凡新建城区和新建居住(小)区,要按照…市住房城乡规划建设局(牵头)、…" - the header's
    letter-spaced names (NBSP) are column names; a row's units are its last runs of names, joined across "(牵头)、", 和,
    等相关部门 (not "城区…", "社区服务中心" inside the task's words), and "…补贴制度市财政局(牵头)" starts at its level word."""
    path = next(CORPUS.glob("b205-*/guangan-2014-elderly-care-services-key-task-division.txt"))
    result = load(path)
    roles = roles_by_task(result)
    assert len([t for t in result.tasks if not t.has_parts]) == 43
    assert roles["34"] == {("lead", "市财政局"), ("assist", "市民政局"), ("assist", "市老龄办"),
                           ("assist", "各区市县人民政府"), ("assist", "园区管委会")}, roles["34"]
    assert {r for r in roles["3"] if r[0] == "lead"} == {("lead", "市民政局")}, roles["3"]
    assert {("assist", "市国土资源局"), ("lead", "市住房城乡规划建设局")} <= roles["1"], roles["1"]


def test_a_headings_clause_over_items_some_of_which_name_their_own():
    """三亚 景区 督查 问题清单 (b386): "一、南山风景区(责任单位:市旅文局)" over problems "1.…散养家禽。" "2.…" and "3.…(责任单位:
    市综合行政执法局崖州分局)": the heading's units are the items' that name none; where no item names units (四川 扶贫
    移民局 专项整治 通知, b216: "(三)落实项目挂包责任。(牵头领导:…主办处室:开发指导处)" over "1、…" "2、…") the heading
    stays the one task."""
    text = ("突出问题如下:\n一、南山风景区(责任单位:市旅文局)\n1.南山景区出入口沿线空地散养家禽。\n2.南山景区出口停车场宣传广告栏倾倒。\n"
            "3.南山景区出入口多家商户门前三包责任落实不到位。(责任单位:市综合行政执法局崖州分局)\n"
            "二、大小洞天风景区(责任单位:旅发集团)\n1.大小洞天景区游客中心对面石梯处窨井内烟头积存。\n2.大小洞天景区步道旁排水盖设施破损。\n")
    roles = roles_by_task(load("s.txt", text=text))
    assert roles == {"1.1": {("lead", "市旅文局")}, "1.2": {("lead", "市旅文局")},
                     "1.3": {("lead", "市综合行政执法局崖州分局")}, "2": {("lead", "旅发集团")}}, roles


def test_unit_duty_lines_under_a_heading_titled_with_duties_and_its_prose():
    """椒江 农家乐 意见 (b212): "(四)强化部门职责。明确各相关部门职责,…形成合力。" then "区农办:具体负责…" / "区财政局:负责…" -
    a numbered heading whose first sentence is a short title naming duties, prose after it, is over unit duty lines
    each an item of its own (on its own line, on the heading's line, or on a page saved as one paragraph)."""
    for text in ("(四)强化部门职责。\n明确各相关部门职责,齐抓共管,形成合力。\n区农办:具体负责农家乐产业发展的指导。\n"
                 "承担协调小组办公室职责。\n区财政局:负责专项资金的保障。\n",
                 "(四)强化部门职责。明确各相关部门职责,齐抓共管,形成合力。\n区农办:具体负责农家乐产业发展的指导。\n"
                 "区财政局:负责专项资金的保障。\n"):
        leads = sorted(a.actor for a in load("j.txt", text=text).assignments if a.role == "lead")
        assert leads == ["区农办", "区财政局"], (text, leads)
    path = next(CORPUS.glob("b212-*/jiaojiang-taizhou-2017-agritourism*.txt"))
    plain, saved = load(path), load("j.txt", text=" ".join(
        line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()))
    lead_of = lambda r: sorted(a.actor for a in r.assignments if a.role == "lead")  # noqa: E731
    assert lead_of(saved) == lead_of(plain) and len(lead_of(plain)) >= 16


def test_a_list_whose_items_open_with_bodies_and_their_duties():
    """安康学院 开学 安排 (b381): under "二、主要任务及工作要求", "2.学工部、各二级学院汇总…", "3.后勤处做好…", "4.保卫处、后勤处
    加强门禁管理…", "5.教务处、信息化处安排好…": when most items of a list open with bodies' names and a verb of their duties,
    each is those bodies' task, as under a heading naming duties."""
    path = next(CORPUS.glob("b381-*/ankang-university-2021-spring-opening-unit-tasks.txt"))
    leads = {t.number: sorted(a.actor for a in r.assignments if a.task == t.number and a.role == "lead")
             for r in [load(path)] for t in r.tasks}
    assert leads["3"] == ["后勤处"] and leads["4"] == ["保卫处", "后勤处"] and leads["5"] == ["信息化处", "教务处"], leads


def test_a_clause_on_its_own_line_after_a_sections_last_item():
    """河北 全民科学素质 实施方案 (b362): "(一)实施青少年科学素质行动。" / "1.扩大…" / "2.提高…" / "(省教育厅、省科协牵头,省委宣传部、
    团省委等部门配合)": a bracketed clause on a line of its own after a section's last item, none of whose items names a
    unit, is the section's: the section is the task (not its last item alone)."""
    text = ("二、重点任务\n(一)实施青少年科学素质行动。\n1.扩大基础教育阶段的科学素质教育。发挥学校主渠道作用。\n"
            "2.提高科技活动水平。组织开展活动。\n(省教育厅、省科协牵头,省委宣传部、团省委等部门配合)\n"
            "(二)实施农民科学素质行动。\n1.加强培训。开展培训。\n2.推进示范。建设基地。(省农业厅牵头)\n")
    result = load("k.txt", text=text)
    assert roles_by_task(result) == {
        "1": {("lead", "省教育厅"), ("lead", "省科协"), ("assist", "省委宣传部"), ("assist", "团省委")},
        "2.2": {("lead", "省农业厅")}}, roles_by_task(result)
    path = next(CORPUS.glob("b362-*/hebei-2016-public-science-literacy-plan-tasks.txt"))
    leads = roles_by_task(load(path))
    assert len(leads) == 10 and all(any(r == "lead" for r, _u in roles) for roles in leads.values()), leads


def test_a_bracket_the_copy_cut_off_at_the_items_end():
    """湖南 稳消费 措施 and 天津 政府工作报告 分工 as stored pages (b395): the page ends inside the last item's bracket,
    "…(省公安厅、省商务厅、省财政厅、省住房城乡建设厅等按职责分工" / "…(市发展改革委、市财政局、市商务局、人民": the
    units printed before the cut are the item's (the name cut in two is left out), and the cut is reported."""
    for text, units in (("一、稳定大宗消费\n(一)优化汽车购买使用管理。推进车位资源共享利用。(省公安厅、省商务厅、省财政厅等按职责分工",
                         {"省公安厅", "省商务厅", "省财政厅"}),
                        ("1.稳定外贸基本盘。粮食产量达到228.5万吨。(市发展改革委、市财政局、市商务局、人民",
                         {"市发展改革委", "市财政局", "市商务局"})):
        result = load("cut.txt", text=text)
        assert {a.actor for a in result.assignments if a.role == "lead" and a.target_label == "Task"} == units, text
        assert any(i.kind == "truncated" for i in result.issues), result.issues
    # a bracket left open with clauses of its own inside it is a typo's, not a cut: its clauses are read as they are
    roles = roles_by_task(load("open.txt", text="1.改造老旧小区(住建局牵头\n2.完成安置房主体工程(三水街道牵头)\n"))
    assert roles["2"] == {("lead", "三水街道")}, roles


def test_the_unit_a_topic_is_mainly_for_leads_when_others_help():
    """学校及周边 治安 整治 方案 (a township's, b391): "周边治安交通秩序整治以乡综治办、治安派出所为主,土地文化部门配合。" -
    a topic, then "以X为主" and units that help: X leads (as "以省卫生厅为主,工商…等部门配合" did without a topic)."""
    roles = roles_by_task(load("m.txt", text="1、开展治安排查,摸清底数。周边治安交通秩序整治以乡综治办、治安派出所为主,土地文化部门配合。\n"))
    assert roles["1"] == {("lead", "乡综治办"), ("lead", "治安派出所"), ("assist", "土地文化部门")}, roles


def test_an_organiser_column():
    """校工会 健身运动 通知 (b392): "序号 | 健身项目 | 举办时间 | 组织者 |": the 组织者 (organiser) column names the units."""
    text = ("具体如下:\n序号 | 健身项目 | 举办时间 | 组织者 |\n1 | 乒乓球院际联谊赛 | 10月 | 体育中心、工会 |\n"
            "2 | 第九套广播操比赛 | 12月 | 工会 |\n")
    assert roles_by_task(load("o.txt", text=text)) == {"1": {("lead", "体育中心"), ("lead", "工会")},
                                                       "2": {("lead", "工会")}}


def test_a_forums_copy_protection_strings_are_left_out():
    """党政办公室 会议工作规范 reposted on a forum (b392): the board prints random strings inside the text ("' ]' X) I) n/ L&
    V% F$ O4 b. L2 K 一、…", "( l9 ^3 n0 g, z& T) G9 P' ~0 q (三)…"): they are left out, so the items' numbers open their
    lines again, and the loader says so."""
    path = next(CORPUS.glob("b392-*/unnamed-university-undated-party-office-meeting-work-division.txt"))
    result = load(path)
    roles = roles_by_task(result)
    assert roles["1.1"] == {("lead", "学校成立的领导小组"), ("assist", "各相关单位")} and \
        roles["1.2"] == {("lead", "党政办公室")} and roles["2.2"] == {("lead", "政务科")}, roles
    assert any(i.kind == "jammer" for i in result.issues), result.issues


def test_river_and_forest_chiefs_are_officials():
    """贵州 河湖长制 工作要点 2025 (b400): "(责任单位:各级总河湖长、河湖长、河湖长制办公室…)": the chiefs of the 河长制 /
    林长制 systems are officials, reported as people; their offices (河湖长制办公室, 县河长办, 镇林长办公室) are units."""
    result = load("h.txt", text="1.加强管护。(责任单位:各级总河湖长、河湖长、河湖长制办公室)\n2.巡河。(县河长办牵头,各乡镇林长办配合)\n")
    assert roles_by_task(result) == {"1": {("lead", "河湖长制办公室")},
                                     "2": {("lead", "县河长办"), ("assist", "各乡镇林长办")}}, roles_by_task(result)
    assert any(i.kind == "person" and "总河湖长" in i.message for i in result.issues), result.issues


def test_a_tasks_rows_that_print_its_number_and_units_again():
    """集团总部 重点工作任务分解表 (an .xlsx, b393): each measure of a task is a row of its own that prints the task's
    序号 and its 牵头部门 / 配合部门 again: the measures are parts of one task, not tasks "1b", "1c"."""
    text = ("序号 | 重点工作 | 牵头部门 | 配合部门 | 年度工作措施\n"
            "1 | 稳定经济发展 | 财务会计部 | 各部门 | 1.及时下达年度经济目标;\n"
            "1 | 稳定经济发展 | 财务会计部 | 各部门 | 2.制定预算执行清单;\n"
            "2 | 抓好为农服务 | 农产品流通工作专班 | 各部门 | 1.抓好营收指标分解落实;\n")
    result = load("x.txt", text=text)
    parts = sorted((t.number, t.parent) for t in result.tasks if t.number.startswith("1"))
    assert parts == [("1", None), ("1.1", "1"), ("1.2", "1")], parts
    assert roles_by_task(result)["1.2"] == {("lead", "财务会计部"), ("assist", "各部门")}, roles_by_task(result)
    assert not [i for i in result.issues if i.kind == "numbering"], result.issues


def test_a_carried_group_by_the_full_name_its_clause_gave_it():
    """粤府办〔2025〕14号 (b396): "(省市场监管局、商务厅牵头负责,各地级以上市政府负责落实。以下任务均需各市落实,不再列出)":
    the statement's 各市 is the 各地级以上市政府 of the clause before it; that group assists every later task."""
    text = ("一、拓宽内销渠道\n1.落实准入政策。(省市场监管局、商务厅牵头负责,各地级以上市政府负责落实。以下任务均需各市落实,不再列出)\n"
            "2.举办内贸版广交会。(省商务厅牵头负责)\n")
    roles = roles_by_task(load("g.txt", text=text))
    assert roles["2"] == {("lead", "省商务厅"), ("assist", "各地级以上市政府")}, roles
    assert ("assist", "各市") not in roles["1"], roles


def test_a_group_led_by_the_unit_whose_head_is_its_leader():
    """龙胜 地震应急预案 (b399): "4.6.9 社会治安保障组" / "组 长:县公安局负责人" / "成员单位:县公安局、武警龙胜县中队": the unit
    whose head leads the group leads it; the other members assist (as "组 长:市地震局局长刘毅生" / "成员部门:…", 商洛)."""
    text = ("4.6.8 城市基础设施抢险与应急恢复组\n组 长:县市容局负责人\n成员单位:县市容局、县建设局、县交通局\n"
            "主要应急措施:组织力量抢排险。\n4.6.9 社会治安保障组\n组 长:县公安局负责人\n成员单位:县公安局、武警龙胜县中队\n"
            "主要应急措施:加强治安管理。\n")
    assert roles_by_task(load("l.txt", text=text)) == {
        "4.6.8": {("lead", "县市容局"), ("assist", "县建设局"), ("assist", "县交通局")},
        "4.6.9": {("lead", "县公安局"), ("assist", "武警龙胜县中队")}}


def test_a_decimal_item_whose_title_opens_like_a_measure_word():
    """"4.6.12 次生灾害防御组", "2.1 人员安置组", "3.2 项目管理": a decimal number with two dots is never a figure, and one
    with one dot is a figure only glued to its measure word ("1.2次", "2.5亿元") or spaced before money ("1.2 万元")."""
    text = "1.1 消防组(县公安局负责)\n1.2 次生灾害防御组(县发改局负责)\n1.3 人员安置组(县民政局负责)\n"
    assert sorted(roles_by_task(load("d.txt", text=text))) == ["1.1", "1.2", "1.3"]
    text = "4.6.11 消防组(县公安局负责)\n4.6.12 次生灾害防御组(县发改局负责)\n"
    assert sorted(roles_by_task(load("d.txt", text=text))) == ["4.6.11", "4.6.12"]
    text = "1.加强保障。完成投资\n1.2 万元以上。(县财政局负责)\n2.做好服务。(县商务局负责)\n"
    assert sorted(roles_by_task(load("d.txt", text=text))) == ["1", "2"]


def test_a_heading_cell_across_a_table_printed_with_pipes_on_lines_of_their_own():
    """自然资源局 政务公开 任务清单 (b404): "序號" / "|" / "工作任務" / "|" / "責任單位" / "|" / "時限" / "|" / "一、圍繞重點領域抓好
    主動公開" / "|" / "1" / "|" / …: a heading printed across the numbered table is one cell of its own, not the first of a
    row (which shifted every row after it by a cell and read nothing)."""
    path = next(CORPUS.glob("b404-*/unnamed-anhui-natural-resources-bureau-2024-openness-task-list.txt"))
    roles = roles_by_task(load(path))
    assert sorted(roles) == ["1", "2", "3", "4"], roles
    assert all(("lead", "办公室") in r and ("assist", "各科室") in r for r in roles.values()), roles


def test_a_mirrors_noise_marks_are_left_out():
    """国家发展改革委 2022年新型城镇化 重点任务 on a mirror (b404): "@@" scattered through the text, inside item numbers
    ("一@@、", "(一@@)") and unit names ("发展改革@@委@@"): left out, so the items and their clause are read."""
    text = ("一@@、提高农业转移人口市@@民化质量@@\n(一@@)持续深化户@@籍制度改革@@。放宽落户限制@@。(公安部@@、发展改革@@委@@@@等负责@@)\n"
            "(二@@)推进基本公共服务均等化@@。(教育部@@负责)\n")
    result = load("n.txt", text=text)
    assert roles_by_task(result) == {"1": {("lead", "公安部"), ("lead", "发展改革委")}, "2": {("lead", "教育部")}}, \
        roles_by_task(result)


def test_the_bench_compares_a_label_read_whole_with_the_loaders_parts():
    """A label that reads "6.18" whole (six bodies' sentences, 药事管理 意见 b390) where the loader read it in parts
    ("6.18.1" … "6.18.6"), or a task "2" whose parts "2.1" … "2.4" are its sentences (钟祥 7号令 b399): the bench
    compares the label with the union of the parts (by the loader's parent, else by number), with the part its text
    matched first; not when the label names parts of its own."""
    sys.path.insert(0, str(ROOT / "bench"))
    from loader_accuracy import loaded_triples, match_tasks

    text = ("二、公安局负责清撤住宿人员;卫健局负责留观人员的医学观察;市场监管局负责食品安全工作;各乡镇负责将密切接触者送到医学观察点。\n")
    result = load("z.txt", text=text)
    assert len([t for t in result.tasks if not t.has_parts]) > 1  # (the loader reads it in parts)
    whole = {"tasks": {"2": {"text": "公安局负责清撤住宿人员", "leads": ["公安局", "卫健局", "市场监管局", "各乡镇"]}}}
    mapping, found = match_tasks(whole, result)
    assert found == 1 and {t for t, _r, _u in loaded_triples(result, mapping)} == {"2"}, mapping
    parted = {"tasks": {"2.1": {"leads": ["公安局"]}, "2.2": {"leads": ["卫健局"]}}}
    mapping, _found = match_tasks(parted, result)
    assert mapping == {"2.1": "2.1", "2.2": "2.2"}, mapping  # (each label its own part, no union)


def test_levels_sharing_one_body_name_are_one_group():
    """医保发〔2024〕23号 (b401): "各省级、地市、县级医疗保障行政部门" is one group (the bodies of three levels), as
    "各县、区人民政府" is; not "各省级", "地市" and "县级医疗保障行政部门"."""
    roles = roles_by_task(load("v.txt", text="1.加强管理。(各省级、地市、县级医疗保障行政部门负责)\n2.做好服务。(各县、区人民政府负责)\n"))
    assert roles == {"1": {("lead", "各省级、地市、县级医疗保障行政部门")}, "2": {("lead", "各县、区人民政府")}}, roles


def test_the_signature_under_the_last_items_label_line_is_no_unit():
    """莆政办〔2017〕19号 (b401): the last item's "牵头单位：市教育局" is followed by the signature, "莆田市人民政府办公室" /
    "2017年2月13日": a short line under a label line may finish its unit list, but not when a signature's date follows."""
    for text in ("(一)加强美育。\n牵头单位：市教育局\n(二)强化督导。\n牵头单位：市文旅局\n莆田市人民政府办公室\n2017年2月13日\n",
                 "(一)加强美育。\n牵头单位：市教育局\n(二)强化督导。\n牵头单位：市文旅局\n\n莆田市人民政府办公室\n\n2017年2月13日\n"):
        roles = roles_by_task(load("p.txt", text=text))
        assert roles == {"1": {("lead", "市教育局")}, "2": {("lead", "市文旅局")}}, roles
    wrapped = roles_by_task(load("w.txt", text="(一)强化督导。\n牵头单位：市文旅局、\n市财政局\n(二)加强管理。\n牵头单位：市教育局\n"))
    assert wrapped["1"] == {("lead", "市文旅局"), ("lead", "市财政局")}, wrapped


def test_an_article_number_printed_with_spaces():
    """柳河县 重点产业 实施意见 (b406): "第19条 …" then "第 2 0 条 …", "第 2 1 条 …" (a copy that spaced out the digits):
    each is an article of its own, not a line of the one above ("第21条县财政局" read as a unit)."""
    text = ("第19条 对各乡镇招商引进的项目,由乡镇与经济开发区分配。\n"
            "第 2 0 条 成立领导小组。县商务局负责新建重点产业项目相关工作，县工信局负责技改重点产业项目相关工作。\n"
            "第 2 1 条 县财政局负责资金保障。\n")
    roles = roles_by_task(load("a.txt", text=text))
    assert roles["21"] == {("lead", "县财政局")} and ("lead", "县商务局") in roles["20"], roles


def test_the_units_before_a_bare_lists_comma_lead_where_the_document_says_so():
    """深圳市低空基础设施高质量建设方案 (b408): unit lists in brackets with no label, "（市交通运输局、南山区政府，市规划和
    自然资源局、龙华区政府。列逗号之前的为牵头单位，其他有关单位按职责分工配合，下同）": the units before each list's comma
    lead and the others assist, in that clause and every later one; "其他有关单位…配合" is the statement's, and does not
    make the whole list assist."""
    text = ("1.推进通用机场规划建设。落实布局规划。（市交通运输局、南山区政府，市规划和自然资源局、龙华区政府。"
            "列逗号之前的为牵头单位，其他有关单位按职责分工配合，下同）\n"
            "2.建设直升机起降场。开展适应性改造。（市交通运输局、各区政府，市规划和自然资源局、市卫生健康委）\n"
            "3.完善低空导航设施。（市规划和自然资源局）\n")
    roles = roles_by_task(load("plan.txt", text=text))
    assert roles == {"1": {("lead", "市交通运输局"), ("lead", "南山区政府"), ("assist", "市规划和自然资源局"),
                           ("assist", "龙华区政府")},
                     "2": {("lead", "市交通运输局"), ("lead", "各区政府"), ("assist", "市规划和自然资源局"),
                           ("assist", "市卫生健康委")},
                     "3": {("lead", "市规划和自然资源局")}}, roles
    plain = roles_by_task(load("p.txt", text="1.推进建设。（市发改委、市财政局，其他有关单位按职责分工配合）\n"))
    assert plain["1"] >= {("lead", "市发改委"), ("lead", "市财政局")}, plain  # (the others help the two)
    # the statement's list mid-item, before the item's next sentence and its own list: two parts, each read so
    two = roles_by_task(load("t.txt", text="1.推进通用机场规划建设。落实布局规划。（市交通运输局、南山区政府，市规划和自然资源局。"
                                           "列逗号之前的为牵头单位，其他有关单位按职责分工配合，下同）规划建设深汕通用机场。"
                                           "（市交通运输局、深汕特别合作区管委会，市发展改革委）\n"))
    parts = {number: units for number, units in two.items() if number != "1"}  # (the item holding its two parts)
    assert parts == {"1.1": {("lead", "市交通运输局"), ("lead", "南山区政府"), ("assist", "市规划和自然资源局")},
                     "1.2": {("lead", "市交通运输局"), ("lead", "深汕特别合作区管委会"), ("assist", "市发展改革委")}}, two
    # a name's gloss in brackets with 下同 is no clause: "各区政府（含临川区、东临新区，下同）"
    gloss = roles_by_task(load("g.txt", text="1.加大支持。各区政府（含临川区、东临新区，下同）要落实责任。（责任单位：市住建局）\n"))
    assert gloss == {"1": {("lead", "市住建局")}}, gloss


def test_a_first_listed_statement_in_the_closing_words_holds_for_the_clauses_above():
    """南京 稳经济 33条 (2023, b415): every measure ends "(责任单位:A、B、C)" and only the closing paragraph, after them
    all, says "各项举措中排序第一的责任单位为该项牵头单位": the first unit of each clause above leads, the others assist.
    A statement that clauses follow still holds only from where it stands."""
    text = ("1.加大信贷投放。支持银行扩大贷款。(责任单位:人行南京分行营管部、市地方金融监管局、市财政局)\n"
            "2.稳定外贸。支持企业参展。(责任单位:市商务局、南京海关)\n\n"
            "以上政策措施自公布之日起实施。各项举措中排序第一的责任单位为该项牵头单位,负责组织有关责任单位做好细则制订。\n")
    roles = roles_by_task(load("n.txt", text=text))
    assert roles == {"1": {("lead", "人行南京分行营管部"), ("assist", "市地方金融监管局"), ("assist", "市财政局")},
                     "2": {("lead", "市商务局"), ("assist", "南京海关")}}, roles
    later = ("1.加大信贷投放。(责任单位:市财政局、市商务局)\n"
             "2.稳定外贸。(责任单位:市商务局、南京海关。排序第一的责任单位为该项牵头单位,下同)\n"
             "3.扩大消费。(责任单位:市商务局、市文旅局)\n")
    roles = roles_by_task(load("l.txt", text=later))
    assert roles["1"] == {("lead", "市财政局"), ("lead", "市商务局")} and \
        roles["3"] == {("lead", "市商务局"), ("assist", "市文旅局")}, roles


def test_an_official_leading_a_team_is_no_unit():
    """茂林镇 走访巡逻 方案 (b414): "3.市场监督管理所、市场服务管理所。由分管领导带队负责走访辖区超市、商铺。": the item's title
    names its units; "分管领导带队" (an official leading a team) ends as a 队 does but is no unit."""
    text = ("（一）任务分工\n3.市场监督管理所、市场服务管理所。由分管领导带队负责走访辖区超市、商铺。\n"
            "4.镇乡村建设综合服务中心。由分管领导带队负责走访辖区企业、商户、小区。\n")
    roles = roles_by_task(load("m.txt", text=text))
    assert set(map(frozenset, roles.values())) == {frozenset({("lead", "市场监督管理所"), ("lead", "市场服务管理所")}),
                                                   frozenset({("lead", "镇乡村建设综合服务中心")})}, roles


def test_who_interprets_the_measures_and_a_distribution_note_assign_nothing():
    """Closing words that name a body with no task: "本措施解释权由各责任单位负责" (利辛县 住房消费 措施, b427) says
    who interprets the measures, like "本办法由X负责解释"; "(此件发至收文单位本部)" after the signature (国网审计部 通知,
    b430, a one-line copy) says who receives the document. Neither is an item's unit."""
    text = ("一、给予契税补贴。对购房者给予补贴。(责任单位:县财政局、县住建局)\n"
            "二、本措施解释权由县住建局负责,有效期为2023年9月23日至2023年12月31日。\n")
    roles = roles_by_task(load("l.txt", text=text))
    assert roles == {"1": {("lead", "县财政局"), ("lead", "县住建局")}}, roles
    one_line = ("一、做好准备。各单位要做好上线工作。二、抓好落实。各单位审计部要开展业务验证。附件:统计表国网审计部"
                "2019年12月24日(此件发至收文单位本部)\n")
    actors = {a.actor for a in load("s.txt", text=one_line).assignments}
    assert "各单位审计部" in actors and not any(a.startswith("此件") for a in actors), actors


def test_a_pdf_line_is_its_baseline_whatever_its_fonts_boxes_say():
    """浙江省委宣传部's plan (b429, the PDF as published): its CJK font's boxes are twice the type's height, its Latin
    font's are not, so "研发ＡＩ辅助修复工具" has tops 12 points apart on one baseline, and the page number "— ６ —"
    reaches out of the foot band. Lines are grouped by baseline; a page number touching the band is dropped."""
    pdf = next(CORPUS.glob("*/zhejiang-propaganda-2025-culture-ai-integration-plan.pdf"))
    result = load(str(pdf))
    texts = [t.text for t in result.tasks]
    assert any("研发 AI辅助修复工具" in t or "研发AI辅助修复工具" in t for t in texts), texts[:8]
    assert not any(re.search(r"—\s*\d+\s*—", t) for t in texts), [t for t in texts if "—" in t]
    assert not any("AI AI" in t for t in texts)


def test_a_list_of_bodies_may_give_a_body_its_second_name_in_brackets():
    """金山区 农村公路 管养 体制改革 (金府发〔2021〕2号, b434): under a heading whose lead-in names every body, the items
    "2.区政府是…的责任主体。" … "5.各镇人民政府（金山工业区管委会）是…的责任主体。" are the bodies' duties; the bracket
    gives the body its second name and it opens the item as a body all the same (half of six items would not)."""
    lead_in = ("根据原则，建立以区政府为全区农村公路管理养护责任主体，区交通委为行政主管部门，各镇人民政府（金山工业区"
               "管委会）为责任主体，区发改委、区财政局等各行业部门为配合部门的农村公路管理养护体系。")
    text = ("二、主要任务\n（一）完善农村公路管理养护体制\n" + lead_in + "\n"
            "1.建立三级农村公路路长制。设立总路长和副总路长，总路长由区长担任。\n"
            "2.区政府是本区农村公路管理养护的责任主体。全面负责本辖区内农村公路管理养护工作。\n"
            "3.区交通委是全区农村公路管理养护的行政主管部门。制定农村公路管理养护考核办法。\n"
            "4.区交通运输事业发展中心是全区农村公路的管理机构。对农村公路养护工作实施行业管理。\n"
            "5.各镇人民政府（金山工业区管委会）是各辖区乡道、村道管理养护的责任主体。负责编制年度养护计划。\n"
            "6.各行业部门职责。按照职责做好相关工作。\n")
    leads = {a.actor for a in load("j.txt", text=text).assignments if a.role == "lead"}
    assert {"区政府", "区交通委", "区交通运输事业发展中心", "各镇人民政府"} <= leads, leads


def test_a_version_number_after_a_space_is_no_item_number():
    """"互联网 ３．０交互" (浙江省委宣传部 plan, b429: its PDF's text puts a space between the Latin font's digits and the
    CJK before them): in a long paragraph a decimal after a space may open an item ("2.1 人员安置组"), but no item's
    number after a dot opens with 0; the paragraph stays one task with its clause."""
    body = ("加强面向文化智能的图形处理器芯片、全功能 ＡＩ芯片自主研发迭代，聚焦渲染卡能力突破，提升文化数字内容计算处理能力。"
            "加强面向多模态文化语义对齐的可控生成、文化内容智能感知与计算传播等关键技术研发。推进文化基因智能解码、价值数字"
            "表达、内容识别和生成智能体、情感体验、互联网 ３．０交互、ＶＲ／ＡＲ虚拟制作、可信文化数据空间等技术攻关，提升文化"
            "数字内容生成、处理、传输、显示和保护等水平。（责任单位：省委宣传部、省科技厅）")
    text = "（三）推动文化领域关键技术创新突破\n１．加快文化共性技术创新突破\n" + body + "\n"
    result = load("v.txt", text=text)
    assert [t.number for t in result.tasks] == ["3.1"], [(t.number, t.text[:20]) for t in result.tasks]
    assert roles_by_task(result)["3.1"] == {("lead", "省委宣传部"), ("lead", "省科技厅")}


def test_a_pdf_table_without_outer_sides_on_a_landscape_page():
    """浙江 高质量数据集 实施意见 送审稿 (b435, the PDF as published): its 配套细则清单 on landscape pages draws no line
    at the table's left and right ends, so 序号 and 完成时限 stand outside every cell side, and its page numbers
    sit at 88% of the shorter page. The row rules' common ends close the table; a page's own height places its
    foot; a column pointing to the body's item (对应任务 "（一）") is no task text, the document's name is."""
    pdf = next(CORPUS.glob("*/zhejiang-2026-high-quality-dataset-opinions-draft.pdf"))
    result = load(str(pdf))
    rows = {t.number: t.text for t in result.tasks if t.text.startswith(("公共数据运营授权方案", "数据产品定价指引"))}
    assert sorted(rows) == ["1", "9"], rows  # (the 序号 column read)
    assert not any(re.fullmatch(r"\s*\d{1,2}\s*", t.text) or t.text.startswith("（") for t in result.tasks)
    first = roles_by_task(result)["1"]
    assert first == {("lead", "省数据局"), ("assist", "省数据集团")}, first


def test_tables_under_the_task_table_that_assign_nothing():
    """The AI plans of 湖州 (b435) and 绍兴 (b439), PDFs: a task table (序号 | 工作任务 | … | 责任单位), then annex tables
    that task no one. 湖州's 附2, a project list of as many columns (序号 | 企业名称 | 项目名称 | 总投资（亿元） | 区县), has
    a header naming no unit column, but a header all the same: 附1's columns end there ("6.171" (亿元) is no lead).
    绍兴's 政策诉求清单 (… | 政策诉求 | 建议责任单位（省级部门）) names whom the city asks for help, not whom the plan tasks
    (its labellers, and 湖州's, 衢州's and 温州's, leave those units out)."""
    task_table = ("附1\n重点任务清单\n序号\t工作任务\t工作内容\t责任单位\t完成时限\n"
                  "1\t产业联盟成立\t谋划成立人工智能产业联盟\t市经信局\t2026年底\n"
                  "2\t目标任务动态监测\t建立目标任务动态监测与评估体系\t市经信局、市统计局\t持续推进\n")
    projects = ("附2\n湖州市重点项目清单\n序号\t企业名称\t项目名称\t总投资（亿元）\t区县\n"
                "1\t湖州鸿昇装备制造有限公司\t高端电子信息设备制造基地\t12.25\t吴兴区\n"
                "2\t美捷（湖州）智能科技有限公司\t年产100万套工业打印机芯片项目\t6.171\t新区\n")
    requests = ("附件5\n政策诉求清单\n序号\t特色赛道\t工作举措\t政策诉求\t建议责任单位（省级部门）\n"
                "1\t具身智能\t加大产业培育\t加大人工智能产业特别是具身智能赛道培育发展的指导和服务\t省经信厅\n"
                "2\t具身智能\t打造重点场景\t支持打造具身智能重点场景\t省发展改革委、省科技厅\n")
    for annex in (projects, requests):
        result = load("h.txt", text=task_table + annex)
        assert {a.actor for a in result.assignments} == {"市经信局", "市统计局"}, \
            sorted((a.task, a.actor) for a in result.assignments)


def test_the_verb_that_ends_a_bodys_name_ends_it():
    """崇明 消防安全责任制 实施细则 (沪崇府规〔2020〕2号, b434): "（六）区交通委依法督促交通领域有关单位落实…" and
    "（十二）区人力资源社会保障局指导职业培训机构对劳动者开展…": the body is named up to its first duty verb (依法,
    指导); the words after it that also end as a body does (…有关单位, 职业培训机构) are whom it acts on. A name
    that holds such a word is read whole all the same ("市、区县气象主管机构": 主管 before 机构)."""
    vocab = Vocabulary.default()
    assert vocab.duty_subject("区交通委依法督促交通领域有关单位落实消防安全主体责任。") == "区交通委"
    assert vocab.duty_subject("区人力资源社会保障局指导职业培训机构对劳动者开展消防安全培训。") == "区人力资源社会保障局"
    assert vocab.duty_subject("中共赣榆区委组织部负责干部教育培训。") == "中共赣榆区委组织部"
    text = ("第十二条 区政府工作部门还应当在各自职责范围内履行下列职责：\n"
            "（一）区发展改革委负责将消防工作纳入国民经济与社会发展规划。\n"
            "（二）区交通委依法督促交通领域有关单位落实消防安全主体责任和有关消防工作制度。\n"
            "（三）区人力资源社会保障局指导职业培训机构对劳动者开展消防安全培训。\n"
            "（四）区财政局负责对消防资金进行预算管理。\n")
    leads = {a.actor for a in load("c.txt", text=text).assignments if a.role == "lead"}
    assert leads == {"区发展改革委", "区交通委", "区人力资源社会保障局", "区财政局"}, leads


def test_bodies_in_their_own_duties_share_the_item_of_the_body_that_opens_it():
    """闵行区 限额以下小型建设工程 管理办法 (闵府规发〔2022〕6号, b437): "（一）区建管委负责全区限额以下工程的综合协调…。
    区交通委、区水务局、区房管局、区绿容局、区民防办等职能部门按照各自职责对限额以下工程建设管理工作进行指导和监督。"
    The second sentence's bodies, each in its own duties (roles.yaml own_duties), share the item with 区建管委."""
    text = ("二、职责分工\n（一）区建管委负责全区限额以下工程的综合协调与施工承发包统筹管理。区交通委、区水务局、区房管局、"
            "区绿容局、区民防办等职能部门按照各自职责对限额以下工程建设管理工作进行指导和监督。\n"
            "（二）区相关职能部门负责办理区级部门审批立项的限额以下工程相关建设管理程序。\n")
    result = load("m.txt", text=text)
    first = {(a.role, a.actor) for a in result.assignments if a.task.startswith("1")}
    assert first == {("lead", u) for u in ("区建管委", "区交通委", "区水务局", "区房管局", "区绿容局", "区民防办")}, first


def test_a_comma_leads_statement_after_the_units_is_no_unit():
    """南充 人工智能OPC 行动方案 (2026, b456): "（责任单位：市科技局、市数据局，市委网信办、中国移动南充分公司；第一个逗号前为
    牵头单位，多个牵头部门的按照职责分工负责，下同）". The statement after the units is a remark (roles.yaml comma_leads),
    not two more units: the units before the comma lead, the ones after it assist, and nothing else is read."""
    text = ("二、重点任务\n1.加大算力资源支持。扩容市级“算力券”。（责任单位：市科技局、市数据局，市委网信办、中国移动南充分公司；"
            "第一个逗号前为牵头单位，多个牵头部门的按照职责分工负责，下同）\n"
            "2.畅通数据要素供给。加快建设一体化数据管理平台。（责任单位：市数据局，市科技局）\n")
    got = {(a.task, a.role, a.actor) for a in load("n.txt", text=text).assignments}
    assert got == {("1", "lead", "市科技局"), ("1", "lead", "市数据局"), ("1", "assist", "市委网信办"),
                   ("1", "assist", "中国移动南充分公司"), ("2", "lead", "市数据局"), ("2", "assist", "市科技局")}, got


def test_a_topic_with_a_qualifier_or_a_list_before_its_colon_opens_the_sentence():
    """国网陕西省电力 先进评选方案 (2021, b449): "1.先进集体（单位）：公司工会牵头组织初评，…" — the topic before the colon
    carries a bracketed qualifier (or is a list: "劳动模范、陕电工匠："), and the sentence after it names who leads."""
    text = ("二、评选程序\n1.先进集体（单位）：市总工会牵头组织初评，市人社局审议。\n"
            "2.劳动模范、工匠：市总工会牵头组织评选推荐。\n")
    got = {(a.task, a.role, a.actor) for a in load("s.txt", text=text).assignments}
    assert ("1", "lead", "市总工会") in got and ("2", "lead", "市总工会") in got, got


def test_a_rules_pdfs_head_and_foot_set_further_in_are_dropped():
    """北京市铁路沿线安全管理规定 (第308号令, b457, the PDF as the city's portal publishes it): "北京市人民政府规章" stands 69
    points from each page's top and "北京市人民政府发布" at 90% of it, outside the 9% band, with a stray "X" between the
    foot and the text. The outermost lines repeated on most pages go; a paragraph over a page break reads on."""
    pdf = next(CORPUS.glob("*/beijing-2023-railway-line-safety-rules.pdf"))
    result = load(str(pdf))
    texts = [t.text for t in result.tasks]
    assert not any("人民政府规章" in t or "人民政府发布" in t or re.search(r"(^|[^A-Za-z])X([^A-Za-z]|$)", t)
                   for t in texts), [t for t in texts if "X" in t or "发布" in t]
    assert any("落实护路联防责任,防范和制止危害铁路沿线安全的行为" in t.replace("，", ",") for t in texts), texts[:4]


def test_a_carried_statement_without_a_unit_word_before_its_verb():
    """河北 塞罕坝 二次创业 意见 (2024, b461): "（责任单位：省委党校、省林业和草原局，机械林场,以下均含省林业和草原局、
    机械林场,不再单独列出）" — "以下均含X" with no 单位 word before 均含 (roles.yaml carry_forward) still carries X into
    every later item's units."""
    text = ("1.加强精神研究阐释。组建专家智库。（责任单位：省委党校、省林业和草原局，机械林场,以下均含省林业和草原局、机械林场,"
            "不再单独列出）\n2.打造生态文明教育基地。推出一批优秀文化精品力作。（责任单位：省委党校、省生态环境厅）\n")
    second = roles_by_task(load("h.txt", text=text))["2"]
    assert second == {("lead", "省委党校"), ("lead", "省生态环境厅"), ("assist", "省林业和草原局"), ("assist", "机械林场")}, second


def test_a_glued_list_of_documents_under_review_cuts_its_cells_at_each_documents_number():
    """衢江区司法局's 规范性文件 清理 公示 (2021, b460, as its crawler stored the text: five tables with no cell breaks):
    "序号文件名称文号清理牵头单位清理建议1衢江区人民政府关于…的通知衢江区政发〔2015〕45号区住建局继续有效2…". A title
    names bodies of its own; the document number closes it, so the unit cell starts right after the number, and a
    number inside it ("〔2016〕17号") starts no row."""
    text = ("继续有效的行政规范性文件目录（共4件）序号文件名称文号清理牵头单位清理建议"
            "1衢江区人民政府关于印发衢州市衢江区城中村搬迁改造实施办法的通知衢江区政发〔2015〕45号区住建局继续有效"
            "2衢江区人民政府关于印发衢江区政府投资项目招标投标当事人诚信管理办法的通知衢江区政发〔2016〕17号区监管办继续有效"
            "3衢江抽水蓄能电站工程建设征地搬迁安置工作实施办法衢江区政发〔2018〕30号黄坛口乡人民政府继续有效"
            "4关于激励高层次人才创业的实施意见衢江区政发〔2018〕56号区委组织部人才办继续有效\n")
    roles = roles_by_task(load("q.txt", text=text))
    assert roles == {"1": {("lead", "区住建局")}, "2": {("lead", "区监管办")}, "3": {("lead", "黄坛口乡人民政府")},
                     "4": {("lead", "区委组织部人才办")}}, roles


def test_a_ledger_with_no_unit_column_takes_its_units_from_block_rows_and_its_own_words():
    """四川省扶贫和移民工作局 办公室's monthly 工作完成情况统计表 (2015, b462, Word 97 files): 序号 | 安排部署工作（领导批示）
    内容 | 部署时间 | 安排部署源 | 完成时限 | 办理（完成）情况 | 备注, no unit column, its header names printed over two lines
    of a cell ("完成、时限"). A row of one cell "分管局领导：刘 兵  责任处室：政策法规处  4月以前：2/4" names the
    division answering for the rows under it; a row's own clause names others (and the division by its short name);
    "部署时间" 12.25 is no item number."""
    text = ("安排部署工作完成情况统计表\n"
            "序号\t安排部署工作（领导批示）内容\t部署、时间\t安排部署源\t完成、时限\t办理（完成）情况\t备注\n"
            "分管局领导：刘 兵 责任处室：政策法规处 4月以前：2/4 4月：5/9\t\t\t\t\t\t\n"
            "1\t抓紧汇编调研成果，送政策法规处汇编。\t12.25\t第24次、局党组会议\t\t正在办理\t\n"
            "2\t审议《关于进一步加强局法律顾问工作有关事项的请示》（由法规处负责办理。）\t3.30\t第10次、局长办公会议\t\t已办结\t√\n"
            "3\t做好局领导下基层调研精准扶贫工作的后续工作。（由规划处牵头，信统处、法规处配合抓落实）\t4.7\t第11次、局务会议\t\t已办结\t√\n"
            "分管局领导：刘 兵 责任处室：人事处 4月以前：4/10 4月：4/7\t\t\t\t\t\t\n"
            "1\t审议《关于2015年培训项目和经费预算方案的请示》（由人事处统筹，相关处、室、委具体承办。）\t4.20\t第13次、局长办公会议\t\t已办结。\t√\n"
            "2\t关于及时填报残疾人就业情况年报表的函\t3.30\t省残联\t\t正在办理。\t\n")
    result = load("l.txt", text=text)
    roles = {t.text[:8]: {(a.role, a.actor) for a in result.assignments if a.target == t.key} for t in result.tasks}
    assert roles["抓紧汇编调研成果"] == {("lead", "政策法规处")}, roles
    assert roles["审议《关于进一步"] == {("lead", "法规处")}, roles
    assert roles["做好局领导下基层"] == {("lead", "规划处"), ("assist", "信统处"), ("assist", "法规处")}, roles
    assert ("lead", "人事处") in roles["关于及时填报残疾"], roles
    assert not any(t.number.startswith(("12.", "3.3", "4.7", "4.2")) for t in result.tasks), \
        [t.number for t in result.tasks]


def test_a_meetings_decision_names_the_unit_acting_on_it():
    """四川省扶贫和移民工作局 局长办公会议纪要 (2014, b466): "会议议定：原则同意《…》，由信息统计处根据会议讨论意见修改完善，
    并负责抓落实。" — the unit after 由 acts on the meeting's decision (roles.yaml agent_verbs 根据会议, 按会议); not
    "由各市按程序将补贴资金拨付…", how a measure's money flows."""
    text = ("一、审议《关于审定<省扶贫移民局政务微信工作方案>的请示》\n"
            "会议议定：原则同意《关于审定<省扶贫移民局政务微信工作方案>的请示》，由信息统计处根据会议讨论意见修改完善，并负责抓落实。\n"
            "二、审议《局机关应急处突及信访维稳值班制度》\n"
            "会议议定：原则同意，由办公室按会议讨论意见修改完善后印发。\n"
            "三、规范移民工作流程\n加快推进移民政策梳理工作，尽快提交局长专题会议研究讨论。由规划处抓落实。\n")
    roles = roles_by_task(load("m.txt", text=text))
    assert roles == {"1": {("lead", "信息统计处")}, "2": {("lead", "办公室")}, "3": {("lead", "规划处")}}, roles


def test_the_item_that_says_which_listed_unit_leads():
    """静安区 生活垃圾全程分类体系 工作方案 (静绿容发〔2024〕15号, b467): "…由区绿化市容局牵头，组织区城管执法局、…等对重点
    单位分类情况进行联合检查…。（责任单位：区教育局、区卫健委、区绿化市容局、区商务委、各街镇）" — the clause marks no lead
    and the item's own words say which of its units leads: that one leads, the others assist."""
    text = ("（六）完善工作机制\n2、固化联合执法检查机制。由区绿化市容局牵头，组织区城管执法局、区教育局等对重点单位分类情况进行"
            "联合检查。（责任单位：区教育局、区卫健委、区绿化市容局、区商务委、各街镇）\n"
            "3、加强宣传。开展宣传活动。（责任单位：区教育局、区卫健委）\n")
    roles = roles_by_task(load("j.txt", text=text))
    assert roles["6.2"] == {("lead", "区绿化市容局"), ("assist", "区教育局"), ("assist", "区卫健委"),
                            ("assist", "区商务委"), ("assist", "各街镇")}, roles
    assert roles["6.3"] == {("lead", "区教育局"), ("lead", "区卫健委")}, roles


def test_glued_tables_one_after_another_under_their_titles():
    """衢江区司法局's 清理 公示 (b460) as its crawler stored it: five tables glued on one line, each after its title and its
    header again with one column more ("…继续有效&nbsp;需要修改的行政规范性文件目录（共11件）序号…清理建议清理理由1…"),
    rows counting from 1 again. A reason cell cites another document's number ("现按照衢市人社发[2021]25号文件执行"): the
    unit cell follows the first number a unit's name follows; a longer ending closes a name as its firm ending does
    ("区综合执法局继续有效")."""
    text = ("继续有效的行政规范性文件目录（共2件）序号文件名称文号清理牵头单位清理建议"
            "1衢江区人民政府办公室关于印发衢江区三改一拆行动违法建筑处理实施细则的通知衢江区政办发〔2014〕99号区综合执法局继续有效"
            "2衢江区人民政府办公室关于进一步落实和提高劳动模范待遇的通知衢江区政办发〔2004〕61号区总工会继续有效"
            "&nbsp;应予废止的行政规范性文件目录（共2件）序号文件名称文号清理牵头单位清理建议清理理由"
            "1关于切实加强被征地人员基本生活保障工作的意见衢江区政发〔2009〕50号区人力社保局应予废止现按照衢市人社发[2021]25号文件执行。"
            "2衢江区人民政府办公室关于印发衢江区城乡困难居民医疗救助实施办法的通知衢江区政办发〔2015〕106号区医保局应予废止"
            "2021年度正式实施新办法。\n")
    leads = leads_in_order(load("q.txt", text=text))
    assert leads == [["区综合执法局"], ["区总工会"], ["区人力社保局"], ["区医保局"]], leads


def test_an_items_points_in_prose_each_with_its_own_clause_are_its_parts():
    """四川省扶贫和移民工作局 2014年第14次局务会议纪要 (b466): "11.加快推进扶贫开发六项重点工作。一是尽快制定…管理办法。由扶贫
    开发指导处负责落实。二是抓紧制订…考核办法，由机关党委负责落实。…六是…，由审计稽查处负责落实。" — each point (一是, 二是 …)
    that names its own unit is a part of the item, numbered as the point is; a name holding a verb (指导) is read whole."""
    text = ("11.加快推进扶贫开发六项重点工作。一是尽快制定出台国家扶贫开发重点县退出管理办法。由扶贫开发指导处负责落实。"
            "二是抓紧制订干部驻村帮扶具体实施方案和考核办法，由机关党委负责落实。三是进一步加强督查督办工作。"
            "四是尽快完成扶贫移民资金管理办法的出台实施，由审计稽查处负责落实。\n"
            "12.做好宣传工作。由政策法规处负责落实。\n")
    result = load("m.txt", text=text)
    assert [t.number for t in result.tasks if t.has_parts] == ["11"]
    roles = {k: v for k, v in roles_by_task(result).items() if v}
    assert roles == {"11.1": {("lead", "扶贫开发指导处")}, "11.2": {("lead", "机关党委")},
                     "11.4": {("lead", "审计稽查处")}, "12": {("lead", "政策法规处")}}, roles


def test_a_legislative_plans_drafting_unit():
    """河北省人民政府2024年立法工作计划 (b477): "2.河北省民用机场管理条例（省交通运输厅起草）" — a legislative plan's
    project and, in brackets, the unit drafting it (roles.yaml verbs: 起草)."""
    text = ("一、地方性法规项目（27件）\n一类项目：省人大常委会确定需要年内提请审议的项目（9件）。\n"
            "1.京津冀居民服务“一卡通”相关立法（省人力资源社会保障厅起草）\n2.河北省民用机场管理条例（省交通运输厅起草）\n")
    roles = {k: v for k, v in roles_by_task(load("l.txt", text=text)).items() if v}
    assert sorted(roles.values(), key=str) == [{("lead", "省交通运输厅")}, {("lead", "省人力资源社会保障厅")}], roles


def test_a_duty_list_paragraph_opened_by_a_body_and_any_verb():
    """奉贤区 规范工程渣土消纳管理 实施意见 (沪奉府规〔2025〕1号, b479): under "…部门工作职责如下：" each paragraph opens with
    a department; most go on "负责…", some with another verb ("区规划资源局进行全区域空间梳理，…", "区农业农村委在耕地保护的
    前提下，…研究探索…"). Each such paragraph after a unit's duties is the next unit's item, not more of the one above."""
    text = ("六、保障机制\n为加强组织领导，本区土方消纳处置主要管理、执法部门工作职责如下：\n"
            "区绿化市容局负责本区土方处理的具体管理工作，加大批后监管。\n"
            "区规划资源局进行全区域空间梳理，会同区绿化市容局编制《渣土消纳场所专项规划》。\n"
            "区水务局负责审核涉及水面积消纳土方相关行政许可意见。\n"
            "区农业农村委在耕地保护的前提下，结合农业建设等项目，研究探索土方消纳方案。\n")
    leads = leads_in_order(load("f.txt", text=text))
    assert leads == [["区绿化市容局"], ["区规划资源局"], ["区水务局"], ["区农业农村委"]], leads


def test_a_power_and_responsibility_lists_exercising_body():
    """青浦区 农村公路管理养护 权力和责任清单 (青府办发〔2021〕32号 附件, b483), one cell a line: 序号 | 权力责任名称 | 行使主体 |
    权力责任类别 | 设定依据 | 行使层级 | 权力责任事项 — the 行使主体 column names the body exercising each power (roles.yaml
    columns: 行使主体, 实施机关, 实施部门)."""
    text = ("序号\n权力责任名称\n行使主体\n权力责任类别\n设定依据\n行使层级\n权力责任事项\n\n"
            "1\n公路的管理\n区交通行政管理部门\n管理\n《中华人民共和国公路法》第八条\n区级\n区交通行政管理部门负责县道的管理。\n\n"
            "2\n乡道、村道的相关工作\n镇人民政府\n管理\n《中华人民共和国公路法》第八条\n镇级\n镇人民政府负责乡道、村道的相关工作。\n")
    roles = roles_by_task(load("q.txt", text=text))
    assert roles == {"1": {("lead", "区交通行政管理部门")}, "2": {("lead", "镇人民政府")}}, roles


def test_a_group_cell_printed_before_its_first_number_in_a_one_cell_a_line_table():
    """静安区 城市更新行动 重点任务清单 (b467), one cell a line: 任务类型 | 序号 | 工作任务 | 推进单位, the 任务类型 cell merged
    over its group's rows and printed once, before the group's first 序号 — so at the end of the row above, after its
    units ("…、大宁集团" / "旧区改造" / "4"). It is the next row's, not the row above's units; a row printing only its
    task takes the units of the row above (merged cell)."""
    text = ("任务类型\n\n序号\n\n工作任务\n\n推进单位\n\n行动一：再造发展新极行动\n\n"
            "1\n\n推进走马塘片区规划研究\n\n区规划资源局、区商务委\n\n行动二：重塑美丽新居行动\n\n旧区改造\n\n"
            "2\n\n全面完成中心城区零星二级旧里以下房屋改造\n\n区房管局、各相关街镇\n\n旧住房更新改造\n\n"
            "3\n\n加快推进各类旧住房更新改造。\n\n“美丽家园”建设\n\n"
            "4\n\n创建一批新时代“美丽家园”示范小区。\n\n区绿化市容局\n\n公共空间优化\n\n"
            "5\n\n完成公共空间优化项目\n\n区建设管理委\n")
    leads = leads_in_order(load("j.txt", text=text))
    assert leads == [sorted(["区规划资源局", "区商务委"]), sorted(["区房管局", "各相关街镇"]),
                     sorted(["区房管局", "各相关街镇"]), ["区绿化市容局"], ["区建设管理委"]], leads


def test_a_group_of_the_cities_a_province_divides_into():
    """江西省人民政府 关于促进开发区改革和创新发展的实施意见 (赣府发〔2020〕8号, b498): "（责任单位：省商务厅，有关设区市、
    县〔区〕人民政府）" — 设区市 is a level (a city with districts), printed once before the body it shares with 县〔区〕:
    one group, not 有关设区市 and 县人民政府."""
    text = ("一、创新管理体制\n（一）推进机构改革。加强建设。（责任单位：省委编办，有关设区市、县〔区〕人民政府）\n"
            "（二）推进开放合作。加强建设。（责任单位：省商务厅，各设区市、县〔区〕人民政府）\n")
    leads = leads_in_order(load("g.txt", text=text))
    assert leads == [sorted(["省委编办", "有关设区市、县人民政府"]), sorted(["省商务厅", "各设区市、县人民政府"])], leads


def test_a_pages_link_to_its_reading_is_no_unit():
    """A government portal's article ends in a link to its reading ("相关解读：解读《关于促进3岁以下婴幼儿照护服务发展的实施
    意见》", 江西省人民政府 2020, b498): page furniture (page_chrome.yaml), not a unit and its duties."""
    text = ("二、职责分工\n省卫生健康委：负责婴幼儿照护服务的统筹协调。\n省妇联：负责参与宣传教育。\n"
            "相关解读：解读《关于促进3岁以下婴幼儿照护服务发展的实施意见》\n")
    result = load("p.txt", text=text)
    assert "相关解读" not in {a.actor for a in result.assignments}, [a.actor for a in result.assignments]
    assert leads_in_order(result) == [["省卫生健康委"], ["省妇联"]]


def test_a_duty_lists_last_paragraph_opened_by_a_long_list_of_units():
    """沈阳市 城镇房屋安全管理三项制度工作方案 (2024, b497): after "X：负责…" lines, "市发展改革委、国资委、…、法院、检察院等
    其他行业部门根据“三管三必须”要求，按照有关责任分工，负责督促落实…" — 26 names (two-character 法院 among them) before
    the duty verb: the next item, its units the list's."""
    names = "、".join(["国资委", "卫生健康委", "机关事务局", "教育局", "科技局", "工业和信息化局", "民族和宗教局", "民政局",
                      "人力资源社会保障局", "生态环境局", "交通运输局", "水务局", "商务局", "文化旅游广电局", "法院", "检察院"])
    text = ("六、职责分工\n市房产局：负责牵头三项制度组织实施。\n市公安局：负责查处妨害公务的行为。\n"
            f"市发展改革委、{names}等其他行业部门根据“三管三必须”要求，按照有关责任分工，负责督促落实房屋定期体检制度。\n"
            "七、保障措施\n")
    leads = leads_in_order(load("s.txt", text=text))
    assert len(leads) == 3 and leads[:2] == [["市房产局"], ["市公安局"]], leads
    assert len(leads[2]) == 17 and {"市发展改革委", "法院", "检察院"} <= set(leads[2]), leads[2]


def test_a_name_a_table_cell_broke_with_a_space_is_one_name():
    """江西省 2020年省大中型工业项目 调度清单 (赣府厅明〔2020〕17号, b498): a 责任单位 cell printed "井冈山经开区 管委会" — a space
    inside one name, before its body; "吉安市 交通运输局" after a place naming no body. Names parted by spaces stay parted
    ("市卫健委 市财政局")."""
    text = ("序号\t项目名称\t责任单位\n1\t建设标准厂房\t井冈山经开区 管委会\n2\t建设道路\t吉安市 交通运输局\n"
            "3\t建设医院\t市卫健委 市财政局\n")
    result = load("p.txt", text=text)
    spelled = {t.number: sorted(a.spelling for a in result.assignments if a.target == t.key) for t in result.tasks}
    assert spelled == {"1": ["井冈山经开区管委会"], "2": ["吉安市交通运输局"], "3": ["市卫健委", "市财政局"]}, spelled


def test_a_rules_article_names_the_bodies_its_subject_acts_together_with():
    """广东省 农业机械 购置补贴 目录 管理办法 (粤农〔2010〕453号, b503), articles 第N条: "省农业厅会同省财政厅、省发展改革委，
    根据…制定《目录》" — the article's subject leads, the bodies it acts together with (会同, roles.yaml partner_verbs)
    assist, also when a comma follows them."""
    text = ("第二条 省农业厅会同省财政厅、省发展改革委，根据促进我省农业结构调整的要求，制定目录。\n"
            "第三条 省农业厅会同省财政厅、省发展改革委组织专家组进行评审。\n第四条 市农业局负责组织实施。\n")
    roles = roles_by_task(load("r.txt", text=text))
    both = {("lead", "省农业厅"), ("assist", "省财政厅"), ("assist", "省发展改革委")}
    assert roles == {"2": both, "3": both, "4": {("lead", "市农业局")}}, roles


def test_a_law_names_its_partners_by_trades_after_a_level():
    """地质灾害防治条例 (国务院令第394号, b515): "国务院国土资源主管部门会同国务院建设、水利、铁路、交通等部门…",
    "…会同同级建设、水利、交通等部门…" — the level (国务院, 同级: units.trade_levels) printed once before the first trade:
    the partners assist, each trade as printed, the level left out (clauses._level_dropped: as 55 labels of the corpus
    write them, against 11, b515's among them)."""
    text = ("第十一条　国务院国土资源主管部门会同国务院建设、水利、铁路、交通等部门，依据调查结果，编制全国地质灾害防治规划。\n"
            "第十二条　县级以上地方人民政府国土资源主管部门会同同级建设、水利、交通等部门，依据调查结果，编制本行政区域的规划。\n")
    result = load("g.txt", text=text)
    spelled = {t.number: sorted((a.role, a.spelling) for a in result.assignments if a.target == t.key)
               for t in result.tasks}
    assert spelled == {
        "11": sorted([("lead", "国务院国土资源主管部门"), ("assist", "建设"), ("assist", "水利"),
                      ("assist", "铁路"), ("assist", "交通")]),
        "12": sorted([("lead", "县级以上地方人民政府国土资源主管部门"), ("assist", "建设"), ("assist", "水利"),
                      ("assist", "交通")])}, spelled


def test_a_pages_fields_are_no_unit_and_its_duties():
    """东莞市人民政府办公室 关于深化户籍制度改革的实施意见 (东府办〔2024〕13号, b520): the page's table of fields, one row a
    line ("发布机构：\\t东莞市人民政府办公室\\t成文日期：\\t2024-04-26"), is no unit (发布机构) and its duties."""
    text = ("索引号：\t11441900007330010D/2024-00438\t分类：\n发布机构：\t东莞市人民政府办公室\t成文日期：\t2024-04-26\n"
            "名称：\t东莞市人民政府办公室关于深化户籍制度改革的实施意见\n\n一、总体要求\n坚持以人民为中心。\n"
            "二、加强组织领导\n市公安局负责入户政策执行和办理工作。\n")
    result = load("d.txt", text=text)
    assert "发布机构" not in {a.actor for a in result.assignments}, [a.actor for a in result.assignments]
    assert leads_in_order(result) == [["市公安局"]]


def test_a_pages_invitation_to_follow_its_account_ends_the_document():
    """河北省人力资源和社会保障厅 portal (冀人社发〔2024〕24号, b519), a page saved as one line: the last measure's bare unit
    list "（各地有关部门，省人力资源社会保障厅、省妇联）" is followed by the site's "更多信息请关注官方微信“河北人社”"
    (page_chrome.yaml): furniture, so the list still ends its item."""
    text = ("九、维护从业人员合法权益开展规范劳动用工专项行动，依法查处违法行为，切实维护家政服务从业人员的合法权益。"
            "（各地有关部门，省人力资源社会保障厅、省总工会按职责分工负责）"
            "十、加大宣传力度各地各部门及时总结家政服务职业化建设有特色、可推广、能借鉴的好经验、好做法，发挥示范引领作用。"
            "（各地有关部门，省人力资源社会保障厅、省商务厅）"
            "十一、强化督导落实各地要高度重视，认真落实主体责任，合力推进家政服务职业化建设高质量发展。"
            "（各地有关部门，省人力资源社会保障厅、省妇联）更多信息请关注官方微信“河北人社”")
    leads = leads_in_order(load("h.txt", text=text))
    assert leads == [sorted(["各地有关部门", "省人力资源社会保障厅", "省总工会"]),
                     sorted(["各地有关部门", "省人力资源社会保障厅", "省商务厅"]),
                     sorted(["各地有关部门", "省人力资源社会保障厅", "省妇联"])], leads


def test_a_mass_organisation_named_by_its_kind_is_a_unit():
    """教育部等十一部门 加强中小学生欺凌综合治理方案 (教督〔2017〕10号, b514), 四、职责分工: "（九）共青团组织负责…",
    "（十）妇联组织负责配合有关部门…" — a party or mass organisation's bodies named by their kind (units.suffixes 团组织,
    联组织): each leads its duty, its whole name."""
    text = ("四、职责分工\n（八）人力资源社会保障部门负责指导技工学校做好学生欺凌事件的预防和处置工作。\n"
            "（九）共青团组织负责切实履行综治委预防青少年违法犯罪专项组组长单位职责。\n"
            "（十）妇联组织负责配合有关部门开展预防学生欺凌相关知识的宣传教育。\n"
            "（十一）残联组织负责积极维护残疾儿童、少年合法权益。\n")
    assert leads_in_order(load("b.txt", text=text)) == [["人力资源社会保障部门"], ["共青团组织"], ["妇联组织"],
                                                         ["残联组织"]]


def test_a_state_council_task_table_whose_rows_ran_together():
    """国务院办公厅 促进科技成果转移转化行动方案 (国办发〔2016〕28号) 附件, as a crawler kept it (b531): the header's cells
    parted by spaces, the rows run together with no separator; the 责任部门 cells name ministries by their short names
    (units.department_names), one with its national prefix, and "科技部会同有关部门" (roles.yaml together)."""
    text = ("附件　　重点任务分工及进度安排表　　序号　　重点任务　　责任部门　　时间进度"
            "1发布一批产业转型升级发展急需的科技成果包科技部会同有关部门2016年6月底前完成"
            "2建立国家科技成果信息系统科技部、财政部、中科院、工程院、自然科学基金会等2017年6月底前建成"
            "3推动军民科技成果融合转化应用国家国防科工局、工业和信息化部、财政部等持续推进"
            "4制定技术转移服务标准和规范科技部、质检总局2017年3月底前出台"
            "5依托行业龙头企业、高校、科研院所建设一批支撑实体经济发展的众创空间科技部会同有关部门持续推进\n")
    roles = roles_by_task(load("a.txt", text=text))
    assert roles == {
        "1": {("lead", "科技部"), ("assist", "有关部门")},
        "2": {("lead", n) for n in ("科技部", "财政部", "中科院", "工程院", "自然科学基金会")},
        "3": {("lead", n) for n in ("国家国防科工局", "工业和信息化部", "财政部")},
        "4": {("lead", "科技部"), ("lead", "质检总局")},
        "5": {("lead", "科技部"), ("assist", "有关部门")}}, roles


def test_a_unit_cell_naming_a_body_and_the_ones_it_works_with():
    """A task table's 责任部门 cell "科技部会同有关部门" (国办发〔2016〕28号 附件, b531), no verb after it: the body leads,
    the ones it acts together with assist; a name holding 会同 is no unit ("由项目管理人会同所在居民区党组织组织实施",
    塘桥 街道 建设项目管理 办法, b437)."""
    text = ("序号\t重点任务\t责任部门\t时间进度\n1\t发布一批科技成果包\t科技部会同有关部门\t2016年6月底前完成\n"
            "2\t建设示范区\t市科技局会同各区政府\t持续推进\n")
    assert roles_by_task(load("t.txt", text=text)) == {"1": {("lead", "科技部"), ("assist", "有关部门")},
                                                        "2": {("lead", "市科技局"), ("assist", "各区政府")}}
    text = ("（一）项目评审。听证由项目管理人会同所在居民区党组织组织实施。\n（二）项目验收。验收由区建委会同区财政局组织实施。\n")
    assert roles_by_task(load("p.txt", text=text)) == {"2": {("lead", "区建委"), ("assist", "区财政局")}}


def test_an_agent_and_the_bodies_it_acts_together_with_before_any_verb():
    """危险化学品安全管理条例 (国务院令第591号, b521): "由国务院安全生产监督管理部门会同国务院公安部门、农业主管部门确定并
    公布", "…会同国务院工业和信息化、公安、…、农业主管部门，根据…确定" — the agent after 由 leads and the bodies after its
    会同 assist, whatever verb follows them (确定, 发布: no agent_verbs), up to a comma or a word no name goes on with
    (name_breaks: "会同区信平融资担保公司报请区社会事业局…审议"); 主管 inside "农业主管部门" is no verb."""
    text = ("第四条　前款规定的数量标准，由国务院安全生产监督管理部门会同国务院公安部门、农业主管部门确定并公布。\n"
            "第五条　危险化学品目录，由国务院安全生产监督管理部门会同国务院工业和信息化、公安、民用航空、农业主管部门，"
            "根据化学品危险特性的鉴别和分类标准确定、公布。\n"
            "第六条　地质灾害预报由县级以上人民政府国土资源主管部门会同气象主管机构发布。\n"
            "第七条　代偿发生后两年仍未能全部追偿的，由经办银行会同区信平融资担保公司报请区社会事业局审议。\n")
    roles = roles_by_task(load("w.txt", text=text))
    assert roles["4"] == {("lead", "国务院安全生产监督管理部门"), ("assist", "国务院公安部门"), ("assist", "农业主管部门")}
    assert roles["5"] == {("lead", "国务院安全生产监督管理部门"), ("assist", "国务院工业和信息化"), ("assist", "公安"),
                          ("assist", "民用航空"), ("assist", "农业主管部门")}, roles["5"]
    assert roles["6"] == {("lead", "县级以上人民政府国土资源主管部门"), ("assist", "气象主管机构")}
    assert roles["7"] == {("lead", "经办银行"), ("assist", "区信平融资担保公司")}, roles["7"]


def test_a_page_kept_as_a_json_string_is_read_as_the_page():
    """上海市临港主城区人才公寓管理暂行办法 as an app keeps it (b516): the page's markup escaped inside a JSON string
    ("<p align=\\"justify\\">…<\\/p>", “ as \\u201c), copied out as text: read as the web page it holds; and
    "经临港地区开发建设管委会同意" is 管委会 and 同意, no 会同 (b536)."""
    para = '<p span=\\"\\" align=\\"justify\\" style=\\"font-size:17px\\">{}<\\/p>'
    body = "".join(para.format(t) for t in (
        "七、管理监督", "1、临港管委会负责人才公寓的统筹协调、审核备案和政策评估。",
        "2、港城集团和临港城投负责制定并实施所属区域\\u201c人才公寓日常管理细则\\u201d。",
        "3、经临港地区开发建设管委会同意，允许临港地区企业在名称中使用\\u201c临港\\u201d作为企业字号。"))
    text = '"policyTitle":"上海市临港主城区人才公寓管理暂行办法","policyContent":"' + body + '"'
    result = load("p.txt", text=text)
    assert roles_by_task(result) == {"1": {("lead", "临港管委会")}, "2": {("lead", "港城集团"), ("lead", "临港城投")}}, \
        roles_by_task(result)
    assert any("“人才公寓日常管理细则”" in t.text for t in result.tasks)


def test_a_portals_note_of_how_the_page_was_published_is_no_task_of_its_units():
    """河北省人民政府办公厅 扶持家禽业发展的实施意见 (2005, b534), the portal's page saved as one line: it ends
    "公开程序：本单位审核后公开　　责任部门：省政府办公厅秘书一处" — the office that published the page
    (page_chrome.yaml), no unit of the last item."""
    text = ("各设区市人民政府，省政府各部门：　　为保持全省家禽业持续稳定健康发展，提出如下实施意见：　　"
            "一、对家禽免疫和疫区家禽扑杀给予财政补贴　　对按规定扑杀的鸡、鸭、鹅等成禽每只补助１０元，幼禽每只补助２元。"
            "扑杀补偿所需资金由中央和地方各级财政共同负担，具体补偿办法由省财政厅会同省农业厅制定。　　"
            "二、确保养殖农户得到政策实惠　　龙头企业要履行与农户签订的合同和订单，切实保护农民的利益，因不可抗力造成合同"
            "和订单不能兑现的，要给予养禽户合理补偿。对受困企业确需裁减人员的，要按照国家有关规定支付经济补偿金或生活补助费。"
            "　　二〇〇五年十二月十五日　　公开程序：本单位审核后公开　　责任部门：省政府办公厅秘书一处")
    result = load("h.txt", text=text)
    assert "省政府办公厅秘书一处" not in {a.actor for a in result.assignments}, [a.actor for a in result.assignments]
    assert roles_by_task(result) == {"1": {("lead", "省财政厅"), ("assist", "省农业厅")}}, roles_by_task(result)


def test_every_provincial_government_is_one_group():
    """中华人民共和国防汛条例 (国务院令第86号, b538) and national opinions: "省、自治区、直辖市人民政府", "有关省、自治区、
    直辖市人民政府" — every provincial government, one group (自治区, 直辖市 are levels, printed once before the body
    they share), not 省, 自治区 and 直辖市人民政府."""
    text = ("一、加强组织领导。做好防汛工作。（各省、自治区、直辖市人民政府负责）\n"
            "二、加强保障。做好物资储备。（有关省、自治区、直辖市人民政府，国家发展改革委负责）\n")
    assert leads_in_order(load("f.txt", text=text)) == [["各省、自治区、直辖市人民政府"],
                                                        sorted(["有关省、自治区、直辖市人民政府", "国家发展改革委"])]


def test_the_laws_city_level_is_a_name_not_a_possessive():
    """Provincial regulations and licensing catalogues (冀政办 2008 下放行政许可项目目录, b550; 山东 条例 duty
    articles) name "设区的市人民政府", "设区的市、县级公安机关": its 的 is no possessive, so the subject of 负责 is read
    whole, and in a catalogue whose cells run together the 实施机关 cell starts at 设, not at 区."""
    text = ("第三条　设区的市人民政府负责本行政区域内的农村公路管理工作。\n"
            "第四条　设区的市、县级公安机关负责本行政区域内的户口管理工作。\n")
    assert roles_by_task(load("l.txt", text=text)) == {"3": {("lead", "设区的市人民政府")},
                                                      "4": {("lead", "设区的市、县级公安机关")}}
    table = ("下放设区市、县级实施的行政许可项目目录　　部门:公安部门　　序号行政许可项目名称实施机关下放依据　　"
             "1　　建筑工程消防审核和消防验收　　设区的市、县级公安消防机构　　法律：《中华人民共和国消防法》第十条"
             "2　　户口迁移审批　　县级公安机关　　法律：《中华人民共和国户口登记条例》第十条"
             "3　　往来港澳通行证核发及签注　　设区的市公安机关　　行政法规：《中国公民因私事往来香港地区或者澳门地区的"
             "暂行管理办法》第十二条4　　台湾居民定居证核发　　设区的市、县级公安机关　　行政法规：《中国公民往来台湾地区"
             "管理办法》第二十条")
    assert leads_in_order(load("t.txt", text=table))[:3] == [["设区的市、县级公安消防机构"], ["县级公安机关"],
                                                             ["设区的市公安机关"]]


def test_bodies_after_a_leads_comma_assist_whatever_they_do():
    """国家网络安全宣传周 方案 (中网办发文〔2016〕2号, b553) and town and college notices: "由中央网信办牵头，教育部、…、
    共青团中央等相关部门共同举办", "由文明办牵头，营商办、城运中心等部门参与审核项目业态准入…" — after the lead's clause
    and its comma, bodies with an assist verb (or 共同, roles.yaml joint_words) assist, whatever words follow the verb."""
    text = ("一、组织形式。国家网络安全宣传周在领导小组领导下，由中央网信办牵头，教育部、公安部、共青团中央等相关部门"
            "共同举办。\n"
            "二、项目审核。由镇文明办牵头，镇营商办、城运中心等部门参与审核项目业态准入和建设施工方案。\n"
            "三、宣传活动。由市委宣传部牵头，各有关部门积极配合做好宣传报道。\n")
    assert roles_by_task(load("n.txt", text=text)) == {
        "1": {("lead", "中央网信办"), ("assist", "教育部"), ("assist", "公安部"), ("assist", "共青团中央")},
        "2": {("lead", "镇文明办"), ("assist", "镇营商办"), ("assist", "城运中心")},
        "3": {("lead", "市委宣传部"), ("assist", "各有关部门")}}


def test_a_name_holding_a_modal_word_and_a_verb_is_a_sentence():
    """河北 成品油价格综合配套改革 opinion (2006, b555): "…宣传解释工作等，各级人民政府要认真组织各有关部门抓好落实" — the
    words before 抓好落实 are a sentence (a body, 要, what it is to do), no unit's name; "…人民政府应急管理部门" is one
    (应急: units.not_after_modal), and so are two names a space parted ("综治办 应消站")."""
    text = ("一、加强价格监管。对运输企业集约经营服务收费进行清理（省物价局负责）。\n"
            "二、此次改革涉及到的相关行业价格联动及宣传解释工作等，各级人民政府要认真组织各有关部门抓好落实。\n"
            "三、做好应急处置。（县级以上人民政府应急管理部门负责）\n")
    result = load("o.txt", text=text)
    actors = {a.actor for a in result.assignments}
    assert not any("要认真" in a for a in actors), actors
    assert {"省物价局", "县级以上人民政府应急管理部门"} <= actors, actors


def test_an_activity_list_names_one_body_an_item_whatever_it_does():
    """2022年全国推普周 主题宣传活动清单 (教语用函〔2022〕1号 附件, b558): each item opens with the ministry that does it,
    whatever its verb — "依托…开展", "举办…培训", "发挥…作用" (roles.yaml duty_verbs) as well as "组织…"."""
    text = ("附件\n主题宣传活动清单\n"
            "1.教育部、国家语委牵头组织举办全国推普周开幕式重点活动。\n"
            "2.中央宣传部依托新时代文明实践中心，开展“推普进乡村”宣传教育活动。\n"
            "3.国家民委组织全国民委系统开展主题宣传活动。\n"
            "4.文化和旅游部举办导游、解说员等行业从业人员普通话培训。\n"
            "5.广电总局发挥行业引领作用，组织全国各级广播电视媒体在推普周期间开展集中宣传。\n")
    assert leads_in_order(load("a.txt", text=text)) == [sorted(["教育部", "国家语委"]), ["中央宣传部"], ["国家民委"],
                                                         ["文化和旅游部"], ["广电总局"]]


def test_a_bodys_duties_listed_after_the_sentence_naming_it_are_its_tasks():
    """中国（河北）自由贸易试验区条例 copied without its article numbers (河北省人民政府令〔2019〕第9号, b560): "领导小组办公室
    应当履行下列职责：（一）…；（二）…" then, run on after the last item, "各片区管理委员会，应当履行以下职责：（一）…" — each
    item is a task its body leads (roles.yaml duties_of); not so under "市、区人民政府有关部门依法履行下列职责：", a kind of
    bodies whose items each name their own."""
    text = ("领导小组办公室应当履行下列职责：（一）研究拟订自贸试验区发展规划、政策措施并推动落实；（二）组织研究自贸试验区"
            "发展有关重大问题，研究提出深化改革创新的政策建议；（三）协调自贸试验区投资、贸易、金融服务、产业发展等有关"
            "工作；（四）统计发布自贸试验区相关公共信息，组织自贸试验区对外宣传、交流工作；（五）承担省人民政府交办的工作"
            "和领导小组日常工作。 各片区管理委员会，应当履行以下职责：（一）负责落实自贸试验区总体方案、实施方案和各项改革"
            "创新措施；（二）组织落实片区内产业布局和开发建设活动，协调推进重大投资项目建设；（三）依法承担承接事项的管理，"
            "做好政务服务、统计分析和重要信息发布等工作；（四）负责为企业和相关机构提供指导、咨询和服务。")
    assert leads_in_order(load("z.txt", text=text)) == [["领导小组办公室"]] * 5 + [["各片区管理委员会"]] * 4
    kinds = ("市、区人民政府有关部门依法履行下列职责：\n（一）公安机关负责电动自行车登记工作；\n"
             "（二）市场监督管理部门负责电动自行车产品质量的监督管理；\n（三）综合行政执法部门负责查处违法停放行为。\n")
    assert leads_in_order(load("k.txt", text=kinds)) == [["公安机关"], ["市场监督管理部门"], ["综合行政执法部门"]]


def test_laws_name_departments_by_their_kind_in_a_list_of_their_duties():
    """河北省消防条例's list of departments' duties copied without its article's number (b554): "（一）应急管理部门负责…；
    （二）发展和改革部门按本级人民政府规定的职责，指导…；（三）财政部门保障…" — a list of bodies (most items open with one
    and a verb of its duties) at the document's top, each named by its kind (应急管理部门, 监察机关), some after the duties
    they act by ("按…职责，"); "9月25日下午组织学生对所…" is no body (a date, then what is done)."""
    text = ("县级以上人民政府有关部门和单位应当依照下列规定，履行消防安全工作职责：\n"
            "（一）应急管理部门负责本行政区域消防安全责任制实行情况的监督管理工作；\n"
            "（二）发展和改革部门按本级人民政府规定的职责，指导消防发展规划的编制工作；\n"
            "（三）财政部门保障本级消防业务经费按财政预算及时、足额拨付；\n"
            "（四）通信部门负责保障火警专线畅通；\n"
            "（五）监察机关依法对有关部门履行消防安全工作职责的情况进行监察。\n")
    assert leads_in_order(load("x.txt", text=text)) == [["应急管理部门"], ["发展和改革部门"], ["财政部门"], ["通信部门"],
                                                        ["监察机关"]]


def test_an_article_may_open_with_a_central_bodys_name():
    """中小学生竞赛活动管理办法 (教监管厅函〔2022〕4号, b562): "第九条 中央编办负责…" opens article 9 (中央 after the
    article's number is a name's start, not "第九条中规定的", a citation); and "中央编办、民政部、市场监管总局在各自职责
    范围内配合教育部…" names three bodies, none of them "市场监管总局在各自职责范围内配合教育部" (roles.yaml own_duties)."""
    text = ("第四条 教育部负责面向中小学生的全国性竞赛活动的牵头管理工作，并委托专业机构承担具体受理、初核工作。"
            "中央编办、民政部、市场监管总局在各自职责范围内配合教育部做好相关工作。\n"
            "第八条 自2022年起，每三年组织一次申报受理和审核。受托专业机构届时将集中受理有关部门、单位、社会组织的申请。\n"
            "第九条 中央编办负责对主办单位为事业单位的登记注册情况予以确认。\n")
    result = load("c.txt", text=text)
    assert roles_by_task(result)["9"] == {("lead", "中央编办")}, roles_by_task(result)
    actors = {a.actor for a in result.assignments}
    assert not any("第九条" in a or "职责范围" in a for a in actors), actors
    assert {"中央编办", "民政部", "市场监管总局"} <= actors, actors


def test_an_emergency_plans_response_names_one_department_a_sentence_whatever_it_does():
    """河北省 气象灾害 应急 规定's response to a warning level (b569): one sentence a department, opening with its name and
    what it does — "通知…", "对…采取…", "封闭…", "启动…", after "视情况" perhaps (roles.yaml duty_verbs, duty_adverbs) as
    well as "做好…"; the level's opening sentence names an official's post, no task."""
    text = ("橙色预警响应：设区的市人民政府分管负责人负责本行政区域应急响应的组织落实，各部门和单位在黄色预警响应的基础上，"
            "做好抢险救灾各项工作。教育部门视情况通知幼儿园和中小学校调整上下学时间或者停课，避开大风时段。公安部门对高速"
            "公路通行车辆采取限速通行措施，暂停或者取消大型活动和群众集会。住房和城乡建设部门做好城区绿化树木的加固。"
            "文化和旅游部门通知关闭室外旅游景区（点），安全转移或者妥善安置滞留游客。红色预警响应：省人民政府分管负责人负责"
            "本行政区域应急响应的组织落实。公安部门封闭大风影响区域的高速公路。商务部门启动生活必需品日监测、日报告制度，"
            "指导大型商贸流通企业备足货源。")
    assert leads_in_order(load("w.txt", text=text)) == [["教育部门"], ["公安部门"], ["住房和城乡建设部门"],
                                                        ["文化和旅游部门"], ["公安部门"], ["商务部门"]]


def test_a_sentence_whose_subject_is_to_help_others_gives_them_the_lead():
    """河北省税收征管保障办法 (河北省人民政府令〔2023〕第3号, b575), its articles in sentences: "乡镇人民政府、街道办事处应当
    协助税务机关做好…" — the ones helped (税务机关) lead, the subject assists (roles.yaml helping), also after the duties it
    acts by and another verb ("应当按照各自职责，支持、协助税务机关…"); "税务机关负责…" is its own."""
    text = ("税务机关负责具体组织实施税收征管工作。县级以上人民政府有关部门应当按照各自职责，支持、协助税务机关依法开展"
            "税收征管工作。乡镇人民政府、街道办事处应当协助税务机关做好涉税数据采集、政策宣传、诉求反馈等税收征管相关工作。")
    assert [sorted(r) for r in roles_by_task(load("t.txt", text=text)).values()] == [
        [("lead", "税务机关")],
        [("assist", "县级以上人民政府有关部门"), ("lead", "税务机关")],
        [("assist", "乡镇人民政府"), ("assist", "街道办事处"), ("lead", "税务机关")]]


def test_a_kind_of_body_named_by_words_of_its_own_leads_the_work_listed_below_it():
    """河北省市级961890群众服务热线工作细则 第九条 (b582): "各市群众服务热线工作机构主要承担下列工作：（一）…" — 主要承担下列
    工作 says whose the items are (roles.yaml duties_of), and 各市…机构 is a kind of body its own words name (群众服务热线工作),
    unlike "县级以上人民政府有关部门应当履行下列职责：" whose items name their own departments."""
    roles = roles_by_task(load(CORPUS / "b582" / "hebei-2017-961890-hotline-duty-articles.txt"))
    assert [roles.get(f"9.{k}") for k in range(1, 11)] == [{("lead", "各市群众服务热线工作机构")}] * 10, roles
    kinds = ("县级以上人民政府有关部门应当履行下列职责：\n（一）公安机关负责电动自行车登记工作；\n"
             "（二）市场监督管理部门负责电动自行车产品质量的监督管理。\n")
    assert leads_in_order(load("k.txt", text=kinds)) == [["公安机关"], ["市场监督管理部门"]]


def test_a_heading_of_requirements_over_items_opening_with_verbs_names_no_body():
    """河北省保卫管理员职业技能等级认定实施方案 (冀公治〔2024〕450号, b571): "七、有关要求" over "（一）强化组织领导。…（二）
    强化协作配合。…" — 有关 opens it as it opens a group's name, but 有关要求 names no body: its items are not its duties
    (as "(三十六)质监部门。" over "1.依法对锅炉…" are)."""
    result = load(CORPUS / "b571" / "hebei-police-hrss-2024-security-officer-skill-certification-plan.txt")
    actors = {a.actor for a in result.assignments}
    assert "有关要求" not in actors and {"公安机关", "人社部门", "社会评价机构"} <= actors, actors


def test_the_departments_concerned_that_a_unit_works_together_with_assist():
    """"会同有关部门做好监督检查工作" (重庆 非法营运 专项整治 部门职责, b246; 国发 opinions, 河北 plans): the departments
    concerned, a group, are the partners 会同 names (roles.yaml together), so they assist; a kind of body a unit only
    helps ("配合当地公安部门…", roles.yaml vague_partners) still does not."""
    text = ("三、职责分工\n监察部门：负责专项整治工作的行政效能监察，会同有关部门做好监督检查工作。\n"
            "财政部门：负责专项整治工作的专项经费保障。\n民政部门：负责受灾群众生活救助，配合当地公安部门维护灾区秩序。\n")
    assert [sorted(r) for r in roles_by_task(load("p.txt", text=text)).values()] == [
        [("assist", "有关部门"), ("lead", "监察部门")], [("lead", "财政部门")], [("lead", "民政部门")]]


def test_its_departments_after_a_government_are_the_departments_concerned():
    """"县级以上人民政府及其有关部门应当…" (laws: 重庆 烟花爆竹条例, 山东 特种设备 and 环境保护条例, b335, b518, b522):
    其 (its) joins the two names, so the second is 有关部门, not "其有关部门"; "及其他有关部门" keeps 其他 (other)."""
    text = ("第四条 县级以上人民政府及其有关部门应当加强烟花爆竹安全管理工作。\n"
            "第五条 各级人民政府及其他有关部门应当做好安全宣传教育工作。\n")
    assert leads_in_order(load("q.txt", text=text)) == [["县级以上人民政府", "有关部门"], ["其他有关部门", "各级人民政府"]]


def test_a_local_laws_own_short_names_beside_known_trades_are_departments_too():
    """"发展改革、财政、规划、国土、人力社保、民政、公安…等部门按照各自职责，做好…" (北京 院前医疗急救服务条例, b606; 嘉兴,
    阳江 条例, b608): a law names its departments by trades, some in its own short words (人力社保, 地方金融监管,
    城管综合执法); beside known trades, opening with one, they are departments as printed and the paragraph is theirs.
    A list opening with a verb is not ("需要发展改革、科学技术等部门")."""
    text = ("第六条 市卫生行政部门主管本市院前医疗急救服务工作。\n\n"
            "区卫生行政部门负责本行政区域内院前医疗急救服务的监督管理工作。\n\n"
            "发展改革、财政、人力社保、公安、通信管理等部门按照各自职责，做好院前医疗急救服务相关工作。\n")
    assert leads_in_order(load("r.txt", text=text)) == [
        ["市卫生行政部门"], ["区卫生行政部门"], sorted(["发展改革", "财政", "人力社保", "公安", "通信管理"])]
    assert V.listed_trades("公安、地方金融监管等部门") == {"公安", "地方金融监管"}
    assert "需要发展改革" not in V.listed_trades("需要发展改革、科学技术、民政等部门")


def test_a_laws_management_body_and_a_named_places_trades_open_paragraphs_of_their_own():
    """安阳 红旗渠保护条例 第八条 (b607): "红旗渠保护管理机构负责…" — a law's kind of public body (…管理机构, roles.yaml
    heading_body_name) — and "林州市水利、公安…等行政部门在各自职责范围内，负责…" — trades after a place's name, not a
    level's — each open a paragraph of their own after the 主管 department's; "规划国土" and "城市管理综合行政执法" are
    two trades run together (北京 河湖保护管理条例, b606)."""
    text = ("第八条 林州市文物行政部门主管红旗渠保护管理和监督工作。\n\n"
            "红旗渠保护管理机构负责红旗渠保护管理的具体工作。\n\n"
            "林州市水利、公安、旅游、发改等行政部门在各自职责范围内，负责红旗渠的保护工作。\n\n"
            "林州市乡镇人民政府负责本辖区内红旗渠的保护管理工作。\n")
    assert leads_in_order(load("s.txt", text=text)) == [
        ["林州市文物行政部门"], ["红旗渠保护管理机构"], sorted(["水利", "公安", "旅游", "发改"]), ["林州市乡镇人民政府"]]
    assert {"规划国土", "城市管理综合行政执法"} <= V.listed_trades("财政、规划国土、城市管理综合行政执法等有关部门")


def test_who_guides_a_unit_between_its_name_and_its_verb_leaves_the_duty_its_own():
    """"区卫生计生行政部门在区人民政府的统一领导和市卫生计生行政部门的业务指导下，依法对…进行监督管理" (北京 院前医疗急救
    服务条例, b606), "县（市、区）城市绿化行政主管部门在市城市绿化行政主管部门的指导下，负责…" (新乡 城市绿化条例, b333):
    the bodies that lead or guide it (roles.yaml guided_by) stand between the unit and its verb; the paragraph is the
    unit's, and 指导 inside is no verb of its duties."""
    text = ("第四条 市城市绿化行政主管部门负责本市城市绿化工作。\n\n"
            "县（市、区）城市绿化行政主管部门在市城市绿化行政主管部门的指导下，负责本行政区域内的城市绿化工作。\n\n"
            "区卫生计生行政部门在区人民政府的统一领导和市卫生计生行政部门的业务指导下，依法对本行政区域内的院前医疗急救服务活动"
            "进行监督管理。\n")
    assert leads_in_order(load("t.txt", text=text)) == [
        ["市城市绿化行政主管部门"], ["县城市绿化行政主管部门"], ["区卫生计生行政部门"]]


def test_a_laws_trades_with_no_etc_and_its_departments_and_units_are_read_as_trades():
    """Three more ways a law lists its departments by trade: the kind after the last with no 等, one of the trades a
    short name of the law's own ("公安、农业、药品监督、安全生产监督管理部门按照各自职责负责…", 杭州 饮用水水源保护条例, b608);
    an older law's planning and economic commissions ("计划、经济、财政…等行政主管部门"); and "…等部门和单位，在各自职责范围内
    协同做好…" (郑州 社会急救医疗条例, b607)."""
    text = ("第九条 市有关部门按照下列职责分工，做好饮用水源保护工作：\n"
            "（一）公安、农业、药品监督、安全生产监督管理部门按照各自职责负责危险化学品的安全管理；\n"
            "（二）计划、经济、财政、工商、旅游等行政主管部门，应当按照各自职责，调整产业结构。\n"
            "第十条 财政、公安、食品药品监督、消防、通信等部门和单位，在各自职责范围内协同做好社会急救医疗工作。\n")
    assert leads_in_order(load("u.txt", text=text)) == [
        sorted(["公安", "农业", "药品监督", "安全生产监督管理部门"]), sorted(["计划", "经济", "财政", "工商", "旅游"]),
        sorted(["财政", "公安", "食品药品监督", "消防", "通信"])]


def test_a_citys_and_its_districts_and_counties_government_is_one_group():
    """北京 精神卫生条例 第五条 (b619): "市和区、县人民政府统一组织领导…" names one group (the levels joined by 和 and 、
    share the body after them; 统一 is how it leads, roles.yaml duty_adverbs), and "民政、公安…、劳动和社会保障等行政部门和
    街道办事处、乡镇人民政府，应当在各自的职责范围内做好…" joins full bodies' names after the trades."""
    text = ("第五条 市和区、县人民政府统一组织领导本行政区域内的精神卫生工作。\n\n"
            "市和区、县卫生行政部门是精神卫生工作的主管部门，负责组织制定和实施精神卫生工作规划。\n\n"
            "民政、公安、财政、人事、劳动和社会保障等行政部门和街道办事处、乡镇人民政府，应当在各自的职责范围内做好精神卫生"
            "相关工作。\n")
    assert leads_in_order(load("v.txt", text=text)) == [
        ["市和区、县人民政府"], ["市和区、县卫生行政部门"],
        sorted(["民政", "公安", "财政", "人事", "劳动和社会保障", "街道办事处", "乡镇人民政府"])]


def test_a_list_of_trades_may_open_with_the_laws_own_short_name_or_end_without_etc():
    """上海 中华鲟保护管理条例 and 家政服务条例 (b620): "规划资源、住房建设、生态环境、水务（海洋）…等部门按照各自职责，共同做好…"
    opens with a short name of the law's own among three trades or more; 北京 危险废物污染环境防治条例 (b619): "市、区交通、
    卫生健康、城市管理主管部门依据…各自职责，分别对…" has no 等, the kind after the last. A verb before a trade opens no
    such list ("需要发展改革、科学技术…")."""
    text = ("第四条 规划资源、住房建设、生态环境、水务（海洋）、交通、公安等部门按照各自职责，共同做好本市中华鲟保护管理相关工作。\n"
            "第五条 市、区交通、卫生健康、城市管理主管部门依据法律、法规和各自职责，分别对危险废物实施监督管理。\n")
    assert leads_in_order(load("w.txt", text=text)) == [
        sorted(["规划资源", "住房建设", "生态环境", "水务", "交通", "公安"]),
        sorted(["交通", "卫生健康", "城市管理主管部门"])]
    assert "需要发展改革" not in V.listed_trades("需要发展改革、科学技术、民政、公安等部门")


def test_a_body_named_by_where_it_is_keeps_its_place_in_its_name():
    """嘉兴 大运河遗产保护条例 第四条 (b624): "大运河遗产所在地的县级人民政府负责…" — the body is named by where it is, 的
    and all (textnorm.NAME_CHAR); "…所在地的镇人民政府、街道办事处应当协助做好…" likewise."""
    text = ("第四条 市人民政府应当加强对大运河遗产保护的组织领导。\n\n"
            "大运河遗产所在地的县级人民政府负责本行政区域内的大运河遗产保护。\n\n"
            "大运河遗产所在地的镇人民政府、街道办事处应当协助做好大运河遗产的保护工作。\n")
    assert leads_in_order(load("x.txt", text=text)) == [
        ["市人民政府"], ["大运河遗产所在地的县级人民政府"], ["大运河遗产所在地的镇人民政府", "街道办事处"]]


def test_a_body_named_through_the_one_it_belongs_to_or_that_set_it_up():
    """北京 道路运输条例 (b619): "市交通主管部门所属的道路运输管理机构负责…"; 驻马店 燃气条例 (b333): "县（区）人民政府确定的
    燃气主管部门负责…" — a body named through the one it belongs to, or that chose or set it up, 的 and all
    (textnorm.NAME_CHAR), as the corpus's law batches print them."""
    text = ("第八条 市交通主管部门负责本市道路运输管理工作。\n\n"
            "市交通主管部门所属的道路运输管理机构负责具体实施道路运输管理工作。\n\n"
            "县（区）人民政府确定的燃气主管部门负责本行政区域内的燃气管理工作。\n")
    assert leads_in_order(load("y.txt", text=text)) == [
        ["市交通主管部门"], ["市交通主管部门所属的道路运输管理机构"], ["县人民政府确定的燃气主管部门"]]


def test_a_paragraph_of_other_bodies_after_an_articles_items_is_the_articles_own():
    """上海 黄浦江苏州河滨水公共空间条例 第六条 (b629), 嘉兴 大运河遗产保护条例 第五条 (b624): "X负责…，主要履行以下职责：" /
    "（一）…" … "（五）…。" / "发展改革、规划资源…等部门按照各自职责，协同实施本条例。" — the paragraph after the items
    names bodies of its own: it is the article's next paragraph (outline), read as the article's second part, not
    words of its last item lost with it."""
    text = ("第六条 市住房城乡建设管理部门负责滨水公共空间的综合管理工作，主要履行以下职责：\n\n"
            "（一）编制滨水公共空间专项规划；\n\n（二）组织编制滨水公共空间建设标准。\n\n"
            "发展改革、规划资源、交通、绿化市容等部门按照各自职责，协同实施本条例。\n")
    result = load("z.txt", text=text)
    assert leads_in_order(result)[-1] == sorted(["发展改革", "规划资源", "交通", "绿化市容"]), leads_in_order(result)
    assert ["市住房城乡建设管理部门"] in leads_in_order(result)


def test_the_township_levels_of_a_law_and_a_government_with_its_own_department():
    """北京 图书馆条例 and 市容环境卫生条例 (b632): "区、县和乡、民族乡、镇人民政府以及街道办事处应当…" names one group of
    levels (民族乡 a level, levels joined by 和 inside the 、 list) and 街道办事处; "乡、民族乡、镇人民政府和街道办事处负责…"
    likewise; "本市各级人民政府及其文化行政主管部门应当…" names the governments and their own department (及其), each a
    lead, as the corpus's law batches read it."""
    text = ("第四条 市文化行政主管部门主管全市图书馆工作。\n\n"
            "第五条 本市各级人民政府及其文化行政主管部门应当对作出突出贡献的单位和个人给予表彰或者奖励。\n\n"
            "第九条 区、县和乡、民族乡、镇人民政府以及街道办事处应当加强社区、村内图书馆的建设。\n\n"
            "第十条 乡、民族乡、镇人民政府和街道办事处负责本辖区的市容环境卫生管理工作。\n")
    assert leads_in_order(load("aa.txt", text=text)) == [
        ["市文化行政主管部门"], ["文化行政主管部门", "本市各级人民政府"],
        ["区、县和乡、民族乡、镇人民政府", "街道办事处"], ["乡、民族乡、镇人民政府", "街道办事处"]]


def test_a_national_laws_ministries_by_their_trades_share_their_paragraph_with_its_first_body():
    """固体废物污染环境防治法 第九条 (b638), 社会救助暂行办法 第三条 and 校车安全管理条例 第四条 (b637): "国务院发展改革、
    工业和信息化…等主管部门在各自职责范围内负责…" names ministries by their trades after 国务院 (and "交通运输以及工业和
    信息化" is two); "地方人民政府生态环境主管部门对…实施统一监督管理" opens a paragraph (roles.yaml body_name); a
    paragraph's two bodies' sentences are one part, numbered by its paragraph (款) as the law is cited."""
    text = ("第九条 国务院生态环境主管部门对全国固体废物污染环境防治工作实施统一监督管理。国务院发展改革、工业和信息化、"
            "自然资源、海关等主管部门在各自职责范围内负责固体废物污染环境防治的监督管理工作。\n\n"
            "地方人民政府生态环境主管部门对本行政区域固体废物污染环境防治工作实施统一监督管理。地方人民政府发展改革、"
            "工业和信息化等主管部门在各自职责范围内负责固体废物污染环境防治的监督管理工作。\n\n"
            "第十条 国务院教育、公安、交通运输以及工业和信息化等部门依照法律、行政法规和国务院的规定，负责校车安全管理的"
            "有关工作。\n")
    result = load("ab.txt", text=text)
    parts = {t.number: t for t in result.tasks if not t.has_parts}
    assert sorted(parts) == ["10", "9.1", "9.2"], sorted(parts)
    assert leads_in_order(result) == [
        sorted(["国务院生态环境主管部门", "发展改革", "工业和信息化", "自然资源", "海关"]),
        sorted(["地方人民政府生态环境主管部门", "发展改革", "工业和信息化"]),
        sorted(["教育", "公安", "交通运输", "工业和信息化"])]


def test_a_laws_paragraph_of_two_bodies_sentences_is_one_part_numbered_by_its_paragraph():
    """北京 食品安全条例 第五条 (b619): "市和区、县人民政府统一领导、组织协调…" (统一领导, a duty verb) leads the first
    paragraph; the second's two bodies' sentences ("区、县人民政府应当…。乡镇人民政府和街道办事处负责…") are one part,
    numbered by its paragraph; an article of one paragraph whose sentences each open with a body is a duty list in
    prose, one part each (四川 未成年人不良行为 办法 第十四条, b499)."""
    text = ("第五条 市和区、县人民政府统一领导、组织协调本行政区域的食品安全监督管理工作。\n\n"
            "区、县人民政府应当明确乡镇人民政府和街道办事处的食品安全管理职责。乡镇人民政府和街道办事处负责本区域的食品安全"
            "隐患排查等工作。区、县人民政府可以根据需要探索建立食品安全监督员队伍。\n\n"
            "第六条 教育部门要加快专门学校建设。民政部门负责做好登记管理工作。公安机关负责查处违法行为。\n")
    result = load("ac.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["5.1", "5.2", "6.1", "6.2", "6.3"]
    assert leads_in_order(result) == [["市和区、县人民政府"], sorted(["区、县人民政府", "乡镇人民政府", "街道办事处"]),
                                      ["教育部门"], ["民政部门"], ["公安机关"]]


def test_a_ministrys_partners_after_its_semicolon_and_no_agent_after_a_body_opens_the_article():
    """反食品浪费法 第五条 (b638): "国务院发展改革部门应当加强…组织协调；会同国务院有关部门每年分析评估…，提出相关工作措施和
    意见，由各有关部门落实" — the ministry opening the paragraph leads, the ones it acts together with after its semicolon
    assist (国务院有关部门, roles.yaml concerned_partners; 每年 says when, duty_adverbs), a ministry by its trade after
    国务院 is one body (vague_partners); who carries out its proposals (由…落实) is no agent of the article."""
    text = ("第五条 国务院发展改革部门应当加强对全国反食品浪费工作的组织协调；会同国务院有关部门每年分析评估食品浪费情况，"
            "提出相关工作措施和意见，由各有关部门落实。\n\n"
            "国务院商务主管部门应当加强对餐饮行业的管理；会同国务院市场监督管理部门等建立餐饮行业反食品浪费制度规范。\n")
    roles = roles_by_task(load("ad.txt", text=text))
    assert roles == {"5": set(), "5.1": {("assist", "国务院有关部门"), ("lead", "国务院发展改革部门")},
                     "5.2": {("assist", "国务院市场监督管理部门"), ("lead", "国务院商务主管部门")}}, roles


def test_a_body_named_by_what_it_does_and_a_supervisory_body_open_a_laws_articles():
    """特种设备安全法 and the law batches (b527, b642): "县级以上人民政府负责特种设备安全监督管理的部门对…实施监督管理" — the
    负责 inside the name is no verb of its (textnorm.FUNCTION_NAMED), its 的 a name's; 电力监管条例 (b538): "电力监管机构
    应当…" — a supervisory body (roles.yaml heading_body_name: …监管机构) opens the article as a management body does."""
    text = ("第九条 电力监管机构应当建立监管责任制度和监管信息公开制度。\n\n"
            "第十条 县级以上人民政府负责特种设备安全监督管理的部门对本行政区域内特种设备安全实施监督管理。\n\n"
            "第十一条 电力监管机构应当接受国务院财政、监察、审计等部门依法实施的监督。\n")
    assert leads_in_order(load("ae.txt", text=text)) == [
        ["电力监管机构"], ["县级以上人民政府负责特种设备安全监督管理的部门"], ["电力监管机构"]]


def test_a_laws_paragraph_whose_agent_follows_by_is_a_part_of_its_own():
    """日照 饮用水水源地保护条例 第六条 (b647): one department a paragraph, then "具有行政管理职能的市人民政府派出机构根据
    授权，负责…，具体工作可以由有关内设机构负责" — a paragraph whose agent is named after 由 is a part of its own, and the
    paragraphs before it stay parts of theirs (not the whole article one task of every body)."""
    text = ("第六条 市、县（区）人民政府环境保护主管部门负责饮用水水源保护区的划定。\n\n"
            "水行政主管部门负责入河排污口的监督管理工作。\n\n"
            "林业主管部门负责饮用水水源保护区及其周边湿地和林地的监督管理。\n\n"
            "具有行政管理职能的市人民政府派出机构根据授权，负责辖区内饮用水水源地保护管理，具体工作可以由有关内设机构"
            "负责。\n")
    result = load("af.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["6.1", "6.2", "6.3", "6.4"]
    assert leads_in_order(result)[:3] == [["市、县人民政府环境保护主管部门"], ["水行政主管部门"], ["林业主管部门"]]


def test_the_bodies_a_law_says_committees_help_lead_even_when_the_sentence_goes_on():
    """血吸虫病防治条例 第五条 and 艾滋病防治条例 第六条 (b643), 消防法 第六条 (b644): "村民委员会、居民委员会应当协助地方各级
    人民政府及其有关部门开展…宣传教育，组织村民、居民参与…" — the bodies helped lead (及其, 以及 parting them) and the
    helpers assist, though the sentence goes on after a comma, or the work follows one ("…协助人民政府以及公安机关、应急管理等
    部门，加强消防宣传教育"); 噪声污染防治法 第八条: "各级住房和城乡建设、公安…等部门，在各自职责范围内…" — trades after 各级."""
    text = ("第五条 村民委员会、居民委员会应当协助地方各级人民政府及其有关部门开展血吸虫病防治的宣传教育，组织村民、居民参与"
            "血吸虫病防治工作。\n\n"
            "第六条 村民委员会、居民委员会应当协助人民政府以及公安机关、应急管理等部门，加强消防宣传教育。\n\n"
            "第八条 各级住房和城乡建设、公安、交通运输等部门，在各自职责范围内，对建筑施工噪声污染防治实施监督管理。\n")
    roles = roles_by_task(load("ag.txt", text=text))
    assert roles == {
        "5": {("assist", "居民委员会"), ("assist", "村民委员会"), ("lead", "地方各级人民政府"), ("lead", "有关部门")},
        "6": {("assist", "居民委员会"), ("assist", "村民委员会"), ("lead", "人民政府"), ("lead", "公安机关"), ("lead", "应急管理")},
        "8": {("lead", "交通运输"), ("lead", "住房和城乡建设"), ("lead", "公安")}}, roles


def test_levels_joined_by_of_before_their_departments():
    """上海 民防条例 第五条 (b633): "市和区的公安部门、水行政主管部门依照法律规定分别负责…" (textnorm.NAME_CHAR: the 的 after
    two levels) and "市和区的计划、规划…、商业、…、物资…等部门，在各自职责范围内负责…" (their trades after the levels;
    商业 and 物资 an older law's trades, roles.yaml)."""
    text = ("第五条 上海市民防办公室负责本市民防工作的综合协调。\n\n"
            "市和区的公安部门、水行政主管部门依照法律规定分别负责火灾、水灾的预防、应急救援工作。\n\n"
            "市和区的计划、规划、财政、商业、物资、电力等部门，在各自职责范围内负责有关的民防工作。\n")
    assert leads_in_order(load("ah.txt", text=text)) == [
        ["上海市民防办公室"], sorted(["水行政主管部门", "市和区的公安部门"]), sorted(["计划", "规划", "财政", "商业", "物资", "电力"])]


def test_a_mass_organisation_a_law_gives_duties_opens_its_article():
    """北京 献血条例 第十一条 (b632): "各级红十字会依法参与、推动献血工作，协助政府及其有关部门开展…" — a mass organisation
    (roles.yaml body_name: 红十字会, 工会, 妇联, 残联…) is a body whose duties the article gives."""
    text = ("第十条 市、区卫生健康部门负责对本行政区域的献血工作实施监督管理。\n\n"
            "第十一条 各级红十字会依法参与、推动献血工作，协助政府及其有关部门开展献血宣传、教育等工作。\n")
    assert leads_in_order(load("ai.txt", text=text)) == [["市、区卫生健康部门"], ["各级红十字会"]]


def test_an_article_run_into_one_line_keeps_its_bodies_sentences_as_parts():
    """菏泽 餐厨废弃物管理条例 (b333) as a page saved as one paragraph (as_one_paragraph, no joint: the corpus's glued
    variant): its articles' paragraphs run together and the outline cuts the long line where each sentence ends, so
    no paragraph shows to number the parts by; each body's sentence stays a part of its own ("…预算。城市管理行政主管
    部门负责…。发展和改革、教育…等有关部门，按照各自职责，做好…"), as on the page with its lines."""
    plain, saved = as_one_paragraph("heze-2020-kitchen-waste-regulation-department-duties.txt", joint="")
    parts = {t.number: sorted(a.actor for a in saved.assignments if a.target == t.key and a.role == "lead")
             for t in saved.tasks if not t.has_parts}
    assert parts["5.2"] == ["城市管理行政主管部门"], parts
    assert "公安" in parts["5.3"] and "城市管理行政主管部门" not in parts["5.3"], parts


def test_a_joint_groups_partners_keep_their_trades_and_one_item_is_one_task():
    """教基一〔2016〕8号 五、1. (b553): "各地要成立由教育部门牵头，发改、公安…和共青团等相关部门、组织共同参加的…工作协调小组"
    — the trades before "等相关部门、组织" assist (roles.yaml etc: the organisations after the kind); the item is read
    once, though its clause was cut from the middle of its text (the prose step leaves it alone); and "会同教育行政部门推动…"
    names a trade's department, a partner (not a vague one as "会同当地有关部门")."""
    text = ("四、主要任务\n"
            "1.健全经费机制。保险监督管理机构会同教育行政部门推动将研学旅行纳入校方责任险范围。\n"
            "2.建立安全体系。交通部门会同当地有关部门做好出行安全保障。\n"
            "3.规范组织管理。旅游部门负责审核开展研学旅行的企业或机构的准入条件。\n"
            "4.加强基地建设。文化部门要指导博物馆设计适合进校园的活动。\n"
            "5.保障出行安全。铁路部门要根据研学旅行需求积极安排好运力。\n"
            "五、组织保障\n"
            "1.加强统筹协调。各地要成立由教育部门牵头，发改、公安、财政、交通、文化、旅游、共青团等相关部门、组织共同参加的"
            "中小学生研学旅行工作协调小组，加大对研学旅行工作的统筹规划。\n"
            "2.强化督查评价。各地要建立健全中小学生参加研学旅行的评价机制。\n")
    result = load("aj.txt", text=text)
    lines = [t.line for t in result.tasks if not t.has_parts]
    assert len(lines) == len(set(lines)), [(t.number, t.line) for t in result.tasks]
    roles = {frozenset(r) for r in roles_by_task(result).values()}
    assert frozenset({("lead", "教育部门"), *(("assist", n) for n in ["发改", "公安", "财政", "交通", "文化", "旅游", "共青团"])}) \
        in roles, roles
    assert frozenset({("lead", "保险监督管理机构"), ("assist", "教育行政部门")}) in roles, roles
    assert frozenset({("lead", "交通部门")}) in roles, roles


def test_a_glued_tables_category_column_before_its_numbers():
    """西城区 2020 重点工作 完成情况 (b681): a table printed with no cell breaks whose first column is a category
    ("类别序号重点督办内容牵头单位全年完成情况"), each row opening with its category's cell before its number — on every
    row, or (a merged cell) on its group's first only; the rows are read as the table's, the category no part of
    the task."""
    text = ("西城区政府2020年重点工作任务目标全年完成情况\n"
            "类别序号重点督办内容牵头单位全年完成情况\n"
            "经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速调整为正增长。\n"
            "经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。区财政局全年一般公共预算收入完成413.84亿元。\n"
            "民生保障3新增城镇就业岗位1万个。区人力社保局全年新增就业岗位1.2万个。\n"
            "4改造老旧小区20个。区住房城乡建设委全年完成改造23个。\n")
    result = load("ak.txt", text=text)
    assert [(t.number, t.text) for t in result.tasks if not t.has_parts] == [
        ("1", "地区生产总值增长6%左右。"), ("2", "区级一般公共预算收入增长2%左右。"), ("3", "新增城镇就业岗位1万个。"),
        ("4", "改造老旧小区20个。")]
    assert leads_in_order(result) == [["区发展改革委"], ["区财政局"], ["区人力社保局"], ["区住房城乡建设委"]]


def test_a_laws_trades_that_are_to_perform_their_own_duties_lead_their_paragraph():
    """平顶山 河道保护条例 第五条 (b683): "发展改革、自然资源和规划、…、林业等部门，应当履行各自河道保护相关职责。" — the
    trades of a paragraph whose duty is 履行 their own lead it, a part of their own (not the text of the paragraph before)."""
    text = ("第五条 市、县（市、区）水行政主管部门是河道保护的主管部门，负责本行政区域内的河道保护工作。\n\n"
            "发展改革、自然资源和规划、生态环境、交通运输、林业等部门，应当履行各自河道保护相关职责。\n\n"
            "市、县（市、区）人民政府设立的河道专管机构按照职责做好辖区内的河道保护相关工作。\n")
    assert leads_in_order(load("al.txt", text=text)) == [
        ["市、县水行政主管部门"], sorted(["发展改革", "自然资源和规划", "生态环境", "交通运输", "林业"]),
        ["市、县人民政府设立的河道专管机构"]]


def test_a_progress_table_whose_tasks_name_their_own_units():
    """湖州市住房和城乡建设局 政府工作报告重点工作进展情况 (b689): a web table printed with pipes, "序号 | 目标任务 | 推进情况 |",
    no unit column, each task cell closed by its own label "(责任单位:市建设局、市金融办、市人行)", the progress cell after
    it numbered inside ("1.编制… 2.1-7月,…") — each row is a task, its units those of its label, numbered as the table."""
    text = ("市政府工作报告重点工作进展情况汇总(1-7月)\n"
            "序号 | 目标任务 | 推进情况 |\n"
            "1 | 坚持房子是用来住的、不是用来炒的定位,促进房地产市场平稳健康发展。(责任单位:市建设局) | 1-7月,核发商品房预(现)"
            "售许可证面积497万平方米,同比增长5%。 |\n"
            "2 | 开展绿色建筑和绿色金融协同发展试点,发展装配式建筑。(责任单位:市建设局、市金融办、市人行) | 1.编制湖州市绿色"
            "建筑评价及设计导则。 2.1-7月,全市新开工装配式建筑面积480.27万平方米。 |\n")
    result = load("am.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["1", "2"]
    assert leads_in_order(result) == [["市建设局"], sorted(["市建设局", "市金融办", "市人行"])]


def test_a_federation_and_a_body_joined_before_a_laws_trades_open_their_paragraphs():
    """家庭教育促进法 第六条 (b670): "教育行政部门、妇女联合会统筹协调社会资源…" (联合 ends a federation's name, no duty verb:
    roles.yaml not_after_duty_verb 会) and "县级以上精神文明建设部门和县级以上人民政府公安、民政…等有关部门在各自的职责范围内
    做好…" (a body joined by 和 before the level and its trades) — each paragraph a part, its bodies leading; and a member
    unit's heading before "通过各级妇联组织，在广大妇女中开展…" (常德 献血, b186): 通过 is how it acts, no part of its name."""
    text = ("第六条 各级人民政府指导家庭教育工作，建立健全家庭学校社会协同育人机制。\n\n"
            "教育行政部门、妇女联合会统筹协调社会资源，协同推进覆盖城乡的家庭教育指导服务体系建设。\n\n"
            "县级以上精神文明建设部门和县级以上人民政府公安、民政、司法行政、体育、网信等有关部门在各自的职责范围内做好家庭教育"
            "工作。\n")
    assert leads_in_order(load("an.txt", text=text)) == [
        ["各级人民政府"], sorted(["教育行政部门", "妇女联合会"]),
        sorted(["县级以上精神文明建设部门", "公安", "民政", "司法行政", "体育", "网信"])]
    text = ("常德市无偿献血工作成员单位职责\n一、市财政局\n负责全市无偿献血经费的落实到位。\n二、市妇女联合会\n"
            "通过各级妇联组织，在广大妇女中开展无偿献血知识的宣传。\n三、团市委\n负责全市广大青年的无偿献血宣传工作。\n")
    assert leads_in_order(load("ao.txt", text=text)) == [["市财政局"], ["市妇女联合会"], ["团市委"]]


def test_bodies_that_act_within_their_own_duties_open_a_duty_item():
    """浙江 大气污染防治条例 第九条 (b666): "（三）市场监督管理部门、生态环境主管部门在各自职责范围内负责…的监督管理；" —
    the duties a body acts by (roles.yaml own_duties) between its name and its verb; the bodies lead their item."""
    text = ("一、职责分工\n"
            "（一）生态环境主管部门负责工业大气污染防治的监督管理；\n"
            "（二）市场监督管理部门、生态环境主管部门在各自职责范围内负责燃煤锅炉的监督管理；\n"
            "（三）交通运输主管部门、海事管理机构在各自职责范围内负责运输船舶大气污染防治的监督管理；\n")
    assert leads_in_order(load("ap.txt", text=text)) == [
        ["生态环境主管部门"], sorted(["市场监督管理部门", "生态环境主管部门"]), sorted(["交通运输主管部门", "海事管理机构"])]


def test_a_laws_paragraph_of_a_body_with_its_other_name_and_the_committees_that_help():
    """潍坊 文物保护条例 第四条 (b668): "镇人民政府（街道办事处）在…的指导下开展文物保护工作。村（居）民委员会协助人民政府做好
    文物保护工作。" — a body and its other name in brackets opens the paragraph and leads, as do the bodies the committees
    help (they assist); "…、旅游等部门和海关应当在各自职责范围内…" — a two-character body joined after the trades."""
    text = ("第四条 市、县（市、区）人民政府文物行政部门负责本行政区域内文物保护的监督管理。\n\n"
            "镇人民政府（街道办事处）在县（市、区）人民政府文物行政部门的指导下开展文物保护工作。村（居）民委员会协助人民政府"
            "做好文物保护工作。\n\n"
            "发展改革、教育、公安、民政、财政、旅游等部门和海关应当在各自职责范围内做好文物保护相关工作。\n")
    roles = roles_by_task(load("aq.txt", text=text))
    assert roles["4.2"] == {("lead", "镇人民政府"), ("lead", "人民政府"), ("assist", "村民委员会")}, roles
    assert {name for role, name in roles["4.3"]} == {"发展改革", "教育", "公安", "民政", "财政", "旅游", "海关"}, roles


def test_a_laws_trades_with_a_modal_word_and_whatever_they_are_to_do():
    """河南 爱国卫生条例 第十一条、第十二条 (b650): "各级人民政府的计划、财政等部门应当把…经费…纳入…计划", "…的卫生、文化、
    教育…等部门应当采取多种形式，开展…" — the trades before a modal word lead, whatever verb follows it."""
    text = ("第十条 县级以上爱国卫生运动委员会负责本行政区域内的爱国卫生工作。\n\n"
            "第十一条 各级人民政府的计划、财政等部门应当把城乡除害防病等爱国卫生工作所需经费，按规定纳入当地国民经济和社会发展"
            "计划，分期实施。\n\n"
            "第十二条 各级人民政府的卫生、文化、教育、新闻出版、广播电视等部门应当采取多种形式，开展社会健康教育。\n")
    assert leads_in_order(load("ar.txt", text=text)) == [
        ["县级以上爱国卫生运动委员会"], sorted(["计划", "财政"]), sorted(["卫生", "文化", "教育", "新闻出版", "广播电视"])]


def test_duty_items_that_name_their_own_bodies_under_a_lead_in_naming_others():
    """济宁 泗河保护条例 第九条 (b609): "各级河长管理协调办事机构主要职责：" / "（一）总河长管理协调办事机构负责…" / "（二）河长
    管理协调办事机构负责…" — an item its own subject opens leads alone; the lead-in's bodies are not its lead (nor do they
    make the item's subject an assist); an item opened by 会同 under a list head its body leads is that body's, its
    partner assisting (test_a_duty_lists_item_opened_by_its_partners): the article is then one task, its items naming
    no body of their own (test_a_laws_article_over_its_duty_list_is_one_task)."""
    text = ("第九条 各级河长管理协调办事机构主要职责：\n\n"
            "（一）总河长管理协调办事机构负责领导、协调泗河保护管理工作；\n\n"
            "（二）分河长管理协调办事机构负责落实河长牵头推进的各项保护管理工作。\n\n"
            "第十条 领导小组办公室应当履行下列职责：\n\n"
            "（一）负责组织协调辖区内的保护管理工作；\n\n"
            "（二）会同市财政局做好经费保障工作。\n")
    roles = roles_by_task(load("as.txt", text=text))
    assert sorted(roles.values(), key=sorted) == sorted([
        {("lead", "总河长管理协调办事机构")}, {("lead", "分河长管理协调办事机构")},
        {("lead", "领导小组办公室"), ("assist", "市财政局")}], key=sorted), roles


def test_the_places_along_a_railway_before_a_level_are_one_group_with_it():
    """重庆 铁路安全条例 第五、六条 (b634): "市、铁路沿线区县（自治县）人民政府应当…" is one group, the city's and the
    railway's districts' governments (not 市 and another); "市、铁路沿线区县（自治县）交通主管部门依法负责…" opens its
    paragraph (textnorm.ALONG, roles.yaml body_name)."""
    text = ("第五条 市、铁路沿线区县（自治县）人民政府应当将铁路安全管理工作纳入当地安全生产和平安建设范围。\n\n"
            "第六条 市、铁路沿线区县（自治县）交通主管部门依法负责本行政区域内地方铁路安全监督管理的具体工作。\n\n"
            "发展改革、教育、公安等部门按照各自职责负责铁路沿线安全管理工作。\n")
    assert leads_in_order(load("at.txt", text=text)) == [
        ["市、铁路沿线区县人民政府"], ["市、铁路沿线区县交通主管部门"], sorted(["发展改革", "教育", "公安"])]


def test_a_body_named_by_who_set_it_up_then_a_comma_opens_its_paragraph():
    """上海 水上搜救条例 第六条 (b629): "市人民政府设立的搜救中心，负责本市水上搜救的组织、协调和指挥工作。" — a body set up
    by another, its name longer than a comma's usual reach, then its duties after the comma."""
    text = ("第六条 市人民政府设立的搜救中心，负责本市水上搜救的组织、协调和指挥工作。\n\n"
            "区人民政府按照水上搜救体系建设安排和要求，设立搜救分中心或者指定机构。\n")
    assert leads_in_order(load("au.txt", text=text)) == [["市人民政府设立的搜救中心"], ["区人民政府"]]


def test_a_bodys_main_duties_listed_under_a_lead_in_with_no_of():
    """浙江 爱国卫生促进条例 第八条 (b665): "爱卫会主要职责是：" / "（一）宣传实施爱国卫生工作法律…" — the body's duties listed
    below it, its 主要职责 with no 的 (roles.yaml conventions.duties_of), each item led by it."""
    text = ("第八条 县级以上人民政府设立爱国卫生运动委员会，组织协调本行政区域内的爱国卫生工作。\n\n"
            "爱卫会主要职责是：\n\n"
            "（一）宣传实施爱国卫生工作法律、法规和规章；\n\n"
            "（二）制定爱国卫生工作规划、计划和标准规范；\n\n"
            "第九条 发展和改革主管部门负责统筹安排爱国卫生基本建设项目和资金计划。\n")
    roles = roles_by_task(load("av.txt", text=text))
    assert sorted(tuple(sorted(r)) for r in roles.values()) == sorted(
        [(("lead", "爱卫会"),)] * 2 + [(("lead", "发展和改革主管部门"),)]), roles


def test_an_office_that_sits_in_a_department_leads_its_duties():
    """浙江 爱国卫生促进条例 第十条 (b665): "县级以上爱卫会办事机构设在同级卫生主管部门，具体承担爱卫会的日常工作" and a plan's
    "领导小组办公室设在市发改委，负责协调推进…" — the office leads; the department hosting it does none of the work."""
    text = ("第十条 县级以上爱卫会办事机构设在同级卫生主管部门，具体承担爱卫会的日常工作。\n\n"
            "乡镇人民政府、街道办事处应当确定专门人员负责爱国卫生工作。\n")
    assert leads_in_order(load("aw.txt", text=text)) == [["县级以上爱卫会办事机构"], sorted(["乡镇人民政府", "街道办事处"])]
    text = ("一、加强组织领导\n（一）成立工作领导小组。领导小组办公室设在市发改委，负责协调推进各项任务。\n"
            "（二）强化协调。市财政局负责资金保障。\n")
    assert leads_in_order(load("ax.txt", text=text)) == [["领导小组办公室"], ["市财政局"]]


def test_two_bodies_duty_lists_in_one_article_each_lead_their_own_items():
    """重庆市水文条例 第五条 (b715): "市水文机构的职责是：" / "（一）…" … "（六）…。" / "区县（自治县）水文机构的职责是：" /
    "（一）…" — two lists in one article, each body leading the items after its own lead-in (not the last lead-in all):
    a paragraph a task, the law's way (test_a_laws_article_whose_last_paragraph_heads_its_duty_list)."""
    text = ("第五条 市水文机构的职责是：\n\n"
            "（一）负责组织实施水文法律法规和技术标准；\n\n"
            "（二）具体承担本市水文事业发展规划的编制和组织实施。\n\n"
            "区县（自治县）水文机构的职责是：\n\n"
            "（一）负责本区域水文事业发展规划的编制和组织实施；\n\n"
            "（二）配合市水文机构做好水文资料汇交工作。\n")
    result = load("ay.txt", text=text)
    roles = roles_by_task(result)
    assert {t.number: roles[t.number] for t in result.tasks if not t.has_parts} == {
        "5.1": {("lead", "市水文机构")}, "5.2": {("lead", "区县水文机构")}}, roles


def test_bodies_whose_duty_is_to_act_with_another_assist_it():
    """徐州 殡葬管理办法 第三条, 南阳 白河水系水环境保护条例 第七条, 上海 公园条例 第四条 (b711, b720, b629): "…等有关部门,应当
    各司其职,协同民政部门做好殡葬管理工作" — bodies whose duty opens with acting with another (roles.yaml helped_first:
    协助, 协同), after their own duties' words, assist it; it leads. A body's own duty before 协同 keeps it leading."""
    text = ("第三条 民政部门主管殡葬管理工作。公安、工商、卫生等有关部门,应当各司其职,协同民政部门做好殡葬管理工作。\n\n"
            "第四条 市、县（区）人民政府发展和改革、公安、财政等主管部门，应当按照各自的职责，协同县级以上人民政府环境保护"
            "主管部门对白河水系水环境保护实施监督管理。\n\n"
            "第五条 市或者区人民政府有关管理部门应当按照各自的职责，协同市或者区绿化行政管理部门实施本条例。\n\n"
            "第六条 市财政局负责资金保障，协同市审计局加强资金监管。\n")
    roles = sorted(tuple(sorted(r)) for r in roles_by_task(load("az.txt", text=text)).values() if r)
    assert roles == sorted([
        (("lead", "民政部门"),),
        (("assist", "公安"), ("assist", "卫生"), ("assist", "工商"), ("lead", "民政部门")),
        (("assist", "公安"), ("assist", "发展和改革"), ("assist", "财政"), ("lead", "县级以上人民政府环境保护主管部门")),
        (("assist", "市或者区人民政府有关管理部门"), ("lead", "市或者区绿化行政管理部门")),
        (("assist", "市审计局"), ("lead", "市财政局"))]), roles


def test_the_relevant_counties_after_the_city_are_one_group_and_named_counties_share_their_government():
    """济南 名泉保护条例, 德州 扒鸡保护条例, 濮阳 马颊河保护条例 (b625, b631, b720): "市、有关县（区）人民政府应当…" is one group,
    the city's and the relevant counties' governments; "市、有关县（区）环境保护主管部门对…实行统一监督管理" opens its paragraph;
    "濮阳县、清丰县、华龙区人民政府应当…" names three places' governments, the word printed once after the last."""
    text = ("第四条 市、有关县（区）人民政府应当加强对马颊河保护管理工作的领导。\n\n"
            "濮阳县、清丰县、华龙区人民政府应当按照职责分工，负责本行政区域内马颊河保护管理工作。\n\n"
            "第五条 市、有关县（区）环境保护主管部门对马颊河保护实行统一监督管理和综合协调。\n")
    assert leads_in_order(load("ba.txt", text=text)) == [
        ["市、有关县人民政府"], sorted(["濮阳县", "清丰县", "华龙区人民政府"]), ["市、有关县环境保护主管部门"]]


def test_a_second_list_of_trades_of_another_kind_joined_after_the_first():
    """临沂 红色文化保护与传承条例 第六条 (b719): "发展改革、教育、公安…等部门和党史史志研究、档案等机构，按照各自职责做好…" —
    the trades joined after the departments are a list of institutions, each leading too."""
    text = ("第六条 市、县（区）人民政府文化和旅游主管部门负责本行政区域内红色文化保护与传承工作。\n\n"
            "发展改革、教育、公安等部门和党史史志研究、档案等机构，按照各自职责做好红色文化保护与传承有关工作。\n")
    assert leads_in_order(load("bb.txt", text=text)) == [
        ["市、县人民政府文化和旅游主管部门"], sorted(["发展改革", "教育", "公安", "党史史志研究", "档案"])]


def test_trades_acting_on_their_own_duties_after_a_comma_share_the_paragraph():
    """东营 黄河三角洲生态保护与修复条例 第四条 (b719): "自然资源和规划部门统筹…工作，发展改革、财政、住房和城乡建设管理…等有关
    部门单位按照各自职责负责有关…工作。" — the trades after the comma, on their own duties, lead with the department before
    it (a trade's 管理 is the trade's: "住房和城乡建设管理")."""
    text = ("第四条 市、县（区）人民政府应当对本行政区域的生态状况负责。\n\n"
            "自然资源和规划部门统筹本行政区域内的生态保护与修复工作，发展改革、财政、住房和城乡建设管理等有关部门单位按照"
            "各自职责负责有关生态保护与修复工作。\n")
    assert leads_in_order(load("bc.txt", text=text)) == [
        ["市、县人民政府"], sorted(["自然资源和规划部门", "发展改革", "财政", "住房和城乡建设管理"])]


def test_a_laws_paragraph_of_three_bodies_sentences_is_one_part():
    """绍兴 城市轨道交通条例 第三条 (b708), 古树名木保护条例 (b709): a paragraph of an article with more paragraphs, whose
    sentences open with three bodies ("市交通运输部门…负责…；市自然资源和规划、市住房和城乡建设部门分别负责…。其他有关部门
    按照各自职责做好…"), is one part, as the law batches' labellers key it; its bodies all lead it."""
    text = ("第三条 市人民政府应当加强领导，统筹协调解决规划、建设、运营中的重大事项。\n\n"
            "市交通运输部门是城市轨道交通的行业主管部门，负责城市轨道交通运营的监督管理工作；市住房和城乡建设部门负责"
            "工程建设的监督管理工作。其他有关部门按照各自职责做好城市轨道交通相关监督管理工作。\n")
    result = load("bd.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["3.1", "3.2"]
    assert leads_in_order(result) == [["市人民政府"], sorted(["市交通运输部门", "市住房和城乡建设部门", "其他有关部门"])]


def test_a_national_laws_provincial_and_city_departments_open_its_later_paragraphs():
    """城市市容和环境卫生管理条例 第四条 (b709): "省、自治区人民政府城市建设行政主管部门负责…" (levels printed once before one
    name; 自治区 a level) and "城市人民政府市容环境卫生行政主管部门负责…" (a national law's city governments; 市容 no
    level) each open a paragraph of their own."""
    text = ("第四条 国务院城市建设行政主管部门主管全国城市市容和环境卫生工作。\n\n"
            "省、自治区人民政府城市建设行政主管部门负责本行政区域的城市市容和环境卫生管理工作。\n\n"
            "城市人民政府市容环境卫生行政主管部门负责本行政区域的城市市容和环境卫生管理工作。\n")
    assert leads_in_order(load("be.txt", text=text)) == [
        ["国务院城市建设行政主管部门"], ["省、自治区人民政府城市建设行政主管部门"], ["城市人民政府市容环境卫生行政主管部门"]]


def test_bodies_that_are_to_act_in_a_field_of_work_open_their_duty_list():
    """北京 居家养老服务条例 第五条 (b710): "市和区、县人民政府在居家养老服务中应当履行下列职责：" / "（一）…" … then "各级老龄
    工作机构应当…" — the work they act in stands between the bodies and their modal word; they lead the lead-in's part and
    the next paragraph's body its own (not "…主管部门在审查过程中，应当组织专家…": how a procedure is done)."""
    text = ("第五条 市和区、县人民政府在居家养老服务中应当履行下列职责：\n\n"
            "（一）将老龄事业纳入国民经济和社会发展规划及年度计划；\n\n"
            "（二）完善与居家养老相关的社会保障制度。\n\n"
            "各级老龄工作机构应当组织、协调、指导、督促有关部门落实居家养老服务工作。\n")
    assert leads_in_order(load("bf.txt", text=text)) == [["市和区、县人民政府"], ["各级老龄工作机构"]]


def test_either_of_two_bodies_opens_a_laws_later_paragraph():
    """嘉兴 生活垃圾分类管理条例 第四条 (b713): "农业农村部门或者县（市、区）人民政府确定的部门负责农村生活垃圾分类管理工作" —
    either body, the second named by who designates it (its levels' bracket holding a 、), leads the paragraph."""
    text = ("第四条 市容环境卫生主管部门负责生活垃圾分类管理的统筹协调。\n\n"
            "农业农村部门或者县（市、区）人民政府确定的部门负责农村生活垃圾分类管理工作。\n")
    assert leads_in_order(load("bg.txt", text=text)) == [
        ["市容环境卫生主管部门"], sorted(["农业农村部门", "县人民政府确定的部门"])]


def test_bodies_leading_or_managing_the_work_of_their_own_area():
    """北京 人民防空条例 第五、六条 (b741): "区、县人民政府和同级军事机关领导本区、县的人民防空工作", "市人民防空主管部门管理本市的
    人民防空工作" (roles.yaml duty_verbs 领导本, 管理本: over the work of their own area; not 领导小组, 市领导), and older
    laws' trades ("发展计划、…、市政管理、…、工商行政…等部门按照各自的职责…")."""
    text = ("第五条 区、县人民政府和同级军事机关领导本区、县的人民防空工作。\n\n"
            "第六条 市人民防空主管部门管理本市的人民防空工作。\n\n"
            "发展计划、规划、市政管理、工商行政等部门按照各自的职责依法做好人民防空工作。\n")
    assert leads_in_order(load("bh.txt", text=text)) == [
        sorted(["区、县人民政府", "同级军事机关"]), ["市人民防空主管部门"], sorted(["发展计划", "规划", "市政管理", "工商行政"])]


def test_a_body_then_the_kind_of_body_it_is_then_its_duties():
    """漯河 沙澧河风景名胜区条例 第五条 (b747): "漯河市沙澧河建设管理委员会（以下简称管委会）为风景区管理机构，主要负责…" — the
    body, what kind of body it is (units.heading_body_name: …管理机构), then its duties after the comma; its 宗教 a trade
    in the next paragraph's list. Not "市人民政府主要负责人为泗河总河长": a post."""
    text = ("第五条 漯河市沙澧河建设管理委员会（以下简称管委会）为风景区管理机构，主要负责风景区的保护、利用和统一管理。\n\n"
            "住建、环保、宗教等行政主管部门按照法定职责，负责风景区的有关监督管理工作。\n\n"
            "第六条 市人民政府主要负责人为泗河总河长。\n")
    assert leads_in_order(load("bi.txt", text=text)) == [
        ["漯河市沙澧河建设管理委员会"], sorted(["住建", "环保", "宗教"])]


def roles_of(result) -> list[tuple[list[str], list[str]]]:
    """(leads, assists) of each task that has no parts, in the order the tasks were read."""
    return [(sorted(a.actor for a in result.assignments if a.target == t.key and a.role == "lead"),
             sorted(a.actor for a in result.assignments if a.target == t.key and a.role == "assist"))
            for t in result.tasks if not t.has_parts]


def test_departments_and_organisations_of_a_kind_helping_a_named_department():
    """河南 计划免疫条例 第八条 (b779): "…、广播电视等有关部门和妇联、残联等社会团体应当按照职责分工，协同卫生行政部门做好计划
    免疫工作" — a second list closed by its kind (roles.yaml etc: 社会团体) joins the departments; all assist the department
    they are to help. The paragraph used to load nothing, and say nothing."""
    text = ("第七条 各级卫生行政部门是计划免疫工作的主管部门，负责组织实施和监督管理本行政区域的计划免疫工作。\n\n"
            "第八条 各级财政、教育、公安等有关部门和妇联、残联等社会团体应当按照职责分工，协同卫生行政部门做好计划免疫工作。\n")
    assert roles_of(load("bj.txt", text=text)) == [
        (["各级卫生行政部门"], []), (["卫生行政部门"], sorted(["财政", "教育", "公安", "妇联", "残联"]))]


def test_a_laws_subject_parted_from_its_modal_word_by_a_comma():
    """防沙治沙法 第四、五条 (b772), 地震预报管理条例 第五条 (b768): "国务院和沙化土地所在地区的县级以上地方人民政府，应当将…"
    (a comma before 应当: roles.yaml comma_modal_verbs; bodies named by where they are: "所在地区的"), "在国务院领导下，国务院
    林业草原行政主管部门负责…" (who leads the body opening the sentence), and trades of a national law (林业草原, 土地). Not
    a plan's "X，要…", nor "规划部门、镇人民政府组织编制控制性详细规划时，应当…" (bodies, a duty verb, when: 青岛 学前教育条例)."""
    text = ("第四条 国务院和沙化土地所在地区的县级以上地方人民政府，应当将防沙治沙纳入国民经济和社会发展计划。\n\n"
            "第五条 在国务院领导下，国务院林业草原行政主管部门负责组织、协调、指导全国防沙治沙工作。\n\n"
            "国务院林业草原、农业、水利、土地、生态环境等行政主管部门和气象主管机构，按照有关法律规定的职责和国务院确定的"
            "职责分工，各负其责，密切配合，共同做好防沙治沙工作。\n\n"
            "第六条 国务院地震工作主管部门和县级以上地方人民政府负责管理地震工作的机构，应当加强地震预测工作。\n\n"
            "规划部门、镇人民政府组织编制控制性详细规划时，应当预留建设用地。\n")
    assert leads_in_order(load("bk.txt", text=text)) == [
        sorted(["国务院", "沙化土地所在地区的县级以上地方人民政府"]), ["国务院林业草原行政主管部门"],
        sorted(["林业草原", "农业", "水利", "土地", "生态环境", "气象主管机构"]),
        sorted(["国务院地震工作主管部门", "县级以上地方人民政府负责管理地震工作的机构"]),
        sorted(["规划部门", "镇人民政府"])]


def test_bodies_named_by_the_work_they_do_and_by_their_provinces_city_level():
    """电影产业促进法 第七条 (b772): "县级以上人民政府负责知识产权执法的部门应当…" (FUNCTION_NAMED: 执法 as well as 工作,
    管理); 河南 测绘管理条例 第三条 (b779): "省辖市、县（市、区）人民政府负责管理测绘工作的部门负责…" (省辖市: 河南's cities'
    level, printed once before the counties'); 土地调查条例 第十条 (b770): "…会同同级有关部门进行土地调查" (the departments
    concerned of the same level, partners all the same)."""
    text = ("第七条 县级以上人民政府负责知识产权执法的部门应当采取措施，保护与电影有关的知识产权。\n\n"
            "第八条 省辖市、县（市、区）人民政府负责管理测绘工作的部门负责本行政区域测绘工作的统一监督管理。\n\n"
            "第十条 县级以上人民政府国土资源主管部门会同同级有关部门进行土地调查。\n")
    assert roles_of(load("bl.txt", text=text)) == [
        (["县级以上人民政府负责知识产权执法的部门"], []), (["省辖市、县人民政府负责管理测绘工作的部门"], []),
        (["县级以上人民政府国土资源主管部门"], ["同级有关部门"])]


def test_bodies_that_are_to_act_with_a_named_department_assist_it():
    """母婴保健法实施办法 第八条 (b769): "…、劳动保障、计划生育等部门应当在各自职责范围内，配合同级卫生行政部门做好母婴保健
    工作" — the department named after 配合 leads, the trades assist it (roles.yaml helped_when_named); not 菏泽 养犬管理条例
    (b777) "乡镇人民政府、街道办事处应当配合相关部门做好养犬管理工作": no body named, the subjects lead."""
    text = ("第八条 县级以上地方人民政府财政、公安、民政等部门应当在各自职责范围内，配合同级卫生行政部门做好母婴保健工作。\n\n"
            "第九条 乡镇人民政府、街道办事处应当配合相关部门做好养犬管理工作。\n")
    assert roles_of(load("bm.txt", text=text)) == [
        (["同级卫生行政部门"], sorted(["财政", "公安", "民政"])), (sorted(["乡镇人民政府", "街道办事处"]), [])]


def test_a_laws_article_whose_bodies_open_a_later_paragraph_only_is_keyed_by_that_paragraph():
    """幼儿园管理条例 第六条 (b769): "幼儿园的管理实行地方负责…的原则。" / "国家教育委员会主管全国的幼儿园管理工作；…" — a
    statement, then the paragraph that gives the duties: that paragraph is the article's part "6.2", as the law batches'
    labellers key it (not the whole article "6", its text the statement's). An article whose number stands on a line of
    its own ("第七条 " / "县以上环境保护行政主管部门…", 山东 环境保护条例, b522) has no paragraph before its text."""
    text = ("第六条 幼儿园的管理实行地方负责、分级管理和各有关部门分工负责的原则。\n\n"
            "国家教育委员会主管全国的幼儿园管理工作。\n\n"
            "第七条 \n县以上环境保护行政主管部门对本行政区域的环境保护工作实施统一监督管理。\n"
            "国土资源、林业、农业、水利行政主管部门依照有关法律、法规的规定对资源的保护实施监督管理。\n")
    result = load("bn.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["6.2", "7.1", "7.2"]
    assert leads_in_order(result) == [["国家教育委员会"], ["县以上环境保护行政主管部门"],
                                      sorted(["国土资源", "林业", "农业", "水利行政主管部门"])]


def test_a_duty_list_whose_body_is_named_by_the_work_it_does():
    """地方志工作条例 第五条 (b769): "县级以上地方人民政府负责地方志工作的机构主管本行政区域的地方志工作，履行下列职责：" —
    the body named by the work it does leads its list (roles.yaml duties_of: not the level's government before it, cut
    at its 负责), one task with its items as the law batches key it."""
    text = ("第五条 国家地方志工作指导机构统筹规划全国地方志工作。\n\n"
            "县级以上地方人民政府负责地方志工作的机构主管本行政区域的地方志工作，履行下列职责：\n\n"
            "(一)组织、指导、督促和检查地方志工作；\n\n"
            "(二)拟定地方志工作规划和编纂方案。\n")
    result = load("bo.txt", text=text)
    assert ["县级以上地方人民政府负责地方志工作的机构"] in leads_in_order(result)
    assert ["县级以上地方人民政府"] not in leads_in_order(result)


def test_bodies_helped_before_a_verb_of_work_the_pattern_does_not_name():
    """全国人口普查条例 第三条 (b768): "村民委员会、居民委员会应当协助所在地人民政府动员和组织社会力量，做好…" — the helped
    government's name ends where a body's name does, before 动员 (a verb roles.yaml's helped_first pattern does not
    list): it leads, the committees assist. Not a name cut inside its bracket: "…应当协助县（市、区）负责网格化服务管理
    工作的机构，按照…" (滨州 网格化服务管理条例) keeps its subjects."""
    text = ("第三条 国务院统一领导全国人口普查工作。\n\n"
            "村民委员会、居民委员会应当协助所在地人民政府动员和组织社会力量，做好本区域的人口普查工作。\n")
    assert roles_of(load("bp.txt", text=text))[-1] == (["所在地人民政府"], sorted(["村民委员会", "居民委员会"]))


def test_a_national_laws_three_provincial_levels_printed_once_before_one_body():
    """商业特许经营管理条例 第五条 (b804): "…省、自治区、直辖市人民政府商务主管部门和设区的市级人民政府商务主管部门依照本条例
    规定，负责…" — a later sentence opened by the provinces' departments (省、自治区、直辖市: three levels printed once
    before one name, vocabulary.LEVELS_FIRST; 直辖市 a level of roles.yaml's body_name) leads its part of the article."""
    text = ("第五条 国务院商务主管部门依照本条例规定，负责对全国范围内的特许经营活动实施监督管理。"
            "省、自治区、直辖市人民政府商务主管部门依照本条例规定，负责对本行政区域内的特许经营活动实施监督管理。\n")
    assert leads_in_order(load("bq.txt", text=text)) == [["国务院商务主管部门"], ["省、自治区、直辖市人民政府商务主管部门"]]


def test_a_body_joined_before_a_national_laws_provincial_levels():
    """地震预报管理条例 第八条 (b768): "国务院地震工作主管部门和省、自治区、直辖市人民政府负责管理地震工作的机构应当…" — two
    bodies joined by 和, the second opening with the provinces' three levels printed together (roles.yaml two_names: a 、
    that parts no units), not "…主管部门和省" and "自治区、直辖市人民政府…的机构"."""
    text = ("第八条 国务院地震工作主管部门和省、自治区、直辖市人民政府负责管理地震工作的机构应当组织召开地震震情会商会，"
            "形成地震预报意见。\n")
    assert leads_in_order(load("br.txt", text=text)) == [
        sorted(["国务院地震工作主管部门", "省、自治区、直辖市人民政府负责管理地震工作的机构"])]


def test_a_laws_own_duties_printed_with_de_and_a_group_acting_on_them():
    """人类遗传资源管理条例 第四条 (b816): "…；国务院其他有关部门在各自的职责范围内，负责有关人类遗传资源管理工作" (roles.yaml
    own_duties as a law prints them, with 的); 体育法 第四条 (b814): "国务院体育行政部门主管全国体育工作。国务院其他有关部门在
    各自的职责范围内管理相关体育工作。" — the departments concerned, a group, after the body that opened the article, lead
    their part (a verb of their work other than 负责: clauses._own_duties_subject with a law's groups)."""
    text = ("第四条 国务院科学技术行政部门负责全国人类遗传资源管理工作；国务院其他有关部门在各自的职责范围内，"
            "负责有关人类遗传资源管理工作。\n\n"
            "第五条 国务院体育行政部门主管全国体育工作。国务院其他有关部门在各自的职责范围内管理相关体育工作。\n")
    leads = leads_in_order(load("bs.txt", text=text))
    assert ["国务院其他有关部门"] in leads[:2] and leads[2:] == [["国务院体育行政部门"], ["国务院其他有关部门"]]


def test_bodies_acting_on_their_own_duties_to_help_a_named_department_assist_it():
    """上海 职业病防治条例 第六条 (b776): "市和区、县的劳动行政管理部门和其他有关行政管理部门依照各自的职责，协同卫生行政管理
    部门开展职业病防治工作。" — bodies sharing the article's duties in their own, whose duty is to help a department named
    after 协同: it leads, they assist (as a law's trades that are to help do)."""
    text = ("第六条 市卫生行政管理部门是本市职业病防治工作的主管部门。区、县卫生行政管理部门负责本行政区域内的职业病防治工作。\n\n"
            "市和区、县的劳动行政管理部门和其他有关行政管理部门依照各自的职责，协同卫生行政管理部门开展职业病防治工作。\n")
    assert roles_of(load("bt.txt", text=text))[-1] == (
        ["卫生行政管理部门"], sorted(["市和区、县的劳动行政管理部门", "其他有关行政管理部门"]))


def test_each_of_a_list_of_levels_printed_once_before_one_department():
    """杭州 渔业资源保护规定 第五条 (b810): "市渔业主管部门负责…；各区、县（市）渔业主管部门负责本行政区域内的…" — each district's
    and county's department, its levels printed once after 各 (vocabulary.LEVELS_FIRST), leads the part it opens."""
    text = ("第五条 市渔业主管部门负责全市的渔业资源保护管理工作；各区、县（市）渔业主管部门负责本行政区域内的渔业资源保护管理"
            "工作。\n")
    assert leads_in_order(load("bu.txt", text=text)) == [["市渔业主管部门"], ["各区、县渔业主管部门"]]


def test_bodies_helped_before_a_comma_and_the_work():
    """杭州 渔业资源保护规定 第五条 (b810): "乡（镇）人民政府、街道办事处应当协助渔业主管部门，做好本辖区内的…" — the helped
    department, a comma, then the work: it leads, the helpers assist (roles.yaml helped_first)."""
    text = ("第五条 市渔业主管部门负责全市的渔业资源保护管理工作。\n\n"
            "乡（镇）人民政府、街道办事处应当协助渔业主管部门，做好本辖区内的渔业资源保护管理工作。\n")
    assert roles_of(load("bv.txt", text=text))[-1] == (["渔业主管部门"], sorted(["乡人民政府", "街道办事处"]))


def test_trades_joined_by_yiji_to_a_laws_own_short_name():
    """潍坊 红色文化资源保护条例 第四条 (b806): "发展改革、…、生态环境以及党史史志、档案等部门，在各自职责范围内做好…" — 以及,
    which joins no trade's own name, parts a trade from a short name of the law's own after it: each department leads."""
    text = ("第四条 市、县（市、区）人民政府负责本行政区域内的红色文化资源保护工作。\n\n"
            "发展改革、教育、财政、生态环境以及党史史志、档案等部门，在各自职责范围内做好红色文化资源保护的相关工作。\n")
    assert leads_in_order(load("bw.txt", text=text))[-1] == sorted(
        ["发展改革", "教育", "财政", "生态环境", "党史史志", "档案"])


def test_a_laws_subject_parted_from_its_fuze_by_a_comma():
    """妇女权益保障法 第三条 (b814): "县级以上人民政府负责妇女儿童工作的机构，负责组织、协调、指导、督促有关部门做好…" — a body
    named by the work it does, a comma, then its 负责 (roles.yaml comma_subject_verbs, as a law's modal word after a
    comma is read): it leads its paragraph."""
    text = ("第三条 各级人民政府应当重视和加强妇女权益的保障工作。\n\n"
            "县级以上人民政府负责妇女儿童工作的机构，负责组织、协调、指导、督促有关部门做好妇女权益的保障工作。\n")
    assert leads_in_order(load("by.txt", text=text))[-1] == ["县级以上人民政府负责妇女儿童工作的机构"]


def test_the_departments_concerned_closing_a_list_of_named_ones_in_a_later_paragraph():
    """核安全法 第六条 (b814): "国务院核工业主管部门、能源主管部门和其他有关部门在各自职责范围内负责有关的核安全管理工作。" —
    a paragraph of its own whose list of named departments closes with the departments concerned, a group: each leads
    (not a group alone, "各有关部门应当…", a general provision)."""
    text = ("第六条 国务院核安全监督管理部门负责核安全的监督管理。\n\n"
            "国务院核工业主管部门、能源主管部门和其他有关部门在各自职责范围内负责有关的核安全管理工作。\n")
    assert leads_in_order(load("bz.txt", text=text))[-1] == sorted(["国务院核工业主管部门", "能源主管部门", "其他有关部门"])


def test_a_list_of_trades_opened_by_industry_and_closed_by_their_kind():
    """重庆 义务植树条例 第五条 (b812): "…；工业、农业、水利、交通、铁路、城建等绿化重点部门应积极做好本行业的义务植树工作。" —
    a local law's list of trades opened by 工业 (roles.yaml trades) and closed by 等 and the kind of department it
    names them by (roles.yaml etc): each leads its share; not the 等 of 高等 ("高等学校主管部门", one body)."""
    text = ("第五条 各级林业主管部门组织开展城乡义务植树活动。\n\n"
            "工业、农业、水利、交通、铁路、城建等绿化重点部门应积极做好本行业的义务植树工作。\n\n"
            "第六条 高等学校主管部门负责指导学校的义务植树工作。\n")
    leads = leads_in_order(load("ca.txt", text=text))
    assert leads[-2:] == [sorted(["工业", "农业", "水利", "交通", "铁路", "城建"]), ["高等学校主管部门"]]


def test_a_names_short_form_defined_with_cheng_or_closed_by_xiatong():
    """杭州 环境噪声污染防治条例 第五条 (b836): "市、区、县（市）环境保护行政主管部门（以下称环境保护部门）对…实施统一监督管理" and
    "…（简称环境保护行政主管部门，下同）负责…" — a name's short form defined with 称 alone, or closed by 下同, is read as if
    not printed (roles.yaml name_asides), as "（以下简称…）" already was: the name opens its duties."""
    text = ("第五条 市、区、县（市）环境保护行政主管部门（以下称环境保护部门）对本行政区域内的环境噪声污染防治实施统一监督管理。\n\n"
            "市海洋行政主管部门（简称海洋部门，下同）负责所管辖海域的海洋环境的监督管理。\n")
    assert leads_in_order(load("cb.txt", text=text))[-2:] == [["市、区、县环境保护行政主管部门"], ["市海洋行政主管部门"]]


def test_a_laws_department_parted_from_its_zhuguan_by_a_comma():
    """防治海岸工程建设项目污染损害海洋环境管理条例 第五条 (b843): "国务院环境保护主管部门，主管全国海岸工程建设项目的环境保护工作。"
    — a department, a comma, then the work it is in charge of (roles.yaml comma_subject_verbs): it leads, in each
    paragraph."""
    text = ("第五条 国务院环境保护主管部门，主管全国海岸工程建设项目的环境保护工作。\n\n"
            "沿海县级以上地方人民政府环境保护主管部门，主管本行政区域内的海岸工程建设项目的环境保护工作。\n")
    assert leads_in_order(load("cc.txt", text=text)) == [["国务院环境保护主管部门"], ["沿海县级以上地方人民政府环境保护主管部门"]]


def test_a_duty_list_head_naming_the_kind_of_its_duties():
    """社会团体登记管理条例 第二十四条 (b829): "登记管理机关履行下列监督管理职责：" over "(一)负责…；(二)…" — the kind of duties
    named before 职责 (监督管理, 管理 …): the items are the body's own duties, as under "履行下列职责：", and the article
    one task (test_a_laws_article_over_its_duty_list_is_one_task)."""
    text = ("第二十三条 登记管理机关负责社会团体的登记管理工作。\n\n"
            "第二十四条 登记管理机关履行下列监督管理职责：\n\n(一)负责社会团体的成立、变更、注销的登记；\n\n"
            "(二)对社会团体实施年度检查；\n")
    result = load("cd.txt", text=text)
    assert [t.number for t in result.tasks] == ["23", "24"]
    assert leads_in_order(result) == [["登记管理机关"]] * 2


def test_each_levels_department_and_one_body_on_its_own_duties_in_later_paragraphs():
    """杭州 公园条例 第四条 and 宁波 城市绿化条例 第四条 (b847): "各区人民政府公园行政主管部门负责本辖区内…" (各 before a level and
    its government: each district's department, roles.yaml body_name) and "镇人民政府在其职责范围内负责…" (one body on its own
    duties, roles.yaml own_duties) each open a paragraph of their own, led by them."""
    text = ("第四条 市人民政府公园行政主管部门负责组织实施本条例。\n\n"
            "各区人民政府公园行政主管部门负责本辖区内的公园行政管理工作。\n\n"
            "镇人民政府在其职责范围内负责本行政区域内城市绿化工作。\n")
    assert leads_in_order(load("ce.txt", text=text)) == [
        ["市人民政府公园行政主管部门"], ["各区人民政府公园行政主管部门"], ["镇人民政府"]]


def test_two_bodies_joined_by_he_in_a_laws_later_sentence():
    """国有企业富余职工安置规定 第十四条 (b853): "富余职工…依法享受待业保险待遇。劳动行政主管部门和有关行政主管部门应当创造条件，
    帮助职工再就业。" — a law's paragraph opened by what it grants, then two bodies joined by 和 and their modal word: both
    lead."""
    text = ("第十三条 各级劳动行政主管部门应当做好富余职工的社会安置和调剂工作。\n\n"
            "第十四条 富余职工依法享受待业保险待遇。劳动行政主管部门和有关行政主管部门应当创造条件，帮助职工再就业。\n")
    assert leads_in_order(load("cf.txt", text=text))[-1] == ["劳动行政主管部门", "有关行政主管部门"]


def test_financial_regulators_by_their_trades():
    """股票发行审核 中介机构 规定 第十二条 (b853): "证券监督管理、财政、司法行政等部门应当加强信息沟通和协调配合…" — a list of
    trades opened by a financial regulator's (roles.yaml trades): each leads."""
    text = "第十二条 证券监督管理、财政、司法行政等部门应当加强信息沟通和协调配合，按照职责分工，依法对中介机构执业行为加强监管。\n"
    assert leads_in_order(load("cg.txt", text=text)) == [sorted(["证券监督管理", "财政", "司法行政"])]


def test_a_citys_construction_and_enforcement_by_their_trades():
    """上海 食品安全法实施办法 第四条 (b844): "城市管理行政执法、卫生、商务、出入境检验检疫等部门在各自职责范围内，共同做好…" —
    lists opened by a city's enforcement or construction by their trades (roles.yaml trades: 城市管理行政执法, 城市建设):
    each department leads its share."""
    text = ("第四条 食品药品监督管理部门负责食品安全风险评估。\n\n"
            "城市管理行政执法、卫生、商务、出入境检验检疫等部门在各自职责范围内，共同做好食品安全监督管理工作。\n\n"
            "城市建设、环境保护、卫生等有关行政管理部门应当按照各自职责做好城市供水管理工作。\n")
    assert leads_in_order(load("ch.txt", text=text))[-2:] == [
        sorted(["城市管理行政执法", "卫生", "商务", "出入境检验检疫"]), sorted(["城市建设", "环境保护", "卫生"])]


def test_a_helped_department_after_its_levels_or_after_support():
    """杭州 公园条例 第四条 (b847): "建设、规划…等部门应按各自职责，协同市、区公园行政主管部门做好…" (the helped department's levels
    printed once before it) and 食品安全法实施条例 第四条 (b828): "乡镇人民政府和街道办事处应当支持、协助县级人民政府食品安全
    监督管理部门…依法开展…" (support before the help; roles.yaml helped_first): the body helped leads, the helpers assist."""
    text = ("第四条 市人民政府公园行政主管部门负责组织实施本条例。\n\n"
            "建设、规划、土地等部门应按各自职责，协同市、区公园行政主管部门做好公园行政管理工作。\n\n"
            "乡镇人民政府和街道办事处应当支持、协助县级人民政府食品安全监督管理部门依法开展食品安全监督检查工作。\n")
    assert roles_of(load("ci.txt", text=text))[-2:] == [
        (["市、区公园行政主管部门"], sorted(["建设", "规划", "土地"])),
        (["县级人民政府食品安全监督管理部门"], sorted(["乡镇人民政府", "街道办事处"]))]


def test_a_field_body_in_charge_helped_and_named_bodies_closed_by_the_bodies_concerned():
    """浙江 气象条例 第五条 (b847): "县级以上人民政府有关部门应当按照各自职责，协同气象主管机构做好气象工作。" (a law's body in
    charge of a field, roles.yaml heading_body_name: it leads, the departments assist) and 行政事业性国有资产管理条例 第五条
    (b828): "国务院机关事务管理部门和有关机关事务管理部门会同有关部门依法依规履行…" (a named body and the bodies concerned
    joined by 和, then 会同: both lead, the partners assist)."""
    text = ("第五条 省气象主管机构负责全省的气象工作。\n\n"
            "县级以上人民政府有关部门应当按照各自职责，协同气象主管机构做好气象工作。\n\n"
            "国务院机关事务管理部门和有关机关事务管理部门会同有关部门依法依规履行相关国有资产管理职责。\n")
    assert roles_of(load("cj.txt", text=text))[-2:] == [
        (["气象主管机构"], ["县级以上人民政府有关部门"]),
        (sorted(["国务院机关事务管理部门", "有关机关事务管理部门"]), ["有关部门"])]


def test_self_governing_bodies_and_organisations_closed_by_their_kind():
    """杭州 环境噪声污染防治条例 第六条 (b836): "村民自治组织、城市居民自治组织应当协助所在地人民政府及相关行政管理部门对…实施监督
    管理" (the self-governing bodies a law gives duties: roles.yaml units suffixes and body_name; they help the bodies
    named, which lead) and 河南 消防条例 第五条 (b835): "工会、共青团、妇联等团体应当结合各自工作对象的特点，组织开展消防宣传
    教育。" (organisations closed by 等 and their kind alone, roles.yaml etc: each leads)."""
    text = ("第五条 各级人民政府应当组织开展经常性的消防宣传教育。\n\n"
            "村民自治组织、城市居民自治组织应当协助所在地人民政府对影响居民住宅区的环境噪声实施监督管理。\n\n"
            "工会、共青团、妇联等团体应当结合各自工作对象的特点，组织开展消防宣传教育。\n")
    assert roles_of(load("ck.txt", text=text))[-2:] == [
        (["所在地人民政府"], sorted(["村民自治组织", "城市居民自治组织"])), (sorted(["工会", "共青团", "妇联"]), [])]


def test_a_department_managing_the_whole_countrys_or_its_areas_work():
    """人民防空法 第七条: "国家人民防空主管部门管理全国的人民防空工作。" and a law's "…主管部门监督管理本行政区域的…工作" — a body
    and the work it manages, the whole country's or its own area's (roles.yaml duty_verbs: 管理全国, 监督管理本 …): it
    leads (as "…管理本区、县的人民防空工作" already did)."""
    text = ("第三条 人民防空实行长期准备、重点建设、平战结合的方针。\n\n"
            "第四条 国家人民防空主管部门管理全国的人民防空工作。\n\n"
            "第五条 县级以上地方人民政府生态环境主管部门监督管理本行政区域的噪声污染防治工作。\n")
    assert leads_in_order(load("cl.txt", text=text)) == [["国家人民防空主管部门"], ["县级以上地方人民政府生态环境主管部门"]]


def test_a_laws_department_with_a_long_name_opens_its_paragraph():
    """金华 电梯安全条例 第四条 (b639): "住房和城乡建设行政主管部门负责对建筑物中电梯机房…的质量监督" (a trade's department however
    long its name) and 长江保护法 第八条 (b638): "国务院野生动物保护主管部门应当每十年组织开展一次野生动物调查" (a level and the
    field it is in charge of): each opens a paragraph of its own, which it leads."""
    text = ("第四条 市、县（市、区）人民政府特种设备安全监督管理部门负责对本行政区域内电梯安全实施监督管理。\n\n"
            "住房和城乡建设行政主管部门负责对建筑物中电梯机房的质量监督。\n\n"
            "国务院野生动物保护主管部门应当每十年组织开展一次野生动物调查。\n")
    assert leads_in_order(load("cm.txt", text=text))[-2:] == [["住房和城乡建设行政主管部门"], ["国务院野生动物保护主管部门"]]


def test_mass_organisations_by_their_full_names():
    """妇女权益保障法 第六条 (b814): "工会、共产主义青年团、残疾人联合会等群团组织应当在各自的工作范围内，做好…" and 临沂 美丽乡村
    条例 (b609): "共产主义青年团、妇女联合会、科学技术协会等群团组织应当积极参与…" — the mass organisations a law gives duties,
    by their full names (roles.yaml body_name): each leads."""
    text = ("第五条 县级以上人民政府负责妇女权益保障工作。\n\n"
            "工会、共产主义青年团、残疾人联合会等群团组织应当在各自的工作范围内，做好维护妇女权益的工作。\n\n"
            "共产主义青年团、妇女联合会、科学技术协会等群团组织应当积极参与美丽乡村建设的相关工作。\n")
    assert leads_in_order(load("cn.txt", text=text))[-2:] == [
        sorted(["工会", "共产主义青年团", "残疾人联合会"]), sorted(["共产主义青年团", "妇女联合会", "科学技术协会"])]


def test_mass_organisations_closed_by_their_kinds():
    """禁止使用童工规定 第五条 (b743): "工会、共青团、妇联等群众组织应当依法…" and 宁波 全民阅读促进条例 (b660): "工会、共青团、
    妇联、残联等人民团体和群众团体应当…" — a list closed by 等 and the kind of organisation, or two kinds joined (roles.yaml
    etc): each organisation leads."""
    text = ("第五条 县级以上人民政府负责妇女权益保障工作。\n\n"
            "工会、共青团、妇联等群众组织应当依法对禁止使用童工的情况进行监督。\n\n"
            "工会、共青团、妇联、残联等人民团体和群众团体应当结合各自工作对象的特点开展阅读活动。\n")
    assert leads_in_order(load("co.txt", text=text))[-2:] == [
        sorted(["工会", "共青团", "妇联"]), sorted(["工会", "共青团", "妇联", "残联"])]


def test_the_public_bodies_a_law_charges_by_their_kind():
    """传染病防治法 第七条 (b649): "各级疾病预防控制机构承担传染病监测…" and 社区矫正法 (b815): "社区矫正机构应当配备…" — the
    public bodies a law charges, named by their kind (roles.yaml heading_body_name: 预防控制, 经办, 矫正, 援助 机构): each opens
    a paragraph of its own, which it leads."""
    text = ("第七条 国务院卫生行政部门主管全国传染病防治及其监督管理工作。\n\n"
            "各级疾病预防控制机构承担传染病监测、预测、流行病学调查、疫情报告以及其他预防、控制工作。\n\n"
            "社区矫正机构应当配备具有法律等专业知识的专门国家工作人员。\n")
    assert leads_in_order(load("cp.txt", text=text))[-2:] == [["各级疾病预防控制机构"], ["社区矫正机构"]]


def test_partners_after_together_end_before_a_preposition_or_their_kind():
    """渔业法实施细则 第五条 (河南 办法, b846): "县级以上人民政府渔业行政主管部门会同有关部门对本行政区域内…进行规划" (the
    partners end before 对, roles.yaml name_breaks) and 水库大坝安全管理条例 第三条 (b695): "国务院水行政主管部门会同国务院有关
    主管部门对全国的大坝安全实施监督" (主管 inside the partner's name, then its kind: the departments concerned, roles.yaml
    concerned_partners): the bodies it works with assist."""
    text = ("第五条 县级以上人民政府渔业行政主管部门会同有关部门对本行政区域内用于养殖业的水域、滩涂进行规划。\n\n"
            "第六条 国务院水行政主管部门会同国务院有关主管部门对全国的大坝安全实施监督。\n")
    assert roles_of(load("cq.txt", text=text)) == [
        (["县级以上人民政府渔业行政主管部门"], ["有关部门"]), (["国务院水行政主管部门"], ["国务院有关主管部门"])]


def test_one_trade_closed_by_its_kind_after_together():
    """北京 农业机械化促进条例 第八条 (b824): "…主管部门应当会同财政、科技等有关部门予以支持" (予以 ends the partners,
    roles.yaml partner_stops) and 乡村旅游 条例 (b639): "…应当会同文化广电旅游等有关部门依法制定…" (one trade closed by 等
    and its kind): each trade is a department it works with, as printed."""
    text = ("第八条 市和区农业机械化主管部门应当会同财政、科技等有关部门予以支持。\n\n"
            "第九条 市市场监督管理部门应当会同文化广电旅游等有关部门依法制定乡村旅游地方标准。\n")
    assert roles_of(load("cr.txt", text=text)) == [
        (["市和区农业机械化主管部门"], sorted(["财政", "科技"])), (["市市场监督管理部门"], ["文化广电旅游"])]


def test_a_duty_list_item_opening_with_together_is_its_heads():
    """上海 中小企业促进条例 第四条 (b872): "市人民政府负责促进中小企业发展工作的主管部门（以下简称…）应当履行下列职责：" then
    "（五）会同市有关部门负责市中小企业发展专项资金的使用管理；" — the body named by what it does (textnorm FUNCTION_NAMED, with
    主管 before its kind) heads the list, and an item opening with 会同 (clauses.PARTNERS_FIRST) names the bodies it works
    with: they assist, the head's body leads (the item used to be led by 市有关部门)."""
    text = ("第四条 市人民政府负责促进中小企业发展工作的主管部门（以下简称“市中小企业工作主管部门”）应当履行下列职责：\n\n"
            "（一）组织拟订本市促进中小企业发展规划和有关政策措施；\n\n"
            "（二）会同市有关部门负责市中小企业发展专项资金的使用管理；\n")
    head = "市人民政府负责促进中小企业发展工作的主管部门"
    assert roles_of(load("cs.txt", text=text)) == [([head], []), ([head], ["市有关部门"])]
    # (not a body named after its copula: "北京市邮政管理局是本市邮政通信工作的主管部门", 北京 邮政通信管理条例, b774)
    assert leads_in_order(load("cs2.txt", text="第三条 北京市邮政管理局是本市邮政通信工作的主管部门。\n")) == \
        [["北京市邮政管理局"]]


def test_bodies_within_their_powers():
    """保守国家秘密法实施条例 (b868): "…有关部门在各自职权范围内负责有关的保密工作" — a power's range (roles.yaml own_duties:
    在其职权范围内, 在各自职权范围内) as their duties' range is: the bodies lead."""
    text = ("第三条 国家保密行政管理部门主管全国的保密工作。\n\n"
            "第五条 县级以上地方各级人民政府有关部门在各自职权范围内负责有关的保密工作。\n")
    assert leads_in_order(load("ct.txt", text=text))[-1] == ["县级以上地方各级人民政府有关部门"]


def test_a_laws_body_acting_by_law():
    """环境保护税法实施条例 第十二条 (b855): "税务机关依法履行…职责。\\n\\n环境保护主管部门依法负责应税污染物监测管理…" — 依法
    between a body and its 负责 (roles.yaml verb_qualifiers): the paragraph is the body's own task."""
    text = ("第十二条 税务机关依法履行环境保护税纳税申报受理、涉税信息比对、组织税款入库等职责。\n\n"
            "环境保护主管部门依法负责应税污染物监测管理，制定和完善污染物监测规范。\n")
    assert leads_in_order(load("cv.txt", text=text)) == [["税务机关"], ["环境保护主管部门"]]


def test_partners_after_together_named_in_full_or_by_their_trades_after_a_level():
    """公共文化体育设施条例 (b637): "…会同国务院文化行政主管部门、体育行政主管部门，将…纳入…计划" (主管 inside each name of a
    list); 义务教育 残疾儿童 条例 (b643): "…会同卫生行政部门、民政部门、残疾人联合会，根据…" (联合 inside a name, no partner
    word before 会); 浙江 实施节约能源法办法 (b760): "省标准化主管部门会同省节能主管部门和有关部门依法制定…" (a law's
    department by its level and field, then the departments concerned); 土壤污染防治法 (b663): "…会同国务院农业农村、自然
    资源、水利等主管部门建立…" (the level printed once before the trades, left out as the labels write them)."""
    text = ("第九条 国务院发展和改革行政主管部门应当会同国务院文化行政主管部门、体育行政主管部门，将全国公共文化体育设施的建设"
            "纳入国民经济和社会发展计划。\n\n"
            "第十五条 县级人民政府教育行政部门应当会同卫生行政部门、民政部门、残疾人联合会，根据残疾人统计等信息，对适龄残疾"
            "儿童进行入学前登记。\n\n"
            "第十一条 省标准化主管部门会同省节能主管部门和有关部门依法制定单位产品能耗限额地方标准。\n\n"
            "第十六条 国务院生态环境主管部门应当会同国务院农业农村、自然资源、水利等主管部门建立土壤环境基础数据库。\n")
    assert [assists for _leads, assists in roles_of(load("cw.txt", text=text))] == [
        sorted(["国务院文化行政主管部门", "体育行政主管部门"]), sorted(["卫生行政部门", "民政部门", "残疾人联合会"]),
        sorted(["省节能主管部门", "有关部门"]), sorted(["农业农村", "自然资源", "水利"])]


def test_a_centre_named_by_what_it_coordinates():
    """民用航空器搜寻援救规定 第五条 (b868): "民航局搜寻援救协调中心和地区管理局搜寻援救协调中心承担陆上搜寻援救民用航空器的
    协调工作。" — 协调 before 中心 ends a body's name, it is no duty verb (roles.yaml not_after_duty_verb): the centres
    lead."""
    text = ("第四条 中国民用航空局负责统一指导全国范围的搜寻援救民用航空器的工作。\n\n"
            "第五条 民航局搜寻援救协调中心和地区管理局搜寻援救协调中心承担陆上搜寻援救民用航空器的协调工作。\n")
    assert leads_in_order(load("cx.txt", text=text))[-1] == sorted(["民航局搜寻援救协调中心", "地区管理局搜寻援救协调中心"])


def test_a_federation_helping_a_named_department():
    """舟山 科技创新促进条例 第五条 (b708): its third paragraph, "市、县（区）科学技术协会、社会科学界联合会协助科技行政主管部门
    推进科技创新促进工作。" — a 联合会 is a body (roles.yaml body_name), as the 科学技术协会 before it: the department they
    help leads and they assist (the paragraph used to run into the one before it); a trade's 协会 is not ("特种设备行业协会
    应当…", 特种设备安全法, b785: its labellers leave it out)."""
    text = ("第五条 市、县（区）科技行政主管部门负责本行政区域内科技创新促进工作的统筹协调、指导和监督管理。\n\n"
            "发展和改革、经信、财政、人力社保等部门按照各自职责开展科技创新促进工作。\n\n"
            "市、县（区）科学技术协会、社会科学界联合会协助科技行政主管部门推进科技创新促进工作。\n")
    assert roles_of(load("cy.txt", text=text))[-1] == (["科技行政主管部门"], sorted(["市、县科学技术协会", "社会科学界联合会"]))
    assert leads_in_order(load("cy2.txt", text="第九条 国务院负责特种设备安全监督管理的部门对全国特种设备安全实施监督管理。\n\n"
                                                "特种设备行业协会应当加强行业自律，推进行业诚信体系建设。\n")) == \
        [["国务院负责特种设备安全监督管理的部门"]]


def test_a_laws_trades_opened_by_science_and_technology():
    """河南 高新技术产业促进条例 第五条 (b894): "县级以上人民政府科学技术、发展改革、工业和信息化、财政…等部门应当按照各自职责，
    做好…" — 科学技术 is a trade (roles.yaml trades, with 知识产权, 安全生产, 能源 … the pieces the labellers write most often
    that were not there): the list is its departments', each a lead (the article used to be read as no one's)."""
    text = ("第四条 省人民政府应当将发展高新技术产业作为重要战略任务。\n\n"
            "第五条 县级以上人民政府科学技术、发展改革、工业和信息化、财政等部门应当按照各自职责，做好高新技术产业发展的"
            "相关工作。\n")
    assert leads_in_order(load("cz.txt", text=text)) == [["省人民政府"], sorted(["科学技术", "发展改革", "工业和信息化", "财政"])]
    # (a list opened by another trade that was not there: "测绘、国土资源、农林…等部门", its words printed beside known trades)
    text = "第七条 县级以上人民政府测绘、国土资源、农林、水利等部门按照各自职责，做好地质灾害防治工作。\n"
    assert leads_in_order(load("cz2.txt", text=text)) == [sorted(["测绘", "国土资源", "农林", "水利"])]


def test_a_laws_later_paragraph_whose_agent_follows_its_topic():
    """河南 黄河工程管理条例 第六条 (b894): "…黄河河务部门是本行政区域内黄河工程的主管机构，…" / "黄河工程治安保卫工作由当地公安
    机关负责。" — a paragraph whose agent is named after its topic and 由 is a sentence of the article, not a line of units
    and their verb (outline._verb_clause_line), and the body opening the article's first paragraph is still read
    (clauses: openings, though a 由 clause was found in a later paragraph): each paragraph is a part, led by its own
    body (the second paragraph's agent used to lead the whole article beside the first's)."""
    text = ("第六条 县黄河河务部门负责本行政区域内黄河工程的管理。\n\n"
            "黄河工程治安保卫工作由当地公安机关负责。\n")
    result = load("da.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["6.1", "6.2"]
    assert leads_in_order(result) == [["县黄河河务部门"], ["当地公安机关"]]


def test_a_duty_lists_body_before_whom_the_duties_are_over():
    """劳动就业服务企业管理规定 第十条 (b885): "各行业主管部门对本部门劳动就业服务企业的职责是：" then its items — the body's name
    ends before 对 (roles.yaml duties_of): 各行业主管部门 leads the items (the name used to run on to 企业)."""
    text = ("第十条 各行业主管部门对本部门劳动就业服务企业的职责是：\n\n"
            "(一)指导和监督劳动就业服务企业贯彻执行国家有关方针、政策和法律、法规；\n\n"
            "(二)制定劳动就业服务企业的部门发展规划，协助企业筹措发展资金；\n")
    assert {actor for leads in leads_in_order(load("db.txt", text=text)) for actor in leads} == {"各行业主管部门"}


def test_departments_helping_an_inspection_body_investigate():
    """制止牟取暴利的暂行规定 第十五条 (b885): "工商行政管理、审计、财政…等部门，应当在各自的职责范围内，配合价格监督检查机构查处
    牟取暴利的行为。" — an inspection body is a law's body (roles.yaml heading_body_name: 检查机构, 监察机构) and 查处 the work it
    is helped with (vocabulary helped_first_re): it leads, the departments assist (they used to lead)."""
    text = "第十五条 工商行政管理、审计、财政等部门，应当在各自的职责范围内，配合价格监督检查机构查处牟取暴利的行为。\n"
    assert roles_of(load("dc.txt", text=text)) == [(["价格监督检查机构"], sorted(["工商行政管理", "审计", "财政"]))]


def test_a_laws_bodies_named_by_what_they_direct_and_the_customs():
    """浙江 志愿服务条例 第五条 (b665): "县级以上人民政府精神文明建设指导机构应当建立志愿服务工作协调机制…" — a body named by
    what it directs, commands, registers, studies or examines is a law's body (roles.yaml heading_body_name: 指导机构 …
    考试机构), and so are the customs (body_name: 海关): each leads its article (both used to be read as no one's)."""
    text = ("第五条 县级以上人民政府精神文明建设指导机构应当建立志愿服务工作协调机制，组织有关部门做好志愿服务工作。\n\n"
            "第六条 海关应当依法加强对进出境运输工具的监管。\n")
    assert leads_in_order(load("dd.txt", text=text)) == [["县级以上人民政府精神文明建设指导机构"], ["海关"]]


def test_a_laws_city_level_and_a_partner_at_the_same_level():
    """山东 海域使用管理条例 第六条 (b893): "省、设区的市和县（市）人民政府海洋行政主管部门应当会同有关部门，…编制…" — 设区的市 is a
    level a law prints once with others before one name (vocabulary LEVEL, clauses._modal_subject); 杭州 燃气管理条例 第七条
    (b897): "发展和改革主管部门应当会同同级燃气主管部门建立…" — a partner named by its government's level, 同级 (clauses.
    _LAW_DEPARTMENT). The first used to be read as no one's, the second without its partner."""
    text = ("第六条 省、设区的市和县（市）人民政府海洋行政主管部门应当会同有关部门，依据上一级海洋功能区划，编制本行政区毗邻"
            "海域的海洋功能区划。\n\n"
            "第七条 发展和改革主管部门应当会同同级燃气主管部门建立燃气保障机制，拓展上游气源。\n")
    assert roles_of(load("de.txt", text=text)) == [(["省、设区的市和县人民政府海洋行政主管部门"], ["有关部门"]),
                                                  (["发展和改革主管部门"], ["同级燃气主管部门"])]


def test_a_duty_lists_item_opened_by_its_partners():
    """浙江 海塘建设管理条例 第六条 (b810): "水行政主管部门的主要职责是：" / "（二）会同有关部门编制海塘建设规划；" — an item of a
    body's duty list opened by 会同 and the bodies it works with (clauses.PARTNERS_FIRST), whatever its verb: the list
    head's body leads it and they assist (they used to be dropped); "…办法由国务院计量行政部门另行制定" — 另行 says how the
    body acts, no part of its name (roles.yaml verb_qualifiers)."""
    text = ("第六条 水行政主管部门的主要职责是：\n\n"
            "（一）贯彻执行国家和省有关海塘建设管理的法律、法规；\n\n"
            "（二）会同有关部门编制海塘建设规划；\n\n"
            "（三）按照规定的权限审查、审批海塘建设项目。\n\n"
            "第七条 检定的具体办法由国务院计量行政部门会同国务院有关部门另行制定。\n")
    result = load("df.txt", text=text)
    assert {actor for leads, _assists in roles_of(result) for actor in leads} == {"水行政主管部门", "国务院计量行政部门"}
    assert sorted(actor for _leads, assists in roles_of(result) for actor in assists) == ["国务院有关部门", "有关部门"]


def test_a_laws_body_acting_by_its_own_duties_over_what_it_is_charged_with():
    """国歌法 第十四条 (b923): "县级以上各级人民政府及其有关部门在各自职责范围内，对国歌的奏唱、播放和使用进行监督管理。" — the
    bodies, the words saying each acts by its own duties (roles.yaml own_duties), then 对, what the duty is over, and
    进行, a verb of its duty only there (roles.yaml object_verbs); 浙江 全民健身条例 第五条 (b919): "县级以上人民政府其他有关
    部门在各自职责范围内做好全民健身工作。" (both used to be read as no one's)."""
    text = ("第十四条 县级以上各级人民政府及其有关部门在各自职责范围内，对国歌的奏唱、播放和使用进行监督管理。\n\n"
            "第十五条 县级以上人民政府其他有关部门在各自职责范围内做好全民健身工作。\n\n"
            "第十六条 公安机关对国歌的奏唱进行监督管理。\n")
    assert leads_in_order(load("dg.txt", text=text)) == [["县级以上各级人民政府", "有关部门"],
                                                        ["县级以上人民政府其他有关部门"], ["公安机关"]]
    # (进行 is no verb of a duty without 对 and a body before it: "…进行审核" names no one)
    with pytest.raises(UnreadableInput):
        load("dg2.txt", text="第十七条 各地进行审核。\n")


def test_a_duty_list_of_a_body_in_its_field_of_work_and_a_body_exercising_its_powers():
    """全民所有制工业交通企业设备管理条例 第九条 (b911): "国家经济委员会在设备管理工作中的主要职责是：" — in what work, after 在,
    comes between the body and its duties (roles.yaml duties_of); 宁波 慈城古县城保护条例 第六条 (b919): "慈城古县城保护管理
    机构行使市和江北区人民政府依法授予的职权，具体负责…" — 行使 is a verb of its duties (roles.yaml duty_verbs), the body's
    name ends before it (the first used to be read as no one's, the second's name ran on to the governments')."""
    text = ("第九条 国家经济委员会在设备管理工作中的主要职责是：\n\n"
            "(一)贯彻执行国家有关设备管理的方针、政策和法规；\n\n"
            "(二)负责设备管理的监督检查和组织协调等综合工作。\n\n"
            "第十条 慈城古县城保护管理机构行使市和江北区人民政府依法授予的职权，具体负责慈城古县城的保护和管理工作。\n")
    assert {actor for leads in leads_in_order(load("dh.txt", text=text)) for actor in leads} == \
        {"国家经济委员会", "慈城古县城保护管理机构"}


def test_a_laws_paragraphs_each_opened_by_its_body_beside_a_later_paragraphs_agent():
    """国歌法 第十条 (b923): a first paragraph no body opens ("…应当使用国歌标准演奏曲谱…"), then "外交部及驻外外交机构应当向…
    提供…", "国务院体育行政部门应当向…提供…" and "…由国务院确定的部门组织审定、录制…" — each later paragraph is a part led by
    its own body, beside the agent of the last (clauses.find_clauses: the bodies opening a law's paragraphs are read
    though a 由 clause of a later paragraph was found first), and a body named by its work is a law's body (roles.yaml
    heading_body_name: 外交机构, 法制机构 …). Only the last paragraph's agent used to be read."""
    text = ("第十条 在本法第四条规定的场合奏唱国歌，应当使用国歌标准演奏曲谱或者国歌官方录音版本。\n\n"
            "外交部及驻外外交机构应当向有关国家外交部门和有关国际组织提供国歌标准演奏曲谱和国歌官方录音版本。\n\n"
            "国务院体育行政部门应当向有关国际体育组织和赛会主办方提供国歌标准演奏曲谱和国歌官方录音版本。\n\n"
            "国歌标准演奏曲谱、国歌官方录音版本由国务院确定的部门组织审定、录制，并在中国人大网和中国政府网上发布。\n")
    assert leads_in_order(load("dj.txt", text=text)) == [["外交部", "驻外外交机构"], ["国务院体育行政部门"],
                                                        ["国务院确定的部门"]]


def test_a_body_named_after_its():
    """"其主管部门应当及时处理" / "其文物保护委员会负责…" (b557, b674, b758) — 其 (its) points to the body by whose it is and
    is no part of its name (textnorm.OWNER_WORDS, read by unit_lists; the corpus's convention): the units are 主管部门,
    文物保护委员会 (not 其他, a group's own word: 其他有关部门)."""
    text = ("第八条 其文物保护委员会负责协调文物保护工作。其他有关部门应当按照各自职责做好文物保护工作。\n\n"
            "第九条 其主管部门应当及时处理。\n")
    assert leads_in_order(load("dk.txt", text=text)) == [["文物保护委员会"], ["其他有关部门"], ["主管部门"]]


def test_a_duty_list_headed_by_what_its_body_is_in_charge_of():
    """高等教育管理职责暂行规定 (b755): "一、 国家教育委员会在国务院的领导下，主管全国高等教育工作，其主要职责是：" then its items
    (一)(二)… — the body, who leads it, what it is in charge of, then "其主要职责是：" head the list (roles.yaml duties_of):
    the body leads every item, a partner after 会同 assists (the document used to be read as one prose task)."""
    text = ("一、 国家教育委员会在国务院的领导下，主管全国高等教育工作，其主要职责是：\n\n"
            "(一)贯彻执行党和国家有关高等教育的方针政策。\n\n"
            "(二)会同国务院有关部门制订高等教育的基建投资的管理制度。\n\n"
            "二、 国务院有关部门在国家教育委员会的指导下，管理其直属的高等学校，其主要职责是：\n\n"
            "(一)贯彻执行党和国家有关高等教育的方针政策。\n")
    assert roles_of(load("dl.txt", text=text)) == [(["国家教育委员会"], []), (["国家教育委员会"], ["国务院有关部门"]),
                                                  (["国务院有关部门"], [])]


def test_a_governments_own_department_named_through_it():
    """青岛 金融发展促进条例 第四条 (b851): "市、区（市）人民政府的金融工作部门具体负责…"; 河南 水利工程管理条例 (b857): "各级
    人民政府的水行政主管部门应当…" — a government's department named through it with 的 is one name (textnorm.NAME_CHAR),
    not who leads it ("在区人民政府的统一领导…下"): each leads its article (both used to be read as no one's)."""
    text = ("第四条 市、区（市）人民政府的金融工作部门具体负责金融发展工作的综合协调和督促指导。\n\n"
            "第五条 各级人民政府的水行政主管部门应当加强水利工程管理。\n\n"
            "第六条 区卫生计生行政部门在区人民政府的统一领导下，依法负责院前医疗急救的监督管理。\n")
    assert leads_in_order(load("dm.txt", text=text)) == [["市、区人民政府的金融工作部门"], ["各级人民政府的水行政主管部门"],
                                                        ["区卫生计生行政部门"]]


def test_a_laws_duty_list_whose_items_name_its_partners():
    """浙江 饮用水源保护条例 第八条 (b608): "…环境保护行政主管部门对本辖区内的饮用水源保护实施统一监督管理，具体行使下列职责：" /
    "（二）会同有关部门编制饮用水源保护区区划方案…" — the article is one task (its list head), its body leads, and the
    bodies its items open with after 会同 assist it (items._list_partners; they used to be dropped)."""
    text = ("第八条 市、县（市）人民政府环境保护行政主管部门对本辖区内的饮用水源保护实施统一监督管理，具体行使下列职责：\n\n"
            "（一）贯彻国家有关饮用水源保护的方针、政策；\n\n"
            "（二）会同有关部门编制饮用水源保护区区划方案和饮用水源保护规划；\n\n"
            "（三）负责饮用水源水质监测工作。\n\n"
            "第十条 公安机关负责治安。\n")
    assert roles_of(load("dn.txt", text=text)) == [(["市、县人民政府环境保护行政主管部门"], ["有关部门"]),
                                                  (["公安机关"], [])]



def test_a_laws_department_and_its_own_body_after_a_comma():
    """杭州 城市绿化条例 第四条 (b847): "市城市管理部门是本市城市绿化行政主管部门，负责…，其所属园林管理机构负责城市绿化的
    具体管理工作。" and 水文条例 (b783): "国务院水行政主管部门主管全国的水文工作，其直属的水文机构具体负责…" — a law's body
    named by its kind (机构) and 负责 after a comma of its department's sentence leads the task too, and 其所属 / 其直属的
    (its own) is no part of its name (textnorm.OWNER_WORDS; it used to be dropped)."""
    text = ("第四条 市城市管理部门是本市城市绿化行政主管部门，负责全市城市绿化的监督管理和指导工作，其所属园林管理机构负责"
            "城市绿化的具体管理工作。\n\n"
            "第五条 国务院水行政主管部门主管全国的水文工作，其直属的水文机构具体负责组织实施管理工作。\n")
    assert leads_in_order(load("dp.txt", text=text)) == [["园林管理机构", "市城市管理部门"], ["国务院水行政主管部门", "水文机构"]]


def test_a_laws_bodies_acting_by_their_legal_duties_or_powers():
    """金融资产管理公司条例 第四条 (b945): "中国人民银行、财政部和中国证券监督管理委员会依据各自的法定职责对金融资产管理公司
    实施监督管理。" and 职工带薪年休假条例 第九条 (b945): "国务院人事部门、国务院劳动保障部门依据职权，分别制定本条例的实施
    办法。" — the duties or powers the law gives each body (roles.yaml own_duties) come between the bodies and their verb,
    and what a body's duty is over may end like a body's name (…公司) after 对 (both used to be read as no one's)."""
    text = ("第四条 中国人民银行、财政部和中国证券监督管理委员会依据各自的法定职责对金融资产管理公司实施监督管理。\n\n"
            "第九条 国务院人事部门、国务院劳动保障部门依据职权，分别制定本条例的实施办法。\n\n"
            "第十条 国务院证券监督管理机构对证券公司实施监督管理。\n")
    assert leads_in_order(load("dl.txt", text=text)) == [["中国人民银行", "中国证券监督管理委员会", "财政部"],
                                                        ["国务院人事部门", "国务院劳动保障部门"], ["国务院证券监督管理机构"]]


def test_a_body_running_or_answering_for_the_work_after_dui():
    """地下水管理条例 第七条 (b636): "国务院对省、自治区、直辖市地下水管理和保护情况实行目标责任制和考核评价制度。" and 开封
    城市饮用水水源保护条例 第五条 (b742): "市人民政府对城市饮用水水源保护工作负总责。" — 实行 and 负总责 are verbs of a body's
    duty after 对 and what the duty is over (roles.yaml object_verbs); not where no body comes before 对."""
    text = ("第七条 国务院对省、自治区、直辖市地下水管理和保护情况实行目标责任制和考核评价制度。\n\n"
            "第五条 市人民政府对城市饮用水水源保护工作负总责。\n")
    assert leads_in_order(load("dm.txt", text=text)) == [["国务院"], ["市人民政府"]]
    with pytest.raises(UnreadableInput):
        load("dm2.txt", text="第六条 鼓励各地对充电基础设施场地租金实行阶段性减免。\n")


def test_a_laws_later_paragraphs_after_a_first_paragraphs_agent():
    """机动车驾驶证申领和使用规定 第二条 (b951): "本规定由公安机关交通管理部门负责实施。" / "省级公安机关交通管理部门负责本省…
    的指导、检查和监督。" — the first paragraph's agent (由) does not end the article: each later paragraph opened by its
    own body is a part it leads (clauses.find_clauses). The second paragraph used to be read as no one's."""
    text = ("第二条 本规定由公安机关交通管理部门负责实施。\n\n"
            "省级公安机关交通管理部门负责本省（自治区、直辖市）机动车驾驶证业务工作的指导、检查和监督。\n")
    assert leads_in_order(load("dn.txt", text=text)) == [["公安机关交通管理部门"], ["省级公安机关交通管理部门"]]


def test_a_defence_laws_central_military_commission_and_central_state_organs_as_bodies():
    """预备役人员法 第五条 (b951): "中央军事委员会领导预备役人员工作。" / "中央军事委员会政治工作部门负责组织指导…，中央军事委员会
    国防动员部门负责组织预备役人员编组…" / "中央国家机关、县级以上地方人民政府和同级军事机关按照职责分工做好…" — a defence law's
    bodies are named through the Central Military Commission or as the central state organs (roles.yaml body_name), as a
    local law's through their level: each paragraph's own bodies lead it (the second paragraph used to be read as no
    one's)."""
    text = ("第五条 中央军事委员会领导预备役人员工作。\n\n"
            "中央军事委员会政治工作部门负责组织指导预备役人员管理工作，中央军事委员会国防动员部门负责组织预备役人员编组、"
            "动员征集等有关工作。\n\n"
            "中央国家机关、县级以上地方人民政府和同级军事机关按照职责分工做好预备役人员有关工作。\n")
    assert leads_in_order(load("do.txt", text=text)) == [["中央军事委员会"],  # (领导, a duty verb: see below)
                                                        ["中央军事委员会国防动员部门", "中央军事委员会政治工作部门"],
                                                        ["中央国家机关", "县级以上地方人民政府", "同级军事机关"]]


def test_a_laws_work_in_the_charge_of_the_body_after_by():
    """户口登记条例 第三条 (b901): "户口登记工作，由各级公安机关主管。" — 主管 after 由 and a body is the agent's verb (roles.yaml
    agent_verbs): the body leads (the article used to be read as no one's); 主管 opening a name is no verb ("…由城乡规划主管
    部门负责", not_after_duty_verb)."""
    text = ("第三条 户口登记工作，由各级公安机关主管。\n\n"
            "第四条 具体工作由城乡规划主管部门负责。\n")
    assert leads_in_order(load("dp.txt", text=text)) == [["各级公安机关"], ["城乡规划主管部门"]]


def test_a_body_ending_in_jigou_parted_from_the_next_at_a_conjunction():
    """统计法实施条例 第三条 (b829): "县级以上人民政府统计机构和有关部门应当…" and 快递暂行条例 第六条 (b737): "国务院邮政管理
    部门和省、自治区、直辖市邮政管理机构以及省级以下邮政管理机构负责…" — a name ending in 机构 ends a body as 局 or 部门 does,
    so 和 / 以及 after it part two bodies (unit_lists._CONJUNCTION; they used to be read as one name)."""
    text = ("第三条 县级以上人民政府统计机构和有关部门应当加强统计监督。\n\n"
            "第六条 国务院邮政管理部门和省、自治区、直辖市邮政管理机构以及省级以下邮政管理机构负责对邮政市场实施监督管理。\n")
    assert leads_in_order(load("dq.txt", text=text)) == [
        ["县级以上人民政府统计机构", "有关部门"],
        ["国务院邮政管理部门", "省、自治区、直辖市邮政管理机构", "省级以下邮政管理机构"]]


def test_a_government_leading_the_work_of_a_law():
    """传染病防治法 第五条 (b649): "各级人民政府领导传染病防治工作。" and 精神卫生法 第六条 (b676): "县级以上人民政府领导精神卫生
    工作，…" — 领导 is a verb of a body's duties (roles.yaml duty_verbs), as 领导本 / 领导全国 were; not who leads a body
    (guided_by: "在区人民政府领导下负责…") nor a team's name (领导小组, not_after_duty_verb)."""
    text = ("第五条 各级人民政府领导传染病防治工作。\n\n"
            "第六条 县级以上人民政府领导精神卫生工作，将其纳入国民经济和社会发展规划。\n\n"
            "第七条 区卫生局在区人民政府领导下负责卫生工作。\n")
    assert leads_in_order(load("dr.txt", text=text)) == [["各级人民政府"], ["县级以上人民政府"], ["区卫生局"]]


def test_a_government_and_its_own_trades_after_jiqi():
    """广东 粤菜美食文化促进条例 第十三条 (b655): "县级以上人民政府及其文化和旅游、商务等部门应当统筹规划…" — a level's government,
    及其 (and its own), then its trades listed once with their kind (clauses._trades_subject): the government and each trade
    lead (the article used to be read as no one's)."""
    text = ("第十三条 县级以上人民政府及其文化和旅游、商务等部门应当统筹规划粤菜美食与文化旅游发展。\n\n"
            "第五条 市、县（区）人民政府及其发展和改革、住房和城乡建设、环境保护等行政主管部门应当建立完善宣传教育制度。\n")
    assert leads_in_order(load("ds.txt", text=text)) == [["县级以上人民政府", "商务", "文化和旅游"],
                                                        ["住房和城乡建设", "发展和改革", "市、县人民政府", "环境保护"]]


def test_every_locality_addressed_alone_as_a_notices_subject():
    """教育部等十三部门 非学科类培训 意见 (b716): "各地要区分体育、文化艺术、科技等类别培训机构，…" — 各地 alone, every locality the
    ministry addresses, is a sentence's subject and leads as "各村要…" does in a town's plan (roles.yaml prose.localities);
    not beside other groups ("各地区、各部门要…" closes a notice, 河北 电子政务 通知, b550: no one's task)."""
    text = ("一、规范管理\n"
            "4.制定设置标准。各地要区分体育、文化艺术、科技等类别培训机构，明确相应主管部门。\n"
            "7.发布清单目录。各地要细化并公布各行业培训类别的清单目录。教育行政部门要强化统筹协调，避免出现监管盲点。\n"
            "8.加强组织领导。各地区、各部门要高度重视，认真抓好落实。\n")
    result = load("dt.txt", text=text)
    assert leads_in_order(result) == [["各地"], ["各地"], ["教育行政部门"]]


def test_an_agents_partners_after_hui_tong_then_how_they_work():
    """碳排放权交易管理暂行条例 第六条 (b677): "…，由国务院生态环境主管部门会同国务院发展改革等有关部门根据国家温室气体排放
    控制目标研究提出，…" — the partners after 会同 end where a word that ends names (根据, roles.yaml name_breaks) opens how
    they work, before the agent's verb (clauses._partners_then_work): the agent leads and its partners assist (the clause
    used to be read as no one's); not a list cut short inside a name ("国务院野生动物、植物管理部门")."""
    text = ("第六条 碳排放权交易覆盖的温室气体种类和行业范围，由国务院生态环境主管部门会同国务院发展改革等有关部门根据国家"
            "温室气体排放控制目标研究提出，报国务院批准后实施。\n")
    result = load("du.txt", text=text)
    assert [(a.role, a.actor) for a in result.assignments] == [("lead", "国务院生态环境主管部门"),
                                                               ("assist", "国务院发展改革")]


def test_a_body_then_the_law_it_acts_by_and_a_comma():
    """禁止传销条例 第四条 (b695): "工商行政管理部门依照本条例的规定，负责查处本条例第七条规定的传销行为。" — the law or rule a
    body acts by, after 依照 / 依据 / 按照 and ending in 规定 (roles.yaml ground_ends), then a comma, stands between the body
    and its verb as the duties it acts by do ("按本级人民政府规定的职责，"): the body leads (the article used to be read as
    no one's)."""
    text = ("第四条 工商行政管理部门依照本条例的规定，负责查处本条例第七条规定的传销行为。\n\n"
            "第五条 县级以上地方市场监督管理部门依据本条例的规定，负责本行政区域内的奥林匹克标志保护工作。\n")
    assert leads_in_order(load("dv.txt", text=text)) == [["工商行政管理部门"], ["县级以上地方市场监督管理部门"]]


def test_a_laws_body_then_the_time_or_object_of_its_duty_before_its_modal_word():
    """学校体育工作条例 第二十二条 (b784): "地方各级人民政府在安排年度学校教育经费时，应当安排一定数额的体育经费…" and 地下水
    管理条例 第五条 (b636): "县级以上地方人民政府对本行政区域内的地下水管理负责，应当将地下水管理纳入…规划" — the time or work
    a law's duty is set in (在…时 / 之前 / 期间, roles.yaml setting_ends, as 在…中 was) or what it is over (对…, then a comma,
    object_before_comma) between a body and its modal word: the body leads (the articles used to be read as no one's);
    not a regulated party ("施工单位对…，应当…", a body's or a law's department's name only), nor a case ("…对…的，应当")."""
    text = ("第二十二条 地方各级人民政府在安排年度学校教育经费时，应当安排一定数额的体育经费。\n\n"
            "第五条 县级以上地方人民政府对本行政区域内的地下水管理负责，应当将地下水管理纳入本级国民经济和社会发展规划。\n\n"
            "第三十条 施工单位对因建设工程施工可能造成损害的毗邻建筑物，应当采取专项防护措施。\n")
    assert leads_in_order(load("dw.txt", text=text)) == [["地方各级人民政府"], ["县级以上地方人民政府"]]


def test_a_laws_yingdang_before_dui_is_read_whole():
    """"县级以上人民政府应当对本行政区域内的水资源进行调查评价。" — 应当 before 对 is the modal word whole (roles.yaml
    not_after_modal keeps 应对, 要求, 应急 … from reading as a one-character modal word and its verb): the task's text
    opens with what the body is to do ("对本行政区域内…"; it had opened with "当对…", 应 read as the modal word)."""
    result = load("dx.txt", text="第三条 县级以上人民政府应当对本行政区域内的水资源进行调查评价。\n")
    assert [t.text for t in result.tasks] == ["对本行政区域内的水资源进行调查评价。"]
    assert leads_in_order(result) == [["县级以上人民政府"]]


def test_a_body_whose_name_holds_he_then_lu_xing_xia_lie_zhi_ze():
    """北京 物业管理条例 第六条 (b654): "市住房和城乡建设主管部门履行下列职责：" over "（一）…" — 履行下列 / 以下 / 如下 is a
    verb of the body's duties (roles.yaml duty_verbs): the article is the body's task, its items its words (a name holding
    和 or a list of bodies, "市和区综治委", reads as no title over items, and the article had been read as no one's)."""
    text = ("第六条 市住房和城乡建设主管部门履行下列职责：\n\n（一）拟订物业管理政策；\n\n（二）监督物业服务。\n\n"
            "第七条 市和区综治委履行下列职责：\n\n（一）研究部署工作；\n\n（二）督促检查。\n")
    result = load("dy.txt", text=text)
    assert [t.number for t in result.tasks] == ["6", "7"]
    assert leads_in_order(result) == [["市住房和城乡建设主管部门"], ["市和区综治委"]]


def test_a_laws_article_over_its_duty_list_is_one_task():
    """全国人民代表大会和地方各级人民代表大会选举法 第十一条 (b999): "选举委员会履行下列职责：" over "（一）划分选区…；（二）…" —
    a law's article of one paragraph, a body opening its sentence and its items naming no body of their own, is one task
    the body leads (its items had each been read as a task, and the article as none); an item naming its own body
    ("（二）国家行政学院开展研究生学位教育", 行政学院工作条例 第五条, b979) keeps the article a heading over its items."""
    text = ("第十一条 选举委员会履行下列职责：\n\n（一）划分选举本级人民代表大会代表的选区；\n\n（二）进行选民登记。\n\n"
            "第五条 行政学院的主要职责是：\n\n（一）培训公务员；\n\n（二）国家行政学院开展研究生学位教育；\n\n"
            "（三）承办政府交办的其他事项。\n")
    result = load("dz.txt", text=text)
    assert [t.number for t in result.tasks] == ["11", "1", "2", "3"]
    assert leads_in_order(result) == [["选举委员会"], ["行政学院"], ["国家行政学院"], ["行政学院"]]


def test_a_body_set_up_by_another_then_its_duties_after_a_comma():
    """济南市名泉保护条例 第三条 (b625): "市人民政府设立名泉保护委员会，负责本市名泉保护工作的组织领导…" — a body's name, a
    word for setting another up (roles.yaml units.founding_verbs) and the body set up, then a comma and 负责: the body
    set up leads (the whole run had been read as one unit's name, "市人民政府设立名泉保护委员会"); a name that holds the
    words with 的 stays whole ("市人民政府设立的搜救中心")."""
    text = ("第三条 市人民政府设立名泉保护委员会，负责本市名泉保护工作的组织领导。\n\n"
            "第六条 市人民政府设立的搜救中心，负责水上搜寻救助的组织、协调和指挥。\n")
    assert leads_in_order(load("ea.txt", text=text)) == [["名泉保护委员会"], ["市人民政府设立的搜救中心"]]


def test_a_laws_trades_after_levels_from_one_up_or_the_same_level():
    """浙江 职工基本养老保险条例 第六条 (b929): "县级以上审计、监察、工商等部门应当按照各自职责，共同做好…" — the levels a
    law's trades are printed after (县级以上, like 县级; 同级, their government's level) are no unit of theirs: each trade
    leads (the paragraph had been read as no one's, or as "县级以上审计")."""
    text = ("第五条 县级以上劳动保障行政部门主管本行政区域内的职工基本养老保险工作。\n\n"
            "第六条 县级以上审计、监察、工商等部门应当按照各自职责，共同做好职工基本养老保险工作。\n\n"
            "第七条 同级财政、审计等部门应当加强对基金的监督。\n")
    assert leads_in_order(load("eb.txt", text=text)) == [
        ["县级以上劳动保障行政部门"], sorted(["审计", "监察", "工商"]), sorted(["财政", "审计"])]


def test_a_laws_article_whose_last_paragraph_heads_its_duty_list():
    """泰安市文明行为促进条例 第四条 (b1034): "市、县（市、区）精神文明建设委员会统筹推进…。" / "市、县（市、区）精神文明建设
    工作机构负责…，履行下列职责：" / "（一）…" — an article whose first paragraph a body opens and whose last heads a list of
    duties naming no body of their own is a task a paragraph (the first paragraph's body had been lost under the list's
    head, and each item read as a task)."""
    text = ("第四条 市、县（市、区）精神文明建设委员会统筹推进本行政区域内的文明行为促进工作。\n\n"
            "市、县（市、区）精神文明建设工作机构负责文明行为促进工作的指导、协调，履行下列职责：\n\n"
            "（一）拟定文明行为促进工作规划、计划；\n\n（二）总结推广文明行为先进典型和经验。\n\n"
            "第五条 市、县（市、区）人民政府应当将文明行为促进工作纳入规划。\n")
    result = load("ec.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["4.1", "4.2", "5"]
    assert leads_in_order(result) == [["市、县精神文明建设委员会"], ["市、县精神文明建设工作机构"], ["市、县人民政府"]]


def test_a_laws_trades_that_help_open_their_sentence():
    """浙江 劳动人事争议调解仲裁条例 第五条 (b1038): "县级以上人民政府教育、卫生健康、科技、文化旅游等部门协助指导劳动人事
    争议调解工作。" — a law's trades listed after their level, then 协助 or 配合 (as 协同 already was): no helped body named,
    they lead (the paragraph had been read as no one's); one named, it leads and they assist."""
    text = ("第五条 县级以上人民政府人力资源社会保障主管部门指导本行政区域内的劳动人事争议调解仲裁工作。\n\n"
            "县级以上人民政府教育、卫生健康、科技、文化旅游等部门协助指导劳动人事争议调解工作。\n\n"
            "第六条 市发展改革、财政、教育等部门配合市水文机构做好水文工作。\n")
    assert roles_of(load("ed.txt", text=text)) == [
        (["县级以上人民政府人力资源社会保障主管部门"], []), (sorted(["教育", "卫生健康", "科技", "文化旅游"]), []),
        (["市水文机构"], sorted(["发展改革", "财政", "教育"]))]


def test_partners_after_together_whose_verb_is_no_verb_of_the_vocabulary():
    """北京市街道办事处条例 第八条 (b1004): "市民政部门应当会同有关部门遵循规模适度…的原则，…" and 青岛 献血法 实施办法 第十一条
    (b879): "…会同公安机关交通管理、城市管理、住房城乡建设等部门确定…" — the partners after 会同 end at the kind of body that
    closes their list when the verb after them (遵循, 拟定, 确定, 贯彻执行) is none of the vocabulary's: they assist (they
    had been lost, or cut inside a name)."""
    text = ("第八条 市民政部门应当会同有关部门遵循规模适度、管理科学、服务高效的原则，编制街道设置规划。\n\n"
            "第九条 省发展计划部门指导和协调招标投标工作，会同有关部门拟定有关规章和综合性政策，报省人民政府批准。\n\n"
            "第十条 卫生健康行政部门应当会同公安机关交通管理、城市管理、住房城乡建设等部门确定采血车停放的地点。\n\n"
            "第十一条 市物价部门会同财政、环保、水利等有关部门贯彻执行有关价格政策。\n")
    assert roles_of(load("ee.txt", text=text)) == [
        (["市民政部门"], ["有关部门"]), (["省发展计划部门"], ["有关部门"]),
        (["卫生健康行政部门"], sorted(["公安机关交通管理", "城市管理", "住房城乡建设"])),
        (["市物价部门"], sorted(["财政", "环保", "水利"]))]


def test_a_laws_later_segment_whose_work_a_named_body_carries_out():
    """河南 村镇规划建设管理条例 第三条 (b1009): "乡级人民政府负责本行政区域的村镇规划建设管理工作，其具体工作由乡级村镇建设
    管理机构负责。" — in a law's article opened by a body, a later segment or sentence closed by "由X负责" / "由X负责实施"
    names a body that leads the article's task too (roles.yaml closing_agent_verbs; it had been left out, or, in a sentence
    of its own, had taken the opening body's place). Not "…具体工作可以由有关内设机构负责" (what may be done)."""
    text = ("第三条 乡级人民政府负责本行政区域的村镇规划建设管理工作，其具体工作由乡级村镇建设管理机构负责。\n\n"
            "第四条 县级以上地方人民政府应急管理部门对本行政区域内的消防工作实施监督管理，并由本级人民政府消防救援机构负责实施。\n\n"
            "第五条 市建设行政主管部门负责全市城市绿化的监督管理。具体工作由市园林管理机构负责。\n\n"
            "第六条 市人民政府派出机构根据授权负责本辖区内城市管理，具体工作可以由有关内设机构负责。\n")
    assert leads_in_order(load("ef.txt", text=text)) == [
        sorted(["乡级人民政府", "乡级村镇建设管理机构"]),
        sorted(["县级以上地方人民政府应急管理部门", "本级人民政府消防救援机构"]),
        ["市建设行政主管部门"], ["市园林管理机构"], ["市人民政府派出机构"]]  # (two sentences: a part each)


def test_the_body_a_laws_article_has_do_the_work_after_by():
    """护照法 第七条 (b924): "普通护照的具体签发办法，由公安部规定。" and 青岛 见义勇为 条例 (b1001): "…，由民政部门给予
    抚恤" — in a law's article no body opens, "由X" and one of roles.yaml law_agent_verbs (规定, 给予,
    确定, 管辖…) names the body that does the work: it leads, its paragraph a part of the article (these had been read as
    no one's; whole laws had loaded nothing). Not in a sentence of sanctions (sanction_words: "违反…的，由…处…罚款"), which
    the labellers of laws leave out; not a party that is no body ("由当事人协商确定")."""
    text = ("第七条 普通护照的登记项目包括：护照持有人的姓名、性别、出生日期。\n\n"
            "普通护照的具体签发办法，由公安部规定。\n\n"
            "第十二条 见义勇为牺牲人员的家属，由民政部门给予抚恤。\n\n"
            "第三条 学位论文的抽取方式，由各省级学位委员会确定。\n\n"
            "第二十条 违反本条例规定的，由市场监督管理部门责令改正，处一万元以下罚款。\n\n"
            "第二十一条 合同的期限，由当事人协商确定。\n")
    result = load("eg.txt", text=text)
    assert [(t.number, leads) for t, leads in zip([t for t in result.tasks if not t.has_parts],
                                                  leads_in_order(result))] == [
        ("7.2", ["公安部"]), ("12", ["民政部门"]), ("3", ["各省级学位委员会"])]


def test_places_responsible_beside_a_lead_are_a_label_of_their_own():
    """大连 营商环境 方案 2025 (b1069): "(牵头单位:市发展改革委;责任地区:各区市县政府、先导区管委会)" — 责任地区 is a label of
    the responsible kind (roles.yaml labels.responsible): beside a 牵头单位 the places assist, alone they lead (they had
    been read as part of the lead's cell, or lost)."""
    text = ("(一)持续放宽市场准入\n"
            "1.破除市场准入壁垒。严格落实“全国一张清单”。(牵头单位:市发展改革委;责任地区:各区市县政府、先导区管委会)\n"
            "2.推进登记管理改革。推动企业设立登记实现“跨域通办”。(责任地区:各区市县政府)\n")
    assert roles_of(load("eh.txt", text=text)) == [
        (["市发展改革委"], sorted(["各区市县政府", "先导区管委会"])), (["各区市县政府"], [])]


def test_a_flattened_tables_section_heading_between_blank_lines_does_not_end_it():
    """广州 2021 市政府工作报告部署工作责任分工 (b701): a table printed one cell a paragraph, blank lines between, whose
    section heading "加强战略科技力量建设。" stands on a line of its own over the rows with blank lines below it. A sentence
    ends the table unless rows follow right after it; rows after nothing but blank lines do follow right after it (the
    table had been read as ended: the document loaded nothing)."""
    text = ("序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n备注\n\n"
            "强化科技创新支撑能力。\n\n\n\n\n\n(一)\n\n加强战略科技力量建设。\n\n\n\n\n\n"
            "1\n\n加快建设以中新知识城、南沙科学城为极点的科技创新轴。\n\n王 东\n\n市科技局\n\n黄埔区、南沙区政府\n\n\n"
            "2\n\n全力做好国家实验室筹建保障服务工作。\n\n王 东\n\n市科技局\n\n市发展改革委、市财政局\n")
    assert roles_of(load("ei.txt", text=text)) == [
        (["市科技局"], sorted(["黄埔区", "南沙区政府"])), (["市科技局"], sorted(["市发展改革委", "市财政局"]))]


def test_a_flattened_tables_category_printed_once_over_its_rows():
    """金东 2024 民生实事 任务分解 (b1080): 序号 / 事项分类 / 事项名称 / 项目内容 / 牵头单位 / 协同单位 printed one cell a
    line; the category is printed in its group's first row only, so the later rows' cells stand one column left and
    their lead fell in the 项目内容 column, an assist read as the lead. The row is read one column right from its category
    when the cell before the unit columns names a unit and the cells before it do not; not when that cell is a
    figure ("突破2万台")."""
    text = ("序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n"
            "1\n“医”心为民工程\n新(改)建村卫生室\n新(改)建村卫生室80家。\n区卫健局\n各乡镇(街道)\n"
            "2\n医疗卫生机构迁(扩)建\n实施卫生院迁(扩)建1家。\n区卫健局\n源东乡\n区发改局\n"
            "3\n家门口青少年宫\n新建1个“家门口的青少年宫”。\n团区委\n各乡镇(街道)\n区教体局\n")
    assert roles_of(load("ej.txt", text=text)) == [
        (["区卫健局"], ["各乡镇"]), (["区卫健局"], sorted(["源东乡", "区发改局"])),
        (["团区委"], sorted(["各乡镇", "区教体局"]))]


def test_a_unit_name_its_cell_broke_over_two_lines_is_one_name():
    """六安 2024 重点工作及责任清单 (b1070): a table printed one cell a paragraph whose unit cell the page broke in two,
    "市生态" / "环境局": the short piece with the level and the piece after it name one unit, the lead (the second piece
    alone had been read as the lead)."""
    text = ("序号\n\n重点工作\n\n牵头责任单位\n\n上半年落实情况\n\n"
            "1\n\n生活污水治理率达30%,黑臭水体基本消除。\n\n市生态\n\n环境局\n\n已完成年度任务的60%。\n\n"
            "2\n\n推进特色农业全产业链发展。\n\n市农业\n\n农村局\n\n已完成年度任务的55%。\n\n"
            "3\n\n新开工亿元以上项目170个以上。\n\n市发改委\n\n已开工项目145个。\n")
    assert [leads for leads, _assists in roles_of(load("ek.txt", text=text))] == [
        ["市生态环境局"], ["市农业农村局"], ["市发改委"]]


def test_a_departments_extract_keeps_the_county_lists_numbers():
    """怀远 农业农村局 2023 承担政府重点工作完成情况 (b342): a department's extract of the county's key-work table, one cell a
    paragraph, keeps the county list's 序号 ("6", then "52", "53"): once a row has all its cells, a greater number before
    a task's text opens the next row (the first row had run on to the end of the table). A figure in a progress column
    ("3200" before "新建排涝泵站…") is no 序号: it is far above the next one."""
    text = ("序号\n\n目标任务\n\n牵头责任单位\n\n计划完成时间\n\n目前完成情况\n\n"
            "6\n\n农村常住居民人均可支配收入与经济增长同步。\n\n经管站\n\n2023年底\n\n三季度绝对数16285元。\n\n"
            "52\n\n建成高标准农田8.3万亩,确保粮食总产稳定。\n\n农田建设管理股、农业股\n\n2023年底\n\n整体进度70%。\n\n"
            "53\n\n加快推动农业规模化经营,完成改革试验20万亩。\n\n经管站\n\n2023年底\n\n已累计完成31.7万亩。\n\n"
            "3200\n\n新建排涝泵站两座,提升防洪能力。\n\n"
            "54\n\n加强农产品品牌建设,完成“三品一标”认证10个。\n\n农业股\n\n2023年底\n\n已完成认证10个。\n")
    result = load("el.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["6", "52", "53", "54"]
    assert [leads for leads, _assists in roles_of(result)] == [
        ["经管站"], sorted(["农田建设管理股", "农业股"]), ["经管站"], ["农业股"]]


def test_a_label_lines_name_the_page_broke_goes_on_in_the_next_line():
    """乌鲁木齐 2023 高校毕业生就业 六大行动 (b1083): a PDF's lines copied as printed break a label line inside a name,
    "配合单位:市委组织部、市工信局、农" / "业农村局(市乡村振兴局)、商务局、文旅局、各区(县)人" / "民政府": the list's last piece
    names nothing and, with the next line's first piece, names a unit, so the next line is more of the list (it had been
    read as a paragraph of its own, its units lost, and "农" an assist)."""
    text = ("1.国有企业吸纳就业800名。加强现代产业人才队伍建设,\n"
            "落实招聘信息公开发布制度。\n"
            "牵头单位:市国资委、工商联\n"
            "配合单位:市委组织部、市工信局、农\n"
            "业农村局(市乡村振兴局)、商务局、文旅局、各区(县)人\n"
            "民政府\n"
            "2.加大就业见习力度,组织高校毕业生参加就业见习。\n"
            "牵头单位:市人社局\n")
    assert roles_of(load("em.txt", text=text)) == [
        (sorted(["市国资委", "工商联"]), sorted(["市委组织部", "市工信局", "市农业农村局", "市商务局", "市文旅局",
                                              "各区人民政府"])), (["市人社局"], [])]  # (the level the list's first
    # name prints is the others')


def test_a_unit_after_a_figure_in_a_table_on_one_line_is_a_cell_of_its_own():
    """苍南 2022 民生实事 进度表 (b3) saved as one paragraph, its cells parted by spaces: "…55公里。 95% 县交通局 县民生实事":
    a figure glues to the word after it ("2016 年", "开展 1 次"), but not to a unit opening with its level, which is the
    next cell (the lead had been read as "95%县交通局")."""
    text = ("2022年度市县民生实事未完成项目进度表(截至10月31日) • 发布日期:2022-12-14 • 浏览次数: • 来源:苍南县人民政府办公室 "
            "• 字体:[ ] 序号 项目内容 当前进度 牵头单位 备注 "
            "1 新(改、扩)建公办园5所,新增公办幼儿学位1000个。 80%(新区实验幼儿园进度滞后) 县教育局 市民生实事 "
            "2 建设四好农村路55公里。 95% 县交通局 县民生实事 3 完成农村公路大中修70公里。 90% 县交通局 县民生实事\n")
    assert [leads for leads, _assists in roles_of(load("en.txt", text=text))] == [["县教育局"], ["县交通局"], ["县交通局"]]


def test_a_rows_merged_name_cell_moves_its_units_left_not_its_unit_cell_missing():
    """云浮 文广旅体局 2021 民生项目 进展情况表 (b1077): "3 | 建设完成市体育公园(一期)。 | 基建办 群众体育科 | 计划6月底完成。
    | …" under 序号 | 项目名称 | 项目内容 | 责任科室 | 进度安排 | …: the row is one cell short because its 项目名称 is merged
    with the row above; its units stand one column left, before a cell with none. They are its units (the row had been
    read as missing its unit cell, and given the row above's)."""
    text = ("序号 | 项目名称 | 项目内容 | 责任科室 | 进度安排 | 进展情况 | 是否 完成 |\n"
            "1 | 实施公共文化惠民工程 | 建设2个“粤书吧”类新型阅读空间。 | 公共服务科 | 计划5月底完成。 | 已建成。 | 已完成 |\n"
            "2 | 完善15分钟健身圈 | 升级改造天马社区体育公园。 | 群众体育科 | 计划9月初完成。 | 已建成。 | 已完成 |\n"
            "3 | 建设完成市体育公园(一期)。 | 基建办 群众体育科 | 计划6月底完成。 | 已建成并对外开放。 | 已完成 |\n"
            "4 | 举办乡村旅游季系列活动 | 展示云浮发展乡村旅游成果。 | 资源开发科 | 计划第四季度举办。 | 已举办。 | 已完成 |\n")
    assert [leads for leads, _assists in roles_of(load("eo.txt", text=text))] == [
        ["公共服务科"], ["群众体育科"], sorted(["基建办", "群众体育科"]), ["资源开发科"]]


def test_a_flattened_tables_unit_column_printed_once_over_its_numbered_tasks():
    """河北省工业和信息化厅 2018 政务公开工作要点 (b1089): 责任单位 | 政务公开工作要点 | 公开时限 | 公开载体, each office's
    cell merged over its items "1." "2." …, copied one cell a line: the office is printed once, before its first item,
    and the items' rows are a cell short. The office opens its group's first row and is each row's unit until the next
    office, printed before the next "1." (the table had read as rows of three cells, the offices lost among them).
    公开载体 (where an item is published) is a column's name, no row's cell."""
    text = ("责任单位\n政务公开工作要点\n公开时限\n公开载体\n"
            "办公室\n1.领导参加的重大会议、调研活动\n及时\n网站\n2.配合业务外做好新出台文件的宣传解读。\n及时\n网站\n"
            "3.人大政协提案办理情况\n及时\n网站\n"
            "中小企业处\n1.全省民营经济中小企业发展情况\n定期\n网站\n2.中小企业专项资金使用情况\n适时\n内刊\n"
            "政策法规处\n1.行政职权目录清单\n适时\n网站\n")
    result = load("ep.txt", text=text)
    assert [t.text for t in result.tasks] == [
        "领导参加的重大会议、调研活动", "配合业务外做好新出台文件的宣传解读。", "人大政协提案办理情况",
        "全省民营经济中小企业发展情况", "中小企业专项资金使用情况", "行政职权目录清单"]
    assert [leads for leads, _assists in roles_of(result)] == [
        ["办公室"], ["办公室"], ["办公室"], ["中小企业处"], ["中小企业处"], ["政策法规处"]]


def test_a_glued_tables_header_with_no_serial_number_over_numbered_tasks():
    """沈阳 沈河区 2024 政府工作报告主要工作任务分解表 (b6) as a crawler copies it, its cells run together with nothing
    between: "…分解表主要工作任务牵头单位责任单位一、优结构…1.主动对接国家战略…区发改局区工信局、区商务局…2.大力发展…".
    The header has no 序号 (the tasks are numbered in their own column): it is found from its task column's name, its
    rows from the numbers that count on from 1 after it, a chapter "一、" between them (the copy had loaded nothing)."""
    text = ("2024年政府工作报告主要工作任务分解表主要工作任务牵头单位责任单位一、优结构、谋发展,在加快构建现代化产业体系上冲在前、"
            "当先锋、作示范1.主动对接国家战略,完善“2+5+N”现代化产业体系和“18214”企业支撑体系,壮大531个支撑企业,加快形成新质"
            "生产力。区发改局区工信局、区商务局、区文旅局、区金融局、各街道办事处2.大力发展新兴数字、网络安全、工业互联网、前沿"
            "新材料、航空发动机、创新药等战略性新兴产业。发改局区工信局各街道办事处3.积极培育元宇宙、生成式人工智能、人形机器人、"
            "数字农业、现代种业等未来产业。发改局区工信局、各街道办事处\n")
    result = load("eq.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["1", "2", "3"]
    roles = roles_of(result)
    assert [leads for leads, _assists in roles] == [["区发改局"], ["发改局"], ["发改局"]]
    assert {"区工信局", "区商务局", "区文旅局", "区金融局"} <= set(roles[0][1]) and "区工信局" in roles[2][1]


def test_a_titles_words_that_chain_column_names_are_no_glued_tables_header():
    """宁夏 环保厅 2010 目标任务分工 (b202) saved as one paragraph: "…涉及我厅的具体任务分工(共6项) (一)我厅牵头的工作任务(2项)
    1、…(牵头单位:区经济和信息化委、环保厅)…": the title's words chain column names (工作要点, 主要工作, 目标任务, 具体任务,
    分工) before the numbered items, but no unit column is named by a kind of body (单位, 部门, 科室 …), so it is no glued
    table's header with no 序号; the items' clauses are read as before."""
    text = ("环保厅落实自治区党委、政府2010年环保工作主要目标任务分工 一、落实党委2010年工作要点主要工作目标任务涉及我厅的具体任务"
            "分工(共6项) (一)我厅牵头的工作任务(2项) 1、单位地区生产总值能耗下降5.2%,主要污染物中二氧化硫和化学需氧量排放总量"
            "分别削减4.5%和3.6%(牵头单位:区经济和信息化委、环保厅)。由金国兴总工负责,污染物排放总量控制处落实。 2、继续抓好"
            "中南部水土流失治理工程。加强环境监测预警,完善重大建设项目环境影响评价和“三同时”验收制度。深入开展环境优美乡镇和生态村"
            "创建活动,推进农村环境综合治理(牵头单位:区环保厅)。由鲁国会、郑忠安副厅长分别负责,环境监测处、环境影响评价处和农村环境"
            "监督管理处分别落实\n")
    result = load("er.txt", text=text)
    leads = {t.number: sorted(a.actor for a in result.assignments if a.target == t.key and a.role == "lead")
             for t in result.tasks}
    assert leads["1.1.1"] == sorted(["区经济和信息化委", "区环保厅"]) and leads["1.2"] == ["区环保厅"]


def test_a_glued_header_alone_on_its_line_with_no_serial_number_over_glued_rows_one_a_line():
    """汕尾 市场监管局 政务公开要点分工方案 (2024, b268) as a page's text gives it: the header on a line of its own, its
    cells run together and no 序号 ("工作要求具体任务具体要求责任科室完成时限其他"), then each row on a line of its own, glued
    too and opening with its number ("2. 加快推进…政策法规科,办公室,市局各有关科室常态化开展"), the first after its chapter
    and section ("一、优化政务公开工作基础(一)深化…。1. 依托…"). The lines are one table: its rows are cut as a glued
    table's are, the last one to its end (not at the space after its own number). The copy had loaded nothing."""
    text = ("汕尾市市场监督管理局 政务公开工作要点分工方案(2024年版)\n"
            "工作要求具体任务具体要求责任科室完成时限其他\n"
            "一、优化政务公开工作基础(一)深化行政规章、规范性文件集中公开。1. 依托政府信息公开平台进一步完善全市各级行政规章库"
            "建设,及时做好规章动态更新。办公室、政策法规科,市局各有关科室常态化开展\n"
            "2. 加快推进市政府行政规范性文件库建设,明确标注规范性文件的名称、文号等要素。政策法规科,办公室,市局各有关科室常态化开展\n"
            "3. 参照省、市级规范性文件库模式和要求,逐步推进本系统行政规范性文件库建设。政策法规科,办公室常态化开展\n"
            "4. 各科室、派出机构要结合权责清单以及实际承担的工作职责,持续推动政府信息主动公开目录的动态更新调整。"
            "市局各有关科室常态化开展\n")
    result = load("sw.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["1", "2", "3", "4"]
    assert [sorted(leads) for leads, _assists in roles_of(result)] == [
        sorted(["办公室", "政策法规科", "市局各有关科室"]), sorted(["政策法规科", "办公室", "市局各有关科室"]),
        sorted(["政策法规科", "办公室"]), ["市局各有关科室"]]


def test_a_bodys_name_heading_its_tasks_with_its_level_in_brackets():
    """湖北 安全生产考试机构任务分工清单 (2017, b1119, a Word attachment): each section is headed by a body's name and the word
    for its work ("一、省安全生产考试中心工作任务", "二、市（州）安全生产考试分中心职责"), its items subjectless duties
    ("(一)制定并适时修订…"); the body leads each item under it, its level in brackets kept in its name. (The copy had read
    one item of 34.)"""
    text = ("附件：2\n湖北省安全生产考试机构任务分工清单\n一、省安全生产考试中心工作任务\n"
            "（一）制定并适时修订全省安全生产考试相关工作制度和规定。\n（二）承担省级安全生产考试题库的开发、管理与维护工作。\n"
            "二、市（州）安全生产考试分中心职责\n（一）制定并适时修订本行政区域安全生产考试相关工作制度和规定。\n"
            "（二）合理规划和支持本行政区域内安全生产考试点建设。\n")
    result = load("hb.txt", text=text)
    assert [t.number for t in result.tasks if not t.has_parts] == ["1.1", "1.2", "2.1", "2.2"]
    leads = [leads for leads, _assists in roles_of(result)]
    assert leads[:2] == [["省安全生产考试中心"]] * 2
    assert len({tuple(x) for x in leads[2:]}) == 1 and leads[2][0].endswith("安全生产考试分中心")


def test_a_bodys_duty_sentence_inside_a_task_read_from_its_clause_is_reported():
    """An item that closes with its own clause and divides its work among bodies in sentences (鲁政办发〔2026〕8号
    (十一) 明确部门职责分工: "…由行政审批部门负责相关登记许可。教育部门负责指导学校…。公安部门负责…"): the clause's
    unit is the task's; each other body's "X部门负责…" sentence is a warning on the item's line, not dropped silently.
    A sentence whose body is the task's own unit, and a task's sentences without a body ("各市要…"), are no warning."""
    path = CORPUS / "b1110" / "shandong-2026-afterschool-care-supervision-opinions.txt"
    loaded = load(path)
    assert triples(loaded, "11") == [("lead", "行政审批部门")]
    unread = [i for i in loaded.issues if i.kind == "unread_duty"]
    assert [i.line for i in unread] == [22] * 9
    assert [re.match(r"\w+?部门", i.text)[0] for i in unread] == [
        "教育部门", "公安部门", "民政部门", "自然资源部门", "住房城乡建设部门", "应急部门", "市场监管部门", "疾控部门", "消防部门"]
    assert "教育部门 负责" in unread[0].message and unread[0].severity == "warning"
    assert not any("行政审批部门" in i.text or i.text.startswith("各市") for i in unread)


def test_a_section_heading_that_builds_a_platform_leads_nothing():
    """"（三）搭建“城中村”改造合作平台" heads items that each close with their own "责任单位：海坛片区，区资源生态局、…"
    (岚综委〔2020〕52号): the heading is an act (搭建, roles.yaml units.not_starts), not a unit's name ending in 平台;
    each item's listed units are its own, all leading, none pushed down to assisting under the heading."""
    path = CORPUS / "b1126" / "pingtan-2020-urban-rural-integration-pilot-guidance.txt"
    loaded = load(path)
    assert triples(loaded, "3.4") == [("lead", "区农业农村局"), ("lead", "区经发局"), ("lead", "区资源生态局"),
                                      ("lead", "海坛片区")]
    assert triples(loaded, "4.6") == [("lead", "区农业农村局"), ("lead", "各片区管理局")]
    assert not any(a.actor.startswith("搭建") for a in loaded.assignments)
    assert not V.is_unit_name("搭建城乡产业协同发展平台") and V.is_unit_name("区公共资源交易平台")


def test_a_body_the_task_sets_up_is_no_clause_when_a_bracket_closes_the_item():
    """国发〔2018〕32号 (十六): "建设由大中型科技企业牵头，中小企业、科技社团、高校院所等共同参与的科技联合体" names who
    leads the consortium the task sets up (its 的 makes it a noun's words), and the item closes with its bracketed
    "(发展改革委、科技部、中国科协、工业和信息化部等按职责分工负责)": the bracket assigns the item, the description is
    reported (described_body). With no clause after it, "建立由市农牧业局牵头，市商务粮食局…参与的联席会议制度" is still
    read (its units are the task's)."""
    text = ("（十六）增强创新型企业引领带动作用。在重点领域和关键环节加快建设一批国家产业创新中心、国家技术创新中心等创新平台，"
            "充分发挥创新平台资源集聚优势。建设由大中型科技企业牵头，中小企业、科技社团、高校院所等共同参与的科技联合体。"
            "健全企业家参与涉企创新创业政策制定机制。（发展改革委、科技部、中国科协、工业和信息化部等按职责分工负责）\n")
    loaded = load("opinions.txt", text=text)
    assert triples(loaded, "16") == [("lead", "中国科协"), ("lead", "发展改革委"), ("lead", "工业和信息化部"),
                                     ("lead", "科技部")]
    assert [i.text[:9] for i in loaded.issues if i.kind == "described_body"] == ["建设由大中型科技企"]
    alone = load("plan.txt", text="（一）建立由市农牧业局牵头，市商务粮食局、市财政局参与的联席会议制度。\n")
    assert triples(alone, "1") == [("assist", "市商务粮食局"), ("assist", "市财政局"), ("lead", "市农牧业局")]


def test_unit_duty_lines_run_together_after_a_duties_heading_on_a_page_of_one_line():
    """岚综管办〔2015〕98号 saved as one line: "…通报工作推进情况；各相关部门工作职责：区交通与建设局：负责…。区经济发展局：
    会同区财政金融局研究制定…。区财政金融局：负责…" - a heading naming duties, its colon, then units' duty lines each
    glued to the sentence before it (one typed "; " elsewhere on the page, so the page is not read as one whose breaks
    all left nothing). After the heading each unit's line is a task of its own that the unit leads."""
    loaded = load(CORPUS / "b1128" / "pingtan-2015-sanitation-facilities-two-year-action-plan.txt")
    assert [triples(loaded, t.number) for t in loaded.tasks if t.number.startswith("3.")] == [
        [("lead", "区交通与建设局")], [("assist", "区财政金融局"), ("lead", "区经济发展局")], [("lead", "区财政金融局")],
        [("lead", "区环境与国土资源局")], [("lead", "区规划局")], [("lead", "区综合执法局")],
        [("lead", "各乡镇"), ("lead", "各片区管理局")], [("lead", "区交通投资集团有限公司")], [("lead", "区旅游公司")]]


def test_a_label_over_clauses_reads_each_units_work_not_a_list_of_names():
    """岚综管办〔2015〕70号 closes each item with "责任分工：区规划局负责开展规划编制工作，所在乡镇人民政府组织实施,区直有关
    责任部门配合,区交通与建设局业务检查指导并协助区规划局做好规划编制工作": clauses after a label, not a list of names.
    Each segment opened by a unit and the verb of its work names that unit (the 配合 one assists); the segment no rule
    reads is an unparsed_clause warning, and no clause's words become a unit's name."""
    loaded = load(CORPUS / "b1128" / "pingtan-2015-livable-environment-action-plan.txt")
    first = next(t for t in loaded.tasks if t.text.startswith("建设美丽乡村"))
    assert triples(loaded, first.number) == [("assist", "区直有关责任部门"), ("lead", "区规划局"),
                                             ("lead", "所在乡镇人民政府")]
    assert not any("负责" in a.actor or "配合" in a.actor for a in loaded.assignments)
    assert any(i.kind == "unparsed_clause" and i.text.startswith("区交通与建设局业务检查指导并协助") for i in loaded.issues)


def test_a_joint_plans_first_listed_statement_makes_the_first_of_each_regions_list_lead():
    """渝府办发〔2022〕22号 (川渝 碳达峰 联合行动方案, the PDF as published): "（责任单位：重庆市能源局、市经济信息委；四川省
    能源局、经济和信息化厅；两省市列首位的为牵头单位，下同）" - one list per province, parted by "；", and a statement that the
    first of each province's list leads: two leads per task, the others assist (as printed), and the statement is no
    unit. One list
    with no "；" under it keeps one lead (the same convention stated for a plain list)."""
    loaded = load(CORPUS / "b1154" / "chengyu-2022-twin-city-economic-circle-carbon-peak-joint-action-plan.pdf")
    first = next(t for t in loaded.tasks if t.text.startswith("协同开发油气资源"))
    assert sorted((a.role, a.spelling) for a in loaded.assignments if a.task == first.number) == [
        ("assist", "市经济信息委"), ("assist", "经济和信息化厅"), ("lead", "四川省能源局"), ("lead", "重庆市能源局")]
    assert not any("首位" in a.actor for a in loaded.assignments)
    plain = load("plan.txt", text="1．协同开发油气资源。（责任单位：市能源局、市经济信息委、市水利局；列首位的为牵头单位，下同）\n"
                                  "2．加快电网建设。（责任单位：市能源局、市水利局）\n")
    assert triples(plain, "2") == [("assist", "市水利局"), ("lead", "市能源局")]


def test_the_governments_of_province_cities_and_directly_administered_counties_are_one_group():
    """河南's documents name "各省辖市、省直管县（市）政府": 省直管县 is a level of government (counties the province
    administers directly), not a 省直 body like 省直部门, so the list is one group sharing its 政府; "各省辖市、省直部门"
    stays two."""
    loaded = load(CORPUS / "b1149" / "henan-2018-employment-promotion-implementation-opinions.txt")
    task = next(t for t in loaded.tasks if t.text.startswith("实行失业登记常住地服务"))
    assert triples(loaded, task.number) == [("assist", "各省辖市、省直管县政府"), ("assist", "省税务局"),
                                            ("assist", "省财政厅"), ("lead", "省人力资源社会保障厅")]
    two = load("plan.txt", text="1. 加强就业服务。（责任单位：省人力资源社会保障厅、各省辖市、省直部门）\n")
    assert [a.actor for a in two.assignments] == ["省人力资源社会保障厅", "各省辖市", "省直部门"]


def test_the_unit_that_does_the_work_principally_leads_it():
    """全国人大常委会 2022年度监督工作计划: "…由农业与农村委员会为主负责组织和实施。" - 为主 says who does it principally,
    between the agent and its verb, as 具体 or 分别 do: the committee leads (it was read as no unit, and the item as no
    task)."""
    loaded = load(CORPUS / "b1149" / "national-npcsc-2022-supervision-work-plan.txt")
    for opening, committee in (("检查《中华人民共和国乡村振兴促进", "农业与农村委员会"),
                               ("检查《中华人民共和国科学技术普及", "教育科学文化卫生委员会")):
        task = next(t for t in loaded.tasks if t.text.startswith(opening))
        assert triples(loaded, task.number) == [("lead", committee)]


def test_a_units_heading_over_the_steps_its_people_take_leads_each_step():
    """云梧司路〔2018〕44号 (an expressway branch's oversize-vehicle control plan): "（一）路政中队：" over "1. 当路政人员…
    发现有超限车辆在路面行驶的，巡逻班组应将…上报监控中心。" / "2. …应做好运输许可证的查验工作…": steps saying what the
    unit's people should do (应 in most of them), each a task the heading's unit leads - not one task of the unit's
    projects, as "(三)县农业农村局:" over "1、…卫生厕所改造项目。" still is."""
    loaded = load(CORPUS / "b1142" / "guangdong-yunwu-expressway-2018-oversize-vehicle-control-plan.txt")
    patrol = [t for t in loaded.tasks if triples(loaded, t.number) == [("lead", "路政中队")]]
    assert [t.text[:8] for t in patrol] == ["当路政人员在巡查", "当路政人员发现有", "在查证和协助放行", "无超限运输车辆通",
                                            "路政大队办理许可"]
    toll = [t for t in loaded.tasks if triples(loaded, t.number) == [("lead", "收费站")]]
    assert [t.text[:8] for t in toll][:2] == ["当发现有超限车辆", "收费人员在核实是"]


def test_a_clause_in_full_width_square_brackets_is_a_clause():
    """成都 优化能源结构 行动方案 (2022, the PDF as published) closes its items with "［责任单位：市经信局、市生态环境局、
    市市场监管局，各区（市）县政府（管委会）；逗号前为牵头单位，下同］": full-width square brackets are brackets like
    （…） and 〔…〕, and a line ending in ］ ends its paragraph, so the next "2．" starts an item of its own."""
    loaded = load(CORPUS / "b1162" / "chengdu-2022-optimise-energy-structure-green-low-carbon-action-plan.pdf")
    assert len(loaded.tasks) == 16
    first, second = loaded.tasks[:2]
    assert (first.text[:6], second.text[:6]) == ("加快生产方式", "加快生活方式")
    assert triples(loaded, first.number) == [("assist", "各区县政府"), ("lead", "市市场监管局"), ("lead", "市生态环境局"),
                                             ("lead", "市经信局")]


def test_units_named_before_a_statement_that_no_later_task_names_them_assist_every_later_task():
    """宁政发〔2021〕39号 (宁夏 绿色低碳循环发展 实施意见, the PDF as published): "（自治区工业和信息化厅、发展改革委、生态环境厅
    负责，各地级市人民政府、宁东管委会具体落实，以下任务不再列出）" - the units before the statement, with their verb, are carried
    to every later task as assists; "以下各项工作均需要各单位负责" carries 各单位 (需要 is the verb, not part of a name);
    "各单位要抓好落实，以下不再列出" carries no unit (a sentence)."""
    loaded = load(CORPUS / "b1180" / "ningxia-2021-green-low-carbon-circular-economy-system-opinions.pdf")
    later = next(t for t in loaded.tasks if t.text.startswith("推进农业绿色发展"))
    assert {("assist", "各地级市人民政府"), ("assist", "宁东管委会")} <= set(triples(loaded, later.number))
    text = ("1. 加强监管。（市局特种设备安全监察处牵头，以下各项工作均需要各单位负责，不再单独列出）\n"
            "2. 开展检查。（市局稽查处牵头）\n")
    assert triples(load("plan.txt", text=text), "2") == [("assist", "各单位"), ("lead", "市局稽查处")]
    none = load("plan.txt", text="1. 加强监管。（市质监局牵头，各单位要抓好落实，以下不再列出）\n2. 开展检查。（市稽查局牵头）\n")
    assert triples(none, "2") == [("lead", "市稽查局")]


def test_an_airport_a_state_forest_farm_and_a_zones_joint_office_are_units():
    """北政发〔2021〕16号 (北海, the PDF as published): "（市交通运输局〔市铁路办〕、…，北部湾港口管理局北海分局、北海火车站、
    广西机场管理集团公司北海机场按职责分工负责）" - an airport is a body, and the clause (and its item) is read; "机械林场" (河北
    塞罕坝) likewise; "区党工委、管委会办公室" (平潭) is one office of two committees, not 区党工委 and 管委会办公室."""
    loaded = load(CORPUS / "b1178" / "beihai-2021-green-low-carbon-circular-economy-system-plan.pdf")
    task = next(t for t in loaded.tasks if t.text.startswith("打造绿色物流"))
    assert ("lead", "广西机场管理集团公司北海机场") in triples(loaded, task.number)
    assert unit_like("省林业和草原局、机械林场", V)
    office = load("plan.txt", text="1. 组建登记机构。（由区党群工作部牵头，区党工委、管委会办公室、区财政金融局配合）\n")
    assert triples(office, "1") == [("assist", "区党工委、管委会办公室"), ("assist", "区财政金融局"),
                                    ("lead", "区党群工作部")]


def test_a_clause_closing_a_sections_last_part_is_the_sections_by_the_documents_layout():
    """平潭 县级公立医院 综合改革 实施方案 (2015, a page saved as one line) names its units once a section, in a clause
    closing the section's last item: "(一)合理配置医疗资源…1.科学编制…(1)…5.大力扶持社区资本办医。…(责任单位:区社会事业局、
    医改办…)" - each clause is its section's (four tasks), not its last item's. 唐发〔2018〕10号 (唐山 营商环境, the PDF as
    published), whose tasks are "（N）" items with 牵头部门 lines under them: "（9）对保留的收费项目…" over "①市水务局 1 项…"
    … "③企业经营收费 1 项…" then its lines - they are (9)'s. Items numbered on from one section to the next stay tasks
    of their own ("(一)…" / "1.…" / "2.…(X负责)" / "(二)…" / "3.…(X负责)")."""
    loaded = load(CORPUS / "b1169" / "pingtan-2015-county-public-hospital-reform-plan.txt")
    assert [(t.number, t.text[:8]) for t in loaded.tasks] == [
        ("1", "合理配置医疗资源"), ("2", "深化医院管理制度"), ("3", "深化人事薪酬制度"), ("4", "建立科学补偿机制")]
    assert triples(loaded, "4")[:2] == [("lead", "区医改办"), ("lead", "区市场监督管理局")]
    tangshan = load(CORPUS / "b1173" / "tangshan-2018-business-environment-optimization-opinions.pdf")
    fees = next(t for t in tangshan.tasks if t.text.startswith("对保留的收费项目"))
    assert fees.number == "2.7.9" and triples(tangshan, fees.number)[:2] == [("assist", "各县政府"),
                                                                            ("assist", "市政府相关部门")]
    text = ("（一）给予购房契税补贴\n1.居民购买新建商品住房的,给予财政补贴。\n2.已购商品房办理不动产权证的,给予补贴。"
            "（责任单位：区财政局）\n（二）给予购房补贴\n3.购买新建商品住房的,给予一次性补贴。（责任单位：区财政局）\n")
    assert [t.number for t in load("plan.txt", text=text).tasks] == ["1.2", "2.3"]


def test_a_span_saying_what_a_body_is_to_do_is_no_units_name():
    """教职成厅函〔2023〕20号 (教育部办公厅, a notice dividing its work in prose): "各地要支持龙头企业和高水平高等学校、职业学校
    牵头，联合…共同参与" - "各地要支持龙头企业和高水平高等学校" is a sentence (a group, 要 and a verb), no unit leading; with
    no such clause read, the notice's "各地要…" / "省级教育行政部门负责…" sentences are its tasks. A name holding 应 as a
    word of its own stays one (市人民政府应急管理办公室)."""
    loaded = load(CORPUS / "b705" / "national-2023-moe-modern-vocational-system-key-tasks-notice.txt")
    assert not any("要" in a.actor for a in loaded.assignments)
    duty = next(t for t in loaded.tasks if t.text.startswith("省级教育行政部门负责领导"))
    assert triples(loaded, duty.number) == [("lead", "省级教育行政部门")]
    assert not V.is_group("各单位要充分发挥政府引导带动作用") and not V.is_unit_name("各地要支持龙头企业和高水平高等学校")
    assert V.is_unit_name("市人民政府应急管理办公室") and V.is_unit_name("赣榆区机要保密局")


def test_a_group_with_words_of_its_own_opening_a_numbered_items_duty_is_its_subject():
    """教育部's notices divide their work among groups: "（四）扩大科研助理招录规模。各地各高校要落实科技部、教育部…"
    (教育部 2021届 高校毕业生 就业创业 通知) - in a numbered item, a group with words of its own (各地各高校, 各级教育行政部门)
    opening a duty sentence is its subject, as a body's name is; a vague group is not ("有关部门要…"), nor a notice's
    closing words ("各地各部门要…"), nor a group opening an unnumbered paragraph."""
    loaded = load(CORPUS / "b595" / "national-2020-moe-2021-graduate-employment-entrepreneurship-notice.txt")
    task = next(t for t in loaded.tasks if t.text.startswith("扩大科研助理招录规模"))
    assert triples(loaded, task.number) == [("lead", "各地各高校")]
    text = ("各地各高校要高度重视。\n一、做好招生工作。各地各高校要严格执行招生政策。\n"
            "二、加强监督。有关部门要加强监督检查。\n三、加强组织领导。各地各部门要认真贯彻落实。\n")
    assert [(t.number, triples(load("notice.txt", text=text), t.number))
            for t in load("notice.txt", text=text).tasks] == [("1", [("lead", "各地各高校")])]


def test_a_part_of_a_division_by_unit_opening_with_the_units_name_run_on_is_the_units():
    """平潭's 儿童青少年近视防控 方案: "五、职责分工（一）区党群工作部按照…（二）区宣传与影视发展部充分发挥电视、网络…作用…
    （三）区财政金融局全区儿童…" - under a heading naming duties, a part that opens with one unit's name, its duties run
    on with no mark between, is that unit's: up to the first body's ending that makes one unit's name. Not under any
    other heading ("（二）区宣传部门加强宣传" under "四、工作措施" names no unit by its opening)."""
    loaded = load(CORPUS / "b1218" / "pingtan-2021-youth-myopia-prevention-duties.txt")
    leads = [sorted(a.actor for a in loaded.assignments if a.task == t.number and a.role == "lead") for t in loaded.tasks]
    assert ["区宣传与影视发展部"] in leads and ["区财政金融局"] in leads and ["区旅游与文化体育局"] in leads
    assert ["区市场监督管理局"] in leads and len(loaded.tasks) == 6
    text = ("四、工作措施\n（一）区教育局组织开展视力筛查。\n五、职责分工\n（一）区卫生健康局加强眼科医师培训。\n"
            "（二）区体育局、区教育局增加户外活动场地。\n")
    plan = load("plan.txt", text=text)
    assert [triples(plan, t.number) for t in plan.tasks] == [[("lead", "区卫生健康局")]]


def test_a_railway_or_highway_section_is_a_unit():
    """上饶 绿色低碳循环发展 方案: "（市交通运输局、市公路事业发展中心、上饶车务段、省民航机场集团上饶机场分公司…等按职责
    分工负责）" - a railway bureau's 车务段 (工务段, 供电段 …) and a highway authority's 公路段 end a body's name, so the
    clause is read (it was none: its task went with no warning); 阶段, 路段 stay words."""
    loaded = load(CORPUS / "b1212" / "shangrao-2022-green-low-carbon-circular-economy-system-plan.txt")
    task = next(t for t in loaded.tasks if t.text.startswith("打造绿色物流"))
    assert ("lead", "上饶车务段") in triples(loaded, task.number) and len(triples(loaded, task.number)) == 9
    assert V.is_unit_name("沈铁葫芦岛车务段") and V.is_unit_name("市公路段")
    assert not V.is_unit_name("重点路段") and not V.is_unit_name("关键阶段")


def test_a_working_groups_members_named_after_the_unit_leading_it_assist_it():
    """西安's 2018 地质灾害 应急预案: "2.3.1 综合协调组：由市应急办牵头，市委宣传部（市政府新闻办）、市教育局…及相关区县政府
    （开发区管委会）等部门和单位组成。主要职责：…" - the units the group is made of, named after the one leading it,
    assist it (as "X牵头,由Y、Z组成" and "由X牵头,成员由Y、Z组成" in other plans' 应急小组). Not a group formed of people."""
    loaded = load(CORPUS / "b1214" / "xian-2018-geological-disaster-emergency-plan-working-groups.txt")
    assert triples(loaded, "2.3.2") == [("assist", "国网西安供电公司"), ("assist", "市公安局"), ("assist", "相关区县政府"),
                                        ("assist", "陕西地方电力公司"), ("lead", "西安警备区")]
    rescue = load(CORPUS / "b228-pages-flipbook-and-split-pages" / "xuecheng-undated-coal-mine-accident-rescue-working-groups.txt")
    assert ("assist", "区抢险救灾物资储备中心") in triples(rescue, "6")
    text = "1.现场组：由市应急局牵头，抽调专业技术人员组成。负责现场处置。\n2.保障组：由市财政局牵头，市发改委、市商务局组成。\n"
    assert [triples(load("plan.txt", text=text), n) for n in ("1", "2")] == [
        [("lead", "市应急局")], [("assist", "市发改委"), ("assist", "市商务局"), ("lead", "市财政局")]]


def test_a_duty_list_under_an_attachments_long_title_with_helpers_labelled_after_each_unit():
    """安徽省生态环境厅's 2021 碳达峰 leading group: "附件" / "安徽省生态环境厅碳达峰…领导小组成员单位职责分工" (a title as long
    as the page's lines) / "省生态环境保护督察办公室负责将…（配合单位：第一专员办公室…）" / "综合处负责…" … - the title heads
    a list of units' duties (it was read as a line the page broke, and the document as having no division of labour);
    a unit opening its paragraph leads it with the helpers its label names, also after another unit's label line."""
    loaded = load(CORPUS / "b1227" / "anhui-eco-env-2021-carbon-peak-leading-group-duties.txt")
    first = next(t for t in loaded.tasks if t.text.startswith("负责将各市县应对气候变化"))
    assert triples(loaded, first.number)[-1] == ("lead", "省生态环境保护督察办公室")
    assert ("assist", "第一专员办公室") in triples(loaded, first.number)
    review = next(t for t in loaded.tasks if "三线一单" in t.text[:20])
    assert triples(loaded, review.number) == [("assist", "评估中心"), ("lead", "环境影响评价与排放管理处")]
    assert sum(1 for t in loaded.tasks if any(a.role == "lead" for a in loaded.assignments if a.task == t.number)) >= 14


def test_helpers_after_a_lead_may_say_how_they_share_the_work_before_their_verb():
    """广东省建设厅 and nine departments' 2007 房地产市场秩序 专项整治 方案: "我省的专项整治工作由省建设厅牵头，省国土资源厅、
    财政厅…工商局等单位根据职能分工，各负其责，协调配合" - the departments after the lead assist it; the words between them
    and their verb say how they share the work (roles.yaml helper_manners, own_duties and qualifiers: "根据职能分工")."""
    loaded = load(CORPUS / "b1246" / "guangdong-2007-real-estate-market-order-rectification-plan.txt")
    task = next(t for t in loaded.tasks if "省建设厅牵头" in t.text or "专项整治中" in t.text)
    assert ("lead", "省建设厅") in triples(loaded, task.number)
    assert {actor for role, actor in triples(loaded, task.number) if role == "assist"} >= {"省国土资源厅", "省工商局"}
    text = "一、任务\n（一）加强检查。由市住建局牵头，市公安局、市财政局等部门各负其责，密切配合，做好检查。\n"
    plan = load("plan.txt", text=text)
    assert triples(plan, plan.tasks[0].number) == [("assist", "市公安局"), ("assist", "市财政局"), ("lead", "市住建局")]


def test_a_units_head_named_by_post_in_a_responsible_list_is_the_unit():
    """昆明's 2009 消防部队 应急救援能力建设 责任分解: "2.2009年底前,完成盘龙消防三中队建设…" / "责任单位及责任人:盘龙区政府
    主要领导。" - the unit answers through its head (roles.yaml units.head_posts), so 盘龙区政府 leads (it was read as an
    official and the task left with no unit); and an item may open with its deadline's year after its number's dot
    ("2.2009年底前"), which is no decimal figure."""
    loaded = load(CORPUS / "b1259" / "kunming-2009-fire-brigade-rescue-capacity-task-division.txt")
    assert [t.number for t in loaded.tasks] == [str(n) for n in range(1, 11)]  # (not "1", "1b", "2", … from 1.2009)
    assert all(t.text.startswith(("2009年底前", "2010年底前")) for t in loaded.tasks)
    second = next(t for t in loaded.tasks if "盘龙消防三中队" in t.text)
    assert triples(loaded, second.number) == [("lead", "盘龙区政府")]
    assert sum(1 for t in loaded.tasks if triples(loaded, t.number)) == 10
    text = "一、任务\n1.完成站点建设。\n责任单位：市发改委主要负责人、区政府分管领导。\n2.1.5亿元用于装备。\n"
    plan = load("plan.txt", text=text)
    assert len(plan.tasks) == 1 and triples(plan, plan.tasks[0].number) == [("lead", "区政府"), ("lead", "市发改委")]
    # ("2.1.5亿元" is a figure: no item 2)


def test_a_list_closed_by_etc_and_both_kinds_of_body_parted_by_a_mark():
    """健康潍坊 行动 plan: "(体育部门牵头,工会、共青团、妇联、教育、住房和城乡建设等部门、单位配合)" - "等部门、单位" closes
    the list as "等部门和单位" does (units.etc), so the five assist (the clause's second part was unread, with a warning)."""
    loaded = load(CORPUS / "b1272" / "weifang-undated-healthy-weifang-fitness-tasks.txt")
    for task in loaded.tasks:
        assert triples(loaded, task.number) == [("assist", "住房和城乡建设"), ("assist", "共青团"), ("assist", "妇联"),
                                                ("assist", "工会"), ("assist", "教育"), ("lead", "体育部门")]
    assert len(loaded.tasks) == 3


def test_no_two_tasks_share_a_number_so_each_keeps_its_own_units():
    """霍邱 2024 乡村人才促进行动 方案: the 总体要求 paragraph holds four inline clauses ("开展乡村振兴人才评选(责任单位:县人社局、
    县农业农村局),依托职业学校…(责任单位:县教育局),…"), read as its parts 1.1-1.4; then "二、主要任务 / (一)… / 1.全县家庭农场
    …(责任单位:县农业农村局)" is numbered 1.1 too. Each task keeps its own units (the later item's were merged into the part's:
    县人社局 led the 家庭农场 task); the later number is kept as 1.1b and reported."""
    loaded = load(CORPUS / "b1272" / "huoqiu-2024-rural-talent-promotion-action-plan.txt")
    numbers = [t.number for t in loaded.tasks]
    assert len(numbers) == len(set(numbers))
    farms = next(t for t in loaded.tasks if t.text.startswith("全县家庭农场"))
    assert triples(loaded, farms.number) == [("lead", "县农业农村局")]
    schools = next(t for t in loaded.tasks if t.text.startswith("依托职业学校"))
    assert triples(loaded, schools.number) == [("lead", "县教育局")]
    assert any(i.kind == "numbering" and farms.number in i.message for i in loaded.issues)
    text = ("一、总体要求\n全面落实。开展评选(责任单位:县人社局),培养学生(责任单位:县教育局)。\n二、主要任务\n(一)培养人才\n"
            "1.发展家庭农场(责任单位:县农业农村局)。\n2.培训农民(责任单位:县农业农村局)。\n")
    plan = load("plan.txt", text=text)
    assert len({t.number for t in plan.tasks}) == len(plan.tasks)
    assert [triples(plan, t.number) for t in plan.tasks if t.text.startswith(("发展家庭农场", "培训农民"))] == \
        [[("lead", "县农业农村局")]] * 2


def test_a_captions_line_before_a_pipe_opened_header_is_no_header_cell():
    """桂林创新计划(2011-2015年)目标任务分解表, a web table saved a cell a line, each cell after the first opened by "|":
    "附件:桂林创新计划(2011-2015年)目标任务分解表" / "| 目标" / "| 任务内容" / "| 牵头部门" / "| 配合部门" / … - the header's
    first cell (over the rows' numbers) was printed blank, so the caption before it is no cell: it had been read as the
    number column's head, and, naming 目标任务, as the task column (no division of labour found)."""
    loaded = load(CORPUS / "b1303" / "guilin-2011-innovation-plan-target-task-table.txt")
    assert [t.number for t in loaded.tasks] == [str(n) for n in range(1, 15)]
    first = loaded.tasks[0]
    assert first.text.startswith("R&D经费支出占GDP比重")
    assert triples(loaded, first.number) == [("assist", "市统计局"), ("assist", "市财政局"), ("lead", "市科技局")]
    text = ("附表:重点工作任务分解表\n| 工作任务\n| 牵头单位\n| 配合单位\n|\n1\n| 建设孵化器\n| 市科技局\n| 市财政局\n|\n"
            "2\n| 培训技工\n| 市人社局\n| 市教育局\n|\n")
    plan = load("plan.txt", text=text)
    assert [(t.number, t.text, triples(plan, t.number)) for t in plan.tasks] == [
        ("1", "建设孵化器", [("assist", "市财政局"), ("lead", "市科技局")]),
        ("2", "培训技工", [("assist", "市教育局"), ("lead", "市人社局")])]


def test_a_sentence_naming_its_work_then_who_does_it_after_by_is_that_works_part():
    """A city's 火灾隐患 排查 方案: "(一)建立火灾隐患分工排查机制。违章简易棚和居住出租房消防安全隐患排查工作由属地乡镇政府(
    街道办事处)牵头组织,公安消防…等有关部门配合;高层建筑消防安全隐患排查工作由房管部门牵头组织,公安消防部门配合;…" -
    each part's text is the work before its 由 clause (it was the work after it: 高层建筑 was given the 属地乡镇政府's
    units); a "由X负责的…项目" after a comma is still what X does after it."""
    loaded = load(CORPUS / "b1279" / "unnamed-undated-fire-hazard-inspection-lead-division.txt")
    parts = [t for t in loaded.tasks if t.parent is not None][:4]
    assert [t.text[:6] for t in parts] == ["违章简易棚和", "高层建筑消防", "“通天房”消", "“三合一”场"]
    assert triples(loaded, parts[1].number) == [("assist", "公安消防部门"), ("lead", "房管部门")]
    assert ("lead", "属地政府") in triples(loaded, parts[2].number)
    text = ("四、工作机制\n(一)建立排查机制。违章简易棚消防安全隐患排查工作由属地乡镇政府(街道办事处)牵头组织,公安消防、"
            "房管等有关部门配合;高层建筑消防安全隐患排查工作由房管部门牵头组织,公安消防部门配合;\n")
    plan = load("plan.txt", text=text)
    assert [(t.text, triples(plan, t.number)) for t in plan.tasks if t.parent is not None] == [
        ("违章简易棚消防安全隐患排查工作", [("assist", "公安消防"), ("assist", "房管"), ("lead", "属地乡镇政府")]),
        ("高层建筑消防安全隐患排查工作", [("assist", "公安消防部门"), ("lead", "房管部门")])]


def test_an_office_that_carries_out_what_an_official_leads_is_the_tasks_unit():
    """四川省扶贫和移民工作局 2014年第21次局务会议 纪要: "由向伟益副局长牵头，规划处抓落实。" - an official (a person) leads,
    the office carries the work out (抓落实, roles.yaml verbs.responsible): the office is the task's unit (the clause
    was read as naming no unit)."""
    loaded = load(CORPUS / "b1314" / "sichuan-2014-poverty-migration-bureau-bureau-meeting-21-minutes.txt")
    plan = next(t for t in loaded.tasks if t.text.startswith("督促完成移民安置年度计划"))
    assert triples(loaded, plan.number) == [("lead", "移民安置处")]
    report = next(t for t in loaded.tasks if t.text.startswith("尽快完成省委书记批示"))
    assert triples(loaded, report.number) == [("lead", "规划处")]
    text = ("会议议定了以下事项：\n1.加快推进政策梳理工作。要抓紧完成任务。由向伟益副局长牵头，规划处抓落实。\n"
            "2.督促完成年度计划任务。由何智彬副局长牵头，移民安置处具体抓落实。\n")
    minutes = load("minutes.txt", text=text)
    assert [triples(minutes, t.number) for t in minutes.tasks] == [[("lead", "规划处")], [("lead", "移民安置处")]]


def test_an_item_opened_by_its_unit_is_read_though_a_deadline_label_follows():
    """梅州 2008 客家 旅游 建议案 实施意见: "2、市旅游局:负责对接旅行社,协助市场策划及宣传。完成时间:2008年底前。" - the label
    "完成时间:" names no unit, so the item's opening unit is still read (the label alone had been taken as the item's
    clause, and the item named no unit)."""
    loaded = load(CORPUS / "b1303" / "meizhou-2008-hakka-heritage-tourism-base-division.txt")
    agency = next(t for t in loaded.tasks if "对接旅行社" in t.text)
    assert triples(loaded, agency.number) == [("lead", "市旅游局")]
    show = next(t for t in loaded.tasks if "天籁·客家" in t.text)
    assert triples(loaded, show.number) == [("lead", "市文广电局")]
    text = "三、任务\n1、市文广电局负责打造一台歌舞。完成时限:2008年底前。\n2、市旅游局:对接旅行社。完成时限:2009年6月底前。\n"
    plan = load("plan.txt", text=text)
    assert [(triples(plan, t.number), t.deadline) for t in plan.tasks] == [
        ([("lead", "市文广电局")], "2008-12"), ([("lead", "市旅游局")], "2009-06")]


def test_a_trades_department_whose_name_ends_in_a_label_word_opens_its_duties():
    """浙江 高致病性禽流感 应急预案's department duties: "9.药品监管部门:负责医药及防护用品质量的监督管理。" - 监管部门 is a
    label word, but the colon is followed by the department's duties, not by units: the item's unit is 药品监管部门 (the
    name had been taken as a title with its label glued on, and the item named no unit). A label glued to a title still
    names the units after it."""
    loaded = load(CORPUS / "b1339" / "zhejiang-undated-avian-influenza-plan-department-duties.txt")
    drugs = next(t for t in loaded.tasks if t.text.startswith("负责医药及防护用品"))
    assert triples(loaded, drugs.number) == [("lead", "药品监管部门")]
    text = ("二、部门职责\n1.食品监管部门:负责食品质量的监督管理。\n2.公安部门:负责疫区的安全保卫。\n"
            "3.适龄女生疫苗接种牵头责任部门:县卫生健康委员会\n")
    plan = load("plan.txt", text=text)
    assert [triples(plan, t.number) for t in plan.tasks] == [
        [("lead", "食品监管部门")], [("lead", "公安部门")], [("lead", "县卫生健康委员会")]]


def test_an_articles_paragraphs_each_opened_by_a_unit_and_a_colon_are_its_parts():
    """六盘水 棚户区改造 办法 第二十六条: "各级各有关部门及各办公室主任(副主任)根据分工认真履行职责。" then one paragraph a
    department, "市国土资源局:负责土地权属调查核实、…" - each paragraph is a part of the article led by its department,
    whoever the article's first sentence names (with officials in it, none of the paragraphs had been read)."""
    loaded = load(CORPUS / "b1357" / "liupanshui-undated-shantytown-renovation-measures-department-duties.txt")
    parts = {t.text[:8]: triples(loaded, t.number) for t in loaded.tasks if t.parent == "26"}
    assert parts == {"负责土地权属调查": [("lead", "市国土资源局")], "负责棚户区改造建": [("lead", "市住房城乡建设局")],
                     "负责组织市中心城": [("lead", "市规划局")],
                     "负责辖区内棚户区": [("lead", "县人民政府")]}
    text = ("第十条 各级各有关部门及各办公室主任根据分工认真履行职责。\n区财政局:负责资金保障。\n区住建局:负责工程质量监督。\n"
            "第十一条 本办法自发布之日起施行。\n")
    rule = load("rule.txt", text=text)
    assert [(t.number, triples(rule, t.number)) for t in rule.tasks if not t.has_parts] == [
        ("10.2", [("lead", "区财政局")]), ("10.3", [("lead", "区住建局")])]


def test_the_levels_after_a_places_suojiandi_are_one_bodys_name():
    """国家公园法 第五条: "国务院和国家公园所在地省、自治区、直辖市人民政府应当加强对国家公园建设的统筹协调" - the levels after
    "国家公园所在地" are printed once before one name: its bodies are 国务院 and the provincial governments where a park is
    (the 、 had parted "国家公园所在地省" from "自治区", and the sentence was read as naming no body)."""
    loaded = load(CORPUS / "b1379" / "national-npcsc-2025-national-parks-law-department-duties.txt")
    first = next(t for t in loaded.tasks if t.text.startswith("加强对国家公园建设的统筹协调") and not t.has_parts)
    assert triples(loaded, first.number) == [("lead", "国务院"), ("lead", "国家公园所在地省、自治区、直辖市人民政府")]
    text = "第八条 三峡移民安置区所在地的市、县、区人民政府负责本行政区域内的移民工作。\n"
    law = load("law.txt", text=text)
    assert [triples(law, t.number) for t in law.tasks] == [[("lead", "三峡移民安置区所在地的市、县、区人民政府")]]


def test_an_items_numbered_fields_may_name_its_officials_and_its_deadline():
    """十堰 2008 十件实事 分解方案: "三、实施农村寄宿制学校建设工程…" / "(一)责任领导:高勤" / "(二)责任单位:市教育局" /
    "(三)协办单位:市财政局、农业局,…" / "(四)项目内容及任务分解:…" / "(五)资金筹措:…" / "(六)完成时限:2008年内" - the
    numbered sub-items are the project's fields: the official's and the deadline's too, so the project is one task led by
    市教育局 (the official's field had been read as a task of its own, and the project as a heading over it: nothing
    loaded)."""
    loaded = load(CORPUS / "b1451" / "shiyan-2008-ten-practical-projects-responsibility-breakdown.txt")
    school = next(t for t in loaded.tasks if t.text.startswith("实施农村寄宿制学校建设工程"))
    assert triples(loaded, school.number) == [
        ("assist", "十堰经济开发区"), ("assist", "各县市区人民政府"), ("assist", "市农业局"), ("assist", "市财政局"),
        ("assist", "武当山旅游经济特区"), ("lead", "市教育局")]
    assert school.deadline == "2008-12"
    text = ("三、实施寄宿制学校建设工程\n(一)责任领导:高勤\n(二)责任单位:市教育局\n(三)协办单位:市财政局\n"
            "(四)完成时限:2008年内\n四、建设通村水泥路\n(一)牵头领导:梁吉祥\n(二)责任单位:市交通局\n")
    plan = load("plan.txt", text=text)
    assert [(t.text, triples(plan, t.number), t.deadline) for t in plan.tasks] == [
        ("实施寄宿制学校建设工程", [("assist", "市财政局"), ("lead", "市教育局")], "2008-12"),
        ("建设通村水泥路", [("lead", "市交通局")], None)]


def test_a_labels_value_that_is_a_duty_sentence_names_its_subject():
    """哈尔滨 2024 房地产 措施 (十六): "(责任单位:市住建局、黑龙江金融监管局、市委金融办、各区、县(市)政府组织各相关部门
    实施)" - the label's value ends in a sentence whose subject is its units: 各区、县(市)政府 is the last of them (the
    whole "各区、县(市)政府组织各相关部门实施" had been read as one unit's name). So with one unit: "责任分工:省统计局负责
    组织全面调查。" is 省统计局's."""
    loaded = load(CORPUS / "b412-code-thin-province-texts" / "harbin-2024-real-estate-stable-development-measures.txt")
    task = next(t for t in loaded.tasks if t.text.startswith("切实发挥房地产融资协调机制作用"))
    leads = [actor for role, actor in triples(loaded, task.number) if role == "lead"]
    assert "市住建局" in leads and not any("实施" in actor for actor in leads)
    assert any(actor.startswith("各区") and actor.endswith("政府") for actor in leads), leads
    text = "二、统计\n1.调查内容:分煤炭品种的生产量。责任分工:省统计局负责组织全面调查。\n"
    plan = load("plan.txt", text=text)
    assert [triples(plan, t.number) for t in plan.tasks] == [[("lead", "省统计局")]]


def test_a_condition_before_a_comma_does_not_hide_the_subject_after_it():
    """抗旱条例 (国务院令第552号) 第三十三条 - 第四十三条: "发生干旱灾害，县级以上人民政府防汛抗旱指挥机构应当按照抗旱
    预案…", "在紧急抗旱期，有关地方人民政府防汛抗旱指挥机构应当…" - a condition opens the article and its subject follows
    the comma (roles.yaml condition_openers; or a clause of time closed by one of prose.openers: "…结束后，"). None of
    these articles had been read. (In articles only: a plan's items so written are prose_duties' to read.) The bench pairs the task with its label although the clause was cut from the middle
    of its text (bench/loader_accuracy.py)."""
    path = CORPUS / "b1581" / "national-2009-drought-relief-regulations-department-duties.txt"
    loaded = load(path)
    weather = next(t for t in loaded.tasks if "做好气象干旱监测和预报工作" in t.text)
    assert triples(loaded, weather.number) == [("lead", "各级气象主管机构")]
    sys.path.insert(0, str(ROOT / "bench"))
    from loader_accuracy import match_tasks
    expected = yaml.safe_load(path.with_name(path.stem + ".expected.yaml").read_text(encoding="utf-8"))
    assert match_tasks(expected, loaded)[0][weather.number] == "39.1"
    text = ("第九条 发生森林火灾，县级以上人民政府森林防火指挥机构应当立即组织扑救。\n"
            "第十条 在紧急防汛期，市水务局负责统一调度。\n")
    law = load("law.txt", text=text)
    assert [triples(law, t.number) for t in law.tasks] == [
        [("lead", "县级以上人民政府森林防火指挥机构")], [("lead", "市水务局")]]


def test_a_space_after_a_sentence_does_not_end_an_articles_reading():
    """济南 城镇职工基本医疗保险 办法 第三條 (a mirror's copy in traditional characters, its paragraphs run together on one
    line, a space after each sentence): "市勞動保障行政部門是…主管部門。 縣(市)、區勞動保障行政部門按照職責分工,負責…。
    … 財政、衛生…等部門和工會組織,應當按照各自職責,配合勞動保障行政部門做好…" - the sentences after the first are read
    as they are without the space (only the first body had been read)."""
    loaded = load(CORPUS / "b1571" / "jinan-undated-employee-basic-medical-insurance-measures-department-duties.txt")
    leads = {actor for t in loaded.tasks for role, actor in triples(loaded, t.number) if role == "lead"}
    assists = {actor for t in loaded.tasks for role, actor in triples(loaded, t.number) if role == "assist"}
    assert {"市劳动保障行政部门", "县、区劳动保障行政部门", "劳动保障行政部门"} <= leads
    assert {"财政", "卫生", "工会组织"} <= assists
    text = "第五条 市民政局负责组织实施。 区民政局负责具体工作。 财政、审计等部门应当按照各自职责,配合民政部门做好管理工作。\n"
    law = load("law.txt", text=text)
    assert [triples(law, t.number) for t in law.tasks if not t.has_parts] == [
        [("lead", "市民政局")], [("lead", "区民政局")], [("assist", "审计"), ("assist", "财政"), ("lead", "民政部门")]]


def test_a_glued_rows_last_unit_cell_is_the_list_after_its_last_sentence():
    """成都 2021 生活垃圾分类 重点任务责任分工表, copied by a document-sharing site with its cells run together: "序号工作内容
    目标任务责任单位备注1将生活垃圾分类投放作为…引导市民参与生活垃圾分类。2021年2月底前,群众对生活垃圾分类的知晓率达90%
    以上。市委宣传部(市文明办)、市城管委,市住建局、…、市文广旅局等部门,各区(市)县政府(管委会)2完善…" - the one unit
    column comes last (only 备注 after it), so its cell is the list after the row's last sentence, whole: a name with
    another in brackets and groups parted by commas (the runs of names had cut it at the bracket: only 市文明办 read)."""
    loaded = load(CORPUS / "b1603" / "chengdu-2021-waste-sorting-key-task-division-table.txt")
    first = next(t for t in loaded.tasks if t.text.startswith("将生活垃圾分类投放"))
    assert triples(loaded, first.number) == sorted([
        ("lead", "市委宣传部"), ("lead", "市城管委"), ("lead", "市住建局"), ("lead", "市总工会"), ("lead", "团市委"),
        ("lead", "市妇联"), ("lead", "市文广旅局"), ("lead", "各区县政府")])
    text = ("序号工作任务完成时限责任单位备注1推进老旧小区改造,完成改造50个。2024年底前区住建局(区房管中心),各街道办事处"
            "2开展垃圾分类宣传。2024年6月底前区城管局、区委宣传部\n")
    table = load("table.txt", text=text)
    assert [triples(table, t.number) for t in table.tasks] == [
        [("lead", "区住建局"), ("lead", "各街道办事处")], [("lead", "区城管局"), ("lead", "区委宣传部")]]
    # (not with a people column: the official's name runs into the unit after it, cut off by the runs of names)
    text = ("序号工作任务完成时限责任领导责任单位1免费开放服务人次较上年增长15%。12月底前夏俊贵文化宣传股、文化馆、图书馆"
            "2组织开展惠民演出不少于100场。11月底前夏俊贵文化宣传股、文化馆\n")
    table = load("table.txt", text=text)
    assert [triples(table, t.number) for t in table.tasks] == [
        [("lead", "图书馆"), ("lead", "文化宣传股"), ("lead", "文化馆")], [("lead", "文化宣传股"), ("lead", "文化馆")]]


def test_articles_run_on_within_a_line_are_cut_at_each_next_article():
    """合肥 殡葬管理办法 (a mirror's copy whose articles run on within its lines): "第一条 为了加强殡葬管理,…制定本办法。第二条
    本办法适用于…。第三条 …" / "…按照国家有关规定办理。第四条 市民政部门负责全市殡葬管理工作,县、区民政部门负责…" - the
    article a line opens counts when the next article starts inside it after a sentence's end, so 第二条 follows 第一条
    there and 第四条 follows 第三条 (all four had been read as the first article's words: its two departments lost)."""
    loaded = load(CORPUS / "b1632" / "hefei-undated-funeral-management-measures-department-duties.txt")
    fourth = next(t for t in loaded.tasks if t.text.startswith("负责全市殡葬管理工作") and not t.has_parts)
    assert fourth.number.split(".")[0] == "4"
    assert triples(loaded, fourth.number) == [("lead", "县、区民政部门"), ("lead", "市民政部门")]
    text = ("第一条 为了加强管理,制定本办法。第二条 本办法适用于本市。第三条 市民政局负责组织实施。\n"
            "第四条 区民政局负责本区工作。第五条 财政部门负责经费保障。\n")
    law = load("law.txt", text=text)
    assert [(t.number, triples(law, t.number)) for t in law.tasks] == [
        ("3", [("lead", "市民政局")]), ("4", [("lead", "区民政局")]), ("5", [("lead", "财政部门")])]
    # (and a chapter's title run on too, its first article after it: "…不得推诿。第二章  未成年人保护委员会第六条  省、…",
    # 吉林 未成年人保护 办法, b1662)
    text = ("第五条 有关部门应当及时处理,不得推诿。第二章 管理机构第六条 市民政局负责组织实施。\n"
            "第七条 区民政局负责本区工作。\n")
    law = load("law.txt", text=text)
    assert [(t.number, triples(law, t.number)) for t in law.tasks if not t.has_parts] == [
        ("5", [("lead", "有关部门")]), ("6", [("lead", "市民政局")]), ("7", [("lead", "区民政局")])]


def test_an_articles_later_sentences_are_read_after_a_first_sentence_that_names_its_agent():
    """忻州 2008 城镇居民基本医疗保险 试行办法 第五条, one paragraph: "城镇居民基本医疗保险由政府组织实施。市劳动保障局负责全市
    城镇居民基本医疗保险的行政管理工作。各级宣传、发改委、劳动保障…等部门应当依照各自职责…,共同做好…工作。" - the
    first sentence's 由 clause names its agent; the sentences after it are read as an article's later paragraphs are
    (only 政府 had been read)."""
    loaded = load(CORPUS / "b1613" / "xinzhou-2008-urban-residents-basic-medical-insurance-trial-measures-duties.txt")
    fifth = [t for t in loaded.tasks if t.number.split(".")[0] == "5" and not t.has_parts]
    leads = {actor for t in fifth for role, actor in triples(loaded, t.number) if role == "lead"}
    assert {"政府", "市劳动保障局", "发改委", "公安", "残联"} <= leads, leads
    law = load("law.txt", text="第三条 本办法由市人民政府组织实施。市民政局负责日常管理工作。\n")
    assert sorted(a for t in law.tasks for a in triples(law, t.number)) == [
        ("lead", "市人民政府"), ("lead", "市民政局")]


def test_a_laws_body_helping_another_named_after_an_adverb_or_before_加强_assists_it():
    """河南 实施《献血法》办法 第八条: "居民委员会、村民委员会应当积极配合街道办事处和乡(镇)人民政府做好辖区内适龄公民献血
    的动员和组织工作" and 汕头 消防条例 第六条: "村民委员会、居民委员会应当…协助人民政府以及有关部门加强消防安全宣传教育" -
    the bodies helped lead and the helpers assist, also after an adverb (积极) and before 加强 or 的工作 (the helpers had
    been read as leading, the bodies helped as no one)."""
    blood = load(CORPUS / "b820" / "henan-1999-blood-donation-law-implementation-measures-department-duties.txt")
    helped = next(t for t in blood.tasks if t.text.startswith("积极配合街道办事处") and not t.has_parts)
    assert triples(blood, helped.number) == [("assist", "居民委员会"), ("assist", "村民委员会"),
                                             ("lead", "乡人民政府"), ("lead", "街道办事处")]
    text = ("第四条 市城管局负责全市市容管理工作。\n第五条 市公安局应当配合市城管局加强市容宣传。\n"
            "第六条 区执法局积极配合市城管局的工作,查处违法行为。\n")
    law = load("law.txt", text=text)
    assert [(t.number, triples(law, t.number)) for t in law.tasks if not t.has_parts] == [
        ("4", [("lead", "市城管局")]), ("5", [("assist", "市公安局"), ("lead", "市城管局")]),
        ("6", [("assist", "区执法局"), ("lead", "市城管局")])]


def test_spaces_a_pdfs_copy_set_before_punctuation_are_taken_out():
    """海西州 城镇管理条例, text of its PDF print: "第六条 自治州、市、县人民政府 、行委应当\n创新城镇管理机制 ,引导…" - a space
    before 、 , 。 splits a list of bodies and their clause; taken out (the article had been read as no one's), and said in
    the load report."""
    loaded = load(CORPUS / "b1821" / "haixi-undated-town-management-regulation-department-duties.txt")
    sixth = next(t for t in loaded.tasks if t.number.split(".")[0] == "6" and not t.has_parts)
    assert triples(loaded, sixth.number) == [("lead", "自治州、市、县人民政府"), ("lead", "行委")]
    assert any(i.kind == "spaced_punctuation" for i in loaded.issues)
    text = "第五条 本条例适用于全市。\n第六条 市财政局 、市税务局应当加强管理 。\n"
    law = load("law.txt", text=text)
    assert [(t.number, triples(law, t.number)) for t in law.tasks] == [
        ("6", [("lead", "市税务局"), ("lead", "市财政局")])]


def test_a_chapter_title_set_with_a_space_before_its_first_article_on_the_same_line():
    """宜昌 电动自行车管理条例, lines run on: "第一章 总 则第一条 为了规范电动自行车管理 ,…制定本条例 。第二条 本市…" - the
    chapter's title printed with a space inside (总 则, as laws set it) still closes before 第一条, so 第二条 and 第三条 are cut
    at their markers (the whole chapter had been one item once the spaces before its stops were taken out)."""
    text = ("宜昌市电动自行车管理条例\n第一章 总 则第一条 为了规范管理,制定本条例。第二条 本条例适用于本市。\n"
            "本条例所称电动自行车,是指两轮自行车。第三条 县级以上人民政府公安机关交通管理部门负责道路交通安全管理工作。\n")
    law = load("law.txt", text=text)
    assert [(t.number, triples(law, t.number)) for t in law.tasks if not t.has_parts] == [
        ("3", [("lead", "县级以上人民政府公安机关交通管理部门")])]


def test_a_trades_department_named_with_its_other_name_in_brackets_is_one_body():
    """聊城 户外广告设施和招牌设置管理条例 第六条: "城市管理（综合行政执法）部门应当利用信息技术平台，对…实行动态管理" - the
    department's other name in brackets inside its name ("城市管理（综合行政执法）部门", "市场监督管理（知识产权）部门") still
    names one trade's department (the article had been read as no one's)."""
    loaded = load(CORPUS / "b1796" / "liaocheng-2021-outdoor-advertising-signboards-regulation-department-duties.txt")
    sixth = next(t for t in loaded.tasks if t.text.startswith("利用信息技术平台") and not t.has_parts)
    assert [role for role, _actor in triples(loaded, sixth.number)] == ["lead"]
    law = load("law.txt", text="第五条 本条例适用于本市。\n第六条 城市管理（综合行政执法）部门应当加强户外广告管理。\n")
    assert [(t.number, [role for role, _a in triples(law, t.number)]) for t in law.tasks] == [("6", ["lead"])]


def test_a_body_that_is_to_help_and_support_another_assists_it():
    """北京 实施《国防教育法》办法 第六条: "驻京军事机关应当协助和支持本市各级人民政府开展国防教育" - the body helped is the one
    after 协助和支持 (it had been read as "和支持本市各级人民政府")."""
    loaded = load(CORPUS / "b1849" / "beijing-2007-national-defence-education-law-implementing-measures-department-duties.txt")
    helped = next(t for t in loaded.tasks if t.text.startswith("协助和支持") and not t.has_parts)
    assert triples(loaded, helped.number) == [("assist", "驻京军事机关"), ("lead", "本市各级人民政府")]


def test_trades_that_are_to_bring_work_into_their_plans_with_将_lead_it():
    """山东 消防条例: "（三）住房城乡建设等有关部门将公共消防设施建设纳入年度城乡基础设施建设计划" and 北京 实施《国防教育法》办法
    第七条: "文化、新闻出版、广播电视等行政部门将国防教育纳入工作计划" - a list of trades closed by 等…部门 and then 将 opens
    the departments' own duty (these had been read as no one's)."""
    loaded = load(CORPUS / "b1849" / "beijing-2007-national-defence-education-law-implementing-measures-department-duties.txt")
    planned = next(t for t in loaded.tasks if t.text.startswith("将国防教育纳入工作计划") and not t.has_parts)
    assert triples(loaded, planned.number) == [("lead", "广播电视"), ("lead", "文化"), ("lead", "新闻出版")]


def test_trades_listed_with_the_organisations_named_beside_them_lead_their_duty():
    """佛山 院前医疗急救管理办法 第五条: "发展改革、财政、民政、公安…、消防救援、红十字会等有关部门、组织在各自职责范围内协助
    开展院前医…" - the list closes with 部门、组织 before its verb (the departments, now read; they had been no one's)."""
    loaded = load(CORPUS / "b1861" / "foshan-2025-prehospital-emergency-care-measures-department-duties.txt")
    listed = next(t for t in loaded.tasks if t.text.startswith("在各自职责范围内协助开展") and not t.has_parts)
    leads = {actor for role, actor in triples(loaded, listed.number) if role == "lead"}
    assert {"发展改革", "财政", "公安", "消防救援", "红十字会"} <= leads, leads


def test_a_span_opening_with_已_or_对于_is_no_units_name():
    """玉林 玉政办电〔2019〕11号: "…代表建议93件(其中3件不属于政府系统办理件,已转办)" - "已转办" ends like a unit (…办) but
    says what was done; "对于军事机关按照规定的权限和程序提出的…" (河北 军事设施保护 规定) is what a clause is about. Neither
    opens a unit's name (roles.yaml units.not_starts)."""
    loaded = load(CORPUS / "b2076" / "yulin-2019-npc-suggestion-handling-notice.txt")
    assert not any(a.actor in ("已转办", "转办") for a in loaded.assignments)
    assert any(a.actor == "各承办单位" for a in loaded.assignments)
    assert not V.is_unit_name("对于军事机关") and not V.is_unit_name("已转办")


def test_a_page_opening_inside_an_article_cuts_the_articles_run_on_after_it():
    """钦州 历史文化街区保护条例, a page of a mirror's copy that opens inside an article, its articles run on within its
    lines: "…适用文物保护法律法规的规定。第三条历史文化街区的保护范围…。第四条…。第五条市人民政府负责…" - with no article
    seen before it, 第三条 counts when 第四条 follows it in the same line (the bodies had been named "第五条市人民政府")."""
    loaded = load(CORPUS / "b2025" / "qinzhou-undated-historic-blocks-protection-regulation-department-duties.txt")
    assert not any(a.actor.startswith("第") for a in loaded.assignments)
    fifth = next(t for t in loaded.tasks if t.number.split(".")[0] == "5" and not t.has_parts)
    assert triples(loaded, fifth.number) == [("lead", "市人民政府")]
    text = ("本条例适用于全市。第三条 本条例所称街区,是指历史文化街区。第四条 市财政局负责保护经费。\n"
            "第五条 市住建局负责规划管理。\n")
    law = load("law.txt", text=text)
    assert [(t.number, triples(law, t.number)) for t in law.tasks] == [
        ("4", [("lead", "市财政局")]), ("5", [("lead", "市住建局")])]


def test_a_row_opening_with_its_number_is_never_a_header():
    """重庆 低空空域管理改革 重点任务分工 saved as one paragraph, its cells parted by spaces: "…9 建立低空智库 市委军民融合办
    市发展改革委、… （四）… 10 建立跨省飞行协同管理体系 市委军民融合办 — 11 …" - row 10's task holds 协同 (an assisting
    column's word) and its 配合单位 cell is "—", yet a row's 序号 opens it: no header (it had replaced the table's header,
    and every row after it lost its leads)."""
    path = CORPUS / "b1161" / "chongqing-2024-low-altitude-airspace-reform-task-division.txt"
    text = " ".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    loaded = load("one-paragraph.txt", text=text)
    assert triples(loaded, "10") == [("lead", "市委军民融合办")]
    assert ("lead", "市国资委") in triples(loaded, "11") and ("assist", "市水利局") in triples(loaded, "11")
    assert find_columns(["10", "建立跨省飞行协同管理体系", "市委军民融合办", "—"], V) is None


def test_cells_run_together_keep_a_party_committees_office_whole_and_a_dash_for_an_empty_cell():
    """The same table taken from its page with no cell breaks ("…10建立跨省飞行协同管理体系市委军民融合办—11推进通航起降点
    建设市委军民融合办、…"): 市委 before 军民融合办 is the city committee's office, one name (not a lead 市委 and an assisting
    军民融合办), and the dash is an empty 配合单位 cell, after which row 11 starts (it had been read as a range, 10—11)."""
    path = CORPUS / "b1161" / "chongqing-2024-low-altitude-airspace-reform-task-division.txt"
    text = "".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    loaded = load("glued.txt", text=text)
    assert triples(loaded, "2") == sorted([("assist", "民航重庆空管分局"), ("assist", "民航重庆监管局"), ("lead", "市委军民融合办")])
    assert ("lead", "市国资委") in triples(loaded, "11") and ("lead", "市委军民融合办") in triples(loaded, "11")
    assert len([t for t in loaded.tasks if not t.has_parts]) == 25


def test_a_groups_cell_printed_on_its_first_row_moves_the_cells_right():
    """上海 政府信息公开 task table, one row a line: "深化政府信息公开内容 | 推进重要政府信息公开 | 重点推进城市规划、…;进一步
    完善… | 市规划局、市房地资源局、… | |" under "工作任务 | 目标和要求 | 责任单位 | 备注 |" - the group's cell, merged over its
    rows, stands first on its first row: the units are in the 备注 position and the 责任单位 position holds the aim (its
    words had been read as units: 重点推进城市规划, 城市建设动拆迁 …)."""
    loaded = load(CORPUS / "b2324" / "shanghai-undated-government-information-disclosure-task-table.txt")
    first = next(t for t in loaded.tasks if "推进重要政府信息公开" in t.text)
    assert triples(loaded, first.number) == sorted(("lead", u) for u in (
        "市规划局", "市房地资源局", "市人事局", "市财政局", "市环保局", "市教委", "市劳动保障局", "市审计局"))
    second = next(t for t in loaded.tasks if t.text.startswith("完善重大决定草案公开工作"))
    assert triples(loaded, second.number) == [("lead", "市信息委"), ("lead", "市政府法制办")]


def test_a_two_column_table_one_cell_a_line_with_no_number_column():
    """重庆 沙坪坝 2022 政府工作报告 目标任务分解表 as a page prints it one cell a line, without its 序号 column:
    "2022年预期目标" / "责任单位" / "地区生产总值增长5.5%左右" / "区发展改革委" / "固定资产投资增长6%左右" / … - a header of
    two cells (a task's and a unit's) over rows of a text cell and a unit cell (it had loaded nothing: "no division of
    labour found")."""
    path = CORPUS / "b8-fresh-b" / "shapingba-2022-work-report-targets.txt"
    text = "\n".join(line for line in path.read_text(encoding="utf-8").split("\n")
                     if not re.fullmatch(r"\s*(?:序\s?号|\d{1,3})\s*", line))
    loaded = load("two-columns.txt", text=text)
    rows = [t for t in loaded.tasks if not t.has_parts]
    assert [t.text for t in rows][:3] == ["地区生产总值增长5.5%左右", "固定资产投资增长6%左右", "工业增加值增长7%左右"]
    assert [triples(loaded, t.number) for t in rows][:3] == [[("lead", "区发展改革委")], [("lead", "区发展改革委")],
                                                              [("lead", "区经济信息委")]]
    assert len(rows) == 10


def test_a_bare_kind_of_body_after_a_group_of_another_kind_is_one_group():
    """人力资源社会保障部 等 关于进一步做好农民工就业创业工作的意见: "（各有关部门、单位和地方各级人民政府按职责分工负责）"
    and a city's 依法行政 tasks: "(责任单位:市民政局;配合单位:市政府相关部门、单位)" - 单位 after 各有关部门 names no body
    of its own: the two words are one group, as the corpus's readers keep them (a lone "单位" had been read as a
    unit)."""
    loaded = load(CORPUS / "b455-code-national-ministries" / "national-2020-migrant-workers-employment-opinions.txt")
    assert not any(a.actor == "单位" for a in loaded.assignments)
    leads = {a.actor for a in loaded.assignments if a.task == "14" and a.role == "lead"}
    assert {"各有关部门、单位", "地方各级人民政府"} <= leads, leads
    listed = load("listed.txt", text="1.加强基层自治建设。(责任单位:市民政局;配合单位:市政府相关部门、单位)\n")
    assert triples(listed, "1") == [("assist", "市政府相关部门、单位"), ("lead", "市民政局")]


def test_one_character_kinds_after_a_group_are_one_group():
    """A city's 依法治市 work points: "(责任单位:市政府办公厅、市府研究室、市编办、市政府有相关行政管理职能的各委、办、局)" and
    杨浦 基层消防 "相关委、办、局": 委, 办 and 局 after 各委 / 相关委 are kinds of body, one group with it (they had been read
    as the units "办" and "局")."""
    loaded = load(CORPUS / "b2303" / "unnamed-city-undated-rule-by-law-work-points-legislation-administrative-reform.txt")
    assert not any(a.actor in ("办", "局", "委") for a in loaded.assignments)
    assert any(a.actor.endswith("各委、办、局") for a in loaded.assignments)
    listed = load("listed.txt", text="1.开展消防安全检查。(区消防救援支队牵头,相关委、办、局配合)\n")
    assert triples(listed, "1") == [("assist", "相关委、办、局"), ("lead", "区消防救援支队")]


def test_a_category_that_opens_with_a_label_and_colon_stands_before_the_first_glued_row():
    """静安 城市更新 重点任务清单 with its cells run together: "…任务类型序号工作任务推进单位行动一：再造发展新极行动（综合区域整体
    焕新行动）1“一江一河”地区：…石门二路街道2推进走马塘片区规划研究区规划资源局、…" - a category row naming its action after a
    label and a colon (行动一：) stands between the header and row 1 (a colon had ended the search for the first row: the
    table loaded nothing)."""
    path = CORPUS / "b467-code-shanghai-index-plans-b" / "jingan-2023-urban-renewal-action-task-list.txt"
    text = "".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    loaded = load("glued.txt", text=text)
    assert triples(loaded, "2") == sorted(("lead", u) for u in (
        "区规划资源局", "区建设管理委", "区发展改革委", "区商务委", "区国资委", "市北高新集团"))
    assert triples(loaded, "12") == [("lead", "区绿化市容局")]
    assert len([t for t in loaded.tasks if not t.has_parts]) == 27


def test_a_table_on_one_line_with_its_cells_parted_by_tabs():
    """赣榆 抗震救灾指挥部 工作组 table as a page saved as one paragraph keeps it: its rows on one line, each row's cells parted
    by tabs as a browser copies a table ("序号\t工作组\t牵头部门\t参加部门\t主要职责 1\t地震监测及趋势研判组\t区地震局\t…
    2\t抢险救援组\t人武部\t区公安局、…") - the rows cut at their numbers, the cells at the tabs (a tab after 序号 had been
    left to the table reader, which reads one row a line: nothing loaded)."""
    path = CORPUS / "b213-code-gov-site-archives" / "ganyu-2014-earthquake-plan-draft-work-groups.txt"
    text = " ".join(line.strip(" ") for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    loaded = load("one-line.txt", text=text)
    assert triples(loaded, "2") == sorted([("lead", "人武部")] + [("assist", u) for u in (
        "区公安局", "区地震局", "区安全生产监管局", "武警大队")])
    assert ("lead", "区委宣传部") in triples(loaded, "12")
    assert len([t for t in loaded.tasks if not t.has_parts]) == 12


def test_a_text_file_holding_a_pages_markup_after_a_comment_is_read_as_a_web_page():
    """甘孜 藏语言文字条例 as a blog's CMS stored it, saved as .txt: "<!-- wp:paragraph -->" / "<p>第三十条 …由自治州藏族语言
    文字编译部门负责；</p>" - a fragment that opens with a comment before its first tag is a web page, read as one (its
    paragraphs' tags had stayed in the text and nothing loaded)."""
    loaded = load(CORPUS / "b2492" / "ganzi-2015-tibetan-language-regulation-language-use-supervising-departments.txt")
    first = next(t for t in loaded.tasks if t.text.startswith("自治州重要文件、报告的翻译"))
    assert triples(loaded, first.number) == [("lead", "自治州藏族语言文字编译部门")]
    assert not any("<" in t.text or "wp:" in t.text for t in loaded.tasks)
    fragment = load("fragment.txt", text="<!--startprint-->\n<p>1.加强农村公路养护。(县交通运输局牵头,县财政局配合)</p>\n")
    assert triples(fragment, "1") == [("assist", "县财政局"), ("lead", "县交通运输局")]


def test_a_bodys_specific_duties_below_its_name_are_its_own():
    """黑龙江 a city's 农村公路养护 责任: "乡(镇)政府在农村公路养护管理中具体责任如下:" / "(一)负责筹集本辖区农村公路养护所需
    资金。" … "市级农村公路养护管理部门具体工作职能如下:" / "(一)对全市农村公路养护管理工作检查、监督、指导、服务。" - 具体 for
    主要, 责任 for 职责, the work they are in after 在: each body leads the duties listed under it (nothing had loaded); and a
    law's "X是…的行政主管部门。其主要职责是：" - the body it says what it is."""
    loaded = load(CORPUS / "b2509" / "heilongjiang-unnamed-city-undated-rural-road-maintenance-responsibilities.txt")
    def leads(start):
        return [u for t in loaded.tasks if t.text.startswith(start) for r, u in triples(loaded, t.number) if r == "lead"]

    assert leads("对全市农村公路养护管理工作") == ["市级农村公路养护管理部门"]
    assert leads("负责本行政村内所有村级公路") == ["村委会"]
    assert len([t for t in loaded.tasks if not t.has_parts]) == 22
    law = load("law.txt", text="上海市人事局是本市人才流动工作的行政主管部门。其主要职责是：\n（一）制定本市人才流动的政策；\n"
                               "（二）管理本市人才市场。\n")
    assert [triples(law, t.number) for t in law.tasks if not t.has_parts] == [[("lead", "上海市人事局")]] * 2


def test_departments_that_help_by_their_own_duties_and_an_adverb_assist_the_body_they_help():
    """临沧 殡葬管理暂行办法 第五条: "…民政、宣传财政、纪检监察、…、共青团等部门按照各自的职责, 积极配合民政部门做好殡葬管理
    工作" and "…等部门要积极配合民政部门做好…" - how they help (积极, 主动, 切实) stands between their duties and the verb of
    helping: they assist the body they help, which leads (they had been read as leading: the adverb hid the 配合)."""
    loaded = load(CORPUS / "b2629" / "lincang-2006-funeral-management-interim-measures-department-duties.txt")
    helped = next(t for t in loaded.tasks if "积极配合民政部门" in t.text and not t.has_parts)
    roles = dict((u, r) for r, u in triples(loaded, helped.number))
    assert roles["民政部门"] == "lead" and roles["公安"] == "assist" and roles["共青团"] == "assist"
    law = load("law.txt", text="第五条 民政部门负责殡葬管理工作。公安、卫生等部门按照各自职责，积极配合民政部门做好殡葬管理工作。\n")
    assert triples(law, "5.2") == [("assist", "公安"), ("assist", "卫生"), ("lead", "民政部门")]
    plan = load("plan.txt", text="民政部门负责殡葬管理工作。公安、卫生等部门要积极配合民政部门做好殡葬管理工作。\n")
    assert [triples(plan, t.number) for t in plan.tasks][-1] == [("assist", "公安"), ("assist", "卫生"), ("lead", "民政部门")]


def test_a_working_groups_leading_unit_and_its_members_in_labels():
    """大连 城市交通综合整治年 实施方案: "6. 政策法规组。组长单位:市政府法制办,组员单位:市公安局、市物价局等。负责研究制定…" -
    the group's 组长单位 leads its duties, its 组员单位 assist (roles.yaml labels; the labels had been read as no clause)."""
    loaded = load(CORPUS / "b2538" / "dalian-2011-urban-traffic-rectification-year-working-groups.txt")
    assert triples(loaded, "6") == [("assist", "市公安局"), ("assist", "市物价局"), ("lead", "市政府法制办")]
    assert triples(loaded, "7") == [("assist", "市财政局"), ("lead", "市发展改革委")]
    listed = load("groups.txt", text="1.督查组。组长单位:县政府办;副组长单位:县监察局。负责督查各乡镇落实情况。\n")
    assert triples(listed, "1") == [("assist", "县监察局"), ("lead", "县政府办")]


def test_a_table_one_cell_a_line_whose_rows_blank_lines_part_with_no_number_column():
    """青浦 农村公路管理养护 权力和责任清单 as a page prints it one cell a line, a blank line after each row, copied without
    its 序号 column: "权力责任名称" / … / "权力责任事项" / "" / "公路的管理" / "区交通行政管理部门" / "管理" / … / "" - the blank
    line ends the header (the first row's cells had been read as more header cells, and every row after it shifted)
    and parts the rows."""
    path = CORPUS / "b483-code-shanghai-index-e" / "qingpu-2021-rural-road-power-responsibility-list.txt"
    text = "\n".join(line for line in path.read_text(encoding="utf-8").split("\n")
                     if not re.fullmatch(r"\s*(?:序\s?号|\d{1,3})\s*", line))
    loaded = load("no-numbers.txt", text=text)
    rows = [t for t in loaded.tasks if not t.has_parts]
    assert len(rows) == 24
    assert [triples(loaded, t.number) for t in rows][:2] == [[("lead", "区交通行政管理部门")], [("lead", "镇人民政府")]]
    assert ("lead", "区规划资源部门") in triples(loaded, rows[4].number)


def test_a_header_cell_set_with_wide_letter_spacing_is_one_cell():
    """平湖 2024 政府工作报告 重点工作责任分解 as its page prints it one cell a line (its 序号 column left out): "主  要  工  作
    任  务" / "责 任 单 位" / "生产总值增长6%左右。" / "发改局" / … - a word whose characters stand two spaces apart is one
    cell, not a row of one-character cells (nothing had loaded)."""
    text = ("附件1\n\n2024年政府工作报告重点工作责任分解\n\n\n主  要  工  作  任  务\n\n责 任 单 位\n\n\n生产总值增长6%左右。\n\n"
            "发改局\n\n\n一般公共预算收入增长6%。\n\n财政局\n\n\n固定资产投资增长6%以上。\n\n发改局\n\n\n规上工业增加值增长7%。\n\n"
            "经信局\n")
    loaded = load("spaced-header.txt", text=text)
    assert [(t.text, triples(loaded, t.number)) for t in loaded.tasks] == [
        ("生产总值增长6%左右。", [("lead", "发改局")]), ("一般公共预算收入增长6%。", [("lead", "财政局")]),
        ("固定资产投资增长6%以上。", [("lead", "发改局")]), ("规上工业增加值增长7%。", [("lead", "经信局")])]


def test_a_lead_label_for_the_whole_items_work_inside_its_line():
    """百色 全民科学素质行动 工作方案 saved as one paragraph: "(八)科普基础设施工程。 总牵头部门:市科协。 责任单位:市委组织部、
    宣传部,…" - 总牵头部门 is a lead's label (roles.yaml labels) wherever it stands, not only at a line's start: 市科协 leads, the
    责任单位 after it assist (they had been read as leads)."""
    loaded = load("one-line.txt", text="(八)科普基础设施工程。 总牵头部门:市科协。 责任单位:市委组织部、宣传部,市发展改革委、科技局。"
                                       " (九)政策法规。 总牵头部门:市科技局。 责任单位:市委组织部、教育局。\n")
    assert triples(loaded, "8") == [("assist", "宣传部"), ("assist", "市发展改革委"), ("assist", "市委组织部"),
                                    ("assist", "市科技局"), ("lead", "市科协")]
    assert triples(loaded, "9") == [("assist", "市委组织部"), ("assist", "市教育局"), ("lead", "市科技局")]


def test_a_label_after_other_fields_on_a_page_saved_as_one_paragraph():
    """高州 中秋国庆 系列活动 saved as one paragraph: "1、情满中秋…文艺晚会(潭头专场) 活动时间:9月27日晚上19:30-21:00 活动地点:
    高州市潭头镇政府大广场 责任单位:市文明办、潭头镇政府、成就文化艺术 2、…" - after the first field (活动时间) ends the
    item's run, the 责任单位 label after the next field (活动地点) is cut out too (it had stayed inside the place's field,
    and each event lost its units)."""
    path = CORPUS / "b269-pages-activity-plans-b" / "gaozhou-undated-mid-autumn-national-day-activities.txt"
    text = " ".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    loaded = load("one-line.txt", text=text)
    events = [t for t in loaded.tasks if not t.has_parts and t.number.startswith("4.")]
    assert [triples(loaded, t.number) for t in events][:3] == [
        sorted(("lead", u) for u in units) for units in (
            ("市文明办", "潭头镇政府", "成就文化艺术"), ("市文明办", "市融媒体中心", "市演讲朗诵协会"),
            ("市文明办", "市融媒体中心", "潘州街道南关社区"))]
    assert len(events) == 5


def test_a_unit_list_ends_at_a_space_before_the_next_items_quoted_title():
    """商洛 新春 系列活动 saved as one paragraph: "…主办单位:商洛市交投公司 承办单位:西安演艺集团 “过大年·看大戏”春节惠民演出活动
    时间地点:…" - after the page's last sentence end a space, then a title in quotation marks, ends the label's list (the
    next event's title had been read as a unit, 西安演艺集团“过大年·看大戏…)."""
    path = CORPUS / "b289-pages-host-organiser-cosponsor" / \
        "shangluo-2024-new-year-spring-festival-activities-host-organiser.txt"
    text = " ".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    loaded = load("one-line.txt", text=text)
    assists = {a.actor for a in loaded.assignments if a.role == "assist"}
    assert "西安演艺集团" in assists and not any("“" in a for a in assists)


def test_one_group_addressed_at_a_notices_start_is_no_duty_line():
    """京审改办发〔2022〕3号 saved as one paragraph: "京审改办发〔2022〕3号 各市级相关部门： 根据《北京市优化营商环境条例》，…
    通知如下： 一、准确完整告知。各市级相关部门要制定…" - one group named before a colon at the notice's start, the notice's
    words after it opening as a notice does (根据, 为, 按照): the addressees, not a group's duty line (the whole notice had
    been read as that one line's task; its eight points lost)."""
    path = CORPUS / "b529" / "beijing-2022-notification-commitment-batch5-notice.txt"
    text = " ".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    loaded = load("one-line.txt", text=text)
    points = [t for t in loaded.tasks if not t.has_parts and t.text.startswith(("准确完整告知", "做好新旧流程衔接"))]
    assert [triples(loaded, t.number) for t in points] == [[("lead", "各市级相关部门")]] * 2
    assert not any(t.text.startswith("根据《北京市优化营商环境条例》") for t in loaded.tasks)


def test_a_laws_trades_then_a_comma_and_yiji_other_bodies_lead_together():
    """云南 见义勇为人员奖励和保护条例 第六条 (b1957): "公安、民政、…、财政等有关部门,以及工会、妇女联合会、共青团、残疾人联合会等
    人民团体和企业事业单位、基层组织应当按照各自的职责,做好…" - a law's trades, a comma and 以及, then other bodies named up to
    their kind (等人民团体): all lead; what is joined after that kind (企业事业单位) is no unit (the comma had ended the list,
    and the article gave no task)."""
    text = ("第五条 县级以上人民政府负责本条例的组织和实施。\n"
            "第六条 公安、民政、司法行政、财政等有关部门,以及工会、妇女联合会、共青团、残疾人联合会等人民团体和企业事业单位、"
            "基层组织应当按照各自的职责,做好奖励和保护见义勇为人员的工作。\n"
            "第七条 财政、民政、教育、税务等行政主管部门,以及工会、共青团、妇联、残联,应当在各自的职责范围内做好保护工作。\n")
    loaded = load("articles.txt", text=text)
    assert triples(loaded, "6") == sorted(("lead", u) for u in (
        "公安", "民政", "司法行政", "财政", "工会", "妇女联合会", "共青团", "残疾人联合会"))
    assert triples(loaded, "7") == sorted(("lead", u) for u in ("财政", "民政", "教育", "税务", "工会", "共青团", "妇联", "残联"))


def test_a_laws_trades_lead_though_what_is_joined_after_them_is_no_unit():
    """云南 见义勇为 条例 第六条 (b1957): "宣传、文化和旅游、广播电视、新闻出版等部门和新闻媒体应当宣传见义勇为人员的先进事迹。"
    - the trades lead their paragraph; the media joined after their kind (和新闻媒体) is no unit and no longer hides them
    (the paragraph had run into the one before it, its trades lost)."""
    text = ("第六条 公安、民政等有关部门应当按照各自的职责,做好奖励和保护见义勇为人员的工作。\n\n"
            "  宣传、文化和旅游、广播电视、新闻出版等部门和新闻媒体应当宣传见义勇为人员的先进事迹。\n")
    loaded = load("articles.txt", text=text)
    second = next(t for t in loaded.tasks if t.text.startswith("应当宣传"))
    assert triples(loaded, second.number) == sorted(("lead", u) for u in ("宣传", "文化和旅游", "广播电视", "新闻出版"))


def test_a_tab_table_on_one_line_whose_header_runs_into_row_one():
    """赣榆 抗震救灾 工作组 (b213) as a crawler joins a browser's copy of its table: "…分工如下：序号\t工作组\t牵头部门\t参加部门\t
    主要职责1\t地震监测及趋势研判组\t区地震局\t…" - cells parted by tabs, rows by nothing, so the header's last cell runs
    into row 1's number: a column name, then 1, then a tab, opens the rows (the table had not been found: no task)."""
    path = CORPUS / "b213-code-gov-site-archives" / "ganyu-2014-earthquake-plan-draft-work-groups.txt"
    text = "".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    loaded = load("glued.txt", text=text)
    rescue = next(t for t in loaded.tasks if t.text.startswith("抢险救援组"))
    assert triples(loaded, rescue.number) == sorted(
        [("lead", "人武部")] + [("assist", u) for u in ("区公安局", "区地震局", "区安全生产监管局", "武警大队")])
    assert len([t for t in loaded.tasks if not t.has_parts]) == 12


def test_a_rows_sub_rows_printed_one_cell_a_line_give_it_their_units():
    """柴桑 一件事"一链办理" 事项清单 (b2746): "柴桑区一件事“一链办理”事项清单" / "序号" / "一件事名称" / "关联事项" / "涉及部门" /
    "1" / "开办企业" / "公司设立登记" / "区市监局" / "刻制印章备案" / "区公安局" / "银行开户" / "区本级银行" … - the table's title
    above its header (…清单) is no column, and a row that runs on in sub-rows as wide as its last two columns (序号 and
    一件事名称 merged over them) gives the row every sub-row's units (the title had been read as a task column, and the
    row's units as its words, one unit kept)."""
    path = CORPUS / "b2746" / "chaisang-jiujiang-2020-one-thing-chain-handling-list.txt"
    loaded = load(path)
    assert triples(loaded, "1") == sorted(("lead", u) for u in ("区市监局", "区公安局", "区本级银行", "区税务局"))
    assert ("lead", "区市监局") in triples(loaded, "2") and len(triples(loaded, "2")) == 4


def test_a_one_line_tables_wrapped_header_cells_and_rows_counting_on():
    """徐汇 "十一五" 规划工作分解之四 (b53) as a page on one line: "序号 项目 类别 具 体 内 容 牵头 部门 相关责任部门 完成 时间 108
    继续全面推进素质教育 教育局 13个街道、镇 2010年 109 …" - the header's narrow cells printed over two lines ("牵头" / "部门")
    joined again, and rows that count on from an earlier page (108, 109, …): 牵头部门 leads, 相关责任部门 assists (the
    table had not been found: every unit read as a lead)."""
    path = CORPUS / "b53-fresh-au" / "xuhui-2006-eleventh-plan-social-tasks.txt"
    text = " ".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    loaded = load("one-line.txt", text=text)
    assert triples(loaded, "108") == [("assist", "13个街道、镇"), ("lead", "教育局")]
    assert triples(loaded, "111") == [("assist", "13个街道、镇"), ("assist", "人口计生委"), ("lead", "教育局")]


def test_a_levels_towns_are_no_body():
    """静安 区级城市维护项目管理办法 (b2788): "区级城市维护保障范围，包括城市道路…" / "区级城市维护资金安排，应符合…" - 区级城市 ends
    as a city's name does and 维护 is a duty verb, but a level's towns (区级城市, 市级城市) are no body; a city whose name
    ends so (晋城市, 项城市) still is one."""
    text = ("第三条（适用范围）\n区级城市维护保障范围，包括城市道路及附属设施、河道养护等。\n"
            "第四条（职能分工）\n区级城市维护工作由区建设管理委牵头，区各行业主管部门共同推进。\n")
    loaded = load("measures.txt", text=text)
    assert {a.actor for a in loaded.assignments} == {"区建设管理委", "区各行业主管部门"}
    assert V.is_unit_name("晋城市") and not V.is_unit_name("区级城市")
