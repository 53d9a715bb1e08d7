"""Domain values shown on screen: enum members (服务中, 容缺受理 …) in the ``Values`` context.

The domain's enums carry their Chinese names as values (they are stored and printed so).
The UI shows them through :func:`value_text`; ``python -m app.ui.translations update`` adds
every such value found in ``app/domain``, ``app/services`` and ``app/printing`` to the
catalogues, so a translator sees them like any other message.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import Enum
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from app.ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "Values"

#: Values the services give as plain strings (not enum members), for lupdate.
PLAIN_VALUES = (
    QT_TRANSLATE_NOOP("Values", "管理员"),  # SessionInfo.capacity of a person without a post
    QT_TRANSLATE_NOOP("Values", "合计"),  # the total row of the statistics
)


class _Period(Protocol):
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...


def qdate(day: date) -> QDate:
    """A Python date as the ``QDate`` a date edit shows."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A date edit's ``QDate`` as a Python date (``QDate.toPython`` is typed ``object``)."""
    return date(day.year(), day.month(), day.day())


def value_text(value: object) -> str:
    """The translated name of an enum member or of its Chinese value; "" for None."""
    if value is None:
        return ""
    text = value.value if isinstance(value, Enum) else str(value)
    return QCoreApplication.translate(CONTEXT, str(text))


def value_combo(parent: QWidget, values: Iterable[str | Enum]) -> QComboBox:
    """A choice box that shows translated values and keeps the value itself as item data
    (read it back with ``currentData()``)."""
    combo = QComboBox(parent)
    for value in values:
        raw = value.value if isinstance(value, Enum) else value
        combo.addItem(value_text(raw), raw)
    return combo


def select_value(combo: QComboBox, value: object) -> None:
    """Choose the item of ``combo`` whose data is ``value`` (an enum member or its value)."""
    raw = value.value if isinstance(value, Enum) else value
    combo.setCurrentIndex(max(0, combo.findData(raw)))


def period_text(period: _Period) -> str:
    """A report period as the screen says it: 2026年10月, 2026年10月8日, or 2026-10-01 至 2026-10-15
    (the services' own ``label`` is the Chinese printed on the reports)."""
    start, end = period.start, period.end
    locale = QLocale()
    if start == end:
        day_format = QCoreApplication.translate("Values", "yyyy年M月d日")
        return locale.toString(QDate(start.year, start.month, start.day), day_format)
    if start.day == 1 and start.month == end.month and end.day == calendar.monthrange(end.year, end.month)[1]:
        month_format = QCoreApplication.translate("Values", "yyyy年M月")
        return locale.toString(QDate(start.year, start.month, 1), month_format)
    return (
        QCoreApplication.translate("Values", "%1 至 %2").replace("%1", start.isoformat()).replace("%2", end.isoformat())
    )
