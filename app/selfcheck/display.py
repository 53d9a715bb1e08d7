"""The display part of the self-check: which Qt platform starts, and every window opened once.

The platform is probed in a child process because a missing system library
(``libxcb-cursor0``) makes Qt abort the process it loads in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from app.domain.errors import CounterDeskError
from app.selfcheck.results import CheckFailed, reason_of

if TYPE_CHECKING:
    from app.settings import Settings

#: Builds one window for the "窗口" item from the settings and the (migrated, catalog-
#: loaded) store URL the self-check uses; the composition root passes the login dialog
#: and the main window this way, so this package never imports it.
WindowFactory = Callable[["Settings", str], Any]

#: The argument ``app/__main__.py`` routes here (it may be passed on or stripped).
FLAG = "--self-check"
#: Internal: the child process that only tries to start the Qt platform.
PLATFORM_PROBE_FLAG = "--platform-probe"


def has_display() -> bool:
    """Whether a graphical session is reachable (Windows and macOS always have one)."""
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def choose_platform() -> str:
    forced = os.environ.get("QT_QPA_PLATFORM", "")
    if forced:
        return forced
    if not has_display():
        return "offscreen"
    return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb" if os.environ.get("DISPLAY") else "wayland")


def _probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG, PLATFORM_PROBE_FLAG]
    return [sys.executable, "-m", "app.selfcheck", PLATFORM_PROBE_FLAG]


def probe_platform(platform_name: str) -> tuple[bool, str]:
    """Start a QGuiApplication on ``platform_name`` in a child process (Qt aborts on failure)."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform_name)
    env.pop("QT_DEBUG_PLUGINS", None)
    try:
        done = subprocess.run(
            _probe_command(), env=env, capture_output=True, timeout=60, check=False, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, reason_of(exc)
    if done.returncode == 0:
        return True, ""
    text = done.stderr.decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    hint = ""
    if "xcb-cursor" in text or "libxcb" in text:
        hint = "（请安装 libxcb-cursor0 等系统库，见 docs/install.md）"
    interesting = [line for line in lines if "plugin" in line.lower() or "qt." in line.lower()] or lines[-2:]
    return False, ("；".join(interesting[:2]) or f"退出码 {done.returncode}") + hint


def platform_probe_main() -> int:
    """Child-process body of :func:`probe_platform`."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    return 0 if app.platformName() else 1


def _setup_wizard(settings: Settings, _store_url: str) -> Any:
    from app.selfcheck.probes import SetupProbes
    from app.ui.setup.wizard import SetupWizard

    return SetupWizard(SetupProbes(), settings)


def open_windows(platform_name: str, settings: Settings, store_url: str, windows: Mapping[str, WindowFactory]) -> str:
    """Construct, show and close every known window on ``platform_name``."""
    os.environ.setdefault("QT_QPA_PLATFORM", platform_name)
    from PySide6.QtWidgets import QApplication

    from app.ui.look import apply_look
    from app.ui.translations import install_translator

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0], "-platform", platform_name])
    install_translator(app, settings.language)
    apply_look(app, large_font=settings.large_font, high_contrast=settings.high_contrast)
    factories: dict[str, WindowFactory] = {"首次设置向导": _setup_wizard, **windows}
    shown: list[str] = []
    for title, factory in factories.items():
        try:
            widget = factory(settings, store_url)
            widget.show()
            app.processEvents()
            if not widget.isVisible():
                raise CheckFailed(f"{title} 未能显示")
            widget.close()
            widget.deleteLater()
            app.processEvents()
        except CounterDeskError:
            raise
        except Exception as exc:
            raise CheckFailed(f"{title} 无法打开：{reason_of(exc)}") from exc
        shown.append(title)
    return f"已在 {QApplication.platformName()} 上打开并关闭：{'、'.join(shown)}"
