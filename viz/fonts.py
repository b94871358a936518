"""Find an installed font that has Chinese glyphs, so chart labels render instead of showing empty boxes.

Examples
--------
>>> pick_family(["DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC"])
'Noto Sans CJK SC'
>>> pick_family(["DejaVu Sans"]) is None
True
"""

from __future__ import annotations

from agencygraph.graph.errors import AgencyGraphError

__all__ = ["CJK_FAMILIES", "FontMissing", "INSTALL_HINT", "cjk_font", "pick_family"]

#: Font families with simplified Chinese glyphs, best first (Linux packages first, then macOS and Windows).
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "Droid Sans Fallback", "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti",
    "Microsoft YaHei", "SimHei", "DengXian", "Noto Serif CJK SC", "AR PL UMing CN", "AR PL UKai CN",
    "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Source Han Sans", "Arial Unicode MS",
)
INSTALL_HINT = ("install a font with Chinese glyphs — Debian/Ubuntu: apt-get install fonts-noto-cjk; Fedora: "
                "dnf install google-noto-sans-cjk-fonts; macOS and Windows ship one (PingFang SC, Microsoft "
                "YaHei); a font installed after matplotlib cached its list is found by a fresh scan")


class FontMissing(AgencyGraphError):
    """No installed font can draw Chinese; the message names the package to install."""


def pick_family(installed) -> str | None:
    """The best of ``CJK_FAMILIES`` among the installed family names, or None."""
    names = set(installed)
    return next((f for f in CJK_FAMILIES if f in names), None)


def _draws_chinese(path: str, sample: str = "市局") -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(path)
    except (OSError, RuntimeError):
        return False
    return all(font.get_char_index(ord(ch)) for ch in sample)


def cjk_font() -> str:
    """The family name of an installed font that draws Chinese (matplotlib's font list), or FontMissing."""
    from matplotlib import font_manager

    entries = font_manager.fontManager.ttflist
    family = pick_family(e.name for e in entries)
    if family and any(_draws_chinese(e.fname) for e in entries if e.name == family):
        return family
    if family := _installed_since(font_manager):
        return family
    for entry in entries:  # any other font that happens to cover Chinese (not a fallback font of empty boxes)
        if entry.name not in CJK_FAMILIES and not entry.name.startswith("Last Resort") and _draws_chinese(entry.fname):
            return entry.name
    raise FontMissing(f"no installed font can draw Chinese chart labels; {INSTALL_HINT}")


def _installed_since(font_manager) -> str | None:
    """A CJK family installed after matplotlib cached its font list (apt-get install fonts-noto-cjk after the first
    chart): found by scanning the system's fonts afresh, its faces added to matplotlib's list for this process, and
    the fresh list saved as matplotlib's cache for the next ones. None when no font file has one."""
    import matplotlib

    fresh = font_manager.FontManager()
    family = pick_family(e.name for e in fresh.ttflist)
    faces = [e for e in fresh.ttflist if e.name == family]
    if family is None or not any(_draws_chinese(e.fname) for e in faces):
        return None
    font_manager.fontManager.ttflist.extend(faces)
    font_manager.fontManager.addfont(faces[0].fname)  # (and matplotlib forgets the lookups it made without them)
    try:
        font_manager.json_dump(fresh, f"{matplotlib.get_cachedir()}/fontlist-v{font_manager.FontManager.__version__}.json")
    except OSError:
        pass  # a read-only cache: this process has the fonts, the next one scans again
    return family
