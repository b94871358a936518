"""Time the readers of downloaded formats and score them against the bundled plans' text.

- a 30-page text PDF (the 2023 plan's 19 pages, the 2018 plan's 6, and the first 5 of 2023 again, joined
  with PDFium), read and loaded: target under 5 s;
- OCR seconds per page on the scan of the 2023 plan (``--ocr-pages N`` pages, default 3; ``--ocr-pages 0``
  reads every page and scores the whole scanned list): target at most 5 s a page on 2 cores;
- lead and assist precision / recall of every format of both plans (.pdf, .doc, .ofd, and the scan when it
  is read whole) against the load of their text.

Prints a table, then one line of JSON with every figure.

    python bench/read_formats.py [--ocr-pages N]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agencygraph.loaders import load  # noqa: E402
from agencygraph.loaders.source import read_source  # noqa: E402

OFFICE = ROOT / "tests" / "fixtures" / "office"
PLANS = ["wuhan-2023-services-opening-plan", "wuhan-2018-internationalisation-plan"]


def triples(result):
    return {(a.task, a.role, a.actor) for a in result.assignments if a.target_label == "Task"}


def score(want: set, got: set) -> dict:
    out = {}
    for role in ("lead", "assist"):
        w = {t for t in want if t[1] == role}
        g = {t for t in got if t[1] == role}
        tp = len(w & g)
        out[role] = {"precision": round(tp / len(g), 4) if g else 1.0, "recall": round(tp / len(w), 4) if w else 1.0}
    return out


def thirty_pages(path: Path) -> None:
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    a = pdfium.PdfDocument(OFFICE / f"{PLANS[0]}.pdf")
    b = pdfium.PdfDocument(OFFICE / f"{PLANS[1]}.pdf")
    out.import_pages(a)
    out.import_pages(b)
    out.import_pages(a, list(range(30 - len(a) - len(b))))
    buf = io.BytesIO()
    out.save(buf)
    path.write_bytes(buf.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ocr-pages", type=int, default=3, help="pages of the scan to OCR (0: all)")
    args = parser.parse_args()
    figures: dict = {"formats": {}}
    with tempfile.TemporaryDirectory() as tmp:
        pdf30 = Path(tmp) / "thirty.pdf"
        thirty_pages(pdf30)
        start = time.perf_counter()
        source = read_source(pdf30)
        read_s = time.perf_counter() - start
        start = time.perf_counter()
        load(pdf30)
        figures["pdf_30_pages"] = {"pages": max(source.pages), "read_s": round(read_s, 2),
                                   "load_s": round(time.perf_counter() - start, 2)}
    for stem in PLANS:
        want = triples(load(ROOT / "examples" / f"{stem}.txt"))
        for suffix in (".pdf", ".doc", ".ofd"):
            start = time.perf_counter()
            got = triples(load(OFFICE / f"{stem}{suffix}"))
            figures["formats"][f"{stem}{suffix}"] = {**score(want, got),
                                                     "load_s": round(time.perf_counter() - start, 2)}
    from agencygraph.loaders.read_ocr import ocr_available, ocr_pdf_pages

    if ocr_available():
        scanned = OFFICE / f"{PLANS[0]}.scanned.pdf"
        data = scanned.read_bytes()
        if args.ocr_pages:
            pages = list(range(1, args.ocr_pages + 1))
            ocr_pdf_pages(data, [1])  # the engine's models load once, outside the timing
            start = time.perf_counter()
            ocr_pdf_pages(data, pages)
            figures["ocr"] = {"pages": len(pages), "s_per_page": round((time.perf_counter() - start) / len(pages), 2)}
        else:
            start = time.perf_counter()
            result = load(scanned)
            elapsed = time.perf_counter() - start
            want = triples(load(ROOT / "examples" / f"{PLANS[0]}.txt"))
            import pypdfium2 as pdfium

            pages = len(pdfium.PdfDocument(data))
            figures["ocr"] = {"pages": pages, "s_per_page": round(elapsed / pages, 2)}
            figures["formats"][scanned.name] = {**score(want, triples(result)), "load_s": round(elapsed, 2)}
    else:
        figures["ocr"] = "not installed (pip install 'agencygraph[ocr]')"
    print(f"30-page text PDF: read {figures['pdf_30_pages']['read_s']} s, load {figures['pdf_30_pages']['load_s']} s")
    print(f"OCR: {figures['ocr']}")
    print(f"{'file':<50} {'lead P':>7} {'lead R':>7} {'assist P':>9} {'assist R':>9} {'load s':>7}")
    for name, f in figures["formats"].items():
        print(f"{name:<50} {f['lead']['precision']:>7} {f['lead']['recall']:>7} {f['assist']['precision']:>9} "
              f"{f['assist']['recall']:>9} {f['load_s']:>7}")
    print(json.dumps(figures, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
