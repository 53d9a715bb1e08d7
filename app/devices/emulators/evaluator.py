"""Evaluator emulator: a keypad (CDK-EVAL/1 over pty/TCP) or a tablet (cdk-eval-ws/1 over WebSocket).

Run ``python -m app.devices.emulators.evaluator --tcp 127.0.0.1:7001 --gui`` for the
window an applicant clicks, or use :class:`EvaluatorEmulator` headless in tests.
"""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, replace

from app.chinese_argparse import ChineseArgumentParser, add_version
from app.devices.codecs.base import Codec
from app.devices.codecs.evaluator_serial import CdkEvalCodec
from app.devices.codecs.evaluator_ws import EvalWsCodec
from app.devices.emulators.core import DeviceEmulator
from app.devices.errors import DeviceError
from app.devices.messages import (
    SCORE_LABELS,
    Away,
    CancelRating,
    DeviceStatus,
    Pause,
    PhotoChunk,
    RatingExpired,
    RatingResult,
    RequestRating,
    Resume,
    Welcome,
    check_score,
)


@dataclass(frozen=True)
class EvaluatorScreen:
    """What the evaluator shows now."""

    mode: str = "blank"  # blank | welcome | rating | paused | away
    welcome: Welcome | None = None
    photo: bytes | None = None
    request: RequestRating | None = None
    pause_text: str = ""
    away: Away | None = None


class EvaluatorEmulator(DeviceEmulator):
    """Headless evaluator: ``press(score, reasons)`` is the applicant's finger."""

    caps = DeviceStatus.CAP_PHOTO | DeviceStatus.CAP_REASONS
    model = "CDK-EVAL-EMU 1.0"

    def __init__(self, codec: Codec | None = None, address: int = 1, device_countdown: bool = True) -> None:
        super().__init__(codec or CdkEvalCodec(address), address)
        self.screen = EvaluatorScreen()
        self._photo_parts: dict[int, bytes] = {}
        self._request_started = 0.0
        self._device_countdown = device_countdown
        self._ticker_stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, name="emulator-eval-timer", daemon=True)
        self._ticker.start()

    @classmethod
    def tablet(cls) -> EvaluatorEmulator:
        """A tablet evaluator speaking cdk-eval-ws/1 (serve it with ``serve_websocket``)."""
        return cls(EvalWsCodec())

    def _new_decoder(self) -> object:
        if isinstance(self.codec, CdkEvalCodec):
            return self.codec.decoder(accept_address=self.address, keep_frames=True)
        return self.codec.decoder(keep_messages=True)  # type: ignore[call-arg]  # EvalWsCodec's decoder takes it

    # ------------------------------------------------------------------ applicant side

    @property
    def pending_reference(self) -> str | None:
        """Reference shown with the pending rating request, if any."""
        request = self.screen.request
        return request.reference if request is not None else None

    def press(self, score: int, reasons: tuple[str, ...] = ()) -> None:
        """The applicant presses a key; raises ``DeviceError`` when nothing is being rated."""
        check_score(score)
        with self._cond:
            request = self.screen.request
            if request is None:
                raise DeviceError("评价器当前没有待评价的业务")
            self.screen = replace(self.screen, mode="welcome" if self.screen.welcome else "blank", request=None)
        self.send(RatingResult(request.request_id, score, tuple(reasons)))
        self._changed()

    @property
    def displayed_text(self) -> str:
        """The screen as text (what an applicant reads)."""
        screen = self.screen
        if screen.mode == "rating" and screen.request is not None:
            keys = "  ".join(f"{score} {label}" for score, label in sorted(SCORE_LABELS.items(), reverse=True))
            return f"请对本次服务进行评价\n业务编号：{screen.request.reference}\n{keys}"
        if screen.mode == "paused":
            return screen.pause_text or "暂停服务"
        if screen.mode == "away" and screen.away is not None:
            away = screen.away
            return (
                f"暂停服务（{away.reason}）\n去向：{away.whereabouts}\n"
                f"联系电话：{away.contact}\n预计返回：{away.expected_return}"
            )
        if screen.welcome is not None:
            welcome = screen.welcome
            badge = "【共产党员】" if welcome.party_member else ""
            return (
                f"{welcome.window_code} 号窗口 {welcome.window_name}\n"
                f"工作人员：{welcome.staff_name}{badge}\n工号：{welcome.staff_no}\n欢迎您！"
            )
        return ""

    # ------------------------------------------------------------------ host side

    def apply(self, message: object) -> None:
        screen = self.screen
        if isinstance(message, Welcome):
            mode = screen.mode if screen.mode in ("rating", "paused", "away") else "welcome"
            self.screen = replace(screen, welcome=message, mode=mode, photo=message.photo or None)
            self._photo_parts = {}
        elif isinstance(message, PhotoChunk):
            self._photo_parts[message.index] = message.data
            if len(self._photo_parts) == message.count:
                photo = b"".join(self._photo_parts[i] for i in range(message.count))
                self.screen = replace(screen, photo=photo)
        elif isinstance(message, RequestRating):
            self._request_started = time.monotonic()
            self.screen = replace(screen, mode="rating", request=message)
        elif isinstance(message, CancelRating):
            if screen.request is not None and screen.request.request_id == message.request_id:
                self.screen = replace(screen, mode=self._idle_mode(), request=None)
        elif isinstance(message, Pause):
            self.screen = replace(screen, mode="paused", pause_text=message.message, request=None)
        elif isinstance(message, Away):
            self.screen = replace(screen, mode="away", away=message, request=None)
        elif isinstance(message, Resume):
            self.screen = replace(screen, mode=self._idle_mode(), away=None, pause_text="", request=None)

    def power_on_reset(self) -> None:
        self.screen = EvaluatorScreen()
        self._photo_parts = {}

    def _idle_mode(self) -> str:
        return "welcome" if self.screen.welcome is not None else "blank"

    def screen_state(self) -> int:
        return {"rating": 1, "paused": 2, "away": 3}.get(self.screen.mode, 0)

    def _tick(self) -> None:
        while not self._ticker_stop.wait(0.1):
            self.retransmit_due()
            if not self._device_countdown:
                continue
            with self._cond:
                request = self.screen.request
                expired = request is not None and time.monotonic() - self._request_started >= request.timeout_s
                if expired:
                    self.screen = replace(self.screen, mode=self._idle_mode(), request=None)
            if expired and request is not None:
                self.send(RatingExpired(request.request_id))
                self._changed()

    def close(self) -> None:
        """Stop serving and end the countdown thread (the emulator cannot be restarted after)."""
        self.stop()
        self._ticker_stop.set()


def main(argv: list[str] | None = None) -> int:
    """Command line: serve on a pty, TCP or WebSocket, headless or with the Qt window."""
    parser = ChineseArgumentParser(
        prog="python -m app.devices.emulators.evaluator", description="评价器模拟器（CDK-EVAL/1、cdk-eval-ws/1）"
    )
    add_version(parser, "评价器模拟器")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--tcp", metavar="HOST:PORT", help="在 TCP 端口上监听（CDK-EVAL/1）")
    where.add_argument("--ws", metavar="HOST:PORT", help="作为 WebSocket 平板评价器监听（cdk-eval-ws/1）")
    where.add_argument("--pty", metavar="LINK", nargs="?", const="", help="在伪终端上提供串口（可给出固定的链接路径）")
    parser.add_argument("--address", type=int, default=1, help="RS-485 地址（默认 1）")
    parser.add_argument("--gui", action="store_true", help="显示申请人看到的评价窗口")
    args = parser.parse_args(argv)
    if args.ws:
        emulator = EvaluatorEmulator.tablet()
        host, port = _host_port(args.ws)
        url = emulator.serve_websocket(host, port)
    else:
        emulator = EvaluatorEmulator(address=args.address)
        if args.tcp:
            host, port = _host_port(args.tcp)
            url = emulator.serve_tcp(host, port)
        else:
            url = emulator.serve_pty(args.pty or None)
    print(f"评价器模拟器已启动：{url}", flush=True)
    try:
        if args.gui:
            from app.devices.emulators.gui import run_evaluator_window

            return run_evaluator_window(emulator, url)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.close()
    return 0


def _host_port(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host or "127.0.0.1", int(port)


if __name__ == "__main__":
    sys.exit(main())
