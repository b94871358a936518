"""Traditional characters (繁體): detect them, convert to simplified for matching, map text back for provenance.

Parsers and the alias file work on simplified text; every clause and spelling an assignment or a report
line keeps is mapped back to the characters as written.

Examples
--------
>>> from agencygraph.loaders.source import source_from_text
>>> s = simplify(source_from_text("(市發展改革委牽頭,市財政局配合)"))
>>> s.text, s.original
('(市发展改革委牵头,市财政局配合)', '(市發展改革委牽頭,市財政局配合)')
>>> restorer(s)("市财政局配合")
'市財政局配合'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .source import Source

__all__ = ["is_traditional", "simplify", "restorer", "to_simplified"]

_SAMPLE = 20000
_THRESHOLD = 0.02  # share of Chinese characters that change under conversion


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified form of ``text`` with the same length (character by character where phrases would not)."""
    cc = _converter()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(c := cc.convert(ch)) == 1 else ch for ch in text)


def _cjk(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def is_traditional(text: str) -> bool:
    """True when enough of the text (a sample of its start) is written in traditional characters."""
    sample = text[:_SAMPLE]
    total = _cjk(sample)
    if total < 4:
        return False
    converted = to_simplified(sample)
    changed = sum(1 for a, b in zip(sample, converted) if a != b)
    return changed / total >= _THRESHOLD


def simplify(source: Source) -> Source:
    """The source with simplified text (``original`` keeps the text as written); unchanged when not traditional."""
    if source.original is not None or not is_traditional(source.text):
        return source
    lines = [to_simplified(line) for line in source.text.split("\n")]
    return replace(source, text="\n".join(lines), original=source.text)


def restorer(source: Source):
    """A function mapping simplified text of this source back to the characters the document used."""
    if source.original is None:
        return lambda text: text
    changed = {b for a, b in zip(source.original, source.text) if a != b}
    votes: dict[str, Counter] = {b: Counter() for b in changed}
    for a, b in zip(source.original, source.text):
        if b in changed:
            votes[b][a] += 1  # a simplified character the document also wrote as such counts against mapping
    back = {b: counts.most_common(1)[0][0] for b, counts in votes.items()}

    def restore(text: str) -> str:
        return "".join(back.get(ch, ch) for ch in text) if text else text

    return restore
