"""Files readable only by the user after a real start; ID and phone numbers masked in every log line."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from app import logs
from app.settings import Settings, save_settings
from tests.install.conftest import Dirs

ROOT = Path(__file__).resolve().parents[2]
ID = "11010519491231002X"
OLD_ID = "110105491231002"
PHONE = "13812345678"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows keeps these in the user's profile")
def test_a_real_start_leaves_store_spool_and_logs_readable_only_by_the_user(dirs: Dirs, tmp_path: Path) -> None:
    # Given a PC set up by an older version: everything 0644 / 0755
    old = os.umask(0o022)
    try:
        for folder in (dirs.config, dirs.data, dirs.log / "crash"):
            folder.mkdir(parents=True)
        store = dirs.data / "window.db"
        save_settings(
            Settings(window_code="01", store_url=f"sqlite+pysqlite:///{store}", printer=Settings().printer),
            dirs.settings_file,
        )
        for db in (store, dirs.data / "print_jobs.db"):
            sqlite3.connect(db).execute("create table t (x)").connection.close()
        (dirs.log / "counterdesk.log").write_text("旧日志\n", encoding="utf-8")
        (dirs.log / "crash" / "crash-old.txt").write_text("旧崩溃报告\n", encoding="utf-8")
        for path in (dirs.settings_file, store, dirs.data / "print_jobs.db", dirs.log / "counterdesk.log"):
            os.chmod(path, 0o644)
        for folder in (dirs.config, dirs.data, dirs.log, dirs.log / "crash"):
            os.chmod(folder, 0o755)
    finally:
        os.umask(old)

    # When the counter really starts (and quits once the login window is on screen)
    env = dict(os.environ, **dirs.env(), CD_EXIT_AFTER_SHOWN="login", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "app"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "COUNTERDESK-SHOWN login" in done.stdout

    # Then every folder is 0700 and every file 0600, the ones it made itself included
    for folder in (dirs.config, dirs.data, dirs.log, dirs.log / "crash"):
        assert mode(folder) == 0o700, folder
    files = [p for root in (dirs.config, dirs.data, dirs.log) for p in root.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"settings.toml", "window.db", "print_jobs.db", "counterdesk.log", "crash-old.txt"} <= names
    for path in files:
        assert mode(path) & 0o077 == 0, f"{path} is {oct(mode(path))}"
    assert "窗口受理台" in (dirs.log / "counterdesk.log").read_text(encoding="utf-8")


def test_a_database_error_carrying_an_id_number_reaches_the_log_masked(dirs: Dirs, tmp_path: Path) -> None:
    log_file = logs.init_logging(dirs.log)
    engine = sa.create_engine(f"sqlite+pysqlite:///{tmp_path / 'cases.db'}")
    meta = sa.MetaData()
    cases = sa.Table("cases", meta, sa.Column("id_number", sa.String, unique=True), sa.Column("phone", sa.String))
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(cases.insert(), {"id_number": ID, "phone": PHONE})
    with pytest.raises(sa.exc.IntegrityError) as caught, engine.begin() as conn:
        conn.execute(cases.insert(), {"id_number": ID, "phone": PHONE})
    assert ID in str(caught.value)  # the driver's message does carry the parameters

    log = logging.getLogger("app.services.intake")
    try:
        raise caught.value
    except sa.exc.IntegrityError:
        log.exception("保存办件失败")
    log.warning("申请人 %s 电话 %s 旧证 %s 座机 %s", ID.lower(), PHONE, OLD_ID, "028-86123456")
    logs.write_crash_report(f"IntegrityError {ID}", str(caught.value))
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    assert "保存办件失败" in text and "IntegrityError" in text and "UNIQUE constraint failed" in text
    assert "1101**********002X" in text and "138****5678" in text and "1101*******1002" in text
    assert "028-****3456" in text
    crash = "".join(p.read_text(encoding="utf-8") for p in (dirs.log / "crash").glob("*.txt"))
    for secret in (ID, ID.lower(), PHONE, OLD_ID, "86123456"):
        assert secret not in text
        assert secret not in crash
    assert "1101**********002X" in crash


def test_masking_leaves_other_numbers_alone() -> None:
    line = "办件 510626-20261207-0001 用时 1234 ms，2026-12-07 13:50:48，票号 A012，第 19 次"
    assert logs.mask_personal(line) == line
    assert logs.mask_personal(f"a{ID}b") == "a1101**********002Xb"
