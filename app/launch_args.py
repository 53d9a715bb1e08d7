"""The command line of ``python -m app`` (and of the frozen ``counterdesk``): which window opens.

``counterdesk`` opens this window's counter (the setup wizard on a PC never set up),
``counterdesk demo`` the demo hall, ``counterdesk kiosk`` the ticket kiosk; ``admin …`` and
``--self-check`` are routed before this parser (they have their own). ``--help`` and
``--version`` answer in Chinese and exit before anything opens a window or needs a display.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass

from app.chinese_argparse import ChineseArgumentParser, ChineseRawDescriptionHelpFormatter, add_version

__all__ = ["Launch", "build_parser", "parse"]

PROG = "counterdesk"

_EPILOG = (
    "其他命令：\n"
    f"  {PROG} admin …            管理命令（信息技术人员；{PROG} admin --help 列出全部）\n"
    f"  {PROG} --self-check …     安装自检（{PROG} --self-check --help）\n"
    "键位：F1 呼叫下一位 … F12 切换用户，Ctrl+F 事项搜索，Ctrl+D 决定。"
)


@dataclass(frozen=True)
class Launch:
    """What the command line asked for: ``counter``, ``demo`` or ``kiosk``, and ``--setup``."""

    mode: str
    setup: bool = False


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
        prog=PROG,
        usage=f"{PROG} [demo | kiosk | admin … | hall-web … | sms-sender …] [--setup] [-h] [--version]",
        description="窗口受理台：政务服务中心窗口的受理程序。不带命令时打开本窗口的受理台（未设置过的电脑先打开设置向导）。",
        epilog=_EPILOG,
        formatter_class=ChineseRawDescriptionHelpFormatter,
    )
    add_version(parser)
    parser.add_argument("--setup", action="store_true", help="先打开设置向导（重新设置本机）")
    modes = parser.add_subparsers(dest="mode", metavar="命令")
    demo = modes.add_parser(
        "demo",
        help="演示大厅：内置数据库、演示事项和模拟设备",
        description=(
            "打开演示大厅：01 号窗口，内置 SQLite 数据库、演示事项目录，"
            "以及模拟的小票打印机、评价器、窗口屏、身份证阅读器、高拍仪和扫描仪。"
        ),
    )
    add_version(demo)
    kiosk = modes.add_parser(
        "kiosk",
        help="取号机：申请人取号的触摸屏",
        description="打开取号机（大厅入口的触摸屏）：申请人选择业务并取号，号票进入中心的排队队列。",
    )
    add_version(kiosk)
    modes.add_parser("admin", help="管理命令（信息技术人员）", add_help=False)
    modes.add_parser("hall-web", help="大厅网站：扫码查询办件、评价、取号进度、综合屏、办事指南", add_help=False)
    modes.add_parser("sms-sender", help="短信通知发送程序（CMPP 或 HTTP 短信网关）", add_help=False)
    return parser


def parse(argv: Sequence[str]) -> Launch:
    """The launch the arguments name; ``--help``/``--version`` and mistakes exit here (SystemExit)."""
    args = build_parser().parse_args(list(argv))
    return Launch(mode=args.mode or "counter", setup=args.setup)
