"""The counter window's actions: the F-key table, the 登记 menu, their texts, and when each
may be used.

Kept apart from :mod:`app.ui.main_window` so the keyboard map and the rules of who may press
what at which moment can be read (and tested) on their own; the window creates the
``QAction``s from these specs and applies :func:`action_states` after every change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Role, WindowStatus
from app.services.dto import SessionInfo, WindowStatusInfo


@dataclass(frozen=True)
class ActionSpec:
    """A window action: its name, F-key and the slot it triggers."""

    name: str
    key: str
    slot: str


#: The queue and status actions, in button order (None: separator).
ACTION_SPECS: tuple[ActionSpec | None, ...] = (
    ActionSpec("call_next", "F1", "call_next"),
    ActionSpec("recall", "F2", "recall"),
    ActionSpec("no_show", "F3", "no_show"),
    ActionSpec("transfer", "F4", "transfer"),
    ActionSpec("park", "F5", "park_or_resume"),
    ActionSpec("call_number", "F6", "call_number"),
    ActionSpec("walk_in", "F7", "walk_in"),
    ActionSpec("finish", "F8", "finish"),
    None,
    ActionSpec("pause", "F9", "toggle_pause"),
    ActionSpec("away", "F10", "toggle_away"),
    ActionSpec("lock", "F11", "lock"),
    ActionSpec("switch_user", "F12", "switch_user"),
)

#: The 登记 menu: action name → register shown first (the lead also gets 否定备案).
REGISTER_ACTIONS: tuple[tuple[str, str], ...] = (
    ("reg_first_inquiries", "first_inquiries"),
    ("reg_consultations", "consultations"),
    ("reg_complaints", "complaints"),
    ("reg_cannot_do", "cannot_do"),
    ("reg_assists", "assists"),
    ("reg_negative", "negative"),
)
#: Actions that act on the window's queue or status: only for someone working at the counter.
COUNTER_ACTIONS = (
    "call_next",
    "recall",
    "no_show",
    "transfer",
    "park",
    "call_number",
    "walk_in",
    "finish",
    "pause",
    "away",
    "search",
    "decide",
)


def is_center_person(info: SessionInfo | None) -> bool:
    """A 中心管理员 or 电子监察: the center's workspace is theirs."""
    return info is not None and (Role.ADMIN.value in info.roles or Role.SUPERVISOR.value in info.roles)


def works_counter(info: SessionInfo | None) -> bool:
    """Logged in as A岗/B岗/顶岗 of this window (an administrator without a post is not)."""
    return info is not None and info.post is not None


def action_texts() -> dict[str, str]:
    """Every action's text, in the main window's translation context (language change)."""
    return {
        "call_next": QCoreApplication.translate("MainWindow", "呼叫下一位"),
        "recall": QCoreApplication.translate("MainWindow", "重呼"),
        "no_show": QCoreApplication.translate("MainWindow", "过号"),
        "transfer": QCoreApplication.translate("MainWindow", "转窗"),
        "park": QCoreApplication.translate("MainWindow", "挂起/恢复"),
        "call_number": QCoreApplication.translate("MainWindow", "指定呼叫"),
        "walk_in": QCoreApplication.translate("MainWindow", "无号办理"),
        "finish": QCoreApplication.translate("MainWindow", "办结叫号"),
        "pause": QCoreApplication.translate("MainWindow", "暂停/恢复服务"),
        "away": QCoreApplication.translate("MainWindow", "离开留言/返回"),
        "lock": QCoreApplication.translate("MainWindow", "锁屏"),
        "switch_user": QCoreApplication.translate("MainWindow", "切换用户"),
        "search": QCoreApplication.translate("MainWindow", "查找事项"),
        "decide": QCoreApplication.translate("MainWindow", "去决定"),
        "large_font": QCoreApplication.translate("MainWindow", "大字体"),
        "high_contrast": QCoreApplication.translate("MainWindow", "高对比度"),
        "quit": QCoreApplication.translate("MainWindow", "退出"),
        "show_center": QCoreApplication.translate("MainWindow", "中心工作台"),
        "show_counter": QCoreApplication.translate("MainWindow", "窗口受理"),
        "console": QCoreApplication.translate("MainWindow", "管理控制台"),
        "reg_first_inquiries": QCoreApplication.translate("MainWindow", "首问登记…"),
        "reg_consultations": QCoreApplication.translate("MainWindow", "咨询登记…"),
        "reg_complaints": QCoreApplication.translate("MainWindow", "受理投诉…"),
        "reg_cannot_do": QCoreApplication.translate("MainWindow", "“办不成事”登记…"),
        "reg_assists": QCoreApplication.translate("MainWindow", "帮办代办…"),
        "reg_negative": QCoreApplication.translate("MainWindow", "否定备案（本窗口）…"),
    }


@dataclass(frozen=True)
class ActionState:
    """Whether an action may be triggered now, and whether it is shown at all."""

    enabled: bool
    #: None: the action is always shown.
    visible: bool | None = None


def action_states(
    *,
    person: SessionInfo | None,
    unlocked: bool,
    lock_screen_shown: bool,
    on_counter: bool,
    has_ticket: bool,
    status: WindowStatusInfo | None,
    has_workspace: bool,
    has_console: bool,
    has_center: bool,
) -> dict[str, ActionState]:
    """What each action may do now: queue keys only for someone at the counter (a post at this
    window, the counter shown, not locked), the center's views for its people, 登记 on a PC with
    the center's services (否定备案 for the lead only)."""
    counter = works_counter(person)
    logged_in = unlocked and counter and on_counter
    serving = status is None or status.status is WindowStatus.SERVING
    states = {
        "call_next": ActionState(logged_in and serving),
        "recall": ActionState(logged_in and has_ticket),
        "no_show": ActionState(logged_in and has_ticket),
        "transfer": ActionState(logged_in and has_ticket),
        "park": ActionState(logged_in),
        "call_number": ActionState(logged_in and serving),
        "walk_in": ActionState(logged_in and serving),
        "finish": ActionState(logged_in and has_ticket),
        "pause": ActionState(logged_in),
        "away": ActionState(logged_in),
        "lock": ActionState(unlocked),
        "switch_user": ActionState(person is not None or lock_screen_shown),
        "search": ActionState(logged_in),
        "decide": ActionState(logged_in),
        "show_center": ActionState(unlocked and has_workspace, has_workspace),
        "show_counter": ActionState(unlocked and has_workspace and counter, has_workspace and counter),
        "console": ActionState(unlocked and has_console, has_console),
    }
    lead = person is not None and Role.LEAD.value in person.roles
    for name, _register in REGISTER_ACTIONS:
        negative = name == "reg_negative"
        states[name] = ActionState(unlocked and has_center and (not negative or lead), not negative or lead)
    return states
