"""JSON and JSON Lines: a work ledger's task records read as a table (its keys named by loaders/record_keys.yaml),
a crawled page's object read as its strings, a broken .json named with its line."""

import json
import re
from pathlib import Path

import pytest
import yaml

from graph.errors import UnreadableInput
from loaders import load
from loaders.source import read_source

from office_fixtures import triples

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
# the 浙江 AI work ledger: a site's data/tasks.json, 126 records keyed id / task / owner / co (b1191)
LEDGER = CORPUS / "b1191" / "zhejiang-2026-ai-development-key-tasks-ledger.txt"
# a State Council opinion as a plain text (b6), for the crawled-page object
OPINION = CORPUS / "b6-national-and-more" / "state-council-2018-employment-opinion.txt"


def _names(names) -> set[str]:
    """Printed names without a second name in brackets (省市场监管局（省知识产权局）: the spelling is its first)."""
    return {re.sub(r"（[^）]*）$", "", n) for n in names or ()}


def _by_number(result):
    out: dict[str, dict[str, set[str]]] = {}
    for a in result.assignments:
        if a.target_label == "Task":
            out.setdefault(a.task, {"lead": set(), "assist": set()})[a.role].add(a.spelling)
    return out


def test_a_ledger_of_task_records_reads_as_its_table():
    result = load(LEDGER)
    assert read_source(LEDGER).container == "json"
    expected = yaml.safe_load(LEDGER.with_name(LEDGER.stem + ".expected.yaml").read_text(encoding="utf-8"))["tasks"]
    found = _by_number(result)
    assert [t.number for t in result.tasks] == [str(n) for n in range(1, 127)]
    assert result.tasks[0].text.startswith("在产业链协同创新、强链补链等相关项目中设立TPU")
    # owner leads, co assists, record for record as the labeller read them (co "无" is no unit)
    assert all(found[k]["lead"] == _names(v["leads"]) for k, v in expected.items())
    assists_right = sum(found[k]["assist"] == _names(v.get("assists")) for k, v in expected.items())
    assert assists_right >= 125
    assert found["30"] == {"lead": {"省数据局"}, "assist": set()} and found["1"]["assist"] == {"省发展改革委", "省科技厅"}


def test_json_lines_with_pinyin_keys_read_like_the_ledger(tmp_path):
    records = json.loads(LEDGER.read_text(encoding="utf-8"))["tasks"]
    keys = {"id": "xh", "task": "rwnr", "owner": "qtdw", "co": "phdw", "time": "wcsx"}
    lines = [json.dumps({keys[k]: v for k, v in r.items() if k in keys}, ensure_ascii=False) for r in records]
    path = tmp_path / "ledger.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load(path)
    assert [t.number for t in result.tasks] == [str(n) for n in range(1, 127)]
    assert {(a.role, a.spelling) for a in result.assignments if a.task == "2"} == \
        {("lead", "省科技厅"), ("assist", "省经信厅")}
    assert result.tasks[0].deadline == "2026-12"


def test_a_crawled_page_object_reads_as_the_document(tmp_path):
    text = OPINION.read_text(encoding="utf-8")
    page = {"url": "http://www.gov.cn/zhengce/content/2018-12/05/content_5346009.htm", "title": text.split("\n")[0],
            "content": text}
    path = tmp_path / "page.txt"
    path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    plain = load(OPINION)
    assert triples(plain)
    as_json = load(path)
    assert triples(as_json) == triples(plain)


def test_a_broken_json_file_is_named_with_its_line(tmp_path):
    path = tmp_path / "tasks.json"
    path.write_text('[{"task": "推进", "owner": "市发展改革委"},\n {"task": "落实", "owner": }]', encoding="utf-8")
    with pytest.raises(UnreadableInput) as err:
        load(path)
    assert err.value.line == 2 and "tasks.json" in str(err.value) and "not valid JSON" in str(err.value)


def test_text_that_only_starts_like_json_stays_text(tmp_path):
    path = tmp_path / "duties.txt"
    path.write_text("[一]市发展改革委：负责全市节能工作。\n[二]市财政局：负责资金保障。\n", encoding="utf-8")
    assert read_source(path).container == "text"


def test_records_keyed_by_their_ids_read_as_the_ledger(tmp_path):
    records = json.loads(LEDGER.read_text(encoding="utf-8"))["tasks"]
    keyed = {"version": "2026-08-20", "tasks": {str(r["id"]): {k: v for k, v in r.items() if k != "id"} for r in records}}
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(keyed, ensure_ascii=False, indent=1), encoding="utf-8")
    assert triples(load(path)) == triples(load(LEDGER))
