"""Issue 16: inputs that once hung, crashed or were skipped silently now give one clear line and exit 1."""

import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import PLAN_2018, PLAN_2023, ROOT

from cli import cli


@pytest.fixture
def run(tmp_path):
    store = tmp_path / "store.json"

    def invoke(*args, input=None):
        return CliRunner().invoke(cli, ["--store", str(store), *map(str, args)], input=input)

    invoke.store = store
    return invoke


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
