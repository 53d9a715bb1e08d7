"""``admin calendar import|due|show``: the hall's working-day calendar."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import WithStore, nonnegative, open_store, parse_date, subcommands


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from app.services.calendar_service import import_notice, read_notice_file

    path = Path(args.file)
    text = read_notice_file(path)
    result = import_notice(open_store(args), text, source=str(path), years=args.year or None, local=args.local)
    print(f"日历已更新：新增 {result.added} 天，修改 {result.changed} 天。")
    if result.notice_years:
        print(f"已登记国务院放假通知年份：{'、'.join(str(y) for y in result.notice_years)}（这些年份不再按暂定计算）")
    if result.date_changes:
        print(f"以下 {len(result.date_changes)} 个在办案件的承诺办结日期已重新计算：")
        for ch in result.date_changes:
            old = ch.old_due.isoformat() if ch.old_due else "（无）"
            mark = "  ★提前" if ch.earlier else ""
            tail = " 暂定" if ch.provisional else ""
            print(f"  {ch.case_number} 窗口{ch.window} {ch.matter_name}：{old} → {ch.new_due.isoformat()}{tail}{mark}")
    else:
        print("在办案件的承诺办结日期均未改变。")
    return 0


#: What 暂定 means, printed next to a provisional date.
PROVISIONAL_NOTE = "暂定（含未公布放假安排的日期，以国务院通知为准）"


def cmd_calendar_due(args: argparse.Namespace) -> int:
    from app.services.calendar_service import load_calendar

    calendar = load_calendar(open_store(args))
    due = calendar.add_workdays(args.start, args.days)
    if calendar.provisional_between(args.start, due) or calendar.is_provisional(args.start):
        print(f"{due.isoformat()} {PROVISIONAL_NOTE}")
    else:
        print(due.isoformat())
    return 0


def cmd_calendar_show(args: argparse.Namespace) -> int:
    from app.services.calendar_service import load_calendar

    calendar = load_calendar(open_store(args))
    day = args.start
    for _ in range(args.days):
        print(f"{day.isoformat()} {calendar.describe(day)}")
        day = date.fromordinal(day.toordinal() + 1)
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``calendar import|due|show`` to ``admin``."""
    cal_sub = subcommands(admin_sub.add_parser("calendar", help="工作日日历"), "calendar_command")
    p = with_store(cal_sub.add_parser("import", help="导入放假通知文件"), cmd_calendar_import)
    p.add_argument("file")
    p.add_argument(
        "--year",
        type=int,
        action="append",
        metavar="YYYY",
        help="该文件是哪一年的国务院放假通知（默认：文件中日期的年份）",
    )
    p.add_argument("--local", action="store_true", help="仅为本中心自行调整，不是国务院放假通知")
    p = with_store(cal_sub.add_parser("due", help="计算第 N 个工作日"), cmd_calendar_due)
    p.add_argument("--from", dest="start", type=parse_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--days", type=nonnegative, required=True)
    p = with_store(cal_sub.add_parser("show", help="列出日期是否为工作日"), cmd_calendar_show)
    p.add_argument("--from", dest="start", type=parse_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--days", type=nonnegative, default=14)
