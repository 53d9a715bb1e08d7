"""收件: who applies, which situations apply, and what was handed in.

The applicant form checks each field as it is typed with the domain validators and
shows the Chinese message next to the field; the intake service checks again when
saving (it is the authority).  The checklist is driven from the keyboard: ``1`` 已收,
``2`` 缺少, ``3`` 有误 (then type the note and press Enter), ``4`` 共享免提交 (the check is
recorded), Space 已收 and next line; ``P`` photographs the material with the 高拍仪 and
moves on, ``S`` scans, ``R``/``Delete`` turn/remove its last page, ``5`` re-uses an
earlier capture (see :mod:`app.ui.pages.capture_panel`). Ctrl+R, or placing the ID card
on the reader, fills the applicant (:mod:`app.ui.pages.intake_card`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import IdType, MaterialStatus
from app.domain.errors import ValidationError
from app.domain.validators import (
    parse_mobile,
)
from app.services.dto import ApplicantInput, CaseInfo
from app.services.errors import ApplicantInvalid
from app.ui.context import Services
from app.ui.look import mark_primary
from app.ui.ops import OpRunner, error_message
from app.ui.pages.applicant_form import ApplicantForm, Field
from app.ui.pages.base import Page
from app.ui.pages.capture_panel import CapturePanel
from app.ui.pages.checklist import CHECKLIST_COLUMNS, ChecklistView, checklist_model
from app.ui.pages.intake_card import CardFiller
from app.ui.punctuation import colon, joined, paren, semicolon
from app.ui.values import value_text


class IntakePage(Page):
    """The draft being taken in: applicant, situations, checklist, earlier notices."""

    #: Fact: the draft on screen changed (the decision page follows it).
    case_changed = Signal(object)
    #: Request: go to the decision page with this draft.
    decide_requested = Signal()

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, parent)
        self.case: CaseInfo | None = None
        self._situation_boxes: dict[str, QCheckBox] = {}
        self._loading = False
        #: The form's message line holds the summary of a failed save (cleared when typing).
        self._applicant_summary = False
        self.checklist = checklist_model(self)

        self.matter_label = QLabel(self)
        self.matter_label.setObjectName("PageTitle")
        self.matter_label.setWordWrap(True)
        self.demo_badge = QLabel(self)
        self.demo_badge.setObjectName("DemoBadge")
        self.demo_badge.hide()
        self.visit_label = QLabel(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("Banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.applicant_box = ApplicantForm(services.session.today, self)
        self.kind_combo = self.applicant_box.kind_combo
        self.id_type_combo = self.applicant_box.id_type_combo
        self.fields = self.applicant_box.fields
        self.form_error = self.applicant_box.form_error

        self.situation_box = QGroupBox(self)
        self._situation_layout = QVBoxLayout(self.situation_box)
        self.no_situation_label = QLabel(self.situation_box)
        self._situation_layout.addWidget(self.no_situation_label)

        self.checklist_box = QGroupBox(self)
        self.checklist_view = ChecklistView(self.checklist_box)
        self.checklist_view.setModel(self.checklist)
        self.checklist_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line per material, always the same height (rows grew 2-4x while the form was
        # typed in when they wrapped to the column's changing width); long names elide.
        self.checklist_view.setWordWrap(False)
        self.checklist_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.checklist_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(CHECKLIST_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.key_hint = QLabel(self.checklist_box)
        self.key_hint.setWordWrap(True)
        self.note_label = QLabel(self.checklist_box)
        self.note_edit = QLineEdit(self.checklist_box)
        self.all_received_button = QPushButton(self.checklist_box)
        self.decide_button = QPushButton(self)
        mark_primary(self.decide_button)
        self.capture_panel = CapturePanel(services, ops, self.checklist_box)
        self.card = CardFiller(self, self)
        self.read_card_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        self.read_card_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._build_layout()
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        for field in self.fields.values():
            field.edit.textEdited.connect(lambda _t, f=field: self._on_field_text_edited(f))
            field.edit.editingFinished.connect(lambda f=field: self._on_field_left(f))
        self.id_type_combo.currentIndexChanged.connect(self._on_id_type_combo_current_index_changed)
        self.checklist_view.mark_requested.connect(self._on_checklist_view_mark_requested)
        self.note_edit.returnPressed.connect(self._on_note_edit_return_pressed)
        self.all_received_button.clicked.connect(self._on_all_received_button_clicked)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.checklist_view.capture_requested.connect(self._on_checklist_view_capture_requested)
        self.checklist_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._follow_current_line())
        self.capture_panel.case_updated.connect(self._on_capture_panel_case_updated)
        self.read_card_shortcut.activated.connect(self.card.read)
        self.fields["phone"].edit.textEdited.connect(self._on_phone_edit_text_edited)
        self.fields["id_number"].edit.textEdited.connect(self._on_id_edit_text_edited)
        self.retranslate()
        self.clear()

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.matter_label, 1)
        head.addWidget(self.demo_badge)
        head.addWidget(self.visit_label)

        checklist_layout = QVBoxLayout(self.checklist_box)
        checklist_layout.addWidget(self.checklist_view, 1)
        checklist_layout.addWidget(self.key_hint)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.all_received_button)
        checklist_layout.addLayout(note_row)
        checklist_layout.addWidget(self.capture_panel)

        left_widget = QWidget(self)
        left = QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card.status_label, 1)
        card_row.addWidget(self.card.photo_label)
        left.addLayout(card_row)
        left.addWidget(self.applicant_box)
        left.addWidget(self.situation_box)
        left.addStretch(1)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left_widget)
        body.addWidget(self.checklist_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 7)
        body.setChildrenCollapsible(False)
        body.setSizes([360, 840])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(body, 1)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.decide_button)
        layout.addLayout(foot)

    # -- Page ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("收件")

    def retranslate(self) -> None:
        self.applicant_box.retranslate()
        self.situation_box.setTitle(self.tr("情形（勾选适用的情形，材料清单随之变化）"))
        self.no_situation_label.setText(self.tr("本事项无需选择情形"))
        self.checklist_box.setTitle(self.tr("材料清单"))
        self.key_hint.setText(
            self.tr("键盘：1 已收　2 缺少　3 有误（填写说明后回车）　4 共享免提交　空格 已收并下一项")
        )
        self.note_label.setText(self.tr("有误说明"))
        self.note_edit.setPlaceholderText(self.tr("按3标记有误前先写明问题，如“复印件不清晰”"))
        self.all_received_button.setText(self.tr("其余全部已收"))
        self.decide_button.setText(self.tr("去决定（Ctrl+D）"))
        self._show_header()

    def clear(self) -> None:
        self.case = None
        self._loading = True
        for field in self.fields.values():
            field.edit.clear()
            field.reset()
        self.kind_combo.setCurrentIndex(0)
        self.id_type_combo.setCurrentIndex(0)
        self._loading = False
        self.form_error.setText("")
        self.note_edit.clear()
        self.checklist.clear()
        self._set_situations(())
        self.banner.hide()
        self.banner.setText("")
        self.demo_badge.hide()
        self.card.clear()
        self.capture_panel.set_target(None, None)
        self._update_kind_fields()
        self._show_header()
        self.setEnabled(False)

    # -- API ------------------------------------------------------------------------------

    def start(self, matter_code: str, ticket_id: uuid.UUID | None = None) -> None:
        """Open a new draft for ``matter_code`` (for the ticket being served)."""
        intake = self.services.intake
        self.ops.run(lambda: intake.start(matter_code=matter_code, ticket_id=ticket_id), self.set_case)

    def start_bundle(self, bundle_code: str, ticket_id: uuid.UUID | None = None) -> None:
        intake = self.services.intake
        self.ops.run(lambda: intake.start(bundle_code=bundle_code, ticket_id=ticket_id), self.set_case)

    def open_case(self, case_id: uuid.UUID) -> None:
        """Show an existing draft (one that waited for this person)."""
        intake = self.services.intake
        self.ops.run(lambda: intake.get(case_id), self.set_case)

    def set_case(self, case: CaseInfo) -> None:
        """Show ``case``; fields the clerk is typing in keep their text."""
        first = self.case is None or self.case.id != case.id
        self.case = case
        self.setEnabled(True)
        if first:
            self._fill_applicant(case)
            self._set_situations(case.situations, case.chosen_situations)
            self._focus_first_field()
        else:
            self._check_situations(case.chosen_situations)
        current = self.checklist_view.currentIndex()
        self.checklist.set_rows(case.checklist)
        if current.isValid() and current.row() < self.checklist.rowCount():
            self.checklist_view.setCurrentIndex(self.checklist.index(current.row(), 0))
        elif self.checklist.rowCount():
            self.checklist_view.setCurrentIndex(self.checklist.index(0, 0))
        self._show_header()
        self._show_earlier_notices(case)
        self._update_kind_fields()
        self._follow_current_line()
        self.case_changed.emit(case)

    def applicant_input(self) -> ApplicantInput:
        """What the form holds now, as the intake service takes it."""
        return self.applicant_box.value()

    def fill_applicant(self, applicant: ApplicantInput) -> None:
        """Put a card's values into the form (not saved yet: the phone may still be missing)."""
        self._loading = True
        self.applicant_box.show_card(applicant)
        self._loading = False
        self._update_kind_fields()

    def save_applicant(self, then: Callable[[CaseInfo], None] | None = None, *, deciding: bool = True) -> None:
        """Store the applicant in the draft; field messages come back inline on failure.
        ``deciding=False`` for the save a left field starts: it speaks only of fields left."""
        if self.case is None:
            return
        case_id = self.case.id
        applicant = self.applicant_input()
        intake = self.services.intake

        def done(case: CaseInfo) -> None:
            self.form_error.setText("")
            self.set_case(case)
            if then is not None:
                then(case)

        self.ops.run(
            lambda: intake.set_applicant(case_id, applicant), done, lambda exc: self._on_save_failed(exc, deciding)
        )

    def flush(self) -> None:
        """Store applicant fields typed but not yet saved, without touching the screen afterwards —
        the page is about to be cleared (applicant finished) and the draft waits in 我的办件."""
        if self.case is None or self.applicant_box.has_errors():
            return
        if not self.applicant_box.has_text() or self.applicant_input() == self._saved_input():
            return
        case_id, applicant, intake = self.case.id, self.applicant_input(), self.services.intake
        self.ops.run(lambda: intake.set_applicant(case_id, applicant), None, lambda _exc: None)

    def mark(self, row: int, status: MaterialStatus, note: str = "") -> None:
        """Mark checklist line ``row``; 有误 without a note asks for the note first."""
        if self.case is None or not (0 <= row < self.checklist.rowCount()):
            return
        if status is MaterialStatus.DEFECTIVE and not note:
            self.note_edit.setFocus()
            self.form_error.setText(self.tr("请在“有误说明”中写明问题后按回车"))
            return
        line = self.checklist.dto(row)
        case_id = self.case.id
        intake = self.services.intake
        self.ops.run(lambda: intake.mark(case_id, line.id, status, note), self.set_case)

    def chosen_situations(self) -> list[str]:
        return [code for code, box in self._situation_boxes.items() if box.isChecked()]

    def set_situation(self, code: str, checked: bool) -> None:
        """Tick or untick a situation (what a click does)."""
        self._situation_boxes[code].setChecked(checked)

    # -- slots -----------------------------------------------------------------------------

    @Slot(int)
    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self._update_kind_fields()

    @Slot(int)
    def _on_id_type_combo_current_index_changed(self, _index: int) -> None:
        self._update_kind_fields()  # 英文姓名 for a foreigner's card or a passport
        self._on_field_text_edited(self.fields["id_number"])

    def _on_field_text_edited(self, field: Field) -> None:
        field.edited()
        if self._applicant_summary:  # the summary of an earlier save is stale once typing goes on
            self._applicant_summary = False
            self.form_error.setText("")

    def _on_field_left(self, field: Field) -> None:
        field.left()
        self._on_field_editing_finished()

    def _on_field_editing_finished(self) -> None:
        if self._loading or self.case is None:
            return
        if any(f.validate() for f in self.fields.values()):
            return
        if self.applicant_box.has_text() and self.applicant_input() != self._saved_input():
            self.save_applicant(deciding=False)

    @Slot(int, str)
    def _on_checklist_view_mark_requested(self, row: int, status: str) -> None:
        if status == MaterialStatus.SHARED and self._record_shared(row):
            return
        self.mark(
            row, MaterialStatus(status), self.note_edit.text().strip() if status == MaterialStatus.DEFECTIVE else ""
        )

    @Slot()
    def _on_note_edit_return_pressed(self) -> None:
        note = self.note_edit.text().strip()
        row = self.checklist_view.currentIndex().row()
        if note and row >= 0:
            self.form_error.setText("")
            self.mark(row, MaterialStatus.DEFECTIVE, note)
            self.note_edit.clear()
            self.checklist_view.setFocus()

    @Slot()
    def _on_all_received_button_clicked(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        intake = self.services.intake
        self.ops.run(lambda: intake.mark_all_received(case_id), self.set_case)

    @Slot()
    def _on_decide_button_clicked(self) -> None:
        self.request_decision()

    def request_decision(self) -> None:
        """Save the applicant if changed, then ask for the decision page."""
        if self.case is None:
            return
        if self.applicant_input() != self._saved_input():
            self.save_applicant(lambda _case: self.decide_requested.emit(), deciding=True)
        else:
            self.decide_requested.emit()

    def _on_situation_toggled(self) -> None:
        if self._loading or self.case is None:
            return
        case_id = self.case.id
        codes = self.chosen_situations()
        intake = self.services.intake
        self.ops.run(lambda: intake.answer_situations(case_id, codes), self.set_case)
        self._update_kind_fields()

    def _on_save_failed(self, exc: BaseException, deciding: bool = True) -> None:
        """A save the form started by itself (a field left) speaks only of the fields the
        clerk has left; 去决定 (Ctrl+D) speaks of every field the decision needs."""
        if not isinstance(exc, ApplicantInvalid):
            self.form_error.setText(error_message(exc))
            return
        shown = []
        for key, message in exc.errors.items():
            field = self.fields.get(key)
            if field is None or not (deciding or field.touched):
                continue
            field.touched = True
            field.show(message)
            shown.append(message)
        summary = (
            ""
            if not shown
            else shown[0]
            if len(shown) == 1
            else shown[0] + self.tr("（另有%1处需修改）").replace("%1", str(len(shown) - 1))
        )
        self._applicant_summary = bool(summary)
        self.form_error.setText(summary)

    @Slot(int, str)
    def _on_checklist_view_capture_requested(self, row: int, action: str) -> None:
        if self.case is not None and 0 <= row < self.checklist.rowCount():
            self.capture_panel.act(self.case, self.checklist.dto(row), action)

    def _on_capture_panel_case_updated(self, case: CaseInfo) -> None:
        if self.case is not None and case.id == self.case.id:
            self.set_case(case)

    @Slot(str)
    def _on_phone_edit_text_edited(self, text: str) -> None:
        """A complete mobile number moves on by itself (no Enter needed): saved, and the
        cursor goes to the next empty visible field or to the checklist."""
        digits = text.strip()
        if len(digits) != 11 or not digits.isdigit():
            return
        try:
            parse_mobile(digits)
        except ValidationError:
            return
        following = [k for k in ("agent_name", "agent_id_number", "agent_phone") if self.fields[k].edit.isVisible()]
        empty = next((self.fields[k].edit for k in following if not self.fields[k].edit.text()), None)
        (empty or self.checklist_view).setFocus(Qt.FocusReason.TabFocusReason)

    @Slot(str)
    def _on_id_edit_text_edited(self, text: str) -> None:
        """A complete, valid resident ID number moves on to the phone (when still empty), as
        the phone moves on to the checklist: no Tab needed between the two."""
        field = self.fields["id_number"]
        if len(text.strip()) != 18 or field.validate() or self.id_type_combo.currentData() != IdType.RESIDENT_ID.value:
            return
        phone = self.fields["phone"].edit
        if phone.isVisible() and not phone.text():
            phone.setFocus(Qt.FocusReason.TabFocusReason)

    # -- helpers -----------------------------------------------------------------------------

    def _record_shared(self, row: int) -> bool:
        """Key 4 on a 免提交 line records what was checked (共享核验); the note is the result."""
        if self.case is None or not self.checklist.dto(row).shared:
            return False
        note = self.note_edit.text().strip()
        if not self.capture_panel.record_shared(self.case, self.checklist.dto(row), note):
            return False
        self.note_edit.clear()
        return True

    def _follow_current_line(self) -> None:
        row = self.checklist_view.currentIndex().row()
        line = self.checklist.dto(row) if self.case is not None and 0 <= row < self.checklist.rowCount() else None
        target = self.capture_panel.target
        if (
            line is None
            or target is None
            or self.case is None
            or target.line_id != line.id
            or target.case_id != self.case.id
        ):
            self.capture_panel.set_target(self.case, line)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.capture_panel.start_preview()

    def hideEvent(self, event: QHideEvent) -> None:
        self.capture_panel.stop_preview()
        super().hideEvent(event)

    def _focus_first_field(self) -> None:
        """A new draft starts at the applicant's name; a resumed one at the checklist."""
        self._update_kind_fields()
        if not self.applicant_box.focus_first_empty():
            self.checklist_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved_input(self) -> ApplicantInput:
        a = self.case.applicant if self.case is not None else None
        if a is None:
            return ApplicantInput()
        return ApplicantInput(
            kind=a.kind,
            name=a.name,
            id_type=a.id_type or IdType.RESIDENT_ID,
            id_number=a.id_number,
            phone=a.phone,
            org_name=a.org_name,
            credit_code=a.credit_code,
            legal_rep=a.legal_rep,
            agent_name=a.agent_name,
            agent_id_number=a.agent_id_number,
            agent_phone=a.agent_phone,
            address=a.address,
            name_en=a.name_en,
            sms=a.sms,
        )

    def _fill_applicant(self, case: CaseInfo) -> None:
        self._loading = True
        self.applicant_box.show_saved(self._saved_input())
        self._loading = False

    def _set_situations(self, situations: tuple, chosen: tuple[str, ...] = ()) -> None:
        for box in self._situation_boxes.values():
            self._situation_layout.removeWidget(box)
            box.deleteLater()
        self._situation_boxes = {}
        self._loading = True
        for s in situations:
            text = s.question or s.name
            box = QCheckBox(text, self.situation_box)
            box.setToolTip(s.name)
            box.setChecked(s.code in chosen)
            box.toggled.connect(lambda _checked: self._on_situation_toggled())
            self._situation_layout.addWidget(box)
            self._situation_boxes[s.code] = box
        self._loading = False
        self.no_situation_label.setVisible(not situations)
        self._design_tab_order()

    def _design_tab_order(self) -> None:
        """Tab goes: the applicant form, the situations, the checklist, the note, 其余全部已收
        and 去决定 — the order a clerk works in, top left to bottom right."""
        chain = [
            *self.applicant_box.tab_chain(),
            *self._situation_boxes.values(),
            self.checklist_view,
            self.note_edit,
            self.all_received_button,
            self.decide_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _check_situations(self, chosen: tuple[str, ...]) -> None:
        self._loading = True
        for code, box in self._situation_boxes.items():
            box.setChecked(code in chosen)
        self._loading = False

    def _needs_agent(self) -> bool:
        if self.case is None:
            return False
        names = {s.code: s.name + (s.question or "") for s in self.case.situations}
        return any("委托" in names.get(c, "") or "代理" in names.get(c, "") for c in self.chosen_situations())

    def _update_kind_fields(self) -> None:
        self.applicant_box.show_fields_for(agent=self._needs_agent())

    def _show_header(self) -> None:
        case = self.case
        if case is None:
            self.matter_label.setText(self.tr("尚未开始收件：在“事项指南”中选择事项后按回车"))
            self.visit_label.setText("")
            return
        codes = joined(case.matter_codes) if case.bundle_code else case.matter_code
        self.matter_label.setText(case.matter_name + paren(codes))
        self.demo_badge.setText(self.tr("示例"))
        self.demo_badge.setVisible(case.is_demo)
        if case.visit_no > 1:
            self.visit_label.setText(self.tr("本事项第 %1 次来办（最多跑一次）").replace("%1", str(case.visit_no)))
            self.visit_label.setStyleSheet("color:#c62828;font-weight:bold")
        else:
            self.visit_label.setText(self.tr("本事项第 %1 次来办").replace("%1", str(max(1, case.visit_no))))
            self.visit_label.setStyleSheet("")

    def _show_earlier_notices(self, case: CaseInfo) -> None:
        if not case.earlier_notices:
            self.banner.hide()
            self.banner.setText("")
            return
        parts = [self.tr("该申请人此前就本事项已收到告知，本次请核对：")]
        for notice in case.earlier_notices:
            day = QDate(notice.issued_at.year, notice.issued_at.month, notice.issued_at.day).toString("yyyy-MM-dd")
            parts.append(
                f"· {value_text(notice.kind)} {notice.document_number}{paren(day)}{colon()}"
                + semicolon().join(notice.lines)
            )
        self.banner.setText("\n".join(parts))
        self.banner.show()
