"""取号机 (ticket kiosk) mode for small halls and for testing: big buttons, one ticket each.

A touch screen at the hall entrance: the applicant presses their business category
and gets a number.  The green channel (elderly, disabled, pregnant) and appointment
check-in issue tickets that the counter calls first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import TicketPriority
from app.services.dto import TicketInfo
from app.ui.context import Services
from app.ui.ops import OpRunner, error_message
from app.ui.punctuation import paren
from app.ui.tr_marks import QT_TRANSLATE_NOOP
from app.ui.values import value_text

#: Ticket categories of a typical hall (letter → what the applicant reads on the button).
DEFAULT_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("A", QT_TRANSLATE_NOOP("KioskWindow", "综合业务")),
    ("B", QT_TRANSLATE_NOOP("KioskWindow", "企业开办")),
    ("C", QT_TRANSLATE_NOOP("KioskWindow", "社保医保")),
    ("D", QT_TRANSLATE_NOOP("KioskWindow", "不动产登记")),
    ("E", QT_TRANSLATE_NOOP("KioskWindow", "户政业务")),
    ("F", QT_TRANSLATE_NOOP("KioskWindow", "税务业务")),
    ("G", QT_TRANSLATE_NOOP("KioskWindow", "市场监管")),
)

#: How long the issued ticket stays on screen before the kiosk is ready again.
RESET_MS = 15_000


class KioskWindow(QWidget):
    """Category buttons, green channel, appointment check-in, the ticket just issued."""

    def __init__(
        self,
        services: Services,
        ops: OpRunner,
        categories: Sequence[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.categories = tuple(categories or DEFAULT_CATEGORIES)
        #: The last ticket issued (tests and the slip printer read it).
        self.issued: TicketInfo | None = None
        self.title_label = QLabel(self)
        self.title_label.setObjectName("KioskTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.category_buttons: dict[str, QPushButton] = {}
        for letter, _label in self.categories:
            button = QPushButton(self)
            button.setObjectName("KioskButton")
            button.clicked.connect(lambda _checked=False, c=letter: self.issue(c))
            self.category_buttons[letter] = button
        self.green_check = QPushButton(self)
        self.green_check.setObjectName("KioskOption")
        self.green_check.setCheckable(True)
        self.appointment_edit = QLineEdit(self)
        self.appointment_edit.setObjectName("KioskInput")
        self.appointment_edit.setMinimumWidth(380)
        self.ticket_label = QLabel(self)
        self.ticket_label.setObjectName("KioskTicket")
        self.ticket_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("KioskInfo")
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info_label.setWordWrap(True)
        self._reset_timer = QTimer(self)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.setInterval(RESET_MS)

        grid = QGridLayout()
        for i, (letter, _label) in enumerate(self.categories):
            grid.addWidget(self.category_buttons[letter], i // 3, i % 3)
        options = QHBoxLayout()
        options.addWidget(self.green_check)
        options.addStretch(1)
        options.addWidget(self.appointment_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(grid)
        layout.addLayout(options)
        layout.addWidget(self.ticket_label, 1)
        layout.addWidget(self.info_label)
        self._reset_timer.timeout.connect(self._on_reset_timer_timeout)
        self.resize(1024, 700)
        self.retranslate()
        self._on_reset_timer_timeout()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("取号"))
        self.title_label.setText(self.tr("请选择您要办理的业务"))
        for letter, label in self.categories:
            self.category_buttons[letter].setText(self.tr("%1　%2").replace("%1", letter).replace("%2", self.tr(label)))
        self.green_check.setText(self.tr("绿色通道：老年人、残疾人、孕妇请先点此"))
        self.appointment_edit.setPlaceholderText(self.tr("已预约？输入预约号后选择业务"))

    def issue(self, category: str) -> None:
        """Issue one ticket of ``category`` with the chosen priority."""
        reference = self.appointment_edit.text().strip() or None
        if self.green_check.isChecked():
            priority = TicketPriority.GREEN
        elif reference:
            priority = TicketPriority.APPOINTMENT
        else:
            priority = TicketPriority.NORMAL
        queue = self.services.queue
        for button in self.category_buttons.values():
            button.setEnabled(False)

        def issue_and_count() -> tuple[TicketInfo, int]:
            ticket = queue.issue(category, priority, appointment_ref=reference)
            return ticket, queue.people_ahead(ticket.id)

        self.ops.run(issue_and_count, self._on_issued, self._on_failed)

    def _on_issued(self, result: tuple[TicketInfo, int]) -> None:
        ticket, ahead = result
        self.issued = ticket
        self._enable()
        self.green_check.setChecked(False)
        self.appointment_edit.clear()
        self.ticket_label.setText(ticket.number)
        extra = paren(value_text(ticket.priority)) if ticket.priority is not TicketPriority.NORMAL else ""
        self.info_label.setText(
            self.tr("您的号码 %1%2，前面还有 %3 人，请留意叫号屏幕和语音提示")
            .replace("%1", ticket.number)
            .replace("%2", extra)
            .replace("%3", str(ahead))
        )
        self._reset_timer.start()

    def _on_failed(self, exc: BaseException) -> None:
        self._enable()
        self.ticket_label.setText("")
        self.info_label.setText(error_message(exc))
        self._reset_timer.start()

    def _enable(self) -> None:
        for button in self.category_buttons.values():
            button.setEnabled(True)

    @Slot()
    def _on_reset_timer_timeout(self) -> None:
        self.ticket_label.setText("")
        self.info_label.setText(self.tr("取号后请在等候区就座"))
