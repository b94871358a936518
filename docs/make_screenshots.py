"""Regenerate the README's pictures from the bundled corpus: python docs/make_screenshots.py

Writes docs/html-units.png, docs/html-tasks.png, docs/html-domains.png (each view opened in headless Chromium,
network blocked, after the layout settled) and docs/chart-*.png.
"""

import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def main():
    from agencygraph.graph.nx_store import NetworkxStore
    from agencygraph.loaders import load
    from agencygraph.viz import CHARTS
    from agencygraph.viz.load_chart import chart
    from agencygraph.viz.network_html import write_html

    store = NetworkxStore()
    store.write([load(p) for p in sorted((ROOT / "examples").glob("*.txt"))])
    for kind in CHARTS:
        chart(store, kind, DOCS / f"chart-{kind}.png")
        print(DOCS / f"chart-{kind}.png")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for view in ("units", "tasks", "domains"):
            page_file = Path(tmp) / f"{view}.html"
            write_html(store, page_file, view)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(page_file.as_uri())
            page.wait_for_function("() => window.agencygraph && window.agencygraph.stabilized", timeout=30000)
            page.wait_for_timeout(300)
            page.screenshot(path=str(DOCS / f"html-{view}.png"))
            print(DOCS / f"html-{view}.png")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
