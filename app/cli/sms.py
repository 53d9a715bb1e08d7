"""SMS notices for the IT person (docs/sms.md).

* ``python -m app sms-sender --store URL --gateway cmpp://…|http://…`` — the hall's one sender;
* ``admin sms list [--state 失败] [--all]`` — 失败 and 未确认 messages (or all), phones masked;
* ``admin sms resend ID`` / ``admin sms cancel ID`` — the center's decision on one of them;
* ``admin sms secret GATEWAY`` — keep the CMPP shared secret / HTTP token in the keyring.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from app.chinese_argparse import ChineseArgumentParser, add_version
from app.cli.common import WithStore, _with_kept_password, open_store, subcommands

STATES = ("待发送", "发送中", "已发送", "未确认", "失败", "已取消")


def secret_url(gateway: str) -> str:
    """The name the gateway's secret is kept under: ``sms://<企业代码 or http>@host:port/path``."""
    from app.sms.gateway import parse_address

    address = parse_address(gateway)
    path = urlsplit(address.url).path if address.kind != "cmpp" else ""
    return f"sms://{address.sp_id or address.kind}@{address.host}:{address.port}{path}"


def kept_secret(gateway: str) -> str | None:
    from app import secret_store
    from app.settings import settings_path

    return secret_store.load_password(secret_url(gateway), settings_path().parent)


def sms_list(args: argparse.Namespace) -> int:
    from app.services.sms_sender import SmsSender

    sender = SmsSender(open_store(args), None)
    if args.all or args.state:
        rows = sender.messages([args.state] if args.state else [], args.limit)
    else:
        rows = sender.attention(args.limit)
    for r in rows:
        print(
            f"{r.id}\t{r.template}\t{r.phone_masked}\t{r.state}\t第{r.attempts}次\t段{r.parts}"
            f"\t{r.updated_at:%Y-%m-%d %H:%M}\t{r.last_error or r.gateway_msg_id}"
        )
    what = "条短信" if args.all or args.state else "条需要处理的短信（失败、未确认）"
    print(f"共 {len(rows)} {what}")
    return 0


def sms_resend(args: argparse.Namespace) -> int:
    from app.services.sms_sender import SmsSender

    try:
        row = SmsSender(open_store(args), None).resend(args.id)
    except (LookupError, ValueError) as exc:
        print(f"错误：{exc.args[0]}", file=sys.stderr)
        return 1
    print(f"短信 {row.id} 已重新排队（{row.phone_masked}）：发送程序下一轮发出")
    return 0


def sms_cancel(args: argparse.Namespace) -> int:
    from app.services.sms_sender import SmsSender

    try:
        row = SmsSender(open_store(args), None).cancel(args.id)
    except (LookupError, ValueError) as exc:
        print(f"错误：{exc.args[0]}", file=sys.stderr)
        return 1
    print(f"短信 {row.id} 已取消")
    return 0


def sms_secret(args: argparse.Namespace) -> int:
    from app import secret_store
    from app.settings import settings_path
    from app.sms.gateway import GatewayConfigError

    try:
        name = secret_url(args.gateway)
    except GatewayConfigError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    secret = sys.stdin.readline().rstrip("\n") if args.stdin else getpass.getpass("共享密钥或令牌：")
    if not secret:
        print("错误：密钥为空，未保存", file=sys.stderr)
        return 1
    where = secret_store.save_password(name, secret, settings_path().parent)
    print(f"已保存短信网关密钥：{where}")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``sms list|resend|cancel|secret`` to ``admin``."""
    ss = subcommands(admin_sub.add_parser("sms", help="短信通知：失败和未确认的短信、重发、网关密钥"), "sms_command")
    p = with_store(ss.add_parser("list", help="列出失败和未确认的短信（手机号已遮盖）"), sms_list)
    p.add_argument("--state", choices=STATES, help="只列此状态的短信")
    p.add_argument("--all", action="store_true", help="列出所有状态的短信")
    p.add_argument("--limit", type=int, default=200, help="最多列出条数（默认 200）")
    p = with_store(ss.add_parser("resend", help="把失败或未确认的短信重新排队（可能重复送达，请先核实）"), sms_resend)
    p.add_argument("id")
    p = with_store(ss.add_parser("cancel", help="取消一条未发出的短信"), sms_cancel)
    p.add_argument("id")
    p = ss.add_parser("secret", help="把短信网关的共享密钥（CMPP）或令牌（HTTP）存入密钥环")
    p.add_argument("gateway", metavar="GATEWAY", help="网关地址，如 cmpp://901234@10.0.0.5:7890?src=106900001234")
    p.add_argument("--stdin", action="store_true", help="从标准输入读取密钥（脚本用）")
    p.set_defaults(handler=sms_secret)


def sender_main(argv: Sequence[str]) -> int:
    """``python -m app sms-sender --store URL --gateway URL [--interval S] [--once]``."""
    parser = ChineseArgumentParser(prog="counterdesk sms-sender", description="短信通知发送程序（每个大厅只运行一个）")
    add_version(parser)
    parser.add_argument("--store", required=True, metavar="URL", help="中心库地址")
    parser.add_argument(
        "--gateway", required=True, metavar="URL", help="cmpp://企业代码@主机:端口?src=接入号 或 http://…"
    )
    parser.add_argument("--interval", type=float, default=5.0, help="每轮间隔秒数（默认 5）")
    parser.add_argument("--once", action="store_true", help="只运行一轮（检查配置用）")
    args = parser.parse_args(list(argv))
    from app.logs import PersonalDataFilter
    from app.services.sms_sender import SmsSender
    from app.sms.factory import open_gateway
    from app.sms.gateway import GatewayConfigError
    from app.store.engine import make_engine
    from app.store.uow import Store

    handler = logging.StreamHandler()
    handler.addFilter(PersonalDataFilter())
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", handlers=[handler])
    try:
        gateway = open_gateway(args.gateway, kept_secret(args.gateway))
    except GatewayConfigError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    store = Store(make_engine(_with_kept_password(args.store)))
    sender = SmsSender(store, gateway)
    if args.once:
        sender.recover()
        counts = sender.run_once()
        gateway.close()
        names = {"sent": "已发送", "retry": "待重试", "unconfirmed": "未确认", "failed": "失败"}
        print("本轮：" + ("，".join(f"{names.get(k, k)} {v} 条" for k, v in counts.items()) or "没有要发的短信"))
        return 0
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"短信发送程序已启动：{gateway.kind} 网关", flush=True)
    try:
        sender.run_forever(stop, args.interval)
    except KeyboardInterrupt:
        stop.set()
    return 0
