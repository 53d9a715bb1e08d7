"""DeviceHub: requests from the GUI thread, answers as queued signals, over real sockets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.devices.announcer import Announcer
from app.devices.config import DeviceConfig
from app.devices.emulators.evaluator import EvaluatorEmulator
from app.devices.emulators.led import LedEmulator
from app.devices.messages import Away, LedState, LedTicket
from app.devices.qt_bridge import DeviceHub

from .conftest import FAST


@pytest.fixture
def hall(evaluator_emulator: EvaluatorEmulator, led_emulator: LedEmulator, qtbot) -> Iterator[DeviceHub]:
    configs = [
        DeviceConfig("评价器", "evaluator", evaluator_emulator.serve_tcp(), "cdk-eval/1"),
        DeviceConfig("窗口屏", "led", led_emulator.serve_tcp(), "cdk-led/1"),
    ]
    hub = DeviceHub(configs, timing=FAST)
    online: set[str] = set()
    hub.device_status_changed.connect(lambda name, ok, _msg: online.add(name) if ok else online.discard(name))
    hub.start()
    qtbot.waitUntil(lambda: online == {"评价器", "窗口屏"}, timeout=5000)
    yield hub
    hub.stop()


class RecordingVoice:
    """Stands in for a speech engine (the hub's wiring is under test, not the voice)."""

    name = "recording"

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, bool]] = []

    def say(self, ticket: str, window_no: str, recall: bool) -> None:
        self.calls.append((ticket, window_no, recall))


@pytest.fixture
def hall_with_voice(led_emulator: LedEmulator, qtbot) -> Iterator[tuple[DeviceHub, RecordingVoice]]:
    voice = RecordingVoice()
    hub = DeviceHub(
        [DeviceConfig("窗口屏", "led", led_emulator.serve_tcp(), "cdk-led/1")], timing=FAST, announcer=Announcer(voice)
    )
    hub.start()
    qtbot.waitUntil(lambda: hub.status("窗口屏")[0], timeout=5000)
    yield hub, voice
    hub.stop()


def test_call_rate_and_status_through_the_hub(hall: DeviceHub, evaluator_emulator, led_emulator, qtbot):
    hall.show_welcome("05", "社保窗口", "张三", "0123", party_member=True)
    hall.show_window("05", "社保窗口", "人社局")
    hall.show_ticket("A012", "05")
    qtbot.waitUntil(lambda: led_emulator.screen.ticket == LedTicket("A012", "05"), timeout=3000)

    with qtbot.waitSignal(hall.rating_received, timeout=5000) as blocker:
        request_id = hall.request_rating("330106-20260105-05-0007")
        assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference is not None)
        evaluator_emulator.press(2, ("等候时间长",))
    assert blocker.args == [request_id, "330106-20260105-05-0007", 2, ["等候时间长"]]

    hall.show_status("away", away=Away("参加培训", "三楼培训室", "0571-88000005", "15:30"))
    qtbot.waitUntil(lambda: evaluator_emulator.screen.mode == "away", timeout=3000)
    qtbot.waitUntil(lambda: led_emulator.screen.status is not None, timeout=3000)
    assert led_emulator.screen.status.state == LedState.AWAY
    assert "参加培训，预计 15:30 返回" in led_emulator.displayed_text
    hall.show_status("serving")
    qtbot.waitUntil(lambda: evaluator_emulator.screen.mode == "welcome", timeout=3000)


def test_photo_path_is_read_off_the_gui_thread_and_shown(hall: DeviceHub, evaluator_emulator, tmp_path, qtbot):
    photo = tmp_path / "zhangsan.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 3)
    hall.show_welcome("05", "社保窗口", "张三", "0123", photo=photo)
    qtbot.waitUntil(lambda: evaluator_emulator.screen.photo == photo.read_bytes(), timeout=3000)

    with qtbot.waitSignal(hall.command_rejected, timeout=3000) as blocker:
        hall.show_welcome("05", "社保窗口", "李四", "0456", photo=tmp_path / "missing.jpg")
    assert blocker.args[0] == "评价器" and "工作人员照片无法读取" in blocker.args[1]
    qtbot.waitUntil(lambda: evaluator_emulator.screen.welcome.staff_name == "李四", timeout=3000)
    assert evaluator_emulator.screen.photo is None


def test_dead_evaluator_turns_into_rating_failed_and_offline_status(hall: DeviceHub, evaluator_emulator, qtbot):
    request_id = hall.request_rating("A020")
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == "A020")
    statuses: list[tuple[str, bool, str]] = []
    hall.device_status_changed.connect(lambda *args: statuses.append(args))

    with qtbot.waitSignal(hall.rating_failed, timeout=5000) as blocker:
        evaluator_emulator.stop()
    assert blocker.args[:2] == [request_id, "A020"]
    assert "未评价" in blocker.args[2]
    qtbot.waitUntil(lambda: any(name == "评价器" and not ok for name, ok, _ in statuses), timeout=5000)
    online, message = hall.status("评价器")
    assert not online and message.startswith("评价器未连接（tcp://")

    evaluator_emulator.restart()
    qtbot.waitUntil(lambda: hall.status("评价器")[0], timeout=5000)


def test_timeout_is_reported_as_a_signal(hall: DeviceHub, qtbot):
    with qtbot.waitSignal(hall.rating_timed_out, timeout=5000) as blocker:
        request_id = hall.request_rating("A021", timeout_s=1)
    assert blocker.args == [request_id, "A021"]


def test_call_updates_the_screen_and_queues_the_voice(hall_with_voice, led_emulator, qtbot):
    hub, voice = hall_with_voice
    hub.call("A031", "05")
    hub.call("A031", "05", recall=True)
    qtbot.waitUntil(lambda: led_emulator.screen.ticket == LedTicket("A031", "05"), timeout=3000)
    qtbot.waitUntil(lambda: len(voice.calls) == 2, timeout=3000)
    assert voice.calls == [("A031", "05", False), ("A031", "05", True)]
    assert hub.voice == "recording"


def test_window_without_evaluator_fails_the_request_at_once(qtbot):
    hub = DeviceHub([])
    with qtbot.waitSignal(hub.rating_failed, timeout=2000) as blocker:
        assert hub.request_rating("A022") == 0
    assert blocker.args == [0, "A022", "本窗口未配置评价器，未评价"]
    assert hub.voice == ""
    hub.stop()


def test_signals_arrive_on_the_gui_thread(hall: DeviceHub, evaluator_emulator, qtbot):
    from PySide6.QtCore import QThread

    threads: list[object] = []
    hall.rating_received.connect(lambda *_: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(hall.rating_received, timeout=5000):
        hall.request_rating("A023")
        assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == "A023")
        evaluator_emulator.press(5)
    assert threads == [hall.thread()]
