"""我的办件 as pages: which cases, in which order, one page at a time — decided in SQL.

A window can hold 100,000 cases; folding every case's events to sort the list in Python
cost seconds after each decision. Here the filter and the order are SQL, the page is
``LIMIT``-ed and the next page starts after the last row's key (keyset paging: a row
inserted or removed meanwhile moves no page boundary). Only the rows of a page have
their events folded (:func:`app.services.tracking.tracked_case`).

The default order is the clerk's: 视为受理 drafts (§32 five working days passed), then
急事特办, then overdue, near due, drafts, awaiting delivery, stopped, normal; within a
group the earlier promised date first. The working-day thresholds (today, the last day
that is "near due", the last receipt day that is deemed accepted) are worked out with
the calendar once per page and bound as dates, so SQL compares plain dates.

Every row carries its sort key as SQL computed it, so the page can put a case changed
by a decision into its place among the rows it holds without reloading anything.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, case, exists, func, or_, select, tuple_
from sqlalchemy.sql.expression import Select

from app.domain.calendar import WorkCalendar
from app.domain.case_state import OPEN_STATES, CaseAction, CaseState
from app.domain.deadlines import SUPPLEMENT_NOTICE_DAYS
from app.domain.errors import CalendarError, ValidationError
from app.services.dto import TrackedCase
from app.store.models import Case, CaseEvent

#: Rows fetched per page (a screen shows about 25).
PAGE_SIZE = 100

#: Decided but not yet handed to the applicant: still listed (待送达).
_AWAITING_DELIVERY = (
    CaseState.COMPLETED_APPROVED.value,
    CaseState.COMPLETED_DENIED.value,
    CaseState.MAIL_RETURNED.value,
)
_LISTED_STATES = tuple(sorted({s.value for s in OPEN_STATES} | set(_AWAITING_DELIVERY)))
_STOPPED_STATES = (
    CaseState.SUPPLEMENT_REQUESTED.value,
    CaseState.SUSPENDED.value,
    CaseState.APPLICANT_PAUSED.value,
)

#: Columns the clerk can sort by (the header's column names → the stored field).
SORTABLE = {
    "case_number": Case.case_number,
    "matter_name": Case.matter_name,
    "applicant_name": Case.applicant_name,
    "state": Case.state,
    "accepted_on": Case.accepted_on,
    "due_date": Case.due_date,
}

#: A row's position in the order, as SQL computed it (ints, dates, strings, the id).
SortKey = tuple[Any, ...]


@dataclass(frozen=True)
class CaseListQuery:
    """What the clerk asked for: search text ("" = the open cases) and a sort column
    (None = the default order; a key of :data:`SORTABLE` otherwise)."""

    text: str = ""
    sort: str | None = None
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort is not None and self.sort not in SORTABLE:
            raise ValidationError(f"不能按“{self.sort}”排序", field="sort")


@dataclass(frozen=True)
class CaseListEntry:
    """One listed case with its sort key."""

    line: TrackedCase
    key: SortKey


@dataclass(frozen=True)
class CaseListPage:
    """One page: its rows in order, the key to continue after and whether more follow."""

    entries: tuple[CaseListEntry, ...]
    after: SortKey | None
    more: bool


@dataclass(frozen=True)
class Thresholds:
    """The working-day boundaries of the default order, as dates for one day."""

    today: date
    near_until: date
    deemed_until: date


def thresholds(calendar: WorkCalendar, today: date, near_days: int) -> Thresholds:
    """Near due = promised on or before ``near_until``; a draft received on or before
    ``deemed_until`` is past its five working days (视为受理)."""
    try:
        near = calendar.add_workdays(today, near_days)
    except CalendarError:
        near = today
    deemed = today
    for _ in range(90):  # five working days are never more than a few weeks
        try:
            if calendar.add_workdays(deemed, SUPPLEMENT_NOTICE_DAYS) < today:
                break
        except CalendarError:
            break
        deemed = date.fromordinal(deemed.toordinal() - 1)
    return Thresholds(today, near, deemed)


def _urgent() -> ColumnElement[bool]:
    return exists().where(CaseEvent.case_id == Case.id, CaseEvent.action == CaseAction.MARK_URGENT.value)


def sort_columns(query: CaseListQuery, limits: Thresholds) -> list[ColumnElement[Any]]:
    """The order as SQL expressions, most significant first, all in one direction."""
    if query.sort is not None:
        column: Any = SORTABLE[query.sort]
        blank: Any = "" if query.sort not in ("accepted_on", "due_date") else date.min
        return [
            case((column.is_(None), 1), else_=0),
            func.coalesce(column, bindparam(None, blank, type_=column.type)),
            Case.id.expression,
        ]
    if query.text:
        return [Case.id.expression]  # a search: newest first (ids are time-ordered)
    draft = Case.state == CaseState.DRAFT.value
    return [
        case((and_(draft, Case.received_on <= limits.deemed_until), 0), else_=1),
        case((_urgent(), 0), else_=1),
        case(
            (draft, 2),
            (Case.state.in_(_AWAITING_DELIVERY), 3),
            (Case.state.in_(_STOPPED_STATES), 4),
            (Case.due_date < limits.today, 0),
            (Case.due_date <= limits.near_until, 1),
            else_=5,
        ),
        case((Case.due_date.is_(None), 1), else_=0),
        func.coalesce(Case.due_date, bindparam(None, date.min, type_=Case.due_date.type)),
        Case.id.expression,
    ]


def descending(query: CaseListQuery) -> bool:
    return query.descending if query.sort is not None else bool(query.text)


def search_terms(text: str, ids: set[str]) -> ColumnElement[bool]:
    """A search by case number, applicant or organisation name, ID / credit-code number."""
    upper = text.upper().replace(" ", "")
    return or_(
        # autoescape: a typed % or _ is searched for, not a wildcard
        Case.case_number.contains(upper, autoescape=True),
        Case.applicant_name.contains(text, autoescape=True),
        Case.org_name.contains(text, autoescape=True),
        Case.id_number.in_(ids),
        Case.credit_code == upper,
        Case.agent_id_number.in_(ids),
    )


def listed(window: str, staff_id: uuid.UUID | None, text: str, ids: set[str]) -> list[ColumnElement[bool]]:
    """Which cases the list holds: this window's, others' drafts never; without search
    text the open ones and those awaiting delivery, with it every matching one."""
    where = [
        Case.owner_window == window,
        or_(Case.state != CaseState.DRAFT.value, Case.staff_id == staff_id),
    ]
    where.append(search_terms(text, ids) if text else Case.state.in_(_LISTED_STATES))
    return where


def page_select(
    where: Sequence[ColumnElement[bool]],
    order: Sequence[ColumnElement[Any]],
    *,
    desc: bool,
    after: SortKey | None,
    limit: int,
) -> Select[Any]:
    """Cases and their keys in order, starting after ``after``."""
    stmt = select(Case, *order).where(*where)
    if after is not None:
        if len(after) != len(order):
            raise ValidationError("列表位置已失效，请刷新", field="after")
        bound = tuple_(*(bindparam(None, v, type_=o.type) for v, o in zip(after, order, strict=True)))
        row = tuple_(*order)
        stmt = stmt.where(row < bound if desc else row > bound)
    return stmt.order_by(*(o.desc() if desc else o.asc() for o in order)).limit(limit)


def precedes(a: SortKey, b: SortKey, *, desc: bool) -> bool:
    """Whether the row with key ``a`` is listed before the row with key ``b``."""
    return _comparable(a) > _comparable(b) if desc else _comparable(a) < _comparable(b)


def _comparable(key: SortKey) -> tuple[Any, ...]:
    return tuple(str(v) if isinstance(v, uuid.UUID) else v for v in key)


__all__ = [
    "PAGE_SIZE",
    "SORTABLE",
    "CaseListEntry",
    "CaseListPage",
    "CaseListQuery",
    "SortKey",
    "Thresholds",
    "listed",
    "page_select",
    "precedes",
    "sort_columns",
    "thresholds",
]
