"""``pyinstaller.spec`` on a Windows build machine: the executable's name, version resource and pywin32 modules.

The spec is executed the way PyInstaller executes it — as a script given ``SPECPATH``
and the build steps ``Analysis``/``PYZ``/``EXE``/``COLLECT`` — with ``sys.platform``
set to ``win32``.  The build steps here only record what the spec hands them (they are
PyInstaller's side of the boundary); everything the spec computes runs for real:
hidden imports from the registries, the data files, the version resource.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import PyInstaller.compat
import PyInstaller.utils.hooks  # noqa: F401 - imported on the real platform, as PyInstaller has it
import pytest

ROOT = Path(__file__).resolve().parents[2]


class Step:
    """One build step: keeps its arguments."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        datas = kwargs.get("datas", [])
        self.datas = [(f"{dest}/{Path(src).name}", src, "DATA") for src, dest in datas]
        self.binaries: list[tuple[str, str, str]] = []
        self.pure: list[tuple[str, str, str]] = []
        self.scripts: list[tuple[str, str, str]] = []


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str, **env: str) -> dict[str, Any]:
    monkeypatch.setattr(sys, "platform", platform)
    if platform == "win32":
        # PyInstaller imports the Windows resource API (pywin32-ctypes) only on Windows; building
        # the version structure does not call it.
        monkeypatch.setattr(PyInstaller.compat, "win32api", types.ModuleType("win32api"), raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    steps: dict[str, Step] = {}

    def step(kind: str) -> type[Step]:
        class Recorded(Step):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                steps[kind] = self

        return Recorded

    spec = ROOT / "pyinstaller.spec"
    namespace = {
        "SPECPATH": str(ROOT),
        "__file__": str(spec),
        **{k: step(k) for k in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return {"steps": steps, **namespace}


@pytest.fixture(scope="module")
def windows_spec() -> Iterator[dict[str, Any]]:
    """The spec run once as on a Windows build machine (each run takes seconds: it walks the registries)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield run_spec(monkeypatch, "win32")


def test_the_windows_build_names_the_exe_and_carries_a_chinese_version_resource(windows_spec: dict[str, Any]) -> None:
    spec = windows_spec
    exe = spec["steps"]["EXE"].kwargs
    assert exe["name"] == "counterdesk" and exe["console"] is True
    assert exe["strip"] is False and exe["upx"] is False  # never strip or pack signed Windows DLLs
    assert exe["icon"].endswith("counterdesk.ico")
    resource = str(exe["version"])
    for text in ("窗口受理台 Counter Desk", "counterdesk.exe", "0.1.0", "080404B0"):
        assert text in resource
    assert exe["version"].ffi.fileVersionMS == (0 << 16) | 1  # 0.1.0.0
    assert spec["steps"]["COLLECT"].kwargs["name"] == "counterdesk"  # one folder, not one file


def test_the_windows_build_bundles_pywin32_for_the_print_queue_and_the_voice(windows_spec: dict[str, Any]) -> None:
    hidden = set(windows_spec["steps"]["Analysis"].kwargs["hiddenimports"])
    assert {"win32print", "pywintypes", "pythoncom", "win32com.client"} <= hidden
    assert {"app.devices.announcer", "app.printing.backends", "app.selfcheck.voice"} <= hidden


def test_a_windowed_build_is_asked_for_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    exe = run_spec(monkeypatch, "win32", CD_BUILD_CONSOLE="0")["steps"]["EXE"].kwargs
    assert exe["console"] is False


def test_the_windows_build_keeps_what_the_qt_voice_needs_and_linux_leaves_the_qt_voice_out(
    windows_spec: dict[str, Any],
) -> None:
    wanted = windows_spec["wanted"]
    assert wanted(("PySide6/Qt6Multimedia.dll", "x", "BINARY")) and wanted(("PySide6/Qt6Network.dll", "x", "BINARY"))
    assert wanted(("PySide6/plugins/multimedia/windowsmediaplugin.dll", "x", "BINARY"))
    assert "PySide6.QtTextToSpeech" not in windows_spec["EXCLUDES"]


def test_linux_takes_the_desktop_libraries_from_the_pc(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = run_spec(monkeypatch, "linux")
    wanted = spec["wanted"]
    for system in (
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libdbus-1.so.3",
        "libsystemd.so.0",
        "libpng16.so.16",
        "libpulse.so.0",
        "libpulsecommon-14.2.so",
    ):
        assert not wanted((system, "x", "BINARY"))
    assert wanted(("pillow.libs/libfreetype-57f805ba.so.6.20.6", "x", "BINARY"))  # a wheel's own copy stays
    assert wanted(("libssl.so.1.1", "x", "BINARY")) and wanted(("libpython3.11.so.1.0", "x", "BINARY"))
    assert "PySide6.QtTextToSpeech" in spec["EXCLUDES"]  # espeak-ng calls tickets on Linux
    assert "win32print" not in spec["steps"]["Analysis"].kwargs["hiddenimports"]
    assert spec["steps"]["EXE"].kwargs["version"] is None
