"""Settings-free device descriptions and the protocol registry.

``app.settings`` turns the PC's TOML into ``DeviceConfig`` values; this module turns them
into drivers. The registry is also the single list ``pyinstaller.spec`` reads to derive
hidden imports (pyserial loads URL handlers by name at run time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from app.devices.codecs.base import Codec
from app.devices.codecs.evaluator_serial import CdkEvalCodec
from app.devices.codecs.evaluator_ws import EvalWsCodec
from app.devices.codecs.idcard_sam import SamDecoder
from app.devices.codecs.led_serial import CdkLedCodec
from app.devices.drivers.base import DeviceDriver, DriverTiming, EventSink
from app.devices.drivers.evaluator import EvaluatorDriver
from app.devices.drivers.idcard import IdCardReaderDriver, ReaderLink, SamSerialLink
from app.devices.drivers.led import LedDriver
from app.devices.errors import ConfigError
from app.devices.transports.factory import transport_for_url

ROLES = ("evaluator", "led", "announcer", "idcard")
#: announcer "protocols" are speech backends (see app.devices.announcer)
ANNOUNCER_BACKENDS = ("auto", "qt", "sapi", "espeak-ng", "off")


@dataclass(frozen=True)
class DeviceConfig:
    """One device of a window as the settings describe it."""

    name: str
    role: str
    url: str
    protocol: str
    address: int = 1
    #: protocol/transport options: ``baudrate``, ``encoding`` (LED), ``rating_timeout_s`` (evaluator)
    options: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ConfigError(f"设备“{self.name}”的类型无效：{self.role}（可选 {'、'.join(ROLES)}）")
        if self.role == "announcer":
            if self.protocol not in ANNOUNCER_BACKENDS:
                raise ConfigError(f"语音播报方式无效：{self.protocol}（可选 {'、'.join(ANNOUNCER_BACKENDS)}）")
            return
        entry = PROTOCOLS.get(self.protocol)
        if entry is None:
            raise ConfigError(f"设备“{self.name}”的协议未知：{self.protocol}（可选 {'、'.join(sorted(PROTOCOLS))}）")
        if entry.role != self.role:
            raise ConfigError(
                f"协议 {self.protocol} 用于{ROLE_NAMES_ZH[entry.role]}，不能用于{ROLE_NAMES_ZH[self.role]}"
            )
        if not 1 <= self.address <= 254:
            raise ConfigError(f"设备“{self.name}”的总线地址必须在 1 到 254 之间：{self.address}")
        if not self.url.strip():
            raise ConfigError(f"设备“{self.name}”没有填写连接地址")


ROLE_NAMES_ZH = {"evaluator": "评价器", "led": "窗口屏", "announcer": "语音播报", "idcard": "身份证阅读器"}


@dataclass(frozen=True)
class ProtocolEntry:
    """How to build the codec and driver of one protocol."""

    name: str
    role: str
    codec: type
    driver: type[DeviceDriver]
    #: modules loaded dynamically at run time (PyInstaller hidden imports)
    modules: tuple[str, ...]
    title_zh: str


_SERIAL_HANDLERS = (
    "serial.urlhandler.protocol_socket",
    "serial.urlhandler.protocol_loop",
    "serial.urlhandler.protocol_rfc2217",
    "serial.urlhandler.protocol_hwgrep",
    "serial.urlhandler.protocol_spy",
    "serial.urlhandler.protocol_alt",
)

PROTOCOLS: dict[str, ProtocolEntry] = {
    "cdk-eval/1": ProtocolEntry(
        "cdk-eval/1",
        "evaluator",
        CdkEvalCodec,
        EvaluatorDriver,
        ("app.devices.codecs.evaluator_serial", *_SERIAL_HANDLERS),
        "按键评价器（CDK-EVAL/1 串口/TCP）",
    ),
    "cdk-eval-ws/1": ProtocolEntry(
        "cdk-eval-ws/1",
        "evaluator",
        EvalWsCodec,
        EvaluatorDriver,
        ("app.devices.codecs.evaluator_ws", "websockets.sync.client"),
        "平板评价器（WebSocket JSON）",
    ),
    "cdk-led/1": ProtocolEntry(
        "cdk-led/1",
        "led",
        CdkLedCodec,
        LedDriver,
        ("app.devices.codecs.led_serial", *_SERIAL_HANDLERS),
        "LED 窗口屏（CDK-LED/1 串口/TCP）",
    ),
    "sam/1": ProtocolEntry(
        "sam/1",
        "idcard",
        SamDecoder,
        IdCardReaderDriver,
        ("app.devices.codecs.idcard_sam", "app.devices.drivers.idcard", *_SERIAL_HANDLERS),
        "身份证阅读器（SAM 串口协议，USB 转串口）",
    ),
    "sdtapi": ProtocolEntry(
        "sdtapi",
        "idcard",
        SamDecoder,
        IdCardReaderDriver,
        ("app.devices.drivers.idcard_sdtapi",),
        "身份证阅读器（厂商 sdtapi 接口库）",
    ),
}


def hidden_imports() -> list[str]:
    """Every module the registry may load by name (for ``pyinstaller.spec``)."""
    names = {"app.devices.announcer", "app.devices.qt_bridge", "pypinyin"}
    for entry in PROTOCOLS.values():
        names.update(entry.modules)
    return sorted(names)


def build_codec(config: DeviceConfig) -> Codec:
    """The codec for ``config`` with its address/encoding options applied."""
    entry = PROTOCOLS[config.protocol]
    if entry.codec is CdkLedCodec:
        return CdkLedCodec(config.address, str(config.options.get("encoding", "gb18030")))
    if entry.codec is CdkEvalCodec:
        return CdkEvalCodec(config.address)
    return entry.codec()


def build_driver(config: DeviceConfig, on_event: EventSink, timing: DriverTiming | None = None) -> DeviceDriver:
    """Transport × codec for ``config``; not started."""
    if config.role == "announcer":
        raise ConfigError("语音播报不是串口设备，请用 app.devices.announcer 创建")
    entry = PROTOCOLS[config.protocol]
    if config.role == "idcard":
        return _idcard_driver(config, on_event, timing)
    baudrate = int(str(config.options.get("baudrate", 9600)))
    transport = transport_for_url(config.url, baudrate=baudrate)
    codec = build_codec(config)
    if entry.driver is EvaluatorDriver:
        timeout = float(str(config.options.get("rating_timeout_s", 60)))
        return EvaluatorDriver(config.name, transport, codec, on_event, timing, rating_timeout_s=timeout)
    return entry.driver(config.name, transport, codec, on_event, timing)


def _idcard_driver(config: DeviceConfig, on_event: EventSink, timing: DriverTiming | None) -> DeviceDriver:
    """Serial SAM frames or the vendor's sdtapi library; the photo decoder when configured.

    Options: ``baudrate`` (SAM modules default to 115200), ``library`` (sdtapi path),
    ``photo_library`` (the vendor's WLT decoder).
    """
    from app.devices.drivers.wlt_photo import PhotoDecoder

    photo = PhotoDecoder(str(config.options.get("photo_library", "")) or None)
    if config.protocol == "sdtapi":
        from app.devices.drivers.idcard_sdtapi import SdtApiLink

        link: ReaderLink = SdtApiLink(config.url, str(config.options.get("library", "")) or None)
    else:
        baudrate = int(str(config.options.get("baudrate", 115200)))
        link = SamSerialLink(transport_for_url(config.url, baudrate=baudrate))
    return IdCardReaderDriver(config.name, link, on_event, timing, photo_decoder=photo)
