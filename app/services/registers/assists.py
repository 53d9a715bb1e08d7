"""帮办代办: the free assistance ledger, with progress and a signed hand-over of documents."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor import Actor
from app.domain.enums import AssistKind
from app.domain.errors import ValidationError
from app.services.registers.common import RegisterBase, get_row, required_text, staff_names, stamp
from app.store.models import AssistRecord, Staff


@dataclass(frozen=True)
class AssistInput:
    kind: AssistKind
    applicant_name: str
    matter: str
    phone: str = ""
    #: 老年人, 残疾人, 孕妇 … — empty when not a special group.
    special_group: str = ""
    agent_staff_id: uuid.UUID | None = None


@dataclass(frozen=True)
class AssistView:
    id: uuid.UUID
    window: str
    kind: str
    applicant_name: str
    special_group: str
    matter: str
    agent_name: str
    progress: tuple[dict[str, Any], ...]
    handover: tuple[dict[str, Any], ...]
    free_of_charge: bool
    closed: bool


class Assists(RegisterBase):
    """帮办代办台账."""

    def open_assist(self, actor: Actor, data: AssistInput) -> AssistView:
        """帮办代办台账: one request, always free of charge."""
        now = self._now()
        with self._store.write(actor) as tx:
            if data.agent_staff_id is not None and tx.session.get(Staff, data.agent_staff_id) is None:
                raise ValidationError("帮代办人员不存在", field="帮代办人员")
            row = AssistRecord(
                owner_window=self._window_of(actor),
                kind=str(AssistKind(data.kind)),
                applicant_name=required_text(data.applicant_name, "申请人姓名"),
                phone=data.phone.strip() or None,
                special_group=data.special_group.strip() or None,
                matter=required_text(data.matter, "办理事项"),
                agent_staff_id=data.agent_staff_id or actor.staff_id,
                progress=[],
                handover=[],
                free_of_charge=True,
                created_at=now,
            )
            tx.session.add(row)
            tx.session.flush()
            tx.audit("帮办代办登记", "assist_ledger", row.id, kind=row.kind, special_group=row.special_group)
            tx.emit("assist.opened", row)
            return self._assist_view(tx.session, row)

    def add_assist_progress(self, actor: Actor, record_id: uuid.UUID, note: str) -> AssistView:
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, AssistRecord, record_id, "帮办代办")
            self._require_open_assist(row)
            row.progress = [*row.progress, {**stamp(now, actor), "note": required_text(note, "办理进度")}]
            tx.audit("帮办代办进度", "assist_ledger", row.id)
            tx.emit("assist.progress", row)
            return self._assist_view(tx.session, row)

    def hand_over_documents(
        self, actor: Actor, record_id: uuid.UUID, documents: Sequence[str], received_by: str, signature_png: bytes
    ) -> AssistView:
        """Hand documents to the applicant against a signature (签字确认) and close the request."""
        now = self._now()
        with self._store.write(actor) as tx:
            row = get_row(tx.session, AssistRecord, record_id, "帮办代办")
            self._require_open_assist(row)
            docs = [d.strip() for d in documents if d.strip()]
            if not docs:
                raise ValidationError("请列出移交的材料或证照", field="移交材料")
            if not signature_png.startswith(b"\x89PNG"):
                raise ValidationError("移交须有领取人签名（签名图片缺失或不是PNG）", field="签名")
            row.handover = [
                *row.handover,
                {
                    **stamp(now, actor),
                    "documents": docs,
                    "received_by": required_text(received_by, "领取人"),
                    "signature_png": base64.b64encode(signature_png).decode("ascii"),
                    "signature_sha256": hashlib.sha256(signature_png).hexdigest(),
                },
            ]
            row.closed_at = now
            tx.audit("帮办代办移交", "assist_ledger", row.id, documents=docs, received_by=received_by)
            tx.emit("assist.handed_over", row)
            return self._assist_view(tx.session, row)

    @staticmethod
    def _require_open_assist(row: AssistRecord) -> None:
        if row.closed_at is not None:
            raise ValidationError("该帮办代办已办结移交，不能再修改")

    def _assist_view(self, session: Session, row: AssistRecord) -> AssistView:
        names = staff_names(session, [row.agent_staff_id])
        return AssistView(
            id=row.id,
            window=row.owner_window,
            kind=row.kind,
            applicant_name=row.applicant_name,
            special_group=row.special_group or "",
            matter=row.matter,
            agent_name=names.get(row.agent_staff_id, "") if row.agent_staff_id else "",
            progress=tuple(row.progress),
            handover=tuple({k: v for k, v in h.items() if k != "signature_png"} for h in row.handover),
            free_of_charge=row.free_of_charge,
            closed=row.closed_at is not None,
        )

    def assist_ledger(self) -> list[AssistView]:
        with self._store.read() as session:
            return [
                self._assist_view(session, r)
                for r in session.scalars(select(AssistRecord).order_by(AssistRecord.created_at))
            ]
