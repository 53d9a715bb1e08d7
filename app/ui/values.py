"""Domain values shown on screen: enum members (服务中, 容缺受理 …) in the ``Values`` context.

The domain's enums carry their Chinese names as values (they are stored and printed so).
The UI shows them through :func:`value_text`; ``python -m app.ui.translations update`` adds
every such value found in ``app/domain``, ``app/services`` and ``app/printing`` to the
catalogues, so a translator sees them like any other message.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

CONTEXT = "Values"


def value_text(value: object) -> str:
    """The translated name of an enum member or of its Chinese value; "" for None."""
    if value is None:
        return ""
    text = value.value if isinstance(value, Enum) else str(value)
    return QCoreApplication.translate(CONTEXT, str(text))


def value_combo(parent: QWidget, values: list[str] | list[Enum]) -> QComboBox:
    """A choice box that shows translated values and keeps the value itself as item data
    (read it back with ``currentData()``)."""
    combo = QComboBox(parent)
    for value in values:
        raw = value.value if isinstance(value, Enum) else value
        combo.addItem(value_text(raw), raw)
    return combo
