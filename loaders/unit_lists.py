"""Split a list of responsible units as printed into resolved names, alternate names and group definitions.

Examples
--------
>>> from agencygraph.loaders.units import UnitResolver
>>> items = parse_unit_list("市商务局〈市口岸办〉、各区人民政府(含东湖高新区、长江新区管委会,下同)", UnitResolver.default())
>>> [(i.resolution.name, i.alternates, i.members) for i in items]
[('市商务局', ['市口岸办'], []), ('各区人民政府', [], ['东湖高新区', '长江新区管委会'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .textnorm import (ALONG, CLOSE_BRACKETS, OPEN_BRACKETS, OWNER_WORDS, distribute_suffix, split_brackets,
                       split_top_level, tie_levels)
from .units import Resolution, UnitResolver

__all__ = ["ListedUnit", "parse_unit_list", "is_none_marker", "mend_spaced_names"]

_NONE = re.compile(r"^[\s—\-–−―/无]*$")
_DEFINITION = re.compile(r"^(含|包括|包含)")
_DEFINITION_TAIL = re.compile(r"[,，、;；]?\s*(下同|以下同|下同。)\s*$")


# a space inside one name, where a table cell or a justified line broke it: before its body ("井冈山经开区 管委会",
# 赣府厅明〔2020〕17号's project list) or after a place that names no body ("吉安市 交通运输局")
_BODY_AFTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=(?:人民政府|管委会|党工委)(?![\u4e00-\u9fff]))")
_PLACE_BEFORE_SPACE = re.compile(r"(?:^|(?<=[ \u3000]))((?!各|有关|相关)[\u4e00-\u9fff]{1,5}[市县]|"
                                 r"(?!各|有关|相关)[\u4e00-\u9fff]{2,5}(?:经开区|开发区|高新区|新区))[ \u3000]+"
                                 r"(?=[^\s省市区县州镇乡各、,，;；]{2,12}(?:局|委|办|厅|中心)(?:$|[ \u3000]))")


def mend_spaced_names(text: str) -> str:
    """Names printed with a space inside, where a table cell or a justified line broke them, joined: before the
    name's body ("井冈山经开区 管委会", 赣府厅明〔2020〕17号's project list) or after a place that names no body ("吉安市
    交通运输局"); names parted by spaces stay parted ("市卫健委 市财政局")."""
    return _BODY_AFTER_SPACE.sub("", _PLACE_BEFORE_SPACE.sub(r"\1", text))


def is_none_marker(text: str) -> bool:
    """True for a cell meaning "none": — , -, 无, blank."""
    return bool(_NONE.match(text or ""))


@dataclass
class ListedUnit:
    spelling: str  # the item as written, brackets included
    name: str  # the name without its bracketed parts
    resolution: Resolution
    alternates: list[str] = field(default_factory=list)  # 〈市口岸办〉: another name of the same unit
    members: list[str] = field(default_factory=list)  # (含A、B,下同): a group's defined members, as written


# (省级, 地市, 县级: "各省级、地市、县级医疗保障行政部门", 医保发〔2024〕23号, b401: one group of three levels' bodies)
# (自治区, 直辖市: "省、自治区、直辖市人民政府", national documents' every provincial government, one group: 防汛条例, b538)
_LEVEL = r"(?:" + ALONG + r")?(?:自治区|直辖市|自治州|自治县|自治旗|民族乡|县级市|设区的?市|省辖市|地区|特区|新区|地市|[省市县区乡镇]级|[省市县区州镇乡旗盟])(?:[(（〔][省市县区州镇乡旗盟、]{1,5}[)）〕])?"
_LEVEL_WORD = re.compile(r"^(各|相关|有关)?(县级市|县级区|县市区|市县区|县区|市区|区县|县市|特区|新区|[省市县区州镇乡旗盟])"
                         r"([(（〔][^)）〕]{1,6}[)）〕])?$")  # a level alone, no body named after it
_LEVEL_FRAGMENT = re.compile(rf"^(各|相关|有关)?(?:{_LEVEL})(?:[和及]?(?:{_LEVEL})){{0,2}}(、(?:{_LEVEL})(?:[和及]?(?:{_LEVEL})){{0,2}})*$")
# ("各县市、区政府"; "市和区、县人民政府", 北京 and 上海 regulations: the city's and its districts' and counties', one group;
# "区、县和乡、民族乡、镇人民政府", 北京 图书馆条例, b632: every level below the city's)
_LEVEL_GROUP = re.compile(r"^[省市县区州旗盟](?:(?:级|直)?(?:各|有关|相关)|直(?!管)|属)")  # 市各相关部门, 市直有关单位: a level's own
# group; 市直园区, 市属国企: its own bodies ("各县（市、区）、市直园区", 遂府办发〔2020〕2号: two groups); not 省直管县, a
# level ("各省辖市、省直管县（市）政府", 河南's documents: the governments of both, one group)
# a level, or the relevant ones of a level: "市、有关县（区）人民政府" (济南 名泉保护条例, 德州 扒鸡保护条例, 濮阳 马颊河保护
# 条例: the city's and the relevant counties' governments, one group)
_RELEVANT_LEVEL = re.compile(rf"(?:有关|相关)?{_LEVEL}")
_PREFIX = re.compile(r"^(市|区|县|省)")
_COUNTED = re.compile(r"^\d{1,3}个")
_BARE_LEVEL = re.compile(r"^(镇|乡|街道|乡镇|社区|村|园区|开发区)$")
# "各市党委、政府", "各县(市、区)党委、政府": a group's level, printed once, shared by the bare body after it
_GROUP_LEVEL = re.compile(r"^(各(?:[省市县区州旗盟镇乡])(?:[(（][^)）]{1,6}[)）])?)(?=[\u4e00-\u9fff]{2})")
_BARE_BODY = re.compile(r"^(?:人民政府|政府|党委|党委政府|党工委|管委会)$")
_BARE_DEPARTMENT = re.compile(r"^[^市区县省州镇乡各有相其]{2,12}(局|委|办|厅)$")
_CONJUNCTION = re.compile(r"(?<=[局委办厅部门院会心府司团关行处队区县等位室股科站所构)）])(?:(?:以及|及|和|与)其(?![他它])|以及|及|和|与|或者|或|"
                          r"\s*[/／]\s*)(?=[\u4e00-\u9fff][\u4e00-\u9fff(（\u2060])|"
                          r"(?<=[局委办厅部院会心府司团关行处队])等(?=[\u4e00-\u9fff]{2,30}成员单位$)")
# (a one-character level and its brackets after 或者: "县（市、区）人民政府或者乡（镇）人民政府", 烟台 森林防火条例; its
# levels tied by a word joiner: "…主管部门和省、自治区、直辖市人民政府…的机构", 地震预报管理条例, b768; and
# "县级以上人民政府及其有关部门": 其, its, joins the two, not "其有关部门", nor 其他: "各级人民政府及其他有关部门")
# "区商务局等数字经济工作领导小组成员单位": a named body's member units are a group of their own, not an "等"
# (a body ending in 机构 too: "县级以上人民政府统计机构和有关部门应当…", 统计法实施条例, b829; "…邮政管理机构以及省级以下
# 邮政管理机构", 快递暂行条例, b737)
_DESCRIBED = re.compile(r"^[^、,，;；()（）]{0,8}?(?:单位|部门)(?=[省市县区州盟旗镇乡]\S{2,})")
_TIED = "\u2060"  # (a word joiner) the 、 inside one body's two names while the list is parted
_ETC_LIST = re.compile(r"等(?:各|有关|相关|其他|其它)[^;；。()（）]{0,40}?(?:部门|单位|机构|方面)$")
_MARKS = "★☆※*＊▲△◆◇■□●○#＃"  # lead marks, and marks a document may define as the lead's (roles.yaml)
_DASHES = re.compile(r"^[—\-－–]+")
_CONNECTIVE = re.compile(r"^(?:以及|及|并由|会同|并)(?=[\u4e00-\u9fff]{2})")
_ROLE_NOUN = re.compile(r"^(牵头|配合|协办|协同|参与|责任|主责|主办|承办)(单位|部门)$")  # no body of its own
_GENERIC = ("单位", "部门", "机构", "组织", "企业", "个人", "单位等", "部门等", "人民政府", "政府", "管委会", "党委", "党工委")


_JOINT = re.compile(r"(?<=[局委办厅室院所站队府心会司部社行团])(?=[省市区县](?!场|民|级|直|属|内|外|容|(?:中心)?(?:支行|分行)))|"
                    r"(?<=[股馆])(?=[\u4e00-\u9fff]{2,}[股馆室队])")  # "文化宣传股文化馆": a section, then a venue


def _run_together(part: str, is_name) -> list[str]:
    """"县教科局县代建中心", "市行政审批局市司法局": two names one line each in a cell, their line break lost (a PDF's
    narrow column): parted where a name ends and the next opens with its level, when every piece is a name."""
    if len(part) < 6 or "(" in part or "（" in part:
        return [part]
    pieces = _JOINT.split(part)
    if len(pieces) > 1 and all(len(p) >= 3 and is_name(p) for p in pieces) and \
            not any(a.endswith("社") and b.startswith("区") for a, b in zip(pieces, pieces[1:])):  # 社区: one word
        return pieces
    return [part]


def _merge_fragments(parts: list[str]) -> list[str]:
    """``各县、区人民政府`` / ``各县(市)、区人民政府`` / ``各县、特区、区人民政府`` is one group: a bare 各县 / 市
    between separators belongs to the next item when that item opens with a level too."""
    out: list[str] = []
    carry = ""
    for part in parts:
        if out and _COUNTED.match(out[-1]) and _BARE_LEVEL.match(part):
            out[-1] += "、" + part  # "13个街道、镇": the count covers the whole list, one group
            continue
        if _LEVEL_FRAGMENT.match(carry + part) and not carry.endswith(("政府", "局")):
            carry = carry + part + "、"
            continue
        if carry and _LEVEL_WORD.match(part):  # "各区、县级市": two groups, no body named after them to share
            out.extend(piece for piece in carry.split("、") if piece)
            carry = ""
        if carry and (not _RELEVANT_LEVEL.match(part) or _LEVEL_GROUP.match(part)):
            # "各市〔州〕、贵安新区数据管理部门", "各区、市各相关部门": the next item is a name (or a group) of its own
            out.append(carry.rstrip("、"))
            carry = ""
        out.append(carry + part)
        carry = ""
    if carry:  # (levels with no body named after them: "各区、县级市", two groups; "各县、区", one)
        out.extend(split_top_level(carry) if "县级市" in carry else [carry.rstrip("、")])
    return out


_KIND_NOUN = ("单位", "部门", "机构", "组织", "单位等", "部门等")
_KIND_END = re.compile(r"(?:部门|单位|处室|科室|股室|机构|组织|企业)$")
_ONE_CHAR_KINDS = ("委", "办", "局", "厅", "室")
_KINDS_OPEN = re.compile(r"(?:各|相关|有关)[{0}](?:、[{0}])*$".format("".join(_ONE_CHAR_KINDS)))  # "各委", "相关委、办"


def _kinds_joined(parts: list[str]) -> list[str]:
    """``各有关部门、单位`` / ``市政府相关部门、单位`` / ``相关处室、单位`` is one group: a bare kind of body after a
    group of another kind goes with it (it names no body of its own); so do the one-character kinds of
    ``市政府各委、办、局`` / ``相关委、办、局`` (委, 办, 局 … each no body)."""
    out: list[str] = []
    for part in parts:
        if out and part.strip() in _KIND_NOUN and _KIND_END.search(out[-1].strip()) and \
                part.strip().removesuffix("等") not in out[-1].strip()[-2:]:
            out[-1] = f"{out[-1]}、{part}"
        elif out and part.strip().removesuffix("等") in _ONE_CHAR_KINDS and \
                _KINDS_OPEN.search(out[-1].strip()):
            out[-1] = f"{out[-1]}、{part}"
        else:
            out.append(part)
    return out


def _split_outside_brackets(part: str, is_name=None) -> list[str]:
    """Split at 及 / 以及 / 和 / 与 / 或 / a slash between two names ("所属集团母公司或行政主管单位"; and at 等 before a
    body's 成员单位), where the conjunction is outside every bracket."""
    pieces, start, depth = [], 0, []
    level = 0
    for i, ch in enumerate(part):
        if ch in OPEN_BRACKETS:
            level += 1
        elif ch in CLOSE_BRACKETS:
            level = max(0, level - 1)
        depth.append(level)
    cuts = [m for m in _CONJUNCTION.finditer(part) if depth[m.start()] == 0]
    for k, m in enumerate(cuts):
        right = part[m.end(): cuts[k + 1].start() if k + 1 < len(cuts) else len(part)]
        if right in _GENERIC or _ROLE_NOUN.match(right):
            continue  # 有关部门和单位, 党委和人民政府, 各场景牵头部门和配合部门: one group, not two
        if is_name is not None and not is_name(split_brackets(part[start: m.start()].removesuffix("等"))[0]):
            continue  # "十五运会和残特奥会广州赛区执委会": what comes before 和 is no name, so one name
        pieces.append(part[start: m.start()])
        start = m.end()
    pieces.append(part[start:])
    return pieces


def _split_conjunctions(parts: list[str], is_name=None) -> list[str]:
    """``市级各有关部门及各县市区政府`` names two units: split at 及 / 以及 / 和 / 与 after a unit ending."""
    out = []
    for part in parts:
        out.extend(p for p in _split_outside_brackets(part, is_name) if p)
    return out


def parse_unit_list(text: str, resolver: UnitResolver, clean=None, is_name=None,
                    two_names: re.Pattern | None = None) -> list[ListedUnit]:
    """Parse ``市发展改革委、市商务局〈市口岸办〉,各区人民政府〈含…,下同)`` into units.

    Separators are 、 , ， ; ； outside brackets (and 及 / 和 between two unit names); bracket kinds may
    mismatch; a trailing 等 is dropped; 各县、区人民政府 stays one group; in ``市发展和改革局、工业和信息化局``
    the 市 of the first item distributes over the bare department names after it (as written in the
    spelling, resolved with the prefix). ``two_names`` finds one body's two names parted by 、 (市科委、中关村管委会):
    one item.
    """
    if is_none_marker(text):
        return []
    if two_names is not None and "、" in text:
        text = two_names.sub(lambda m: m.group(0).replace("、", _TIED), text)
    text = tie_levels(text, _TIED)  # "移民安置区所在地的市、县、区人民政府": one group
    if clean is not None and "等" in text and "、" in text[len(closed := clean(text)):] and text.startswith(closed):
        text = closed  # "工会、…、住房和城乡建设等部门、单位": a closing 等 whose kinds a 、 parts (units.etc) ends the
        # whole list, not only its last part
    if (m := _ETC_LIST.search(text)) and m.start() > 0:
        text = text[: m.start()]  # "区投资促进局等各产业、招商主管部门": the kinds of unit after 等, a list itself
    items = []
    prefix = group_level = None
    parts = _kinds_joined(_merge_fragments(_split_conjunctions(split_top_level(text), is_name)))
    if is_name is not None:
        parts = [piece for part in parts for piece in _run_together(part, is_name)]  # 哈尔滨、黑河、绥芬河市政府: a suffix printed once is shared
        parts = distribute_suffix(parts, is_name)
    for part in parts:
        part = _DASHES.sub("", part.replace(_TIED, "、"))  # "--省教育厅在做好…的基础上,牵头…" (a province's 校舍 工程
        # member duties, b355): a line's dash bullet, no part of its unit's name
        name, inner = split_brackets(part)
        if name and name[0] in _MARKS:  # "★区发改委、统计局": a mark before a unit names the lead
            inner, name = [name[0], *inner], name[1:].strip()
        elif name and name[-1] in _MARKS:  # "区政府办公室*、区财政局": or after it
            inner, name = [name[-1], *inner], name[:-1].strip()
        if clean is not None:
            name = clean(name)
        name = name.replace(" ", "").replace("\u3000", "")
        name = _CONNECTIVE.sub("", name)  # "…,以及各有关单位", "牵头,会同各有关单位办理": the word joins, it names nothing
        if (m := _DESCRIBED.match(name)) and is_name is not None and is_name(name[m.end():]):
            name = name[m.end():]  # "包片单位县气象局": what the unit is here, then its name
        if (m := OWNER_WORDS.match(name)) and is_name is not None and is_name(name[m.end():]):
            name = name[m.end():]  # "其主管部门应当…", "其文物保护委员会负责…" (b674): the body the law means (not
            # 本市, a name's own word the corpus's labellers keep: "本市各级人民政府")
        if not name or is_none_marker(name):
            continue  # "县人社局、-": a cell's "-" (none) run into the list beside it names no unit
        resolution = resolver.resolve(name)
        if m := _PREFIX.match(name):
            prefix = m[1]
        elif prefix and not resolution.registered and _BARE_DEPARTMENT.match(name):
            prefixed = resolver.resolve(prefix + name)
            resolution = prefixed
        if not _BARE_BODY.match(name):
            group_level = level[1] if (level := _GROUP_LEVEL.match(name)) else None
        elif group_level:
            resolution = resolver.resolve(group_level + name)  # "各市党委、政府": 各市政府
        alternates, members = [], []
        for chunk in inner:
            if _DEFINITION.match(chunk):
                body = _DEFINITION_TAIL.sub("", _DEFINITION.sub("", chunk))
                members.extend(m for m in split_top_level(body) if m)
            elif re.match(r"^(以下|下称|简称)", chunk):
                continue
            else:
                alternates.append(chunk)
        items.append(ListedUnit(part, name, resolution, alternates, members))
    return items
