"""The IT person's command line, run as a real subprocess against SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.store.engine import make_engine
from app.store.models import AuditEntry, Material, Matter

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "catalog" / "demo_catalog.json"
BROKEN = ROOT / "resources" / "catalog" / "broken"


def admin(*args: str, store: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "admin", *args, "--store", store],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def counts(url: str) -> tuple[int, int, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            return (
                c.scalar(select(func.count()).select_from(Matter)),
                c.scalar(select(func.count()).select_from(Material)),
                c.scalar(select(func.count()).select_from(AuditEntry)),
            )
    finally:
        engine.dispose()


def test_import_export_reimport_gives_identical_content(store_url: str, tmp_path: Path):
    assert admin("init", store=store_url).returncode == 0
    first = admin("catalog", "import", str(DEMO), store=store_url)
    assert first.returncode == 0, first.stderr
    assert "导入完成" in first.stdout
    exported = tmp_path / "export1.json"
    assert admin("catalog", "export", str(exported), store=store_url).returncode == 0
    # Re-import the export into an empty store and export again: the same file.
    other = f"sqlite+pysqlite:///{tmp_path / 'other.db'}"
    assert admin("catalog", "import", str(exported), store=other).returncode == 0
    again = tmp_path / "export2.json"
    assert admin("catalog", "export", str(again), store=other).returncode == 0
    assert exported.read_text(encoding="utf-8") == again.read_text(encoding="utf-8")
    # Every value of the original file survives the trip through the store.
    original = json.loads(DEMO.read_text(encoding="utf-8"))
    back = {m["code"]: m for m in json.loads(exported.read_text(encoding="utf-8"))["matters"]}
    for matter in original["matters"]:
        for key, value in matter.items():
            assert back[matter["code"]][key] == value, (matter["code"], key)
    assert {d["code"] for d in original["departments"]} <= {
        d["code"] for d in json.loads(exported.read_text(encoding="utf-8"))["departments"]
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("broken_reference.json", "引用的部门"),
        ("duplicate_code.json", "重复"),
        ("invalid_json.json", "不是有效的 JSON"),
        ("unknown_key.json", "未知的键"),
        ("deficiency_not_allowed.json", "容缺"),
        ("immediate_with_promise.json", "即办件"),
    ],
)
def test_broken_catalog_changes_nothing(name: str, expected: str, sqlite_url: str):
    assert admin("catalog", "import", str(DEMO), store=sqlite_url).returncode == 0
    before = counts(sqlite_url)
    result = admin("catalog", "import", str(BROKEN / name), store=sqlite_url)
    assert result.returncode == 1
    assert expected in result.stderr
    assert result.stderr.startswith("错误：")
    assert counts(sqlite_url) == before


def test_missing_file_is_a_clear_chinese_error(sqlite_url: str, tmp_path: Path):
    result = admin("catalog", "import", str(tmp_path / "nope.json"), store=sqlite_url)
    assert result.returncode == 1
    assert "找不到目录文件" in result.stderr


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        ("2026-09-30", "5", "2026-10-13"),  # National Day 10-01..07 off, Sat 10-10 is a 调休 working day
        ("2025-01-24", "3", "2025-02-05"),  # Spring Festival 2025: Sun 01-26 works (1), Mon 01-27 (2), 01-28..02-04 off
        ("2024-04-30", "1", "2024-05-06"),  # Labour Day 2024: 05-01..05 off
        ("2026-11-20", "1", "2026-11-23"),  # an ordinary weekend
    ],
)
def test_calendar_due_date(start: str, days: str, due: str, sqlite_url: str):
    result = admin("calendar", "due", "--from", start, "--days", days, store=sqlite_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == due


def test_calendar_due_agrees_with_chinesecalendar_for_every_day(sqlite_url: str):
    """Cross-check the whole 2024–2026 range against the library's own workday list."""
    from datetime import date, timedelta

    import chinese_calendar

    from app.services.calendar_service import load_calendar
    from app.store.migrate import upgrade
    from app.store.uow import Store

    engine = make_engine(sqlite_url)
    upgrade(engine)
    cal = load_calendar(Store(engine))
    day = date(2024, 1, 1)
    while day < date(2026, 12, 1):
        expected, n = day, 0
        while n < 5:
            expected += timedelta(days=1)
            if chinese_calendar.is_workday(expected):
                n += 1
        assert cal.add_workdays(day, 5) == expected, day
        day += timedelta(days=1)


def test_calendar_override_file_beats_the_library(sqlite_url: str, tmp_path: Path):
    notice = tmp_path / "2026-typhoon.txt"
    notice.write_text("# 台风停止办公\n2026-10-08 休 台风停止办公\n", encoding="utf-8")
    assert admin("calendar", "import", str(notice), store=sqlite_url).returncode == 0
    result = admin("calendar", "due", "--from", "2026-09-30", "--days", "5", store=sqlite_url)
    assert result.stdout.strip() == "2026-10-14"


def test_bad_date_argument_is_refused_in_chinese(sqlite_url: str):
    result = admin("calendar", "due", "--from", "2026-13-01", "--days", "5", store=sqlite_url)
    assert result.returncode == 2
    assert "格式不对" in result.stderr


def test_staff_and_posts_from_the_command_line_are_honoured_at_login(sqlite_url: str):
    from app.domain.enums import PostRole
    from app.services.session import SessionService
    from app.settings import Settings
    from app.store.uow import Store

    assert admin("catalog", "import", str(DEMO), store=sqlite_url).returncode == 0
    added = admin("staff", "add", "0501", "欧阳·娜", "--password", "start2026x", store=sqlite_url)
    assert added.returncode == 0, added.stderr
    assert "首次登录须修改" in added.stdout
    dup = admin("staff", "add", "0501", "重复", store=sqlite_url)
    assert dup.returncode == 1 and "已存在" in dup.stderr
    assert admin("staff", "add", "0502", "韦小宝", "--password", "start2026y", store=sqlite_url).returncode == 0
    assert admin("window", "assign", "05", "0501", "--post", "A岗", store=sqlite_url).returncode == 0
    # Without --day the substitute is approved for the hall's day (Beijing time), whatever the PC's zone.
    assert admin("window", "substitute", "05", "0502", store=sqlite_url).returncode == 0
    listing = admin("window", "list", store=sqlite_url).stdout
    assert "A岗:0501欧阳·娜" in listing
    bad = admin("window", "assign", "99", "0501", "--post", "A岗", store=sqlite_url)
    assert bad.returncode == 1 and "窗口“99”不存在" in bad.stderr

    engine = make_engine(sqlite_url)
    sessions = SessionService(Store(engine), Settings(window_code="05"))
    info = sessions.login("0502", "start2026y")
    assert info.post is PostRole.SUBSTITUTE
    assert info.must_change_password
    engine.dispose()


def test_print_sample_writes_a_pdf_with_the_notice_text(tmp_path: Path, sqlite_url: str):
    out = tmp_path / "acceptance.pdf"
    result = admin("print-sample", "--document", "acceptance", "--format", "pdf", "--out", str(out), store=sqlite_url)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "受理通知书" in text and "第三十二条" in text
    listing = admin("print-sample", "--document", "list", store=sqlite_url)
    assert "refusal" in listing.stdout and "不予受理通知书" in listing.stdout
    unknown = admin("print-sample", "--document", "nope", "--out", str(out), store=sqlite_url)
    assert unknown.returncode == 1 and "没有名为" in unknown.stderr


@pytest.mark.postgres
def test_window_role_create_and_revoke_on_postgres(pg_url: str):
    assert admin("init", store=pg_url).returncode == 0
    created = admin("role", "create", "05", "--password", "w05-secret", store=pg_url)
    assert created.returncode == 0, created.stderr
    assert "已为窗口电脑 05 创建数据库角色" in created.stdout
    kiosk = admin("role", "create", "K1", "--kind", "kiosk", store=pg_url)
    assert kiosk.returncode == 0 and "已为取号机 K1 创建数据库角色" in kiosk.stdout, kiosk.stderr
    # A fresh hall: every grant and policy listed, no hole.
    audit = admin("role", "audit", store=pg_url)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert "表 cases：INSERT, SELECT, UPDATE；行级安全：开" in audit.stdout and "结论：通过" in audit.stdout
    again = admin("init", store=pg_url)  # an upgrade re-applies the roles' grants
    assert "已按本版本刷新 2 个数据库角色的权限" in again.stdout, again.stderr
    verify = admin("audit", "verify", store=pg_url)
    assert verify.returncode == 0 and "结论：审计链完整" in verify.stdout, verify.stdout + verify.stderr
    with make_engine(pg_url).begin() as c:
        c.exec_driver_sql("ALTER TABLE cases DISABLE ROW LEVEL SECURITY")
    holed = admin("role", "audit", store=pg_url)
    assert holed.returncode == 1 and "可以访问的表 cases 没有启用行级安全" in holed.stdout
    assert admin("role", "revoke", "K1", "--kind", "kiosk", store=pg_url).returncode == 0
    revoked = admin("role", "revoke", "05", store=pg_url)
    assert revoked.returncode == 0, revoked.stderr


def test_window_role_on_sqlite_is_refused_in_chinese(sqlite_url: str):
    result = admin("role", "create", "05", store=sqlite_url)
    assert result.returncode == 1
    assert "PostgreSQL" in result.stderr


def test_output_window_flag_from_the_command_line(sqlite_url: str):
    assert admin("catalog", "import", str(DEMO), store=sqlite_url).returncode == 0
    made = admin("window", "add", "08", "统一出件窗口", "--kind", "无差别综合窗口", "--output", store=sqlite_url)
    assert made.returncode == 0, made.stderr
    assert "出件窗口" in made.stdout
    assert "08\t统一出件窗口\t无差别综合窗口+出件窗口" in admin("window", "list", store=sqlite_url).stdout
    # Saving it again without the flag keeps it; --no-output removes it.
    assert admin("window", "add", "08", "统一出件窗口", "--kind", "无差别综合窗口", store=sqlite_url).returncode == 0
    assert "+出件窗口" in admin("window", "list", store=sqlite_url).stdout
    admin("window", "add", "08", "统一出件窗口", "--kind", "无差别综合窗口", "--no-output", store=sqlite_url)
    assert "+出件窗口" not in admin("window", "list", store=sqlite_url).stdout
