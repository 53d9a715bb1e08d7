"""One typed settings schema per PC (TOML file + ``CD_*`` environment overrides).

Window geometry alone lives in QSettings; everything the IT person configures lives
here, in the platform's config directory, versioned so an old file is upgraded in
place (``UPGRADES``) rather than silently misread.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

import tomli_w
from platformdirs import user_cache_dir, user_config_dir, user_data_dir, user_log_dir

from app import secret_store
from app.domain.errors import CounterDeskError

APP_NAME = "CounterDesk"
SCHEMA_VERSION = 2


class SettingsError(CounterDeskError):
    """The settings file cannot be read or has a wrong value."""


@dataclass(frozen=True)
class PrinterSettings:
    #: Backend URL: tcp://host:9100, serial:///dev/ttyUSB0?baudrate=19200, file:///dev/usb/lp0,
    #: win32raw://名称, cups://queue, pdf:///folder, or "" for none.
    url: str = ""
    #: Paper width in millimetres: 58 or 80.
    width_mm: int = 80
    #: "raster" (Chinese drawn with the bundled font) or "resident" (printer's GB18030 font).
    text_mode: str = "raster"
    cut: bool = True


@dataclass(frozen=True)
class DeviceSettings:
    #: Transport URL (COM3, /dev/ttyUSB0, socket://host:port, ws://host:port/path) or "".
    url: str = ""
    #: Protocol name from the device registry (e.g. "cdk-eval-1", "cdk-led-1", "ws-eval-1").
    protocol: str = ""
    #: Bus address on RS-485.
    address: int = 1
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaptureSettings:
    #: 高拍仪: "" (none), "uvc" (the system's camera), "uvc:名称片段" (the camera whose name
    #: contains it), or "emulated" (test pages; training and the demo hall).
    camera: str = ""
    #: Scanner: "" (none), "sane:" / "sane:DEVICE" (Linux), "wia:" (Windows), "emulated:".
    scanner: str = ""
    #: Scanner options: ``resolution`` (dpi, default 200), ``mode`` (Color/Gray), ``adf`` (feeder).
    scanner_options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BlobStoreSettings:
    """Where the center keeps the bytes of captured pages (metadata stays in the database)."""

    #: "" (the central database's ``blob_chunks``) or "s3" (an S3-compatible bucket: MinIO …)
    kind: str = ""
    #: e.g. "https://minio.hall.local:9000"
    endpoint: str = ""
    bucket: str = ""
    region: str = "us-east-1"
    #: this PC's own access key (a window's key may touch only its own files)
    access_key: str = ""
    #: the secret key is kept like the central password (``admin blobstore secret``: OS keyring
    #: or the 0600 file); else CD_BLOB_SECRET_KEY, else this file (must be 0600)
    secret_key_file: str = ""
    prefix: str = "blobs/"


@dataclass(frozen=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    #: The window this PC is bound to.
    window_code: str = "01"
    hall_code: str = ""
    #: This PC's own store (always SQLite on a window PC).
    store_url: str = ""
    #: The central store (PostgreSQL URL, or "" for a one-PC township center).
    central_url: str = ""
    idle_lock_minutes: int = 10
    recall_limit: int = 3
    near_due_days: int = 3
    follow_up_days: int = 5
    rating_timeout_s: int = 60
    language: str = "zh_CN"
    large_font: bool = False
    #: Black ground, white text, yellow focus ring (视图 → 高对比度).
    high_contrast: bool = False
    #: Emulated printer/evaluator/LED started by the program itself (demo hall, training).
    demo_devices: bool = False
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    evaluator: DeviceSettings = field(default_factory=DeviceSettings)
    led: DeviceSettings = field(default_factory=DeviceSettings)
    #: ID-card reader: protocol "sam/1" (serial URL) or "sdtapi" (url "sdtapi:1001");
    #: options ``baudrate``, ``library`` (sdtapi path), ``photo_library`` (vendor WLT decoder).
    idcard: DeviceSettings = field(default_factory=DeviceSettings)
    #: 高拍仪 and scanner for the case's electronic file.
    capture: CaptureSettings = field(default_factory=CaptureSettings)
    #: The central object store for those files (default: the central database).
    blob_store: BlobStoreSettings = field(default_factory=BlobStoreSettings)
    #: A signature pad (pen tablet or touch screen) for receivers to sign on at hand-over (出件);
    #: without one the printed 领取回执 is signed on paper.
    signature_pad: bool = False
    #: "auto" (Windows: Qt voice, then SAPI; Linux: espeak-ng, then Qt), "qt", "sapi", "espeak-ng", or "off".
    announcer: str = "auto"

    def resolved_store_url(self) -> str:
        return self.store_url or f"sqlite+pysqlite:///{data_dir() / 'window.db'}"


def config_dir() -> Path:
    return Path(os.environ.get("CD_CONFIG_DIR") or user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(os.environ.get("CD_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(os.environ.get("CD_CACHE_DIR") or user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(os.environ.get("CD_LOG_DIR") or user_log_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return Path(os.environ.get("CD_SETTINGS") or config_dir() / "settings.toml")


def _upgrade_1_to_2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had a flat ``printer_url``; version 2 groups printer settings."""
    url = raw.pop("printer_url", "")
    raw.setdefault("printer", {}).setdefault("url", url)
    return raw


#: from-version → function producing the next version's raw dict.
UPGRADES = {1: _upgrade_1_to_2}


def _build(cls: type, raw: dict[str, Any], where: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    unknown = set(raw) - set(known)
    if unknown:
        raise SettingsError(f"设置文件中有未知的设置项：{where}{', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    defaults = cls()
    for name, value in raw.items():
        default = getattr(defaults, name)
        if is_dataclass(default):
            if not isinstance(value, dict):
                raise SettingsError(f"设置项 {where}{name} 应为一个分组")
            values[name] = _build(type(default), value, f"{where}{name}.")
        elif isinstance(default, bool) and not isinstance(value, bool):
            raise SettingsError(f"设置项 {where}{name} 应为 true 或 false")
        elif (
            isinstance(default, int)
            and not isinstance(default, bool)
            and (not isinstance(value, int) or isinstance(value, bool))
        ):
            raise SettingsError(f"设置项 {where}{name} 应为整数")
        elif isinstance(default, str) and not isinstance(value, str):
            raise SettingsError(f"设置项 {where}{name} 应为文字")
        else:
            values[name] = value
    return replace(defaults, **values)


def parse_settings(raw: dict[str, Any]) -> Settings:
    raw = dict(raw)
    version = raw.get("schema_version", 1)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise SettingsError(f"设置文件版本 {version} 比本程序新，请升级程序后再使用")
    while version < SCHEMA_VERSION:
        raw = UPGRADES[version](raw)
        version += 1
    raw["schema_version"] = SCHEMA_VERSION
    return _build(Settings, raw, "")


ENV_PREFIX = "CD_SET_"


def _apply_env(raw: dict[str, Any]) -> dict[str, Any]:
    """``CD_SET_WINDOW_CODE=05`` or ``CD_SET_PRINTER__URL=tcp://…`` override the file."""
    for key, value in os.environ.items():
        if not key.startswith(ENV_PREFIX):
            continue
        path = key[len(ENV_PREFIX) :].lower().split("__")
        target = raw
        for part in path[:-1]:
            target = target.setdefault(part, {})
        parsed: Any = value
        if value.lower() in ("true", "false"):
            parsed = value.lower() == "true"
        elif value.lstrip("-").isdigit():
            parsed = int(value)
        target[path[-1]] = parsed
    return raw


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file (missing file → defaults) and apply env overrides.

    The central URL on disk has no password; the one kept for its role (keyring or the
    0600 file beside the settings, :mod:`app.secret_store`) is put back in memory here.
    """
    path = path or settings_path()
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"设置文件 {path} 格式错误：{exc}") from exc
    raw.setdefault("schema_version", SCHEMA_VERSION if not path.exists() else raw.get("schema_version", 1))
    settings = parse_settings(_apply_env(raw))
    if settings.central_url:
        settings = replace(settings, central_url=secret_store.fill_password(settings.central_url, path.parent))
    return settings


def _write_private(path: Path, text: str) -> None:
    """Replace ``path`` atomically by a file created readable only by this user (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    tmp.replace(path)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings file; a password in ``central_url`` goes to the keyring (or the
    0600 file beside it), never into the file."""
    path = path or settings_path()
    central, _ = secret_store.move_out(settings.central_url, path.parent)
    _write_private(path, tomli_w.dumps(asdict(replace(settings, central_url=central))))
    return path


def save_language(language: str, path: Path | None = None) -> Path:
    """Set only the ``language`` key of the settings file (the 视图 → 语言 menu), every
    other line kept; the next start opens in that language."""
    path = path or settings_path()
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"设置文件 {path} 格式错误：{exc}") from exc
    else:
        raw["schema_version"] = SCHEMA_VERSION
    raw["language"] = language
    _write_private(path, tomli_w.dumps(raw))
    return path


def migrate_central_password(path: Path | None = None) -> str | None:
    """Move a password out of an existing settings file's ``central_url``; the Chinese notice, or ``None``.

    Older versions (and hand-edited files) kept ``postgresql://window_02:密码@…`` in
    settings.toml. On start the password is kept in the keyring (or the 0600 file), the
    file is rewritten without it — every other line as it was — and the IT person is told
    where the password went.
    """
    path = path or settings_path()
    if not path.exists():
        return None
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None  # load_settings says what is wrong with the file
    url = raw.get("central_url")
    if not isinstance(url, str):
        return None
    central, where = secret_store.move_out(url, path.parent)
    if where is None:
        return None
    raw["central_url"] = central
    _write_private(path, tomli_w.dumps(raw))
    return (
        f"设置文件 {path} 中的中心库密码已移至{where}，设置文件中不再保存密码。"
        "如曾把该文件复制到别处，请在中心改换此窗口的数据库密码（见 docs/security.md）。"
    )
