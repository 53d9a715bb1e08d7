"""Where the central store's password lives: the OS keyring, or a 0600 file — never settings.toml.

Why a module of its own: the password of a window PC's database role opens the hall's
queue and case data; a settings file is read by anyone who sits at the shared PC (and was
written 0644). So a central URL is kept on disk *without* its password; the password goes
to the operating system's keyring through the ``keyring`` package (Windows Credential
Manager, the Secret Service on a Linux desktop), or — when no usable keyring backend exists
(a kiosk session without D-Bus, UOS without a keyring daemon) — to a file readable only by
this user, beside the settings file. :func:`app.settings.load_settings` puts the password
back into the URL in memory; :func:`app.settings.save_settings` takes it out again.

Which keyring backends count as usable: those ``keyring`` itself rates as recommended
(priority ≥ 1: Windows' and the Secret Service), or any backend the IT person chose
explicitly through ``PYTHON_KEYRING_BACKEND``; never the ``fail``/``null`` backends.

Imports nothing heavy: ``keyring`` is imported only when a password is stored or read.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

#: The keyring's "service" under which every central password of this program is kept.
KEYRING_SERVICE = "CounterDesk 中心库"
#: The fallback file's name, in the settings file's folder (mode 0600).
SECRET_FILE_NAME = "central-password.json"
#: The environment variable ``keyring`` reads to pick a backend explicitly.
BACKEND_ENV = "PYTHON_KEYRING_BACKEND"


@dataclass(frozen=True)
class SplitUrl:
    """A database URL cut into the part kept on disk and its password."""

    #: The URL without its password (``postgresql+psycopg://window_02@center/hall``).
    url: str
    #: The password, or ``None`` when the URL had none.
    password: str | None


def split_password(url: str) -> SplitUrl:
    """``scheme://user:pw@host/db`` → (``scheme://user@host/db``, ``pw``); other URLs unchanged."""
    parts = urlsplit(url)
    if not parts.netloc or "@" not in parts.netloc:
        return SplitUrl(url, None)
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, colon, password = userinfo.partition(":")
    if not colon:
        return SplitUrl(url, None)
    return SplitUrl(urlunsplit(parts._replace(netloc=f"{user}@{hostport}")), unquote(password))


def with_password(url: str, password: str) -> str:
    """The URL with ``password`` put in after its user name (percent-encoded)."""
    parts = urlsplit(url)
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.partition(":")[0]
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{hostport}"))


def secret_key(url: str) -> str | None:
    """The name a URL's password is kept under: ``user@host:port/database`` (no scheme, no password).

    ``None`` for a URL without a user name (SQLite, trust authentication): nothing to keep.
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.partition(":")[0]
    if not user:
        return None
    return f"{unquote(user)}@{hostport}{parts.path}"


def _keyring_backend() -> KeyringBackend | None:
    """The keyring backend to use, or ``None`` when there is no usable one on this PC."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring configuration means "none"
        return None
    if isinstance(backend, fail.Keyring) or type(backend).__module__.endswith("backends.null"):
        return None
    explicit = bool(os.environ.get(BACKEND_ENV))
    try:
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # noqa: BLE001 - a backend whose priority cannot be read is not viable
        return None
    if not explicit and priority < 1:
        return None
    return backend


def keyring_name() -> str | None:
    """What the IT person should look for: ``Windows 凭据管理器``, ``Secret Service`` …, or ``None``."""
    backend = _keyring_backend()
    if backend is None:
        return None
    module = type(backend).__module__
    if "Windows" in module:
        return "Windows 凭据管理器"
    if "SecretService" in module or "libsecret" in module:
        return "系统密钥环（Secret Service）"
    if "macOS" in module:
        return "macOS 钥匙串"
    return f"密钥环 {type(backend).__module__}.{type(backend).__name__}"


def _secret_file(folder: Path) -> Path:
    return folder / SECRET_FILE_NAME


def _read_file(folder: Path) -> dict[str, str]:
    try:
        raw = json.loads(_secret_file(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def _write_file(folder: Path, entries: dict[str, str]) -> None:
    """Write the fallback file created 0600 from the first byte (no window where it is 0644)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = _secret_file(folder)
    if not entries:
        path.unlink(missing_ok=True)
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(entries, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def save_password(url: str, password: str, folder: Path) -> str:
    """Keep ``password`` for ``url``'s role; returns where it went, in Chinese, for the IT person.

    ``folder`` is the settings file's folder (the fallback file's place). When the keyring
    takes it, an older copy in the fallback file is removed.
    """
    key = secret_key(url)
    if key is None:
        raise ValueError("数据库地址中没有用户名，无法保存密码")
    backend = _keyring_backend()
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, key, password)
        except Exception:  # noqa: BLE001 - a locked or broken keyring: use the file instead
            backend = None
        else:
            entries = _read_file(folder)
            if entries.pop(key, None) is not None:
                _write_file(folder, entries)
            return keyring_name() or "系统密钥环"
    entries = _read_file(folder)
    entries[key] = password
    _write_file(folder, entries)
    return f"仅本用户可读的文件 {_secret_file(folder)}"


def load_password(url: str, folder: Path) -> str | None:
    """The kept password of ``url``'s role (keyring first, then the fallback file), or ``None``."""
    key = secret_key(url)
    if key is None:
        return None
    backend = _keyring_backend()
    if backend is not None:
        try:
            found = backend.get_password(KEYRING_SERVICE, key)
        except Exception:  # noqa: BLE001 - an unreadable keyring: try the file
            found = None
        if found is not None:
            return str(found)
    return _read_file(folder).get(key)


def forget_password(url: str, folder: Path) -> None:
    """Remove the kept password of ``url``'s role from the keyring and the file (rotation, revoke)."""
    key = secret_key(url)
    if key is None:
        return
    backend = _keyring_backend()
    if backend is not None:
        try:
            backend.delete_password(KEYRING_SERVICE, key)
        except Exception as exc:  # noqa: BLE001 - any keyring backend's "nothing kept there"
            log.debug("keyring: nothing to forget for %s (%s)", key, type(exc).__name__)
    entries = _read_file(folder)
    if entries.pop(key, None) is not None:
        _write_file(folder, entries)


def fill_password(url: str, folder: Path) -> str:
    """``url`` with its kept password put in; unchanged when it has one or none is kept."""
    if not url or split_password(url).password is not None:
        return url
    password = load_password(url, folder)
    return with_password(url, password) if password is not None else url


def move_out(url: str, folder: Path) -> tuple[str, str | None]:
    """Keep ``url``'s password and return (the URL without it, where it went) — (url, None) if none."""
    split = split_password(url)
    if split.password is None:
        return url, None
    return split.url, save_password(split.url, split.password, folder)
