"""Byte links to devices, chosen by URL; no protocol knowledge, no threads of their own."""

from app.devices.transports.base import Transport, describe_os_error
from app.devices.transports.factory import open_transport, transport_for_url

__all__ = ["Transport", "describe_os_error", "open_transport", "transport_for_url"]
