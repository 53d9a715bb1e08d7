"""The hall's working-day calendar: chinesecalendar plus the administrator's overrides."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.actor import SYSTEM, Actor
from app.domain.calendar import MAX_NOTICE_CHARS, WorkCalendar, parse_notice
from app.domain.errors import CalendarError
from app.services.hall import load_calendar as load_from_session
from app.store.models import CalendarOverride
from app.store.uow import Store


def load_calendar(store: Store) -> WorkCalendar:
    """A calendar with every override stored in the database applied."""
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


@dataclass(frozen=True)
class NoticeImport:
    added: int
    changed: int


def import_notice(store: Store, text: str, source: str = "", actor: Actor = SYSTEM) -> NoticeImport:
    """Store the days of a holiday notice file (see docs/calendar-format.md).

    The file is parsed whole first (CalendarError names the bad line), so a bad file
    changes nothing.
    """
    overrides = parse_notice(text)
    added = changed = 0
    with store.write(actor) as tx:
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
        tx.audit("calendar.import", "calendar", None, source=source, added=added, changed=changed)
    return NoticeImport(added, changed)
