"""The applicant form of the intake page: person or organisation, ID, contact, agent.

Each field is checked with the domain validators and shows the Chinese message next to it
only about what the clerk has done: once the field is left (or its value is complete, as
an 18-digit ID number), and the message goes as soon as the value is right; a field not
reached yet says nothing. The intake service checks again when saving (it is the authority).
Which fields show depends on the applicant's kind and on whether an agent acts (the
page knows that from the chosen situations).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from app.domain.enums import ApplicantKind, IdType
from app.domain.errors import ValidationError
from app.domain.validators import (
    parse_credit_code,
    parse_foreign_pr_number,
    parse_mobile,
    parse_phone,
    parse_resident_id,
    validate_latin_name,
    validate_person_name,
)
from app.services.dto import ApplicantInput
from app.ui.glyphs import describe, unprintable
from app.ui.values import value_text

#: Fields printed on the notices: a character no font has is told as soon as it is typed.
PRINTED_FIELDS = ("name", "org_name", "legal_rep", "address", "agent_name")

#: The fields in form order, which is also the Tab order: what a clerk types without a card
#: (name, ID number, phone) comes first; the address, usually read from the card, after.
FIELD_ORDER = (
    "name",
    "name_en",
    "id_number",
    "org_name",
    "credit_code",
    "legal_rep",
    "phone",
    "address",
    "agent_name",
    "agent_id_number",
    "agent_phone",
)


class Field:
    """One line edit of the applicant form with its validator and inline message."""

    def __init__(
        self, name: str, parent: QWidget, check: Callable[[str], object] | None, complete_length: int = 0
    ) -> None:
        self.name = name
        self.edit = QLineEdit(parent)
        self.error = QLabel(parent)
        self.error.setObjectName("InlineError")
        self.check = check
        #: A value of this length is complete (checked while typing); 0: checked when left.
        self.complete_length = complete_length
        #: The clerk has left this field (or a save attempt asked about it): it may complain.
        self.touched = False
        #: For a printed field: the warning about characters no font has ('' when none).
        self.warn: Callable[[str], str] | None = None

    def edited(self) -> None:
        """As typed: a right value clears the message; a wrong one is told once the field was
        left before, already showed a message, or is complete — never while still typing."""
        message = self.validate()
        text = self.edit.text().strip()
        complete = bool(self.complete_length) and len(text) >= self.complete_length
        if not message or self.touched or self.error.text() or complete:
            self.show(message)

    def left(self) -> None:
        """The clerk moved on: the field may now say what is wrong with it."""
        if self.edit.text().strip():
            self.touched = True
        self.show(self.validate())

    def reset(self) -> None:
        self.touched = False
        self.show("")

    def validate(self) -> str:
        """The Chinese message for the current text ('' when fine or empty and optional)."""
        text = self.edit.text().strip()
        if not text or self.check is None:
            return ""
        try:
            self.check(text)
        except ValidationError as exc:
            return exc.message
        return ""

    def show(self, message: str) -> None:
        """The validator's message, else the warning about unprintable characters."""
        if not message and self.warn is not None:
            message = self.warn(self.edit.text())
        self.error.setText(message)


class ApplicantForm(QGroupBox):
    """申请人: the kind, the ID type and the fields, each with its inline message."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.kind_combo = QComboBox(self)
        for kind in ApplicantKind:
            self.kind_combo.addItem(value_text(kind), kind.value)
        self.id_type_combo = QComboBox(self)
        for id_type in IdType:
            self.id_type_combo.addItem(value_text(id_type), id_type.value)
        self.fields: dict[str, Field] = {
            "name": Field("name", self, validate_person_name),
            "name_en": Field("name_en", self, validate_latin_name),
            "id_number": Field("id_number", self, self._check_id, 18),
            "address": Field("address", self, None),
            "phone": Field("phone", self, parse_phone, 11),
            "org_name": Field("org_name", self, None),
            "credit_code": Field("credit_code", self, parse_credit_code, 18),
            "legal_rep": Field("legal_rep", self, validate_person_name),
            "agent_name": Field("agent_name", self, validate_person_name),
            "agent_id_number": Field("agent_id_number", self, parse_resident_id, 18),
            "agent_phone": Field("agent_phone", self, parse_phone, 11),
        }
        for key in PRINTED_FIELDS:
            self.fields[key].warn = self._unprintable_warning
        # 短信通知: the applicant's opt-in, asked aloud by the clerk; off until ticked (Alt+M or a
        # click), usable only with a mobile number. Outside the Tab chain: the designed order and
        # the keyboard-only intake stay as they were.
        self.sms_box = QCheckBox(self)
        self.sms_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.sms_box.setEnabled(False)
        self.fields["phone"].edit.textChanged.connect(self._phone_changed)
        # Alt+M also where the platform shows no mnemonics (an explicit shortcut, not only the &M).
        shortcut = QShortcut(QKeySequence("Alt+M"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._toggle_sms)
        self.form_error = QLabel(self)
        self.form_error.setObjectName("InlineError")
        self.form_error.setWordWrap(True)
        #: The label of each field (and of ``kind``/``id_type``), by key.
        self.labels: dict[str, QLabel] = {}

        grid = QGridLayout(self)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self._label("kind"), 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(self._label("id_type"), 1, 0)
        grid.addWidget(self.id_type_combo, 1, 1)
        row = 2
        for key in FIELD_ORDER:
            field = self.fields[key]
            grid.addWidget(self._label(key), row, 0)
            grid.addWidget(field.edit, row, 1)
            grid.addWidget(field.error, row + 1, 1)
            if key == "phone":
                grid.addWidget(self.sms_box, row, 2)
            row += 2
        grid.addWidget(self.form_error, row, 0, 1, 2)
        digits = self.fontMetrics().horizontalAdvance("0" * 18)
        for field in self.fields.values():
            field.edit.setMinimumWidth(digits)
        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def tab_chain(self) -> list[QWidget]:
        """The form's widgets in Tab order (hidden ones are skipped by Qt)."""
        return [self.kind_combo, self.id_type_combo, *(self.fields[key].edit for key in FIELD_ORDER)]

    def _label(self, key: str) -> QLabel:
        label = QLabel(self)
        self.labels[key] = label
        return label

    def retranslate(self) -> None:
        texts = {
            "kind": self.tr("申请人类型"),
            "id_type": self.tr("证件类型"),
            "name": self.tr("姓名"),
            "name_en": self.tr("英文姓名"),
            "id_number": self.tr("证件号码"),
            "address": self.tr("住址"),
            "phone": self.tr("联系电话"),
            "org_name": self.tr("单位名称"),
            "credit_code": self.tr("统一社会信用代码"),
            "legal_rep": self.tr("法定代表人"),
            "agent_name": self.tr("代理人姓名"),
            "agent_id_number": self.tr("代理人身份证"),
            "agent_phone": self.tr("代理人电话"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.setTitle(self.tr("申请人（放身份证或按 Ctrl+R 读卡）"))
        self.sms_box.setText(self.tr("短信通知 Alt+M"))
        self.sms_box.setToolTip(self.tr("申请人同意后勾选：受理、补正、可领取时发短信到此手机号码"))

    # -- values ----------------------------------------------------------------------------

    def kind(self) -> ApplicantKind:
        return ApplicantKind(self.kind_combo.currentData())

    def id_type(self) -> IdType:
        return IdType(self.id_type_combo.currentData())

    def value(self) -> ApplicantInput:
        """What the form holds now, as the intake service takes it."""
        text = {key: f.edit.text().strip() for key, f in self.fields.items()}
        return ApplicantInput(
            kind=self.kind(),
            name=text["name"],
            id_type=self.id_type(),
            id_number=text["id_number"],
            phone=text["phone"],
            org_name=text["org_name"],
            credit_code=text["credit_code"],
            legal_rep=text["legal_rep"],
            agent_name=text["agent_name"],
            agent_id_number=text["agent_id_number"],
            agent_phone=text["agent_phone"],
            address=text["address"],
            name_en=text["name_en"],
            sms=self.sms_box.isEnabled() and self.sms_box.isChecked(),
        )

    def _toggle_sms(self) -> None:
        if self.sms_box.isEnabled():
            self.sms_box.toggle()

    def _phone_changed(self, text: str) -> None:
        try:
            parse_mobile(text.strip())
        except ValidationError:
            self.sms_box.setEnabled(False)
        else:
            self.sms_box.setEnabled(True)

    def has_text(self) -> bool:
        return any(f.edit.text().strip() for f in self.fields.values())

    def has_errors(self) -> bool:
        return any(f.validate() for f in self.fields.values())

    def show_card(self, applicant: ApplicantInput) -> None:
        """A card's values (name, ID, address) in the form, each checked."""
        self._set_kind(applicant)
        for key in ("name", "name_en", "id_number", "address"):
            field = self.fields[key]
            field.edit.setText(getattr(applicant, key))
            field.show(field.validate())

    def show_saved(self, saved: ApplicantInput) -> None:
        """The applicant as stored in the draft, messages cleared."""
        self._set_kind(saved)
        for key, field in self.fields.items():
            field.edit.setText(getattr(saved, key))
            field.reset()
        self.sms_box.setChecked(saved.sms)

    def _set_kind(self, applicant: ApplicantInput) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(applicant.kind.value)))
        self.id_type_combo.setCurrentIndex(max(0, self.id_type_combo.findData(applicant.id_type.value)))

    def show_fields_for(self, *, agent: bool) -> None:
        """Person or organisation fields for the kind chosen; the agent's when one acts."""
        person = self.kind() is ApplicantKind.PERSON
        visible = {
            "name": person,
            "name_en": person and self.id_type() in (IdType.FOREIGN_PR, IdType.PASSPORT),
            "id_number": person,
            "address": person,
            "phone": True,
            "org_name": not person,
            "credit_code": not person,
            "legal_rep": not person,
            "agent_name": agent,
            "agent_id_number": agent,
            "agent_phone": agent,
        }
        for key, field in self.fields.items():
            field.edit.setVisible(visible[key])
            field.error.setVisible(visible[key])
            self.labels[key].setVisible(visible[key])
        self.id_type_combo.setVisible(person)
        self.labels["id_type"].setVisible(person)

    def focus_first_empty(self) -> bool:
        """Focus the name (or organisation) when it is still empty; False when it is filled."""
        key = "name" if self.kind() is ApplicantKind.PERSON else "org_name"
        if self.fields[key].edit.text():
            return False
        self.fields[key].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _unprintable_warning(self, text: str) -> str:
        chars = unprintable(text)
        if not chars:
            return ""
        return self.tr("注意：%1 本机所有字库都没有，打印件上将印作编码，请打印后手写补上").replace(
            "%1", describe(chars)
        )

    def _check_id(self, text: str) -> object:
        if self.id_type() in (IdType.RESIDENT_ID, IdType.HMT_RESIDENCE):
            return parse_resident_id(text, today=self._today())
        if self.id_type() is IdType.FOREIGN_PR:
            return parse_foreign_pr_number(text, today=self._today())
        return text
