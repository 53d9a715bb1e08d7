"""Every main screen renders: the screenshot walk of tests/ui/make_screenshots.py, in memory.

``./dev screenshots`` writes docs/screenshots/ from the same walk; here it runs in its own
process (the walk sets the program's look and its own QApplication) with ``--check``, which
renders each screen offscreen and reports its size and colours without writing a file. A
screen that raises, comes out empty (one colour) or tiny fails the test.
"""

from __future__ import annotations

import json
import re
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


def test_dev_screenshots_makes_every_picture_the_docs_show() -> None:
    """Every PNG in docs/screenshots/ comes from a producer that ``./dev screenshots`` runs
    (12–14 and 16 were once taken by hand and went stale), is described in its README, and
    every picture the README and docs/ name exists."""
    folder = ROOT / "docs" / "screenshots"
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    recipe = dev[dev.index("  screenshots)") : dev.index(";;", dev.index("  screenshots)"))]
    producers = {
        "tests.ui.make_screenshots": "tests/ui/make_screenshots.py",
        "tests.ui.make_capture_screenshot": "tests/ui/make_capture_screenshot.py",
        "tests/integration/test_unprinted_strip.py": "tests/integration/test_unprinted_strip.py",
        "tests.web.make_screenshots": "tests/web/make_screenshots.py",
    }
    assert all(step in recipe for step in producers), recipe
    sources = {path: (ROOT / path).read_text(encoding="utf-8") for path in producers.values()}
    web_pages = set(re.findall(r'\("([a-z-]+)", ', sources["tests/web/make_screenshots.py"]))
    described = (folder / "README.md").read_text(encoding="utf-8")
    made_by = {}
    for png in sorted(folder.glob("*.png")):
        stem = png.stem
        web = re.fullmatch(r"web-([a-z-]+)-(phone|tv)", stem)
        if stem in SCREENS:
            made_by[stem] = "tests/ui/make_screenshots.py"
        elif web and web.group(1) in web_pages:
            made_by[stem] = "tests/web/make_screenshots.py"
        else:
            made_by[stem] = next((p for p, text in sources.items() if f"{stem}.png" in text or f'"{stem}"' in text), "")
        assert made_by[stem], f"{png.name}: no step of ./dev screenshots makes it"
        if not web:
            assert f"`{png.name}`" in described, f"{png.name} is not described in docs/screenshots/README.md"
    assert made_by["16_unprinted_strip"] == "tests/integration/test_unprinted_strip.py"
    assert {"12_my_cases_clock", "13_extension_review", "14_decision_provisional"} <= set(SCREENS)
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for name in re.findall(r"screenshots/([\w-]+\.png)", doc.read_text(encoding="utf-8")):
            assert (folder / name).exists(), f"{doc.name} shows {name}, which is not there"
