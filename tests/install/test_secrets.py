"""The central password: never in settings.toml; in the OS keyring or a 0600 file beside it.

The keyring path runs the real ``keyring`` package with keyrings.alt's file backend
(chosen the way an IT person would, through ``PYTHON_KEYRING_BACKEND``) in a temp folder;
the fallback path is what a PC without a usable keyring gets (the suite's default:
``keyring.backends.fail``).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import secret_store
from app.settings import Settings, load_settings, migrate_central_password, save_settings
from tests.install.conftest import Dirs

URL = "postgresql+psycopg://window_02:Zq9%40p%3Ass@db.hall.local:5432/hall"
PLAIN = "postgresql+psycopg://window_02@db.hall.local:5432/hall"
PASSWORD = "Zq9@p:ss"
ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_saving_settings_keeps_the_password_out_of_the_file(dirs: Dirs) -> None:
    save_settings(Settings(window_code="02", central_url=URL), dirs.settings_file)

    text = dirs.settings_file.read_text(encoding="utf-8")
    assert PASSWORD not in text and "Zq9" not in text
    assert tomllib.loads(text)["central_url"] == PLAIN
    kept = dirs.config / secret_store.SECRET_FILE_NAME
    assert mode(kept) == 0o600 and mode(dirs.settings_file) == 0o600
    assert PASSWORD in kept.read_text(encoding="utf-8")
    # in memory the program has the whole URL again
    assert load_settings(dirs.settings_file).central_url == secret_store.with_password(PLAIN, PASSWORD)


def test_an_old_settings_file_with_a_password_is_migrated_and_the_it_person_told(dirs: Dirs) -> None:
    dirs.config.mkdir(parents=True)
    dirs.settings_file.write_text(
        f'schema_version = 2\nwindow_code = "02"\ncentral_url = "{URL}"\n\n[printer]\nurl = "tcp://10.0.0.9:9100"\n',
        encoding="utf-8",
    )
    os.chmod(dirs.settings_file, 0o644)

    notice = migrate_central_password(dirs.settings_file)

    assert notice is not None and "中心库密码已移至" in notice and "不再保存密码" in notice
    raw = tomllib.loads(dirs.settings_file.read_text(encoding="utf-8"))
    assert raw == {
        "schema_version": 2,
        "window_code": "02",
        "central_url": PLAIN,
        "printer": {"url": "tcp://10.0.0.9:9100"},
    }
    assert mode(dirs.settings_file) == 0o600
    assert load_settings(dirs.settings_file).central_url.startswith("postgresql+psycopg://window_02:")
    assert secret_store.load_password(PLAIN, dirs.config) == PASSWORD
    # a second start has nothing to move and says nothing
    assert migrate_central_password(dirs.settings_file) is None


def test_the_setup_wizard_writes_no_password(qtbot: QtBot, dirs: Dirs) -> None:
    from app.selfcheck import SetupProbes
    from app.ui.setup.wizard import SetupWizard

    wizard = SetupWizard(SetupProbes(), Settings(central_url=URL), target=dirs.settings_file)
    qtbot.addWidget(wizard)
    wizard.accept()

    assert "Zq9" not in dirs.settings_file.read_text(encoding="utf-8")
    assert secret_store.load_password(PLAIN, dirs.config) == PASSWORD


def test_a_url_without_a_kept_password_stays_as_it_is(dirs: Dirs) -> None:
    save_settings(Settings(central_url=PLAIN), dirs.settings_file)
    assert load_settings(dirs.settings_file).central_url == PLAIN
    assert not (dirs.config / secret_store.SECRET_FILE_NAME).exists()


def _admin(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "admin", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_admin_central_set_puts_the_password_in_a_real_keyring(dirs: Dirs, tmp_path: Path) -> None:
    keyring_home = tmp_path / "keyring-home"
    env = dict(
        os.environ,
        **dirs.env(),
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        XDG_DATA_HOME=str(keyring_home),
    )

    done = _admin(env, "central", "set", URL, "--settings", str(dirs.settings_file))
    assert done.returncode == 0, done.stderr
    assert "已把中心库地址 postgresql+psycopg://window_02@db.hall.local:5432/hall 写入" in done.stdout
    assert "PASSWORD" not in done.stdout and "Zq9" not in done.stdout

    assert "Zq9" not in dirs.settings_file.read_text(encoding="utf-8")
    assert not (dirs.config / secret_store.SECRET_FILE_NAME).exists()  # the keyring took it
    [keyring_file] = list(keyring_home.rglob("keyring_pass.cfg"))
    read_back = subprocess.run(
        [
            sys.executable,
            "-c",
            "import keyring; print(keyring.get_password(%r, %r))"
            % (secret_store.KEYRING_SERVICE, "window_02@db.hall.local:5432/hall"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert read_back.stdout.strip() == PASSWORD
    assert keyring_file.stat().st_size > 0

    shown = _admin(env, "central", "show", "--settings", str(dirs.settings_file))
    assert shown.returncode == 0
    assert "密码：已保存（密钥环 keyrings.alt.file.PlaintextKeyring）" in shown.stdout
    assert "Zq9" not in shown.stdout

    forgot = _admin(env, "central", "forget", "--settings", str(dirs.settings_file))
    assert forgot.returncode == 0
    shown = _admin(env, "central", "show", "--settings", str(dirs.settings_file))
    assert "密码：未保存" in shown.stdout


def test_admin_central_set_refuses_a_non_postgres_address(dirs: Dirs) -> None:
    env = dict(os.environ, **dirs.env())
    done = _admin(env, "central", "set", "sqlite:///x.db", "--settings", str(dirs.settings_file))
    assert done.returncode == 1
    assert "中心库地址应为 PostgreSQL 地址" in done.stderr
    assert not dirs.settings_file.exists()


@pytest.mark.parametrize(
    ("url", "plain", "password"),
    [
        (URL, PLAIN, PASSWORD),
        ("postgresql://u@h/db", "postgresql://u@h/db", None),
        ("sqlite+pysqlite:////tmp/w.db", "sqlite+pysqlite:////tmp/w.db", None),
    ],
)
def test_split_password(url: str, plain: str, password: str | None) -> None:
    split = secret_store.split_password(url)
    assert (split.url, split.password) == (plain, password)
    if password is not None:
        assert secret_store.split_password(secret_store.with_password(plain, password)).password == password
