"""``admin role create|revoke|audit``: the PostgreSQL least-privilege roles of the hall
(window PCs, kiosks …, see ``app/sync/roles.py``), and ``admin audit verify``: the
central audit's hash chains."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import WithStore, open_store, subcommands


def role_create(args: argparse.Namespace) -> int:
    from app.sync.roles import ROLE_KINDS, create_role

    name = create_role(open_store(args).engine, args.kind, args.window, args.password)
    print(f"已为{ROLE_KINDS[args.kind].label} {args.window} 创建数据库角色 {name}")
    return 0


def role_revoke(args: argparse.Namespace) -> int:
    from app.sync.roles import revoke_role

    name = revoke_role(open_store(args).engine, args.kind, args.window)
    print(f"已撤销数据库角色 {name}")
    return 0


def role_audit(args: argparse.Namespace) -> int:
    from app.sync.role_audit import audit_roles

    report = audit_roles(open_store(args).engine)
    print(report.text())
    return 0 if report.ok else 1


def audit_verify(args: argparse.Namespace) -> int:
    from app.sync.audit_verify import verify_audit_chains

    report = verify_audit_chains(open_store(args).engine)
    print(report.text())
    return 0 if report.ok else 1


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``role create|revoke|audit`` and ``audit verify`` to ``admin``."""
    from app.sync.roles import ROLE_KINDS

    kinds = sorted(ROLE_KINDS)
    rs = subcommands(admin_sub.add_parser("role", help="PostgreSQL 最小权限数据库角色"), "role_command")
    p = with_store(rs.add_parser("create", help="为窗口（或取号机）创建或刷新最小权限角色"), role_create)
    p.add_argument("window", help="窗口编号（取号机：取号机名称；部门后台：部门编码）")
    p.add_argument("--kind", choices=kinds, default="window", help="角色类别（默认 window）")
    p.add_argument("--password")
    p = with_store(rs.add_parser("revoke", help="撤销角色"), role_revoke)
    p.add_argument("window")
    p.add_argument("--kind", choices=kinds, default="window")
    with_store(rs.add_parser("audit", help="列出每个角色的全部权限与策略，有漏洞时以非零状态退出"), role_audit)
    av = subcommands(admin_sub.add_parser("audit", help="审计记录"), "audit_command")
    with_store(av.add_parser("verify", help="核对中心审计记录的散列链（被改、被删时报警）"), audit_verify)
