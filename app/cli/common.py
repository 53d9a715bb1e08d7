"""What every ``admin`` command shares: the Chinese argument parser, the store, argument types.

Every command takes ``--store URL`` after its own arguments (default: this PC's
embedded SQLite from the settings); the store is migrated before the command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.chinese_argparse import ChineseArgumentParser
from app.domain.actor import Actor
from app.domain.enums import Role

if TYPE_CHECKING:
    from app.store.uow import Store

__all__ = ["ChineseArgumentParser", "Handler", "WithStore", "open_store", "parse_date", "nonnegative", "subcommands"]

#: What a command does with its parsed arguments; returns the exit status.
Handler = Callable[[argparse.Namespace], int]
#: Adds ``--store`` to a command's parser and binds its handler.
WithStore = Callable[[argparse.ArgumentParser, Handler], argparse.ArgumentParser]

#: The IT person at the command line acts as an administrator, audited as 命令行管理.
CLI_ADMIN = Actor(staff_id=None, staff_no="cli", name="命令行管理", window_code=None, post=None, roles=(Role.ADMIN,))


def open_store(args: argparse.Namespace) -> Store:
    """The store named by ``--store`` (default: this PC's), migrated to the current schema."""
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store

    engine = make_engine(_with_kept_password(args.store) if args.store else default_store_url())
    upgrade(engine)
    return Store(engine)


def _with_kept_password(url: str) -> str:
    """A ``--store`` URL without a password takes the one this PC keeps for that role."""
    from app import secret_store
    from app.settings import settings_path

    return secret_store.fill_password(url, settings_path().parent)


def default_store_url() -> str:
    """This PC's store, as its settings file names it."""
    from app.settings import load_settings

    return load_settings().resolved_store_url()


def parse_date(text: str) -> date:
    """An argument ``YYYY-MM-DD``; anything else is a usage error in Chinese."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”格式不对，应为 YYYY-MM-DD") from None


def nonnegative(text: str) -> int:
    """A count of days: a whole number, not below zero."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError("天数不能为负数")
    return value


def subcommands(parser: argparse.ArgumentParser, dest: str) -> argparse._SubParsersAction[ChineseArgumentParser]:
    """The required sub-commands of a command group (``admin staff add|list …``)."""
    return parser.add_subparsers(dest=dest, required=True, parser_class=ChineseArgumentParser)
