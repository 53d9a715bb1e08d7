"""The brief's "done when" on the demo hall: ``admin demo-data`` makes a hall day on
PostgreSQL; the province's 实施清单 (which knows the demo catalog's matters) is pulled and
approved, so the departments' credit codes are the province's; a real exchange process under
its own role pushes the day through a timeout, a late answer, a 503, a dropped item and a
SIGKILL: every item is kept once, the drop is found by the reconciliation and resent, and
every day reconciles clean."""

from __future__ import annotations

import json
import signal
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.__main__ import main as run_app
from app.exchange.province.adapter import JsonHttpsAdapter
from app.exchange.province.auth import Credentials
from app.exchange.province.emulator import demo_catalog_list, start_emulator
from app.services.catalog_admin import export_catalog
from app.services.province_admin import counts
from app.services.province_catalog import approve, pull
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import Alarm, ProvinceItem, ProvinceReconciliation
from app.store.uow import Store
from app.sync.roles import EXCHANGE, create_role, revoke_role
from tests.province.conftest import KEY_ID, SECRET
from tests.province.test_exchange_pg import _start, _wait

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

DAY = "2026-11-20"


def _clean_everywhere(store: Store) -> bool:
    with store.read() as s:
        days = set(s.scalars(select(ProvinceItem.day)))
        last: dict[object, bool] = {}
        for r in s.scalars(select(ProvinceReconciliation).order_by(ProvinceReconciliation.checked_at)):
            last[r.day] = r.clean
    return bool(days) and all(last.get(d) for d in days)


def test_the_demo_day_reaches_the_province_once(pg_url: str, tmp_path: Path) -> None:
    assert run_app(["admin", "demo-data", "--day", DAY, "--store", pg_url]) == 0
    store = Store(make_engine(pg_url))
    upgrade(store.engine)
    listing = demo_catalog_list(json.loads(export_catalog(store)))
    listing["matters"][0]["promised_limit_days"] = 1 + (listing["matters"][0].get("promised_limit_days") or 0)
    province = start_emulator(catalog=json.dumps(listing, ensure_ascii=False).encode(), keys={KEY_ID: SECRET})
    role = create_role(store.engine, EXCHANGE.name, "prov")
    role_url = store.engine.url.set(username=role, password=None).render_as_string(hide_password=False)
    try:
        adapter = JsonHttpsAdapter(province.url, Credentials(key_id=KEY_ID, secret=SECRET))
        approve(store, pull(store, adapter).id, approved_by="陈管理")
        with store.engine.connect() as conn:
            every = {
                str(i)
                for view, key in (("px_case_events", "event_id"), ("px_ratings", "rating_id"))
                for i in conn.execute(text(f"SELECT {key} FROM {view}")).scalars()
            }
            first_delivery = "SELECT event_id FROM px_case_events WHERE action = '送达' ORDER BY at LIMIT 1"
            dropped = str(conn.execute(text(first_delivery)).scalar_one())
        assert len(every) > 90
        key_file = tmp_path / "province.key"
        key_file.write_bytes(SECRET)
        faults = province.faults
        faults.timeouts, faults.hang_seconds = 1, 2.0
        faults.late_answers, faults.late_seconds = 1, 2.0
        faults.unavailable = 1
        faults.drop.add(dropped)
        log = tmp_path / "exchange.log"
        first = _start(role_url, province, key_file, log)
        try:
            _wait(lambda: len(province.state.kept) >= 20, 90, "twenty items kept", log)
            first.send_signal(signal.SIGKILL)
            first.wait(10)
        finally:
            if first.poll() is None:
                first.kill()
        assert counts(store.engine)["pending"] > 0
        second = _start(role_url, province, key_file, log)
        try:
            _wait(lambda: dropped in province.state.kept and _clean_everywhere(store), 180, "all days clean", log)
        finally:
            second.send_signal(signal.SIGTERM)
            assert second.wait(15) == 0, log.read_text()

        accepted = Counter(r.event_id for r in province.state.log if r.status == "accepted")
        assert set(accepted) == every
        assert {e: n for e, n in accepted.items() if n != 1} == {dropped: 2}
        assert set(province.state.kept) == every
        assert not any(r.status == "rejected" for r in province.state.log)
        assert counts(store.engine) == {"pending": 0, "kept": len(every), "rejected": 0}
        credit = {d["code"]: d["credit_code"] for d in listing["departments"]}
        for item in province.state.kept.values():
            if item["type"] == "办件":
                case = item["case"]
                assert case["department_credit_code"] == credit[case["department_code"]]
                assert case["applicant"]["certificate_number"]
        with store.read() as s:
            details = [a.detail for a in s.scalars(select(Alarm).where(Alarm.kind == "province_reconcile"))]
        assert len(details) == 1 and "办件:送达" in details[0] and "省平台缺 1 项（已重新排队发送）" in details[0]
    finally:
        province.stop()
        revoke_role(store.engine, EXCHANGE.name, "prov")
        store.dispose()
