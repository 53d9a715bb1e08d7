"""Intake (收件): applicant, situations, the material checklist and its marks — the draft.

A draft is a :class:`Case` in state 收件中 owned by this window and by the person who
started it, so it survives a switch of user and waits for that person (other people at
the window do not see it unless it was handed over, see
:meth:`app.services.session.SessionService.switch_user`).

Checklist rule: a material applies when its ``situations`` list is empty, or when any
of its situations was answered “yes”. For a bundle (一件事) the checklists of its
matters are merged and each material appears once: two materials are the same when
their normalised names and their forms are equal (the first matter's line is kept,
the strictest necessity wins: 必要 > 容缺 > 非必要, and the largest number of copies).
"""

from __future__ import annotations

import uuid

from app.domain.enums import MaterialStatus
from app.domain.calendar import WorkCalendar
from app.services.clock import Clock, system_clock
from app.services.dto import ApplicantInput, CaseInfo, DraftSummary
from app.services.session import SessionService
from app.store.uow import Store


class IntakeService:
    """Creates and edits drafts at this window; every change is one write transaction."""

    def __init__(self, store: Store, session: SessionService, calendar: WorkCalendar, *,
                 clock: Clock = system_clock) -> None:
        self._store = store
        self._session = session
        self._calendar = calendar
        self._clock = clock

    def start(self, *, matter_code: str | None = None, bundle_code: str | None = None,
              ticket_id: uuid.UUID | None = None, applicant: ApplicantInput | None = None) -> CaseInfo:
        """Open a draft for a matter or a bundle (一件事); the checklist starts with the
        materials that apply without any situation, all 未核验 (shared ones 共享免提交)."""
        raise NotImplementedError

    def set_applicant(self, case_id: uuid.UUID, applicant: ApplicantInput) -> CaseInfo:
        """Validate and store the applicant; :class:`ApplicantInvalid` (nothing saved) lists
        every bad field. Counts the visit number and finds earlier one-time notices."""
        raise NotImplementedError

    def validate_applicant(self, applicant: ApplicantInput) -> ApplicantInput:
        """The normalised applicant, or :class:`ApplicantInvalid` naming every bad field."""
        raise NotImplementedError

    def answer_situations(self, case_id: uuid.UUID, codes: list[str] | tuple[str, ...]) -> CaseInfo:
        """Set the situations answered “yes”; the checklist follows (marks of lines that
        still apply are kept)."""
        raise NotImplementedError

    def mark(self, case_id: uuid.UUID, line_id: uuid.UUID, status: MaterialStatus, note: str = "") -> CaseInfo:
        """Mark one checklist line received / missing / defective (note required) / shared."""
        raise NotImplementedError

    def mark_all_received(self, case_id: uuid.UUID) -> CaseInfo:
        """Mark every line not yet checked as received (shared lines stay shared)."""
        raise NotImplementedError

    def get(self, case_id: uuid.UUID) -> CaseInfo:
        """A case of this window; another person's draft is refused unless handed over."""
        raise NotImplementedError

    def my_drafts(self) -> list[DraftSummary]:
        """Drafts of the person logged in at this window (newest first)."""
        raise NotImplementedError

    def discard(self, case_id: uuid.UUID, note: str = "") -> None:
        """Drop a draft the applicant does not pursue (recorded as withdrawn)."""
        raise NotImplementedError
