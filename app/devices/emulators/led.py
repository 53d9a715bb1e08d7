"""LED window-screen emulator (CDK-LED/1 over pty or TCP).

``python -m app.devices.emulators.led --gui`` shows a dark strip whose text scrolls, as
the hall's screen would; :class:`LedEmulator` is the headless version for tests.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, replace

from app.chinese_argparse import ChineseArgumentParser, add_version
from app.devices.codecs.framing import Frame
from app.devices.codecs.led_serial import CdkLedCodec, encoding_of
from app.devices.emulators.core import DeviceEmulator
from app.devices.messages import LedClear, LedState, LedStatus, LedText, LedTicket, LedWindow


@dataclass(frozen=True)
class LedScreen:
    """What the LED screen shows now."""

    window: LedWindow | None = None
    ticket: LedTicket | None = None
    status: LedStatus | None = None
    text: LedText | None = None


class LedEmulator(DeviceEmulator):
    """Headless LED controller; ``displayed_text`` is the screen's content as lines."""

    model = "CDK-LED-EMU 1.0"

    def __init__(self, address: int = 1) -> None:
        super().__init__(CdkLedCodec(address), address)
        self.screen = LedScreen()
        #: encoding named by the most recent text frame (gb2312 / gb18030 / utf-8)
        self.last_encoding: str | None = None

    def _new_decoder(self) -> object:
        return CdkLedCodec(self.address).decoder(accept_address=self.address, keep_frames=True)

    def apply(self, message: object) -> None:
        frames = self.frames_received
        if frames and isinstance(frames[-1], Frame):
            self.last_encoding = encoding_of(frames[-1]) or self.last_encoding
        screen = self.screen
        if isinstance(message, LedWindow):
            self.screen = replace(screen, window=message)
        elif isinstance(message, LedTicket):
            self.screen = replace(screen, ticket=message)
        elif isinstance(message, LedStatus):
            self.screen = replace(screen, status=message)
        elif isinstance(message, LedText):
            self.screen = replace(screen, text=message)
        elif isinstance(message, LedClear):
            self.screen = LedScreen()

    def power_on_reset(self) -> None:
        self.screen = LedScreen()

    def screen_state(self) -> int:
        status = self.screen.status
        return int(status.state) if status is not None else 0

    @property
    def lines(self) -> list[str]:
        """Screen lines, top to bottom."""
        screen = self.screen
        lines: list[str] = []
        if screen.window is not None:
            window = screen.window
            lines.append(f"{window.window_no} 号窗口  {window.window_name}  {window.department}".strip())
        status = screen.status
        if status is not None and status.state == LedState.PAUSED:
            lines.append(status.message or "暂停服务")
        elif status is not None and status.state == LedState.AWAY:
            back = f"，预计 {status.return_time} 返回" if status.return_time else ""
            lines.append(f"{status.message or '暂时离开'}{back}")
        elif screen.ticket is not None:
            lines.append(f"请 {screen.ticket.ticket} 号到 {screen.ticket.window_no} 号窗口办理")
        if screen.text is not None and screen.text.text:
            lines.append(screen.text.text)
        return lines

    @property
    def displayed_text(self) -> str:
        """All lines joined by newlines."""
        return "\n".join(self.lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: serve on a pty (default) or TCP, headless or with the scrolling window."""
    parser = ChineseArgumentParser(prog="python -m app.devices.emulators.led", description="窗口屏模拟器（CDK-LED/1）")
    add_version(parser, "窗口屏模拟器")
    parser.add_argument("--tcp", metavar="HOST:PORT", help="在 TCP 端口上监听（代替伪终端）")
    parser.add_argument("--pty", metavar="LINK", default="", help="伪终端的固定链接路径")
    parser.add_argument("--address", type=int, default=1, help="RS-485 地址（默认 1）")
    parser.add_argument("--gui", action="store_true", help="显示滚动的窗口屏")
    args = parser.parse_args(argv)
    emulator = LedEmulator(address=args.address)
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        url = emulator.serve_tcp(host or "127.0.0.1", int(port))
    else:
        url = emulator.serve_pty(args.pty or None)
    print(f"窗口屏模拟器已启动：{url}", flush=True)
    try:
        if args.gui:
            from app.devices.emulators.gui import run_led_window

            return run_led_window(emulator, url)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
