"""Load policy documents into records: one entry point that sniffs each document's genre(s).

Examples
--------
>>> result = load("examples/wuhan-2018-internationalisation-plan.txt")
>>> result.document.key, result.counts()["tasks"]
('武政〔2018〕50号', 18)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from agencygraph.graph.errors import AgencyGraphError, UnreadableInput
from agencygraph.graph.model import Document, LoadResult

from . import bodies, indicator_table, items, prose_duties, roster, tables, task_references
from .assign import Conventions
from .clauses import (carry_forward_units, comma_leads_statement, each_part_statement, first_listed_statement,
                      mark_legend, role_span)
from .collect import Collector
from .containers import CONTAINER_SUFFIXES
from .encoding import (close_letter_spacing, close_spaced_punctuation, drop_answer_marks, drop_markdown,
                       drop_pinyin_annotations, mend_ascii_stops, mend_lookalike_colons, mend_lost_characters)
from .page_chrome import drop_jammer, drop_page_chrome, drop_page_numbers, join_page_chunks
from .radicals import unify_radicals
from .metadata import read_metadata
from .jurisdiction import Jurisdiction, from_override, infer
from .progress import DETECT_SHARE, READ_SHARE, Progress
from .source import Source, read_source, source_from_text
from .traditional import simplify
from .units import UnitResolver
from .vocabulary import Vocabulary

__all__ = ["GENRES", "TRADITIONAL", "load", "load_documents", "find_documents", "LoadBatch", "UnitResolver",
           "Vocabulary"]

#: The kinds of division of labour a document can show; ``--genre`` reads only items or only tables.
GENRES = ("inline_clauses", "verb_clauses", "labelled_lines", "responsibility_table")
#: Marker added to a document's genres when it was written in traditional characters (converted for reading).
TRADITIONAL = "traditional"
#: Parts any document may carry, run after the tasks are read (they link to the domains those create).
ATTACHMENTS = (roster, bodies, indicator_table)

#: Suffixes a folder is searched for; images (scans, OCR'd) are read when named, not picked up from folders.
DOCUMENT_SUFFIXES = (".txt", ".text", ".md", *(s for s, kind in CONTAINER_SUFFIXES.items() if kind != "image"))


def load(path: str | Path, resolver: UnitResolver | None = None, genre: str | None = None,
         text: str | None = None, progress=None, vocab: Vocabulary | None = None,
         jurisdiction: str | None = None) -> LoadResult:
    """Load one document into a complete LoadResult: from the file at ``path``, or from ``text`` named ``path``.

    The pipeline: read (a file's format -> lines, tables as tab-separated rows) -> structure and roles (tables,
    numbered items, the clauses in and after them, read by the role vocabulary) -> units (recognised, then
    resolved by the alias files) -> records. ``genre`` reads only items (any clause genre) or only tables.
    ``progress``, if given, is called as ``progress(done, total)`` about once per percent of the work.
    ``jurisdiction`` (else the resolver's ``jurisdiction``) is the document's place, else inferred from it.
    Raises UnreadableInput for a file that cannot be read at all, or that holds no division of labour.
    """
    resolver = resolver or UnitResolver.default()
    if jurisdiction is not None:
        resolver = replace(resolver, jurisdiction=jurisdiction)
    vocab = vocab or Vocabulary.default()
    tracker = None
    if progress is not None:
        tracker = Progress(progress, len(text) if text is not None else _size(path))
    reading = (lambda done, total: tracker.reading(done / total)) if tracker else None
    source = read_source(path, reading) if text is None else source_from_text(text, str(path))
    return _load_source(source, resolver, vocab, genre, tracker)


def _size(path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 1  # read_source names the problem


def _conventions(source: Source, vocab: Vocabulary) -> Conventions:
    """Statements that hold for the rest of the document: first-listed-leads, units carried forward."""
    conventions = Conventions()
    tail, before = "", ""
    for lineno, line in enumerate(source.lines, 1):
        joined, tail = tail + line, line[-30:]  # a statement a page broke over two lines: "…等负责,列" / "第一位的为…"
        if conventions.first_listed_from is None and first_listed_statement(joined, vocab):  # (its wordings: roles.yaml)
            conventions.first_listed_from = lineno
        if conventions.each_part_from is None and each_part_statement(joined, vocab):
            conventions.each_part_from = lineno
        if conventions.comma_leads_from is None and comma_leads_statement(joined, vocab):
            conventions.comma_leads_from = lineno
        if any(mark in line for mark in vocab.legend_mark_set) and (mark := mark_legend(line, vocab)):
            conventions.legend.add(mark)
        # a carry-forward statement may run over three lines of a page ("除特别注明的外,各县(市、区" / ")政府和…")
        window = before + line
        if (carried := carry_forward_units(line, vocab) or (
                before and any(word in line for word in _CARRY_WORDS) and
                carry_forward_units(window, vocab, ends_after=len(before)))):
            conventions.carried.append((lineno, *carried))
        before = (before + line)[-160:] if line.strip() else ""
    for name in ("first_listed_from", "comma_leads_from", "each_part_from"):
        stated = getattr(conventions, name)
        if stated is not None and stated > 1 and not any(vocab.label_re.search(line)
                                                         for line in source.lines[stated:]):
            setattr(conventions, name, 1)  # stated in the closing words, after every clause: "各项举措中排序第一的责任
            # 单位为该项牵头单位" (南京 稳经济 33条, after the items): it holds for the clauses above it
    return conventions


# words every built-in carry-forward statement ends with (on its last line: "都是配合单位", "不再列出")
_CARRY_WORDS = ("不再", "不一一", "再列", "列出", "分工", "配合", "协办", "参与", "协助", "协同")


def _line_ranges(numbers: list[int]) -> str:
    """[3, 4, 5, 9] → "3-5, 9"."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(f"{a}-{b}" if b > a else f"{a}" for a, b in spans)


#: The read text's mends, in order: (step, its note's kind, what the note says of how many it mended).
_TEXT_MENDS = (
    (unify_radicals, "radicals", "{} CJK radicals a PDF's fonts gave for ideographs (⼯ for 工, ⺠ for 民) read as the "
     "ideographs"),
    (mend_lost_characters, "lost_characters", "{} '?' marks where the page lost a character (a no-break space, "
     "mostly) read as spaces"),
    (drop_markdown, "markdown", "{} marks of a copy converted to markdown (\"**\", \"## \", images) taken out"),
    (mend_lookalike_colons, "lookalike_colons", "{} colon look-alikes (∶, ︰) read as ："),
    (drop_answer_marks, "answer_marks", "{} \"答:\" marks opening a Q&A page's answers taken out"),
    (mend_ascii_stops, "ascii_stops", "{} ASCII full stops between characters (\"工作.省卫生健康委\") read as 。"),
    (close_spaced_punctuation, "spaced_punctuation", "{} spaces a PDF's copy set before punctuation marks "
     "(\"人民政府 、行委\") taken out"),
)


def _load_source(source: Source, resolver: UnitResolver, vocab: Vocabulary, genre: str | None,
                 tracker: Progress | None = None) -> LoadResult:
    if genre is not None and genre not in GENRES:
        raise AgencyGraphError(f"unknown genre {genre!r}; one of: {', '.join(GENRES)}")
    if tracker:
        share = READ_SHARE.get(source.container, 0.05)
        tracker.read(share)
        tracker.plan(["detect"], until=share + (1 - share) * DETECT_SHARE)
    for step, kind, said in _TEXT_MENDS:
        mended, count = step(source.text)
        if count:
            source = replace(source, text=mended, notes=[*source.notes, (1, kind, said.format(count), "note")])
    closed, spaced = close_letter_spacing(source.text)
    if spaced:
        source = replace(source, text=closed, notes=[*source.notes, (
            spaced[0], "letter_spacing", f"a space set between every character (a PDF's letter spacing) taken out: "
            f"line{'s' if len(spaced) > 1 else ''} {_line_ranges(spaced)}", "note")])
    unglossed, readings = drop_pinyin_annotations(source.text)
    if readings:
        source = replace(source, text=unglossed, notes=[*source.notes, (
            1, "pinyin_dropped", f"{readings} pinyin readings printed after characters (\"落實(shí)\") dropped", "note")])
    coloned, mistyped = vocab.mend_label_colons(source.text)
    if mistyped:
        source = replace(source, text=coloned, notes=[*source.notes, (
            mistyped[0], "label_colon", f"a semicolon typed for a label's colon (\"(责任单位;…\") read as the colon: "
            f"line{'s' if len(mistyped) > 1 else ''} {_line_ranges(sorted(set(mistyped)))}", "note")])
    unframed, furniture = drop_page_chrome(source.text)
    if furniture:
        source = replace(source, text=unframed, notes=[*source.notes, (
            furniture[0], "page_chrome", f"web page furniture (print/close buttons, the site's footer) left out: "
            f"line{'s' if len(furniture) > 1 else ''} {_line_ranges(furniture)}", "note")])
    unnumbered, numbered = drop_page_numbers(source.text)
    if numbered:
        source = replace(source, text=unnumbered, notes=[*source.notes, (
            numbered[0], "page_numbers", f"a copy's page numbers (\"第2页共4页\") left out of the text: "
            f"line{'s' if len(numbered) > 1 else ''} {_line_ranges(numbered)}", "note")])
    unjammed, jammed = drop_jammer(source.text)
    if jammed:
        source = replace(source, text=unjammed, notes=[*source.notes, (
            jammed[0], "jammer", "a forum's copy-protection strings (\"X) I) n/ L&\") or a mirror's marks (\"@@\") "
            f"left out: line{'s' if len(jammed) > 1 else ''} {_line_ranges(jammed)}", "note")])
    joined, chunks = join_page_chunks(source.text)
    if chunks:
        source = replace(source, text=joined, notes=[*source.notes, (
            chunks[0], "page_chunks", f"a document-sharing site's page numbers (\"1、\", \"2、\" …) left out and its "
            f"pages joined: lines {_line_ranges(chunks)}", "note")])
    source = simplify(source)
    if tracker:
        tracker.done("detect")
        tracker.plan(["metadata", "tables", "items", *(m.__name__ for m in ATTACHMENTS), "sweep"])
    meta = read_metadata(source)
    key = meta["number"] or meta["title"] or Path(source.path).name
    document = Document(key=key, number=meta["number"], title=meta["title"], issuer=meta["issuer"],
                        date=meta["date"], printed=meta["printed"], source=Path(source.path).name,
                        sha256=source.sha256, genres=[])
    place = places_of(meta, source, resolver.jurisdiction)
    document.jurisdiction = place.key if place else None
    document.jurisdiction_from = place.how if place else None
    collector = Collector(source, document, resolver.at(place, key), vocab)
    conventions = _conventions(source, vocab)
    if tracker:
        tracker.done("metadata")
        collector.on_progress = lambda fraction: tracker.within("tables", fraction)
    kinds: dict[str, int] = {}
    seen: set[str] = set()
    if genre in (None, "responsibility_table"):
        rows = tables.parse(source.lines, 1, collector, conventions, seen)
        if rows:
            kinds["responsibility_table"] = rows
    if tracker:
        tracker.done("tables")
        collector.on_progress = lambda fraction: tracker.within("items", fraction)
    if genre != "responsibility_table":
        claimed = collector.claimed_lines
        rest = [(n, piece) for n, line in enumerate(source.lines, 1) if n not in claimed or n in collector.left_over
                for piece in collector.left_over.get(n, [line])]
        found = items.parse(rest, collector, conventions, seen)
        for name, count in found.items():
            kinds[name] = kinds.get(name, 0) + count
        claimed = collector.claimed_lines
        if cited := task_references.parse([(n, line) for n, line in rest if n not in claimed], collector,
                                          conventions, seen):
            kinds["task_references"] = cited
        if prose := prose_duties.parse(rest, collector, conventions, seen,
                                       collector.tasks_assigned(at_most=prose_duties.FEW)):
            kinds["prose_duties"] = prose  # (a notice dividing its work in prose: only when little else was read)
        else:
            prose_duties.report_unread(collector)  # (its sentences inside the tasks read, unread: reported)
    collector.on_progress = None
    if tracker:
        tracker.done("items")
    document.genres[:] = [name for name, n in sorted(kinds.items(), key=lambda kv: -kv[1]) if n]  # (not a kind whose
    # clauses all turned out a section's: items._sections_closed)
    result = collector.result()
    if not any(a.target_label == "Task" for a in result.assignments):
        warnings = [i for i in result.issues if i.severity == "warning"]
        first = next((i for i in warnings if i.kind.startswith("unparsed")), warnings[0] if warnings else None)
        if first is None:
            hit = next(((n, line) for n, line in enumerate(source.lines, 1) if vocab.label_re.search(line)), None)
            first = hit and type("Hit", (), {"line": hit[0], "text": hit[1].strip()})
        hint = f"; line {first.line} looks like a clause no rule could read: {first.text[:60]}" if first else ""
        raise UnreadableInput(source.path, first.line if first else None,
                              "no division of labour found (no task naming a lead or responsible unit: no "
                              f"牵头单位 clause, verb clause or responsibility table){hint}; is this a policy document?")
    if source.original is not None:
        document.genres.append(TRADITIONAL)
        collector.note(1, "traditional", "written in traditional characters: converted to simplified for matching "
                       "and resolution; clauses and spellings are kept as written")
    for line, kind, message, severity in source.notes:  # what the reader saw: OCR'd pages, unmapped glyphs
        collector.issue(line, kind, message, severity=severity)
    _place_note(collector, place)
    if meta["number"] is None:
        collector.issue(1, "metadata", f"no document number (文号) found; the document is keyed by {key!r}")
    if conventions.first_listed_from is not None:
        collector.note(conventions.first_listed_from, "first_listed_leads", "the document says the first unit "
                       "listed leads (where a clause names no lead)", source.line(conventions.first_listed_from))
    if conventions.comma_leads_from is not None:
        collector.note(conventions.comma_leads_from, "first_listed_leads", "the document says the units before a "
                       "list's comma lead (where a clause names no lead)", source.line(conventions.comma_leads_from))
    for line, units, role in conventions.carried:
        part = {"assist": "assist", "lead": "lead"}.get(role, "join the 责任单位 of")
        collector.note(line, "carried_forward", f"{units} {part} every later task (the document says so once)",
                       source.line(line))
    _truncation(source, collector)
    for module in ATTACHMENTS:
        module.parse(source, collector)
        if tracker:
            tracker.done(module.__name__)
    _sweep(source, collector)
    if tracker:
        tracker.finish()
    return result


def places_of(meta: dict, source: Source, override: str | None) -> Jurisdiction | None:
    """The document's jurisdiction: ``--jurisdiction``, else what its 文号, issuer, letterhead or title say."""
    return from_override(override) if override else infer(meta, source)


def _place_note(collector: Collector, place: Jurisdiction | None) -> None:
    """The load report says where the document's relative names point, and from what; a warning when nothing tells."""
    if place is None:
        collector.issue(1, "metadata", "no place found (no 文号 prefix, issuer, letterhead or title names one): "
                        "its relative names (市X, 区X) stay local to this document; --jurisdiction PLACE sets it")
    else:
        collector.note(1, "jurisdiction", f"jurisdiction {place.key} (from {place.how})")


def _truncation(source: Source, collector: Collector) -> None:
    """A document whose last line stops inside a bracket, after a comma, or mid-sentence in prose was cut short."""
    vocab = collector.vocab
    last = next((n for n in range(len(source.lines), 0, -1) if source.lines[n - 1].strip()), None)
    if last is None:
        return
    text = source.lines[last - 1].strip()
    opened = sum(text.count(c) for c in "(（〔【") > sum(text.count(c) for c in ")）〕】")
    prose = len(text) >= 20 and re.search(r"[,，;；]", text) and not vocab.label_re.search(text) and \
        "\t" not in text and "|" not in text and not re.search(r"(日|印发|等|[局委办府会])$", text)
    if opened or text[-1] in ",，、:：" or (prose and text[-1] not in "。;；!！?？)）〕】”\""):
        collector.issue(last, "truncated", "the document ends inside a sentence or a bracket: a truncated copy?",
                        text[-60:])


def _sweep(source: Source, collector: Collector) -> None:
    """Report every clause-like line no rule read: nothing is dropped silently."""
    vocab = collector.vocab
    for lineno, line in enumerate(source.lines, 1):
        if lineno in collector.claimed_lines:
            continue
        m = vocab.label_re.search(line)
        if m and vocab.label_role(m[1]) in ("lead", "assist", "responsible") and len(m[1]) >= 3:
            collector.issue(lineno, "unparsed_clause", "responsibility clause no rule could place", line.strip())
        elif vocab.mentions_role(line) and (span := role_span(line, vocab)) is not None:
            collector.issue(lineno, "unparsed_clause", f"role clause no rule could place: {span}", line.strip())


def find_documents(paths, failures: list | None = None) -> list[Path]:
    """Expand files and folders (recursively) into the document files to load, sorted; folders keep text files.

    A subfolder that cannot be listed is not skipped silently: an UnreadableInput naming it goes into
    ``failures`` (when given), as for a file that cannot be read; a pipe or device named like a document is
    kept, so that reading it names it.
    """
    import os

    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            def unreadable(exc: OSError) -> None:
                if failures is not None:
                    failures.append(UnreadableInput(exc.filename or str(path), None,
                                                    f"folder cannot be read ({exc.strerror})"))

            inside = []
            for folder, subfolders, names in os.walk(path, onerror=unreadable):
                inside.extend(Path(folder, n) for n in names if not n.startswith(".")
                              and Path(n).suffix.lower() in DOCUMENT_SUFFIXES and not Path(folder, n).is_dir())
            found.extend(sorted(inside))
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
                   progress=None, file_progress=None, vocab: Vocabulary | None = None) -> LoadBatch:
    """Load every document under ``paths``; a file that cannot be read is recorded, not raised.

    ``progress(path)`` is called after each file; ``file_progress(path, done, total)`` within each file
    (see ``load``). Raises UnreadableInput when ``paths`` name no document at all (e.g. an empty folder).
    """
    resolver = resolver or UnitResolver.default()
    batch = LoadBatch()
    files = find_documents(paths, batch.failures)
    if not files and not batch.failures:
        names = ", ".join(map(str, paths)) or "(nothing)"
        raise UnreadableInput(names, None, f"no documents found (looked for {', '.join(DOCUMENT_SUFFIXES)} files)")
    for path in files:
        try:
            within = (lambda done, total, path=path: file_progress(path, done, total)) if file_progress else None
            batch.results.append(load(path, resolver, genre, progress=within, vocab=vocab))
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
