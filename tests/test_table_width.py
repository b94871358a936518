"""Tables fit the terminal (COLUMNS, else the terminal, else no limit); CSV and JSON are never cut."""

import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from cli import cli
from graph.formatting import display_width, render

@pytest.fixture(scope="module")
def run(tmp_path_factory):
    store = tmp_path_factory.mktemp("width") / "store.db"

    def invoke(*args, columns=None):
        result = CliRunner(env={"COLUMNS": columns}).invoke(cli, ["--store", str(store), *map(str, args)])
        assert result.exit_code == 0, result.output
        return result.output

    invoke("load", EXAMPLES)
    return invoke


def test_a_wide_terminal_shows_whole_cells(run):
    # At the old fixed widths every 2018 domain printed as "建设中部地区国…" whatever COLUMNS said.
    out = run("tasks", "--doc", "2018", columns="250")
    lines = out.splitlines()
    assert all(display_width(line) <= 250 for line in lines)
    domains = {r["domain"] for r in json.loads(run("tasks", "--doc", "2018", "--format", "json"))}
    assert len(domains) == 5 and {line.split()[2] for line in lines[2:]} == domains
    # the leads and the deadline (none in 2018) are whole too; only the long text column is cut
    assert lines[2].split()[:4] == ["武政〔2018〕50号", "1.1", "建设中部地区国际交通枢纽", "市交通运输局"]
    assert lines[2].endswith("…")


@pytest.mark.parametrize("columns", [80, 100, 160])
def test_every_line_fits_the_terminal(run, columns):
    lines = run("tasks", columns=str(columns)).splitlines()
    assert len(lines) == 2 + 110
    assert max(display_width(line) for line in lines) <= columns
    # number and deadline are short: never cut; the 2023 row 43.2 keeps its number and deadline
    row = next(line for line in lines if " 43.2 " in line)
    assert "2023-12" in row and row.startswith("武政")


def test_cells_shrink_as_the_terminal_narrows(run):
    def text_of_1_1(columns):
        line = run("tasks", "--doc", "2018", columns=str(columns)).splitlines()[2]
        return line.rsplit("  ", 1)[-1]

    full = json.loads(run("tasks", "--doc", "2018", "--format", "json"))[0]["text"]
    wide, medium, narrow = text_of_1_1(300), text_of_1_1(160), text_of_1_1(100)
    assert display_width(wide) > display_width(medium) > display_width(narrow) >= 8
    for cut in (wide, medium, narrow):
        assert cut.endswith("…") and full.startswith(cut[:-1])


def test_output_to_a_file_or_pipe_is_never_cut(run):
    # CliRunner's stdout is not a terminal: without COLUMNS, nothing is cut
    rows = json.loads(run("tasks", "--doc", "2018", "--format", "json"))
    table = run("tasks", "--doc", "2018")
    assert "…" not in table
    assert all(r["text"] in table for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_are_never_cut(run, fmt):
    whole = json.loads(run("tasks", "--format", "json"))
    out = run("tasks", "--format", fmt, columns="40")
    assert "…" not in out
    for r in whole:
        assert r["text"] in out if fmt == "json" else r["text"].replace('"', '""') in out


def test_render_width_none_means_no_limit():
    rows = [{"name": "市科技局", "text": "很长" * 50}]
    assert render(rows, "table", width=None).splitlines()[2].endswith("很长" * 50)
    cut = render(rows, "table", width=30).splitlines()
    assert cut[2] == "市科技局  " + "很长很长很长很长很…"  # 30 - 8 - 2 = 20 columns: 9 characters of two, "…"
