"""Where the UI finds its resources, in a source checkout and in a PyInstaller build.

Kept separate from ``app.printing.fonts`` so that the window can start without
importing Pillow or reportlab.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` next to the ``app`` package, or inside the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def qss_path(name: str = "counterdesk.qss") -> Path:
    return resources_dir() / "qss" / name


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
