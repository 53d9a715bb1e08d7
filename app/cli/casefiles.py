"""``admin casefile list|export``: the center (or the back office) opens a case's electronic file.

Run against the central store: ``python -m app admin casefile export 510626-… --out 办件.pdf
--store postgresql+psycopg://…``. Through a window's role, another window's case is
simply not found (row-level security).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import WithStore, open_store, parse_date, subcommands


def _backend(store: Any) -> Any:
    from app.settings import load_settings, settings_path
    from app.sync.blob_s3 import backend_for

    return backend_for(load_settings().blob_store, store.engine, settings_path().parent)


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


def casefile_retention_period(args: argparse.Namespace) -> int:
    from app.cli.common import CLI_ADMIN
    from app.domain.errors import ValidationError
    from app.services.retention import PERMANENT, period_text, retention_rule, set_retention

    store = open_store(args)
    if args.years is not None or args.clear:
        years: int | None = None
        if not args.clear:
            text = str(args.years).strip()
            if text == "永久":
                years = PERMANENT
            elif text.isdigit() and int(text) > 0:
                years = int(text)
            else:
                raise ValidationError(f"保管期限“{text}”无效：请写年数（如 30）或“永久”", field="years")
        set_retention(store, CLI_ADMIN, years, matter=args.matter)
    with store.read() as s:
        rule = retention_rule(s)
    print(f"本厅默认保管期限：{period_text(rule.default_years)}")
    for code, years in sorted((rule.matters or {}).items()):
        print(f"事项 {code}：{period_text(years)}")
    return 0


def casefile_retention(args: argparse.Namespace) -> int:
    import getpass

    from app.cli.common import CLI_ADMIN
    from app.services.retention import RetentionService, period_text

    store = open_store(args)
    service = RetentionService(store, _backend(store))
    items = service.expired(args.today)
    pending = [i for i in items if i.pages]
    for i in items:
        state = f"{i.pages} 页待清除" if i.pages else "已清除"
        print(
            f"{i.case_number}\t{i.matter_name}\t{i.owner_window}号窗口\t{i.archived_on.isoformat()} 归档"
            f"{'（' + i.archived_by + '）' if i.archived_by else ''}\t保管{period_text(i.years)}"
            f"\t{i.expires_on.isoformat()} 期满\t{state}"
        )
    if not args.apply:
        print(f"保管期满的已归档办件 {len(items)} 件，其中 {len(pending)} 件的材料待清除（试运行，未删除任何内容）")
        return 0
    operator = getpass.getuser()
    cleared = pages = 0
    for i in pending:
        n = service.clear(CLI_ADMIN, i, operator=operator)
        if n:
            cleared += 1
            pages += n
            print(f"已清除办件 {i.case_number} 的电子档案 {n} 页（办件记录保留，已写审计记录）")
    print(f"清除完成：{cleared} 件办件，共 {pages} 页")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``casefile list|export`` to ``admin``."""
    cs = subcommands(admin_sub.add_parser("casefile", help="办件电子档案（中心库）"), "casefile_command")
    p = with_store(cs.add_parser("list", help="列出办件的材料页"), casefile_list)
    p.add_argument("case_number")
    p = with_store(cs.add_parser("export", help="导出办件电子档案 PDF"), casefile_export)
    p.add_argument("case_number")
    p.add_argument("--out", required=True)
    p = with_store(
        cs.add_parser("retention-period", help="查看或设置保管期限（本厅默认，或按事项）"), casefile_retention_period
    )
    p.add_argument("--years", help="年数，或“永久”")
    p.add_argument("--matter", help="事项编码（不写则设置本厅默认）")
    p.add_argument("--clear", action="store_true", help="删除该事项的单独设置（或本厅默认）")
    p = with_store(cs.add_parser("retention", help="列出并清除保管期满的已归档办件材料"), casefile_retention)
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="只列出，不删除")
    mode.add_argument("--apply", action="store_true", help="删除期满办件的材料页和文件（保留办件记录）")
    p.add_argument("--today", type=parse_date, help="按此日期判断是否期满（YYYY-MM-DD，默认今天）")
