"""Catalog import/export for the administrator (CLI and console).

All-or-nothing: the file is checked whole before the store is touched, and the
store is written in one transaction, so a broken file or a failure halfway changes
nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain import catalog as c
from app.domain.actor import SYSTEM, Actor
from app.domain.errors import CatalogError, ValidationError
from app.exchange.catalog_file import MAX_CATALOG_CHARS, dump_catalog, parse_catalog
from app.store.catalog_io import ImportSummary, known_window_codes, load_catalog, replace_catalog
from app.store.statistics import analyze
from app.store.uow import Store

#: The tables a catalog import replaces (their statistics are gathered again after it).
CATALOG_TABLES = ("matters", "situations", "materials", "bundles")


@dataclass(frozen=True)
class CatalogImportResult:
    summary: ImportSummary
    warnings: tuple[str, ...]


def default_search_text() -> Callable[[c.Matter], str] | None:
    try:
        from app.services.guide import build_search_text
    except ImportError:  # guide service not available in a stripped build
        return None
    return lambda m: build_search_text(m.name, m.keywords, m.code)


def read_catalog_file(path: Path) -> bytes:
    """The file's bytes; refused (in Chinese) before reading when far too big for a catalog."""
    try:
        size = path.stat().st_size
        if size > MAX_CATALOG_CHARS * 4:
            raise CatalogError(f"目录文件 {path.name} 有 {size} 字节，超过目录文件的上限，请检查所选文件")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise CatalogError(f"找不到目录文件：{path}") from exc
    except OSError as exc:
        raise CatalogError(f"无法读取目录文件 {path}：{exc.strerror or exc}") from exc


def import_catalog(store: Store, data: bytes | str, actor: Actor = SYSTEM, source: str = "") -> CatalogImportResult:
    """Parse, check and store a ``counterdesk-catalog/1`` file; raises CatalogError."""
    with store.read() as session:
        windows = known_window_codes(session)
    catalog, warnings = parse_catalog(data, known_windows=windows)
    search_text = default_search_text()
    try:
        summary = _store_catalog(store, actor, source, catalog, len(warnings), search_text)
    except ValidationError as exc:
        # The store's input guard is the last word on single-line columns (a line feed is
        # allowed in a guide's text but not in a department's name); its refusal rolled the
        # whole import back and is answered like every other problem of the file.
        raise CatalogError(f"目录文件未导入任何内容：{exc.message}") from None
    analyze(store.engine, CATALOG_TABLES)  # the whole catalog changed: plan with its new size
    return CatalogImportResult(summary, tuple(warnings))


def _store_catalog(
    store: Store,
    actor: Actor,
    source: str,
    catalog: c.Catalog,
    warnings: int,
    search_text: Callable[[c.Matter], str] | None,
) -> ImportSummary:
    with store.write(actor) as tx:
        summary = replace_catalog(tx.session, catalog, search_text)
        tx.audit(
            "catalog.import",
            "catalog",
            catalog.hall.code,
            source=source,
            matters=summary.matters,
            materials=summary.materials,
            warnings=warnings,
        )
        tx.emit(
            "catalog.imported",
            entity="catalog",
            entity_id=catalog.hall.code,
            payload={"hall": catalog.hall.code, "matters": summary.matters},
        )
    return summary


def export_catalog(store: Store) -> str:
    """The store's catalog as canonical file text."""
    with store.read() as session:
        return dump_catalog(load_catalog(session))
