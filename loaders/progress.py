"""Progress within one document: the stages of a load reported as ``callback(done, total)``, at a modest rate.

``total`` is the size of the input (bytes of the file, or characters of a text given in memory); ``done``
grows with the work done (reading, genre detection, each parser, the final sweep), never goes back, and
ends at ``total``. Calls come at most about once per percent.

Examples
--------
>>> seen = []
>>> p = Progress(lambda done, total: seen.append(done), 1000)
>>> p.read(0.5); p.plan(["parse a", "parse b"])
>>> p.within("parse a", 0.5); p.done("parse a"); p.finish()
>>> seen
[500, 625, 750, 1000]
"""

from __future__ import annotations

__all__ = ["Progress"]

#: Relative work of each stage after reading, roughly as profiled on bench/loader_scale.py's documents.
WEIGHTS = {"metadata": 2, "sweep": 2}
#: Share of the work after reading that genre detection takes.
DETECT_SHARE = 0.15
GENRE_WEIGHT = 40
ATTACHMENT_WEIGHT = 2
#: Share of the whole load that reading takes: a text file is decoded at once, a spreadsheet is parsed cell by cell.
READ_SHARE = {"text": 0.05, "docx": 0.3, "xlsx": 0.5, "csv": 0.1, "json": 0.1, "html": 0.2, "pdf": 0.8, "doc": 0.3, "ofd": 0.5, "image": 0.9}


class Progress:
    """Turns stage names and fractions of a stage into rate-limited ``callback(done, total)`` calls."""

    def __init__(self, callback, total: int, steps: int = 100):
        self.callback = callback
        self.total = max(1, int(total))
        self.step = max(1, self.total // steps)
        self.reported = 0
        self.cursor = 0.0  # share of the load done when the last stage ended
        self.ranges: dict[str, tuple[float, float]] = {}  # stage -> (start share, end share)

    def read(self, share: float) -> None:
        """Reading is done; it was ``share`` of the whole load."""
        self.cursor = share
        self._report(share)

    def reading(self, fraction: float, share: float = READ_SHARE["pdf"]) -> None:
        """``fraction`` of a long read (a PDF, page by page) is done; reading is ``share`` of the whole load."""
        self._report(share * min(1.0, max(0.0, fraction)))

    def plan(self, stages, until: float = 1.0) -> None:
        """Spread the next ``stages`` (in order) over the load from where it is to ``until``, by their weights."""
        weights = [WEIGHTS.get(s, GENRE_WEIGHT if s.startswith("parse") else ATTACHMENT_WEIGHT) for s in stages]
        start, whole = self.cursor, sum(weights) or 1
        span = max(0.0, until - start)
        for stage, weight in zip(stages, weights):
            end = start + span * weight / whole
            self.ranges[stage] = (start, end)
            start = end

    def done(self, stage: str) -> None:
        """``stage`` is finished."""
        self.cursor = max(self.cursor, self.ranges.get(stage, (0, self.cursor))[1])
        self._report(self.cursor)

    def within(self, stage: str, fraction: float) -> None:
        """``fraction`` (0…1) of ``stage`` is done."""
        start, end = self.ranges.get(stage, (self.cursor, self.cursor))
        self._report(start + (end - start) * min(1.0, max(0.0, fraction)))

    def finish(self) -> None:
        self._report(1.0, force=True)

    def _report(self, share: float, force: bool = False) -> None:
        done = min(self.total, int(self.total * share))
        if done > self.reported and (force or done - self.reported >= self.step):
            self.reported = done
            self.callback(done, self.total)
