"""Every entry point answers ``--help`` and ``--version`` in Chinese, without a display.

Each command runs in its own process with no ``DISPLAY``, no ``WAYLAND_DISPLAY`` and Qt's
platform forced to ``xcb``: a program that opened a window (the setup wizard, the kiosk,
the demo hall) would abort there instead of exiting 0. The frozen executable is checked
the same way in test_frozen_build.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.chinese_argparse import ChineseArgumentParser, translate_error
from app.logs import app_version

ROOT = Path(__file__).resolve().parents[2]

#: (command after ``python``, a phrase of its own help text)
ENTRY_POINTS = [
    (["-m", "app"], "不带命令时打开本窗口的受理台"),
    (["-m", "app", "demo"], "打开演示大厅"),
    (["-m", "app", "kiosk"], "打开取号机"),
    (["-m", "app", "admin"], "创建或升级数据库结构"),
    (["-m", "app", "admin", "staff"], "工作人员"),
    (["-m", "app", "--self-check"], "安装自检"),
    (["-m", "app", "hall-web"], "大厅网站"),
    (["-m", "app", "sms-sender"], "短信通知发送程序"),
    (["-m", "app", "admin", "sms"], "存入密钥环"),
    (["-m", "app.selfcheck"], "安装自检"),
    (["-m", "app.devices.emulators.evaluator"], "评价器模拟器"),
    (["-m", "app.devices.emulators.led"], "窗口屏模拟器"),
    (["-m", "app.devices.emulators.idcard"], "身份证阅读器模拟器"),
    (["-m", "app.devices.emulators.printer"], "虚拟小票打印机"),
]
#: argparse's own English words that must not survive in any help text.
ENGLISH = ("usage:", "positional arguments", "options:", "show this help message", "optional arguments")


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY") and not k.startswith("CD_")}
    env.update(
        QT_QPA_PLATFORM="xcb",
        CD_CONFIG_DIR=str(tmp_path / "config"),
        CD_DATA_DIR=str(tmp_path / "data"),
        CD_CACHE_DIR=str(tmp_path / "cache"),
        CD_LOG_DIR=str(tmp_path / "log"),
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.parametrize(("command", "phrase"), ENTRY_POINTS, ids=[" ".join(c[1:]) for c, _ in ENTRY_POINTS])
def test_help_is_chinese_and_opens_no_window(command: list[str], phrase: str, tmp_path: Path) -> None:
    done = run([*command, "--help"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("用法：")
    assert "显示此帮助信息并退出" in done.stdout
    assert phrase in done.stdout
    assert not [word for word in ENGLISH if word in done.stdout.lower()], done.stdout
    assert not (tmp_path / "config" / "settings.toml").exists()  # the setup wizard did not run


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["-m", "app"], "窗口受理台"),
        (["-m", "app", "kiosk"], "窗口受理台"),
        (["-m", "app", "demo"], "窗口受理台"),
        (["-m", "app", "admin"], "窗口受理台"),
        (["-m", "app", "--self-check"], "窗口受理台"),
        (["-m", "app", "hall-web"], "窗口受理台"),
        (["-m", "app", "sms-sender"], "窗口受理台"),
        (["-m", "app.selfcheck"], "窗口受理台"),
        (["-m", "app.devices.emulators.evaluator"], "评价器模拟器"),
        (["-m", "app.devices.emulators.led"], "窗口屏模拟器"),
        (["-m", "app.devices.emulators.idcard"], "身份证阅读器模拟器"),
        (["-m", "app.devices.emulators.printer"], "虚拟小票打印机"),
    ],
    ids=lambda value: " ".join(value[1:]) if isinstance(value, list) else value,
)
def test_version_names_the_program_and_its_version(command: list[str], name: str, tmp_path: Path) -> None:
    done = run([*command, "--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{name} {app_version()}"


def test_an_unknown_command_is_told_in_chinese_and_nothing_opens(tmp_path: Path) -> None:
    done = run(["-m", "app", "kiosc"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("用法：counterdesk")
    assert (
        "错误：参数 命令：无效的选项：'kiosc'（可选：'demo', 'kiosk', 'admin', 'hall-web', 'sms-sender'）"
        in done.stderr
    )
    assert "invalid choice" not in done.stderr


def test_the_usage_errors_of_argparse_read_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    parser = ChineseArgumentParser(prog="demo")
    parser.add_argument("file")
    parser.add_argument("--days", type=int)
    for argv, expected in (
        ([], "错误：缺少必需的参数：file"),
        (["a", "--days", "x"], "错误：参数 --days：无效的 int 值：'x'"),
        (["a", "--days"], "错误：参数 --days：需要一个值"),
        (["a", "b"], "错误：无法识别的参数：b"),
    ):
        with pytest.raises(SystemExit) as stopped:
            parser.parse_args(argv)
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith("用法：demo [-h]")
        assert expected in err, err
    assert (
        translate_error("ambiguous option: --s could match --store, --setup")
        == "选项 --s 有歧义，可能是：--store, --setup"
    )


def test_the_package_metadata_has_an_spdx_licence_and_builds_without_deprecation(tmp_path: Path) -> None:
    """pyproject's ``project.license`` is an SPDX expression (PEP 639) with its file; the
    build backend says nothing deprecated (the table form stops building after 2027-02-18)."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    said = done.stdout + done.stderr
    assert "deprecat" not in said.lower(), said
    assert "SetuptoolsWarning" not in said and "BuildBackendWarning" not in said, said
    import zipfile

    (wheel,) = tmp_path.glob("counterdesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(f"counterdesk-{app_version()}.dist-info/METADATA").decode()
        names = archive.namelist()
    assert "License-Expression: LicenseRef-Proprietary" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()
    assert f"counterdesk-{app_version()}.dist-info/licenses/LICENSE" in names


def test_an_editable_install_says_nothing_deprecated_or_warned(tmp_path: Path) -> None:
    """``pip install -e .`` (what ``./dev setup`` runs) into a throwaway environment: no
    BuildBackendWarning, nothing deprecated, and the environment imports this checkout's app."""
    env = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True, timeout=120)
    python = env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-e", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    said = done.stdout + done.stderr
    assert "warning" not in said.lower() and "deprecat" not in said.lower(), said
    where = subprocess.run(
        [str(python), "-c", "import app, sys; print(app.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert Path(where.stdout.strip()) == ROOT / "app" / "__init__.py"
