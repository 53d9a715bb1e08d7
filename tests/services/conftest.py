"""A small hall built directly with the ORM: two windows, staff in every capacity,
three matters (one with an agent situation, one allowing 容缺, one 即办件) and a bundle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app.domain.calendar import WorkCalendar
from app.domain.enums import PostRole, Role
from app.services.clock import ManualClock
from app.services.decisions import DecisionService
from app.services.guide import GuideService, build_search_text
from app.services.intake import IntakeService
from app.services.queue import QueueService
from app.services.session import SessionService
from app.services.staffing import approve_substitute, assign_post, create_staff
from app.services.tracking import TrackingService
from app.settings import Settings
from app.store.models import Bundle, Department, HallSetting, Material, Matter, Situation, Window
from app.store.uow import Store

DAY = date(2026, 9, 29)
PASSWORD = "window2026"
LEAD_PASSWORD = "lead2026x"

#: A valid 居民身份证号码 with an X check digit and a valid 统一社会信用代码.
PERSON_ID = "11010519491231002X"
AGENT_ID = "110101199003074514"
CREDIT_CODE = "91350100M000100Y43"


def _material(
    code: str,
    name: str,
    necessity: str = "必要",
    form: str = "原件",
    *,
    situations=None,
    shared=None,
    standard=None,
    position=0,
) -> Material:
    return Material(
        code=code,
        name=name,
        necessity=necessity,
        form=form,
        copies=1,
        situations=situations,
        shared=shared,
        standard=standard,
        position=position,
    )


def _matter(
    code: str,
    name: str,
    *,
    case_kind="承诺件",
    promised=5,
    legal=20,
    allows_deficiency=False,
    windows=("01",),
    keywords=(),
    situations=(),
    materials=(),
    position=0,
    demo=False,
) -> Matter:
    m = Matter(
        code=code,
        name=name,
        type="行政许可",
        department_code="SCJG",
        case_kind=case_kind,
        legal_limit_days=legal,
        promised_limit_days=promised,
        basis="《示例条例》第十条",
        windows=list(windows),
        allows_deficiency=allows_deficiency,
        keywords=list(keywords),
        search_text=build_search_text(name, keywords, code),
        position=position,
        ext={"demo": True} if demo else None,
        special_procedures=[],
        result={"name": f"{name}结果", "kind": "证照"},
    )
    m.situations = [Situation(code=s[0], name=s[1], question=s[2], position=i) for i, s in enumerate(situations)]
    m.materials = [
        _material(**{**mat, "position": i}) if isinstance(mat, dict) else mat for i, mat in enumerate(materials)
    ]
    return m


def build_hall(store: Store) -> None:
    with store.write() as tx:
        s = tx.session
        s.add(Department(code="SCJG", name="区市场监管局"))
        s.add(HallSetting(key="hall", value={"name": "示例政务服务中心", "code": "510626-LJJK"}))
        s.add(
            HallSetting(
                key="contacts",
                value={
                    "phone": "0838-3123456",
                    "complaint_phone": "12345",
                    "address": "示例大道1号",
                    "qr_base_url": "https://q.example.cn",
                },
            )
        )
        s.add(Window(code="01", name="综合受理一号窗口", kind="无差别综合窗口", ticket_categories=["A", "B"]))
        s.add(Window(code="02", name="综合受理二号窗口", kind="无差别综合窗口", ticket_categories=["A"]))
        s.add(Window(code="03", name="社保窗口", kind="专业窗口", ticket_categories=["C"]))
        s.flush()
        s.add(
            _matter(
                "QYSL",
                "企业设立登记",
                keywords=("开公司", "营业执照"),
                position=1,
                demo=True,
                situations=[("WT", "委托代理人办理", "是否委托他人代为办理？")],
                materials=[
                    {"code": "SQS", "name": "申请书"},
                    {"code": "FDDB", "name": "法定代表人身份证明", "form": "复印件", "standard": "须本人签字"},
                    {"code": "WTS", "name": "授权委托书", "situations": ["WT"]},
                    {"code": "DLR", "name": "代理人身份证", "form": "复印件", "situations": ["WT"]},
                    {"code": "ZC", "name": "公司章程", "necessity": "非必要"},
                    {"code": "YYZZ", "name": "名称自主申报告知书", "shared": True},
                ],
            )
        )
        s.add(
            _matter(
                "SPJY",
                "食品经营许可",
                allows_deficiency=True,
                position=2,
                promised=10,
                materials=[
                    {"code": "SQS", "name": "申请书"},
                    {"code": "JKZ", "name": "从业人员健康证明", "necessity": "容缺", "form": "复印件"},
                    {"code": "PMT", "name": "经营场所平面图", "standard": "标明功能分区"},
                ],
            )
        )
        s.add(
            _matter(
                "JZZ",
                "居住证办理",
                case_kind="即办件",
                promised=0,
                legal=None,
                windows=("02",),
                position=3,
                materials=[{"code": "SFZ", "name": "居民身份证"}],
            )
        )
        s.add(Bundle(code="KBCT", name="开办餐馆一件事", matters=["QYSL", "SPJY"], position=1))
    create_staff(
        store, staff_no="0101", name="张明", password=PASSWORD, must_change_password=False, department_code="SCJG"
    )
    create_staff(store, staff_no="0102", name="李〇芳", password=PASSWORD, must_change_password=False)
    create_staff(store, staff_no="0103", name="王顶", password=PASSWORD, must_change_password=False)
    create_staff(
        store,
        staff_no="0190",
        name="赵首席",
        password=LEAD_PASSWORD,
        must_change_password=False,
        roles=(Role.CLERK, Role.LEAD),
    )
    create_staff(store, staff_no="0201", name="孙敏", password=PASSWORD, must_change_password=False)
    create_staff(store, staff_no="0202", name="周新", password="initial1", must_change_password=True)
    create_staff(
        store, staff_no="9001", name="陈管理", password=PASSWORD, must_change_password=False, roles=(Role.ADMIN,)
    )
    assign_post(store, window_code="01", staff_no="0101", post=PostRole.A)
    assign_post(store, window_code="01", staff_no="0102", post=PostRole.B)
    assign_post(store, window_code="01", staff_no="0190", post=PostRole.B)
    assign_post(store, window_code="01", staff_no="0202", post=PostRole.B)
    assign_post(store, window_code="02", staff_no="0201", post=PostRole.A)
    approve_substitute(store, window_code="01", staff_no="0103", day=DAY, note="A岗培训")


@dataclass
class Desk:
    """Every service of one window PC, sharing one session and one clock."""

    store: Store
    clock: ManualClock
    settings: Settings
    session: SessionService
    queue: QueueService
    guide: GuideService
    intake: IntakeService
    decisions: DecisionService
    tracking: TrackingService


CALENDAR = WorkCalendar()


def make_desk(store: Store, window: str = "01", clock: ManualClock | None = None) -> Desk:
    clock = clock or ManualClock.at_hall_time(DAY)
    settings = Settings(window_code=window, hall_code="510626-LJJK")
    session = SessionService(store, settings, clock=clock)
    return Desk(
        store=store,
        clock=clock,
        settings=settings,
        session=session,
        queue=QueueService(store, session, clock=clock),
        guide=GuideService(store, session, clock=clock),
        intake=IntakeService(store, session, CALENDAR, clock=clock),
        decisions=DecisionService(store, session, CALENDAR, settings, clock=clock),
        tracking=TrackingService(store, session, CALENDAR, settings, clock=clock),
    )


@pytest.fixture()
def hall(store: Store) -> Store:
    build_hall(store)
    return store


@pytest.fixture()
def lite_hall(sqlite_store: Store) -> Store:
    build_hall(sqlite_store)
    return sqlite_store


@pytest.fixture()
def desk(lite_hall: Store) -> Desk:
    return make_desk(lite_hall)
