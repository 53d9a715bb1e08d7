"""A window PC's process for tests/integration/test_unprinted_after_kill.py.

``python -m tests.integration.unprinted_clerk STORE_URL PRINTER_URL`` wires the window as
the composition root does (demo hall, the real spool beside the store), logs clerk 0101 in,
takes an acceptance decision, prints ``DECIDED <case> <document>`` and then waits on stdin
before queuing the slip — the test kills it there with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.bootstrap import wire_window
from app.services.demo import DEMO_PASSWORD
from app.services.dto import ApplicantInput
from app.services.printing import PrintService
from app.settings import PrinterSettings, Settings

MATTER = "LJ21-040"


def main(store_url: str, printer_url: str) -> int:
    settings = Settings(
        window_code="01", store_url=store_url, printer=PrinterSettings(url=printer_url, text_mode="resident")
    )
    printing = PrintService(settings.printer, Path(store_url.split("///", 1)[1]).with_name("print_jobs.db"))
    printing.start()
    services = wire_window(settings, printing=printing, demo=True, sync=False).services
    services.session.login("0101", DEMO_PASSWORD)
    case = services.intake.start(matter_code=MATTER)
    services.intake.set_applicant(
        case.id, ApplicantInput(name="李建国", id_number="510626197503150018", phone="13800000000")
    )
    services.intake.mark_all_received(case.id)
    result = services.decisions.accept(case.id)
    print("DECIDED", result.case.case_number, result.document.number, flush=True)
    sys.stdin.readline()  # killed here: the decision is committed, the slip not yet queued
    printing.print_document(result.document.document_json, "张明（0101）")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
