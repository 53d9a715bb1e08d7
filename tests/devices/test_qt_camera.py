"""The real 高拍仪 path through Qt Multimedia, on a machine without a camera: it says so in
Chinese; without Qt Multimedia at all (no PySide6-Addons) it says that instead."""

from __future__ import annotations

import builtins
import sys

import pytest

from app.devices.capture.camera import NO_MULTIMEDIA_ZH, EmulatedCamera, QtCamera, multimedia_available


def _failures(camera) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    camera.failed.connect(seen.append)
    return seen


def test_no_camera_attached_is_told_and_capture_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    if not multimedia_available():
        pytest.skip("PySide6-Addons (Qt Multimedia) not installed")
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    camera = QtCamera()
    seen = _failures(camera)
    camera.start()
    assert seen == ["未找到高拍仪（系统中没有摄像头设备），请检查 USB 连接"] and not camera.active
    camera.capture()
    assert seen[-1] == "高拍仪尚未就绪，请稍候再拍"


def test_without_qt_multimedia_the_camera_degrades_with_a_chinese_message(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("No module named 'PySide6.QtMultimedia'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "PySide6.QtMultimedia", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    assert not multimedia_available()
    camera = QtCamera()
    seen = _failures(camera)
    camera.start()
    assert seen == [NO_MULTIMEDIA_ZH] and "PySide6-Addons" in NO_MULTIMEDIA_ZH


def test_the_emulated_camera_previews_and_captures_full_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    camera = EmulatedCamera(fps=20)
    camera.show_page("营业执照", 2)
    with qtbot.waitSignal(camera.frame_ready, timeout=2000) as preview:
        camera.start()
    assert preview.args[0].width() <= 480
    with qtbot.waitSignal(camera.captured, timeout=2000) as still:
        camera.capture()
    assert (still.args[0].width(), still.args[0].height()) == (1600, 1200)
    camera.stop()
    assert not camera.active
