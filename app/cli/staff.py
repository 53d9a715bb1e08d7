"""``admin staff add|list|passwd|unlock``: the hall's staff and their passwords.

The rules are the administrator console's (the CLI acts as :data:`CLI_ADMIN`), so the
command line and the console cannot disagree.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import CLI_ADMIN, WithStore, open_store, subcommands
from app.domain.enums import Role

if TYPE_CHECKING:
    from app.services.console import ConsoleService


def console(args: argparse.Namespace) -> ConsoleService:
    """The administrator console's service over ``--store``."""
    from app.services.console import ConsoleService

    return ConsoleService(open_store(args))


def staff_add(args: argparse.Namespace) -> int:
    from app.services.staffing import create_staff, temporary_password

    password = args.password or temporary_password()
    create_staff(
        open_store(args),
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
    rows = console(args).staff(CLI_ADMIN)
    for s in rows:
        flags = "（已锁定）" if s.locked else ""
        flags += "" if s.active else "（停用）"
        print(f"{s.staff_no}\t{s.name}\t{s.department or '-'}\t{'、'.join(s.roles)}{flags}")
    print(f"共 {len(rows)} 人")
    return 0


def staff_passwd(args: argparse.Namespace) -> int:
    from app.services.staffing import set_password, temporary_password

    password = args.password or temporary_password()
    set_password(open_store(args), args.staff_no, password, must_change=True, actor=CLI_ADMIN)
    print(f"已重置 {args.staff_no} 的密码：{password}（下次登录须修改；账号已解锁）")
    return 0


def staff_unlock(args: argparse.Namespace) -> int:
    console(args).unlock(CLI_ADMIN, args.staff_no)
    print(f"已解锁 {args.staff_no}")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``staff add|list|passwd|unlock`` to ``admin``."""
    ss = subcommands(admin_sub.add_parser("staff", help="工作人员"), "staff_command")
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
