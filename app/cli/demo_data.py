"""``admin demo-data``: fill a store with a realistic hall day (the demo hall, benchmarks,
training) through the program's own services; see ``app/services/demo_day.py``."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import WithStore, open_store, parse_date


def demo_data(args: argparse.Namespace) -> int:
    from app.services.clock import hall_day, system_clock
    from app.services.demo_day import fill_demo_day

    day = args.day or hall_day(system_clock())
    print(fill_demo_day(open_store(args), day=day, seed=args.seed).text())
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``demo-data`` to ``admin``."""
    p = with_store(
        admin_sub.add_parser(
            "demo-data",
            help="生成示例大厅日（号票、各阶段办件、出件、评价），用于演示和培训",
            description="用程序自身的业务服务生成一个示例大厅日：同一日期和种子每次生成的办件相同。"
            "库中该时段已有办件或号票时拒绝，不作任何改动。",
        ),
        demo_data,
    )
    p.add_argument("--day", type=parse_date, help="大厅日 YYYY-MM-DD（默认今天；须为工作日）")
    p.add_argument("--seed", type=int, default=1, help="随机种子：决定申请人、等候人数和评价（默认 1）")
