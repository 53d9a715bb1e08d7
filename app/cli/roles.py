"""``admin role create|revoke``: the PostgreSQL least-privilege role of a window PC."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import WithStore, open_store, subcommands


def role_create(args: argparse.Namespace) -> int:
    from app.sync.roles import create_window_role

    name = create_window_role(open_store(args).engine, args.window, args.password)
    print(f"已为 {args.window} 号窗口创建数据库角色 {name}")
    return 0


def role_revoke(args: argparse.Namespace) -> int:
    from app.sync.roles import revoke_window_role

    name = revoke_window_role(open_store(args).engine, args.window)
    print(f"已撤销数据库角色 {name}")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``role create|revoke`` to ``admin``."""
    rs = subcommands(admin_sub.add_parser("role", help="PostgreSQL 窗口数据库角色"), "role_command")
    p = with_store(rs.add_parser("create", help="为窗口创建最小权限角色"), role_create)
    p.add_argument("window")
    p.add_argument("--password")
    p = with_store(rs.add_parser("revoke", help="撤销窗口角色"), role_revoke)
    p.add_argument("window")
