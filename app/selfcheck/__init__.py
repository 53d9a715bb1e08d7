"""``counterdesk --self-check``: what the hall's IT person runs after installing.

Why it exists: a PC that "starts" is not a PC that works.  The check walks the same
paths a clerk's day does — settings, store and its migrations, the catalog, every
official document rendered to ESC/POS and PDF, the windows, the printer and each
device — and prints one line per item with the reason in Chinese::

    [通过] 数据库 sqlite+pysqlite:///…/window.db：结构版本 0002（已是最新）
    [失败] 打印机 tcp://192.168.1.50:9100：无法连接打印机 …：连接被拒绝 …

Exit status 0 only when no item failed (items not configured are ``[跳过]``).

``--demo`` checks a throw-away store in a temporary folder (the demo catalog is
imported when it is empty), the virtual receipt printer and the emulated devices,
so the same command proves a fresh build works before any hall settings exist.
It runs headless: without a display it uses Qt's ``offscreen`` platform, and the
display platform itself is probed in a child process first because a missing
system library (``libxcb-cursor0``) makes Qt abort the process it loads in.

The probe functions (:func:`probe_store`, :func:`probe_printer`,
:func:`probe_device`) are also what the first-run setup wizard's "test" buttons
call, through :class:`SetupProbes`.

The package holds one subject per module: :mod:`.results` (the outcome of one item),
:mod:`.probes` (store, printer and device tests shared with the wizard), :mod:`.voice`
(which voice calls tickets), :mod:`.display` (the Qt platform and the windows),
:mod:`.runner` (the items in order) and :mod:`.command` (the command line and the
transcript).
"""

from app.selfcheck.command import FLAG, PLATFORM_PROBE_FLAG, TRANSCRIPT_NAME, build_parser, main, save_transcript
from app.selfcheck.display import has_display
from app.selfcheck.probes import (
    DEVICE_TEST_TEXT,
    SetupProbes,
    StoreProbe,
    WindowChoice,
    device_config,
    device_protocols,
    probe_device,
    probe_printer,
    probe_store,
)
from app.selfcheck.results import CheckFailed, CheckResult, Skipped, Status, reason_of, results_text
from app.selfcheck.runner import Options, SelfCheck, WindowFactory, check_files, required_files
from app.selfcheck.voice import probe_voice

__all__ = [
    "DEVICE_TEST_TEXT",
    "FLAG",
    "PLATFORM_PROBE_FLAG",
    "TRANSCRIPT_NAME",
    "CheckFailed",
    "CheckResult",
    "Options",
    "SelfCheck",
    "SetupProbes",
    "Skipped",
    "Status",
    "StoreProbe",
    "WindowChoice",
    "WindowFactory",
    "build_parser",
    "check_files",
    "device_config",
    "device_protocols",
    "has_display",
    "main",
    "probe_device",
    "probe_printer",
    "probe_store",
    "probe_voice",
    "reason_of",
    "required_files",
    "results_text",
    "save_transcript",
]
