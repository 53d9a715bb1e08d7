"""A realistic hall day for the demo hall, benchmarks and training (``admin demo-data``).

Everything is done by the program's own services with a manual clock set to the hall
times of the day and the working days before it: the clerks at windows 01 and 02 (the
demo day's own, 0105 and 0202, so the other demo logins are not offered 补打 for slips
the demo day never printed) call
tickets and accept cases, the 区民政局 back office signs for, reviews, asks for 补正,
decides, sends a case to 联办 (the 区残疾人联合会 answers one and is late with another)
and one to 上报, the windows hand results over (to the applicant, to an agent with a
power of attorney, by mail — one mail item comes back) and close a file (归档); the
applicants rate on the evaluator and by the slip's QR code, a 差评 opens its 回访.
So every row, event, outbox row and audit entry is what the program itself writes.

Deterministic for a given day and seed: the seed picks the applicants (names, ID
numbers, phones), how many tickets wait and the evaluator's answers; the case numbers,
states and event sequences follow from the day alone. Only random keys (uuid7 ids, the
slips' 查询码, password salts) differ between two runs.

On a one-PC SQLite store the results are handed over at the window that owns the case:
the 出件窗口's hand-over of another window's case needs the hall's central store.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from app.domain.calendar import WorkCalendar
from app.domain.case_stage import CaseStage, StageAction, fold_stages
from app.domain.enums import Rating, TicketPriority
from app.domain.errors import ValidationError
from app.domain.handover import (
    Handover,
    ItemKind,
    PostageState,
    ReceiverRelation,
    Signature,
    SignatureMode,
    parse_items,
    parse_mail,
    parse_receiver,
)
from app.domain.validators import id_check_digit
from app.services.backoffice_admin import set_co_limit
from app.services.backoffice_joint import JointReviewService
from app.services.backoffice_window import adopt_back_office_results
from app.services.calendar_service import LiveCalendar, load_calendar
from app.services.clock import HALL_TZ, ManualClock
from app.services.decisions import DecisionService
from app.services.demo import DEMO_PASSWORD, seed_demo_hall
from app.services.dto import ApplicantInput
from app.services.handover import HandoverService
from app.services.intake import IntakeService
from app.services.public.case_lookup import CaseLookupService
from app.services.public.qr_rating import QrRatingService
from app.services.queue import QueueService
from app.services.ratings import RatingService
from app.services.session import SessionService
from app.services.stages import append_case_event, case_events
from app.services.tracking import TrackingService
from app.settings import Settings
from app.store.models import Case, Ticket
from app.store.public_views import public_tables
from app.store.uow import Store

#: The back office the demo day shows (the demo login 5001) and its co-department (5101).
BACK_OFFICE_DEPARTMENT = "MZJ"
CO_DEPARTMENT = "CL"
#: The co-department's 联办 limit in the demo hall (working days): short, so one is late.
CO_LIMIT_DAYS = 3
#: The higher authority of the 上报件 and its limit.
AUTHORITY = "德阳市民政局"
AUTHORITY_DAYS = 10
#: How many working days before the day the oldest case was accepted.
SPAN_WORKDAYS = 15
HALL_CODE = "510626-LJJK"

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
_GIVEN = (
    "秀英",
    "桂兰",
    "建华",
    "志强",
    "丽娟",
    "国平",
    "明辉",
    "淑芬",
    "海燕",
    "玉兰",
    "德明",
    "春梅",
    "文博",
    "子涵",
)
_STREETS = ("万佛镇金山村", "金山镇玄武街", "鄢家镇同心村", "略坪镇安平村", "新盛镇白鹤社区", "白马关镇万佛村")


class DemoDayRefused(ValidationError):
    """The store cannot take a demo day (bad day, data already there); nothing was changed."""


@dataclass(frozen=True)
class DemoDaySummary:
    """What was made, for the Chinese summary the command prints."""

    day: date
    first_day: date
    tickets: int
    tickets_waiting: int
    cases: int
    stages: dict[str, int]
    overdue: tuple[str, ...]
    handovers: int
    mails: int
    ratings: int
    follow_ups: int
    case_numbers: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        stage_text = "、".join(f"{stage.value} {self.stages.get(stage.value, 0)} 件" for stage in CaseStage)
        lines = [
            f"已生成示例大厅日 {self.day.isoformat()}（办件最早受理于 {self.first_day.isoformat()}）：",
            f"  号票 {self.tickets} 张（其中 {self.tickets_waiting} 张在等候）",
            f"  办件 {self.cases} 件：{stage_text}",
            f"  超期办件 {len(self.overdue)} 件：{'、'.join(self.overdue) or '无'}",
            f"  窗口领取 {self.handovers} 件，邮寄 {self.mails} 件（含退回 1 件）",
            f"  评价 {self.ratings} 条（差评回访 {self.follow_ups} 条）",
            "  示例账号（密码均为 demo1234）：0105 刘晓梅（01窗口）、0202 何佳（02窗口）、0301 周静（03出件窗口）、"
            "5001 钱立新（区民政局后台审批人）、5101 吴晓燕（区残联后台审批人）",
        ]
        return "\n".join(lines)


def _person(rng: random.Random, used: set[str]) -> ApplicantInput:
    """An applicant of 罗江区 with a valid resident ID number."""
    while True:
        name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        born = date(rng.randint(1940, 2000), rng.randint(1, 12), rng.randint(1, 28))
        body = f"510626{born:%Y%m%d}{rng.randint(0, 999):03d}"
        number = body + id_check_digit(body)
        if number not in used:
            used.add(number)
            break
    phone = f"13{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}"
    address = f"四川省德阳市罗江区{rng.choice(_STREETS)}{rng.randint(1, 30)}组{rng.randint(1, 99)}号"
    return ApplicantInput(name=name, id_number=number, phone=phone, address=address)


def _with_agent(applicant: ApplicantInput, agent: ApplicantInput) -> ApplicantInput:
    return ApplicantInput(
        name=applicant.name,
        id_number=applicant.id_number,
        phone=applicant.phone,
        address=applicant.address,
        agent_name=agent.name,
        agent_id_number=agent.id_number,
        agent_phone=agent.phone,
    )


class _Window:
    """The services of one window PC on the demo store, its clerk logged in."""

    def __init__(self, store: Store, calendar: WorkCalendar, clock: ManualClock, code: str, staff_no: str) -> None:
        settings = Settings(window_code=code, hall_code=HALL_CODE)
        self.code = code
        self.session = SessionService(store, settings, clock=clock)
        self.queue = QueueService(store, self.session, clock=clock)
        self.intake = IntakeService(store, self.session, calendar, clock=clock)
        self.decisions = DecisionService(store, self.session, calendar, settings, clock=clock)
        self.tracking = TrackingService(store, self.session, calendar, settings, clock=clock)
        self.ratings = RatingService(store, self.session, calendar, settings, clock=clock)
        self.handover = HandoverService(store, self.session, calendar, settings, clock=clock)
        self.session.login(staff_no, DEMO_PASSWORD)


class _DemoDay:
    def __init__(self, store: Store, day: date, seed: int) -> None:
        self.store = store
        self.day = day
        self.rng = random.Random(seed)
        self.used_ids: set[str] = set()
        self.calendar = load_calendar(store)
        self.days = _workdays_before(self.calendar, day, SPAN_WORKDAYS)
        self.clock = ManualClock.at_hall_time(self.days[0], 9)
        self.w01 = _Window(store, self.calendar, self.clock, "01", "0105")
        self.w02 = _Window(store, self.calendar, self.clock, "02", "0202")
        self.w03 = _Window(store, self.calendar, self.clock, "03", "0301")
        self.bo = JointReviewService(store, self.clock)
        self.lead = self.bo.login("5001", DEMO_PASSWORD)
        self.co = self.bo.login("5101", DEMO_PASSWORD)
        self.numbers: dict[str, str] = {}
        self.handovers = 0
        self.mails = 0
        self.results = 0

    # -- time --------------------------------------------------------------------------

    def at(self, back: int, hour: int, minute: int = 0) -> None:
        """Hall time ``hour:minute`` on the working day ``back`` working days before the day."""
        d = self.days[SPAN_WORKDAYS - back]
        self.clock.set(datetime(d.year, d.month, d.day, hour, minute, tzinfo=HALL_TZ))

    def later(self, minutes: int = 3) -> None:
        self.clock.advance(minutes=minutes)

    # -- the front window ------------------------------------------------------------------

    def accept(
        self, w: _Window, matter: str, label: str, *, agent: bool = False, category: str = "A", immediate: str = ""
    ) -> uuid.UUID:
        """A ticket called at ``w``, a case accepted for it with every material received
        (``immediate``: a 即办件 finished on the spot with that result)."""
        applicant = _person(self.rng, self.used_ids)
        ticket = w.queue.call_next()
        if ticket is None:
            self.later(1)
            w.queue.issue(category)
            ticket = w.queue.call_next()
        assert ticket is not None
        self.later(1)
        w.queue.start_service()
        if agent:
            applicant = _with_agent(applicant, _person(self.rng, self.used_ids))
        case = w.intake.start(matter_code=matter, ticket_id=ticket.id, applicant=applicant)
        if agent:
            case = w.intake.answer_situations(case.id, ["WT"])
        w.intake.mark_all_received(case.id)
        self.later(6)
        if immediate:
            accepted = w.decisions.finish_immediately(case.id, result_name=immediate).case
        else:
            accepted = w.decisions.accept(case.id).case
        self.numbers[label] = accepted.case_number or ""
        self.later(1)
        w.queue.finish()
        self.later(2)
        return accepted.id

    def finish_at_back_office(self, case_id: uuid.UUID, w: _Window, result: str, back: int) -> None:
        """签收 → 审查通过 → 准予 → result → 办结 over the working days from ``back``."""
        self.at(back, 9, 40)
        self.bo.take_over(self.lead, case_id)
        self.at(back - 1, 10, 15)
        self.bo.review(self.lead, case_id, conclusion="通过", opinion="材料齐全，符合条件")
        self.at(back - 2, 14, 30)
        self.bo.approve(self.lead, case_id, opinion="同意")
        self.later(5)
        self.bo.record_result(self.lead, case_id, document=self.result_document(result))
        self.later(5)
        self.bo.complete(self.lead, case_id)
        self.later(10)
        adopt_back_office_results(self.store, w.code, clock=self.clock)

    def result_document(self, title: str) -> str:
        """A result document of the 民政局 with its number (罗民审〔year〕N号)."""
        self.results += 1
        return f"{title}（罗民审〔{self.clock().astimezone(HALL_TZ).year}〕{self.results}号）"

    # -- hand-over ---------------------------------------------------------------------------

    def hand_to_applicant(self, w: _Window, label: str, case_id: uuid.UUID) -> None:
        with self.store.read() as s:
            case = s.get(Case, case_id)
            assert case is not None
            name, number = case.applicant_name, case.id_number or ""
        receiver = parse_receiver(name=name, id_number=number, relation=ReceiverRelation.SELF, today=self.day)
        items = parse_items([(ItemKind.DOCUMENT, "办理结果通知", "", 1)])
        w.handover.hand_over(self.numbers[label], Handover(receiver, items, Signature(SignatureMode.PAPER)))
        self.handovers += 1

    def hand_to_agent(self, w: _Window, label: str, case_id: uuid.UUID) -> None:
        with self.store.read() as s:
            case = s.get(Case, case_id)
            assert case is not None
            name, number = case.agent_name or "", case.agent_id_number or ""
        receiver = parse_receiver(
            name=name,
            id_number=number,
            relation=ReceiverRelation.AGENT,
            attorney="授权委托书（申请人签字，已核验）",
            today=self.day,
        )
        items = parse_items([(ItemKind.DOCUMENT, "办理结果通知", "", 1), (ItemKind.ORIGINAL, "授权委托书", "", 1)])
        w.handover.hand_over(self.numbers[label], Handover(receiver, items, Signature(SignatureMode.PAPER)))
        self.handovers += 1

    def mail(self, w: _Window, label: str, case_id: uuid.UUID, tracking_no: str) -> None:
        with self.store.read() as s:
            case = s.get(Case, case_id)
            assert case is not None
            name, phone, address = case.applicant_name, case.phone or "", case.address or ""
        dispatch = parse_mail(
            recipient=name,
            phone=phone,
            address=address,
            carrier="中国邮政EMS",
            tracking_no=tracking_no,
            postage=PostageState.FREE,
            items=parse_items([(ItemKind.DOCUMENT, "办理结果通知", "", 1)]),
        )
        w.handover.mail(self.numbers[label], dispatch)
        self.mails += 1

    # -- the day -----------------------------------------------------------------------------

    def run(self) -> None:
        set_co_limit(self.store, CO_DEPARTMENT, CO_LIMIT_DAYS)
        w01, w02, bo = self.w01, self.w02, self.bo
        # 已归档: accepted 15 working days ago, handed over, the file closed 3 days ago.
        self.at(15, 9, 10)
        archived = self.accept(w01, "LJ21-082", "已归档")
        self.finish_at_back_office(archived, w01, "高龄津贴发放", 14)
        self.at(10, 10, 0)
        self.hand_to_applicant(w01, "已归档", archived)
        self.at(3, 16, 30)
        self._archive(w01, archived)
        # 联办 answered in time, decided, handed over to an agent with a power of attorney.
        self.at(14, 9, 30)
        joint_done = self.accept(w01, "LJ21-084", "联办已送达", agent=True)
        self.at(13, 9, 20)
        bo.take_over(self.lead, joint_done)
        self.later(20)
        bo.start_joint(self.lead, joint_done, [CO_DEPARTMENT])
        self.at(12, 15, 0)
        bo.joint_opinion(self.co, joint_done, answer="同意", reason="残疾等级核实无误")
        self.at(11, 10, 0)
        bo.approve(self.lead, joint_done, opinion="同意发放两项补贴")
        self.later(5)
        bo.record_result(self.lead, joint_done, document=self.result_document("残疾人两项补贴核定通知书"))
        self.later(5)
        bo.complete(self.lead, joint_done)
        adopt_back_office_results(self.store, "01", clock=self.clock)
        self.at(9, 11, 0)
        self.hand_to_agent(w01, "联办已送达", joint_done)
        # Mailed at window 02; a second mail item comes back (查无此人) and waits again.
        self.at(13, 10, 0)
        mailed = self.accept(w02, "LJ21-079", "邮寄送达")
        self.finish_at_back_office(mailed, w02, "社会组织评估等级证书", 12)
        self.at(8, 10, 30)
        self.mail(w02, "邮寄送达", mailed, "1187654321001")
        self.at(12, 10, 40)
        returned = self.accept(w02, "LJ21-083", "邮件退回")
        self.finish_at_back_office(returned, w02, "社会救助审批结果", 11)
        self.at(7, 11, 0)
        self.mail(w02, "邮件退回", returned, "1187654321002")
        self.at(3, 15, 0)
        w02.handover.mail_returned(self.numbers["邮件退回"], "查无此人，地址不详")
        # 已送达 to the applicant in person at window 01.
        self.at(11, 9, 50)
        handed = self.accept(w01, "LJ21-082", "本人领取")
        self.finish_at_back_office(handed, w01, "高龄津贴发放", 10)
        self.at(4, 9, 40)
        self.hand_to_applicant(w01, "本人领取", handed)
        # 审批, overdue: a 10-day matter accepted 12 working days ago, not yet decided.
        self.at(12, 11, 20)
        late_approval = self.accept(w01, "LJ21-082", "审批超期")
        self.at(11, 10, 30)
        bo.take_over(self.lead, late_approval)
        self.at(9, 16, 0)
        bo.review(self.lead, late_approval, conclusion="通过", opinion="材料齐全，待审批")
        # 审查, overdue: accepted 12 working days ago (10-day matter), only signed for.
        self.at(12, 14, 10)
        late_review = self.accept(w02, "LJ21-082", "审查超期")
        self.at(11, 14, 0)
        bo.take_over(self.lead, late_review)
        # 待出件: done by the back office two days ago.
        self.at(10, 9, 15)
        waiting = self.accept(w01, "LJ21-081", "待出件")
        self.finish_at_back_office(waiting, w01, "养老机构等级评定结果", 4)
        # 联办 with the co-department late (3-day limit, asked 6 working days ago).
        self.at(8, 10, 0)
        joint_late = self.accept(w01, "LJ21-084", "联办超期")
        self.at(7, 9, 30)
        bo.take_over(self.lead, joint_late)
        self.at(6, 10, 0)
        bo.start_joint(self.lead, joint_late, [CO_DEPARTMENT])
        # 审批: reviewed 通过 three days ago.
        self.at(6, 11, 0)
        approval = self.accept(w02, "LJ21-081", "审批")
        self.at(5, 9, 10)
        bo.take_over(self.lead, approval)
        self.at(3, 10, 20)
        bo.review(self.lead, approval, conclusion="通过", opinion="现场核查合格")
        # 上报 to the city's bureau, its 10 days running.
        self.at(5, 10, 10)
        forwarded = self.accept(w01, "LJ21-010", "上报")
        self.at(4, 11, 0)
        bo.take_over(self.lead, forwarded)
        self.at(3, 9, 0)
        bo.forward(self.lead, forwarded, authority=AUTHORITY, limit_days=AUTHORITY_DAYS)
        # 审查 with a 补正 the back office asked for; the window issued the notice.
        self.at(4, 14, 0)
        supplement = self.accept(w01, "LJ21-082", "审查补正")
        self.at(3, 10, 40)
        bo.take_over(self.lead, supplement)
        self.at(2, 11, 0)
        line = w01.tracking.checklist(supplement)[0]
        bo.ask_supplement(
            self.lead, supplement, lines={line.id: "复印件不清晰，请提供清晰复印件"}, note="请窗口通知申请人"
        )
        self.later(30)
        w01.tracking.request_supplement(supplement, note="后台要求补正")
        # 审查: signed for yesterday.
        self.at(2, 15, 0)
        review = self.accept(w02, "LJ21-011", "审查")
        self.at(1, 9, 30)
        bo.take_over(self.lead, review)
        self._today()

    def _today(self) -> None:
        """The day itself: the queue in the morning, new cases, ratings."""
        w01, w02 = self.w01, self.w02
        self.at(0, 8, 50)
        categories = ["A", "A", "B", "C", "A", "D", "E", "A", "C", "G", "B", "A", "F", "A"]
        waiting_extra = self.rng.randint(3, 6)
        for i, category in enumerate(categories + ["A", "B", "C"][: waiting_extra % 3 + 1] * 2):
            priority = TicketPriority.GREEN if i == 3 else TicketPriority.NORMAL
            w01.queue.issue(category, priority)
            self.later(1)
        self.at(0, 9, 0)
        today1 = self.accept(w01, "LJ21-082", "受理")
        self.rate(w01, today1, None)
        today2 = self.accept(w02, "LJ21-085", "受理（二）")
        self.rate(w02, today2, Rating.DISSATISFIED, ("办事效率低", "等候时间长"))
        quick = self.accept(w02, "LJ21-080", "即办", immediate="婚姻登记预约回执")
        self.rate(w02, quick, None)
        today3 = self.accept(w01, "LJ21-059", "受理（三）")
        self.rate(w01, today3, None)
        # The back office of 民政局 has a look at the morning's cases later; one more ticket
        # is served without a case (a consultation) at each window.
        for w in (w01, w02):
            if w.queue.call_next() is not None:
                self.later(4)
                w.queue.start_service()
                self.later(8)
                w.queue.finish()
        self.at(0, 10, 30)
        self.qr_rate(self.numbers["本人领取"], 5)
        self.qr_rate(self.numbers["联办已送达"], 4)

    def _archive(self, w: _Window, case_id: uuid.UUID) -> None:
        actor = w.session.require_window_staff()
        with self.store.write(actor) as tx:
            case = tx.session.get(Case, case_id)
            assert case is not None
            append_case_event(
                tx, case, actor, StageAction.ARCHIVE.value, owner=w.code, now=self.clock(), note="案卷归档"
            )

    def rate(self, w: _Window, case_id: uuid.UUID, level: Rating | None, reasons: tuple[str, ...] = ()) -> None:
        """The evaluator's answer after the case (the seed picks 满意 or 非常满意)."""
        chosen = level or self.rng.choice((Rating.VERY_SATISFIED, Rating.SATISFIED, Rating.VERY_SATISFIED))
        w.ratings.record(chosen, case_id=case_id, reasons=reasons)
        self.later(1)

    def qr_rate(self, number: str, score: int) -> None:
        with self.store.read() as s:
            code = s.scalars(select(Case.lookup_code).where(Case.case_number == number)).one()
        tables = public_tables(self.store.dialect)
        calendar = LiveCalendar(self.store)
        lookup = CaseLookupService(self.store, tables, calendar)
        QrRatingService(self.store, tables, lookup, calendar, clock=self.clock).rate(number, code or "", score)
        self.later(2)


def _workdays_before(calendar: WorkCalendar, day: date, n: int) -> list[date]:
    """The ``n`` working days before ``day`` and ``day``, oldest first."""
    days = [day]
    current = day
    while len(days) <= n:
        current = date.fromordinal(current.toordinal() - 1)
        if calendar.is_workday(current):
            days.append(current)
    return list(reversed(days))


def check_demo_day(store: Store, day: date) -> date:
    """Refuse (in Chinese, before anything is written) a day that is not a working day or a
    store that already has cases or tickets in the days the demo day would fill; returns
    the first of those days."""
    calendar = load_calendar(store)
    if not calendar.covers(day):
        raise DemoDayRefused(f"{day.isoformat()} 不在工作日历范围内，请选择其他日期，未作任何改动", field="day")
    if not calendar.is_workday(day):
        raise DemoDayRefused(
            f"{day.isoformat()} {calendar.describe(day)}，示例大厅日须为工作日，未作任何改动", field="day"
        )
    first = _workdays_before(calendar, day, SPAN_WORKDAYS)[0]
    with store.read() as s:
        cases = s.scalar(
            select(func.count()).select_from(Case).where(Case.received_on >= first, Case.received_on <= day)
        )
        tickets = s.scalar(
            select(func.count()).select_from(Ticket).where(Ticket.hall_day >= first, Ticket.hall_day <= day)
        )
    if cases or tickets:
        raise DemoDayRefused(
            f"此库在 {first.isoformat()} 至 {day.isoformat()} 已有 {cases or 0} 件办件、{tickets or 0} 张号票，"
            "未作任何改动：请换一个日期或使用新的空库",
            field="day",
        )
    return first


def fill_demo_day(store: Store, *, day: date, seed: int = 1) -> DemoDaySummary:
    """Fill ``store`` with the demo hall (when empty) and a hall day ending on ``day``."""
    first = check_demo_day(store, day)
    seed_demo_hall(store, today=day)
    run = _DemoDay(store, day, seed)
    run.run()
    return summarise(store, day, first, run.numbers, handovers=run.handovers, mails=run.mails)


def summarise(
    store: Store, day: date, first: date, numbers: dict[str, str], *, handovers: int, mails: int
) -> DemoDaySummary:
    from app.store.models import FollowUp, RatingRecord

    calendar = load_calendar(store)
    with store.read() as s:
        cases = list(s.scalars(select(Case).where(Case.received_on >= first, Case.received_on <= day)))
        events = case_events(s, [c.id for c in cases])
        stages: Counter[str] = Counter()
        overdue: list[str] = []
        for case in cases:
            timeline = fold_stages(events[case.id], calendar, day)
            if timeline.current is not None:
                stages[timeline.current.value] += 1
            waiting = timeline.current in (CaseStage.AWAITING_OUTPUT, CaseStage.DELIVERED, CaseStage.ARCHIVED)
            late_joint = timeline.joint is not None and bool(timeline.joint.late(day))
            past_due = case.due_date is not None and case.due_date < day
            if timeline.current is not None and not waiting and (late_joint or past_due):
                overdue.append(case.case_number or "")
        tickets = list(s.scalars(select(Ticket.status).where(Ticket.hall_day == day)))
        ratings = s.scalar(select(func.count()).select_from(RatingRecord)) or 0
        follow_ups = s.scalar(select(func.count()).select_from(FollowUp)) or 0
    return DemoDaySummary(
        day=day,
        first_day=first,
        tickets=len(tickets),
        tickets_waiting=sum(1 for status in tickets if status == "等候"),
        cases=len(cases),
        stages=dict(stages),
        overdue=tuple(sorted(overdue)),
        handovers=handovers,
        mails=mails,
        ratings=int(ratings),
        follow_ups=int(follow_ups),
        case_numbers=dict(numbers),
    )


def open_demo_hall(store: Store, *, today: date) -> DemoDaySummary | None:
    """What ``./dev demo`` opens: the demo hall, and — in a store without any case yet —
    a hall day ending on the last working day up to ``today``."""
    seed_demo_hall(store, today=today)
    with store.read() as s:
        if (s.scalar(select(func.count()).select_from(Case)) or 0) > 0:
            return None
    calendar = load_calendar(store)
    day = today
    while not calendar.is_workday(day):
        day = date.fromordinal(day.toordinal() - 1)
    return fill_demo_day(store, day=day)


__all__: list[str] = ["DemoDayRefused", "DemoDaySummary", "check_demo_day", "fill_demo_day", "open_demo_hall"]
