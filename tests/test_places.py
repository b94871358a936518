"""Units belong to a place (issue 14): the gazetteer, each document's jurisdiction, names resolved inside it,
function classes, and the CLI around them. Real documents: the bundled plans and the corpus."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, PLAN_2018, PLAN_2023

from cli import cli
from graph import analyses
from graph.errors import AgencyGraphError, ParseError
from graph.functions import function_of
from graph.nx_store import NetworkxStore
from loaders import load
from loaders.gazetteer import Gazetteer
from loaders.jurisdiction import from_override
from loaders.units import UnitResolver

CORPUS = EXAMPLES.parent / "tests" / "fixtures" / "corpus"
GENRES = EXAMPLES.parent / "tests" / "fixtures" / "genres"
XUCHANG = CORPUS / "b14-fresh-h" / "xuchang-2026-work-report-responsibility.txt"


def test_the_gazetteer_holds_chinas_divisions_with_codes():
    g = Gazetteer.default()
    assert (g.place("武汉市").code, g.place("湖北省").code, g.place("武汉市武昌区").code) == ("4201", "42", "420106")
    assert [p.name for p in g.districts(g.place("武汉市"))][:3] == ["江岸区", "江汉区", "硚口区"]
    assert len(g.districts(g.place("武汉市"))) == 13
    assert g.place("鼓楼区") is None and len(g.candidates("鼓楼区")) == 4  # 南京, 徐州, 福州, 开封: give the city
    assert g.abbreviations["鄂"].name == "湖北省" and g.place("恩施土家族苗族自治州").short == "恩施"


@pytest.mark.parametrize("path, place, told_by", [
    (PLAN_2018, "武汉市", "文号 prefix 武政"),
    (PLAN_2023, "武汉市", "文号 prefix 武政办"),
    (CORPUS / "b10-fresh-d" / "quzhou-2021-work-report-responsibility.txt", "衢州市", "文号 prefix 衢政办发"),
    (GENRES / "labelled_lines" / "wuhan-caidian-2023-work-report.txt", "武汉市蔡甸区", "文号 prefix 蔡政办"),
    (CORPUS / "b1-national-provincial" / "state-council-2020-work-report-division.txt", "国家", "文号 prefix 国发"),
    (CORPUS / "b1-national-provincial" / "guangdong-2021-government-work-report.txt", "广东省",
     "issuer 广东省人民政府"),
    (XUCHANG, "许昌市", "letterhead 2月14日,许昌市政府印发通知,对《政府工作报告》提出的20"),
])
def test_a_documents_jurisdiction_and_what_told_it(path, place, told_by):
    doc = load(path).document
    assert (doc.jurisdiction, doc.jurisdiction_from) == (place, told_by)


def test_a_document_of_no_known_place_is_warned_about_and_its_units_stay_its_own():
    # 2015 绍兴 progress page: no 文号, issuer, letterhead or title that names a place
    r = load(CORPUS / "b10-fresh-d" / "shaoxing-2020-key-work-progress.txt")
    assert r.document.jurisdiction is None
    warning = next(i for i in r.issues if i.kind == "metadata" and "no place" in i.message)
    assert warning.severity == "warning" and "--jurisdiction" in warning.message
    assert {u.place for u in r.units if u.place != "国家"} == {f"?{r.document.key}"}


def test_names_resolve_inside_their_place():
    wuhan = UnitResolver.default().at(from_override("武汉市"), "a")
    zhoushan = UnitResolver.default().at(from_override("舟山市"), "b")
    wuchang = UnitResolver.default().at(from_override("武汉市武昌区"), "c")
    # Wuhan's 2019 rename and its bare-name rule are Wuhan's: not 舟山's
    assert (wuhan.resolve("市外办").key, zhoushan.resolve("市外办").key) == ("武汉市/市委外办", "舟山市/市外办")
    assert (wuhan.resolve("财政局").key, zhoushan.resolve("财政局").key) == ("武汉市/市财政局", "舟山市/财政局")
    # 市X of a district document is the city's, 区X the district's, 省X the province's; 武汉市X is Wuhan's anywhere
    assert [wuchang.resolve(n).key for n in ("市财政局", "区财政局", "省商务厅")] == \
        ["武汉市/市财政局", "武汉市武昌区/区财政局", "湖北省/省商务厅"]
    assert zhoushan.resolve("武汉市交通运输委").key == "武汉市/市交通运输局"
    # national bodies are one unit; a branch keeps its place
    assert {r.resolve("国家发展改革委").key for r in (wuhan, zhoushan)} == {"国家/国家发展改革委"}
    assert wuhan.resolve("中国人民银行湖北省分行").key == "湖北省/中国人民银行湖北省分行"
    assert zhoushan.resolve("舟山市财政局").qualified == "舟山市财政局"


def test_an_alias_file_names_a_place_the_gazetteer_knows(tmp_path):
    bad = tmp_path / "a.yaml"
    bad.write_text("place: 不存在市\nunits:\n  - {name: 市财政局}\n", encoding="utf-8")
    with pytest.raises(ParseError, match="no single place of the gazetteer"):
        UnitResolver.from_files(bad)
    good = tmp_path / "b.yaml"
    good.write_text("place: 舟山市\nunits:\n  - {name: 市发改委, aliases: [市发展和改革委员会]}\n", encoding="utf-8")
    resolver = UnitResolver.from_files(good)
    assert resolver.at(from_override("舟山市"), "d").resolve("市发展和改革委员会").key == "舟山市/市发改委"
    assert resolver.at(from_override("许昌市"), "e").resolve("市发展和改革委员会").key == "许昌市/市发展和改革委员会"


def test_jurisdiction_override_and_its_errors():
    assert load(PLAN_2018, jurisdiction="武汉市武昌区").document.jurisdiction_from == "--jurisdiction"
    with pytest.raises(AgencyGraphError, match="names 4 places: give one of 南京市鼓楼区"):
        from_override("鼓楼区")


# -- function classes -----------------------------------------------------------------------------------
def test_function_classes_come_from_the_data_file():
    assert [function_of(n) for n in ("市发改委", "许昌市发展和改革委员会", "市委外办", "市委组织部", "东湖高新区管委会",
                                     "江岸区人民政府", "各区人民政府")] == \
        ["发展改革", "发展改革", "外事", "党委", "开发区", "政府", "群组"]


@pytest.fixture(scope="module")
def two_cities(result_2018, result_2023):
    store = NetworkxStore(None)
    store.write([result_2018, result_2023, load(XUCHANG)])
    return store


def test_workload_by_function_sums_the_units_of_each_class(two_cities):
    per_unit = analyses.workload(two_cities)
    by_function = analyses.workload(two_cities, by="function").set_index("function")
    finance = per_unit[per_unit["unit"].isin(["武汉市财政局", "许昌市财政局"])]
    assert by_function.loc["财政", "units"] == 2
    assert by_function.loc["财政", "leads"] == finance["leads"].sum()
    assert by_function.loc["财政", "assists"] == finance["assists"].sum()


def test_coowners_by_function_on_the_xuchang_report():
    # By hand: item 1 names 发改, 工信, 科技, 财政, 商务, 人社, 农业 and 各县政府 (群组); item 1.2 发改, 交通 (2 units),
    # 国企 (城投集团), 群组; item 1.3 发改, 工信, 群组. So 发展改革–群组 share 3 tasks, 发展改革–工信 and 工信–群组 2.
    store = NetworkxStore(None)
    store.write([load(XUCHANG)])
    pairs = analyses.coowners(store, by="function")
    assert [tuple(r) for r in pairs.head(3).itertuples(index=False)] == \
        [("发展改革", "群组", 3), ("发展改革", "工业和信息化", 2), ("工业和信息化", "群组", 2)]
    mine = analyses.coowners(store, "市工业和信息化局", by="function").set_index("function")
    assert mine.loc["发展改革", "shared"] == 2 and "交通运输" not in mine.index  # 工信 is not on item 1.2


def test_diff_between_two_places_by_function(two_cities):
    df = analyses.diff(two_cities, "武汉市", "许昌市", by="function").set_index("function")
    # 许昌: 16 lead edges, 3 of them 市发展和改革委员会's (items 1, 1.2, 1.3): a share of 3/16
    assert (df.loc["发展改革", "leads_b"], df.loc["发展改革", "lead_share_b"]) == (3, 0.1875)
    assert df.loc["开发区", "leads_b"] == 0 and df.loc["开发区", "leads_a"] > 0


def test_the_cli_refuses_a_name_of_several_places_and_lists_them(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "s.db")
    assert runner.invoke(cli, ["--store", store, "load", str(EXAMPLES), str(XUCHANG)]).exit_code == 0
    result = runner.invoke(cli, ["--store", store, "tasks", "--unit", "市财政局"])
    assert result.exit_code == 1
    assert result.output == ("Error: --unit '市财政局' names units of 2 places: 武汉市财政局, 许昌市财政局; which "
                             "one? give it with its place (e.g. 武汉市财政局)\n")
    rows = json.loads(runner.invoke(cli, ["--store", store, "diff", "武汉市", "许昌市", "--by", "function",
                                          "--format", "json"]).output)
    assert rows[0]["function"] == "群组"
    report = runner.invoke(cli, ["--store", store, "load", "--dry-run", "--jurisdiction", "鼓楼区", str(PLAN_2018)])
    assert report.exit_code == 1 and "names 4 places" in report.output


def test_renames_are_dated_predecessors_shown_in_units_and_diff(result_2018, result_2023):
    # the Wuhan alias file: 市交通运输委 became 市交通运输局 in 2019 (renamed: 2019); 市发展改革委 is a plain alias
    store = NetworkxStore(None)
    store.write([result_2018, result_2023])
    transport = store.units(unit="市交通运输委")[0]  # the former name still finds it
    assert (transport["name"], transport["predecessors"]) == ("市交通运输局", ["市交通运输委 (2019)"])
    assert "市交通运输委" not in transport["aliases"]
    assert "市发展改革委" in store.units(unit="市发改委")[0]["aliases"]
    df = analyses.diff(store, "2018", "2023").set_index("unit")
    assert df.loc["市经信局", "renamed_from"] == ["市经济和信息化委 (2019)"]  # 2018 wrote the pre-2019 name
    assert df.loc["市发改委", "renamed_from"] == []


def test_a_named_querys_unit_parameter_resolves_with_its_place(tmp_path):
    store = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", store, "load", str(EXAMPLES), str(XUCHANG)]).exit_code == 0
    run = runner.invoke(cli, ["--store", store, "query", "unit_tasks", "--param", "unit=许昌市财政局",
                              "--format", "json"])
    assert run.exit_code == 0, run.output
    assert {(r["doc"], r["number"]) for r in json.loads(run.output)} == {(XUCHANG.name, "1")}
    refused = runner.invoke(cli, ["--store", store, "query", "unit_tasks", "--param", "unit=市财政局"])
    assert refused.exit_code == 1
    assert refused.output == ("Error: query unit_tasks: --param unit '市财政局' names units of 2 places: 武汉市财政局, "
                              "许昌市财政局; which one? give it with its place (e.g. 武汉市财政局)\n")


def test_a_document_of_no_known_place_takes_no_place_s_renames_or_prefix():
    """A county page that prints no place: its 自然资源局 is not Wuhan's 市自然资源规划局 (with Wuhan's 2019
    predecessors) and its 市发展改革委 keeps its name: no place's alias file reads it."""
    from agencygraph.loaders import load

    r = load("x.txt", text="1.做甲。\n责任单位:自然资源局、水务局\n2.做乙。(市发展改革委负责)\n")
    assert sorted(a.actor for a in r.assignments) == ["市发展改革委", "水务局", "自然资源局"]
    assert all(not u.predecessors for u in r.units)
    wuhan = load("x.txt", text="武政〔2024〕1号\n1.做甲。\n责任单位:自然资源局\n")
    assert [a.actor for a in wuhan.assignments] == ["市自然资源规划局"]
