"""Typed device errors carrying the Chinese sentence the clerk sees.

Kept inside ``app.devices`` (not ``app.domain``) so that transports, codecs and
drivers stay free of domain imports; the UI shows ``str(error)`` unchanged.
"""

from __future__ import annotations


class DeviceError(Exception):
    """Base of every error raised by the device layer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        #: The Chinese sentence shown to the user.
        self.message = message

    def __str__(self) -> str:
        return self.message


class TransportError(DeviceError):
    """The link to a device could not be opened, or broke while in use."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        #: the cause alone (e.g. "找不到该设备"), for messages that already name the device
        self.detail = detail or message


class ProtocolError(DeviceError):
    """Bytes or a message do not follow the device protocol (bad payload, unknown command)."""

    def __init__(self, message: str, *, nak_code: int = 0x03) -> None:
        super().__init__(message)
        #: the NAK reason code a device answers with (0x03 = bad payload)
        self.nak_code = nak_code


class ConfigError(DeviceError):
    """A device description in the settings names an unknown protocol or a bad URL."""


class CaptureError(DeviceError):
    """A camera or scanner could not deliver a picture (not there, busy, driver error)."""
