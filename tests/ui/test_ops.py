"""The background-op helper: work on a worker thread, answers on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.domain.errors import ValidationError
from app.ui.ops import INTERNAL_ERROR_MESSAGE, OpRunner


def test_work_runs_off_the_gui_thread_and_callbacks_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner()
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_on_gui"] = QThread.currentThread() is gui

    runner.run(work, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["work_thread"] != threading.get_ident()
    assert seen["callback_on_gui"] is True
    assert runner.is_idle()


def test_order_of_operations_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner()
    order: list[int] = []
    for i in range(20):
        runner.run(lambda i=i: i, order.append)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=5000)
    assert order == list(range(20))


def test_chinese_message_of_a_counterdesk_error_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner()

    def fail() -> None:
        raise ValidationError("身份证号码校验码不正确，请逐位核对号码")

    with qtbot.waitSignal(runner.error_reported, timeout=5000) as blocker:
        runner.run(fail)
    assert blocker.args == ["身份证号码校验码不正确，请逐位核对号码"]


def test_a_bug_is_logged_and_shown_as_a_generic_message(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner()
    with qtbot.waitSignal(runner.error_reported, timeout=5000) as blocker:
        runner.run(lambda: 1 / 0)
    assert blocker.args == [INTERNAL_ERROR_MESSAGE]
    assert "ZeroDivisionError" in caplog.text


def test_results_of_an_earlier_generation_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner()
    release = threading.Event()
    delivered: list[str] = []
    runner.run(lambda: (release.wait(5), "previous person's data")[1], delivered.append)
    runner.invalidate()  # the user switched while the query was running
    runner.run(lambda: "next person's data", delivered.append)
    release.set()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert delivered == ["next person's data"]


def test_slow_work_shows_the_busy_indicator_and_clears_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner()
    release = threading.Event()
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.run(lambda: release.wait(5))
    qtbot.waitUntil(lambda: states == [True], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: states == [True, False], timeout=5000)


def test_synchronous_mode_calls_back_before_returning() -> None:
    runner = OpRunner(synchronous=True)
    got: list[int] = []
    failures: list[str] = []
    runner.run(lambda: 7, got.append)
    runner.run(lambda: (_ for _ in ()).throw(ValidationError("请输入姓名")), None, lambda e: failures.append(str(e)))
    assert got == [7]
    assert failures == ["请输入姓名"]
