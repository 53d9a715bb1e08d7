"""The counter window: status strip, F-key queue panel, the pages, the status bar.

Sized for a 1366×768 hall PC.  Every queue and status action is a QAction with its
F-key, shown on the left buttons and in the menus.  The window owns the person's
session on screen: a switch of user clears every page and model before the next
person sees anything, and a lock hides the work area behind the lock screen.

A 中心管理员 or 电子监察 logging in gets the center's workspace instead of the counter
(an administrator without a post never calls tickets); window staff reach the registers
they may use through the 登记 menu.  The center-side services are ``Services.center``,
wired by the composition root; a PC without them has neither menu nor workspace.

The F-key table and when each action may be used are :mod:`app.ui.window_actions`; the
queue and status keys and their results on screen are :mod:`app.ui.queue_actions`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role, WindowStatus
from app.services.dto import DecisionResult, SessionInfo, TicketInfo, WindowStatusInfo
from app.ui.admin.center import CenterWorkspace
from app.ui.admin.common import actor_source
from app.ui.admin.registers import COUNTER_REGISTERS, RegistersDialog
from app.ui.context import CenterServices, Services
from app.ui.focus import first_focusable
from app.ui.lock import IdleWatcher, LockScreen
from app.ui.login import LoginDialog
from app.ui.language_menu import LanguageMenu
from app.ui.ops import OpRunner
from app.ui.pages.base import Page
from app.ui.pages.cases import CasesPage
from app.ui.pages.decision import DecisionPage
from app.ui.pages.guide import GuidePage
from app.ui.pages.handover import HandoverPage
from app.ui.pages.intake import IntakePage
from app.ui.pages.today import TodayPage
from app.ui.queue_actions import QueueActions
from app.ui.queue_panel import QueuePanel, scrolling_queue_panel
from app.ui.status_strip import StatusStrip
from app.ui.statusbar import StatusBar
from app.ui.window_actions import (
    ACTION_SPECS,
    REGISTER_ACTIONS,
    action_states,
    action_texts,
    is_center_person,
    works_counter,
)


class MainWindow(QueueActions, QMainWindow):
    """The clerk's window; built from the services, shown after a successful login."""

    #: Fact: the person on screen changed (login, switch) — device adapters follow it.
    person_changed = Signal(object)
    #: Fact: the person serving left the window (switch of user, program closed).
    person_left = Signal()
    #: Fact: a ticket was called (LED screen and voice announcer follow it).
    ticket_called = Signal(object)
    #: Fact: the current ticket was called again (重呼).
    ticket_recalled = Signal(object)
    #: Fact: the window's status changed (serving / paused / away with its message).
    status_changed = Signal(object)
    #: Fact: the applicant of this ticket was served to the end (the evaluator asks for a rating).
    ticket_finished = Signal(object)

    def __init__(self, services: Services, ops: OpRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or OpRunner(self)
        self.person: SessionInfo | None = None
        self.ticket: TicketInfo | None = None
        self.window_status: WindowStatusInfo | None = None
        #: Open while someone is logging in to take over the window.
        self.login_dialog: LoginDialog | None = None
        #: The widget that had the focus when the screen was locked (it gets it back).
        self._focus_before_lock: QWidget | None = None
        self.key_actions: dict[str, QAction] = {}
        #: The center's services (None on a PC without them: no 登记 menu, no workspace).
        self.center = services.center
        self.actor = actor_source(services.session)
        #: The center's workspace of the person logged in (built per person, dropped on switch).
        self.workspace: CenterWorkspace | None = None
        #: The 登记 dialog while open.
        self.registers_dialog: RegistersDialog | None = None

        self.strip = StatusStrip(self, clock=services.session.now)
        self.guide_page = GuidePage(services, self.ops, self)
        self.intake_page = IntakePage(services, self.ops, self)
        self.decision_page = DecisionPage(services, self.ops, self)
        self.cases_page = CasesPage(services, self.ops, self)
        self.today_page = TodayPage(services, self.ops, self)
        #: 出件 (Ctrl+6): hand-over at the window or by mail, the 领取回执.
        self.handover_page = HandoverPage(services, self.ops, self)
        self.pages: tuple[Page, ...] = (
            self.guide_page,
            self.intake_page,
            self.decision_page,
            self.cases_page,
            self.today_page,
            self.handover_page,
        )
        self.tabs = QTabWidget(self)
        for page in self.pages:
            self.tabs.addTab(page, page.title())
        self._create_actions()
        self.queue_panel = QueuePanel([self.key_actions[s.name] if s else None for s in ACTION_SPECS], self)
        self.lock_screen = LockScreen(services, self.ops, self)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.idle_watcher = IdleWatcher(max(0, services.settings.idle_lock_minutes) * 60_000, self)

        work = QWidget(self)
        counter = QWidget(self)
        body = QHBoxLayout(counter)
        body.setContentsMargins(0, 0, 0, 0)
        self.queue_scroll = scrolling_queue_panel(self.queue_panel, self)
        body.addWidget(self.queue_scroll)
        body.addWidget(self.tabs, 1)
        self.center_host = QWidget(self)
        self.center_layout = QVBoxLayout(self.center_host)
        self.center_layout.setContentsMargins(0, 0, 0, 0)
        #: 0: the counter (queue panel and pages); 1: the center's workspace.
        self.body = QStackedWidget(self)
        self.body.addWidget(counter)
        self.body.addWidget(self.center_host)
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        work_layout.addWidget(self.strip)
        work_layout.addWidget(self.body, 1)
        self._work_layout = work_layout
        #: Strips shown above the pages (the 补打 strip); each has ``stop()`` for a log-out.
        self.banners: list[Any] = []
        self.root = QStackedWidget(self)
        self.root.addWidget(work)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)
        self._create_menus()
        self.resize(1366, 740)
        self.setMinimumSize(1024, 640)

        self.ops.error_reported.connect(self.status.show_error)
        self.ops.busy_changed.connect(self.status.set_busy)
        self.guide_page.intake_requested.connect(self._on_guide_page_intake_requested)
        self.guide_page.bundle_intake_requested.connect(self._on_guide_page_bundle_intake_requested)
        self.intake_page.case_changed.connect(self.decision_page.set_case)
        self.intake_page.decide_requested.connect(self._on_intake_page_decide_requested)
        self.decision_page.decided.connect(self._on_decision_page_decided)
        self.cases_page.draft_requested.connect(self._on_cases_page_draft_requested)
        self.cases_page.handover_requested.connect(self._on_cases_page_handover_requested)
        self.handover_page.handed_over.connect(lambda case: self.cases_page.update_case(case.id))  # its row alone
        self.queue_panel.resume_requested.connect(self._on_queue_panel_resume_requested)
        self.queue_panel.requeue_requested.connect(self._on_queue_panel_requeue_requested)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.lock_screen.switch_requested.connect(self.switch_user)
        self.idle_watcher.idle.connect(self._on_idle_watcher_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle_watcher)
        self.retranslate()
        self._update_actions()

    # -- construction ---------------------------------------------------------------------------

    def _create_actions(self) -> None:
        for spec in ACTION_SPECS:
            if spec is None:
                continue
            action = QAction(self)
            action.setShortcut(QKeySequence(spec.key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setProperty("fkey", spec.key)
            action.triggered.connect(getattr(self, spec.slot))
            self.addAction(action)
            self.key_actions[spec.name] = action
        extra: tuple[tuple[str, str, Callable[[], object]], ...] = (
            ("search", "Ctrl+F", self.focus_search),
            ("decide", "Ctrl+D", self.intake_page.request_decision),
            ("large_font", "", self.apply_view_options),
            ("high_contrast", "", self.apply_view_options),
            ("quit", "Ctrl+Q", self.close),
            ("show_center", "Ctrl+0", self.show_center),
            ("show_counter", "Ctrl+9", self.show_counter),
            ("console", "", self.open_console),
        )
        for name, key, slot in extra:
            action = QAction(self)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)
            self.key_actions[name] = action
        self.key_actions["large_font"].setCheckable(True)
        self.key_actions["large_font"].setChecked(self.services.settings.large_font)
        self.key_actions["high_contrast"].setCheckable(True)
        self.key_actions["high_contrast"].setChecked(self.services.settings.high_contrast)
        for name, register in REGISTER_ACTIONS:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, r=register: self.open_registers(r))
            self.key_actions[name] = action
        for i in range(len(self.pages)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, index=i: self.tabs.setCurrentIndex(index))
            self.addAction(action)
            self.key_actions[f"page_{i}"] = action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.queue_menu = QMenu(self)
        self.window_menu = QMenu(self)
        self.view_menu = QMenu(self)
        self.register_menu = QMenu(self)
        for spec in ACTION_SPECS:
            if spec is None:
                continue
            menu = self.queue_menu if spec.key in ("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8") else self.window_menu
            menu.addAction(self.key_actions[spec.name])
        self.window_menu.addSeparator()
        self.window_menu.addAction(self.key_actions["quit"])
        self.view_menu.addAction(self.key_actions["search"])
        self.view_menu.addAction(self.key_actions["decide"])
        self.view_menu.addSeparator()
        for i in range(len(self.pages)):
            self.view_menu.addAction(self.key_actions[f"page_{i}"])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.key_actions["large_font"])
        self.view_menu.addAction(self.key_actions["high_contrast"])
        self.language_menu = LanguageMenu(self.services.settings.language, self, report=self.status.show_error)
        self.view_menu.addMenu(self.language_menu)
        self.view_menu.addSeparator()
        for name in ("show_counter", "show_center", "console"):
            self.view_menu.addAction(self.key_actions[name])
        for name, _register in REGISTER_ACTIONS:
            self.register_menu.addAction(self.key_actions[name])
        for menu in (self.queue_menu, self.window_menu, self.register_menu, self.view_menu):
            bar.addMenu(menu)

    def retranslate(self) -> None:
        """Every text of the window again (language change)."""
        texts = action_texts()
        for name, text in texts.items():
            action = self.key_actions[name]
            key = action.property("fkey")
            action.setText(f"{key}  {text}" if key else text)
            action.setToolTip(text)
        for i, page in enumerate(self.pages):
            self.tabs.setTabText(i, page.title())
            self.key_actions[f"page_{i}"].setText(page.title())
        self.queue_menu.setTitle(self.tr("叫号(&Q)"))
        self.window_menu.setTitle(self.tr("窗口(&W)"))
        self.view_menu.setTitle(self.tr("视图(&V)"))
        self.register_menu.setTitle(self.tr("登记(&R)"))
        self.setWindowTitle(self.tr("窗口受理台"))
        self.queue_panel.retranslate()
        self.lock_screen.retranslate()
        self._show_person()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- session --------------------------------------------------------------------------------

    def start_session(self, info: SessionInfo) -> None:
        """Show the window for ``info`` (after login or a switch): fresh pages, fresh data."""
        self.clear_all()
        self.person = info
        self.window_status = self.services.session.status()
        self.root.setCurrentIndex(0)
        self.idle_watcher.set_enabled(True)
        self._show_person()
        if is_center_person(info) and not info.must_change_password and self.center is not None:
            self._build_workspace(self.center)
        self.body.setCurrentIndex(1 if self.workspace is not None else 0)
        self._update_actions()
        if works_counter(info):
            self.guide_page.refresh()
            self.cases_page.refresh()
            self.today_page.refresh()
            self.refresh_queue()
            queue = self.services.queue
            self.ops.run(queue.current, self._set_ticket)
        self.focus_home()
        self.person_changed.emit(info)

    def focus_home(self) -> None:
        """Where the keyboard starts: F1 呼叫下一位 at the counter, the workspace's first
        control for the center's staff (after login, a switch, an unlock with nothing to
        return to, F8). Without it no widget had the focus and F1 did nothing until a click."""
        target: QWidget | None = None
        if self.workspace is not None and self.body.currentIndex() == 1:
            target = first_focusable(self.workspace)
        elif self.queue_panel.buttons:
            target = self.queue_panel.buttons[0]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` between the status strip and the pages (non-modal notices)."""
        self._work_layout.insertWidget(1 + len(self.banners), banner)
        self.banners.append(banner)

    def clear_all(self) -> None:
        """Forget everything on screen (nothing of one person stays for the next)."""
        self.ops.invalidate()
        for banner in self.banners:
            banner.stop()
        for page in self.pages:
            page.clear()
        self.queue_panel.clear()
        self.strip.clear()
        self.status.clearMessage()
        self.ticket = None
        self.person = None
        self.tabs.setCurrentIndex(0)
        self._drop_workspace()
        if self.registers_dialog is not None:
            self.registers_dialog.close()
            self.registers_dialog.deleteLater()
            self.registers_dialog = None
        self.body.setCurrentIndex(0)
        self._update_actions()

    # -- center ---------------------------------------------------------------------------------

    def _build_workspace(self, center: CenterServices) -> None:
        self.workspace = CenterWorkspace(
            registers=center.registers,
            supervision=center.supervision,
            reports=center.reports,
            console=center.console,
            extensions=center.extensions,
            ops=self.ops,
            actor=self.actor,
            parent=self.center_host,
        )
        self.center_layout.addWidget(self.workspace)
        self.workspace.refresh()

    def _drop_workspace(self) -> None:
        if self.workspace is not None:
            self.center_layout.removeWidget(self.workspace)
            self.workspace.hide()
            self.workspace.deleteLater()
            self.workspace = None

    @Slot()
    def show_center(self) -> None:
        """The center's workspace (中心管理员, 电子监察)."""
        if self.workspace is not None:
            self.body.setCurrentIndex(1)
            self._update_actions()

    @Slot()
    def show_counter(self) -> None:
        """Back to the counter (only for someone holding a post at this window)."""
        if works_counter(self.person):
            self.body.setCurrentIndex(0)
            self._update_actions()

    @Slot()
    def open_console(self) -> None:
        """管理控制台 — shown only to a 中心管理员; the service checks the role again on every call."""
        if self.workspace is not None and self.workspace.console is not None:
            self.show_center()
            self.workspace.setCurrentWidget(self.workspace.console)

    def open_registers(self, register: str = "first_inquiries") -> None:
        """登记: the registers window's staff may use (a lead also 否定备案 of their window)."""
        if self.person is None or self.center is None:
            return
        only = COUNTER_REGISTERS + (("negative",) if Role.LEAD.value in self.person.roles else ())
        if self.registers_dialog is None:
            self.registers_dialog = RegistersDialog(self.center.registers, self.ops, self.actor, only, self)
        self.registers_dialog.page.show_register(register)
        self.registers_dialog.page.refresh()
        self.registers_dialog.show()
        self.registers_dialog.raise_()

    def set_indicator(self, name: str, ok: bool, text: str) -> None:
        """Device/sync lamps in the status bar (printer, evaluator, led, store, queue …)."""
        self.status.set_indicator(name, ok, text)

    @Slot()
    def lock(self) -> None:
        """Hide the work behind the lock screen (F11, or idle time)."""
        if self.person is None:
            return
        session = self.services.session
        focused = QApplication.focusWidget()  # before the work is hidden (that moves the focus)
        self._focus_before_lock = focused if focused is not None and self.isAncestorOf(focused) else None
        self.root.setCurrentIndex(1)
        self.status.clearMessage()
        self.lock_screen.show_person(self.person)
        self.idle_watcher.set_enabled(False)
        self._update_actions()
        self.lock_screen.password_edit.setFocus()
        self.ops.run(session.lock)

    @Slot()
    def switch_user(self) -> None:
        """Clear the screen, then let the next person log in (with an optional handover)."""
        name = self.person.window_name if self.person is not None else ""
        self.clear_all()
        self.person_left.emit()
        self.root.setCurrentIndex(1)
        self.lock_screen.show_person(None)
        self.idle_watcher.set_enabled(False)
        dialog = LoginDialog(self.services, self.ops, switching=True, window_name=name, parent=self)
        self.login_dialog = dialog
        dialog.logged_in.connect(self.start_session)
        dialog.finished.connect(self._on_login_dialog_finished)
        dialog.open()

    @Slot()
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.guide_page)
        self.guide_page.focus_search()

    @Slot()
    def apply_view_options(self) -> None:
        """视图 → 大字体 / 高对比度: the font size and the style sheet for both options."""
        from app.ui.look import apply_style

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(
                app,
                large_font=self.key_actions["large_font"].isChecked(),
                high_contrast=self.key_actions["high_contrast"].isChecked(),
            )

    def _show_person(self) -> None:
        info = self.person
        code = self.services.settings.window_code
        self.strip.set_window(code, info.window_name if info else "")
        if info is None:
            self.strip.clear()
            for label in (self.strip.ticket_label, self.strip.wait_label, self.strip.service_label):
                label.setVisible(True)
            return
        self.strip.set_clerk(info.name, info.capacity)
        counter = works_counter(info)
        for label in (self.strip.ticket_label, self.strip.wait_label, self.strip.service_label):
            label.setVisible(counter)
        status = self.window_status
        if not counter:
            self.strip.set_state(self.tr("中心工作台"))  # an administrator here serves no applicants
        elif status is None:
            self.strip.set_state(WindowStatus.SERVING.value)
        elif status.status is WindowStatus.AWAY and status.away is not None:
            self.strip.set_state(status.status.value, status.away.reason)
        elif status.status is WindowStatus.PAUSED:
            self.strip.set_state(status.status.value, status.pause_reason)
        else:
            self.strip.set_state(status.status.value)

    def _update_actions(self) -> None:
        unlocked = self.person is not None and self.root.currentIndex() == 0
        logged_in = unlocked and works_counter(self.person) and self.body.currentIndex() == 0
        states = action_states(
            person=self.person,
            unlocked=unlocked,
            lock_screen_shown=self.root.currentIndex() == 1,
            on_counter=self.body.currentIndex() == 0,
            has_ticket=self.ticket is not None,
            status=self.window_status,
            has_workspace=self.workspace is not None,
            has_console=self.workspace is not None and self.workspace.console is not None,
            has_center=self.center is not None,
        )
        for name, state in states.items():
            if state.visible is not None:
                self.key_actions[name].setVisible(state.visible)
            self.key_actions[name].setEnabled(state.enabled)
        for i in range(len(self.pages)):
            self.key_actions[f"page_{i}"].setEnabled(logged_in)
        self.tabs.setEnabled(logged_in)
        self.register_menu.menuAction().setVisible(self.center is not None)
        self.queue_menu.menuAction().setVisible(self.person is None or works_counter(self.person))

    @Slot(str)
    def _on_guide_page_intake_requested(self, code: str) -> None:
        ticket_id = self.ticket.id if self.ticket is not None else None
        self.intake_page.start(code, ticket_id)
        self.tabs.setCurrentWidget(self.intake_page)

    @Slot(str)
    def _on_guide_page_bundle_intake_requested(self, code: str) -> None:
        ticket_id = self.ticket.id if self.ticket is not None else None
        self.intake_page.start_bundle(code, ticket_id)
        self.tabs.setCurrentWidget(self.intake_page)

    @Slot(object)
    def _on_cases_page_draft_requested(self, case_id: uuid.UUID) -> None:
        self.intake_page.open_case(case_id)
        self.tabs.setCurrentWidget(self.intake_page)

    @Slot(str)
    def _on_cases_page_handover_requested(self, case_number: str) -> None:
        self.tabs.setCurrentWidget(self.handover_page)
        self.handover_page.find_edit.setText(case_number)
        self.handover_page.find_case(case_number)

    @Slot()
    def _on_intake_page_decide_requested(self) -> None:
        self.tabs.setCurrentWidget(self.decision_page)
        self.decision_page.focus_default()

    @Slot(object)
    def _on_decision_page_decided(self, result: DecisionResult) -> None:
        self.intake_page.set_case(result.case)
        self.cases_page.update_case(result.case.id)  # its row alone, not the whole list
        case = result.case
        message = self.tr("决定已作出：%1").replace("%1", case.state)
        if case.case_number:
            message += self.tr("，办件编号 %1").replace("%1", case.case_number)
        self.status.show_info(message)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page in (self.cases_page, self.today_page, self.handover_page, self.guide_page):
            page.refresh()

    @Slot(object)
    def _on_lock_screen_unlocked(self, info: SessionInfo) -> None:
        self.root.setCurrentIndex(0)
        self.idle_watcher.set_enabled(True)
        self._update_actions()
        before, self._focus_before_lock = self._focus_before_lock, None
        if before is not None and before.isVisible() and before.isEnabled():
            before.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the clerk was
        else:
            self.focus_home()

    @Slot()
    def _on_idle_watcher_idle(self) -> None:
        if self.root.currentIndex() == 0 and self.person is not None and QApplication.activeModalWidget() is None:
            self.lock()

    @Slot(int)
    def _on_login_dialog_finished(self, result: int) -> None:
        self.login_dialog = None
        if result == QDialog.DialogCode.Accepted:
            return
        current = self.services.session.current
        if current is not None and self.services.session.is_locked:
            self.lock_screen.show_person(current)
        elif current is not None:
            self.start_session(current)

    def restore_geometry(self) -> None:
        """Put the window where this PC had it (QSettings holds geometry only)."""
        self._remember_geometry = True
        value = QSettings().value("counter/geometry")
        if isinstance(value, QByteArray | bytes):
            self.restoreGeometry(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_remember_geometry", False):
            QSettings().setValue("counter/geometry", self.saveGeometry())
        session = self.services.session
        if session.current is not None:
            self.person_left.emit()
            self.ops.run(session.logout, None, lambda exc: None)
        self.ops.wait_idle(5000)
        super().closeEvent(event)
