"""Units belong to a place: a name resolves inside its document's jurisdiction to a unit of some place.

市X in a 武汉市 or 武汉市武昌区 document is Wuhan's, 区X in a 武昌区 document is 武昌区's, 省X the province's;
武汉市X / 湖北省X name their place wherever they are written; national bodies (国务院, 商务部 …) are one national
unit; a branch keeps its own place (中国人民银行湖北省分行). Alias files apply to the units of the place they
declare. A unit's identity (``key``) is ``place/name``, its name relative to the place (市财政局 of 武汉市).

Examples
--------
>>> from agencygraph.loaders.jurisdiction import from_override
>>> from agencygraph.loaders.units import UnitResolver
>>> wuchang = UnitResolver.default().at(from_override("武汉市武昌区"), "doc")
>>> [(r.name, r.key) for r in map(wuchang.resolve, ["市外办", "区教育局", "商务部"])]
[('市委外办', '武汉市/市委外办'), ('区教育局', '武汉市武昌区/区教育局'), ('商务部', '国家/商务部')]
>>> zhoushan = UnitResolver.default().at(from_override("舟山市"), "doc")
>>> [(r.name, r.key, r.qualified) for r in map(zhoushan.resolve, ["市外办", "舟山市财政局"])]
[('市外办', '舟山市/市外办', '舟山市外办'), ('市财政局', '舟山市/市财政局', '舟山市财政局')]
>>> UnitResolver.default().at(None, "某文件").resolve("市财政局").key
'?某文件/市财政局'
"""

from __future__ import annotations

import re

from .gazetteer import NATIONAL, Gazetteer, Place
from .textnorm import normalize_name
from .units import Resolution, UnitResolver, guess_kind

__all__ = ["PlacedResolver", "relative_prefix_place", "display_name"]

_RELATIVE_PREFIXES = ("自治区", "自治州", "省", "市", "区", "县", "州")
#: 各区人民政府, 各县政府, 各县(市、区)政府: every county-level government of the document's city.
_DISTRICT_GROUP = re.compile(r"^各(区|县|县区|区县|县市区|县\(市、区\)|县〔市、区〕)(人民)?政府$")
_DISTRICT_KINDS = {"区": {"市辖区", "林区", "特区"}, "县": {"县", "自治县", "旗", "自治旗"}}


def relative_prefix_place(prefix: str, place: Place | None) -> Place | None:
    """The place a relative prefix (市, 区, 省 …) means in a document of ``place``."""
    if place is None:
        return None
    chain = place.chain()
    if prefix in ("省", "自治区"):
        return place.province
    if prefix == "市":
        if place.name.endswith("市"):
            return place  # a city, a county-level city (慈溪市), a municipality (北京市)
        return place.city or place
    if prefix == "州":
        return next((p for p in chain if p.name.endswith("州")), place)
    return place  # 区X, 县X: the document's own district or county (in a city's document: its own, generic)


def display_name(place_key: str, place: Place | None, name: str, doc: str) -> str:
    """The name with its place, readable: 舟山市 + 市财政局 → 舟山市财政局; national names stay as they are."""
    if place_key == NATIONAL:
        return name
    if place is None:
        return f"{name}({doc})"
    if place.relative and name.startswith(place.relative):
        return place.name + name[len(place.relative):]
    if place.name in name or place.short in name:
        return name
    return place.name + name


class PlacedResolver:
    """A UnitResolver inside one document: ``resolve`` gives each spelling its place, key and readable name."""

    def __init__(self, base: UnitResolver, jurisdiction, doc: str, gazetteer: Gazetteer | None = None):
        self.base = base
        self.jurisdiction = jurisdiction
        self.doc = doc
        self.g = gazetteer or Gazetteer.default()
        self.place: Place | None = jurisdiction.place if jurisdiction is not None else None
        self.national_doc = jurisdiction is not None and jurisdiction.national
        self.local_key = f"?{doc}"
        self._cache: dict[str, Resolution] = {}
        self._aliases: dict[str, set[str]] = {}  # local name → the alias-file variants of its unit
        self._renames: dict[str, set[str]] = {}  # local name → its former names, dated (renamed: YEAR)
        self._provinces = sorted((p for p in self.g.places if p.level == "province" and len(p.short) >= 2),
                                 key=lambda p: -len(p.short))

    # what the collector and the unit-list parser read of a resolver
    @property
    def canon(self):
        return self.base.canon

    @property
    def variants(self):
        return self.base.variants

    def at(self, jurisdiction, doc: str) -> "PlacedResolver":
        return PlacedResolver(self.base, jurisdiction, doc, self.g)

    def aliases_of(self, name: str) -> list[str]:
        return sorted(self._aliases.get(name, ()))

    def predecessors_of(self, name: str) -> list[str]:
        """The unit's former names, dated (市交通运输委 (2019)): its alias file's renames."""
        return sorted(self._renames.get(name, ()))

    def district_governments(self, group: str) -> list[str]:
        """The members the gazetteer knows of a group of the document's place: 各区人民政府 of a 武汉市 document
        is the government of each of Wuhan's 13 districts (江岸区人民政府 …); [] for any other group."""
        m = _DISTRICT_GROUP.match(group)
        place = self.place
        if m is None or place is None or place.level == "county" or not place.children:
            return []
        kinds = _DISTRICT_KINDS.get(m[1] or "", None)
        return [f"{p.name}人民政府" for p in sorted(place.children, key=lambda p: p.code)
                if p.level == "county" and (kinds is None or p.type in kinds)]

    # -- where a name belongs --------------------------------------------------------------
    def _absolute(self, name: str) -> tuple[Place, str] | None:
        """武汉市X, 武汉市武昌区X, 湖北省X: the place the name starts with, and the name relative to it."""
        for full in self.g.starts(name):
            place = self.g.pick(full, self.place)
            if place is None or len(name) <= len(full):
                continue
            rest = name[len(full):]
            while (inner := self.g.starts(rest)):
                child = next((c for c in place.children if c.name == inner[0]), None)
                if child is None or len(rest) <= len(inner[0]):
                    break
                place, rest = child, rest[len(inner[0]):]
            if rest.startswith(place.relative) and not rest.startswith("市场"):
                rest = rest[len(place.relative):]  # 武汉市市财政局: the prefix printed twice
            return place, place.relative + rest
        return None

    def _inside(self, name: str) -> Place | None:
        """A branch names its place inside (中国人民银行湖北省分行, 武汉海关, 国家外汇管理局湖北分局)."""
        for i in range(1, len(name) - 1):
            for full in self.g.starts(name[i:]):
                if (place := self.g.pick(full, self.place)) is not None:
                    return place
        if self.place is not None:
            for place in self.place.chain():
                if len(place.short) >= 2 and place.short in name:
                    return place
        for province in self._provinces:
            if province.short in name:
                return province
        return None

    def _where(self, name: str) -> tuple[str, Place | None, str, bool]:
        """(place key, place, name relative to it, written with its place)."""
        if (found := self._absolute(name)) is not None:
            return found[0].key, found[0], found[1], True
        if (inside := self._inside(name)) is not None:
            if inside.relative and name.startswith(inside.relative) and \
                    (inside.short in name[len(inside.relative):] or inside.name in name[len(inside.relative):]):
                name = name[len(inside.relative):]  # 省湖北保监局 (a 省 distributed over a list): 湖北保监局
            return inside.key, inside, name, True
        if self.g.is_national(name, self.national_doc):
            return NATIONAL, None, name, False
        if self.national_doc:
            return NATIONAL, None, name, False
        prefix = next((p for p in _RELATIVE_PREFIXES if name.startswith(p) and len(name) > len(p) + 1), None)
        if name.startswith("市场"):
            prefix = None  # 市场监管局: a bare name, not 市 + 场监管局
        place = relative_prefix_place(prefix, self.place) if prefix else self.place
        if place is None:
            return self.local_key, None, name, False
        return place.key, place, name, False

    # -- resolution ------------------------------------------------------------------------
    def _lookup(self, place: Place | None, name: str, absolute: str) -> tuple[Resolution | None, str | None]:
        """The alias-file entry for ``name`` among the files of its place (and files of no place), or for the
        name as written among the files of the document's own places (they list the branches their documents
        name: 中国人民银行湖北省分行 is in Wuhan's file)."""
        if place is None and not self.national_doc:
            # a document of no known place: only alias files of no place read its names; a place's file would give
            # a county's 自然资源局 Wuhan's name (市自然资源规划局) and Wuhan's renames. Its units stay its own
            # (their key is the document's), named as written.
            hit = (self.base.by_place.get(None) or {}).get(name)
            return (hit, None) if hit is not None else (None, None)
        files = [self.base.by_place.get(None) or {}]
        own = place is not None and place.key in self.base.by_place
        if own:
            files.insert(0, self.base.by_place[place.key])
        for candidate, rule in UnitResolver._candidates(name):
            if rule == "city prefix missing" and not (own and place.relative == "市"):
                continue  # 财政局 → 市财政局 only among the units of a city that has an alias file
            for variants in files:
                if (hit := variants.get(candidate)) is not None:
                    return hit, rule
        mine = [p.key for p in (self.place.chain() if self.place else [])]
        if place is not None:
            mine += [p.key for p in place.chain()[1:]]
        for key in mine:
            variants = self.base.by_place.get(key) or {}
            for candidate in (absolute, normalize_name(absolute)):
                if (hit := variants.get(candidate)) is not None:
                    return hit, None
        return None, None

    def resolve(self, spelling: str) -> Resolution:
        name = normalize_name(spelling, wuhan=False)
        if (cached := self._cache.get(name)) is not None:
            return cached
        key, place, relative, written_with_place = self._where(name)
        hit, rule = self._lookup(place, relative, name)
        canonical = hit.name if hit else relative
        if place is not None and canonical.startswith(place.name) and place.relative and canonical != place.name:
            key_name = place.relative + canonical[len(place.name):]
        else:
            key_name = canonical
        local = canonical
        if written_with_place and place is not None and place.relative and key_name.startswith(place.relative) \
                and not (place.relative == "市" and relative_prefix_place("市", self.place) is place):
            local = display_name(key, place, key_name, self.doc)  # 汉阳区人民政府, 湖北省商务厅: as written
        elif written_with_place and place is not None and key_name.startswith(place.relative):
            local = key_name  # 武汉市交通运输委 in a Wuhan document: 市交通运输局, as the Wuhan names are kept
        if hit is not None:
            how = hit.how if not rule or hit.how != "canonical" else "rule"
            reason, year, kind = hit.reason or rule, hit.year, hit.kind
        elif key == NATIONAL and (name in self.g.national_names or name.startswith(self.g.national_prefixes)
                                  or name in self.g.national_in_national):
            how, reason, year, kind = "national", "a body of the central government", None, "central_agency"
        else:
            how, reason, year, kind = "unregistered", None, None, guess_kind(normalize_name(name))
        resolution = Resolution(local, kind, how, reason, year, key, f"{key}/{key_name}",
                                display_name(key, place, key_name, self.doc))
        self._cache[name] = resolution
        if hit is not None and (place is not None or self.national_doc):
            variants = self.base.by_place.get(key) or self.base.variants
            mine = [(v, r) for v, r in variants.items() if r.name == hit.name and v != local]
            self._aliases.setdefault(local, set()).update(v for v, r in mine if r.how != "rename")
            self._renames.setdefault(local, set()).update(f"{v} ({r.year})" for v, r in mine if r.how == "rename")
        return resolution
