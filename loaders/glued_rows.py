"""A table whose cells ran together with no separator, cut into a header and rows of cells again.

A page's text taken without its cell breaks (a crawler's copy of a web table, a document-sharing site's preview
of a Word file) prints a table as one run::

    序号普法内容责任领导责任处室备注1《中华人民共和国水污染防治法》黄吉甫水生态环境处2021年2《福建省…

The header is the run of column names from its 序号 (each cell ends in a column name or key word of the
vocabulary: 普法内容, 组织抽查牵头单位); the rows start at the numbers that count on from 1 right after it (a
category "一、自选任务" may stand between rows, and the count starts again after it), and a repeated header is
left out. Within a row the cells are found by what they hold: units (a name with a unit's ending, starting
after a list mark, right after another unit, at a level word such as 区 or 市, or after an official's name
where the table has a people column), a time (2021年, 9月底前) and the text between them. Each row is given
back as a line of tab-separated cells, so the table reader reads it as it reads any other table.

The same cut serves a table that a page saved as one paragraph put on one line with its cells parted by spaces,
tabs or pipes ("序号 目标任务 责任单位 … 1 地区生产总值增长6%以上。 区发展改革委 … 2 …"): its rows are given back as
lines, their cells as they are. Rows may be numbered 1, (1), 1., 1、; categories 一、 or (一).

A table on one line with no 序号 to cut its rows at ("专项整治行业名称 | 时间安排 | 责任单位 | 烟花爆竹 | 1月份 | …") is
unfolded instead: its header is found among the line's cells (a run of short cells around a unit column's name
that the vocabulary reads as a header), and every cell after it goes on a line of its own, as a page prints a
table one cell a line; pipes that keep every row as wide as the header are cut at that width.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .clauses import unit_like
from .textnorm import DOC_SERIAL, brackets_balanced
from .vocabulary import Vocabulary

__all__ = ["rebuild"]

_CATEGORY = re.compile(r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]")
_CHINESE = "一二三四五六七八九十"
# what a number inside a cell is counted in, or what makes it part of a longer figure ("3个", "50%", "0.5")
_MEASURE = "年月日个次季%％万亿元倍.．:：-—～~/）)"  # (not 人, 项, 家 …: "7人力资源服务机构…" starts row 7)
_NOT_BEFORE = "第约共近达超至和或.．-—～~/（(〕]］"  # (not a document number's: "衢江区政发〔2016〕17号")
_DEADLINE = re.compile(r"(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上半年|下半年|年底|底|前|底前|中旬|下旬|上旬|以前|之前)*"
                       r"|\d{1,2}月(?:\d{1,2}日)?(?:底前|底|前|中旬|下旬|上旬)*"
                       r"|年底前|长期坚持|长期|持续推进|持续|常态化)(?:[、,，;；]\s*(?=\d|长期|持续))?")
# (the law's "设区的市" is one level word: "…检验合格标志核发设区的市、县级公安机关…", 冀政办〔2008〕 下放行政许可目录)
_LEVEL_START = re.compile(r"(?:各|相关|有关|全)?(?:设区的市|省|市|区|县|州|乡|镇|街道)")
_LIST_MARK = "、,，;；/"
_NUMBER_WORD = re.compile(r"序[ \u3000]?号|编[ \u3000]?号")  # (a header cell set with a space inside: "序 号")
# a level word that ends a common noun, no unit's start: "支持社区开展…活动市文广新局", "城乡", "城市" (广安 养老服务 分工)
_IN_A_WORD = re.compile(r"(?<=[社城园小景街片辖矿灾疫])区|(?<=城)[乡市]")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff()（）〈〉]")
_SPACE = re.compile(r"\s")
_SPACES = re.compile(r"\s*")
_ROW_NUMBER_AT_START = re.compile(r"[(（]?(\d{1,3})(?!\d)")  # a row's line opening with its number: "2. 加快…"
_FIRST_ROW = re.compile(r"(?<![\d.．])(1)(?=[.．、)）])")  # the first row's number after its categories, on their line


def rebuild(lines: list[str], vocab: Vocabulary,
            columns: Callable[[list[str]], list[str] | None]) -> tuple[list[str], list[int]] | None:
    """Lines with every glued table cut into a header line and row lines of tab-separated cells (a table on one
    line whose cells are parted by spaces or pipes: into lines, its cells as they are), and for each of them the
    index of the line it came from; None when no line holds such a table. ``columns`` gives a header's column
    roles (None for no header)."""
    out: list[str] = []
    origin: list[int] = []
    found = False
    k, tried = 0, -1
    while k < len(lines):
        line, pieces, end = lines[k], None, k + 1
        if _NUMBER_WORD.search(line) and (len(line) >= 200 or re.search(r"(?:序号|编号)[^\s|\t]", line)):
            if (bare := _without_categories(lines, k, vocab)) is not None:
                lines, line = bare, bare[k]
            pieces = _cut(line, vocab, columns)
            if not pieces and k > tried and (more := _table_lines(lines, k)):
                pieces = _cut("".join(lines[j].strip() for j in more), vocab, columns)
                end = more[-1] + 1 if pieces else end
                tried = more[-1]  # (lines of a block that did not cut are not tried again: no rescans)
        if not pieces and len(line) >= 60:
            pieces = _unfold(line, vocab, columns)
            if pieces == []:  # a header near the line's end: its rows go on in the long paragraphs after it
                more = [j for j in range(k + 1, min(len(lines), k + 8)) if lines[j].strip()][:3]
                more = more[: next((n for n, j in enumerate(more) if len(lines[j]) < 200), len(more))]
                while more and (pieces := _unfold(" ".join([line] + [lines[j] for j in more]), vocab, columns)) == []:
                    more.pop()
                end = more[-1] + 1 if pieces else end
        if pieces is None and len(line) >= 200 and not _NUMBER_WORD.search(line):
            pieces = _cut_unnumbered(line, vocab, columns)
        if pieces is None and k > tried and len(head := line.strip()) <= 60 and not _SPACE.search(head) and \
                vocab.task_column_re.search(head) and not _NUMBER_WORD.search(head) and (more := _row_lines(lines, k)):
            # a glued header alone on its line with no 序号, its glued rows one a line under it
            pieces = _cut_unnumbered("".join(lines[j].strip() for j in more), vocab, columns)
            end = more[-1] + 1 if pieces else end
            tried = more[-1]
        if not pieces:
            out.append(line)
            origin.append(k)
            k += 1
            continue
        found = True
        out.extend(pieces)
        origin.extend([k] * len(pieces))
        k = end
    return (out, origin) if found else None


def _cut_unnumbered(line: str, vocab: Vocabulary, columns) -> list[str] | None:
    """A glued table whose header has no 序号, its tasks numbered in their own column ("…任务分解工作任务具体要求责任单位
    时限要求一、围绕中心工作抓好主动公开。1.认真贯彻落实…人事处、发规处…各高校持续推进2.紧扣民生领域…", a crawler's
    copy of a 政务公开 任务分解 table): the header from a task column's name, its rows from the numbers that count on from
    1 right after it (categories between them), each row given back under a 序号 put first, as _cut gives them; None
    when no task column's name opens a header with two rows or more after it."""
    text = line.strip()
    for tries, m in enumerate(vocab.task_column_re.finditer(text)):
        if tries == 12:
            break  # (a header stands near a table's top: not the 13th task column's name on the line)
        found = _header(text, m.start(), vocab.column_word_re, "")
        if found is None:
            continue
        ways, at, style, first = found
        if re.search(r"\s", text[m.start(): at]):
            continue  # (cells parted by spaces: _unfold's)
        cells, roles = next(((w, r) for w in ways if (r := columns(["序号", *w])) is not None and "task" in r),
                            (None, None))
        if roles is None or not any(role in ("lead", "assist", "responsible") and any(
                noun in cell for noun in vocab.label_parts.get("nouns", ())) for cell, role in zip(cells, roles[1:])):
            continue  # (a unit column named by its kind of body, 责任单位 / 牵头部门 / 责任科室: not a title's words that
            # chain column words, "…主要工作目标任务涉及我厅的具体任务分工(共6项)")
        rows = _rows(text, at, text[m.start(): at].strip(), style, "", first)
        if len([r for r in rows if r[0] == "row"]) < 2:
            continue
        pieces = [text[: m.start()]] if text[: m.start()].strip() else []
        pieces.append("\t".join(["序号", *cells]))
        for kind, number, body in rows:
            pieces.append(body if kind == "category" else "\t".join([number] + _cells(body, roles, vocab)))
        return pieces
    return None


# a glued header whose first column is a category, before its 序号 ("类别序号重点督办内容牵头单位全年完成情况"), and a
# row opening with its category's cell before its number ("经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委…",
# 西城区 2020 重点工作 完成情况, b681: the merged cell printed on every row, or on its group's first)
_CATEGORY_FIRST = re.compile(r"[\u4e00-\u9fff]{2,4}(?=序[ \u3000]?号)")
_CATEGORY_CELL = re.compile(r"[\u4e00-\u9fff]{2,30}?(?=(\d{1,3})(?!\d))")
_ROW_NUMBER = re.compile(r"\d{1,3}(?!\d)")


def _without_categories(lines: list[str], k: int, vocab: Vocabulary) -> list[str] | None:
    """The lines with a glued table's category column left out, when its header at ``k`` opens with one and its rows
    (one a line, numbered 1, 2, 3 …) open with their category's cell; else None."""
    head = lines[k].strip()
    if not (m := _CATEGORY_FIRST.match(head)) or m.group(0) not in vocab.column_names.get("category", ()):
        return None
    out, number, cut = list(lines), 1, 0
    out[k] = head[m.end():]
    for j in range(k + 1, len(lines)):
        text = lines[j].strip()
        if not text:
            continue
        if (cell := _CATEGORY_CELL.match(text)) and int(cell.group(1)) in (number, 1):
            out[j], number, cut = text[cell.end():], int(cell.group(1)) + 1, cut + 1
        elif (row := _ROW_NUMBER.match(text)) and int(row.group(0)) == number:
            number += 1
        elif j == k + 1 or len(text) > 20:
            break  # (a short line under a row is the end of its last cell)
    return out if cut else None


def _table_lines(lines: list[str], k: int) -> list[int]:
    """A glued header broken over short lines ("地市序号抽查任务名称抽查" / "类型" / … / "抽查检查起止时间发起部门配合部门"),
    then its rows one a line, each glued and opening with its number ("1绿化施工企业…市园林局市市场监管局"; a short line
    under a row is the end of its last cell: "市交通局、" / "市市场监管局"; a category "一、…" may stand between rows): the
    indexes of those lines, header first; [] when no numbered row follows."""
    taken, j, n = [k], k + 1, len(lines)
    while j < n and len(taken) < 12 and (not (text := lines[j].strip()) or (len(text) <= 20 and not text[0].isdigit())):
        taken += [j] if text else []
        j += 1
    rows, number = 0, 1
    while j < n:
        text = lines[j].strip()
        if text and (m := re.match(r"\d{1,5}(?!\d)", text)) and (int(m.group(0)) in (number, 1) or not rows):
            number, rows = int(m.group(0)) + 1, rows + 1  # (the count may start again after a category, and a table
            # going on from an earlier page starts past 1: "108继续全面推进素质教育教育局…")
        elif text and not (rows and len(text) <= 20 and not text[0].isdigit()) and \
                not (_CATEGORY.match(text) and len(text) <= 60):  # "一、经济社会发展主要预期目标分解(11项)"
            break
        taken += [j] if text else []
        j += 1
    return taken if rows else []


def _row_lines(lines: list[str], k: int) -> list[int]:
    """A glued header alone on its line with no 序号 ("工作要求具体任务具体要求责任科室完成时限其他"), then its rows one a line,
    glued, each opening with its number ("2. 加快推进…政策法规科,办公室常态化开展"), the first one after its categories
    ("一、优化政务公开工作基础(一)深化…1. 依托…"): the indexes of those lines, header first; [] when fewer than two
    numbered rows follow."""
    taken, number, rows = [k], 1, 0
    for j in range(k + 1, len(lines)):
        text = lines[j].strip()
        if not text:
            if rows:
                break
            continue
        m = _ROW_NUMBER_AT_START.match(text)
        if m is None and _CATEGORY.match(text):
            m = _FIRST_ROW.search(text, 0, 100)
        if m is None or int(m.group(1)) not in (number, 1):
            break
        number, rows = int(m.group(1)) + 1, rows + 1
        taken.append(j)
    return taken if rows >= 2 else []


def _unfold(line: str, vocab: Vocabulary, columns) -> list[str] | None:
    """A table on one line with its cells parted by pipes or spaces and no 序号 to cut its rows at ("工作任务 | 具体要求
    | 责任科室 | 时限要求 | 强化… | 1 | …", "工作任务和内容 责任单位 配合单位 完成时间 负责全县…。 县委宣传部 持续开展 …"):
    the text before it, then its header's cells and every cell after them, one a line, as a page prints a table one
    cell a line; [] when a header has too few cells after it for two rows, None when no run of the line's cells is
    a header. Cells parted by spaces may hold spaces of their own ("县交通 运输局"): their pieces go on lines of
    their own."""
    text = line.strip()
    sep = "|" if text.count("|") >= 8 else " " if len(_GAP.findall(text)) >= 3 else None
    if sep is None:
        return None
    cells = [(m.start(), m.group(0).strip()) for m in (re.finditer(r"[^|]+", text) if sep == "|" else
                                                      _TOKEN.finditer(text)) if m.group(0).strip()]
    tries = 0
    for u, (_at, cell) in enumerate(cells):
        if len(cell) > 16 or _SENTENCE.search(cell) or not vocab.names_unit_column(cell.replace(" ", "")):
            continue
        tries += 1
        if tries > 20:
            return None  # (a header stands at a table's top: not the 21st unit column's name on the line)
        first = u
        while first > 0 and u - first < 11 and _short(cells[first - 1][1]):
            first -= 1
        ways = [(cells, first, u)]
        if first and (tail := _TAIL.search(cells[first - 1][1])) and not _SENTENCE.search(tail.group(1)):
            at, text_cell = cells[first - 1]  # "…一、专项整治安排表 专项整治行业名称 | 时间安排 | 责任单位 |": the
            split = cells[: first - 1] + [(at, text_cell[: tail.start()]), (at + tail.start(1), tail.group(1))] + \
                cells[first:]                 # page's text ran into the header's first cell
            ways.insert(0, (split, first, u + 1))
        for way, first, unit in ways:
            found = _header_cells(way, first, unit, vocab, columns)
            if found is None:
                continue
            start, end = found
            if len(way) - end < end - start + 2:
                return []  # (too few cells after it for two rows)
            before = text[: way[start][0]].strip(" |")
            header = [c for _a, c in way[start:end]]
            rows = _pipe_rows(text[way[end - 1][0]:], header, columns(header), vocab) if sep == "|" else None
            return ([before] if before else []) + (["\t".join(header)] + rows if rows else
                                                   [c for _a, c in way[start:]])
    return None


def _short(cell: str) -> bool:
    """Could the cell be a column's name: short, no sentence in it?"""
    return len(cell) <= 16 and not _SENTENCE.search(cell)


def _header_cells(cells: list[tuple[int, str]], first: int, unit: int, vocab: Vocabulary,
                  columns) -> tuple[int, int] | None:
    """(start, end) of the widest run of the short cells from ``first`` on around the unit column's name at ``unit``
    that is a header, without the first row's cells a header could also take; else None."""
    last = unit + 1
    while last < len(cells) and last - unit < 12 and _short(cells[last][1]):
        last += 1
    is_header = lambda k, e: _names_columns([c for _a, c in cells[k:e]], vocab, columns)  # noqa: E731
    for start in range(first, unit + 1):
        end = next((e for e in range(last, unit, -1) if e - start >= 3 and is_header(start, e)), None)
        if end is None:
            continue
        while end - start > 3 and not vocab.names_column(cells[end - 1][1]) and is_header(start, end - 1):
            end -= 1  # "… | 责任单位 | 烟花爆竹 | 1月份 |": the first row's cells that a header could also take
        return start, end
    return None


def _pipe_rows(rest: str, header: list[str], roles: list[str], vocab: Vocabulary) -> list[str] | None:
    """The rows after a header on one line whose cells are parted by pipes (``rest`` starts at the header's last
    cell), as lines of tab-separated cells, when every row is as wide as the header, empty cells printed as "||"
    (a unit column holding units or nothing in every row); else None."""
    cells = [c.strip() for c in rest.split("|")[1:]]
    while cells and not cells[-1]:
        cells.pop()
    width = len(header)
    if len(cells) < 2 * width or len(cells) % width:
        return None
    rows = [cells[k: k + width] for k in range(0, len(cells), width)]
    units = [k for k, role in enumerate(roles) if role in ("lead", "assist", "responsible")]
    if any(row[k] and not unit_like(row[k].rstrip("。;；"), vocab) and not vocab.is_none(row[k])
           for row in rows for k in units):
        return None
    return ["\t".join(row) for row in rows]


def _names_columns(cells: list[str], vocab: Vocabulary, columns) -> bool:
    """Are ``cells`` a header: column names with a unit column, its task column's name a column word too (not
    "二○○七年二月八日 关于《政府工作报告》确定的 2007年主要工作分办意见", a title's lines)?"""
    roles = columns(cells)
    return roles is not None and not any(re.search(r"[《》]|的$", c) for c in cells) and \
        vocab.names_column(cells[roles.index("task")])


_GAP = re.compile(r"[ \u3000]+")
_TAIL = re.compile(r"[ \u3000]((?:\S[ \u3000]){1,7}\S|\S{2,16})$")  # a cell's last word, or its letter-spaced one
_TOKEN = re.compile(r"[^ \u3000]+")
_SENTENCE = re.compile(r"[。;；!！?？:：]")


def _header(text: str, start: int, words: re.Pattern, sep: str) -> tuple[list[list[str]], int, tuple] | None:
    """The column names from ``start`` (a 序号) to where the rows begin: (ways to read the cells, that place, the
    rows' numbering), else None. Cells glued together each end in a column word with at most 8 other characters
    before it ("普法内容", "组织抽查牵头单位"); the other ways to read them give those characters a cell of their own
    (民生实事 | 责任单位). Cells parted by ``sep`` are its words; the last may run into the first row."""
    plain: list[str] = []
    split: list[str] = []
    at = start
    while at < len(text) and len(plain) < 16:
        if sep:
            while at < len(text) and text[at] in sep + " \u3000":
                at += 1
            if len(plain) >= 3 and ((style := _style(text, at, sep)) is not None or _CATEGORY.match(text, at)):
                return _rows_from(text, at, sep, style, _ways(plain, split))  # "… | 时间进度 || 1 | 完善…"
            if len(plain) >= 3 and sep == " " and (first := _first_number(text, at, sep)):
                return _ways(plain, split), at, ("", ""), first  # "… 完成 时间 108 继续全面推进素质教育 …": a table
                # that goes on from an earlier page, its rows counting on from there
            word_end = min([e for e in (text.find(sep, at), text.find(" ", at) if sep == "\t" else -1) if e >= 0],
                           default=len(text))  # (tabs: a browser's copy of a table, its lines joined by spaces)
            word = text[at:word_end].strip()
            if len(plain) >= 3 and (one := _GLUED_ONE.search(word)) and one.start() <= 16 and \
                    (name := words.search(word, 0, one.start())) and name.end() == one.start() and \
                    (style := _style(text, at + one.start(), sep)) is not None:
                plain.append(word[: one.start()])  # "…参加部门\t主要职责1\t地震监测…": the header's last cell runs
                split.append(word[: one.start()])  # into row 1's number (a browser's copy, its lines joined)
                return _rows_from(text, at + one.start(), sep, style, _ways(plain, split))
            if word and len(word) <= 16:
                plain.append(word)
                split.append(word)
                at = word_end
                continue
        m = words.search(text, at, at + 24)
        if m is None or m.start() - at > 8 or (sep and sep in text[at: m.end()]):
            if len(plain) >= 3 and (found := _after_category(text, at, sep)) is not None:
                return _ways(plain, split), at, found, 1  # "…主要责任单位经济社会发展主要预期目标分解(15项)1地区生产总值…":
                # a category with no number of its own stands before the first row
            return None
        plain.append(text[at: m.end()])
        split += [text[at: m.start()], m.group(0)] if m.start() - at >= 2 else [text[at: m.end()]]
        at = m.end()
        rows_at = at + (len(sep) if sep and text.startswith(sep, at) else 0)
        if (style := _style(text, rows_at, sep)) is not None or _CATEGORY.match(text, rows_at):
            return _rows_from(text, rows_at, sep, style, [plain, split]) if len(plain) >= 3 else None
        if len(plain) >= 3 and not sep and (first := _first_number(text, rows_at)):
            return [plain, split], rows_at, ("", ""), first  # "…完成时间108继续全面推进素质教育…": a table that goes
            # on from an earlier page, its rows counting on from there
    return None


_GLUED_ONE = re.compile(r"(?<=[\u4e00-\u9fff])1$")  # (see _header)


def _ways(plain: list[str], split: list[str]) -> list[list[str]]:
    """The ways to read a header's cells, and one more when some of its words are single characters in a run: a
    cell set with a space between its characters ("序号 主 要 工 作 任 务 责任单位": 主要工作任务)."""
    joined: list[str] = []
    for k, word in enumerate(plain):
        if len(word) == 1 and k and len(plain[k - 1]) == 1 and joined:
            joined[-1] += word
        else:
            joined.append(word)
    return [plain, split] + ([joined] if len(joined) < len(plain) else [])


def _first_number(text: str, at: int, sep: str = "") -> int | None:
    """The number of a first row that is not row 1, right after a glued header ("108继续…"), when the row after it
    follows in the count; else None."""
    m = re.compile(r"\d{1,3}").match(text, at)
    if m is None or not _row_start(text, at, int(m.group(0)), sep=sep):
        return None
    number = int(m.group(0))
    follows = any(_row_start(text, k, number + 1, sep=sep) for k in range(m.end(), min(len(text), m.end() + 400)))
    return number if number > 1 and follows else None


def _after_category(text: str, at: int, sep: str) -> tuple | None:
    """The numbering of a first row that starts within a short category's length of ``at``, else None."""
    for k in range(at + 2, min(len(text), at + 40)):
        if text[k] in "。;；" or (text[k] in ":：" and (sep or k - at > 6)):
            return None  # (a label's colon may open a glued category: "行动一：再造发展新极行动（…）1“一江一河”…", 静安
            # 城市更新 任务清单; cells parted by spaces read a colon as prose)
        if (style := _style(text, k, sep)) is not None:
            return style
    return None


def _rows_from(text: str, at: int, sep: str, style: tuple | None, ways: list[list[str]]):
    """The header's cells, where its rows begin and their numbering (after a category, if one comes first)."""
    if style is None:
        cat = _CATEGORY.match(text, at)
        style = next((st for k in range(cat.end(), min(len(text), cat.end() + 60))
                      if (st := _style(text, k, sep)) is not None), None)
    return (ways, at, style, 1) if style is not None else None


#: how rows may be numbered: (before the number, after it)
_STYLES = (("", ""), ("(", ")"), ("（", "）"), ("", "."), ("", "、"), ("", "．"))


def _style(text: str, at: int, sep: str) -> tuple | None:
    """The numbering of a first row starting at ``at`` (its number 1), else None."""
    return next((st for st in _STYLES if _row_start(text, at, 1, st, sep)), None)


def _row_start(text: str, at: int, number: int, style: tuple = ("", ""), sep: str = "") -> bool:
    """Does row ``number`` start at ``at``, numbered in ``style``: the number on its own, not a figure or a count?"""
    mark = f"{style[0]}{number}{style[1]}"
    if not text.startswith(mark, at):
        return False
    end = at + len(mark)
    if end >= len(text) or text[end].isdigit():
        return False
    if at and (text[at - 1].isdigit() or (text[at - 1].isascii() and text[at - 1].isalpha())):
        return False
    if style != ("", ""):
        return True
    if text[end] in _MEASURE or (text[end] in " \t|" and not (sep and (
            text[end] == sep or (sep.strip() and text[end:].lstrip(" ").startswith(sep))))):
        return False  # (cells parted by spaces or pipes: "1 地区生产总值…", "1 | 为全县…")
    if text[end].isascii() and text[end].isalpha():
        return False  # "P2P", "2G"
    if at >= 2 and text[at - 1] in _EMPTY_CELL and _NAME_CHAR.match(text[at - 2]):
        return True  # "…市委军民融合办—11推进…": a dash for an empty cell after a name (not a range, "1—3")
    return not (at and text[at - 1] in _NOT_BEFORE)


def _cut(line: str, vocab: Vocabulary, columns) -> list[str] | None:
    """The line as the text before its table, the table's header, and its rows and categories; None when no 序号
    on it opens a header with two rows or more after it."""
    text = _unspaced_header(line.strip())
    for m in _NUMBER_WORD.finditer(text):
        after = text[m.end(): m.end() + 6].lstrip(" \u3000")[:1]
        sep = "|" if after == "|" else "\t" if text[m.end(): m.end() + 1] == "\t" else \
            " " if text[m.end(): m.end() + 1] in (" ", "\u3000") else \
            "" if after.strip() else None
        if sep is None or (sep and text.count(sep) < 8):
            continue  # a header alone on its line: the table reader's own (a tab after 序号 with the rows on its
            # line: a table a browser copied, its cells parted by tabs, its rows run into one line: "序号\t工作组\t牵头部门
            # … 1\t地震监测及趋势研判组\t区地震局\t… 2\t…", 赣榆 抗震救灾 工作组)
        found = _header(text, m.start(), vocab.column_word_re, sep)
        if found is None:
            continue
        ways, at, style, first = found
        ways = [joined for way in ways if (joined := _unwrapped(way, vocab.column_name_set)) != way] + ways
        cells, roles = next(((w, r) for w in ways if (r := columns(w)) is not None), (None, None))
        if roles is None:
            continue
        rows = _rows(text, at, text[m.start(): at].strip(), style, sep, first)
        if len([r for r in rows if r[0] == "row"]) < 2:
            continue
        pieces = [text[: m.start()]] if text[: m.start()].strip() else []
        pieces.append((sep or "\t").join(cells))
        for kind, number, body in rows:
            if kind == "category":
                pieces.append(body)
            elif sep:
                pieces.append(number + sep + body.lstrip(" |\t"))  # (the table reader cuts cells parted by spaces
                # or pipes)
            else:
                pieces.append("\t".join([number] + _cells(body, roles, vocab)))
        return pieces
    return None


def _unwrapped(cells: list[str], known) -> list[str]:
    """A header's words with the parts of a column name a narrow cell printed over two lines joined again ("牵头 部门",
    "完成 时间": a table copied with its wrapped header, its lines then joined by spaces): two words whose join is a
    known column name, the second no column name alone (not "项目 责任单位": two cells)."""
    out: list[str] = []
    for cell in cells:
        if out and _WORD.fullmatch(out[-1]) and _WORD.fullmatch(cell) and out[-1] + cell in known and \
                cell not in known:
            out[-1] += cell
        else:
            out.append(cell)
    return out


_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")  # (see _unwrapped: no bracketed unit, "总投资 (万元)", no letter-spaced one)
_SPACED_WORD = re.compile(r"(?:[\u4e00-\u9fff][^\S\r\n]+){2,}[\u4e00-\u9fff]")  # (spaces of any kind: NBSP)
# a header's cells parted by spaces, then its rows run together with no space: "序号　　重点任务　　责任部门　　时间进度
# 1发布一批…科技部会同有关部门2016年6月底前完成2建立…" (国办发〔2016〕28号 附件, a crawler's copy, b531)
_SPACED_CELLS = re.compile(r"(?:[^\S\r\n]+[\u4e00-\u9fff]{2,12}){2,10}(?=(?:1|[(（]1[)）]|1[.、．])[\u4e00-\u9fff“《])")


def _unspaced_header(text: str) -> str:
    """Column names set with letter spacing run together with the header's other cells ("序号工  作  任  务负 责 单 位
    时间进度备注1各地…", 广安 养老服务 重点任务分工, a crawler's copy): the spaces inside those names taken out, in the
    header's reach after each 序号 only (the rows keep theirs); so are the spaces between a header's cells when its
    rows run together right after it (_SPACED_CELLS)."""
    out, last = [], 0
    for m in _NUMBER_WORD.finditer(text):
        if m.start() < last:
            continue
        if cells := _SPACED_CELLS.match(text, m.end()):  # the header's cells run together like its rows
            out += [text[last: m.end()], re.sub(r"[^\S\r\n]+", "", cells.group(0))]
            last = cells.end()
            continue
        reach = text[m.end(): m.end() + 60]
        if not reach[:1].strip() or not _SPACED_WORD.search(reach):
            continue  # (cells parted by spaces, "序号 主 要 工 作 任 务 责任单位 1 …": the table reader's own cut)
        out.append(text[last: m.end()])
        out.append(_SPACED_WORD.sub(lambda w: re.sub(r"[^\S\r\n]+", "", w.group(0)), reach))
        last = m.end() + len(reach)
    return "".join(out) + text[last:] if out else text


def _rows(text: str, at: int, header: str, style: tuple, sep: str, first: int = 1) -> list[tuple[str, str, str]]:
    """("row", number, text) and ("category", "", text) from ``at`` on: a row runs to the next number in the count
    from ``first`` (or a category, after which the count may start again at 1)."""
    out: list[tuple[str, str, str]] = []
    number, category = first, 0
    start, kind, mark = at, None, 0
    again = False  # just after the header printed again
    i = at
    while i < len(text):
        nxt_cat = _CHINESE[category] if category < len(_CHINESE) else None
        if kind == "row" and not sep and len(header) >= 6 and text.startswith(header, i):
            # the header again, another table's under its own title: "…继续有效&nbsp;需要修改的行政规范性文件目录（共11件）
            # 序号文件名称文号清理牵头单位清理建议清理理由1关于…" (衢江区司法局 清理 公示, b460): the row ends before the
            # title, and the rows after it count from 1 again (or go on: a header repeated after a page break)
            title = re.search(r"(?:&nbsp;|\s)+(?P<title>[^\s&]{2,40})$", text[start + mark: i])
            end = start + mark + title.start() if title else i
            out.append(_piece(kind, text, start, end, mark, header))  # (the title, a table's name, is no row's)
            i += len(header)
            start, kind, mark, again = i, None, 0, True  # (the header's further words, "清理理由", dropped; the
            continue  # rows go on, or count from 1 again under the new title)
        if kind is None or i > start:
            restart = (kind == "category" or again) and number > 1 and _row_start(text, i, 1, style, sep)
            if restart or _row_start(text, i, number, style, sep):
                again = False
                if kind is not None:
                    out.append(_piece(kind, text, start, i, mark, header))
                if restart:
                    number = 1
                mark = len(f"{style[0]}{number}{style[1]}")
                start, kind = i, "row"
                i += mark
                number += 1
                continue
            if nxt_cat and (cat := next((c for c in (nxt_cat + "、", f"({nxt_cat})", f"（{nxt_cat}）")
                                         if text.startswith(c, i)), None)) and (kind is None or _boundary(text, i)):
                if kind is not None:  # "一、…" or "(一)刘忻市长牵头重点工作": a category over the rows after it
                    out.append(_piece(kind, text, start, i, mark, header))
                start, kind, mark = i, "category", 0
                category += 1
                i += len(cat)
                continue
        i += 1
    if kind is not None:
        end = len(text)
        if kind == "row" and not sep and (gap := _SPACE.search(text, _SPACES.match(text, start + mark).end())):
            end = gap.start()  # the page's own text again after the table: "来源：…", "附件下载" (not the space after
            # the row's own number: "4. 各科室…")
        out.append(_piece(kind, text, start, end, mark, header))
    return out


def _boundary(text: str, i: int) -> bool:
    return i > 0 and not text[i - 1].isdigit()


def _piece(kind: str, text: str, start: int, end: int, mark: int, header: str) -> tuple[str, str, str]:
    """A row's number and text (its numbering mark taken off), or a category's text; a header repeated after a
    page break is left out."""
    body = text[start + mark: end]
    number = re.sub(r"\D", "", text[start: start + mark])
    if header in body:
        body = body.replace(header, "")
    return kind, number, body.strip()


def _unit_spans(body: str, vocab: Vocabulary, people: bool) -> list[tuple[int, int]]:
    """Runs of unit names in a row's text: (start, end) of each (``people``: the table has a column of officials,
    whose names may stand right before a unit)."""
    spans: list[tuple[int, int]] = []
    floor = 0
    for m in vocab.unit_ending_re.finditer(body):
        end = m.end()
        # text goes on right after the ending ("企业互联网广告", "局长"; not a unit's level word or a time)
        runs_on = end < len(body) and bool(_NAME_CHAR.match(body[end])) and not _LEVEL_START.match(body, end) and \
            not _DEADLINE.match(body, end) and not _PARTNER.match(body, end) and not _ETC_ENDS.match(body, end)
        counted = end < len(body) and body[end].isdigit() and not _DEADLINE.match(body, end)  # "幼儿园7个"
        if m.start() < floor or ((runs_on or counted) and not _firm_end(body, m, vocab)):
            continue  # the name goes on, unless the ending closes a name whatever follows ("区市场监管局类金融企业…",
            # "教育局13个街道、镇")
        if spans and m.start() == spans[-1][1] + 1 and body[spans[-1][1]] in _LIST_MARK and \
                _LEVEL_START.fullmatch(m.group(0)) and (end == len(body) or not _NAME_CHAR.match(body[end])):
            spans[-1] = (spans[-1][0], end)  # "13个街道、镇": a level word alone after a list mark goes on the list
            floor = end
            continue
        start = _unit_start(body, floor, m.start(), end, vocab, people, bool(spans) and spans[-1][1] == floor)
        if start is not None and runs_on and not _LEVEL_START.match(body, start):
            start = next((lv.start() for lv in _LEVEL_START.finditer(body, start + 1, m.start() + 1)
                          if brackets_balanced(body[lv.start():end]) and unit_like(body[lv.start():end], vocab)), start)
            # ("…老年人补贴制度市财政局(牵头)、…": the name at its level word, not from the list mark before the words)
        if start is None or (runs_on and not _LEVEL_START.match(body, start) and
                             not (spans and spans[-1][1] == start) and
                             not (people and _name_at_end(body[floor:start], vocab)) and
                             body[start:end] not in vocab.department_name_set):
            continue  # "规范办学": a firm ending with text right after it closes a name that starts at a level word
        if spans and len(body[spans[-1][1]: start]) == 1 and body[spans[-1][1]] in _LIST_MARK:
            spans[-1] = (spans[-1][0], end)  # one list: "区市场监管局、区公安局"
        else:
            spans.append((start, end))
        floor = end
    return spans


_PROSE_MARKS = ",，。;；:："
_EMPTY_CELL = "—-/"  # what a table prints in a cell left empty
# a level's party committee ("市委", "中共区委") and an office of its own right after it ("军民融合办", "宣传部")
_COMMITTEE_OF = re.compile(r"(?<!城)(?:省|市|区|县|州|旗)委")
_COMMITTEE_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:办公室|办|部|室|委员会|组)(?![\u4e00-\u9fff]{0,1}[长任])")
_PARTNER = re.compile(r"会同")  # "科技部会同有关部门": the name ends before its partners (a lead's cell, run into one run)
# 等 closing a list, before its kind, a time or the row's end: "…科技部、财政部等持续推进" (not 等 inside a name)
_ETC_ENDS = re.compile(r"等(?:$|(?:相关|有关)?(?:部门|单位)|(?=\d{4}年|\d{1,2}月|持续|长期|年底|常态))")
_DOC_NUMBER = re.compile(DOC_SERIAL)  # (the 文号 cell's end: the first
# one a unit's name follows, not one cited in a later reason cell: "现按照衢市人社发[2021]25号文件执行")
# what may stand between two runs of units of one cell: list marks, 和 / 及 / 会同, a lead's mark "(牵头)"
_CONNECTOR = re.compile(r"(?:[、,，;；/和及与\s]|会同|等(?:相关|有关)?(?:部门|单位)?|[(（](?:牵头|主责|负责)[)）]|"
                        r"(?:牵头|配合|协助|参与|负责|落实)(?=[;；,，]))+")  # ("…省妇联牵头;省总工会…配合;各州(市)…落实")
_BARE_LEVEL = re.compile(r"[各全](?:省|市|区|县|州|乡|镇)")  # "各区" of "各区市县人民政府", cut at its second level word


_ROLE_WORD = re.compile(r"牵头|配合|协助|参与|负责|落实")
_ROLE_MARK = re.compile(r"[(（](?:牵头|主责|负责)[)）]|(?:牵头|配合|协助|参与|负责|落实)[;；,，]")  # (within a cell's list)


def _inside_words(after: str, following: str) -> bool:
    """Is the text after a run of units the words it stands in (not a list going on, nor a role's word, nor a note
    before a run that is no units' names: "…县农业农村局(有多个部门的,列第一位的为牵头单位,下同)", 嘉善 责任分解清单)?"""
    return len(after) >= 4 and (after[0] not in _LIST_MARK or len(after) >= 8) and not _ROLE_WORD.search(after) and \
        not _ROLE_WORD.search(_ROLE_MARK.sub("", following))  # (a list going on in words, no names: "依托行业龙头
    # 企业、高校、科研院所建设一批…众创空间科技部会同有关部门", 国办发〔2016〕28号 附件)


def _joined(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of units parted by connectors only ("市住房城乡规划建设局(牵头)、市国土资源局…和各区市县人民政府、园区管委会")
    as one run: one cell's names (not two runs with nothing between them: a lead's cell and an assist's, glued)."""
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(spans):
        if out and (_CONNECTOR.fullmatch(body, out[-1][1], start) or
                    start == out[-1][1] and _BARE_LEVEL.fullmatch(body, spans[k - 1][0], spans[k - 1][1])):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _firm_end(body: str, m: re.Match, vocab: Vocabulary) -> bool:
    """Does the unit ending ``m`` close a name whatever follows it ("局", "管委会"; not "局长", "办法"; not a level's
    party committee before its own office: "市委军民融合办", "区委宣传部")?"""
    if _COMMITTEE_OF.fullmatch(body, max(0, m.end() - 2), m.end()) and _COMMITTEE_OFFICE.match(body, m.end()):
        return False
    return body.endswith(tuple(vocab.firm_endings), 0, m.end()) and body[m.end()] not in vocab.ending_continuations
    # (a longer ending that ends in a firm one closes as it does: "…〔2014〕99号区综合执法局继续有效")


def _unit_start(body: str, floor: int, suffix_at: int, end: int, vocab: Vocabulary, people: bool,
                after_unit: bool) -> int | None:
    """Where the unit ending at ``end`` begins: right after a list mark or a unit before it; else at the first
    level word (区, 市, 各 …) after the text before it; else after an official's name (a table with a people
    column); else where the text before it stops (a mark, a figure), or where the longest department's name it
    ends with begins (教育局); a count before it belongs to it (13个街道)."""
    left = max(floor, end - 24)
    s = suffix_at
    while s > left and _NAME_CHAR.match(body[s - 1]) and body[s - 1] not in _LIST_MARK:
        s -= 1
    if body.startswith("个", s) and (count := re.search(r"\d{1,3}$", body[left:s])):
        s = left + count.start()  # "13个街道、镇": a counted group
    listed = s > 0 and body[s - 1] in _LIST_MARK
    strong = (s == floor and after_unit) or listed
    levels = [m.start() for m in _LEVEL_START.finditer(body, s, suffix_at + 1) if not _IN_A_WORD.match(body, m.start())
              or m.start() == s]
    candidates = [s] if listed and end - s <= 16 else []
    if strong and not listed and levels and levels[0] > s and not unit_like(body[s: levels[0]], vocab):
        candidates += levels  # "…市场监管局组织抽查区资源生态局": the next cell's text, then a unit at its level word
    candidates += [s] if strong and end - s <= 16 else []
    candidates += levels
    if people:
        candidates += [k + n for k in range(s, suffix_at) if body[k] in vocab.surnames for n in (3, 2)
                       if k + n < suffix_at + 1]
    if not strong and end - s <= 10:
        candidates.append(s)  # a short name after a mark or a figure: "》水生态环境处", "。教育局"
    known = [end - len(n) for n in vocab.department_names_by_end.get(body[end - 1: end], ()) if body.endswith(n, s, end)]
    candidates += sorted(known)  # "…课程教材改革教育局": the longest department's name it ends with (also after a
    # comma: "…，推广科技成果在线登记汇交系统科技部会同有关部门", 国办发〔2016〕28号 附件)
    for c in candidates:
        name = body[c:end]
        if end - c >= 2 and brackets_balanced(name) and unit_like(name, vocab) and not vocab.is_person(name):
            return _known_start(body, c, end, floor, vocab)
    return None


_PLACE_END = re.compile(r"[省市区县州乡镇旗盟道园]$")  # a place's or a level's word: the department is that place's
_NATIONAL = re.compile(r"(?:国家|国务院)$")  # (国家国防科工局, 国务院国资委: the national prefix is the name's)


def _known_start(body: str, start: int, end: int, floor: int, vocab: Vocabulary) -> int:
    """Where a unit that ends in a department's known name (units.department_names) begins, when the words before
    that name are no place or level of it but the task's own ("…职称评定、岗位管理和考核评价制度教育部、科技部",
    "…推动军民科技成果融合转化应用国家国防科工局", 国办发〔2016〕28号 附件, its cells run together): at the known name,
    with a national prefix printed right before it; else ``start``."""
    known = max((n for n in vocab.department_names_by_end.get(body[end - 1: end], ()) if body.endswith(n, start, end)),
                key=len, default=None)
    if known is None:
        return start
    at = end - len(known)
    prefix = body[start:at]
    if prefix and (len(prefix) < 8 or _PLACE_END.search(prefix) or unit_like(prefix, vocab)):
        return start  # "区教育局", "武汉市财政局", "旅游与文化体育局": the place's department, or a longer name
    national = _NATIONAL.search(body, max(floor, at - 3), at)
    return at - len(national.group(0)) if national else at


def _cells(body: str, roles: list[str], vocab: Vocabulary) -> list[str]:
    """A row's text (its number taken off) cut into the header's cells: the runs of units fill the unit columns in
    order, an official's name before a unit the people column, a time the deadline column, the text before the
    first unit the task column. A row naming no unit is its task alone (its unit cells merged with the rows
    above, printed once)."""
    people = "people" in roles
    spans = _joined(body, _unit_spans(body, vocab, people))
    unit_columns = [k for k, role in enumerate(roles) if role in ("lead", "assist", "responsible")]
    if len(unit_columns) == 1 and not people and (tail := _units_after_last_sentence(body, vocab)) is not None and \
            not set(roles[unit_columns[0] + 1:]) & {"task", "deadline", "lead", "assist", "responsible"}:
        spans = [(tail, len(body))]  # the row's one unit cell, last: the list after its text's last sentence, whole
        # (not with a people column: an official's name runs into the unit after it, "…12月底前夏俊贵文化宣传股")
    while len(spans) > max(1, len(unit_columns)) and spans[0][1] < len(body) and body[spans[0][1]] in _PROSE_MARKS:
        spans = spans[1:]  # "…凡新建城区和新建居住(小)区,要按照…": a run the task's sentence goes on after, its own
        # words (广安 养老服务 重点任务分工); a unit cell ends where the next cell begins
    if unit_columns and "task" in roles and roles.index("task") < unit_columns[0] and \
            len(roles) - 1 - unit_columns[-1] <= 3:  # (the task's words, its unit cells, then a time, its progress and a
        # remark at most)
        while len(spans) > len(unit_columns) and _inside_words(body[spans[0][1]: spans[1][0]], body[slice(*spans[1])]):
            spans = spans[1:]  # "发挥社区服务中心(服务站)和社区卫生…功能市民政局(牵头)、…": a run inside the task's words
    if unit_columns and "task" in roles and roles.index("task") < unit_columns[0] and \
            (doc := next((d for d in _DOC_NUMBER.finditer(body) if any(d.end() <= s <= d.end() + 8 for s, _e in spans)),
                         None)) is not None:
        # "衢江区人民政府关于…的通知衢江区政发〔2015〕45号区住建局继续有效" (a list of documents under review): the
        # document's number closes its title, so the runs of units before it are the title's words, and the unit
        # cell starts right after it ("…〔2018〕30号黄坛口乡人民政府")
        spans = [(s, e) for s, e in spans if s >= doc.end()]
        gap = body[doc.end(): spans[0][0]]
        if gap and len(gap) <= 8 and all(_NAME_CHAR.match(ch) for ch in gap):
            spans[0] = (doc.end(), spans[0][1])
    if len(unit_columns) == 1 and len(spans) > 1:  # one unit column: runs side by side are one name ("区委" "组织部人才办")
        merged = [spans[0]]
        for s, e in spans[1:]:
            merged[-1:] = [(merged[-1][0], e)] if s == merged[-1][1] else [merged[-1], (s, e)]
        spans = merged
    if not spans:
        return [body]
    pieces: list[tuple[str, str]] = []  # (kind, text): text, name, units, time
    at = 0
    for start, end in spans:
        between = body[at:start]
        name = _name_at_end(between, vocab) if people else ""
        if name:
            between = between[: -len(name)]
        pieces += [("time" if _DEADLINE.fullmatch(t) else "text", t) for t in _split_time(between) if t]
        if name:
            pieces.append(("name", name))
        pieces.append(("units", body[start:end]))
        at = end
    pieces += [("time" if _DEADLINE.fullmatch(t) else "text", t) for t in _split_time(body[at:]) if t]
    by_kind: dict[str, list[str]] = {}
    for kind, text in pieces:
        by_kind.setdefault(kind, []).append(text)
    first_unit = next(k for k, (kind, _t) in enumerate(pieces) if kind == "units")
    before = "".join(t for kind, t in pieces[:first_unit] if kind == "text")
    after = [t for kind, t in pieces[first_unit:] if kind == "text"]
    units, names, times = by_kind.get("units", []), by_kind.get("name", []), by_kind.get("time", [])
    cells: list[str] = []
    task_done = False
    for role in roles[1:]:
        if role in ("lead", "assist", "responsible"):
            cells.append(units.pop(0) if units else "")
        elif role == "task" and not task_done:
            cells.append(before or (after.pop(0) if after else ""))
            task_done = True
        elif role == "people":
            cells.append(names.pop(0) if names else "")
        elif role == "deadline":
            cells.append(times.pop(0) if times else "")
        else:
            cells.append("")
    rest = after + units + times  # what no column took: into the last column left blank that is no unit's
    spare = [k for k, role in enumerate(roles[1:])
             if role not in ("lead", "assist", "responsible", "task") and not cells[k]]
    if rest and spare:
        cells[spare[-1]] = "".join(rest)
    return cells


def _units_after_last_sentence(body: str, vocab: Vocabulary) -> int | None:
    """Where the row's last cell starts when it is a list of units after the last sentence of the row's text ("…知晓率达
    90%以上。市委宣传部(市文明办)、市城管委,市住建局…等部门,各区(市)县政府(管委会)", 成都 生活垃圾分类 重点任务
    责任分工表: names with another name in brackets, groups parted by commas, that the runs of names cut apart); else
    None."""
    stop = max(body.rfind("。"), body.rfind("；"), body.rfind(";"))
    if stop < 0 or not brackets_balanced(body[: stop + 1]):
        return None
    tail = body[stop + 1:].strip()
    if (time := _DEADLINE.match(tail)) is not None and time.end():
        tail = tail[time.end():].lstrip(" ,，")  # (a time cell before it: "…50个。2024年底前区住建局(区房管中心),…")
    if not 3 <= len(tail) <= 200 or not unit_like(tail, vocab):
        return None
    return body.index(tail, stop + 1)


def _name_at_end(text: str, vocab: Vocabulary) -> str:
    """An official's name (a surname and one or two characters) ending the text before a unit, else ""."""
    for n in (3, 2):
        if len(text) > n and vocab.is_person(text[-n:]) and not re.match(r"[\u4e00-\u9fff]", text[-n - 1]) or \
                len(text) == n and vocab.is_person(text):
            return text[-n:]
    return ""


def _split_time(text: str) -> list[str]:
    """A time standing first or last in the text between units is a cell of its own."""
    m = _DEADLINE.match(text)
    if m and m.end() > 0 and m.end() < len(text):
        return [text[: m.end()], text[m.end():]]
    m = re.search(r"(?:\d{4}年|\d{1,2}月)\S{0,8}$", text)
    if m and m.start() > 0 and _DEADLINE.fullmatch(text[m.start():]):
        return [text[: m.start()], text[m.start():]]
    return [text]
