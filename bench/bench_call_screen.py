"""Benchmark: from the clerk pressing F1 (呼叫下一位) to the ticket number on screen.

Drives the real main window (offscreen) over the demo hall's SQLite store: the key
press queues the claim on the worker thread, the result comes back to the GUI thread
and the status strip shows the number. Baseline in the same run: the same claim as one
raw ``sqlite3`` ``UPDATE … RETURNING`` on a copy of the same database file.

    .venv/bin/python bench/bench_call_screen.py [--tickets 200]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="50 tickets")
    args = parser.parse_args()
    if args.quick:
        args.tickets = 50

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import wire_window
    from app.domain.enums import TicketPriority
    from app.services.demo import DEMO_PASSWORD
    from app.settings import Settings
    from app.ui.main import make_application
    from app.ui.main_window import MainWindow
    from app.ui.ops import OpRunner

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "window.db"
        settings = Settings(window_code="01", store_url=f"sqlite+pysqlite:///{db}")
        app = make_application(settings)
        services = wire_window(settings, demo=True).services
        for _ in range(args.tickets):
            services.queue.issue("A", TicketPriority.NORMAL)
        shutil.copy(db, Path(tmp) / "raw.db")
        info = services.session.login("0101", DEMO_PASSWORD)
        window = MainWindow(services, OpRunner(app))
        window.start_session(info)
        window.show()
        QApplication.processEvents()

        screen: list[float] = []
        for _ in range(args.tickets):
            before = window.strip.ticket_label.text()
            t0 = time.perf_counter()
            QTest.keyClick(window, Qt.Key.Key_F1)
            while window.strip.ticket_label.text() == before:
                QApplication.processEvents()
                if time.perf_counter() - t0 > 10:
                    raise SystemExit("the ticket never reached the screen")
            screen.append((time.perf_counter() - t0) * 1000)

        raw = sqlite3.connect(Path(tmp) / "raw.db", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        baseline: list[float] = []
        for _ in range(args.tickets):
            t0 = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "UPDATE tickets SET status='已叫号', called_by_window='01' WHERE id = (SELECT id FROM tickets"
                " WHERE status='等候' AND category IN ('A','B','C') ORDER BY priority_rank, issued_at, number"
                " LIMIT 1) RETURNING number"
            ).fetchone()
            raw.execute("COMMIT")
            baseline.append((time.perf_counter() - t0) * 1000)
        raw.close()

    s50, r50 = statistics.median(screen), statistics.median(baseline)
    print(f"F1 → ticket on screen : p50 {s50:7.2f} ms  p95 {p95(screen):7.2f} ms  ({len(screen)} calls)")
    print(f"raw sqlite3 claim     : p50 {r50:7.2f} ms  p95 {p95(baseline):7.2f} ms")
    print(
        f"ratio (p50)           : {s50 / r50:.1f}x  (includes finishing the previous ticket, outbox, audit, "
        "thread hop and repaint)"
    )


if __name__ == "__main__":
    main()
