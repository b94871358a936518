"""The CLI end to end with CliRunner: exact outputs, exit codes, and bad input that changes nothing."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, PLAN_2018, PLAN_2023, ROOT

from cli import cli


@pytest.fixture
def loaded(run):
    result = run("load", EXAMPLES)
    assert result.exit_code == 0, result.output
    return run


def test_load_prints_the_report(run):
    result = run("load", EXAMPLES)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("武政〔2018〕50号 (wuhan-2018-internationalisation-plan.txt; inline_clauses): added; "
                               "5 domains, 17 numbered tasks (18 with sub-parts split), 28 lead edges")
    assert any(line.startswith("武政办〔2023〕84号 (wuhan-2023-services-opening-plan.txt; responsibility_table): "
                               "added; 9 domains, 90 numbered tasks (92 with sub-parts split), 120 lead edges")
               for line in lines)
    again = run("load", EXAMPLES)
    assert again.exit_code == 0 and "武政〔2018〕50号 (wuhan-2018-internationalisation-plan.txt; inline_clauses): unchanged" \
        in again.output


def test_tasks_json_fields(loaded):
    result = loaded("tasks", "--format", "json")
    rows = json.loads(result.output)
    assert len(rows) == 110
    row = next(r for r in rows if r["doc"] == "武政办〔2023〕84号" and r["number"] == "43.2")
    assert {k: row[k] for k in ("doc", "number", "domain", "deadline", "leads", "assists")} == {
        "doc": "武政办〔2023〕84号", "number": "43.2", "domain": "优化贸易投资便利化服务", "deadline": "2023-12",
        "leads": ["市政务服务大数据局"], "assists": ["市直各有关部门", "各区人民政府"]}
    assert row["text"].startswith("持续推进“五减五通”")
    first = rows[0]
    assert (first["doc"], first["number"], first["leads"]) == ("武政〔2018〕50号", "1.1", ["市交通运输局"])


def test_tasks_table_and_csv(loaded):
    table = loaded("tasks", "--doc", "2023", "--domain", "7")
    lines = table.output.splitlines()
    assert lines[0].split() == ["doc", "number", "domain", "leads", "assists", "deadline", "text"]
    assert [line.split()[1] for line in lines[2:]] == ["73", "74", "75", "76", "77"]
    csv = loaded("tasks", "--unit", "市人才工作局", "--format", "csv").output.splitlines()
    assert csv[0] == "doc,number,parent,domain,domain_number,text,deadline,deadline_text,leads,assists,line"
    assert [line.split(",")[1] for line in csv[1:]] == ["73", "74", "76", "77"]


def test_units_json_fields(loaded):
    rows = json.loads(loaded("units", "--format", "json").output)
    by_name = {r["name"]: r for r in rows}
    unit = by_name["市交通运输局"]
    # 2018: leads 1.1, 1.2 (as 市交通运输委); 2023: leads 52-56 → 7; assists 1.3, 3.3, 3.6.1, 3.6.2 + row 59 → 5
    assert (unit["kind"], unit["lead_count"], unit["assist_count"]) == ("municipal_department", 7, 5)
    assert unit["predecessors"] == ["市交通运输委 (2019)"]  # a rename (dated), not an alias
    assert by_name["相关区人民政府"]["kind"] == "group"
    assert set(rows[0]) >= {"name", "kind", "aliases", "lead_count", "assist_count"}


def test_docs(loaded):
    rows = json.loads(loaded("docs", "--format", "json").output)
    assert [(r["doc"], r["numbered_tasks"], r["tasks"]) for r in rows] == [
        ("武政〔2018〕50号", 17, 18), ("武政办〔2023〕84号", 90, 92)]


def test_unknown_filter_is_a_clear_error(loaded):
    result = loaded("tasks", "--unit", "市科学局")
    assert result.exit_code == 1
    assert result.output == "Error: no unit matches --unit '市科学局'; did you mean 市科技局?\n"


def test_suggest_merges_finds_an_unaliased_misspelling(run, tmp_path):
    doc = tmp_path / "plan.txt"
    doc.write_text("武政〔2024〕3号\n二、主要任务\n(一)甲\n1.做事。(牵头单位:市教育局;协办单位:市财政厅局)\n"
                   "2.做事。(牵头单位:市教育局;协办单位:市财政局)\n", encoding="utf-8")
    result = run("load", doc)
    assert result.exit_code == 0
    assert "plan.txt:4: unresolved_unit: unit '市财政厅局' is in no alias file" in result.output
    rows = json.loads(run("units", "--suggest-merges", "--format", "json").output)
    assert [(r["a"], r["b"]) for r in rows] == [("市财政局", "市财政厅局")]


def _store_bytes(run):
    return run.store.read_bytes() if run.store.exists() else None


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty.txt: is empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary.txt:1: binary data (NUL byte), not a text document"),
    ("scan.txt", b"%PDF-1.7\n...", "scan.txt: is a damaged PDF that cannot be opened"),  # a PDF by content
    ("prose.txt", "这是一段没有分工的文字。\n".encode(), "prose.txt: no division of labour found"),
])
def test_unreadable_files_change_nothing(loaded, tmp_path, name, content, message):
    before = _store_bytes(loaded)
    path = tmp_path / name
    path.write_bytes(content)
    result = loaded("load", path)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.output.splitlines()[-1] == "Error: 1 file(s) could not be loaded; nothing was stored"
    assert _store_bytes(loaded) == before


def test_one_bad_file_in_a_batch_stores_nothing_unless_asked(run, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_bytes(PLAN_2018.read_bytes())
    (tmp_path / "docs" / "b.txt").write_bytes(b"")
    result = run("load", tmp_path / "docs")
    assert result.exit_code == 1  # a.txt was written as it was read, then rolled back with the batch
    assert json.loads(run("docs", "--format", "json").output) == []
    result = run("load", tmp_path / "docs", "--skip-bad")
    assert result.exit_code == 1
    assert "the others were stored" in result.output
    assert [d["doc"] for d in json.loads(run("docs", "--format", "json").output)] == ["武政〔2018〕50号"]


def test_gb18030_bom_and_crlf_load_like_utf8(run, tmp_path):
    text = PLAN_2023.read_text(encoding="utf-8")
    variants = {
        "gbk.txt": text.encode("gb18030"),
        "bom-crlf.txt": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
    }
    from loaders import load

    reference = load(PLAN_2023)
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        result = load(tmp_path / name)
        assert result.counts() == reference.counts(), name
        assert [(a.actor, a.target, a.line) for a in result.assignments] == \
            [(a.actor, a.target, a.line) for a in reference.assignments]


def test_empty_folder_and_missing_file(run, tmp_path):
    (tmp_path / "none").mkdir()
    result = run("load", tmp_path / "none")
    assert result.exit_code == 1
    assert re.match(r"Error: .*none: no documents found", result.output)
    result = run("load", tmp_path / "missing.txt")
    assert result.exit_code == 1 and "missing.txt: no such file" in result.output


def test_corrupt_store_is_a_one_line_error(run):
    run.store.write_text("not json", encoding="utf-8")
    result = run("tasks")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "not an agencygraph store" in result.output
    assert len(result.output.splitlines()) == 1


def test_every_command_has_help_with_an_example_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, name
        assert f"agencygraph {name}" in readme, name


def test_analytics_json_shapes(loaded):
    partners = json.loads(loaded("coowners", "市商务局", "--format", "json").output)
    first = partners[0]
    assert set(first) >= {"partner", "shared", "lead_lead", "lead_assist", "assist_lead", "assist_assist", "tasks"}
    # By reading: 市外办 (now 市委外办) is named in 2018 items 2.1-2.3, 3.1-3.3, 3.5, 3.6.2, 5.1, 5.2; 市商务局 in
    # 1.1, 1.3, 2.1-2.3, 3.1, 3.5, 3.6.2, 4.2, 4.3, 5.1, 5.2 → 8 shared; 2023 row 27 names both → 9.
    assert (first["partner"], first["shared"]) == ("市委外办", 9)
    assert [t["number"] for t in first["tasks"]] == ["2.1", "2.2", "2.3", "3.1", "3.5", "3.6.2", "5.1", "5.2", "27"]
    pairs = json.loads(loaded("coowners", "--top", "1", "--format", "json").output)
    assert pairs == [{"unit_a": "市发改委", "unit_b": "市经信局", "shared": 17}]
    load = json.loads(loaded("workload", "--top", "1", "--format", "json").output)[0]
    assert {k: load[k] for k in ("unit", "leads", "assists", "domains", "partners", "weighted_load")} == {
        "unit": "市经信局", "leads": 19, "assists": 12, "domains": 7, "partners": 31, "weighted_load": 50.0}
    assert "lead_burden" in load
    flagged = json.loads(loaded("flags", "--doc", "2023", "--format", "json").output)
    assert {r["flag"] for r in flagged} == {"multi_lead"}
    assert {"doc", "number", "flag", "units"} <= set(flagged[0])
    changed = json.loads(loaded("diff", "2018", "2023", "--format", "json").output)
    assert next(r for r in changed if r["unit"] == "市交通运输局")["status"] == "changed"


def test_network_commands_json(loaded):
    rows = json.loads(loaded("centrality", "--format", "json").output)
    assert set(rows[0]) >= {"unit", "degree", "weighted_degree", "betweenness", "closeness", "eigenvector",
                            "pagerank"}
    # 市商务局 shares tasks with 46 units, 134 shared tasks in all (the projection's row sum).
    assert (rows[0]["unit"], rows[0]["degree"], rows[0]["weighted_degree"]) == ("市商务局", 46, 134)
    groups = json.loads(loaded("communities", "--format", "json").output)
    assert {r["unit"] for r in groups} == {r["unit"] for r in rows}
    table = loaded("communities").output
    assert re.search(r"\n\d+ communities, modularity 0\.\d{3} \(weighting count, seed 42\)\n$", table)
    brokers = json.loads(loaded("brokers", "--top", "3", "--format", "json").output)
    assert [b["unit"] for b in brokers][0] == "市商务局" and len(brokers) == 3
    slices = json.loads(loaded("structure", "--by", "doc", "--format", "json").output)
    assert [s["slice"] for s in slices] == ["武政〔2018〕50号", "武政办〔2023〕84号"]
    measures = {r["measure"]: r["value"] for r in json.loads(loaded("structure", "--format", "json").output)}
    assert (measures["units"], measures["ties"]) == (67, 545)
