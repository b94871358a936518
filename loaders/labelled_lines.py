"""Genre "labelled lines": a task line followed by lines such as "牵头单位:区发改局" / "责任单位:…" / "完成时限:…"."""

GENRE = "labelled_lines"


def detect(text: str) -> int:
    return 0


def parse(source, collector) -> None:
    return None
