"""``admin init``: create or upgrade the schema of a store."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import WithStore, open_store


def cmd_init(args: argparse.Namespace) -> int:
    from app.store.migrate import current_revision

    store = open_store(args)
    print(f"数据库已就绪（结构版本 {current_revision(store.engine)}）：{redact(store.engine.url)}")
    if store.dialect == "postgresql":
        from app.sync.roles import refresh_roles

        refreshed = refresh_roles(store.engine)  # a new version may grant or withdraw rights
        if refreshed:
            print(f"已按本版本刷新 {len(refreshed)} 个数据库角色的权限")
    return 0


def redact(url: object) -> str:
    """The store's address without its password."""
    render = getattr(url, "render_as_string", None)
    return render(hide_password=True) if render else str(url)


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``init`` to ``admin``."""
    with_store(admin_sub.add_parser("init", help="创建或升级数据库结构"), cmd_init)
