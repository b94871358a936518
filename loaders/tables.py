"""Find responsibility tables in every flattening and read their rows into tasks.

A table starts at a header row whose cells are column names from the vocabulary (序号 / 重点任务 / 牵头单位 /
责任单位 / 配合部门 / 负责部门 / 责任领导 / 完成时限 …; key words where no name matches). Rows come as:
- tab-separated lines (PDF text, and every container: Word, xlsx, CSV, HTML tables);
- pipe-separated lines ("| 1 | 任务 | 市X局 |");
- one cell per line, each ending in "|" (a lone "|" ends a row), from web pages;
- one cell per line with nothing around it (blank lines between): a row starts at its 序号;
- cells separated by spaces.
A row with as many cells as the header is read by position; a row that lost leading cells is re-aligned on
its 序号; any other row is aligned by content: the 序号 first, then from the right each unit column takes a
cell that looks like units, the deadline column a time, the people column names, and what is left is the
task text. A header repeated after a page break is skipped; a category printed once (a merged cell) holds
for the rows after it; an un-numbered row continues the numbered row above it (parts N.1, N.2), and its
blank cells are the merged cells of that row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agencygraph.graph.model import Task, task_key

from . import box_rows, glued_rows, pipe_rows, record_lines
from .assign import Conventions, Said, assign_task
from .clauses import find_clauses, first_listed_statement, is_clause, read_clause, unit_like
from .collect import Collector
from .deadlines import normalize_deadline
from .textnorm import chinese_ordinal, clean_text, split_brackets, split_top_level
from .unit_lists import mend_spaced_names
from .vocabulary import Vocabulary

__all__ = ["find_columns", "table_rows", "parse", "UNIT_ROLES"]

UNIT_ROLES = ("lead", "assist", "responsible")
_NUMBER = re.compile(r"^\d{1,6}$")  # a 100,000-row spreadsheet numbers its rows past 9999
# a 序号 cell printed with its item mark: "(1) | 地区生产总值增长6%以上。 | 市发展改革委 | …" (芜湖 2025 重点工作 责任分解)
_DECORATED_NUMBER = re.compile(r"^(?:[(（]\s*(?P<n>\d{1,4})\s*[)）]|(?P<m>\d{1,4})\s*[.、．]|(?P<c>[①-⑳]))$")
_DOTTED_NUMBER = re.compile(r"^\d{1,3}(?:[.．]\d{1,3}){1,3}$")  # "1.1 | 推进改造。 | …": a measure of task 1
_CATEGORY = re.compile(r"^([一二三四五六七八九十]+)[、.．]\s*(.+?)\s*(?:[(（]\s*(?:牵头单位|牵头部门)\s*[:：]\s*(.+?)\s*[)）])?$")
_SECTION_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．])")  # "(一)…" / "二、…"
_HEADING = re.compile(r"^[(（]?[一二三四五六七八九十]+[)）]?[、.．]?\s*\S.{0,40}$")
_DEADLINE = re.compile(r"(\d{4}\s*年|\d{1,2}\s*月|年底|年内|底前|长期|持续|每(年|季|月|半年)|常态|全年|季度|\d{4}[-./]\d{1,2})")
_PIPE_CELL = re.compile(r"^[^|]*\|\s*$")  # one cell per line, closed by a pipe
_ROW_END = re.compile(r"^\s*\|+\s*$")  # "|", or "|||||": a row whose merged cells were printed once, padded
_NOT_A_NAME = re.compile(r"[:：。,，、;；!！?？%]|^\d+[.、]|^[一二三四五六七八九十]+、")
_SPACES = re.compile(r"[ \u3000]{2,}|\u3000")
_ORDINAL = re.compile(r"^[\d一二三四五六七八九十]+、")
_SUBHEADING = re.compile(r"^[(（]([一二三四五六七八九十]{1,3})[)）]")
_BARE_ORDINAL = re.compile(r"^[一二三四五六七八九十]{1,3}$")
_TITLE_LINE = re.compile(r"^附[件表]\s*\d*[:：]?$|表$|目录$|清单$|^\d{4}年\d{1,2}月\d{1,2}日$")  # lines above a table: no
# columns ("…决策事项目录" / "序号" / "决策事项名称" / …)
_ROW_NUMBER = re.compile(r"\d{1,3}")  # a row's 序号 (not a year: "2025" may head a target column)
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_PLACE_BODY = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,3}(?:省|市|自治区)(?!场|民|级|直|属|内|外|委内|各|有关|相关)\S{2,}")  # 河南省…
# a progress report's last column ("序号 | 目标任务 | 推进情况": the units in the task's own words)
_PROGRESS = re.compile(r"(?:进展|推进|完成|落实|进度)情况$")
_HEADING_CELL = re.compile(r"^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")


def find_columns(cells: list[str], vocab: Vocabulary, known: bool = True, fewest: int = 3) -> list[str] | None:
    """The role of every column when ``cells`` is a header row, else None.

    Roles: number, task, category, lead, assist, responsible, people, deadline, other. A header needs at least
    ``fewest`` cells (three: two words side by side are as often prose), a task column and a unit column, and
    (``known``) at most a third of its cells unknown.
    """
    if len(cells) < fewest or any(len(c) > 40 for c in cells) or _ROW_NUMBER.fullmatch(cells[0].strip()):
        return None  # (a row's 序号 opens it: "10 建立跨省飞行协同管理体系 市委军民融合办 —" is a row, its task's 协同
        # no column's name)
    names = [clean_text(c).replace(" ", "") for c in cells]
    # a name printed over two lines of its cell, its lines joined with 、 ("完成、时限", "部署、时间"): one name
    names = [n.replace("、", "") if "、" in n and all(len(p) <= 3 for p in n.split("、")) and
             vocab.names_column(n.replace("、", "")) else n for n in names]
    # a ledger with no unit column, its rows' units in their own words or in a row over them: 序号 | 安排部署工作内容 |
    # 部署时间 | 安排部署源 | 完成时限 | 办理情况 | 备注 (四川省扶贫和移民工作局 办公室's 工作完成情况统计表, 2015, b462)
    unitless = not any(vocab.names_unit_column(n) for n in names)
    if any(len(n) > 30 for n in names) or sum(1 for n in names if n) < fewest or \
            unitless and not ((len(names) >= 5 or _PROGRESS.search(names[-1])) and
                              names[0] in vocab.column_names.get("number", ())):
        return None  # a cell too long for a column name, or no unit column: no header (most rows end here)
    if any(n.startswith("各") and vocab.is_unit_name(n[1:]) for n in names):
        return None  # "…持续推进 | 各科室 | …": each unit of a kind is a row's cell, no column's name (not "各项分值")
    if any(vocab.mentions_role(n) and is_clause(n, vocab) for n in names):
        return None  # "2 | 做好信息公开 | 市发改委牵头、市财政局配合": a cell saying who leads is a row's, not a column's name
    if any(_PLACE_BODY.match(n) and vocab.names_a_body(n) for n in names):
        return None  # "河南省工业和信息化厅" / "中共河南省委金融委员会办公室" (its 会办 is no column's word) / …: the bodies
        # signing a joint notice, one a line, not a header
    # "责任单位(排第一位的为牵头单位)": the column holds responsible units; the statement is the document's convention
    names = [_BRACKETED.sub("", n) if "牵头" in n and first_listed_statement(n, vocab) else n for n in names]
    # "责任单位及责任人": a unit column whose cells also name people (they are read as people there)
    names = [m.group(1) if (m := vocab.with_people_re.match(n)) and vocab.names_unit_column(m.group(1)) else n
             for n in names]
    listed = [n for n in names if "、" in _BRACKETED.sub("", n) and not _NOT_A_NAME.search(n.replace("、", ""))
              and not _ORDINAL.match(n)]  # "县(市、区)" names one column (its places), not a list
    if len(listed) > 1 or any(unit_like(n, vocab) and n.split("、")[0] not in vocab.column_name_set for n in listed):
        return None  # one column name may list its parts ("进展情况、存在问题及下一步打算", "责任科室、单位": a column
        # name, then the other kind of unit it holds); a unit list is a row
    if any((len(n) > 30 if n in listed else len(_BRACKETED.sub("", n)) > 16) or  # (a bracketed note: "信用风险等级(低、一般、较高、高)")
           _NOT_A_NAME.search(n.replace("、", "") if n in listed else _BRACKETED.sub("", n)) for n in names):
        return None
    roles: list[str | None] = [None] * len(names)
    bare = [_BRACKETED.sub("", n) for n in names]  # "相关责任处（室）": the name without its bracketed other form
    for role, words in vocab.column_names.items():
        for i, name in enumerate(names):
            if roles[i] is None and (name in words or (role in UNIT_ROLES and bare[i] in words)) and \
                    (role not in roles or role in UNIT_ROLES + ("other",)):
                roles[i] = role
    for role, words in vocab.column_keywords.items():
        for i, name in enumerate(names):
            head = (bare[i] or name).rsplit("的", 1)[-1]  # "参与部门的检查内容": what the column holds is after its
            # 的; a bracketed note is not ("安排部署工作（领导批示）内容": no column of 领导)
            if roles[i] is None and name and any(w in head for w in words) and \
                    (role not in roles or role in UNIT_ROLES + ("other",) or
                     (role == "task" and i < roles.index(role) and len(name) <= 4)):
                roles[i] = role  # (a short second task column left of the task: "指标 | 工作任务", a category below)
    for i, name in enumerate(names):  # "组织承办部门": a label the vocabulary composes (what the unit does, then a label)
        if roles[i] is None and name and (role := vocab.label_role(bare[i])) in UNIT_ROLES:
            roles[i] = role
    units = [i for i, r in enumerate(roles) if r in UNIT_ROLES]
    if "task" not in roles and units:  # "专项整治行业名称 | 时间安排 | 责任单位": the first unnamed column left of the units
        first = next((i for i in range(units[0]) if roles[i] is None and names[i]), None)
        if first is not None:
            roles[first] = "task"
    unknown = sum(1 for r, n in zip(roles, names) if r is None and n)
    if "task" not in roles or not (units or unitless) or (known and unknown * 2 > len(names)):
        return None
    if unitless and (unknown > 1 or not any(r == "deadline" for r in roles) or
                     sum(1 for r in roles if r in ("deadline", "other")) < 2) and \
            not (unknown == 0 and len(names) <= 4 and _PROGRESS.search(names[-1])):
        return None  # (a ledger: a time and a report column at least, every column known but one)
    if roles.count("task") > 1:  # 考核指标 / 考核内容: the first is a category-like title, the last the task
        first = roles.index("task")
        roles[first] = "category" if "category" not in roles else "other"
    task = roles.index("task")
    nearer = [i for i in range(task + 1, units[0] if units else task + 1)
              if roles[i] in (None, "other") and names[i] in vocab.column_names["task"]]
    if units and units[0] > task and nearer:  # 工作要点 | 工作任务 | 牵头单位: the task is the task column next to the units
        roles[task], roles[nearer[-1]] = ("category" if "category" not in roles else "other"), "task"
    return [r or "other" for r in roles]


def _unit_column(lines: list[str], i: int, cells: list[str], vocab: Vocabulary) -> list[str] | None:
    """The roles of a header row that names no unit column, when the rows below it hold one unit's name per cell in
    one column ("序号 | 考核项目 | | 考核内容 | …" over "1 | 重点考核部门 | 县委农工部 | 农村生活垃圾专项治理 | …", a
    考核细则 by department; the column's header cell is blank or names something else): that column is the responsible
    units'. Only in a table whose cells are kept apart (tabs), and when most of the column's cells are such names."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 3 or any(len(c) > 40 or re.search(r"\d", c) for c in filled):
        return None  # (a row of the table: "| 总分 | | 100")
    below = [line.split("\t") for line in lines[i + 1: i + 31] if "\t" in line]
    best, best_count = None, 0
    for j in range(len(cells)):
        column = [row[j].strip() for row in below if j < len(row) and row[j].strip()]
        units = [c for c in column if len(c) <= 15 and unit_like(c, vocab) and not vocab.is_group(c) and
                 not re.search(r"[、,，;；。:：]", c)]
        distinct = len(set(units))  # (not "重点考核部门" over and over: a category)
        if distinct >= 3 and 2 * len(units) > len(column) and distinct > best_count:
            best, best_count = j, distinct
    if best is None:
        return None
    named = list(cells)
    named[best] = "责任单位"
    roles = find_columns(named, vocab, known=False)  # (the rows below show the column; its other names may be any)
    return roles if roles and roles[best] == "responsible" else None


def _two_columns(lines: list[str], i: int, cells: list[str], vocab: Vocabulary) -> list[str] | None:
    """The roles of a two-column header kept apart by a tab, a task and a unit column ("专项治理行动\t牵头部门（单位）"
    over "1、开展…\t区环保局": a Word table copied as text), when the rows below hold units in that column."""
    filled = [(j, c.strip()) for j, c in enumerate(cells) if c.strip()]
    if len(filled) != 2 or any(len(c) > 20 or re.search(r"\d", c) for _j, c in filled):
        return None
    roles = find_columns([c for _j, c in filled], vocab, known=False, fewest=2)
    if not roles or roles[0] != "task" or roles[1] not in UNIT_ROLES:
        return None
    column = filled[1][0]
    below = [line.split("\t") for line in lines[i + 1: i + 11] if "\t" in line]
    named = [row for row in below if column < len(row) and row[column].strip() and
             unit_like(split_top_level(row[column].strip(), "、,， ")[0], vocab)]
    if len(named) < 2 or 2 * len(named) < len(below):
        return None
    out = ["other"] * (column + 1)  # (no column after the units': a row's trailing tab holds nothing)
    out[filled[0][0]], out[column] = "task", roles[1]
    return out


def _pipe_cells(line: str) -> list[str] | None:
    if line.count("|") < 2 or _PIPE_CELL.match(line):
        return None
    cells = line.split("|")
    if not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [c.strip() for c in cells] if len(cells) >= 3 else None


def _split(line: str) -> list[str] | None:
    if "\t" in line:
        return line.split("\t")
    if (cells := _pipe_cells(line)) is not None:
        return cells
    if _SPACES.search(line.strip()):
        cells = [c for c in _SPACES.split(line.strip()) if c.strip()]
        if all(len(c) == 1 for c in cells):
            return None  # one word set with wide letter spacing: "主  要  工  作  任  务" (a header cell a line)
        return cells if len(cells) >= 3 else None
    return None


def _header_run(lines: list[str], i: int, vocab: Vocabulary):
    """Header cells printed one per line from line ``i`` (blank lines and trailing "|" allowed): (cells, next)."""
    cells, j = [], i
    while j < len(lines) and len(cells) < 12:
        if len(cells) >= 3 and _ROW_END.match(lines[j]) and lines[j - 1].rstrip().endswith("|") \
                and find_columns(_unwrap_names(cells, vocab), vocab):
            break  # "序号 |" … "本月进展情况 |" then "||": the pipes end the header row
        text = re.sub(r"[ \u3000]+", "", lines[j].strip().rstrip("| "))
        if not text and len(cells) >= 3 and j - i == len(cells) and find_columns(_unwrap_names(cells, vocab), vocab):
            break  # a blank line after header cells printed with none between them: the header's end, the rows
            # parted by blank lines after it ("权力责任事项" / "" / "公路的管理" / "区交通行政管理部门" …, no 序号)
        if not text:
            j += 1
            continue
        if len(text) > (30 if "、" in text else 16) or _NUMBER.match(text) or _BARE_ORDINAL.match(text):
            break  # a column name listing its parts may be long: "目前完成情况、存在问题及下一步工作措施"; a group's
            # number "一" opens the first row
        if cells and lines[j].rstrip().endswith("|") and not any(lines[k].rstrip().endswith("|") for k in range(i, j)):
            cells = []  # "2023年区政府民生实事进展情况" / "(截至2023年9月1日)" / "序号 |" …: short title lines above a
            # header whose cells are closed by pipes are no header cells
        cells.append(text)
        j += 1
    cells = _unwrap_names(cells, vocab)
    if not any(vocab.names_unit_column(c) for c in cells):
        return None  # no unit column among them: no header however many are kept
    while len(cells) > 3 and _TITLE_LINE.search(cells[0]) and cells[0] not in vocab.column_name_set and \
            find_columns(cells[1:], vocab):
        cells = cells[1:]  # "2016年2月26日" / "附件" / "2016年民生实事目标任务分解表" / "民生实事" / "责任单位" …: the
        # signature's date, the attachment's label and the table's title above a header with no 序号 to open it
    first = list(cells)
    while len(cells) >= 3:
        if (roles := find_columns(cells, vocab)) and not (
                "number" not in roles and len(cells) > 3 and not vocab.names_column(cells[-1]) and
                find_columns(cells[:-1], vocab)):
            return cells, j  # (not "专项整治行业名称 / 时间安排 / 责任单位 / 烟花爆竹": with no 序号 to end the header, the
            # first row's first cell may follow it)
        cells.pop()
        j -= 1
        while j > i and not lines[j - 1].strip():
            j -= 1
    return _two_column_run(lines, i, first, vocab)


def _two_column_run(lines: list[str], i: int, cells: list[str], vocab: Vocabulary):
    """A header of two cells printed one a line, a task's and a unit's, over rows of two cells with no 序号:
    "2022年预期目标" / "责任单位" / "地区生产总值增长5.5%左右" / "区发展改革委" / "固定资产投资增长6%左右" / "区发展改革委" …
    (a page's two-column table, one cell a line). Three rows at least, each a text cell naming no unit, then a unit
    cell: (cells, index after the header), else None."""
    if len(cells) < 2 or find_columns(cells[:2], vocab, fewest=2) is None:
        return None
    filled = [k for k in range(i, min(len(lines), i + 40)) if lines[k].strip()]
    if len(filled) < 8:
        return None
    rows = [lines[k].strip() for k in filled[2:8]]
    if any(unit_like(rows[k].rstrip("。;；"), vocab) or not unit_like(rows[k + 1].rstrip("。;；"), vocab) or
           _NUMBER.match(rows[k]) for k in (0, 2, 4)):
        return None
    return cells[:2], filled[1] + 1


def _broken_row(lines: list[str], i: int, vocab: Vocabulary) -> tuple[str, int]:
    """A pipe row whose cell held a line break, joined up to the line that ends in a pipe (at most 6 lines): the
    pieces of one cell joined with 、 when both are names, else run together. Returns (row, index after it)."""
    row, j = lines[i].rstrip(), i + 1
    while j < len(lines) and j - i <= 6 and lines[j].strip() and "|" in lines[j]:
        piece = lines[j].strip()
        left, right = row.rsplit("|", 1)[-1].strip(), piece.split("|", 1)[0].strip()
        joint = "、" if left and right and unit_like(left, vocab) and unit_like(right, vocab) else ""
        row += joint + piece
        j += 1
        if row.endswith("|"):
            return row, j
    return lines[i], i + 1


def _glue_numbers(words: list[str], vocab: Vocabulary, after: str = "") -> list[str]:
    """A row parted by single spaces keeps the spaces a cell had around its numbers ("2016 年 6 底前", "开展 1 次宣贯
    活动"): a bare number inside the row is glued to the word after it, and to the word before it unless that word is
    a unit list (the cell before: "…市直园区管委会 2016 年底前"). A number right after a number (``after`` is the
    row's first word) is a cell of its own: "1 101 关于…的建议" (序号, 提案号, 案由), and so is each of a run of numbers."""
    out: list[str] = []
    glue = run = False
    for k, word in enumerate(words):
        if _BARE_NUMBER.fullmatch(word) and (run or k + 1 < len(words) and _BARE_NUMBER.fullmatch(words[k + 1])):
            out.append(word)  # "…(%) 0.8 0.8 0.8 0.8 县发改局": a run of figures is a run of cells (an indicator
            glue = False      # table's base and target columns)
            run = k + 1 < len(words) and bool(_BARE_NUMBER.fullmatch(words[k + 1]))
            continue
        if _BARE_NUMBER.fullmatch(word) and _BARE_NUMBER.fullmatch(out[-1] if out else after):
            out.append(word)  # "1 101 关于…的建议": a number after a number is a column of numbers (序号, 提案号)
            glue = False
            continue
        if _BARE_NUMBER.fullmatch(word) and out and not unit_like(out[-1].rstrip("。;；"), vocab) and \
                not re.search(r"[。;；]$", out[-1]):
            out[-1] += word
            glue = not (k + 1 < len(words) and unit_like(words[k + 1].rstrip("。;；"), vocab))  # (not "万亩 0
            continue  # 县农业农村局": a figure's cell, then the units')
        if glue and not (_LEVEL_OPEN.match(word) and unit_like(word.rstrip("。;；"), vocab)):
            out[-1] += word
        else:
            out.append(word)  # (a unit after a figure is a cell of its own: "95%" / "县交通局", 当前进度 then 牵头单位)
        glue = bool(_BARE_NUMBER.fullmatch(word))
    return out


_BARE_NUMBER = re.compile(r"\d{1,4}(?:\.\d+)?%?(?:[—\-~至]\d{1,4})?")


def _tail_header(words: list[str], vocab: Vocabulary) -> list[str] | None:
    """Roles of the longest run of words ending the line that is a header starting at its 序号 (a page that ran
    the notice, the table's title and its header together on one line), else None."""
    for k in range(min(len(words) - 1, 12), 2, -1):
        if words[-k] in vocab.column_names.get("number", ()) and (roles := find_columns(words[-k:], vocab)):
            return roles
    return None


def _broken_words_header(lines: list[str], i: int, words: list[str], vocab: Vocabulary):
    """A header parted by single spaces whose cells the page broke over the lines after it ("序号 抽查任务名称 …
    抽查比例" / "及频次" / "抽查检查" / "起止时间" / "发起部门 配合部门 抽查检查" / "模式"): the short lines after it
    (no row's 序号) joined on as long as the whole still reads as a header. (words, roles, index after it), or None."""
    best, j = None, i + 1
    while j < len(lines) and j - i <= 12:
        more = lines[j].split()
        if not more or _NUMBER.match(more[0]) or len(more) > 6 or any(len(w) > 16 for w in more):
            break
        words = words + more
        if roles := find_columns(words, vocab):
            best = (words, roles, j + 1)
        j += 1
    return best


def _joined_lists(words: list[str]) -> list[str]:
    """A unit list the page broke after its 、 ("市邮政管理局、" / "市公安局") is one cell again."""
    out: list[str] = []
    for word in words:
        if out and out[-1].endswith(("、", "，", ",")):
            out[-1] += word
        else:
            out.append(word)
    return out


def _unwrap_names(cells: list[str], vocab: Vocabulary) -> list[str]:
    """Column names a narrow column printed over two lines ("责任" / "领导", "责任" / "科室", "责任股室" / "(单位)")
    joined again."""
    known = vocab.column_name_set
    out: list[str] = []
    for cell in cells:
        if out and (out[-1] + cell in known and (out[-1] not in known or cell not in known) or
                    _BRACKETED.fullmatch(cell) and len(cell) <= 6 and vocab.names_unit_column(out[-1])):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def table_rows(lines: list[str], vocab: Vocabulary):
    """Events for every line: ("header", i, cells, roles), ("row", i, cells), ("line", i, text).

    A table whose cells ran together with no separator is cut into a header and rows first (glued_rows); their
    events name the line they came from. A double-spaced text (a blank line after every line, as a page copied
    paragraph by paragraph gives) is read without its blank lines, which then separate nothing; the events keep
    the lines' own numbers."""
    glued = glued_rows.rebuild(lines, vocab, lambda cells: find_columns(cells, vocab))
    if glued is not None:
        pieces, origin = glued
        headed = False
        for event in _spaced_rows(pieces, vocab):
            headed = headed or event[0] == "header"
            if event[0] == "row" and not headed:  # the prose before the table's header on its line: read as prose
                end = event[4] if len(event) > 4 and event[4] else event[1] + 1
                yield "line", origin[event[1]], " ".join(pieces[event[1]:end])
                continue
            if len(event) > 4:
                end = origin[event[4] - 1] + 1 if event[4] else 0
                yield (event[0], origin[event[1]], *event[2:4], end, *event[5:])
            else:
                yield (event[0], origin[event[1]], *event[2:])
        return
    yield from _spaced_rows(lines, vocab)


def _spaced_rows(lines: list[str], vocab: Vocabulary):
    kept = _double_spaced(lines)
    if kept is None:
        yield from _table_rows(lines, vocab)
        return
    for event in _table_rows([lines[k] for k in kept], vocab):
        i = kept[event[1]]
        if len(event) > 4:
            end = kept[event[4]] if event[4] < len(kept) else len(lines)
            yield (event[0], i, *event[2:4], end, *event[5:])
        else:
            yield (event[0], i, *event[2:])


def _double_spaced(lines: list[str]) -> list[int] | None:
    """The numbers of the non-blank lines when nine in ten of the gaps between them are one blank line and no two
    of them touch (at least 8 lines); else None."""
    previous, gaps, doubled = None, 0, 0
    for k, line in enumerate(lines):  # counted as the lines come: no list for a text that is not so spaced
        if not line.strip():
            continue
        if previous is not None:
            if k - previous == 1:
                return None  # two lines touch
            gaps += 1
            doubled += k - previous == 2
        previous = k
    if gaps < 7 or doubled < 0.9 * gaps:
        return None
    return [k for k, line in enumerate(lines) if line.strip()]


def _table_rows(lines: list[str], vocab: Vocabulary):
    i, n = 0, len(lines)
    mode = None  # None | "cells" (one cell per line) | "words" (single spaces) while a table is open
    width, numbered, piped, closed = 0, True, False, False
    piped_rows = False  # "a | b | c |" rows under a header that ends in a pipe: a row not ending in one goes on
    tries = 0  # header rows looked for in the units of the rows below them (_unit_column)
    twos = 0  # two-cell lines looked at as a two-column header (_two_columns)
    task_at, sub_row, expected = None, False, None  # one cell a line: the task column; a sub-row comes next
    ahead, group = 0, []  # one cell a line: columns the header puts before its 序号; the next row's cells of them
    layout = _Layout()  # one cell a line, no 序号: where the header's units, time and text stand
    unit_groups = False  # one cell a line, no 序号 and no pipes: a unit column first, printed once over its group's
    # numbered tasks in the second
    is_header = lambda cells: find_columns(cells, vocab) is not None  # noqa: E731
    rebuilt = pipe_rows.rebuild(lines, vocab, is_header) if "|" in "".join(line[:1] + line[-1:] for line in lines) \
        else {}
    rebuilt.update(record_lines.rebuild(lines, vocab, is_header))
    if any("│" in line or "┃" in line or "║" in line for line in lines):
        rebuilt.update(box_rows.rebuild(lines, vocab, is_header))  # a grid drawn with box characters
    while i < n:
        if i in rebuilt:  # cells printed with pipe marks (pipe_rows), a record of name and value lines (record_lines),
            # a grid of box characters (box_rows)
            cells, end = rebuilt[i]
            if roles := find_columns(cells, vocab):
                mode, width = None, len(roles)
                yield "header", i, cells, roles, end
            else:
                yield "row", i, cells, len(cells) == width, end
            i = end
            continue
        raw, end = lines[i], i + 1
        cells = _split(raw)
        if cells is None and "|" in raw and not raw.rstrip().endswith("|") and i + 1 < n and \
                lines[i + 1].lstrip().startswith("|") and (joined := _split(raw.rstrip() + " " + lines[i + 1].strip())) \
                and find_columns([c for c in joined if c.strip()], vocab):
            raw, end, cells = raw.rstrip() + " " + lines[i + 1].strip(), i + 2, joined  # "工作任务 | 具体要求" /
            # "| 责任单位 |": a header row the page broke over two lines
        if cells is None and piped_rows and "\t" not in raw and raw.rstrip().endswith("|") and \
                len(parts := [c.strip() for c in raw.strip().strip("|").split("|")]) == 2 and all(parts):
            cells = parts  # "4.及时公开… | 市发展和改革局牵头,… |": a row of a piped table whose first cells are merged
            # with the rows above (two cells)
        if cells is not None and piped_rows and "\t" not in raw and "|" in raw and not raw.rstrip().endswith("|"):
            raw, end = _broken_row(lines, i, vocab)  # "… | 市国土资源局" / "市农牧林业局 | 2010年9月20日前 |"
            cells = _split(raw)
        if cells is not None and "\t" not in raw:
            while len(cells) > 1 and not cells[-1].strip():
                cells.pop()  # "工作任务 | 具体要求 | 责任单位 | 时限要求 | ||": pipes closing nothing
        if cells is not None:
            roles = find_columns(cells, vocab)
            if roles is None and not width and "\t" in raw and tries < 50:  # (before any header: a few looks)
                tries += 1
                roles = _unit_column(lines, i, cells, vocab)
            if roles is None and "\t" in raw and twos < 200 and sum(1 for c in cells if c.strip()) == 2:
                twos += 1  # (also below a table: a second two-column table, "表2. …" / "专项行动\t牵头部门")
                roles = _two_columns(lines, i, cells, vocab)
            if roles:
                mode, width = None, len(roles)
                piped_rows = "|" in raw and raw.rstrip().endswith("|")
                yield "header", i, cells, roles, end
            else:
                yield "row", i, cells, "\t" in raw or "|" in raw, end
            i = end
            continue
        stripped = raw.strip().rstrip("| ").strip()
        if stripped and len(stripped.replace(" ", "")) <= 16 and not _NUMBER.match(stripped):
            found = _header_run(lines, i, vocab)
            if found:
                cells, nxt = found
                mode, width = "cells", len(cells)
                piped = nxt < n and bool(_ROW_END.match(lines[nxt]))  # every row ends in a line of pipes
                closed = not piped and lines[nxt - 1].rstrip().endswith("|") and nxt < n and \
                    lines[nxt].rstrip().endswith("|")  # each cell's line closed by a pipe
                first_cell = next((line.strip().rstrip("| ") for line in lines[nxt: nxt + 4] if line.strip().rstrip("| ")),
                                  "")
                # "任务项" over a column of bare numbers: numbered rows all the same
                roles = find_columns(cells, vocab, fewest=min(3, len(cells)))
                numbered = bool(_NUMBER.match(first_cell)) or "number" in roles and any(
                    _NUMBER.match(line.strip().rstrip("| ")) for line in lines[nxt: nxt + 60])  # a 序号 column
                # left empty in every row (青浦 重点工作责任单位表): rows found by their cells
                task_at = roles.index("task") if "task" in roles else None
                unit_groups = task_at == 1 and roles[0] in UNIT_ROLES and not (numbered or piped or closed)  # 责任单位 |
                # 政务公开工作要点 | 公开时限 | 公开载体, the offices' cells merged (河北 工信厅 2018)
                layout = _Layout.of(roles)
                ahead = roles.index("number") if numbered and "number" in roles and \
                    all(r == "category" for r in roles[:roles.index("number")]) else 0
                group = []
                yield "header", i, cells, roles, nxt
                i = nxt
                continue
        words = stripped.split()
        if len(words) >= 3 and (roles := find_columns(words, vocab) or _tail_header(words, vocab)):
            words = words[len(words) - len(roles):]  # "…附件:X分解表 序号 名称 工作任务 牵头责任单位": the header ends a line
            mode, width, numbered = "words", len(words), "number" in roles
            yield "header", i, words, roles
            i += 1
            continue
        if len(words) >= 3 and words[0] in vocab.column_names.get("number", ()) and \
                (found := _broken_words_header(lines, i, words, vocab)):
            words, roles, end = found
            mode, width, numbered = "words", len(words), True
            yield "header", i, words, roles, end
            i = end
            continue
        if mode == "cells" and unit_groups and _group_unit(stripped, lines, i + 1, vocab):
            group = [stripped]  # "责任单位" / "政务公开工作要点" / … then "办公室" / "1.领导参加的…" / "及时" / "网站" /
            i += 1              # "2.配合…": the unit column, left of numbered tasks, merged over its group's rows and
            continue            # printed once before them, opens the group's first row
        if mode == "cells" and (_row_start(stripped, numbered) or (piped and stripped) or (sub_row and stripped)):
            own = 0 if sub_row else len(group)  # where the row's own cells start, after its group's cells
            start, row = i, ([""] * task_at if sub_row else group) + [stripped]
            if unit_groups and not sub_row and not group and _ITEM_START.match(stripped):
                row, own = [""] + row, 1  # (a later row of the group: its unit cell is the one printed above it)
            group = []
            if not sub_row:
                expected = _row_ordinal(stripped) + 1 if _row_start(stripped, numbered) else None
            sub_row = False
            i += 1
            while i < n:
                text = lines[i].strip()
                if closed and text == "|" and task_at is not None and task_at + 1 < len(row) < width - 1 and \
                        len(row) + 1 + _cells_left(lines, i + 1, numbered, expected) == width:
                    row.append("")  # "序号 |" … "责任单位 |" over rows "2 |" … "慈化镇 |" / "|" / "已完工。 |": each cell
                    i += 1          # closed by a pipe, a lone one that leaves the row exactly as wide as the header
                    continue        # is an empty cell, not the row's end
                if _ROW_END.match(text) and row:
                    i += 1
                    break
                text = text.rstrip("| ").strip()
                if _row_start(text, numbered) and len(row) >= 2 and (_row_ordinal(text) == expected or (
                        expected is not None and len(row) >= width and expected < _row_ordinal(text) < expected + 100
                        and _task_after(lines, i + 1, vocab))):
                    break  # the next 序号; or, once the row has all its cells, a greater one before a task's text: a
                    # department's extract of a county's list keeps the list's numbers ("6" … then "52", 怀远 农业农村局
                    # 2023, b342); not a figure ("3200" / "泵站改造3月开工…", an investment then the next cell)
                if numbered and task_at is not None and len(row) >= width - 1 and len(row) > task_at and \
                        _ITEM_START.match(row[task_at]) and _ITEM_START.match(text) and len(text) > 10 and \
                        any(unit_like(c.rstrip("。;；"), vocab) for k, c in enumerate(row) if k != task_at and c):
                    sub_row = True  # "12 | 市水利和湖泊局 | 56.做好… | … | 90%" then "86.深入推进河长制…": a task
                    break           # of its own under the same 序号 and units (merged cells printed once); not
                    # "1" / "1. 强化…" / "2. 紧扣…" / "区绿化市容局": a task cell's own numbered lines, its unit below
                if unit_groups and len(row) >= (width if own else width - 1) and _group_unit(text, lines, i + 1, vocab):
                    break  # the next group's unit cell, printed once over its numbered tasks
                if text and (_CATEGORY.match(text.replace(" ", "")) and len(text) <= 60 and len(row) >= 2):
                    break  # a category heading between rows
                if text and len(row) >= 3 and _NOTE_LINE.match(text):
                    break  # "注:以上任务由各牵头单位按季度报送…": a note under the table, no cell of the row above
                if text and not piped and not closed and _SECTION_MARK.match(text) and len(text) <= 40 and \
                        len(row) >= 2 and any(unit_like(c.rstrip("。;；"), vocab) or vocab.mentions_role(c)
                                              for c in row[1:]):
                    break  # "(二)围绕重点领域…" after a row that has its units: the next section's heading
                if text and len(row) >= 2 and find_columns([text] + [lines[k].strip() for k in range(i + 1, min(n, i + 2 * width + 4))
                                                                        if lines[k].strip()][:width - 1], vocab):
                    break  # the header again
                if text:
                    row.append(text)
                i += 1
                if len(text) > 300:
                    break
            if ahead and not piped and not closed and i < n and \
                    _row_start(lines[i].strip().rstrip("| ").strip(), numbered):
                row, group = _group_cells(row, own, width - ahead, ahead, roles, vocab)
            yield "row", start, row, bool(own), i  # (a row given its group's cells is read by position: "“美丽家园”
            # 建设" / "8" / "创建20个…" its unit cells merged above)
            continue
        if mode == "cells" and not numbered and not piped and stripped and \
                (found := _content_row(lines, i, width, vocab, layout)) is not None:
            row, end = found  # no 序号 and no numbered tasks: a row is its text cells, then its unit cells
            yield "row", i, row, False, end
            i = end
            continue
        if mode == "words" and stripped and (words := stripped.split()) and (_NUMBER.match(words[0]) or (
                numbered and len(words) >= 2 and len(words[-1]) <= 30 and _DEADLINE.search(words[-1]) and
                not _CATEGORY.match(stripped.replace(" ", ""))) or (  # "开工建设老年大学。 12月底前": a row under
                # the row above, its 序号 and units merged with it
                not numbered and len(words) >= 2 and not _CATEGORY.match(stripped.replace(" ", "")) and
                any(unit_like(w.rstrip("。;；"), vocab) for w in words[1:]))):  # no 序号: a row a line, naming units
            j, names_more = i + 1, 0  # names_more: unit lines that went on in the unit cell before them
            while j < n and (more := lines[j].strip()) and not _NUMBER.match(more.split()[0]) and \
                    ((numbered and len(words) - names_more < width) or unit_like(more.rstrip("。;；"), vocab)) and \
                    not _CATEGORY.match(more.replace(" ", "")) and find_columns(more.split(), vocab) is None:
                if unit_like(more.rstrip("。;；"), vocab) and unit_like(words[-1].rstrip("。;；"), vocab):
                    names_more += 1  # "2 第一产业增加值增长5%。 区农业农村委" / "区林业局" / "第一产业增加值同比增长
                    # 3.4%。": one unit cell over three lines, the progress cell after it still to come
                words += more.split()  # "2 一般公共预算收入增长5%左右。 区财政局" / "区税务局" / "区政府有关部门,…": a
                j += 1                 # row whose cells went on over the lines after it
            yield "row", i, words[:1] + _glue_numbers(_joined_lists(words[1:]), vocab, words[0]), False, j
            i = j
            continue
        if mode == "words" and stripped and i + 1 < n and not _CATEGORY.match(stripped.replace(" ", "")) and \
                not _SECTION_MARK.match(stripped) and \
                len(nxt := lines[i + 1].split()) >= 2 and any(unit_like(w.rstrip("。;；"), vocab) for w in nxt[1:]) \
                and not any(unit_like(w.rstrip("。;；"), vocab) for w in stripped.split()):
            yield "row", i, [stripped], False  # "坚持扶优扶强…发展。" between rows parted by single spaces: a row that
            i += 1                            # prints only its task, its units merged with the row above
            continue
        if mode == "cells" and not stripped:
            i += 1
            continue
        if stripped and i and _split(lines[i - 1]) is not None and i + 1 < n and \
                (below := _split(lines[i + 1])) is not None and not _CATEGORY.match(stripped.replace(" ", "")) and \
                not find_columns([c for c in below if c.strip()], vocab):  # (not the next table's title over its
            # header: "龙华区2026年度重大行政决策听证事项目录" / "序号 | 决策听证事项名称 | 组织承办部门")
            yield "row", i, [stripped], False  # a row between rows that prints only its task: its other cells
            i += 1                             # are merged with the rows above (a copied web table)
            continue
        yield "line", i, raw
        i += 1


_ITEM_START = re.compile(r"^(\d{1,4})\s*[.、．]\s*(?=\D)")
_SENTENCE_END = re.compile(r"[。;；!！]$")
_NOTE_LINE = re.compile(r"^\s*(?:(?:注|备注|说明)\s*\d?\s*[:：]|(?:以上|上述)(?:各项|所有|全部)?(?:任务|工作|事项|项目))")
_FIGURE_OPENS = re.compile(r"^[\d.,%％]")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）]|[(（]\s*\d{1,2}\s*[)）]|[①-⑳])")


@dataclass(frozen=True)
class _Layout:
    """What a header says of its rows' cells, for rows read by what their cells are (one cell a line, no 序号).

    ``units_left``: a unit column stands left of the task ("牵头单位 | 目标任务 | 责任单位"); ``units_right``: how many
    stand right of it; ``time_last``: the time column is the last (but for remarks); ``one_text``: no column of
    text stands right of the task but the last (remarks): units, times and names do."""

    units_left: bool = False
    units_right: int = 0
    time_last: bool = False
    one_text: bool = False

    @classmethod
    def of(cls, roles: list[str]) -> "_Layout":
        if "task" not in roles:
            return cls()
        task = roles.index("task")
        return cls(units_left=any(r in UNIT_ROLES for r in roles[:task]),
                   units_right=sum(1 for r in roles[task + 1:] if r in UNIT_ROLES),
                   time_last="deadline" in roles and all(r == "other" for r in roles[roles.index("deadline") + 1:]),
                   one_text=roles.count("task") == 1 and "other" not in roles[task:-1])


def _content_row(lines: list[str], i: int, width: int, vocab: Vocabulary,
                 layout: _Layout = _Layout()) -> tuple[list[str], int] | None:
    """A row of a one-cell-per-line table with neither a 序号 nor numbered tasks, found by what its cells are: text
    cells (a category, the task), then unit cells (lead, assist), then a time or names; the next text cell starts
    the next row. With a unit column left of the task, its cell may open a row (printed once over the rows of its
    group): then a unit cell after the row's own unit cells opens the next row. A row may print no unit (its unit
    cells merged with the row above): it ends at its time cell when the time column is the last ("培育规上工业企业
    10家" / "2024年12月" / "开展招商引资百日攻坚" …), or, when no text column stands right of the task, at its task's
    last sentence ("开展好“三下乡”活动。" / "推进县文化馆、图书馆总分馆制建设。" are two rows). None when the line starts no
    such row (a unit, a heading, a row with no unit within reach)."""
    first = lines[i].strip().rstrip("| ").strip()
    if (unit_like(first.rstrip("。;；"), vocab) and not layout.units_left) or _CATEGORY.match(first.replace(" ", "")) or \
            _time_cell(first) or _NOTE_LINE.match(first):
        return None  # (nor a note on the rows: "注:…", "以上任务由各牵头单位按季度报送…")
    if (block := _blank_parted_row(lines, i, width, vocab)) is not None:
        return block
    row: list[str] = []
    units = False
    texts = not layout.units_left  # (units before the row's first text cell are its left unit column's)
    taken = 0  # unit cells after the row's text
    j, n = i, len(lines)
    while j < n and len(row) < width + 2:
        text = lines[j].strip()
        if _ROW_END.match(text) and row:
            return row, j + 1
        text = text.rstrip("| ").strip()
        if not text:
            j += 1
            continue
        if _NUMBER.match(text):
            return None  # a 序号 after all: the rows start at their numbers
        unit = unit_like(text.rstrip("。;；"), vocab) or vocab.is_none(text)
        tail = _looks("deadline", text, vocab) or _looks("people", text, vocab)
        if units and not unit and not tail:
            return row, j
        if layout.time_last and row and not unit and not units and _time_cell(text):
            return row + [text], j + 1  # a row of its task and time only: its units merged with the row above
        if layout.one_text and row and not unit and not units and not tail and _SENTENCE_END.search(row[-1]) and \
                not _LIST_ITEM.match(row[-1]) and not _looks("lead", text, vocab) and len(text) >= 4 and \
                not _FIGURE_OPENS.match(text) and not (len(text) <= 10 and " " in text):
            return row, j  # the task's sentence ended and more text follows: the next row's (this row's units merged
            # with the row above); not what follows an item of a list inside one cell ("(1)加快发展现代服务业。" /
            # "第三产业增加值…提高1%。"), nor a clause in the unit column ("市发改委牵头落实"), nor a figure of the
            # next column ("80%(新区实验幼儿园进度滞后)" under 当前进度) or officials' names ("陆 明俞 悦")
        if layout.units_left and unit and layout.units_right and taken >= layout.units_right:
            return row, j  # "推进国家安全工作发展" / "市直各单位、各区县市" / "长沙 先导 区管委会": the next group's lead
        if row and (_CATEGORY.match(text.replace(" ", "")) or
                    find_columns([text] + [ln.strip() for ln in lines[j + 1: j + 2 * width] if ln.strip()][:width - 1],
                                 vocab)):
            return (row, j) if units else None  # a heading or the header again
        row.append(text)
        texts = texts or not unit
        units = units or (unit and texts)
        taken += unit and texts
        j += 1
    return (row, j) if units else None


def _blank_parted_row(lines: list[str], i: int, width: int, vocab: Vocabulary) -> tuple[list[str], int] | None:
    """A row of a one-cell-a-line table whose rows a blank line parts (a page's table copied one cell a line, a
    blank line after each row, no 序号: "公路的管理" / "区交通行政管理部门" / "管理" / "1.《中华人民共和国公路法》…" /
    "区级" / "区交通行政管理部门按照其职责权限，负责…" then a blank line, 青浦 农村公路管理养护 权责清单): its lines up to the
    blank line, when a blank line stands before it and it is as wide as the header (a last cell of more paragraphs
    may add lines) and names a unit; else None."""
    if i == 0 or lines[i - 1].strip():
        return None
    j = i
    while j < len(lines) and lines[j].strip() and j - i <= width + 4:
        j += 1
    cells = [line.strip().rstrip("| ").strip() for line in lines[i:j]]
    if not (width - 1 <= len(cells) <= width + 4) or (j < len(lines) and lines[j].strip()) or \
            not any(unit_like(c.rstrip("。;；"), vocab) for c in cells[1:width]):
        return None
    if len(cells) > width:
        cells = cells[: width - 1] + ["\n".join(cells[width - 1:])]  # (the last cell's paragraphs)
    return cells, j


def _group_cells(row: list[str], own: int, width: int, ahead: int, roles: list[str],
                 vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """A row of a one-cell-a-line table whose header puts ``ahead`` columns before its 序号 (任务类型 | 序号 | 工作任务 |
    推进单位), and the cells it hands to the next row: a cell of those columns is merged over the rows of its group and
    printed once, before the group's first 序号, so it comes at the end of the row above. The trailing cells that are
    no unit nor time, short, standing past the row's ``width`` or where a unit column stands, are the next row's (the
    last ``ahead`` of them) or headings between the groups ("行动二：再造发展新极行动…" / "旧区改造" before "4"; 静安
    2023 城市更新 重点任务清单)."""
    cells, tail = row[own:], []
    while len(cells) > 2:
        text = cells[-1].replace(" ", "")
        at = len(cells) - 1 + ahead  # the column the cell stands in, counted from the header's first
        if unit_like(text.rstrip("。;；"), vocab) or vocab.is_none(text) or _time_cell(text) or \
                len(text) > (40 if tail or len(cells) > width else 20) or re.search(r"[，,；;。]", text) or \
                not (len(cells) > width or (at < len(roles) and roles[at] in UNIT_ROLES)):
            break
        tail.insert(0, cells.pop())
    return row[:own] + cells, tail[-ahead:] if tail else []


def _time_cell(text: str) -> bool:
    """Could a cell be a time ("12月底前", "全年", "2024年6月底前完成。"), not a task's sentence that holds one ("全年
    组织开展文化下乡等惠民演出不少于100场。")?"""
    return bool(_DEADLINE.search(text)) and len(text) <= (15 if _SENTENCE_END.search(text) else 30)


def _cells_left(lines: list[str], i: int, numbered: bool, expected: int | None) -> int:
    """How many cell lines follow line ``i`` before the next row, a lone pipe or the end (a dozen at most)."""
    count = 0
    for line in lines[i: i + 12]:
        text = line.strip().rstrip("| ").strip()
        if line.strip() == "|" or (_row_start(text, numbered) and _row_ordinal(text) == expected):
            break
        count += bool(text)
    return count


def _group_unit(text: str, lines: list[str], i: int, vocab: Vocabulary) -> bool:
    """Is a cell a group's unit, printed once before its numbered tasks: units, no item's number, and the next cell
    (from line ``i``) a numbered task ("办公室" / "1.领导参加的重大会议…")?"""
    return bool(text) and not _ITEM_START.match(text) and unit_like(text.rstrip("。;；"), vocab) and \
        bool(_ITEM_START.match(_next_cell(lines, i)))


def _task_after(lines: list[str], i: int, vocab: Vocabulary) -> bool:
    """Is the first cell from line ``i`` a task's text (words, not a figure, a time or a unit): the cell after a
    row's 序号, not after a figure of the row above ("1100" / "1063" / "96.64%")?"""
    text = _next_cell(lines, i)
    return len(text) >= 6 and not _FIGURE_OPENS.match(text) and not _time_cell(text) and \
        not unit_like(text.rstrip("。;；"), vocab)


def _next_cell(lines: list[str], i: int) -> str:
    """The first cell from line ``i`` (of the next four lines, blank lines passed over), its closing pipe off."""
    return next((line.strip().rstrip("| ").strip() for line in lines[i: i + 4] if line.strip()), "")


def _row_start(text: str, numbered: bool) -> bool:
    """A row of a one-cell-per-line table starts at its 序号, or at a numbered task when there is no 序号 column."""
    return bool(_NUMBER.match(text)) or (not numbered and bool(_ITEM_START.match(text)))


def _row_ordinal(text: str) -> int:
    m = _NUMBER.match(text) or _ITEM_START.match(text)
    return int(m.group(1) if m.groups() else m.group(0))


@dataclass
class _Row:
    line: int
    cells: dict[str, str]
    raw: str
    domain: str | None
    subrows: list["_Row"] = field(default_factory=list)
    last: int = 0  # the row's last line (a row printed one cell a line runs over several)
    carried: list[tuple[str, str, str]] = field(default_factory=list)  # (role, unit, label row) of a row over it


def _looks(role: str, cell: str, vocab: Vocabulary) -> bool:
    cell = cell.strip()
    if role in UNIT_ROLES:
        if re.search(r"[、,，]", cell):
            cell = cell.rstrip("。;；")  # "…谯城经开区管委会,魏武国控集团。": a unit list closed like a sentence
        return bool(cell) and (vocab.is_none(cell) or unit_like(cell, vocab) or
                               (vocab.mentions_role(cell) and is_clause(cell, vocab)))
    if role == "deadline":
        return _time_cell(cell)
    if role == "people":
        return bool(cell) and all(vocab.is_person(p) for p in re.split(r"[、,，;；\s]+", cell) if p)
    if role == "number":
        return bool(_NUMBER.match(cell))
    return False


def align_by_content(cells: list[str], roles: list[str], vocab: Vocabulary) -> dict[str, str]:
    """Cells of a row that does not have one cell per column, placed by what they look like."""
    cells = [c.strip() for c in cells if c.strip()]
    out: dict[str, str] = {}
    headings = []
    while len(cells) > 2 and _heading_cell(cells, vocab) and len(headings) < 3:
        headings.append(cells.pop(0))  # "一、以公开助力…" | "(一)加强…" | 1 | …: merged chapter and section cells
    if len(cells) > 1 and _NUMBER.match(cells[0]):  # a bare number is never a task: a 序号 the header did not name
        out["number"] = cells.pop(0)
    # "一 | 区住建局 | 区政府民生实事项目(1个) | (一)… | 1.文化中心北路 | …": unit and other columns left of the task
    # "12 | 市水利和湖泊局 | 56.做好… | …": a unit column left of the task, no heading cells
    for role in (roles[: roles.index("task")] if "task" in roles else []):
        if len(cells) < 2 or _ITEM_START.match(cells[0]) or _HEADING_CELL.match(cells[0]):
            break
        if role in UNIT_ROLES and unit_like(cells[0], vocab):
            out[role] = cells.pop(0)
        elif role == "other" and headings and not unit_like(cells[0], vocab) and len(cells) > 2:
            cells.pop(0)  # (a cell for the task and one for its units stay)
        elif role not in ("number",) and not headings:
            break
    while len(cells) > 1 and _heading_cell(cells, vocab) and len(headings) < 3:
        headings.append(cells.pop(0))
    if headings:
        out["category"] = headings[0]
        out["headings"] = "\n".join(headings)
    right = [r for r in roles[roles.index("task") + 1:] if r != "number"] if "task" in roles else []
    for place, role in reversed(list(enumerate(right))):
        if not cells:
            break
        if role in UNIT_ROLES and len(cells) > 1 and any(r in UNIT_ROLES for r in right[:place]) and \
                not unit_like(cells[-2].rstrip("。;；"), vocab) and not vocab.is_none(cells[-1]) and \
                not re.search(r"[、,，;；]", cells[-1]):
            continue  # one unit for two unit columns: the first column's ("…曝光。" | "县委宣传部" | "持续开展" under
            # 工作任务 | 责任单位 | 配合单位 | 完成时间: the 配合单位 cell is the one left blank; a list may be either)
        if role in ("other", "category"):
            if len(cells) > 1 and not any(_looks(r, cells[-1], vocab) for r in right if r != role) and \
                    (place == 0 or any(_looks(r, cell, vocab) for cell in cells[:-1] for r in right[:place])):
                cells.pop()  # (not when the row printed none of the columns before it: "5 | 文化产业 | 培育规模以上
            continue         # 文化服务企业1家。" under 序号 | 指标 | 工作任务 | 完成时限 | … | 备注 keeps its task)
        if role in UNIT_ROLES and not _looks(role, cells[-1], vocab) and len(cells) > 2 and \
                sum(1 for r in right if r in UNIT_ROLES) == 1:
            # "5 | 农村敬老院… | 督促… | 县民政局 | 4 | 4 | 100%": the one unit column, with more figure cells after
            # it than the header has columns for (a sub-row's cells run into the row): the last unit cell near the end
            at = next((j for j in range(len(cells) - 1, max(0, len(cells) - 5), -1)
                       if _looks(role, cells[j], vocab) and not vocab.is_none(cells[j])), None)
            if at is not None:
                del cells[at + 1:]
        if _looks(role, cells[-1], vocab) and len(cells) > 1:
            taken = [cells.pop()]
            if role in UNIT_ROLES:  # a unit cell printed over several lines
                while len(cells) > 1 and unit_like(cells[-1], vocab) and not _looks("deadline", cells[-1], vocab) \
                        and sum(1 for r in right if r in UNIT_ROLES) == 1:
                    taken.insert(0, cells.pop())
            out[role] = "、".join(taken)
    first_unit = next((r for r in right if r in UNIT_ROLES), None)
    while first_unit in out and len(cells) > 1 and unit_like(cells[-1], vocab) and _PROSE.search(cells[-2]):
        out[first_unit] = cells.pop() + "、" + out[first_unit]  # "…增长5%左右。 | 区财政局 | 区税务局 | …": the unit
        # column's first line, left behind the task sentence
    left = [r for r in roles[: roles.index("task")] if r not in ("number",)] if "task" in roles else []
    if "category" in left and len(cells) > 1 and "category" not in out and not _ITEM_START.match(cells[0]):
        out["category"] = cells.pop(0)  # a numbered cell ("15.推进…") is the task, its category merged above
    out["task"] = "".join(cells)
    if "number" not in out and (m := _ITEM_START.match(out["task"])):
        out["number"], out["task"] = m.group(1), out["task"][m.end():]
    return out


def _units_lost(cells: list[str], roles: list[str], vocab: Vocabulary) -> bool:
    """Would a row read by what its cells hold leave one of its unit cells after the task out of its unit columns
    (a task that ends as a unit's name does, "…成立区少儿体校", taking the lead's cell for its own text)?"""
    by_content = align_by_content(cells, roles, vocab)
    placed = "、".join(by_content.get(role) or "" for role in UNIT_ROLES)
    after = cells[roles.index("task") + 1:] if "task" in roles else cells
    return any(c.strip() and unit_like(c.strip().rstrip("。;；"), vocab) and c.strip() not in placed for c in after)


def _heading_cell(cells: list[str], vocab: Vocabulary) -> bool:
    """Is the first cell a merged heading: "一、…" / "(一)…" with task text after it, or a bare group number "一"?"""
    if _BARE_ORDINAL.match(cells[0]):
        return True
    return bool(_HEADING_CELL.match(cells[0])) and not unit_like(cells[1], vocab)


def _serial(m: re.Match) -> str:
    """The number a decorated 序号 cell prints: "(1)", "1.", "1、", "①" -> "1"."""
    return m["n"] or m["m"] or str(ord(m["c"]) - ord("①") + 1)


def _align(cells: list[str], roles: list[str], collector: Collector, line: int, raw: str) -> list[str] | None:
    """Re-align a row that lost leading cells on its 序号 cell; None when it has no 序号 where one belongs."""
    n = roles.index("number")
    if len(cells) > n and (decorated := _DECORATED_NUMBER.match(cells[n].strip())):
        return cells[:n] + [_serial(decorated)] + cells[n + 1:]  # "(1)", "1.", "①" in the 序号 column: its number
    if len(cells) > n and (_NUMBER.match(cells[n].strip()) or not cells[n].strip() or
                           _BARE_ORDINAL.match(cells[n].strip()) or _DOTTED_NUMBER.match(cells[n].strip())):
        return cells  # "一": a group's number (its rows under it)
    for j, cell in enumerate(cells[:n]):
        if _NUMBER.match(cell.strip()):
            shift = n - j
            collector.note(line, "repaired", f"row lost {shift} leading column(s); re-aligned on 序号 {cell.strip()}",
                           raw)
            return [""] * shift + cells
    return None


def _heading_row(text: str) -> bool:
    """A heading over the rows, printed once across the table: "一、共筑美丽蓝天", "（一）空气质量目标"."""
    return bool(_CATEGORY.match(text) or _SUBHEADING.match(text) and len(text) <= 40 and not _PROSE.search(text))


def _category(cell: str, line: int, collector: Collector) -> str | None:
    text = clean_text(cell).replace(" ", "")
    m = _CATEGORY.match(text)
    if m and chinese_ordinal(m[1]) is not None:
        dom = collector.domain(str(chinese_ordinal(m[1])), m[2], line)
        if m[3]:
            items = collector.listed_units(m[3], line)
            collector.assign("lead", items, dom.key, "Domain", None, line, cell, quiet=True)
        return dom.key
    if not text:
        return None
    number = str(len({d.key for d in collector.result().domains}) + 1)
    for dom in collector.result().domains:
        if dom.title == text:
            return dom.key
    return collector.domain(number, text, line).key


def _rows(lines: list[str], collector: Collector, conventions: Conventions, first_line: int) -> list[_Row]:
    """Pass 1: every data row with its cells by role, and the domain it falls in."""
    vocab = collector.vocab
    rows: list[_Row] = []
    roles = None
    domain = None
    just_header = False
    path: dict[str, int] = {}  # group / section / item numbers of a table whose 序号 numbers groups (一, 二 …)
    serial = None  # the last 序号 whose row numbered its measures ("1 | 加强监管 | 1.开展专项检查 | …")
    marked = False  # the rows print their 序号 with a mark ("(1)"): a bare "1" row is a sub-heading over them
    paused = None  # (roles, line) of a table a line of prose stopped: the rows right after it resume it
    short_rows: list[int] = []  # rows that stopped after their task and took the unit cells above
    before = None  # [(line, text)] of the line events since the last other event, on one line: prose that may
    # stand before a table on the same line
    block: list[tuple[str, str, str]] = []  # the units a row over the rows below names for them
    for event in table_rows(lines, vocab):
        kind, i = event[0], event[1]
        lineno = first_line + i
        if kind == "header" and before and before[0][0] == lineno:
            for _line, text in before:  # "…各成员单位:…(责任单位:各相关部门) 序号抽查任务名称…": the
                collector.leave(lineno, text)  # prose before a glued table is read as any other prose
        if kind != "line":
            before = None
        elif before and before[0][0] == lineno:
            before.append((lineno, event[2]))  # (several pieces of prose on the line before the header)
        else:
            before = [(lineno, event[2])]
        if kind == "header":
            roles = list(event[3])
            just_header = True
            block = []
            path.clear()
            collector.claim(*range(lineno, first_line + (event[4] if len(event) > 4 else i + 1)))
            if not any(r == "lead" for r in roles) and "responsible" in roles:
                collector.note(lineno, "no_lead_marker", "table has a 责任单位 column and no 牵头 column: its units "
                               "lead unless the document says the first listed leads", " | ".join(event[2]))
            continue
        if kind == "line":
            text = clean_text(event[2])
            if roles is not None and text and _HEADING.match(text) and _CATEGORY.match(text.replace(" ", "")):
                domain = _category(text, lineno, collector) or domain
                collector.claim(lineno)
                continue
            if text and ("。" in text or len(text) > 40) and not unit_like(text.rstrip("。;；"), vocab):
                if roles is not None:
                    paused = (roles, lineno)
                roles = None  # a line of prose ends the table; a short line between rows (a sub-heading) or a
                # unit list (a cell printed over lines) does not
            if lineno in collector.claimed_lines and text:
                collector.leave(lineno, event[2])  # a line of a table on one line (cut into lines) that was no row:
                # read as the line it would be had the page kept its lines (its clauses: "市发改委牵头落实")
            continue
        if roles is not None and event[2] and event[2][0].strip() in vocab.column_names.get("number", ()) and \
                len(event[2]) > 1:
            # "序号 | 企业名称 | 项目名称 | 总投资（亿元） | 区县" under 附1's rows (湖州 人工智能 工作方案's 附2, b435):
            # another table's header, naming no unit column: the table above ends, its columns are not this one's
            roles, paused = None, None
            continue
        if roles is None and paused is not None and event[2] and (
                lineno - paused[1] <= 3 or not any(lines[k].strip() for k in range(paused[1] - first_line + 1, i))) \
                and (_NUMBER.match(event[2][0].strip()) or any(unit_like(c.strip().rstrip("。;；"), vocab)
                                                               for c in event[2][1:] if c.strip())):
            # (right after the prose, or after nothing but blank lines: "加强战略科技力量建设。", a section's heading
            # over rows printed one cell a paragraph, 广州 2021 work-report division, b701)
            roles = paused[0]  # "目前此项工作…" then "3 |": the prose was a long cell on a line of its own (its
            collector.note(paused[1], "cell_line", "a long cell on a line of its own between rows; the table goes on",
                           lines[paused[1] - first_line][:80])  # pipe lost), and the rows go on under the header
            collector.claim(paused[1])  # (the table's, reported here: not prose to read for clauses)
        paused = None
        if roles is None:
            continue
        if just_header and (sub := _subheader(event[2], roles, vocab)) is not None:
            roles = sub  # "责任单位" over "牵头单位 | 配合单位": the second header row names the columns
            collector.claim(lineno)
            continue
        just_header = False
        cells, raw = event[2], " | ".join(event[2])
        collector.claim(*range(lineno, first_line + (event[4] if len(event) > 4 else i + 1)))
        filled = [c.strip() for c in cells if c.strip()]
        unit_roles = [r for r in roles if r in UNIT_ROLES]
        if len(filled) == 1 and not _NUMBER.match(filled[0]) and (named := _block_units(filled[0], vocab)):
            block = [(role, name, filled[0]) for role, name in named]  # "分管局领导：刘 兵  责任处室：政策法规处
            collector.note(lineno, "block_units", "a row naming the unit of the rows under it (to the next such "
                           "row)", raw)  # 4月以前：2/4": a ledger's block of one division's work
            continue
        if len(filled) == 1 and rows and unit_roles and (not any(rows[-1].cells.get(r) for r in UNIT_ROLES) or
                                                         rows[-1].cells.get("_inherited")) and \
                rows[-1].cells.get("task") and unit_like(filled[0].rstrip("。;；"), vocab):
            if inherited := rows[-1].cells.pop("_inherited", None):
                rows[-1].cells[inherited] = ""  # its own units came after all: not the row above's
            rows[-1].cells[unit_roles[0]] = filled[0]  # "…3.制定出台…规定。 |" then "产业政策科 | |": the row's unit
            collector.note(lineno, "unit_line", "a unit cell on a line of its own: the units of the row above", raw)
            continue
        last = next((int(r.cells["number"]) for r in reversed(rows) if _NUMBER.match(r.cells.get("number") or "")),
                    None) if rows and filled and _NUMBER.match(filled[0]) else None
        if len(filled) >= 2 and (all(_FIGURE.match(c) for c in filled) or (  # "35611 | 持续推进": a figure
                last is not None and int(filled[0]) > 2 * last + 50 and len(filled) <= 3)):  # where 序号 5 is due
            collector.note(lineno, "figures_row", "a row of figures only (a sub-row's targets and progress, its "
                           "task and units merged above): no task of its own", raw)
            continue
        if len([c for c in cells if c.strip()]) == 1 and "number" in roles and not _NUMBER.match(cells[0].strip()) \
                and _heading_row(clean_text(" ".join(cells)).strip("| ").replace(" ", "")):
            domain = _category(" ".join(cells).strip("| "), lineno, collector) or domain  # ("| （二）… |": a markdown
            # row of one cell)
            continue
        if "number" in roles and len(cells) > (n := roles.index("number")):
            if _DECORATED_NUMBER.match(cells[n].strip()):
                marked = True
            elif marked and _NUMBER.match(cells[n].strip()) and \
                    not any(unit_like(c.strip().rstrip("。;；"), vocab) for c in cells[n + 1:] if c.strip()):
                collector.note(lineno, "subheading_row", "a row numbered \"1\" among rows numbered \"(1)\", naming "
                               "no unit: a sub-heading over the rows below, no task", raw)  # "1 | 大力提振消费。 | ||"
                continue  # between "(7) | …" and "(8) | …" (芜湖 2025 重点工作 责任分解)
        if len(cells) > len(roles) and (joined := _broken_name(cells, vocab)) is not None:
            cells = joined  # "3" / "生活污水治理率达30%…" / "市生态" / "环境局" / "…": a unit cell the page broke in two
            collector.note(lineno, "broken_name", "a unit's name broken over two cells (a line break in its cell): "
                           "read as one", raw)
        positional, shifted, moved = event[3], None, None
        if rows and (moved := _merged_category(cells, roles, vocab)) is not None:
            cells = moved  # "4" / "医疗卫生机构迁(扩)建" / "实施…1家。" / "区卫健局" / "源东乡" under 序号 / 事项分类 / 事项名称 /
            # 项目内容 / 牵头单位 / 协同单位 (金东 2024 民生实事): the category is merged with the row above (printed once)
            collector.note(lineno, "merged_category", "a text cell before the units (a category, a project's name) is "
                           "merged with the row above (printed once): the cells after it move one column right", raw)
        # "2 | 开设…专题 | 市政府各有关部门… | 持续推进" under a header with no 序号: a number column it did not name
        hidden_number = "number" not in roles and len(cells) > 1 and bool(_NUMBER.match(cells[0].strip()))
        if hidden_number or ("number" not in roles and len(cells) < len(roles)):
            positional = False  # a short row under a header with no 序号 to align it on: read by content
        if positional and "number" in roles:
            aligned = _align(cells, roles, collector, lineno, raw)
            if aligned is None and rows and len(cells) < len(roles) and \
                    any(unit_like(c.strip().rstrip("。;；"), vocab) for c in cells[1:] if c.strip()):
                positional = False  # "| 落实…方案。 | 年底前 | 区城市管理委 | 区商务局 |" under a 序号 | 重点任务 | 工作措施 |
                # 完成时限 | … table: a measure row whose 序号 and task cells are merged with the row above (a
                # markdown copy prints a merged cell once): read by what its cells hold, a part of that row
            elif aligned is None:
                collector.issue(lineno, "unparsed_row", "no 序号 cell where one belongs; row skipped", raw)
                continue
            else:
                cells = aligned
        if not positional and len(cells) > len(roles) and roles[-1] in UNIT_ROLES and "number" in roles and \
                _NUMBER.match(cells[roles.index("number")].strip()) and \
                all(unit_like(c.strip().rstrip("。;；"), vocab) for c in cells[len(roles) - 1:] if c.strip()) and \
                all(unit_like(cells[k].strip().rstrip("。;；"), vocab)
                    for k, role in enumerate(roles[:-1]) if role in UNIT_ROLES) and \
                (moved is not None or _units_lost(cells, roles, vocab)):  # (each unit cell where its column stands:
            # not a category printed over two words, "加强水资源保 护", that moved them all; and only when reading the row
            # by what its cells hold would lose a name: "2 一般公共预算收入增长5%左右。 区财政局" / "区税务局" /
            # "区政府有关部门,…" is read so; or when a merged category moved the cells: content reads them as leads)
            cells = cells[: len(roles) - 1] + ["、".join(c.strip() for c in cells[len(roles) - 1:] if c.strip())]
            collector.note(lineno, "unit_lines", "the last unit cell printed over several lines (one name a line): "
                           "its names are one cell", raw)  # "1" / "共建…少儿体校" / "区文旅局" / "区教育局" / "铁投公司"
            # under 序号 / 决策事项名称 / 牵头承办单位 / 配合单位 (铁山区 重大行政决策事项目录)
        if len(cells) > len(roles) and (subs := _sub_rows(cells, roles, vocab)) is not None:
            cells = subs  # "1" / "开办企业" / "公司设立登记" / "区市监局" / "刻制印章备案" / "区公安局" / …: under 序号 |
            # 一件事名称 | 关联事项 | 涉及部门 (柴桑 一链办理 清单), the row's sub-rows with its first cells merged
            collector.note(lineno, "sub_rows", "a row runs on in sub-rows (its first cells merged over them): the "
                           "units of each sub-row are the row's", raw)
        if len(cells) > len(roles) and any(c.strip() for c in cells[len(roles):]):
            if positional:
                collector.note(lineno, "aligned_by_content", f"{len(cells)} cells where the header has "
                               f"{len(roles)}; the row is read by what its cells hold", raw)
            positional = False
        if positional and "number" not in roles and len(cells) == len(roles) and roles[-1] == "other" and \
                (units_at := [k for k, r in enumerate(roles) if r in UNIT_ROLES]) and units_at[-1] == len(roles) - 2 \
                and _PROSE.search(cells[units_at[-1]]) and _looks(roles[units_at[-1]], cells[-1], vocab):
            positional = False  # "深化政府信息公开内容 | 推进重要政府信息公开 | 重点推进… | 市规划局、… | |" under 工作任务 |
            # 目标和要求 | 责任单位 | 备注: a group's cell merged over its rows, printed on its first row, moves the cells one
            # column right (the 备注 blank); read by what its cells hold
        if positional and len(cells) < len(roles) and not (rows and _merged_gap(cells, roles) is not None) and \
                not _fits(cells, roles, vocab):
            positional = False  # "3 | 工业总产值… | 经信委" under 序号 | 类别 | 工作任务 | 牵头单位: a copied web table
            # left out the cells merged with the rows above; read the row by what its cells hold
        if positional and rows and (shifted := _merged_gap(cells, roles)) is not None:
            cells = shifted  # "2 | 筛查… | 4月:… | 已完成。… | " : the 牵头单位 cell is merged with the row above
            collector.note(lineno, "merged_gap", "a unit cell is missing (merged with the row above) and the cells "
                           "after it moved left: read one column to the right", raw)
        # a full row with no 序号 whose cells do not fit the columns ("4、外商直接投资…" | "3%" | … under 类别 |
        # 指标名称 | …, its category printed once above) is read by content
        if positional or (len(cells) == len(roles) and not hidden_number and (
                "number" in roles or _fits(cells, roles, vocab))):
            by_role = {}
            for role, cell in zip(roles, cells):
                if role in by_role and role in UNIT_ROLES and cell.strip():
                    by_role[role] = by_role[role] + "、" + cell.strip() if by_role[role] else cell.strip()
                else:
                    by_role.setdefault(role, cell.strip())
            for role in roles[len(cells):]:
                by_role.setdefault(role, "")
            if shifted is not None or (rows and "number" not in roles and by_role.get("task") and
                                       not any(by_role.get(r) for r in UNIT_ROLES)):
                # a row with no 序号 to attach it to the row above, its unit cells blank: merged with that row's
                _merged_left(by_role, roles, rows[-1], collector, lineno, raw, columns=roles)
            elif rows and len(cells) < len(roles) and by_role.get("task") and \
                    not any(by_role.get(r) for r in UNIT_ROLES) and not any(unit_like(c, vocab) for c in cells if c):
                # "2 | 《福建省海洋环境保护条例》" under "1 | 《…》 | 黄吉甫 | 水生态环境处 | 2021年": a row that
                # stops after its task, the cells after it merged with the row above's (printed once)
                _merged_left(by_role, roles, rows[-1], collector, lineno, raw, columns=roles)
                short_rows.append(len(rows))
            _numbered_task_cell(by_role, roles, cells)
        else:
            by_role = align_by_content(cells, roles, vocab)
            if rows and len([c for c in cells if c.strip()]) < len(roles):
                _merged_left(by_role, roles, rows[-1], collector, lineno, raw)
                if not any(by_role.get(r) for r in UNIT_ROLES) and by_role.get("task") and \
                        not any(unit_like(c, vocab) for c in cells if c.strip()):
                    # "城镇失业人员再就业(人) | 250 | …": a short row naming no unit; its unit cells are merged
                    # with the row above, wherever they stand
                    _merged_left(by_role, roles, rows[-1], collector, lineno, raw, columns=roles)
        number_cell = (by_role.get("number") or "").strip()
        if number_cell and len(number_cell) > 6 and not by_role.get("category") and \
                (_HEADING_CELL.match(number_cell) or re.match(r"^[(（]\d{1,2}[)）]", number_cell)):
            by_role["category"], by_role["number"] = number_cell, ""  # "(1)加快发展现代服务业。" in the 序号 column:
            # a heading over the rows, not a number
        if number_cell and (decorated := _DECORATED_NUMBER.match(number_cell)):
            by_role["number"] = _serial(decorated)  # "（2）" a cell a line: the 序号 it prints
        item = None
        printed = (by_role.get("number") or "").strip()
        if not path and "number" in roles and (m := _ITEM_START.match(by_role.get("task") or "")) and \
                ((printed.isdigit() and m.group(1) == "1") or (not printed and serial is not None)):
            serial = printed or serial  # "1 | 加强监管 | 1.开展专项检查" then " |  | 2.建立信用档案": measures 1.1, 1.2
            by_role["number"], by_role["task"] = f"{serial}.{m.group(1)}", by_role["task"][m.end():]
        elif printed:
            serial = None
        if not by_role.get("number") and (m := _ITEM_START.match(by_role.get("task") or "")):
            by_role["number"], by_role["task"] = m.group(1), by_role["task"][m.end():]  # "1.主动对接…": no 序号 column
            item = int(m.group(1))
        _path_number(by_role, item, path)
        if by_role.get("people"):
            collector.people(by_role["people"], lineno, raw)
        category = by_role.get("category")
        if category:
            domain = _category(category, lineno, collector) or domain
        rows.append(_Row(lineno, by_role, raw, domain,
                         last=first_line + event[4] - 1 if len(event) > 4 and event[4] else lineno, carried=block))
    if short_rows and short_rows[-1] == len(rows) - 1 and short_rows[-2:-1] != [len(rows) - 2]:
        last = rows[-1].cells  # the text's last row, alone in stopping short: cut off (reported), not merged
        for role in UNIT_ROLES:
            last[role] = ""
        last.pop("_inherited", None)
    return rows


_PROSE = re.compile(r"[。;；%％]")
_FIGURE = re.compile(r"^[\d.,，%％\-—–−/+~～]*$")  # "4 | 4 | 100%": figures, no words


_LEVELS = ("group", "section", "item")


def _path_number(by_role: dict[str, str], item: int | None, path: dict[str, int]) -> None:
    """In a table whose 序号 cells number groups ("一" over 牵头单位 区住建局 and its projects "(一)…" and their
    sub-projects "1.文化中心北路", each printed once), a row's number is the path of the numbers it prints or
    inherits from the rows above: 1.1.1, 1.1.2, 2.1, 3.2.1. ``item``: the number a "1." opening the task gave."""
    found: dict[str, int] = {}
    number = (by_role.get("number") or "").strip()
    if _BARE_ORDINAL.match(number) and chinese_ordinal(number):
        found["group"] = chinese_ordinal(number)
    for head in (by_role.get("headings") or by_role.get("category") or "").split("\n"):
        head = head.strip()
        if _BARE_ORDINAL.match(head) and chinese_ordinal(head):
            found.setdefault("group", chinese_ordinal(head))
        elif (m := _SUBHEADING.match(head)) and chinese_ordinal(m[1]):
            found.setdefault("section", chinese_ordinal(m[1]))
    if "group" in found:
        path.clear()
    if not path and "group" not in found:
        return  # not a table numbered by groups
    task = by_role.get("task") or ""
    if (m := _SUBHEADING.match(task)) and chinese_ordinal(m[1]):
        found.setdefault("section", chinese_ordinal(m[1]))
    elif item is None and (m := _ITEM_START.match(task)):
        item, by_role["task"] = int(m.group(1)), task[m.end():]
    if item is None and _NUMBER.match(number):
        item = int(number)  # "1.市政公用城学校": the item number the row's task opened with
    if item is not None:
        found["item"] = item
    if not found:
        return
    top = min(_LEVELS.index(level) for level in found)
    for level in _LEVELS[top:]:
        path.pop(level, None)  # a new group or section starts its numbering again
    path.update(found)
    depth = max(_LEVELS.index(level) for level in found)
    by_role["number"] = ".".join(str(path[level]) for level in _LEVELS[: depth + 1] if level in path)


def _numbered_task_cell(by_role: dict[str, str], roles: list[str], cells: list[str]) -> None:
    """"生 态 环 境 | 1、城市大环境绿化… | …": the task column holds a short category printed once for its rows
    (merged), and the numbered cell after it is the task."""
    task = by_role.get("task") or ""
    if "task" not in roles or _ITEM_START.match(task) or _NUMBER.match(task.strip()):
        return
    after = list(zip(roles, cells))[roles.index("task") + 1:]
    if len(re.sub(r"\s", "", task)) > 8 and not (after and _HEADING_CELL.match(task)):  # "一、做好财政信息公开。 |
        # 1.积极推进…": a chapter printed once over its numbered tasks
        return  # "(一)打通断头路… | 1.文化中心北路": a project over its numbered sub-projects
    for role, cell in after:
        if role == "other" and _ITEM_START.match(cell.strip()):
            if not by_role.get("category"):
                by_role["category"] = task
            by_role["task"] = cell.strip()
            return


def _fits(cells: list[str], roles: list[str], vocab: Vocabulary) -> bool:
    """Does a short row read by position put units in its unit columns, a number in its 序号 and text in its task
    column? Else the page left out cells merged with the rows above and the row is read by content."""
    for role, cell in zip(roles, cells):
        cell = cell.strip()
        if not cell:
            continue
        if role in UNIT_ROLES and not _looks(role, cell, vocab):
            return False
        if role == "number" and not (_NUMBER.match(cell) or _BARE_ORDINAL.match(cell)):
            return False
        if role == "task" and (_NUMBER.match(cell) or (unit_like(cell, vocab) and len(cell) < 15) or
                               _BARE_NUMBER.fullmatch(cell)):
            return False
        if role == "category" and _ITEM_START.match(cell):
            return False  # "4、外商直接投资…" | "3%" | …: a numbered task under a category printed once above
    return True


def _merged_gap(cells: list[str], roles: list[str]) -> list[str] | None:
    """The row read one column to the right from its first unit column, when that column holds prose (a sentence,
    a percentage) and the row's last cell is empty: the web page dropped a merged unit cell and padded the end."""
    if len(cells) > len(roles) or (len(cells) == len(roles) and cells[-1].strip()):
        return None  # a row with its last cell filled has no cell missing (a padded or trimmed one may)
    for i, role in enumerate(roles[:-1]):
        if role in UNIT_ROLES:
            if i < len(cells) and cells[i].strip() and _PROSE.search(cells[i]) and \
                    not any(r in UNIT_ROLES for r in roles[i + 1:]):
                return (cells[:i] + [""] + cells[i:])[: len(roles)]
            return None
    return None


def _sub_rows(cells: list[str], roles: list[str], vocab: Vocabulary) -> list[str] | None:
    """A numbered row printed one cell a line that runs on past the header's width in sub-rows as wide as its last
    columns (the first ones, 序号 among them, merged over the sub-rows and printed once): the row's cells, each unit
    column holding the names of every sub-row; else None. Each sub-row's unit cells name units, its text cells none."""
    width = len(roles)
    units = [k for k, role in enumerate(roles) if role in UNIT_ROLES]
    if "number" not in roles or not units or not _NUMBER.match(cells[roles.index("number")].strip()):
        return None
    names = lambda cell: unit_like(cell.strip().rstrip("。;；"), vocab)  # noqa: E731
    for merged in range(roles.index("number") + 1, min(units) + 1):
        step = width - merged
        if step < 2 or (len(cells) - merged) % step:
            continue
        subs = [cells[k: k + step] for k in range(merged, len(cells), step)]  # the row's own, then each sub-row
        if all(names(sub[k - merged]) == (k in units) for sub in subs for k in range(merged, width)
               if k in units or sub[k - merged].strip()):
            out = list(cells[:width])
            for k in units:
                out[k] = "、".join(sub[k - merged].strip() for sub in subs)
            return out
    return None


def _broken_name(cells: list[str], vocab: Vocabulary) -> list[str] | None:
    """The row with the two pieces of a unit's name its cell broke over two lines joined ("市生态" / "环境局", 六安 2024
    重点工作, b1070): a short piece opening with its level that names no unit, then one with no level of its own, that
    together name one. None when no two cells are so."""
    for k in range(1, len(cells) - 1):
        a, b = cells[k].strip(), cells[k + 1].strip()
        if 2 <= len(a) <= 6 and 2 <= len(b) <= 8 and _LEVEL_OPEN.match(a) and not _LEVEL_OPEN.match(b) and \
                not _PROSE.search(a + b) and not unit_like(a, vocab) and unit_like(a + b, vocab):
            return cells[:k] + [a + b] + cells[k + 2:]
    return None


_LEVEL_OPEN = re.compile(r"^[省市区县镇乡]")


def _merged_category(cells: list[str], roles: list[str], vocab: Vocabulary) -> list[str] | None:
    """The row with an empty cell put in its category column (or, with none, its first column after 序号), when the
    cell before its first unit column names units and the cells between do not: the page printed that cell once, in
    the group's first row (a merged 事项分类, 项目名称), and the cells after it moved left. Under a header with columns
    after its unit columns, only a row one cell short whose cell in the first unit column names none (云浮 文广旅体局
    2021: "3 | 建设完成市体育公园(一期)。 | 基建办 群众体育科 | 计划6月底完成。 | …"). None when the row reads as it is."""
    if "number" not in roles or not (unit := next((k for k, r in enumerate(roles) if r in UNIT_ROLES), None)):
        return None
    number = roles.index("number")
    at = roles.index("category") if "category" in roles else number + 1
    if number > at or len(cells) <= at or not _NUMBER.match(cells[number].strip()):
        return None
    short = len(cells) == len(roles) - 1 and unit < len(cells) and \
        not unit_like(cells[unit].strip().rstrip("。;；"), vocab)  # (one cell short, no unit where the units stand)
    if at >= unit - 1 or roles[unit - 1] not in ("task", "other") or \
            not (short or "category" in roles and all(r in UNIT_ROLES for r in roles[unit:])) or \
            len(cells) < unit or not cells[unit - 1].strip() or re.search(r"\d", cells[unit - 1]):
        return None  # (a numbered row under a header whose unit columns end it, the column before them the task's;
        # a cell with a figure is a target, "突破2万台", not a unit)
    looks = [bool(c.strip()) and unit_like(c.strip().rstrip("。;；"), vocab) for c in cells[at:unit]]
    if not looks[-1] or any(looks[:-1]):
        return None
    return cells[:at] + [""] + cells[at:]


def _merged_left(by_role: dict[str, str], roles: list[str], above: _Row, collector: Collector, line: int,
                 raw: str, columns: list[str] | None = None) -> None:
    """A unit column left of the task column that a short row lacks is a merged cell: the row above holds it
    (``columns``: the columns to look in, when a dropped merged cell may stand anywhere in the row)."""
    for role in roles[: roles.index("task")] if columns is None else columns:
        if role in UNIT_ROLES and not by_role.get(role) and above.cells.get(role):
            by_role[role] = above.cells[role]
            by_role.setdefault("_inherited", role)  # a unit cell on the next line of its own replaces it
            collector.note(line, "inherited", f"{role} cell merged with the row above", above.cells[role])


def _subheader(cells: list[str], roles: list[str], vocab: Vocabulary) -> list[str] | None:
    """Roles patched from a second header row whose cells are all unit or deadline column names, else None."""
    names = [clean_text(c).replace(" ", "") for c in cells]
    named = {i: role for i, name in enumerate(names) for role, words in vocab.column_names.items()
             if name and name in words and role in UNIT_ROLES + ("deadline", "people")}
    if not named or any(name and i not in named for i, name in enumerate(names) if i >= len(roles) or
                        roles[i] not in ("number", "task", "category")):
        return None
    patched = list(roles) + ["other"] * max(0, len(cells) - len(roles))
    for i, role in named.items():
        patched[i] = role
    return patched


def _group(rows: list[_Row], numbered_table: bool, collector: Collector) -> list[_Row]:
    """Pass 2: attach un-numbered rows to the numbered row above them."""
    out: list[_Row] = []
    for row in rows:
        if out and row.cells.get("number") and _same_task(row, out[-1]):
            out[-1].cells["number"] = row.cells["number"]  # (its first measure "1.…" read as its number "1.1")
            out[-1].subrows.append(row)  # a workbook that prints its task's number and units again on each of its
            # measures' rows (2026年度集团总部重点工作任务分解表, b393): the measures are the task's parts
        elif row.cells.get("number") or not numbered_table:
            out.append(row)
        elif out and out[-1].domain == row.domain:
            out[-1].subrows.append(row)
        elif row.cells.get("task") and any(row.cells.get(r) for r in UNIT_ROLES):
            out.append(row)  # "一、… | 做好…的归集整理… | 办公室": a chapter's one requirement, not numbered: a task of
            # its own (numbered by its place), not a part of a row in another chapter
        else:
            collector.issue(row.line, "unparsed_row", "un-numbered row before any numbered row", row.raw)
    return out


def _same_task(row: _Row, above: _Row) -> bool:
    """Does the row print the number and every unit cell of the numbered row above it again (its task's next
    measure), with a task cell of its own?"""
    units = [r for r in UNIT_ROLES if above.cells.get(r)]
    number = row.cells.get("number")
    return above.cells.get("number") in (number, f"{number}.1") and bool(units) and row.domain == above.domain and \
        all(row.cells.get(r) == above.cells.get(r) for r in UNIT_ROLES) and \
        bool(row.cells.get("task")) and row.cells.get("task") != above.cells.get("task")


def _said(collector: Collector, row: _Row, parent: _Row | None, number: str) -> list[Said]:
    vocab = collector.vocab
    said = []
    lead_column = "lead" in row.cells or (parent is not None and "lead" in parent.cells)
    for column in UNIT_ROLES:
        cell = row.cells.get(column)
        role = "assist" if column == "responsible" and lead_column else column  # a "—" lead means no lead
        inherited = False
        if cell == "" and parent is not None and parent.cells.get(column):
            cell, inherited = parent.cells[column], True
            collector.note(row.line, "inherited", f"{role} cell of {number} is merged with row "
                           f"{parent.cells.get('number')}", cell)
        if not cell or vocab.is_none(cell):
            continue
        if vocab.label_re.search(cell) or (vocab.mentions_role(cell) and is_clause(cell, vocab)
                                           and not unit_like(cell, vocab)):
            for piece in read_clause(cell, vocab):
                said.append(Said(piece.role if piece.role != "responsible" or role == "lead" else role, piece.text,
                                 row.line, cell, inherited))
        elif (pair := _together(cell, vocab)) is not None:  # "科技部会同有关部门": the first leads, its partners assist
            said.append(Said(role if role == "assist" else "lead", pair[0], row.line, cell, inherited))
            said.append(Said("assist", pair[1], row.line, cell, inherited))
        else:
            said.append(Said(role, _spaced_names(cell, vocab), row.line, cell, inherited))
    if not any(s.role in UNIT_ROLES for s in said) and (task := row.cells.get("task")) and \
            (vocab.mentions_role(task) or vocab.label_re.search(task)):  # (or a label: "…发展。(责任单位:市建设局)")
        # "审议《…的请示》（由法规处负责办理。）" | 3.30 | … with no unit in the row's unit cells, or a ledger with no
        # unit column (四川省扶贫和移民工作局 办公室's 工作完成情况统计表, b462): the task cell's own clauses name them
        for clause in find_clauses(task, vocab, numbered=True):
            for piece in read_clause(clause.reading or clause.inner, vocab):
                said.append(Said(piece.role, piece.text, row.line, clause.printed))
    named = [n for s in said if s.role in UNIT_ROLES for n in re.split(r"[、,，;；和及]", s.text) if n]
    led = any(s.role == "lead" for s in said)
    for role, name, label in row.carried or (parent.carried if parent is not None else []):
        if any(n in name or name in n for n in named):
            continue  # (its own words name it, by its short name too: "由法规处负责办理" under 政策法规处's row)
        said.append(Said("assist" if led else role, name, row.line, label))  # (a partner where the row names the
        # one who leads: "由指导处牵头，…" under 政策法规处's row)
    return said


def _together(cell: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A unit cell naming a body and the ones it works with, no verb after them ("科技部会同有关部门", "国家发展改革委会同
    财政部等": the 责任部门 column of a State Council task table, 国办发〔2016〕28号 附件): the body's name and its
    partners', else None. Only 会同 parts them (roles.yaml together also holds 协调 and 联合, which stand inside names:
    区防汛抗旱协调办公室, 区工商业联合会)."""
    parts = re.split(r"会同(?!意)", cell.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    lead, rest = parts[0].strip(), parts[1].strip().rstrip("。;；")
    return (lead, rest) if lead and rest and unit_like(lead, vocab) and unit_like(rest, vocab) else None


def _block_units(cell: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """The units a label in a row of one cell names for the rows under it ("…责任处室：政策法规处  4月以前：2/4"),
    each up to the next field or run of spaces."""
    if not vocab.label_re.search(cell):
        return []
    out = []
    for piece in read_clause(cell, vocab):
        if piece.role in UNIT_ROLES:
            name = re.split(r"\s{2,}|\s(?=\S{1,8}[:：])|[)）]", piece.text.strip())[0].strip()
            if name and unit_like(name, vocab):
                out.append((piece.role if piece.role != "responsible" else "lead", name))
    return out


def _spaced_names(cell: str, vocab: Vocabulary) -> str:
    """A web table's unit cell whose names are parted by spaces only ("区国投集团 各有关乡镇(街道)"), listed with 、;
    a name the page broke with a space ("区 教体局") stays whole: its pieces are no names."""
    pieces = mend_spaced_names(cell).split()
    names = [vocab.strip_etc(split_brackets(p)[0]) for p in pieces]  # "各有关乡镇(街道)": 各有关乡镇
    if len(pieces) < 2 or re.search(r"[、,，;；]", cell) or not all(
            vocab.is_unit_name(n) or vocab.is_group(n) for n in names):
        return cell
    return "、".join(pieces)


def _task(collector: Collector, row: _Row, merged: _Row | None, number: str, **extra) -> Task:
    deadline_text = row.cells.get("deadline") or (merged.cells.get("deadline") if merged else None) or None
    text = clean_text(row.cells.get("task") or "")
    if not text:
        collector.issue(row.line, "unparsed_row", f"row {number} has no task text", row.raw)
    return collector.task(Task(task_key(collector.doc, number), collector.doc, number, row.domain, text, row.line,
                               deadline=normalize_deadline(deadline_text, collector.year), deadline_text=deadline_text,
                               **extra))


def parse(lines: list[str], first_line: int, collector: Collector, conventions: Conventions,
          seen: set[str]) -> int:
    """Read every responsibility table in ``lines`` (line ``first_line`` first); returns the rows read."""
    rows = _rows(lines, collector, conventions, first_line)
    numbered = any(r.cells.get("number") for r in rows)
    pending = _group(rows, numbered, collector)
    pending.reverse()  # popped in order, so a row's cells are freed once its records are made
    count, index = len(pending), 0
    while pending:
        collector.advance(count - len(pending), count)
        row = pending.pop()
        index += 1
        number = row.cells.get("number") or str(index)
        number = collector.numbered(number, seen, row.line, "row", row.raw)
        if not row.subrows:
            task = _task(collector, row, None, number)
            said = _said(collector, row, None, number)
            if not any(s.role in UNIT_ROLES for s in said):
                collector.issue(row.line, "unparsed_row", f"row {number} names no unit (a row cut off?)", row.raw)
            assign_task(collector, said, task.key, number, conventions, row.line, row.last)  # a statement
            # inside the row's own cells ("(有多个部门的,列第一位的为牵头单位,下同)") holds for the row too
            continue
        whole = clean_text("".join(r.cells.get("task") or "" for r in [row, *row.subrows]))
        parent_task = _task(collector, row, None, number, has_parts=True)
        parent_task.text = whole
        for i, part in enumerate([row, *row.subrows], 1):
            part_number = collector.numbered(f"{number}.{i}", seen, part.line, "row", part.raw)  # (not another's)
            merged = row if part is not row else None
            task = _task(collector, part, merged, part_number, parent=number)
            assign_task(collector, _said(collector, part, merged, part_number), task.key, part_number, conventions,
                        part.line, part.line)
    return count
