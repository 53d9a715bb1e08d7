"""The console's working-day calendar: the administrator's overrides and holiday notices."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.actor import Actor
from app.domain.calendar import Override
from app.domain.errors import NotFound, ValidationError
from app.services.calendar_service import NoticeImport, import_notice, recompute_open_cases
from app.services.console.common import ConsoleBase
from app.services.date_changes import DateChange
from app.services.hall import load_calendar
from app.store.models import CalendarOverride


class CalendarConsole(ConsoleBase):
    """The administrator console's working-day calendar."""

    def overrides(self, actor: Actor) -> list[Override]:
        self.require_admin(actor)
        with self._store.read() as session:
            return [
                Override(r.day, r.is_workday, r.note)
                for r in session.scalars(select(CalendarOverride).order_by(CalendarOverride.day))
            ]

    def set_override(self, actor: Actor, day: date, is_workday: bool, note: str) -> tuple[DateChange, ...]:
        """Declare one day a working day or a day off (台风停止办公, next year's 调休 …); the
        open cases' promised dates are recomputed in the same transaction (returned)."""
        self.require_admin(actor, "调整工作日历")
        note = note.strip()
        if not note:
            raise ValidationError("请写明调整原因（如“2027年国庆节调休”）", field="说明")
        with self._store.write(actor) as tx:
            row = tx.session.get(CalendarOverride, day)
            if row is None:
                row = CalendarOverride(day=day, is_workday=is_workday, note=note, source="管理控制台")
                tx.session.add(row)
            row.is_workday, row.note = is_workday, note
            tx.session.flush()
            tx.emit("calendar.override", row, entity_id=day.isoformat())
            changes = recompute_open_cases(tx, load_calendar(tx.session), self._now(), reason=f"调整工作日历（{note}）")
            tx.audit(
                "calendar.override",
                "calendar_overrides",
                day.isoformat(),
                is_workday=is_workday,
                note=note,
                date_changes=[{"case": ch.case_number, "old": ch.old_due, "new": ch.new_due} for ch in changes],
            )
        return changes

    def remove_override(self, actor: Actor, day: date) -> tuple[DateChange, ...]:
        """Drop an adjustment; the open cases' promised dates are recomputed (returned)."""
        self.require_admin(actor, "调整工作日历")
        with self._store.write(actor) as tx:
            row = tx.session.get(CalendarOverride, day)
            if row is None:
                raise NotFound(f"{day.isoformat()}没有人工调整")
            tx.session.delete(row)
            tx.session.flush()
            changes = recompute_open_cases(tx, load_calendar(tx.session), self._now(), reason="撤销工作日历调整")
            tx.audit(
                "calendar.override_removed",
                "calendar_overrides",
                day.isoformat(),
                date_changes=[{"case": ch.case_number, "old": ch.old_due, "new": ch.new_due} for ch in changes],
            )
        return changes

    def import_notice(self, actor: Actor, text: str, source: str = "") -> NoticeImport:
        """Import the State Council's holiday notice typed in the notice format."""
        self.require_admin(actor, "导入节假日安排")
        return import_notice(self._store, text, source, actor)
