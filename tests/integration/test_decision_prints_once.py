"""A decision is printed once, by the peripherals; the decision page has no print button of its own
and Ctrl+P sends nothing more, so no second, unmarked copy of a notice can leave the printer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from tests.integration.test_counter_peripherals import accept_case_for_current_ticket, log_in, press


def test_the_decision_is_printed_once_and_ctrl_p_adds_no_copy(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    window, printer = counter.window, counter.printer
    counter.services.queue.issue("A")
    log_in(qtbot, counter)
    press(qtbot, counter, Qt.Key.Key_F1)
    case = accept_case_for_current_ticket(qtbot, counter)
    documents = window.decision_page.result.documents
    slips = printer.wait_for_slips(len(documents))
    assert case.case_number in slips[0].text and "补打" not in slips[0].text
    jobs = dict(counter.peripherals.recent_jobs)
    assert sorted(j.document_number for j in jobs.values()) == sorted(d.number for d in documents)
    assert not any(j.reprint for j in jobs.values())

    buttons = window.decision_page.findChildren(QPushButton)
    assert not [b.text() for b in buttons if "打印" in b.text()]
    ctrl_p = QKeySequence("Ctrl+P")
    assert not [a for a in window.findChildren(type(window.key_actions["call_next"])) if a.shortcut() == ctrl_p]
    press(qtbot, counter, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # The op runner is synchronous: a submitted job would be in recent_jobs by now.
    assert counter.peripherals.recent_jobs.keys() == jobs.keys()
    assert {j.id for j in counter.printing.pending()} <= jobs.keys()
