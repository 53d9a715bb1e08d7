"""The window's facts reach the devices through the link (a recording hub stands in)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.device_link import DeviceLink
from tests.ui.test_queue_keys import log_in


class RecordingHub(QObject):
    """Same methods and status signal as the device hub; remembers every request."""

    device_status_changed = Signal(str, bool, str)
    rating_received = Signal(int, str, int, list)
    rating_timed_out = Signal(int, str)
    rating_failed = Signal(int, str, str)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple] = []

    def request_rating(self, reference: str, timeout_s: float | None = None) -> int:
        self.calls.append(("rating", reference))
        return len(self.calls)

    def show_welcome(self, *args) -> None:  # type: ignore[no-untyped-def]
        self.calls.append(("welcome", *args[:4]))

    def show_window(self, *args) -> None:  # type: ignore[no-untyped-def]
        self.calls.append(("window", *args))

    def call(self, ticket: str, window_no: str, recall: bool = False) -> None:
        self.calls.append(("call", ticket, window_no, recall))

    def show_status(self, state: str, message: str = "", away=None) -> None:  # type: ignore[no-untyped-def]
        self.calls.append(("status", state, message, away))


def test_login_calls_and_status_reach_the_devices(qtbot, window, services, ops) -> None:  # type: ignore[no-untyped-def]
    hub = RecordingHub()
    DeviceLink(window, hub)
    services.queue.issue("A")
    log_in(qtbot, window, services, ops)
    assert ("welcome", "01", "综合受理一号窗口", "张明", "0101") in hub.calls
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert [c for c in hub.calls if c[0] == "call"] == [("call", "A001", "01", False), ("call", "A001", "01", True)]

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, fill)
            return
        dialog.reason_combo.setCurrentText("参加会议")
        dialog.where_edit.setText("三楼会议室")
        dialog.accept()

    QTimer.singleShot(10, fill)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    state, _message, away = hub.calls[-1][1:]
    assert state == "away" and away.reason == "参加会议" and away.whereabouts == "三楼会议室"
    hub.device_status_changed.emit("窗口屏", False, "串口未连接")
    assert window.status.indicator_text("窗口屏") == "○ 窗口屏：串口未连接"


def test_finished_service_asks_for_a_rating_and_records_the_answer(qtbot, hall_store, qapp) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from app.domain.enums import Rating
    from app.services.ratings import RatingService
    from app.ui.main_window import MainWindow
    from app.ui.ops import OpRunner
    from tests.services.conftest import CALENDAR
    from tests.ui.conftest import make_services

    services, clock = make_services(hall_store)
    ratings = RatingService(hall_store, services.session, CALENDAR, services.settings, clock=clock)
    services = replace(services, extras={"ratings": ratings})
    ops = OpRunner(synchronous=True)
    window = MainWindow(services, ops)
    qtbot.addWidget(window)
    window.show()
    hub = RecordingHub()
    link = DeviceLink(window, hub)
    for _ in range(2):
        services.queue.issue("A")
    log_in(qtbot, window, services, ops)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # A001
    qtbot.keyClick(window, Qt.Key.Key_F1)  # A002: A001 finished → rating asked
    first = [c for c in hub.calls if c[0] == "rating"]
    assert first == [("rating", "A001")]
    qtbot.keyClick(window, Qt.Key.Key_F8)  # A002 finished
    assert len(link.pending_ratings) == 2
    request_a001, request_a002 = sorted(link.pending_ratings)
    hub.rating_received.emit(request_a001, "A001", 2, ["等候时间长"])
    assert window.statusBar().currentMessage() == "评价已记录：不满意"
    hub.rating_timed_out.emit(request_a002, "A002")
    assert link.pending_ratings == {}
    stats = services.stats.today("01", services.session.today())
    assert stats.ratings_total >= 1 and stats.bad_ratings == 1
    assert dict(stats.ratings).get(Rating.DISSATISFIED.value) == 1
