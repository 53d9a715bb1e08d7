"""``python -m app exchange --once`` when it cannot deliver: the platform down, the wrong key,
a SQLite store — a Chinese line, a non-zero exit, and every item still waiting."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.exchange.province.emulator import RunningProvince
from app.services.province_admin import counts, list_items, set_department_credit_code
from app.store.engine import make_engine
from app.store.migrate import upgrade
from tests.province.conftest import KEY_ID, SCJG_CREDIT, SECRET, SeededDay

ROOT = Path(__file__).resolve().parents[2]


def _exchange(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "exchange", *args, "--once", "--timeout", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.postgres
def test_down_or_refused_leaves_every_item_waiting(
    seeded: SeededDay, exchange_role: str, province: RunningProvince, tmp_path: Path
) -> None:
    engine = seeded.store.engine
    set_department_credit_code(engine, "SCJG", SCJG_CREDIT)
    down = _exchange("--store", exchange_role, "--province", f"http://127.0.0.1:{_closed_port()}")
    assert down.returncode == 1
    assert "连不上省平台" in down.stdout
    assert counts(engine) == {"pending": 14, "kept": 0, "rejected": 0}
    assert {i.last_error for i in list_items(engine)} == {next(i.last_error for i in list_items(engine))}
    wrong = tmp_path / "wrong.key"
    wrong.write_bytes(b"not-the-hall's-key")
    refused = _exchange(
        "--store", exchange_role, "--province", province.url, "--key-id", KEY_ID, "--key-file", str(wrong)
    )
    assert refused.returncode == 1
    assert "省平台返回 HTTP 401：签名不符" in refused.stdout
    assert province.state.kept == {}
    assert counts(engine)["pending"] == 14
    listed = subprocess.run(
        [sys.executable, "-m", "app", "admin", "province", "items", "--state", "pending",
         "--store", engine.url.render_as_string(hide_password=False)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    assert "（上次：省平台返回 HTTP 401：签名不符）" in listed


def test_a_sqlite_store_is_refused_in_chinese(tmp_path: Path) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'center.db'}"
    bare = _exchange("--store", url, "--province", "http://127.0.0.1:9")
    assert bare.returncode == 1 and "中心库还没有省平台交换表，请先用管理账号执行 admin init" in bare.stderr
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    migrated = _exchange("--store", url, "--province", "http://127.0.0.1:9")
    assert migrated.returncode == 1 and "省平台交换需要 PostgreSQL 大厅中心库" in migrated.stderr


def test_a_bad_province_address_is_refused_in_chinese() -> None:
    out = _exchange("--store", "postgresql+psycopg://nobody@127.0.0.1:9/x", "--province", "ftp://x")
    assert out.returncode == 1 and "省平台地址“ftp://x”无效" in out.stderr


@pytest.mark.postgres
def test_a_missing_credit_code_is_rejected_then_fixed_at_the_source_and_resent(
    seeded: SeededDay, exchange_role: str, province: RunningProvince, tmp_path: Path
) -> None:
    """No 实施清单 approved yet: the platform rejects every 办件 for the department's missing
    统一社会信用代码; the administrator records it, resends all rejected, and they are kept."""
    engine = seeded.store.engine
    store_url = engine.url.render_as_string(hide_password=False)
    key = tmp_path / "k"
    key.write_bytes(SECRET)
    args = ("--store", exchange_role, "--province", province.url, "--key-id", KEY_ID, "--key-file", str(key))
    first = _exchange(*args)
    assert first.returncode == 1  # the rejected items leave the days unreconciled
    assert "省平台接收 3 项，拒收 11 项" in first.stdout
    reasons = {i.reason for i in list_items(engine, state="rejected")}
    assert reasons == {"实施主体（SCJG）的统一社会信用代码缺失"}

    def admin(*more: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", "admin", "province", *more, "--store", store_url],
            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    bad = admin("department", "SCJG", "11510626MB0000012X")
    assert bad.returncode == 1 and "统一社会信用代码校验码不正确" in bad.stderr
    assert admin("department", "SCJG", SCJG_CREDIT).returncode == 0
    resent = admin("resend", "--all-rejected")
    assert resent.returncode == 0 and "已重新生成并排队重发 11 项" in resent.stdout
    second = _exchange(*args)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "省平台接收 11 项，拒收 0 项" in second.stdout
    assert counts(engine) == {"pending": 0, "kept": 14, "rejected": 0}
    kept = [i for i in province.state.kept.values() if i["type"] == "办件"]
    assert {i["case"]["department_credit_code"] for i in kept} == {SCJG_CREDIT}
    assert {i["revision"] for i in kept} == {1}
