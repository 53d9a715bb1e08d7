"""``python -m app sms-sender --once`` as the IT person runs it to check a configuration: the
secret kept with ``admin sms secret`` (a 0600 file here: no keyring), one round through the
CMPP emulator, and a Chinese line for a missing secret or a wrong address."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from app.sms.emulator_cmpp import CmppEmulator
from app.store.uow import Store
from tests.clock.conftest import PERSON, add_twenty_day_matter, desk_on
from tests.services.conftest import PASSWORD, build_hall

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], tmp_path: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CD_")}
    env.update(CD_CONFIG_DIR=str(tmp_path / "cfg"), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_one_round_from_the_command_line(sqlite_store: Store, tmp_path: Path) -> None:
    build_hall(sqlite_store)
    add_twenty_day_matter(sqlite_store)
    desk = desk_on(sqlite_store, date.today())
    desk.session.login("0101", PASSWORD)
    case = desk.intake.start(matter_code="GCXK", applicant=replace(PERSON, sms=True))
    desk.intake.mark_all_received(case.id)
    desk.decisions.accept(case.id)
    store = str(sqlite_store.engine.url)
    with CmppEmulator() as emulator:
        gateway = emulator.url()
        done = _run(["sms-sender", "--store", store, "--gateway", gateway, "--once"], tmp_path)
        assert done.returncode == 1 and "错误：缺少 CMPP 共享密钥：用 admin sms secret 存入密钥环" in done.stderr
        done = _run(["sms-sender", "--store", store, "--gateway", "smpp://x@y", "--once"], tmp_path)
        assert done.returncode == 1 and "短信网关地址应以 cmpp:// 或 http:// 开头" in done.stderr
        done = _run(["admin", "sms", "secret", gateway, "--stdin"], tmp_path, stdin="demo-secret\n")
        assert done.returncode == 0 and "已保存短信网关密钥：仅本用户可读的文件" in done.stdout
        kept = tmp_path / "cfg" / "central-password.json"
        assert kept.stat().st_mode & 0o777 == 0o600 and "demo-secret" in kept.read_text(encoding="utf-8")
        done = _run(["sms-sender", "--store", store, "--gateway", gateway, "--once"], tmp_path)
        assert done.returncode == 0, done.stderr
        assert "本轮：已发送 1 条" in done.stdout
        assert "13812345678" not in done.stderr and "138****5678" in done.stderr  # the log line, masked
        ((phone, text),) = emulator.messages()
        assert phone == "13812345678" and "建筑工程施工许可" in text
