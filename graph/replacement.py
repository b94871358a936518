"""Refuse to let a much smaller copy of a document replace the one stored (a truncated download, a cut paste).

Examples
--------
>>> from agencygraph.graph.nx_store import NetworkxStore
>>> from agencygraph.loaders import load
>>> store = NetworkxStore(None)
>>> store.write([load("examples/wuhan-2018-internationalisation-plan.txt")])  # doctest: +ELLIPSIS
[...]
>>> text = open("examples/wuhan-2018-internationalisation-plan.txt", encoding="utf-8").read()[:3353]
>>> [str(e).split(": ", 1)[1][:60] for e in shrinking(store, [load("cut.txt", text=text)])]
['would replace 武政〔2018〕50号 (18 tasks) with 14 tasks: 22% fewe']
"""

from __future__ import annotations

from .errors import UnreadableInput

__all__ = ["shrinking", "SHRINK"]

#: The share of a stored document's tasks a new copy may lose before it is refused without ``--replace``.
SHRINK = 0.2


def shrinking(store, results, share: float = SHRINK) -> list[UnreadableInput]:
    """One error per result that would replace a stored document with ``share`` or more fewer tasks."""
    stored = {row["doc"]: row for row in store.documents()}
    errors = []
    for result in results:
        old = stored.get(result.document.key)
        if old is None or not old.get("tasks"):
            continue
        new = sum(1 for t in result.tasks if not t.has_parts)
        if new < (1 - share) * old["tasks"]:
            loss = round(100 * (1 - new / old["tasks"]))
            errors.append(UnreadableInput(result.document.source, None,
                                          f"would replace {result.document.key} ({old['tasks']} tasks) with {new} "
                                          f"tasks: {loss}% fewer; a truncated copy? Pass --replace to store it anyway"))
    return errors
