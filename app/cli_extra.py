"""``admin staff``, ``admin window``, ``admin print-sample`` and ``admin role``.

The IT person acts as the command-line administrator (audited as 命令行管理); the
rules are the administrator console's, so the CLI and the console cannot disagree.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.actor import Actor
from app.domain.enums import PostRole, Role, WindowKind
from app.domain.errors import CounterDeskError

CLI_ADMIN = Actor(staff_id=None, staff_no="cli", name="命令行管理", window_code=None, post=None, roles=(Role.ADMIN,))

WithStore = Callable[[argparse.ArgumentParser, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]


def _console(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.cli import _store
    from app.services.console import ConsoleService

    return ConsoleService(_store(args))


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”格式不对，应为 YYYY-MM-DD") from None


# -- staff ------------------------------------------------------------------------------


def staff_add(args: argparse.Namespace) -> int:
    from app.cli import _store
    from app.services.admin import create_staff, temporary_password

    password = args.password or temporary_password()
    create_staff(
        _store(args),
        staff_no=args.staff_no,
        name=args.name,
        password=password,
        roles=args.role or [Role.CLERK.value],
        department_code=args.department,
        title=args.title or "",
        phone=args.phone or "",
        party_member=args.party_member,
        must_change_password=True,
        actor=CLI_ADMIN,
    )
    print(f"已添加工作人员 {args.staff_no} {args.name}。初始密码：{password}（首次登录须修改）")
    return 0


def staff_list(args: argparse.Namespace) -> int:
    rows = _console(args).staff(CLI_ADMIN)
    for s in rows:
        flags = "（已锁定）" if s.locked else ""
        flags += "" if s.active else "（停用）"
        print(f"{s.staff_no}\t{s.name}\t{s.department or '-'}\t{'、'.join(s.roles)}{flags}")
    print(f"共 {len(rows)} 人")
    return 0


def staff_passwd(args: argparse.Namespace) -> int:
    from app.cli import _store
    from app.services.admin import set_password, temporary_password

    password = args.password or temporary_password()
    set_password(_store(args), args.staff_no, password, must_change=True, actor=CLI_ADMIN)
    print(f"已重置 {args.staff_no} 的密码：{password}（下次登录须修改；账号已解锁）")
    return 0


def staff_unlock(args: argparse.Namespace) -> int:
    _console(args).unlock(CLI_ADMIN, args.staff_no)
    print(f"已解锁 {args.staff_no}")
    return 0


# -- windows ------------------------------------------------------------------------------


def window_add(args: argparse.Namespace) -> int:
    view = _console(args).save_window(
        CLI_ADMIN, args.code, args.name, WindowKind(args.kind), args.category or [], args.department or []
    )
    print(f"已保存窗口 {view.code} {view.name}（{view.kind}，取号类别 {'、'.join(view.ticket_categories) or '无'}）")
    return 0


def window_list(args: argparse.Namespace) -> int:
    console = _console(args)
    posts = console.posts(CLI_ADMIN)
    for w in console.windows(CLI_ADMIN):
        staff = [f"{p.post}:{p.staff_no}{p.name}" for p in posts if p.window == w.code]
        print(f"{w.code}\t{w.name}\t{w.kind}\t{'、'.join(w.ticket_categories) or '-'}\t{' '.join(staff) or '-'}")
    return 0


def window_assign(args: argparse.Namespace) -> int:
    from app.cli import _store
    from app.services.admin import assign_post

    assign_post(
        _store(args),
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
    from app.cli import _store
    from app.services.admin import approve_substitute

    from app.domain.ids import utcnow
    from app.services.clock import hall_day

    day = args.day or hall_day(utcnow())
    approve_substitute(
        _store(args), window_code=args.code, staff_no=args.staff_no, day=day, note=args.note or "", actor=CLI_ADMIN
    )
    print(f"已批准 {args.staff_no} 于 {day.isoformat()} 在 {args.code} 号窗口顶岗")
    return 0


# -- printing ------------------------------------------------------------------------------


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


# -- PostgreSQL roles ------------------------------------------------------------------------


def _central_engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.cli import _store

    return _store(args).engine


def role_create(args: argparse.Namespace) -> int:
    from app.sync.roles import create_window_role

    name = create_window_role(_central_engine(args), args.window, args.password)
    print(f"已为 {args.window} 号窗口创建数据库角色 {name}")
    return 0


def role_revoke(args: argparse.Namespace) -> int:
    from app.sync.roles import revoke_window_role

    name = revoke_window_role(_central_engine(args), args.window)
    print(f"已撤销数据库角色 {name}")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add the sub-commands of this module to ``admin``."""
    from app.cli import ChineseArgumentParser

    staff = admin_sub.add_parser("staff", help="工作人员")
    ss = staff.add_subparsers(dest="staff_command", required=True, parser_class=ChineseArgumentParser)
    p = with_store(ss.add_parser("add", help="添加工作人员"), staff_add)
    p.add_argument("staff_no")
    p.add_argument("name")
    p.add_argument("--password", help="初始密码（默认随机生成）")
    p.add_argument("--role", action="append", choices=[r.value for r in Role])
    p.add_argument("--department")
    p.add_argument("--title")
    p.add_argument("--phone")
    p.add_argument("--party-member", action="store_true")
    with_store(ss.add_parser("list", help="列出工作人员"), staff_list)
    p = with_store(ss.add_parser("passwd", help="重置密码"), staff_passwd)
    p.add_argument("staff_no")
    p.add_argument("--password")
    p = with_store(ss.add_parser("unlock", help="解除锁定"), staff_unlock)
    p.add_argument("staff_no")

    window = admin_sub.add_parser("window", help="窗口与AB岗")
    ws = window.add_subparsers(dest="window_command", required=True, parser_class=ChineseArgumentParser)
    p = with_store(ws.add_parser("add", help="添加或修改窗口"), window_add)
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--kind", required=True, choices=[k.value for k in WindowKind])
    p.add_argument("--category", action="append", help="取号类别（可多次）")
    p.add_argument("--department", action="append", help="部门编码（可多次）")
    with_store(ws.add_parser("list", help="列出窗口及AB岗"), window_list)
    p = with_store(ws.add_parser("assign", help="设置A岗/B岗"), window_assign)
    p.add_argument("code")
    p.add_argument("staff_no")
    p.add_argument("--post", required=True, choices=[PostRole.A.value, PostRole.B.value])
    p.add_argument("--from", dest="valid_from", type=_parse_day)
    p.add_argument("--to", dest="valid_to", type=_parse_day)
    p = with_store(ws.add_parser("substitute", help="批准当日顶岗"), window_substitute)
    p.add_argument("code")
    p.add_argument("staff_no")
    p.add_argument("--day", type=_parse_day, default=None, help="默认：大厅当天")
    p.add_argument("--note")

    p = with_store(admin_sub.add_parser("print-sample", help="打印测试页（各类文书）"), print_sample_cmd)
    p.add_argument("--document", required=True, help="文书名称，list 列出全部")
    p.add_argument("--format", choices=["escpos", "pdf"], default="escpos")
    p.add_argument("--width", type=int, choices=[58, 80])
    p.add_argument("--out")
    p.add_argument("--printer", help="直接发送到打印机地址，如 tcp://192.168.1.50:9100")
    p.add_argument("--text-mode", choices=["raster", "resident"], default="raster")

    role = admin_sub.add_parser("role", help="PostgreSQL 窗口数据库角色")
    rs = role.add_subparsers(dest="role_command", required=True, parser_class=ChineseArgumentParser)
    p = with_store(rs.add_parser("create", help="为窗口创建最小权限角色"), role_create)
    p.add_argument("window")
    p.add_argument("--password")
    p = with_store(rs.add_parser("revoke", help="撤销窗口角色"), role_revoke)
    p.add_argument("window")
