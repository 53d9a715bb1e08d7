"""The figures of the hall's statistics and monthly report (月通报), as immutable values.

What :mod:`app.services.reports` computes and :mod:`app.services.report_sheets` lays out;
the definitions of each figure are in :mod:`app.services.reports`.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.case_state import CaseState
from app.domain.enums import Rating
from app.services.attendance import AttendanceSummary, CoverageSummary
from app.services.hall import day_bounds

GOOD_RATINGS = frozenset({Rating.VERY_SATISFIED, Rating.SATISFIED, Rating.BASIC})
BAD_RATINGS = frozenset({Rating.DISSATISFIED, Rating.VERY_DISSATISFIED})

#: States a case reaches once it is accepted (the clock ran for it).
ACCEPTED_STATES = frozenset(
    {
        CaseState.ACCEPTED,
        CaseState.SUPPLEMENT_REQUESTED,
        CaseState.SUSPENDED,
        CaseState.DEFICIENCY_ACCEPTED,
        CaseState.COMPLETED_APPROVED,
        CaseState.COMPLETED_DENIED,
        CaseState.DELIVERED,
        CaseState.MAIL_RETURNED,
    }
)
COMPLETED_STATES = frozenset(
    {CaseState.COMPLETED_APPROVED, CaseState.COMPLETED_DENIED, CaseState.DELIVERED, CaseState.MAIL_RETURNED}
)
#: Open states whose clock is running (a stopped clock cannot be overdue).
RUNNING_STATES = frozenset({CaseState.ACCEPTED, CaseState.DEFICIENCY_ACCEPTED})


class ExportFormat(StrEnum):
    """File formats a report is exported to; the value is the file suffix."""

    PDF = "pdf"
    XLSX = "xlsx"


class Dimension(StrEnum):
    """What a statistics table is broken down by."""

    WINDOW = "窗口"
    CLERK = "工作人员"
    DEPARTMENT = "部门"
    MATTER = "事项"


@dataclass(frozen=True)
class Period:
    """A closed range of hall days with the label reports print (``2026年10月``)."""

    start: date
    end: date
    label: str

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day, f"{day.year}年{day.month}月{day.day}日")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = _calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), f"{year}年{month}月")

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        if end < start:
            start, end = end, start
        return cls(start, end, f"{start.isoformat()} 至 {end.isoformat()}")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def bounds(self) -> tuple[datetime, datetime]:
        """UTC-aware [first instant, first instant after] of the period in hall time."""
        return day_bounds(self.start, self.end)


@dataclass(frozen=True)
class RatingFigures:
    """好差评 counts of one window/clerk/department/matter (or the hall)."""

    total: int = 0
    good: int = 0
    bad: int = 0
    unrated: int = 0

    @property
    def rated(self) -> int:
        return self.good + self.bad

    @property
    def good_rate(self) -> float | None:
        """好评率 as a fraction (``None`` when nothing was rated)."""
        return round(self.good / self.rated, 4) if self.rated else None

    @property
    def unrated_share(self) -> float | None:
        return round(self.unrated / self.total, 4) if self.total else None

    def add(self, rating: str, n: int = 1) -> RatingFigures:
        """These figures with ``n`` more ratings of ``rating``."""
        value = Rating(rating)
        return RatingFigures(
            total=self.total + n,
            good=self.good + n * (value in GOOD_RATINGS),
            bad=self.bad + n * (value in BAD_RATINGS),
            unrated=self.unrated + n * (value is Rating.UNRATED),
        )


def percent(value: float | None) -> str:
    """``95.2%`` as printed on screen and paper; ``—`` when there is nothing to divide."""
    return "—" if value is None else f"{value * 100:.1f}%"


@dataclass(frozen=True)
class FigureRow:
    """The figures of one window, clerk, department or matter over a period."""

    key: str
    label: str
    tickets: int = 0
    avg_wait_min: float | None = None
    avg_service_min: float | None = None
    cases: int = 0
    by_kind: tuple[tuple[str, int], ...] = ()
    accepted: int = 0
    finished_on_spot: int = 0
    completed: int = 0
    notified: int = 0
    refused: int = 0
    returned: int = 0
    notices: int = 0
    overdue: int = 0
    ratings: RatingFigures = field(default_factory=RatingFigures)

    def kind_count(self, kind: str) -> int:
        return dict(self.by_kind).get(kind, 0)


@dataclass(frozen=True)
class StageFigure:
    """The hall's cases in one stage (受理 … 已归档) over a period, in working days."""

    stage: str
    #: Cases in this stage at the period's end.
    current: int = 0
    #: Stays that began in the period, and stays that ended in it.
    entered: int = 0
    left: int = 0
    #: Working days the stays that ended in the period took: mean and longest.
    avg_workdays: float | None = None
    longest_workdays: int = 0
    #: The longest stay still in this stage at the period's end (working days so far).
    longest_open_workdays: int = 0


@dataclass(frozen=True)
class Statistics:
    """One breakdown of a period: a row per key and the hall total."""

    period: Period
    dimension: Dimension
    rows: tuple[FigureRow, ...]
    total: FigureRow
    #: The hall's cases per stage over the period (counted in SQL).
    stages: tuple[StageFigure, ...] = ()


@dataclass(frozen=True)
class RegisterSummary:
    """Counts of the registers over a period, for the monthly report."""

    first_inquiries: int = 0
    consultations: int = 0
    complaints: int = 0
    complaints_valid: int = 0
    complaints_closed: int = 0
    complaints_overdue: int = 0
    cannot_do: int = 0
    cannot_do_in_scope: int = 0
    cannot_do_satisfied: int = 0
    assists: int = 0
    assists_special: int = 0
    follow_ups: int = 0
    follow_ups_overdue: int = 0
    negative_filings: int = 0
    negative_reprocess: int = 0


@dataclass(frozen=True)
class MonthlyReport:
    """月通报: the hall's month in figures, in the order the report prints them."""

    hall_name: str
    period: Period
    generated_on: date
    total: FigureRow
    by_window: tuple[FigureRow, ...]
    by_department: tuple[FigureRow, ...]
    by_clerk: tuple[FigureRow, ...]
    registers: RegisterSummary
    attendance: tuple[AttendanceSummary, ...] = ()
    coverage: tuple[CoverageSummary, ...] = ()
