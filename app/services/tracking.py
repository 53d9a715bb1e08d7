"""My cases: the window's open cases with their clock, and what happens after acceptance
(补正, 中止/恢复计时, 办结, 撤回, 容缺材料补齐), plus search. 送达 is the hand-over
with its receiver, items and signature: :mod:`app.services.handover`.

Working days left and the status (正常/即将到期/已超期/暂停计时) are folded from the
case's events by :class:`app.domain.deadlines.CaseClock` for any given day, so the list
is right on any date and after any restart.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.calendar import WorkCalendar
from app.domain.case_stage import CaseStage, fold_stages
from app.domain.case_state import OPEN_STATES, CaseAction, CaseState, allowed_actions
from app.domain.deadlines import CLOCK_ACTIONS, CaseClock, ClockEvent, ClockEventKind
from app.domain.enums import DocumentKind, MaterialStatus
from app.domain.errors import CalendarError, ValidationError
from app.domain.handover import Standing, handover_standing
from app.domain.input_policy import ascii_digits, clean_text
from app.domain.validators import mask_id, parse_resident_id
from app.services import case_list as cl
from app.services import cases as c
from app.services import documents
from app.services.backoffice_window import BACK_OFFICE_ONLY, taken_over
from app.services.base import WindowCaseService
from app.services.clock import hall_day
from app.services.clock_facts import clock_facts
from app.services.date_changes import DateChange, date_changes
from app.services.decisions import CaseBody, promised_limit, run_case_action
from app.services.dto import CaseEventInfo, ChecklistLine, DecisionResult, DocumentInfo, TrackedCase
from app.services.errors import DecisionNotAllowed
from app.services.numbering import Issuer
from app.store.models import Case, CaseEvent
from app.store.uow import WriteTxn

DRAFT_STATUS = "收件中"
CLOSED_STATUS = "已结束"
DELIVERY_STATUS = "待送达"
#: Decided (准予/不予) but the result has not reached the applicant: still the window's work.
AWAITING_DELIVERY = frozenset({CaseState.COMPLETED_APPROVED, CaseState.COMPLETED_DENIED, CaseState.MAIL_RETURNED})
_STATUS_ORDER = {
    "已超期": 0,
    "即将到期": 1,
    DRAFT_STATUS: 2,
    DELIVERY_STATUS: 3,
    "暂停计时": 4,
    "正常": 5,
    CLOSED_STATUS: 6,
}


def case_clock(case: Case, events: list[CaseEvent], calendar: WorkCalendar) -> CaseClock | None:
    """The case's clock folded from its events (None before acceptance)."""
    if case.accepted_on is None:
        return None
    clock_events = [ClockEvent(ClockEventKind.ACCEPTED, case.accepted_on)]
    for event in sorted(events, key=lambda e: (e.at, e.id is None, str(e.id))):
        kind = CLOCK_ACTIONS.get(event.action)
        if kind is not None:
            clock_events.append(ClockEvent(kind, max(event.day, case.accepted_on), event.note))
    try:
        return CaseClock(calendar, clock_events)
    except CalendarError:
        return None


def delivered_elsewhere(events: list[CaseEvent]) -> bool:
    """Whether the last 送达 among ``events`` (e.g. an output window's) still stands."""
    ordered = sorted(events, key=lambda e: (e.at, str(e.id)))
    folded = handover_standing((e.action, e.data or {}) for e in ordered)
    return folded.standing in (Standing.HANDED_OVER, Standing.MAILED)


def tracked_case(
    case: Case, events: list[CaseEvent], today: date, calendar: WorkCalendar, near_days: int
) -> TrackedCase:
    """One line of the case list with the clock as of ``today``."""
    state = CaseState(case.state)
    due = case.due_date
    days_left: int | None = None
    provisional = c.due_is_provisional(case, calendar)
    facts = clock_facts(case, events)
    shown_state = case.state
    timeline = fold_stages(events, calendar, today)
    stage = timeline.current
    if state is CaseState.DRAFT:
        status = DRAFT_STATUS
    elif state in AWAITING_DELIVERY and delivered_elsewhere(events):
        # An output window handed it over (its event, pulled from the center).
        status, shown_state = CLOSED_STATUS, CaseState.DELIVERED.value
    elif stage in (CaseStage.DELIVERED, CaseStage.ARCHIVED):
        status = CLOSED_STATUS
    elif state in AWAITING_DELIVERY or stage is CaseStage.AWAITING_OUTPUT:
        status = DELIVERY_STATUS
    elif state not in OPEN_STATES:
        status = CLOSED_STATUS
    else:
        clock = case_clock(case, events, calendar)
        if clock is None:
            status = "正常"
        else:
            limit = promised_limit(case)
            days_left = clock.days_left(today=today, limit_days=limit)
            status = clock.status(today=today, limit_days=limit, near_days=near_days).value
            due = clock.due_date(limit) or due
            provisional = due is not None and calendar.provisional_between(clock.events[0].day, due)
    return TrackedCase(
        id=case.id,
        case_number=case.case_number,
        state=shown_state,
        matter_name=case.matter_name,
        applicant_name=case.org_name or case.applicant_name,
        id_masked=mask_id(case.id_number or case.credit_code or ""),
        accepted_on=case.accepted_on,
        due_date=due,
        days_left=days_left,
        clock_status=status,
        pending_due=case.pending_due,
        five_day=c.five_day_info(case, today, calendar),
        allowed_actions=tuple(
            a.value for a in allowed_actions(state) if not (a in BACK_OFFICE_ONLY and taken_over(events))
        ),
        staff_id=case.staff_id,
        post=case.post,
        due_provisional=provisional,
        urgent=facts.urgent,
        higher_authority=facts.higher_authority,
        higher_due=facts.higher_due if state is CaseState.FORWARDED else None,
        extension_state=facts.extension.state if facts.extension is not None else "",
        stage=stage.value if stage is not None else "",
        stage_days=tuple((k.value, v) for k, v in timeline.workdays_by_stage().items()),
        supplement_asked=tuple(timeline.supplement_asked.items()) if state is CaseState.ACCEPTED else (),
    )


def supplement_notice(
    tx: WriteTxn,
    case: Case,
    lines: Mapping[uuid.UUID, str],
    who: Issuer,
    today: date,
    now: datetime,
    remark: str = "",
) -> DocumentInfo:
    """Mark the checklist lines (line id → what is wrong) 有误 and issue the 补正材料通知书
    listing them — for a 补正 after acceptance and for the omission of a first notice."""
    by_id = {m.id: m for m in case.materials}
    if any(k not in by_id for k in lines):
        raise ValidationError("所选材料不在本案清单中", field="lines")
    for line_id, problem in lines.items():
        by_id[line_id].status = MaterialStatus.DEFECTIVE.value
        by_id[line_id].note = problem.strip()
    chosen = [by_id[k] for k in lines]
    return documents.issue(
        tx,
        case,
        DocumentKind.SUPPLEMENT_NOTICE,
        who,
        now,
        lambda number: documents.base_facts(case, document_number=number, today=today, materials=chosen, remark=remark),
    )


class CaseActionService(WindowCaseService):
    """A service whose methods are case actions: one transaction each (:func:`run_case_action`),
    with the promised date refolded from the events when the action moves the clock."""

    def _run(
        self,
        case_id: uuid.UUID,
        action: CaseAction,
        body: CaseBody | None = None,
        *,
        actor: Actor | None = None,
        note: str = "",
        **data: object,
    ) -> DecisionResult:
        return run_case_action(
            self._store,
            self._session,
            self._calendar,
            self._settings,
            self._clock,
            case_id,
            action,
            body or (lambda *_: []),
            actor=actor,
            note=note,
            **data,
        )

    def _refresh_due(self, tx: WriteTxn, case: Case, today: date, action: CaseAction, note: str = "") -> None:
        """Recompute the promised date with the event being recorded now included (kept while stopped)."""
        events = list(tx.session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)))
        if action.value in CLOCK_ACTIONS:
            events.append(CaseEvent(case_id=case.id, action=action.value, day=today, at=self._clock(), note=note))
        clock = case_clock(case, events, self._calendar)
        if clock is not None:
            due = clock.due_date(promised_limit(case))
            if due is not None:
                case.due_date = due


class TrackingService(CaseActionService):
    """The window's case list and post-acceptance actions."""

    def _today(self, today: date | None) -> date:
        return today or hall_day(self._clock())

    def _lines(self, s: Session, rows: list[Case], today: date) -> list[TrackedCase]:
        ids = [r.id for r in rows]
        events: dict[uuid.UUID, list[CaseEvent]] = {i: [] for i in ids}
        if ids:
            for event in s.scalars(select(CaseEvent).where(CaseEvent.case_id.in_(ids))):
                events[event.case_id].append(event)
        return [tracked_case(r, events[r.id], today, self._calendar, self._settings.near_due_days) for r in rows]

    def open_cases(self, today: date | None = None) -> list[TrackedCase]:
        """This window's open cases (drafts of the person logged in included, with their
        §32 five-day standing), most urgent first: overdue, near due, drafts, stopped, normal."""
        actor = self._session.require_window_staff()
        day = self._today(today)
        with self._store.read() as s:
            rows = list(
                s.scalars(
                    select(Case).where(
                        Case.owner_window == self._session.window_code,
                        Case.state.in_([st.value for st in OPEN_STATES | AWAITING_DELIVERY]),
                        or_(Case.state != CaseState.DRAFT.value, Case.staff_id == actor.staff_id),
                    )
                )
            )
            lines = [line for line in self._lines(s, rows, day) if line.clock_status != CLOSED_STATUS]
        return sorted(
            lines,
            key=lambda t: (
                0 if t.five_day is not None and t.five_day.deemed_accepted else 1,
                0 if t.urgent else 1,
                _STATUS_ORDER.get(t.clock_status, 9),
                t.days_left if t.days_left is not None else 10_000,
                t.due_date or date.max,
                t.id,  # ties as the pages break them (time-ordered ids)
            ),
        )

    def search(self, text: str, today: date | None = None, *, limit: int = 50) -> list[TrackedCase]:
        """Cases of this window by case number, applicant or organisation name, or ID /
        credit-code number (results show the ID masked), newest first. Others' drafts are
        not found."""
        page = self.page(cl.CaseListQuery(text=text), today=today, limit=limit)
        return [e.line for e in page.entries]

    # -- the list in pages (我的办件) ---------------------------------------------------------

    def _where(self, text: str) -> tuple[str, list[Any]]:
        """The cleaned search text and the SQL filter of the list for it."""
        actor = self._session.require_window_staff()
        q = ascii_digits(clean_text(text, label="查询内容", field="query", max_length=100), label="查询内容")
        upper = q.upper().replace(" ", "")
        ids = {upper}
        if len(upper) == 15 and upper.isdigit():
            with contextlib.suppress(ValidationError):  # a legacy 15-digit number finds the 18-digit one stored
                ids.add(parse_resident_id(upper).number)
        return q, cl.listed(self._session.window_code, actor.staff_id, q, ids)

    def _entries(self, s: Session, rows: list[Any], day: date, *, keep_closed: bool) -> list[cl.CaseListEntry]:
        lines = self._lines(s, [r[0] for r in rows], day)
        return [
            cl.CaseListEntry(line, tuple(r[1:]))
            for r, line in zip(rows, lines, strict=True)
            if keep_closed or line.clock_status != CLOSED_STATUS
        ]

    def page(
        self,
        query: cl.CaseListQuery = cl.CaseListQuery(),  # noqa: B008 - frozen, never changed
        *,
        after: cl.SortKey | None = None,
        limit: int = cl.PAGE_SIZE,
        today: date | None = None,
    ) -> cl.CaseListPage:
        """One page of the list: filtered and ordered in SQL, ``limit`` rows after ``after``
        (the previous page's :attr:`~CaseListPage.after`); only its rows' events are read.
        Without search text the rows an output window already handed over are left out."""
        text, where = self._where(query.text)
        if query.text and not text:
            return cl.CaseListPage((), None, False)
        day = self._today(today)
        order = cl.sort_columns(
            cl.CaseListQuery(text, query.sort, query.descending),
            cl.thresholds(self._calendar, day, self._settings.near_due_days),
        )
        desc = cl.descending(cl.CaseListQuery(text, query.sort, query.descending))
        with self._store.read() as s:
            rows = list(s.execute(cl.page_select(where, order, desc=desc, after=after, limit=limit)))
            entries = self._entries(s, rows, day, keep_closed=bool(text))
        last = tuple(rows[-1][1:]) if rows else after
        return cl.CaseListPage(tuple(entries), last, len(rows) == limit)

    def entry(
        self,
        case_id: uuid.UUID,
        query: cl.CaseListQuery = cl.CaseListQuery(),  # noqa: B008 - frozen, never changed
        *,
        today: date | None = None,
    ) -> cl.CaseListEntry | None:
        """The case as a row of the list ``query`` shows, with its key; None when the list
        does not hold it (closed, handed over, not matching the search)."""
        text, where = self._where(query.text)
        day = self._today(today)
        q = cl.CaseListQuery(text, query.sort, query.descending)
        order = cl.sort_columns(q, cl.thresholds(self._calendar, day, self._settings.near_due_days))
        with self._store.read() as s:
            rows = list(s.execute(select(Case, *order).where(*where, Case.id == case_id)))
            entries = self._entries(s, rows, day, keep_closed=bool(text))
        return entries[0] if entries else None

    def get(self, case_id: uuid.UUID, today: date | None = None) -> TrackedCase:
        """One case of this window as a list line."""
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            case = c.load_case(s, case_id, actor, window_code=self._session.window_code)
            return self._lines(s, [case], self._today(today))[0]

    def checklist(self, case_id: uuid.UUID) -> tuple[ChecklistLine, ...]:
        """The case's checklist as marked (to choose the lines of a 补正)."""
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            return c.checklist_lines(c.load_case(s, case_id, actor, window_code=self._session.window_code))

    def date_changes(self, limit: int = 50) -> tuple[DateChange, ...]:
        """This window's promised dates that a calendar import moved, newest first (the
        clerk is told, earlier ones first of all: less time than the applicant was told)."""
        self._session.require_window_staff()
        with self._store.read() as s:
            return date_changes(s, window_code=self._session.window_code, limit=limit)

    def events(self, case_id: uuid.UUID) -> list[CaseEventInfo]:
        """The case's history, oldest first."""
        actor = self._session.require_window_staff()
        with self._store.read() as s:
            c.load_case(s, case_id, actor, window_code=self._session.window_code)
            rows = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.at, CaseEvent.id))
            return [
                CaseEventInfo(
                    action=e.action,
                    from_state=e.from_state,
                    to_state=e.to_state,
                    day=e.day,
                    at=e.at,
                    note=e.note or "",
                    post=e.post,
                )
                for e in rows
            ]

    # -- actions -------------------------------------------------------------------------

    def _line(self, result: DecisionResult) -> TrackedCase:
        return self.get(result.case.id)

    def request_supplement(
        self, case_id: uuid.UUID, *, lines: Mapping[uuid.UUID, str] | None = None, note: str = ""
    ) -> DecisionResult:
        """补正 after acceptance: the clock stops; 补正材料通知书 lists what is required.
        ``lines`` maps checklist line id → what is wrong (those lines become 有误); without
        them, the lines the back office asked for (后台要求补正) are used."""
        if not lines:
            lines = {uuid.UUID(k): v for k, v in self.get(case_id).supplement_asked}
        if not lines:
            raise ValidationError("请选择需要补正的材料并写明要求", field="lines")
        empty = [k for k, v in lines.items() if not v.strip()]
        if empty:
            raise ValidationError("每项补正材料都要写明问题和要求", field="lines")

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            return [supplement_notice(tx, case, lines, who, today, now, note)]

        return self._run(case_id, CaseAction.REQUEST_SUPPLEMENT, body, note=note)

    def receive_supplement(self, case_id: uuid.UUID) -> TrackedCase:
        """Supplements received: the limit restarts from the day after today."""

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            for m in case.materials:
                if m.status in (MaterialStatus.DEFECTIVE.value, MaterialStatus.MISSING.value):
                    m.status = MaterialStatus.RECEIVED.value
            self._refresh_due(tx, case, today, CaseAction.RECEIVE_SUPPLEMENT)
            return []

        return self._line(self._run(case_id, CaseAction.RECEIVE_SUPPLEMENT, body))

    def receive_deferred(self, case_id: uuid.UUID) -> TrackedCase:
        """容缺 materials handed in: the case is fully accepted."""

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            for m in case.materials:
                if m.status == MaterialStatus.DEFERRED.value:
                    m.status = MaterialStatus.RECEIVED.value
            case.pending_due = None
            return []

        return self._line(self._run(case_id, CaseAction.RECEIVE_DEFERRED, body))

    def suspend(self, case_id: uuid.UUID, procedure: str) -> TrackedCase:
        """Special procedure (听证、检验、专家评审 …): the clock stops until :meth:`resume`."""
        if not procedure.strip():
            raise ValidationError("请填写特别程序名称（如听证、检验、专家评审）", field="procedure")
        return self._line(self._run(case_id, CaseAction.SUSPEND, lambda *a: [], note=procedure.strip()))

    def resume(self, case_id: uuid.UUID) -> TrackedCase:
        """The special procedure ended: the clock runs again, the promised date moves."""

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            self._refresh_due(tx, case, today, CaseAction.RESUME)
            return []

        return self._line(self._run(case_id, CaseAction.RESUME, body))

    def complete(self, case_id: uuid.UUID, *, approved: bool, result_name: str = "", note: str = "") -> DecisionResult:
        """办结（准予） with the result's name; issues 办结通知书.

        A 不予许可 is not a plain 办结通知书: it needs reasons, basis, the applicant's
        remedies and the lead's confirmation, and is filed for 否定备案 review —
        :meth:`app.services.clock_events.ClockEventService.deny`.
        """
        action = CaseAction.APPROVE if approved else CaseAction.DENY
        if not approved:
            raise DecisionNotAllowed("不予许可须写明理由和依据、经首席代表确认，请使用“不予许可”出具不予许可决定书")

        def body(tx: WriteTxn, case: Case, today: date, now: datetime, who: Issuer) -> list[DocumentInfo]:
            case.result_kind = "准予" if approved else "不予"
            case.result_name = result_name.strip() or None
            return [
                documents.issue(
                    tx,
                    case,
                    DocumentKind.COMPLETION,
                    who,
                    now,
                    lambda number: documents.base_facts(
                        case,
                        document_number=number,
                        today=today,
                        completed_on=today,
                        result_name=result_name.strip() or ("准予" if approved else "不予许可"),
                        remark=note.strip(),
                    ),
                )
            ]

        return self._run(case_id, action, body, note=note)

    def withdraw(self, case_id: uuid.UUID, note: str = "") -> TrackedCase:
        """The applicant withdraws the application."""
        return self._line(self._run(case_id, CaseAction.WITHDRAW, lambda *a: [], note=note))
