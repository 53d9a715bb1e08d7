"""pytest-qt: the console's 短信 tab lists the notices that failed or were never confirmed,
phones masked, and queues the chosen one again."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.actor import Actor
from app.domain.enums import Role
from app.services.clock import ManualClock
from app.services.console import ConsoleService
from app.store.models import SmsMessage
from app.store.uow import Store
from app.ui.admin.console import AdminConsole
from app.ui.ops import OpRunner
from tests.services.conftest import build_hall

ADMIN = Actor(staff_id=None, staff_no="9001", name="陈管理", window_code=None, post=None, roles=(Role.ADMIN,))
AT = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


@pytest.fixture()
def ops(qapp) -> OpRunner:  # type: ignore[no-untyped-def]  # pytest-qt's fixture is untyped
    return OpRunner(synchronous=True)


def _message(key: str, state: str, error: str) -> SmsMessage:
    return SmsMessage(
        id=key, template="受理", phone="13812345678", text="【示例政务服务中心】…", state=state, attempts=1,
        parts_total=1, parts_done=0, reference=1, writing_part=0, gateway="cmpp", last_error=error,
        created_at=AT, next_try_at=AT, updated_at=AT,
    )  # fmt: skip


def test_the_console_lists_failed_sms_and_queues_one_again(qtbot, sqlite_store: Store, ops: OpRunner) -> None:  # type: ignore[no-untyped-def]  # qtbot
    store = sqlite_store
    build_hall(store)
    with store.write() as tx:
        tx.session.add(_message("acc-1", "未确认", "已提交但未收到网关应答：短信网关断开了连接"))
        tx.session.add(_message("acc-2", "已发送", ""))
    widget = AdminConsole(ConsoleService(store, ManualClock.at_hall_time(date(2026, 11, 2))), ops, lambda: ADMIN)
    qtbot.addWidget(widget)
    panel = widget.sms
    assert panel.table.rowCount() == 1
    assert [panel.table.item(0, c).text() for c in (0, 2, 3)] == ["acc-1", "138****5678", "未确认"]
    assert "未收到网关应答" in panel.table.item(0, 6).text()
    assert "1 条短信未能确认送达" in panel.info.text()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.resend_button, Qt.MouseButton.LeftButton)
    assert "已重新排队：138****5678" in panel.message.text()
    assert panel.table.rowCount() == 0 and "没有发送失败或未确认的短信" in panel.info.text()
    with store.read() as s:
        assert s.get(SmsMessage, "acc-1").state == "待发送"
