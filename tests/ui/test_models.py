"""Qt models over DTOs: qtmodeltester conformance and minimal change notifications."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from app.domain.enums import MaterialForm, MaterialStatus, Necessity
from app.services.dto import ChecklistLine, FiveDayInfo, MatterHit, TrackedCase
from app.ui.models import DtoListModel, DtoRole, KeyRole, RawRole
from app.ui.pages.case_columns import NEAR_DUE_COLOUR, OVERDUE_COLOUR, cases_model
from app.ui.pages.checklist import checklist_model
from app.ui.pages.guide import hit_text


def _line(code: str, name: str, necessity: Necessity = Necessity.REQUIRED, **kw) -> ChecklistLine:  # type: ignore[no-untyped-def]
    values = dict(
        id=uuid.uuid4(),
        matter_code="QYSL",
        material_code=code,
        name=name,
        necessity=necessity,
        form=MaterialForm.ORIGINAL,
        copies=1,
        shared=False,
        standard=None,
        status=MaterialStatus.PENDING,
        note="",
    )
    values.update(kw)
    return ChecklistLine(**values)


def _case(number: str, status: str, days: int | None) -> TrackedCase:
    return TrackedCase(
        id=uuid.uuid4(),
        case_number=number,
        state="已受理",
        matter_name="企业设立登记",
        applicant_name="张三",
        id_masked="1101**********002X",
        accepted_on=date(2026, 9, 29),
        due_date=date(2026, 10, 13),
        days_left=days,
        clock_status=status,
        pending_due=None,
        five_day=None,
        allowed_actions=(),
    )


def test_checklist_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = checklist_model()
    model.set_rows(
        [
            _line("SQS", "申请书"),
            _line("JKZ", "健康证明", Necessity.DEFICIENCY_OK),
            _line("YYZZ", "告知书", shared=True, status=MaterialStatus.SHARED),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "材料名称"
    assert model.data(model.index(1, 4)) == "可容缺"
    assert model.data(model.index(2, 4)) == "免提交"


def test_cases_model_passes_qtmodeltester_and_colours_the_clock(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = cases_model()
    model.set_rows([_case("A1", "已超期", -2), _case("A2", "即将到期", 1), _case("A3", "正常", 9)])
    qtmodeltester.check(model, force_py=True)
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, 0), background).color().name() == OVERDUE_COLOUR
    assert model.data(model.index(1, 0), background).color().name() == NEAR_DUE_COLOUR
    assert model.data(model.index(2, 0), background) is None
    assert model.data(model.index(0, 7)) == "超期2天"
    assert model.data(model.index(0, 3)) == "1101**********002X"
    assert model.data(model.index(0, 6), RawRole) == date(2026, 10, 13)


def test_list_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DtoListModel(hit_text, key=lambda h: h.code)
    model.set_rows(
        [
            MatterHit("QYSL", "企业设立登记", "SCJG", "承诺件", True, False, True),
            MatterHit("SPJY", "食品经营许可", "SCJG", "承诺件", False, True, False),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 0)) == "企业设立登记  〔本窗口·示例〕"
    assert model.data(model.index(1, 0)) == "食品经营许可  〔常办〕"
    assert model.data(model.index(1, 0), KeyRole) == "SPJY"


def test_changed_mark_announces_only_the_changed_cell_and_roles(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = checklist_model()
    lines = [_line("SQS", "申请书"), _line("PMT", "平面图")]
    model.set_rows(lines)
    changes: list[tuple[int, int, int, int, list[int]]] = []
    model.dataChanged.connect(
        lambda a, b, roles: changes.append((a.row(), a.column(), b.row(), b.column(), list(roles)))
    )
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([lines[0], replace(lines[1], status=MaterialStatus.DEFECTIVE, note="未标功能分区")])
    assert resets == []
    display, fg, raw = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ForegroundRole), RawRole
    assert (1, 5, 1, 5, [display, fg, raw]) in changes  # 核验 column: text and colour
    tip = int(Qt.ItemDataRole.ToolTipRole)
    assert (1, 6, 1, 6, [display, tip, raw]) in changes  # 说明 column: text and its tooltip (rows are one line)
    assert (1, 0, 1, 6, [DtoRole]) in changes
    assert all(change[0] == 1 for change in changes)
    assert not any(change[1] in (0, 1, 2, 3, 4) and change[1] == change[3] for change in changes)


def test_different_rows_reset_the_model(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = checklist_model()
    model.set_rows([_line("SQS", "申请书")])
    with qtbot.waitSignal(model.modelReset, timeout=100):
        model.set_rows([_line("SQS", "申请书")])  # new ids: another draft
    with qtbot.waitSignal(model.modelReset, timeout=100):
        model.clear()
    assert model.rowCount() == 0


def test_tracked_case_five_day_rule_is_spelled_out() -> None:
    model = cases_model()
    case = replace(_case("", "收件中", None), five_day=FiveDayInfo("逾期视为受理", date(2026, 9, 1), -3))
    model.set_rows([case])
    assert model.data(model.index(0, 8)) == "收件中（逾期视为受理）"


def test_narrowing_hits_removes_only_the_rows_that_went(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """One more letter typed: the hits both lists share stay (no reset, no repaint of them)."""

    def hit(code: str) -> MatterHit:
        return MatterHit(code, f"事项{code}", "SCJG", "承诺件", False, False, False)

    model = DtoListModel(hit_text, key=lambda h: h.code)
    model.set_rows([hit(c) for c in ("A", "B", "C", "D", "E")])
    qtmodeltester.check(model, force_py=True)
    events: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: events.append(("reset", -1, -1)))
    model.rowsRemoved.connect(lambda _p, a, b: events.append(("removed", a, b)))
    model.rowsInserted.connect(lambda _p, a, b: events.append(("inserted", a, b)))
    model.dataChanged.connect(lambda a, b, _r: events.append(("changed", a.row(), b.row())))
    model.set_rows([hit(c) for c in ("A", "B", "E")])  # C and D no longer match
    assert events == [("removed", 2, 3)]
    events.clear()
    model.set_rows([hit("A"), hit("X"), hit("B"), hit("E")])
    assert events == [("inserted", 1, 1)] or events == [("removed", 1, 1), ("inserted", 1, 2)]
    assert [h.code for h in model.rows()] == ["A", "X", "B", "E"]
    events.clear()
    model.set_rows([hit("Q")])  # nothing shared: one reset
    assert events == [("reset", -1, -1)]
    qtmodeltester.check(model, force_py=True)
