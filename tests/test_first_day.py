"""What a new user hit on the bundled corpus (issue 12): flags, workload, deadlines, groups, merge suggestions,
structure, diff — through the CLI with exact outputs, and the Python API a notebook uses, on both stores."""

import json

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from cypher_fixtures import neo4j_corpus, neo4j_server, nx_corpus  # noqa: F401

from cli import cli
from graph import analyses
from graph.errors import BadValue, NotFound


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    store = tmp_path_factory.mktemp("store") / "store.json"

    def invoke(*args):
        return CliRunner().invoke(cli, ["--store", str(store), *map(str, args)])

    result = invoke("load", EXAMPLES)
    assert result.exit_code == 0, result.output
    invoke.load_output = result.output
    return invoke


@pytest.fixture(params=["networkx", "neo4j"])
def store(request):
    return request.getfixturevalue("nx_corpus" if request.param == "networkx" else "neo4j_corpus")


# -- item 3: an unknown flag --------------------------------------------------------------------------------
def test_unknown_flag_is_one_line_not_a_traceback(loaded):
    result = loaded("flags", "--flag", "bogus")
    assert result.exit_code == 1
    assert result.output == ("Error: unknown flag 'bogus'; one of multi_lead, group_lead, no_lead, "
                             "lead_also_assists, domain_lead_idle\n")


# -- item 4: matrices sorted by load ----------------------------------------------------------------------
@pytest.mark.parametrize("by", ["domain", "year", "quarter"])
def test_workload_matrices_keep_the_heaviest_units_first(loaded, by):
    heaviest = [r["unit"] for r in json.loads(loaded("workload", "--top", "5", "--format", "json").output)]
    assert heaviest[0] == "市经信局"  # 2 × 19 leads + 12 assists = 50 (README, test_cli)
    rows = json.loads(loaded("workload", "--by", by, "--top", "5", "--format", "json").output)
    assert [r["unit"] for r in rows] == heaviest


# -- item 5: one "no deadline" everywhere -----------------------------------------------------------------
def test_no_deadline_column_in_workload_and_structure(loaded, nx_corpus):  # noqa: F811
    by_year = json.loads(loaded("workload", "--by", "year", "--format", "json").output)
    assert list(by_year[0]) == ["unit", "2023", "2024", "no deadline"]
    # the 2018 plan has no deadlines: a unit's "no deadline" count is the number of 2018 tasks it leads or assists
    inc = nx_corpus.incidence(doc="2018")
    involved = dict(zip(inc.units, inc.both.sum(axis=1).A1.astype(int)))
    assert {r["unit"]: r["no deadline"] for r in by_year if r["no deadline"]} == \
        {u: n for u, n in involved.items() if n}
    assert sum(r["2023"] + r["2024"] + r["no deadline"] for r in by_year) == \
        int(nx_corpus.incidence().both.sum())
    quarters = json.loads(loaded("workload", "--by", "quarter", "--format", "json").output)
    assert list(quarters[0])[-1] == "no deadline"
    slices = json.loads(loaded("structure", "--by", "year", "--format", "json").output)
    assert [s["slice"] for s in slices] == ["2023", "2024", "no deadline"]
    assert slices[-1]["tasks"] == 18  # the 18 tasks (parts split) of 2018


# -- item 6: 各区人民政府 is every district plus the zones -------------------------------------------------
def test_the_report_says_the_districts_of_a_group_come_from_the_gazetteer(loaded):
    lines = [line for line in loaded.load_output.splitlines() if "group_partial" in line]
    assert len(lines) == 2  # once per document that defines 各区人民政府(含…)
    assert "wuhan-2023-services-opening-plan.txt:161: group_partial: '各区人民政府' is every district government " \
           "of 武汉市 (13, from the gazetteer) plus the 3 unit(s) it names; --expand-groups counts them all" in lines[1]


# -- item 8: merge suggestions --------------------------------------------------------------------------
def test_a_one_character_misprint_is_suggested_and_a_shared_prefix_is_not(tmp_path):
    store = tmp_path / "s.json"
    doc = tmp_path / "plan.txt"
    doc.write_text("武政〔2024〕3号\n二、主要任务\n(一)甲\n1.做事。(牵头单位:市商务局;协办单位:市科技局)\n"
                   "2.做事。(牵头单位:市商物局;协办单位:市科技信息中心)\n", encoding="utf-8")
    run = CliRunner().invoke
    assert run(cli, ["--store", str(store), "load", str(doc)]).exit_code == 0
    rows = json.loads(run(cli, ["--store", str(store), "units", "--suggest-merges", "--format", "json"]).output)
    assert [(r["a"], r["b"], r["score"]) for r in rows] == [("市商务局", "市商物局", 80.0)]


# -- item 9: structure, diff, communities, no rows ----------------------------------------------------------
def test_an_undefined_ei_index_says_why(loaded):
    rows = json.loads(loaded("structure", "--format", "json").output)
    ei = [r for r in rows if r["measure"].startswith("ei_index ")]
    assert len(ei) == 14  # 5 + 9 domains
    blank = [r for r in ei if r["value"] is None]
    assert [r["measure"] for r in blank] == ["ei_index 建设具有全球影响力的产业创新中心"]
    assert blank[0]["note"].startswith("undefined: no tie starts at this domain's units (0 at home here")
    assert all(r["note"] is None for r in ei if r["value"] is not None)


def test_diff_takes_domain(loaded):
    rows = json.loads(loaded("diff", "2018", "2023", "--domain", "优化服务", "--format", "json").output)
    # the domain 优化服务 is 2023's only: every unit in it appears; its leads add up to the domain's task leads
    tasks = json.loads(loaded("tasks", "--doc", "2023", "--domain", "优化服务", "--format", "json").output)
    assert {r["status"] for r in rows} == {"appeared"}
    assert sum(r["leads_b"] for r in rows) == sum(len(t["leads"]) for t in tasks)
    assert {r["unit"] for r in rows} == {u for t in tasks for u in t["leads"] + t["assists"]}


def test_html_numbers_communities_as_the_command_does(nx_corpus):  # noqa: F811
    from viz.network_views import build_view

    view = build_view(nx_corpus, "units", color="community")
    numbers = sorted({int(item["text"].split()[1]) for item in view.legend if item["text"].startswith("community ")})
    assert numbers[0] == 0
    assert set(numbers) <= set(analyses.communities(nx_corpus)["community"])


# -- the Python API --------------------------------------------------------------------------------------
def test_every_analysis_takes_the_store_and_returns_a_dataframe(store):
    frames = {
        "coowners": analyses.coowners(store, "市商务局"),
        "top_pairs": analyses.coowners(store, top=3),
        "matrix": analyses.coownership_matrix(store),
        "workload": analyses.workload(store, doc="2023"),
        "by_domain": analyses.workload(store, by="domain", top=5),
        "flags": analyses.flags(store, only=["multi_lead"]),
        "diff": analyses.diff(store, "2018", "2023"),
        "centrality": analyses.centrality(store, top=5),
        "communities": analyses.communities(store),
        "brokers": analyses.brokers(store, top=5),
        "structure": analyses.structure(store),
        "structure_by": analyses.structure(store, by="doc"),
    }
    assert all(isinstance(df, pd.DataFrame) and len(df) for df in frames.values())
    assert frames["top_pairs"].values.tolist()[0] == ["市发改委", "市经信局", 17]  # as test_cli's coowners --top 1
    assert frames["by_domain"]["unit"].tolist() == analyses.workload(store, top=5)["unit"].tolist()
    assert set(frames["flags"]["flag"]) == {"multi_lead"}
    assert list(frames["structure"].columns) == ["measure", "value", "note"]


def test_unit_names_resolve_as_the_cli_does(store):
    by_old_name = analyses.coowners(store, "市旅游委")  # the 2019 reform renamed it 市文旅局
    assert by_old_name.equals(analyses.coowners(store, "市文旅局"))
    with pytest.raises(NotFound, match="did you mean 市商务局"):
        analyses.coowners(store, "市商物局")
    with pytest.raises(BadValue, match="unknown --by 'month'; one of unit, domain, year, quarter"):
        analyses.workload(store, by="month")
