"""The 实施清单 from the province into a reference release, after the administrator saw the
difference and approved it (``admin province catalog pull|diff|approve``).

``pull`` fetches the list through the adapter and checks it at once with the catalog's rules
(:func:`app.exchange.province.catalog_list.map_to_catalog`): a broken list is recorded as
``broken`` with the reason in Chinese and changes nothing else. ``approve`` maps it again
onto the catalog as it is *now*; if that is not the difference the administrator saw (the
catalog changed meanwhile) it refuses, else it imports the catalog all-or-nothing
(:func:`app.services.catalog_admin.import_catalog`), records the departments' 统一社会信用代码
for the exchange and publishes the reference release the windows pull.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update

from app.domain.errors import CatalogError, NotFound, ValidationError
from app.exchange.catalog_file import catalog_to_dict
from app.exchange.province.adapter import ProvinceAdapter
from app.exchange.province.catalog_list import ProvinceCatalog, catalog_diff, map_to_catalog
from app.exchange.province.format import ProvinceError
from app.services.catalog_admin import import_catalog
from app.services.clock import Clock, system_clock
from app.services.province_exchange import SETTING
from app.store.catalog_io import known_window_codes, load_catalog
from app.store.models import HallSetting, ProvinceCatalogPull
from app.store.uow import Store
from app.sync.reference import publish_release

PENDING = "pending"
BROKEN = "broken"
PUBLISHED = "published"
SUPERSEDED = "superseded"
STATE_NAMES = {PENDING: "待审核", BROKEN: "未通过检查", PUBLISHED: "已发布", SUPERSEDED: "已被新清单取代"}


@dataclass(frozen=True)
class PullView:
    id: uuid.UUID
    version: str
    state: str
    state_name: str
    problem: str | None
    diff: tuple[str, ...]
    release_no: int | None = None
    warnings: tuple[str, ...] = ()


def _view(p: ProvinceCatalogPull, warnings: tuple[str, ...] = ()) -> PullView:
    return PullView(
        p.id, p.version, p.state, STATE_NAMES.get(p.state, p.state), p.problem, tuple(p.diff), p.release_no, warnings
    )


def _map(store: Store, content: bytes) -> tuple[ProvinceCatalog, list[str]]:
    with store.read() as session:
        current = catalog_to_dict(load_catalog(session))
        known = known_window_codes(session)
    mapped = map_to_catalog(content, current, known)
    return mapped, catalog_diff(current, mapped.document)


def pull(store: Store, adapter: ProvinceAdapter, *, clock: Clock = system_clock) -> PullView:
    """Fetch, check and diff the province's list; record it (``pending`` or ``broken``)."""
    try:
        content = adapter.fetch_catalog()
    except ProvinceError as exc:
        raise CatalogError(f"未能从省平台取得实施清单：{exc.message}") from None
    now = clock()
    text = content.decode("utf-8", "replace")
    try:
        mapped, diff = _map(store, content)
    except CatalogError as exc:
        row = ProvinceCatalogPull(fetched_at=now, version="", state=BROKEN, content=text, problem=exc.message, diff=[])
        with store.write() as tx:
            tx.session.add(row)
        return _view(row)
    row = ProvinceCatalogPull(fetched_at=now, version=mapped.version, state=PENDING, content=text, diff=diff)
    with store.write() as tx:
        tx.session.execute(
            update(ProvinceCatalogPull).where(ProvinceCatalogPull.state == PENDING).values(state=SUPERSEDED)
        )
        tx.session.add(row)
    return _view(row, mapped.warnings)


def _pull_row(store: Store, pull_id: uuid.UUID | None) -> ProvinceCatalogPull:
    with store.read() as session:
        query = select(ProvinceCatalogPull)
        if pull_id is not None:
            query = query.where(ProvinceCatalogPull.id == pull_id)
        else:
            query = query.order_by(ProvinceCatalogPull.fetched_at.desc()).limit(1)
        row = session.scalars(query).first()
        if row is None:
            raise NotFound("还没有从省平台取过实施清单（先执行 admin province catalog pull）")
        session.expunge(row)
        return row


def latest(store: Store, pull_id: uuid.UUID | None = None) -> PullView:
    """The newest pull (or ``pull_id``) with its difference to the catalog as it is now."""
    row = _pull_row(store, pull_id)
    if row.state != PENDING:
        return _view(row)
    _mapped, diff = _map(store, row.content.encode("utf-8"))
    return PullView(row.id, row.version, row.state, STATE_NAMES[row.state], row.problem, tuple(diff))


def approve(store: Store, pull_id: uuid.UUID, *, approved_by: str, clock: Clock = system_clock) -> PullView:
    """Import the approved list and publish the release; refuses anything else, changing nothing."""
    row = _pull_row(store, pull_id)
    if row.state != PENDING:
        raise ValidationError(f"此实施清单{STATE_NAMES.get(row.state, row.state)}，不能批准")
    mapped, diff = _map(store, row.content.encode("utf-8"))
    if diff != list(row.diff):
        raise ValidationError("取回清单后本地目录已有改动，差异与审核时不同：请重新取回实施清单并查看差异后再批准")
    if not diff:
        raise ValidationError("实施清单与当前目录相同，无需发布")
    import_catalog(
        store, json.dumps(mapped.document, ensure_ascii=False), source=f"省平台实施清单 {mapped.version}".strip()
    )
    now = clock()
    with store.write() as tx:
        setting = tx.session.get(HallSetting, SETTING)
        value = dict(setting.value) if setting is not None else {}
        value["department_credit_codes"] = {**(value.get("department_credit_codes") or {}), **mapped.credit_codes}
        value["catalog_version"] = mapped.version
        if setting is None:
            tx.session.add(HallSetting(key=SETTING, value=value))
        else:
            setting.value = value
    release = publish_release(store.engine, note=f"省平台实施清单 {mapped.version}（{approved_by} 批准）")
    with store.write() as tx:
        stored = tx.session.get(ProvinceCatalogPull, pull_id)
        assert stored is not None
        stored.state = PUBLISHED
        stored.decided_at = now
        stored.decided_by = approved_by
        stored.release_no = release.release_no if release is not None else None
        return _view(stored, mapped.warnings)


__all__ = ["STATE_NAMES", "PullView", "approve", "latest", "pull"]
