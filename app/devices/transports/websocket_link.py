"""WebSocket client (``ws://`` / ``wss://``) for tablet evaluators, using websockets' sync API."""

from __future__ import annotations

import contextlib
import inspect
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI, WebSocketException
from websockets.sync.client import ClientConnection, connect

from app.devices.errors import TransportError
from app.devices.transports.base import describe_os_error

#: websockets ≥ 17 warns unless direct (non-context-manager) connections opt in with ``legacy=True``
_CONNECT_KWARGS: dict[str, Any] = {"legacy": True} if "legacy" in inspect.signature(connect).parameters else {}


class WebSocketTransport:
    """Each ``write`` is one text message; ``read`` returns one message's UTF-8 bytes."""

    def __init__(self, url: str, poll_s: float = 0.05, connect_timeout_s: float = 3.0) -> None:
        self.url = url
        self._poll = poll_s
        self._connect_timeout = connect_timeout_s
        self._ws: ClientConnection | None = None

    @property
    def is_open(self) -> bool:
        return self._ws is not None

    def open(self) -> None:
        self.close()
        try:
            self._ws = connect(
                self.url, open_timeout=self._connect_timeout, close_timeout=1.0, max_size=2**22, **_CONNECT_KWARGS
            )
        except (OSError, WebSocketException, TimeoutError) as exc:
            raise TransportError(f"无法连接 {self.url}：{_explain(exc)}", detail=_explain(exc)) from exc

    def close(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None:
            with contextlib.suppress(OSError, WebSocketException, RuntimeError):
                ws.close()

    def read(self) -> bytes:
        ws = self._require()
        try:
            message = ws.recv(timeout=self._poll)
        except TimeoutError:
            return b""
        except (WebSocketException, OSError) as exc:
            self.close()
            raise TransportError(f"{self.url} 连接已断开：{_explain(exc)}", detail=_explain(exc)) from exc
        return message.encode("utf-8") if isinstance(message, str) else bytes(message)

    def write(self, data: bytes) -> None:
        ws = self._require()
        try:
            ws.send(data.decode("utf-8"))
        except (WebSocketException, OSError) as exc:
            self.close()
            raise TransportError(f"{self.url} 发送失败：{_explain(exc)}", detail=_explain(exc)) from exc

    def _require(self) -> ClientConnection:
        if self._ws is None:
            raise TransportError(f"{self.url} 未连接")
        return self._ws


def _explain(exc: BaseException) -> str:
    if isinstance(exc, ConnectionClosed):
        return "连接被设备关闭"
    if isinstance(exc, InvalidURI):
        return "地址格式错误"
    if isinstance(exc, InvalidHandshake):
        return f"握手失败（{exc}）"
    return describe_os_error(exc)
