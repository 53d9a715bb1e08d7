"""``counterdesk --self-check [--demo] [--store URL] [--settings PATH]``: options, output, transcript."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.selfcheck.display import FLAG, PLATFORM_PROBE_FLAG, has_display, platform_probe_main
from app.selfcheck.runner import Options, SelfCheck, WindowFactory

__all__ = ["FLAG", "PLATFORM_PROBE_FLAG", "TRANSCRIPT_NAME", "build_parser", "main", "save_transcript"]


def build_parser() -> argparse.ArgumentParser:
    """``counterdesk --self-check`` options."""
    from app.chinese_argparse import ChineseArgumentParser, add_version

    parser = ChineseArgumentParser(prog="counterdesk --self-check", description="窗口受理台 安装自检")
    add_version(parser)
    parser.add_argument(
        "--demo", action="store_true", help="用临时数据库、示例目录、虚拟打印机和模拟设备检查（不动本机数据）"
    )
    parser.add_argument("--store", metavar="URL", help="检查这个数据库（默认：设置中的本机数据库）")
    parser.add_argument(
        "--settings", metavar="PATH", type=Path, help="设置文件（默认：本机配置目录中的 settings.toml）"
    )
    parser.add_argument("--device-timeout", metavar="秒", type=float, default=5.0, help="等待每个设备应答的秒数")
    return parser


def main(argv: Sequence[str] | None = None, *, windows: Mapping[str, WindowFactory] | None = None) -> int:
    """Entry point of ``counterdesk --self-check [--demo] [--store URL] [--settings PATH]``.

    ``argv`` may start with ``--self-check`` or not.  ``windows`` adds windows (login,
    main window) for the "窗口" item.  Prints one line per item and a summary; returns
    0 when nothing failed, 1 otherwise.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == FLAG:
        args = args[1:]
    if args and args[0] == PLATFORM_PROBE_FLAG:
        return platform_probe_main()
    _reconfigure_console()
    options = build_parser().parse_args(args)
    if not os.environ.get("QT_QPA_PLATFORM") and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _prepare_logging()
    transcript: list[str] = []

    def say(line: str) -> None:
        transcript.append(line)
        print(line, flush=True)

    say("窗口受理台 安装自检" + ("（示例模式）" if options.demo else ""))
    check = SelfCheck(
        Options(
            demo=options.demo,
            store_url=options.store,
            settings_path=options.settings,
            device_timeout_s=options.device_timeout,
            windows=dict(windows or {}),
        ),
        out=say,
    )
    results = check.run()
    failed = [result for result in results if not result.ok]
    if failed:
        say(f"自检未通过：{len(failed)} 项失败，共 {len(results)} 项。")
    else:
        say(f"自检通过：共 {len(results)} 项。")
    saved = save_transcript(transcript)
    if saved is not None:
        print(f"结果已保存：{saved}", flush=True)
    return 1 if failed else 0


#: File in the log directory with the last self-check's lines (windowed builds print nothing).
TRANSCRIPT_NAME = "selfcheck.txt"


def save_transcript(lines: Sequence[str]) -> Path | None:
    """Keep the last run's lines in the log folder, so the IT person can send them; None if unwritable."""
    from datetime import datetime

    from app.logs import app_version
    from app.settings import log_dir

    path = log_dir() / TRANSCRIPT_NAME
    header = [
        f"时间：{datetime.now().isoformat(timespec='seconds')}",
        f"版本：{app_version()}{'（打包版）' if getattr(sys, 'frozen', False) else '（源码运行）'}",
        f"程序：{sys.executable}",
        "",
    ]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join([*header, *lines, ""]), encoding="utf-8")
    except OSError:
        return None
    return path


def _reconfigure_console() -> None:
    """Chinese output on a Windows console that is not UTF-8 must not crash the check."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors="replace")


def _prepare_logging() -> None:
    from app import settings as s
    from app.logs import init_logging

    with contextlib.suppress(OSError):
        init_logging(s.log_dir())
