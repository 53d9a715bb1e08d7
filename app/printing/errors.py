"""Typed printing errors carrying the sentence the clerk sees."""

from __future__ import annotations

from app.domain.errors import CounterDeskError


class PrintingError(CounterDeskError):
    """Base of everything that stops a document from being printed."""


class PrinterConfigError(PrintingError):
    """The printer setting (URL, profile) is wrong; fixed by the administrator."""


class PrinterError(PrintingError):
    """The printer refused or could not take the job; the job stays queued for retry."""


class PaperOut(PrinterError):
    """The roll is empty."""

    def __init__(self) -> None:
        super().__init__("打印机缺纸，请装纸后点击重试")


class CoverOpen(PrinterError):
    """The paper cover is open."""

    def __init__(self) -> None:
        super().__init__("打印机纸仓盖未关好，请合上后点击重试")


class PrinterOffline(PrinterError):
    """The printer reports itself offline or in error (cutter jam, overheating …)."""

    def __init__(self, detail: str = "") -> None:
        text = "打印机处于离线或故障状态"
        if detail:
            text += f"（{detail}）"
        super().__init__(text + "，请检查打印机后点击重试")


class PrinterUnreachable(PrinterError):
    """The connection failed: cable unplugged, printer off, wrong address."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"无法连接打印机 {target}：{reason}。请检查电源和连接线后点击重试")
