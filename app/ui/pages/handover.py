"""出件: hand a finished case's result over at the window or by mail (统一窗口出件).

Keyboard-first: type the case number or scan any slip's QR code into the search field
and press Enter; the form takes the receiver (Tab through relation, name, ID number,
power of attorney), the itemised list (the result and the originals to return are
proposed; tick, number, copies) and Ctrl+Enter records it. The 领取回执 goes to the
window printer through the peripherals (:attr:`HandoverPage.receipt_issued`). Every rule
is the service's (:class:`app.services.handover.HandoverService`); this page only shows
its answers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import DeliveryMethod, IdType
from app.domain.errors import CounterDeskError
from app.domain.handover import (
    Handover,
    ItemKind,
    PostageState,
    ReceiverRelation,
    Signature,
    SignatureMode,
    Standing,
    parse_items,
    parse_mail,
    parse_receiver,
)
from app.services.dto import DocumentInfo
from app.services.handover import HandoverCase, HandoverResult
from app.ui.admin.registers.signature import SignaturePad
from app.ui.context import Services
from app.ui.focus import set_tab_order
from app.ui.ops import OpRunner, error_message
from app.ui.pages.base import Page
from app.ui.values import value_text


class ItemsTable(QTableWidget):
    """The itemised hand-over: ticked lines are handed over (kind, name, number, copies)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(120)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("类别"), self.tr("名称"), self.tr("编号"), self.tr("份数")])

    def set_items(self, offered: tuple[Any, ...]) -> None:
        self.setRowCount(0)
        for item in offered:
            self.add_item(item.kind, item.name, item.number, item.copies)

    def add_item(self, kind: ItemKind, name: str = "", number: str = "", copies: int = 1) -> None:
        row = self.rowCount()
        self.insertRow(row)
        first = QTableWidgetItem(value_text(kind))
        first.setData(Qt.ItemDataRole.UserRole, kind.value)
        first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        first.setCheckState(Qt.CheckState.Checked)
        self.setItem(row, 0, first)
        self.setItem(row, 1, QTableWidgetItem(name))
        self.setItem(row, 2, QTableWidgetItem(number))
        self.setItem(row, 3, QTableWidgetItem(str(copies)))

    def set_cell(self, row: int, column: int, text: str) -> None:
        self._cell(row, column).setText(text)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """A line's cell (``add_item`` puts an item in each); an empty one if a cell was cleared."""
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, column, item)
        return item

    def rows(self) -> list[tuple[str, str, str, int]]:
        """The ticked lines as (kind, name, number, copies)."""
        out = []
        for row in range(self.rowCount()):
            first = self._cell(row, 0)
            if first.checkState() != Qt.CheckState.Checked:
                continue
            try:
                copies = int(self._cell(row, 3).text().strip() or "1")
            except ValueError:
                copies = 0
            kind = str(first.data(Qt.ItemDataRole.UserRole))
            out.append((kind, self._cell(row, 1).text(), self._cell(row, 2).text(), copies))
        return out


class HandoverPage(Page):
    """出件 at this window: find the case, record the hand-over or the mail, print the receipt."""

    #: Fact: a 领取回执 was issued (the peripherals print it).
    receipt_issued = Signal(object)
    #: Fact: a hand-over, mail or returned mail was recorded (lists elsewhere may refresh).
    handed_over = Signal(object)

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, parent)
        #: The case found, while one is shown.
        self.case: HandoverCase | None = None
        #: The last result recorded here (tests, the message line).
        self.result: HandoverResult | None = None
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.find_button = QPushButton(self)
        self.case_label = QLabel(self)
        self.case_label.setWordWrap(True)
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("InlineError")
        self.message_label.setWordWrap(True)
        self.forms = QTabWidget(self)
        # -- 窗口领取
        self.pickup = QWidget(self.forms)
        self.relation_combo = QComboBox(self.pickup)
        for relation in ReceiverRelation:
            self.relation_combo.addItem(value_text(relation), relation.value)
        self.name_edit = QLineEdit(self.pickup)
        self.id_type_combo = QComboBox(self.pickup)
        for id_type in IdType:
            self.id_type_combo.addItem(value_text(id_type), id_type.value)
        self.id_edit = QLineEdit(self.pickup)
        self.attorney_edit = QLineEdit(self.pickup)
        self.phone_edit = QLineEdit(self.pickup)
        self.items = ItemsTable(self.pickup)
        self.add_item_button = QPushButton(self.pickup)
        self.pad = SignaturePad(self.pickup)
        self.clear_pad_button = QPushButton(self.pickup)
        self.paper_label = QLabel(self.pickup)
        self.paper_label.setWordWrap(True)
        self.hand_over_button = QPushButton(self.pickup)
        # -- 邮寄送达
        self.mail = QWidget(self.forms)
        self.recipient_edit = QLineEdit(self.mail)
        self.mail_phone_edit = QLineEdit(self.mail)
        self.address_edit = QLineEdit(self.mail)
        self.carrier_edit = QLineEdit(self.mail)
        self.tracking_edit = QLineEdit(self.mail)
        self.postage_combo = QComboBox(self.mail)
        for state in PostageState:
            self.postage_combo.addItem(value_text(state), state.value)
        self.mail_button = QPushButton(self.mail)
        self.returned_button = QPushButton(self.mail)

        pickup_form = QFormLayout(self.pickup)
        self._pickup_labels = [QLabel(self.pickup) for _ in range(6)]
        pickup_form.addRow(self._pickup_labels[0], self.relation_combo)
        pickup_form.addRow(self._pickup_labels[1], self.name_edit)
        ids = QHBoxLayout()
        ids.addWidget(self.id_type_combo)
        ids.addWidget(self.id_edit, 1)
        pickup_form.addRow(self._pickup_labels[2], ids)
        pickup_form.addRow(self._pickup_labels[3], self.attorney_edit)
        pickup_form.addRow(self._pickup_labels[4], self.phone_edit)
        pickup_form.addRow(self.items)
        pickup_form.addRow(self.add_item_button)
        sign = QHBoxLayout()
        sign.addWidget(self.pad)
        sign.addWidget(self.clear_pad_button)
        sign.addWidget(self.paper_label, 1)
        pickup_form.addRow(self._pickup_labels[5], sign)
        pickup_form.addRow(self.hand_over_button)
        mail_form = QFormLayout(self.mail)
        self._mail_labels = [QLabel(self.mail) for _ in range(6)]
        for label, widget in zip(
            self._mail_labels,
            (
                self.recipient_edit,
                self.mail_phone_edit,
                self.address_edit,
                self.carrier_edit,
                self.tracking_edit,
                self.postage_combo,
            ),
            strict=True,
        ):
            mail_form.addRow(label, widget)
        mail_buttons = QHBoxLayout()
        mail_buttons.addWidget(self.mail_button)
        mail_buttons.addStretch(1)
        mail_buttons.addWidget(self.returned_button)
        mail_form.addRow(mail_buttons)
        self.forms.addTab(self.pickup, "")
        self.forms.addTab(self.mail, "")
        top = QHBoxLayout()
        top.addWidget(self.find_edit, 1)
        top.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.case_label)
        layout.addWidget(self.forms, 1)
        layout.addWidget(self.message_label)

        self.find_edit.returnPressed.connect(self._on_find_edit_return_pressed)
        self.find_button.clicked.connect(self._on_find_edit_return_pressed)
        self.relation_combo.currentIndexChanged.connect(self._on_relation_combo_changed)
        self.add_item_button.clicked.connect(self._on_add_item_clicked)
        self.clear_pad_button.clicked.connect(self.pad.clear)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.mail_button.clicked.connect(self.send_by_mail)
        self.returned_button.clicked.connect(self._on_returned_clicked)
        self.submit_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.submit_shortcut.activated.connect(self._on_submit_shortcut)
        # Tab: find → the receiver's form top to bottom → the items (Space ticks, arrows move;
        # Tab leaves the table) → 添加物品 → the pad's 清除 → 登记领取; the mail form likewise.
        self.items.setTabKeyNavigation(False)
        set_tab_order(
            self.find_edit,
            self.find_button,
            self.forms,
            self.relation_combo,
            self.name_edit,
            self.id_type_combo,
            self.id_edit,
            self.attorney_edit,
            self.phone_edit,
            self.items,
            self.add_item_button,
            self.clear_pad_button,
            self.hand_over_button,
        )
        set_tab_order(
            self.recipient_edit,
            self.mail_phone_edit,
            self.address_edit,
            self.carrier_edit,
            self.tracking_edit,
            self.postage_combo,
            self.mail_button,
            self.returned_button,
        )
        self.retranslate()
        self._show_case(None)

    # -- Page --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("出件")

    def retranslate(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("输入办件编号或扫描文书上的二维码，回车查找"))
        self.find_button.setText(self.tr("查找"))
        self.forms.setTabText(0, self.tr("窗口领取"))
        self.forms.setTabText(1, self.tr("邮寄送达"))
        for label, text in zip(
            self._pickup_labels,
            (self.tr("领取人身份"), self.tr("领取人姓名"), self.tr("证件号码"), self.tr("授权委托书")),
            strict=False,
        ):
            label.setText(text)
        self._pickup_labels[4].setText(self.tr("联系电话"))
        self._pickup_labels[5].setText(self.tr("签收"))
        self.attorney_edit.setPlaceholderText(self.tr("委托代理人必填：委托书日期、编号，原件已核验"))
        self.add_item_button.setText(self.tr("添加物品"))
        self.clear_pad_button.setText(self.tr("重签"))
        self.hand_over_button.setText(self.tr("登记领取并打印领取回执（Ctrl+Enter）"))
        mail_texts = (
            self.tr("收件人"),
            self.tr("收件人电话"),
            self.tr("邮寄地址"),
            self.tr("快递公司"),
            self.tr("运单号"),
            self.tr("邮费/揽收"),
        )
        for label, text in zip(self._mail_labels, mail_texts, strict=True):
            label.setText(text)
        self.mail_button.setText(self.tr("登记邮寄（Ctrl+Enter）"))
        self.returned_button.setText(self.tr("邮件退回…"))
        self.items.retranslate()
        self._update_signature()

    def clear(self) -> None:
        self.find_edit.clear()
        self.result = None
        self._clear_forms()
        self._show_case(None)
        self.message_label.setText("")

    def refresh(self) -> None:
        self._update_signature()
        self.find_edit.setFocus()

    # -- API ------------------------------------------------------------------------------------

    def find_case(self, text: str) -> None:
        """Look the case up (number or scanned QR link) and fill the proposals."""
        service = self.services.handover
        if service is None:
            self.message_label.setText(self.tr("本机未启用出件"))
            return
        self.message_label.setText("")
        self.ops.run(lambda: service.find(text), self._on_found, self._on_failed)

    def hand_over(self) -> None:
        """Record the window hand-over of the case shown (the form as filled in)."""
        service, case = self.services.handover, self.case
        if service is None or case is None:
            self.message_label.setText(self.tr("请先查找要出件的办件"))
            return
        try:
            receiver = parse_receiver(
                name=self.name_edit.text(),
                id_number=self.id_edit.text(),
                relation=str(self.relation_combo.currentData()),
                id_type=str(self.id_type_combo.currentData()),
                attorney=self.attorney_edit.text(),
                phone=self.phone_edit.text(),
                today=self.services.session.now().date(),
            )
            items = parse_items(self.items.rows())
        except CounterDeskError as exc:
            self.message_label.setText(error_message(exc))
            return
        if service.signature_pad:
            signature = Signature(SignatureMode.PAD, self.pad.png())
        else:
            signature = Signature(SignatureMode.PAPER)
        number = case.case_number
        self.message_label.setText("")
        self.ops.run(
            lambda: service.hand_over(number, Handover(receiver, items, signature)), self._on_recorded, self._on_failed
        )

    def send_by_mail(self) -> None:
        """Record the mail 送达 of the case shown."""
        service, case = self.services.handover, self.case
        if service is None or case is None:
            self.message_label.setText(self.tr("请先查找要出件的办件"))
            return
        try:
            dispatch = parse_mail(
                recipient=self.recipient_edit.text(),
                phone=self.mail_phone_edit.text(),
                address=self.address_edit.text(),
                carrier=self.carrier_edit.text(),
                tracking_no=self.tracking_edit.text(),
                postage=str(self.postage_combo.currentData()),
                items=parse_items(self.items.rows()),
            )
        except CounterDeskError as exc:
            self.message_label.setText(error_message(exc))
            return
        number = case.case_number
        self.message_label.setText("")
        self.ops.run(lambda: service.mail(number, dispatch), self._on_recorded, self._on_failed)

    def mail_returned(self, reason: str) -> None:
        """The mailed item came back: record why; the hand-over is open again."""
        service, case = self.services.handover, self.case
        if service is None or case is None:
            self.message_label.setText(self.tr("请先查找要出件的办件"))
            return
        number = case.case_number
        self.ops.run(lambda: service.mail_returned(number, reason), self._on_returned, self._on_failed)

    # -- internals ------------------------------------------------------------------------------

    def _clear_forms(self) -> None:
        for edit in (
            self.name_edit,
            self.id_edit,
            self.attorney_edit,
            self.phone_edit,
            self.recipient_edit,
            self.mail_phone_edit,
            self.address_edit,
            self.carrier_edit,
            self.tracking_edit,
        ):
            edit.clear()
        self.items.setRowCount(0)
        self.pad.clear()

    def _show_case(self, case: HandoverCase | None) -> None:
        self.case = case
        ready = case is not None and case.ready
        self.forms.setEnabled(case is not None)
        self.hand_over_button.setEnabled(ready)
        self.mail_button.setEnabled(ready)
        self.returned_button.setEnabled(case is not None and case.standing is Standing.MAILED)
        if case is None:
            self.case_label.setText(self.tr("查找办件后在此登记领取或邮寄"))
            return
        where = (
            self.tr("本窗口办件") if case.local else self.tr("%1号窗口受理（中心库）").replace("%1", case.owner_window)
        )
        lines = [
            self.tr("%1　%2").replace("%1", case.case_number).replace("%2", case.matter_name),
            self.tr("申请人：%1（%2）　%3")
            .replace("%1", case.applicant_name)
            .replace("%2", case.id_masked)
            .replace("%3", where),
            self.tr("状态：%1　出件：%2")
            .replace("%1", value_text(case.state))
            .replace("%2", value_text(case.standing)),
        ]
        last = case.last
        if last.get("method") == DeliveryMethod.MAIL:
            lines.append(
                self.tr("已邮寄：%1 %2（%3）寄往 %4")
                .replace("%1", str(last.get("carrier", "")))
                .replace("%2", str(last.get("tracking_no", "")))
                .replace("%3", str(last.get("postage", "")))
                .replace("%4", str(last.get("address", "")))
            )
        elif last.get("receiver"):
            receiver = last["receiver"]
            lines.append(
                self.tr("已由%1%2领取")
                .replace("%1", str(receiver.get("relation", "")))
                .replace("%2", str(receiver.get("name", "")))
            )
        self.case_label.setText("\n".join(lines))

    def _update_signature(self) -> None:
        pad = self.services.handover is not None and self.services.handover.signature_pad
        self.pad.setVisible(pad)
        self.clear_pad_button.setVisible(pad)
        self.paper_label.setText(
            self.tr("请领取人在签名板上签名")
            if pad
            else self.tr("本机未配置签名板：打印两联领取回执，领取人在第二联签字后交窗口存档")
        )

    def _on_found(self, case: HandoverCase) -> None:
        self._clear_forms()
        self._show_case(case)
        self.items.set_items(case.offered)
        if case.applicant_is_person:
            self.recipient_edit.setText(case.applicant_name)
        self.mail_phone_edit.setText(case.phone)
        self.address_edit.setText(case.address)
        if not case.ready:
            self.message_label.setText(self.tr("该办件当前不能出件（%1）").replace("%1", value_text(case.standing)))
        self.relation_combo.setFocus()

    def _on_recorded(self, result: HandoverResult) -> None:
        self.result = result
        self._clear_forms()  # the receiver's full ID number does not stay on screen
        self._show_case(result.case)
        self.items.set_items(result.case.offered)
        receipt: DocumentInfo | None = result.receipt
        if receipt is not None:
            self.message_label.setText(self.tr("已登记领取，领取回执 %1 已送打印").replace("%1", receipt.number))
            self.receipt_issued.emit(receipt)
        else:
            self.message_label.setText(self.tr("已登记邮寄"))
        self.handed_over.emit(result.case)
        self.find_edit.setFocus()

    def _on_returned(self, case: HandoverCase) -> None:
        self._show_case(case)
        self.items.set_items(case.offered)
        self.message_label.setText(self.tr("已登记邮件退回：请重新出件（窗口领取或重新邮寄）"))
        self.handed_over.emit(case)

    def _on_failed(self, exc: BaseException) -> None:
        self.message_label.setText(error_message(exc))

    @Slot()
    def _on_find_edit_return_pressed(self) -> None:
        text = self.find_edit.text().strip()
        if text:
            self.find_case(text)

    @Slot(int)
    def _on_relation_combo_changed(self, _index: int) -> None:
        agent = self.relation_combo.currentData() == ReceiverRelation.AGENT.value
        self.attorney_edit.setEnabled(agent)

    @Slot()
    def _on_add_item_clicked(self) -> None:
        self.items.add_item(ItemKind.DOCUMENT)
        self.items.setCurrentCell(self.items.rowCount() - 1, 1)
        self.items.setFocus()

    @Slot()
    def _on_submit_shortcut(self) -> None:
        if self.forms.currentWidget() is self.mail:
            self.send_by_mail()
        else:
            self.hand_over()

    @Slot()
    def _on_returned_clicked(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("邮件退回"), self.tr("退回原因（如查无此人、地址不详、拒收）"))
        if ok:
            self.mail_returned(reason)
