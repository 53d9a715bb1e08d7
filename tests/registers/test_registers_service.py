"""The hall's registers through the service: deadlines across a weekend and the 2026 National Day
(10-01..10-07 off, Saturday 10-10 a 调休 working day), overdue marking, replies and role checks."""

from __future__ import annotations

import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.enums import AssistKind, ComplaintChannel, Complexity, Rating
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.registers import RegisterStatus
from app.services.registers import (
    REPROCESS_ACTION,
    WRITTEN_REPLY_KIND,
    AssistInput,
    Attachment,
    CannotDoInput,
    ComplaintInput,
    ComplaintOutcome,
    FirstInquiryInput,
    FollowUpStage,
    RegisterService,
    ReplyForm,
    ReviewDecision,
    Satisfaction,
)
from app.store.models import AuditEntry, Case, CaseEvent, IssuedDocument, RatingRecord
from app.store.uow import Store
from tests.registers.conftest import Hall, clock_at

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture()
def reg_store(store: Store) -> Store:
    """Run this module on SQLite and on a real PostgreSQL."""
    return store


def complaint(channel: ComplaintChannel, complexity: Complexity, **kw: object) -> ComplaintInput:
    return ComplaintInput(
        name="刘洋",
        channel=channel,
        request="要求道歉",
        facts="窗口人员态度生硬",
        complexity=complexity,
        phone="13800138000",
        target_window="01",
        **kw,
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("received", "channel", "complexity", "due"),
    [
        (date(2026, 9, 30), ComplaintChannel.PHONE, Complexity.SIMPLE, date(2026, 10, 8)),  # over National Day
        (date(2026, 9, 30), ComplaintChannel.ON_SITE, Complexity.COMPLEX, date(2026, 10, 10)),  # 调休 Saturday
        (date(2026, 10, 10), ComplaintChannel.EVALUATOR, Complexity.SIMPLE, date(2026, 10, 10)),  # same day
        (date(2026, 11, 6), ComplaintChannel.ONLINE, Complexity.SIMPLE, date(2026, 11, 9)),  # Friday → Monday
    ],
)
def test_complaint_deadline(
    reg_store: Store, hall: Hall, received: date, channel: ComplaintChannel, complexity: Complexity, due: date
) -> None:
    service = RegisterService(reg_store, clock_at(received))
    view = service.file_complaint(hall.clerk01, complaint(channel, complexity))
    assert view.due == due
    assert f"{due.year}年{due.month}月{due.day}日" in view.notice
    assert view.status in (RegisterStatus.OPEN, RegisterStatus.DUE_TODAY)


def test_complaint_overdue_then_extension_told_with_reason(reg_store: Store, hall: Hall) -> None:
    clock = clock_at(date(2026, 9, 30))
    service = RegisterService(reg_store, clock)
    simple = service.file_complaint(hall.clerk01, complaint(ComplaintChannel.PHONE, Complexity.SIMPLE))
    hard = service.file_complaint(hall.clerk01, complaint(ComplaintChannel.PHONE, Complexity.COMPLEX))
    clock.set(clock_at(date(2026, 10, 9))())
    items = {i.id: i for i in service.open_items()}
    assert items[simple.id].status is RegisterStatus.OVERDUE  # due 10-08
    assert items[hard.id].status is RegisterStatus.OPEN and items[hard.id].days_left == 1  # due 10-10

    with pytest.raises(PermissionDenied):
        service.extend_complaint(hall.clerk01, hard.id, 10, "需调取监控")
    with pytest.raises(ValidationError, match="15"):
        service.extend_complaint(hall.admin, hard.id, 16, "需调取监控")
    with pytest.raises(ValidationError, match="复杂"):
        service.extend_complaint(hall.admin, simple.id, 10, "需调取监控")
    extended = service.extend_complaint(hall.admin, hard.id, 15, "需调取监控并约谈当事人")
    # 15 working days after 09-30: 10-08,09,10 (3), 10-12..16 (8), 10-19..23 (13), 10-26, 10-27 (15)
    assert extended.due == date(2026, 10, 27)
    assert "15个工作日内" in extended.notice and "需调取监控并约谈当事人" in extended.notice
    with reg_store.read() as s:
        told = s.scalars(select(AuditEntry).where(AuditEntry.action == "延长投诉时限")).one()
        assert "需调取监控并约谈当事人" in told.detail["told"]


def test_written_complaint_needs_written_reply_and_evidence_is_kept(reg_store: Store, hall: Hall) -> None:
    service = RegisterService(reg_store, clock_at(date(2026, 10, 12)))
    view = service.file_complaint(
        hall.clerk01,
        complaint(
            ComplaintChannel.LETTER,
            Complexity.SIMPLE,
            evidence=(Attachment("信件.jpg", b"\xff\xd8scan", "image/jpeg"),),
        ),
    )
    assert view.written and view.evidence_names == ("信件.jpg",)
    assert service.evidence_content(view.id, "信件.jpg") == b"\xff\xd8scan"
    service.add_investigation(hall.supervisor, view.id, "调阅视频，属实")
    with pytest.raises(ValidationError, match="书面答复"):
        service.conclude_complaint(hall.admin, view.id, ComplaintOutcome.VALID, "已批评教育", "请改进", ReplyForm.PHONE)
    done = service.conclude_complaint(
        hall.admin, view.id, ComplaintOutcome.VALID, "已批评教育", "请改进", ReplyForm.WRITTEN
    )
    assert done.status is RegisterStatus.DONE and done.outcome == "有效"
    with reg_store.read() as s:
        doc = s.scalars(select(IssuedDocument).where(IssuedDocument.kind == WRITTEN_REPLY_KIND)).one()
        assert doc.number == "TSDF-2026-0001" and doc.facts["text"] == "已批评教育"
    with pytest.raises(ValidationError, match="已办结"):
        service.add_investigation(hall.admin, view.id, "再看看")


@pytest.mark.parametrize(
    ("dispatched", "complexity", "due"),
    [
        (date(2026, 10, 9), Complexity.GENERAL, date(2026, 10, 12)),  # Fri → 调休 Sat 10-10 → Mon 10-12
        (date(2026, 9, 30), Complexity.COMPLEX, date(2026, 10, 13)),  # progress within 5 over National Day
        (date(2026, 10, 10), Complexity.SIMPLE, date(2026, 10, 10)),  # at once
    ],
)
def test_cannot_do_dispatch_deadline(
    reg_store: Store, hall: Hall, dispatched: date, complexity: Complexity, due: date
) -> None:
    service = RegisterService(reg_store, clock_at(dispatched))
    report = service.report_cannot_do(hall.clerk01, CannotDoInput("孙丽", "个体工商户注销", "系统无法提交", complexity))
    with pytest.raises(PermissionDenied):
        service.dispatch_cannot_do(hall.clerk01, report.id, "01")
    sent = service.dispatch_cannot_do(hall.admin, report.id, "SCJG")
    assert sent.due == due and sent.dispatched_to == "SCJG"
    assert sent.sheet_number == f"YWBLD-{dispatched.year}-00001"


def test_cannot_do_callback_redispatch_and_close(reg_store: Store, hall: Hall) -> None:
    clock = clock_at(date(2026, 10, 9))
    service = RegisterService(reg_store, clock)
    with pytest.raises(ValidationError, match="理由"):
        service.report_cannot_do(
            hall.clerk01, CannotDoInput("孙丽", "社保转移", "材料不齐", Complexity.SIMPLE, in_scope=False)
        )
    out = service.report_cannot_do(
        hall.clerk01,
        CannotDoInput(
            "孙丽", "社保转移", "材料不齐", Complexity.SIMPLE, in_scope=False, scope_reason="申请人要件不齐，已解释"
        ),
    )
    assert out.closed_on == date(2026, 10, 9)
    with pytest.raises(ValidationError, match="受理范围"):
        service.dispatch_cannot_do(hall.admin, out.id, "02")

    report = service.report_cannot_do(
        hall.clerk01, CannotDoInput("孙丽", "社保转移", "两个窗口互相推", Complexity.GENERAL)
    )
    service.dispatch_cannot_do(hall.admin, report.id, "02")
    clock.set(clock_at(date(2026, 10, 13))())  # due 10-12 passed without feedback
    assert {i.id: i for i in service.open_items()}[report.id].status is RegisterStatus.OVERDUE
    with pytest.raises(ValidationError, match="只有回访不满意"):
        service.redispatch_cannot_do(hall.admin, report.id, "01", "推诿")
    service.record_cannot_do_feedback(hall.clerk02, report.id, "已联系申请人，材料已补")
    late = service.record_cannot_do_callback(hall.supervisor, report.id, Satisfaction.UNSATISFIED, "仍未办成")
    assert late.status is RegisterStatus.DONE_LATE and late.closed_on is None
    again = service.redispatch_cannot_do(hall.admin, report.id, "01", "承办部门履职不到位")
    assert again.redispatch_count == 1 and again.sheet_number == "YWBLD-2026-00002"
    assert again.due == date(2026, 10, 15) and again.feedback is None
    service.record_cannot_do_feedback(hall.clerk01, report.id, "已办结")
    closed = service.record_cannot_do_callback(hall.supervisor, report.id, Satisfaction.SATISFIED)
    assert closed.closed_on == date(2026, 10, 13) and closed.status is RegisterStatus.DONE
    actions = [h["action"] for h in service.cannot_do_history(report.id)]
    assert actions == ["受理", "转办", "反馈", "回访", "重新转办", "反馈", "回访"]


def _case(store: Store, window: str, state: str = "不予受理") -> uuid.UUID:
    with store.write() as tx:
        case = Case(
            case_number=f"HALL-20261009-{window}-0001",
            owner_window=window,
            matter_code="M1",
            matter_name="食品经营许可",
            kind="承诺件",
            state=state,
            applicant_kind="自然人",
            applicant_name="吴刚",
            phone="13900139000",
        )
        tx.session.add(case)
        tx.session.flush()
        return case.id


def test_escalate_case_in_one_step(reg_store: Store, hall: Hall) -> None:
    case_id = _case(reg_store, "01", "已受理")
    service = RegisterService(reg_store, clock_at(date(2026, 10, 9)))
    report = service.escalate_case(hall.clerk01, case_id, "需要住建部门出具证明，申请人跑了三次")
    assert (report.case_id, report.applicant_name, report.matter) == (case_id, "吴刚", "食品经营许可")
    assert report.in_scope and report.complexity == "一般"


def test_negative_filing_review_roles_and_reprocess_event(reg_store: Store, hall: Hall) -> None:
    case_id = _case(reg_store, "01")
    service = RegisterService(reg_store, clock_at(date(2026, 10, 9)))
    filing = service.file_negative(
        hall.clerk01, case_id, "不予受理", "不属于本部门职权范围", "《行政许可法》第三十二条"
    )
    assert service.file_negative(hall.clerk01, case_id, "不予受理", "重复").id == filing.id
    with pytest.raises(PermissionDenied, match="首席代表"):
        service.lead_confirm_refusal(hall.clerk01, filing.id)
    with pytest.raises(PermissionDenied, match="本窗口"):
        service.lead_confirm_refusal(hall.lead02, filing.id)
    assert service.lead_confirm_refusal(hall.lead01, filing.id).lead_confirmed
    with pytest.raises(PermissionDenied):
        service.review_negative(hall.clerk01, filing.id, ReviewDecision.CONFIRMED)
    with pytest.raises(PermissionDenied):
        service.review_negative(hall.lead01, filing.id, ReviewDecision.CONFIRMED)
    with pytest.raises(ValidationError, match="理由"):
        service.review_negative(hall.supervisor, filing.id, ReviewDecision.REPROCESS)
    reviewed = service.review_negative(hall.supervisor, filing.id, ReviewDecision.REPROCESS, "理由不充分，应予受理")
    assert reviewed.review_state == "责令重办"
    with reg_store.read() as s:
        event = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)).one()
        assert (event.action, event.owner_window, event.day) == (REPROCESS_ACTION, "01", date(2026, 10, 9))
        assert event.note == "理由不充分，应予受理"
    with pytest.raises(ValidationError, match="已审查"):
        service.review_negative(hall.admin, filing.id, ReviewDecision.CONFIRMED)
    assert service.negative_filings(pending_only=True) == []


def _rating(store: Store, hall: Hall, value: Rating, day: date) -> uuid.UUID:
    with store.write() as tx:
        row = RatingRecord(
            owner_window="01",
            reference="R1",
            staff_id=hall.clerk01.staff_id,
            rating=value.value,
            rated_at=clock_at(day, 15)(),
        )
        tx.session.add(row)
        tx.session.flush()
        return row.id


def test_bad_rating_follow_up_deadline_stages_and_overdue(reg_store: Store, hall: Hall) -> None:
    clock = clock_at(date(2026, 9, 30), 16)
    service = RegisterService(reg_store, clock)
    good = _rating(reg_store, hall, Rating.SATISFIED, date(2026, 9, 30))
    with pytest.raises(ValidationError, match="不是差评"):
        service.open_follow_up(hall.lead01, good)
    bad = _rating(reg_store, hall, Rating.VERY_DISSATISFIED, date(2026, 9, 30))
    follow = service.open_follow_up(hall.lead01, bad)
    assert follow.due == date(2026, 10, 13) and follow.staff_name == "张敏"
    assert service.open_follow_up(hall.lead01, bad).id == follow.id
    with pytest.raises(ValidationError, match="下一步"):
        service.advance_follow_up(hall.lead01, follow.id, FollowUpStage.RECTIFIED, "整改")
    service.advance_follow_up(hall.lead01, follow.id, FollowUpStage.VISITED, "电话回访，群众嫌等候太久")
    clock.set(clock_at(date(2026, 10, 14))())
    assert service.follow_ups(open_only=True)[0].status is RegisterStatus.OVERDUE
    service.advance_follow_up(hall.lead01, follow.id, FollowUpStage.RECTIFIED, "增开一个窗口")
    done = service.advance_follow_up(hall.lead01, follow.id, FollowUpStage.DONE, "已向群众反馈")
    assert done.status is RegisterStatus.DONE_LATE and done.stage == "已反馈"


def test_assist_ledger_is_free_and_needs_signed_handover(reg_store: Store, hall: Hall) -> None:
    service = RegisterService(reg_store, clock_at(date(2026, 10, 10)))
    record = service.open_assist(
        hall.clerk01, AssistInput(AssistKind.HOME_VISIT, "郑大爷", "养老金资格认证", special_group="老年人")
    )
    assert record.free_of_charge and record.agent_name == "张敏" and record.kind == "上门办"
    service.add_assist_progress(hall.clerk01, record.id, "已上门采集人像")
    with pytest.raises(ValidationError, match="签名"):
        service.hand_over_documents(hall.clerk01, record.id, ["认证回执"], "郑大爷", b"not a png")
    done = service.hand_over_documents(hall.clerk01, record.id, ["认证回执"], "郑大爷", PNG)
    assert done.closed and done.handover[0]["documents"] == ["认证回执"]
    assert "signature_png" not in done.handover[0] and len(done.handover[0]["signature_sha256"]) == 64
    with pytest.raises(ValidationError, match="已办结"):
        service.add_assist_progress(hall.clerk01, record.id, "again")


def test_first_inquiry_promise_and_guidance(reg_store: Store, hall: Hall) -> None:
    clock = clock_at(date(2026, 9, 30))
    service = RegisterService(reg_store, clock)
    with pytest.raises(ValidationError, match="引导窗口"):
        service.register_first_inquiry(
            hall.clerk01, FirstInquiryInput("何平", "社保卡补办", "咨询流程", guided_to_window="99")
        )
    view = service.register_first_inquiry(
        hall.clerk01, FirstInquiryInput("何平", "社保卡补办", "补办社保卡", time_limit_days=2, guided_to_window="02")
    )
    assert view.promised_on == date(2026, 10, 9) and view.guided_to_window == "02" and view.staff_name == "张敏"
    clock.set(clock_at(date(2026, 10, 12))())
    assert service.first_inquiries(date(2026, 9, 1), date(2026, 10, 31))[0].status is RegisterStatus.OVERDUE
    overdue = [i for i in service.open_items() if i.register == "首问"]
    assert [(i.window, i.due, i.status) for i in overdue] == [("02", date(2026, 10, 9), RegisterStatus.OVERDUE)]
    done = service.complete_first_inquiry(hall.clerk02, view.id, "已在02窗口办结")
    assert done.completed_on == date(2026, 10, 12) and done.status is RegisterStatus.DONE_LATE
    assert [i for i in service.open_items() if i.register == "首问"] == []


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return "".join(out.split())


def test_dispatch_sheet_and_written_reply_print(reg_store: Store, hall: Hall, tmp_path: Path) -> None:
    service = RegisterService(reg_store, clock_at(date(2026, 10, 9)))
    report = service.report_cannot_do(
        hall.clerk01, CannotDoInput("孙丽", "个体工商户注销", "系统无法提交", Complexity.GENERAL)
    )
    with pytest.raises(ValidationError, match="尚未转办"):
        service.dispatch_sheet_pdf(report.id)
    sent = service.dispatch_cannot_do(hall.admin, report.id, "SCJG")
    text = _pdf_text(service.dispatch_sheet_pdf(report.id), tmp_path)
    assert "业务办理单" in text and str(sent.sheet_number) in text
    assert "2026年10月12日前办理反馈" in text and "SCJG" in text

    letter = service.file_complaint(hall.clerk01, complaint(ComplaintChannel.LETTER, Complexity.SIMPLE))
    service.conclude_complaint(
        hall.admin, letter.id, ComplaintOutcome.INVALID, "经调阅视频，所反映情况不属实。", "无需整改", ReplyForm.WRITTEN
    )
    text = _pdf_text(service.written_reply_pdf(letter.id), tmp_path)
    assert "TSDF-2026-0001" in text and "刘洋" in text and "投诉无效" in text and "2026年10月9日" in text


def test_every_register_write_is_audited_and_queued_for_the_center(reg_store: Store, hall: Hall) -> None:
    from app.store.models import DeviceRegistration, OutboxEntry

    with reg_store.write() as tx:
        tx.session.add(DeviceRegistration(device_id=uuid.uuid4(), window_code="01", hall_code="H"))
    service = RegisterService(reg_store, clock_at(date(2026, 10, 9)))
    view = service.file_complaint(hall.clerk01, complaint(ComplaintChannel.PHONE, Complexity.COMPLEX))
    service.extend_complaint(hall.admin, view.id, 10, "需调取监控")
    report = service.report_cannot_do(hall.clerk01, CannotDoInput("孙丽", "社保转移", "推诿", Complexity.GENERAL))
    service.dispatch_cannot_do(hall.admin, report.id, "02")
    with reg_store.read() as s:
        everything = [
            (e.kind, e.entity, e.seq, e.payload) for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]
        audit = [(a.action, a.staff_id) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    # each register row and, in the same transaction, its audit row (the audit reaches the center too)
    assert [e[1] for e in everything].count("audit_log") == 4
    assert [e[2] for e in everything] == list(range(1, 9))
    outbox = [e for e in everything if e[1] != "audit_log"]
    assert [e[:2] for e in outbox] == [
        ("complaint.filed", "complaints"),
        ("complaint.extended", "complaints"),
        ("cannot_do.reported", "cannot_do_reports"),
        ("cannot_do.dispatched", "cannot_do_reports"),
    ]
    assert outbox[1][3]["extension_reason"] == "需调取监控" and outbox[3][3]["dispatched_to"] == "02"
    assert audit == [
        ("受理投诉", hall.clerk01.staff_id),
        ("延长投诉时限", hall.admin.staff_id),
        ("办不成事登记", hall.clerk01.staff_id),
        ("转办", hall.admin.staff_id),
    ]
