"""我的办件 at the size of a busy window: 12,000+ open cases on a real SQLite file.

The page shows the first 100 rows in the clerk's order (urgent, overdue, near due,
awaiting delivery, stopped, then normal by promised date), fetches the next 100 when the
table is scrolled to its end, sorts a clicked column and filters a search in SQL (checked
against raw sqlite3 on the same file), and after a decision moves the one changed row to
its new place without reading the list again.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import insert

from app.domain.case_state import OPEN_STATES, CaseAction, CaseState
from app.domain.ids import uuid7
from app.services.case_list import PAGE_SIZE
from app.services.dto import ApplicantInput
from app.services.tracking import AWAITING_DELIVERY
from app.store.models import Case, CaseEvent
from app.store.uow import Store
from app.ui.pages.cases import CasesPage
from tests.services.conftest import CALENDAR, DAY, PASSWORD, PERSON_ID

NORMAL = 12_000
URGENT, OVERDUE, NEAR, DELIVERY, STOPPED = 5, 30, 10, 15, 10
NAMED = 150  # normal cases of 司马迁, for the search


def _bulk(store: Store) -> None:
    """Cases of window 01 written straight into the store (the services would take minutes)."""
    cases: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []

    def add(state: str, accepted_days_ago: int, limit: int, name: str = "张三") -> uuid.UUID:
        cid = uuid7()
        accepted = DAY - timedelta(days=accepted_days_ago)
        cases.append(
            {
                "id": cid,
                "case_number": f"T{len(cases):07d}",
                "owner_window": "01",
                "matter_code": "QYSL",
                "matter_name": "企业设立登记",
                "kind": "承诺件",
                "state": state,
                "applicant_kind": "自然人",
                "applicant_name": name,
                "received_on": accepted,
                "accepted_on": accepted,
                "promised_limit_days": limit,
                "legal_limit_days": limit,
                "due_date": CALENDAR.add_workdays(accepted, limit),
            }
        )
        events.append({"case_id": cid, "owner_window": "01", "action": "受理", "day": accepted, "note": ""})
        return cid

    for i in range(NORMAL):
        # promised 40–99 working days after today: later than a case accepted today (20)
        add(CaseState.ACCEPTED.value, 0, 40 + i % 60, "司马迁" if i % (NORMAL // NAMED) == 0 else "张三")
    for i in range(URGENT):
        cid = add(CaseState.ACCEPTED.value, 0, 70 + i)
        events.append(
            {"case_id": cid, "owner_window": "01", "action": CaseAction.MARK_URGENT.value, "day": DAY, "note": "急"}
        )
    for i in range(OVERDUE):
        add(CaseState.ACCEPTED.value, 60 + i, 20)
    for i in range(NEAR):
        add(CaseState.ACCEPTED.value, 0, 1 + i % 2)  # due within the next two working days
    for i in range(DELIVERY):
        add(CaseState.COMPLETED_APPROVED.value, 20 + i, 15)  # promised before a case accepted today
    for i in range(STOPPED):
        cid = add(CaseState.SUSPENDED.value, 5, 20 + i)
        events.append(
            {"case_id": cid, "owner_window": "01", "action": CaseAction.SUSPEND.value, "day": DAY, "note": "听证"}
        )
    with store.write() as tx:
        for table, rows in ((Case.__table__, cases), (CaseEvent.__table__, events)):
            for k in range(0, len(rows), 4000):
                tx.session.execute(insert(table), rows[k : k + 4000])


def _raw(store: Store, sql: str, *args: object) -> list[tuple[Any, ...]]:
    path = store.engine.url.database
    assert path
    with sqlite3.connect(path) as db:
        return db.execute(sql, args).fetchall()


_LISTED = "(" + ",".join(f"'{s.value}'" for s in (*OPEN_STATES, *AWAITING_DELIVERY)) + ")"


@pytest.fixture()
def big(hall_store: Store, services):  # type: ignore[no-untyped-def]
    _bulk(hall_store)
    services.session.login("0101", PASSWORD)
    return services


@pytest.fixture()
def page(qtbot, big, ops):  # type: ignore[no-untyped-def]
    page = CasesPage(big, ops)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _counting(obj: object, name: str) -> list[int]:
    """Count the calls of ``obj.name`` (the method still runs)."""
    calls: list[int] = []
    real: Callable[..., Any] = getattr(obj, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    setattr(obj, name, wrapper)
    return calls


def _to_the_end(qtbot, bar) -> None:  # type: ignore[no-untyped-def]
    """Drag the table's scroll bar to its end, as the clerk does (after the view laid out the rows)."""
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() < bar.maximum(), timeout=5000)
    bar.setValue(bar.maximum())


def test_the_first_page_is_shown_in_the_clerks_order(page, big) -> None:  # type: ignore[no-untyped-def]
    pages = _counting(big.tracking, "page")
    page.refresh()
    model = page.cases
    assert model.rowCount() == PAGE_SIZE and model.has_more() and len(pages) == 1
    rows = model.rows()
    statuses = [r.clock_status for r in rows]
    assert all(r.urgent for r in rows[:URGENT])
    start = URGENT
    for status, n in (("已超期", OVERDUE), ("即将到期", NEAR), ("待送达", DELIVERY), ("暂停计时", STOPPED)):
        assert statuses[start : start + n] == [status] * n, (status, statuses[start : start + n])
        start += n
    assert set(statuses[start:]) == {"正常"}
    overdue = rows[URGENT : URGENT + OVERDUE]
    assert [r.days_left for r in overdue] == sorted(r.days_left or 0 for r in overdue)  # the latest first
    assert rows[URGENT].days_left is not None and rows[URGENT].days_left < 0
    normal_dues = [r.due_date for r in rows[start:]]
    assert normal_dues == sorted(normal_dues)
    # the same order as the whole list folded and sorted in Python (the old way)
    reference = big.tracking.open_cases()
    assert len(reference) == NORMAL + URGENT + OVERDUE + NEAR + DELIVERY + STOPPED
    fields = [(r.clock_status, r.urgent, r.due_date) for r in reference[:PAGE_SIZE]]
    assert [(r.clock_status, r.urgent, r.due_date) for r in rows] == fields


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, page, big) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    model = page.cases
    bar = page.table.verticalScrollBar()
    _to_the_end(qtbot, bar)
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    assert model.pages_fetched == 2
    ids = [r.id for r in model.rows()]
    assert len(set(ids)) == len(ids)
    # the second page continues the promised dates of the first one's last (normal) rows
    dues = [r.due_date for r in model.rows()[URGENT + OVERDUE + NEAR + DELIVERY + STOPPED :]]
    assert dues == sorted(dues)
    _to_the_end(qtbot, bar)
    qtbot.waitUntil(lambda: model.rowCount() == 3 * PAGE_SIZE, timeout=5000)
    assert len({r.id for r in model.rows()}) == 3 * PAGE_SIZE


def test_a_clicked_column_is_sorted_by_the_store(qtbot, page, big) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    header = page.table.horizontalHeader()
    click = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    expected = [
        n
        for (n,) in _raw(
            page.services.tracking._store,
            f"SELECT case_number FROM cases WHERE owner_window='01' AND state IN {_LISTED} "
            "ORDER BY case_number LIMIT ?",
            PAGE_SIZE,
        )
    ]
    numbers = [r.case_number for r in page.cases.rows()]
    order = header.sortIndicatorOrder()
    if order == Qt.SortOrder.DescendingOrder:  # the first click's direction is the style's
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
        numbers = [r.case_number for r in page.cases.rows()]
    assert numbers == expected and page.cases.rowCount() == PAGE_SIZE
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    last = _raw(
        page.services.tracking._store,
        f"SELECT case_number FROM cases WHERE owner_window='01' AND state IN {_LISTED} "
        "ORDER BY case_number DESC LIMIT 3",
    )
    assert [r.case_number for r in page.cases.rows()[:3]] == [n for (n,) in last]


def test_a_search_is_filtered_by_the_store_and_paged(qtbot, page, big) -> None:  # type: ignore[no-untyped-def]
    page.search_edit.setText("司马")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    model = page.cases
    assert model.rowCount() == PAGE_SIZE and model.has_more()
    assert {r.applicant_name for r in model.rows()} == {"司马迁"}
    _to_the_end(qtbot, page.table.verticalScrollBar())
    qtbot.waitUntil(lambda: not model.has_more(), timeout=5000)
    raw = _raw(
        page.services.tracking._store,
        "SELECT case_number FROM cases WHERE owner_window='01' AND applicant_name LIKE '%司马%' ORDER BY id DESC",
    )
    assert [r.case_number for r in model.rows()] == [n for (n,) in raw]  # newest first
    assert len(raw) == NAMED


def test_a_decision_moves_its_row_without_reading_the_list_again(qtbot, page, big) -> None:  # type: ignore[no-untyped-def]
    case = big.intake.start(
        matter_code="QYSL", applicant=ApplicantInput(name="欧阳娜娜", id_number=PERSON_ID, phone="13812345678")
    )
    big.intake.mark_all_received(case.id)
    accepted = big.decisions.accept(case.id).case
    page.refresh()
    model = page.cases
    first_normal = URGENT + OVERDUE + NEAR + DELIVERY + STOPPED
    assert model.row_of(accepted.id) == first_normal  # promised soonest of the normal ones
    page.select_case(accepted.id)
    pages, entries = _counting(big.tracking, "page"), _counting(big.tracking, "entry")
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    page.complete(True, "营业执照")
    assert page.message_label.text().startswith("已生成文书：")
    assert pages == [] and len(entries) == 1 and resets == [] and model.pages_fetched == 1
    # 办结（准予） waits for delivery: now the last of the 待送达 group (promised latest of them)
    row = model.row_of(accepted.id)
    assert row == URGENT + OVERDUE + NEAR + DELIVERY
    line = model.dto(row)
    assert (line.state, line.clock_status) == ("办结（准予）", "待送达")
    assert model.rowCount() == PAGE_SIZE
    assert page.selected() is not None and page.selected().id == accepted.id  # the selection follows it
    assert page.action_buttons["deliver"].isEnabled()
