"""The load command's pipeline: each document is read, checked and written before the next one is read.

A batch is still stored all together or not at all (one transaction, see ``SqliteStore.batch``), but a load
holds one parsed document at a time (and a small summary of each one before it for the report), so its memory
does not grow with the batch. The report, the failures and their order are those of reading the whole
batch first (``loaders.load_documents``) and writing it after. A large batch is read by worker processes
(one per core) while this process writes, document by document in the files' order.

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


#: Processes reading documents while this one writes (``AGENCYGRAPH_LOAD_JOBS`` overrides; 1: read here).
MAX_JOBS = 4
#: A batch is read by several processes from this many bytes of files (below, starting them costs more).
PARALLEL_BYTES = 4_000_000


def _bytes(files) -> int:
    total = 0
    for path in files:
        try:
            total += path.stat().st_size if path.is_file() else 0
        except OSError:
            pass
    return total


def jobs(files: int, environ=None) -> int:
    """How many processes read documents: one per core, up to MAX_JOBS, no more than the files; 1 reads here.

    >>> jobs(1, {}), jobs(3, {"AGENCYGRAPH_LOAD_JOBS": "1"}), jobs(10, {"AGENCYGRAPH_LOAD_JOBS": "2"})
    (1, 1, 2)
    """
    import os

    environ = os.environ if environ is None else environ
    wanted = environ.get("AGENCYGRAPH_LOAD_JOBS", "").strip()
    n = int(wanted) if wanted.isdigit() and int(wanted) > 0 else min(os.cpu_count() or 1, MAX_JOBS)
    return max(1, min(n, files))


_WORKER: dict = {}


def _start_worker(resolver, genre, vocab) -> None:
    _WORKER.update(resolver=resolver, genre=genre, vocab=vocab)


def _read_in_worker(path):
    """One file read in a worker process: its results, and its failures as plain tuples (an UnreadableInput
    does not survive pickling: its constructor takes more than its message)."""
    from agencygraph.loaders import load_documents

    one = load_documents([path], _WORKER["resolver"], _WORKER["genre"], None, None, vocab=_WORKER["vocab"])
    return one.results, [(e.path, e.line, e.message, e.clause) for e in one.failures]


class _Readers:
    """Reads files in order: here (one job), or in worker processes (forked, so that they share the alias and
    role vocabularies) with at most two files per worker read ahead of the writer."""

    def __init__(self, resolver, genre, vocab, n_jobs: int):
        import multiprocessing

        self.args, self.pool = (resolver, genre, vocab), None
        if n_jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            self.pool = multiprocessing.get_context("fork").Pool(n_jobs, _start_worker, self.args)
            self.ahead = 2 * n_jobs

    def read(self, files, file_progress=None):
        from collections import deque

        from agencygraph.loaders import LoadBatch, load_documents

        resolver, genre, vocab = self.args
        if self.pool is None:
            for path in files:
                within = (lambda done, total, path=path: file_progress(path, done, total)) if file_progress else None
                yield load_documents([path], resolver, genre, None, within, vocab=vocab)
            return
        pending, queue = deque(), iter(files)
        for path in queue:
            pending.append(self.pool.apply_async(_read_in_worker, (path,)))
            if len(pending) >= self.ahead:
                break
        while pending:
            results, failures = pending.popleft().get()
            for path in queue:  # keep the workers busy while this document is written
                pending.append(self.pool.apply_async(_read_in_worker, (path,)))
                break
            yield LoadBatch(results, [UnreadableInput(*f) for f in failures])

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()


def load_into(open_store, paths, resolver=None, genre=None, progress=None, file_progress=None, vocab=None,
              dry_run: bool = False, replace: bool = False, skip_bad: bool = False, n_jobs: int | None = None):
    """Read the documents under ``paths`` one at a time and write each to the store ``open_store()`` opens (only
    when there is something to write). Returns ``(batch, outcomes)`` as the load command reports them:
    ``outcomes`` is None when nothing was stored (a dry run, a failure without ``skip_bad``).

    A document that would replace a stored one with 20%+ fewer tasks is refused unless ``replace`` (see
    graph.replacement); without ``skip_bad``, any failure rolls the whole batch back. ``n_jobs`` processes read
    the files (default: one per core, up to MAX_JOBS, for a batch of PARALLEL_BYTES or more; see ``jobs``) while
    this one writes, in the files' order.
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
    if n_jobs is None:
        n_jobs = jobs(len(files)) if not file_progress and _bytes(files) >= PARALLEL_BYTES else 1
    reader = _Readers(resolver, genre, vocab, n_jobs)
    try:
        for path, one in zip(files, reader.read(files, file_progress)):
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
    finally:
        reader.close()
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
