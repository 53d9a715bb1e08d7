"""未打印的文书: a non-modal strip above the pages offering 补打 for the clerk's own
decisions whose slip never came out (app/services/unprinted.py does the finding).

Why a strip and not a dialog: the clerk may be serving the next applicant; the strip
stays until each slip is printed, never blocks the counter, and is reached from the
keyboard (Alt+B 补打 the selected one, Tab into the list). It checks at log-in, after
each print outcome and every few minutes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.clock import HALL_TZ
from app.ui.ops import OpRunner, error_message

#: How often the strip asks again (milliseconds): "every few minutes".
CHECK_INTERVAL_MS = 3 * 60_000
#: Item data role holding the document id.
_DOC_ROLE = 256


class UnprintedStrip(QFrame):
    """Lists the logged-in clerk's unprinted documents with a 补打 button; hidden when none."""

    #: Fact: a 补打 job was queued (the job info).
    reprinted = Signal(object)

    def __init__(self, unprinted: Any, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unprinted = unprinted
        self.ops = ops
        self.documents: list[Any] = []
        self.setObjectName("UnprintedStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = QLabel(self)
        self.title.setObjectName("InlineError")
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(96)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.reprint_button = QPushButton(self)
        self.reprint_button.setObjectName("UnprintedReprint")
        self.later_button = QPushButton(self)
        #: Alt+B anywhere in the window while the strip is shown.
        self.reprint_action = QAction(self)
        self.reprint_action.setShortcut(QKeySequence("Alt+B"))
        self.reprint_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.reprint_action)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)

        buttons = QVBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.list)
        left.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)

        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.reprint_action.triggered.connect(self._on_reprint_button_clicked)
        self.later_button.clicked.connect(self.hide)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.timer.timeout.connect(self.check)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.reprint_button.setText(self.tr("补打 (Alt+B)"))
        self.reprint_button.setToolTip(self.tr("补打选中的文书，标注“补打”、时间和补打人"))
        self.later_button.setText(self.tr("稍后提醒"))
        self._show_title()

    def _show_title(self) -> None:
        self.title.setText(
            self.tr("有 %1 份文书已签发但没有打印出来，请补打后交给申请人：").replace("%1", str(len(self.documents)))
        )

    # -- checking -------------------------------------------------------------------------------

    def start(self) -> None:
        """Check now and every few minutes from now on (called after a log-in)."""
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """Logged out or switched: forget what was shown."""
        self.timer.stop()
        self.show_documents([])

    @Slot()
    def check(self) -> None:
        """Ask the service again (on the worker thread)."""
        unprinted = self.unprinted
        self.ops.run(unprinted.find, self.show_documents, lambda exc: None)

    def show_documents(self, documents: list[Any]) -> None:
        """Fill the list; the strip is visible exactly when there is something to 补打."""
        self.documents = list(documents)
        self.list.clear()
        for doc in self.documents:
            issued = doc.issued_at.astimezone(HALL_TZ).strftime("%m-%d %H:%M")
            case = self.tr("办件 %1").replace("%1", doc.case_number)
            text = f"{doc.title} {doc.number} · {case} · {doc.applicant} · {issued} · {doc.reason}"
            item = QListWidgetItem(text, self.list)
            item.setData(_DOC_ROLE, doc.document_id)
        if self.documents:
            self.list.setCurrentRow(0)
        self._show_title()
        self.message.clear()
        self.reprint_button.setEnabled(bool(self.documents))
        self.setVisible(bool(self.documents))

    # -- 补打 -----------------------------------------------------------------------------------

    @Slot()
    def _on_reprint_button_clicked(self) -> None:
        if not self.reprint_button.isEnabled():
            return
        item = self.list.currentItem()
        if item is not None:
            self._reprint(item)

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self._reprint(item)

    def _reprint(self, item: QListWidgetItem) -> None:
        document_id = item.data(_DOC_ROLE)
        unprinted = self.unprinted
        self.reprint_button.setEnabled(False)
        self.ops.run(lambda: unprinted.reprint(document_id), self._on_reprinted, self._on_reprint_failed)

    def _on_reprinted(self, job: Any) -> None:
        self.reprinted.emit(job)
        self.check()

    def _on_reprint_failed(self, exc: BaseException) -> None:
        self.reprint_button.setEnabled(bool(self.documents))
        self.message.setText(self.tr("补打失败：%1").replace("%1", error_message(exc)))
