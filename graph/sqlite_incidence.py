"""The embedded store's unit × task incidence: built once from the tables, kept in the file, sliced per filter.

``incidence_cache`` holds one row per variant (``plain``, ``expanded`` for --expand-groups) with the
generation of the store it was built from; a write moves the generation on, so the next reader rebuilds
it (a read of the tables in SQL plus vectorised numpy) and stores it for the readers after it. A filter
(--doc, --domain, a set of documents) is a column slice of the stored incidence, equal to the incidence
graph.incidence builds from the same graph.

The data is an ``.npz`` (no pickle): integer arrays, and the strings as one UTF-8 JSON document.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Mapping, Sequence

import numpy as np
import scipy.sparse as sp

from . import listing
from .incidence import Incidence

__all__ = ["incidence", "build", "dumps", "loads", "refresh"]


#: The assignments on leaf tasks, joined to their task and actor by rowid (integers, not strings, per row).
_ENTRIES = ("FROM assignments a JOIN tasks t ON t.key = a.target JOIN units u ON u.label = a.actor_label "
            "AND u.key = a.actor WHERE a.target_label = 'Task' AND a.type IN ('LEADS', 'ASSISTS') AND t.has_parts = 0")


def _int_rows(cursor, width: int, chunk: int = 100_000) -> np.ndarray:
    """A cursor of integer rows as an (n, width) array, read in chunks (no list of every row at once)."""
    parts = []
    while rows := cursor.fetchmany(chunk):
        parts.append(np.array(rows, dtype=np.int64).reshape(-1, width))
    return np.concatenate(parts) if parts else np.zeros((0, width), dtype=np.int64)


def build(db, expand_groups: bool) -> dict:
    """The whole corpus's incidence as arrays (tasks in document order, units sorted by name), read from the
    tables as integers so that it stays small (about 120 MB more than the process at 10^5 tasks)."""
    tasks = db.execute("SELECT rowid, key, doc, number, domain, deadline FROM tasks WHERE has_parts = 0").fetchall()
    tasks.sort(key=lambda t: (t[2], listing.natural_key(t[3])))
    task_rowids = np.array([t[0] for t in tasks], dtype=np.int64)
    col_of = np.full(int(task_rowids.max()) + 1 if len(tasks) else 1, -1, dtype=np.int64)
    col_of[task_rowids] = np.arange(len(tasks))
    unit_key = {rowid: (name, kind) for rowid, name, kind in
                db.execute("SELECT rowid, name, coalesce(kind, 'unknown') FROM units")}
    # entries: (task rowid, unit rowid, lead?); a group's entries also carry their document, to expand them
    entries = _int_rows(db.execute(f"SELECT t.rowid, u.rowid, a.type = 'LEADS' {_ENTRIES}"), 3)
    extra_names: list[tuple[str, str]] = []  # (name, kind) of members brought in by --expand-groups
    extra = np.zeros((0, 3), dtype=np.int64)
    if expand_groups:
        members: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for group, doc, name, kind in db.execute(
                "SELECT g.name, r.doc, u.name, coalesce(u.kind, 'unknown') FROM relationships r "
                "JOIN units g ON g.label = 'Group' AND g.key = r.target JOIN units u ON u.label = 'Unit' "
                "AND u.key = r.source WHERE r.type = 'MEMBER_OF' AND r.source_label = 'Unit' "
                "AND r.target_label = 'Group'"):
            members.setdefault((group, doc), []).append((name, kind))
        group_rows = db.execute(f"SELECT t.rowid, u.rowid, a.type = 'LEADS', u.name, a.doc {_ENTRIES} "
                                "AND u.label = 'Group'").fetchall()
        replaced, added = set(), []
        for task, unit, lead, name, doc in group_rows:
            if (name, doc) in members:
                replaced.add((task, unit, lead))
                for member in members[(name, doc)]:
                    added.append((task, -1 - len(extra_names), lead))
                    extra_names.append(member)
        if replaced:  # drop the group's entries where its document defines its members
            keep = np.array([tuple(e) not in replaced for e in entries.tolist()], dtype=bool)
            entries = entries[keep]
        extra = np.array(added, dtype=np.int64).reshape(-1, 3)
    entries = np.concatenate([entries, extra])
    # unit names (a member may also appear as itself: one row per name), sorted; kind: the last one seen
    kinds: dict[str, str] = {}
    name_of_entry = []
    for u in entries[:, 1].tolist():
        name, kind = unit_key[u] if u >= 0 else extra_names[-1 - u]
        kinds[name] = kind
        name_of_entry.append(name)
    units = sorted(kinds)
    row_of = {name: i for i, name in enumerate(units)}
    row = np.fromiter((row_of[n] for n in name_of_entry), dtype=np.int64, count=len(name_of_entry))
    col = col_of[entries[:, 0]] if len(entries) else np.zeros(0, dtype=np.int64)
    lead = entries[:, 2].astype(bool)
    out = {"units": units, "kinds": [kinds[u] for u in units], "keys": [t[1] for t in tasks],
           "numbers": [t[3] for t in tasks]}
    for name, index in (("docs", 2), ("domains", 4), ("deadlines", 5)):
        codes, values = _factorize([t[index] for t in tasks])
        out[name], out[f"{name}_code"] = values, codes
    out["lead_row"], out["lead_col"] = row[lead], col[lead]
    out["assist_row"], out["assist_col"] = row[~lead], col[~lead]
    spelled = db.execute(f"SELECT t.rowid, u.name, a.doc, a.spelling {_ENTRIES} AND a.spelling IS NOT NULL "
                         "AND a.spelling != u.name").fetchall()
    out["sp_col"] = col_of[np.array([r[0] for r in spelled], dtype=np.int64)] if spelled else np.zeros(0, np.int64)
    out["sp_names"], out["sp_docs"] = [r[1] for r in spelled], [r[2] for r in spelled]
    out["sp_spellings"] = [r[3] for r in spelled]
    return out


def _factorize(values: list) -> tuple[np.ndarray, list]:
    """Codes into a list of distinct values (None kept as a value)."""
    seen: dict = {}
    codes = np.fromiter((seen.setdefault(v, len(seen)) for v in values), dtype=np.int32, count=len(values))
    return codes, list(seen)


_STRINGS = ("units", "kinds", "keys", "numbers", "docs", "domains", "deadlines", "sp_names", "sp_docs", "sp_spellings")
#: String lists of one entry per task (or per spelling): each in a member of its own, decoded when first read
#: (at 10^6 tasks they are 2.2 million strings, and most analyses read none of them).
_LARGE_STRINGS = ("keys", "numbers", "sp_names", "sp_docs", "sp_spellings")


def dumps(arrays: dict) -> bytes:
    buf = io.BytesIO()
    members = {f"strings_{k}": _utf8_json(arrays[k]) for k in _LARGE_STRINGS}
    members["strings"] = _utf8_json({k: arrays[k] for k in _STRINGS if k not in _LARGE_STRINGS})
    np.savez(buf, **members, **{k: np.asarray(v) for k, v in arrays.items() if k not in _STRINGS})
    return buf.getvalue()


def _utf8_json(value) -> np.ndarray:
    return np.frombuffer(json.dumps(value, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


class _Arrays(dict):
    """The stored arrays; a large string list is decoded from its UTF-8 JSON member when first read."""

    def __init__(self, arrays: dict, encoded: dict):
        super().__init__(arrays)
        self._encoded = encoded

    def __missing__(self, key):
        if key not in self._encoded:
            raise KeyError(key)
        value = self[key] = json.loads(self._encoded.pop(key).tobytes().decode("utf-8"))
        return value


def loads(data) -> dict:
    """The arrays ``dumps`` wrote, from bytes or a file (an open blob: never the whole blob in memory)."""
    with np.load(io.BytesIO(data) if isinstance(data, bytes) else data, allow_pickle=False) as z:
        out = {k: z[k] for k in z.files if not k.startswith("strings")}
        encoded = {k.removeprefix("strings_"): z[k] for k in z.files if k.startswith("strings_")}
        out.update(json.loads(z["strings"].tobytes().decode("utf-8")))  # (a store from before: every list here)
    return _Arrays(out, encoded)


class _BlobFile(io.RawIOBase):
    """An SQLite blob as the seekable file np.load reads (sqlite3.Blob lacks ``seekable`` and ``readinto``)."""

    def __init__(self, blob):
        self.blob = blob

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self.blob.seek(offset, whence)
        return self.blob.tell()

    def tell(self) -> int:
        return self.blob.tell()

    def readinto(self, buffer) -> int:
        data = self.blob.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _stored(store, variant: str, expand_groups: bool) -> dict:
    """The cached arrays when they are of the store's current generation, else rebuilt (and stored if the
    store can be written at once; a reader never waits for a writer's lock to save its work)."""
    db = store.db
    with store.reading():
        generation = store.generation()
        row = db.execute("SELECT generation, rowid FROM incidence_cache WHERE variant = ?", (variant,)).fetchone()
        if row and row[0] == generation:
            with db.blobopen("incidence_cache", "data", row[1], readonly=True) as blob:
                return loads(_BlobFile(blob))
        arrays = build(db, expand_groups)
    try:
        timeout = db.execute("PRAGMA busy_timeout").fetchone()[0]
        db.execute("PRAGMA busy_timeout = 0")
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                if store.generation() == generation:
                    db.execute("INSERT OR REPLACE INTO incidence_cache VALUES (?, ?, ?)",
                               (variant, generation, dumps(arrays)))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        finally:
            db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    except sqlite3.OperationalError:
        pass  # locked by a writer, or a read-only file: the next reader builds it again
    return arrays


def refresh(store) -> None:
    """Build and store the incidence (without --expand-groups) if the stored one is not current."""
    _stored(store, "plain", False)


def incidence(store, doc=None, domain=None, expand_groups=False, docs=None) -> Incidence:
    """The incidence of the tasks inside the filters, as graph.incidence.incidence defines it."""
    doc_key = domain_keys = wanted = None
    if doc or domain or docs:  # the documents and domains, to resolve the filters as graph.listing does
        skeleton = store.skeleton() if domain else store.nodes_graph(("Document",))
        doc_key = listing.resolve_doc(skeleton, doc) if doc else None
        domain_keys = sorted(skeleton.nodes[n]["key"] for n in listing.resolve_domains(skeleton, domain, doc_key)) \
            if domain else None
        wanted = sorted({listing.resolve_doc(skeleton, d) for d in docs}) if docs else None
    a = _stored(store, "expanded" if expand_groups else "plain", expand_groups)
    n_tasks = len(a["keys"])
    mask = np.ones(n_tasks, dtype=bool)
    docs_arr = np.asarray(a["docs"], dtype=object)
    for allowed, codes, values in ((doc_key and [doc_key], a["docs_code"], docs_arr),
                                   (wanted, a["docs_code"], docs_arr),
                                   (domain_keys, a["domains_code"], np.asarray(a["domains"], dtype=object))):
        if allowed is not None:
            ok = np.array([v in set(allowed) for v in values], dtype=bool)
            mask &= ok[codes] if len(codes) else mask
    cols = np.flatnonzero(mask)
    n_units = len(a["units"])
    lead = sp.csr_matrix((np.ones(len(a["lead_row"])), (a["lead_row"], a["lead_col"])), shape=(n_units, n_tasks))
    assist = sp.csr_matrix((np.ones(len(a["assist_row"])), (a["assist_row"], a["assist_col"])),
                           shape=(n_units, n_tasks))
    for m in (lead, assist):
        m.sum_duplicates()
        m.data[:] = 1.0
    if len(cols) < n_tasks:
        lead, assist = lead.tocsc()[:, cols].tocsr(), assist.tocsc()[:, cols].tocsr()
    rows = np.flatnonzero(np.diff(lead.indptr) + np.diff(assist.indptr) > 0)
    if len(rows) < n_units:
        lead, assist = lead[rows], assist[rows]
    tasks = StoredTasks(a, cols)
    spellings = _Spellings(a, mask)
    return Incidence(units=[a["units"][i] for i in rows.tolist()], kinds=[a["kinds"][i] for i in rows.tolist()],
                     tasks=tasks, lead=lead.tocsr(), assist=assist.tocsr(),
                     domain_titles=dict(store.db.execute("SELECT key, title FROM domains")),
                     domain_leads=_domain_leads(store.db, doc_key, domain_keys, wanted), spellings=spellings)


class _Spellings(Mapping):
    """(unit, doc) → the spellings the document used for the unit inside the filters, read when first asked
    (``diff`` lists them; the other analyses never do)."""

    def __init__(self, arrays: dict, mask: np.ndarray):
        self._a, self._mask, self._dict = arrays, mask, None

    def _read(self) -> dict:
        if self._dict is None:
            a, spellings = self._a, {}
            in_scope = self._mask[a["sp_col"]] if len(a["sp_col"]) else np.zeros(0, dtype=bool)
            for i in np.flatnonzero(in_scope).tolist():
                spellings.setdefault((a["sp_names"][i], a["sp_docs"][i]), set()).add(a["sp_spellings"][i])
            self._dict = spellings
        return self._dict

    def __getitem__(self, key):
        return self._read()[key]

    def __iter__(self):
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


class StoredTasks(Sequence):
    """The tasks of an incidence's columns, kept as the stored arrays hold them: ``tasks[j]`` is a dict (key, doc,
    number, domain, deadline) made when asked, ``column(name)`` one field of them all. A dict per task would take
    about 400 MB at 10^6 tasks, and most analyses read one or two fields."""

    _CODED = {"doc": "docs", "domain": "domains", "deadline": "deadlines"}

    def __init__(self, arrays: dict, cols: np.ndarray):
        self._a, self._cols = arrays, cols
        self._index = cols.tolist()

    def __len__(self) -> int:
        return len(self._index)

    def _row(self, j: int) -> dict:
        a = self._a
        return {"key": a["keys"][j], "doc": a["docs"][a["docs_code"][j]], "number": a["numbers"][j],
                "domain": a["domains"][a["domains_code"][j]], "deadline": a["deadlines"][a["deadlines_code"][j]]}

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._row(j) for j in self._index[i]]
        return self._row(self._index[i])

    def __iter__(self):
        return map(self._row, self._index)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None

    def take(self, positions) -> "StoredTasks":
        """The tasks at these positions (a subset's columns)."""
        return StoredTasks(self._a, self._cols[np.asarray(positions, dtype=np.int64)])

    def column(self, name: str) -> list:
        a = self._a
        if name in self._CODED:
            values = np.empty(len(a[self._CODED[name]]), dtype=object)
            values[:] = a[self._CODED[name]]
            return values[a[f"{self._CODED[name]}_code"][self._cols]].tolist()
        if name in ("key", "number"):
            stored = a["keys" if name == "key" else "numbers"]
            return list(stored) if len(self._index) == len(stored) else [stored[j] for j in self._index]
        return [None] * len(self)


def _domain_leads(db, doc_key, domain_keys, wanted) -> dict[str, list[str]]:
    where, params = ["1"], []
    if doc_key:
        where.append("d.doc = ?")
        params.append(doc_key)
    for column, values in (("d.key", domain_keys), ("d.doc", wanted)):
        if values is not None:
            where.append(f"{column} IN ({', '.join('?' * len(values))})")
            params += values
    out: dict[str, list[str]] = {}
    for key, name in db.execute(
            "SELECT d.key, u.name FROM domains d LEFT JOIN assignments a ON a.target_label = 'Domain' "
            "AND a.target = d.key AND a.type = 'LEADS' LEFT JOIN units u ON u.label = a.actor_label "
            f"AND u.key = a.actor WHERE {' AND '.join(where)}", params):
        out.setdefault(key, [])
        if name is not None:
            out[key].append(name)
    return {k: sorted(v) for k, v in out.items()}
