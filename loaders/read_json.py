r"""A JSON or JSON Lines file as text: its task records as a table, else its strings as lines.

Work ledgers leave a web app or an OA system as JSON, one object per task, keyed in English or in pinyin
initials ("owner": "省经信厅", "co": "省发展改革委、省科技厅"; "qtdw", "phdw"); crawlers and datasets keep a page as
an object whose "content" holds the document (one object per line in JSON Lines). Read as plain text, a record's
keys and quotes sit in the way and a string's "\n" never breaks a line. So:

- the longest list of three or more objects (or object of them, keyed by their ids) anywhere in the file, with a
  key that names units, is a table: one column per key (in first-seen order), a header of the keys' column names
  (``record_keys.yaml``: owner -> 责任单位, co -> 协同单位, qtdw -> 牵头单位 …; a key it does not list stays as it
  is), one row per object;
- a file with no such list is its strings, in order, each string's own line breaks kept.

Examples
--------
>>> json_text(b'[{"id": 1, "task": "\\u505a\\u4e8b", "owner": "A\\u5c40", "co": ["B", "C"]}, {"id": 2, "owner": "B"},'
...           b' {"id": 3, "owner": "C"}]').split("\n")[:2]
['序号\t工作任务\t责任单位\t协同单位', '1\t做事\tA局\tB、C']
>>> print(json_text(b'{"title": "T", "content": "\\u4e00\\u3001\\u603b\\u5219\\n\\u4e8c\\u3001X"}'))
T
一、总则
二、X
>>> json_text(b"not json") is None
True
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .datafile import read_yaml
from .rows import _cell, rows_text

__all__ = ["json_text", "json_error", "looks_like_json"]

_KEYS_FILE = Path(__file__).with_name("record_keys.yaml")
# a list of this many objects or more is a table of records
_MIN_RECORDS = 3


@lru_cache(maxsize=1)
def _column_names() -> dict[str, str]:
    """Key (lower case, without _ - and spaces) -> the column name a header prints."""
    data = read_yaml(str(_KEYS_FILE), "the record keys") or {}
    return {_fold(key): column for column, keys in data.items() for key in keys or ()}


def _fold(key: str) -> str:
    return re.sub(r"[\s_\-]+", "", str(key)).lower()


def looks_like_json(head: str) -> bool:
    """Could a text starting so be JSON (an object or an array) or JSON Lines?"""
    return head.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")


def _parse(text: str):
    """The JSON value of the text, or the list of objects of a JSON Lines text; None when it is neither."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            return None
        if not isinstance(value, dict):
            return None
        rows.append(value)
    return rows or None


def _record_lists(value):
    """Every list of objects inside the value, outermost first."""
    stack = [value]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            if len(item) >= _MIN_RECORDS and all(isinstance(x, dict) for x in item.values()):
                # records keyed by their ids: {"1": {"task": …}, "2": {…}}; the key is the record's number
                yield [x if "id" in x else {"id": key, **x} for key, x in item.items()]
            stack.extend(item.values())
        elif isinstance(item, list):
            if sum(isinstance(x, dict) for x in item) >= _MIN_RECORDS:
                yield [x for x in item if isinstance(x, dict)]
            stack.extend(x for x in item if isinstance(x, (dict, list)))


def _scalar(value) -> str | None:
    """A field's text: a string, a number, a list of strings joined with 、; None for an object."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list) and all(isinstance(x, (str, int, float)) for x in value):
        return "、".join(str(x) for x in value)
    return None


# a column name that says its cells are units: a table of task records, not a list of crawled pages
_UNIT_COLUMN = re.compile(r"单位|部门|处室|科室|股室|牵头|责任|主办|协办|配合|协同")


def _names_units(records: list[dict]) -> bool:
    names = _column_names()
    return any(_UNIT_COLUMN.search(names.get(_fold(k), str(k))) for record in records[:50] for k in record)


def _table(records: list[dict]) -> str:
    keys: list[str] = []
    for record in records:
        keys.extend(k for k, v in record.items() if k not in keys and _scalar(v))
    names = _column_names()
    header = [names.get(_fold(k), str(k)) for k in keys]
    rows = [[_cell(_scalar(record.get(k)) or "") for k in keys] for record in records]
    return rows_text([header, *rows])


def _strings(value, out: list[str]) -> None:
    if isinstance(value, str):
        if value.strip():
            out.append(value.strip())
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


@lru_cache(maxsize=1)  # (a .txt holding JSON is parsed once: to tell it is JSON, then to read it)
def json_text(data: bytes, encoding: str = "utf-8") -> str | None:
    """The text of a JSON / JSON Lines file (see the module's note); None when the bytes are not JSON."""
    try:
        text = data.decode(encoding).lstrip("\ufeff")
    except (UnicodeDecodeError, LookupError):
        return None
    if not looks_like_json(text):
        return None
    value = _parse(text)
    if not isinstance(value, (dict, list)):
        return None
    tables = [t for t in sorted(_record_lists(value), key=len, reverse=True) if _names_units(t)]
    if tables:
        return _table(tables[0])
    lines: list[str] = []
    _strings(value, lines)
    return "\n".join(lines)


def json_error(data: bytes, encoding: str = "utf-8") -> tuple[int | None, str]:
    """Where and why the bytes are not JSON: (line, message) of the parser's complaint."""
    try:
        json.loads(data.decode(encoding, "replace").lstrip("\ufeff"))
    except ValueError as exc:
        return getattr(exc, "lineno", None), getattr(exc, "msg", str(exc))
    return None, "holds no object or array"
