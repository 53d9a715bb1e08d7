"""The decisions at the window (受理, 一次性告知, 容缺受理, 不予受理, 即办办结, 退回).

Each decision is one write transaction: the case's state and dates, its materials, a
case event, a numbered :class:`IssuedDocument` holding the facts it printed, the audit
entry and the outbox row. The document text is built with :mod:`app.forms` so the
clerk sees a preview until the printing issue prints it.
"""

from __future__ import annotations

import uuid
from datetime import date

from app.domain.calendar import WorkCalendar
from app.services.clock import Clock, system_clock
from app.services.dto import DecisionResult, RefusalGround
from app.services.session import SessionService
from app.settings import Settings
from app.store.uow import Store

#: 不予受理 grounds the clerk may pick (行政许可法 §32 and related articles); or free text.
REFUSAL_GROUNDS: tuple[RefusalGround, ...] = (
    RefusalGround(
        code="not-required",
        text="申请事项依法不需要取得行政许可",
        basis="《中华人民共和国行政许可法》第三十二条第一款第（一）项",
    ),
    RefusalGround(
        code="not-competent",
        text="申请事项依法不属于本行政机关职权范围，请向有关行政机关申请",
        basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
    ),
    RefusalGround(
        code="not-qualified",
        text="申请人不具备法定的申请资格",
        basis="《中华人民共和国行政许可法》第三十二条",
    ),
    RefusalGround(
        code="false-material",
        text="申请人隐瞒有关情况或者提供虚假材料，依法不予受理",
        basis="《中华人民共和国行政许可法》第七十八条",
    ),
    RefusalGround(
        code="no-supplement",
        text="申请人逾期未按一次性告知书补正全部材料",
        basis="《中华人民共和国行政许可法》第三十二条第一款第（四）项",
    ),
)


class DecisionService:
    """Takes the window's decisions on drafts; every rule is checked here, not in the UI."""

    def __init__(self, store: Store, session: SessionService, calendar: WorkCalendar, settings: Settings, *,
                 clock: Clock = system_clock) -> None:
        self._store = store
        self._session = session
        self._calendar = calendar
        self._settings = settings
        self._clock = clock

    @staticmethod
    def refusal_grounds() -> tuple[RefusalGround, ...]:
        return REFUSAL_GROUNDS

    def accept(self, case_id: uuid.UUID) -> DecisionResult:
        """受理: every required material received or shared → case number, promised date,
        受理通知书."""
        raise NotImplementedError

    def notify(self, case_id: uuid.UUID) -> DecisionResult:
        """一次性告知: every missing and defective material with what is required."""
        raise NotImplementedError

    def accept_with_deficiency(self, case_id: uuid.UUID, pending_due: date | None = None) -> DecisionResult:
        """容缺受理: only when the matter allows it and only 容缺 materials are pending; the due
        date of the pending materials is at most the promised date (default: that date)."""
        raise NotImplementedError

    def refuse(self, case_id: uuid.UUID, *, reasons: list[str] | tuple[str, ...], legal_basis: str,
               lead_staff_no: str, lead_password: str) -> DecisionResult:
        """不予受理: reasons (grounds of :data:`REFUSAL_GROUNDS` or free text) and legal basis,
        confirmed by the window's 首席代表 with their password; files a 否定备案."""
        raise NotImplementedError

    def finish_immediately(self, case_id: uuid.UUID, *, result_name: str = "") -> DecisionResult:
        """即办件 finished on the spot: 即办件办结回执."""
        raise NotImplementedError

    def return_case(self, case_id: uuid.UUID, *, reasons: list[str] | tuple[str, ...],
                    legal_basis: str = "") -> DecisionResult:
        """退回: the application goes back to the applicant (退回通知书); filed as 否定备案."""
        raise NotImplementedError
