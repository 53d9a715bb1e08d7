"""Cross-window changes are appended events pulled back by the owning window."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, insert, select

from app.domain.ids import utcnow, uuid7
from app.store.models import Case, CaseEvent
from app.sync.events import pull_foreign_events
from app.sync.registration import register_device
from app.sync.uploader import Uploader
from tests.sync.clerk import open_case

pytestmark = pytest.mark.postgres


def test_center_decision_reaches_the_owning_window_once(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    owner, other = make_local("w01"), make_local("w02")
    register_device(owner, central, "01", "HALL")
    register_device(other, central, "02", "HALL")
    case_id = open_case(owner)
    theirs = open_case(other)
    Uploader(owner, central).sync_once()
    Uploader(other, central).sync_once()
    decision = uuid7()
    with central_engine.begin() as c:  # the center rules on the case; window 02's case gets nothing
        c.execute(
            insert(CaseEvent).values(
                id=decision,
                case_id=case_id,
                owner_window="中心",
                action="否定备案审核",
                note="同意不予受理",
                day=date(2026, 11, 24),
                at=utcnow(),
                data={},
            )
        )
    assert pull_foreign_events(owner, central_engine) == 1
    assert pull_foreign_events(owner, central_engine) == 0
    assert pull_foreign_events(other, central_engine) == 0
    with owner.read() as s:
        event = s.get(CaseEvent, decision)
        assert event is not None and event.note == "同意不予受理" and event.case_id == case_id
        # The local case itself was not overwritten by anyone.
        assert s.scalar(select(Case.state).where(Case.id == case_id)) == "已受理"
    with other.read() as s:
        assert s.scalar(select(func.count()).select_from(CaseEvent).where(CaseEvent.case_id == theirs)) == 1


def test_center_events_carrying_the_windows_own_code_reach_it_too(central, central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    """期限重算 after a calendar import (and an administrator signed in at window 01's PC)
    writes events with the case's own window code; they were skipped before."""
    owner = make_local("w01")
    register_device(owner, central, "01", "HALL")
    case_id = open_case(owner)
    Uploader(owner, central).sync_once()
    recompute = uuid7()
    with central_engine.begin() as c:
        c.execute(
            insert(CaseEvent).values(
                id=recompute,
                case_id=case_id,
                owner_window="01",
                action="期限重算",
                note="2027年放假通知导入",
                day=date(2026, 11, 25),
                at=utcnow(),
                data={"old_due": "2026-12-08", "new_due": "2026-12-09"},
            )
        )
    assert pull_foreign_events(owner, central_engine) == 1
    assert pull_foreign_events(owner, central_engine) == 0  # its own events are not fetched again
    with owner.read() as s:
        event = s.get(CaseEvent, recompute)
        assert event is not None and event.data["new_due"] == "2026-12-09"
        assert s.scalar(select(func.count()).select_from(CaseEvent).where(CaseEvent.case_id == case_id)) == 2
