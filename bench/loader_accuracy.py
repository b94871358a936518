"""Score the loaders on every labelled real document: tasks found, lead and assist precision and recall.

Each document with a ``<stem>.expected.yaml`` beside it (several containers of one text share the stem) under
``tests/fixtures/genres/<genre>/`` and ``tests/fixtures/corpus/<batch>/`` is loaded, and its (task, role,
unit) triples are compared with the hand-read ones, names on both sides resolved by the same alias files.
An expected task is matched to a loaded task by number, or else by its ``text:`` (the first characters of
the task as printed), so a numbering convention does not count as an extraction error. Prints the misses,
a table per document, figures per group (genre or batch) and per pattern, and as its last line one line of
JSON with all figures.

    python bench/loader_accuracy.py [--fixtures DIR ...] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from agencygraph.graph.errors import AgencyGraphError  # noqa: E402
from agencygraph.loaders import load  # noqa: E402
from agencygraph.loaders.units import UnitResolver  # noqa: E402

FIXTURES = [ROOT / "tests" / "fixtures" / "genres", ROOT / "tests" / "fixtures" / "corpus"]
SUFFIXES = (".txt", ".csv", ".xlsx", ".xls", ".html", ".docx", ".pdf", ".doc", ".wps", ".ofd")


def _norm(text: str) -> str:
    from agencygraph.loaders.radicals import unify_radicals

    text = unicodedata.normalize("NFKC", unify_radicals(text or "")[0])
    return re.sub(r"[\s\W_]+", "", text)


def _name(resolver: UnitResolver, name: str) -> str:
    """A unit name as both sides are compared: simplified characters, resolved, without a leading 市/区/县/省."""
    from agencygraph.loaders.traditional import to_simplified
    from agencygraph.loaders.vocabulary import Vocabulary

    from agencygraph.loaders.textnorm import split_brackets

    from agencygraph.loaders.encoding import PINYIN_READING  # "鎮(zhèn)公路站": a mirror's readings, as printed

    from agencygraph.loaders.radicals import unify_radicals  # "⽣态环境部⻔": a PDF's radicals, as printed

    from agencygraph.loaders.page_chrome import drop_jammer  # "发展改革@@委@@": a mirror's noise marks, as printed

    name = drop_jammer(unify_radicals(str(name))[0])[0]
    name = split_brackets(to_simplified(PINYIN_READING.sub("", name)).replace("<", "(").replace(">", ")"))[0]
    name = resolver.resolve(Vocabulary.default().strip_etc(name)).name
    return re.sub(r"^(市|区|县|省)(?=.{2})", "", name)


def expected_triples(expected: dict, resolver: UnitResolver) -> set[tuple[str, str, str]]:
    out = set()
    for number, roles in (expected.get("tasks") or {}).items():
        for role, key in (("lead", "leads"), ("assist", "assists")):
            for name in roles.get(key) or []:
                out.add((str(number), role, _name(resolver, name)))
    return out


def document_resolver(result, resolver: UnitResolver):
    """The resolver the document's names were resolved with (its place's alias files), so that its hand-read names
    are compared with the loaded ones like with like (市发展改革委 is 市发改委 only in Wuhan)."""
    from agencygraph.loaders.jurisdiction import from_override

    place = result.document.jurisdiction
    return resolver.at(from_override(place) if place else None, result.document.key)


def loaded_triples(result, mapping: dict[str, str] | None = None) -> set[tuple[str, str, str]]:
    mapping = mapping or {}
    return {(mapping.get(a.task, a.task), a.role, re.sub(r"^(市|区|县|省)(?=.{2})", "", a.actor))
            for a in result.assignments if a.target_label == "Task"}


_ITEM_MARK = re.compile(r"^\s*(?:[(（]\s*[一二三四五六七八九十百零〇\d]{1,4}\s*[)）]|[一二三四五六七八九十百]{1,4}、|"
                        r"\d{1,3}\s*[.、．](?!\d))\s*")


def match_tasks(expected: dict, result) -> tuple[dict[str, str], int]:
    """Loaded task number -> expected task number (by number, else by text); and how many expected were found.

    A number match is kept only when the label's text (if given) fits the loaded task: a document with no printed
    numbers is numbered by position in its label, and one task more or less above would shift every match."""
    from agencygraph.loaders.encoding import PINYIN_READING  # a label copied with a mirror's "發(fā)展" readings
    from agencygraph.loaders.traditional import to_simplified

    loaded = {t.number: t for t in result.tasks if not t.has_parts}
    wanted = {str(number): roles for number, roles in (expected.get("tasks") or {}).items()}
    openings = {}  # task key -> the clause that opened its item, when the loader cut one from the item's start
    for a in result.assignments:
        if a.clause:
            openings.setdefault(a.target, _norm(to_simplified(a.clause)))

    def prefix_of(roles, width: int = 10) -> str:  # (without the item's own number, when the label copied it:
        text = _ITEM_MARK.sub("", (roles or {}).get("text") or "", count=1)  # "(一)市发展改革委…")
        return _norm(to_simplified(PINYIN_READING.sub("", text)))[:width]

    def by_text(task, prefix: str) -> bool:
        return prefix in _norm(task.text)[: max(60, len(prefix) + 20)]

    def by_start(task, prefix: str) -> bool:  # (first: a task its text opens, before one holding it in its words:
        return _norm(task.text).startswith(prefix)  # "…的配备办法由国务院建设行政主管部门会同…" is not "国务院建设…")

    def by_opening(task, prefix: str, whole: str = "") -> bool:  # "市公安局。负责对…": the label's text opens with
        if not (opening := openings.get(task.key)):                  # the item's unit
            return False
        title = task.text.split("。", 1)[0] if "。" in task.text[:13] else ""  # "综合协调组。负责…": the clause was cut
        return (opening + _norm(task.text)).startswith(prefix) or \
            bool(title) and (_norm(title) + opening).startswith(prefix) or \
            bool(whole) and _cut_after_condition(_norm(task.text), opening, whole)  # (from after a team's name glued
        # to it; or from the middle of the label's whole text, after a condition: "发生干旱灾害,县级以上…指挥机构应当…")

    def labelled_elsewhere(task, number: str) -> bool:  # the task is plainly another label's (its text opens it)
        return any(other != number and (p := prefix_of(roles)) and (_norm(task.text).startswith(p) or
                                                                      by_opening(task, p))
                   for other, roles in wanted.items())

    mapping: dict[str, str] = {}
    for number, roles in wanted.items():
        prefix = prefix_of(roles)
        if number in loaded and (not prefix or by_text(loaded[number], prefix) or by_opening(loaded[number], prefix)
                                 or not (any(prefix in _norm(t.text) or by_opening(t, prefix) for t in loaded.values())
                                         or labelled_elsewhere(loaded[number], number))):
            mapping[number] = number
    found = len(mapping)
    for number, roles in wanted.items():
        if number in mapping.values() or not (prefix := prefix_of(roles)):
            continue
        near = sorted(loaded, key=lambda n: not (n.startswith(number + ".") or n.endswith("." + number)))  # (its
        # own parts first, or its own number under a chapter's: "11.1" for "11" before "10.2" opening as it does)
        whole = prefix_of(roles, 40)  # (the label's longer text: for a clause cut from the middle of the task's)
        for test in (by_start, lambda t, p: by_opening(t, p, whole), by_text):  # (a task whose cut clause opens with
            # the label's text before one naming it later in its first words: "安全生产监督管理部门负责…" is the part
            # "负责…" cut after that unit, not the article "生产烟花爆竹的企业,应当…向…安全生产监督管理部门提出…", b532)
            task_number = next((n for n in near if n not in mapping and test(loaded[n], prefix)), None)
            if task_number is not None:
                mapping[task_number] = number
                found += 1
                break
        else:  # "煤矿安全督查组。由X…带队,…": the loader cut a clause out of the label's first words; their start,
            # when one free task alone opens with it
            short = [n for n, t in loaded.items() if n not in mapping and len(prefix) >= 6 and
                     _norm(t.text).startswith(prefix[:6])]
            # "污染处置组。由环境保护部牵头…": the label's title, before its first stop, when the loader cut the clause
            # after it ("污染处置组。主要职责:…")
            title = _norm(re.split(r"[。.,，;；:：]", to_simplified(roles.get("text") or ""), maxsplit=1)[0])
            if len(short) != 1 and len(title) >= 4 and title != prefix:
                short = [n for n, t in loaded.items() if n not in mapping and _norm(t.text).startswith(title)]
            if len(short) == 1:
                mapping[short[0]] = number
                found += 1
    for number in wanted:  # no text found free for it: its number, if that task is still free
        if number not in mapping.values() and number in loaded and number not in mapping:
            mapping[number] = number
            found += 1
    # a label that reads a task whole where the loader read it in parts (its rows, its sentences "X负责…。Y负责…"):
    # the union of the parts, when the label names no part of it
    parents = {t.number: t for t in result.tasks if t.has_parts}
    for number, roles in wanted.items():
        if any(k.startswith(number + ".") for k in wanted) or (number not in parents and number in loaded):
            continue
        prefix = prefix_of(roles)
        owner = number if number in parents else _owner(parents, mapping, prefix, by_text)  # (by its text when its
        # number is another convention's: an article "3" the loader numbered "1.3", its chapter's, b521)

        def part(n: str) -> bool:  # a part of it by the loader's records, else by its number ("6.18.2" of "6.18")
            return _part_of(loaded[n], owner, parents) if owner is not None else n.startswith(number + ".")

        matched = [n for n, m in mapping.items() if m == number]
        if matched and not all(part(n) for n in matched if n in loaded):
            continue  # (matched to a task of its own)
        if not matched and prefix and (owner is None or not by_text(parents[owner], prefix)) and \
                any(prefix in _norm(t.text) for t in result.tasks):
            continue  # (its text another task's)
        parts = [n for n in loaded if n not in mapping and part(n)]
        if parts:  # (with the part its text matched first, when it did)
            mapping.update({n: number for n in parts})
            found += 0 if matched else 1
    return mapping, found


def _cut_after_condition(text: str, opening: str, whole: str) -> bool:
    """Does a label's whole text read as the loaded task's text with its opening clause put back after the words
    that open both, a condition ("发生干旱灾害，县级以上人民政府防汛抗旱指挥机构应当…", 抗旱条例 第三十三条, b1581)?"""
    for k in range(2, len(whole) - 1):
        if not text.startswith(whole[:k]):
            return False
        rest = whole[k:]
        if opening.startswith(rest) or rest.startswith(opening) and text[k:].startswith(rest[len(opening):]):
            return True
    return False


def _owner(parents: dict, mapping: dict, prefix: str, by_text) -> str | None:
    """The one loaded task read in parts whose text opens with a label's, none of its parts matched yet; else None."""
    if not prefix:
        return None
    found = [n for n, t in parents.items() if by_text(t, prefix)]
    return found[0] if len(found) == 1 and not any(m.startswith(found[0] + ".") for m in mapping) else None


def _part_of(task, number: str, parents: dict) -> bool:
    """Is this loaded task a part (or a part of a part) of the loaded task ``number``?"""
    seen = set()
    while task.parent is not None and task.parent not in seen:
        if task.parent == number:
            return True
        seen.add(task.parent)
        task = parents.get(task.parent)
        if task is None:
            return False
    return False


def documents(roots):
    """(group, path, expected) for every labelled document, sorted."""
    for root in roots:
        for expected_path in sorted(Path(root).glob("*/*.expected.yaml")):
            stem = expected_path.name[: -len(".expected.yaml")]
            expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
            for suffix in SUFFIXES:
                path = expected_path.with_name(stem + suffix)
                if path.exists():
                    yield expected_path.parent.name, path, expected


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def one_line(text: str) -> str:
    """A document saved as one paragraph: its lines joined by spaces (as pages saved from a web site come)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def glued(text: str) -> str:
    """A page saved as one paragraph whose paragraph breaks left nothing behind (text taken from HTML with no
    separator): "…责任单位:区文旅集团(二)支持商旅融合促消费。…"."""
    return "".join(line.strip() for line in text.splitlines() if line.strip())


def traditional(text: str) -> str:
    """The document as a mirror site prints it, in traditional characters (OpenCC's s2t)."""
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


def letter_spaced(text: str) -> str:
    """The document as text copied from a PDF set with letter spacing (分散对齐): a space between every two
    neighbouring characters but two Latin letters (a word stays a word)."""
    return re.sub(r"(?<=[^\sA-Za-z])(?=\S)|(?<=[A-Za-z])(?=[^\sA-Za-z])", " ", text)


def wrapped(text: str, width: int = 28) -> str:
    """The document as text copied from a PDF of an A4 page: every line broken after ``width`` characters (28 is
    a line of GB/T 9704's 3号 type), wherever that falls."""
    return "\n".join(line[k: k + width] for line in text.splitlines() for k in range(0, max(len(line), 1), width))


_NUMBER_CELL = re.compile(r"\s*(?:序\s?号|\d{1,3})\s*\|?\s*")


def no_numbers(text: str) -> str:
    """A table printed one cell a line, copied without its 序号 column (the site's table had none, or the copy
    left it out): from the line "序号" on, every line that is only a number goes."""
    lines = text.split("\n")
    start = next((k for k, line in enumerate(lines) if re.fullmatch(r"\s*序\s?号\s*\|?\s*", line)), None)
    if start is None:
        return text
    return "\n".join(lines[:start] + [line for line in lines[start:] if not _NUMBER_CELL.fullmatch(line)])


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于印发工作方案的通知_某某县人民政府</title></head><body>
<div class="header"><a href="/">首页</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; 政策文件</div>
<div class="article"><h1>关于印发工作方案的通知</h1>
<div class="info">发布时间：2023-05-06 来源：县政府办公室 浏览次数：1234 【字体：大 中 小】</div>
<div class="TRS_Editor">{body}</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>
<div class="footer"><p>主办单位：某某县人民政府办公室 承办单位：某某县大数据中心</p>
<p>网站标识码：1234000001 皖ICP备05000052号</p></div></body></html>"""


def web_page(text: str) -> str:
    """The document as a county government's site serves it: each line a paragraph of the article, inside the
    site's menu, breadcrumb, heading, date line, print buttons and footer (主办单位, ICP number)."""
    import html

    body = "".join(f"<p>{html.escape(line)}</p>" if line.strip() else "<p>&nbsp;</p>" for line in text.split("\n"))
    return _PAGE.format(body=body)


def word_pdfs(paths: list[Path], folder: Path) -> dict[Path, Path]:
    """Each text typed into Word (tests/fixtures/make_word_copies.py's layout: GB/T 9704 margins, a first-line
    indent where the line opens with no space, numbered headings bold) and printed to PDF by LibreOffice
    headless, in one call: {text path: its PDF}. Needs LibreOffice (soffice)."""
    import shutil
    import subprocess

    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    from make_word_copies import Doc, make_docx  # noqa: E402

    if shutil.which("soffice") is None:
        raise SystemExit("the word-pdf variant needs LibreOffice (soffice): apt-get install libreoffice-writer-nogui")
    names = {path: f"{k:04d}-{path.stem}" for k, path in enumerate(paths)}
    for path, name in names.items():
        source = path.resolve().relative_to((ROOT / "tests" / "fixtures").resolve()).with_suffix("")
        make_docx(Doc(str(source), "某某人民政府办公室", ""), folder / f"{name}.docx")
    docx = sorted(str(p) for p in folder.glob("*.docx"))
    for k in range(0, len(docx), 60):  # (one LibreOffice start per 60 files)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", str(folder), *docx[k: k + 60]], check=True,
                       capture_output=True, timeout=1800)
    return {path: folder / f"{name}.pdf" for path, name in names.items()}


#: name -> (what it does to a text document's text, the patterns of the documents left out; None: only the table
#: documents are read, their tables run into one line as a page saved as one paragraph prints them)
VARIANTS = {"one-line": (one_line, {"table_columns", "flattened_table"}), "traditional": (traditional, set()),
            "glued": (glued, {"table_columns", "flattened_table"}),
            "wrapped": (wrapped, {"table_columns", "flattened_table", "one_line"}),
            "word-pdf": (word_pdfs, {"table_columns", "flattened_table", "one_line"}),
            "web-page": (web_page, {"table_columns", "flattened_table", "one_line"}),
            "letter-spaced": (letter_spaced, {"table_columns", "flattened_table", "one_line"}),
            "one-line-table": (one_line, None), "glued-table": (glued, None), "no-number-table": (no_numbers, None)}
#: variants that read only the table documents (tagged table_columns or flattened_table)
TABLE_PATTERNS = {"table_columns", "flattened_table"}


def score(roots=FIXTURES, variant: str | None = None) -> dict:
    """Scores of every labelled document; with ``variant``, of every text document re-written that way."""
    resolver = UnitResolver.default()
    per_doc, groups, patterns = [], defaultdict(lambda: defaultdict(int)), defaultdict(lambda: defaultdict(int))
    misses = []
    rewrite, left_out = VARIANTS[variant] if variant else (None, set())
    chosen = [(group, path, expected) for group, path, expected in documents(roots)
              if not rewrite or (path.suffix == ".txt" and (
                  TABLE_PATTERNS & set(expected.get("patterns") or []) if left_out is None else
                  not left_out & set(expected.get("patterns") or []))
                                 and (rewrite not in (word_pdfs, web_page) or "\t" not in path.read_text(encoding="utf-8")))]
    # (a table's cells joined into one line: one-line-table and glued-table; Word's tables: make_merged_table_fixtures)
    printed = {}
    if rewrite is word_pdfs:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="agencygraph-word-pdf-"))
        printed = word_pdfs([path for _g, path, _e in chosen], folder)
    for group, path, expected in chosen:
        try:
            result = load(printed[path], resolver) if printed else \
                load(path.stem + (".html" if rewrite is web_page else ".txt"), resolver,
                     text=rewrite(path.read_text(encoding="utf-8"))) if rewrite else load(path, resolver)
            mapping, found = match_tasks(expected, result)
            got = loaded_triples(result, mapping)
            detected = result.document.genres
            loaded_tasks = sum(1 for t in result.tasks if not t.has_parts)
            want = expected_triples(expected, document_resolver(result, resolver))
        except AgencyGraphError as exc:
            got, found, detected, loaded_tasks = set(), 0, [f"error: {exc}"[:60]], 0
            want = expected_triples(expected, resolver)
        n_tasks = len(expected.get("tasks") or {})
        row = {"group": group, "document": f"{group}/{path.name}", "detected": detected,
               "tasks": {"expected": n_tasks, "found": found, "loaded": loaded_tasks}}
        counters = [groups[group], groups["overall"]] + [patterns[p] for p in expected.get("patterns") or []]
        for counts in counters:
            counts["tasks_expected"] += n_tasks
            counts["tasks_found"] += found
            counts["documents"] += 1
        for role in ("lead", "assist"):
            w = {t for t in want if t[1] == role}
            g = {t for t in got if t[1] == role}
            tp = len(w & g)
            row[role] = {"precision": _ratio(tp, len(g)), "recall": _ratio(tp, len(w)), "expected": len(w),
                         "found": len(g), "correct": tp}
            for counts in counters:
                counts[f"{role}_tp"] += tp
                counts[f"{role}_expected"] += len(w)
                counts[f"{role}_found"] += len(g)
            misses += [f"missed  {group}/{path.name}: task {t[0]} {role} {t[2]}" for t in sorted(w - g)]
            misses += [f"extra   {group}/{path.name}: task {t[0]} {role} {t[2]}" for t in sorted(g - w)]
        per_doc.append(row)

    if printed:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)

    def figures(table):
        out = {}
        for name, c in sorted(table.items()):
            out[name] = {f"{role}_{m}": _ratio(c[f"{role}_tp"], c[f"{role}_{d}"])
                         for role in ("lead", "assist") for m, d in (("precision", "found"), ("recall", "expected"))}
            out[name]["tasks_found"] = f"{c['tasks_found']}/{c['tasks_expected']}"
            out[name]["documents"] = c["documents"]
        return out

    return {"documents": per_doc, "figures": figures(groups), "patterns": figures(patterns), "misses": misses}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, nargs="+", default=FIXTURES)
    parser.add_argument("--quiet", action="store_true", help="leave out the list of misses")
    parser.add_argument("--variant", choices=sorted(VARIANTS),
                        help="read every text document re-written: as a page saved as one paragraph (one-line, "
                             "tables left out), as one paragraph whose breaks left nothing behind (glued), in lines "
                             "broken every 28 characters (wrapped), in traditional characters as mirror sites "
                             "print it, typed into Word and printed to PDF by LibreOffice (word-pdf), or as the "
                             "article of a county site's web page (web-page), or with a space between every two "
                             "characters, as text copied from a letter-spaced PDF (letter-spaced); or only the "
                             "table documents, each saved as one paragraph with its cells parted by spaces "
                             "(one-line-table) or run together with nothing between them (glued-table), or "
                             "copied without their 序号 column (no-number-table)")
    args = parser.parse_args(argv)
    report = score(args.fixtures, variant=args.variant)
    if not args.quiet:
        for line in report["misses"]:
            print(line)
    print(f"{'document':62} {'tasks':>7}  lead P/R     assist P/R  detected")
    for d in report["documents"]:
        print(f"{d['document'][:62]:62} {d['tasks']['found']:>3}/{d['tasks']['expected']:<3}  "
              f"{d['lead']['precision']:.2f}/{d['lead']['recall']:.2f}  {d['assist']['precision']:.2f}/"
              f"{d['assist']['recall']:.2f}  {','.join(d['detected'])}")
    for title, table in (("group", report["figures"]), ("pattern", report["patterns"])):
        print(f"\n{title:24} {'docs':>4} {'tasks':>9}  lead P/R     assist P/R")
        for name, f in table.items():
            print(f"{name:24} {f['documents']:>4} {f['tasks_found']:>9}  {f['lead_precision']:.2f}/{f['lead_recall']:.2f}"
                  f"  {f['assist_precision']:.2f}/{f['assist_recall']:.2f}")
    print(json.dumps({"groups": report["figures"], "patterns": report["patterns"]}, ensure_ascii=False,
                     sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
