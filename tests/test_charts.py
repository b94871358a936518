"""Static charts on the bundled corpus: exact pixel size, not blank, Chinese drawn without missing glyphs,
and the numbers drawn are the ones the analytics give (values cross-checked in tests/test_cli.py)."""

import warnings
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from cli import cli
from graph.nx_store import NetworkxStore
from viz import CHARTS
from viz.fonts import FontMissing
from viz.load_chart import DEFAULT_SIZES, chart


@pytest.fixture(scope="module")
def store(result_2018, result_2023):
    s = NetworkxStore()
    s.write([result_2018, result_2023])
    return s


def pixels(path):
    from PIL import Image

    with Image.open(path) as im:
        return im.size, np.asarray(im.convert("RGB"), dtype=np.int16)


def colours(rgb) -> int:
    """Distinct colours in an RGB array."""
    packed = (rgb[..., 0].astype(np.int32) << 16) | (rgb[..., 1].astype(np.int32) << 8) | rgb[..., 2]
    return len(np.unique(packed))


@pytest.fixture(scope="module")
def drawn(store, tmp_path_factory):
    """Every chart at its default size, drawn once; any warning ("Glyph … missing from font") is an error."""
    folder = tmp_path_factory.mktemp("charts")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return {kind: chart(store, kind, folder / f"{kind}.png") for kind in CHARTS}


@pytest.mark.parametrize("kind", CHARTS)
def test_each_chart_is_a_png_of_the_right_size_with_chinese_drawn(drawn, kind):
    info = drawn[kind]
    size, rgb = pixels(info["path"])
    assert size == DEFAULT_SIZES[kind] == (info["width"], info["height"])
    assert rgb.std() > 20 and colours(rgb) > 100
    assert info["font"] == "Noto Sans CJK SC"


def test_load_chart_draws_leads_and_assists_of_the_top_units(drawn):
    data = drawn["load"]["data"]
    # 市经信局 leads 19 and assists 12 (weighted load 50, the heaviest); then 市科技局 (12 + 17 = 41),
    # 市商务局 (10 + 20 = 40)
    assert data.head(3).values.tolist() == [["市经信局", 19, 12], ["市科技局", 12, 17], ["市商务局", 10, 20]]
    assert len(data) == 20


def test_coownership_and_domain_heatmaps_hold_the_projection(drawn):
    co = drawn["coownership"]["data"]
    assert co.loc["市发改委", "市经信局"] == co.loc["市经信局", "市发改委"] == 17  # the top pair
    assert co.shape == (20, 20)
    dom = drawn["domains"]["data"]
    # 2023 rows 52-56 (推动物流运输服务扩大开放) are led by 市交通运输局, which assists none of that domain's rows
    assert dom.loc["市交通运输局", "2023-5 推动物流运输服务扩大开放"] == 5
    assert list(dom.columns)[:2] == ["2018-1 建设中部地区国际交通枢纽", "2018-2 建设中部地区国际经贸合作高地"]
    assert dom.shape == (20, 14)


def test_deadline_chart_counts_tasks_per_year(drawn, store, tmp_path):
    data = drawn["deadlines"]["data"]
    # 2023 plan: 92 tasks with deadlines (56 by end of 2023, 36 by end of 2024); the 2018 plan's 18 have none
    assert data.attrs["tasks"] == {"2023": 56, "2024": 36, "no deadline": 18}
    assert int(data.values.sum()) == 148 + 291  # every lead and assist edge, each in one period
    quarters = chart(store, "deadlines", tmp_path / "q.png", period="quarter", doc="2023", width=400,
                     height=300)["data"]
    assert quarters.attrs["tasks"] == {"2023-Q4": 56, "2024-Q4": 36}


def test_svg_and_custom_size(store, tmp_path):
    svg = tmp_path / "load.svg"
    chart(store, "load", svg, width=900, height=600)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg") and (root.get("width"), root.get("height")) == ("648pt", "432pt")
    assert "<text" not in svg.read_text(encoding="utf-8")  # glyphs as paths: no font needed to view it
    png = tmp_path / "small.png"
    chart(store, "coownership", png, width=640, height=480, top=8)
    assert pixels(png)[0] == (640, 480)


def test_no_cjk_font_names_the_package_to_install(store, tmp_path, monkeypatch):
    from matplotlib import font_manager

    monkeypatch.setattr(font_manager.fontManager, "ttflist",
                        [f for f in font_manager.fontManager.ttflist if "DejaVu" in f.name])
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [])  # (nor on the system: a scan finds none)
    with pytest.raises(FontMissing, match="apt-get install fonts-noto-cjk"):
        chart(store, "load", tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_a_cjk_font_installed_after_matplotlib_cached_its_list_is_found(store, tmp_path, monkeypatch):
    """fonts-noto-cjk installed after the first chart: matplotlib's cached list has no CJK family (its cache is not
    rebuilt when fonts are added), so the fonts are scanned afresh, used, and the fresh list cached for next time."""
    import matplotlib
    from matplotlib import font_manager

    monkeypatch.setattr(font_manager.fontManager, "ttflist",
                        [f for f in font_manager.fontManager.ttflist if "DejaVu" in f.name])
    monkeypatch.setattr(matplotlib, "get_cachedir", lambda: str(tmp_path))
    info = chart(store, "load", tmp_path / "x.png")
    assert info["font"] == "Noto Sans CJK SC"
    assert any(f.name == "Noto Sans CJK SC" for f in font_manager.fontManager.ttflist)
    assert "Noto Sans CJK SC" in next(tmp_path.glob("fontlist-v*.json")).read_text(encoding="utf-8")


def test_chart_command(tmp_path):
    runner = CliRunner()
    db = tmp_path / "store.json"
    assert runner.invoke(cli, ["--store", str(db), "load", str(EXAMPLES)]).exit_code == 0
    out = tmp_path / "load.png"
    result = runner.invoke(cli, ["--store", str(db), "chart", "load", str(out), "--top", "10", "--width", "1000"])
    assert result.exit_code == 0, result.output
    assert result.output == (f"{out}: 1000x800 px, Top 10 units by coordination load (bars sorted by 2 × leads + "
                             "assists) (font: Noto Sans CJK SC)\n")
    assert pixels(out)[0] == (1000, 800)
    bad = runner.invoke(cli, ["--store", str(db), "chart", "load", str(tmp_path / "x.pdf")])
    assert (bad.exit_code, bad.output) == (1, f"Error: {tmp_path / 'x.pdf'}: a chart is written as .png or .svg, "
                                              "not .pdf\n")
