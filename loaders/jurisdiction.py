"""A document's jurisdiction: the place whose government wrote it, from its 文号, issuer, letterhead or title.

Relative unit names (市财政局, 区教育局, 省商务厅) mean that place's units; ``--jurisdiction`` overrides.

Examples
--------
>>> from agencygraph.loaders.source import source_from_text
>>> meta = {"number": "武政〔2018〕50号", "issuer": "武汉市人民政府", "title": None}
>>> j = infer(meta, source_from_text("武汉市人民政府文件\\n武政〔2018〕50号"))
>>> j.key, j.how
('武汉市', '文号 prefix 武政')
>>> infer({"number": "国发〔2014〕1号", "issuer": None, "title": None}, source_from_text("x")).key
'国家'
>>> infer({"number": None, "issuer": None, "title": None}, source_from_text("关于做好就业工作的通知")) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agencygraph.graph.errors import AgencyGraphError

from .gazetteer import NATIONAL, Gazetteer, Place
from .source import Source

__all__ = ["Jurisdiction", "infer", "from_override"]

_GOVERNMENT = re.compile(r"(人民政府|政府|委员会|办公厅|办公室|党委|市委|区委|县委|省委|人大|政协)")
_NATIONAL_ISSUER = re.compile(r"^(国务院|中共中央|中央|国家|全国)")


@dataclass(frozen=True)
class Jurisdiction:
    """Where a document's relative names point: a place of the gazetteer, or the national level."""

    key: str  # the place's key (武汉市, 武汉市武昌区) or NATIONAL
    how: str  # what it was inferred from, for the load report
    place: Place | None = None  # None for NATIONAL

    @property
    def national(self) -> bool:
        return self.key == NATIONAL


def from_override(value: str, gazetteer: Gazetteer | None = None) -> Jurisdiction:
    """The jurisdiction ``--jurisdiction VALUE`` names (a place name, key, code or short name, or 国家)."""
    gazetteer = gazetteer or Gazetteer.default()
    if value in (NATIONAL, "国务院", "全国", "中央"):
        return Jurisdiction(NATIONAL, "--jurisdiction")
    place = gazetteer.place(value)
    if place is None:
        hits = gazetteer.candidates(value)
        hint = f"; it names {len(hits)} places: give one of {', '.join(p.key for p in hits)}" if hits else \
            "; give a province, city or county as the gazetteer writes it (e.g. 武汉市, 武汉市武昌区) or 国家"
        raise AgencyGraphError(f"--jurisdiction {value!r} is no single place{hint}")
    return Jurisdiction(place.key, "--jurisdiction", place)


def _mentions(text: str, place: Place) -> int:
    return text.count(place.name) + (text.count(place.short) if len(place.short) >= 2 else 0)


def _from_prefix(number: str, text: str, g: Gazetteer) -> Jurisdiction | None:
    prefix = re.sub(r"〔.*$", "", number or "").strip()
    if not prefix:
        return None
    how = f"文号 prefix {prefix}"
    if prefix in g.prefixes:
        key = g.prefixes[prefix]
        return Jurisdiction(key, how, None if key == NATIONAL else g.place(key))
    head = prefix
    for suffix in g.office_suffixes:
        if prefix.endswith(suffix) and len(prefix) > len(suffix):
            head = prefix[: -len(suffix)]
            break
    if head in g.prefixes:
        key = g.prefixes[head]
        return Jurisdiction(key, how, None if key == NATIONAL else g.place(key))
    candidates = [p for p in g.places if p.short.startswith(head)]
    if head in g.abbreviations:
        candidates.append(g.abbreviations[head])
    scored = sorted(((_mentions(text, p), p.level != "county", p) for p in candidates), key=lambda s: s[:2],
                    reverse=True)
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[1][:2] != scored[0][:2]):
        return Jurisdiction(scored[0][2].key, how, scored[0][2])
    if head in g.abbreviations and not any(s[0] for s in scored):
        province = g.abbreviations[head]
        return Jurisdiction(province.key, how, province)
    return None


def _place_in(text: str, g: Gazetteer, context: str) -> Place | None:
    """The first place named in ``text`` (full name), the most specific one when they nest (武汉市武昌区)."""
    found = None
    i = 0
    while i < len(text):
        names = g.starts(text[i:])
        if names:
            place = g.pick(names[0], found) or _by_mentions(names[0], context, g)
            if place is not None and (found is None or found in place.chain()):
                found = place
                i += len(names[0])
                continue
            if found is not None:
                break
        elif found is not None:
            break
        i += 1
    return found


def _by_mentions(name: str, context: str, g: Gazetteer) -> Place | None:
    """Of several places of one name (鼓楼区), the one whose city the text names."""
    hits = [p for p in g.candidates(name) if p.parent is not None and p.parent.name in context]
    return hits[0] if len(hits) == 1 else None


def infer(meta: dict, source: Source, gazetteer: Gazetteer | None = None) -> Jurisdiction | None:
    """The jurisdiction of a document, or None when nothing in it tells (its relative names then stay local)."""
    g = gazetteer or Gazetteer.default()
    head = "\n".join(source.lines[:12])
    context = source.text[:6000]
    if meta.get("number") and (found := _from_prefix(meta["number"], context, g)):
        return found
    for what, value in (("issuer", meta.get("issuer")), ("title", meta.get("title"))):
        if not value:
            continue
        if _NATIONAL_ISSUER.match(value) and what == "issuer":
            return Jurisdiction(NATIONAL, f"issuer {value}")
        if place := _place_in(value, g, context):
            return Jurisdiction(place.key, f"{what} {value}", place)
    for line in source.lines[:12]:  # the letterhead, or a report's first sentence (许昌市政府印发通知)
        line = re.sub(r"^【[^】]*】", "", line.strip())
        if _NATIONAL_ISSUER.match(line) and re.match(r"^(国务院|中共中央)", line):
            return Jurisdiction(NATIONAL, f"letterhead {line[:30]}")
        for m in _GOVERNMENT.finditer(line):  # a place right before a government word: 许昌市政府, 湖州市人民政府办公室
            before = line[max(0, m.start() - 16):m.start()]
            place = None
            for i in range(len(before)):
                if (place := _place_in(before[i:], g, head)) is not None and \
                        before.endswith(_suffix_of(before[i:], g)):
                    break
                place = None
            if place is not None:
                return Jurisdiction(place.key, f"letterhead {line[:30]}", place)
    return None


def _suffix_of(text: str, g: Gazetteer) -> str:
    """The place names ``text`` is made of, joined (武汉市武昌区): it must end where the government word starts."""
    out, rest = "", text
    while (names := g.starts(rest)):
        out, rest = out + names[0], rest[len(names[0]):]
    return out if not rest else "\0"
