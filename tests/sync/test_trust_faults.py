"""Fault injection around credentials and the audit (issue 12): window processes that
change passwords, guess wrong, log in and out — each through its own database role —
killed with SIGKILL at random points, losing requests and answers, with their central
connections terminated mid-batch. Afterwards no credential change is lost, the center
agrees with every PC, and every device's audit chain is whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services.passwords import verify_password
from app.store.engine import make_engine
from app.store.models import AuditEntry, CredentialEvent, Staff
from app.store.uow import Store
from app.sync.audit_verify import verify_audit_chains
from app.sync.central import CentralStore
from app.sync.credentials import pull_credentials
from app.sync.reference import publish_release, pull_reference
from app.sync.registration import register_device
from app.sync.roles import create_window_role, revoke_window_role
from tests.services.conftest import build_hall
from tests.sync.fault_harness import TRUST_CLERKS, password_at, run_fault_injection

pytestmark = pytest.mark.postgres

CHANGES = 6


def test_no_credential_change_lost_and_no_audit_gap_under_faults(
    pg_server, central_url, local_template, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    central_engine = make_engine(central_url)
    build_hall(Store(central_engine))
    publish_release(central_engine, "开馆")
    roles: list[str] = []

    def prepare(n: int, path: Path) -> str:
        window = f"{n + 1:02d}"
        role = create_window_role(central_engine, window)
        roles.append(window)
        url = central_engine.url.set(username=role).render_as_string(hide_password=False)
        local, engine = Store(make_engine(f"sqlite+pysqlite:///{path}")), make_engine(url)
        register_device(local, CentralStore(engine), window, "510626-LJJK", fingerprint=f"pc-{n}")
        pull_reference(local, engine)
        pull_credentials(local, engine)
        local.dispose()
        engine.dispose()
        return url

    try:
        run = run_fault_injection(
            admin_url=pg_server.admin_url,
            central_url=central_url,
            workdir=tmp_path,
            template=local_template,
            clients=2,
            cases=CHANGES,
            kills_per_client=3,
            seed=12,
            mode="trust",
            prepare=prepare,
            kill_window_s=(0.5, 2.0),
        )
        assert run.problems == (), run.problems
        assert run.kills >= 1 and run.lost_answers + run.lost_requests >= 1  # the faults happened
        for n, (window, staff_no) in enumerate(TRUST_CLERKS.items()):
            local = Store(make_engine(f"sqlite+pysqlite:///{tmp_path / f'window{n:02d}.db'}"))
            try:
                with local.read() as s:
                    mine = s.scalar(select(Staff.password_version).where(Staff.staff_no == staff_no))
                    events = s.scalar(select(func.count()).select_from(CredentialEvent))
                    audit = s.scalar(select(func.count()).where(AuditEntry.device_id.is_not(None)))
            finally:
                local.dispose()
            with central_engine.connect() as c:
                row = c.execute(select(Staff).where(Staff.staff_no == staff_no)).one()
                central_events = c.scalar(select(func.count()).where(CredentialEvent.owner_window == window))
                central_audit = c.scalar(select(func.count()).where(AuditEntry.owner_window == window))
            # No lost change: the center holds the PC's last password, every event, every audit row.
            assert mine == CHANGES and row.password_version == CHANGES
            assert verify_password(row.password_hash, password_at(CHANGES))
            assert central_events == events and central_audit == audit
        report = verify_audit_chains(central_engine)
        assert report.ok, report.text()
    finally:
        for window in roles:
            revoke_window_role(central_engine, window)
        central_engine.dispose()
