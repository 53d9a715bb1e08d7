"""统一窗口出件 across windows on the real PostgreSQL center, each PC through its own
database role: window 01 accepts and finishes a case; window 02, an output window,
hands it over from the central store; window 01 pulls the event and its list shows the
case delivered — its own rows untouched. Unreachable center: a clear message, nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from app.domain.errors import PermissionDenied
from app.domain.handover import (
    Handover,
    ItemKind,
    PostageState,
    ReceiverRelation,
    Signature,
    SignatureMode,
    Standing,
    parse_items,
    parse_mail,
    parse_receiver,
)
from app.services.decisions import DecisionService
from app.services.dto import ApplicantInput
from app.services.handover import HandoverService
from app.services.intake import IntakeService
from app.services.tracking import TrackingService
from app.settings import Settings
from app.store.engine import make_engine
from app.store.models import Case, CaseEvent, IssuedDocument, Window
from app.store.uow import Store
from app.sync.errors import CentralUnavailable
from app.sync.events import pull_foreign_events
from app.sync.reference import publish_release
from tests.services.conftest import AGENT_ID, CALENDAR, PASSWORD, PERSON_ID
from tests.sync.trust_hall import trust_hall

pytestmark = pytest.mark.postgres

PERSON = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")
SETTINGS = dict(hall_code="510626-LJJK")


def _finished_at_01(pc01) -> str:  # type: ignore[no-untyped-def]
    settings = Settings(window_code="01", **SETTINGS)
    intake = IntakeService(pc01.local, pc01.session, CALENDAR, clock=pc01.clock)
    decisions = DecisionService(pc01.local, pc01.session, CALENDAR, settings, clock=pc01.clock)
    tracking = TrackingService(pc01.local, pc01.session, CALENDAR, settings, clock=pc01.clock)
    pc01.session.login("0101", PASSWORD)
    case = intake.start(matter_code="QYSL", applicant=PERSON)
    case = intake.mark_all_received(case.id)
    accepted = decisions.accept(case.id)
    tracking.complete(accepted.case.id, approved=True, result_name="营业执照")
    pc01.sync()
    return accepted.case.case_number


def _output(pc, central: Store) -> HandoverService:  # type: ignore[no-untyped-def]
    settings = Settings(window_code=pc.window, **SETTINGS)
    return HandoverService(pc.local, pc.session, CALENDAR, settings, clock=pc.clock, central=central)


def _items() -> tuple:  # type: ignore[type-arg]
    return parse_items(
        [(ItemKind.LICENCE, "营业执照（正本）", "91510626MA6X000001", 1), (ItemKind.ORIGINAL, "申请书", "", 1)]
    )


def test_output_window_hands_over_another_windows_case(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        with central_engine.begin() as c:
            c.execute(update(Window).where(Window.code == "02").values(output_window=True))
        publish_release(central_engine, "02号窗口设为出件窗口")
        pc01, pc02, pc03 = pc("01"), pc("02"), pc("03")
        number = _finished_at_01(pc01)
        pc02.session.login("0201", PASSWORD)
        pc02.sync()  # its login reaches the center (the audit guard checks it)
        service = _output(pc02, Store(pc02.role_engine))
        assert service.is_output_window()
        found = service.find(number)
        assert not found.local and found.owner_window == "01" and found.ready
        assert found.id_masked == "1101**********002X"

        agent = parse_receiver(
            name="周代理", id_number=AGENT_ID, relation=ReceiverRelation.AGENT, attorney="授权委托书"
        )
        result = service.hand_over(number, Handover(agent, _items(), Signature(SignatureMode.PAPER)))
        assert result.case.standing is Standing.HANDED_OVER
        assert result.receipt is not None and result.receipt.number.startswith("LQ-20260929-02C-E")
        with Store(central_engine).read() as s:
            event = s.scalars(select(CaseEvent).where(CaseEvent.action == "送达")).one()
            assert event.owner_window == "02" and event.data["receiver"]["name"] == "周代理"
            doc = s.scalars(select(IssuedDocument).where(IssuedDocument.number == result.receipt.number)).one()
            assert doc.owner_window == "02"
            # The owner's row is not rewritten by the output window.
            assert s.scalar(select(Case.state).where(Case.case_number == number)) == "办结（准予）"
        with pytest.raises(Exception, match="已送达"):
            service.hand_over(number, Handover(agent, _items(), Signature(SignatureMode.PAPER)))

        # Window 01 pulls the event: its list no longer shows the case as waiting.
        assert pull_foreign_events(pc01.local, pc01.role_engine) == 1
        tracking = TrackingService(pc01.local, pc01.session, CALENDAR, Settings(window_code="01", **SETTINGS))
        assert all(t.case_number != number for t in tracking.open_cases())
        assert tracking.search(number)[0].state == "已送达"

        # Window 03 is no output window: another window's case is refused.
        with pytest.raises(PermissionDenied, match="不是出件窗口"):
            _output(pc03, Store(pc03.role_engine))._require_output_window(number)


def test_mail_returned_at_the_output_window_and_unreachable_center(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        with central_engine.begin() as c:
            c.execute(update(Window).where(Window.code == "02").values(output_window=True))
        publish_release(central_engine, "02号窗口设为出件窗口")
        pc01, pc02 = pc("01"), pc("02")
        number = _finished_at_01(pc01)
        pc02.session.login("0201", PASSWORD)
        pc02.sync()

        dead = Store(make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 1}))
        offline = _output(pc02, dead)
        dispatch = parse_mail(
            recipient="刘堃",
            phone="13812345678",
            address="四川省德阳市旌阳区示例路8号",
            carrier="中国邮政EMS",
            tracking_no="1151234567890",
            postage=PostageState.PREPAID,
            items=_items(),
        )
        with pytest.raises(CentralUnavailable, match="无法连接中心库"):
            offline.mail(number, dispatch)
        with pytest.raises(CentralUnavailable, match="无法连接中心库"):
            offline.find(number)
        with Store(central_engine).read() as s:
            assert s.scalar(select(func.count()).select_from(CaseEvent).where(CaseEvent.action == "送达")) == 0

        service = _output(pc02, Store(pc02.role_engine))
        mailed = service.mail(number, dispatch)  # retried once the center is back
        assert mailed.case.standing is Standing.MAILED
        back = service.mail_returned(number, "查无此人")
        assert back.standing is Standing.MAIL_RETURNED and back.ready
        assert pull_foreign_events(pc01.local, pc01.role_engine) == 2
        tracking = TrackingService(pc01.local, pc01.session, CALENDAR, Settings(window_code="01", **SETTINGS))
        line = next(t for t in tracking.open_cases() if t.case_number == number)
        assert line.clock_status == "待送达"
