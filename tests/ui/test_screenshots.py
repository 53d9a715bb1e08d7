"""Every main screen renders: the screenshot walk of tests/ui/make_screenshots.py, in memory.

``./dev screenshots`` writes docs/screenshots/ from the same walk; here it runs in its own
process (the walk sets the program's look and its own QApplication) with ``--check``, which
renders each screen offscreen and reports its size and colours without writing a file. A
screen that raises, comes out empty (one colour) or tiny fails the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.make_screenshots import SCREENS

ROOT = Path(__file__).resolve().parents[2]


def test_every_main_screen_renders_offscreen() -> None:
    before = {p.name: p.stat().st_mtime for p in (ROOT / "docs" / "screenshots").glob("*.png")}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CD_SCREENSHOT_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.make_screenshots", "--check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(facts) == list(SCREENS) or sorted(facts) == sorted(SCREENS), sorted(facts)
    for name, fact in facts.items():
        width, height = fact["size"]
        assert width >= 280 and height >= 150, (name, fact)
        assert fact["colours"] >= 8, (name, fact)  # text, frames and fills, not a blank window
        assert fact["top"] < 0.97, (name, fact)
    assert {p.name: p.stat().st_mtime for p in (ROOT / "docs" / "screenshots").glob("*.png")} == before
