"""Device drivers: transport × codec, one owner thread per device, events out by callback."""

from app.devices.drivers.base import DeviceDriver, DriverTiming, EventSink
from app.devices.drivers.evaluator import EvaluatorDriver
from app.devices.drivers.led import LedDriver

__all__ = ["DeviceDriver", "DriverTiming", "EvaluatorDriver", "EventSink", "LedDriver"]
