"""``admin case show`` prints a case's whole timeline with stage durations; ``admin
backoffice limit`` sets a co-department's 联办 limit, which the next 联办 uses."""

from __future__ import annotations

import pytest

from app.__main__ import main as run_admin
from app.services.backoffice_joint import JointReviewService
from app.store.uow import Store
from tests.backoffice.test_backoffice_service import Hall, d


@pytest.fixture()
def hall(clock_hall: Store) -> Hall:
    h = Hall(clock_hall)
    h.bo = JointReviewService(clock_hall, h.clock)
    return h


def test_case_show_prints_events_stage_days_and_documents(hall: Hall, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(hall.store.engine.url.render_as_string(hide_password=False))
    assert run_admin(["admin", "backoffice", "limit", "set", "GAJ", "3", "--store", url]) == 0
    assert run_admin(["admin", "backoffice", "limit", "list", "--store", url]) == 0
    out = capsys.readouterr().out
    assert "GAJ\t区公安局\t3 个工作日\n" in out and "SCJG\t区市场监管局\t5 个工作日（默认）" in out
    assert run_admin(["admin", "backoffice", "limit", "set", "GAJ", "0", "--store", url]) != 0
    assert "1至60个工作日" in capsys.readouterr().err

    case = hall.accept()
    bo: JointReviewService = hall.bo  # type: ignore[assignment]
    hall.on(d(1)).bo.take_over(hall.actor, case.id)
    joint = bo.start_joint(hall.actor, case.id, ["GAJ"])  # the administrator's 3 days: due Fri 11-06
    assert joint.joint is not None and joint.joint.parties[0].due == d(4)
    assert run_admin(["admin", "case", "show", case.case_number, "--day", "2026-11-09", "--store", url]) == 0
    out = capsys.readouterr().out
    assert f"办件编号：{case.case_number}" in out
    assert "当前阶段：联办" in out
    assert "受理  钱审批" not in out  # the window's acceptance is the clerk's
    assert "后台签收  钱审批（SCJG后台）" in out
    assert "  受理  2026-11-02 — 2026-11-03  1 个工作日" in out
    assert "  审查  2026-11-03 — 2026-11-03  0 个工作日" in out
    assert "  联办  2026-11-03 — 至今  4 个工作日  SCJG" in out
    assert "GAJ  时限 3 个工作日，至 2026-11-06  未答复（逾期）" in out
    assert "受理通知书" in out and "01号窗口" in out
    assert run_admin(["admin", "case", "show", "NO-SUCH", "--store", url]) != 0
    assert "没有办件编号为“NO-SUCH”的办件" in capsys.readouterr().err
    assert run_admin(["admin", "backoffice", "staff", "--store", url]) == 0
    assert "5001\t钱审批\t区市场监管局" in capsys.readouterr().out
