"""Fixtures for printing tests: a virtual printer on a real TCP port, demo documents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import quote

import pytest

from app.devices.emulators.printer import VirtualPrinter
from app.forms.common import needs_supplement
from app.forms.document import chinese_date
from app.forms.inputs import NoticeInput, TicketInput
from app.forms.masking import mask_id
from app.forms.registry import DOCUMENTS, demo_facts


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    """A virtual receipt printer listening on an ephemeral localhost port."""
    with VirtualPrinter("127.0.0.1", 0) as virtual:
        yield virtual


def squash(text: str) -> str:
    """Text without any whitespace: line breaks differ between media, characters must not."""
    return re.sub(r"[\s\u3000]+", "", text)


def expected_content(name: str) -> list[str]:
    """What a citizen must be able to read on document ``name`` built from the demo facts."""
    facts = demo_facts(name)
    if isinstance(facts, TicketInput):
        return [
            "取号单",
            facts.ticket_number,
            facts.category,
            f"{facts.people_ahead}人",
            f"{facts.issued_at:%Y-%m-%d %H:%M}",
            facts.hall.name,
        ]
    assert isinstance(facts, NoticeInput)
    f = facts.facts
    out = [
        DOCUMENTS[name](facts).title,
        f.document_number,
        f.case_number,
        facts.applicant.name,
        mask_id(facts.applicant.id_number),
        facts.matter.name,
        facts.hall.complaint_phone,
        facts.clerk.name,
    ]
    for day in (f.due_date, f.pending_due, f.completed_on):
        if isinstance(day, date):
            out.append(chinese_date(day))
    if name in ("one-time-notice", "supplement-notice", "return"):
        out += [line.name for line in f.materials if needs_supplement(line)]
        out += [line.required_standard for line in f.materials if needs_supplement(line) and line.required_standard]
    if name == "deficiency-pledge":
        out += [line.name for line in f.pending_materials]
    if name in ("refusal", "return"):
        out += list(f.reasons)
    if name == "handover-receipt":
        h = f.handover
        assert h is not None
        out += [h.receiver_name, mask_id(h.receiver_id_number), h.relation, h.attorney, h.output_window]
        out += [f"{h.handed_at:%Y-%m-%d %H:%M}", "领取人签字", "纸质回执签字"]
        out += [item.name for item in h.items] + [item.number for item in h.items if item.number]
    if name == "refusal":
        out += ["六十日", "行政复议", "六个月", "行政诉讼", facts.hall.review_authority, facts.hall.court]
    return out


def expected_qr(name: str) -> str:
    """The look-up link document ``name`` must carry, spelled out independently of the builders."""
    facts = demo_facts(name)
    base = facts.hall.lookup_base_url
    if isinstance(facts, TicketInput):
        return f"{base}/q?t={facts.lookup_code}&d={facts.issued_at:%Y%m%d}"
    number = quote(facts.facts.document_number, safe="")
    # k: the case's 查询码 (random, printed beside the case number), which opens the case.
    return f"{base}/q?c={facts.facts.case_number}&v={number}&k={facts.facts.lookup_code}"
