"""Load policy documents into records: one entry point that sniffs each document's genre(s).

Examples
--------
>>> result = load("examples/wuhan-2018-internationalisation-plan.txt")
>>> result.document.key, result.counts()["tasks"]
('武政〔2018〕50号', 18)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import AgencyGraphError, UnreadableInput
from graph.model import Document, LoadResult

from . import bodies, indicator_table, inline_clauses, labelled_lines, responsibility_table, roster, verb_clauses
from .collect import Collector
from .containers import CONTAINER_SUFFIXES
from .metadata import read_metadata
from .progress import DETECT_SHARE, READ_SHARE, Progress
from .source import Source, read_source, source_from_text
from .traditional import simplify
from .units import UnitResolver

__all__ = ["GENRES", "TRADITIONAL", "load", "load_documents", "find_documents", "detect_genres", "LoadBatch", "UnitResolver"]

#: Genre parsers by name, in the order they run. Each has detect(text) -> hits and parse(source, collector).
GENRES = {
    inline_clauses.GENRE: inline_clauses,
    verb_clauses.GENRE: verb_clauses,
    labelled_lines.GENRE: labelled_lines,
    responsibility_table.GENRE: responsibility_table,
}
#: Marker added to a document's genres when it was written in traditional characters (converted for reading).
TRADITIONAL = "traditional"
#: Parts any document may carry, run after the genre parsers (they link to the domains those create).
ATTACHMENTS = (roster, bodies, indicator_table)

#: Suffixes a folder is searched for; images (scans, OCR'd) are read when named, not picked up from folders.
DOCUMENT_SUFFIXES = (".txt", ".text", ".md", *(s for s, kind in CONTAINER_SUFFIXES.items() if kind != "image"))
_CLAUSE_LIKE = re.compile(r"(牵头单位|协办单位|配合单位|责任单位|参与单位|牵头部门|责任部门|配合部门|主办单位|主责单位|"
                          r"协同责任单位|牵头责任单位)\s*[:：]")


def detect_genres(text: str) -> list[str]:
    """The genres present in a document's text, most evidence first."""
    hits = {name: module.detect(text) for name, module in GENRES.items()}
    return [name for name, n in sorted(hits.items(), key=lambda kv: -kv[1]) if n > 0]


def load(path: str | Path, resolver: UnitResolver | None = None, genre: str | None = None,
         text: str | None = None, progress=None) -> LoadResult:
    """Load one document into a complete LoadResult: from the file at ``path``, or from ``text`` named ``path``.

    ``genre`` forces a genre instead of sniffing. ``progress``, if given, is called as ``progress(done,
    total)`` about once per percent of the work (``total``: the file's size in bytes, or the length of
    ``text``), ending with ``done == total`` (``loaders/progress.py``). Raises UnreadableInput for a file
    that cannot be read at all, or that holds no division of labour.
    """
    resolver = resolver or UnitResolver.default()
    tracker = None
    if progress is not None:
        tracker = Progress(progress, len(text) if text is not None else _size(path))
    reading = (lambda done, total: tracker.reading(done / total)) if tracker else None
    source = read_source(path, reading) if text is None else source_from_text(text, str(path))
    return _load_source(source, resolver, genre, tracker)


def _size(path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 1  # read_source names the problem


def _load_source(source: Source, resolver: UnitResolver, genre: str | None,
                 tracker: Progress | None = None) -> LoadResult:
    if genre is not None and genre not in GENRES:
        raise AgencyGraphError(f"unknown genre {genre!r}; one of: {', '.join(GENRES)}")
    if tracker:
        share = READ_SHARE.get(source.container, 0.05)
        tracker.read(share)
        tracker.plan(["detect"], until=share + (1 - share) * DETECT_SHARE)
    source = simplify(source)
    genres = [genre] if genre else detect_genres(source.text)
    if tracker:
        tracker.done("detect")
        tracker.plan(["metadata", *(f"parse {g}" for g in genres), *(m.__name__ for m in ATTACHMENTS), "sweep"])
    if not genres:
        raise UnreadableInput(source.path, None, "no division of labour found (no 牵头单位 clause or responsibility "
                                                 "table); is this a policy document?")
    meta = read_metadata(source)
    key = meta["number"] or meta["title"] or Path(source.path).name
    document = Document(key=key, number=meta["number"], title=meta["title"], issuer=meta["issuer"],
                        date=meta["date"], printed=meta["printed"], source=Path(source.path).name,
                        sha256=source.sha256, genres=list(genres))
    if tracker:
        tracker.done("metadata")
    collector = Collector(source, document, resolver)
    collector.forced_genre = genre
    if source.original is not None:
        document.genres.append(TRADITIONAL)
        collector.note(1, "traditional", "written in traditional characters: converted to simplified for matching "
                       "and resolution; clauses and spellings are kept as written")
    for line, kind, message, severity in source.notes:  # what the reader saw: OCR'd pages, unmapped glyphs
        collector.issue(line, kind, message, severity=severity)
    if meta["number"] is None:
        collector.issue(1, "metadata", f"no document number (文号) found; the document is keyed by {key!r}")
    for name in genres:
        if tracker:
            collector.on_progress = lambda fraction, stage=f"parse {name}": tracker.within(stage, fraction)
        GENRES[name].parse(source, collector)
        if tracker:
            tracker.done(f"parse {name}")
    collector.on_progress = None
    for module in ATTACHMENTS:
        module.parse(source, collector)
        if tracker:
            tracker.done(module.__name__)
    _sweep(source, collector)
    if tracker:
        tracker.finish()
    return collector.result()


def _sweep(source: Source, collector: Collector) -> None:
    """Report every clause-like line no parser read: nothing is dropped silently."""
    for lineno, line in enumerate(source.lines, 1):
        if lineno not in collector.claimed_lines and _CLAUSE_LIKE.search(line):
            collector.issue(lineno, "unparsed_clause", "responsibility clause no parser could place", line.strip())


def find_documents(paths) -> list[Path]:
    """Expand files and folders (recursively) into the document files to load, sorted; folders keep text files."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                                and not p.name.startswith(".")))
        else:
            found.append(path)
    return found


@dataclass
class LoadBatch:
    """The results of loading several files, and the files that could not be loaded at all."""

    results: list[LoadResult] = field(default_factory=list)
    failures: list[AgencyGraphError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures and bool(self.results)


def load_documents(paths, resolver: UnitResolver | None = None, genre: str | None = None,
                   progress=None, file_progress=None) -> LoadBatch:
    """Load every document under ``paths``; a file that cannot be read is recorded, not raised.

    ``progress(path)`` is called after each file; ``file_progress(path, done, total)`` within each file
    (see ``load``). Raises UnreadableInput when ``paths`` name no document at all (e.g. an empty folder).
    """
    resolver = resolver or UnitResolver.default()
    files = find_documents(paths)
    if not files:
        names = ", ".join(map(str, paths)) or "(nothing)"
        raise UnreadableInput(names, None, f"no documents found (looked for {', '.join(DOCUMENT_SUFFIXES)} files)")
    batch = LoadBatch()
    for path in files:
        try:
            within = (lambda done, total, path=path: file_progress(path, done, total)) if file_progress else None
            batch.results.append(load(path, resolver, genre, progress=within))
        except UnreadableInput as exc:
            batch.failures.append(exc)
        if progress:
            progress(path)
    keys: dict[str, str] = {}
    for result in batch.results:
        other = keys.setdefault(result.document.key, result.document.source)
        if other != result.document.source:
            batch.failures.append(UnreadableInput(result.document.source, None,
                                                  f"has the same document number {result.document.key} as {other}"))
    return batch
