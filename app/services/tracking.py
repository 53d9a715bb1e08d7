"""My cases: the window's open cases with their clock, and what happens after acceptance
(补正, 中止/恢复计时, 办结, 送达, 撤回, 容缺材料补齐), plus search.

Working days left and the status (正常/即将到期/已超期/暂停计时) are folded from the
case's events by :class:`app.domain.deadlines.CaseClock` for any given day, so the list
is right on any date and after any restart.
"""

from __future__ import annotations

import uuid
from datetime import date

from app.domain.calendar import WorkCalendar
from app.domain.enums import DeliveryMethod
from app.services.clock import Clock, system_clock
from app.services.dto import CaseEventInfo, DecisionResult, TrackedCase
from app.services.session import SessionService
from app.settings import Settings
from app.store.uow import Store


class TrackingService:
    """The window's case list and post-acceptance actions."""

    def __init__(self, store: Store, session: SessionService, calendar: WorkCalendar, settings: Settings, *,
                 clock: Clock = system_clock) -> None:
        self._store = store
        self._session = session
        self._calendar = calendar
        self._settings = settings
        self._clock = clock

    def open_cases(self, today: date | None = None) -> list[TrackedCase]:
        """This window's open cases (drafts of the person logged in included, with their
        §32 five-day standing), most urgent first."""
        raise NotImplementedError

    def search(self, text: str, today: date | None = None) -> list[TrackedCase]:
        """Cases of this window by case number, applicant name or ID/credit-code number."""
        raise NotImplementedError

    def events(self, case_id: uuid.UUID) -> list[CaseEventInfo]:
        """The case's history, oldest first."""
        raise NotImplementedError

    def request_supplement(self, case_id: uuid.UUID, *, lines: dict[uuid.UUID, str] | None = None,
                           note: str = "") -> DecisionResult:
        """补正 after acceptance: the clock stops; 补正材料通知书 lists what is required.
        ``lines`` maps checklist line id → what is wrong (those lines become 有误)."""
        raise NotImplementedError

    def receive_supplement(self, case_id: uuid.UUID) -> TrackedCase:
        """Supplements received: the limit restarts the day after today."""
        raise NotImplementedError

    def receive_deferred(self, case_id: uuid.UUID) -> TrackedCase:
        """容缺 materials handed in: the case is fully accepted."""
        raise NotImplementedError

    def suspend(self, case_id: uuid.UUID, procedure: str) -> TrackedCase:
        """Special procedure (听证、检验、专家评审 …): the clock stops."""
        raise NotImplementedError

    def resume(self, case_id: uuid.UUID) -> TrackedCase:
        """The special procedure ended: the clock runs again."""
        raise NotImplementedError

    def complete(self, case_id: uuid.UUID, *, approved: bool, result_name: str = "",
                 note: str = "") -> DecisionResult:
        """办结 (准予 or 不予) with the result's name; issues 办结通知书."""
        raise NotImplementedError

    def deliver(self, case_id: uuid.UUID, method: DeliveryMethod, *, signed: bool = False,
                carrier: str = "", tracking_no: str = "") -> TrackedCase:
        """送达: window pick-up (signature required) or mail (carrier and tracking number)."""
        raise NotImplementedError

    def withdraw(self, case_id: uuid.UUID, note: str = "") -> TrackedCase:
        """The applicant withdraws the application."""
        raise NotImplementedError
