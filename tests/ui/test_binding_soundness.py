"""The Qt binding must survive a working day of event processing.

PySide6 6.12.0 on CPython 3.11 returns None from void calls without a reference,
so None's count drains and the interpreter aborts ("none_dealloc") after some
100,000 calls — a counter PC would crash mid-morning. The check runs in a child
process so a crash is reported as a failure with its message, not as a dead run.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("A001")
none0, false0 = sys.getrefcount(None), sys.getrefcount(False)
for _ in range(300_000):          # ~ a day of event-loop turns and label updates
    QApplication.processEvents()
    label.setText("A002")
    label.isHidden()
print(sys.getrefcount(None) - none0, sys.getrefcount(False) - false0)
"""


def test_void_calls_keep_none_alive_for_a_working_day():
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"Qt binding crashed the interpreter: {result.stderr[-400:]}"
    none_drift, false_drift = (int(x) for x in result.stdout.split())
    assert abs(none_drift) < 1000 and abs(false_drift) < 1000
