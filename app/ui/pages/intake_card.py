"""The ID card on the reader fills the intake form: one key (Ctrl+R), or simply placing
the card while a draft is open.

Only the fields a card knows are set (applicant type, name, ID type and number,
address); the phone the clerk typed is kept, and the cursor goes to the phone field
when it is still empty. An expired card is warned about, never refused; the photo is
shown only when the reader's vendor decoder is installed (else the form says why).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from app.devices.codecs.idcard_text import IdCardData
from app.services.card_fill import CardApplicant, applicant_from_card
from app.services.dto import ApplicantInput, CaseInfo
from app.ui.pages.applicant_form import Field

if TYPE_CHECKING:
    from app.ui.context import Services


class IntakeForm(Protocol):
    """What the filler needs of the intake page (:class:`app.ui.pages.intake.IntakePage`)."""

    services: Services
    case: CaseInfo | None

    @property
    def fields(self) -> Mapping[str, Field]: ...
    def isVisible(self) -> bool: ...
    def applicant_input(self) -> ApplicantInput: ...
    def _saved_input(self) -> ApplicantInput: ...
    def fill_applicant(self, applicant: ApplicantInput) -> None: ...
    def save_applicant(self, then: Callable[[CaseInfo], None] | None = None, *, deciding: bool = True) -> None: ...


class CardFiller(QObject):
    """Connects the device hub's reader signals to one intake page."""

    def __init__(self, page: QWidget, form: IntakeForm) -> None:
        """``page`` holds the photo and the status line; ``form`` is the same page as the filler reads it."""
        super().__init__(page)
        self.page = form
        #: the photo from the card (or why there is none)
        self.photo_label = QLabel(page)
        self.photo_label.setFixedWidth(110)
        self.photo_label.setWordWrap(True)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setObjectName("CardPhoto")
        self.photo_label.hide()
        #: what was read, or why nothing was
        self.status_label = QLabel(page)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        #: the last card filled in (tests, the 受理 check)
        self.last: CardApplicant | None = None
        hub = form.services.devices
        if hub is not None:
            hub.card_read.connect(self._on_hub_card_read)
            hub.card_read_failed.connect(self._on_hub_card_read_failed)

    def read(self) -> None:
        """The read key: ask the reader for the card lying on it."""
        hub = self.page.services.devices
        if hub is None:
            self._say(self.tr("本窗口未配置身份证阅读器，请手工填写"), error=True)
            return
        self._say(self.tr("正在读取身份证…"))
        hub.read_card()

    def clear(self) -> None:
        self.last = None
        self.photo_label.clear()
        self.photo_label.hide()
        self.status_label.clear()
        self.status_label.hide()

    @Slot(object, object, str)
    def _on_hub_card_read(self, card: object, photo: object, note: str) -> None:
        page = self.page
        if page.case is None or not page.isVisible():
            return  # no draft open: a card lying on the reader fills nothing
        assert isinstance(card, IdCardData)
        phone = page.fields["phone"].edit.text().strip()
        try:
            filled = applicant_from_card(card, page.services.session.today(), phone=phone)
        except ValueError as exc:
            self._say(str(exc), error=True)
            return
        self.last = filled
        page.fill_applicant(filled.applicant)
        text = filled.summary + "".join(f"\n⚠ {w}" for w in filled.warnings)
        self._say(text, error=bool(filled.warnings))
        self._show_photo(photo if isinstance(photo, bytes) else None, note)
        target = page.fields["phone" if not phone else "name"].edit
        if not phone:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page.applicant_input() != page._saved_input():
            page.save_applicant()

    @Slot(str)
    def _on_hub_card_read_failed(self, reason: str) -> None:
        if self.page.case is not None and self.page.isVisible():
            self._say(reason, error=True)

    def _show_photo(self, bmp: bytes | None, note: str) -> None:
        if bmp:
            pixmap = QPixmap()
            pixmap.loadFromData(bmp)
            self.photo_label.setPixmap(pixmap)
        else:
            self.photo_label.setText(self.tr("无照片"))
            self.status_label.setText(self.status_label.text() + "\n" + note)
        self.photo_label.setToolTip(note)
        self.photo_label.show()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color:#c62828" if error else "color:#2e7d32")
        self.status_label.show()
