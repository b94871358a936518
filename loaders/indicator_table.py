"""Indicator tables (一级指标 / 二级指标 / baseline / 目标): one Indicator per row, linked to its domain.

Examples
--------
>>> split_indicator("国际及地区客货运航线数(条) (注:地区特指港澳台,下同)")
('国际及地区客货运航线数', '条', '注:地区特指港澳台,下同')
>>> split_indicator("中欧(武汉)班列发运量(万标箱)")
('中欧(武汉)班列发运量', '万标箱', None)
>>> number("9479.64"), number("未统计"), number("1,900")
(9479.64, None, 1900.0)
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from agencygraph.graph.model import Indicator

from .collect import Collector
from .textnorm import clean_text

__all__ = ["find_columns", "split_indicator", "number", "parse"]

_TRAILING_GROUP = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*$")
_NUMBER = re.compile(r"^[-+]?\d+(\.\d+)?$")
_NOTE = re.compile(r"^(注|备注|说明)")
#: A level-1 cell that only partly matches a domain title is linked when this share of it is shared.
FUZZY_SHARE = 0.6


def find_columns(cells: list[str]) -> dict[str, int] | None:
    """Column index of level1/level2/baseline/target in a header row; None when it is no indicator header."""
    cells = [re.sub(r"\s+", "", c) for c in cells]
    if any(len(c) > 20 for c in cells):
        return None  # a header names columns; long cells are a data row
    cols: dict[str, int] = {}
    for i, cell in enumerate(cells):
        if "一级指标" in cell:
            cols["level1"] = i
        elif "二级指标" in cell or (cell.endswith("指标") and "level2" not in cols):
            cols["level2"] = i
        elif "目标" in cell:
            cols["target"] = i
        elif re.search(r"完成情况|现状|基数|基期|基准|实际|\d{4}年", cell):
            cols["baseline"] = i
    if "level2" in cols and "target" in cols:
        return cols
    return None


def split_indicator(text: str) -> tuple[str, str | None, str | None]:
    """``(name, measure, note)`` from a level-2 cell: trailing ``(注:…)`` is the note, the bracket before it the measure."""
    text = clean_text(text)
    measure = note = None
    while m := _TRAILING_GROUP.search(text):
        inner = m[1].strip()
        if _NOTE.match(inner) and note is None:
            note = inner
        elif measure is None:
            measure = inner
        else:
            break
        text = text[: m.start()].rstrip()
        if measure is not None:
            break
    return text, measure, note


def number(text: str) -> float | None:
    """The value of a numeric cell; None for 未统计, —, blank and other words."""
    text = clean_text(text).replace(",", "")
    return float(text) if _NUMBER.match(text) else None


def _domain(collector: Collector, level1: str, line: int) -> str | None:
    """The key of the domain whose title holds ``level1``; a clearly best partial match is linked with a note."""
    domains = collector.result().domains
    if not level1:
        return None
    for dom in domains:
        if level1 in dom.title or any(level1 in v for v in dom.variants):
            return dom.key

    def shared(title: str) -> int:
        return SequenceMatcher(None, level1, title).find_longest_match(0, len(level1), 0, len(title)).size

    scored = sorted(((shared(d.title), d) for d in domains), key=lambda s: -s[0])
    if scored and scored[0][0] >= FUZZY_SHARE * len(level1) and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        dom = scored[0][1]
        collector.note(line, "repaired", f"indicator category {level1!r} is printed differently from the domain "
                       f"title {dom.title!r}; linked by their longest common part", level1)
        return dom.key
    collector.issue(line, "unlinked_indicator", f"no domain title contains the indicator category {level1!r}", level1)
    return None


def _row(collector: Collector, cols: dict[str, int], cells: list[str], level1: str, domain: str | None,
         line: int, n: int, raw: str) -> Indicator | None:
    width = max(cols.values()) + 1
    if len(cells) < width:
        collector.issue(line, "missing_cell", f"row has {len(cells)} of {width} cells; the missing ones are "
                        "read as empty", raw)
        cells = cells + [""] * (width - len(cells))
    name, measure, note = split_indicator(cells[cols["level2"]])
    if not name:
        collector.issue(line, "unparsed_row", "indicator row without an indicator name", raw)
        return None
    base = clean_text(cells[cols["baseline"]]) if "baseline" in cols else ""
    target = clean_text(cells[cols["target"]])
    return Indicator(key=f"{collector.doc}#I{n}", doc=collector.doc, level1=level1, level2=name, measure=measure,
                     baseline=number(base), baseline_text=base, target=number(target), target_text=target,
                     line=line, domain=domain, note=note)


def parse(source, collector: Collector) -> None:
    """Read every indicator table (a tab-separated header naming 指标 and 目标 columns) into indicators."""
    lines = source.lines
    indicators = collector.result().indicators
    i = 0
    while i < len(lines):
        cols = find_columns(lines[i].split("\t")) if "\t" in lines[i] else None
        i += 1
        if cols is None:
            continue
        collector.claim(i)
        level1, domains = "", {}
        while i < len(lines) and ("\t" in lines[i] or not lines[i].strip()):
            lineno, raw = i + 1, lines[i]
            i += 1
            if not raw.strip():
                continue
            cells = raw.split("\t")
            collector.claim(lineno)
            if "level1" in cols and cols["level1"] < len(cells) and cells[cols["level1"]].strip():
                level1 = clean_text(cells[cols["level1"]])
            elif "level1" in cols and not level1:
                collector.issue(lineno, "unparsed_row", "first row of an indicator table has no 一级指标", raw)
            if level1 and level1 not in domains:  # link (or report) each category once
                domains[level1] = _domain(collector, level1, lineno)
            indicator = _row(collector, cols, cells, level1, domains.get(level1), lineno, len(indicators) + 1, raw)
            if indicator:
                indicators.append(indicator)
