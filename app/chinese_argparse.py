"""argparse in Chinese: usage, group titles, ``-h``/``--version`` and the usage errors.

Every entry point of the program (``python -m app``, ``kiosk``, ``demo``, ``admin …``, the
emulators, the self-check, the frozen executable) builds its parser from
:class:`ChineseArgumentParser`, so ``--help`` reads 用法 / 位置参数 / 选项 / 显示此帮助信息并退出
and a mistyped argument is told in Chinese (exit status 2). argparse's own words come from
``gettext`` with the process-wide domain; this parser sets its own instead of changing that,
so nothing else in the process is affected. Standard library only: every layer may use it.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

__all__ = [
    "ChineseArgumentParser",
    "ChineseHelpFormatter",
    "ChineseRawDescriptionHelpFormatter",
    "add_version",
    "program_version",
    "translate_error",
]

#: argparse's usage-error sentences (Python 3.11 and 3.12) and their Chinese.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^argument (\S+): ", r"参数 \1："),
        (r"the following arguments are required: (.*)", r"缺少必需的参数：\1"),
        (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
        (r"invalid choice: (.*?) \(choose from (.*)\)", r"无效的选项：\1（可选：\2）"),
        (r"invalid (\S+) value: (.*)", r"无效的 \1 值：\2"),
        (r"expected one argument", "需要一个值"),
        (r"expected at most one argument", "最多需要一个值"),
        (r"expected at least one argument", "至少需要一个值"),
        (r"expected (\d+) arguments?", r"需要 \1 个值"),
        (r"ambiguous option: (\S+) could match (.*)", r"选项 \1 有歧义，可能是：\2"),
        (r"not allowed with argument (.*)", r"不能与参数 \1 同时使用"),
        (r"one of the arguments (.*) is required", r"参数 \1 必须给出其中一个"),
        (r"ignored explicit argument (.*)", r"多余的参数值 \1"),
        (r"can't open '(.*)': (.*)", r"无法打开“\1”：\2"),
    )
)


def translate_error(message: str) -> str:
    """argparse's English error sentence in Chinese (unknown sentences are kept as they are)."""
    for pattern, replacement in _ERRORS:
        message = pattern.sub(replacement, message)
    return message


def program_version() -> str:
    """The program's version (package metadata; ``pyproject.toml`` in a checkout)."""
    from app.logs import app_version

    return app_version()


class ChineseHelpFormatter(argparse.HelpFormatter):
    """``用法：`` instead of ``usage: `` before the usage line."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class ChineseRawDescriptionHelpFormatter(ChineseHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """``用法：``, and the description and epilog kept as written (line breaks)."""


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its help and its usage errors in Chinese (exit status 2)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        if add_help:
            prefix = "-" if "-" in self.prefix_chars else self.prefix_chars[0]
            self.add_argument(
                prefix + "h", prefix * 2 + "help", action="help", default=argparse.SUPPRESS, help="显示此帮助信息并退出"
            )

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", ChineseArgumentParser)
        if "title" in kwargs or "description" in kwargs:
            kwargs.setdefault("title", "子命令")
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：{translate_error(message)}\n")


def add_version(parser: argparse.ArgumentParser, name: str = "窗口受理台") -> None:
    """``--version``: prints the program's name and version, then exits 0."""
    parser.add_argument(
        "--version", action="version", version=f"{name} {program_version()}", help="显示程序版本号并退出"
    )
