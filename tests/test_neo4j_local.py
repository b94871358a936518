"""The local Neo4j server command: start, reuse, status, stop, restart with the same password and data."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner
from neo4j_fixtures import _free_port, _unavailable

from cli import cli
from graph.errors import StoreUnavailable
from graph.neo4j_local import start, status, stop


def test_missing_java_is_named_with_the_package_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no java, no mvn
    with pytest.raises(StoreUnavailable, match=r"needs java, which is not on PATH: install a Java 17 runtime"):
        start(tmp_path / "home", port=_free_port())


def test_start_reuse_stop_restart(tmp_path):
    home, port = tmp_path / "neo4j", _free_port()
    runner = CliRunner()
    result = runner.invoke(cli, ["neo4j", "start", "--home", str(home), "--port", str(port), "--heap", "512m"])
    if result.exit_code != 0:
        _unavailable(result.output)
    try:
        lines = result.stdout.splitlines()
        assert lines[0] == f"export NEO4J_URI=bolt://127.0.0.1:{port}"
        assert lines[1] == "export NEO4J_USER=neo4j"
        password = json.loads((home / "state.json").read_text())["password"]
        assert lines[2].startswith("export NEO4J_PASSWORD=") and password in lines[2] and len(password) >= 20
        assert stat.S_IMODE(os.stat(home / "state.json").st_mode) == 0o600
        conf = (home / "conf" / "neo4j.conf").read_text()
        assert f"server.bolt.listen_address=127.0.0.1:{port}" in conf and "server.http.enabled=false" in conf
        pid = status(home)["pid"]
        assert password not in open(f"/proc/{pid}/cmdline", "rb").read().decode(errors="replace")

        again = start(home, port=port)
        assert again["reused"] and again["pid"] == pid
        env = {"NEO4J_URI": again["uri"], "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": password,
               "AGENCYGRAPH_STORE": str(tmp_path / "unused.json")}
        from conftest import PLAN_2018

        assert runner.invoke(cli, ["load", "--backend", "neo4j", str(PLAN_2018)], env=env).exit_code == 0

        assert runner.invoke(cli, ["neo4j", "stop", "--home", str(home)]).output == "stopped\n"
        down = runner.invoke(cli, ["neo4j", "status", "--home", str(home)])
        assert down.exit_code == 1 and "not running" in down.output

        restarted = start(home, port=port)  # the same password, the same data
        assert not restarted["reused"] and restarted["password"] == password
        docs = runner.invoke(cli, ["docs", "--backend", "neo4j", "--format", "json"], env=env)
        assert [d["doc"] for d in json.loads(docs.output)] == ["武政〔2018〕50号"]
    finally:
        stop(home)


def test_status_and_stop_without_home_find_the_server_started_with_home(tmp_path):
    # An isolated XDG_DATA_HOME: its default home holds no server, its list of homes is this test's alone.
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "AGENCYGRAPH_NEO4J_HOME": None}
    home, port = tmp_path / "elsewhere", _free_port()
    runner = CliRunner(env=env)
    started = runner.invoke(cli, ["neo4j", "start", "--home", str(home), "--port", str(port), "--heap", "512m"])
    if started.exit_code != 0:
        _unavailable(started.output)
    try:
        assert json.loads((tmp_path / "data" / "agencygraph" / "neo4j-homes.json").read_text()) == [str(home)]
        pid = json.loads((home / "state.json").read_text())["pid"]
        found = runner.invoke(cli, ["neo4j", "status"])
        assert found.exit_code == 0, found.output
        assert found.output == (f"Neo4j 5.26.30 in {home}: running, Bolt answers at bolt://127.0.0.1:{port} "
                                f"(pid {pid})\n")
        # by port: this server on its port, none on another
        assert runner.invoke(cli, ["neo4j", "status", "--port", str(port)]).output == found.output
        other = runner.invoke(cli, ["neo4j", "stop", "--port", str(_free_port())])
        assert other.output == "not running\n" and status(home)["running"]
        stopped = runner.invoke(cli, ["neo4j", "stop"])
        assert stopped.output == f"stopped (home {home})\n"
        assert not status(home)["running"]
        down = runner.invoke(cli, ["neo4j", "status"])
        assert down.exit_code == 1 and down.output.endswith("not running\n")
    finally:
        stop(home)


def test_a_document_beyond_the_transaction_memory_is_refused_whole_and_named(tmp_path, caplog):
    """A document whose transaction needs more memory than the server allows: one clear error naming it and
    what was written before it, nothing of it in the store, and no pointless retries of the same transaction."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import synthetic
    from conftest import PLAN_2018

    big = synthetic.generate(3000, seed=1, out_dir=tmp_path / "docs", tasks_per_doc=3000)[:1]
    home, port = tmp_path / "neo4j", _free_port()
    try:
        info = start(home, port=port, heap="512m", settings={"db.memory.transaction.max": "8m"})
    except StoreUnavailable as exc:
        _unavailable(str(exc))
    try:
        env = {"NEO4J_URI": info["uri"], "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": info["password"]}
        runner = CliRunner()
        with caplog.at_level("WARNING", logger="neo4j"):
            result = runner.invoke(cli, ["load", "--backend", "neo4j", str(PLAN_2018), str(big[0])], env=env)
        assert result.exit_code == 1
        error = result.output.strip().splitlines()[-1]
        assert "Neo4j did not take" in error and big[0].name in error and "none of it was written" in error
        assert "more memory than the server allows one transaction" in error and "--heap" in error
        assert error.endswith("written before it: 武政〔2018〕50号")
        assert "retried" not in caplog.text
        docs = runner.invoke(cli, ["docs", "--backend", "neo4j", "--format", "json"], env=env)
        assert [d["doc"] for d in json.loads(docs.output)] == ["武政〔2018〕50号"]
    finally:
        stop(home)
