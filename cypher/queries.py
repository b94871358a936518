"""Named Cypher queries: ``cypher/*.cypher`` files with a header saying what each answers and what it takes.

A file's header is its leading ``//`` comment lines::

    // Co-owners of a unit: the units sharing leaf tasks with $unit, by pair of roles.
    // @param unit: unit — the unit (name, alias or former name), e.g. 市商务局
    // @param min_shared: int = 1 — only partners sharing at least this many tasks
    // @engines neo4j embedded
    // @write                      (only for a query that changes data)

The declared parameters must be exactly the ``$parameters`` the text uses (checked when it loads), and
the values given must match them (checked before it runs). Values always travel as Cypher parameters.

Examples
--------
>>> q = parse_query("// Units of a kind.\\n// @param kind: str\\nMATCH (u:Unit {kind: $kind}) RETURN u.name", "units_of_kind")
>>> q.description, [p.name for p in q.parameters], q.write
('Units of a kind.', ['kind'], False)
>>> q.bind({"kind": "district_government"})
{'kind': 'district_government'}
>>> q.bind({})
Traceback (most recent call last):
...
agencygraph.graph.errors.UnknownQuery: query units_of_kind needs kind: --param kind=… (str)
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from .errors import UnknownQuery
from .text import parameters

__all__ = ["Param", "NamedQuery", "parse_query", "load_queries", "get_query", "parse_assignments", "query_rows",
           "QUERY_DIR",
           "PARAM_TYPES", "RESOLVED_TYPES"]

QUERY_DIR = Path(__file__).resolve().parent
PARAM_TYPES = ("str", "int", "float", "bool", "list", "unit", "doc")
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1  # Cypher's INTEGER (the Bolt driver cannot send a larger one)
#: Types whose values name something in the store: resolved to its canonical name before the query runs (a unit
#: by its name, an alias or a former name; a document by its 文号, file name or a unique part of them).
RESOLVED_TYPES = ("unit", "doc")
ENGINES = ("neo4j", "embedded")
_REQUIRED = object()
_PARAM = re.compile(r"@param\s+(?P<name>[A-Za-z_]\w*)\s*(?::\s*(?P<type>\w+))?\s*(?:=\s*(?P<default>[^—]*?))?\s*"
                    r"(?:—\s*(?P<doc>.*))?$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "str"
    default: object = _REQUIRED
    description: str = ""

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED

    def coerce(self, value, query: str):
        """A given value as the declared type (command-line values arrive as strings)."""
        if value is None or not isinstance(value, str):
            if self.type == "list" and isinstance(value, tuple):
                return list(value)
            return value
        try:
            if self.type == "int":
                number = int(value)
                if not INT_MIN <= number <= INT_MAX:
                    raise UnknownQuery(f"query {query}: parameter {self.name} = {value} is outside the 64-bit "
                                       f"integers Cypher holds ({INT_MIN} to {INT_MAX})")
                return number
            if self.type == "float":
                return float(value)
            if self.type == "bool":
                lowered = value.strip().lower()
                if lowered not in ("true", "false", "1", "0", "yes", "no"):
                    raise ValueError(value)
                return lowered in ("true", "1", "yes")
            if self.type == "list":
                return [v.strip() for v in value.split(",") if v.strip()]
        except ValueError:
            raise UnknownQuery(f"query {query}: parameter {self.name} takes a {self.type}, not {value!r}") from None
        return value

    def describe(self) -> str:
        default = "" if self.required else f" = {self.default!r}"
        return f"{self.name} ({self.type}{default})" + (f": {self.description}" if self.description else "")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    parameters: tuple[Param, ...] = ()
    write: bool = False
    description: str = ""
    engines: tuple[str, ...] = ("neo4j",)
    path: str | None = field(default=None, compare=False)

    @property
    def body(self) -> str:
        """The Cypher without its header comment."""
        lines = self.text.splitlines()
        while lines and (lines[0].lstrip().startswith("//") or not lines[0].strip()):
            lines.pop(0)
        return "\n".join(lines).strip()

    def bind(self, given: Mapping[str, object]) -> dict:
        """The parameters to send: the given values (checked, coerced) and the defaults of the others."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(given) - set(known))
        if unknown:
            takes = ", ".join(known) or "no parameters"
            raise UnknownQuery(f"query {self.name} has no parameter {', '.join(unknown)}; it takes: {takes}")
        out = {}
        for p in self.parameters:
            if p.name in given:
                out[p.name] = p.coerce(given[p.name], self.name)
            elif p.required:
                raise UnknownQuery(f"query {self.name} needs {p.name}: --param {p.name}=… ({p.type})")
            else:
                out[p.name] = p.default
        return out


def _default(text: str, type_: str, where: str):
    text = text.strip()
    if text.lower() == "null":
        return None
    try:
        return Param("_", type_).coerce(text.strip("'\""), where)
    except UnknownQuery:
        raise UnknownQuery(f"{where}: default {text!r} is not a {type_}") from None


def parse_query(text: str, name: str, path: str | None = None) -> NamedQuery:
    """A NamedQuery from a file's text; its declared parameters must be the ones the text uses."""
    where = path or name
    description, params, engines, write = [], [], ("neo4j",), False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break
        comment = stripped[2:].strip()
        if comment.startswith("@param"):
            m = _PARAM.match(comment)
            if not m:
                raise UnknownQuery(f"{where}: cannot read {comment!r}; write '@param name: type = default — what'")
            type_ = m["type"] or "str"
            if type_ not in PARAM_TYPES:
                raise UnknownQuery(f"{where}: parameter {m['name']} has type {type_!r}; one of {', '.join(PARAM_TYPES)}")
            default = _REQUIRED if m["default"] is None else _default(m["default"], type_, where)
            params.append(Param(m["name"], type_, default, (m["doc"] or "").strip()))
        elif comment.startswith("@engines"):
            engines = tuple(comment.split()[1:])
            bad = set(engines) - set(ENGINES)
            if bad or not engines:
                raise UnknownQuery(f"{where}: @engines takes {' and/or '.join(ENGINES)}, not {comment!r}")
        elif comment == "@write":
            write = True
        elif comment.startswith("@"):
            raise UnknownQuery(f"{where}: unknown header tag {comment.split()[0]!r} (@param, @engines, @write)")
        elif comment:
            description.append(comment)
    declared = {p.name for p in params}
    used = parameters(text)
    if declared != used:
        missing, extra = sorted(used - declared), sorted(declared - used)
        detail = "; ".join(filter(None, [missing and f"uses undeclared ${', $'.join(missing)}",
                                         extra and f"declares unused {', '.join(extra)}"]))
        raise UnknownQuery(f"{where}: header and text disagree: {detail}")
    return NamedQuery(name, text, tuple(params), write, " ".join(description), engines, path)


def load_queries(folder: str | Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.cypher`` file of a folder (default: the ones shipped in cypher/), by name."""
    folder = Path(folder) if folder else QUERY_DIR
    out = {}
    for path in sorted(folder.glob("*.cypher")):
        out[path.stem] = parse_query(path.read_text(encoding="utf-8"), path.stem, str(path))
    return out


def get_query(name: str, folder: str | Path | None = None) -> NamedQuery:
    """One named query; an unknown name gets the nearest names as a hint."""
    queries = load_queries(folder)
    if name in queries:
        return queries[name]
    near = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(near)}?" if near else f"; the queries: {', '.join(queries)}"
    raise UnknownQuery(f"no named query {name!r}{hint}")


def parse_assignments(pairs) -> dict[str, str]:
    """``["unit=市商务局", "min_shared=2"]`` → a dict (values stay strings until a query coerces them).

    >>> parse_assignments(["unit=市商务局", "text=a=b"])
    {'unit': '市商务局', 'text': 'a=b'}
    """
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UnknownQuery(f"--param takes name=value, not {pair!r}")
        out[name.strip()] = value
    return out


def query_rows(queries: Mapping[str, NamedQuery]) -> list[dict]:
    """The named queries as rows for a listing: name, engines, parameters, write, description."""
    return [{"name": q.name, "engines": list(q.engines), "parameters": [p.describe() for p in q.parameters],
             "write": q.write, "description": q.description} for q in queries.values()]
