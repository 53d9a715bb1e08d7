"""Chinese punctuation that joins texts on screen, translated like any other UI string.

The source strings are Chinese, so a list of names is joined with 、 and a remark is put
in full-width brackets; an English catalogue turns these into ", " and " (…)".  Each is a
message of the ``Punctuation`` context.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def list_sep() -> str:
    """Between the items of a list: 甲、乙、丙."""
    return QCoreApplication.translate("Punctuation", "、")


def comma() -> str:
    """Between two clauses: 甲，乙."""
    return QCoreApplication.translate("Punctuation", "，")


def semicolon() -> str:
    """Between two statements: 甲；乙."""
    return QCoreApplication.translate("Punctuation", "；")


def colon() -> str:
    """After a label: 打印机：缺纸."""
    return QCoreApplication.translate("Punctuation", "：")


def paren(text: str) -> str:
    """A remark after a text: 甲（说明）."""
    return QCoreApplication.translate("Punctuation", "（%1）").replace("%1", text)


def joined(items: Iterable[object]) -> str:
    """``items`` joined with :func:`list_sep`."""
    return list_sep().join(str(i) for i in items)
