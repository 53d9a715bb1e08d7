"""Every label and button of the main screens fits at the hall's screen sizes and scalings.

Each size runs tests/ui/layout_check.py in its own process (QT_SCALE_FACTOR must be set
before Qt starts): the demo hall's window is walked through login, called ticket, guide,
intake, decision, my cases, today, lock screen, center workspace and kiosk, with the
status-bar lamps of a fully equipped PC, and every visible label, button and widget is
checked to be whole and inside the window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.admin.dashboard import MIN_ROWS

ROOT = Path(__file__).resolve().parents[2]


def run_check(width: int, height: int, scale: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_check", str(width), str(height)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, "1"), (1920, 1080, "1"), (1920, 1080, "1.5")],
    ids=["1366x768@100%", "1920x1080@100%", "1920x1080@150%"],
)
def test_main_screens_fit(width: int, height: int, scale: str) -> None:
    result = run_check(width, height, scale)
    assert result["scale"] == float(scale)
    assert result["logical"] == [round(width / float(scale)), round(height / float(scale))]
    assert result["problems"] == []
    # The status bar of every counter screen: six lamps of a fully equipped PC, each whole
    # (the last one was cut at 1366 px).
    assert {"02_main_called_ticket", "05_decision_preview", "10_center_workspace", "14_decision_provisional"} <= set(
        result["lamps_cut"]
    )
    assert {screen: cut for screen, cut in result["lamps_cut"].items() if cut} == {}
    # 电子监察: each of the nine tables shows at least MIN_ROWS whole rows (it showed 2½).
    assert len(result["monitor_rows"]) == 9, result["monitor_rows"]
    assert min(result["monitor_rows"].values()) >= MIN_ROWS, result["monitor_rows"]


def test_1366_at_150_percent_is_below_the_window_minimum_and_only_that() -> None:
    """1366×768 at 150 % leaves 911×512 logical pixels, below the counter's minimum of
    1024×640 (the intake page's form, checklist and capture panel side by side): the
    window is larger than the screen there (docs: use 100 % on 1366×768 PCs), but nothing
    inside it is cut."""
    result = run_check(1366, 768, "1.5")
    assert result["logical"] == [911, 512]
    assert result["problems"], "the window fits now: make this a normal size of test_main_screens_fit"
    # Only "larger than the screen" lines: the counter's 1024×640 minimum, and the back-office
    # workbench's own minimum height (911×566 there); nothing inside a window is cut.
    larger = [p for p in result["problems"] if "the window is" in p and "the screen (911, 512)" in p]
    assert larger == result["problems"], result["problems"]
    assert any("the window is 1024×640" in problem for problem in larger)
