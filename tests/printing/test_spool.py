"""The persistent print queue: paper-out, retry, cancel, reprint, crash safety."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.devices.emulators.printer import VirtualPrinter
from app.forms.registry import build_demo
from app.printing.backends import ContentType, PrinterConfig
from app.printing.profile import PrinterProfile, TextMode
from app.printing.spool import JobNotFound, JobState, PrintJob, Spooler
from app.printing.spool_sqlite import SqliteJobStore

RESIDENT = PrinterProfile(width_dots=576, text_mode=TextMode.RESIDENT)


def _config(printer: VirtualPrinter) -> PrinterConfig:
    return PrinterConfig(f"tcp://127.0.0.1:{printer.port}", RESIDENT)


def _wait(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


def test_paper_out_keeps_job_with_reason_and_resumes(printer: VirtualPrinter, tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "spool.db")
    failures: list[str] = []
    sent: list[PrintJob] = []
    spooler = Spooler(store, retry_interval=0.1, on_failed=lambda job, why: failures.append(why), on_sent=sent.append)
    printer.set_paper_out(True)
    job = spooler.submit(build_demo("acceptance"), _config(printer), "刘晓梅")
    assert store.get(job.id).state is JobState.QUEUED  # stored before any try
    spooler.start()
    try:
        _wait(lambda: len(failures) >= 2)  # retried on the timer
        stuck = store.get(job.id)
        assert stuck.state is JobState.FAILED and stuck.last_error == "打印机缺纸，请装纸后点击重试"
        assert [j.id for j in store.pending()] == [job.id]
        assert printer.slips == []
        printer.set_paper_out(False)
        spooler.retry()
        slip = printer.wait_for_slips(1)[0]
        _wait(lambda: store.get(job.id).state is JobState.SENT)
    finally:
        spooler.stop()
    assert "受理通知书" in slip.lines and store.pending() == []
    assert sent[0].id == job.id and sent[0].sent_at is not None
    assert store.get(job.id).attempts >= 3


def test_jobs_print_in_order_and_stop_at_first_failure(printer: VirtualPrinter, tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "spool.db")
    spooler = Spooler(store)
    printer.set_paper_out(True)
    first = spooler.submit(build_demo("ticket"), _config(printer), "kiosk")
    second = spooler.submit(build_demo("acceptance"), _config(printer), "刘晓梅")
    spooler.run_once()
    assert store.get(first.id).attempts == 1 and store.get(second.id).attempts == 0
    printer.set_paper_out(False)
    spooler.run_once()
    slips = printer.wait_for_slips(2)
    assert "A012" in slips[0].lines and "受理通知书" in slips[1].lines


def test_cancelled_job_is_not_printed_but_kept(printer: VirtualPrinter, tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "spool.db")
    spooler = Spooler(store)
    job = spooler.submit(build_demo("refusal"), _config(printer), "刘晓梅")
    spooler.cancel(job.id)
    spooler.run_once()
    assert printer.slips == []
    assert store.get(job.id).state is JobState.CANCELLED
    assert [j.id for j in store.for_case(job.case_number)] == [job.id]
    with pytest.raises(JobNotFound):
        spooler.cancel("nope")


def test_reprint_is_marked_and_traceable(printer: VirtualPrinter, tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "spool.db")
    clock = [datetime(2026, 11, 20, 1, 30, tzinfo=UTC)]
    spooler = Spooler(store, clock=lambda: clock[0])
    original = spooler.submit(build_demo("acceptance"), _config(printer), "刘晓梅")
    spooler.run_once()
    clock[0] = datetime(2026, 11, 21, 2, 5, tzinfo=UTC)
    again = spooler.reprint(original.id, _config(printer), "张伟")
    spooler.run_once()
    first, second = printer.wait_for_slips(2)
    local = clock[0].astimezone()
    assert second.lines[0] == f"【补打】{local:%Y-%m-%d %H:%M} 张伟"
    assert not first.lines[0].startswith("【补打】")
    assert second.lines[1:] == first.lines
    history = store.for_case("XC20261120050003")
    assert [(j.id, j.reprint_of, j.created_by) for j in history] == [
        (original.id, None, "刘晓梅"),
        (again.id, original.id, "张伟"),
    ]
    assert history[1].document.reprint is not None


def test_pdf_target_saves_file(tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "spool.db")
    spooler = Spooler(store)
    job = spooler.submit(build_demo("completion"), PrinterConfig(f"pdf://{tmp_path}/out?paper=receipt80"), "刘晓梅")
    assert job.content_type is ContentType.PDF and job.payload.startswith(b"%PDF")
    spooler.run_once()
    (saved,) = (tmp_path / "out").glob("*.pdf")
    assert saved.name.startswith("办结通知书 西政服结字〔2026〕第0015号")
    assert saved.read_bytes() == job.payload


_CRASHING_CLIENT = """
import sys, time
from pathlib import Path
from app.forms.registry import build_demo
from app.printing.backends import PrinterConfig
from app.printing.profile import PrinterProfile, TextMode
from app.printing.spool import Spooler
from app.printing.spool_sqlite import SqliteJobStore

store = SqliteJobStore(Path(sys.argv[1]))
spooler = Spooler(store)
config = PrinterConfig(sys.argv[2], PrinterProfile(text_mode=TextMode.RESIDENT))
job = spooler.submit(build_demo("acceptance"), config, "刘晓梅")
print(job.id, flush=True)
time.sleep(60)
"""


def test_job_survives_kill_9_and_prints_after_restart(printer: VirtualPrinter, tmp_path: Path) -> None:
    db = tmp_path / "spool.db"
    url = f"tcp://127.0.0.1:{printer.port}"
    child = subprocess.Popen(
        [sys.executable, "-c", _CRASHING_CLIENT, str(db), url],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        job_id = child.stdout.readline().strip()
    finally:
        child.kill()  # SIGKILL: no cleanup, no atexit
        child.wait()
    assert child.returncode == -9 and job_id
    store = SqliteJobStore(db)
    (pending,) = store.pending()
    assert pending.id == job_id and pending.state is JobState.QUEUED
    Spooler(store).run_once()
    assert "受理通知书" in printer.wait_for_slips(1)[0].lines
    assert store.get(job_id).state is JobState.SENT


def test_store_is_safe_across_threads(tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "spool.db")
    spooler = Spooler(store)
    config = PrinterConfig(f"pdf://{tmp_path}/out")
    document = build_demo("ticket")
    errors: list[BaseException] = []

    def submit() -> None:
        try:
            for _ in range(5):
                spooler.submit(document, config, "kiosk")
        except BaseException as exc:  # noqa: BLE001 - any failure in the thread is reported below  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(store.pending()) == 20
