"""Packaging: what `pip install` puts into site-packages is one package, agencygraph, with graph, loaders,
cypher, viz and cli inside it and no top-level module of those names; the installed CLI runs from there."""

import os
import subprocess
import sys

from conftest import EXAMPLES, ROOT


def test_the_build_holds_one_agencygraph_package_that_runs_alone(tmp_path):
    lib = tmp_path / "lib"
    build = subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py",
                            "--build-lib", str(lib)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    assert sorted(p.name for p in lib.iterdir()) == ["agencygraph"]
    package = lib / "agencygraph"
    assert {"__init__.py", "cli.py", "graph", "loaders", "cypher", "viz"} <= {p.name for p in package.iterdir()}
    assert not (package / "cli.py").is_symlink() and "def main():" in (package / "cli.py").read_text(encoding="utf-8")
    for data in ("loaders/aliases.yaml", "cypher/coowners.cypher", "viz/page.html"):
        assert (package / data).is_file(), data
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from agencygraph.cli import cli\n"
        f"store = {str(tmp_path / 'store.json')!r}\n"
        f"r = CliRunner().invoke(cli, ['--store', store, 'load', {str(EXAMPLES)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "r = CliRunner().invoke(cli, ['--store', store, 'coowners', '市旅游委', '--top', '1', '--format', 'csv'])\n"
        "print(r.output.splitlines()[1].split(',')[:3:2])\n"
        "import agencygraph as ag\n"
        "print(ag.workload(ag.open_store(store), top=1)['unit'].tolist(), ag.__path__ == [ag.__path__[0]])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('graph', 'loaders', 'cypher', 'viz', 'cli')))\n")
    env = {**os.environ, "PYTHONPATH": str(lib)}
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    # 市旅游委 is the 2019 name of 市文旅局; its first partner shares 3 tasks (graph/analyses.py doctest);
    # no top-level module named graph, loaders, cypher, viz or cli was imported
    assert run.stdout.splitlines() == ["['市商务局', '3']", "['市经信局'] True", "[]"]
