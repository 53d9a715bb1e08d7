"""A slip for every decision: a kill between the decision's commit and the print is found at
the next start and offered as 补打 to the clerk who decided — only to them — and the 补打
comes out of the (virtual, ESC/POS) printer marked as such."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import wire_window
from app.devices.emulators.printer import VirtualPrinter
from app.domain.errors import PermissionDenied
from app.printing.spool_sqlite import SqliteJobStore
from app.services.demo import DEMO_PASSWORD
from app.services.printing import PrintService
from app.settings import PrinterSettings, Settings
from app.store.models import AuditEntry, IssuedDocument

ROOT = Path(__file__).resolve().parents[2]


def _decide_and_die(store_url: str, printer_url: str) -> tuple[str, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.unprinted_clerk", store_url, printer_url],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("DECIDED"), line + (proc.stderr.read() if proc.stderr else "")
        _, case_number, document_number = line.split()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return case_number, document_number


@pytest.fixture
def printer(tmp_path: Path):  # type: ignore[no-untyped-def]
    with VirtualPrinter("127.0.0.1", 0) as virtual:
        yield virtual


def _restart(store_url: str, printer_url: str, jobs: Path):  # type: ignore[no-untyped-def]
    settings = Settings(
        window_code="01", store_url=store_url, printer=PrinterSettings(url=printer_url, text_mode="resident")
    )
    printing = PrintService(settings.printer, jobs, retry_interval=0.2)
    printing.start()
    return printing, wire_window(settings, printing=printing, sync=False).services


def test_a_kill_after_the_decision_leaves_a_reprint_offer_for_the_same_clerk(
    tmp_path: Path, printer: VirtualPrinter
) -> None:
    store_url = f"sqlite+pysqlite:///{tmp_path / 'window.db'}"
    printer_url = f"tcp://127.0.0.1:{printer.port}"
    jobs = tmp_path / "print_jobs.db"
    case_number, document_number = _decide_and_die(store_url, printer_url)

    # the case is accepted and numbered, the spool holds no job for it, nothing was printed
    assert SqliteJobStore(jobs).for_case(case_number) == []
    assert printer.slips == []

    printing, services = _restart(store_url, printer_url, jobs)
    try:
        unprinted = services.unprinted
        assert unprinted is not None and unprinted.available

        # the other clerk of window 01 is not shown 0101's case, and may not 补打 it
        services.session.login("0102", DEMO_PASSWORD)
        assert unprinted.find() == []
        services.session.logout()

        services.session.login("0101", DEMO_PASSWORD)
        [offer] = unprinted.find()
        assert (offer.case_number, offer.number, offer.reason) == (case_number, document_number, "未送打印")
        assert offer.title == "受理通知书" and offer.applicant == "李建国"
        services.session.logout()

        services.session.login("0102", DEMO_PASSWORD)
        with pytest.raises(PermissionDenied, match="只能补打本人签发的文书"):
            unprinted.reprint(offer.document_id)
        services.session.logout()

        services.session.login("0101", DEMO_PASSWORD)
        job = unprinted.reprint(offer.document_id)
        assert job.reprint
        [slip] = printer.wait_for_slips(1)
        text = slip.text
        assert "【补打】" in text and "张明（0101）" in text
        assert document_number in text and case_number in text and "受理通知书" in text
        assert "李建国" in text
        # printed once: nothing left to offer, and the 补打 is in the audit
        printing.retry()
        assert unprinted.find() == []
        assert len(printer.slips) == 1
    finally:
        printing.stop()
    from app.store.engine import make_engine
    from app.store.uow import Store

    store = Store(make_engine(store_url))
    with store.read() as s:
        doc = s.scalars(select(IssuedDocument).where(IssuedDocument.number == document_number)).one()
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "document.reprint")).all()
        [entry] = audited
        assert entry.entity_id == str(doc.id) and entry.detail["number"] == document_number
        assert entry.staff_id == doc.staff_id and entry.detail["reason"] == "未送打印"
    store.dispose()
