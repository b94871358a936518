"""`chart deadlines` and `workload --by` put every task in the same period: one function decides
(graph.workload.period_of), and a deadline of a year alone ("2025年") is due by the end of that year, Q4."""

import pytest

from graph.analyses import workload
from graph.nx_store import NetworkxStore
from loaders import load
from viz.load_chart import chart

# A responsibility table as the 2023 plan prints it; row 3's deadline names only the year.
YEAR_ONLY = """武政办〔2025〕3号
类别\t序号\t试点任务\t牵头单位\t责任单位\t完成时限
一、甲领域\t1\t任务一。\t市教育局\t市科技局\t2024年3月
\t2\t任务二。\t市科技局\t市财政局\t2025年6月
\t3\t任务三。\t市教育局\t市财政局\t2025年
"""


def _frame(df):
    return df.set_index("unit") if "unit" in df.columns else df


@pytest.fixture(scope="module")
def corpus(result_2018, result_2023):
    s = NetworkxStore()
    s.write([result_2018, result_2023])
    return s


@pytest.mark.parametrize("period", ["year", "quarter"])
def test_chart_and_workload_agree_on_the_bundled_plans(corpus, tmp_path, period):
    drawn = chart(corpus, "deadlines", tmp_path / "d.png", period=period, width=400, height=300)["data"]
    table = _frame(workload(corpus, by=period))
    assert list(drawn.columns) == list(table.columns)  # the 2018 plan's 18 tasks: "no deadline", last in both
    assert list(drawn.columns)[-1] == "no deadline"
    assert drawn.loc[table.index].astype(int).equals(table.astype(int))


def test_a_year_alone_is_due_in_its_fourth_quarter(tmp_path):
    store = NetworkxStore()
    store.write([load("year-only.txt", text=YEAR_ONLY)])
    assert [t["deadline"] for t in store.tasks()] == ["2024-03", "2025-06", "2025"]
    drawn = chart(store, "deadlines", tmp_path / "q.png", period="quarter", width=400, height=300)["data"]
    assert drawn.attrs["tasks"] == {"2024-Q1": 1, "2025-Q2": 1, "2025-Q4": 1}
    table = _frame(workload(store, by="quarter"))
    # 市教育局 leads tasks 1 and 3, 市财政局 assists 2 and 3, 市科技局 assists 1 and leads 2
    assert table.loc["市教育局"].to_dict() == drawn.loc["市教育局"].to_dict() == \
        {"2024-Q1": 1, "2025-Q2": 0, "2025-Q4": 1}
    assert table.loc["市财政局"].to_dict() == drawn.loc["市财政局"].to_dict() == \
        {"2024-Q1": 0, "2025-Q2": 1, "2025-Q4": 1}
