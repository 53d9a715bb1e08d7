"""``python -m app hall-web --store URL [--host HOST] [--port PORT]``."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from app.chinese_argparse import ChineseArgumentParser, add_version


def main(argv: Sequence[str]) -> int:
    parser = ChineseArgumentParser(
        prog="counterdesk hall-web", description="大厅网站：办件查询、扫码评价、取号进度、综合屏、办事指南"
    )
    add_version(parser)
    parser.add_argument("--store", required=True, metavar="URL", help="中心库地址（PostgreSQL 用大厅网站的数据库角色）")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, default=8080, help="端口（默认 8080）")
    parser.add_argument(
        "--rating-days", type=int, default=30, metavar="N", help="办件最后一步办理后N日内可扫码评价（默认 30）"
    )
    args = parser.parse_args(list(argv))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    from app.web.server import serve

    print(f"大厅网站：http://{args.host}:{args.port}/", flush=True)
    if args.rating_days < 0:
        parser.error("--rating-days 不能为负数")
    serve(args.store, args.host, args.port, rating_days=args.rating_days)
    return 0
