"""Where the UI finds its resources, in a source checkout and in a PyInstaller build.

Kept separate from ``app.printing.fonts`` so that the window can start without
importing Pillow or reportlab.
"""

from __future__ import annotations

from pathlib import Path

from app.resources import resources_dir


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def qss_path(name: str = "counterdesk.qss") -> Path:
    return resources_dir() / "qss" / name


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
