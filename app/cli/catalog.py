"""``admin catalog import|export``: the counterdesk-catalog/1 file, all-or-nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import WithStore, open_store, subcommands
from app.domain.errors import CounterDeskError


def cmd_catalog_import(args: argparse.Namespace) -> int:
    from app.services.catalog_admin import import_catalog, read_catalog_file

    store = open_store(args)
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

    store = open_store(args)
    text = export_catalog(store)
    out = Path(args.file)
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CounterDeskError(f"无法写入文件 {out}：{exc.strerror or exc}") from exc
    print(f"已导出到 {out}")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``catalog import|export`` to ``admin``."""
    catalog_sub = subcommands(admin_sub.add_parser("catalog", help="事项目录导入导出"), "catalog_command")
    p = with_store(catalog_sub.add_parser("import", help="导入 counterdesk-catalog/1 文件"), cmd_catalog_import)
    p.add_argument("file")
    p = with_store(catalog_sub.add_parser("export", help="导出为 counterdesk-catalog/1 文件"), cmd_catalog_export)
    p.add_argument("file")
