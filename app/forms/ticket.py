"""The queue ticket (取号单) printed by the kiosk.

Short, large and readable from arm's length: the ticket number dominates, the
rest says how long the wait is and where to go.
"""

from __future__ import annotations

from urllib.parse import urlencode

from app.domain.enums import DocumentKind
from app.forms.document import BigText, Block, Document, Field, Paragraph, Qr, Rule
from app.forms.inputs import TicketInput


def ticket_lookup_url(inp: TicketInput) -> str:
    """Link to follow the queue (and rate the service afterwards) from a phone."""
    query = urlencode({"t": inp.lookup_code or inp.ticket_number, "d": f"{inp.issued_at:%Y%m%d}"})
    return f"{inp.hall.lookup_base_url.rstrip('/')}/q?{query}"


def build_ticket(inp: TicketInput) -> Document:
    """取号单: ticket number, category, people ahead, time, hall."""
    blocks: list[Block] = [BigText(inp.ticket_number)]
    if inp.priority_label:
        blocks.append(Paragraph(inp.priority_label, emphasis=True))
    blocks += [
        Field("业务类型", inp.category),
        Field("前面等候", f"{inp.people_ahead}人"),
        Field("取号时间", f"{inp.issued_at:%Y-%m-%d %H:%M}"),
    ]
    if inp.windows_hint:
        blocks.append(Field("办理窗口", inp.windows_hint))
    blocks += [
        Rule(),
        Paragraph("请留意叫号屏和语音提示，过号请到服务台重新取号。当日有效。"),
        *(Paragraph(note) for note in inp.notes),
        Qr(ticket_lookup_url(inp), "扫码查看排队进度"),
    ]
    return Document(
        kind=DocumentKind.TICKET,
        title=DocumentKind.TICKET.value,
        number="",
        header=(inp.hall.name,),
        blocks=tuple(blocks),
        footer=(f"咨询电话：{inp.hall.phone}", f"办公时间：{inp.hall.hours}"),
        case_number=inp.lookup_code,
    )
