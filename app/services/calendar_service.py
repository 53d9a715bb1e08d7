"""The hall's working-day calendar: chinesecalendar, the statutory rule for the years it
does not know (provisional), the State Council notices and the administrator's overrides.

Importing a notice is one transaction: the days, the notice's years (no longer
provisional), and the recomputed dates of every open case whose promised date moved —
each such case gets its new ``due_date`` and an appended :data:`RECOMPUTE_ACTION` case
event saying old and new date, both to the outbox, and the whole list goes to the audit.
The same list is what the administrator sees after the import and what each window's
clerk sees for the window's cases (:func:`date_changes`).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.domain.actor import SYSTEM, Actor
from app.domain.calendar import MAX_NOTICE_CHARS, WorkCalendar, parse_notice
from app.domain.errors import CalendarError
from app.domain.case_state import OPEN_STATES, CaseState
from app.domain.ids import uuid7
from app.services.clock import Clock, hall_day, system_clock
from app.services.date_changes import RECOMPUTE_ACTION, DateChange, date_changes
from app.services.decisions import promised_limit
from app.services.hall import CALENDAR_NOTICES_KEY, notice_years
from app.services.hall import load_calendar as load_from_session
from app.services.tracking import case_clock
from app.store.models import CalendarOverride, Case, CaseEvent, HallSetting
from app.store.uow import Store, WriteTxn


__all__ = [
    "RECOMPUTE_ACTION",
    "DateChange",
    "LiveCalendar",
    "NoticeImport",
    "date_changes",
    "import_notice",
    "load_calendar",
]


def load_calendar(store: Store) -> WorkCalendar:
    """A calendar with every override and imported notice stored in the database applied."""
    with store.read() as session:
        return load_from_session(session)


def read_notice_file(path: Path) -> str:
    """The text of a notice file, refused (in Chinese) before it is read when it is far
    too big to be one, or when it is not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_NOTICE_CHARS * 4:
            raise CalendarError(f"文件 {path.name} 有 {size} 字节，不是一份节假日安排文件，请检查所选文件")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CalendarError(
            f"文件 {path.name} 不是 UTF-8 编码（第 {exc.start + 1} 个字节），请另存为 UTF-8 后再导入"
        ) from None
    except OSError as exc:
        raise CalendarError(f"无法读取文件 {path.name}：{exc.strerror or exc}") from None


if TYPE_CHECKING:
    # For the type checker a LiveCalendar is the WorkCalendar it stands for (``__getattr__``
    # hands every attribute to the current one); at run time it must not inherit the
    # methods, which would run on an empty calendar instead of being forwarded.
    _StandsFor = WorkCalendar
else:
    _StandsFor = object


class LiveCalendar(_StandsFor):
    """The hall's calendar for a long-running window PC: re-read from the store at most every
    ``ttl`` seconds, so a notice imported at the console or pulled from the center reaches
    the decisions, my cases and the printed dates without a restart.

    It answers exactly like the :class:`WorkCalendar` it holds (every attribute is the
    current calendar's); the services take it where they take a calendar.
    """

    def __init__(self, store: Store, *, ttl: float = 30.0, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._store = store
        self._ttl = ttl
        self._monotonic = monotonic
        self._calendar = load_calendar(store)
        self._checked = monotonic()

    def current(self) -> WorkCalendar:
        """The calendar as stored now (re-read when ``ttl`` has passed since the last look)."""
        now = self._monotonic()
        if now - self._checked >= self._ttl:
            self._calendar = load_calendar(self._store)
            self._checked = now
        return self._calendar

    def __getattr__(self, name: str) -> Any:
        return getattr(self.current(), name)


@dataclass(frozen=True)
class NoticeImport:
    added: int
    changed: int
    #: The years this import declared as covered by a State Council notice.
    notice_years: tuple[int, ...] = ()
    #: Open cases whose promised date moved, earliest new date first.
    date_changes: tuple[DateChange, ...] = ()


def import_notice(
    store: Store,
    text: str,
    source: str = "",
    actor: Actor = SYSTEM,
    *,
    years: Iterable[int] | None = None,
    local: bool = False,
    clock: Clock = system_clock,
) -> NoticeImport:
    """Store the days of a holiday notice file (see docs/calendar-format.md) and recompute
    every open case's promised date, in one transaction.

    The file is parsed whole first (CalendarError names the bad line), so a bad file
    changes nothing. The years of its days become *noticed* (no longer provisional) unless
    ``local`` says the file is only the hall's own adjustments; ``years`` names them
    explicitly instead (a notice whose 元旦 begins on 31 December covers one year only).
    """
    overrides = parse_notice(text)
    if local:
        declared: tuple[int, ...] = ()
    elif years is not None:
        declared = tuple(sorted(set(years)))
    else:
        declared = tuple(sorted({o.day.year for o in overrides}))
    now = clock()
    added = changed = 0
    with store.write(actor) as tx:
        before = load_from_session(tx.session)
        for o in overrides:
            row = tx.session.get(CalendarOverride, o.day)
            if row is None:
                row = CalendarOverride(day=o.day, is_workday=o.is_workday, note=o.note, source=source)
                tx.session.add(row)
                added += 1
            elif (row.is_workday, row.note) != (o.is_workday, o.note):
                row.is_workday, row.note, row.source = o.is_workday, o.note, source
                changed += 1
            else:
                continue
            tx.session.flush()
            tx.emit("calendar.override", row, entity_id=o.day.isoformat())
        new_years = [y for y in declared if y not in before.notice_years]
        if new_years:
            _record_notice_years(tx, new_years, source, now)
        after = load_from_session(tx.session)
        changes = recompute_open_cases(tx, after, now, reason=f"导入放假通知{('（' + source + '）') if source else ''}")
        tx.audit(
            "calendar.import",
            "calendar",
            None,
            source=source,
            added=added,
            changed=changed,
            notice_years=list(declared),
            date_changes=[
                {"case": ch.case_number, "window": ch.window, "old": ch.old_due, "new": ch.new_due} for ch in changes
            ],
        )
    return NoticeImport(added, changed, declared, changes)


def _record_notice_years(tx: WriteTxn, years: Iterable[int], source: str, now: datetime) -> None:
    row = tx.session.get(HallSetting, CALENDAR_NOTICES_KEY)
    known = {str(y): info for y, info in notice_years(tx.session).items()}
    for year in years:
        known[str(year)] = {"source": source, "imported_at": now.isoformat()}
    value = {"years": dict(sorted(known.items()))}
    if row is None:
        row = HallSetting(key=CALENDAR_NOTICES_KEY, value=value)
        tx.session.add(row)
    else:
        row.value = value
    tx.session.flush()
    tx.emit("hall_setting", row, entity_id=CALENDAR_NOTICES_KEY)


def recompute_open_cases(tx: WriteTxn, calendar: WorkCalendar, now: datetime, *, reason: str) -> tuple[DateChange, ...]:
    """Refold every open, accepted case's clock with ``calendar``; move the promised dates
    that changed (case row + appended event, both to the outbox). Returns the changes."""
    s = tx.session
    running = [st.value for st in OPEN_STATES if st is not CaseState.DRAFT]
    cases = list(s.scalars(select(Case).where(Case.state.in_(running), Case.accepted_on.is_not(None))))
    events: dict[uuid.UUID, list[CaseEvent]] = {c.id: [] for c in cases}
    if cases:
        for event in s.scalars(select(CaseEvent).where(CaseEvent.case_id.in_(list(events)))):
            events[event.case_id].append(event)
    changes: list[DateChange] = []
    today = hall_day(now)
    for case in cases:
        clock = case_clock(case, events[case.id], calendar)
        if clock is None:
            continue
        limit = promised_limit(case)
        due = clock.due_date(limit)
        if due is None or due == case.due_date:
            continue
        change = DateChange(
            case.id,
            case.case_number or "",
            case.owner_window,
            case.matter_name,
            case.due_date,
            due,
            clock.due_is_provisional(limit),
            now,
        )
        case.due_date = due
        case.updated_at = now
        event = CaseEvent(
            id=uuid7(),
            case_id=case.id,
            owner_window=case.owner_window,
            action=RECOMPUTE_ACTION,
            from_state=case.state,
            to_state=case.state,
            day=today,
            at=now,
            staff_id=tx.actor.staff_id,
            post=tx.actor.post,
            note=f"{reason}：承诺办结日期由{_iso(change.old_due)}改为{due.isoformat()}",
            data={"old_due": _iso(change.old_due), "new_due": due.isoformat(), "earlier": change.earlier},
        )
        s.add(event)
        s.flush()
        tx.emit("case_due_recomputed", case)
        tx.emit("case_event", event)
        changes.append(change)
    return tuple(sorted(changes, key=lambda ch: (not ch.earlier, ch.new_due, ch.case_number)))


def _iso(day: date | None) -> str:
    return day.isoformat() if day else "（无）"
