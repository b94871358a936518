"""Text clean-up shared by the loaders: width, stray PDF spaces, brackets, separators.

Examples
--------
>>> clean_text("市人民政府关于印发武汉市服务业 扩大开放综合试点实施方案的通知")
'市人民政府关于印发武汉市服务业扩大开放综合试点实施方案的通知'
>>> normalize_name(" 武汉市 发展改革委等 ")
'市发展改革委'
>>> split_top_level("市财政局、各区人民政府(含A、B,下同),武汉海关")
['市财政局', '各区人民政府(含A、B,下同)', '武汉海关']
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "NAME_CHAR",
    "FUNCTION_NAMED",
    "OPEN_BRACKETS",
    "CLOSE_BRACKETS",
    "clean_text",
    "normalize_name",
    "split_top_level",
    "split_brackets",
    "matching_close",
    "chinese_ordinal",
    "distribute_suffix",
    "TITLE_THEN_SPACE",
    "SPACED_FIELD",
    "ENDS_SENTENCE",
    "SENTENCE_STOP",
]

# the places along a river, a railway or a coast, before a level ("铁路沿线区县（自治县）", "沿河县（市、区）": 重庆 铁路安全
# 条例, 济宁 泗河保护条例): which of the level's bodies
ALONG = r"[\u4e00-\u9fff]{0,4}沿(?:线|河|江|湖|海|岸|途|黄)"
LEVEL = r"(?:设区的市|民族乡|省辖市|自治[区州县旗]|直辖市|[省市县区州乡镇])"  # a level of government, as a law names it
# "国家公园所在地省、自治区、直辖市人民政府应当…" (国家公园法 第五条), "三峡工程淹没区和移民安置区所在地的市、县、区人民政府"
# (长江三峡工程建设移民条例): the levels after a place's 所在地, printed once before one name, are that name's; their 、
# parts no bodies
_LEVELS_AFTER_PLACE = re.compile(r"(?<=所在地)的?%s(?:、%s)+(?=\S)" % (LEVEL, LEVEL))


def tie_levels(units: str, tie: str = "") -> str:
    """``units`` with the 、 of levels printed once after a place's 所在地 (see _LEVELS_AFTER_PLACE) made ``tie``."""
    return _LEVELS_AFTER_PLACE.sub(lambda m: m.group(0).replace("、", tie), units) if "所在地" in units else units


#: its (其), pointing to a body by whose it is, perhaps with its own (所属, 直属, 下属), before the body's name: "其主管部门
#: 应当…", "其所属园林管理机构负责…" (杭州 城市绿化条例, b847); not 其他, 其余: "其他有关部门" is the name.
OWNER_WORDS = re.compile(r"^其(?:所属|直属|下属)?的?(?![他余它])")

#: The work a body is named by, before its 的 and its kind ("…负责知识产权执法的部门"): NAME_CHAR, FUNCTION_NAMED.
_FUNCTION_WORDS = "工作|管理|事务|执法|监管|督导"

#: One character of a unit list opening a line, or a bracketed level list inside a name ("各县(市、区)人民政府"), or
#: the law's name of a city's level, whose 的 is no possessive ("设区的市人民政府", "不设区的市"): a regular-expression
#: fragment for the name before a colon or a verb.
NAME_CHAR = r"(?:设区的(?=市)|(?:(?<=所在地)|(?<=所在地区))的(?=[县市区镇乡省]|地方)|(?<=所属|直属|下属|确定|指定|设立)的(?=[\u4e00-\u9fff]{2})|" \
    rf"(?<={_FUNCTION_WORDS})的(?=部门|机构)|(?<=[省市县区][和、][市县区])的(?=[\u4e00-\u9fff]{{2}})|" \
    r"(?<=政府)的(?![^,，。;；:：]{0,6}?(?:领导|指导|要求|意见|规定|批准|监督|委托))" \
    r"(?=[^,，。;；:：“”()（）的\s]{1,12}?(?:部门|机构|委员会|办公室))|" \
    r"[^,，。;；:：“”()（）的]|[(（][^()（）,，。;；:：]{1,12}[)）])"
# (的 only in "设区的市", "…所在地的县级人民政府" (嘉兴 大运河遗产保护条例): a place's body named by where it is, and a body
# named through the one it belongs to or that set it up: "市交通主管部门所属的道路运输管理机构", "县（区）人民政府确定的
# 燃气主管部门", "市人民政府设立的…管委会" (北京 道路运输条例, laws' duty articles); and a body named by what it does:
# "国务院负责中小企业促进工作综合管理的部门", "县级以上人民政府负责妇女儿童工作的机构" (national laws, b638, b642),
# "县级以上人民政府负责知识产权执法的部门" (电影产业促进法, b772), "…人民政府负责教育督导的机构" (民办教育促进法实施条例,
# b855); and
# levels' bodies: "市和区的公安部门、水行政主管部门依照法律规定分别负责…" (上海 民防条例, b633); and a government's own
# department or body named through it: "市、区（市）人民政府的金融工作部门具体负责…" (青岛 金融发展促进条例, b851), "各级
# 人民政府的水行政主管部门", "县级以上人民政府的动物卫生监督机构" (not who leads, asks or approves: "在区人民政府的统一
# 领导…下", "按上级人民政府的要求"))
#: the words after 负责 that name a body by what it does, not its duty ("国务院负责…管理的部门对…进行综合协调"; and its
#: 主管 kind: "市人民政府负责促进中小企业发展工作的主管部门…应当履行下列职责：", 上海 中小企业促进条例, b872; not in NAME_CHAR:
#: "北京市邮政管理局是本市邮政通信工作的主管部门" names no body by 的)
FUNCTION_NAMED = rf"[^,，。;；:：、的]{{2,20}}?(?:{_FUNCTION_WORDS})的(?:主管)?(?:部门|机构)"

#: A short title, then its paragraph after a space (a page saved as one line): "开展统筹推进与顶层设计 市发展改革委负责…",
#: "职责分工 按照属地管理的原则…".
#: A space, then the next field of a record: "责任单位:X、Y 贯彻落实情况:已完成…", "（…） 数据来源：…".
SPACED_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,8}[:：])")

TITLE_THEN_SPACE = re.compile(r"^[^\s,，。;；:：、]{2,18}[ \u3000]+(?=\S)")

#: A line that ends a sentence (or closes a bracket): what a page cut mid-word, or a paragraph that goes on, does not.
ENDS_SENTENCE = re.compile(r"[。;；:：!！?？)）」』】］]\s*$")

#: Where a sentence stops: its full stop, a semicolon, an exclamation or a question mark.
SENTENCE_STOP = re.compile(r"[。;；!！?？]")

#: a document number's year and serial after its issuer's prefix: "〔2015〕45号" (武政〔2018〕50号, 衢江区政发〔2015〕45号)
DOC_SERIAL = r"[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*(\d{1,4})\s*[号號]"
OPEN_BRACKETS = "(（〈《〔[［【<"  # (［…］, full-width square brackets: "［责任单位：市经信局、市生态环境局，各区（市）县
CLOSE_BRACKETS = ")）〉》〕]］】>"  # 政府（管委会）；逗号前为牵头单位，下同］", 成都 优化能源结构 行动方案, 2022)
SEPARATORS = "、,，;；"

_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t\u3000]+")


def _width(text: str) -> str:
    """Full-width ASCII letters, digits and punctuation to half-width (NFKC), keeping 、〈〉《》 as they are."""
    return unicodedata.normalize("NFKC", text)


def clean_text(text: str) -> str:
    """Normalise width, drop spaces a PDF put between Chinese characters, fold other runs of spaces."""
    text = _width(text)
    text = _SPACE_BETWEEN_CJK.sub("", text)
    return _SPACES.sub(" ", text).strip()


def normalize_name(name: str, wuhan: bool = True) -> str:
    """The normal form of a unit or body name: no spaces, half-width, 武汉市 → 市 (unless ``wuhan`` is False: the
    place-aware resolution finds every place's prefix itself), no trailing 等."""
    name = _width(name)
    name = re.sub(r"\s+", "", name)
    name = name.strip(SEPARATORS + ".。:：-—")
    name = re.sub(r"等$", "", name)
    if wuhan and name.startswith("武汉市") and len(name) > 3:
        name = "市" + name[3:]
    return name


def matching_close(text: str, start: int) -> int | None:
    """Index of the bracket closing the one at ``start``; any closing bracket closes any opening one.

    PDF text mixes bracket kinds (``〈含…,下同)``), so only depth counts. None when unclosed.
    """
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth -= 1
            if depth == 0:
                return i
    return None


def split_top_level(text: str, separators: str = SEPARATORS) -> list[str]:
    """Split on separators that are not inside brackets; empty parts are dropped."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        if ch in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def without_other_name(name: str) -> str:
    """A name without the other name printed in brackets after it: "工商行政管理部门(市场监管部门)" -> "工商行政管理部门",
    "各村(社区)" -> "各村"; a name with no bracket at its end as it is."""
    return split_brackets(name)[0] if name.endswith((")", "）")) else name


def brackets_balanced(text: str) -> bool:
    """Do as many round brackets close in the text as open ("县（市、区" stops inside one)?"""
    return text.count("(") + text.count("（") == text.count(")") + text.count("）")


def split_brackets(item: str) -> tuple[str, list[str]]:
    """``市商务局〈市口岸办〉`` → ``("市商务局", ["市口岸办"])``; unclosed brackets run to the end."""
    main, inner, i = [], [], 0
    while i < len(item):
        ch = item[i]
        if ch in OPEN_BRACKETS:
            end = matching_close(item, i)
            stop = len(item) if end is None else end
            inner.append(item[i + 1 : stop])
            i = stop + 1
        elif ch in CLOSE_BRACKETS:
            i += 1  # a stray closing bracket
        else:
            main.append(ch)
            i += 1
    return "".join(main).strip(), [s.strip() for s in inner if s.strip()]


_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_ordinal(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20; None when ``text`` is not a Chinese numeral up to 99.

    >>> [chinese_ordinal(s) for s in ("一", "九", "十", "十二", "二十三", "甲", "十十", "二二十")]
    [1, 9, 10, 12, 23, None, None, None]
    """
    if not text or any(ch not in _DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or ones == "十":
        return None  # (not a numeral: "十十", "二二十" — a PDF's text can print anything)
    value = (_DIGITS[tens] if tens else 1) * 10
    return value + _DIGITS[ones] if ones else value


_SHARED_SUFFIX = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<suffix>(?:市|县|区|州|盟|旗)(?:人民)?政府|(?:市|县|区)委)$")
_BARE_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def distribute_suffix(parts: list[str], is_name) -> list[str]:
    """``哈尔滨、黑河、绥芬河市政府``: bare place names before X市政府 share its suffix (哈尔滨市政府, …).

    ``is_name(text)`` says a part is a name already (a unit or a group: the vocabulary decides).
    """
    out = list(parts)
    for i, part in enumerate(parts):
        m = _SHARED_SUFFIX.match(part)
        if not m:
            continue
        j = i - 1
        while j >= 0 and _BARE_PLACE.match(out[j]) and not is_name(out[j]):
            out[j] = out[j] + m["suffix"]
            j -= 1
    return out
