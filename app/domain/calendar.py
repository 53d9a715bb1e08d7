"""The working-day calendar every time limit of the hall is counted in.

Time limits of service matters, complaints and follow-ups are given in 工作日
(行政许可法 §82: working days, statutory holidays excluded). A working day here is:

1. a day an administrator has overridden (:class:`Override`) — overrides always win,
   because the State Council may change an arrangement, a hall may close for a local
   reason, and a new year's notice arrives before the ``chinesecalendar`` package does;
2. otherwise, inside the years ``chinesecalendar`` knows (:meth:`WorkCalendar.known_years`),
   that package's statutory holidays (法定节假日, off) and make-up working days (调休, on);
3. otherwise the statutory days of 《全国年节及纪念日放假办法》 (:mod:`app.domain.statutory`,
   computed from the lunar calendar for any year) and weekends are off, every other day is
   a working day.

Case 3 is **provisional** (暂定) until the administrator imports the State Council's
notice for that year (:meth:`WorkCalendar.notice_years`): the notice adds 调休 days no rule
can foresee. :meth:`WorkCalendar.is_provisional` tells it for one day,
:meth:`WorkCalendar.provisional_between` for a deadline's span, so every date that depends
on a provisional day can be marked 暂定 wherever it is shown.

All answers come from a table of ordinals precomputed once per calendar, so the tens of
thousands of questions a case list or a report asks cost a set lookup or a bisection each.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import compress

import chinese_calendar
from chinese_calendar import constants as _cc

from app.domain.errors import CalendarError, ValidationError
from app.domain.input_policy import ascii_digits, clean_text
from app.domain.statutory import statutory_days

#: First and last day answered by the precomputed table; far beyond any case's life.
TABLE_START = date(2000, 1, 1)
TABLE_END = date(2099, 12, 31)

#: Longest range one notice line may cover; a longer one is almost surely a typo.
MAX_RANGE_DAYS = 31
#: A notice file is a few dozen lines; anything far bigger is not one (and is refused
#: before it is read whole): characters, lines, characters per line, days in all.
MAX_NOTICE_CHARS = 100_000
MAX_NOTICE_LINES = 2_000
MAX_LINE_CHARS = 300
MAX_NOTICE_DAYS = 3_700
#: The note shown beside a day (the column holds 200).
MAX_NOTE_CHARS = 100

_HOLIDAY_NAMES_ZH = {
    chinese_calendar.Holiday.new_years_day.value: "元旦",
    chinese_calendar.Holiday.spring_festival.value: "春节",
    chinese_calendar.Holiday.tomb_sweeping_day.value: "清明节",
    chinese_calendar.Holiday.labour_day.value: "劳动节",
    chinese_calendar.Holiday.dragon_boat_festival.value: "端午节",
    chinese_calendar.Holiday.national_day.value: "国庆节",
    chinese_calendar.Holiday.mid_autumn_festival.value: "中秋节",
    chinese_calendar.Holiday.anti_fascist_70th_day.value: "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


@dataclass(frozen=True)
class Override:
    """An administrator's decision about one day, beating the library.

    ``note`` says why (``"2027年国庆节"``, ``"台风停止办公"``); it is shown next to the day.
    """

    day: date
    is_workday: bool
    note: str = ""


def _rule_is_workday(day: date, known: range, use_library: bool) -> bool:
    """Library arrangement inside ``known`` years, else (with the library) weekends and the
    statutory days off, else Monday–Friday; no overrides."""
    if day.year in known:
        if day in _cc.workdays:
            return True
        if day in _cc.holidays:
            return False
    elif use_library and day in statutory_days(day.year):
        return False
    return day.weekday() < 5


@cache
def _base_flags(use_library: bool) -> bytes:
    """One byte per table day, 1 = working day, before overrides; shared by every calendar."""
    known = _library_years() if use_library else range(0)
    first = TABLE_START.toordinal()
    return bytes(
        _rule_is_workday(date.fromordinal(ordinal), known, use_library)
        for ordinal in range(first, TABLE_END.toordinal() + 1)
    )


def _library_years() -> range:
    """The years for which ``chinesecalendar`` ships the State Council arrangement."""
    first = min(min(_cc.holidays), min(_cc.workdays)).year
    last = max(max(_cc.holidays), max(_cc.workdays)).year
    return range(first, last + 1)


class WorkCalendar:
    """Answers working-day questions for one hall; immutable once built.

    Build it with the hall's overrides (from the store); build a new one when they change
    (:meth:`with_overrides`). ``use_library=False`` gives a bare Monday–Friday calendar,
    which tests and halls outside mainland rules may want; it is never provisional.
    ``notice_years`` are the years whose State Council notice the administrator imported:
    their days are no longer provisional.
    """

    def __init__(
        self, overrides: Iterable[Override] = (), *, use_library: bool = True, notice_years: Iterable[int] = ()
    ) -> None:
        by_day: dict[date, Override] = {}
        for override in overrides:
            by_day[override.day] = override
        self._overrides: Mapping[date, Override] = by_day
        self._use_library = use_library
        self._known = _library_years() if use_library else range(0)
        self._notice_years = frozenset(notice_years)
        self._start_ordinal = TABLE_START.toordinal()
        self._end_ordinal = TABLE_END.toordinal()
        flags = bytearray(_base_flags(use_library))
        for day, override in by_day.items():
            ordinal = day.toordinal()
            if self._in_table(ordinal):
                flags[ordinal - self._start_ordinal] = 1 if override.is_workday else 0
        self._flags = bytes(flags)
        self._workdays = list(compress(range(self._start_ordinal, self._end_ordinal + 1), self._flags))

    # -- construction helpers -------------------------------------------------

    def with_overrides(self, overrides: Iterable[Override]) -> WorkCalendar:
        """A new calendar with ``overrides`` added (a later override of a day replaces an earlier one)."""
        return WorkCalendar(
            [*self._overrides.values(), *overrides], use_library=self._use_library, notice_years=self._notice_years
        )

    def with_notice_years(self, years: Iterable[int]) -> WorkCalendar:
        """A new calendar in which ``years`` (too) have their State Council notice imported."""
        return WorkCalendar(
            self._overrides.values(), use_library=self._use_library, notice_years=self._notice_years | set(years)
        )

    @property
    def overrides(self) -> tuple[Override, ...]:
        """The administrator's overrides, by date."""
        return tuple(sorted(self._overrides.values(), key=lambda o: o.day))

    def override_for(self, day: date) -> Override | None:
        """The override of ``day``, if an administrator made one."""
        return self._overrides.get(day)

    # -- coverage ---------------------------------------------------------------

    def known_years(self) -> range:
        """Years whose holidays and 调休 come from ``chinesecalendar`` (empty without the library)."""
        return self._known

    @property
    def notice_years(self) -> frozenset[int]:
        """Years whose State Council notice the administrator imported."""
        return self._notice_years

    def covers(self, day: date) -> bool:
        """Whether ``day``'s answer is authoritative (library year, imported notice, or an override)."""
        return day.year in self._known or day.year in self._notice_years or day in self._overrides

    def is_provisional(self, day: date) -> bool:
        """Whether ``day``'s answer is the statutory rule alone, to be confirmed by the year's notice (暂定)."""
        return self._use_library and not self.covers(day)

    def is_provisional_year(self, year: int) -> bool:
        """Whether ``year`` has neither the library's arrangement nor an imported notice."""
        return self._use_library and year not in self._known and year not in self._notice_years

    def provisional_between(self, start: date, end: date) -> bool:
        """Whether any day in ``(start, end]`` is provisional: a limit counted over that span
        may still move when the notice arrives, so its end date is shown as 暂定."""
        if end <= start or not self._use_library:
            return False
        for year in range(start.year, end.year + 1):
            if not self.is_provisional_year(year):
                continue
            first = max(start + timedelta(days=1), date(year, 1, 1))
            last = min(end, date(year, 12, 31))
            span = (last - first).days + 1
            fixed = sum(1 for day in self._overrides if first <= day <= last)
            if span > fixed:
                return True
        return False

    # -- single days --------------------------------------------------------------

    def _compute_is_workday(self, day: date) -> bool:
        override = self._overrides.get(day)
        if override is not None:
            return override.is_workday
        return _rule_is_workday(day, self._known, self._use_library)

    def _in_table(self, ordinal: int) -> bool:
        return self._start_ordinal <= ordinal <= self._end_ordinal

    def _require_table(self, day: date) -> int:
        ordinal = day.toordinal()
        if not self._in_table(ordinal):
            raise CalendarError(
                f"日期 {day.isoformat()} 超出工作日历的计算范围（{TABLE_START.isoformat()} 至 {TABLE_END.isoformat()}）"
            )
        return ordinal

    def is_workday(self, day: date) -> bool:
        """Whether the hall works on ``day`` (any date; outside the table by the same rules)."""
        ordinal = day.toordinal()
        if self._in_table(ordinal):
            return self._flags[ordinal - self._start_ordinal] == 1
        return self._compute_is_workday(day)

    def describe(self, day: date) -> str:
        """A short Chinese reason for ``day``'s status, for calendar views and tooltips."""
        override = self._overrides.get(day)
        if override is not None:
            kind = "上班" if override.is_workday else "休息"
            return f"{kind}（管理员设定：{override.note}）" if override.note else f"{kind}（管理员设定）"
        if day.year in self._known:
            if day in _cc.workdays:
                name = _HOLIDAY_NAMES_ZH.get(_cc.workdays[day], _cc.workdays[day])
                return f"上班（{name}调休）"
            if day in _cc.holidays:
                name = _HOLIDAY_NAMES_ZH.get(_cc.holidays[day], _cc.holidays[day])
                return f"休息（{name}）"
            return "上班" if day.weekday() < 5 else "休息（周末）"
        holiday = statutory_days(day.year).get(day) if self._use_library else None
        if day.year in self._notice_years:
            if holiday:
                return f"休息（{holiday}）"
            return "上班" if day.weekday() < 5 else "休息（周末）"
        if not self._use_library:
            return "上班" if day.weekday() < 5 else "休息（周末）"
        if holiday:
            return f"休息（{holiday}，暂定：尚未导入该年国务院放假通知）"
        if day.weekday() < 5:
            return "上班（暂定：尚未导入该年国务院放假通知，调休未知）"
        return "休息（周末，暂定：尚未导入该年国务院放假通知）"

    # -- counting -----------------------------------------------------------------

    def next_workday(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.add_workdays(day, 1)

    def add_workdays(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start``.

        ``n == 0`` is ``start`` itself when it is a working day, else the next working day;
        a negative ``n`` counts backwards (``-1`` = the last working day before ``start``).
        This is how a limit of ``n`` working days counted from the day after ``start``
        ends: ``add_workdays(accepted_on, 20)``.
        """
        ordinal = self._require_table(start)
        if n == 0:
            if self._flags[ordinal - self._start_ordinal]:
                return start
            n = 1
        index = bisect_right(self._workdays, ordinal) + n - 1 if n > 0 else bisect_left(self._workdays, ordinal) + n
        if index < 0 or index >= len(self._workdays):
            raise CalendarError(
                f"从 {start.isoformat()} 起第 {n} 个工作日超出工作日历的计算范围"
                f"（{TABLE_START.isoformat()} 至 {TABLE_END.isoformat()}）"
            )
        return date.fromordinal(self._workdays[index])

    def workdays_between(self, start: date, end: date) -> int:
        """How many working days lie in ``(start, end]``; ``0`` when ``end <= start``.

        Equals the working days used by a clock that started counting the day after
        ``start`` when the day is ``end``.
        """
        if end <= start:
            return 0
        first = self._require_table(start)
        last = self._require_table(end)
        return bisect_right(self._workdays, last) - bisect_right(self._workdays, first)

    def workdays_in(self, start: date, end: date) -> Iterator[date]:
        """The working days in ``[start, end]`` in order (both ends included, unlike :meth:`workdays_between`)."""
        if end < start:
            return iter(())
        first = self._require_table(start)
        last = self._require_table(end)
        lo = bisect_left(self._workdays, first)
        hi = bisect_right(self._workdays, last)
        return (date.fromordinal(o) for o in self._workdays[lo:hi])


# -- the administrator's notice file -------------------------------------------------

_OFF_WORDS = frozenset({"休", "放假", "休息"})
_ON_WORDS = frozenset({"班", "上班"})
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_RANGE_SEPARATORS = ("..", "至")


def _parse_day(text: str, line_no: int) -> date:
    if not _DATE_RE.match(text):
        raise CalendarError(f"第{line_no}行：日期“{text}”格式不对，应写成 2027-01-01 这样的“年-月-日”")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CalendarError(f"第{line_no}行：日期“{text}”不存在") from None


def _parse_days(text: str, line_no: int) -> list[date]:
    for separator in _RANGE_SEPARATORS:
        if separator in text:
            first_text, _, last_text = text.partition(separator)
            first = _parse_day(first_text.strip(), line_no)
            last = _parse_day(last_text.strip(), line_no)
            if last < first:
                raise CalendarError(
                    f"第{line_no}行：日期范围的结束日 {last.isoformat()} 早于开始日 {first.isoformat()}"
                )
            length = (last - first).days + 1
            if length > MAX_RANGE_DAYS:
                raise CalendarError(
                    f"第{line_no}行：日期范围长达 {length} 天，超过 {MAX_RANGE_DAYS} 天，请检查是否写错"
                )
            return [first + timedelta(days=i) for i in range(length)]
    return [_parse_day(text, line_no)]


def parse_notice(text: str) -> list[Override]:
    """Read a holiday notice file (format in ``docs/calendar-format.md``) into overrides.

    One line per day or range: ``日期 状态 说明``, e.g. ``2027-10-01..2027-10-07 休 国庆节``
    or ``2027-09-26 班 国庆节调休``; ``#`` starts a comment; blank lines are ignored.
    Fields are separated by spaces (half- or full-width) or tabs. A day may appear only
    once in a file. Any bad line raises :class:`CalendarError` naming the line number,
    because the file is typed by hand from the State Council notice.
    """
    if len(text) > MAX_NOTICE_CHARS:
        raise CalendarError(
            f"节假日安排文件过大（{len(text)} 个字符，最多 {MAX_NOTICE_CHARS} 个），这不是一份放假通知，请检查所选文件"
        )
    lines = text.splitlines()
    if len(lines) > MAX_NOTICE_LINES:
        raise CalendarError(f"节假日安排文件有 {len(lines)} 行，超过 {MAX_NOTICE_LINES} 行，请检查所选文件")
    overrides: list[Override] = []
    seen: dict[date, int] = {}
    for line_no, raw in enumerate(lines, start=1):
        line = raw.removeprefix("\ufeff") if line_no == 1 else raw
        if len(line) > MAX_LINE_CHARS:
            raise CalendarError(f"第{line_no}行：一行有 {len(line)} 个字符，超过 {MAX_LINE_CHARS} 个，请检查是否写错")
        try:
            line = ascii_digits(
                clean_text(line.replace("\t", " "), label=f"第{line_no}行", max_length=MAX_LINE_CHARS),
                label=f"第{line_no}行",
            )
        except ValidationError as exc:
            raise CalendarError(exc.message) from None
        line = line.split("#", 1)[0].replace("\u3000", " ").strip()
        if not line:
            continue
        parts = line.split(None, 2)
        if len(parts) < 2:
            raise CalendarError(f"第{line_no}行：缺少“休”或“班”，应写成“2027-01-01 休 元旦”这样")
        days_text, status, *rest = parts
        note = rest[0].strip() if rest else ""
        if len(note) > MAX_NOTE_CHARS:
            raise CalendarError(f"第{line_no}行：说明有 {len(note)} 个字，最多 {MAX_NOTE_CHARS} 个")
        if status in _OFF_WORDS:
            is_workday = False
        elif status in _ON_WORDS:
            is_workday = True
        else:
            raise CalendarError(f"第{line_no}行：状态“{status}”无法识别，只能写“休”（放假）或“班”（上班）")
        for day in _parse_days(days_text, line_no):
            if day in seen:
                raise CalendarError(f"第{line_no}行：日期 {day.isoformat()} 已在第{seen[day]}行出现过")
            seen[day] = line_no
            overrides.append(Override(day=day, is_workday=is_workday, note=note))
            if len(overrides) > MAX_NOTICE_DAYS:
                raise CalendarError(f"节假日安排文件列出的日期超过 {MAX_NOTICE_DAYS} 天，请检查所选文件")
    return overrides


def format_notice(overrides: Iterable[Override]) -> str:
    """Write overrides back in the notice format, one line per day, so an administrator can
    export and re-import them."""
    lines = []
    for override in sorted(overrides, key=lambda o: o.day):
        status = "班" if override.is_workday else "休"
        lines.append(f"{override.day.isoformat()} {status} {override.note}".rstrip())
    return "\n".join(lines) + ("\n" if lines else "")


# -- the yearly reminder ---------------------------------------------------------------------

#: From this (month, day) on the center is reminded to import next year's notice.
NOTICE_REMINDER_FROM = (11, 1)


def missing_notice_year(cal: WorkCalendar, today: date) -> int | None:
    """The year whose State Council notice the administrator should import now, if any.

    The current year when it is still provisional (the notice is overdue), else next year
    from 1 November on (the notice is usually published in November) until it is imported.
    """
    if cal.is_provisional_year(today.year):
        return today.year
    if (today.month, today.day) >= NOTICE_REMINDER_FROM and cal.is_provisional_year(today.year + 1):
        return today.year + 1
    return None


def notice_reminder(cal: WorkCalendar, today: date) -> str | None:
    """The Chinese warning the center workspace shows while :func:`missing_notice_year` is set."""
    year = missing_notice_year(cal, today)
    if year is None:
        return None
    return (
        f"尚未导入国务院办公厅关于{year}年部分节假日安排的通知：{year}年的到期日按法定节假日暂定计算"
        "（不含调休），相关日期均标注“暂定”。请在通知公布后导入（管理 → 工作日历 → 导入放假通知）。"
    )
