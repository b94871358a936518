"""PDF reading on PDFs made the way governments make them (tests/fixtures/make_office_fixtures.py: LibreOffice
headless from a Word document built from the bundled plans), compared with the load of the plans' text."""

import io
import re
import time
from pathlib import Path

import pytest

from graph.errors import UnreadableInput
from loaders import load, load_documents
from loaders.pdf_tables import carry_over_page, drop_repeated_header, join_split_row, stitch
from loaders.read_pdf import pdf_lines
from loaders.source import read_source

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "fixtures" / "office"
PLANS = ["wuhan-2023-services-opening-plan", "wuhan-2018-internationalisation-plan"]


def triples(result):
    return {(a.task, a.role, a.actor) for a in result.assignments if a.target_label == "Task"}


@pytest.fixture(scope="module")
def loaded():
    return {stem: (load(ROOT / "examples" / f"{stem}.txt"), load(OFFICE / f"{stem}.pdf")) for stem in PLANS}


@pytest.mark.parametrize("stem", PLANS)
def test_pdf_of_a_bundled_plan_loads_like_its_text(loaded, stem):
    text, pdf = loaded[stem]
    assert triples(pdf) == triples(text)  # lead and assist P/R = 1.0
    assert {t.number: t.text for t in pdf.tasks} == {t.number: t.text for t in text.tasks}
    assert {(d.number, d.title) for d in pdf.domains} == {(d.number, d.title) for d in text.domains}
    counts = lambda r: {k: v for k, v in r.counts().items() if k != "notes"}  # noqa: E731
    assert counts(pdf) == counts(text)
    assert [str(i) for i in pdf.issues if i.severity == "warning"] == []
    assert pdf.document.key == text.document.key


def test_the_2023_list_is_one_table_over_many_pages():
    source = read_source(OFFICE / "wuhan-2023-services-opening-plan.pdf")
    rows = [(n, line) for n, line in enumerate(source.lines, 1) if re.match(r"[^\t]*\t\d+\t", line)]
    assert [int(line.split("\t")[1]) for _, line in rows] == list(range(1, 91))
    assert len({source.page(n) for n, _ in rows}) >= 10  # the list runs over many pages ...
    headers = [line for line in source.lines if line.startswith("类别\t")]
    assert headers == ["类别\t序号\t试点任务\t牵头单位\t责任单位\t完成时限"]  # ... its header once ("序\n号" joined)
    # every row carries its category down (类别 merged down, over page breaks too)
    assert all(re.match(r"[一二三四五六七八九]、", line) for _, line in rows)
    # a unit wrapped inside its cell ("市市场监管\n局") is one name, no space, no 、
    row3 = next(line for _, line in rows if line.split("\t")[1] == "3")
    assert row3.split("\t")[4] == "市教育局、市人社局、市市场监管局"
    assert row3.split("\t")[5] == "2024年12月"


def test_a_row_cut_by_a_page_break_is_joined():
    """Row 6 of the 2023 list starts at the foot of one page and ends at the top of the next (seen in the PDF)."""
    pdf = OFFICE / "wuhan-2023-services-opening-plan.pdf"
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        pages = [n for n, page in enumerate(doc.pages, 1) if "有序开展开源软件开发的国际合" in
                 (page.extract_text() or "").replace("\n", "")]
        continued = [n for n, page in enumerate(doc.pages, 1)
                     if (page.extract_text() or "").split("\n")[2:4].count("际合作。")]
    source = read_source(pdf)
    row6 = next(n for n, line in enumerate(source.lines, 1) if re.match(r"[^\t]*\t6\t", line))
    assert source.lines[row6 - 1].split("\t")[2].endswith("有序开展开源软件开发的国际合作。")
    assert not any(line.startswith("\t\t际合作") or "\t际合作。" in line for line in source.lines)
    assert continued == [pages[0] + 1] if pages else continued  # the fixture really breaks row 6


def test_running_heads_and_page_numbers_are_dropped():
    source = read_source(OFFICE / "wuhan-2023-services-opening-plan.pdf")
    assert not any(re.fullmatch(r"[—\s]*\d+[—\s]*", line) for line in source.lines)
    # the issuer's name is printed on every page's head, and twice in the text itself (signature, colophon)
    assert source.lines.count("武汉市人民政府办公厅") == 2


def test_lines_know_their_page_and_warnings_say_it():
    source = read_source(OFFICE / "wuhan-2018-internationalisation-plan.pdf")
    line = next(n for n, text in enumerate(source.lines, 1) if text.startswith("一级指标\t"))
    import pdfplumber

    with pdfplumber.open(OFFICE / "wuhan-2018-internationalisation-plan.pdf") as doc:
        page = next(n for n, p in enumerate(doc.pages, 1) if "一级指标" in (p.extract_text() or ""))
    assert source.page(line) == page
    assert source.page(1) == 1 and source.page(10_000) is None
    # a warning on a PDF line names the page (a clause no parser can place, added to the real text)
    lines = source.lines[:]
    lines.insert(line - 1, "牵头单位:")
    result = load("x.pdf", text="\n".join(lines))
    assert result.issues  # text given directly has no pages: the report says the line only
    from graph.model import Issue

    assert str(Issue("plan.pdf", 214, "unparsed_clause", "cannot split", "x", page=9)) == \
        'plan.pdf:214 (page 9): unparsed_clause: cannot split: "x"'


def test_folders_pick_up_pdfs(tmp_path):
    (tmp_path / "plan.pdf").write_bytes((OFFICE / "wuhan-2018-internationalisation-plan.pdf").read_bytes())
    batch = load_documents([tmp_path])
    assert batch.ok and batch.results[0].document.key == "武政〔2018〕50号"


# -- stitching steps, one test each (grids as the page tables give them) ---------------------------------
H = [("序号", ""), ("任务", ""), ("牵头单位", ""), ("类别", "")]


def test_drop_repeated_header():
    part = [H, [("2", ""), ("乙。", ""), ("市教育局", ""), ("", "")]]
    assert drop_repeated_header([H], part) == part[1:]
    assert drop_repeated_header([H], part[1:]) == part[1:]


def test_join_split_row_only_joins_fragments():
    above = [H, [("1", ""), ("建设中试平", ""), ("市科技局", ""), ("一、科教", "")]]
    table = [list(r) for r in above]
    rest = join_split_row(table, [[("", ""), ("台。", ""), ("", ""), ("", "")]], 0)
    assert rest == [] and table[-1][1] == ("建设中试平台。", "")
    # a sub-row with its own lead, under a finished sentence, is a row of its own (a merged 序号 cell)
    table = [H, [("1", ""), ("建设平台。", ""), ("市科技局", ""), ("一、科教", "")]]
    sub = [[("", ""), ("推进改革。", ""), ("市财政局", ""), ("", "")]]
    assert join_split_row(table, sub, 0) == sub


def test_carry_over_page_continues_a_merged_cell():
    table = [H, [("1", ""), ("甲。", ""), ("市科技局", ""), ("一、科教", "")],
             [("2", ""), ("乙。", ""), ("市教育局", ""), ("", "down")]]
    part = [[("3", ""), ("丙。", ""), ("市经信局", ""), ("", "")]]
    assert carry_over_page(table, part)[0][3] == ("", "down")
    table[-1][3] = ("一、科教", "")  # the category's own cell ended on the page: the next one is not its
    assert carry_over_page(table, part)[0][3] == ("", "")
    grid, pages = stitch([table, [H, *part]], [4, 5])
    assert len(grid) == 4 and pages == [4, 4, 4, 5]


# -- bad files: one clear error each, quickly, nothing stored ---------------------------------------------
def test_encrypted_pdf():
    with pytest.raises(UnreadableInput, match=r"encrypted\.pdf: is an encrypted PDF .*password"):
        load(OFFICE / "bad" / "encrypted.pdf")


@pytest.mark.parametrize("cut", [0.5, 0.02])
def test_truncated_pdf(tmp_path, cut):
    data = (OFFICE / "wuhan-2018-internationalisation-plan.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(UnreadableInput, match=r"cut\.pdf: .*PDF"):
        load(tmp_path / "cut.pdf")


def test_garbage_after_a_pdf_header(tmp_path):
    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(UnreadableInput, match=r"junk\.pdf: is a damaged PDF"):
        load(tmp_path / "junk.pdf")


def test_two_thousand_blank_pages_fail_fast(tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(2000):
        pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    (tmp_path / "blank.pdf").write_bytes(buf.getvalue())
    start = time.perf_counter()
    with pytest.raises(UnreadableInput, match=r"blank\.pdf: is a PDF of 2000 blank pages"):
        load(tmp_path / "blank.pdf")
    assert time.perf_counter() - start < 20


def test_a_bad_pdf_in_a_batch_stores_nothing_from_it(tmp_path):
    (tmp_path / "a.pdf").write_bytes((OFFICE / "bad" / "encrypted.pdf").read_bytes())
    (tmp_path / "b.pdf").write_bytes((OFFICE / "wuhan-2018-internationalisation-plan.pdf").read_bytes())
    batch = load_documents([tmp_path])
    assert not batch.ok and [r.document.source for r in batch.results] == ["b.pdf"]
    assert "a.pdf: is an encrypted PDF" in str(batch.failures[0])


def test_pdf_lines_report_progress_per_page():
    calls = []
    data = (OFFICE / "wuhan-2018-internationalisation-plan.pdf").read_bytes()
    pdf_lines("x.pdf", data, lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1] and [d for d, _ in calls] == list(range(1, calls[-1][1] + 1))


def test_assignments_keep_the_page_through_the_store(tmp_path, loaded):
    """Task 47's row is printed on the page pdfplumber finds its text on; its edges carry that page."""
    import pdfplumber

    from graph import open_store

    _text, pdf = loaded["wuhan-2023-services-opening-plan"]
    with pdfplumber.open(OFFICE / "wuhan-2023-services-opening-plan.pdf") as doc:
        page = next(n for n, p in enumerate(doc.pages, 1) if "优化文化领域相关审批程" in
                    (p.extract_text() or "").replace("\n", ""))
    assert {a.page for a in pdf.assignments if a.task == "47"} == {page}
    store = open_store(str(tmp_path / "s.json"))
    store.write([pdf])
    store.close()
    graph = open_store(str(tmp_path / "s.json")).graph()
    pages = {d.get("page") for _u, _v, d in graph.edges(data=True) if d.get("type") == "LEADS" and d.get("task") == "47"}
    assert pages == {page}
    text, _pdf = loaded["wuhan-2023-services-opening-plan"]
    assert {a.page for a in text.assignments} == {None}  # a text file has no pages


def test_a_numbered_table_without_ruling_lines_over_two_pages():
    """The genre suite's Word table has no borders; LibreOffice's PDF of it runs row 26 onto page 2. Read by the
    alignment of its text, it gives the rows the .docx gives."""
    from loaders.containers import docx_text

    genres = ROOT / "tests" / "fixtures" / "genres"
    pdf = read_source(genres / "office" / "nantong-chongchuan-2023-livelihood.pdf")
    docx = docx_text((genres / "tables" / "nantong-chongchuan-2023-livelihood.docx").read_bytes())
    rows = lambda lines: [line for line in lines if "\t" in line]  # noqa: E731
    assert rows(pdf.lines) == rows(docx.split("\n"))
    assert pdf.pages[-1] == 2 and [p for p, line in zip(pdf.pages, pdf.lines) if line.startswith("26\t")] == [1]


BROWSER = Path(__file__).resolve().parent / "fixtures" / "genres" / "browserpdf"


@pytest.mark.parametrize("pdf", sorted(BROWSER.glob("*.pdf")), ids=lambda p: p.stem)
def test_a_page_printed_by_a_browser_loads_like_the_page(pdf, capfd):
    """Chromium's PDF text layer gives CJK radicals for many ideographs (⼯ for 工, ⺠ for 民): read as the
    ideographs, the PDF loads the tasks and units the web page does; pdfminer's font warnings stay quiet. The two
    tables are cut by a page break (the cut row's sides drawn to the page's foot, no line under them)."""
    lines, _pages, _notes = pdf_lines(str(pdf), pdf.read_bytes())
    assert re.search(r"[\u2e80-\u2fdf]", "\n".join(lines))  # the kind of PDF this is
    fixtures = Path(__file__).resolve().parent / "fixtures"
    html = next(p for folder in (fixtures / "corpus", fixtures / "genres") for p in folder.glob(f"*/{pdf.stem}.html")
                if p.parent.name != "browserpdf")
    printed, page = load(pdf), load(html)
    assert sorted((a.role, a.spelling) for a in printed.assignments) == \
        sorted((a.role, a.spelling) for a in page.assignments)
    # the texts agree but for a glyph or two a font maps elsewhere still (胶 printed as the look-alike 㬵)
    assert [t.text[:6] for t in printed.tasks] == [t.text[:6] for t in page.tasks]
    assert any(i.kind == "radicals" for i in printed.issues)
    assert "FontBBox" not in capfd.readouterr().err


def test_a_numbered_line_after_a_full_line_that_ends_a_sentence_starts_a_paragraph():
    """江苏 十一五 纲要 分工 typed with no first-line indent: "…各有关部门必须确保完成。" fills its line and "1. 约束性
    指标的责任部门" comes next, and nothing but its number says a paragraph starts there. The numbered line starts
    one, and the PDF loads the tasks and units its text does."""
    fixtures = ROOT / "tests" / "fixtures"
    stem = "jiangsu-2006-eleventh-plan-division"
    pdf = load(fixtures / "genres" / "wordcopies" / f"{stem}.pdf")
    text = load(next((fixtures / "corpus").glob(f"*/{stem}.txt")))
    assert [line for line in read_source(fixtures / "genres" / "wordcopies" / f"{stem}.pdf").lines
            if line.startswith("1. 约束性指标")] == ["1. 约束性指标的责任部门"]
    assert sorted((a.task, a.role, a.spelling) for a in pdf.assignments) == \
        sorted((a.task, a.role, a.spelling) for a in text.assignments)


def test_a_bold_header_printed_twice_over_itself_reads_once():
    """国发〔2016〕73号 as a browser printed the 中国政府网 page: its annex table's bold header is each word printed
    twice at one place ("序序号号 重重点点工工作作 负负责责单单位位" in the text layer). Each character counts once, so the
    header names its columns and the 74 rows of the task division are read as a table."""
    path = next((ROOT / "tests" / "fixtures" / "corpus").glob("*/state-council-2016-13th-five-year-informatization-plan.pdf"))
    lines = read_source(path).lines
    assert "序号\t重点工作\t负责单位" in lines and not any("序序号号" in line for line in lines)
    loaded = load(path)
    rows = {a.task for a in loaded.assignments if a.target_label == "Task" and a.task.isdigit()}
    assert rows >= {str(n) for n in range(1, 75)}
    assert sorted((a.role, a.actor) for a in loaded.assignments if a.task == "1") == [
        ("assist", "中科院"), ("assist", "公安部"), ("assist", "科技部"),
        ("lead", "中央网信办"), ("lead", "国家发展改革委"), ("lead", "工业和信息化部")]


def test_a_rectangle_filled_with_a_pattern_does_not_make_the_pdf_damaged():
    """浙发改产业〔2022〕1号 (浙江 五部门 能效 实施方案, as the government published it): a rectangle filled with a
    pattern ("/Pattern cs /Pt0 scn") has a pattern's name for its colour; read as a number it made the whole file "a
    damaged PDF" and its 17 tasks were lost. A pattern is no white background: the rectangle stays a drawn one."""
    from loaders.read_pdf import _unseen

    path = Path(__file__).resolve().parent / "fixtures" / "corpus" / "b1223" / \
        "zhejiang-2022-energy-efficiency-constraint-key-sectors-plan.pdf"
    loaded = load(path)
    assert len(loaded.tasks) == 17
    first = next(t for t in loaded.tasks if t.text.startswith("明确重点行业领域"))
    assert {a.actor for a in loaded.assignments if a.task == first.number} == {"省发展改革委", "省经信厅"}
    assert not _unseen({"fill": True, "stroke": False, "non_stroking_color": ("Pt0",)})
    assert _unseen({"fill": True, "stroke": False, "non_stroking_color": (1, 1, 1)})
