"""The command lines the issue names, run as real subprocesses on SQLite and PostgreSQL:
``admin calendar due|show`` with 暂定, a notice import that moves the date, the deemed-accepted
sample of ``print-sample``, and ``admin window substitute`` refusing a past day."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.admin.test_admin_cli import DEMO, admin


def test_due_is_provisional_until_the_notice_is_imported(store_url: str, tmp_path: Path) -> None:
    before = admin("calendar", "due", "--from", "2026-12-21", "--days", "20", store=store_url)
    assert before.returncode == 0, before.stderr
    assert before.stdout.startswith("2027-01-19 ") and "暂定" in before.stdout
    show = admin("calendar", "show", "--from", "2027-01-01", "--days", "1", store=store_url)
    assert "2027-01-01 休息（元旦，暂定" in show.stdout
    notice = tmp_path / "2027.txt"
    notice.write_text("# 国务院办公厅关于2027年部分节假日安排的通知\n2027-01-04 休 元旦调休测试\n", encoding="utf-8")
    imported = admin("calendar", "import", str(notice), store=store_url)
    assert imported.returncode == 0, imported.stderr
    assert "已登记国务院放假通知年份：2027" in imported.stdout
    after = admin("calendar", "due", "--from", "2026-12-21", "--days", "20", store=store_url)
    assert after.stdout.strip() == "2027-01-20"
    show = admin("calendar", "show", "--from", "2027-01-01", "--days", "4", store=store_url)
    assert "暂定" not in show.stdout and "2027-01-04 休息（管理员设定：元旦调休测试）" in show.stdout
    # A range in 2028 is still provisional.
    later = admin("calendar", "due", "--from", "2027-12-20", "--days", "20", store=store_url)
    assert "暂定" in later.stdout


def test_local_file_keeps_the_year_provisional(sqlite_url: str, tmp_path: Path) -> None:
    local = tmp_path / "local.txt"
    local.write_text("2027-01-04 休 线路改造\n", encoding="utf-8")
    assert admin("calendar", "import", str(local), "--local", store=sqlite_url).returncode == 0
    due = admin("calendar", "due", "--from", "2026-12-21", "--days", "20", store=sqlite_url)
    assert due.stdout.startswith("2027-01-20 ") and "暂定" in due.stdout


def test_print_sample_lists_and_prints_the_deemed_acceptance(tmp_path: Path, sqlite_url: str) -> None:
    listing = admin("print-sample", "--document", "list", store=sqlite_url)
    assert "acceptance-deemed\t受理通知书（行政许可法第三十二条视为受理）" in listing.stdout
    for name in ("acceptance", "acceptance-deemed"):
        out = tmp_path / f"{name}.pdf"
        result = admin("print-sample", "--document", name, "--format", "pdf", "--out", str(out), store=sqlite_url)
        assert result.returncode == 0, result.stderr
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        flat = text.replace(" ", "").replace("\n", "")
        assert "受理通知书" in flat
        if name == "acceptance-deemed":
            assert "2026年11月10日（视为受理）" in flat and "即为受理" in flat and "2026年11月17日" in flat
        else:
            assert "视为受理" not in flat


def test_window_substitute_refuses_a_past_day(sqlite_url: str) -> None:
    assert admin("catalog", "import", str(DEMO), store=sqlite_url).returncode == 0
    assert admin("staff", "add", "0502", "韦小宝", "--password", "start2026y", store=sqlite_url).returncode == 0
    past = admin("window", "substitute", "05", "0502", "--day", "2020-01-06", store=sqlite_url)
    assert past.returncode == 1 and "不能为已过去的日期批准顶岗" in past.stderr
    listing = admin("window", "list", store=sqlite_url)
    assert "0502" not in listing.stdout
    assert admin("window", "substitute", "05", "0502", "--day", "2099-01-05", store=sqlite_url).returncode == 0
