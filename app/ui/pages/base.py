"""What every page of the counter window has in common.

A page shows data of the person logged in; :meth:`Page.clear` must forget all of it
(user switch, lock by someone else) so that nothing of one applicant is ever shown
to the next clerk.  Pages receive the services and the op runner, never the main
window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.ui.context import Services
from app.ui.ops import OpRunner


class Page(QWidget):
    """Base of the central pages: services + runner in, ``clear``/``retranslate`` out."""

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops

    def title(self) -> str:
        """The tab title (translated)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget everything shown (user switch); subclasses reset their models and fields."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload data for the person logged in (after login, on showing the page)."""

    def retranslate(self) -> None:
        """Re-set every visible text after a language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
