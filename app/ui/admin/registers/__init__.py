"""The hall's registers on screen, one module per tab: 首问, 咨询, 投诉, 办不成事, 帮办代办, 否定备案, 差评回访.

Each tab lists its entries with the deadline and where they stand, and has the form
for the next step. Who may press what is decided by the service (a clerk asking to
review a 否定备案 gets the refusal on the message line), so the screen never has its
own idea of the rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from app.ui.admin.common import ActorSource, tr
from app.ui.admin.registers.assists import AssistPanel
from app.ui.admin.registers.cannot_do import CannotDoPanel
from app.ui.admin.registers.common import ListPanel
from app.ui.admin.registers.complaints import ComplaintsPanel
from app.ui.admin.registers.consultations import ConsultationPanel
from app.ui.admin.registers.first_inquiries import FirstInquiryPanel
from app.ui.admin.registers.follow_ups import FollowUpPanel
from app.ui.admin.registers.negative_filings import NegativeFilingPanel
from app.ui.admin.registers.signature import SignaturePad
from app.ui.ops import OpRunner

if TYPE_CHECKING:
    from app.services.registers import RegisterService

__all__ = [
    "COUNTER_REGISTERS",
    "REGISTER_NAMES",
    "AssistPanel",
    "CannotDoPanel",
    "ComplaintsPanel",
    "ConsultationPanel",
    "FirstInquiryPanel",
    "FollowUpPanel",
    "NegativeFilingPanel",
    "RegistersDialog",
    "RegistersPage",
    "SignaturePad",
]


#: The registers by name, in tab order (``RegistersPage(only=...)`` picks some of them).
REGISTER_NAMES = ("first_inquiries", "consultations", "complaints", "cannot_do", "assists", "negative", "follow_ups")
#: What a window's staff may use at the counter (intake side); a lead also sees 否定备案.
COUNTER_REGISTERS = ("first_inquiries", "consultations", "complaints", "cannot_do", "assists")


class RegistersPage(QWidget):
    """All registers in tabs, for any window (首问 at every window) and for the center."""

    def __init__(
        self,
        registers: RegisterService,
        ops: OpRunner,
        actor: ActorSource,
        parent: QWidget | None = None,
        only: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.complaints = ComplaintsPanel(registers, ops, actor, self)
        self.cannot_do = CannotDoPanel(registers, ops, actor, self)
        self.first_inquiries = FirstInquiryPanel(registers, ops, actor, self)
        self.consultations = ConsultationPanel(registers, ops, actor, self)
        self.assists = AssistPanel(registers, ops, actor, self)
        self.negative = NegativeFilingPanel(registers, ops, actor, self)
        self.follow_ups = FollowUpPanel(registers, ops, actor, self)
        every: list[ListPanel] = [
            self.first_inquiries,
            self.consultations,
            self.complaints,
            self.cannot_do,
            self.assists,
            self.negative,
            self.follow_ups,
        ]
        titles = (
            tr("首问登记"),
            tr("咨询登记"),
            tr("投诉"),
            tr("办不成事"),
            tr("帮办代办"),
            tr("否定备案"),
            tr("差评回访"),
        )
        wanted = set(REGISTER_NAMES if only is None else only)
        #: The panels shown, by register name (the others are built but never shown).
        self.shown: dict[str, ListPanel] = {}
        self.panels: list[ListPanel] = []
        for name, panel, title in zip(REGISTER_NAMES, every, titles, strict=True):
            if name in wanted:
                self.tabs.addTab(panel, title)
                self.panels.append(panel)
                self.shown[name] = panel
            else:
                panel.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_register(self, name: str) -> None:
        """Bring the register called ``name`` to the front (if it is shown here)."""
        panel = self.shown.get(name)
        if panel is not None:
            self.tabs.setCurrentWidget(panel)

    def refresh(self) -> None:
        for panel in self.panels:
            panel.refresh()


class RegistersDialog(QDialog):
    """登记 at the counter: the registers a window's staff may use, in a window of their own."""

    def __init__(
        self,
        registers: RegisterService,
        ops: OpRunner,
        actor: ActorSource,
        only: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("登记台账"))
        self.page = RegistersPage(registers, ops, actor, self, only=only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.page)
        self.resize(1100, 640)
