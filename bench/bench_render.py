"""Render times of a 受理通知书: ESC/POS and PDF against a bare reportlab page, same run.

Run: ``.venv/bin/python bench/bench_render.py [--repeat 20]``.  Prints the median
time of each renderer after one warm-up call (cold start is printed separately:
it includes font loading), and each one's ratio to the bare reportlab page that
draws the same text lines with the same embedded font and nothing else — the
floor any PDF of this document can reach with reportlab.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from app.forms.registry import build_demo  # noqa: E402
from app.printing.escpos import EscPosRenderer  # noqa: E402
from app.printing.fonts import bundled_font  # noqa: E402
from app.printing.pdf import PaperSize, PdfRenderer  # noqa: E402
from app.printing.preview import render_preview  # noqa: E402
from app.printing.profile import PrinterProfile, TextMode  # noqa: E402


def _timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, int]:
    start = time.perf_counter()
    result = fn()
    cold = time.perf_counter() - start
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    size = len(result) if isinstance(result, bytes) else 0
    return cold, statistics.median(samples), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="5 repetitions")
    args = parser.parse_args()
    if args.quick:
        args.repeat = 5

    document = build_demo("acceptance")
    lines = document.text_lines()
    pdfmetrics.registerFont(TTFont("BenchBare", str(bundled_font()), subfontIndex=0))

    def bare_page() -> bytes:
        buffer = io.BytesIO()
        page = canvas.Canvas(buffer, pagesize=A4, initialFontName="BenchBare")
        page.setFont("BenchBare", 11)
        y = A4[1] - 50
        for line in lines:
            page.drawString(40, y, line[:48])
            y -= 16
        page.showPage()
        page.save()
        return buffer.getvalue()

    raster80 = EscPosRenderer(PrinterProfile(width_dots=576))
    raster58 = EscPosRenderer(PrinterProfile(width_dots=384))
    resident80 = EscPosRenderer(PrinterProfile(width_dots=576, text_mode=TextMode.RESIDENT))
    pdf_a4 = PdfRenderer(PaperSize.A4)
    pdf_receipt = PdfRenderer(PaperSize.RECEIPT_80)

    cases: list[tuple[str, Callable[[], object]]] = [
        ("bare reportlab page (same font, same lines)", bare_page),
        ("ESC/POS 80 mm raster", lambda: raster80.render(document)),
        ("ESC/POS 58 mm raster", lambda: raster58.render(document)),
        ("ESC/POS 80 mm resident GB18030", lambda: resident80.render(document)),
        ("PDF A4", lambda: pdf_a4.render(document)),
        ("PDF 80 mm receipt", lambda: pdf_receipt.render(document)),
        ("preview PNG image 80 mm", lambda: render_preview(document)),
    ]
    results = [(name, *_timed(fn, args.repeat)) for name, fn in cases]
    baseline = results[0][2]
    print(f"受理通知书 render times, median of {args.repeat} after one warm-up call")
    print(f"{'renderer':46} {'cold ms':>9} {'median ms':>10} {'x bare':>7} {'bytes':>8}")
    for name, cold, median, size in results:
        print(f"{name:46} {cold * 1000:9.1f} {median * 1000:10.2f} {median / baseline:7.2f} {size:8d}")


if __name__ == "__main__":
    main()
