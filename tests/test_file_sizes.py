"""No module of app/ over 600 lines (issue 19): a room that grows past it holds more than one
subject and is split by subject (see app/ui/pages/case_columns.py, case_dialogs.py)."""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
LIMIT = 600


def lines_of(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_the_counter_counts_lines(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("a = 1\n\nb = 2\n", encoding="utf-8")
    assert lines_of(sample) == 3


def test_no_module_of_app_is_over_600_lines() -> None:
    too_big = {str(p.relative_to(APP.parent)): n for p in APP.rglob("*.py") if (n := lines_of(p)) > LIMIT}
    assert too_big == {}
