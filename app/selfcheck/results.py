"""The outcome of one self-check item: passed, failed or skipped, with the reason in Chinese."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from app.domain.errors import CounterDeskError


class Status(Enum):
    """Outcome of one item."""

    PASS = "通过"
    FAIL = "失败"
    SKIP = "跳过"


class Skipped(CounterDeskError):
    """An item that is not configured on this PC (reported as ``[跳过]``, not a failure)."""


class CheckFailed(CounterDeskError):
    """An item ran and found a problem; the message says what and how to fix it."""


@dataclass(frozen=True)
class CheckResult:
    """One printed line: item name, outcome and the reason (Chinese)."""

    item: str
    status: Status
    detail: str

    @property
    def ok(self) -> bool:
        """True unless the item failed."""
        return self.status is not Status.FAIL

    def line(self) -> str:
        """``[通过] 数据库 …`` as printed on the console."""
        return f"[{self.status.value}] {self.item} {self.detail}".rstrip()


def reason_of(exc: BaseException) -> str:
    """The Chinese sentence of a typed error, or the exception type and text for anything else."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if isinstance(exc, subprocess.TimeoutExpired):
        return "超时"
    text = str(exc).strip()
    return f"{type(exc).__name__}：{text}" if text else type(exc).__name__


def results_text(results: Iterable[CheckResult]) -> str:
    """All result lines, one per line (what a crash report or the wizard may quote)."""
    return "\n".join(result.line() for result in results)
