"""The load command's pipeline: each document is read, checked and written before the next one is read.

A batch is still stored all together or not at all (one transaction, see ``SqliteStore.batch``), but a load
holds one parsed document at a time (and a small summary of each one before it for the report), so its memory
does not grow with the batch. The report, the failures and their order are those of reading the whole
batch first (``loaders.load_documents``) and writing it after.

Examples
--------
>>> from agencygraph.graph.sqlite_store import SqliteStore
>>> store = SqliteStore(None)
>>> batch, outcomes = load_into(lambda: store, ["examples/wuhan-2018-internationalisation-plan.txt"])
>>> [(o.doc, o.status) for o in outcomes], batch.results[0].counts()["tasks"]
([('武政〔2018〕50号', 'added')], 18)
"""

from __future__ import annotations

from .errors import UnreadableInput

__all__ = ["load_into", "Summary"]


class Summary:
    """What the load report needs of a document once it is stored: the result itself is let go."""

    __slots__ = ("document", "issues", "_counts")

    def __init__(self, result):
        self.document, self.issues, self._counts = result.document, result.issues, result.counts()

    def counts(self) -> dict[str, int]:
        return self._counts


class _Collect:
    """A batch for a store that writes only whole lists of results (Neo4j): gathered, written at the end."""

    def __init__(self, store):
        self.store, self.results = store, []

    def write(self, result):
        self.results.append(result)

    def rollback(self):
        self.results = []

    def commit(self):
        return self.store.write(self.results) if self.results else []


def load_into(open_store, paths, resolver=None, genre=None, progress=None, file_progress=None, vocab=None,
              dry_run: bool = False, replace: bool = False, skip_bad: bool = False):
    """Read the documents under ``paths`` one at a time and write each to the store ``open_store()`` opens (only
    when there is something to write). Returns ``(batch, outcomes)`` as the load command reports them:
    ``outcomes`` is None when nothing was stored (a dry run, a failure without ``skip_bad``).

    A document that would replace a stored one with 20%+ fewer tasks is refused unless ``replace`` (see
    graph.replacement); without ``skip_bad``, any failure rolls the whole batch back.
    """
    from agencygraph.loaders import LoadBatch, find_documents, load_documents

    from .replacement import shrinking

    batch = LoadBatch()
    found: list = []
    files = find_documents(paths, found)
    if not files and not found:
        return load_documents(paths, resolver), None  # raises UnreadableInput naming the paths, as it always did
    unreadable, duplicates, refused = [], [], []
    keys: dict[str, str] = {}
    held: set[int] = set()  # positions in batch.results of the documents refused as truncated copies
    writer = None
    try:
        for path in files:
            within = (lambda done, total, path=path: file_progress(path, done, total)) if file_progress else None
            one = load_documents([path], resolver, genre, None, within, vocab=vocab)
            unreadable += one.failures
            for result in one.results:
                other = keys.setdefault(result.document.key, result.document.source)
                if other != result.document.source:
                    duplicates.append(UnreadableInput(result.document.source, None, "has the same document number "
                                                      f"{result.document.key} as {other}"))
                if not dry_run and (skip_bad or not (found or unreadable or duplicates)):
                    if writer is None:
                        store = open_store()
                        writer = store.batch() if hasattr(store, "batch") else _Collect(store)
                    refusal = [] if replace else shrinking(store, [result])
                    if refusal:
                        refused += refusal
                        held.add(len(batch.results))
                    else:
                        writer.write(result)
                batch.results.append(Summary(result))
            if progress:
                progress(path)
    except BaseException:
        if writer is not None:
            writer.rollback()
        raise
    read_failures = found + unreadable + duplicates
    if read_failures and not skip_bad:  # nothing is written: no document was checked against the store
        batch.failures = read_failures
        if writer is not None:
            writer.rollback()
        return batch, None
    batch.failures = read_failures + refused
    batch.results = [r for i, r in enumerate(batch.results) if i not in held]
    if writer is None:
        return batch, None
    if refused and not skip_bad:
        writer.rollback()
        return batch, None
    return batch, writer.commit() or None
