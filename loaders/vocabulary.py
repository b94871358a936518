"""The role vocabulary (``loaders/roles.yaml`` plus user files) compiled into the patterns the rules use.

Examples
--------
>>> v = Vocabulary.default()
>>> v.label_role("牵头单位"), v.label_role("协同配合单位"), v.label_role("负责部门"), v.label_role("责任领导")
('lead', 'assist', 'responsible', 'people')
>>> v.verb_at_end("市教育局牵头")
('市教育局', '牵头', 'lead')
>>> v.is_group("各区人民政府"), v.is_person("王 强"), v.is_person("市财政局")
(True, True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from agencygraph.graph.errors import ParseError

from .datafile import read_yaml
from .textnorm import ALONG, FUNCTION_NAMED, LEVEL, NAME_CHAR, SENTENCE_STOP, split_top_level, without_other_name

_SHORT_TRADE = re.compile(r"[\u4e00-\u9fff]{2,7}")  # a trade's short name beside others (see listed_trades)
_TRADE_DEPARTMENT = re.compile(r"(?:行政)?(?:主管)?部门$")  # a trade's department's kind (see trade_department)
# the other name a trade's department carries in brackets inside its name: "城市管理（综合行政执法）部门", "市场监督管理（知识
# 产权）部门" (聊城 户外广告设施和招牌设置管理条例 第四条, b1796)
_ASIDE_INSIDE = re.compile(r"[（(][^（）()]{2,12}[）)]")

__all__ = ["Vocabulary", "DEFAULT_ROLES_FILE", "ROLES", "UNIT_ROLES", "BY"]

DEFAULT_ROLES_FILE = Path(__file__).with_name("roles.yaml")
#: Roles a label or verb can carry.
ROLES = ("lead", "assist", "responsible", "people", "deadline")
#: Roles of the units a clause names: "oversee" (指导, 督导) is a verb's only: the units lead a task whose clauses
#: name no other unit, and assist otherwise.
UNIT_ROLES = ("lead", "assist", "responsible", "oversee")


#: (section of the file, key, attribute) of every list a roles file may add to.
_LISTS = (
    (None, "together", "together"), (None, "helping", "helping"), (None, "helped_first", "helped_first"), (None, "helped_when_named", "helped_when_named"), (None, "lead_in", "lead_in"), (None, "enumerators", "enumerators"), (None, "subject_followers", "subject_followers"), (None, "meeting_words", "meeting_words"), (None, "agent_verbs", "agent_verbs"), (None, "closing_agent_verbs", "closing_agent_verbs"), (None, "law_agent_verbs", "law_agent_verbs"), (None, "sanction_words", "sanction_words"), (None, "agent_name_acts", "agent_name_acts"),
    (None, "verb_qualifiers", "verb_qualifiers"), (None, "verb_qualifier_openers", "verb_qualifier_openers"), (None, "duty_headings", "duty_headings"), (None, "ground_ends", "ground_ends"), (None, "duty_tails", "duty_tails"),
    (None, "verb_tails", "verb_tails"), (None, "copulas", "copulas"),
    (None, "subject_verbs", "subject_verbs"), (None, "comma_subject_verbs", "comma_subject_verbs"), (None, "duty_verbs", "duty_verbs"), (None, "object_verbs", "object_verbs"), (None, "duty_adverbs", "duty_adverbs"), (None, "guided_by", "guided_by"), (None, "not_after_duty_verb", "not_after_duty_verb"), (None, "news_owners", "news_owners"), (None, "partner_verbs", "partner_verbs"), (None, "joint_words", "joint_words"), (None, "helper_manners", "helper_manners"), (None, "helped_partner_verbs", "helped_partner_verbs"), (None, "partner_stops", "partner_stops"), (None, "name_breaks", "name_breaks"), (None, "notice_openers", "notice_openers"), (None, "decision_words", "decision_words"), (None, "decision_grounds", "decision_grounds"), (None, "purpose_openers", "purpose_openers"), (None, "condition_openers", "condition_openers"), (None, "vague_partners", "vague_partners"), (None, "concerned_partners", "concerned_partners"), (None, "not_after_agent_verb", "not_after_agent_verb"), (None, "not_before_agent", "not_before_agent"), (None, "own_duties", "own_duties"), (None, "not_after_subject_verb", "not_after_subject_verb"), (None, "modal_verbs", "modal_verbs"), (None, "comma_modal_verbs", "comma_modal_verbs"), (None, "setting_ends", "setting_ends"), (None, "object_before_comma", "object_before_comma"), (None, "not_after_modal", "not_after_modal"),
    ("units", "not_endings", "not_endings"), ("units", "bare_nouns", "bare_nouns"), ("units", "short_forms", "short_forms"), ("units", "not_starts", "not_starts"), ("units", "founding_verbs", "founding_verbs"), ("units", "modal_inside", "modal_inside"), ("units", "verb_endings", "verb_endings"), ("units", "two_names", "two_names"), (None, "lead_marks", "lead_marks"), (None, "legend_marks", "legend_marks"), (None, "none_marks", "none_marks"),
    ("prose", "kinds", "prose_kinds"), ("prose", "vague_kinds", "prose_vague_kinds"), ("prose", "places", "prose_places"),
    ("prose", "localities", "prose_localities"),
    ("prose", "openers", "prose_openers"),
    ("prose", "role_adverbs", "prose_role_adverbs"), ("prose", "prohibitions", "prose_prohibitions"),
    ("prose", "past", "prose_past"),
    ("conventions", "mark_legend", "mark_legend"),
    ("conventions", "first_listed_leads", "first_listed"), ("conventions", "comma_leads", "comma_leads"),
    ("conventions", "first_listed_each_part", "each_part_leads"),
    ("conventions", "carry_forward", "carry_forward"),
    ("conventions", "covers_above", "covers_above"),
    ("conventions", "remarks", "remarks"), ("conventions", "remark_units", "remark_units"),
    ("conventions", "name_asides", "name_asides"),
    ("conventions", "heading_lead", "heading_lead"), ("conventions", "references", "references"),
    ("conventions", "duties_of", "duties_of"),
    ("conventions", "team", "team"), ("conventions", "team_members", "team_members"),
    ("units", "suffixes", "suffixes"), ("units", "group_prefixes", "group_prefixes"),
    ("units", "group_endings", "group_endings"), ("units", "posts", "posts"),
    ("units", "firm_endings", "firm_endings"), ("units", "head_posts", "head_posts"), ("units", "department_names", "department_names"),
    ("units", "trades", "trades"), ("units", "trade_levels", "trade_levels"),
)


_LEVEL_LIST = re.compile(r"[(（][^()（）,，。;；:：]{1,12}[)）]")
LEVELS_FIRST = re.compile(r"^各?(?:%s(?:、|和))+(?=(?:%s|有关|相关)?%s)" % (LEVEL, ALONG, LEVEL))
# "市、县…", "市和县…"; "乡、民族乡、镇…"; "市、铁路沿线区县（自治县）交通主管部门…" (重庆 铁路安全条例, b634);
# "市、有关县（区）环境保护主管部门对…实行统一监督管理" (濮阳 马颊河保护条例, b720: the relevant counties' department, as
# unit_lists reads it); "省、自治区人民政府城市建设行政主管部门负责…" (城市市容和环境卫生管理条例, b709); "省辖市、县（市、区）
# 人民政府负责管理测绘工作的部门负责…" (河南 测绘管理条例, b779: 河南's name of its cities' level); a national law's three
# provincial levels, "省、自治区、直辖市人民政府商务主管部门…负责…" (商业特许经营管理条例, b804); each of them, "各区、县（市）
# 渔业主管部门负责…" (杭州 渔业资源保护规定, b810)
# 设区的市: a national or provincial law's city level, "省、设区的市和县（市）人民政府海洋行政主管部门应当会同…" (山东 海域使用
# 管理条例 第六条, b893)
BY = re.compile(r"(?<![自理经缘])由")  # the 由 naming an agent (not 自由, 理由, 经由, 缘由)
_TITLE_STOP = re.compile(r"[。;；!！?？]")  # where an item's title sentence ends
_NO_NAME = re.compile(r"[,，。;；:：“”()（）的\s]|通过")  # a mark or 的 inside an opening: no unit's name; nor 通过, how it acts
# ("市妇女联合会通过各级妇联组织，在广大妇女中开展…", 常德 献血 成员单位职责, b186)
# names joined by 、 opening a line: a long list of units whose duty verb comes past the usual reach ("市发展改革委、
# 国资委、…、法院、检察院等其他行业部门根据“三管三必须”要求，…负责督促落实…", 26 names, 沈阳 2024 房屋安全 工作方案)
_FUNCTION_NAMED = re.compile(FUNCTION_NAMED)
_NAMED_DE = re.compile(r"(?:(?!\s)%s)+" % NAME_CHAR)  # a name whose every 的 is one a name may hold
_OPENING_LIST = re.compile(r"^(?:[^,，。;；:：、\s]{2,20}、){3,}[^,，。;；:：、\s]{2,20}")


# A word that is another word's end and the next one's start where these follow it: "经临港地区开发建设管委会同意"
# is 管委会 and 同意 (agree), no 会同 (together with); so too 委员会同意, 常委会同意.
_NOT_BEFORE = {"会同": "意"}


def _alternation(words) -> str:
    return "|".join(re.escape(w) + (f"(?!{_NOT_BEFORE[w]})" if w in _NOT_BEFORE else "")
                    for w in sorted(set(words), key=len, reverse=True))


@dataclass
class Vocabulary:
    """Labels, verbs, conventions and name shapes, with the patterns built from them."""

    labels: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in ROLES})
    verbs: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in UNIT_ROLES})
    together: list[str] = field(default_factory=list)
    helping: list[str] = field(default_factory=list)
    helped_first: list[str] = field(default_factory=list)  # a law's subject helping the bodies named after it
    helped_when_named: list[str] = field(default_factory=list)  # ...only when they are named, not a group
    lead_in: list[str] = field(default_factory=list)
    enumerators: list[str] = field(default_factory=list)
    subject_followers: list[str] = field(default_factory=list)
    meeting_words: list[str] = field(default_factory=list)
    lead_marks: list[str] = field(default_factory=list)
    legend_marks: list[str] = field(default_factory=list)
    mark_legend: list[str] = field(default_factory=list)
    first_listed: list[str] = field(default_factory=list)
    comma_leads: list[str] = field(default_factory=list)
    each_part_leads: list[str] = field(default_factory=list)
    carry_forward: list[str] = field(default_factory=list)
    covers_above: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    heading_lead: list[str] = field(default_factory=list)
    duties_of: list[str] = field(default_factory=list)
    team: list[str] = field(default_factory=list)  # "由X…任组长, 成员由Y、Z组成": (?P<lead>…) or (?P<assist>…)
    team_members: list[str] = field(default_factory=list)  # "由X牵头,Y、Z…组成": (?P<assist>…) after the lead
    references: list[str] = field(default_factory=list)
    none_marks: list[str] = field(default_factory=list)
    suffixes: list[str] = field(default_factory=list)
    group_prefixes: list[str] = field(default_factory=list)
    group_endings: list[str] = field(default_factory=list)
    etc: str = "等$"
    counts: str = ""  # a figure and a measure word ending a span: a quantity ("新建幼儿园3所"), no unit
    team_title: str = ""  # a working group's name glued to the unit that leads it ("综合协调组省交通运输厅牵头")
    body_name: str = ""
    heading_body_name: str = ""
    posts: list[str] = field(default_factory=list)
    not_endings: list[str] = field(default_factory=list)
    bare_nouns: list[str] = field(default_factory=list)
    short_forms: list[str] = field(default_factory=list)
    not_starts: list[str] = field(default_factory=list)
    founding_verbs: list[str] = field(default_factory=list)  # a body setting another up: "…政府设立禁毒委员会"
    verb_endings: list[str] = field(default_factory=list)  # names that end as a verb does: 市社会办 (not 市社 + 会办)
    modal_inside: list[str] = field(default_factory=list)  # a body's modal word inside a span: a sentence, not a name
    two_names: list[str] = field(default_factory=list)  # a 、 parting no units: 科委、中关村管委会, 省、自治区、直辖市
    firm_endings: list[str] = field(default_factory=list)  # close a name in cells run together (glued_rows)
    head_posts: list[str] = field(default_factory=list)  # a unit's head after its name: the unit (unit_head_re)
    trades: list[str] = field(default_factory=list)  # "卫健、教体、民政等部门": departments named by their trades
    trade_levels: list[str] = field(default_factory=list)  # "国务院建设、水利…等部门": a level before the first
    department_names: list[str] = field(default_factory=list)  # 教育局, 民政局 …: names without a level word
    ending_continuations: str = ""
    surnames: str = ""
    agent_verbs: list[str] = field(default_factory=list)
    verb_qualifiers: list[str] = field(default_factory=list)
    verb_qualifier_openers: list[str] = field(default_factory=list)
    duty_headings: list[str] = field(default_factory=list)
    ground_ends: list[str] = field(default_factory=list)  # "依照本法规定，负责…": the law a body acts by
    duty_tails: list[str] = field(default_factory=list)
    verb_tails: list[str] = field(default_factory=list)
    copulas: list[str] = field(default_factory=list)
    subject_verbs: list[str] = field(default_factory=list)
    comma_subject_verbs: list[str] = field(default_factory=list)  # "交通部门,负责…": after a comma, as after a colon
    duty_verbs: list[str] = field(default_factory=list)
    object_verbs: list[str] = field(default_factory=list)  # "X对…进行监督管理": a duty's verb only after 对 and its object
    partner_verbs: list[str] = field(default_factory=list)
    joint_words: list[str] = field(default_factory=list)
    helper_manners: list[str] = field(default_factory=list)  # (see helpers_re)
    helped_partner_verbs: list[str] = field(default_factory=list)
    partner_stops: list[str] = field(default_factory=list)
    name_breaks: list[str] = field(default_factory=list)  # words no body's name goes on with (outline._opening_body)
    purpose_openers: list[str] = field(default_factory=list)  # "为落实…", "根据…": a sentence no unit opens
    duty_adverbs: list[str] = field(default_factory=list)  # "农业办积极开展…": words between a unit and its duty verb
    guided_by: list[str] = field(default_factory=list)  # "X在Y的指导下，负责…": who guides a unit, before its verb
    not_after_duty_verb: list[str] = field(default_factory=list)  # "组织部", "保障局": a duty verb ending a name
    news_owners: list[str] = field(default_factory=list)  # "该公司计量所…": the body a news item is about
    prose_kinds: list[str] = field(default_factory=list)  # prose duties (prose_duties): "金融机构要…"
    prose_vague_kinds: list[str] = field(default_factory=list)  # "各有关部门": a group of no kind
    prose_places: list[str] = field(default_factory=list)  # "各村(社区)要…": a group of places, a body of a kind
    prose_localities: list[str] = field(default_factory=list)  # "各地要…" alone: every locality addressed
    prose_openers: list[str] = field(default_factory=list)  # "…结束后，X要…": a subject after a clause of time
    prose_role_adverbs: list[str] = field(default_factory=list)  # "X总负责"
    prose_prohibitions: list[str] = field(default_factory=list)  # "X不得…"
    prose_past: list[str] = field(default_factory=list)  # "X…开展了…": what a body did
    notice_openers: list[str] = field(default_factory=list)
    condition_openers: list[str] = field(default_factory=list)  # "发生…，X应当…": a condition before an article's subject
    decision_words: list[str] = field(default_factory=list)
    decision_grounds: list[str] = field(default_factory=list)
    vague_partners: list[str] = field(default_factory=list)
    sanction_words: list[str] = field(default_factory=list)  # "违反…的，由X处…罚款": no duty of X's
    agent_name_acts: list[str] = field(default_factory=list)  # (patterns) "由项管办进行汇总后报…": no agent's name
    law_agent_verbs: list[str] = field(default_factory=list)  # "…具体办法由X规定。": X leads (a law)
    closing_agent_verbs: list[str] = field(default_factory=list)  # "…，具体工作由X负责。": X leads too (a law)
    concerned_partners: list[str] = field(default_factory=list)  # "会同有关部门": partners all the same
    not_after_subject_verb: list[str] = field(default_factory=list)
    modal_verbs: list[str] = field(default_factory=list)
    setting_ends: list[str] = field(default_factory=list)  # "X在…时，应当…": the time or work a duty is set in
    object_before_comma: list[str] = field(default_factory=list)  # "X对…，应当…": what a duty is over
    comma_modal_verbs: list[str] = field(default_factory=list)  # a law's modal words a comma may part from a subject
    not_after_modal: list[str] = field(default_factory=list)
    not_after_agent_verb: list[str] = field(default_factory=list)
    not_before_agent: list[str] = field(default_factory=list)  # "解释权由X负责": the right to interpret, no duty
    own_duties: list[str] = field(default_factory=list)  # "X、Y等部门按照各自职责…": each body its own duties
    remark_units: list[str] = field(default_factory=list)
    name_asides: list[str] = field(default_factory=list)
    not_last: str = ""
    not_first: str = ""  # (a prose sentence's subject: prose_duties)
    copula_not_after: str = ""  # "行为": the copula 为 inside another word
    label_parts: dict[str, list[str]] = field(default_factory=dict)
    columns: dict[str, list[str]] = field(default_factory=dict)
    column_keywords: dict[str, list[str]] = field(default_factory=dict)

    # -- building ---------------------------------------------------------------------------
    @classmethod
    def default(cls) -> "Vocabulary":
        return _default()

    @classmethod
    def from_files(cls, *paths) -> "Vocabulary":
        vocab = cls()
        for path in paths:
            vocab.add_file(path)
        vocab.compile()
        return vocab

    def add_file(self, path) -> None:
        path = str(path)
        data = read_yaml(path, "roles file")
        if not isinstance(data, dict):
            raise ParseError(path, None, "a roles file is a mapping (labels:, verbs:, conventions:, units:)")
        for role, words in (data.get("labels") or {}).items():
            if role not in ROLES:
                raise ParseError(path, None, f"labels: unknown role {role!r}; one of {', '.join(ROLES)}")
            self.labels.setdefault(role, []).extend(map(str, words or []))
        for key, words in (data.get("label_parts") or {}).items():
            if key not in (*ROLES, "activities", "nouns", "subjects"):
                raise ParseError(path, None, f"label_parts: unknown key {key!r}; a role, activities, nouns or subjects")
            self.label_parts.setdefault(key, []).extend(map(str, words or []))
        for role, words in (data.get("verbs") or {}).items():
            if role not in self.verbs:
                raise ParseError(path, None, f"verbs: unknown role {role!r}; one of {', '.join(UNIT_ROLES)}")
            self.verbs[role].extend(map(str, words or []))
        for section, key, attribute in _LISTS:
            block = data if section is None else (data.get(section) or {})
            getattr(self, attribute).extend(map(str, block.get(key) or []))
        units = data.get("units") or {}
        self.etc = units.get("etc") or self.etc
        self.counts = units.get("counts") or self.counts
        self.team_title = units.get("team_title") or self.team_title
        self.body_name = units.get("body_name") or self.body_name
        self.heading_body_name = units.get("heading_body_name") or self.heading_body_name
        self.not_last += str(units.get("not_last") or "")
        self.not_first += str(units.get("not_first") or "")
        self.copula_not_after += str(data.get("copula_not_after") or "")
        self.surnames += str(units.get("surnames") or "")
        self.ending_continuations += str(units.get("ending_continuations") or "")
        for key, target in (("columns", self.columns), ("column_keywords", self.column_keywords)):
            for role, words in (data.get(key) or {}).items():
                target.setdefault(role, []).extend(map(str, words or []))
        needs = {"carry_forward": {"units"}, "heading_lead": {"units"}, "duties_of": {"units"}, "references": {"units", "verb", "number", "text"},
                 "team_members": {"assist"}}
        for name, patterns in (("first_listed_leads", self.first_listed), ("comma_leads", self.comma_leads),
                               ("first_listed_each_part", self.each_part_leads),
                               ("carry_forward", self.carry_forward),
                               ("covers_above", self.covers_above),
                               ("heading_lead", self.heading_lead), ("duties_of", self.duties_of),
                               ("references", self.references),
                               ("team", self.team), ("team_members", self.team_members),
                               ("remarks", self.remarks), ("remark_units", self.remark_units),
                               ("name_asides", self.name_asides), ("posts", self.posts),
                               ("agent_name_acts", self.agent_name_acts)):
            for pattern in patterns:
                try:
                    groups = set(re.compile(pattern).groupindex)
                except re.error as exc:
                    raise ParseError(path, None, f"{name}: bad pattern {pattern!r} ({exc})") from None
                if missing := needs.get(name, set()) - groups:
                    raise ParseError(path, None, f"{name}: pattern {pattern!r} names no group "
                                     f"{', '.join(f'(?P<{g}>…)' for g in sorted(missing))}")

    def composed_labels(self) -> dict[str, list[str]]:
        """Labels of each role made from ``label_parts``: role word + activity (or none) + noun (牵头督查单位,
        牵头股室)."""
        activities, nouns = ["", *self.label_parts.get("activities", [])], self.label_parts.get("nouns", [])
        return {role: [w + a + n for w in self.label_parts.get(role, []) for a in activities for n in nouns]
                for role in ROLES}

    def compile(self) -> "Vocabulary":
        composed = self.composed_labels()
        all_labels = {role: [*self.labels.get(role, []), *composed[role]] for role in ROLES}
        labels = [w for words in self.labels.values() for w in words]
        # the composed labels as one pattern (role word, activity, noun), not hundreds of alternatives: a long
        # alternation is tried word by word at every position of every line
        parts = self.label_parts
        words = [w for role in ROLES for w in parts.get(role, [])]
        label_alt = _alternation(labels)
        if words and parts.get("activities") and parts.get("nouns"):  # each alternative opens with its literal
            tail = "(?:%s)?(?:%s)" % (_alternation(parts["activities"]), _alternation(parts["nouns"]))  # word: the
            label_alt += "".join("|%s%s" % (re.escape(w), tail) for w in sorted(set(words), key=len, reverse=True))
            # engine then scans for their first characters only
            # the activity (and what it is about) before the role word or a deadline's label: 整改责任单位,
            # 问题整改责任单位, 督办牵头单位, 整改时限
            subjects = _alternation(parts.get("subjects", [])) or "(?!)"
            prefix = "(?:%s)?(?:%s)" % (subjects, _alternation(parts["activities"]))
            # (or what it is about alone before an assisting word: "工作协助部门:水务局" after a unit's tasks, 大通县
            # 大气污染防治 方案; not "问题责任单位": a table's 问题 | 责任单位 run together)
            helping = _alternation(parts.get("assist", [])) or "(?!)"
            self._label_prefix_re = re.compile("^(?:%s|(?:%s)(?=%s))" % (prefix, subjects, helping))
            label_alt += "|%s(?:(?:%s)%s|%s)" % (prefix, _alternation(words), tail,
                                                 _alternation(self.labels.get("deadline", [])) or "(?!)")
            label_alt += "|(?:%s)(?:%s)%s" % (subjects, helping, tail)
        else:
            self._label_prefix_re = re.compile("(?!)")
        self._label_role = {}
        for role in ROLES:  # first role listed wins for a word listed twice; a listed label before a composed one
            for word in self.labels.get(role, []):
                self._label_role.setdefault(word, role)
        for role in ROLES:
            for word in composed[role]:
                self._label_role.setdefault(word, role)
        self._label_words = tuple(self._label_role)  # (a name ending in one is a label: _names_after_copula)
        people = r"(?:责任人|负责人|责任领导|联系人|分管领导)"  # a label or a column that names its people too
        qualifier = r"(?:(?:及|和|与|、)(?:其)?%s|[(（](?:人|单位|部门|个人|处室)[)）])?" % people
        self.with_people_re = re.compile(r"^(.+?)(?:及|和|与|、|/)?其?[(（]?%s[)）]?$" % people)  # 责任单位及责任人
        self.label_re = re.compile(r"(%s)%s\s*[:：]" % (label_alt, qualifier))
        # a label with no colon before its units (a page whose punctuation was stripped: "…整治活动责任单位各社区居委会、
        # 驻辖区单位"); only the labels of a unit's role, ending as a label does (单位, 部门, 科室 …)
        self.bare_label_re = re.compile(r"(%s)(?=[\u4e00-\u9fff])" % "|".join(
            re.escape(w) for w in sorted(self._label_role, key=len, reverse=True)
            if self._label_role[w] in ("lead", "assist", "responsible") and w.endswith(("单位", "部门", "科室", "处室"))
            and len(w) >= 4))
        # "(责任单位;住建局、…)": a semicolon typed where the label's colon belongs, right after the bracket
        self.mistyped_label_re = re.compile(r"(?<=[(（])\s*(?:%s)%s\s*(?P<mark>[;；])(?=[^\s;；,，。)）])" % (label_alt, qualifier))
        # "…。牵头单位为市住建局": a label, then a copula where its colon belongs (after a stop, a bracket or a space;
        # or after 其 / 的, what it is the label of: "华声小区的责任单位是市人社局", "…,其责任单位为海城区政府")
        self.label_copula_re = re.compile(r"(?:(?<=[。;；,，(（\s其的])|^)(?P<label>(?:%s)%s)(?:%s)(?=[\u4e00-\u9fff])" % (
            label_alt, qualifier, _alternation(self.copulas))) if self.copulas else None
        # "(责任单位市财政局,…)": a label opening a bracket, a level's name glued to it where its colon belongs
        self.glued_bracket_label_re = re.compile(r"(?<=[(（])\s*(?:%s)(?=[省市县区州旗镇乡各][\u4e00-\u9fff])" % (
            _alternation([w for role in ("lead", "assist", "responsible") for w in self.labels.get(role, [])
                          if len(w) >= 4])))
        self.bracketed_label_re = re.compile(r"【\s*(?P<label>(?:%s)%s)\s*】\s*[:：]?" % (label_alt, qualifier))
        self.label_start_re = re.compile(r"^\s*(?:—{1,2}|--|[-●•·])?\s*(%s)%s\s*[:：]" % (label_alt, qualifier))
        self._verb_role = {}
        for role, words in self.verbs.items():
            for word in words:
                self._verb_role.setdefault(word, role)
        kinds = [_alternation(self.verb_qualifiers)] if self.verb_qualifiers else []
        if self.verb_qualifier_openers:  # a phrase of up to six characters: "按分管领域", "按照管理权限"
            kinds.append(r"(?:%s)[^\s、,，;；:：。()（）]{1,6}?" % _alternation(self.verb_qualifier_openers))
        qualifiers = "(?:%s){0,2}" % "|".join(kinds) if kinds else ""
        # the same words ending a unit list before its verb: "省教育厅、省卫生健康委等分别" (负责…)
        self.qualifier_tail_re = re.compile("(?:%s){1,2}$" % "|".join(kinds)) if kinds else None
        tails = "(?:%s){0,2}" % _alternation(self.verb_tails) if self.verb_tails else ""
        self.verb_end_re = re.compile(r"^(?P<units>.+?)(?P<verb>%s(?P<bare>%s)%s)$"
                                      % (qualifiers, _alternation(self._verb_role), tails))
        self.role_word_re = re.compile("%s|由" % _alternation(self._verb_role))
        words = sorted({w for w in [*self._verb_role, *labels] if len(w) >= 2}, key=len, reverse=True)
        # a role word a page's layout broke with a space ("按职责分工 负责", "责任 单位:"): one word again
        self.spaced_word_re = re.compile("|".join(  # the look-ahead reaches no further than the word: a line of
            # 10,000 characters without a space is not scanned to its end from every position
            "(?=%s)%s" % (r"\S{0,%d}[ \u3000]" % (len(w) - 1), r"[ \u3000]?".join(re.escape(ch) for ch in w))
            for w in words))
        # a verb ending at a 、 ends its segment: "X和Y分别牵头、Z…", "…按职责分工负责落实、各区政府组织落实"
        role_words = [w for words in self.verbs.values() for w in words if len(w) >= 2]
        self.segment_verb_re = re.compile("(?:%s)$" % _alternation(role_words)) if role_words else None
        # "区交通委、区水务局等职能部门按照各自职责对…进行指导和监督": bodies and the words giving each its own duties
        self.own_duties_re = re.compile(r"^\s*(?P<units>%s{2,80}?)[,，]?(?:%s)" % (NAME_CHAR, _alternation(
            self.own_duties))) if self.own_duties else None
        # what a sentence's subject is to do when it is to help others: its modal word, the duties it acts by, another
        # verb before 、 perhaps, then a verb of helping ("…应当按照各自职责，支持、协助税务机关…")
        self.helps_re = re.compile(r"(?:%s)?(?:%s)?[,，]?(?:%s)?(?:[\u4e00-\u9fff]{2}[、和])?(?:%s)" % (
            _alternation(self.modal_verbs) or "(?!)", _alternation(self.own_duties) or "(?!)",
            _alternation(self.duty_adverbs) or "(?!)", _alternation(self.helping))) if self.helping else None
        # (how it helps, before the verb: "…等部门按照各自的职责，积极配合民政部门做好殡葬管理工作", 临沧 殡葬管理暂行办法)
        # what follows a subject acting on its own duties: "…等有关部门单位按照各自职责负责…", "…等部门，应当在各自职责
        # 范围内…" (clauses._trades_after_commas)
        self.own_duties_next_re = re.compile(r"\s*[,，]?\s*(?:%s)?\s*(?:%s)" % (
            _alternation(self.modal_verbs) or "(?!)", _alternation(self.own_duties))) if self.own_duties else None
        # a law's subject that is to help others, as the duty it opens with: its modal word, the duties it acts by
        # ("按照各自的职责", "在各自的职责范围内", "各司其职"), then a verb of helping (helped_first) and the bodies helped,
        # up to the work ("…等主管部门，应当按照各自的职责，协同县级以上人民政府环境保护主管部门对…实施监督管理"; a comma
        # before it: "村民委员会、居民委员会应当协助人民政府以及公安机关、应急管理等部门，加强消防宣传教育", 消防法, b644;
        # "乡（镇）人民政府、街道办事处应当协助渔业主管部门，做好本辖区内的渔业资源保护管理工作", 杭州 渔业资源保护规定, b810;
        # levels printed once before the name helped: "…等部门应按各自职责，协同市、区公园行政主管部门做好…", 杭州 公园条例, b847;
        # support before the help: "乡镇人民政府和街道办事处应当支持、协助县级人民政府食品安全监督管理部门及其派出机构依法开展
        # 食品安全监督检查工作", 食品安全法实施条例 第四条, b828)
        self.helped_first_re = re.compile(
            r"\s*[,，]?\s*(?:%s)?\s*(?:%s)?\s*(?:%s|(?:%s|在)[^,，。;；:：]{0,12}?(?:%s)(?:范围内)?)?[,，]?\s*(?:%s)?\s*(?:支持[、和]?)?(?P<verb>%s)(?:[和、]支持)?"
            r"(?P<units>(?:%s、)*[^,，。;；、]{2,30}?(?:、[^,，。;；、]{2,30}?){0,5})"
            r"(?=[,，]?(?:对|做好|开展|做|履行|实施|落实|推进|组织|完成|依法|查处|加强)|管理(?![部机局委处办等和及、,，])|"
            r"的工作[。;；,，])" % (
                _alternation(self.modal_verbs) or "(?!)", _alternation(self.duty_adverbs) or "(?!)",
                _alternation(self.own_duties) or "(?!)",
                _alternation(self.verb_qualifier_openers) or "(?!)", _alternation(self.duty_headings) or "(?!)",
                _alternation(self.duty_adverbs) or "(?!)",
                _alternation(self.helped_first + self.helped_when_named), LEVEL)) if self.helped_first else None
        # (协助和支持: "驻京军事机关应当协助和支持本市各级人民政府开展国防教育", 北京 实施国防教育法办法 第六条, b1849)
        # (an adverb before the help, 加强 or 的工作 after the bodies helped: "居民委员会、村民委员会应当积极配合街道办事处和乡（镇）
        # 人民政府做好…" 河南 实施献血法办法 第八条, b820; "村民委员会…应当…协助人民政府以及有关部门加强消防安全宣传教育"
        # 汕头 消防条例, b334; "城市管理监察部门积极配合广场管理处的工作", 拉萨 布达拉宫广场 管理办法, b1717)
        # (查处: the work a law's departments help another body with, "…等部门，应当在各自的职责范围内，配合价格监督检查机构
        # 查处牟取暴利的行为", 制止牟取暴利的暂行规定 第十五条, b885)
        # the bodies that guide or lead a unit, between its name and its verb: "区卫生计生行政部门在区人民政府的统一领导和
        # 市卫生计生行政部门的业务指导下，依法…", "县（市、区）城市绿化行政主管部门在市城市绿化行政主管部门的指导下，负责…"
        self.guided_re = re.compile(r"在[^,，。;；:：]{2,60}?(?:%s)下[,，]?" % _alternation(self.guided_by)) \
            if self.guided_by else None
        self.subject_re = re.compile(r"^\s*(?P<units>%s{2,80}?)%s%s(?P<verb>%s)(?!%s|%s)(?=\S)" % (NAME_CHAR,
            f"(?:{self.guided_re.pattern})?" if self.guided_re is not None else "",
            # (or the duties it acts by: "市场监督管理部门、生态环境主管部门在各自职责范围内负责…", 浙江 大气条例, b666;
            # or where an office sits: "领导小组办公室设在市水务局,负责日常工作", "县级以上爱卫会办事机构设在同级卫生主管
            # 部门，具体承担…", b665: the office, the body hosting it none of the work's)
            f"(?:{_HOSTED})?" + (f"(?:[,，]?(?:{_alternation(self.own_duties)})[,，]?)?" if self.own_duties else ""),
            _alternation(self.subject_verbs), _alternation(self.not_after_subject_verb) or "(?!)", FUNCTION_NAMED)) \
            if self.subject_verbs else None  # (not the 负责 of a body named by what it does: FUNCTION_NAMED)
        self.modal_subject_re = self._modal_subject(self.modal_verbs)
        # a law's subject parted from its 负责 by a comma, as from its modal word (comma_modal_verbs): "县级以上人民政府
        # 负责妇女儿童工作的机构，负责组织、协调、指导、督促有关部门做好…" (妇女权益保障法 第三条, b814)
        # (perhaps after the body that set it up: "市人民政府设立名泉保护委员会，负责…" 济南 名泉保护条例 第三条, b625: the
        # body set up, units.founding_verbs)
        founded = "(?:%s)(?:%s)(?!的)" % (_alternation(self.firm_endings), _alternation(self.founding_verbs)) \
            if self.founding_verbs and self.firm_endings else None  # a body, then a word for setting another up
        self.founded_re = re.compile(founded) if founded else None
        self.modal_inside_re = re.compile("(?:(?:%s)|^各[^\\s,，、]{1,4}?)(?:%s)(?![求素点件闻案])" % (
            _alternation(self.firm_endings), _alternation(self.modal_inside))) \
            if self.modal_inside and self.firm_endings else None  # ("各地要支持…学校": units.modal_inside)
        self.comma_verb_subject_re = re.compile(r"^\s*%s(?P<units>%s{2,60}?)[,，](?P<verb>%s)(?=\S)" % (
            r"(?:%s{2,30}?%s)?" % (NAME_CHAR.replace("^", "^\\s"), founded) if founded else "",
            NAME_CHAR.replace("^", "^\\s"), _alternation(self.comma_subject_verbs))) if self.comma_subject_verbs else None
        # a body's name, then its modal word and what it is to do: a sentence, no name ("各级人民政府要认真组织各有关部门"
        # before 抓好落实; not "…人民政府应急管理部门": not_after_modal; nor two names a space parted, "综治办 应消站")
        self.told_inside_re = re.compile(r"(?:%s|部门|单位)(?:(?:%s)(?!%s)\S{3}|%s)" % (
            _alternation(self.firm_endings), _alternation(self.modal_verbs),
            _alternation(self.not_after_modal) or "(?!)", _alternation(self.own_duties) or "(?!)")) \
            if self.modal_verbs and self.firm_endings else None  # (or the duties it acts by: own_duties)
        # (prose_duties: a subject and its modal word or a word forbidding it something; a clause of time before it;
        # a word of its role after it)
        self.prose_subject_re = self._modal_subject(self.modal_verbs + self.prose_prohibitions)
        self.prose_opener_re = re.compile(r"(?:%s)[,，]" % _alternation(self.prose_openers)) \
            if self.prose_openers else None
        self.prose_past_re = re.compile("|".join(f"(?:{p})" for p in self.prose_past)) if self.prose_past else None
        self.prose_adverb_re = re.compile(r"(?:%s)$" % _alternation(self.prose_role_adverbs)) \
            if self.prose_role_adverbs else None
        self.duty_verb_re = re.compile(_alternation(self.duty_verbs + self.subject_verbs)) if self.duty_verbs else None
        self.subject_verb_re = re.compile(_alternation(self.duty_verbs + self.subject_verbs + self.object_verbs)) \
            if self.duty_verbs else None  # (duty_subject's: a duty verb, or an object verb after 对 and its object)
        self.purpose_opener_re = re.compile("(?:%s)" % "|".join(self.purpose_openers) if self.purpose_openers else "(?!)")
        # a condition at a sentence's start, up to its comma: opened by a condition word, or closed by a word of time
        conditions = [f"(?:{c})[^，,。;；:：()（）]{{0,30}}?" for c in self.condition_openers] + \
            ([r"[^，,。;；:：()（）]{1,30}?(?:%s)" % _alternation(self.prose_openers)] if self.prose_openers else [])
        self.condition_re = re.compile(r"\s*(?:%s)[,，]\s*" % "|".join(conditions)) if conditions else None
        self.duty_adverb_re = re.compile("(?:%s)+$" % _alternation(self.duty_adverbs)) if self.duty_adverbs else None
        # the duties a unit acts by, between its name and its verb: "按本级人民政府规定的职责，", "依照各自的职责分工"; or
        # the law it acts by, then a comma: "依照本法规定，"
        self.duty_ground_re = re.compile(r"(?:%s)[^,，。;；:：]{0,16}?(?:(?:%s)[,，]?|(?:%s)[,，])$" % (
            _alternation(self.verb_qualifier_openers), _alternation(self.duty_headings),
            _alternation(self.ground_ends) or "(?!)")) \
            if self.verb_qualifier_openers and self.duty_headings else None
        # a line opening with a unit's duties, after how it does them: "分别负责放射源运输…", "会同环保部门公布…"
        self.duty_opening_re = re.compile("(?:%s)*(?:%s)" % (_alternation(self.duty_adverbs) or "(?!)", _alternation(
            self.duty_verbs + self.subject_verbs))) if self.duty_verbs else None
        self.body_name_re = re.compile(self.body_name) if self.body_name else None
        self.heading_body_re = re.compile(self.heading_body_name) if self.heading_body_name else None
        self.partner_re = re.compile(_alternation(self.partner_verbs)) if self.partner_verbs else None
        # bodies after a lead's clause and its comma, then an assist verb or a word of acting jointly (see joint_words)
        helpers = self.verbs.get("assist", []) + self.joint_words
        # (how they share the work may come between, each after its comma: "…等单位根据职能分工，各负其责，协调配合")
        shared = self.helper_manners + self.own_duties
        manners = [_alternation(shared)] if shared else []
        if self.verb_qualifier_openers:
            manners.append(r"(?:%s)[^\s,，。;；:：]{0,8}?(?:分工|职责|职能)" % _alternation(self.verb_qualifier_openers))
        manner = r"(?:[,，]?\s*(?:%s)){0,3}[,，]?\s*" % "|".join(manners) if manners else ""
        self.helpers_re = re.compile(r"[,，]\s*(?P<units>%s{2,80}?)%s(?:%s)" % (NAME_CHAR, manner,
                                                                              _alternation(helpers))) \
            if helpers else None
        self.partner_stop_re = re.compile(_alternation(self.partner_stops)) if self.partner_stops else None
        self.name_break_re = re.compile(_alternation(self.name_breaks)) if self.name_breaks else None
        self.vague_partner_re = re.compile("|".join(f"(?:{p})" for p in self.vague_partners)) \
            if self.vague_partners else None
        self.concerned_partner_re = re.compile("|".join(f"(?:{p})" for p in self.concerned_partners)) \
            if self.concerned_partners else None
        # the verb that ends a partner's name: "会同市交通运输局|做好…"
        self.action_re = re.compile(_alternation(self.duty_verbs + self.agent_verbs + self.verb_tails +
                                                 self.subject_verbs + self.partner_stops))
        not_after = "(?<![%s])" % re.escape(self.copula_not_after) if self.copula_not_after else ""
        self.copula_re = re.compile(r"^(?P<units>.+?)%s(?:%s)(?P<what>[^,，;；]{0,24}?)(?P<label>%s)$"
                                    % (not_after, _alternation(self.copulas), label_alt)) if self.copulas else None
        # a body and the kind of body it is (units.heading_body_name), before its duties: "漯河市沙澧河建设管理委员会为
        # 风景区管理机构，主要负责…" (漯河 沙澧河风景名胜区条例, b747)
        self.body_as_re = re.compile(r"^(?P<units>.+?)%s(?:%s)(?P<what>[^,，;；]{2,24})$"
                                     % (not_after, _alternation(self.copulas))) if self.copulas else None
        self.helping_re = re.compile(r"^(?P<rest>.+?)(?:%s)(?P<lead>.+)$" % _alternation(self.helping)) \
            if self.helping else None
        # (a lead verb may stand before the word: "省统计局牵头会同省科技厅…负责实施")
        leading = "(?:%s)?" % _alternation(self.verbs.get("lead") or []) if self.verbs.get("lead") else ""
        self.together_re = re.compile(r"^(?P<lead>.+?)%s(?:%s)(?P<rest>.+)$" % (leading, _alternation(self.together))) \
            if self.together else None
        # (after an enumerator of a run of points: "一是由公安部门查处…;二是由工商部门…", "三是安装大队要…")
        lead_in = "(?:%s)" % _alternation(self.lead_in) if self.lead_in else None
        enumerator = r"(?:%s)[,，]?" % _alternation(self.enumerators) if self.enumerators else None
        # a point of a run opening a sentence or a segment (not "唯一是"): see points()
        self.enumerator_re = re.compile(r"(?:^|(?<=[。;；,，:：\s]))(?:%s)" % _alternation(self.enumerators)) \
            if self.enumerators else None
        words = [w for w in (enumerator and enumerator + (lead_in + "?" if lead_in else ""), lead_in) if w]
        owner = "(?:%s)" % _alternation(self.news_owners) if self.news_owners else None  # "该公司要求X…", "该公司X…"
        patterns = ([r"^%s?(?:%s)" % (owner or "", "|".join(words))] if words else []) + \
            ([r"^%s(?=\S{2})" % owner] if owner else [])  # (an owner alone before its office: "该公司计量所…")
        self.lead_in_re = re.compile("|".join(patterns)) if patterns else None
        # "…,曲道凯要求,由县发展和改革局牵头,…配合,…": what a meeting asked, its assignment after the comma
        # (its segment opens after a stop or a comma, not with a ground: "按照…要求,由我厅牵头代拟…"); or a unit
        # leading without 由: "会议要求,区市场监督管理局牵头,卫健…等行业主管部门密切配合,…" (湛河区 常务会议)
        grounds = "(?!%s)" % _alternation(self.decision_grounds) if self.decision_grounds else ""
        self.decision_re = re.compile(
            r"(?<![^,，。;；:：\s])%s[^,，。;；:：]{0,30}?(?:%s)[,，:：]\s*(?=由|[^,，。;；:：]{2,30}?牵头[,，])" % (
                grounds, _alternation(self.decision_words))) if self.decision_words else None
        followers = [*self.subject_followers, *self.modal_verbs, *self.duty_verbs, *self.subject_verbs,
                     *self.duty_adverbs]
        self.subject_follower_re = re.compile(_alternation(followers)) if followers else None
        # what a meeting asked, whatever the words after it: "会议要求,党政综合办公室根据会议意见进一步修改完善后印发"
        self.decided_re = re.compile(r"(?<![^,，。;；:：\s])(?:%s)(?:%s)[,，:：]\s*" % (
            _alternation(self.meeting_words), _alternation(self.decision_words))) \
            if self.decision_words and self.meeting_words else None
        # a sentence opened by a meeting's decision, a few words between: "会议原则同意该实施意见,要求…", "会议明确:…"
        self.meeting_sentence_re = re.compile(r"(?:%s)[^,，。;；:：]{0,6}?(?:%s)" % (
            _alternation(self.meeting_words), _alternation(self.decision_words))) \
            if self.decision_words and self.meeting_words else None
        self.first_listed_re = re.compile("|".join(f"(?:{p})" for p in self.first_listed)) if self.first_listed else None
        self.comma_leads_re = re.compile("|".join(f"(?:{p})" for p in self.comma_leads)) if self.comma_leads else None
        self.each_part_leads_re = re.compile("|".join(f"(?:{p})" for p in self.each_part_leads)) \
            if self.each_part_leads else None
        self.carry_forward_res = [re.compile(p) for p in self.carry_forward]
        # "盘龙区政府主要领导" in a list of the units responsible: the unit, its head's post left out
        self.unit_head_re = re.compile(r"(?<![^、,，;；:：(（\s])(?P<unit>[^、,，;；:：()（）\s]{0,30}?(?:%s))(?:%s)"
                                       r"(?=\s*(?:[、,，;；。)）]|$))" % (
                                           _alternation(self.firm_endings), _alternation(self.head_posts))) \
            if self.head_posts and self.firm_endings else None
        self.covers_above_re = re.compile("|".join(f"(?:{p})" for p in self.covers_above)) if self.covers_above \
            else None
        self.heading_lead_res = [re.compile(p) for p in self.heading_lead]
        self.duties_of_res = [re.compile(p) for p in self.duties_of]
        self.team_res = [re.compile(p) for p in self.team]
        self.team_members_res = [re.compile(p) for p in self.team_members]
        self.reference_res = [re.compile(p) for p in self.references]
        self.remark_re = re.compile("|".join(f"(?:{p})" for p in self.remarks)) if self.remarks else None
        self.name_aside_re = re.compile("|".join(f"(?:{p})" for p in self.name_asides)) if self.name_asides \
            else None
        self.remark_units_re = re.compile("|".join(f"(?:{p})" for p in self.remark_units)) if self.remark_units \
            else None
        self.none_set = set(self.none_marks)
        self.suffix_re = re.compile(r"(%s)$" % _alternation(self.suffixes))
        # "…抢修被毁公路。 市水利局:掌握…": a sentence end, a space, then a unit's name and its colon (a page's duty
        # lines run into one line), or its first verb ("。 市广电局负责灾区…": subject_verbs, duty_verbs)
        # (the name may carry its other name: "区经委（区粮食物资储备局）：组织…")
        tails = r"(?:%s)?" % _alternation(self.duty_tails) if self.duty_tails else ""
        # ("。县交通局、公路局。负责对…的巡查": a list of names as a sentence of its own, then its verb)
        name = r"[\u4e00-\u9fff]{1,14}(?:%s)" % _alternation(self.suffixes)
        named = r"(?=(?:%s、){0,4}%s。(?:%s))" % (name, name, _alternation(self.subject_verbs))
        duty_line = r"(?:(?=%s(?:[(（][^()（）]{1,14}[)）])?(?:%s[:：]|%s))|%s)" % (
            name, tails, _alternation(self.subject_verbs + self.duty_verbs), named)
        # "县公安局:负责…" / "区财金局职责：负责…": a unit's name, what it is over (duty_tails), its colon
        self.unit_colon_re = re.compile(rf"^\s*(?P<units>{NAME_CHAR}{{2,60}}?)\s*{tails}[:：]\s*")
        # (or one short name and a comma before its duties' first verb: "交通部门,负责通村公路和道路建设。 教育部门,
        # 负责…", a 盟's 新牧区 试点 department duties, after a page's mark "[接上页]"; where an office sits is skipped:
        # "管委会办公室设在区财政局，负责…", the office's duties)
        # (a longer one when a body set up or named by another names it: "市人民政府设立的搜救中心，负责本市水上搜救的
        # 组织、协调和指挥工作。", 上海 水上搜救条例, b629)
        self.unit_comma_re = re.compile(r"^\s*(?:[\[【［][^\]】］]{1,6}[\]】］]\s*)?"
                                        r"(?P<units>[^\s,，、。;；:：()（）]{2,%d}?|[^\s,，、。;；:：()（）的]{2,12}"
                                        r"(?:设立|确定|指定|所属)的[^\s,，、。;；:：()（）的]{2,10})(?:%s)?[,，]"
                                        r"(?=\s*(?:具体)?(?:%s))\s*" % (
            _COMMA_NAME, _HOST_PLACE, _alternation(self.comma_subject_verbs) or "(?!)"))
        # "由市农牧业局牵头，市商务粮食局、…参与的联席会议": an assisting verb qualifying what the units form
        self.assist_of_re = re.compile(r"(?:%s)(?=的)" % _alternation(self.verbs.get("assist") or [])) \
            if self.verbs.get("assist") else None
        # "省住建厅主要职责为": a unit's name and the words saying its duties follow (before the colon)
        self.duty_tail_re = re.compile(r"(?:%s)$" % _alternation(self.duty_tails)) if self.duty_tails else None
        # (or a space on a page saved as one line: "第十三条 共青团的主要职责 充分发挥组织优势,…", a 州 未成年人保护
        # 委员会's rules, b327; or its line's end: duty_title_line_re)
        titles = _alternation([t for t in self.duty_tails if "职责" in t and not t.endswith(("为", "是"))])
        self.duty_title_stop_re = re.compile(rf"^\s*(?P<units>{NAME_CHAR}{{2,30}}?)\s*(?:{titles})"
                                             r"(?:[。.]|[ \t\u3000]+(?=\S))\s*") if titles else None
        self.duty_title_line_re = re.compile(rf"^\s*(?P<units>{NAME_CHAR}{{2,30}}?)\s*(?:{titles})\s*$") \
            if titles else None
        # a group's duties as a field of their own: "工作职责：…", "职 责:…" (a space the page put inside)
        self.duty_field_re = re.compile(r"(?:%s)\s*[:：]" % "|".join(
            r"\s*".join(map(re.escape, w)) for w in sorted(self.duty_tails, key=len, reverse=True))) \
            if self.duty_tails else re.compile(r"(?!)")
        self.duty_cut_re = re.compile(r"(?<=[。;；:：])[ \t\u3000]+" + duty_line)  # (…具体分工如下: 省统计局负责…)
        # "…主要职责 镇党政办:发布信息和宣传相关救灾新闻报道 安监所:收集、汇总…灾情" (a town's 防汛抗旱 预案 from a
        # document-sharing site): after a space alone, a unit's name, its colon and a verb of its duties
        # (not "成 员：张 杰 林我禄 自然资源管理站工作职责：负责…": a team's members, then its duties' field)
        # (after a word, not after an item's number: "2.3.6 市建设局:负责…", "第三条 市公安局:…")
        self.spaced_duty_cut_re = re.compile(r"(?<=[\u4e00-\u9fff])(?<![条章节款])[ \t\u3000]+(?=%s(?:[(（][^()（）]{1,14}[)）])?[:：]"
                                             r"[ \t\u3000]*(?:%s))" % (name, _alternation(
                                                 self.subject_verbs + self.duty_verbs)))
        self.glued_duty_cut_re = re.compile(r"(?<=[。;；])%s|(?<=[:：])%s" % (duty_line, named))  # a page whose
        # breaks left nothing (after a colon only a name as a sentence: "各组成单位及其职责如下:县环保局。负责…")
        # "二、部门职责县畜牧局:负责…": a numbered heading naming duties (duty_headings) run into its first duty line
        # (a bracketed number wherever it stands: "二、责任分工（一）牵头部门职责省人社厅主要职责为：…", a glued page)
        headings = _alternation(self.duty_headings)
        self.duty_title_cut_re = re.compile(
            r"(?:(?:(?:^|(?<=[\s。;；:：]))(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])|[(（][一二三四五六七八九十]{1,3}[)）])"
            r"[^\s。;；:：,，、()（）]{0,12}(?:%s)|(?<=[。;；])[^\s。;；:：,，、()（）]{2,12}(?:%s)[:：]"
            r"(?=%s(?:[(（][^()（）]{1,14}[)）])?%s[:：]))" % (headings, headings, name, tails) + duty_line) \
            if self.duty_headings else None  # (or one with no number after a sentence's end, its colon before the
        # first duty line, a unit's name and its colon: "…通报工作推进情况；各相关部门工作职责：区交通与建设局：负责…",
        # 岚综管办〔2015〕98号 on one line; not an item's closing "…。责任分工：区规划局负责开展…，…配合", its clause)
        self.not_ending_set = set(self.not_endings)
        self.bare_noun_set, self.short_form_set = set(self.bare_nouns), set(self.short_forms)
        self.trade_set = frozenset(self.trades)
        self.trade_levels_re = re.compile("^(?:%s)" % _alternation(self.trade_levels)) if self.trade_levels else None
        # a longer ending that is a unit's wins over a word it ends with: 安全局 (not 全局)
        self.kept_endings = tuple(s for s in self.suffixes if len(s) >= 3 and
                                  any(s.endswith(w) for w in self.not_endings))
        self.not_ending_lengths = sorted({len(w) for w in self.not_endings})
        self.not_start_re = re.compile("^(%s)" % _alternation(self.not_starts)) if self.not_starts else None
        self.two_names_re = re.compile("(?:%s)" % _alternation(self.two_names)) if self.two_names else None
        self.group_re = re.compile(r"^(%s)|(%s)$" % (_alternation(self.group_prefixes), _alternation(self.group_endings)))
        self.etc_re = re.compile(self.etc)
        self.counts_re = re.compile(self.counts) if self.counts else None
        self.team_title_re = re.compile(self.team_title) if self.team_title else None
        self.post_re = re.compile(r"(%s)$" % "|".join(self.posts)) if self.posts else None
        self.lead_mark_set = set(self.lead_marks)
        words = [m for m in self.lead_marks if len(m) > 1]
        # "市商务局(牵头)、市发改委、海关": a lead mark in brackets after a name of a unit list
        self.bracketed_lead_re = re.compile(r"[(（](?:%s)[)）]" % _alternation(words)) if words else None
        self.mark_chars = "".join(sorted({m for m in [*self.lead_marks, *self.legend_marks] if len(m) == 1}))
        self.legend_mark_set = set(self.legend_marks)
        self.mark_legend_res = [re.compile(p) for p in self.mark_legend]
        # (no 向 in the agent's span: "由有关省级人民政府向国务院提出请求" asks, it assigns nothing)
        # (a verb of duties that ends a body's name is none: "由县委组织部负责考核" names 县委组织部, not_after_duty_verb)
        named = [v for v in self.agent_verbs if v not in self.subject_verbs]
        agent_verb = "|".join(filter(None, [
            _alternation([v for v in self.agent_verbs if v in self.subject_verbs]),
            named and "(?:%s)(?!%s)" % (_alternation(named), _alternation(self.not_after_duty_verb) or "(?!)")]))
        # "…，其具体工作由乡级村镇建设管理机构负责。": an agent closing a later segment of a law's article
        self.closing_agent_re = re.compile(
            r"(?<=[,，。;；])[^,，。;；由()（）]{0,16}?" + BY.pattern + r"(?P<units>[^,，。;；由向()（）]{2,40}?)(?:%s)(?=[。;；]|$)"
            % _alternation(self.closing_agent_verbs)) if self.closing_agent_verbs else None
        # "…具体办法由国务院和中央军事委员会规定。": an agent of a law's article no body opens
        self.law_agent_re = re.compile(
            r"(?:^|(?<=[,，。;；]))[^,，。;；由()（）]{0,24}?" + BY.pattern + r"(?P<units>[^,，。;；由向()（）]{2,40}?)"
            r"(?:依法|具体|统一)?(?:%s)" % _alternation(self.law_agent_verbs)) if self.law_agent_verbs else None
        self.sanction_re = re.compile(_alternation(self.sanction_words)) if self.sanction_words else None
        self.agent_name_act_re = re.compile("|".join(f"(?:{p})" for p in self.agent_name_acts)) \
            if self.agent_name_acts else None
        self.agent_re = re.compile(BY.pattern + r"(?P<lead>[^,，;；由向]+?)(?:%s(?:%s)(?P<rest>[^,，;；向]+?))?(?P<verb>%s)(?!%s)"
                                   % (leading, _alternation(self.together) or "(?!)", agent_verb or "(?!)",
                                      _alternation(self.not_after_agent_verb) or "(?!)"))
        # "本办法由区应急局会同相关部门负责具体解释": the verb and the words that make a sentence no assignment
        # and "本措施解释权由各责任单位负责": words before the agent's 由 (not_before_agent)
        no_assignment = [p for p in (
            self.agent_verbs and self.not_after_agent_verb and "(?:%s)(?:%s)" % (
                _alternation(self.agent_verbs), _alternation(self.not_after_agent_verb)),
            self.not_before_agent and "(?:%s)%s" % (_alternation(self.not_before_agent), BY.pattern)) if p]
        self.no_assignment_re = re.compile("|".join(no_assignment)) if no_assignment else None
        self.column_names = {role: list(words) for role, words in self.columns.items()}
        for role in ("lead", "assist", "responsible", "people", "deadline"):
            self.column_names.setdefault(role, []).extend(all_labels.get(role, []))
        self.column_name_set = {name for names in self.column_names.values() for name in names}
        self.department_name_set = set(self.department_names)
        self.department_names_by_end: dict[str, list[str]] = {}  # by their last character (a table's cells run
        for name in self.department_names:  # together: each unit's end asks for the names it may end with)
            self.department_names_by_end.setdefault(name[-1:], []).append(name)
        unit_words = [w for role in UNIT_ROLES for w in [*self.column_names.get(role, []),
                                                         *self.column_keywords.get(role, [])]]
        # a header row names a unit column: a cheap test before a row is read as a header at all (a character
        # class of the words' first characters first: one search of ~100 words per cell is slow)
        self.unit_column_re = re.compile(_alternation(unit_words)) if unit_words else re.compile("(?!)")
        self.unit_column_start_re = re.compile("[%s]" % "".join(sorted({re.escape(w[0]) for w in unit_words if w}))) \
            if unit_words else re.compile("(?!)")
        # a line is asked again by every header run that reaches it (up to 12): the last answers are kept
        self._unit_column = lru_cache(maxsize=256)(
            lambda name: bool(self.unit_column_start_re.search(name)) and bool(self.unit_column_re.search(name)))
        return self

    # -- questions the rules ask ---------------------------------------------------------------
    def _modal_subject(self, verbs: list[str]) -> re.Pattern | None:
        """Bodies' names opening a text, then one of ``verbs`` ("党群工作处要做好…"; not_after_modal not after a one-character
        one: 应急, 要求; "应当对…" is 应当, not 应 then 当), perhaps
        after the work they do it in ("市和区、县人民政府在居家养老服务中应当履行下列职责：", 北京 居家养老服务条例, b710;
        not a procedure's course, "…主管部门在审查过程中，应当组织专家…": how it is done; roles.yaml setting_ends) or after
        what its duty is over and a comma ("县级以上地方人民政府对本行政区域内的地下水管理负责，应当…", b636; not a case,
        "…对…发现…的，应当": object_before_comma); a law's modal word after a comma too ("国务院和沙化土地所在地区的县级
        以上地方人民政府，应当将防沙治沙纳入…", 防沙治沙法, b772: comma_modal_verbs)."""
        comma_modal = _alternation(self.comma_modal_verbs) or "(?!)"
        ends = "|".join("(?<!过程)中" if e == "中" else re.escape(e) for e in self.setting_ends) or "(?!)"
        return re.compile(r"^\s*(?P<units>%s{2,60}?)(?:在[^,，。;；:：]{2,30}?(?:%s)[,，]?|(?:%s)(?![%s])[^,，。;；:：]{2,40}?"
                          r"(?<![的时])[,，](?=%s))?(?:[,，](?=%s))?(?P<verb>%s|(?:%s)(?!%s))(?=\S)" % (
                              NAME_CHAR.replace("^", "^\\s"), ends,
                              _alternation(self.object_before_comma) or "(?!)", "".join(_NAMED_AFTER_DUI), comma_modal,
                              comma_modal, _alternation([v for v in verbs if len(v) > 1]) or "(?!)",
                              _alternation([v for v in verbs if len(v) == 1]) or "(?!)",
                              _alternation(self.not_after_modal) or "(?!)")) \
            if self.modal_verbs else None

    def label_role(self, label: str) -> str | None:
        if (role := self._label_role.get(label)) is None and (m := self._label_prefix_re.match(label)):
            role = self._label_role.get(label[m.end():])  # 问题整改责任单位: the label after what it is about
        return role

    def points(self, text: str) -> list[re.Match]:
        """Where a run of points in prose ("一是…二是…", roles.yaml enumerators) opens each point."""
        return list(self.enumerator_re.finditer(text)) if self.enumerator_re is not None else []

    def verb_role(self, verb: str) -> str | None:
        """The role of a verb, with or without a qualifier before it (按职责牵头负责 leads as 牵头负责 does)."""
        if verb in self._verb_role:
            return self._verb_role[verb]
        m = self.verb_end_re.match("_" + verb)
        return self._verb_role[m["bare"]] if m and len(m["units"]) == 1 else None

    def join_spaced_words(self, text: str) -> str:
        """"按职责分工 负责" → "按职责分工负责": spaces inside a role word or label (a one-line page whose source
        broke a PDF's lines) taken out; other spaces stay (they may part units: "市规划局 市建设局")."""
        if " " not in text and "\u3000" not in text:
            return text
        return self.spaced_word_re.sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), text)

    def mend_labels(self, text: str) -> str:
        """A label printed without its colon, read as one with it: in lenticular brackets ("【牵头单位】市大数据局
        【配合单位】市财政局" → "牵头单位:市大数据局 配合单位:市财政局"), or before a copula ("牵头单位为市住建局,
        配合单位是市财政局" → "牵头单位:市住建局,配合单位:市财政局"); and a name's short form in brackets left out
        so that the name opens its duties ("…自然资源局(简称“区规资局”)负责…": roles.yaml name_asides)."""
        if self.name_aside_re is not None and "称" in text:
            text = self.name_aside_re.sub("", text)  # "区规划和自然资源局(简称“区规资局”)负责…"
        if "【" in text:
            text = self.bracketed_label_re.sub(lambda m: (" " if m.start() else "") + m["label"] + ":", text)
        if self.label_copula_re is not None and ("为" in text or "是" in text):
            text = self.label_copula_re.sub(lambda m: m["label"] + ":" if self._names_after_copula(m) else m.group(0),
                                            text)
        if "(" in text or "（" in text:  # "(责任单位市财政局,配合单位:市住建局…)": a bracket's label, its colon lost
            text = self.glued_bracket_label_re.sub(lambda m: m.group(0) + ":", text)
        return text

    def _names_after_copula(self, m: re.Match) -> bool:
        """Is "label + copula" a label whose colon is missing? Not a bare verb ("配合是关键"), and a name must follow
        it: "属地街道作为托底管理的主体" is a group of units said to be something, no label over a list."""
        if len(m["label"]) < 3:
            return False
        after = re.match(r"[^,，。;；、)）\s]{1,40}", m.string[m.end():])
        name = self.strip_etc(after.group()) if after else ""
        if name.endswith(self._label_words):
            return False  # "排序第一的责任单位为该项牵头单位": a label said to be another (a statement), no list
        return bool(name) and (self.is_unit_name(name) or self.is_group(name) or self.is_person(name))

    @cached_property
    def unit_then_follower_re(self) -> re.Pattern:
        """A unit's ending, then what a subject does after its name (unit_opening)."""
        return re.compile("(?:%s)(?=%s)" % (self.unit_ending_re.pattern, self.subject_follower_re.pattern))

    @cached_property
    def unit_ending_re(self) -> re.Pattern:
        """A unit's ending anywhere in a text (suffix_re is anchored at a name's end): where cells ran together."""
        return re.compile(_alternation(self.suffixes))

    @cached_property
    def column_word_re(self) -> re.Pattern:
        """Column names, their key words and the label nouns (单位, 处室 …), longest first: what each cell of a header
        whose cells ran together ends in (普法内容, 组织抽查牵头单位)."""
        words = set(self.column_name_set).union(*self.column_keywords.values(), self.label_parts.get("nouns", []))
        return re.compile(_alternation(w for w in words if 2 <= len(w) <= 12 and " " not in w))

    @cached_property
    def task_column_re(self) -> re.Pattern:
        """Names of task and category columns (工作任务, 重点任务, 具体要求 …), longest first: where a header whose cells
        ran together and that has no 序号 may start."""
        words = [w for role in ("task", "category") for w in self.column_names.get(role, ()) if len(w) >= 2]
        return re.compile(_alternation(words)) if words else re.compile("(?!)")

    def names_column(self, cell: str) -> bool:
        """Could a header cell be a column's name: a name of the vocabulary, or ending in one of its column words
        ("具体内容"; spaces left out: "目 标 任 务")? Not a row's cell such as "烟花爆竹"."""
        name = re.sub(r"[ \u3000]+", "", cell)
        return name in self.column_name_set or bool(self.column_word_re.search(name))

    def names_unit_column(self, name: str) -> bool:
        """Does a header cell name a unit column (牵头单位, 配合部门, 责任单位 …), by its words?"""
        return self._unit_column(name)

    def mentions_role(self, text: str) -> bool:
        """Does the text hold a role verb (or 由) at all? A cheap test before reading it as a clause."""
        return bool(self.role_word_re.search(text))

    def verb_at_end(self, segment: str):
        """(units, verb, role) when ``segment`` is a unit list closed by a verb, else None."""
        m = self.verb_end_re.match(segment)
        if not m or (self.verb_endings and segment.rstrip().endswith(tuple(self.verb_endings))):
            return None
        return m["units"], m["verb"], self._verb_role[m["bare"]]

    def copula_at_end(self, segment: str):
        """(units, role) when ``segment`` says "X为…牵头责任单位" (a unit list, a copula, a label), else None."""
        m = self.copula_re.match(segment) if self.copula_re else None
        if not m or self.label_role(m["label"]) not in ("lead", "assist", "responsible"):
            return None
        return m["units"], self.label_role(m["label"])

    def is_none(self, text: str) -> bool:
        stripped = (text or "").strip()
        return not stripped or stripped in self.none_set or not stripped.strip("—-–−―/ ")

    def mend_label_colons(self, text: str) -> tuple[str, list[int]]:
        """``(责任单位;住建局、畜牧局)`` read as ``(责任单位:…)``; and the numbers of the lines mended."""
        lines: list[int] = []

        def colon(m: re.Match) -> str:
            lines.append(text.count("\n", 0, m.start()) + 1)
            return m.group(0)[: m.start("mark") - m.start()] + ":"
        return self.mistyped_label_re.sub(colon, text), lines

    def strip_etc(self, name: str) -> str:
        return self.etc_re.sub("", name.strip()).strip()

    def is_group(self, name: str) -> bool:
        """各区人民政府, 相关单位, 各地: a group prefix on a unit-like or short name, or a group ending."""
        m = self.group_re.search(name)
        if not m or (name and name[-1] in self.not_last) or \
                self.modal_inside_re is not None and self.modal_inside_re.search(name):
            return False
        return bool(m.group(2)) or len(name) <= 4 and not name.endswith(tuple(self.not_endings)) or \
            bool(self.suffix_re.search(name))

    def is_unit_name(self, name: str) -> bool:
        if not self.suffix_re.search(name) or (name and name[-1] in self.not_last):
            return False
        if self.not_start_re is not None and self.not_start_re.match(name):
            return False  # "积极争取国务院对口部门(支持)": a verb phrase that ends like a unit
        if self.counts_re is not None and self.counts_re.search(name):
            return False  # "新建幼儿园3所": a task's figure, ending as a unit does
        if self.founded_re is not None and self.founded_re.search(name):
            return False  # "县级以上人民政府设立禁毒委员会": one body setting another up (units.founding_verbs)
        if self.modal_inside_re is not None and self.modal_inside_re.search(name):
            return False  # "各地要支持龙头企业和高水平高等学校": what a body is to do (units.modal_inside)
        endings = self.not_ending_set
        if self.kept_endings and name.endswith(self.kept_endings):
            return True
        return not endings or not (name[-2:] in endings or name[-3:] in endings or
                                   any(name[-n:] in endings for n in self.not_ending_lengths if n > 3))

    def prose_after_list(self, text: str, at: int, end: int, free=None) -> int:
        """Where a label's unit list from ``at`` ends at a space that prose follows (a page saved as one line, its
        last item's list then its closing words: "责任单位：各行政执法部门 本政策执行期暂定为…三个月。中央、省上出台…"):
        the first space after which no unit, person, bracket or next label opens but a sentence does; else ``end``.
        ``free`` tells whether an offset is outside every bracket."""
        last_stop = text.rfind("。", at, end)
        for space in _SPACE_RUN.finditer(text, at, end):
            after = space.end()
            if after >= end or (free is not None and not free(after)) or text[after] in "(（[【〔" or \
                    self.label_start_re.match(text, after, after + 40):
                continue
            if after > last_stop and text[after] not in "“《":
                continue  # (after the last sentence's end, only a title in quotation marks: the next item's, "承办单位:
                # 西安演艺集团 “过大年·看大戏”春节惠民演出活动 时间地点:…", 商洛 新春 活动 saved as one paragraph)
            word = _WORD_END.split(text[after: after + 60], maxsplit=1)[0]
            if len(word) >= 3 and not word.startswith("等") and not (
                    self.is_unit_name(word) or self.is_group(word) or self.is_person(word)):
                return space.start()
        return end

    def names_trades(self, text: str) -> bool:
        """Is a list of names closed by 等 and a kind of body ("卫健、教体、民政等行业主管部门", "自然资源等主管部门"), some of
        them trades (units.trades)? Its trades then name departments, each as printed (as "市发改、财政部门" does);
        with no kind after them a list of trades is a list of fields ("科技、林业、渔业")."""
        stripped = self.strip_etc(text)
        tail, parts = text.strip()[len(stripped):], split_top_level(stripped)
        if ("部门" in tail or "单位" in tail) and (len(parts) >= 2 and any(p in self.trade_set for p in parts) or
                                                 len(parts) == 1 and "等" in tail and self.is_trade(parts[0])):
            return True  # (or one trade, perhaps after its level, closed by 等 and its kind: "国务院自然资源等主管部门
            # 按照职责分工做好…", 地下水管理条例, b636; "会同文化广电旅游等有关部门依法制定…", b639; "会同省经济和信息化
            # 等部门，按照…", b707)
        # or trades sharing the kind printed after the last: "市发改、财政部门", "商务、供销、市场监管部门负责…" (among
        # them a law's own short names: "公安、农业、药品监督、安全生产监督管理部门按照各自职责负责…", 杭州 饮用水水源保护条例)
        return len(parts) >= 2 and parts[-1].endswith(("部门", "单位")) and len(parts[-1]) > 2 and \
            (all(self.is_trade(p) for p in parts[:-1]) or len(parts) >= 3 and self._mostly_trades(parts))

    def _mostly_trades(self, parts: list[str]) -> list[str] | None:
        """The parts of a list that name trades (see listed_trades), when the first names one (or a body) and they make
        half of the parts that name no body or more; else None."""
        trades = [p for p in parts if self.is_trade(p) or self._two_trades(p)]
        others = [p for p in parts if p not in trades and not self.is_unit_name(p)]  # (bodies named in full beside
        # them: "街道办事处、乡镇人民政府、民政、公安…等行政部门", the bodies a law joins after its trades, read first)
        if not trades or len(trades) < len(others) or not (
                parts[0] in trades or self.is_unit_name(parts[0]) or
                # (or a short name of the law's own opens a list of three trades or more: "规划资源、住房建设、生态环境、
                # 水务（海洋）…等部门", 上海 中华鲟保护管理条例; not a verb before a trade: "需要发展改革、科学技术…")
                len(trades) >= 3 and 3 * len(trades) >= 2 * len(parts) and _SHORT_TRADE.fullmatch(parts[0]) and
                not any(parts[0].endswith(t) for t in self.trade_set) and
                not (self.not_start_re is not None and self.not_start_re.match(parts[0]))):
            return None
        return trades + [p for p in others if _SHORT_TRADE.fullmatch(p) and
                         not self.is_group(p) and not (self.not_start_re is not None and self.not_start_re.match(p))]

    def listed_trades(self, text: str) -> frozenset[str]:
        """The parts of a list of trades closed by 等 and a kind of body (names_trades) that name departments by their
        trades: those of units.trades (two run together are one: "规划国土", "城市管理综合行政执法"), and beside enough of
        them (_mostly_trades) a short plain word that is none ("发展改革、财政、规划、国土、人力社保、民政…等部门", 北京
        院前医疗急救服务条例; "公安、地方金融监管等部门": a local law's own short names, as printed). Not a verb phrase
        opening the list ("需要发展改革、科学技术…等部门")."""
        if not self.names_trades(text):
            return frozenset()
        parts = [without_other_name(p.strip()) for p in split_top_level(self.strip_etc(text))]
        mostly = self._mostly_trades(parts)
        return frozenset(mostly if mostly is not None else
                         (p for p in parts if self.is_trade(p) or self._two_trades(p)))

    def _two_trades(self, name: str) -> bool:
        """Is a name two trades run together ("城市管理综合行政执法": 城市管理 and 综合行政执法, 北京 河湖保护管理条例)?"""
        return len(name) <= 16 and any(name[:k] in self.trade_set and name[k:].lstrip("和与") in self.trade_set
                                       for k in range(2, len(name) - 1))

    def is_trade(self, name: str) -> bool:
        """A trade's name (units.trades), perhaps after its level: "财政", "市发改", "国务院建设", "同级财政"; or a
        trade's administration ("住房和城乡建设管理", 东营 黄河三角洲生态保护与修复条例, b719)."""
        return name in self.trade_set or name[self.trade_level_end(name):] in self.trade_set or \
            len(name) > 4 and name.endswith("管理") and name[:-2] in self.trade_set

    def trade_level_end(self, name: str) -> int:
        """Where a trade's name starts after the level printed before it (roles.yaml trade_levels, or one level's
        character): "国务院建设" 3, "同级财政" 2, "市发改" 1; else 0."""
        m = self.trade_levels_re.match(name) if self.trade_levels_re is not None else None
        return m.end() if m else 1 if name[:1] in "省市区县" else 0

    def trade_department(self, name: str) -> bool:
        """Is a name a trade's department ("教育行政部门", "国务院卫生主管部门", "交通部门"): one body, named by its trade?"""
        rest = _TRADE_DEPARTMENT.sub("", name)
        return rest != name and (self.is_trade(rest) or self.is_trade(_ASIDE_INSIDE.sub("", rest)))

    def names_only(self, text: str) -> bool:
        """Is a label's text a whole list of names ("区发改委", "市财政局、各区政府"), not one cut at the line's end
        ("市发改委、") nor running into the next words ("区发改委规模以上工业增加值…")?"""
        names = [n.strip() for n in re.split(r"[、,，]", text.strip().rstrip(";；。"))]
        return all(n and (self.is_unit_name(n) or self.is_group(n)) for n in names)

    def names_duties(self, text: str) -> bool:
        """Does a heading name duties ("四、成员单位职责", "(二)部门职责分工": duty_headings)?"""
        return any(word in text for word in self.duty_headings)

    def duties_title(self, text: str) -> bool:
        """Is a text's first sentence a short title naming a division of labour ("明确职责分工。…", "(三)部门分工。…",
        "(四)强化部门职责。明确各相关部门职责,…")?"""
        stop = _TITLE_STOP.search(text, 0, 24)
        return stop is not None and self.names_duties(text[: stop.start()])

    def unit_opening(self, text: str) -> str | None:
        """The opening of ``text`` (40 characters at most) that is a list of units' names followed by what a subject
        does ("党政综合办公室根据…", "评定工作领导小组要…", "区住建局、区城管局修改…": subject_followers and the duty,
        modal and subject verbs), each name three characters or more, none a person's or a label; else None. The
        shortest such opening ("党政综合办公室", not "党政综合办公室根据学院")."""
        if self.subject_follower_re is None:
            return None
        for m in self.unit_then_follower_re.finditer(text, 0, 48):
            head = text[: m.end()]
            if re.search(r"[,，。;；:：\s()（）]", head) or m.end() > 40:
                break
            names = head.split("、")
            if all(len(n) >= 3 and (self.is_unit_name(n) or self.is_group(n)) and not self.is_person(n) and
                   self.label_role(n) is None for n in names):
                return head
        return None

    def names_a_body(self, name: str) -> bool:
        """Does a heading's name open with a level or end as a body does (units.body_name)? "区公安分局", "财政部":
        yes; "成立领导小组", "实行跟踪督办" (acts that end like a unit): no."""
        if self.body_name_re is None:
            return False  # (a body with its second name in brackets: "各镇人民政府（金山工业区管委会）" 金府发〔2021〕2号)
        return bool(self.body_name_re.search(name) or (bare := without_other_name(name)) != name and
                    self.body_name_re.search(bare))

    def unit_sentence(self, text: str, line_end: int | None = None) -> re.Match | None:
        """"县公安局。负责…" (a 职责分工 item), "县环保局。负责对全县秸秆禁烧工作实施统一监督" (a county's 秸秆禁烧 方案):
        a unit's name as a sentence of its own, its duties opening with a subject verb (subject_verbs); or its name
        and the words saying its duties follow ("市级协调组主要职责。"), when the name is no kind or short form."""
        m = self.duty_title_stop_re.match(text) if self.duty_title_stop_re is not None else None  # (a meeting's 纪要)
        if m is None and line_end and self.duty_title_line_re is not None:
            m = self.duty_title_line_re.match(text[:line_end])  # the whole first line (``line_end``: where it ends)
        if m and m["units"] not in self.bare_noun_set and m["units"] not in self.short_form_set and \
                not self.is_group(m["units"]):  # (not "成员单位职责", over the members' own duties)
            return m  # (first: "民政部门职责。负责…" names 民政部门, not "民政部门职责")
        m = _UNIT_STOP.match(text)
        if m is None or text.startswith(tuple(self.subject_verbs), m.end()):
            return m
        # any duties after a name that can only be a body's: a kind of department ("10.文化部门。以《珠海市安全生产
        # 条例》为重点,…", a city's 安全生产条例 宣传 duties) or a unit with its level ("(五)市监察局。对出现问题…");
        # not an act that ends like one ("(三)建设再生资源绿色分拣中心。", "2.分级挂牌督办。")
        name = m["units"]
        kind = self.heading_body_re is not None and self.heading_body_re.match(name)
        levelled = self.body_name_re is not None and self.body_name_re.match(name)  # (match: its level, at the start)
        return m if kind or (levelled and name[1:2] != "级" and self.is_unit_name(name)) else None  # (not "(4)省级
        # 募捐指定机构。省级指定受赠机构为…": of a level, no body)

    def _without_own_duties(self, head: str) -> str:
        """``head`` without the words closing it that say the unit acts by its own duties ("…在各自职责范围内")."""
        if self.own_duties_re is not None and (own := self.own_duties_re.match(head)) and \
                not head[own.end():].strip(",， "):
            return own["units"]
        return head

    def duty_subject(self, text: str) -> str | None:
        """The unit opening a line of a member units' duty list with a verb of its duties ("省水利厅承担…", "市城市管理局
        组织…"): the longest opening free of marks that is a unit's name and is followed by a duty verb, else None.
        A list may end in 等 and a kind of body before a comma ("X、Y等区职能部门,依照各自职责…")."""
        if self.duty_verb_re is None or text.startswith(tuple(self.partner_verbs + self.together)) or \
                self.purpose_opener_re.match(text) or text.lstrip()[:1] in "—-－":  # ("——坚持政府引导": a principle)
            return None  # "会同区粮食物资储备局做好…": a partner opens it, no subject ("为落实国家和省优化…": a purpose)
        if self.guided_re is not None and (under := self.guided_re.match(text)) and under.group(0)[-1:] in ",，":
            return self.duty_subject(text[under.end():])  # "在国务院领导下，国务院林业草原行政主管部门负责组织、协调…"
            # (防沙治沙法 第五条, b772): who leads the body opens the sentence, then the body and its duties
        found = None
        listed = _OPENING_LIST.match(text)
        guided = self.guided_re.search(text, 2, 120) if self.guided_re is not None else None
        for m in self.subject_verb_re.finditer(text, 2, max(90, listed.end() + 60) if listed else 90):
            object_verb = m.group(0) in self.object_verbs
            if guided is not None and guided.start() <= m.start() < guided.end():
                continue  # "…在市城市绿化行政主管部门的指导下，负责…": who guides the unit, not its duty
            if text.startswith(tuple(self.not_after_duty_verb), m.end()) and not self.duty_verb_re.match(text, m.end()):
                continue  # "中共赣榆区委组织部…": the verb ends a body's name (not "应急管理部门统筹组织、指挥…": a verb)
            if _FUNCTION_NAMED.match(text, m.end()) and m.group(0) not in self.copulas:
                continue  # "国务院负责中小企业促进工作综合管理的部门对…": 负责 inside a body's name (not "X是…工作的主管
                # 部门": what the body is, 北京 邮政通信管理条例, b774)
            head = text[: m.start()].strip()
            if head[-1:] in ",，" and (etc := self.etc_re.search(head[:-1])) and etc.group(0):
                head = head[: etc.start()]  # "市发改委、区财政局等区职能部门,依照各自职责…": the units before 等
            if BY.search(head):
                break  # "本预案由区建设管理委组织实施": what the sentence is about, then its agent (自由贸易区 is a name)
            if self.duty_adverb_re is not None and (adverb := self.duty_adverb_re.search(head)) and adverb.start():
                head = head[: adverb.start()]  # "农业办积极开展…": the unit, then how it does its duty
            if self.guided_re is not None and (under := self.guided_re.search(head)) and under.start() and \
                    under.end() == len(head):
                head = head[: under.start()]  # "各街道和镇社会事务部门在上级民政部门的指导下,负责…": the unit, then who
                # guides it
            if self.duty_ground_re is not None and (ground := self.duty_ground_re.search(head)) and ground.start():
                head = head[: ground.start()]  # "发展和改革部门按本级人民政府规定的职责，指导…" (河北省消防条例): the
                # unit, then the duties it acts by
            if (hosted := _HOSTED_TAIL.search(head)) and hosted.start():
                head = head[: hosted.start()]  # "县级以上爱卫会办事机构设在同级卫生主管部门，具体承担…" (b665)
            if head[-1:] in ",，" and self.copula_re is not None and (said := self.copula_re.match(head[:-1])):
                head = said["units"]  # "综合执法局作为园区管理工作牵头部门,负责…": the unit, what it is, its duties
            elif self.body_as_re is not None and self.heading_body_re is not None and \
                    (before := self.prose_adverb_re.sub("", head) if self.prose_adverb_re is not None else head) and \
                    before[-1:] in ",，" and (said := self.body_as_re.match(before[:-1])) and \
                    self.heading_body_re.match(said["what"]):
                head = said["units"]  # "…建设管理委员会为风景区管理机构，主要负责…": the body, the kind it is, how
                # it does its duties (prose.role_adverbs)
            if m.group(0) == "是" and self.duty_tail_re is not None and (tail := self.duty_tail_re.search(head)) \
                    and tail.start():
                head = head[: tail.start()]  # "管委会的主要职责是维护…" (涟开管发〔2024〕43号): the unit, then its duties
            head = self._without_own_duties(head)  # "县级以上人民政府其他有关部门在各自职责范围内做好全民健身工作"
            # (浙江 全民健身条例, b919): the unit, then the words saying it acts by its own duties
            to = head.find("对", 2)
            before = self._without_own_duties(head[:to]) if to > 0 else ""  # ("…及其有关部门在各自职责范围内，对国歌的
            # 奏唱…进行监督管理", 国歌法, b923)
            if to > 0 and (not self.is_unit_name(head) or (
                    head[to + 1: to + 2] not in _NAMED_AFTER_DUI and SENTENCE_STOP.search(head, to) is None and
                    self.is_unit_name(before))):
                # (a unit's name before 对, even where what the duty is over ends like one, in the same sentence:
                # "财政部…对金融资产管理公司实施监督管理", 金融资产管理公司条例 第四条, b945; not a name holding 对:
                # "对外友好协会", "对口支援办")
                if self.is_unit_name(before):
                    head = before  # "生态环境主管部门对本行政区域内扬尘污染防治实施统一监督管理" (漯河 扬尘污染防治
                    # 条例): the unit, then what its duty is over
                elif object_verb:
                    continue
            elif object_verb:
                continue  # (进行 with no 对 and a unit's name before it, "各地进行审核": no verb of a duty)
            plain = _LEVEL_LIST.sub("", self.strip_etc(head))  # "辖区政府(管委会)": a bracketed list of levels
            # inside a name; "省旅游和文化广电体育厅、省教育厅、省卫生健康委等分别负责…": the units before 等
            names = LEVELS_FIRST.sub("", plain).split("、")  # "市发展改革委、市经济信息化委会同…": a list of units
            # (not levels printed once before one name: "市、县（区）人民政府水行政主管部门是…的主管部门，负责…")
            names = [without_other_name(n) for n in names]  # "镇人民政府（街道办事处）在…的指导下开展…" (潍坊 文物保护
            # 条例, b668): a body and its other name
            if any(_NO_NAME.search(n) and not (_NAMED_DE.fullmatch(n) and "的" in n) for n in names):
                break  # (a 的 a name may hold: "国务院负责…综合管理的部门", textnorm.NAME_CHAR)
            if all((len(n) >= 3 or len(n) == 2 and len(names) >= 3) and self.is_unit_name(n) and not self.is_person(n)
                   and self.label_role(n) is None or self.names_places(n) for n in names):  # (法院 in a list)
                if found:
                    break  # "区交通委依法督促交通领域有关单位落实…": the duty verb that ended the first name ends the
                    # subject (no name "区交通委依法督促交通领域有关单位", 崇明 消防 部门职责)
                found = head
            if m.group(0) in self.together or m.group(0) in self.partner_verbs:
                break  # "市发展改革委会同相关部门统筹…": the units after 会同 are partners, not the subject
            if found and m.group(0) in self.subject_verbs:
                break  # "省教育厅负责指导市、县(市、区)政府做好…": 负责 closes the subject; who it guides is no subject
        return found

    def names_places(self, name: str) -> bool:
        """Every place of a level below the issuer, as a body: "各村", "各乡镇(街道)" (prose.places), or every locality
        ("各地", names_localities)."""
        name = without_other_name(name.strip())
        return name[:1] == "各" and name[1:] in self.prose_places or self.names_localities(name)

    def names_localities(self, name: str) -> bool:
        """Every locality below the issuer ("各地", prose.localities): a body only as a sentence's whole subject."""
        name = name.strip()
        return name[:1] == "各" and name[1:] in self.prose_localities

    def heads_to_units(self, text: str) -> str:
        """A list of the units responsible with "盘龙区政府主要领导" in it: the unit answers (units.head_posts), not when
        it is a level's or a group's ("本级人民政府主要负责人、相关部门负责人…组成的指挥机构": its officials)."""
        if self.unit_head_re is None or not any(post in text for post in self.head_posts):
            return text  # (most lists name no post: not searched)
        return self.unit_head_re.sub(lambda m: m["unit"] if self.is_unit_name(m["unit"]) and not self.is_group(
            m["unit"]) and not (self.trade_levels_re and self.trade_levels_re.match(m["unit"])) else m.group(0), text)

    def is_person(self, name: str) -> bool:
        """An official: a post (王某某副市长, 分管副区长) or a bare personal name (张三, "王 强")."""
        name = name.strip()
        compact = re.sub(r"\s+", "", name)
        if self.post_re and self.post_re.search(compact) and not re.search(r"(局|委|办|厅|政府|管委会)$", compact):
            return True
        if 2 <= len(compact) <= 3 and compact[0] in self.surnames and not self.is_unit_name(compact) \
                and not self.is_group(compact) and compact not in self.trade_set and \
                re.fullmatch(r"[\u4e00-\u9fff]+", compact):  # (卫健, 应急: trades, not 卫 / 应 and a name)
            return True
        return False


_NAMED_AFTER_DUI = ("外", "口", "台")  # 对外, 对口, 对台: inside a body's name ("中国人民对外友好协会", "对口支援办公室")
_COMMA_NAME = 10  # the longest name a comma may part from its duties (unit_comma_re)
_HOST_PLACE = r"设在[^\s,，、。;；:：()（）]{2,20}"  # where an office sits (subject_re, unit_comma_re, duty_subject)
_HOSTED = _HOST_PLACE + r"[,，]\s*(?:具体)?"
_HOSTED_TAIL = re.compile(_HOSTED + "$")
_SPACE_RUN = re.compile(r"[ \t\u3000]+")
_UNIT_STOP = re.compile(rf"^\s*(?P<units>{NAME_CHAR}{{2,30}}?)\s*[。.]\s*")
_WORD_END = re.compile(r"[、,，;；。:：\s()（）]")


@lru_cache(maxsize=1)
def _default() -> Vocabulary:
    return Vocabulary.from_files(DEFAULT_ROLES_FILE)
