"""One way to run slow work off the GUI thread (database, printing, PDF rendering).

Like Anki's ``CollectionOp``/``QueryOp``: a page hands the runner a plain callable
and two callbacks; the callable runs on a worker thread and the callbacks always run
on the GUI thread.  A :class:`~app.domain.errors.CounterDeskError` carries the
Chinese sentence the clerk sees; anything else is a bug, logged in full and shown as
a short generic message.  Work is serialised on one worker so that "call next" and
the query that follows it hit the store in the order the clerk pressed the keys.

After a user switch the runner's *generation* changes and late results of the
previous person's operations are dropped instead of landing on the new person's
screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from app.domain.errors import CounterDeskError
from app.ui.tr_marks import QT_TRANSLATE_NOOP

T = TypeVar("T")

log = logging.getLogger(__name__)

#: Work slower than this shows the busy indicator; faster work shows nothing.
BUSY_DELAY_MS = 300

#: Shown when a non-CounterDeskError escapes: a bug, never the clerk's fault.
INTERNAL_ERROR_MESSAGE = QT_TRANSLATE_NOOP("Ops", "操作未完成：程序内部错误，已记录日志，请联系信息管理员。")


def error_message(exc: BaseException) -> str:
    """The Chinese sentence for an exception: its own message, or a generic one for bugs."""
    if isinstance(exc, CounterDeskError):
        return exc.message
    return QCoreApplication.translate("Ops", INTERNAL_ERROR_MESSAGE)


@dataclass
class _Op(Generic[T]):
    fn: Callable[[], T]
    on_success: Callable[[T], None] | None
    on_failure: Callable[[BaseException], None] | None
    label: str
    generation: int
    token: int = field(default=0)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits its signals, Qt queues them across."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, token: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._token = token
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            if not isinstance(exc, CounterDeskError):
                log.exception("background operation failed")
            self._relay.failed.emit(self._token, exc)
        else:
            self._relay.succeeded.emit(self._token, result)


class OpRunner(QObject):
    """Runs callables on one worker thread and reports back on the GUI thread.

    ``synchronous=True`` runs everything inline (tests, scripts that make
    screenshots): the same callbacks fire in the same order, only earlier.
    """

    #: Fact: slow work started (True) or the last pending work ended (False).
    busy_changed = Signal(bool)
    #: Fact: an operation failed with this Chinese message (the window shows it).
    error_reported = Signal(str)
    #: Fact: an operation with a label is under way (for the status bar).
    progress_text = Signal(str)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._generation = 0
        self._next_token = 0
        self._pending: dict[int, _Op[Any]] = {}
        self._busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._relay = _Relay(self)
        self._busy_timer.timeout.connect(self._on_busy_timer_timeout)
        self._relay.succeeded.connect(self._on_relay_succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_relay_failed, Qt.ConnectionType.QueuedConnection)

    # -- public API -------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
    ) -> None:
        """Run ``fn`` off the GUI thread; call ``on_success(result)`` or ``on_failure(exc)``.

        Without ``on_failure`` the error's Chinese message is reported through
        :attr:`error_reported`.  With it, the page decides what to show.
        """
        op: _Op[T] = _Op(fn, on_success, on_failure, label, self._generation)
        if self.synchronous:
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001 - same reporting as the async path
                if not isinstance(exc, CounterDeskError):
                    log.exception("operation failed")
                self._finish_failure(op, exc)
            else:
                self._finish_success(op, result)
            return
        self._next_token += 1
        op.token = self._next_token
        self._pending[op.token] = op
        if label:
            self.progress_text.emit(label)
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        self._pool.start(_Job(self._relay, op.token, fn))

    def invalidate(self) -> None:
        """Forget callbacks of work started before now (a user switch, a lock)."""
        self._generation += 1

    def is_idle(self) -> bool:
        """True when no operation is pending (tests wait on this)."""
        return not self._pending

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until the worker is done and deliver its results (scripts, shutdown)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            self._pool.waitForDone(20)
            QCoreApplication.processEvents()
        return not self._pending

    # -- delivery on the GUI thread ------------------------------------------------------

    @Slot(int, object)
    def _on_relay_succeeded(self, token: int, result: object) -> None:
        op = self._pending.pop(token, None)
        self._settle_busy()
        if op is not None:
            self._finish_success(op, result)

    @Slot(int, object)
    def _on_relay_failed(self, token: int, exc: object) -> None:
        op = self._pending.pop(token, None)
        self._settle_busy()
        if op is not None:
            assert isinstance(exc, BaseException)
            self._finish_failure(op, exc)

    @Slot()
    def _on_busy_timer_timeout(self) -> None:
        if self._pending and not self._busy:
            self._busy = True
            self.busy_changed.emit(True)

    def _settle_busy(self) -> None:
        if self._pending:
            return
        self._busy_timer.stop()
        if self._busy:
            self._busy = False
            self.busy_changed.emit(False)

    def _finish_success(self, op: _Op[Any], result: Any) -> None:
        if op.generation != self._generation:
            return
        if op.on_success is not None:
            op.on_success(result)

    def _finish_failure(self, op: _Op[Any], exc: BaseException) -> None:
        if op.generation != self._generation:
            return
        if op.on_failure is not None:
            op.on_failure(exc)
        else:
            self.error_reported.emit(error_message(exc))
