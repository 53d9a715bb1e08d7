"""The PyInstaller folder, built from ``pyinstaller.spec`` in a temp dir, passes its own self-check.

This is the CI form of the acceptance test: build the one-folder app, pack it the way
it is handed to a hall, unpack it elsewhere (as on a fresh PC) and run
``counterdesk --self-check --demo`` offscreen against the emulators.  Nothing is cached
outside the test's temporary directory (PyInstaller's own cache included).
Measured on 2 cores: about one minute for the build, a few seconds for the check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.forms.registry import DOCUMENTS
from app.logs import app_version

ROOT = Path(__file__).resolve().parents[2]
#: The suite's 300 s per-test limit is too tight for a PyInstaller build on a busy CI runner.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def build(tmp_path: Path) -> Path:
    """Run the spec into ``tmp_path``; returns the dist folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail(
            "PyInstaller is not installed: ./dev test must install the 'build' extra (pip install -e '.[test,build]')"
        )
    dist, work = tmp_path / "dist", tmp_path / "build"
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(tmp_path / "pyinstaller-cache"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "pyinstaller.spec"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return dist


def test_frozen_folder_passes_the_self_check_after_unpacking(tmp_path: Path) -> None:
    dist = build(tmp_path)
    archived = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "archive.py"), "--dist", str(dist)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert archived.returncode == 0, archived.stderr
    archive = Path(archived.stdout.strip())
    assert archive.parent == dist and archive.name.startswith("counterdesk-")

    # A fresh PC: unpack elsewhere, no settings, its own folders
    pc = tmp_path / "pc"
    shutil.unpack_archive(archive, pc / "programs")
    shutil.rmtree(dist / "counterdesk")
    exe = pc / "programs" / "counterdesk" / ("counterdesk.exe" if sys.platform == "win32" else "counterdesk")
    # The rare-character fonts travel in the folder with their licence (the PC needs no fonts-hanazono).
    bundled_fonts = {p.name: p.stat().st_size for p in (pc / "programs").rglob("resources/fonts/*")}
    assert bundled_fonts["HanaMinB.ttf"] > 30_000_000 and bundled_fonts["HanaMinA.ttf"] > 20_000_000
    assert "LICENSE-hanazono.txt" in bundled_fonts
    env = {key: value for key, value in os.environ.items() if not key.startswith(("CD_", "QT_", "PYTHON"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CD_CONFIG_DIR=str(pc / "config"),
        CD_DATA_DIR=str(pc / "data"),
        CD_CACHE_DIR=str(pc / "cache"),
        CD_LOG_DIR=str(pc / "log"),
    )
    env.pop("DISPLAY", None)
    # --help and --version answer in Chinese without a display (Qt's xcb would abort here)
    for args in (["--help"], ["kiosk", "--help"], ["admin", "--help"], ["--version"]):
        answered = subprocess.run(
            [str(exe), *args],
            env={k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"},
            cwd=pc,
            capture_output=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        said = answered.stdout.decode("utf-8", errors="replace")
        assert answered.returncode == 0, (args, said, answered.stderr.decode("utf-8", errors="replace")[-2000:])
        assert (f"窗口受理台 {app_version()}" if args == ["--version"] else "显示此帮助信息并退出") in said, said
    assert not (pc / "config" / "settings.toml").exists()  # no wizard ran
    done = subprocess.run(
        [str(exe), "--self-check", "--demo"],
        env=env,
        cwd=pc,
        capture_output=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    out = done.stdout.decode("utf-8", errors="replace")
    assert done.returncode == 0, out + done.stderr.decode("utf-8", errors="replace")[-3000:]

    lines = [line for line in out.splitlines() if line.startswith("[")]
    failed = [line for line in lines if line.startswith("[失败]")]
    assert failed == []
    expected = [
        "程序文件",
        "设置文件",
        "数据库",
        "事项目录",
        "图形界面",
        "窗口",
        "打印机",
        "语音播报",
        "待上传数据",
        "设备 评价器",
        "设备 平板评价器",
        "设备 窗口屏",
        *(f"文书 {name}" for name in DOCUMENTS),
    ]
    missing = [item for item in expected if not any(line.startswith(f"[通过] {item} ") for line in lines)]
    assert missing == [], out
    assert "（打包版）" in out
    assert f"自检通过：共 {len(lines)} 项。" in out.splitlines()
    assert out.rstrip().endswith(f"结果已保存：{pc / 'log' / 'selfcheck.txt'}")
    # the frozen program kept its logs and escpos cache in its own folders, nowhere else
    assert (pc / "log" / "counterdesk.log").exists()
