"""The Cypher console, driven for real: prompt_toolkit's pipe input for the interactive loop, a pseudo-terminal
for Ctrl-C, CliRunner for `-e` and piped stdin — on the embedded engine and on a real Neo4j server."""

import io
import json
import os
import sys

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, ROOT
from cypher_fixtures import neo4j_corpus, neo4j_env, neo4j_server, nx_corpus  # noqa: F401

from cli import cli
from cypher.console import Console, _completer, interactive, parse_value
from cypher.errors import WriteRefused
from cypher.runners import EmbeddedRunner, Neo4jRunner

SLOW_EMBEDDED = "MATCH (a)-->(b)<--(c)-->(d)<--(e) RETURN count(a) AS n;"
SLOW_NEO4J = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 123 RETURN count(x) AS n;"


def drive(runner, keys: str, history=None, **options):
    """Type ``keys`` into the interactive console (Enter is \\r); returns (stdout, stderr) text."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    out, err = io.StringIO(), io.StringIO()
    console = Console(runner, out=out, err=err, **options)
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        interactive(console, history, input=pipe, output=DummyOutput())
    return out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def emb(nx_corpus):  # noqa: F811
    return EmbeddedRunner(nx_corpus.graph())


@pytest.fixture(scope="module")
def neo(neo4j_corpus):  # noqa: F811
    from graph.neo4j_conn import connect

    runner = Neo4jRunner(connect(neo4j_corpus.settings), owns_driver=True)
    yield runner
    runner.close()


def snapshot(runner) -> list:
    """Every node and relationship with its properties, to prove nothing changed."""
    nodes = runner.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.key, l", limit=None).rows
    rels = runner.run("MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS t, properties(r) AS p, b.key AS b "
                      "ORDER BY a, t, b, r.seq, r.key", limit=None).rows
    return [nodes, rels]


# -- the interactive loop (prompt_toolkit's pipe input) ---------------------------------------------------
def test_multi_line_statements_params_run_and_history(emb, tmp_path):
    history = tmp_path / "history"
    out, err = drive(emb, "MATCH (u:Unit)\rWHERE u.kind = 'district_government'\rRETURN count(u) AS n;\r"
                          ":param unit => '市商务局'\r:run unit_tasks\r:exit\r", history)
    assert err == ""
    lines = out.splitlines()
    assert lines[0].startswith("agencygraph Cypher console on embedded (read-only)")
    assert lines[1:5] == [" n", "--", "13", "(1 row)"]  # 13 district governments (Unit kind)
    assert 'unit => "市商务局"' in lines
    assert "(30 rows)" in lines
    saved = history.read_text(encoding="utf-8")
    assert "RETURN count(u) AS n;" in saved and ":run unit_tasks" in saved


def test_syntax_error_refused_write_and_unsupported_clause_are_one_line_each(emb):
    out, err = drive(emb, "MATCH (u:Unit RETURN u;\rCREATE (n:Unit {name: 'x'}) RETURN n;\r"
                          "MATCH (u) WITH u RETURN u;\r:nope\rMATCH (u:Unit) RETURN count(u) AS n;\r:exit\r")
    assert err.splitlines() == [
        "Error: syntax error: a bracket is opened and never closed",
        "Error: refused: CREATE writes, and the embedded store is read-only here (documents change only through "
        "'agencygraph load')",
        "Error: WITH is not supported by the embedded engine; it runs MATCH … WHERE … RETURN [DISTINCT] … "
        "ORDER BY … SKIP … LIMIT; use a Neo4j server (--backend neo4j) for the rest",
        "Error: unknown command :nope; :help lists them",
    ]
    assert "Traceback" not in out + err
    assert out.splitlines()[-2:] == ["76", "(1 row)"]  # the console carried on


def test_timeout_and_row_limit(emb):
    out, err = drive(emb, SLOW_EMBEDDED + "\r:limit 2\rMATCH (u:Unit) RETURN u.name AS name ORDER BY name;\r:exit\r",
                     timeout=0.5)
    assert err.splitlines() == [
        "Error: the statement ran longer than the 0.5 s timeout and was stopped (change it with :timeout SECONDS "
        "or --timeout)",
        "(showing the first 2 rows; there are more — raise the limit with :limit N or --limit N)",
    ]
    assert out.splitlines()[-5:] == ["name", "----------------", "东湖高新区管委会", "东西湖区人民政府", "(2 rows)"]


def test_export_the_last_result(emb, tmp_path):
    csv_path, json_path = tmp_path / "r.csv", tmp_path / "r.json"
    out, err = drive(emb, ":export nothing.csv\rMATCH (u:Group) RETURN u.name AS name ORDER BY name LIMIT 2;\r"
                          f":export {csv_path}\r:export {json_path}\r:exit\r")
    assert err == "Error: nothing to export yet: run a statement first\n"
    assert csv_path.read_text(encoding="utf-8") == "name\n各区人民政府\n各市属高等院校\n"
    assert json.loads(json_path.read_text(encoding="utf-8")) == [{"name": "各区人民政府"}, {"name": "各市属高等院校"}]
    assert f"wrote 2 rows to {csv_path} (csv)" in out


def test_schema_queries_help_and_formats(emb):
    out, _err = drive(emb, ":schema\r:format json\rMATCH (d:Document) RETURN d.key AS doc ORDER BY doc;\r"
                          ":queries\r:help\r:exit\r")
    assert "label         Task             113  deadline、deadline_text、doc、domain、has_parts、key、line、number、" \
           "parent、text、title" in out
    assert "relationship  LEADS            158" in out
    assert '[\n  {\n    "doc": "武政〔2018〕50号"\n  },\n  {\n    "doc": "武政办〔2023〕84号"\n  }\n]' in out
    assert '"name": "unit_tasks"' in out
    assert ":param NAME => VALUE" in out


def test_completion_offers_keywords_labels_types_properties_commands_and_queries(emb):
    from prompt_toolkit.document import Document

    completer = _completer(Console(emb, out=io.StringIO()))

    def complete(text):
        return [c.text for c in completer.get_completions(Document(text), None)]

    assert complete("MATCH (u:Un") == ["Unit"]
    assert complete("MATCH (u)-[r:LE") == ["LEADS"]
    assert "deadline" in complete("MATCH (t:Task) RETURN t.dead")
    assert complete("MATCH (u) RET") == ["RETURN"]
    assert complete(":ru") == [":run"]
    assert complete(":run unit_t") == ["unit_tasks"]


def test_param_values():
    assert parse_value("'a\\'b'") == "a'b"
    assert parse_value("-3") == -3 and parse_value("true") is True and parse_value("null") is None
    assert parse_value("['x', 2, [1.5]]") == ["x", 2, [1.5]]
    assert parse_value("市商务局 ") == "市商务局"


# -- scripts: -e and stdin --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def store_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("console") / "store.json"
    assert CliRunner().invoke(cli, ["--store", str(path), "load", str(EXAMPLES)]).exit_code == 0
    return path


def test_execute_option_and_piped_statements(store_file):
    run = CliRunner().invoke(cli, ["--store", str(store_file), "cypher", "--format", "csv", "-e",
                                   "MATCH (u:Unit) RETURN count(u) AS units; MATCH (g:Group) RETURN count(g) AS groups"])
    assert run.exit_code == 0, run.output
    assert run.output == "units\n76\ngroups\n6\n"
    script = ":param unit => 市科技局\n:run coowner_roles\nMATCH (u:Unit)\nRETURN count(u) AS n;\n"
    piped = CliRunner().invoke(cli, ["--store", str(store_file), "cypher", "--format", "csv"], input=script)
    assert piped.exit_code == 0, piped.output
    assert piped.output.startswith('unit => "市科技局"\npartner,role,partner_role,tasks\n')
    assert piped.output.endswith("n\n76\n")


def test_a_failing_script_stops_and_exits_1(store_file):
    run = CliRunner().invoke(cli, ["--store", str(store_file), "cypher"],
                             input="MATCH (u:Unit) RETURN u.nam AS x LIMIT 1;\nMATCH (u) RETURN u LIMT 1;\n"
                                   "MATCH (u:Unit) RETURN count(u) AS n;\n")
    assert run.exit_code == 1
    assert run.output.splitlines()[-1].startswith("Error: syntax error at line 1, column ")
    assert "(1 row)" in run.output and "76" not in run.output  # stopped at the failure


# -- a real Neo4j server --------------------------------------------------------------------------------
def test_neo4j_refuses_writes_before_they_run_and_leaves_the_data_unchanged(neo):
    before = snapshot(neo)
    out, err = drive(neo, "CREATE (n:Unit {key: 'x', name: 'x'}) RETURN n;\rMATCH (n:Unit) SET n.name = 'x';\r"
                          "MATCH (n) DETACH DELETE n;\rCREATE INDEX unit_x FOR (n:Unit) ON (n.x);\r"
                          "MATCH (u:Unit) RETURN count(u) AS n;\r:exit\r")
    assert err.splitlines() == [
        "Error: refused: this statement reads and writes (query type 'rw') and the console is read-only; "
        "start it with --write to allow writes",
        "Error: refused: this statement writes (query type 'w') and the console is read-only; start it with "
        "--write to allow writes",
        "Error: refused: this statement writes (query type 'w') and the console is read-only; start it with "
        "--write to allow writes",
        "Error: refused: this statement changes the schema (query type 's') and the console is read-only; "
        "start it with --write to allow writes",
    ]
    assert out.splitlines()[-2:] == ["76", "(1 row)"]
    assert snapshot(neo) == before


def test_neo4j_read_access_mode_is_the_second_guard(neo, monkeypatch):
    """Were the EXPLAIN check fooled, the READ session still makes the server refuse the write."""
    before = snapshot(neo)

    class Plan:
        query_type = "r"
        gql_status_objects = ()

    monkeypatch.setattr(neo, "_explain", lambda text, params=None: Plan())
    with pytest.raises(WriteRefused, match="refused by the server: .*read access mode"):
        neo.run("CREATE (n:Unit {key: 'x', name: 'x'}) RETURN n")
    monkeypatch.undo()
    assert snapshot(neo) == before


def test_neo4j_syntax_error_timeout_warning_and_export(neo, tmp_path):
    path = tmp_path / "units.csv"
    out, err = drive(neo, "MATCH (n:Unit RETURN n;\r" + SLOW_NEO4J + "\rMATCH (n:Nope) RETURN count(n) AS n;\r"
                          ":param kind => 'district_government'\r"
                          "MATCH (u:Unit {kind: $kind}) RETURN u.name AS name ORDER BY name LIMIT 3;\r"
                          f":export {path}\r:exit\r", timeout=1)
    assert err.splitlines() == [
        "Error: Invalid input 'RETURN': expected a parameter, '&', ')', ':', 'WHERE', '{' or '|' "
        "(line 1, column 15 (offset: 14))",
        "Error: the statement ran longer than the 1 s timeout and was stopped (change it with :timeout SECONDS "
        "or --timeout)",
        "Warning: label does not exist. The label `Nope` does not exist. Verify that the spelling is correct.",
    ]
    assert path.read_text(encoding="utf-8") == "name\n东西湖区人民政府\n新洲区人民政府\n武昌区人民政府\n"


def test_neo4j_write_mode_writes(neo4j_corpus, neo4j_server):  # noqa: F811
    env = neo4j_env(neo4j_server)
    run = CliRunner().invoke(cli, ["cypher", "--write", "-e", "CREATE (n:Scratch {key: 'console-test'}) RETURN n.key AS k;"
                                   "MATCH (n:Scratch) DELETE n"], env=env)
    assert run.exit_code == 0, run.output
    assert run.output.splitlines() == ["k", "------------", "console-test", "(1 row; labels_added: 1, nodes_created: 1, "
                                       "properties_set: 1)", "(0 rows; nodes_deleted: 1)"]
    refused = CliRunner().invoke(cli, ["cypher", "-e", "CREATE (n:Scratch)"], env=env)
    assert refused.exit_code == 1 and refused.output.startswith("Error: refused: this statement writes")


# -- Ctrl-C in a real terminal ------------------------------------------------------------------------
def _spawn(args, env):
    import pexpect  # a test dependency: a skipped Ctrl-C test would hide a console that dies on Ctrl-C

    child = pexpect.spawn(sys.executable, ["-c", "from cli import main; main()", *args], cwd=str(ROOT), env=env,
                          encoding="utf-8", timeout=60, dimensions=(40, 200))
    child.expect("cypher>")
    return child


@pytest.mark.parametrize("backend", ["networkx", "neo4j"])
def test_ctrl_c_cancels_the_statement_not_the_console(backend, store_file, tmp_path, request):
    env = {**os.environ, "AGENCYGRAPH_CYPHER_HISTORY": str(tmp_path / "h"), "PYTHONPATH": str(ROOT),
           "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"}
    if backend == "neo4j":
        request.getfixturevalue("neo4j_corpus")
        env.update(neo4j_env(request.getfixturevalue("neo4j_server")))
        slow = SLOW_NEO4J
    else:
        env["AGENCYGRAPH_BACKEND"] = "networkx"
        slow = SLOW_EMBEDDED
    child = _spawn(["--store", str(store_file), "cypher", "--timeout", "120"], env)
    child.send(slow + "\r")
    import time

    time.sleep(2)
    started = time.monotonic()
    child.sendintr()
    child.expect_exact("Error: cancelled (Ctrl-C)", timeout=20)
    assert time.monotonic() - started < 20
    child.expect("cypher>")
    child.send("MATCH (u:Unit) RETURN count(u) AS n;\r")
    child.expect_exact("(1 row)")
    assert "76" in child.before
    child.send(":exit\r")
    child.expect(pexpect_eof())
    child.close()


def pexpect_eof():
    import pexpect

    return pexpect.EOF
