"""Device descriptions, the protocol registry and URL → transport selection."""

from __future__ import annotations

import importlib
import socket

import pytest

from app.devices.config import PROTOCOLS, DeviceConfig, build_driver, hidden_imports
from app.devices.drivers.evaluator import EvaluatorDriver
from app.devices.drivers.led import LedDriver
from app.devices.errors import ConfigError, TransportError
from app.devices.transports.factory import open_transport, transport_for_url
from app.devices.transports.serial_link import SerialTransport
from app.devices.transports.tcp import TcpTransport
from app.devices.transports.websocket_link import WebSocketTransport


def test_every_hidden_import_exists() -> None:
    for name in hidden_imports():
        importlib.import_module(name)
    assert "serial.urlhandler.protocol_socket" in hidden_imports()


def test_registry_builds_the_right_driver(events) -> None:
    evaluator = build_driver(
        DeviceConfig("评价器", "evaluator", "COM3", "cdk-eval/1", options={"rating_timeout_s": 90}), events
    )
    assert isinstance(evaluator, EvaluatorDriver) and evaluator.rating_timeout_s == 90
    led = build_driver(
        DeviceConfig("窗口屏", "led", "tcp://10.0.0.5:5005", "cdk-led/1", 3, {"encoding": "GB2312"}), events
    )
    assert isinstance(led, LedDriver)
    assert led.codec.encoding == "gb2312" and led.codec.address == 3  # type: ignore[attr-defined]
    assert set(PROTOCOLS) == {"cdk-eval/1", "cdk-eval-ws/1", "cdk-led/1", "sam/1", "sdtapi"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"role": "printer"}, "类型无效"),
        ({"protocol": "bx-5k"}, "协议未知"),
        ({"role": "led"}, "用于评价器，不能用于窗口屏"),
        ({"address": 0}, "总线地址"),
        ({"url": " "}, "没有填写连接地址"),
    ],
)
def test_bad_configs_raise_chinese_errors(kwargs: dict, message: str) -> None:
    base = {"name": "评价器", "role": "evaluator", "url": "COM3", "protocol": "cdk-eval/1"}
    with pytest.raises(ConfigError, match=message):
        DeviceConfig(**(base | kwargs))


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("COM3", SerialTransport),
        ("/dev/ttyUSB0", SerialTransport),
        ("socket://127.0.0.1:7001", SerialTransport),
        ("loop://", SerialTransport),
        ("tcp://127.0.0.1:5005", TcpTransport),
        ("ws://127.0.0.1:8765/rate", WebSocketTransport),
    ],
)
def test_url_picks_the_transport(url: str, kind: type) -> None:
    assert isinstance(transport_for_url(url), kind)


def test_loop_url_echoes_bytes() -> None:
    transport = open_transport("loop://")
    try:
        transport.write(b"\xaa\x55hello")
        assert transport.read() == b"\xaa\x55hello"
    finally:
        transport.close()


def test_tcp_refused_and_peer_close_are_transport_errors() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    port = server.getsockname()[1]
    server.close()
    with pytest.raises(TransportError, match="连接被拒绝"):
        open_transport(f"tcp://127.0.0.1:{port}")

    server = socket.create_server(("127.0.0.1", 0))
    transport = open_transport(f"tcp://127.0.0.1:{server.getsockname()[1]}")
    peer, _ = server.accept()
    peer.sendall(b"hi")
    assert transport.read() == b"hi"
    peer.close()
    with pytest.raises(TransportError, match="连接已被设备关闭"):
        for _ in range(20):
            transport.read()
    assert not transport.is_open
    server.close()


def test_bad_tcp_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="设备地址格式错误"):
        transport_for_url("tcp://nohost")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "could not open port 'COM3': FileNotFoundError(2, 'The system cannot find the file specified.', None, 2)",
            "找不到该设备（未插入或路径错误）",
        ),
        (
            "could not open port 'COM3': PermissionError(13, 'Access is denied.', None, 5)",
            "串口被其他程序占用或没有访问权限",
        ),
        ("device reports readiness to read but returned no data", "设备已断开（无数据）"),
    ],
)
def test_windows_and_posix_serial_errors_are_explained_in_chinese(message: str, expected: str) -> None:
    import serial

    from app.devices.transports.serial_link import _explain

    assert _explain(serial.SerialException(message)) == expected
