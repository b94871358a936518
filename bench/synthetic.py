"""A seeded synthetic corpus of Wuhan policy documents in the two bundled genres, for benchmarks and tests.

Every document is written in exactly the shape of one of the bundled plans (``examples/``):

- ``inline_clauses`` (like 武政〔2018〕50号): numbered items under sections (一)…(N) of chapter
  "二、主要任务", each ending in "(牵头单位:…;协办单位:…)", some with two clauses, lines cut by
  page breaks in the middle of a sentence or a unit name, half- or full-width punctuation;
- ``responsibility_table`` (like 武政办〔2023〕84号): tab-separated rows
  类别/序号/试点任务/牵头单位/责任单位/完成时限, the header repeated after every page break, the category
  cell "一、…(牵头单位:…)" printed on a page's first row and where a category starts (with the slightly
  different titles and lead spellings a real table has), "—" for no unit, a few merged-cell sub-rows.

Each has a unique 文号, a title "…关于印发…的通知", an issuer line "…文件", a signing date and a 印发 date.

Units are only names ``loaders/aliases.yaml`` resolves (canonical names, aliases, old names of the 2019
reform, bracketed second names such as 市商务局〈市口岸办〉), so the corpus loads with no warning:
lead units follow a Zipf-like popularity (a few departments lead many tasks), 1–2 leads and 0–6
assisting units per task, about one mention in ten spelled by an alias or an old name, group
expressions (各区人民政府, 相关区人民政府, 市直各有关部门, …), and in every document the group
definition "各区人民政府(含东湖高新区、武汉经开区、长江新区管委会,下同)" on its first use.

Examples
--------
>>> docs = list(generate(300, seed=1))
>>> len(docs), sorted({genre_of(text) for _name, text in docs})
(2, ['inline_clauses', 'responsibility_table'])
>>> docs == list(generate(300, seed=1))
True

Command line: ``python bench/synthetic.py 100000 --seed 0 --out /tmp/corpus``.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ALIAS_FILE = ROOT / "loaders" / "aliases.yaml"

__all__ = ["generate", "iter_documents", "plan_documents", "UnitPool", "genre_of", "GENRES", "GROUP_DEFINITION",
           "DEFAULT_TASKS_PER_DOC"]

GENRES = ("inline_clauses", "responsibility_table")
DEFAULT_TASKS_PER_DOC = (200, 2000)
#: The group definition every document carries on its first use of 各区人民政府.
GROUP_DEFINITION = "各区人民政府(含东湖高新区、武汉经开区、长江新区管委会,下同)"

# Kinds that take part in tasks (city leadership appears only in rosters; groups are drawn apart).
_TASK_KINDS = ("municipal_department", "central_agency", "development_zone", "district_government",
               "state_enterprise", "university", "social_organisation")
# Kind order inside a printed unit list: departments, then agencies, zones, districts, the rest
# (the bundled documents separate kinds with "," and units of one kind with "、").
_KIND_ORDER = {k: i for i, k in enumerate(("municipal_department", "central_agency", "development_zone",
                                            "district_government", "group", "state_enterprise", "university",
                                            "social_organisation"))}
# The busiest units of real plans, roughly by how many tasks they lead.
_BUSY = ("市商务局", "市发改委", "市科技局", "市经信局", "市市场监管局", "市地方金融局", "市人社局", "市教育局",
         "市卫健委", "市自然资源规划局", "市交通运输局", "市财政局", "东湖高新区管委会", "市公安局", "市城建局",
         "市文旅局", "市委外办", "市政务服务大数据局", "武汉海关", "市生态环境局", "市人才工作局", "市委宣传部")
# Group expressions and how often each is chosen when a task names a group.
_GROUPS = (("各区人民政府", 40), ("相关区人民政府", 30), ("市直各有关部门", 20), ("市直各相关部门", 4),
           ("各市属高等院校", 3), ("市社会信用体系建设领导小组成员单位", 3))
_GROUP_SPELLINGS = {"各区人民政府": ("各区政府",), "相关区人民政府": ("有关区人民政府", "相关区政府"),
                    "市直各有关部门": ("市直有关部门",)}

# Rates (per task or per mention).
VARIANT_RATE = 0.19  # a unit with other spellings is printed by one of them (≈ 10% of all mentions)
TYPO_SHARE = 0.08  # of those variant spellings, the share that are recorded misprints
BRACKET_RATE = 0.25  # 市商务局 printed with its second name in brackets, 市商务局〈市口岸办〉
TWO_LEADS = 0.2
ASSIST_COUNTS = (0.14, 0.24, 0.2, 0.16, 0.11, 0.08, 0.07)  # P(0..6 assisting units)
GROUP_ASSIST = 0.12
GROUP_LEAD = 0.006
SPLIT_RATE = 0.01  # an inline item with two clauses / a table row with a merged-cell sub-row
PAGE_BREAK_RATE = 0.06  # an inline item cut by a page break
LEAD_ZIPF = 1.0
ASSIST_ZIPF = 0.85


# --------------------------------------------------------------------------------------------
# units
# --------------------------------------------------------------------------------------------
@dataclass
class _Unit:
    name: str
    kind: str
    variants: list[str] = field(default_factory=list)  # other spellings, all resolving to ``name``
    typos: list[str] = field(default_factory=list)
    second_names: list[str] = field(default_factory=list)  # printed in brackets after the name


class UnitPool:
    """Canonical units from the alias file with their other spellings, ranked for a Zipf-like draw.

    Every spelling kept is checked against ``loaders.units.UnitResolver`` when it can be imported, so a
    spelling the loader would not resolve to the same unit is never printed.
    """

    def __init__(self, alias_file: str | Path = ALIAS_FILE, seed: int = 0):
        with open(alias_file, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        resolve = _resolver(alias_file)
        units = []
        for entry in data["units"]:
            kind = entry.get("kind")
            if kind not in _TASK_KINDS:
                continue
            name = str(entry["name"])
            if resolve and resolve(name) != name:
                continue
            unit = _Unit(name, kind)
            for alias in entry.get("aliases") or []:
                alias = {"name": alias} if isinstance(alias, str) else alias
                spelling = str(alias["name"])
                if resolve and resolve(spelling) != name:
                    continue
                reason = str(alias.get("reason") or "")
                if reason.startswith("second name"):
                    if spelling.startswith("市") or not name.startswith("市"):
                        unit.second_names.append(spelling)
                    continue
                (unit.typos if alias.get("typo") else unit.variants).append(spelling)
            full = entry.get("full_name")
            if full and "/" not in str(full) and (not resolve or resolve(str(full)) == name):
                unit.variants.append(str(full))
            units.append(unit)
        # Rank: the departments that lead most tasks in real plans first (in an order shuffled a little by
        # seed), then the other departments, then everything else (each shuffled by seed).
        rng = random.Random(f"unit-ranks:{seed}")
        by_name = {u.name: u for u in units}
        head = [by_name[n] for n in _BUSY if n in by_name]
        head = [head[i] for i in sorted(range(len(head)), key=lambda i: i + rng.uniform(-2.5, 2.5))]
        rest_departments = [u for u in units if u.kind == "municipal_department" and u.name not in _BUSY]
        others = [u for u in units if u.kind != "municipal_department" and u.name not in _BUSY]
        rng.shuffle(rest_departments)
        rng.shuffle(others)
        ranked = head + rest_departments[:8] + others[:6] + rest_departments[8:] + others[6:]
        self.units = ranked
        self.by_name = {u.name: u for u in ranked}
        self.lead_cum = _cumulative([1.0 / (r + 1) ** LEAD_ZIPF for r in range(len(ranked))])
        self.assist_cum = _cumulative([1.0 / (r + 1) ** ASSIST_ZIPF for r in range(len(ranked))])
        self.groups = [g for g, _w in _GROUPS if not resolve or resolve(g) == g]
        self.group_cum = _cumulative([w for g, w in _GROUPS if g in self.groups])
        self.group_spellings = {g: [s for s in _GROUP_SPELLINGS.get(g, ()) if not resolve or resolve(s) == g]
                                for g in self.groups}

    def draw(self, rng: random.Random, cum: list[float], k: int, exclude: set[str]) -> list[_Unit]:
        """``k`` distinct units by the popularity ``cum``, none named in ``exclude``."""
        out: list[_Unit] = []
        total = cum[-1]
        while len(out) < k:
            unit = self.units[bisect.bisect_right(cum, rng.random() * total)]
            if unit.name not in exclude:
                exclude.add(unit.name)
                out.append(unit)
        return out

    def group(self, rng: random.Random) -> str:
        return self.groups[bisect.bisect_right(self.group_cum, rng.random() * self.group_cum[-1])]


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _resolver(alias_file):
    """``spelling -> canonical name`` from the project's resolver, or None when it cannot be imported."""
    try:
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from agencygraph.loaders.units import UnitResolver
    except Exception:  # pragma: no cover - the generator also works without the project
        return None
    resolver = UnitResolver.from_files(alias_file)

    def resolve(spelling: str) -> str | None:
        res = resolver.resolve(spelling)
        return res.name if res.registered else None

    return resolve


# --------------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------------
_VERBS = ("推进", "加快", "深化", "完善", "健全", "支持", "鼓励", "推动", "探索", "建立", "打造", "优化", "强化", "提升",
          "落实", "开展", "培育", "引进", "扩大", "规范", "创新", "拓展", "加强", "统筹", "构建")
_FIELDS = ("跨境电商", "科技成果转化", "绿色金融", "数据跨境流动", "知识产权", "外籍人才", "国际教育", "医疗器械",
           "口岸通关", "多式联运", "中试平台", "国际展会", "社会信用", "政务服务", "数字人民币", "服务贸易",
           "国际航线", "文化旅游", "体育赛事", "中医药服务", "检验检测", "工业互联网", "开源软件", "人力资源服务",
           "供应链金融", "国际物流", "自贸片区", "综合保税区", "临空经济", "总部经济", "会展经济", "夜间经济",
           "航运服务", "职业教育", "健康养老", "智慧城市", "碳排放权交易", "知识产权证券化", "国际友城", "涉外法律服务")
_OBJECTS = ("体系建设", "试点工作", "服务平台", "管理机制", "创新示范区", "公共服务能力", "监管制度", "合作机制",
            "产业集群", "标准体系", "重点项目", "便利化改革", "品牌建设", "基础设施", "信息共享机制", "风险防控体系",
            "人才队伍", "政策体系", "市场主体", "开放水平")
_PURPOSES = ("形成可复制可推广的经验", "提升国际化水平", "增强城市综合竞争力", "打造一流营商环境",
             "服务国家战略", "促进产业高质量发展", "提高市场主体获得感", "扩大对外开放", "激发市场活力",
             "强化区域辐射带动作用", "推动制度型开放", "满足企业和群众需求")
_TOPICS = ("国际化水平提升", "服务业扩大开放综合试点", "营商环境优化", "数字经济发展", "科技创新策源",
           "现代物流体系建设", "对外贸易高质量发展", "国际消费中心城市建设", "城市更新行动", "人才强市",
           "绿色低碳发展", "文化旅游融合发展", "生物医药产业发展", "区域金融中心建设", "自贸区改革创新")
_SECTION_HEADS = ("建设", "推动", "优化", "深化", "提升", "打造", "完善", "促进", "培育", "扩大")
_SECTION_TAILS = ("国际交通枢纽", "科教领域开放", "金融服务扩大开放", "健康医疗服务开放", "贸易投资便利化服务",
                  "物流运输服务", "两业融合发展", "人才服务", "营商环境", "数字经济", "产业创新中心",
                  "国际交往中心", "国际经贸合作高地", "城市功能品质", "开放平台能级", "制度型开放",
                  "公共服务供给", "市场准入机制", "区域协调发展", "风险防控能力")
_PROSE = ("坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,按照党中央、国务院决策部署,"
          "结合我市实际,凝聚全市各方力量,推动各项任务落地见效。",
          "各区、各部门要提高思想认识,强化责任担当,细化工作举措,确保各项任务按期完成。",
          "对标国际高标准经贸规则,聚焦重点领域和关键环节,积极探索、大胆创新,形成一批制度创新成果。")
_CLOSING = ("(一)加强统筹协调。各牵头部门要定期研究推进相关工作,协调解决重大问题,形成工作合力。",
            "(二)完善工作机制。健全工作调度、通报督查、考核评价等工作制度,及时梳理和研究工作中出现的新情况新问题。",
            "(三)强化督查考核。将各项任务落实情况纳入市绩效考核体系,对标开展督查,及时通报督查结果。")


def _task_text(rng: random.Random, titled: bool) -> str:
    """A plausible task: an optional short title sentence, then one to three clauses."""
    parts = []
    if titled:
        parts.append(f"{rng.choice(_VERBS)}{rng.choice(_FIELDS)}{rng.choice(_OBJECTS)}。")
    clauses = [f"{rng.choice(_VERBS)}{rng.choice(_FIELDS)}{rng.choice(_OBJECTS)}" for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.5:
        clauses.append(rng.choice(_PURPOSES))
    parts.append(rng.choice((",", ";")).join(clauses) + "。")
    return "".join(parts)


def _section_title(rng: random.Random, used: set[str]) -> str:
    while True:
        title = f"{rng.choice(_SECTION_HEADS)}{rng.choice(_FIELDS)}{rng.choice(_SECTION_TAILS)}"
        if title not in used or len(used) > 500:
            used.add(title)
            return title


def _deadline(rng: random.Random, year: int) -> str:
    y = year + rng.choice((0, 1, 1, 2, 2, 3))
    r = rng.random()
    if r < 0.7:
        return f"{y}年12月"
    if r < 0.85:
        return f"{y}年{rng.choice((3, 6, 9))}月"
    if r < 0.95:
        return f"{y}年底前"
    return rng.choice(("长期坚持", "持续推进"))


# --------------------------------------------------------------------------------------------
# tasks and unit lists
# --------------------------------------------------------------------------------------------
@dataclass
class _Task:
    leads: list[tuple[str, str]]  # (kind, printed spelling)
    assists: list[tuple[str, str]]
    text: str
    deadline: str


class _Speller:
    """Prints units: canonical name, or an alias / old name / misprint / bracketed second name."""

    def __init__(self, pool: UnitPool, rng: random.Random):
        self.pool, self.rng = pool, rng
        self.defined = False  # has this document defined 各区人民政府 yet?

    def unit(self, unit: _Unit) -> str:
        rng = self.rng
        if unit.second_names and rng.random() < BRACKET_RATE:
            return f"{unit.name}〈{rng.choice(unit.second_names)}〉"
        if (unit.variants or unit.typos) and rng.random() < VARIANT_RATE:
            if unit.typos and (not unit.variants or rng.random() < TYPO_SHARE):
                return rng.choice(unit.typos)
            return rng.choice(unit.variants)
        return unit.name

    def group(self, name: str) -> str:
        if name == "各区人民政府" and not self.defined:
            self.defined = True
            return GROUP_DEFINITION
        spellings = self.pool.group_spellings.get(name) or []
        if spellings and self.rng.random() < VARIANT_RATE:
            return self.rng.choice(spellings)
        return name


def _make_task(pool: UnitPool, speller: _Speller, rng: random.Random, year: int, titled: bool,
               define: bool = False) -> _Task:
    """One task; ``define`` makes it name 各区人民政府 (with the definition, on its first use in the document)."""
    taken: set[str] = set()
    n_leads = 2 if rng.random() < TWO_LEADS else 1
    leads = [(u.kind, speller.unit(u)) for u in pool.draw(rng, pool.lead_cum, n_leads, taken)]
    r, n_assists = rng.random(), 0
    for n_assists, p in enumerate(ASSIST_COUNTS):
        r -= p
        if r < 0:
            break
    assists = [(u.kind, speller.unit(u)) for u in pool.draw(rng, pool.assist_cum, n_assists, taken)]
    if define and not speller.defined:
        assists.append(("group", speller.group("各区人民政府")))
    elif rng.random() < GROUP_LEAD:
        leads.append(("group", speller.group(pool.group(rng))))
    elif rng.random() < GROUP_ASSIST:
        assists.append(("group", speller.group(pool.group(rng))))
    return _Task(leads, assists, _task_text(rng, titled), _deadline(rng, year))


def _unit_list(units: list[tuple[str, str]], comma: str) -> str:
    """Units of one kind joined by 、, kinds separated by a comma, as the bundled documents print them."""
    blocks: list[list[str]] = []
    last = None
    for kind, spelling in sorted(units, key=lambda ks: _KIND_ORDER.get(ks[0], 9)):
        if kind != last:
            blocks.append([])
            last = kind
        blocks[-1].append(spelling)
    return comma.join("、".join(b) for b in blocks)



# --------------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------------
@dataclass
class DocPlan:
    index: int
    genre: str
    n_tasks: int


def plan_documents(n_tasks: int, seed: int = 0, tasks_per_doc=DEFAULT_TASKS_PER_DOC) -> list[DocPlan]:
    """How ``n_tasks`` numbered tasks are spread over documents (both genres whenever there are two)."""
    if n_tasks <= 0:
        return []
    lo, hi = (tasks_per_doc, tasks_per_doc) if isinstance(tasks_per_doc, int) else tuple(tasks_per_doc)
    rng = random.Random(f"plan:{seed}")
    n_docs = max(min(2, n_tasks), math.ceil(n_tasks / hi), round(n_tasks / ((lo + hi) / 2)))
    weights = [rng.uniform(lo, hi) for _ in range(n_docs)]
    total = sum(weights)
    sizes = [max(1, int(n_tasks * w / total)) for w in weights]
    i = 0
    while sum(sizes) != n_tasks:  # hand out the rounding remainder (or take back an excess)
        step = 1 if sum(sizes) < n_tasks else -1
        if sizes[i % n_docs] + step >= 1:
            sizes[i % n_docs] += step
        i += 1
    genres = [GENRES[0], GENRES[1]] + [rng.choice(GENRES) for _ in range(n_docs - 2)]
    return [DocPlan(i, genres[i], size) for i, size in enumerate(sizes)]


def _header(rng: random.Random, index: int, genre: str) -> tuple[list[str], dict]:
    year = rng.randint(2018, 2035)
    office = genre == "responsibility_table" and rng.random() < 0.7
    prefix = "武政办" if office else rng.choice(("武政", "武政", "武政规"))
    issuer = "市人民政府办公厅" if office else "市人民政府"
    number = f"{prefix}〔{year}〕{index + 1}号"
    topic = rng.choice(_TOPICS)
    kind = "实施方案" if genre == "responsibility_table" else rng.choice(("计划", "行动方案"))
    plan = f"武汉市{topic}{kind}"
    month, day = rng.randint(1, 12), rng.randint(1, 25)
    meta = {"number": number, "year": year, "plan": plan, "issuer": issuer,
            "date": f"{year}年{month}月{day}日", "printed": f"{year}年{month}月{day + 3}日印发"}
    lines = ["", f"武汉{issuer}文件", "", number, "",
             f"{issuer}关于印发{plan}的通知", "",
             "各区人民政府,市人民政府各部门:", "",
             f"经研究,现将《{plan}》印发给你们,请认真贯彻执行。", "",
             f"武汉{issuer}", "", meta["date"], "", plan, "", rng.choice(_PROSE), ""]
    return lines, meta


def _page_break(rng: random.Random, line: str) -> str:
    """Cut a line as a PDF page break does: mid-sentence (or mid-name), a blank line between the halves."""
    no_start = set("一二三四五六七八九十附抄")
    spots = [i for i in range(8, len(line) - 4)
             if "\u4e00" <= line[i - 1] <= "\u9fff" and "\u4e00" <= line[i] <= "\u9fff" and line[i] not in no_start]
    if not spots:
        return line
    i = rng.choice(spots)
    return line[:i] + "\n\n" + line[i:]


def _inline_document(plan: DocPlan, pool: UnitPool, rng: random.Random) -> str:
    lines, meta = _header(rng, plan.index, plan.genre)
    speller = _Speller(pool, rng)
    full_width = rng.random() < 0.5
    o, c, colon, semi, comma = ("（", "）", "：", "；", "，") if full_width else ("(", ")", ":", ";", ",")
    assist_label = rng.choice(("协办单位", "协办单位", "配合单位"))
    n = plan.n_tasks
    n_sections = max(1, min(99, round(n / rng.uniform(8, 40)), n))
    cuts = sorted(rng.sample(range(1, n), n_sections - 1)) if n_sections > 1 else []
    per_section = [b - a for a, b in zip([0, *cuts], [*cuts, n])]
    while max(per_section) > 999:  # items are numbered with at most three digits
        i = per_section.index(max(per_section))
        per_section[i:i + 1] = [per_section[i] // 2, per_section[i] - per_section[i] // 2]

    def clause(task: _Task) -> str:
        body = f"牵头单位{colon}{_unit_list(task.leads, comma)}"
        if task.assists:
            body += f"{semi}{assist_label}{colon}{_unit_list(task.assists, comma)}"
        return f"{o}{body}{c}"

    lines += ["一、工作目标", "", rng.choice(_PROSE), "", "二、主要任务", ""]
    used: set[str] = set()
    define_at = rng.randrange(min(n, 20))  # the task that defines 各区人民政府 if none drew it before
    seq = 0
    for s, count in enumerate(per_section, 1):
        lines += [f"{o}{_chinese(s)}{c}{_section_title(rng, used)}", ""]
        for k in range(1, count + 1):
            parts = [_make_task(pool, speller, rng, meta["year"], titled=True, define=seq == define_at)]
            seq += 1
            if rng.random() < SPLIT_RATE:
                parts.append(_make_task(pool, speller, rng, meta["year"], titled=False))
            text = "".join(t.text + clause(t) for t in parts)
            line = f"{k}.{text}"
            if rng.random() < PAGE_BREAK_RATE:
                line = _page_break(rng, line)
            lines += [line, ""]
    lines += ["三、保障措施", "", *[x for p in _CLOSING for x in (p, "")],
              "抄送:市委办公厅,各人民团体,各民主党派。", "", f"武汉{meta['issuer']}", "", meta["printed"], ""]
    return "\n".join(lines)


def _table_document(plan: DocPlan, pool: UnitPool, rng: random.Random) -> str:
    lines, meta = _header(rng, plan.index, plan.genre)
    speller = _Speller(pool, rng)
    n = plan.n_tasks
    n_categories = max(1, min(99, round(n / rng.uniform(8, 40)), n))
    cuts = set(rng.sample(range(1, n), n_categories - 1)) if n_categories > 1 else set()
    lines += ["一、总体要求", "", rng.choice(_PROSE), "", "二、重点工作", "",
              *[x for p in _CLOSING for x in (p, "")],
              "附件", "", f"{meta['plan']}责任清单", ""]
    header = "\t".join(rng.choice((("类别", "序号", "试点任务", "牵头单位", "责任单位", "完成时限"),
                                   ("类别", "序号", "重点任务", "牵头单位", "责任单位", "完成时限"),
                                   ("类别", "序号", "工作任务", "牵头单位", "配合单位", "完成时限"))))
    used: set[str] = set()
    category = 0
    title = lead = None
    page_left = 0
    rows: list[list[str]] = []
    define_at = rng.randrange(min(n, 20))
    for number in range(1, n + 1):
        new_category = number == 1 or (number - 1) in cuts
        if new_category:
            category += 1
            title = _section_title(rng, used)
            lead = pool.draw(rng, pool.lead_cum, 1, set())[0]
        if page_left == 0:
            rows.append([])  # a page break: a blank line and the header again
            page_left = rng.randint(5, 12)
        page_left -= 1
        cell = ""
        if new_category or not rows[-1]:
            full = rng.random() < 0.5
            o, c, colon = ("（", "）", "：") if full else ("(", ")", ":")
            shown = title if new_category or rng.random() < 0.8 else title.replace("推动", "推进", 1)
            cell = f"{_chinese(category)}、{shown}{o}牵头单位{colon}{speller.unit(lead)}{c}"
        task = _make_task(pool, speller, rng, meta["year"], titled=rng.random() < 0.3, define=number - 1 == define_at)
        comma = rng.choice((",", ",", "、"))
        rows[-1].append([cell, str(number), task.text, _unit_list(task.leads, comma),
                         _unit_list(task.assists, ",") or "—", task.deadline])
        if rng.random() < SPLIT_RATE:  # a merged 序号 cell: the sub-row keeps its lead, inherits the rest
            sub = _make_task(pool, speller, rng, meta["year"], titled=False)
            rows[-1].append(["", "", sub.text, _unit_list(sub.leads, comma), "", ""])
            page_left -= 1
    for page in rows:
        lines.append(header)
        lines += ["\t".join(row) for row in page]
        lines.append("")
    lines += ["抄送:市委办公厅,各人民团体,各民主党派。", "", f"武汉{meta['issuer']}", "", meta["printed"], ""]
    return "\n".join(lines)


_NUMERALS = "一二三四五六七八九"


def _chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1…99)."""
    if n < 10:
        return _NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _NUMERALS[tens - 1]) + "十" + (_NUMERALS[ones - 1] if ones else "")


def genre_of(text: str) -> str:
    """The genre a generated document was written in."""
    return "responsibility_table" if "\t序号\t" in text else "inline_clauses"


def iter_documents(n_tasks: int, seed: int = 0, tasks_per_doc=DEFAULT_TASKS_PER_DOC, pool: UnitPool | None = None):
    """Yield ``(file name, text)`` for a corpus of ``n_tasks`` numbered tasks (reproducible for a seed)."""
    pool = pool or UnitPool(seed=seed)
    for plan in plan_documents(n_tasks, seed, tasks_per_doc):
        rng = random.Random(f"doc:{seed}:{plan.index}")
        make = _inline_document if plan.genre == "inline_clauses" else _table_document
        yield f"synthetic-s{seed}-{plan.index:05d}-{plan.genre.split('_')[0]}.txt", make(plan, pool, rng)


def generate(n_tasks: int, seed: int = 0, out_dir: str | Path | None = None, tasks_per_doc=DEFAULT_TASKS_PER_DOC):
    """A synthetic corpus of ``n_tasks`` numbered tasks in documents of ``tasks_per_doc`` tasks each.

    ``tasks_per_doc`` is an int or a (min, max) range. With ``out_dir`` the documents are written
    there and the list of their paths is returned; without it, an iterator of ``(name, text)`` pairs.
    """
    docs = iter_documents(n_tasks, seed, tasks_per_doc)
    if out_dir is None:
        return docs
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in docs:
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     epilog="example: python bench/synthetic.py 10000 --seed 3 --out /tmp/corpus")
    parser.add_argument("n_tasks", type=int, help="numbered tasks in the whole corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", required=True, help="folder to write the documents to (created)")
    parser.add_argument("--tasks-per-doc", default="200-2000", help="N or MIN-MAX (default 200-2000)")
    args = parser.parse_args(argv)
    lo, _, hi = args.tasks_per_doc.partition("-")
    per_doc = int(lo) if not hi else (int(lo), int(hi))
    paths = generate(args.n_tasks, args.seed, args.out, per_doc)
    print(f"wrote {len(paths)} documents ({args.n_tasks} tasks) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
