"""Hostile lines: each case is a file loaded by the real command (`agencygraph load --dry-run`) in a fresh process.

Cases: 100 KB and 315 KB of text without punctuation, 50,000 and 100,000 nested brackets, 20,000 commas or dashes
in one clause, 20,000 sentences each opened by a clause in one item (1.1 MB: linear, about 3 s), 20,000 unnumbered
lines after an item (long, or short and bare), a unit list wrapped over 20,000 lines, a 300 KB one-line document of
12,000 items, lines full of the words the body and roster rules look for, tables of 20,000 rows on one line,
20,000 names after a 会同. No step may be quadratic in a line's length: each case should take a second or two per
300 KB. Prints one row per case (size, seconds, exit code) and, last, one line of JSON.

    python bench/loader_hostile.py [--scale 1.0]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAD = "某府〔2024〕1号\n1.做一件事。(市财政局牵头,市教育局配合)\n"


def cases(scale: float) -> dict[str, str]:
    n = lambda k: max(1, int(k * scale))  # noqa: E731
    return {
        "100KB no punctuation": HEAD + "开展工作推进落实" * n(100_000 // 8),
        "315KB no punctuation": HEAD + "各区人民政府负责落实相关工作" * n(315_000 // 14),
        "50k nested brackets": HEAD + "2.任务(" + "(" * n(50_000) + "市财政局牵头" + ")" * n(50_000) + ")",
        "100k nested brackets": HEAD + "2.任务(" + "(" * n(100_000) + "市财政局牵头" + ")" * n(100_000),
        "20k commas in a clause": HEAD + "2.任务。(" + "市财政局," * n(20_000) + "市教育局牵头)",
        "20k dashes": HEAD + "2.任务" + "——市财政局" * n(20_000),
        "300KB one-line plan": "".join(f"{i}.做事情{i}。(市财政局牵头,市教育局配合)" for i in range(1, n(12_000) + 1)),
        "20k opening clauses": HEAD + "2." + "市发改委牵头,市财政局配合,做好甲工作。" * n(20_000),
        # a page whose paragraph breaks left nothing: each item's number glued to the units closing the one before
        "12k glued items": "".join(f"{i}.做事情{i}。责任单位:市财政局" for i in range(1, n(12_000) + 1)),
        # numbers glued to names that never run on (each looked at once, not the line searched again for labels)
        "20k glued numbers": HEAD + "2.任务。责任单位:市财政局" + "市教育局7." * n(20_000),
        "body and roster words": HEAD + "成立领导小组下设办公室设在市财政局为成员单位组长" * n(5_000),
        # a line of 10,000+ characters with no space (a page's style block run into its text): spaced role words
        # are looked for in long lines, and the look-ahead for a space must not run to the line's end
        "20k characters, no space": HEAD + "2.任务" + "市财政局牵头" * n(3_500) + " 负责",
        # 20,000 lines with no number after an item (they all go on the item): each line is looked at once, not
        # the item so far at every line (20,000 such lines in a paragraph took 5 minutes)
        "20k unnumbered lines": HEAD + "".join(f"开展工作推进落实相关事项{k}。\n" for k in range(n(20_000))),
        # short lines with no punctuation (each could open a table's header, each is a line start in the item)
        "20k short bare lines": HEAD + "开展工作推进落实\n" * n(20_000),
        # one unit list wrapped over 20,000 lines after its label
        "20k-line unit list": HEAD + "2.做二事。\n责任单位:市财政局、\n" + "市教育局、\n" * n(20_000),
        # a table of 20,000 rows on one line, its cells run together with nothing between them (glued_rows)
        "20k glued table rows": "序号工作任务牵头单位配合单位" + "".join(
            f"{k}推进第{k}项重点工作区发展改革委区财政局" for k in range(1, n(20_000) + 1)),
        # the same with its cells parted by spaces, and a count in every row ("3个") that starts no row
        "20k spaced table rows": "序号 工作任务 牵头单位 配合单位 " + " ".join(
            f"{k} 建成{k % 9 + 1}个站点 区发展改革委 区财政局" for k in range(1, n(20_000) + 1)),
        # a table of 20,000 rows on one line with no 序号 column, its cells parted by pipes (glued_rows._unfold), and
        # a line of 20,000 column names that never make a header
        "20k piped rows, no 序号": "工作任务 | 牵头单位 | 配合单位 | " + " | ".join(
            f"推进第{k}项重点工作 | 区发展改革委 | 区财政局" for k in range(1, n(20_000) + 1)),
        "20k column names": HEAD + " ".join(f"责任单位 第{k}项" for k in range(1, n(20_000) + 1)),
        # a glued header, then 20,000 glued rows one a line (glued_rows._table_lines), and 20,000 lines that each
        # hold a glued 序号 and open with the next number (each a header to try: none is tried twice)
        "20k glued rows a line": "序号工作任务\n牵头单位配合单位\n" + "".join(
            f"{k}推进第{k}项重点工作区发展改革委区财政局\n" for k in range(1, n(20_000) + 1)),
        "20k glued 序号 lines": HEAD + "".join(f"{k}序号x\n" for k in range(1, n(20_000) + 1)),
        # an agent's 会同 followed by 20,000 names and a verb of no list (clauses._partners_before_verb: each cut of
        # the names is tried, within a list's reach only)
        "20k names after 会同": HEAD + "2.任务由市财政局会同" + "区财政局、" * n(20_000) + "区教育局确定。\n",
        # a copy that lost a list's closing bracket, and items after it: each number is looked at inside it
        "20k items, a bracket unclosed": HEAD + "2.任务。(责任单位:市财政局 " + "".join(
            f"{k}.推进第{k}项重点工作,做好相关事项 " for k in range(3, n(20_000) + 3)),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every case's size (default 1)")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in cases(args.scale).items():
            path = Path(tmp) / (name.replace(" ", "-") + ".txt")
            path.write_text(text, encoding="utf-8")
            start = time.perf_counter()
            out = subprocess.run([sys.executable, str(ROOT / "cli.py"), "--store", str(Path(tmp) / "s.json"), "load",
                                  "--dry-run", str(path)], capture_output=True, text=True, cwd=ROOT)
            seconds = round(time.perf_counter() - start, 2)
            rows.append({"case": name, "bytes": path.stat().st_size, "seconds": seconds, "exit": out.returncode})
            print(f"{name:26} {path.stat().st_size:>9} B {seconds:>7.2f} s  exit {out.returncode}", flush=True)
    print(json.dumps({"scale": args.scale, "cases": rows, "slowest_s": max(r["seconds"] for r in rows)},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
