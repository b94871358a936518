"""Text joined across lines (PDF page breaks) that still knows which source line each character came from.

Examples
--------
>>> j = Joined()
>>> j.add("市东湖生态风景", 30); j.add("区管委会", 32)
>>> j.text, j.line_at(j.text.index("区管委会"))
('市东湖生态风景区管委会', 32)
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["Joined"]


@dataclass
class Joined:
    text: str = ""
    _starts: list[int] = field(default_factory=list)
    _lines: list[int] = field(default_factory=list)

    def add(self, piece: str, line: int) -> None:
        """Append a line's text with no separator: a page break inside a word leaves no gap."""
        self._starts.append(len(self.text))
        self._lines.append(line)
        self.text += piece

    @property
    def first_line(self) -> int:
        return self._lines[0] if self._lines else 0

    @property
    def lines(self) -> list[int]:
        return list(self._lines)

    @property
    def starts(self) -> list[int]:
        """The offset in ``text`` where each source line begins."""
        return list(self._starts)

    def line_at(self, offset: int) -> int:
        """The source line of the character at ``offset``."""
        if not self._lines:
            return 0
        return self._lines[max(0, bisect_right(self._starts, offset) - 1)]
