"""Turn numbered items and their clauses into domains, tasks and assignments.

An item is a task when a clause names who does it: inside it ("(牵头单位:…)", "(X牵头,Y配合)"), at its end
("…。X牵头,Y配合。"), or on the lines after it ("牵头单位:…"). An item with two clauses in its text is two
parts, N.1 and N.2, each covering the text before its clause (item 3.6 of 武政〔2018〕50号). A task's domain
is the nearest heading above it that is not a task itself. A task's number is the path of printed ordinals
down to it, as short as keeps every task of the document apart: section (三) item 6 is "3.6" when items
restart in every section, item 6 is "6" when they run on.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from agencygraph.graph.model import Task, task_key

from .assign import Conventions, Said, assign_task
from .clauses import PARTNERS_FIRST, Clause, find_clauses, partners, read_clause, unit_like
from .collect import Collector
from .deadlines import normalize_deadline
from .outline import FIELD, Entry, first_line, read_outline
from .textnorm import chinese_ordinal, clean_text, split_brackets, split_top_level, without_other_name
from .vocabulary import BY, UNIT_ROLES

__all__ = ["parse", "path_of", "KIND_GENRES"]

#: The genre name a document shows for each kind of clause found.
KIND_GENRES = {"label": "inline_clauses", "verb": "verb_clauses", "sentence": "verb_clauses", "opening": "verb_clauses",
               "line": "labelled_lines"}


def _shortest_unique(paths: list[tuple], least: list[int] | None = None) -> list[str]:
    """The shortest suffix length that keeps every path apart, applied to all; path i keeps at least least[i]."""
    if not paths:
        return []
    least = least or [1] * len(paths)
    longest = max(len(p) for p in paths)
    for k in range(1, longest + 1):
        keys = [p[-max(k, m):] for p, m in zip(paths, least)]
        if len(set(keys)) == len(keys):
            return [".".join(map(str, key)) for key in keys]
    return [".".join(map(str, p)) for p in paths]


def path_of(entry: Entry, para: int = 0) -> tuple[int, ...]:
    """The printed ordinals down to an entry (an unnumbered paragraph counts as ``para``); a decimal number
    ("2.3.6") prints its whole path itself: the levels above it add nothing, those below add their ordinals."""
    path: list[int] = []
    for e in [*reversed(entry.ancestors()), entry]:
        if e.printed:
            path = list(e.printed)
        elif e is entry:
            path.append(e.ordinal if e.ordinal is not None else para)
        elif e.kind != "para" and e.ordinal is not None:
            path.append(e.ordinal)
    return tuple(path)


def _least(entry: Entry) -> int:
    """A task under a (一) section is numbered from that section: "3.6" even when "6" alone would do; a decimal
    number is kept whole ("2.3.6", not "6")."""
    if entry.printed or any(e.printed for e in entry.ancestors()):
        return len(path_of(entry))
    chain = [e for e in entry.ancestors() if e.kind != "para" and e.ordinal is not None]
    for depth, ancestor in enumerate(chain, 1):
        if ancestor.kind == "pcn":
            return depth + 1
    return 1


def _title(text: str) -> str:
    text = clean_text(text)
    first = re.split(r"[。;；]", text, maxsplit=1)[0]
    return (first if len(first) <= 40 else first[:40]).rstrip("。:：")


def _said_inline(entry: Entry, clause: Clause, collector: Collector) -> list[Said]:
    out = []
    for piece in read_clause(clause.reading or clause.inner, collector.vocab):
        line = entry.joined.line_at(clause.inner_start + piece.start)
        out.append(Said(piece.role, piece.text, line, clause.printed))
    return out


def _said_lines(entry: Entry, collector: Collector) -> list[Said]:
    out = []
    for line, text in entry.clause_lines:
        body = text.lstrip("—-●•· ").strip()
        for piece in read_clause(body, collector.vocab):
            out.append(Said(piece.role, piece.text, line, text))
    return out


def _heading_lead(entry: Entry, collector: Collector, children: list[Entry]) -> Said | None:
    """"(一)省监察委员会牵头的工作": the unit a heading says leads the work under it (and its own text); or its
    last line says so, over the items below ("(一)项目管理领导小组" / "…" / "领导小组工作职责:" / "1.召集…")."""
    starts = entry.joined.starts
    own = first_line(entry)  # ("(二)省审计厅牵头的工作" / "全面加强审计工作。": the heading's own line over its one
    # unnumbered task, 晋政发[2008]8号)
    title = clean_text(re.split(r"[\s\u3000。;；]", own.strip(), maxsplit=1)[0]) if own.strip() else ""
    sentences = re.split(r"[。;；][ \u3000]*|[ \u3000]+", entry.text.strip()) if entry.children else []
    last = clean_text(entry.text[starts[-1]:]).strip() if entry.children and len(starts) > 1 else \
        clean_text(sentences[-1]) if len(sentences) > 1 else ""
    # (a page on one line: its last sentence, after a stop or a space, "…城管中队。 领导小组工作职责：")
    vocab = collector.vocab
    if not last and entry.children and len(starts) == 1 and not re.search(r"[及和与、]", entry.text):
        last = clean_text(entry.text).strip()  # "第三十六条 旅游部门职责:" over "(一)负责…" / "(二)督促…": the title is
        # the line naming whose duties they are (one body's: "街道办事处及镇政府消防工作职责:" shares them, and
        # where the names end and the duties' topic begins, 消防, no pattern tells)
    for pattern in vocab.heading_lead_res if title else ():
        if (m := pattern.match(title)) and unit_like(m["units"], vocab):
            return Said("lead", m["units"], entry.line, title)
    if last and (owner := _duties_owner(last, entry.last_line, vocab)) is not None:
        return owner
    if entry.kind == "unit":  # "市劳动和社会保障局" / "负责农民工工资的清欠…。": the name is its first line
        title = clean_text(entry.text[:(entry.joined.starts + [len(entry.text)])[1]]).strip()
    if _unit_over_duties(entry, title, children, collector):
        return Said("lead", title.rstrip(":："), entry.line, title)
    return None


def _lead_in(entry: Entry, collector: Collector) -> Said | None:
    """A top paragraph, or a top item's last line, saying whose duties the top items after it are ("领导小组办公室应当
    履行下列职责：", "各片区管理委员会，应当履行以下职责：" after an item's end; roles.yaml conventions.duties_of): that
    unit, leading them; else None."""
    starts = entry.joined.starts
    if len(starts) > 1:
        last = clean_text(entry.text[starts[-1]:]).strip()
    elif entry.ordinal is None:
        last = clean_text(entry.text).strip()
    else:
        return None
    return _duties_owner(last, entry.last_line, collector.vocab) if last else None


def _duties_owner(text: str, line: int, vocab) -> Said | None:
    """The unit a line says the duties below it are of (roles.yaml conventions.duties_of), leading them; not a kind of
    bodies ("市、区人民政府有关部门依法履行下列职责：", over "（一）公安机关负责…": each item names its own)."""
    for pattern in vocab.duties_of_res:
        if (m := pattern.match(text)) and unit_like(units := m["units"], vocab) and not _kind_of_bodies(units, vocab):
            return Said("lead", units, line, text)
    return None


def _one_article_task(entry: Entry, clauses: list[Clause], items: list[Entry], vocab) -> bool:
    """Is a law's article one task, its list items the words of its body's duties: one paragraph whose sentence a
    body opens ("第二十条 选举委员会履行下列职责：" / "（一）划分选区；" …), its items naming no body of their own? (Not a
    heading over them: that makes each item a task; an item naming its own body, "（二）国家行政学院开展…", is one.)"""
    openings = [c for c in clauses if c.kind == "opening"]
    if entry.kind != "article" or not openings:
        return False
    starts = entry.joined.starts
    if len(starts) > 1 and not (any(c.start == 0 for c in openings) and
                                clean_text(entry.text[starts[-1]:]).rstrip().endswith((":", "："))):
        return False  # (or paragraphs, the first opened by a body, the last the list's head: "第四条 市、县（市、区）精神
        # 文明建设委员会统筹推进…。" / "市、县（市、区）精神文明建设工作机构负责…，履行下列职责：" / "（一）…", 泰安 文明行为
        # 促进条例, b1034: each paragraph a task, the first's no longer lost under a heading)
    return not any(find_clauses(item.text, vocab, item.line_starts, numbered=True) or vocab.duty_subject(item.text)
                   for item in items if item.text)


def _lead_ins(entry: Entry, vocab) -> list[tuple[int, Said]]:
    """An article's paragraphs each saying whose duties the items after them are, when two or more do ("第五条 市水文
    机构的职责是：" / "（一）…" … "（六）…。" / "区县（自治县）水文机构的职责是：" / "（一）…", 重庆市水文条例): (line, that
    unit leading them) for each, in order; else []."""
    starts, lines = entry.joined.starts, entry.joined.lines
    if len(starts) < 2 or len(starts) != len(lines):
        return []
    found = [(line, said) for k, line in enumerate(lines)
             if (text := clean_text(entry.text[starts[k]: (starts + [len(entry.text)])[k + 1]]).strip()) and
             (said := _duties_owner(text, line, vocab)) is not None]
    return found if len(found) >= 2 else []


_LEVELS_BEFORE = re.compile(r"^.*(?:政府|以上|各级)")


def _kind_of_bodies(units: str, vocab) -> bool:
    """Bodies of a kind that no words of their own name, after their levels ("市、区人民政府有关部门", "县级以上人民政府
    有关部门": roles.yaml prose.vague_kinds); not "各市群众服务热线工作机构" (河北 961890热线 工作细则 第九条: 群众服务
    热线工作 is which)."""
    nouns = [n for n in vocab.bare_nouns if units.endswith(n)]
    if not nouns or not vocab.is_group(units):
        return False
    own = _LEVELS_BEFORE.sub("", units[: -max(map(len, nouns))])
    for word in sorted(vocab.prose_vague_kinds + vocab.group_prefixes, key=len, reverse=True):
        own = own.replace(word, "")
    return len(own.lstrip("省市县区乡镇、")) < 2


_SECTIONS = 2  # the sections that must close so before their clauses are theirs (see _sections_closed)


def _closing_last(entry: Entry, clauses: list[Clause], said_lines: list[Said], last_items: dict[int, tuple[Entry, int, int]],
                  owning: set[int]) -> tuple[list[Entry], Clause | None] | None:
    """The one clause closing the last item of a section none of whose other items names a unit ("1.…" / "2.…。(省财政厅
    负责)"), or the labelled lines under it (clause None): the sections whose last item it closes, nearest first, and
    the clause; else None. Whose they are, a section's or the item's, the layout says (_section_clause,
    _sections_closed). ``last_items``: id(parent) -> its last numbered item, how many it has and the first's number;
    ``owning``: the ids of the items over those read as tasks so far."""
    if entry.parent is None or said_lines and clauses:
        return None
    clause = None
    if not said_lines:
        if len(clauses) != 1 or clauses[0].kind == "opening":
            return None
        clause, text = clauses[0], entry.text
        if text[clause.end:].strip(" 。;；)）") or text[clause.start: clause.start + 1] not in "(（" and \
                text[clause.start - 1: clause.start] not in "(（":
            return None
    sections, item = [], entry
    while (parent := item.parent) is not None and parent.ordinal is not None and id(parent) not in owning:
        last, count, first = last_items.get(id(parent), (None, 0, None))
        if last is not item or not sections and (count < 2 or first != 1):
            break  # (items numbered on from the section before are each a task: "(一)…" / "1.…" / "2.…(X负责)" /
            # "(二)…" / "3.…(X负责)", 屈家岭 2024 房地产 措施)
        sections.append(parent)
        item = parent
    return (sections, clause) if sections else None


def _section_clause(entry: Entry, clause: Clause) -> bool:
    """Is a clause closing a section's last item (_closing_last) on a line of its own, so the section's ("(一)实施青少年
    科学素质行动。" / "1.扩大…" / "2.提高…" / "(省教育厅、省科协牵头,省委宣传部…等部门配合)", 河北 全民科学素质 实施方案,
    b362)?"""
    line = next((s for s in reversed(entry.joined.starts[1:]) if s <= clause.start), None)
    return line is not None and entry.text[line:].lstrip()[:1] in "(（"


def _sections_closed(found: list, closing_last: list[tuple[int, list[Entry], Clause | None]], kinds: dict[str, int],
                     collector: Collector) -> None:
    """Clauses and labelled lines closing a section's last item (_closing_last) that are the section's, by the
    document's layout; replaces those items by their sections in ``found``:
    - a document that names units once a section, in a clause closing its last item ("(一)合理配置医疗资源…1.科学编制…
      (1)…5.大力扶持社区资本办医。…(责任单位:区社会事业局、医改办…)" / "(二)深化医院管理制度改革…", 平潭 县级公立医院 综合
      改革方案): when two or more sections do so and no section has two items with units of their own (a document
      giving its items their own clauses, some left without);
    - the nearest section of the kind most of the document's other tasks are (more of them than of the item's own
      kind, and more than two): its parts' last clause or lines are its own ("（9）对保留的收费项目…" over "①市水务局 1 项：…"
      / "③企业经营收费 1 项：…" / "牵头部门：市财政局…", 唐发〔2018〕10号, whose other tasks are "（N）" items)."""
    if not closing_last:
        return
    candidates = {at for at, _s, _c in closing_last}
    owned: dict[int, int] = {}
    kinds_of: dict[str, int] = {}
    for at, (entry, _c, _s) in enumerate(found):
        if entry.parent is not None:
            owned[id(entry.parent)] = owned.get(id(entry.parent), 0) + 1
        if at not in candidates:
            kinds_of[entry.kind] = kinds_of.get(entry.kind, 0) + 1
    by_sections = len(closing_last) >= _SECTIONS and not any(count >= 2 for count in owned.values())
    for at, sections, clause in closing_last:
        entry, _c, said = found[at]
        if by_sections and clause is not None:
            section = sections[-1]
        elif not (section := next((s for s in sections if kinds_of.get(s.kind, 0) > max(kinds_of.get(entry.kind, 0),
                                                                                     _SECTIONS)), None)):
            continue
        found[at] = (section, [], _said_inline(entry, clause, collector) if clause is not None else said)
        kinds["section_clauses"] = kinds.get("section_clauses", 0) + 1
        if clause is not None:
            kinds[KIND_GENRES[clause.kind]] -= 1


def _list_of_bodies(items: list[Entry], vocab) -> bool:
    """Do most numbered items of a list open with bodies' names and a verb of their duties ("2.学工部、各二级学院汇总…",
    "3.后勤处做好校园环境保洁…", "4.保卫处、后勤处加强门禁管理…", 安康学院 开学 安排, b381)? Then each such item is
    those bodies' duty, as in a list headed by a word naming duties."""
    numbered = [e for e in items if e.ordinal is not None and e.text]
    opened = [e for e in numbered if (unit := vocab.duty_subject(e.text)) and
              all(_a_body(n, vocab) and not vocab.is_person(n) for n in unit.split("、"))]
    return len(opened) >= 3 and 2 * len(opened) > len(numbered)


def _a_body(name: str, vocab) -> bool:
    """A body's name ("区财政局") or a kind of department's ("应急管理部门", "监察机关": units.heading_body_name, the
    way laws name them)."""
    if _DATED.search(name):
        return False  # "9月25日(周二)下午组织学生对所": when, then what is done (所 ends no body here)
    return vocab.names_a_body(name) or vocab.heading_body_re is not None and bool(vocab.heading_body_re.match(name))


_DATED = re.compile(r"\d{1,2}\s*[月日]")


def _list_partners(entry: Entry, items: list[Entry], collector: Collector) -> list[Clause]:
    """The partners a law's duty list names at its items' starts ("第八条 …环境保护行政主管部门…具体行使下列职责：" /
    "（二）会同有关部门编制饮用水源保护区区划方案…"; clauses.PARTNERS_FIRST), as clauses closing the article's list head
    (one task, or the part that paragraph is): its body works with them (杭州 饮用水源保护条例, b608; b845, b888)."""
    text = entry.text
    heads = [s for s in [*entry.joined.starts[1:], len(text)] if text[:s].rstrip().endswith((":", "："))]
    if len(heads) != 1:
        return []  # (no list head, or two: whose items these are is not asked)
    end = len(text[: heads[0]].rstrip()) - 1  # (its colon: the list head's paragraph, where the article has more)
    return [Clause(end, end, p.inner, end, "sentence", reading=p.reading)
            for item in items if item.ordinal is not None and item.text.startswith(PARTNERS_FIRST) and
            not find_clauses(item.text, collector.vocab, item.line_starts, numbered=True)
            for p in partners(item.text, 0, collector.vocab)]


def _clause_over_items(entry: Entry, clauses: list[Clause], said_lines: list[Said], collector: Collector,
                       children: list[Entry]) -> list[Said]:
    """A heading that is a short title and its unit clause over numbered items naming no unit: "一、南山风景区(责任单位:
    市旅文局)" / "1.南山景区出入口…散养家禽。" / "2.…" / "4.…(责任单位:市综合行政执法局崖州分局)" (三亚 景区 督查 问题
    清单): when an item names units of its own, the clause's units are the others'; [] otherwise."""
    numbered = [c for c in children if c.ordinal is not None]
    if len(numbered) < 2 or said_lines or len(clauses) != 1 or clauses[0].kind not in ("label", "verb") or \
            len(entry.joined.starts) > 1:
        return []
    clause = clauses[0]
    title = clean_text(entry.text[: clause.start]).strip()
    if not title or len(title) > 30 or re.search(r"[。;；,，]", title.rstrip("。")) or \
            entry.text[clause.end:].strip(" 。;；"):
        return []
    vocab = collector.vocab
    if not any(find_clauses(c.text, vocab, c.line_starts, numbered=True) or c.clause_lines for c in numbered):
        return []  # (no item names units of its own: the heading is the one task, its items its words)
    said = _said_inline(entry, clause, collector)
    return said if any(s.role in ("lead", "responsible") for s in said) else []


def _unit_over_duties(entry: Entry, title: str, children: list[Entry], collector: Collector) -> bool:
    """Is a numbered heading only a body's name ("(三十六)质监部门。") over items that each open with a duty's verb
    ("1.依法对锅炉…实施安全监察。", "2.负责特种设备…", "4.会同有关部门…")? Then the body leads them: a department
    duty list by article. (Not "十二、市民政局" over the problems an inspection found there: no duty verbs; nor "七、有关
    要求" over "（一）强化组织领导。…": 有关 opens a group's name, but no body's is there.)"""
    vocab = collector.vocab
    children = [c for c in children if c.ordinal is not None and c.text.strip()]
    title = title.rstrip(":：")  # "(一)县教育局:" over "1.负责学前教育…" as over "(一)县教育局。"
    if entry.kind == "unit":
        return bool(children)  # "总工会" / "一、…": a body's name alone on its line over items numbered from 1
    name = split_brackets(title)[0] if title else ""  # "9、保卫部(处)", "市水利局(市防汛办)": its other name after it
    if entry.ordinal is None or len(children) < 2 or not title or len(title) > 20 or \
            entry.text.strip().rstrip("。:：") != title or vocab.duty_verb_re is None or \
            not vocab.is_unit_name(name) or \
            vocab.is_person(name):
        return False
    return all(vocab.duty_verb_re.match(clean_text(c.text).lstrip()) for c in children) or \
        entry.text.strip().endswith((":", "：")) and _steps(children, vocab)


def _steps(items: list[Entry], vocab) -> bool:
    """Are most numbered items below a unit's heading steps saying what its people should do ("1. 当发现有超限车辆停放在
    收费站时，当班收费人员应要求司机…")? Modal verbs in their first sentence (roles.yaml modal_verbs)."""
    numbered = [e for e in items if e.ordinal is not None and e.text.strip()]
    said = [any(v in re.split(r"[。;；]", clean_text(e.text), maxsplit=1)[0] for v in vocab.modal_verbs)
            for e in numbered]
    return len(numbered) >= 2 and 2 * sum(said) > len(numbered)


def _fields(entry: Entry, collector: Collector) -> bool:
    """Is an unnumbered paragraph a record of fields, every line "政策文号:穗埔组通〔2024〕6号" (a policy portal's
    data about the document printed above it), so that the labelled line under it is one more field?"""
    lines = entry.joined.lines
    return entry.ordinal is None and entry.parent is None and bool(lines) and \
        all((m := FIELD.match(line := collector.source.lines[ln - 1])) and line[m.end():].strip() for ln in lines)


def _names_units(said: list[Said]) -> bool:
    return any(s.role in UNIT_ROLES + ("people", "none", "empty") for s in said)


def _only_a_field(entry: Entry, clauses: list[Clause], vocab) -> bool:
    """Is a sub-item the name of a field of units ("试点指导单位。") and nothing but the units after it (clauses)? Or of
    the officials answering for the item above, or of its deadline ("(一)责任领导:高勤" / "(二)责任单位:市教育局" /
    "(三)协办单位:…" / "(六)完成时限:2008年内", 十堰 2008 十件实事 分解方案: the item's fields; roles.yaml labels.people,
    labels.deadline)"""
    title_end = (entry.joined.starts + [len(entry.text)])[1]
    colon = re.search(r"[:：]", entry.text[:title_end])
    if colon and (_FIELD_TITLE.match(title := clean_text(entry.text[:colon.end()])) or
                  vocab.label_role(title[:-1].strip()) in ("people", "deadline")):
        title_end = colon.end()  # "(1)主办单位:政教处、团委、学生会" on one line (a school's 艺术节 方案): the field
    elif not _FIELD_TITLE.match(clean_text(entry.text[:title_end])):
        return False
    rest = [True] * (len(entry.text) - title_end)
    for clause in clauses:
        for k in range(max(clause.start, title_end), min(clause.end, len(entry.text))):
            rest[k - title_end] = False
    return sum(1 for k, free in enumerate(rest) if free and entry.text[title_end + k].strip("。.;；,， ")) <= 2


#: a sub-item that is only the name of a field of units: "(二)试点指导单位。", "(三)责任单位:" (its units on the lines
#: after it belong to the item above it)
_FIELD_TITLE = re.compile(r"^[^的\W\d]{0,8}(?:单位|部门)[。．.:：]?$")


_REFERS_BACK = re.compile(r"^(此项|该项|本项|上述|以上|这项)")


def _helpers_label(clause: Clause, after: int, vocab) -> bool:
    """Is a clause a label naming only helpers ("配合单位：…"), after a unit's duty opening its paragraph?"""
    said = vocab.label_start_re.match(clause.inner) if clause.kind == "label" else None
    return clause.start >= after and said is not None and vocab.label_role(said[1]) == "assist"


def _orphan(entry: Entry, clauses: list[Clause]) -> bool:
    """Is an unnumbered paragraph only a clause, or a clause about "此项工作" (the item before it)?"""
    rest = clean_text(entry.text[: clauses[0].start] if clauses else entry.text).strip("。;；,，、 ")
    after = clean_text(entry.text[clauses[-1].end:]).strip("。;；,，、 ") if clauses else ""
    if clauses and clauses[0].kind == "opening" and len(after) > 6:
        return False  # "县交通局负责采取有效措施…": a unit's duty, whole on this page
    return entry.ordinal is None and entry.parent is None and (len(rest) <= 6 or bool(_REFERS_BACK.match(rest)))


_HEADING_MARKS = re.compile(r"[,，。;；:：、()（）\s]")


def _one_unit(name: str, vocab) -> bool:
    """Is a heading's text one unit's name and nothing else ("市民政局", not "各区" or "组织保障"; its other name
    may follow it in brackets: "保卫部(处)", "市水利局(市防汛办)")?"""
    name = without_other_name(name)
    return 3 <= len(name) <= 30 and not _HEADING_MARKS.search(name) and vocab.is_unit_name(name) and \
        not vocab.is_group(name) and not vocab.is_person(name) and unit_like(name, vocab) and \
        (vocab.names_a_body(name) or bool(vocab.heading_body_re and vocab.heading_body_re.match(name)))
    # (a level opening it or a body's ending: "实行跟踪督办", "成立领导小组" are acts; or a kind of department: 公安部门)


def _under_duties(entry: Entry, vocab) -> bool:
    """Is an item's parent a heading naming duties ("三、职责分工"), by its title line?"""
    parent = entry.parent
    if parent is None:
        return False
    starts = parent.joined.starts
    return vocab.names_duties(parent.text[: starts[1]] if len(starts) > 1 else parent.text[:20])


def _unit_title(entry: Entry, vocab) -> str:
    """"(二)区公安分局" / "调研道路停车资源…": a numbered item whose first line is one unit's name, its duties on the
    lines below (a 职责分工 section by unit); under a heading naming duties, its first sentence ("2.派出所。配合
    开展…"); the name, else ""."""
    starts = entry.joined.starts
    if entry.ordinal is None or entry.clause_lines:
        return ""
    if ((m := _GROUP_TITLE.match(entry.text)) if len(starts) < 2 else
            (m := _GROUP_NAME.fullmatch(entry.text[: starts[1]].strip()))) and vocab.duty_field_re.search(entry.text):
        return m["name"]  # "(一)综合协调组" / "组 长：…" / "工作职责：协调…": a working group named with its duties
    if len(starts) < 2:
        if (m := _UNIT_SPACE.match(entry.text)) and _one_unit(m["name"], vocab) and entry.text[m.end():].strip():
            return m["name"]  # a page on one line: "(二)区公安分局 调研道路停车资源…", the name and a space
        # under a heading naming duties, the first sentence: "二、职责分工" / "2.派出所。配合开展…"
        if entry.parent is None or not vocab.names_duties(entry.parent.text):
            return ""
        m = _UNIT_SENTENCE.match(entry.text)
        if m is None:
            return _unit_run_on(entry, vocab)
        name = m["name"].strip()
        return name if vocab.is_unit_name(name) and not vocab.is_group(name) and not vocab.is_person(name) and \
            unit_like(name, vocab) and entry.text[m.end():].strip() else ""
    name = entry.text[: starts[1]].strip()
    if _one_unit(name, vocab) and entry.text[starts[1]:].strip():
        return name
    return _unit_run_on(entry, vocab)


def _unit_run_on(entry: Entry, vocab) -> str:
    """"(二)区宣传与影视发展部充分发挥电视、网络…作用" under "五、职责分工": a part of a division of labour by unit
    that opens with the unit's name, its duties run on with no mark between (平潭 儿童青少年近视防控 方案): the
    name, up to the first body's ending, when it is one unit's and the parent only a heading naming duties (not an
    article's "…具体履行以下职责：" over "（五）市人民政府规定的其他…职责"); else ""."""
    parent, text = entry.parent, entry.text
    if parent is None or entry.children or len(parent.joined.starts) > 1 or len(parent.text) > 20 or \
            re.search(r"[。;；,，:：]", parent.text) or not vocab.names_duties(parent.text):
        return ""
    for m in vocab.unit_ending_re.finditer(text, 1, 24):
        name, rest = text[: m.end()].strip(), text[m.end():]
        if rest[:1] in vocab.ending_continuations or rest.startswith(_NAME_GOES_ON):
            continue  # "局安委会成员单位要…": not 局安委, not 局安委会
        if re.match(r"\S{0,4}\s*[:：]", rest):
            return ""  # "市场秩序组组 长：…": a field's name a space broke, no duties
        if _LEVEL_OPENS.match(name) and _one_unit(name, vocab):  # (a level opens it: not "负有科|研失信行为…")
            return name if rest.strip()[:1] not in ("", "、", "和", "及", "与", "(", "（") else ""  # (not a list)
    return ""


# a working group's name before its roster or its duties ("综合协调组组 长：薛理杰…工作职责：…", 平潭 海坛片区 房屋安全
# 专项行动); not an act ("成立工作专班")
_GROUP_NAME = re.compile(r"(?!成立|组建|设立|调整|建立)(?P<name>[^\s,，。;；:：、()（）]{2,18}?(?:组|专班))")
_GROUP_TITLE = re.compile(rf"^\s*{_GROUP_NAME.pattern}(?=\s*(?:组\s*长|副\s*组\s*长|成\s*员|[\u4e00-\u9fff]{{0,2}}职\s*责)\s*[:：])")
_UNIT_SENTENCE = re.compile(r"^\s*(?P<name>[^。,，;；:：、()（）\s]{2,15})。")
_UNIT_SPACE = re.compile(r"^\s*(?P<name>[^。,，;；:：、()（）\s]{2,15})[ \u3000]+(?=\S)(?!\S{0,4}[:：])")  # (not
# "市场秩序组组 长：…", a word a space broke before a field's colon)


# what goes on with a body's name, past its ending: its members, its own offices
_NAME_GOES_ON = ("成员", "所属", "下属", "机关", "系统", "内设", "各")
# a level opening a body's name (as units.body_name's opening)
_LEVEL_OPENS = re.compile(r"^(?:[省市县区州镇乡旗盟](?!场)|自治[区县州旗]|中共|共青团)")  # (not 市场…)


def _unit_heading(entry: Entry, after, vocab) -> str:
    """"十二、市民政局" over "1、督促…" / "2、认真…" (a 成员单位职责 list by unit): a numbered heading that is only a
    unit's name, over items none of which names units or is followed by a clause line; the items become the
    unit's task text (so they are not read again) and the name is returned, else ""."""
    name = clean_text(entry.text).strip()
    if name.endswith((":", "：")) and vocab.duty_tail_re is not None and name[:-1].rstrip().endswith("任务"):
        name = vocab.duty_tail_re.sub("", name[:-1].rstrip()).rstrip("的")  # "(八)县经济局主要工作任务:" (大通县 大气
        # 污染防治 方案): the unit, then its tasks, numbered below it (not "第三十六条 旅游部门职责:", whose duties are
        # tasks of their own, as the labels of a city's 安全生产 duties read them)
    colon = name.endswith((":", "：")) and not name[:-1].rstrip().endswith("任务")
    if colon:  # "(三)县农业农村局:" over "1、农村环境三大革命中的卫生厕所改造项目。…" (a county's 民生工程 督查 通报): the
        name = name[:-1].rstrip()  # unit and its projects below (over duties, "1.负责…", each is a task of its own:
        # _unit_over_duties, as under "(一)县教育局。")
    if entry.ordinal is None or entry.kind == "unit" or not entry.children or \
            entry.clause_lines and not _assisting_lines(entry.clause_lines, vocab) or not _one_unit(name, vocab):
        return ""  # (an unnumbered body's name over its duties: they stay tasks of their own, each the body's)
    below, helping = [], []
    for e in after:
        if entry not in e.ancestors():
            break
        if helping or find_clauses(e.text, vocab, e.line_starts, numbered=True) or \
                e.clause_lines and not _assisting_lines(e.clause_lines, vocab):
            return ""  # "1. 市科技馆" / "(1)…" / "问题整改责任单位:…": an inspected place, its own clause below
        helping = list(e.clause_lines)  # "协助单位:交通局、县城管监察大队" after the unit's last task: the block's
        below.append(e)  # (大通县 大气污染防治 方案), only after the last
    if colon and (vocab.duty_verb_re is not None and all(vocab.duty_verb_re.match(clean_text(e.text).lstrip())
                                                         for e in below if e.ordinal is not None) or
                  _steps(below, vocab)):
        return ""  # duties, or steps saying what its people should do: each a task of its own (_unit_over_duties)
    if helping:
        below[-1].clause_lines = []
        entry.clause_lines.extend(helping)
    for e in below:
        for start, line, end in zip(e.joined.starts, e.joined.lines, [*e.joined.starts[1:], len(e.text)]):
            entry.add(e.text[start:end], line)
        entry.fields.extend(e.fields)
    return name


def _assisting_lines(lines: list[tuple[int, str]], vocab) -> bool:
    """Are an item's clause lines all assisting labels ("协助单位:…", "工作协助部门:…")?"""
    return all((m := vocab.label_start_re.match(text)) and vocab.label_role(m[1]) == "assist" for _line, text in lines)


def _covering(entry: Entry, clauses: list[Clause], vocab) -> Clause | None:
    """The clause of a sentence that covers the items above ("以上工作由市发改委牵头…": roles.yaml covers_above)."""
    if not clauses or vocab.covers_above_re is None:
        return None
    last = clauses[-1]
    start = max(entry.text.rfind(stop, 0, last.start) for stop in "。;；") + 1
    return last if vocab.covers_above_re.match(entry.text[start: last.end].lstrip()) else None


def parse(lines, collector: Collector, conventions: Conventions, seen: set[str] | None = None) -> dict[str, int]:
    """Read the items of ``lines`` (``[(lineno, raw)]``, table rows left out); returns clause kinds found."""
    vocab = collector.vocab
    entries = read_outline(lines, vocab)
    found: list[tuple[Entry, list[Clause], list[Said]]] = []
    kinds: dict[str, int] = {}
    heading_leads: dict[int, list[Said]] = {}
    defaults: set[int] = set()  # headings whose clause holds only for the items under them naming no unit
    lead_ins: dict[int, list[tuple[int, Said]]] = {}  # id(heading) -> its paragraphs' leads over the items after each
    first = next((i for i, e in enumerate(entries) if e.ordinal is not None), len(entries))
    merged: set[int] = set()
    waiting: dict[int, list[Entry]] = {}  # id(parent) -> its items naming no unit since the last one that did
    closing_last: list[tuple[int, list[Entry], Clause | None]] = []  # (place in found, sections, clause): the items
    # whose clause or lines may be a section's (_closing_last, _sections_closed)
    owning: set[int] = set()  # the ids of the items over those in found[:owned_to]
    owned_to = 0
    fields_of: dict[int, int] = {}  # id(item) -> its place in found, when its units stand in fields under it
    children: dict[int, list[Entry]] = {}  # id(item) -> the items under it
    for entry in entries:
        if entry.parent is not None:
            children.setdefault(id(entry.parent), []).append(entry)
    body_lists = {key for key, items in children.items() if _list_of_bodies(items, vocab)}
    last_items = {key: (numbered[-1], len(numbered), numbered[0].ordinal) for key, items in children.items()
                  if (numbered := [c for c in items if c.ordinal is not None])}
    if _list_of_bodies([e for e in entries if e.parent is None], vocab):
        body_lists.add(id(None))  # the document's own top items: "（一）应急管理部门负责…；（二）发展和改革部门按…职责，
        # 指导…；（三）财政部门保障…" (河北省消防条例 第八条, its duty list copied without its article's number)
    top_lead: Said | None = None  # whose duties the top items below are: "领导小组办公室应当履行下列职责："
    top_leads: dict[int, list[Said]] = {}  # id(item) -> [that lead]
    for index, entry in enumerate(entries):
        if id(entry) in merged:
            continue
        if entry.parent is None:
            if entry.ordinal is None:
                top_lead = None  # (a paragraph ends the list)
            elif top_lead is not None:
                top_leads[id(entry)] = [top_lead]
            if (said := _lead_in(entry, collector)) is not None:
                top_lead = said
                if entry.ordinal is None and len(entry.joined.starts) == 1:
                    collector.claim(*entry.read_lines)  # the sentence alone, over the items: no task of its own
                    continue
        clauses = find_clauses(entry.text, vocab, entry.line_starts, numbered=entry.ordinal is not None or entry.listed,
                               article=entry.kind == "article") if entry.text else []
        duty = entry.duty
        if not duty and entry.listed and clauses and all(_helpers_label(c, 0, vocab) for c in clauses):
            duty = vocab.duty_subject(entry.text[: clauses[0].start]) or ""  # (only then: a row's text is long)
        if duty and (at := entry.text.find(duty)) >= 0 and (not clauses or all(
                _helpers_label(c, at + len(duty), vocab) for c in clauses)):  # "省水利厅承担…" in a duty list
            # (with its helpers labelled after: "省生态环境保护督察办公室负责将…纳入省级督察范畴（配合单位：第一专员办公室、
            # …）", 安徽省生态环境厅 2021)
            clauses = [Clause(at, at + len(duty), duty, at, "opening"), *partners(entry.text, at + len(duty), vocab),
                       *clauses]
        elif not clauses and entry.ordinal is not None and \
                (_under_duties(entry, vocab) or entry.kind == "article" or id(entry.parent) in body_lists) and \
                (unit := vocab.duty_subject(entry.text)) and all(_a_body(n, vocab) for n in unit.split("、")):
            clauses = [Clause(0, len(unit), unit, 0, "opening"), *partners(entry.text, len(unit), vocab)]
            # "三、职责分工" / "(2)区财政局会同区水务局积极争取…": a body opening an item with any verb of its duties;
            # an article of a 办法 opened by a body: "第十五条 联席会议办公室按照年度项目征集公告要求对项目进行初审。"
        if entry.kind == "article" and any(c.kind == "opening" for c in clauses):
            clauses = sorted(clauses + _list_partners(entry, children.get(id(entry), []), collector),
                             key=lambda c: c.start)
        if not clauses and entry.children and (name := _unit_heading(entry, islice(entries, index + 1, None), vocab)):
            merged.update(id(e) for e in islice(entries, index + 1, None) if entry in e.ancestors())
            end = len(name) + (entry.text[len(name): len(name) + 1] in (":", "："))  # (its colon: "(三)县农业农村局:")
            clauses = [Clause(0, end, name, 0, "opening")]
        elif not clauses and (name := _unit_title(entry, vocab)):
            at = entry.text.index(name)
            clauses = [Clause(at, at + len(name), name, at, "opening"), *partners(entry.text, at + len(name), vocab)]
        said_lines = _said_lines(entry, collector) if entry.clause_lines else []
        if index < first < len(entries) and entries[first].ordinal > 1 and (clauses or said_lines) and \
                _orphan(entry, clauses):
            collector.issue(entry.line, "orphan_clause", f"a clause before the first item (numbered "
                            f"{entries[first].ordinal}, so the text starts mid-list): it closes an item this text does "
                            "not hold; not read as a task", (entry.text or entry.clause_lines[0][1])[:80])
            collector.claim(*entry.read_lines)
            continue
        if said_lines and not clauses and _fields(entry, collector):
            collector.note(entry.line, "record_fields", "a record of fields (\"政策文号:…\", \"实施日期:…\") with a "
                           "labelled field: the page's data about the document, not a task", entry.clause_lines[0][1])
            collector.claim(*entry.read_lines)
            continue
        if (over := _clause_over_items(entry, clauses, said_lines, collector, children.get(id(entry), []))):
            heading_leads[id(entry)] = over
            defaults.add(id(entry))
        elif not _one_article_task(entry, clauses, children.get(id(entry), []), vocab) and \
                (head := _heading_lead(entry, collector, children.get(id(entry), []))) is not None:
            heading_leads[id(entry)] = [head]
            if staged := _lead_ins(entry, vocab):
                lead_ins[id(entry)] = staged
            if said_lines and not any(s.role == "lead" for s in said_lines):
                said_lines.insert(0, head)
            elif not said_lines and not clauses and not entry.children and len(entry.joined.starts) > 1:
                said_lines = [head]  # "(一)省监察厅牵头的工作" / "加强行政监察工作,…。": its one task, unnumbered
        if not clauses and not _names_units(said_lines) and not entry.children and entry.ordinal is not None and \
                (any(id(a) in heading_leads for a in entry.ancestors()) or id(entry) in top_leads):
            kinds["heading_leads"] = kinds.get("heading_leads", 0) + 1  # under "县示范区管委会牵头工作"
        elif not clauses and not _names_units(said_lines):
            if said_lines:  # only a deadline line: part of the item, nothing to assign
                collector.claim(*(ln for ln, _t in entry.clause_lines))
            if entry.ordinal is not None and not entry.children:
                waiting.setdefault(id(entry.parent), []).append(entry)
            continue
        if entry.ordinal is not None and entry.parent is not None and entry.parent.ordinal is not None and \
                _only_a_field(entry, clauses, vocab):
            # "五、城市交通安全…技术研究" / "(一)试点单位。北京工业大学" / "(二)试点指导单位。" / "交通运输部人事教育司牵头,
            # 运输服务司、科技司配合。": a field of the item above, naming its units; the item is the task
            collector.claim(*entry.read_lines)
            said_lines = [s for c in clauses for s in _said_inline(entry, c, collector)] + said_lines
            clauses = []
            if (at := fields_of.get(id(entry.parent))) is not None:
                found[at][2].extend(said_lines)
                continue
            entry = entry.parent
            fields_of[id(entry)] = len(found)
        earlier = waiting.pop(id(entry.parent), [])
        for done, _c, _s in found[owned_to:]:
            owning.update(id(a) for a in done.ancestors())
        owned_to = len(found)
        if (closing := _closing_last(entry, clauses, said_lines, last_items, owning)) is not None:
            sections, clause = closing
            if clause is not None and _section_clause(entry, clause):
                found.append((sections[-1], [], _said_inline(entry, clause, collector)))  # "1.…" / "2.…" / "(省教育厅、
                kinds["section_clauses"] = kinds.get("section_clauses", 0) + 1  # 省科协牵头,…等部门配合)": the
                continue  # section's
            closing_last.append((len(found), sections, clause))
        if earlier and (back := _covering(entry, clauses, vocab)) is not None:
            said = _said_inline(entry, back, collector)  # "…。以上工作由市发改委牵头,市财政局配合。"
            found.extend((e, [], said) for e in earlier)
        elif earlier and not clauses and _names_units(said_lines) and _just_before(earlier, entry):
            # "17.深入开展…。" / "18.认真开展…。" / "牵头领导：张华林" / "责任处室：机关党委": the lines under the second
            # of two items are both items' (a 整改方案 whose every other item has lines of its own)
            found.append((earlier[-1], [], said_lines))
        found.append((entry, clauses, said_lines))
        for clause in clauses:
            kinds[KIND_GENRES[clause.kind]] = kinds.get(KIND_GENRES[clause.kind], 0) + 1
        if said_lines:
            kinds["labelled_lines"] = kinds.get("labelled_lines", 0) + 1
    _sections_closed(found, closing_last, kinds, collector)
    tasks = {id(entry) for entry, _c, _s in found}
    heads = {id(a) for entry, _c, _s in found for a in entry.ancestors()} & tasks
    if heads:  # "一、加快调整能源结构(省发改委总牵头)": a heading over tasks; its clause leads the domain
        for entry, clauses, said_lines in found:
            if id(entry) in heads:
                _domain_lead(collector, entry, clauses, said_lines)
        found = [f for f in found if id(f[0]) not in heads or _worded(f[0], f[1])]
        tasks -= heads
    paths, para = [], 0
    for entry, _c, _s in found:
        if entry.ordinal is None:
            para += 1
        paths.append(path_of(entry, para))
    numbers = _shortest_unique(paths, [_least(entry) for entry, _c, _s in found])
    domains = _domains(found, tasks, collector)
    seen = set() if seen is None else seen
    count = len(found)
    for index, ((entry, clauses, said_lines), number) in enumerate(zip(found, numbers)):
        collector.advance(index, count)
        number = collector.numbered(number, seen, entry.line, "task", entry.text[:60])
        collector.claim(*entry.read_lines)
        inherited = next((_staged(heading_leads[id(a)], lead_ins.get(id(a)), entry.line) for a in entry.ancestors()
                          if id(a) in heading_leads and not (id(a) in defaults and (clauses or said_lines))),
                         top_leads.get(id(entry)))
        _record(collector, entry, clauses, said_lines, number, domains.get(id(entry)), conventions, seen, inherited)
    return kinds


def _staged(leads: list[Said], staged: list[tuple[int, Said]] | None, line: int) -> list[Said]:
    """The heading's lead over an item on ``line``: of its paragraphs saying whose duties follow, the last before the
    item (see _lead_ins); else its one lead."""
    before = [said for at, said in staged or () if at < line]
    return before[-1:] or leads


def _domains(found, tasks: set[int], collector: Collector) -> dict[int, str | None]:
    """Task entry -> domain key: its nearest ancestor that is not a task itself, numbered like the tasks."""
    heads: dict[int, Entry] = {}
    for entry, _c, _s in found:
        for ancestor in entry.ancestors():
            if id(ancestor) not in tasks and ancestor.kind != "para" and ancestor.ordinal is not None:
                heads[id(entry)] = ancestor
                break
    unique = {id(h): h for h in heads.values()}
    order = sorted(unique.values(), key=lambda h: h.line)
    paths = [path_of(h) for h in order]
    keys = {id(h): collector.domain(number, _title(h.text), h.line).key
            for h, number in zip(order, _shortest_unique(paths))}
    return {task: keys[id(head)] for task, head in heads.items()}


def _worded(entry: Entry, clauses: list[Clause]) -> bool:
    """Does a heading over tasks say a task of its own before its clause, in sentences ("(一)研究将财政资金直达机制…
    制度化，落实减税降费政策，为…提供支撑。(财政部…按职责分工负责)具体措施：1．…"), not only a title ("一、加快调整
    能源结构(省发改委总牵头)")? Then it is a task too, besides leading its domain."""
    if len(clauses) != 1 or clauses[0].kind not in ("verb", "label") or \
            len(entry.text[clauses[0].end:].strip()) > 8:  # (a bracket closing it: "…提供支撑。(X负责)具体措施:")
        return False
    text = entry.text[: clauses[0].start]
    return len(text) >= 30 and bool(re.search(r"[，,。;；]", text.rstrip("。;； ")))


def _domain_lead(collector: Collector, entry: Entry, clauses: list[Clause], said_lines: list[Said]) -> None:
    collector.claim(*entry.read_lines)
    path = [e.ordinal for e in reversed(entry.ancestors()) if e.ordinal is not None] + [entry.ordinal or 0]
    text = entry.text[: clauses[0].start] if clauses else entry.text
    domain = collector.domain(".".join(map(str, path[-1:])), _title(text), entry.line)
    said = [s for c in clauses for s in _said_inline(entry, c, collector)] + said_lines
    for piece in said:
        if piece.role in UNIT_ROLES:
            items = collector.listed_units(piece.text, piece.line)
            collector.assign("lead", items, domain.key, "Domain", None, piece.line, piece.clause, quiet=True)


_SEAM = re.compile(r"[,，、;；]*。[。,，、;；]*")


def _seamed(text: str) -> str:
    """Text with its clauses cut out, without the doubled stop where a clause was ("加强监管。。" → "加强监管。")."""
    return _SEAM.sub("。", text)


def _paragraphs(entry: Entry):
    """For a law's article: the number of the paragraph (款) holding each offset of its text, 1 for the first; a
    paragraph opens on a source line after one ending a sentence (a wrapped line ends elsewhere)."""
    text, starts, lines = entry.joined.text, entry.joined.starts, entry.joined.lines
    opens = [at for k, at in enumerate(starts) if k == 0 or lines[k] != lines[k - 1] and
             (mark := _last_mark(text, at)) and mark in "。；;：:！!？?"]  # (a source line's pieces, cut where a long
    # line ran on, are one; nothing before it: "第四条 " on a line of its own, its text on the next, b522)
    return lambda offset: max(1, bisect_right(opens, offset))


def _last_mark(text: str, at: int) -> str:
    """The last character before ``at`` that is no space ("" at the text's start)."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def _subjects(clauses: list[Clause], said_parts: list[list[Said]], text: str, paragraph_of=None):
    """An item whose sentences each open with a body and its duties ("…。区水务局负责…。区河道水闸管理所具体负责…"):
    [(clause indexes, the sentence's text after its subject, where it starts)] for each such sentence, when there
    are two or more, each naming its own lead or responsible units; else None. With ``paragraph_of`` (a law's
    article: where each paragraph is a line), the sentences of one paragraph are one part, their bodies sharing it
    ("国务院生态环境主管部门对全国…实施统一监督管理。国务院发展改革、…等主管部门在各自职责范围内负责…", 固体废物污染
    环境防治法 第九条; the law batches' labellers key an article's tasks by its paragraphs, b345, b375, b636-b641)."""
    groups: list[list[int]] = []
    for k, clause in enumerate(clauses):
        if clause.kind == "opening" and clause.end > clause.start:
            groups.append([k])
        elif paragraph_of is not None and clause.kind == "sentence" and \
                (not groups or paragraph_of(clause.start) != paragraph_of(clauses[groups[-1][0]].start)):
            groups.append([k])  # a law's paragraph of its own whose agent is named after 由 ("…派出机构根据授权，负责
            # 辖区内饮用水水源地保护管理，具体工作可以由有关内设机构负责", 日照 饮用水水源地保护条例, b647; "普通护照的
            # 具体签发办法，由公安部规定。", 护照法 第七条, b924: its first)
        elif groups and clause.start == clause.end:
            groups[-1].append(k)  # the partners a body's duties name ("会同市交通运输局…") stay with it
        else:
            return None
    later = paragraph_of is not None and len(groups) == 1 and paragraph_of(clauses[groups[0][0]].start) > 1
    # (a law's article whose bodies open a later paragraph only, after a statement: "幼儿园的管理实行地方负责…的原则。" /
    # "国家教育委员会主管全国的幼儿园管理工作；…" (幼儿园管理条例 第六条, b769): that paragraph's part, keyed by it)
    if len(groups) < 2 and not later or \
            not all(any(s.role in ("lead", "responsible") for s in said_parts[g[0]]) for g in groups):
        return None
    if paragraph_of is not None:  # (however many bodies' sentences a paragraph holds: "市交通运输部门…负责…；市自然资源
        # 和规划、市住房和城乡建设部门分别负责…。其他有关部门按照各自职责做好…", 绍兴 城市轨道交通条例, b708; the labellers
        # of 古树名木, 乳品质量安全, 村庄规划 regulations key such a paragraph whole, b709, b669, b645)
        numbers = [paragraph_of(clauses[g[0]].start) for g in groups]
        merged, last = [], None
        for group, number in zip(groups, numbers):
            if number == last:
                merged[-1] = merged[-1] + group
            else:
                merged.append(group)
            last = number
        if len(merged) < 2 and paragraph_of(clauses[merged[0][0]].start) == 1:
            return None  # (one paragraph's bodies, its first: the article is one task)
        groups = merged
    before = _work_before(clauses, groups, text)
    if before is not None:
        return before
    out = []
    for n, group in enumerate(groups):
        start = clauses[group[0]].end
        end = clauses[groups[n + 1][0]].start if n + 1 < len(groups) else len(text)
        out.append((group, text[start:end], start))
    return out


_JOINED_BEFORE = re.compile(r"[^\s,，;；。、:：(（]$")


def _work_before(clauses: list[Clause], groups: list[list[int]], text: str):
    """The parts of an item whose sentences each name a piece of work, then who does it after 由 ("…违章简易棚和居住出租房
    消防安全隐患排查工作由属地乡镇政府(街道办事处)牵头组织,…等有关部门配合;高层建筑消防安全隐患排查工作由房管部门牵头
    组织,公安消防部门配合;…", a city's 火灾隐患 排查 方案): each part's text is the work before its clause, from the last
    clause's end or its sentence's start (not the item's title); None unless every part is so written."""
    out, previous = [], 0
    for group in groups:
        clause = clauses[group[0]]
        if not clause.inner.startswith("由"):
            return None
        start = max(previous, text.rfind("。", 0, clause.start) + 1)
        piece = text[start: clause.start]
        if not clean_text(piece).strip("。;；.,，、 ") or not _JOINED_BEFORE.search(piece):
            return None  # (the work and 由 in one run of words: not "…中,由X负责的…项目", what X does after it)
        out.append((group, piece, start))
        previous = max(clauses[k].end for k in group)
    return out


def _enumerated(clauses: list[Clause], said_parts: list[list[Said]], text: str, vocab):
    """An item's points in prose, "一是…二是…三是…" (Vocabulary.points), when two or more of them hold clauses naming
    their own lead or responsible units and no clause stands before the first: [(the point's ordinal, its said, its
    text, where it starts)] for each point that names units; else None (a clause closing the last point alone covers
    the whole item)."""
    marks = vocab.points(text)
    ordinals = [chinese_ordinal(m.group(0).strip("其是")) for m in marks]
    if len(marks) < 2 or None in ordinals or ordinals != list(range(ordinals[0], ordinals[0] + len(ordinals))) or \
            not clauses or clauses[0].start < marks[0].start():
        return None
    bounds = [m.start() for m in marks] + [len(text)]
    points = []
    for k, ordinal in enumerate(ordinals):
        said = [s for c, part in zip(clauses, said_parts) if bounds[k] <= c.start < bounds[k + 1] for s in part]
        if any(s.role in ("lead", "responsible") for s in said):
            points.append((ordinal, said, text[marks[k].end(): bounds[k + 1]], bounds[k]))
    return points if len(points) >= 2 else None


def _none_labelled(said: list[Said], labelled: str) -> bool:
    """Does a clause name units only as responsible ("由X负责监督"), none of which appears in the text of the item's
    labelled lines?"""
    if any(s.role in ("lead", "assist") for s in said):
        return False  # "由设区公安交警部门牵头，交建、规划等部门配合" (平潭 畅通城市): the prose divides the work itself
    names = [n for s in said if s.role in UNIT_ROLES for n in re.split(r"[、,，和及与]", clean_text(s.text)) if n]
    return bool(names) and not any(re.sub(r"^[省市县区]", "", n) in labelled for n in names)


def _deadline(said: list[Said]) -> str | None:
    texts = [s.text for s in said if s.role == "deadline" and s.text.strip()]
    return texts[-1].strip().rstrip("。") if texts else None


def _just_before(earlier: list[Entry], entry: Entry) -> bool:
    """Is the last of the items waiting for units the one just before ``entry``, of its kind, and after an item
    that named its own (its neighbour shares the lines under ``entry``, nothing above it waits)?"""
    last = earlier[-1]
    return len(earlier) == 1 and last.kind == entry.kind and last.ordinal is not None and \
        entry.ordinal == last.ordinal + 1 and not last.clause_lines


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` holding offset ``at``, cleaned."""
    begin = max(text.rfind(mark, 0, at) for mark in "。;；") + 1
    ends = [e for e in (text.find(mark, at) for mark in "。;；") if e >= 0]
    return clean_text(text[begin: min(ends) + 1 if ends else len(text)]).strip(",，、 ")


def _led_in_words(text: str, said: list[Said]) -> list[Said]:
    """A clause that lists the responsible units and marks no lead, in an item whose own words say which of them
    leads ("…由区绿化市容局牵头，组织区城管执法局、…等对重点单位分类情况进行联合检查…。（责任单位：区教育局、…、区绿化市容局、
    区商务委、各街镇）", 静绿容发〔2024〕15号): that one leads, the others assist."""
    listed = [s for s in said if s.role == "responsible"]
    if not listed or any(s.role in ("lead", "assist") for s in said):
        return said
    names = [n for s in listed for n in split_top_level(s.text)]
    leads = {m["unit"] for m in _LED_IN_WORDS.finditer(text)} & set(names)
    if len(leads) != 1 or len(names) < 2:
        return said
    lead = leads.pop()
    first = listed[0]
    others = "、".join(n for n in names if n != lead)
    return [s for s in said if s.role != "responsible"] + [Said("lead", lead, first.line, first.clause),
                                                           Said("assist", others, first.line, first.clause)]


_LED_IN_WORDS = re.compile(r"(?:^|[，,。;；:：])\s*由?(?P<unit>[^，,。;；:：()（）由]{2,20}?)牵头(?!单位|部门|抓总)")


def _record(collector: Collector, entry: Entry, clauses: list[Clause], said_lines: list[Said], number: str,
            domain: str | None, conventions: Conventions, seen: set[str],
            heading: list[Said] | None = None) -> None:
    """One item's task, or its parts; ``seen``: the document's task numbers so far, which its parts' numbers join
    (a paragraph's inline clauses, parts 1.1-1.4, then an item "1." under "(一)" numbered 1.1 too, 霍邱 人才 方案: that
    one is kept as 1.1b, reported, and each keeps its own units)."""
    text = entry.text
    if any(c.kind in ("label", "verb") for c in clauses) or any(s.role in ("lead", "responsible") for s in said_lines):
        described = [c for c in clauses if c.kind not in ("label", "verb") and text[c.end: c.end + 1] == "的"]
        for clause in described:  # a mechanism the item sets up, described by who leads it ("建立由医疗保障部门牵头,
            # 有关部门参加的…联动工作机制"), beside the item's own labelled or bracketed clause ("建设由大中型科技企业牵头，
            # 中小企业…等共同参与的科技联合体。…（发展改革委、科技部…等按职责分工负责）", 国发〔2018〕32号 (十六)): the
            # label or the bracket assigns the item
            collector.note(entry.joined.line_at(clause.start), "described_body",
                           "a body the task sets up, described by who leads it; the item's clause assigns the task",
                           text[clause.start: clause.end + 1])
        clauses = [c for c in clauses if c not in described]
    for clause in clauses:
        if not clause.closed:
            collector.issue(entry.joined.line_at(clause.start), "unclosed_bracket",
                            "clause has no closing bracket; read to the end of its sentence", text[clause.start: clause.end])
    pieces, starts, cursor = [], [], 0
    for clause in clauses:
        pieces.append(text[cursor: clause.start])
        starts.append(cursor)
        cursor = clause.end
    widths = [c for c in clauses if c.end > c.start]  # (not the partners after it, which cut nothing)
    tail = text[cursor:].lstrip(",，、 ") if widths and widths[-1].kind == "opening" else text[cursor:]
    if clauses and clean_text(tail).strip("。;；.,， "):
        collector.note(entry.joined.line_at(cursor), "text_after_clause",
                       "text after the last clause belongs to the last part", clean_text(tail))
    if pieces:
        pieces[-1] += tail
    else:
        pieces, starts = [text], [0]
    said_parts = [_said_inline(entry, c, collector) for c in clauses]
    if any(s.role in ("lead", "responsible") for s in said_lines):
        labelled = clean_text("".join(s.text for s in said_lines if s.role in UNIT_ROLES))
        said_parts = [[] if c.kind == "opening" and c.inner.startswith("由") and _none_labelled(part, labelled)
                      else part for c, part in zip(clauses, said_parts)]
        # "…由县农业农村局、财政局…负责监督。" / "项目责任单位:洛克乡、水利局" (叶城县 衔接资金 项目公示): the labelled
        # lines name the item's units; an agent in its prose who is none of them oversees, the labels divide the work
    whole = bool(clauses) and not clean_text("".join(pieces)).strip("。;；.,， ")  # "(1)…事故由县公安局负责;": the
    if whole:  # clauses are the whole text, which says what and who at once; each one naming its own lead is a part
        pieces, starts = [text[c.start: c.end] for c in clauses], [c.start for c in clauses]
    full = clean_text(text) if whole else _seamed(clean_text("".join(pieces))) if clauses else clean_text(text)
    all_said = [s for part in said_parts for s in part] + said_lines
    deadline_text = _deadline(all_said)
    deadline = normalize_deadline(deadline_text, collector.year)
    title = re.split(r"[。;；]", full, maxsplit=1)[0] if "。" in full[:40] else None
    split = len(clauses) > 1 and not said_lines and (
        all(any(s.role in ("lead", "responsible") for s in said) for said in said_parts) if whole else
        all(clean_text(p).strip("。;；.,， ") for p in pieces) and
        not any(c.kind == "opening" for c in clauses))  # the task follows an opening clause: one task
    ordinals = None  # the parts' own numbers, where the item prints them
    if not said_lines and (points := _enumerated(clauses, said_parts, text, collector.vocab)):
        # "11.加快推进扶贫开发六项重点工作。一是…。由扶贫开发指导处负责落实。二是…，由机关党委负责落实。…": the item's points,
        # each with its own clause, are its parts, numbered as the points are
        split = True
        ordinals, said_parts, pieces, starts = (list(column) for column in zip(*points))
    paragraph_of = _paragraphs(entry) if entry.kind == "article" else None
    if paragraph_of is not None and paragraph_of(len(text)) == 1:
        paragraph_of = None  # (an article printed as one line, its paragraphs run together: a glued copy's; its
        # sentences' bodies each a part, as in an item)
    subjects = _subjects(clauses, said_parts, text, paragraph_of) if not split and not said_lines else None
    if subjects:  # "(二)明确职责分工。社会事业处负责…;党群工作处要做好…;财税专班负责…": each body's sentence a part
        split = True
        said_parts = [[s for k in group for s in said_parts[k]] for group, _piece, _start in subjects]
        pieces, starts = [piece for _g, piece, _s in subjects], [start for _g, _p, start in subjects]
        if paragraph_of is not None and \
                len(set(paragraphs := [paragraph_of(start) for start in starts])) == len(starts):
            ordinals = paragraphs  # a law's article: each part numbered by its paragraph (款), as the law is cited
    parent = collector.task(Task(task_key(collector.doc, number), collector.doc, number, domain, full, entry.line,
                                 title=title, deadline=deadline, deadline_text=deadline_text, has_parts=split))
    if not full:
        collector.issue(entry.line, "unparsed_clause", "a clause with no task text before it",
                        said_lines[0].clause if said_lines else "")
    own_subject = any(c.kind == "opening" and not clean_text(text[: c.start]).strip() and not BY.match(c.inner) and
                      not c.inner.startswith(PARTNERS_FIRST) for c in clauses)
    # (not "3.由镇财政所负责审计工作。" under "领导小组工作职责：": an agent it names; nor "（五）会同市有关部门负责…", the
    # bodies the list head's works with, clauses.PARTNERS_FIRST)
    if heading and not any(s.role == "lead" for s in all_said) and not own_subject:  # (not over an item its own
        # subject opens: "各级河长管理协调办事机构主要职责：" / "（一）总河长管理协调办事机构负责…", 济宁 泗河条例, b609)
        said_lines = said_lines + [Said(h.role, h.text, h.line, h.clause, inherited=True) for h in heading]
        all_said = all_said + said_lines[-len(heading):]
        if not clauses and text.startswith(PARTNERS_FIRST):  # "（二）会同有关部门编制海塘建设规划；" under "水行政
            # 主管部门的主要职责是：" (浙江 海塘建设管理条例, b810): the list head's body works with them on this duty
            partnered = [s for c in partners(text, 0, collector.vocab) for s in _said_inline(entry, c, collector)]
            said_lines, all_said = said_lines + partnered, all_said + partnered
    if not split:
        said = _led_in_words(full, all_said)
        if not any(s.role in UNIT_ROLES for s in said):
            collector.issue(entry.line, "no_unit", f"task {number} names no unit", full[:80])
        assign_task(collector, said, parent.key, number, conventions, entry.line, entry.last_line)
        return
    last_line = entry.last_line  # (once: an item may have thousands of parts)
    for i, (said, piece, start) in enumerate(zip(said_parts, pieces, starts), 1):
        part_number = collector.numbered(f"{number}.{ordinals[i - 1] if ordinals else i}", seen, entry.line, "task",
                                         piece[:60])
        words = clean_text(piece).lstrip("。;；,，、 ")
        if not words.rstrip("。;；,，、 "):
            words = _sentence_at(text, start)  # ("具体工作由试点省(区)人民政府负责。": the clause is its whole text)
        part = collector.task(Task(task_key(collector.doc, part_number), collector.doc, part_number, domain,
                                   words, entry.joined.line_at(start), deadline=deadline,
                                   deadline_text=deadline_text, parent=number))
        assign_task(collector, said, part.key, part_number, conventions, part.line, last_line)
