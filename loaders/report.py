"""The load report: counts per document, and every item that was not parsed, not resolved, or repaired."""

from __future__ import annotations

from dataclasses import asdict

from . import LoadBatch

__all__ = ["report_rows", "format_report"]


def report_rows(batch: LoadBatch, outcomes=None) -> dict:
    """The report as plain data (for ``--format json``)."""
    status = {o.doc: o.status for o in outcomes or []}
    return {
        "documents": [{"doc": r.document.key, "source": r.document.source, "genres": r.document.genres,
                       "status": status.get(r.document.key, "not stored"), "jurisdiction": r.document.jurisdiction,
                       "jurisdiction_from": r.document.jurisdiction_from, **r.counts(),
                       "issues": [asdict(i) for i in r.issues]} for r in batch.results],
        "failures": [str(f) for f in batch.failures],
    }


#: Notes shown without --verbose: they change what an analysis counts.
ALWAYS_SHOWN = ("group_partial",)


def format_report(batch: LoadBatch, outcomes=None, verbose: bool = False) -> str:
    """Human-readable report: one line of counts per document, then its warnings (and notes if ``verbose``)."""
    status = {o.doc: o.status for o in outcomes or []}
    lines = []
    for r in batch.results:
        c = r.counts()
        state = status.get(r.document.key, "not stored")
        lines.append(
            f"{r.document.key} ({r.document.source}; {', '.join(r.document.genres)}): {state}; "
            f"{c['domains']} domains, {c['numbered_tasks']} numbered tasks ({c['tasks']} with sub-parts split), "
            f"{c['lead_edges']} lead edges, {c['assist_edges']} assist edges, {c['domain_lead_edges']} domain leads, "
            f"{c['units']} units, {c['groups']} groups, {c['people']} people, {c['bodies']} bodies, "
            f"{c['indicators']} indicators; " + (f"place {r.document.jurisdiction} (from {r.document.jurisdiction_from})"
                                                 if r.document.jurisdiction else "place unknown"))
        shown = [i for i in r.issues if verbose or i.severity == "warning" or i.kind in ALWAYS_SHOWN]
        for issue in shown:
            lines.append(f"  {issue.severity}: {issue}")
        hidden = len(r.issues) - len(shown)
        lines.append(f"  {c['warnings']} warnings, {c['notes']} notes" +
                     (f" ({hidden} notes not shown: --verbose lists them)" if hidden else ""))
    for failure in batch.failures:
        lines.append(f"error: {failure}")
    return "\n".join(lines)
