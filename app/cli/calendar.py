"""``admin calendar import|due|show``: the hall's working-day calendar."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import WithStore, nonnegative, open_store, parse_date, subcommands


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from app.services.calendar_service import import_notice, read_notice_file

    path = Path(args.file)
    text = read_notice_file(path)
    result = import_notice(open_store(args), text, source=str(path))
    print(f"日历已更新：新增 {result.added} 天，修改 {result.changed} 天。")
    return 0


def cmd_calendar_due(args: argparse.Namespace) -> int:
    from app.services.calendar_service import load_calendar

    calendar = load_calendar(open_store(args))
    due = calendar.add_workdays(args.start, args.days)
    if not calendar.covers(due) or not calendar.covers(args.start):
        print("提示：该年份的法定节假日尚未收录，只按周末计算；请导入国务院放假通知。", file=sys.stderr)
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
    p = with_store(cal_sub.add_parser("due", help="计算第 N 个工作日"), cmd_calendar_due)
    p.add_argument("--from", dest="start", type=parse_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--days", type=nonnegative, required=True)
    p = with_store(cal_sub.add_parser("show", help="列出日期是否为工作日"), cmd_calendar_show)
    p.add_argument("--from", dest="start", type=parse_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--days", type=nonnegative, default=14)
