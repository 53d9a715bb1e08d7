"""我的办件 in pages (SQLite and PostgreSQL): filtered and ordered in SQL, keyset pages that
add up to the whole list in the same order as the old fold-everything-and-sort, the §32
drafts first once their five working days passed, a column sort, a paged search, and the
row of one case with its key (None once the list no longer holds it)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.services.case_list import CaseListQuery, precedes
from app.services.dto import ApplicantInput, TrackedCase
from tests.services.conftest import PASSWORD, PERSON_ID, Desk, make_desk
from app.store.uow import Store

PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def _accepted(desk: Desk, name: str = "刘堃") -> TrackedCase:
    case = desk.intake.start(
        matter_code="QYSL", applicant=ApplicantInput(name=name, id_number=PERSON_ID, phone="13812345678")
    )
    desk.intake.mark_all_received(case.id)
    return desk.tracking.get(desk.decisions.accept(case.id).case.id)


def _all_pages(desk: Desk, query: CaseListQuery, limit: int, today: date | None = None) -> list[TrackedCase]:
    lines, after, keys = [], None, []
    for _ in range(100):
        page = desk.tracking.page(query, after=after, limit=limit, today=today)
        assert len(page.entries) <= limit
        lines += [e.line for e in page.entries]
        keys += [e.key for e in page.entries]
        after = page.after
        if not page.more:
            break
    desc = bool(query.text) if query.sort is None else query.descending
    assert all(precedes(a, b, desc=desc) for a, b in zip(keys, keys[1:], strict=False))
    return lines


@pytest.fixture()
def window(hall: Store) -> Desk:
    desk = make_desk(hall)
    desk.session.login("0101", PASSWORD)
    return desk


def test_pages_add_up_to_the_list_in_the_clerks_order(window: Desk) -> None:
    cases = [_accepted(window, name) for name in ("赵一", "钱二", "孙三", "李四", "周五", "吴六")]
    window.clock.advance(days=1)
    window.tracking.suspend(cases[1].id, "听证")
    window.tracking.complete(cases[2].id, approved=True, result_name="营业执照")
    window.tracking.withdraw(cases[3].id, "不办了")
    draft = window.intake.start(matter_code="QYSL", applicant=PERSON)
    window.intake.mark_all_received(draft.id)
    for day in (None, date(2026, 10, 9), date(2026, 10, 20)):
        paged = _all_pages(window, CaseListQuery(), 2, today=day)
        reference = window.tracking.open_cases(day)
        assert [t.id for t in paged] == [t.id for t in reference], day
    assert cases[3].id not in {t.id for t in paged}  # withdrawn: not listed
    statuses = [t.clock_status for t in _all_pages(window, CaseListQuery(), 3)]
    assert statuses.index("收件中") < statuses.index("待送达") < statuses.index("暂停计时") < statuses.index("正常")


def test_a_draft_past_its_five_days_comes_first(window: Desk) -> None:
    _accepted(window)
    draft = window.intake.start(matter_code="QYSL", applicant=PERSON)
    window.intake.mark_all_received(draft.id)  # received 09-29; five working days end 10-12
    first = window.tracking.page(CaseListQuery(), today=date(2026, 10, 13)).entries[0].line
    assert first.id == draft.id and first.five_day is not None and first.five_day.deemed_accepted
    on_time = window.tracking.page(CaseListQuery(), today=date(2026, 10, 12)).entries[0].line
    assert on_time.id != draft.id


def test_a_column_sort_and_a_paged_search(window: Desk) -> None:
    cases = [_accepted(window, "司马迁" if i % 2 else "张三") for i in range(5)]
    numbers = sorted(c.case_number or "" for c in cases)
    down = _all_pages(window, CaseListQuery(sort="case_number", descending=True), 2)
    assert [t.case_number for t in down] == numbers[::-1]
    found = _all_pages(window, CaseListQuery(text="司马"), 1)
    assert [t.id for t in found] == [c.id for c in cases if c.applicant_name == "司马迁"][::-1]  # newest first
    assert window.tracking.page(CaseListQuery(text="  ")).entries == ()
    with pytest.raises(ValidationError, match="不能按"):
        CaseListQuery(sort="id_number")


def test_one_row_with_its_key_and_none_once_it_left_the_list(window: Desk) -> None:
    case = _accepted(window)
    entry = window.tracking.entry(case.id)
    page = window.tracking.page(CaseListQuery())
    assert entry is not None and entry.key == page.entries[0].key and entry.line == page.entries[0].line
    assert window.tracking.entry(case.id, CaseListQuery(text="没有这个人")) is None
    window.tracking.withdraw(case.id, "不办了")
    assert window.tracking.entry(case.id) is None
    found = window.tracking.entry(case.id, CaseListQuery(text="刘堃"))  # a search finds closed cases too
    assert found is not None and found.line.state == "已撤回"
