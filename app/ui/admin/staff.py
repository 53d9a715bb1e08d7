"""Staff maintenance: create, roles, photo, reset password, unlock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.ui.admin.common import ActorSource, PanelBase, fill_table, tr
from app.ui.focus import set_tab_order
from app.ui.ops import OpRunner
from app.ui.punctuation import joined
from app.ui.values import value_text

if TYPE_CHECKING:
    from app.services.console import ConsoleService, StaffView


class StaffPanel(PanelBase):
    """The hall's people; temporary passwords are shown once on the message line."""

    def __init__(
        self, console: ConsoleService, ops: OpRunner, actor: ActorSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, parent)
        self._console = console
        self._rows: list[StaffView] = []

        self.table = QTableWidget(self)
        self.staff_no_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.department_edit = QLineEdit(self)
        self.department_edit.setPlaceholderText(tr("部门编码"))
        self.title_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.party_check = QCheckBox(tr("中共党员"), self)
        self.active_check = QCheckBox(tr("在岗（取消则停用账号）"), self)
        self.active_check.setChecked(True)
        self.role_checks = {r: QCheckBox(value_text(r), self) for r in Role}
        self.role_checks[Role.CLERK].setChecked(True)
        self.create_button = QPushButton(tr("新增人员"), self)
        self.update_button = QPushButton(tr("保存资料"), self)
        self.roles_button = QPushButton(tr("保存所选人员的角色"), self)
        self.photo_button = QPushButton(tr("设置照片…"), self)
        self.reset_button = QPushButton(tr("重置密码"), self)
        self.unlock_button = QPushButton(tr("解锁"), self)

        form = QFormLayout()
        form.addRow(tr("工号"), self.staff_no_edit)
        form.addRow(tr("姓名"), self.name_edit)
        form.addRow(tr("部门"), self.department_edit)
        form.addRow(tr("职务"), self.title_edit)
        form.addRow(tr("电话"), self.phone_edit)
        form.addRow("", self.party_check)
        form.addRow("", self.active_check)
        roles = QHBoxLayout()
        for check in self.role_checks.values():
            roles.addWidget(check)
        form.addRow(tr("角色"), roles)
        buttons = QHBoxLayout()
        for b in (
            self.create_button,
            self.update_button,
            self.roles_button,
            self.photo_button,
            self.reset_button,
            self.unlock_button,
        ):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        # Tab: the list (rows with the arrows; Tab leaves it), the form top to bottom, the roles,
        # then the buttons left to right.
        self.table.setTabKeyNavigation(False)
        set_tab_order(
            self.table,
            self.staff_no_edit,
            self.name_edit,
            self.department_edit,
            self.title_edit,
            self.phone_edit,
            self.party_check,
            self.active_check,
            *self.role_checks.values(),
            self.create_button,
            self.update_button,
            self.roles_button,
            self.photo_button,
            self.reset_button,
            self.unlock_button,
        )
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.roles_button.clicked.connect(self._on_roles_button_clicked)
        self.photo_button.clicked.connect(self._on_photo_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)

    def refresh(self) -> None:
        self.run(self._console.staff, self._show)

    def _show(self, rows: list[StaffView]) -> None:
        self._rows = rows
        fill_table(
            self.table,
            [tr("工号"), tr("姓名"), tr("部门"), tr("职务"), tr("角色"), tr("照片"), tr("状态")],
            [
                [
                    s.staff_no,
                    s.name,
                    s.department,
                    s.title,
                    joined(value_text(r) for r in s.roles),
                    tr("有") if s.has_photo else "",
                    tr("已锁定") if s.locked else (tr("在岗") if s.active else tr("停用")),
                ]
                for s in rows
            ],
        )

    def selected_staff_no(self) -> str:
        row = self.table.currentRow()
        return self._rows[row].staff_no if 0 <= row < len(self._rows) else self.staff_no_edit.text().strip()

    def _on_table_selection_changed(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            s = self._rows[row]
            self.staff_no_edit.setText(s.staff_no)
            self.name_edit.setText(s.name)
            self.title_edit.setText(s.title)
            self.department_edit.setText(s.department_code)
            self.phone_edit.setText(s.phone)
            self.party_check.setChecked(s.party_member)
            self.active_check.setChecked(s.active)
            for role, check in self.role_checks.items():
                check.setChecked(role.value in s.roles)

    def _roles(self) -> list[Role]:
        return [r for r, check in self.role_checks.items() if check.isChecked()]

    def _on_create_button_clicked(self) -> None:
        staff_no, name = self.staff_no_edit.text().strip(), self.name_edit.text().strip()
        dept, title, roles = self.department_edit.text().strip() or None, self.title_edit.text().strip(), self._roles()
        phone, party = self.phone_edit.text().strip(), self.party_check.isChecked()

        def done(password: str) -> None:
            self.message.ok(tr("已新增%1，临时密码：%2（首次登录须修改）").replace("%1", name).replace("%2", password))
            self.refresh()

        self.run(lambda a: self._console.create_staff(a, staff_no, name, roles, dept, title, phone, party), done)

    def _on_update_button_clicked(self) -> None:
        staff_no = self.selected_staff_no()
        name, title, phone = self.name_edit.text(), self.title_edit.text(), self.phone_edit.text()
        party, active = self.party_check.isChecked(), self.active_check.isChecked()
        dept = self.department_edit.text().strip() or None
        self.run(
            lambda a: self._console.update_staff(
                a,
                staff_no,
                name=name,
                title=title,
                phone=phone,
                party_member=party,
                department_code=dept,
                active=active,
            ),
            lambda _r: self.refresh(),
            tr("资料已保存"),
        )

    def _on_roles_button_clicked(self) -> None:
        staff_no, roles = self.selected_staff_no(), self._roles()
        self.run(lambda a: self._console.set_roles(a, staff_no, roles), lambda _r: self.refresh(), tr("角色已保存"))

    def _on_photo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择照片"), "", tr("图片 (*.png *.jpg *.jpeg)"))
        if path:
            self.set_photo_file(Path(path))

    def set_photo_file(self, path: Path) -> None:
        staff_no = self.selected_staff_no()
        self.run(
            lambda a: self._console.set_photo(a, staff_no, path.read_bytes()),
            lambda _r: self.refresh(),
            tr("照片已更新"),
        )

    def _on_reset_button_clicked(self) -> None:
        staff_no = self.selected_staff_no()
        self.run(
            lambda a: self._console.reset_password(a, staff_no),
            lambda pw: self.message.ok(tr("%1的临时密码：%2").replace("%1", staff_no).replace("%2", pw)),
        )

    def _on_unlock_button_clicked(self) -> None:
        staff_no = self.selected_staff_no()
        self.run(lambda a: self._console.unlock(a, staff_no), lambda _r: self.refresh(), tr("已解锁"))
