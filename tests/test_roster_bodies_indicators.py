"""Rosters, coordination bodies and indicator tables: the bundled documents read by hand, and edge cases."""

from collections import Counter

import pytest
from conftest import PLAN_2018, PLAN_2023

from graph.model import Document
from loaders import bodies, indicator_table, items, roster
from loaders.assign import Conventions
from loaders.collect import Collector
from loaders.source import read_source, source_from_text
from loaders.units import UnitResolver

KEY_2018 = "武政〔2018〕50号"
KEY_2023 = "武政办〔2023〕84号"


def _collect(src, key, modules):
    doc = Document(key=key, number=None, title=None, issuer=None, date=None, printed=None,
                   source=src.path, sha256=src.sha256)
    c = Collector(src, doc, UnitResolver.default())
    items.parse(list(enumerate(src.lines, 1)), c, Conventions())  # first, as loaders.load does: it creates the
    # domains indicators link to
    for module in modules:
        module.parse(src, c)
    return c


def _load(path, key, modules=(roster, bodies, indicator_table)):
    return _collect(read_source(path), key, modules).result()


def _snippet(text, modules, key="测试〔2024〕1号"):
    return _collect(source_from_text(text, "snippet.txt"), key, modules)


@pytest.fixture(scope="module")
def r2018():
    return _load(PLAN_2018, KEY_2018)


@pytest.fixture(scope="module")
def r2023():
    return _load(PLAN_2023, KEY_2023)


# --- the 2023 roster (attachment 1, lines 74-134) ------------------------------------------------


def test_roster_people_and_roles(r2023):
    # Rows: lines 76-93 = 18, 95-116 = 22, 118-134 = 17 (blank lines 94 and 117 are page breaks) = 57 people.
    # Labels: 组长 on 76; 副组长 on 77 and carried to 78; 成员 from 79 to the end = 57 - 3 = 54.
    assert len(r2023.people) == 57
    roles = [r for r in r2023.body_roles if r.body == "市服务业扩大开放工作专班"]
    assert Counter(r.role for r in roles) == {"组长": 1, "副组长": 2, "成员": 54}
    assert [r.member for r in roles if r.role != "成员"] == ["程用文", "陈劲超", "汪元程"]
    assert all(r.member_label == "Person" for r in roles)


def test_roster_posts(r2023):
    # 57 people, 8 of them with two posts (lines 76, 77, 80, 84, 86, 115, 116, 125) = 65 posts.
    assert len(r2023.posts) == 65
    posts = {}
    for p in r2023.posts:
        posts.setdefault(p.person, []).append((p.unit, p.post))
    assert posts["程用文"] == [("市委", "副书记"), ("市人民政府", "市长")]
    assert posts["陈劲超"] == [("市委", "常委"), ("市人民政府", "常务副市长")]
    assert posts["姚晴"] == [("市人民政府", "副秘书长")]  # printed "姚 晴"
    assert posts["李超"] == [("市教育局", "局长")]
    assert posts["余从斌"] == [("蔡甸区委", "书记"), ("蔡甸区人民政府", "区长")]  # "区人民政府" takes 蔡甸
    assert posts["朱建寰"] == [("市人社局", "局长")]  # after the page break, no "- "
    assert posts["王洋"] == [("市自然资源规划局", "党组副书记")]
    assert posts["陈孝海"] == [("市公安局", "政治部主任")]
    assert posts["邹东山"] == [("国家金融监督管理总局湖北监管局", "一级巡视员")]
    assert posts["刘昌华"] == [("中国证监会湖北监管局", "副局长")]  # full name resolved by the alias file
    assert posts["曹继刚"] == [("湖北中医药大学", "党委常委")]
    assert not any(" " in p.person for p in r2023.posts)


def test_roster_note_and_lines(r2023):
    # Line 78: "汪元程 市人民政府副市长(负责工作专班日常工作)"
    post = next(p for p in r2023.posts if p.person == "汪元程")
    assert (post.unit, post.post, post.note, post.line) == ("市人民政府", "副市长", "负责工作专班日常工作", 78)
    role = next(r for r in r2023.body_roles if r.member == "汪元程" and r.role == "副组长")
    assert role.note == "负责工作专班日常工作"
    assert next(p for p in r2023.posts if p.person == "曹继刚").line == 134


def test_roster_lines_claimed_and_no_issue():
    c = _collect(read_source(PLAN_2023), KEY_2023, (roster,))
    assert set(range(76, 135)) - {94, 117} <= c.claimed_lines
    assert 136 not in c.claimed_lines  # the office sentence is prose
    assert not [i for i in c.result().issues if i.kind in ("unparsed_row", "unparsed_post", "unresolved_unit")]


# --- bodies ------------------------------------------------------------------------------------


def test_bodies_2023(r2023):
    # Line 61 sets up the task force (short name 工作专班) and 7 + 2 work groups; line 63 its office at 市商务局.
    by_name = {b.name: b for b in r2023.bodies}
    assert len(r2023.bodies) == 11  # task force + 9 work groups + office: the roster's body is not repeated
    force = by_name["市服务业扩大开放工作专班"]
    assert (force.kind, force.short_name, force.line) == ("task_force", "工作专班", 61)
    groups = [b for b in r2023.bodies if b.kind == "work_group"]
    assert [b.name for b in groups] == [
        "科教服务专项工作组", "金融服务专项工作组", "健康医疗服务专项工作组", "贸易投资便利化服务专项工作组",
        "物流运输服务专项工作组", "“两业”融合服务专项工作组", "优化人才服务专项工作组",
        "光谷平台工作组", "车谷平台工作组"]
    assert {b.parent for b in groups} == {"市服务业扩大开放工作专班"}
    office = by_name["市服务业扩大开放工作专班办公室"]
    assert (office.kind, office.parent, office.office_at, office.line) == \
        ("office", "市服务业扩大开放工作专班", "市商务局", 63)
    # Line 136: "办公室主任由汪元程同志兼任" — once, and 汪元程 stays one Person
    directors = [r for r in r2023.body_roles if r.role == "办公室主任"]
    assert [(r.member, r.member_label, r.body, r.line) for r in directors] == \
        [("汪元程", "Person", "市服务业扩大开放工作专班办公室", 136)]
    assert [p.name for p in r2023.people].count("汪元程") == 1
    assert not [i for i in r2023.issues if i.kind == "count_mismatch"]


def test_bodies_2023_same_records_in_either_order():
    a = _load(PLAN_2023, KEY_2023, (roster, bodies))
    b = _load(PLAN_2023, KEY_2023, (bodies, roster))
    assert sorted(map(repr, a.bodies)) == sorted(map(repr, b.bodies))
    assert sorted(map(repr, a.body_roles)) == sorted(map(repr, b.body_roles))


def test_bodies_2018(r2018):
    # Line 86: 成立…领导小组; 组长/副组长 by 市人民政府's leaders; 市直各相关部门 and 各区人民政府 as members;
    # its office "在市外办办公" (市外办 became 市委外办 in 2019, per aliases.yaml). Line 88: 组建…专家咨询委员会.
    assert [(b.name, b.kind, b.line) for b in r2018.bodies] == [
        ("武汉国际化水平提升工作领导小组", "leadership_group", 86),
        ("武汉国际化水平提升工作领导小组办公室", "office", 86),
        ("城市国际化水平提升专家咨询委员会", "committee", 88),
    ]
    office = r2018.bodies[1]
    assert (office.parent, office.office_at) == ("武汉国际化水平提升工作领导小组", "市委外办")
    assert [(r.member, r.member_label, r.role, r.note) for r in r2018.body_roles] == [
        ("市人民政府", "Unit", "组长", "主要领导同志"),
        ("市人民政府", "Unit", "副组长", "分管领导同志"),
        ("市直各相关部门", "Group", "成员", "主要负责人"),
        ("各区人民政府", "Group", "成员", "主要负责人"),
    ]
    assert {r.body for r in r2018.body_roles} == {"武汉国际化水平提升工作领导小组"}
    assert r2018.people == [] and r2018.posts == []


def test_sub_body_count_mismatch_is_reported():
    text = "成立市测试工作专班(以下简称工作专班)。工作专班下设甲服务、乙服务等3个专项工作组。\n"
    c = _snippet(text, (bodies,))
    names = [b.name for b in c.result().bodies]
    assert names == ["市测试工作专班", "甲服务专项工作组", "乙服务专项工作组"]
    assert [i.kind for i in c.result().issues] == ["count_mismatch"]


def test_one_office_for_two_sentences():
    text = ("成立市测试领导小组。领导小组下设办公室,办公室设在市商务局。\n"
            "领导小组办公室设在市商务局,办公室主任由张三同志兼任。\n")
    r = _snippet(text, (bodies,)).result()
    offices = [b for b in r.bodies if b.kind == "office"]
    assert [(b.name, b.office_at, b.line) for b in offices] == [("市测试领导小组办公室", "市商务局", 1)]
    assert [(p.name) for p in r.people] == ["张三"]
    assert [(x.member, x.body, x.role) for x in r.body_roles] == [("张三", "市测试领导小组办公室", "办公室主任")]


# --- roster edge cases ---------------------------------------------------------------------------


ROSTER = """市测试工作领导小组成员名单

- 组 长:王 五 市人民政府市长
- 顾 问：赵六 市委书记
- 成 员：钱七 市商务局局长
孙八
- 3 -
李九 江岸区委书记、区人民政府区长
领导小组办公室设在市商务局。
"""


def test_roster_unknown_label_and_unparsed_row():
    c = _snippet(ROSTER, (roster,))
    r = c.result()
    assert [(x.member, x.role) for x in r.body_roles] == [("王五", "组长"), ("赵六", "顾问"), ("钱七", "成员"),
                                                          ("李九", "成员")]
    assert {x.body for x in r.body_roles} == {"市测试工作领导小组"}
    assert [(b.name, b.kind, b.line) for b in r.bodies] == [("市测试工作领导小组", "leadership_group", 1)]
    assert [(p.person, p.unit, p.post) for p in r.posts if p.person == "李九"] == \
        [("李九", "江岸区委", "书记"), ("李九", "江岸区人民政府", "区长")]
    issues = [(i.line, i.kind) for i in r.issues if i.kind != "unresolved_unit"]
    assert issues == [(4, "unknown_role"), (6, "unparsed_row")]  # 顾问 kept as printed; "孙八" has no post
    assert 9 not in c.claimed_lines and {3, 4, 5, 6, 8} <= c.claimed_lines


def test_attachment_list_is_not_a_roster():
    text = "附件：1. 武汉市测试工作专班组成人员名单\n2. 武汉市测试责任清单\n"
    r = _snippet(text, (roster,)).result()
    assert r.bodies == [] and r.people == []
    assert not [i for i in r.issues if i.kind in ("unparsed_row", "unknown_role")]


# --- the 2018 indicator table (lines 98-113) -----------------------------------------------------


def test_indicators_2018(r2018):
    # 15 rows under 5 level-1 cells: 3 (交通枢纽), 2 (经贸合作高地), 5 (交往中心), 2 (产业创新中心), 3 (人才汇聚高地).
    ind = r2018.indicators
    assert len(ind) == 15
    assert [i.key for i in ind[:2]] == [f"{KEY_2018}#I1", f"{KEY_2018}#I2"]
    assert Counter(i.level1 for i in ind) == {"中部地区国际交通枢纽": 3, "中部地区国际经贸合作高地": 2,
                                             "中部地区国际交往中心": 5, "具有全球影响力的产业创新中心": 2,
                                             "中部地区国际人才汇聚高地": 3}
    first = ind[0]
    assert (first.level2, first.measure, first.note, first.baseline, first.target, first.line) == \
        ("国际及地区客货运航线数", "条", "注:地区特指港澳台,下同", 55.0, 70.0, 99)
    by_name = {i.level2: i for i in ind}
    assert (by_name["碳排放量"].baseline, by_name["碳排放量"].baseline_text, by_name["碳排放量"].target) == \
        (None, "未统计", 16600.0)
    assert (by_name["高新技术产业产值"].baseline, by_name["高新技术产业产值"].measure) == (9479.64, "亿元")
    assert by_name["中欧(武汉)班列发运量"].measure == "万标箱"
    assert ind[-1].line == 113 and ind[-1].target_text == "600"


def test_indicators_linked_to_domains(r2018):
    # Level-1 cells are the section titles (一)…(五) without 建设; (五) is titled 建设国际人才汇聚高地 but the
    # table says 中部地区国际人才汇聚高地: linked by the common part, with a note.
    domain = {i.level2: i.domain.rsplit("#", 1)[1] for i in r2018.indicators}
    assert [domain[n] for n in ("国际及地区客货运航线数", "进出口总额", "碳排放量", "高新技术产业产值",
                                "引进诺奖得主总数")] == ["D1", "D2", "D3", "D4", "D5"]
    assert Counter(domain.values()) == {"D1": 3, "D2": 2, "D3": 5, "D4": 2, "D5": 3}
    notes = [i for i in r2018.issues if i.kind == "repaired" and i.line == 111]
    assert len(notes) == 1
    assert not [i for i in r2018.issues if i.kind == "unlinked_indicator"]


def test_indicator_lines_claimed():
    c = _collect(read_source(PLAN_2018), KEY_2018, (indicator_table,))
    assert set(range(98, 114)) <= c.claimed_lines


def test_no_indicators_in_2023(r2023):
    assert r2023.indicators == []  # its table is a responsibility list (类别/序号/试点任务…), no 指标 column


TABLE = ("一级指标\t二级指标\t2023 年 现状\t2025 年 目标\n"
         "开放 平台\t外资企业数(家)\t120\t—\n"
         "\t驻汉机构(个)\t23\n")


def test_indicator_row_with_missing_cell_and_no_domain():
    r = _snippet(TABLE, (indicator_table,)).result()
    a, b = r.indicators
    assert (a.level1, a.level2, a.measure, a.baseline, a.target, a.target_text) == \
        ("开放平台", "外资企业数", "家", 120.0, None, "—")
    assert (b.level1, b.level2, b.baseline, b.target, b.target_text, b.line) == ("开放平台", "驻汉机构", 23.0, None, "", 3)
    assert [(i.line, i.kind) for i in r.issues] == [(2, "unlinked_indicator"), (3, "missing_cell")]
