"""Ticket voice on a Windows PC: SAPI through pywin32 chosen at run time, and what the self-check says.

Windows is faked at its boundary only (``sys.platform`` and pywin32's COM modules, see
``windows_fakes``); the choice of voice, the announcer thread and the self-check line
are the program's own code.  On this Linux machine, espeak-ng keeps speaking.
"""

from __future__ import annotations

import shutil
import time
import wave
from pathlib import Path

import pytest

from app.devices.announcer import Announcer, SapiBackend, backend_order, choose_backend, find_backend
from app.selfcheck import CheckFailed, probe_voice
from tests.install.windows_fakes import HUIHUI, ZIRA, Sapi, fake_windows

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


def test_windows_tries_its_own_voices_first_and_linux_espeak_ng(monkeypatch: pytest.MonkeyPatch) -> None:
    assert backend_order("auto") == ("espeak-ng", "qt")
    assert backend_order("sapi") == ("qt", "espeak-ng")  # no SAPI off Windows
    fake_windows(monkeypatch)
    assert backend_order("auto") == ("qt", "sapi", "espeak-ng")
    assert backend_order("espeak-ng") == ("espeak-ng",)
    assert backend_order("off") == ()


def test_a_windows_pc_with_chinese_speech_calls_tickets_through_sapi(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given Windows 10 with an English and a Chinese desktop voice, pywin32, and no QtTextToSpeech
    sapi = Sapi([ZIRA, HUIHUI])
    fake_windows(monkeypatch, sapi.modules())
    monkeypatch.setenv("PATH", "")  # and no espeak-ng

    backend, reasons = find_backend("auto")

    # Then SAPI speaks with the Chinese voice, and the log says why Qt's voice was passed over
    assert isinstance(backend, SapiBackend)
    assert backend.description == "Windows SAPI（Microsoft Huihui Desktop - Chinese (Simplified)）"
    assert reasons == ["Qt 语音：缺少组件 PySide6.QtTextToSpeech"]

    # When a clerk calls A012 to window 05, the announcer thread speaks (COM initialised on that thread)
    announcer = Announcer(backend)
    try:
        announcer.announce("A012", "05")
        deadline = time.monotonic() + 5
        while not announcer.spoken and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        announcer.stop()
    assert [a.ticket for a in announcer.spoken] == ["A012"]
    thread, text = sapi.spoken[-1]
    assert text == "请A零一二号到五号窗口办理"
    assert thread == announcer._thread.ident and thread in sapi.initialised_threads


def test_the_self_check_names_the_sapi_voice_and_proves_it_with_a_wav(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_windows(monkeypatch, Sapi([ZIRA, HUIHUI]).modules())

    detail = probe_voice("auto", tmp_path)

    assert (
        detail == "Windows SAPI（Microsoft Huihui Desktop - Chinese (Simplified)）：试读“请 A012 号到 5 号窗口办理”成功"
    )
    with wave.open(str(tmp_path / "voice-check.wav")) as wav:
        assert wav.getnframes() / wav.getframerate() > 1.0


def test_english_voices_only_is_no_voice_with_each_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    # A Windows PC whose SAPI has English voices only, and no espeak-ng.exe on PATH
    fake_windows(monkeypatch, Sapi([ZIRA]).modules())
    backend, reasons = find_backend("auto")
    assert backend is None
    assert reasons == [
        "Qt 语音：缺少组件 PySide6.QtTextToSpeech",
        "Windows SAPI：SAPI 没有中文语音",
        "espeak-ng：未安装 espeak-ng",
    ]


def test_no_voice_on_windows_fails_the_self_check_saying_what_was_tried(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_windows(monkeypatch)  # no pywin32 at all
    monkeypatch.setenv("PATH", str(tmp_path))

    with pytest.raises(CheckFailed) as failure:
        probe_voice("auto", tmp_path)
    message = failure.value.message
    assert "Windows 请在“设置 → 时间和语言 → 语音”中添加中文语音" in message
    assert "Windows SAPI：缺少组件 pythoncom" in message
    assert "espeak-ng：未安装 espeak-ng" in message
    assert choose_backend("auto") is None


@needs_espeak
def test_linux_keeps_espeak_ng_even_where_pywin32_could_be_imported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, module in Sapi([HUIHUI]).modules().items():
        monkeypatch.setitem(__import__("sys").modules, name, module)
    backend = choose_backend("auto")
    assert backend is not None and backend.name == "espeak-ng"
    assert probe_voice("auto", tmp_path).startswith("espeak-ng（cmn")
