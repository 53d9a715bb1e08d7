"""The statutory holidays of any year, for the years no State Council notice covers yet.

《全国年节及纪念日放假办法》 (2024 revision, §2) fixes the days off for all citizens years
ahead; only the 调休 (make-up working days and bridged weekdays) of each year waits for the
State Council's notice, usually published in November. The fixed days are:

* 元旦 1 January;
* 春节 除夕 (the last day of the lunar year) and 正月初一 to 初三;
* 清明节 the day of the 清明 solar term;
* 劳动节 1–2 May;
* 端午节 the 5th of the 5th lunar month;
* 中秋节 the 15th of the 8th lunar month;
* 国庆节 1–3 October.

The lunar dates and the solar term come from ``lunar-python`` (6tail's calendar, kept up to
date and checked against the Purple Mountain Observatory tables). A calendar built from
these days alone is *provisional* (:meth:`app.domain.calendar.WorkCalendar.is_provisional`):
the notice may add 调休 days, which no rule can foresee.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from types import MappingProxyType

from lunar_python import LunarYear, Solar

#: The holiday names as the notices and the calendar views write them.
NEW_YEAR = "元旦"
SPRING_FESTIVAL = "春节"
TOMB_SWEEPING = "清明节"
LABOUR_DAY = "劳动节"
DRAGON_BOAT = "端午节"
MID_AUTUMN = "中秋节"
NATIONAL_DAY = "国庆节"


def _day(julian_day: float) -> date:
    solar = Solar.fromJulianDay(julian_day)
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


@cache
def statutory_days(year: int) -> Mapping[date, str]:
    """The statutory days off of ``year`` (Gregorian), day → holiday name, in date order.

    春节 is the lunar new year that starts in ``year`` (always late January to mid
    February, so its 除夕 is in the same Gregorian year). 清明 is the solar term that
    falls on 4–6 April (Beijing time, as ``lunar-python`` computes the terms).
    """
    lunar = LunarYear.fromYear(year)
    first = lunar.getMonth(1).getFirstJulianDay()
    days: dict[date, str] = {date(year, 1, 1): NEW_YEAR}
    for offset in range(-1, 3):
        days[_day(first + offset)] = SPRING_FESTIVAL
    terms = [_day(jd) for jd in lunar.getJieQiJulianDays()]
    qingming = next(d for d in terms if d.year == year and d.month == 4 and d.day <= 6)
    days[qingming] = TOMB_SWEEPING
    days[date(year, 5, 1)] = LABOUR_DAY
    days[date(year, 5, 2)] = LABOUR_DAY
    days[_day(lunar.getMonth(5).getFirstJulianDay() + 4)] = DRAGON_BOAT
    for offset in range(3):
        days[date(year, 10, 1 + offset)] = NATIONAL_DAY
    # 中秋 and 国庆 can fall on the same day (2001, 2020, 2031 …): the day is off once.
    days.setdefault(_day(lunar.getMonth(8).getFirstJulianDay() + 14), MID_AUTUMN)
    return MappingProxyType(dict(sorted(days.items())))
