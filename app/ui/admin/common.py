"""Small pieces the center's screens share: translation, the message line, the actor source."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from app.domain.actor import Actor
from app.domain.enums import Role
from app.domain.errors import PermissionDenied
from app.ui.ops import OpRunner, error_message

#: Gives the person logged in (or ``None``); the console asks it before every action.
ActorSource = Callable[[], Actor | None]


class _ActingSession(Protocol):
    def require_actor(self) -> Actor: ...


def actor_source(session: _ActingSession) -> ActorSource:
    """An :data:`ActorSource` over the session service: ``None`` while nobody may act (locked, logged out)."""

    def current() -> Actor | None:
        try:
            return session.require_actor()
        except PermissionDenied:
            return None

    return current


def split_items(text: str) -> list[str]:
    """The items of a list typed in one field, separated by commas (half- or full-width)."""
    return [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]


#: The translation context of the console's bare ``tr()`` calls (see :func:`tr`).
ADMIN_CONTEXT = ""


def tr(text: str) -> str:
    """Translate a console string (the source strings are Chinese).

    pyside6-lupdate files a bare ``tr("…")`` call under the empty context, so the console's
    messages live there (``QT_TRANSLATE_NOOP("", …)`` for texts written before a translator runs).
    """
    return QCoreApplication.translate(ADMIN_CONTEXT, text)


def is_admin(actor: Actor | None) -> bool:
    """Whether the console may open for ``actor`` (mirrors the service's check)."""
    return actor is not None and actor.has_role(Role.ADMIN.value)


class MessageLine(QLabel):
    """One line under a panel: green for done, red for the Chinese error of a failed action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageLine")

    def ok(self, text: str) -> None:
        self.setStyleSheet("color: #1b7f3b;")
        self.setText(text)

    def fail(self, exc: BaseException | str) -> None:
        self.setStyleSheet("color: #b00020;")
        self.setText(exc if isinstance(exc, str) else error_message(exc))


class PanelBase(QWidget):
    """A console panel: the op runner, the actor source and a message line."""

    def __init__(self, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._actor_source = actor
        self.message = MessageLine(self)

    def refresh(self) -> None:
        """Read again what the panel shows; every panel says how (the console refreshes them all)."""
        raise NotImplementedError(type(self).__name__)

    def actor(self) -> Actor:
        current = self._actor_source()
        if current is None:
            raise PermissionDenied(tr("请先登录"))
        return current

    def run(self, fn: Callable[[Actor], Any], done: Callable[[Any], None] | None = None, ok_text: str = "") -> None:
        """Run ``fn(actor)`` through the op runner; show ``ok_text`` or the error on the message line."""
        try:
            actor = self.actor()
        except PermissionDenied as exc:
            self.message.fail(exc)
            return

        def success(result: Any) -> None:
            if ok_text:
                self.message.ok(ok_text)
            if done is not None:
                done(result)

        self.ops.run(lambda: fn(actor), success, self.message.fail)


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[Any]]) -> None:
    """Replace a read-only table's content."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
