"""The analyst's Cypher console: statements ended by ``;``, ``:commands``, history and completion.

``Console`` does the work and prints to the streams it is given, so it runs the same under
prompt_toolkit (``interactive``), on a script (``run_script``: ``-e`` text or piped stdin) and in tests.
Every failure is one line (``Error: …``), never a traceback; Ctrl-C cancels the running statement only.

Examples
--------
>>> import io, networkx as nx
>>> from agencygraph.cypher.runners import EmbeddedRunner
>>> g = nx.MultiDiGraph()
>>> g.add_node("Unit:a", label="Unit", key="a", name="a")
>>> out = io.StringIO()
>>> console = Console(EmbeddedRunner(g), out=out, err=out)
>>> console.run_script(":param u => 'a'\\nMATCH (n:Unit) WHERE n.name = $u RETURN n.name AS name;")
True
>>> print(out.getvalue().strip())
u => "a"
name
----
a
(1 row)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from agencygraph.graph.errors import AgencyGraphError
from agencygraph.graph.formatting import FORMATS, render

from .errors import CypherError, UnknownQuery
from .queries import NamedQuery, get_query, load_queries, parse_assignments, query_rows
from .runners import DEFAULT_LIMIT, DEFAULT_TIMEOUT, Result, Runner, run_named
from .text import is_complete, split_statements, string_value, tokens
from .values import shell_text

__all__ = ["Console", "interactive", "parse_value", "default_history", "HISTORY_ENV", "KEYWORDS", "COMMANDS"]

HISTORY_ENV = "AGENCYGRAPH_CYPHER_HISTORY"
KEYWORDS = ("MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "DISTINCT", "AS", "WITH", "UNWIND", "ORDER BY", "SKIP",
            "LIMIT", "ASC", "DESC", "AND", "OR", "NOT", "IN", "IS NULL", "IS NOT NULL", "CONTAINS", "STARTS WITH",
            "ENDS WITH", "EXISTS", "CALL", "YIELD", "UNION", "CASE", "WHEN", "THEN", "ELSE", "END", "count", "sum",
            "avg", "min", "max", "collect", "size", "type", "labels", "keys", "coalesce", "toLower", "toUpper",
            "properties", "true", "false", "null")
COMMANDS = {
    ":help": "this help",
    ":schema": "labels and relationship types with their counts and properties",
    ":queries": "the named queries (cypher/*.cypher) and their parameters",
    ":run NAME [p=v …]": "run a named query (parameters from :param, or given after its name)",
    ":param NAME => VALUE": "set a parameter ('text', 12, 1.5, true, null, [list] or bare text)",
    ":params [clear]": "show (or clear) the parameters",
    ":format table|csv|json": "how results are printed",
    ":limit N": "keep at most N rows of a result",
    ":timeout SECONDS": "stop a statement after this long",
    ":export FILE": "write the last result to FILE (.csv, .json, else the current format)",
    ":exit": "leave (Ctrl-D too)",
}


def default_history(env=None) -> Path:
    """$AGENCYGRAPH_CYPHER_HISTORY, else $XDG_DATA_HOME (or ~/.local/share)/agencygraph/cypher_history."""
    env = os.environ if env is None else env
    if env.get(HISTORY_ENV):
        return Path(env[HISTORY_ENV]).expanduser()
    base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return base / "agencygraph" / "cypher_history"


def parse_value(text: str):
    """A ``:param`` value: a Cypher literal (string, number, boolean, null, list) or else the bare text.

    >>> parse_value("'市商务局'"), parse_value("3"), parse_value("2.5"), parse_value("[1, 'a']"), parse_value("市科技局")
    ('市商务局', 3, 2.5, [1, 'a'], '市科技局')
    """
    text = text.strip()
    toks = [t for t in tokens(text) if t.kind not in ("space", "comment")]
    try:
        value, rest = _literal(toks, 0)
    except ValueError:
        return text
    return value if rest == len(toks) else text


def _literal(toks, i):
    if i >= len(toks):
        raise ValueError("empty")
    t = toks[i]
    if t.kind == "string" and t.closed:
        return string_value(t.text), i + 1
    if t.kind == "punct" and t.text == "-" and i + 1 < len(toks) and toks[i + 1].kind == "number":
        value, j = _literal(toks, i + 1)
        return -value, j
    if t.kind == "number":
        return (float(t.text) if any(c in t.text for c in ".eE") else int(t.text)), i + 1
    if t.kind == "ident" and t.text.lower() in ("true", "false", "null"):
        return {"true": True, "false": False, "null": None}[t.text.lower()], i + 1
    if t.kind == "punct" and t.text == "[":
        items, j = [], i + 1
        if j < len(toks) and toks[j].text == "]":
            return items, j + 1
        while True:
            value, j = _literal(toks, j)
            items.append(value)
            if j < len(toks) and toks[j].text == ",":
                j += 1
            elif j < len(toks) and toks[j].text == "]":
                return items, j + 1
            else:
                raise ValueError("list")
    raise ValueError(t.text)


class Console:
    """Runs statements and ``:commands`` on a Runner and prints results, notices and one-line errors."""

    def __init__(self, runner: Runner, out=None, err=None, fmt: str = "table", limit: int = DEFAULT_LIMIT,
                 timeout: float = DEFAULT_TIMEOUT, query_dir=None):
        self.runner = runner
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.fmt = fmt
        self.limit = limit
        self.timeout = timeout
        self.query_dir = query_dir
        self.params: dict = {}
        self.last: Result | None = None
        self._schema: dict | None = None
        self.done = False

    # -- output ------------------------------------------------------------------------------------
    def _print(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def _error(self, message: str) -> None:
        self.err.write(f"Error: {message}\n")
        self.err.flush()

    def _show(self, result: Result) -> None:
        self.last = result
        if result.columns or result.rows:
            rows = result.rows
            if self.fmt != "json":  # maps, lists, nodes, relationships, paths, booleans as cypher-shell shows them
                rows = [{k: v if v is None or isinstance(v, (str, int, float)) and not isinstance(v, bool)
                         else shell_text(v) for k, v in row.items()} for row in rows]
            self._print(render(rows, self.fmt, columns=result.columns, widths={"text": 50, "clause": 40},
                               empty=None))
        if self.fmt == "table":
            n = len(result.rows)
            counters = ", ".join(f"{k}: {v}" for k, v in sorted(result.counters.items()))
            self._print(f"({n} row{'' if n == 1 else 's'}" + (f"; {counters}" if counters else "") + ")")
        if result.notice():
            self.err.write(result.notice() + "\n")
            self.err.flush()

    # -- running -------------------------------------------------------------------------------------
    def handle(self, text: str) -> bool:
        """One statement or one ``:command``; False when it failed (the error is printed)."""
        text = text.strip()
        if not text:
            return True
        try:
            if text.startswith(":"):
                return self.command(text)
            for statement in split_statements(text):
                self._show(self.runner.run(statement, self.params, self.limit, self.timeout))
            return True
        except AgencyGraphError as exc:
            self._error(str(exc))
        except KeyboardInterrupt:
            self._error("cancelled (Ctrl-C)")
        except Exception as exc:  # a console never shows a traceback
            self._error(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'unexpected failure'}")
        return False

    def run_script(self, text: str, fail_fast: bool = True) -> bool:
        """Lines starting with ``:`` are commands; everything else is statements ended by ``;`` (the last
        one may lack it). Stops at the first failure unless ``fail_fast`` is False."""
        ok = True
        buffer = ""
        for line in text.splitlines():
            if not buffer.strip() and line.strip().startswith(":"):
                ok = self.handle(line) and ok
            else:
                buffer += line + "\n"
                if is_complete(buffer):
                    ok = self.handle(buffer) and ok
                    buffer = ""
            if self.done or (not ok and fail_fast):
                return ok
        if buffer.strip() and not self.done:
            ok = self.handle(buffer) and ok
        return ok

    # -- commands ------------------------------------------------------------------------------------
    def command(self, line: str) -> bool:
        name, _sep, rest = line.strip().rstrip(";").partition(" ")
        rest = rest.strip()
        handler = {":help": self._help, ":schema": self._schema_cmd, ":queries": self._queries, ":run": self._run,
                   ":param": self._param, ":params": self._params, ":format": self._format, ":limit": self._limit,
                   ":timeout": self._timeout, ":export": self._export, ":exit": self._exit, ":quit": self._exit,
                   }.get(name.lower())
        if handler is None:
            raise CypherError(f"unknown command {name}; :help lists them")
        return handler(rest)

    def _help(self, _rest) -> bool:
        self._print("Statements end with ';' and may span lines. Read-only unless started with --write.")
        width = max(len(k) for k in COMMANDS)
        for key, text in COMMANDS.items():
            self._print(f"  {key.ljust(width)}  {text}")
        self._print(f"Engine: {self.runner.engine}; format {self.fmt}, limit {self.limit} rows, "
                    f"timeout {self.timeout:g} s.")
        return True

    def schema(self) -> dict:
        if self._schema is None:
            self._schema = self.runner.schema()
        return self._schema

    def _schema_cmd(self, _rest) -> bool:
        schema = self.runner.schema()
        self._schema = schema
        rows = [{"kind": kind, "name": name, "count": entry["count"], "properties": entry["properties"]}
                for kind, key in (("label", "labels"), ("relationship", "types"))
                for name, entry in schema[key].items()]
        self._print(render(rows, self.fmt, columns=["kind", "name", "count", "properties"],
                           widths={"properties": 90}))
        return True

    def _queries(self, _rest) -> bool:
        rows = query_rows(load_queries(self.query_dir))
        self._print(render(rows, self.fmt, columns=["name", "engines", "parameters", "description"],
                           widths={"parameters": 40, "description": 60}))
        return True

    def _run(self, rest) -> bool:
        if not rest:
            raise UnknownQuery(":run takes a query name; :queries lists them")
        name, *assignments = rest.split()
        query: NamedQuery = get_query(name, self.query_dir)
        wanted = {p.name for p in query.parameters}
        given = {k: v for k, v in self.params.items() if k in wanted}
        given.update(parse_assignments(assignments))
        self._show(run_named(self.runner, query, given, self.limit, self.timeout))
        return True

    def _param(self, rest) -> bool:
        name, sep, value = rest.partition("=>")
        if not sep:
            name, sep, value = rest.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier():
            raise CypherError(":param takes NAME => VALUE, e.g. :param unit => '市商务局'")
        self.params[name] = parse_value(value)
        self._print(f"{name} => {json.dumps(self.params[name], ensure_ascii=False)}")
        return True

    def _params(self, rest) -> bool:
        if rest == "clear":
            self.params.clear()
        for name, value in self.params.items():
            self._print(f"{name} => {json.dumps(value, ensure_ascii=False)}")
        if not self.params:
            self._print("(no parameters)")
        return True

    def _format(self, rest) -> bool:
        if rest not in FORMATS:
            raise CypherError(f":format takes one of {', '.join(FORMATS)}")
        self.fmt = rest
        return True

    def _limit(self, rest) -> bool:
        if not rest.isdigit() or int(rest) < 1:
            raise CypherError(":limit takes a whole number of rows, e.g. :limit 5000")
        self.limit = int(rest)
        return True

    def _timeout(self, rest) -> bool:
        try:
            value = float(rest)
        except ValueError:
            value = 0
        if value <= 0:
            raise CypherError(":timeout takes seconds, e.g. :timeout 60")
        self.timeout = value
        return True

    def _export(self, rest) -> bool:
        if not rest:
            raise CypherError(":export takes a file name, e.g. :export result.csv")
        if self.last is None:
            raise CypherError("nothing to export yet: run a statement first")
        path = Path(rest).expanduser()
        fmt = {".csv": "csv", ".json": "json"}.get(path.suffix.lower(), self.fmt)
        text = render(self.last.rows, fmt, columns=self.last.columns) if self.last.rows or fmt != "table" else ""
        try:
            path.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            raise CypherError(f"cannot write {path}: {exc.strerror}") from None
        n = len(self.last.rows)
        self._print(f"wrote {n} row{'' if n == 1 else 's'} to {path} ({fmt})")
        return True

    def _exit(self, _rest) -> bool:
        self.done = True
        return True

    # -- completion ------------------------------------------------------------------------------------
    def words(self, context: str) -> list[str]:
        """Completion candidates: ``label`` after ':' in a pattern, ``property`` after '.', ``command``,
        ``query`` after ':run', else keywords."""
        if context == "command":
            return sorted({k.split()[0] for k in COMMANDS} | {":quit"})
        if context == "query":
            return list(load_queries(self.query_dir))
        try:
            schema = self.schema()
        except Exception:  # completion must never break typing
            schema = {"labels": {}, "types": {}}
        if context == "label":
            return sorted(schema["labels"]) + sorted(schema["types"])
        if context == "property":
            return sorted({p for entry in (*schema["labels"].values(), *schema["types"].values())
                           for p in entry["properties"]})
        return list(KEYWORDS)


def _completer(console: Console):
    from prompt_toolkit.completion import Completer, Completion

    class CypherCompleter(Completer):
        def get_completions(self, document, complete_event):
            before = document.text_before_cursor
            word = document.get_word_before_cursor(WORD=False)
            if not word.strip() or not (word[-1:].isalnum() or word[-1:] == "_"):
                word = ""
            head = before[:len(before) - len(word)]
            stripped = before.lstrip()
            if stripped.startswith(":") and " " not in stripped:
                word, context = stripped, "command"
            elif stripped.lower().startswith(":run ") and len(stripped.split()) <= 2 and not before.endswith("  "):
                context = "query"
            elif head.endswith(":"):
                context = "label"
            elif head.endswith("."):
                context = "property"
            else:
                context = "keyword"
            for candidate in console.words(context):
                if candidate.lower().startswith(word.lower()) and candidate != word:
                    yield Completion(candidate, start_position=-len(word))

    return CypherCompleter()


def _key_bindings():
    from prompt_toolkit.key_binding import KeyBindings

    kb = KeyBindings()

    @kb.add("enter")
    def _enter(event):
        buffer = event.current_buffer
        text = buffer.text
        if not text.strip() or text.lstrip().startswith(":") or is_complete(text):
            buffer.validate_and_handle()
        else:
            buffer.insert_text("\n")

    return kb


def interactive(console: Console, history: Path | None = None, input=None, output=None) -> None:
    """The prompt_toolkit loop: multi-line statements ended by ';', history, completion; Ctrl-C clears the
    line (or cancels a running statement), Ctrl-D or :exit leaves."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    if history is not None:
        history = Path(history)
        history.parent.mkdir(parents=True, exist_ok=True)
    session = PromptSession(history=FileHistory(str(history)) if history else InMemoryHistory(),
                            completer=_completer(console), multiline=True, key_bindings=_key_bindings(),
                            prompt_continuation=lambda width, _n, _soft: "...> ".rjust(width),
                            complete_while_typing=False, input=input, output=output)
    console._print(f"agencygraph Cypher console on {console.runner.engine}"
                   f"{' (writes allowed)' if console.runner.write else ' (read-only)'}; :help for commands, "
                   f"statements end with ';'")
    while not console.done:
        try:
            text = session.prompt("cypher> ")
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        console.handle(text)
