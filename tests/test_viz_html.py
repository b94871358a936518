"""Interactive HTML views, opened in headless Chromium with every network request blocked.

Expected counts come from the store itself (the incidence and its projection inside the same filters), and
from the README's load figures: 18 + 92 = 110 tasks, 28 + 120 = 148 lead and 95 + 196 = 291 assist edges once
both bundled plans are loaded.
"""

import io
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from click.testing import CliRunner
from conftest import EXAMPLES, PLAN_2018

from cli import cli
from graph.communities import domain_counts
from graph.incidence import projection
from graph.nx_store import NetworkxStore
from viz.network_html import VENDOR, network, write_html
from viz.network_views import Filters, ViewTooLarge, build_view

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
EVIL = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture(scope="module")
def store(result_2018, result_2023):
    s = NetworkxStore()
    s.write([result_2018, result_2023])
    return s


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session; missing Chromium fails under CI=true, skips elsewhere."""
    problem = None
    if not Path(CHROMIUM).exists():
        problem = f"{CHROMIUM} not found (apt-get install chromium)"
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            problem = "playwright is not installed (pip install -e '.[test]')"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests need Chromium under CI: {problem}")
        pytest.skip(problem)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page of ours in Chromium: console errors, page errors and every request that tried to leave."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.errors, self.requests = [], []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("() => window.agencygraph && window.agencygraph.stabilized", timeout=20000)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def node_point(self, node_id):
        """Viewport coordinates of a node's centre."""
        return self.js("""id => {
            const net = window.agencygraph.network;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const r = document.querySelector('#ag-network canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""", node_id)

    def canvas_pixels(self):
        from PIL import Image

        png = self.page.locator("#ag-network canvas").screenshot()
        return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int16)

    def close(self):
        self.page.close()


@pytest.fixture
def opened(browser):
    pages = []

    def open_(path):
        pages.append(Opened(browser, path))
        return pages[-1]

    yield open_
    for p in pages:
        p.close()


def assert_clean(page):
    assert page.errors == []
    assert page.requests == []


def test_units_view_in_chromium(store, opened, tmp_path):
    out = tmp_path / "units.html"
    write_html(store, out, "units")
    page = opened(out)
    inc = store.incidence()
    ties = sp.triu(projection(inc), k=1).nnz
    units = len(inc.units)
    assert units > 60 and ties > units
    assert page.js("() => [agencygraph.nodes.length, agencygraph.edges.length]") == [units, ties]
    assert_clean(page)
    # the layout settled within a few seconds and physics stopped; nodes can still be dragged
    assert page.js("() => agencygraph.stabilizeMs") < 5000
    assert page.js("() => agencygraph.network.physics.options.enabled") is False
    assert page.js("() => agencygraph.network.interactionHandler.options.dragNodes") is True
    pixels = page.canvas_pixels()
    assert pixels.std() > 10 and len(np.unique(pixels[..., 0].astype(np.int32) * 65536 + pixels[..., 1] * 256 + pixels[..., 2])) > 50
    assert page.page.inner_text("#ag-subtitle") == f"{units} units, {ties} ties"
    assert page.page.inner_text("#ag-title") == ("Who works with whom: unit co-ownership network — "
                                                 "武政〔2018〕50号、武政办〔2023〕84号")


def test_hovering_and_clicking_a_unit_shows_its_tooltip_and_tasks(store, opened, tmp_path):
    out = tmp_path / "units.html"
    write_html(store, out, "units")
    page = opened(out)
    x, y = page.node_point("Unit:市交通运输局")
    page.page.mouse.move(x, y)
    tooltip = page.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    text = tooltip.inner_text()
    # README: 市交通运输局 leads 7 and assists 5 tasks; it was written 市交通运输委 in 2018
    assert text.startswith("市交通运输局")
    assert "leads\t7 tasks" in text and "assists\t5 tasks" in text and "市交通运输委" in text
    assert "top partners" in text
    page.page.mouse.click(x, y)
    detail = page.page.inner_text("#ag-detail")
    assert "tasks (12)" in detail and "lead 2018 #1.1" in detail
    assert_clean(page)


def test_tasks_view_draws_leads_solid_and_assists_dashed(store, opened, tmp_path):
    out = tmp_path / "tasks.html"
    write_html(store, out, "tasks")
    page = opened(out)
    inc = store.incidence()
    assert (inc.lead.nnz, inc.assist.nnz, len(inc.tasks)) == (148, 291, 110)
    counts = page.js("""() => {
        const es = agencygraph.edges.get();
        return [agencygraph.nodes.get().filter(n => n.node_type === 'Task').length,
                agencygraph.nodes.get().filter(n => n.node_type !== 'Task').length,
                es.filter(e => e.rel === 'LEADS' && !e.dashes && e.arrows.to.enabled).length,
                es.filter(e => e.rel === 'ASSISTS' && Array.isArray(e.dashes) && e.arrows.to.enabled).length];
    }""")
    assert counts == [110, len(inc.units), 148, 291]
    label = page.js("() => agencygraph.nodes.get('Task:武政办〔2023〕84号#43.2').label")
    assert label == "43.2"
    assert_clean(page)
    x, y = page.node_point("Task:武政办〔2023〕84号#43.2")
    page.page.mouse.move(x, y)
    tooltip = page.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    text = tooltip.inner_text()
    assert "持续推进“五减五通”" in text and "deadline\t2023年12月 (2023-12)" in text and "市政务服务大数据局" in text


def test_ego_network_of_a_unit_in_the_tasks_view(store):
    view = build_view(store, "tasks", Filters(unit="市交通运输委"))  # the pre-2019 name resolves
    mine = store.tasks(unit="市交通运输局")
    partners = {u for row in mine for u in row["leads"] + row["assists"]}
    tasks = [n for n in view.nodes if n["node_type"] == "Task"]
    assert len(tasks) == len(mine) == 12
    assert {n["label"] for n in view.nodes if n["node_type"] != "Task"} == partners
    assert view.subtitle.startswith("within 1 step of 市交通运输局 · ")


def test_domains_view_weights_edges_by_tasks_led_and_assisted(store, opened, tmp_path):
    out = tmp_path / "domains.html"
    write_html(store, out, "domains", color="kind")
    page = opened(out)
    keys, counts = domain_counts(store.incidence())
    assert len(keys) == 14
    units = len(store.incidence().units)
    assert page.js("() => [agencygraph.nodes.length, agencygraph.edges.length]") == [units + 14, counts.nnz]
    edge = page.js("""() => agencygraph.edges.get().find(e => e.from === 'Unit:市交通运输局'
                        && e.to === 'Domain:武政办〔2023〕84号#D5')""")
    # 2023 rows 52-56 (推动物流运输服务扩大开放) are led by 市交通运输局; it assists none there
    assert (edge["leads"], edge["assists"], edge["value"]) == (5, 0, 5)
    assert_clean(page)


def test_search_finds_a_unit_by_an_old_name(store, opened, tmp_path):
    out = tmp_path / "units.html"
    write_html(store, out, "units")
    page = opened(out)
    page.page.fill("#ag-search", "市交通运输委")
    page.page.press("#ag-search", "Enter")
    assert page.js("() => agencygraph.found") == "Unit:市交通运输局"
    assert page.js("() => agencygraph.network.getSelectedNodes()") == ["Unit:市交通运输局"]
    page.page.fill("#ag-search", "东湖高新区")
    page.page.press("#ag-search", "Enter")
    assert page.js("() => agencygraph.found") == "Unit:东湖高新区管委会"
    assert_clean(page)


def test_document_text_is_escaped_and_never_runs(opened, tmp_path):
    text = PLAN_2018.read_text(encoding="utf-8").replace("1.提升国际通达能力。", f"1.提升国际通达能力{EVIL}。", 1)
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    from loaders import load

    s = NetworkxStore()
    s.write([load(plan)])
    out = tmp_path / "tasks.html"
    write_html(s, out, "tasks")
    raw = out.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in raw and "<img src=x" not in raw
    page = opened(out)
    assert page.js("() => window.__pwned === undefined") is True
    tid = "Task:武政〔2018〕50号#1.1"
    x, y = page.node_point(tid)
    page.page.mouse.click(x, y)
    assert EVIL in page.page.inner_text("#ag-detail")
    assert page.page.locator("#ag-detail script, #ag-detail img").count() == 0
    assert page.js("() => window.__pwned === undefined") is True
    assert_clean(page)


def test_the_page_is_self_contained_utf8(store, tmp_path):
    out = tmp_path / "units.html"
    write_html(store, out, "units", Filters(doc="2023"))
    raw = out.read_bytes().decode("utf-8")
    assert "default-src 'none'" in raw and '<meta charset="utf-8">' in raw
    vendored = [(VENDOR / name).read_text(encoding="utf-8") for name in ("vis-network.min.js", "vis-network.min.css")]
    assert all(v in raw for v in vendored) and all("@license" in v for v in vendored)
    ours = raw
    for v in vendored:
        ours = ours.replace(v, "")
    assert "http:" not in ours and "https:" not in ours and "//cdn" not in ours and " src=" not in ours and "<link" not in ours and "import(" not in ours
    # the vendored code names URLs only in comments and string constants; its CSS loads nothing remote
    assert "url(http" not in vendored[1] and "url(//" not in vendored[1]


def test_filters_match_the_projection(store):
    inc = store.incidence(doc="2023")
    ties = projection(inc).tocsr()
    ties.data[ties.data < 3] = 0
    ties.eliminate_zeros()
    tied = np.diff(ties.indptr) > 0
    view = build_view(store, "units", Filters(doc="2023", min_shared=3))
    assert len(view.nodes) == int(tied.sum())
    assert len(view.edges) == sp.triu(ties, k=1).nnz
    assert all(e["shared"] >= 3 for e in view.edges)
    top = build_view(store, "units", Filters(doc="2023", min_shared=3, top=10))
    assert len(top.nodes) == 10
    assert top.subtitle.startswith("ties of at least 3 shared tasks, top 10 units by load · 10 units, ")


def test_filters_that_leave_nothing_give_an_empty_view(store):
    view = build_view(store, "units", Filters(min_shared=1000))
    assert (view.nodes, view.edges, view.subtitle) == ([], [], "ties of at least 1000 shared tasks · 0 units, 0 ties")


def test_too_large_a_view_is_refused_with_a_suggestion(store, tmp_path):
    units = len(store.incidence().units)
    with pytest.raises(ViewTooLarge, match=f"the tasks view has {units + 110} nodes, over the limit of 100"):
        build_view(store, "tasks", max_nodes=100)
    runner = CliRunner()
    db = tmp_path / "store.json"
    assert runner.invoke(cli, ["--store", str(db), "load", str(EXAMPLES)]).exit_code == 0
    result = runner.invoke(cli, ["--store", str(db), "html", str(tmp_path / "x.html"), "--max-nodes", "50"])
    assert result.exit_code == 1
    assert result.output == (f"Error: the units view has {units} nodes, over the limit of 50 a browser draws comfortably; "
                             "narrow it with --doc, --domain, --unit NAME --radius 1, --min-shared 2 or --top 200, "
                             "or raise --max-nodes\n")
    assert not (tmp_path / "x.html").exists()
    ok = runner.invoke(cli, ["--store", str(db), "html", str(tmp_path / "y.html"), "--view", "domains", "--doc", "2018"])
    assert ok.exit_code == 0
    assert ok.output.startswith(f"{tmp_path / 'y.html'}: Units and the domains they work in — 武政〔2018〕50号; ")


def test_unknown_unit_is_a_one_line_error_with_a_suggestion(store):
    from graph.errors import NotFound

    with pytest.raises(NotFound, match="did you mean 市商务局"):
        build_view(store, "units", Filters(unit="市商务委"))


def test_network_for_jupyter_is_a_pyvis_network(store):
    from pyvis.network import Network

    net = network(store, "units", Filters(doc="2018"))
    assert isinstance(net, Network)
    assert len(net.nodes) == len(store.incidence(doc="2018").units)
    assert net.heading.startswith("Who works with whom")
