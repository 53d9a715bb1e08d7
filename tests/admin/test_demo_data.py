"""``admin demo-data`` fills a store with a hall day through the program's own services:
the same day and seed give the same case numbers, states and event sequences in two
fresh stores; every stage is there with its working days in ``admin case show``; a
store that already has that time, or a day off, is refused in Chinese and left as it was.

The day is Friday 2026-11-20 (November 2026 has no holiday): the oldest case is accepted
15 working days before, on Friday 10-30.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.__main__ import main as run_admin
from app.services.demo_day import fill_demo_day
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import AuditEntry, Case, CaseEvent, FollowUp, IssuedDocument, OutboxEntry, RatingRecord, Ticket
from app.store.uow import Store

DAY = "2026-11-20"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def _without_keys(value: Any) -> Any:
    """Event data with the random keys (ticket, event and checklist line ids) left out."""
    if isinstance(value, dict):
        return {
            ("<key>" if _UUID.match(k) else k): _without_keys(v)
            for k, v in value.items()
            if not (isinstance(v, str) and _UUID.match(v))
        }
    if isinstance(value, list):
        return [_without_keys(v) for v in value]
    return value


def _snapshot(url: str) -> dict[str, Any]:
    store = Store(make_engine(url))
    with store.read() as s:
        numbers = {c.id: c.case_number for c in s.scalars(select(Case))}
        cases = [
            (c.case_number, c.matter_code, c.owner_window, c.state, c.received_on, c.due_date, c.result_name)
            for c in s.scalars(select(Case).order_by(Case.case_number))
        ]
        events = [
            (numbers[e.case_id], e.action, e.owner_window, e.from_state, e.to_state, e.day, e.at, e.note)
            + (_without_keys(e.data),)
            for e in s.scalars(select(CaseEvent).order_by(CaseEvent.at, CaseEvent.action))
        ]
        tickets = [
            (t.hall_day, t.number, t.status, t.called_by_window)
            for t in s.scalars(select(Ticket).order_by(Ticket.hall_day, Ticket.number))
        ]
        documents = sorted(s.execute(select(IssuedDocument.number, IssuedDocument.kind)).all())
        ratings = sorted(s.execute(select(RatingRecord.reference, RatingRecord.rating, RatingRecord.source)).all())
        applicants = sorted(s.execute(select(Case.applicant_name, Case.id_number)).all())
    store.dispose()
    return {
        "cases": cases,
        "events": events,
        "tickets": tickets,
        "documents": documents,
        "ratings": ratings,
        "applicants": applicants,
    }


def test_same_day_and_seed_give_the_same_hall_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second, other_seed = (_url(tmp_path / f"{n}.db") for n in ("a", "b", "c"))
    assert run_admin(["admin", "demo-data", "--day", DAY, "--seed", "7", "--store", first]) == 0
    out = capsys.readouterr().out
    assert "已生成示例大厅日 2026-11-20（办件最早受理于 2026-10-30）" in out
    assert (
        "办件 17 件：受理 3 件、审查 3 件、审批 2 件、联办 1 件、上报 1 件、待出件 2 件、已送达 4 件、已归档 1 件"
        in out
    )
    assert "超期办件 3 件：" in out and "评价 6 条（差评回访 1 条）" in out
    assert "5001 钱立新（区民政局后台审批人）" in out
    assert run_admin(["admin", "demo-data", "--day", DAY, "--seed", "7", "--store", second]) == 0
    assert run_admin(["admin", "demo-data", "--day", DAY, "--seed", "8", "--store", other_seed]) == 0
    a, b, c = _snapshot(first), _snapshot(second), _snapshot(other_seed)
    assert a == b
    assert len(a["cases"]) == 17 and len(a["events"]) == 92
    # Another seed: other applicants, the same flow and numbers.
    assert c["applicants"] != a["applicants"]
    assert [x[:4] for x in c["cases"]] == [x[:4] for x in a["cases"]]
    # The first case of the day, accepted on Friday 10-30 at window 01.
    assert a["cases"][0][:4] == ("510626-LJJK-20261030-01-E1-0001", "LJ21-082", "01", "已送达")
    # Everything went through the services: an audit entry beside every step; no outbox
    # rows, as on every one-PC store that is not a registered window PC.
    store = Store(make_engine(first))
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "后台签收")) == 13
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 1
    store.dispose()
    actions = {e[1] for e in a["events"]}
    assert {
        "后台签收",
        "审查意见",
        "后台要求补正",
        "发起联办",
        "联办意见",
        "上报",
        "送达",
        "邮件退回",
        "归档",
    } <= actions
    assert {r[2] for r in a["ratings"]} == {"evaluator", "qr"}


@pytest.mark.postgres
def test_the_same_hall_day_on_postgresql(tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The hall's central PostgreSQL gets the same day as a one-PC SQLite store."""
    sqlite = _url(tmp_path / "one.db")
    assert run_admin(["admin", "demo-data", "--day", DAY, "--seed", "3", "--store", sqlite]) == 0
    assert run_admin(["admin", "demo-data", "--day", DAY, "--seed", "3", "--store", pg_url]) == 0
    assert "办件 17 件" in capsys.readouterr().out
    assert _snapshot(pg_url) == _snapshot(sqlite)


def test_case_show_on_a_demo_day_prints_the_stages_and_their_working_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(tmp_path / "demo.db")
    engine = make_engine(url)
    upgrade(engine)
    summary = fill_demo_day(Store(engine), day=date.fromisoformat(DAY), seed=1)
    engine.dispose()
    numbers = summary.case_numbers

    assert run_admin(["admin", "case", "show", numbers["联办超期"], "--day", DAY, "--store", url]) == 0
    out = capsys.readouterr().out
    assert "当前阶段：联办" in out
    assert "  受理  2026-11-10 — 2026-11-11  1 个工作日" in out
    assert "  审查  2026-11-11 — 2026-11-12  1 个工作日  MZJ" in out
    assert "  联办  2026-11-12 — 至今  6 个工作日  MZJ" in out
    assert "  CL  时限 3 个工作日，至 2026-11-17  未答复（逾期）" in out
    assert numbers["联办超期"] in summary.overdue

    assert run_admin(["admin", "case", "show", numbers["已归档"], "--day", DAY, "--store", url]) == 0
    out = capsys.readouterr().out
    assert "当前阶段：已归档  审批决定：准予" in out
    assert "后台签收  钱立新（MZJ后台）" in out and "归档  刘晓梅（01号窗口）  案卷归档" in out
    assert "  待出件  2026-11-04 — 2026-11-06  2 个工作日  MZJ" in out
    assert "  已送达  2026-11-06 — 2026-11-17  7 个工作日" in out
    assert "  合计：受理 1，审查 1，审批 1，待出件 2，已送达 7，已归档 0" in out
    assert "领取回执" in out

    assert run_admin(["admin", "case", "show", numbers["上报"], "--day", DAY, "--store", url]) == 0
    out = capsys.readouterr().out
    assert "  上报  2026-11-17 — 至今  3 个工作日  德阳市民政局" in out
    assert "上报：德阳市民政局  2026-11-17 上报，时限 10 个工作日至 2026-12-01  未答复" in out

    assert run_admin(["admin", "case", "show", numbers["邮件退回"], "--day", DAY, "--store", url]) == 0
    out = capsys.readouterr().out
    assert "当前阶段：待出件" in out and "邮件退回  何佳（02号窗口）  查无此人，地址不详" in out
    assert "  待出件  2026-11-17 — 至今  3 个工作日" in out


def _counts(url: str) -> tuple[int, int, int]:
    store = Store(make_engine(url))
    with store.read() as s:
        counts = (
            s.scalar(select(func.count()).select_from(Case)) or 0,
            s.scalar(select(func.count()).select_from(Ticket)) or 0,
            s.scalar(select(func.count()).select_from(CaseEvent)) or 0,
        )
    store.dispose()
    return counts


def test_a_day_already_filled_or_a_day_off_is_refused_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(tmp_path / "demo.db")
    assert run_admin(["admin", "demo-data", "--day", DAY, "--store", url]) == 0
    capsys.readouterr()
    before = _counts(url)
    # The same day again, and a later day whose fifteen working days overlap it.
    assert run_admin(["admin", "demo-data", "--day", DAY, "--store", url]) == 1
    err = capsys.readouterr().err
    assert "错误：此库在 2026-10-30 至 2026-11-20 已有 17 件办件" in err and "未作任何改动" in err
    assert run_admin(["admin", "demo-data", "--day", "2026-11-24", "--store", url]) == 1
    assert "已有" in capsys.readouterr().err
    # Sunday.
    empty = _url(tmp_path / "empty.db")
    assert run_admin(["admin", "demo-data", "--day", "2026-11-22", "--store", empty]) == 1
    assert "错误：2026-11-22 休息（周末），示例大厅日须为工作日，未作任何改动" in capsys.readouterr().err
    assert _counts(url) == before
    assert _counts(empty) == (0, 0, 0)
    with pytest.raises(SystemExit):
        run_admin(["admin", "demo-data", "--day", "2026-13-01", "--store", empty])
    assert "日期“2026-13-01”格式不对，应为 YYYY-MM-DD" in capsys.readouterr().err
    # A later, separate day in the same store is fine: numbering goes on.
    assert run_admin(["admin", "demo-data", "--day", "2026-12-31", "--store", url]) == 0
    assert _counts(url)[0] == before[0] + 17


def test_the_demo_hall_opens_with_a_day_and_the_back_office_login(tmp_path: Path) -> None:
    """``./dev demo`` (``wire_window(demo=True, demo_day=True)``): a new demo store gets the
    hall day ending on the last working day up to today; the window's my cases shows the
    stages; the demo's 后台审批人 5001 of 区民政局 sees the department's cases; opening the
    demo again adds nothing."""
    from app.bootstrap import wire_window
    from app.services.backoffice import BackOfficeService
    from app.services.demo import DEMO_PASSWORD
    from app.settings import Settings

    url = _url(tmp_path / "window.db")
    services = wire_window(Settings(window_code="01", store_url=url), demo=True, demo_day=True, sync=False).services
    services.session.login("0101", DEMO_PASSWORD)
    stages = {line.stage for line in services.tracking.open_cases()}
    assert {"受理", "审查", "审批", "联办", "上报", "待出件"} <= stages
    store = Store(make_engine(url))
    bo = BackOfficeService(store)
    actor = bo.login("5001", DEMO_PASSWORD)
    assert actor.department_code == "MZJ"
    lines = bo.cases(actor)
    assert {x.stage for x in lines} >= {"受理", "审查", "审批", "联办", "上报"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 17
    store.dispose()
    wire_window(Settings(window_code="01", store_url=url), demo=True, demo_day=True, sync=False)
    assert _counts(url)[0] == 17
