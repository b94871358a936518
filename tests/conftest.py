"""Fixtures built from the bundled documents."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PLAN_2018 = EXAMPLES / "wuhan-2018-internationalisation-plan.txt"
PLAN_2023 = EXAMPLES / "wuhan-2023-services-opening-plan.txt"


@pytest.fixture(scope="session")
def result_2018():
    from loaders import load

    return load(PLAN_2018)


@pytest.fixture(scope="session")
def result_2023():
    from loaders import load

    return load(PLAN_2023)


def by_number(result, number):
    """The task of a LoadResult with this number, and its (leads, assists) in document order."""
    task = next(t for t in result.tasks if t.number == number)
    leads = [a.actor for a in result.assignments if a.target == task.key and a.role == "lead"]
    assists = [a.actor for a in result.assignments if a.target == task.key and a.role == "assist"]
    return task, leads, assists


@pytest.fixture
def run(tmp_path):
    """``run("load", path)``: the CLI in-process on a store of its own (``run.store``), as CliRunner results."""
    from click.testing import CliRunner

    from cli import cli

    store = tmp_path / "store.json"

    def invoke(*args, input=None):
        return CliRunner().invoke(cli, ["--store", str(store), *map(str, args)], input=input)

    invoke.store = store
    return invoke
