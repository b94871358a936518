"""Duties written as prose: sentences each opened by the bodies that are to act.

A State Council notice, a ministry's plan or a city's emergency measures may divide the work in running sentences,
with no bracket, label or table: "发展改革委要会同有关部门和地区继续做好…", "电力企业要合理安排发输电设备检修
计划…", "工业和信息化部总负责，并负责稀土行业管理…", "国网天津市电力公司调控中心应提升负荷预测准确性…". When no
other step found a task in a document, or only a few against many such sentences, each such sentence is a task:
the bodies opening it, before a modal word (roles.yaml modal_verbs; prose.prohibitions: 不得), a verb of a role
(subject_verbs: 负责, 牵头 …) or a verb of duties (duty_verbs), are responsible for it (they lead: no lead is marked), and the units it names
after 会同 / 协同 / 配合 (partner_verbs) assist. A subject that is to help others ("乡镇人民政府、街道办事处应当协助税务机关
做好…", roles.yaml helping) assists, and the ones it helps lead.

A sentence's subject is a list of units' names of which at least one is a body's or a kind of body's, not only
groups of no kind ("各地区、各部门要…" closes a notice; "发展改革委、水利部等部门要…", "各省级人民政府要…" divide its
work). A task is numbered by the heading or item number before it and the sentence's place under it ("3.2": the
second such sentence under 三、); its text is the sentence, after the item's title for its first ("全面明晰消防安全
责任。各中小学校、幼儿园要…"). Items read as tasks by an earlier step are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agencygraph.graph.model import Task, task_key

from .assign import Conventions, Said, assign_task
from .clauses import partners, unit_like
from .collect import Collector
from .items import path_of
from .outline import read_outline
from .textnorm import clean_text, split_top_level, without_other_name
from .vocabulary import BY, Vocabulary

__all__ = ["parse", "report_unread", "FEW"]

_NUMBER = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）.．、]\s*)+")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?\n]*")
_MARKS = re.compile(r"[。；;！!？?，,、:：]")
_TITLE_LINE = 20  # a title on a line of its own is no longer (see _titled_text)
FEW, _SOME, _TIMES = 2, 5, 3  # (see parse)
_OPENING = 20  # the words of an item read as a task looked for after where the two texts part (see _read)
_READ = 2000  # the tasks read before looked at (the step runs when few of them have units; they may be many)
_TOPIC = 40  # the words before a sentence's 由 and its agent (see _subject)
_WINDOW = 200  # the words after a comma looked at for other bodies opening a clause (see _clauses)
_TITLE = 60  # an item's title before its first subject's sentence opens the task's text, when no longer


def _subject(sentence: str, vocab: Vocabulary, groups: bool = False) -> tuple[str, int] | None:
    """The units opening a sentence that says what they are to do, and where they end; else None (also when it says
    what they did: prose.past). ``groups``: in a numbered item, groups of no kind with words of their own are a subject
    too ("二、加强餐厨废弃物收集能力储备。各地各相关部门要积极引导…", 广安 餐厨废弃物 通知, 2021; "各地各高校要…", 教育部's
    notices: the item's duty is theirs)."""
    if vocab.prose_past_re is not None and vocab.prose_past_re.search(sentence):
        return None
    found = []
    for pattern in (vocab.prose_subject_re, vocab.subject_re):
        if pattern is not None and (m := pattern.match(sentence)):
            units = m["units"].strip()
            units = vocab.prose_adverb_re.sub("", units) if vocab.prose_adverb_re is not None else units
            found.append((units, m.start("units") + len(m["units"])))
    if (unit := vocab.duty_subject(sentence[:120])) is not None:
        found.append((unit, sentence.index(unit) + len(unit)))
    if not found and vocab.subject_re is not None and (by := BY.search(sentence, 2, _TOPIC)) and \
            not _MARKS.search(sentence, 0, by.start()) and (m := vocab.subject_re.match(sentence[by.end():])) and \
            len(_MARKS.split(sentence[by.end() + m.end():], maxsplit=1)[0].strip()) >= 2:
        # what is to be done, then its agent and a verb of its role: "领导小组的日常工作和有关调查工作的具体安排由
        # 市统计局负责牵头落实;市公安局负责…" (a city's 人口抽样调查 notice; the words before 由 may hold 的); the verb
        # then what is done (not "各项损失均由越权审批单位和有关企业负责": who bears a cost)
        found.append((m["units"], by.end() + m.end("units")))
    for units, end in sorted(found, key=lambda f: f[1]):
        if (by := list(BY.finditer(units))):
            units = units[by[-1].end():]  # "协调会议由国家计委负责召集": the agent after 由
        units = vocab.lead_in_re.sub("", units) if vocab.lead_in_re is not None else units
        if vocab.names_trades(units) and unit_like(units, vocab) and _body(split_top_level(units)[-1], vocab):
            return units, end  # departments by their trades, sharing the last one's kind: "交通运输、邮政管理部门负责…"
        names = split_top_level(vocab.strip_etc(units))
        if len(names) > 1 and any(vocab.names_localities(n) for n in names):
            continue  # ("各地区、各部门要…" closes a notice: prose.localities)
        if names and len(units) >= 2 and unit_like(units, vocab) and \
                all(_named(n, vocab) and (_body(n, vocab) or vocab.is_group(n)) for n in names) and \
                (any(_body(n, vocab) for n in names) or groups and any(_own_group(n, vocab) for n in names)):
            return units, end
    return None


_GROUP_WORDS = ("部门", "单位", "方面", "和", "及", "与")


def _own_group(name: str, vocab: Vocabulary) -> bool:
    """A group with words of its own, not only 有关/相关/各…部门: "各高校", "各级教育行政部门" (not "有关部门", "其他相关
    部门", "各地各部门": a notice names them where it leaves the work to whoever concerns it, or closes)."""
    vague = _vague_words(tuple({*vocab.prose_vague_kinds, *vocab.group_prefixes, *vocab.prose_localities,
                                *_GROUP_WORDS}))  # (not "各地各部门要…", a notice's closing words)
    return vocab.is_group(name) and bool(vague.sub("", name).strip())


@lru_cache(maxsize=8)
def _vague_words(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words``, the longest first (see _own_group)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _helped(sentence: str, end: int, vocab: Vocabulary) -> str | None:
    """The units a sentence's subject (ending at ``end``) is to help, when helping them is what it is to do
    ("乡镇人民政府、街道办事处应当协助税务机关做好涉税数据采集…", "县级以上人民政府有关部门应当按照各自职责，支持、协助税务
    机关依法开展…" 河北省税收征管保障办法; roles.yaml helping): their names up to the verb of the work, else None."""
    if vocab.helps_re is None or not (m := vocab.helps_re.match(sentence, end)):
        return None
    after = sentence[m.end(): m.end() + 60]
    stop = vocab.action_re.search(after)
    span = re.split(r"[,，。;；:：]", after[: stop.start()] if stop else "")[0].strip()
    names = split_top_level(vocab.strip_etc(span))
    return span if names and unit_like(span, vocab) and all(vocab.is_unit_name(n) for n in names) else None


def _named(name: str, vocab: Vocabulary) -> bool:
    """A unit's name of three characters or more (not "企业"), not a person's, a label's or words that open a
    sentence ("今年计划在南桥镇…", "对养老机构": units.not_starts, not_first)."""
    name = without_other_name(name)
    return (vocab.names_places(name) or len(name) >= 3 and vocab.is_unit_name(name)) and not vocab.is_person(name) and \
        vocab.label_role(name) is None and not name.startswith(tuple(vocab.not_starts)) and \
        name[0] not in vocab.not_first


def _body(name: str, vocab: Vocabulary) -> bool:
    """A body's name (units.body_name: "发展改革委", "各省级人民政府") or a kind of body (prose.kinds: "铁路部门",
    "电力企业", "金融机构"), a group of that kind only with words of its own ("各级价格主管部门"; not "有关部门",
    "各级政府部门": prose.vague_kinds)."""
    name = without_other_name(name)
    if vocab.names_a_body(name) or vocab.names_places(name):
        return True
    kinds = tuple(vocab.prose_kinds)
    if not kinds or not name.endswith(kinds) or vocab.duty_verb_re is not None and vocab.duty_verb_re.match(name):
        return False  # ("检查企业…": a verb and its object)
    return not vocab.is_group(name) or len(_own_words(name, vocab)) >= 2


def _own_words(name: str, vocab: Vocabulary) -> str:
    """A group's words of its own before its kind: "各级价格主管部门" -> "价格"."""
    rest = next(name[: -len(k)] for k in sorted(vocab.prose_kinds, key=len, reverse=True) if name.endswith(k))
    vague = sorted(vocab.prose_vague_kinds + vocab.group_prefixes, key=len, reverse=True)
    return re.sub("|".join(map(re.escape, vague)), "", rest) if vague else rest


def _sentences(text: str, vocab: Vocabulary, groups: bool = False):
    """Each sentence of an item with a subject, as (sentence, units, where they end), the sentences before the first
    one's joined to it (the item's title: "全面明晰消防安全责任。各中小学校…要…")."""
    title = ""
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0).strip()
        for at in _openings(sentence, vocab):
            if (subject := _subject(sentence[at:], vocab, groups) if len(sentence) - at >= 8 else None) is not None:
                units, end = subject
                opened = title if title is not None and len(title) <= _TITLE else ""
                parts = _clauses(sentence, at + end, vocab)
                yield opened + sentence[: parts[0][0] if parts else len(sentence)], units, len(opened) + at + end
                for k, (cut, units, end) in enumerate(parts):
                    yield sentence[cut: parts[k + 1][0] if k + 1 < len(parts) else len(sentence)], units, end
                title = None
                break
        else:
            owned = list(_owned(sentence, vocab))
            for cut, units, end, stop in owned:  # "县人口计生局负责的孕前优生健康检查仅完成71%": a progress report's
                yield sentence[cut: stop], units, end  # projects, each named after the units that own it
            if owned:
                title = None
            elif title is not None:
                title += sentence


_OWNED = re.compile(r"(?:负责|牵头|承担|承办)的(?=[^,，;；。、]{2})")
_OWNED_STOP = re.compile(r"[,，;；。]")
_LEVEL_START = re.compile(r"[省市县区州镇乡旗盟各]")
_JOINS = re.compile(r"(?:以及|及|和|与)(?=[省市县区州镇乡旗盟各])")


def _owned(sentence: str, vocab: Vocabulary):
    """The projects a sentence names after the units that own them ("但仍有县人口计生局负责的孕前优生健康检查仅完成71%,县供销
    社负责的规范农民专业合作社仅完成81.3%", a county's 民生工程 督查 通报; "由贺兰县教育体育局负责的中考信息化提升项目…"): as
    (where the part opens, its units, where they end in it, where the part ends); at most 20 a sentence. The units open
    after 由, else at a level's name after the last mark or project before them ("…改善乡村公路项目及县文化产业园区管委会、
    县住建局…等单位负责的安置房建设项目"); a part ends at a mark or where the next opens."""
    found, after = [], 0
    for k, m in enumerate(_OWNED.finditer(sentence)):
        if k == 20:
            break
        start = max([after, *(e.end() for e in _OWNED_STOP.finditer(sentence, max(0, m.start() - 80), m.start()))])
        head, after = sentence[start: m.start()], m.end()
        by = list(BY.finditer(head))
        joins = [x.end() for x in _JOINS.finditer(head)][-1:]  # ("…改善乡村公路项目及县文化产业园区管委会、…": after 及)
        for at in ([by[-1].end()] if by else joins + [x.start() for x in _LEVEL_START.finditer(head)][:8]):
            units = vocab.strip_etc(head[at:].strip())
            names = split_top_level(units)
            if names and unit_like(units, vocab) and all(_named(n, vocab) for n in names) and \
                    any(_body(n, vocab) for n in names):  # ("…县住建局、…、蓬莱镇、隆盛镇等单位": a town by its name)
                stop = _OWNED_STOP.search(sentence, m.end())
                found.append([start + at, units, m.start() - start - at, stop.start() if stop else len(sentence)])
                break
    for part, following in zip(found, found[1:]):
        part[3] = min(part[3], following[0])
    return [tuple(f) for f in found]


def _clauses(sentence: str, start: int, vocab: Vocabulary) -> list[tuple[int, str, int]]:
    """The later clauses of a sentence that each open with other bodies and a verb of their role, after a comma outside
    brackets: "园林和林业部门负责陆生野生动物猎捕…监管,农业农村部门负责水生野生动物…,市场监管部门负责…,海关负责…"
    (武汉 禁食野生动物 通知): each a task of its own, as (where it opens, its units, where they end in it)."""
    out, depth = [], 0
    for i in range(start, len(sentence)):
        ch = sentence[i]
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        if depth or ch not in ",，":
            continue
        window = sentence[i + 1: i + 1 + _WINDOW]  # (a window, not the sentence's rest: one copy a comma stays short)
        rest = window.lstrip()
        if vocab.subject_re is not None and vocab.subject_re.match(rest[:80]) and \
                (subject := _subject(rest, vocab)) is not None:
            out.append((i + 1 + len(window) - len(rest), *subject))
    return out


def _openings(sentence: str, vocab: Vocabulary) -> list[int]:
    """Where a subject may open a sentence: at its start, or after a clause of time or condition before a comma
    ("需求响应结束后，国网天津市电力公司对…进行冻结")."""
    return [0, *(m.end() for m in vocab.prose_opener_re.finditer(sentence, 0, 60))] \
        if vocab.prose_opener_re is not None else [0]


def _titled_text(entry) -> str:
    """An item's text, a title line of its own ("一、保障措施" / "区财政局要…") parted from the line after it as a
    sentence is (a line break after a short line with no mark; lines a page wrapped stay joined)."""
    text, starts = entry.text, entry.joined.starts
    cuts = [b for a, b in zip(starts, starts[1:]) if 0 < b - a <= _TITLE_LINE and not _MARKS.search(text, a, b)]
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    return "\n".join(clean_text(p) for p in pieces)


def _estimate(lines: list[tuple[int, str]], vocab: Vocabulary) -> int:
    """How many sentences open with a subject after at most a number or a clause of time (no items looked for, no
    titles read)."""
    count = 0
    for _n, raw in lines:
        for s in _SENTENCE.finditer(raw):
            sentence = _NUMBER.sub("", s.group(0), count=1).strip()
            numbered = len(sentence) < len(s.group(0).strip())  # (after an item's number: see _subject's groups)
            count += any(_subject(sentence[at:], vocab, numbered) is not None for at in _openings(sentence, vocab))
    return count


def _enough(count: int, already: int) -> bool:
    """Are ``count`` subject sentences enough beside the ``already`` tasks other steps read (see parse)?"""
    return not already or count >= max(_SOME, _TIMES * already)


def _read(entry, read: dict[int, list[str]]) -> bool:
    """Did an earlier step read this item as a task (a task on its line whose words it holds: "居民住房水问题的报修…" in
    "房产管理科负责居民住房水问题的报修…"; or holds but for the clause cut from its middle: "加强统筹协调。的中小学生
    研学旅行工作协调小组…" in "加强统筹协调。各地要成立由教育部门牵头，…共同参加的中小学生研学旅行工作协调小组…",
    教基一〔2016〕8号, b553)?"""
    text = clean_text(entry.text)
    for task_text in read.get(entry.line, ()):
        same = next((k for k, (a, b) in enumerate(zip(task_text, text)) if a != b), min(len(task_text), len(text)))
        if (rest := task_text[same: same + _OPENING]) and rest in text[same:] or not rest and same:
            return True
    return False


def _dotted(entry) -> str:
    return ".".join(str(n) for n in path_of(entry)) if entry is not None else ""


def parse(lines: list[tuple[int, str]], collector: Collector, conventions: Conventions, seen: set[str],
          already: int = 0) -> int:
    """Read the sentences of ``lines`` (``[(lineno, raw)]``) whose subjects are bodies as tasks; returns how many.
    A numbered item with one such sentence is a task under its own number; two or more are numbered under it.
    Read only when the other steps found no task, or a few (``already``, at most ``FEW``) against at least
    ``_TIMES`` as many such sentences (and ``_SOME``): the document divides its work in prose, the few were its
    openings."""
    vocab = collector.vocab
    if already > FEW or (already and not _enough(_estimate(lines, vocab), already)):
        return 0  # (a count over the sentences first: the items are looked for only when there may be enough)
    entries = [(entry, found) for entry in read_outline(lines, vocab)
               if (found := list(_sentences(_titled_text(entry), vocab, entry.kind != "para")))]
    if not _enough(sum(len(f) for _e, f in entries), already):
        return 0
    done: dict[int, list[str]] = {}  # line -> the openings of the tasks an earlier step read there: those items are
    for task in collector.tasks()[:_READ]:  # left alone, unless they divide their work among two or more subjects
        done.setdefault(task.line, []).append(clean_text(task.text or ""))  # ("…工业和信息化部总负责…。发展改革委牵头…。")
    entries = [(entry, found) for entry, found in entries if len(found) >= 2 or not _read(entry, done)]
    counts: dict[str, int] = {}
    read = 0
    for entry, found in entries:
        parent = entry if entry.kind != "para" else entry.parent
        base = _dotted(parent)
        own = entry.kind != "para" and len(found) == 1 and base not in seen  # (else "2.1": another step's "2")
        line = entry.line
        for sentence, units, end in found:
            if own:
                number = base
            else:
                counts[base] = counts.get(base, 0) + 1
                number = f"{base}.{counts[base]}" if base else str(counts[base])
            while number in seen:
                number += "b"
            seen.add(number)
            task = collector.task(Task(task_key(collector.doc, number), collector.doc, number, None, sentence, line))
            if helped := _helped(sentence, end, vocab):  # the ones it helps own the work; it assists
                said = [Said("lead", helped, line, sentence), Said("assist", units, line, sentence)]
            else:
                said = [Said("responsible", units, line, sentence)]
            said += [Said("assist", p.reading[:-2], line, p.inner)
                     for p in partners(sentence, end, vocab, to_comma=True)]
            assign_task(collector, said, task.key, number, conventions, line, line)
            read += 1
        for lineno in entry.read_lines:
            collector.claim(lineno)
    return read


def report_unread(collector: Collector) -> int:
    """Warn of each sentence inside a task read whose subject is a body made responsible by a verb of a role
    ("教育部门负责指导学校…" in an item closing with its own clause, "(十一)明确部门职责分工。…由行政审批部门负责相关登记
    许可。教育部门负责…。公安部门负责…" 鲁政办发〔2026〕8号) when none of the task's units is that body: the task's
    units were read from its clause and the sentence was not read, which a reader is told (nothing silent). Run
    when this step read nothing (the items had units); returns how many."""
    vocab = collector.vocab
    if vocab.subject_re is None:
        return 0
    tasks = collector.tasks()[:_READ]
    units: dict[str, set[str]] = {task.key: set() for task in tasks}  # (only these tasks' units: not a set for each
    # of a plan's 270,000 tasks)
    for a in collector.result().assignments:
        if a.target in units and a.target_label == "Task":
            units[a.target].update((a.actor, a.spelling))
    count = 0
    for task in tasks:
        if not (own := units.get(task.key)):
            continue
        for s in _SENTENCE.finditer(task.text or ""):
            sentence = _NUMBER.sub("", s.group(0), count=1).strip()
            if not (m := vocab.subject_re.match(sentence)):
                continue
            subject = m["units"].strip()
            names = split_top_level(vocab.strip_etc(subject))
            if not names or not all(_named(n, vocab) for n in names) or not any(_body(n, vocab) for n in names) \
                    or any(u in subject or subject in u for u in own):
                continue
            collector.issue(task.line, "unread_duty", f"a sentence of task {task.number} says {subject} {m['verb']}, "
                            "and it is none of the task's units: the sentence is not read", sentence)
            count += 1
    return count
