"""``QT_TRANSLATE_NOOP`` with its real type: it marks a source string for ``pyside6-lupdate``
(which finds the call by its name) and gives the string back unchanged.

PySide6's own has ``object`` as its return type in its stubs, so every title written with it
(``Column(QT_TRANSLATE_NOOP("Columns", "受理编号"), …)``) would not type-check as the ``str``
it is.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # the name lupdate looks for
    """``source_text`` unchanged; lupdate files it under ``context``."""
    del context
    return source_text
