"""The command line: ``python -m app admin …`` for the hall's IT person.

One module per command group (``init``, ``catalog``, ``calendar``, ``staff``, ``window``,
``print-sample``, ``role``, ``casefile``, ``case``, ``demo-data`` …), each adding its
sub-commands with ``register``. Every
``admin`` command takes ``--store URL`` after its own arguments (default: this PC's
embedded SQLite from the settings). Errors print one Chinese line to stderr and exit
non-zero; nothing is half-done because each command is one transaction.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.chinese_argparse import add_version
from app.cli import (
    blobstore,
    calendar,
    cases,
    casefiles,
    catalog,
    central,
    database,
    demo_data,
    printing,
    province,
    roles,
    sms,
    staff,
    windows,
)
from app.cli.common import ChineseArgumentParser, Handler, subcommands
from app.domain.errors import CounterDeskError

__all__ = ["ChineseArgumentParser", "build_parser", "run_admin"]

#: The command groups of ``admin``, in the order ``--help`` lists them.
COMMAND_GROUPS = (
    database,
    catalog,
    calendar,
    staff,
    windows,
    printing,
    roles,
    casefiles,
    central,
    blobstore,
    cases,
    province,
    demo_data,
    sms,
)


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(prog="counterdesk", description="窗口受理台")
    sub = parser.add_subparsers(dest="command", parser_class=ChineseArgumentParser)
    admin = sub.add_parser("admin", help="管理命令（信息技术人员）", description="窗口受理台 管理命令（信息技术人员）")
    add_version(admin)
    admin_sub = subcommands(admin, "admin_command")

    def with_store(p: argparse.ArgumentParser, handler: Handler) -> argparse.ArgumentParser:
        p.add_argument("--store", metavar="URL", help="数据库地址（默认：本机内置 SQLite）")
        p.set_defaults(handler=handler)
        return p

    for group in COMMAND_GROUPS:
        group.register(admin_sub, with_store)
    return parser


def run_admin(argv: Sequence[str]) -> int:
    from app.private_files import restrict_umask

    restrict_umask()  # a store or an export made here is the IT person's alone
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except CounterDeskError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 1
