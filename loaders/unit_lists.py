"""Split a list of responsible units as printed into resolved names, alternate names and group definitions.

Examples
--------
>>> from loaders.units import UnitResolver
>>> items = parse_unit_list("市商务局〈市口岸办〉、各区人民政府(含东湖高新区、长江新区管委会,下同)", UnitResolver.default())
>>> [(i.resolution.name, i.alternates, i.members) for i in items]
[('市商务局', ['市口岸办'], []), ('各区人民政府', [], ['东湖高新区', '长江新区管委会'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .textnorm import split_brackets, split_top_level
from .units import Resolution, UnitResolver

__all__ = ["ListedUnit", "parse_unit_list", "is_none_marker"]

_NONE = re.compile(r"^[\s—\-–−―/无]*$")
_DEFINITION = re.compile(r"^(含|包括|包含)")
_DEFINITION_TAIL = re.compile(r"[,，、;；]?\s*(下同|以下同|下同。)\s*$")


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


def parse_unit_list(text: str, resolver: UnitResolver) -> list[ListedUnit]:
    """Parse ``市发展改革委、市商务局〈市口岸办〉,各区人民政府〈含…,下同)`` into units.

    Separators are 、 , ， ; ； outside brackets; bracket kinds may mismatch; a trailing 等 is dropped.
    """
    if is_none_marker(text):
        return []
    items = []
    for part in split_top_level(text):
        name, inner = split_brackets(part)
        if not name:
            continue
        alternates, members = [], []
        for chunk in inner:
            if _DEFINITION.match(chunk):
                body = _DEFINITION_TAIL.sub("", _DEFINITION.sub("", chunk))
                members.extend(m for m in split_top_level(body) if m)
            elif re.match(r"^(以下|下称|简称)", chunk):
                continue
            else:
                alternates.append(chunk)
        items.append(ListedUnit(part, name, resolver.resolve(name), alternates, members))
    return items
