"""The provincial platform: ``python -m app exchange --store URL --province URL [--once]``
(the exchange service beside the central PostgreSQL, under its own role) and ``admin
province status|rejected|resend|reconcile|department|catalog pull|diff|approve`` for the
center's administrator (docs/province.md)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
import threading
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.chinese_argparse import ChineseArgumentParser, add_version
from app.cli.common import WithStore, open_store, parse_date, subcommands

if TYPE_CHECKING:
    from app.exchange.province.adapter import JsonHttpsAdapter


def add_province_options(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    p.add_argument("--province", required=required, metavar="URL", help="省平台接口地址（https://…）")
    p.add_argument("--key-id", help="签名密钥编号（省平台分配）")
    p.add_argument("--key-file", type=Path, metavar="FILE", help="签名密钥文件（仅本用户可读）")
    p.add_argument("--client-cert", type=Path, metavar="FILE", help="本大厅的客户端证书（PEM，双向 TLS）")
    p.add_argument("--client-key", type=Path, metavar="FILE", help="客户端证书的私钥（PEM）")
    p.add_argument("--ca", type=Path, metavar="FILE", help="省平台的 CA 证书（PEM）")
    p.add_argument("--timeout", type=float, default=15.0, metavar="秒", help="等待省平台应答的秒数（默认 15）")


def make_adapter(args: argparse.Namespace) -> JsonHttpsAdapter:
    from app.domain.errors import ValidationError
    from app.exchange.province.adapter import JsonHttpsAdapter
    from app.exchange.province.auth import Credentials
    from app.exchange.province.format import ProvinceError

    if (args.key_id is None) != (args.key_file is None):
        raise ValidationError("--key-id 与 --key-file 须同时给出")
    try:
        creds = Credentials.from_files(args.key_id, args.key_file, args.client_cert, args.client_key, args.ca)
        return JsonHttpsAdapter(args.province, creds, timeout=args.timeout)
    except OSError as exc:
        raise ValidationError(f"无法读取密钥或证书文件：{exc}") from None
    except ProvinceError as exc:
        raise ValidationError(exc.message) from None


def exchange_main(argv: Sequence[str]) -> int:
    """``python -m app exchange``: push until stopped (SIGTERM/Ctrl-C), or one pass with ``--once``."""
    parser = ChineseArgumentParser(prog="counterdesk exchange", description="省平台交换：报送办件与评价，每日对账")
    add_version(parser)
    parser.add_argument("--store", required=True, metavar="URL", help="中心库地址（用省平台交换的数据库角色）")
    add_province_options(parser)
    parser.add_argument("--once", action="store_true", help="只执行一遍（收集、发送、对账）后退出")
    parser.add_argument("--reconcile", type=parse_date, action="append", metavar="YYYY-MM-DD", help="对账这一天")
    parser.add_argument("--interval", type=float, default=5.0, metavar="秒", help="两次发送之间的秒数（默认 5）")
    parser.add_argument("--batch", type=int, default=200, metavar="N", help="每批项数（默认 200，最多 200）")
    parser.add_argument(
        "--reconcile-every", type=float, default=3600.0, metavar="秒", help="队列清空后对账的最短间隔（默认 3600）"
    )
    args = parser.parse_args(list(argv))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    from sqlalchemy import inspect
    from sqlalchemy.exc import OperationalError

    from app.domain.errors import CounterDeskError
    from app.exchange.province.format import ProvinceError
    from app.services.clock import hall_day, system_clock
    from app.services.province_exchange import ProvinceExchange
    from app.store.engine import make_engine

    try:
        adapter = make_adapter(args)
        engine = make_engine(args.store)
        try:
            with engine.connect() as conn:
                ready = inspect(conn).has_table("province_items")
        except OperationalError as exc:
            print(f"错误：连不上中心库：{exc.orig}", file=sys.stderr)
            return 1
        if not ready:
            print("错误：中心库还没有省平台交换表，请先用管理账号执行 admin init 升级中心库", file=sys.stderr)
            return 1
        exchange = ProvinceExchange(engine, adapter, batch_size=args.batch)
        if args.once:
            report = exchange.run_once()
            print(report.text, flush=True)
            days = args.reconcile or ([] if report.error else exchange.days_to_reconcile(hall_day(system_clock())))
            clean = True
            for day in days:
                result = exchange.reconcile(day)
                clean = clean and result.clean
                print(result.text, flush=True)
            return 0 if report.error is None and report.unanswered == 0 and clean else 1
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        print(f"省平台交换已启动：{args.province}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            exchange.run(
                stop,
                interval=args.interval,
                reconcile_every=args.reconcile_every,
                on_pass=lambda line: print(line, flush=True),
            )
        return 0
    except ProvinceError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 1
    except CounterDeskError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 1


# -- admin province ------------------------------------------------------------------------


def province_status(args: argparse.Namespace) -> int:
    from app.services.province_admin import counts, reconciliations

    engine = open_store(args).engine
    c = counts(engine)
    print(f"待发送 {c['pending']} 项，省平台已接收 {c['kept']} 项，被拒收 {c['rejected']} 项")
    for r in reconciliations(engine, limit=args.days):
        verdict = "一致" if r.clean else f"不一致（重新发送 {r.resent} 项）"
        print(f"{r.day.isoformat()}  {r.checked_at:%Y-%m-%d %H:%M}  对账{verdict}")
    return 0


def province_items(args: argparse.Namespace) -> int:
    from app.services.province_admin import list_items

    items = list_items(open_store(args).engine, state=args.state, day=args.day)
    for item in items:
        print(item.line)
    if not items:
        print("没有符合条件的报送项")
    return 0


def province_rejected(args: argparse.Namespace) -> int:
    args.state, args.day = "rejected", None
    return province_items(args)


def province_resend(args: argparse.Namespace) -> int:
    from app.domain.errors import ValidationError
    from app.services.province_admin import resend, resend_rejected

    if args.all_rejected:
        if args.event_id or args.set:
            raise ValidationError("--all-rejected 不能与报送项编号或 --set 同时使用")
        items = resend_rejected(open_store(args).engine)
        print(f"已重新生成并排队重发 {len(items)} 项被拒收的报送项")
        return 0
    if not args.event_id:
        raise ValidationError("请给出报送项编号，或用 --all-rejected 重发全部被拒收的项")
    try:
        event_id = uuid.UUID(args.event_id)
    except ValueError:
        raise ValidationError(f"“{args.event_id}”不是报送项编号") from None
    item = resend(open_store(args).engine, event_id, args.set or [])
    print(f"已更正并排队重发（第 {item.revision} 次更正）：{item.line}")
    return 0


def province_reconcile(args: argparse.Namespace) -> int:
    from app.services.province_exchange import ProvinceExchange

    result = ProvinceExchange(open_store(args).engine, make_adapter(args)).reconcile(args.day)
    print(result.text)
    return 0 if result.clean else 1


def province_department(args: argparse.Namespace) -> int:
    from app.services.province_admin import set_department_credit_code

    code = set_department_credit_code(open_store(args).engine, args.department, args.credit_code)
    print(f"部门 {args.department} 的统一社会信用代码已设为 {code}（此后报送的办件使用）")
    return 0


def _print_pull(view: Any) -> None:
    print(f"实施清单 {view.version or '（无版本号）'}  编号 {view.id}  {view.state_name}")
    if view.problem:
        print(view.problem)
    for line in view.diff:
        print(f"  {line}")
    for warning in view.warnings:
        print(f"提示：{warning}")


def catalog_pull(args: argparse.Namespace) -> int:
    from app.services.province_catalog import BROKEN, pull

    view = pull(open_store(args), make_adapter(args))
    _print_pull(view)
    if view.state == BROKEN:
        print("此清单未通过检查，目录未作任何改动。")
        return 1
    print(f"共 {len(view.diff)} 处差异；确认后执行 admin province catalog approve {view.id}")
    return 0


def _pull_id(text: str | None) -> uuid.UUID | None:
    from app.domain.errors import ValidationError

    if text is None:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(f"“{text}”不是实施清单编号") from None


def catalog_diff(args: argparse.Namespace) -> int:
    from app.services.province_catalog import latest

    _print_pull(latest(open_store(args), _pull_id(args.pull)))
    return 0


def catalog_approve(args: argparse.Namespace) -> int:
    from app.services.province_catalog import approve

    pull_id = _pull_id(args.pull)
    assert pull_id is not None
    view = approve(open_store(args), pull_id, approved_by=args.by)
    print(f"已批准并发布：参考数据第 {view.release_no} 版（{len(view.diff)} 处改动），各窗口下次同步时取得")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``province …`` to ``admin``."""
    ps = subcommands(
        admin_sub.add_parser("province", help="省一体化政务服务平台：报送、对账、实施清单"), "province_command"
    )
    p = with_store(ps.add_parser("status", help="报送项统计与最近的对账"), province_status)
    p.add_argument("--days", type=int, default=10, help="列出最近几次对账（默认 10）")
    p = with_store(ps.add_parser("items", help="列出报送项"), province_items)
    p.add_argument("--state", choices=("pending", "kept", "rejected"))
    p.add_argument("--day", type=parse_date, metavar="YYYY-MM-DD")
    with_store(ps.add_parser("rejected", help="被省平台拒收的项及原因"), province_rejected)
    p = with_store(ps.add_parser("resend", help="更正并重发一项被拒收的项"), province_resend)
    p.add_argument("event_id", nargs="?", help="报送项编号")
    p.add_argument("--all-rejected", action="store_true", help="按当前数据重新生成并重发全部被拒收的项")
    p.add_argument("--set", action="append", metavar="字段=值", help="更正的字段，如 case.department_credit_code=…")
    p = with_store(ps.add_parser("reconcile", help="与省平台对账一天"), province_reconcile)
    p.add_argument("day", type=parse_date, metavar="YYYY-MM-DD")
    add_province_options(p)
    p = with_store(ps.add_parser("department", help="设置部门的统一社会信用代码"), province_department)
    p.add_argument("department", help="部门编码")
    p.add_argument("credit_code", help="统一社会信用代码")
    cs = subcommands(ps.add_parser("catalog", help="省平台实施清单：取回、查看差异、批准发布"), "catalog_command")
    p = with_store(cs.add_parser("pull", help="从省平台取回实施清单并检查"), catalog_pull)
    add_province_options(p)
    p = with_store(cs.add_parser("diff", help="查看实施清单与当前目录的差异"), catalog_diff)
    p.add_argument("pull", nargs="?", help="实施清单编号（默认最新一次）")
    p = with_store(cs.add_parser("approve", help="批准实施清单并发布到各窗口"), catalog_approve)
    p.add_argument("pull", help="实施清单编号")
    p.add_argument("--by", default="命令行管理", help="批准人（记入发布说明）")
