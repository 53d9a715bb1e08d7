"""Fixtures for install tests: per-test config/data/log/cache folders and restored global hooks.

The self-check and ``app.logs.init_logging`` change process-wide state (root logger
handlers, ``sys.excepthook``, ``threading.excepthook``, the escpos cache variable);
every test here gets it back as it was.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Dirs:
    """The folders ``app.settings`` resolves for this test."""

    config: Path
    data: Path
    cache: Path
    log: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.toml"

    def env(self) -> dict[str, str]:
        """The ``CD_*`` variables that point the program at these folders."""
        return {
            "CD_CONFIG_DIR": str(self.config),
            "CD_DATA_DIR": str(self.data),
            "CD_CACHE_DIR": str(self.cache),
            "CD_LOG_DIR": str(self.log),
            "CD_SETTINGS": str(self.settings_file),
        }


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dirs]:
    """Isolated program folders plus restored logging/excepthook state."""
    found = Dirs(tmp_path / "config", tmp_path / "data", tmp_path / "cache", tmp_path / "log")
    for key, value in found.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import app.logs

    monkeypatch.setitem(app.logs._state, "log_dir", None)
    monkeypatch.setitem(app.logs._state, "summary", {})
    yield found
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
