"""Admin use cases (staff, posts, substitutes), case/document number format, 退回 filing,
容缺 materials handed in, and transfer to another ticket category."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import PostRole, TicketStatus
from app.domain.errors import NotFound, ValidationError
from app.services.dto import ApplicantInput
from app.services.numbering import format_case_number, parse_case_number
from app.services.passwords import verify_password
from app.services.staffing import assign_post, create_staff, set_password
from app.store.models import NegativeFiling, PostAssignment, Staff
from tests.services.conftest import CREDIT_CODE, PASSWORD, PERSON_ID, Desk, make_desk

PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")


def test_case_number_round_trip_and_rejects() -> None:
    text = format_case_number("510626-LJJK", date(2026, 9, 29), "01", 3, 12)
    assert text == "510626-LJJK-20260929-01-E3-0012"
    parts = parse_case_number(text)
    assert (parts.hall, parts.day, parts.window, parts.epoch, parts.seq) == (
        "510626-LJJK",
        date(2026, 9, 29),
        "01",
        3,
        12,
    )
    assert str(parts) == text
    for bad in ("", "ABC", "H-20260931-01-E1-0001", "H-20260929-01-1-0001"):
        with pytest.raises(ValidationError):
            parse_case_number(bad)


def test_two_windows_number_cases_independently(lite_hall) -> None:  # type: ignore[no-untyped-def]
    one, two = make_desk(lite_hall), make_desk(lite_hall, window="02")
    one.session.login("0101", PASSWORD)
    two.session.login("0201", PASSWORD)
    a = one.intake.mark_all_received(one.intake.start(matter_code="QYSL", applicant=PERSON).id)
    b = two.intake.mark_all_received(two.intake.start(matter_code="JZZ", applicant=PERSON).id)
    n1 = one.decisions.accept(a.id).case.case_number
    n2 = two.decisions.finish_immediately(b.id).case.case_number
    assert n1 == "510626-LJJK-20260929-01-E1-0001" and n2 == "510626-LJJK-20260929-02-E1-0001"


def test_return_is_filed_for_review(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="QYSL", applicant=PERSON)
    with pytest.raises(ValidationError):
        desk.decisions.return_case(case.id, reasons=[" "])
    result = desk.decisions.return_case(case.id, reasons=["申请人要求退回材料"])
    assert result.case.state == "已退回" and "申请人要求退回材料" in result.document.text
    with desk.store.read() as s:
        assert s.scalars(select(NegativeFiling.kind)).all() == ["退回"]


def test_deficiency_materials_handed_in(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    company = ApplicantInput(
        kind="法人",
        org_name="示例餐饮有限公司",
        credit_code=CREDIT_CODE,  # type: ignore[arg-type]
        legal_rep="刘堃",
        phone="13812345678",
    )
    case = desk.intake.start(matter_code="SPJY", applicant=company)
    for line in case.checklist:
        if line.name != "从业人员健康证明":
            case = desk.intake.mark(case.id, line.id, "已收")  # type: ignore[arg-type]
    accepted = desk.decisions.accept_with_deficiency(case.id)
    assert accepted.case.pending_due == accepted.case.due_date
    line = desk.tracking.receive_deferred(case.id)
    assert line.state == "已受理" and line.pending_due is None


def test_transfer_to_another_category(desk: Desk, lite_hall) -> None:  # type: ignore[no-untyped-def]
    desk.queue.issue("A")
    desk.session.login("0101", PASSWORD)
    desk.queue.call_next()
    moved = desk.queue.transfer(to_category="c", note="社保业务")
    assert moved.category == "C" and moved.status is TicketStatus.WAITING
    social = make_desk(lite_hall, window="03", clock=desk.clock)
    create_staff(lite_hall, staff_no="0301", name="吴社保", password=PASSWORD, must_change_password=False)
    assign_post(lite_hall, window_code="03", staff_no="0301", post=PostRole.A)
    social.session.login("0301", PASSWORD)
    assert social.queue.call_next().number == "A001"  # type: ignore[union-attr]


def test_admin_staff_and_posts(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    from tests.services.conftest import build_hall

    build_hall(sqlite_store)
    with pytest.raises(ValidationError, match="已存在"):
        create_staff(sqlite_store, staff_no="0101", name="重复", password="x1234567")
    with pytest.raises(ValidationError, match="未知的角色"):
        create_staff(sqlite_store, staff_no="0999", name="某人", password="x1234567", roles=("国王",))
    with pytest.raises(NotFound):
        assign_post(sqlite_store, window_code="99", staff_no="0101", post=PostRole.A)
    # A new A-post from a date ends the old one's validity the day before.
    assign_post(sqlite_store, window_code="01", staff_no="0103", post=PostRole.A, valid_from=date(2026, 10, 8))
    with sqlite_store.read() as s:
        rows = {
            (p.post, p.valid_from, p.valid_to)
            for p in s.scalars(select(PostAssignment))
            if p.post == "A岗" and p.window_id is not None
        }
    assert (PostRole.A.value, None, date(2026, 10, 7)) in rows and (PostRole.A.value, date(2026, 10, 8), None) in rows
    set_password(sqlite_store, "0101", "reset2026")
    with sqlite_store.read() as s:
        staff = s.scalars(select(Staff).where(Staff.staff_no == "0101")).one()
        assert verify_password(staff.password_hash, "reset2026") and staff.must_change_password
    desk = make_desk(sqlite_store, clock=None)
    desk.clock.set(desk.clock().replace(month=10, day=8))
    assert desk.session.login("0103", PASSWORD).post is PostRole.A
