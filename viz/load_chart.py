"""Static charts of coordination load (matplotlib, PNG or SVG) with Chinese labels in an installed CJK font.

- ``load``: the top units by tasks led and assisted (stacked bars);
- ``domains``: unit × domain heatmap of tasks (led or assisted) for the top units;
- ``coownership``: co-ownership matrix of the top units (shared tasks);
- ``deadlines``: tasks due per deadline year (or quarter), stacked by the units carrying them.

Every chart is exactly ``width`` × ``height`` pixels (PNG; SVG at 100 px per inch); text in an SVG is drawn
as paths, so it shows on machines without the font.

Examples
--------
>>> _period("2023-12", "quarter"), _period("2024", "quarter"), _period(None, "year")  # as workload --by
('2023-Q4', '2024-Q4', 'no deadline')
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from agencygraph.graph.errors import AgencyGraphError, WriteRefused
from agencygraph.graph.workload import NO_DEADLINE
from agencygraph.graph.workload import period_of as _period

from . import CHARTS

__all__ = ["chart", "CHARTS", "DEFAULT_SIZES"]

#: Pixel size of each chart unless told otherwise.
DEFAULT_SIZES = {"load": (1200, 800), "domains": (1400, 900), "coownership": (1100, 1000), "deadlines": (1200, 750)}
LEAD_COLOR, ASSIST_COLOR = "#1f4e79", "#9dc3e6"
DPI = 100


def _docs(inc) -> str:
    seen = []
    for t in inc.tasks:
        if t["doc"] not in seen:
            seen.append(t["doc"])
    return "、".join(seen) or "no document"


def _top_units(inc, top: int) -> list[int]:
    """Rows of the ``top`` units by weighted load (2 × leads + assists), ties by name."""
    from agencygraph.graph.workload import workload

    df = workload(inc).head(top)
    return [inc.index[u] for u in df["unit"]]


def _load(fig, inc, top, **_):
    rows = _top_units(inc, top)
    leads = np.asarray(inc.lead.sum(axis=1)).ravel()[rows]
    assists = np.asarray(inc.assist.sum(axis=1)).ravel()[rows]
    names = [inc.units[i] for i in rows]
    ax = fig.add_subplot()
    y = np.arange(len(rows))[::-1]
    ax.barh(y, leads, color=LEAD_COLOR, label="leads (牵头)")
    ax.barh(y, assists, left=leads, color=ASSIST_COLOR, label="assists (协办/配合)")
    for yy, lc, ac in zip(y, leads, assists):
        ax.text(lc + ac + 0.3, yy, f"{int(lc)} + {int(ac)}", va="center", fontsize=9, color="#333")
    ax.set_yticks(y, names)
    ax.set_xlabel("tasks")
    ax.set_xlim(0, max((leads + assists).max(initial=0) * 1.12, 1))
    ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    data = pd.DataFrame({"unit": names, "leads": leads.astype(int), "assists": assists.astype(int)})
    return f"Top {len(rows)} units by coordination load (bars sorted by 2 × leads + assists)", data


def _domain_columns(inc):
    from agencygraph.graph.communities import domain_counts

    keys, counts = domain_counts(inc)
    labels = []
    for k in keys:
        doc, _sep, num = k.rpartition("#D")
        year = doc[doc.find("〔") + 1:doc.find("〔") + 5] if "〔" in doc else doc
        labels.append(f"{year}-{num} {inc.domain_titles.get(k) or k}")
    return labels, counts.toarray()


def _heatmap(fig, ax, matrix, rows, cols, cmap, label, mask=None):
    data = np.ma.masked_array(matrix, mask=mask) if mask is not None else matrix
    im = ax.imshow(data, cmap=cmap, aspect="auto", vmin=0)
    ax.set_xticks(range(len(cols)), cols, rotation=40, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(rows)), rows)
    peak = matrix.max(initial=0) or 1
    for (r, c), v in np.ndenumerate(matrix):
        if v and (mask is None or not mask[r, c]):
            ax.text(c, r, f"{v:g}", ha="center", va="center", fontsize=8,
                    color="white" if v > 0.55 * peak else "#222")
    fig.colorbar(im, ax=ax, fraction=0.03, pad=0.02, label=label)


def _domains(fig, inc, top, **_):
    labels, counts = _domain_columns(inc)
    rows = _top_units(inc, top)
    ax = fig.add_subplot()
    matrix = counts[rows].astype(int)
    names = [inc.units[i] for i in rows]
    _heatmap(fig, ax, matrix, names, labels, "Blues", "tasks led or assisted")
    return f"Tasks per unit and domain, top {len(rows)} units by load", pd.DataFrame(matrix, names, labels)


def _coownership(fig, inc, top, **_):
    from agencygraph.graph.incidence import projection

    rows = _top_units(inc, top)
    shared = projection(inc, "count")[rows][:, rows].toarray().astype(int)
    names = [inc.units[i] for i in rows]
    ax = fig.add_subplot()
    _heatmap(fig, ax, shared, names, names, "Purples", "shared tasks", mask=np.eye(len(rows), dtype=bool))
    return f"Co-ownership: tasks shared by the top {len(rows)} units by load", pd.DataFrame(shared, names, names)


def _deadlines(fig, inc, top, period="year", **_):
    periods = [_period(t.get("deadline"), period) for t in inc.tasks]
    order = sorted(set(periods) - {NO_DEADLINE}) + ([NO_DEADLINE] if NO_DEADLINE in periods else [])
    onehot = np.zeros((len(inc.tasks), len(order)))
    for j, p in enumerate(periods):
        onehot[j, order.index(p)] = 1
    per_unit = np.asarray((inc.both @ onehot))
    shown = _top_units(inc, min(top, 10))
    ax = fig.add_subplot()
    x = np.arange(len(order))
    bottom = np.zeros(len(order))
    cmap = _tab20()
    for k, i in enumerate(shown):
        ax.bar(x, per_unit[i], bottom=bottom, color=cmap[k % len(cmap)], label=inc.units[i], width=0.7)
        bottom += per_unit[i]
    rest = per_unit.sum(axis=0) - bottom
    if rest.any():
        ax.bar(x, rest, bottom=bottom, color="#d9d9d9", label="other units", width=0.7)
    for xx, total in zip(x, per_unit.sum(axis=0)):
        ax.text(xx, total, f"{int(total)}", ha="center", va="bottom", fontsize=9)
    ax.set_xticks(x, order)
    ax.set_ylabel("unit-task assignments (lead or assist)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    tasks = {p: periods.count(p) for p in order}
    due = ", ".join(f"{p}: {n}" for p, n in tasks.items())
    data = pd.DataFrame(per_unit.astype(int), index=inc.units, columns=order)
    data.attrs["tasks"] = tasks
    return f"Load by deadline {period} (tasks due — {due})", data


def _tab20():
    from matplotlib import colormaps

    return [colormaps["tab20"](k) for k in range(0, 20, 2)] + [colormaps["tab20"](k) for k in range(1, 20, 2)]


_DRAW = {"load": _load, "domains": _domains, "coownership": _coownership, "deadlines": _deadlines}


def chart(store, kind: str, out, doc: str | None = None, domain: str | None = None, top: int = 20,
          expand_groups: bool = False, width: int | None = None, height: int | None = None,
          period: str = "year") -> dict:
    """Draw one chart of the store inside the filters to ``out`` (``.png`` or ``.svg``).

    Returns ``{"path", "kind", "width", "height", "font", "title", "data"}``; ``data`` is the DataFrame drawn
    (``load``: unit, leads, assists; ``domains`` and ``coownership``: the matrix; ``deadlines``: unit × period,
    with ``attrs["tasks"]`` the tasks due per period). Raises FontMissing (naming the package
    to install) when no font draws Chinese, NotFound for filters matching nothing.
    """
    if kind not in CHARTS:
        raise AgencyGraphError(f"unknown chart {kind!r}; one of {', '.join(CHARTS)}")
    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise AgencyGraphError(f"{out}: a chart is written as .png or .svg, not {out.suffix or 'no suffix'}")
    if period not in ("year", "quarter"):
        raise AgencyGraphError(f"period is 'year' or 'quarter', not {period!r}")
    inc = store.incidence(doc=doc, domain=domain, expand_groups=expand_groups)
    if not inc.units:
        raise AgencyGraphError("no unit leads or assists a task inside the filters; nothing to chart")
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    from .fonts import cjk_font

    family = cjk_font()
    w, h = width or DEFAULT_SIZES[kind][0], height or DEFAULT_SIZES[kind][1]
    style = {"font.family": [family, "DejaVu Sans"], "font.size": 10, "axes.unicode_minus": False,
             "svg.fonttype": "path"}
    with rc_context(style):
        fig = Figure(figsize=(w / DPI, h / DPI), dpi=DPI, layout="constrained")
        title, data = _DRAW[kind](fig, inc, top, period=period)
        fig.suptitle(f"{title}\n{_docs(inc)}", fontsize=12)
        try:
            fig.savefig(out, format=fmt, dpi=DPI)
        except OSError as exc:
            raise WriteRefused(f"{out}: cannot write the chart ({exc.strerror})") from None
    return {"path": str(out), "kind": kind, "width": w, "height": h, "font": family, "title": title, "data": data}
