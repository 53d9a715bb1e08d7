"""``admin casefile list|export``: the center (or the back office) opens a case's electronic file.

Run against the central store: ``python -m app admin casefile export 510626-… --out 办件.pdf
--store postgresql+psycopg://…``. Through a window's role, another window's case is
simply not found (row-level security).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import WithStore, open_store, subcommands


def _files(args: argparse.Namespace) -> Any:
    from app.services.central_files import CentralCaseFiles
    from app.settings import load_settings, settings_path
    from app.sync.blob_s3 import backend_for

    store = open_store(args)
    return CentralCaseFiles(store, backend_for(load_settings().blob_store, store.engine, settings_path().parent))


def casefile_list(args: argparse.Namespace) -> int:
    pages = _files(args).pages(args.case_number)
    for p in pages:
        print(
            f"{p.material_name}\t第{p.page_no}页\t{p.media_type}\t{p.width}×{p.height}\t{p.size_bytes} 字节\t{p.sha256}"
        )
    print(f"共 {len(pages)} 页")
    return 0


def casefile_export(args: argparse.Namespace) -> int:
    pdf = _files(args).case_pdf(args.case_number)
    out = Path(args.out)
    out.write_bytes(pdf)
    print(f"已导出办件 {args.case_number} 的电子档案：{out}（{len(pdf)} 字节）")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``casefile list|export`` to ``admin``."""
    cs = subcommands(admin_sub.add_parser("casefile", help="办件电子档案（中心库）"), "casefile_command")
    p = with_store(cs.add_parser("list", help="列出办件的材料页"), casefile_list)
    p.add_argument("case_number")
    p = with_store(cs.add_parser("export", help="导出办件电子档案 PDF"), casefile_export)
    p.add_argument("case_number")
    p.add_argument("--out", required=True)
