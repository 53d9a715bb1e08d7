"""``admin print-sample``: a test print of any document, to a file or straight to a printer."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import WithStore
from app.domain.errors import CounterDeskError


def print_sample_cmd(args: argparse.Namespace) -> int:
    from app.printing.profile import TextMode
    from app.printing.sample import print_sample

    if args.document != "list" and not args.out and not args.printer:
        raise CounterDeskError("请用 --out 指定输出文件，或用 --printer 指定打印机")
    lines = print_sample(
        args.document,
        args.format,
        args.width,
        Path(args.out) if args.out else None,
        printer=args.printer,
        text_mode=TextMode(args.text_mode),
    )
    for line in lines:
        print(line)
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``print-sample`` to ``admin``."""
    p = with_store(admin_sub.add_parser("print-sample", help="打印测试页（各类文书）"), print_sample_cmd)
    p.add_argument("--document", required=True, help="文书名称，list 列出全部")
    p.add_argument("--format", choices=["escpos", "pdf"], default="escpos")
    p.add_argument("--width", type=int, choices=[58, 80])
    p.add_argument("--out")
    p.add_argument("--printer", help="直接发送到打印机地址，如 tcp://192.168.1.50:9100")
    p.add_argument("--text-mode", choices=["raster", "resident"], default="raster")
