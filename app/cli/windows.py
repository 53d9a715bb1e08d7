"""``admin window add|list|assign|substitute``: the hall's windows, their A/B posts and day substitutes."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import CLI_ADMIN, WithStore, open_store, parse_date, subcommands
from app.cli.staff import console
from app.domain.enums import PostRole, WindowKind


def window_add(args: argparse.Namespace) -> int:
    view = console(args).save_window(
        CLI_ADMIN,
        args.code,
        args.name,
        WindowKind(args.kind),
        args.category or [],
        args.department or [],
        output_window=args.output,
    )
    output = "，出件窗口" if view.output_window else ""
    categories = "、".join(view.ticket_categories) or "无"
    print(f"已保存窗口 {view.code} {view.name}（{view.kind}，取号类别 {categories}{output}）")
    return 0


def window_list(args: argparse.Namespace) -> int:
    service = console(args)
    posts = service.posts(CLI_ADMIN)
    for w in service.windows(CLI_ADMIN):
        staff = [f"{p.post}:{p.staff_no}{p.name}" for p in posts if p.window == w.code]
        kind = f"{w.kind}+出件窗口" if w.output_window else w.kind
        print(f"{w.code}\t{w.name}\t{kind}\t{'、'.join(w.ticket_categories) or '-'}\t{' '.join(staff) or '-'}")
    return 0


def window_assign(args: argparse.Namespace) -> int:
    from app.services.staffing import assign_post

    assign_post(
        open_store(args),
        window_code=args.code,
        staff_no=args.staff_no,
        post=PostRole(args.post),
        valid_from=args.valid_from,
        valid_to=args.valid_to,
        actor=CLI_ADMIN,
    )
    print(f"已将 {args.staff_no} 设为 {args.code} 号窗口 {args.post}")
    return 0


def window_substitute(args: argparse.Namespace) -> int:
    from app.domain.ids import utcnow
    from app.services.clock import hall_day
    from app.services.staffing import approve_substitute

    today = hall_day(utcnow())
    day = args.day or today
    approve_substitute(
        open_store(args),
        window_code=args.code,
        staff_no=args.staff_no,
        day=day,
        note=args.note or "",
        actor=CLI_ADMIN,
        today=today,
    )
    print(f"已批准 {args.staff_no} 于 {day.isoformat()} 在 {args.code} 号窗口顶岗")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``window add|list|assign|substitute`` to ``admin``."""
    ws = subcommands(admin_sub.add_parser("window", help="窗口与AB岗"), "window_command")
    p = with_store(ws.add_parser("add", help="添加或修改窗口"), window_add)
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--kind", required=True, choices=[k.value for k in WindowKind])
    p.add_argument("--category", action="append", help="取号类别（可多次）")
    p.add_argument("--department", action="append", help="部门编码（可多次）")
    p.add_argument(
        "--output",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="出件窗口（统一窗口出件）；--no-output 取消；不写则保持原设置",
    )
    with_store(ws.add_parser("list", help="列出窗口及AB岗"), window_list)
    p = with_store(ws.add_parser("assign", help="设置A岗/B岗"), window_assign)
    p.add_argument("code")
    p.add_argument("staff_no")
    p.add_argument("--post", required=True, choices=[PostRole.A.value, PostRole.B.value])
    p.add_argument("--from", dest="valid_from", type=parse_date)
    p.add_argument("--to", dest="valid_to", type=parse_date)
    p = with_store(ws.add_parser("substitute", help="批准当日顶岗"), window_substitute)
    p.add_argument("code")
    p.add_argument("staff_no")
    p.add_argument("--day", type=parse_date, default=None, help="默认：大厅当天")
    p.add_argument("--note")
