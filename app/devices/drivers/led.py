"""LED window screen (窗口屏) driver: window info, the ticket being served, status, free text."""

from __future__ import annotations

from app.devices.codecs.base import Codec
from app.devices.drivers.base import DeviceDriver, DriverTiming, EventSink
from app.devices.messages import LedClear, LedState, LedStatus, LedText, LedTicket, LedWindow
from app.devices.transports.base import Transport


class LedDriver(DeviceDriver):
    """Keeps what the screen should show and re-sends it after the screen comes back."""

    role_zh = "窗口屏"

    def __init__(
        self,
        name: str,
        transport: Transport,
        codec: Codec,
        on_event: EventSink,
        timing: DriverTiming | None = None,
    ) -> None:
        super().__init__(name, transport, codec, on_event, timing)
        self._screen: dict[type, object] = {}

    def show_window(self, window_no: str, window_name: str, department: str) -> None:
        """Fixed window line."""
        self.submit(LedWindow(window_no, window_name, department))

    def show_ticket(self, ticket: str, window_no: str) -> None:
        """The ticket now being served."""
        self.submit(LedTicket(ticket, window_no))

    def show_status(self, state: LedState, message: str = "", return_time: str = "") -> None:
        """Serving / 暂停服务 / away with return time."""
        self.submit(LedStatus(state, message, return_time))

    def show_text(self, text: str, scroll: bool = True, speed: int = 5) -> None:
        """Free text line (scrolls when long)."""
        self.submit(LedText(text, scroll, speed))

    def clear(self) -> None:
        """Blank the screen."""
        self.submit(LedClear())

    def _remember(self, command: object) -> None:
        if isinstance(command, LedClear):
            self._screen.clear()
        self._screen[type(command)] = command

    def _execute(self, command: object) -> None:
        self._remember(command)
        self._send(command)

    def _execute_offline(self, command: object) -> None:
        self._remember(command)

    def _replay(self) -> None:
        for command in list(self._screen.values()):
            self._send(command)
