"""URL → transport: the one place that knows which scheme means which link."""

from __future__ import annotations

from app.devices.errors import ConfigError
from app.devices.transports.base import Transport
from app.devices.transports.serial_link import SerialTransport
from app.devices.transports.tcp import TcpTransport
from app.devices.transports.websocket_link import WebSocketTransport


def transport_for_url(url: str, *, baudrate: int = 9600, poll_s: float = 0.05) -> Transport:
    """Build (without opening) the transport for ``url``.

    ``tcp://`` is our plain socket, ``ws://``/``wss://`` the WebSocket client; everything
    else goes to pyserial (``COM3``, ``/dev/ttyUSB0``, ``socket://``, ``loop://``, ``rfc2217://``).
    """
    text = url.strip()
    if not text:
        raise ConfigError("设备地址为空")
    lower = text.lower()
    if lower.startswith("tcp://"):
        return TcpTransport(text, poll_s=poll_s)
    if lower.startswith(("ws://", "wss://")):
        return WebSocketTransport(text, poll_s=poll_s)
    return SerialTransport(text, baudrate=baudrate, poll_s=poll_s)


def open_transport(url: str, *, baudrate: int = 9600, poll_s: float = 0.05) -> Transport:
    """Build and open; raises ``TransportError`` when the device is not there."""
    transport = transport_for_url(url, baudrate=baudrate, poll_s=poll_s)
    transport.open()
    return transport
