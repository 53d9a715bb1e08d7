"""``admin case show`` (a case's whole timeline) and ``admin backoffice limit``
(co-departments' 联办 limits): the IT person's and the auditor's tools for issue 13."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import CLI_ADMIN, WithStore, open_store, parse_date, subcommands


def case_show(args: argparse.Namespace) -> int:
    from app.services.case_timeline import CaseTimelineService

    print(CaseTimelineService(open_store(args)).show(args.case_number, args.day).text)
    return 0


def limit_set(args: argparse.Namespace) -> int:
    from app.services.backoffice_admin import set_co_limit

    set_co_limit(open_store(args), args.department, args.days, actor=CLI_ADMIN)
    print(f"已设置 {args.department} 的联办答复时限：{args.days} 个工作日")
    return 0


def limit_list(args: argparse.Namespace) -> int:
    from app.services.backoffice_admin import co_limits

    rows = co_limits(open_store(args))
    for code, name, days, default in rows:
        print(f"{code}\t{name}\t{days} 个工作日{'（默认）' if default else ''}")
    print(f"共 {len(rows)} 个部门")
    return 0


def staff_list(args: argparse.Namespace) -> int:
    from app.services.backoffice_admin import back_office_staff

    rows = back_office_staff(open_store(args))
    for staff_no, name, department in rows:
        print(f"{staff_no}\t{name}\t{department}")
    print(f"共 {len(rows)} 名后台审批人")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``case show`` and ``backoffice limit set|list`` / ``backoffice staff`` to ``admin``."""
    cs = subcommands(admin_sub.add_parser("case", help="办件（中心库）"), "case_command")
    p = with_store(cs.add_parser("show", help="打印办件的完整办理过程和各阶段用时"), case_show)
    p.add_argument("case_number")
    p.add_argument("--day", type=parse_date, help="计算用时截至的日期（默认今天）")
    bs = subcommands(admin_sub.add_parser("backoffice", help="后台审批：审批人员和联办时限"), "backoffice_command")
    with_store(bs.add_parser("staff", help="列出各部门后台审批人"), staff_list)
    ls = subcommands(bs.add_parser("limit", help="联办部门答复时限"), "limit_command")
    p = with_store(ls.add_parser("set", help="设置部门的联办答复时限（工作日）"), limit_set)
    p.add_argument("department")
    p.add_argument("days", type=int)
    with_store(ls.add_parser("list", help="列出各部门的联办答复时限"), limit_list)
