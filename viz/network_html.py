"""Interactive HTML views: a pyvis Network of a view, and one self-contained, offline UTF-8 page of it.

pyvis builds the network (and is what Jupyter gets back); the page is written here, not by pyvis's template,
which pulls bootstrap from a CDN and writes without an encoding. vis-network 9.1.2 and its CSS are inlined
from ``viz/vendor/`` and a Content-Security-Policy forbids every request, so the page works offline.

Examples
--------
>>> _script_json({"text": "</script><b>&"})
'{"text": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from agencygraph.graph.errors import WriteRefused

from .network_views import DEFAULT_MAX_NODES, FONT_FACE, Filters, View, build_view

__all__ = ["network", "to_network", "page_html", "write_html", "notebook_html", "VENDOR"]

VENDOR = Path(__file__).resolve().parent / "vendor"
PAGE = Path(__file__).resolve().parent / "page.html"


def network(store, view: str = "units", filters: Filters | None = None, color: str = "community",
            max_nodes: int = DEFAULT_MAX_NODES, notebook: bool = False):
    """The pyvis ``Network`` of one view of the store, e.g. for Jupyter.

    In a notebook, ``notebook_html(net)`` shows it with this project's page (HTML tooltips, legend, search);
    ``net.show("x.html")`` uses pyvis's own template instead (plain-text tooltips, CDN links).
    """
    return to_network(build_view(store, view, filters, color, max_nodes), notebook=notebook)


def to_network(view: View, notebook: bool = False):
    """A pyvis ``Network`` holding a view's nodes, edges and options; title, subtitle and legend ride along."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, notebook=notebook, heading=view.title,
                  cdn_resources="in_line")
    for n in view.nodes:
        attrs = {k: v for k, v in n.items() if k not in ("id", "label", "shape", "color")}
        net.add_node(n["id"], label=n["label"], shape=n["shape"], color=n["color"], **attrs)
    for e in view.edges:
        net.add_edge(e["from"], e["to"], **{k: v for k, v in e.items() if k not in ("from", "to")})
    net.options = view.options  # a dict: pyvis's set_options() strips every space, even inside font names
    net.subtitle, net.legend, net.view = view.subtitle, view.legend, view.view
    return net


def _script_json(value) -> str:
    """JSON safe inside a <script> element: no "<", ">" or "&" that could end it or start markup."""
    text = json.dumps(value, ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


_SHAPES = {
    "dot": '<circle cx="9" cy="9" r="6" fill="{c}" stroke="#555" stroke-width="1"{d}/>',
    "diamond": '<polygon points="9,2 16,9 9,16 2,9" fill="{c}" stroke="#555" stroke-width="1"{d}/>',
    "box": '<rect x="2" y="4" width="14" height="10" rx="2" fill="{c}" stroke="#555" stroke-width="1"{d}/>',
}


def legend_html(legend: list[dict]) -> str:
    """The legend as list items with small SVG swatches; every text escaped."""
    items = []
    for entry in legend:
        color = html.escape(entry.get("color", "#888"), quote=True)
        if entry["type"] == "edge":
            dash = ' stroke-dasharray="4 3"' if entry.get("dashes") else ""
            swatch = f'<line x1="1" y1="9" x2="27" y2="9" stroke="{color}" stroke-width="2.5"{dash}/>'
            width = 28
        else:
            dash = ' stroke-dasharray="3 2"' if entry.get("dashes") else ""
            swatch = _SHAPES.get(entry.get("shape", "dot"), _SHAPES["dot"]).format(c=color, d=dash)
            width = 18
        items.append(f'<li><svg width="{width}" height="18" aria-hidden="true">{swatch}</svg>'
                     f'<span>{html.escape(entry["text"])}</span></li>')
    return "".join(items)


def page_html(net) -> str:
    """The whole page for a pyvis Network built by :func:`to_network`: one string, nothing remote in it."""
    nodes, edges, heading, _height, _width, options = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options)}
    parts = {
        "@@TITLE@@": html.escape(heading or "agencygraph"),
        "@@SUBTITLE@@": html.escape(getattr(net, "subtitle", "") or ""),
        "@@LEGEND@@": legend_html(getattr(net, "legend", []) or []),
        "@@FONT_FACE@@": FONT_FACE,
        "@@DATA@@": _script_json(data),
        "@@VIS_CSS@@": (VENDOR / "vis-network.min.css").read_text(encoding="utf-8").replace("</style", "<\\/style"),
        "@@VIS_JS@@": (VENDOR / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
    }
    # one pass: a value (document text included) is never scanned for markers again
    return re.sub(r"@@[A-Z_]+@@", lambda m: parts[m.group(0)], PAGE.read_text(encoding="utf-8"))


def write_html(store, path, view: str = "units", filters: Filters | None = None, color: str = "community",
               max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """Write one view of the store as a self-contained UTF-8 page at ``path``; return the view written."""
    built = build_view(store, view, filters, color, max_nodes)
    page = page_html(to_network(built))
    path = Path(path)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise WriteRefused(f"{path}: cannot write the page ({exc.strerror})") from None
    return built


def notebook_html(net, height: str = "720px"):
    """Show a Network from :func:`network` in Jupyter with this project's page (in an iframe)."""
    from IPython.display import HTML

    return HTML(f'<iframe srcdoc="{html.escape(page_html(net), quote=True)}" '
                f'style="width:100%;height:{html.escape(height)};border:0"></iframe>')
