"""Where the program's data files are: ``resources/`` in a source checkout, or inside the
PyInstaller bundle (``sys._MEIPASS``) when frozen — fonts, style sheet, translations, the
demo catalog and the catalog file's JSON Schema."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` next to the ``app`` package, or inside the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
