"""The command line: the counter window, the kiosk, and ``admin`` for the hall's IT person.

Every ``admin`` command takes ``--store URL`` after its own arguments (default: this
PC's embedded SQLite from the settings). Errors print one Chinese line to stderr and
exit non-zero; nothing is half-done because each command is one transaction.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from app.domain.errors import CounterDeskError

Handler = Callable[[argparse.Namespace], int]


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its usage errors in Chinese (exit status 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        translated = (
            message.replace("the following arguments are required", "缺少必需的参数")
            .replace("invalid choice", "无效的选项")
            .replace("unrecognized arguments", "无法识别的参数")
            .replace("expected one argument", "需要一个参数")
            .replace("invalid", "无效")
        )
        self.exit(2, f"错误：{translated}\n")


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.uow import Store

    engine = make_engine(args.store or _default_store_url())
    upgrade(engine)
    return Store(engine)


def _default_store_url() -> str:
    from app.settings import load_settings

    return load_settings().resolved_store_url()


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”格式不对，应为 YYYY-MM-DD") from None


def _nonnegative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError("天数不能为负数")
    return value


# -- handlers -------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from app.store.migrate import current_revision

    store = _store(args)
    print(f"数据库已就绪（结构版本 {current_revision(store.engine)}）：{_redact(store.engine.url)}")
    return 0


def _redact(url: object) -> str:
    render = getattr(url, "render_as_string", None)
    return render(hide_password=True) if render else str(url)


def cmd_catalog_import(args: argparse.Namespace) -> int:
    from app.services.catalog_admin import import_catalog, read_catalog_file

    store = _store(args)
    data = read_catalog_file(Path(args.file))
    result = import_catalog(store, data, source=str(args.file))
    s = result.summary
    for warning in result.warnings:
        print(f"提示：{warning}")
    print(
        f"导入完成：{s.departments} 个部门，{s.windows} 个窗口，{s.matters} 个事项，"
        f"{s.materials} 项材料，{s.bundles} 个“一件事”。"
    )
    return 0


def cmd_catalog_export(args: argparse.Namespace) -> int:
    from app.services.catalog_admin import export_catalog

    store = _store(args)
    text = export_catalog(store)
    out = Path(args.file)
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CounterDeskError(f"无法写入文件 {out}：{exc.strerror or exc}") from exc
    print(f"已导出到 {out}")
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from app.services.calendar_service import import_notice

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CounterDeskError(f"无法读取日历文件 {path}：{exc}") from exc
    result = import_notice(_store(args), text, source=str(path))
    print(f"日历已更新：新增 {result.added} 天，修改 {result.changed} 天。")
    return 0


def cmd_calendar_due(args: argparse.Namespace) -> int:
    from app.services.calendar_service import load_calendar

    calendar = load_calendar(_store(args))
    due = calendar.add_workdays(args.start, args.days)
    if not calendar.covers(due) or not calendar.covers(args.start):
        print("提示：该年份的法定节假日尚未收录，只按周末计算；请导入国务院放假通知。", file=sys.stderr)
    print(due.isoformat())
    return 0


def cmd_calendar_show(args: argparse.Namespace) -> int:
    from app.services.calendar_service import load_calendar

    calendar = load_calendar(_store(args))
    day = args.start
    for _ in range(args.days):
        print(f"{day.isoformat()} {calendar.describe(day)}")
        day = date.fromordinal(day.toordinal() + 1)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(prog="counterdesk", description="窗口受理台")
    sub = parser.add_subparsers(dest="command", parser_class=ChineseArgumentParser)
    admin = sub.add_parser("admin", help="管理命令（信息技术人员）")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True, parser_class=ChineseArgumentParser)

    def with_store(p: argparse.ArgumentParser, handler: Handler) -> argparse.ArgumentParser:
        p.add_argument("--store", metavar="URL", help="数据库地址（默认：本机内置 SQLite）")
        p.set_defaults(handler=handler)
        return p

    with_store(admin_sub.add_parser("init", help="创建或升级数据库结构"), cmd_init)

    catalog = admin_sub.add_parser("catalog", help="事项目录导入导出")
    catalog_sub = catalog.add_subparsers(dest="catalog_command", required=True, parser_class=ChineseArgumentParser)
    p = with_store(catalog_sub.add_parser("import", help="导入 counterdesk-catalog/1 文件"), cmd_catalog_import)
    p.add_argument("file")
    p = with_store(catalog_sub.add_parser("export", help="导出为 counterdesk-catalog/1 文件"), cmd_catalog_export)
    p.add_argument("file")

    cal = admin_sub.add_parser("calendar", help="工作日日历")
    cal_sub = cal.add_subparsers(dest="calendar_command", required=True, parser_class=ChineseArgumentParser)
    p = with_store(cal_sub.add_parser("import", help="导入放假通知文件"), cmd_calendar_import)
    p.add_argument("file")
    p = with_store(cal_sub.add_parser("due", help="计算第 N 个工作日"), cmd_calendar_due)
    p.add_argument("--from", dest="start", type=_parse_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--days", type=_nonnegative, required=True)
    p = with_store(cal_sub.add_parser("show", help="列出日期是否为工作日"), cmd_calendar_show)
    p.add_argument("--from", dest="start", type=_parse_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--days", type=_nonnegative, default=14)

    for register in EXTRA_ADMIN_COMMANDS():
        register(admin_sub, with_store)
    return parser


def _extra_commands() -> list[Callable[..., None]]:
    from app import cli_extra

    return [cli_extra.register]


#: Hooks that add more ``admin`` sub-commands (staff, window, print-sample, role …).
EXTRA_ADMIN_COMMANDS = _extra_commands


def run_admin(argv: Sequence[str]) -> int:
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
