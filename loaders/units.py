"""Unit-name resolution: normal form, the alias file (variants, typos, renames), group expressions.

The alias file is data (``loaders/aliases.yaml``); users add their own with ``--aliases FILE``.

Examples
--------
>>> r = UnitResolver.default()
>>> r.resolve("市场监管局").name, r.resolve("武汉市交通运输委").name
('市市场监管局', '市交通运输局')
>>> r.resolve("各区人民政府").kind
'group'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from agencygraph.graph.errors import ParseError
from agencygraph.graph.model import UNIT_KINDS

from .datafile import read_yaml
from .textnorm import normalize_name

__all__ = ["Resolution", "UnitResolver", "DEFAULT_ALIAS_FILE", "guess_kind", "is_group_expression"]

DEFAULT_ALIAS_FILE = Path(__file__).with_name("aliases.yaml")

# A development zone named bare acts through its management committee: 长江新区 → 长江新区管委会.
_ZONE = re.compile(r"(开发区|高新区|经开区|新区|新城|示范城|生态城|风景区)$")
_GROUP = re.compile(r"^(各|相关|有关|市直各|市直相关|其他)|(成员单位|各有关部门|各相关部门|等部门|各单位)$")


def is_group_expression(name: str) -> bool:
    """True for 各区人民政府, 相关区人民政府, 市直各有关部门, …成员单位: collective, not one unit."""
    return bool(_GROUP.search(name))


def guess_kind(name: str) -> str:
    """The kind of an unregistered unit from the shape of its name."""
    if is_group_expression(name):
        return "group"
    if name.endswith("管委会") or _ZONE.search(name):
        return "development_zone"
    if re.search(r"区人民政府$|区政府$", name):
        return "district_government"
    if re.search(r"(大学|学院|高等院校)$", name):
        return "university"
    if re.search(r"(集团|公司)$", name):
        return "state_enterprise"
    if re.match(r"^(中国|国家|湖北省|省)", name) or name.endswith(("海关", "监管局")):
        return "central_agency"
    if name.startswith("市"):
        return "municipal_department"
    return "unknown"


@dataclass(frozen=True)
class Resolution:
    name: str  # canonical name
    kind: str
    how: str  # canonical | alias | rename | typo | rule | unregistered
    reason: str | None = None
    year: int | None = None
    place: str | None = None  # the place key (武汉市, 国家, or ``?<doc>`` when the document's place is unknown)
    key: str | None = None  # the unit's identity: place/name (武汉市/市财政局); None when resolved without a place
    qualified: str | None = None  # the name with its place, for a store of several places (舟山市财政局)

    @property
    def label(self) -> str:
        return "Group" if self.kind == "group" else "Unit"

    @property
    def registered(self) -> bool:
        return self.how != "unregistered"


@dataclass
class UnitResolver:
    """Maps any spelling of a unit to its canonical name, kind, and why."""

    canon: dict[str, dict] = field(default_factory=dict)  # canonical name -> {kind, full_name}
    variants: dict[str, Resolution] = field(default_factory=dict)  # normalised variant -> resolution
    #: place key (None: every place) -> that place's files' variants, as ``variants``
    by_place: dict[str | None, dict[str, Resolution]] = field(default_factory=dict)
    #: every document's jurisdiction when set (``--jurisdiction``): a place name, key or code, or 国家
    jurisdiction: str | None = None

    @classmethod
    def default(cls) -> "UnitResolver":
        return _default_resolver()

    @classmethod
    def from_files(cls, *paths: str | Path) -> "UnitResolver":
        resolver = cls()
        for path in paths:
            resolver.add_file(path)
        return resolver

    def add_file(self, path: str | Path) -> None:
        path = str(path)
        data = read_yaml(path, "alias file")
        if not isinstance(data, dict) or not isinstance(data.get("units"), list):
            raise ParseError(path, None, "an alias file is a mapping with a list under `units:`")
        place = data.get("place")
        if place is not None:
            from .gazetteer import Gazetteer

            found = Gazetteer.default().place(str(place))
            if found is None:
                raise ParseError(path, None, f"`place: {place}` is no single place of the gazetteer; write it as "
                                 "the gazetteer does (武汉市, 舟山市, 武汉市武昌区)")
            place = found.key
        before = dict(self.variants)
        for i, entry in enumerate(data["units"], 1):
            self._add_entry(path, i, entry)
        mine = self.by_place.setdefault(place, {})
        mine.update({v: r for v, r in self.variants.items() if before.get(v) is not r})

    def _add_entry(self, path: str, index: int, entry) -> None:
        if not isinstance(entry, dict) or not entry.get("name"):
            raise ParseError(path, None, f"units entry {index} has no `name`")
        name = normalize_name(str(entry["name"]))
        kind = entry.get("kind") or guess_kind(name)
        if kind not in UNIT_KINDS:
            raise ParseError(path, None, f"units entry {index} ({name}): unknown kind {kind!r}; one of {', '.join(UNIT_KINDS)}")
        self.canon[name] = {"kind": kind, "full_name": entry.get("full_name")}
        self.variants[name] = Resolution(name, kind, "canonical")
        for alias in entry.get("aliases") or []:
            if isinstance(alias, str):
                alias = {"name": alias}
            variant = normalize_name(str(alias["name"]))
            how = "rename" if alias.get("renamed") else ("typo" if alias.get("typo") else "alias")
            self.variants[variant] = Resolution(
                name, kind, how, alias.get("reason"), alias.get("renamed") if how == "rename" else None
            )

    def at(self, jurisdiction, doc: str):
        """This resolver inside one document: names resolve to units of a place (see ``placing``)."""
        from .placing import PlacedResolver

        return PlacedResolver(self, jurisdiction, doc)

    def aliases_of(self, name: str) -> list[str]:
        """Every variant the alias files map to ``name`` (canonical)."""
        return sorted(v for v, r in self.variants.items() if r.name == name and v != name)

    def resolve(self, spelling: str) -> Resolution:
        """Resolve a spelling (raw, as written) to a canonical unit."""
        name = normalize_name(spelling)
        for candidate, rule in self._candidates(name):
            hit = self.variants.get(candidate)
            if hit:
                if rule:
                    return Resolution(hit.name, hit.kind, hit.how if hit.how != "canonical" else "rule",
                                      hit.reason or rule, hit.year)
                return hit
        return Resolution(name, guess_kind(name), "unregistered")

    @staticmethod
    def _candidates(name: str):
        yield name, None
        if _ZONE.search(name):
            yield name + "管委会", "a zone acts through its management committee"
        if not name.startswith("市") and re.search(r"(局|委|办)$", name):
            yield "市" + name, "city prefix missing"
        if name.startswith("市市"):
            yield name[1:], "city prefix doubled"


@lru_cache(maxsize=1)
def _default_resolver() -> UnitResolver:
    return UnitResolver.from_files(DEFAULT_ALIAS_FILE)
