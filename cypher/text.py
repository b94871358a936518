"""A small Cypher lexer: statements split on ``;``, ``$parameters``, clause keywords, string literals.

It knows strings ('…' and "…" with backslash escapes), `quoted` identifiers and comments, so a ``;``
or a ``$`` inside them is never mistaken for syntax. It does not parse Cypher; the engines do.

Examples
--------
>>> split_statements("MATCH (n) RETURN n; // done\\nRETURN ';' AS s;")
['MATCH (n) RETURN n', "// done\\nRETURN ';' AS s"]
>>> sorted(parameters("MATCH (u {name: $unit}) WHERE u.x > $min RETURN '$not_me'"))
['min', 'unit']
>>> clauses("MATCH (n) WITH n OPTIONAL MATCH (n)--(m) RETURN 'UNWIND'")
['MATCH', 'WITH', 'OPTIONAL MATCH', 'RETURN']
>>> clauses("MATCH (t) WHERE t.deadline STARTS WITH '2023' OR t.text ENDS WITH '。' RETURN t")
['MATCH', 'WHERE', 'RETURN']
>>> string_value(r"'it\\'s 市商务局'")
"it's 市商务局"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "tokens", "split_statements", "parameters", "clauses", "string_value", "is_complete",
           "CLAUSES", "WRITE_CLAUSES"]

#: Clause keywords (two-word clauses are joined: OPTIONAL MATCH, LOAD CSV, DETACH DELETE, ORDER BY).
CLAUSES = ("MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "CALL", "CREATE", "MERGE", "SET",
           "DELETE", "DETACH DELETE", "REMOVE", "FOREACH", "LOAD CSV", "UNION", "ORDER BY", "SKIP", "LIMIT",
           "USE", "EXPLAIN", "PROFILE", "SHOW", "DROP", "ALTER", "GRANT", "DENY", "REVOKE", "TERMINATE",
           "FINISH")
WRITE_CLAUSES = ("CREATE", "MERGE", "SET", "DELETE", "DETACH DELETE", "REMOVE", "FOREACH", "DROP", "ALTER",
                 "GRANT", "DENY", "REVOKE", "LOAD CSV")

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<backtick>`(?:[^`]|``)*(?:`|\Z))
  | (?P<param>\$(?:[A-Za-z_][A-Za-z_0-9]*|`(?:[^`]|``)*`|[0-9]+))
  | (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<ident>[^\W\d]\w*)
  | (?P<punct>.)
""", re.VERBOSE | re.DOTALL)

_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", "'": "'", '"': '"', "\\": "\\"}


@dataclass(frozen=True)
class Token:
    kind: str  # space comment string backtick param number ident punct
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def closed(self) -> bool:
        """False for a string, quoted name or block comment the text ends inside."""
        if self.kind in ("string", "backtick"):
            return len(self.text) >= 2 and self.text[-1] == self.text[0] and not _odd_backslashes(self.text[1:-1])
        if self.kind == "comment" and self.text.startswith("/*"):
            return self.text.endswith("*/") and len(self.text) >= 4
        return True


def _odd_backslashes(inner: str) -> bool:
    return (len(inner) - len(inner.rstrip("\\"))) % 2 == 1


def tokens(text: str) -> list[Token]:
    """Every token of ``text``, spaces and comments included (so the tokens join back to the text)."""
    return [Token(m.lastgroup, m.group(), m.start()) for m in _TOKEN.finditer(text)]


def split_statements(text: str) -> list[str]:
    """The statements of a script, split on ``;`` outside strings and comments; empty ones dropped."""
    out, start = [], 0
    for tok in tokens(text):
        if tok.kind == "punct" and tok.text == ";":
            out.append(text[start:tok.start])
            start = tok.end
    out.append(text[start:])
    return [s.strip() for s in out if _has_code(s)]


def _has_code(text: str) -> bool:
    return any(t.kind not in ("space", "comment") for t in tokens(text))


def is_complete(text: str) -> bool:
    """True when the buffer ends a statement: a ``;`` outside strings and comments, then only space/comments."""
    toks = [t for t in tokens(text) if t.kind not in ("space",)]
    while toks and toks[-1].kind == "comment" and toks[-1].closed:
        toks.pop()
    return bool(toks) and toks[-1].kind == "punct" and toks[-1].text == ";"


def param_name(token: Token) -> str:
    name = token.text[1:]
    return name[1:-1].replace("``", "`") if name.startswith("`") else name


def parameters(text: str) -> set[str]:
    """The ``$parameter`` names a statement uses."""
    return {param_name(t) for t in tokens(text) if t.kind == "param"}


def clauses(text: str) -> list[str]:
    """The clause keywords of a statement, in order, upper case (those inside ``EXISTS { … }`` included)."""
    words = [t for t in tokens(text) if t.kind not in ("space", "comment")]
    out = []
    i = 0
    while i < len(words):
        tok = words[i]
        prev = words[i - 1].text if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else None
        # a property (n.set), a label or type (:Set), a map key ({set: 1}) is not a clause
        if tok.kind != "ident" or prev in (".", ":") or (nxt is not None and nxt.text == ":"
                                                         and prev in ("{", ",")):
            i += 1
            continue
        word = tok.text.upper()
        if word == "WITH" and prev.upper() in ("STARTS", "ENDS"):  # the operators STARTS WITH / ENDS WITH
            i += 1
            continue
        pair = f"{word} {nxt.text.upper()}" if nxt is not None and nxt.kind == "ident" else ""
        if pair in CLAUSES:
            out.append(pair)
            i += 2
            continue
        if word in CLAUSES:
            out.append(word)
        i += 1
    return out


def string_value(literal: str) -> str:
    """The value of a Cypher string literal ('…' or "…"), escapes resolved."""
    inner = literal[1:-1]
    out, i = [], 0
    while i < len(inner):
        ch = inner[i]
        if ch == "\\" and i + 1 < len(inner):
            nxt = inner[i + 1]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt in "uU":
                width = 4 if nxt == "u" else 8
                digits = inner[i + 2:i + 2 + width]
                if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
            out.append(nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)
