"""补打: this window's decisions whose numbered document never came out of the printer.

Why: a decision commits the case (accepted, numbered 受理通知书 …) and only then queues the
slip on the spooler. A crash, a power cut or a kill between the two leaves an accepted
case and an applicant who left without a paper — and, before this, nobody was told. At
start-up and every few minutes the counter asks :meth:`UnprintedDocuments.find`: the
documents the clerk logged in now issued at this window in the last days that have no
print job in the spool (``print_jobs.db`` beside the store), or only failed ones. Other
clerks' documents are never listed to someone else. :meth:`UnprintedDocuments.reprint`
queues the stored document again, marked 补打 with the time and the clerk as the print
queue's 补打 does, withdraws the failed job it replaces, and audits it.

The document printed is the one stored at issue time (``IssuedDocument.facts["printable"]``),
so a 补打 is the same notice even if the catalog or the case changed since. Documents
issued by a version without that stored copy are not offered (they are older than this
check).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select

from app.domain.errors import CounterDeskError, PermissionDenied
from app.services.documents import PRINTABLE_KEY
from app.services.session import SessionService
from app.store.models import Case, IssuedDocument
from app.store.uow import Store

#: How far back the check looks (days): a slip missing for longer is a matter for the 电子档案.
LOOKBACK_DAYS = 7
#: The spool's job states as the print service reports them.
_SENT, _QUEUED, _FAILED = "已打印", "等待打印", "打印失败待重试"


class JobLike(Protocol):
    """A print job as :class:`app.services.printing.PrintJobInfo` gives it (read-only)."""

    @property
    def id(self) -> str: ...
    @property
    def document_number(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def error(self) -> str | None: ...


class PrintingLike(Protocol):
    """What this service needs of :class:`app.services.printing.PrintService`."""

    def jobs_for_case(self, case_number: str) -> Sequence[JobLike]: ...

    def reprint_document(self, document_json: str, by: str, *, replaces: list[str]) -> JobLike: ...


@dataclass(frozen=True)
class UnprintedDocument:
    """One issued document without a slip, as the strip lists it."""

    document_id: uuid.UUID
    number: str
    title: str
    case_number: str
    applicant: str
    issued_at: datetime
    #: Why it is listed, in Chinese: ``未送打印`` or ``打印失败：缺纸``.
    reason: str
    #: The failed jobs a 补打 withdraws (so the slip does not come out twice).
    failed_jobs: tuple[str, ...] = ()


class UnprintedDocuments:
    """Find and 补打 the logged-in clerk's documents of this window that never printed."""

    def __init__(
        self,
        store: Store,
        session: SessionService,
        printing: PrintingLike | None,
        *,
        lookback_days: int = LOOKBACK_DAYS,
    ) -> None:
        self._store = store
        self._session = session
        self._printing = printing
        self._lookback = timedelta(days=lookback_days)

    @property
    def available(self) -> bool:
        """False on a PC without a printer: there is nothing to 补打 on."""
        return self._printing is not None

    def find(self) -> list[UnprintedDocument]:
        """The current clerk's unprinted documents of this window, oldest first (none when logged out)."""
        info = self._session.current
        if info is None or self._printing is None or self._session.is_locked:
            return []
        since = self._session.now() - self._lookback
        with self._store.read() as s:
            rows = s.execute(
                select(IssuedDocument, Case.case_number, Case.applicant_name)
                .join(Case, Case.id == IssuedDocument.case_id)
                .where(
                    IssuedDocument.owner_window == info.window_code,
                    IssuedDocument.staff_id == info.staff_id,
                    IssuedDocument.issued_at >= since,
                )
                .order_by(IssuedDocument.issued_at, IssuedDocument.number)
            ).all()
            found = [
                (doc.id, doc.number, doc.kind, doc.issued_at, dict(doc.facts or {}), case_number, name)
                for doc, case_number, name in rows
            ]
        out: list[UnprintedDocument] = []
        jobs_by_case: dict[str, list[JobLike]] = {}
        for doc_id, number, kind, issued_at, facts, case_number, name in found:
            if not facts.get(PRINTABLE_KEY) or not case_number:
                continue
            if case_number not in jobs_by_case:
                jobs_by_case[case_number] = list(self._printing.jobs_for_case(case_number))
            jobs = [j for j in jobs_by_case[case_number] if j.document_number == number]
            if any(j.state in (_SENT, _QUEUED) for j in jobs):
                continue
            failed = [j for j in jobs if j.state == _FAILED]
            if jobs and not failed:
                continue  # only cancelled jobs: the clerk withdrew the slip on purpose
            reason = f"打印失败：{failed[-1].error or '打印机未响应'}" if failed else "未送打印"
            out.append(
                UnprintedDocument(
                    document_id=doc_id,
                    number=number,
                    title=kind,
                    case_number=case_number,
                    applicant=name or "",
                    issued_at=issued_at,
                    reason=reason,
                    failed_jobs=tuple(j.id for j in failed),
                )
            )
        return out

    def reprint(self, document_id: uuid.UUID) -> JobLike:
        """Queue the stored document again marked 补打 (time and clerk), for its own clerk only."""
        actor = self._session.require_window_staff()
        if self._printing is None:
            raise CounterDeskError("本窗口未配置打印机，无法补打")
        listed = {d.document_id: d for d in self.find()}
        wanted = listed.get(document_id)
        if wanted is None:
            with self._store.read() as s:
                doc = s.get(IssuedDocument, document_id)
                mine = doc is not None and doc.staff_id == actor.staff_id
            if not mine:
                raise PermissionDenied("只能补打本人签发的文书")
            raise CounterDeskError("该文书已经打印过或已在打印队列中，无需补打")
        with self._store.read() as s:
            doc = s.get(IssuedDocument, document_id)
            printable = str((doc.facts or {}).get(PRINTABLE_KEY, "")) if doc is not None else ""
        info = self._session.current
        who = f"{info.name}（{info.staff_no}）" if info is not None else actor.name
        job = self._printing.reprint_document(printable, who, replaces=list(wanted.failed_jobs))
        with self._store.write(actor) as tx:
            tx.audit(
                "document.reprint",
                "documents",
                document_id,
                number=wanted.number,
                reason=wanted.reason,
                job=job.id,
            )
        return job
