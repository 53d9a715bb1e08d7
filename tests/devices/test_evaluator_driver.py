"""Evaluator driver ⇄ evaluator emulator over a real pty, TCP and WebSocket, including faults."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.devices.codecs.evaluator_serial import CdkEvalCodec
from app.devices.config import DeviceConfig, build_driver
from app.devices.drivers.evaluator import EvaluatorDriver
from app.devices.emulators.evaluator import EvaluatorEmulator
from app.devices.errors import DeviceError
from app.devices.messages import (
    Away,
    CommandRejected,
    DeviceOffline,
    DeviceOnline,
    RatingFailed,
    RatingPressed,
    RatingResult,
    RatingTimedOut,
    RequestRating,
    Welcome,
)
from app.devices.transports.factory import transport_for_url

CASE_NO = "330106-20260105-05-0007"
WELCOME = Welcome("05", "社保窗口", "张三", "0123", party_member=True)


def _serve(emulator: EvaluatorEmulator, link: str, tmp_path: Path) -> str:
    if link == "pty":
        return emulator.serve_pty(str(tmp_path / "evaluator"))
    if link == "socket":
        return emulator.serve_tcp(scheme="socket")  # pyserial's socket:// handler
    return emulator.serve_tcp()


def _driver(url: str, events, fast, stopping) -> EvaluatorDriver:
    driver = stopping(EvaluatorDriver("评价器", transport_for_url(url), CdkEvalCodec(1), events, fast))
    driver.start()
    events.next(DeviceOnline)
    return driver


@pytest.mark.parametrize("link", ["pty", "tcp", "socket"])
def test_bad_rating_for_a_case_arrives_with_reference_and_reasons(
    link, tmp_path, evaluator_emulator, events, fast, stopping
):
    url = _serve(evaluator_emulator, link, tmp_path)
    driver = _driver(url, events, fast, stopping)
    driver.show_welcome(WELCOME)
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.screen.welcome == WELCOME)
    assert "张三【共产党员】" in evaluator_emulator.displayed_text

    request_id = driver.request_rating(CASE_NO)

    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == CASE_NO)
    assert f"业务编号：{CASE_NO}" in evaluator_emulator.displayed_text
    request = evaluator_emulator.screen.request
    assert request == RequestRating(request_id, CASE_NO, 60)
    evaluator_emulator.press(2, ("等候时间长", "办事效率低"))

    pressed = events.next(RatingPressed)
    assert pressed == RatingPressed(request_id, CASE_NO, 2, ("等候时间长", "办事效率低"))
    # the host acknowledged the result frame
    assert evaluator_emulator.wait_for(
        lambda: any(getattr(m, "command", None) == 0xA0 for m in evaluator_emulator.messages_received)
    )


def test_photo_is_sent_in_chunks_to_a_device_that_shows_photos(tmp_path, evaluator_emulator, events, fast, stopping):
    url = evaluator_emulator.serve_pty(str(tmp_path / "evaluator"))
    driver = _driver(url, events, fast, stopping)
    photo = bytes(range(256)) * 6
    driver.show_welcome(Welcome("05", "社保窗口", "张三", "0123", False, photo))
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.screen.photo == photo)
    assert [f.command for f in evaluator_emulator.frames_received].count(0x11) == 3


def test_device_countdown_ends_as_timed_out(tmp_path, evaluator_emulator, events, fast, stopping):
    url = evaluator_emulator.serve_tcp()
    driver = _driver(url, events, fast, stopping)
    request_id = driver.request_rating("A012", timeout_s=1)
    assert events.next(RatingTimedOut, timeout_s=4) == RatingTimedOut(request_id, "A012")
    assert evaluator_emulator.pending_reference is None


def test_host_declares_the_timeout_when_the_device_stays_quiet(events, fast, stopping):
    emulator = EvaluatorEmulator(device_countdown=False)
    try:
        url = emulator.serve_tcp()
        driver = _driver(url, events, fast, stopping)
        request_id = driver.request_rating("A013", timeout_s=0.5)
        assert events.next(RatingTimedOut, timeout_s=5) == RatingTimedOut(request_id, "A013")
        # the host withdrew the request from the device screen
        assert emulator.wait_for(lambda: emulator.pending_reference is None)
        with pytest.raises(DeviceError, match="没有待评价的业务"):
            emulator.press(5)
    finally:
        emulator.close()


@pytest.mark.parametrize("link", ["pty", "tcp"])
def test_killing_the_evaluator_mid_request_fails_the_rating_and_reconnects(
    link, tmp_path, evaluator_emulator, events, fast, stopping
):
    url = _serve(evaluator_emulator, link, tmp_path)
    driver = _driver(url, events, fast, stopping)
    driver.show_welcome(WELCOME)
    request_id = driver.request_rating(CASE_NO)
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == CASE_NO)

    evaluator_emulator.stop()

    failed = events.next(RatingFailed)
    assert failed.request_id == request_id and failed.reference == CASE_NO
    assert "评价器断开" in failed.reason and "未评价" in failed.reason
    offline = events.next(DeviceOffline)
    assert offline.reason.startswith(f"评价器未连接（{url}）：")
    assert driver.running and not driver.online

    # requests while unplugged fail at once instead of hanging
    second = driver.request_rating("A014")
    failed_offline = events.next(RatingFailed)
    assert failed_offline.request_id == second
    assert failed_offline.reason.startswith(f"评价器未连接（{url}）：")

    evaluator_emulator.restart()
    events.next(DeviceOnline, timeout_s=5)
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.screen.welcome == WELCOME)
    third = driver.request_rating("A015")
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == "A015")
    evaluator_emulator.press(5)
    assert events.next(RatingPressed) == RatingPressed(third, "A015", 5, ())


def test_missing_serial_port_reports_offline_in_chinese(tmp_path, events, fast, stopping):
    url = str(tmp_path / "ttyUSB9")
    driver = stopping(EvaluatorDriver("评价器", transport_for_url(url), CdkEvalCodec(), events, fast))
    driver.start()
    offline = events.next(DeviceOffline)
    assert offline.reason == f"评价器未连接（{url}）：找不到该设备（未插入或路径错误）"


def test_a_hung_device_is_detected_by_the_heartbeat(evaluator_emulator, events, fast, stopping):
    url = evaluator_emulator.serve_tcp()
    _driver(url, events, fast, stopping)
    evaluator_emulator.silent = True
    offline = events.next(DeviceOffline, timeout_s=5)
    assert offline.reason.endswith("设备无应答（心跳）")
    evaluator_emulator.silent = False
    events.next(DeviceOnline, timeout_s=5)


def test_new_request_supersedes_an_unanswered_one(evaluator_emulator, events, fast, stopping):
    driver = _driver(evaluator_emulator.serve_tcp(), events, fast, stopping)
    first = driver.request_rating("A001")
    second = driver.request_rating("A002")
    failed = events.next(RatingFailed)
    assert (failed.request_id, failed.reference) == (first, "A001")
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == "A002")
    evaluator_emulator.press(4)
    assert events.next(RatingPressed) == RatingPressed(second, "A002", 4, ())


def test_cancel_ends_the_request_and_clears_the_screen(evaluator_emulator, events, fast, stopping):
    driver = _driver(evaluator_emulator.serve_tcp(), events, fast, stopping)
    request_id = driver.request_rating("A003")
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == "A003")
    driver.cancel_rating(request_id)
    assert events.next(RatingFailed) == RatingFailed(request_id, "A003", "评价请求已取消，未评价")
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference is None)


def test_late_result_for_a_finished_request_is_acknowledged_and_ignored(evaluator_emulator, events, fast, stopping):
    driver = _driver(evaluator_emulator.serve_tcp(), events, fast, stopping)
    request_id = driver.request_rating("A004")
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == "A004")
    evaluator_emulator.send(RatingResult(request_id + 100, 1))  # a stale press from another request
    evaluator_emulator.press(3)
    assert events.next(RatingPressed) == RatingPressed(request_id, "A004", 3, ())
    assert not any(isinstance(e, RatingPressed) and e.score == 1 for e in events.drain())


def test_result_is_retransmitted_until_acknowledged_and_counted_once(evaluator_emulator, events, fast, stopping):
    driver = _driver(evaluator_emulator.serve_tcp(), events, fast, stopping)
    request_id = driver.request_rating("A005")
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.pending_reference == "A005")
    evaluator_emulator.silent = True  # the device stops hearing: the host's ACK is lost
    evaluator_emulator.press(4)
    assert events.next(RatingPressed) == RatingPressed(request_id, "A005", 4, ())
    assert evaluator_emulator.unacknowledged == [RatingResult(request_id, 4)]
    evaluator_emulator.silent = False
    # the device re-sends after 1 s; the host acknowledges the copy and does not count it again
    assert evaluator_emulator.wait_for(lambda: not evaluator_emulator.unacknowledged, timeout_s=4)
    assert not [e for e in events.drain() if isinstance(e, RatingPressed)]


def test_pause_and_away_message_are_shown(evaluator_emulator, events, fast, stopping):
    driver = _driver(evaluator_emulator.serve_tcp(), events, fast, stopping)
    driver.show_welcome(WELCOME)
    driver.pause()
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.screen.mode == "paused")
    assert evaluator_emulator.displayed_text == "暂停服务"
    driver.away(Away("参加业务培训", "三楼培训室", "0571-88000005", "15:30"))
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.screen.mode == "away")
    assert evaluator_emulator.displayed_text == (
        "暂停服务（参加业务培训）\n去向：三楼培训室\n联系电话：0571-88000005\n预计返回：15:30"
    )
    driver.resume()
    assert evaluator_emulator.wait_for(lambda: evaluator_emulator.screen.mode == "welcome")


def test_unencodable_command_is_rejected_without_going_offline(evaluator_emulator, events, fast, stopping):
    driver = _driver(evaluator_emulator.serve_tcp(), events, fast, stopping)
    driver.show_welcome(Welcome("05", "社保\x1f窗口", "张三", "0123"))
    rejected = events.next(CommandRejected)
    assert "无法编码" in rejected.reason
    assert driver.online


def test_tablet_evaluator_over_websocket_end_to_end(tablet_emulator, events, fast, stopping):
    url = tablet_emulator.serve_websocket()
    driver = stopping(build_driver(DeviceConfig("平板评价器", "evaluator", url, "cdk-eval-ws/1"), events, fast))
    driver.start()
    events.next(DeviceOnline)
    photo = b"\x89PNG\r\n\x1a\n" + bytes(300)
    driver.show_welcome(Welcome("05", "社保窗口", "张三", "0123", True, photo))
    assert tablet_emulator.wait_for(lambda: tablet_emulator.screen.photo == photo)
    login = next(o for o in tablet_emulator.frames_received if o["type"] == "login")
    assert (login["winNum"], login["userName"], login["userCode"], login["partyMember"]) == ("05", "张三", "0123", True)

    request_id = driver.request_rating(CASE_NO)
    assert tablet_emulator.wait_for(lambda: tablet_emulator.pending_reference == CASE_NO)
    tablet_emulator.press(1, ("服务态度差",))
    assert events.next(RatingPressed) == RatingPressed(request_id, CASE_NO, 1, ("服务态度差",))

    second = driver.request_rating("A016")
    assert tablet_emulator.wait_for(lambda: tablet_emulator.pending_reference == "A016")
    tablet_emulator.stop()
    failed = events.next(RatingFailed)
    assert failed.request_id == second and "未评价" in failed.reason
    assert events.next(DeviceOffline).reason.startswith(f"评价器未连接（{url}）")
    tablet_emulator.restart()
    events.next(DeviceOnline, timeout_s=5)
    assert tablet_emulator.wait_for(lambda: tablet_emulator.screen.welcome is not None)
