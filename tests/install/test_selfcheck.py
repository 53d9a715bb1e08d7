"""The self-check runner, unfrozen, against the real emulators, printer and stores."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
import tomli_w

from app.devices.emulators.led import LedEmulator
from app.devices.emulators.printer import VirtualPrinter
from app.forms.registry import DOCUMENTS, build_demo
from app.selfcheck import (
    DEVICE_TEST_TEXT,
    CheckFailed,
    Options,
    SelfCheck,
    Status,
    check_files,
    device_config,
    main,
    probe_device,
    probe_printer,
    probe_store,
)
from app.store.migrate import head_revision
from tests.install.conftest import Dirs


def closed_port() -> int:
    """A localhost port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def by_item(check: SelfCheck) -> dict[str, tuple[Status, str]]:
    return {result.item: (result.status, result.detail) for result in check.results}


def test_demo_run_passes_every_item_against_the_emulators(dirs: Dirs, qapp: object) -> None:
    # Given a PC without settings, When the IT person runs the demo self-check
    # (with one extra window, as the composition root passes the login dialog)
    from PySide6.QtWidgets import QLabel

    seen_urls: list[str] = []

    def login_window(settings: object, store_url: str) -> QLabel:
        seen_urls.append(store_url)
        return QLabel("登录")

    lines: list[str] = []
    check = SelfCheck(Options(demo=True, windows={"登录窗口": login_window}), out=lines.append)
    results = check.run()

    # Then every item passes and each was printed as it finished
    assert check.passed, "\n".join(lines)
    assert [r.line() for r in results] == lines
    items = by_item(check)
    assert items["数据库"][0] is Status.PASS
    assert f"结构版本 {head_revision()}" in items["数据库"][1]
    assert "已导入示例目录" in items["事项目录"][1]
    assert "336 个事项" in items["事项目录"][1]
    for name in DOCUMENTS:
        status, detail = items[f"文书 {name}"]
        assert status is Status.PASS
        assert detail.startswith(build_demo(name).title)
        assert "ESC/POS 80 毫米" in detail and "PDF" in detail
    assert items["打印机"][1].endswith("虚拟打印机已收到并切纸")
    assert items["图形界面"] == (Status.PASS, "Qt 平台 offscreen 可用")
    assert items["窗口"][1].endswith("上打开并关闭：首次设置向导、登录窗口")
    assert seen_urls == [items["数据库"][1].split("：")[0]]
    for device in ("评价器", "平板评价器", "窗口屏"):
        status, detail = items[f"设备 {device}"]
        assert status is Status.PASS and f"已显示“{DEVICE_TEST_TEXT}”" in detail
    assert items["中心数据库"][0] is Status.SKIP
    assert items["语音播报"][0] is Status.PASS and "试读" in items["语音播报"][1]
    assert all(line.startswith(("[通过] ", "[跳过] ")) for line in lines)


def test_unreachable_printer_and_screen_fail_with_the_reason_and_exit_1(
    dirs: Dirs, qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given settings naming a printer and an LED screen on ports nobody listens on
    printer_port, led_port = closed_port(), closed_port()
    dirs.config.mkdir(parents=True)
    dirs.settings_file.write_text(
        tomli_w.dumps(
            {
                "schema_version": 2,
                "window_code": "05",
                "printer": {"url": f"tcp://127.0.0.1:{printer_port}", "width_mm": 58},
                "led": {"url": f"socket://127.0.0.1:{led_port}", "protocol": "cdk-led/1"},
            }
        ),
        encoding="utf-8",
    )
    store = f"sqlite+pysqlite:///{tmp_path / 'empty.db'}"

    # When the self-check runs on a fresh (empty) store
    code = main(["--self-check", "--store", store, "--device-timeout", "3"])
    out = capsys.readouterr().out.splitlines()

    # Then it exits 1, and every broken item says why in Chinese
    assert code == 1
    lines = {line.split(" ", 2)[1]: line for line in out if line.startswith("[")}
    assert lines["设置文件"].startswith("[通过] 设置文件") and "窗口 05" in lines["设置文件"]
    assert lines["数据库"].startswith("[通过] 数据库 sqlite+pysqlite:///")
    assert lines["事项目录"] == (
        "[失败] 事项目录 事项目录为空：请用 counterdesk admin catalog import <文件> 导入，或等待中心库同步"
    )
    assert lines["打印机"].startswith(f"[失败] 打印机 无法连接打印机 127.0.0.1:{printer_port}")
    assert "拒绝" in lines["打印机"]
    assert "[跳过] 设备 评价器 未配置" in out
    led_line = next(line for line in out if line.startswith("[失败] 设备 窗口屏"))
    assert f"127.0.0.1:{led_port}" in led_line
    # documents follow the printer's paper width from the settings
    assert any(line.startswith("[通过] 文书 ticket 取号单：ESC/POS 58 毫米") for line in out)
    assert out[-2].startswith("自检未通过：") and "项失败" in out[-2]
    # the same lines are kept in the log folder for the IT person to send
    assert out[-1] == f"结果已保存：{dirs.log / 'selfcheck.txt'}"
    kept = (dirs.log / "selfcheck.txt").read_text(encoding="utf-8").splitlines()
    assert kept[-len(out) + 1 :] == out[:-1]
    # and the run was logged in the log folder
    assert "窗口受理台" in (dirs.log / "counterdesk.log").read_text(encoding="utf-8")


def test_a_silent_screen_is_reported_as_not_answering() -> None:
    led = LedEmulator()
    url = led.serve_tcp()
    led.silent = True
    try:
        with pytest.raises(CheckFailed) as failure:
            probe_device(device_config("led", url, "cdk-led/1"), timeout_s=5)
    finally:
        led.stop()
    assert url in failure.value.message
    assert "无应答" in failure.value.message


def test_probe_device_shows_the_test_text_on_the_screen() -> None:
    led = LedEmulator()
    url = led.serve_tcp()
    try:
        detail = probe_device(device_config("led", url, "cdk-led/1"))
        assert led.wait_for(lambda: DEVICE_TEST_TEXT in led.displayed_text)
    finally:
        led.stop()
    assert detail == f"{url}：已连接（CDK-LED-EMU 1.0），已显示“{DEVICE_TEST_TEXT}”"


def test_probe_printer_prints_a_ticket_on_the_virtual_printer() -> None:
    with VirtualPrinter("127.0.0.1", 0) as printer:
        detail = probe_printer(f"tcp://127.0.0.1:{printer.port}", 58, "resident")
        slip = printer.wait_for_slips(1)[0]
    assert detail.endswith("已打印测试页（ESC/POS，58 毫米）")
    assert slip.cut
    assert "A012" in slip.text


def test_probe_printer_to_a_pdf_folder_writes_a_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    detail = probe_printer(f"pdf://{folder}")
    files = list(folder.glob("*.pdf"))
    assert len(files) == 1
    assert files[0].read_bytes().startswith(b"%PDF-")
    assert "PDF" in detail


def test_central_store_out_of_date_is_not_migrated_from_a_window_pc(tmp_path: Path) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'central.db'}"
    with pytest.raises(CheckFailed) as failure:
        probe_store(url, migrate=False)
    assert f"数据库结构版本为 空，程序需要 {head_revision()}" in failure.value.message
    assert "admin init" in failure.value.message
    # the same store, migrated, passes and lists no windows yet
    probe = probe_store(url, migrate=True)
    assert probe.revision == head_revision() and probe.windows == () and probe.matters == 0


def test_probe_store_hides_the_password_of_an_unreachable_server() -> None:
    port = closed_port()
    with pytest.raises(CheckFailed) as failure:
        probe_store(f"postgresql+psycopg://window05:Geheim!1@127.0.0.1:{port}/hall", migrate=False)
    message = failure.value.message
    assert "Geheim" not in message
    assert f"window05:***@127.0.0.1:{port}/hall" in message
    assert "连接被拒绝" in message


def test_a_broken_install_is_named_file_by_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A frozen folder whose resources were not collected
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    lines: list[str] = []
    check = SelfCheck(Options(demo=True), out=lines.append)
    result = check.item("程序文件", check_files)
    assert result.status is Status.FAIL
    assert str(tmp_path / "resources" / "fonts" / "wqy-microhei.ttc") in result.detail
    assert str(tmp_path / "db" / "env.py") in result.detail
    assert result.detail.endswith("。请重新安装")
    assert lines == [result.line()]


def test_work_waiting_for_upload_is_counted(dirs: Dirs, qapp: object, tmp_path: Path) -> None:
    import uuid

    from app.store.engine import make_engine
    from app.store.migrate import upgrade
    from app.store.models import DeviceRegistration
    from app.store.uow import Store

    # Given a registered window PC with two actions not yet uploaded
    url = f"sqlite+pysqlite:///{tmp_path / 'window.db'}"
    store = Store(make_engine(url))
    upgrade(store.engine)
    with store.write() as tx:
        tx.session.add(DeviceRegistration(device_id=uuid.uuid4(), window_code="05", hall_code="H", epoch=1))
    for number in ("1", "2"):
        with store.write() as tx:
            tx.emit("case.accepted", entity="cases", entity_id=number, payload={"n": number})
    store.dispose()

    # When the self-check looks at that store
    lines: list[str] = []
    SelfCheck(Options(store_url=url, probe_platform=False), out=lines.append).run()

    # Then it says how many wait, and warns not to delete the data folder
    [line] = [line for line in lines if " 待上传数据 " in line]
    assert line.startswith("[通过] 待上传数据 2 条记录等待上传（最早 0 分钟前）")
    assert "切勿删除数据目录" in line


def test_the_voice_renders_a_chinese_call_with_espeak(tmp_path: Path) -> None:
    from app.selfcheck import probe_voice

    detail = probe_voice("espeak-ng", tmp_path)
    assert detail.startswith("espeak-ng（cmn")
    assert detail.endswith("试读“请 A012 号到 5 号窗口办理”成功")
    assert (tmp_path / "voice-check.wav").read_bytes()[:4] == b"RIFF"


def test_no_voice_is_a_failure_with_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.selfcheck import Skipped, probe_voice

    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(CheckFailed) as failure:
        probe_voice("espeak-ng", tmp_path)
    assert "请安装 espeak-ng" in failure.value.message
    with pytest.raises(Skipped):
        probe_voice("off", tmp_path)
