"""Benchmark: the real main window's memory over a working day of standard intakes.

Drives the real MainWindow (offscreen, the real worker thread) with its real peripherals
(CounterPeripherals, DeviceHub, PrintService) over the demo hall's SQLite store, the
devices emulated as in ``tests/integration``: the evaluator on TCP, the LED screen and the
ID-card reader on pseudo-terminals, the ESC/POS VirtualPrinter on TCP. One standard intake
is: a ticket issued, F1, Ctrl+F "gg" Enter Enter (公共场所卫生许可), the card placed on the
reader, the phone typed, Space on every material line, Ctrl+D, Space (受理), the slip at
the virtual printer, F8, the applicant presses 5 on the evaluator, the rating stored.

Printed: RSS after the first N intakes (the warm-up: a working morning) and after N more,
the growth over the second N, and the live QObjects / widgets counted at both points.
Baseline in the same run (a second process, same store, same devices): the same service
calls (issue, call, start, card data, materials, accept, print, finish, rating) without
the window. The emulators' own logs (slips, frames) are cleared after every intake: they
are the test instruments, not the counter program.

Checked: every intake accepted (a case number), its slip printed with that number, its
rating stored; the number of cases equals the intakes; exits non-zero otherwise.

    .venv/bin/python bench/bench_memory.py [--quick] [--intakes 1000]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The growth goal of issue 16 (second N intakes over the first N) and the RSS ceiling.
GOAL_GROWTH = 0.05
GOAL_RSS_MB = 250.0
#: 公共场所卫生许可 of the demo catalogue, found by its initials "gg".
MATTER = "LJ21-040"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def settle() -> float:
    """RSS (MB) after the garbage collector and deferred deletes have run."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()
    return rss_mb()


def live_qobjects() -> Counter[str]:
    """Live QObjects by class: every top-level object's tree plus the application's widgets."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    seen: set[int] = set()
    counts: Counter[str] = Counter()

    def walk(obj: QObject) -> None:
        key = id(obj)
        if key in seen:
            return
        seen.add(key)
        counts[type(obj).__name__] += 1
        for child in obj.children():
            walk(child)

    walk(app)
    for w in QApplication.allWidgets():
        walk(w)
    return counts


#: Seconds spent waiting, by what was waited for (printed with --steps).
WAITED: Counter[str] = Counter()


def wait(done: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    from PySide6.QtWidgets import QApplication

    t0 = time.perf_counter()
    while not done():
        QApplication.processEvents()
        if time.perf_counter() - t0 > timeout:
            raise SystemExit(f"FAILED: {what} never happened")
        time.sleep(0.001)
    if os.environ.get("CD_BENCH_STEPS"):
        WAITED[what.split(" ")[0] + " " + what.split(" ")[1] if " " in what else what] += time.perf_counter() - t0


class Hall:
    """The demo hall's store, the emulated devices and the window PC's services."""

    def __init__(self, tmp: Path) -> None:
        from app.devices.config import DeviceConfig
        from app.devices.emulators.evaluator import EvaluatorEmulator
        from app.devices.emulators.idcard import IdCardReaderEmulator
        from app.devices.emulators.led import LedEmulator
        from app.devices.emulators.printer import VirtualPrinter
        from app.devices.qt_bridge import DeviceHub
        from app.domain.ids import utcnow
        from app.services.clock import hall_day
        from app.services.demo import DEMO_WINDOW, seed_demo_hall
        from app.services.printing import PrintService
        from app.settings import PrinterSettings, Settings
        from app.store.engine import make_engine
        from app.store.migrate import upgrade
        from app.store.uow import Store
        from app.ui.print_jobs import PrintEvents
        from tests.integration.conftest import FAST, build_services

        self.store = Store(make_engine(f"sqlite+pysqlite:///{tmp / 'window.db'}"))
        upgrade(self.store.engine)
        seed_demo_hall(self.store, today=hall_day(utcnow()))
        self.printer = VirtualPrinter(port=0, out_dir=tmp / "printer").start()
        self.evaluator = EvaluatorEmulator()
        self.led = LedEmulator()
        self.reader = IdCardReaderEmulator()
        configs = [
            DeviceConfig("评价器", "evaluator", self.evaluator.serve_tcp(), "cdk-eval/1"),
            DeviceConfig("窗口屏", "led", self.led.serve_pty(), "cdk-led/1", options={"encoding": "gb18030"}),
            DeviceConfig("身份证阅读器", "idcard", self.reader.serve_pty(str(tmp / "ttyUSB-idcard")), "sam/1"),
        ]
        self.hub = DeviceHub(configs, timing=FAST)
        self.hub.start()
        printer_settings = PrinterSettings(
            url=f"tcp://127.0.0.1:{self.printer.port}", width_mm=80, text_mode="resident"
        )
        settings = Settings(window_code=DEMO_WINDOW, store_url=str(self.store.engine.url), printer=printer_settings)
        self.events = PrintEvents()
        self.printing = PrintService(
            printer_settings, tmp / "print_jobs.db", on_sent=self.events.on_sent, on_failed=self.events.on_failed
        )
        self.printing.start()
        self.services = build_services(
            self.store, settings, devices=self.hub, printing=self.printing, print_events=self.events
        )
        from app.services.unprinted import UnprintedDocuments

        self.services = replace(
            self.services, unprinted=UnprintedDocuments(self.store, self.services.session, self.printing)
        )
        wait(
            lambda: all(self.hub.status(name)[0] for name in ("评价器", "窗口屏", "身份证阅读器")),
            "the devices connecting",
        )

    def trim_emulator_logs(self) -> None:
        """The instruments' own records of what they received (not the counter's memory)."""
        with self.printer._lock:
            self.printer.slips.clear()
        for emulator in (self.evaluator, self.led, self.reader):
            with emulator._cond:
                getattr(emulator, "messages_received", []).clear()
                getattr(emulator, "commands", []).clear()
                decoder = getattr(emulator, "_decoder", None)
                for name in ("frames", "objects"):
                    kept = getattr(decoder, name, None)
                    if isinstance(kept, list):
                        kept.clear()

    def stop(self) -> None:
        self.hub.stop()
        self.printing.stop()
        self.evaluator.close()
        self.led.stop()
        self.reader.stop()
        self.printer.stop()
        self.store.dispose()


def count_cases(store: Any) -> tuple[int, int]:
    from sqlalchemy import func, select

    from app.store.models import Case, RatingRecord

    with store.read() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Case).where(Case.case_number != "")) or 0),
            int(s.scalar(select(func.count()).select_from(RatingRecord)) or 0),
        )


def run_window(intakes: int, out: dict[str, Any]) -> None:
    """``2 × intakes`` standard intakes through the real main window."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services.demo import DEMO_PASSWORD
    from app.settings import Settings
    from app.ui.devices_printer_sync import CounterPeripherals
    from app.ui.main import make_application
    from app.ui.main_window import MainWindow
    from app.ui.ops import OpRunner

    app = make_application(Settings())
    with tempfile.TemporaryDirectory() as tmp:
        hall = Hall(Path(tmp))
        services = hall.services
        ops = OpRunner(app)
        window = MainWindow(services, ops)
        peripherals = CounterPeripherals(window, services, ops)
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        info = services.session.login("0101", DEMO_PASSWORD)
        window.start_session(info)
        window.activateWindow()
        QApplication.processEvents()
        ratings: list[object] = []
        peripherals.rating_recorded.connect(ratings.append)

        def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
            target = QApplication.focusWidget() or window
            QTest.keyClick(target, k, mod)
            wait(ops.is_idle, f"the work of key {k}")

        def intake(i: int) -> None:
            page, decision = window.intake_page, window.decision_page
            number = services.queue.issue("A").number
            key(Qt.Key.Key_F1)
            wait(lambda: window.ticket is not None and window.ticket.number == number, f"ticket {number} called")
            key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(QApplication.focusWidget(), "gg")
            guide = window.guide_page
            wait(lambda: bool(guide.results.rows()) and guide.results.rows()[0].code == MATTER, "the search")
            key(Qt.Key.Key_Return)
            key(Qt.Key.Key_Return)
            wait(lambda: page.case is not None and page.case.ticket_id == window.ticket.id, "the intake page")
            hall.reader.place("王𬌗")
            wait(lambda: page.fields["name"].edit.text() == "王𬌗", "the card read")
            QTest.keyClicks(page.fields["phone"].edit, "13800138000")
            wait(lambda: page.case.applicant.phone == "13800138000" and ops.is_idle(), "the applicant saved")
            page.checklist_view.setFocus()
            for row, line in enumerate(page.checklist.rows()):
                if line.status.value == "未核验":
                    page.checklist_view.setCurrentIndex(page.checklist.index(row, 0))
                    QTest.keyClick(page.checklist_view, Qt.Key.Key_1)
                    wait(ops.is_idle, "a material marked")
            wait(lambda: not page.case.pending_lines, "every material received")
            key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
            before = decision.result
            decision.buttons["accept"].setFocus()
            key(Qt.Key.Key_Space)
            wait(lambda: decision.result is not before and decision.result is not None, "the acceptance")
            case_number = decision.result.case.case_number
            if not case_number:
                raise SystemExit(f"FAILED: intake {i} not accepted: {decision.error_label.text()}")
            wait(
                lambda: any(case_number in slip.text for slip in hall.printer.slips),
                f"the slip of {case_number}",
            )
            rated = len(ratings)
            key(Qt.Key.Key_F8)
            wait(lambda: hall.evaluator.pending_reference == case_number, "the rating request")
            hall.evaluator.press(5)
            wait(lambda: len(ratings) > rated, "the rating stored")
            hall.reader.remove()
            hall.trim_emulator_logs()

        t0 = time.perf_counter()
        intake(0)
        out["first_intake_s"] = time.perf_counter() - t0
        out["rss_start_mb"] = settle()
        points: list[dict[str, Any]] = []
        for i in range(1, 2 * intakes):
            intake(i)
            if i + 1 in (intakes, 2 * intakes):
                rss = settle()
                points.append(
                    {"intakes": i + 1, "rss_mb": rss, "objects": live_qobjects(), "s": time.perf_counter() - t0}
                )
        out["points"] = points
        out["cases"], out["ratings"] = count_cases(hall.store)
        peripherals.stop()
        window.close()
        hall.stop()


def run_services(intakes: int, out: dict[str, Any]) -> None:
    """The same service calls without the window (same store, same devices and printer)."""
    from PySide6.QtWidgets import QApplication

    from app.services.demo import DEMO_PASSWORD
    from app.services.dto import ApplicantInput
    from app.settings import Settings
    from app.ui.main import make_application

    make_application(Settings())
    with tempfile.TemporaryDirectory() as tmp:
        hall = Hall(Path(tmp))
        s = hall.services
        s.session.login("0101", DEMO_PASSWORD)
        card = hall.reader.cards["王𬌗"].data
        code = MATTER

        def intake(i: int) -> None:
            s.queue.issue("A")
            ticket = s.queue.call_next()
            assert ticket is not None
            s.guide.search("gg")
            case = s.intake.start(
                matter_code=code,
                applicant=ApplicantInput(name=card.name, id_number=card.id_number, phone="13800138000"),
                ticket_id=ticket.id,
            )
            s.intake.mark_all_received(case.id)
            result = s.decisions.accept(case.id)
            for document in result.documents:
                if document.document_json:
                    s.printing.print_document(document.document_json, "0101")  # type: ignore[union-attr]
            wait(
                lambda: any(result.case.case_number in slip.text for slip in hall.printer.slips),
                "the slip",
            )
            s.queue.finish()
            s.ratings.record(5, case_id=result.case.id, ticket_id=ticket.id)  # type: ignore[union-attr]
            hall.trim_emulator_logs()
            QApplication.processEvents()

        intake(0)
        out["rss_start_mb"] = settle()
        points = []
        for i in range(1, 2 * intakes):
            intake(i)
            if i + 1 in (intakes, 2 * intakes):
                points.append({"intakes": i + 1, "rss_mb": settle(), "objects": {}})
        out["points"] = points
        out["cases"], out["ratings"] = count_cases(hall.store)
        hall.stop()


def child(mode: str, intakes: int) -> None:
    out: dict[str, Any] = {"mode": mode}
    (run_window if mode == "window" else run_services)(intakes, out)
    if WAITED:
        print(json.dumps({k: round(v, 2) for k, v in WAITED.most_common()}, ensure_ascii=False), file=sys.stderr)
    print("RESULT " + json.dumps(out, ensure_ascii=False))


def spawn(mode: str, intakes: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--intakes", str(intakes)],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])  # type: ignore[no-any-return]
    sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-5000:])
    raise SystemExit(f"FAILED: the {mode} run ended without figures (exit {proc.returncode})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--intakes", type=int, default=1000, help="intakes per half (the first N, then N more)")
    parser.add_argument("--quick", action="store_true", help="15 + 15 intakes")
    parser.add_argument("--child", choices=("window", "services"))
    parser.add_argument("--only", choices=("window", "services"))
    args = parser.parse_args()
    if args.quick:
        args.intakes = 15
    if args.child:
        child(args.child, args.intakes)
        return
    n = args.intakes
    results = {mode: spawn(mode, n) for mode in ("window", "services") if args.only in (None, mode)}
    failed = []
    for mode, r in results.items():
        first, second = r["points"]
        growth = (second["rss_mb"] - first["rss_mb"]) / first["rss_mb"]
        label = "main window" if mode == "window" else "services only (baseline)"
        print(
            f"{label:26}: RSS after {first['intakes']} intakes {first['rss_mb']:6.1f} MB, after {second['intakes']}"
            f" {second['rss_mb']:6.1f} MB, growth {growth * 100:+5.1f} %  (start {r['rss_start_mb']:.1f} MB)"
        )
        if r["cases"] < 2 * n or r["ratings"] < 2 * n:
            failed.append(f"{mode}: {r['cases']} cases, {r['ratings']} ratings for {2 * n} intakes")
        if mode == "window":
            a, b = Counter(first["objects"]), Counter(second["objects"])
            grown = {k: b[k] - a[k] for k in b if b[k] != a[k]}
            print(
                f"{'':26}  live QObjects {sum(a.values())} → {sum(b.values())}"
                + (f"; changed: {json.dumps(grown, ensure_ascii=False)}" if grown else " (no kind changed)")
            )
            print(f"{'':26}  {second['s'] / (2 * n - 1) * 1000:.0f} ms per intake; first {r['first_intake_s']:.2f} s")
            r["growth"] = growth
            r["rss"] = second["rss_mb"]
    if "window" in results and "services" in results:
        w, s = results["window"], results["services"]
        print(f"window − baseline          : {w['rss'] - s['points'][1]['rss_mb']:+.1f} MB held by the UI")
    if "window" in results:
        w = results["window"]
        ok = w["growth"] < GOAL_GROWTH
        print(
            f"goal                      : growth < {GOAL_GROWTH * 100:.0f} % ({'met' if ok else 'NOT met'}),"
            f" RSS ≤ {GOAL_RSS_MB:.0f} MB ({'met' if w['rss'] <= GOAL_RSS_MB else 'NOT met'})"
        )
    if failed:
        raise SystemExit("FAILED: " + "; ".join(failed))


if __name__ == "__main__":
    main()
