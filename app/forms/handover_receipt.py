"""领取回执: the receipt of a result handed over at the output window (统一窗口出件).

It states the case, who took the result (masked ID number, relation, the power of
attorney for an agent), every item handed over with its number, the time and the output
window, and how it was signed for: on the signature pad (the receipt says so) or here,
on the paper, in the signature slot — the window keeps that copy, so two copies print.
"""

from __future__ import annotations

from app.domain.enums import DocumentKind
from app.forms.common import IncompleteDocument, applicant_fields, case_fields, footer, masked_id_line, qr, seal
from app.forms.document import Block, Document, Field, Heading, Paragraph, Rule, SignatureSlot, Table, chinese_date
from app.forms.inputs import NoticeInput

#: Marks the printed signature slot of a pad-signed receipt (nothing to sign on paper).
PAD_SIGNED_LINE = "领取人已在签名板上签名确认，电子签名随办件存档。"
#: Copy labels when the receiver signs on paper: one stays with the window.
PAPER_COPIES = ("第一联 领取人留存", "第二联 出件窗口存档（领取人签字）")


def build_handover_receipt(inp: NoticeInput) -> Document:
    """领取回执 of ``inp.facts.handover``; refuses without a receiver or items."""
    f, h = inp.facts, inp.facts.handover
    if h is None or not h.items:
        raise IncompleteDocument("未登记领取人和交付物品，无法生成领取回执")
    rows = tuple(
        (str(i), item.kind, item.name, item.number or "—", str(item.copies)) for i, item in enumerate(h.items, start=1)
    )
    receiver = [
        Field("领取人", h.receiver_name),
        Field("证件号码", masked_id_line(h.receiver_id_type, h.receiver_id_number)),
        Field("领取人身份", h.relation),
    ]
    if h.attorney:
        receiver.append(Field("授权委托书", h.attorney))
    blocks: list[Block] = [
        Paragraph(
            f"今收到{inp.hall.name}交付的{inp.matter.name}办理结果及下列物品，已当面核对无误。",
        ),
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        Field("办理结果", f.result_name or "已办结"),
    ]
    if f.completed_on is not None:
        blocks.append(Field("办结日期", chinese_date(f.completed_on)))
    blocks += [
        Heading("交付物品"),
        Table(("序号", "类别", "名称", "编号", "份数"), rows),
        Heading("领取信息"),
        *receiver,
        Field("领取时间", f"{h.handed_at:%Y-%m-%d %H:%M}"),
        Field("出件窗口", h.output_window),
        Field("经办人", f"{inp.clerk.name}（工号{inp.clerk.staff_no}）"),
        Field("签收方式", h.signature),
    ]
    paper = h.signature != "签名板签名"
    if paper:
        blocks.append(SignatureSlot("领取人签字"))
    else:
        blocks.append(Paragraph(PAD_SIGNED_LINE, emphasis=True))
    blocks += [qr(inp), seal(inp)]
    return Document(
        kind=DocumentKind.HANDOVER_RECEIPT,
        title=DocumentKind.HANDOVER_RECEIPT.value,
        number=f.document_number,
        header=(inp.hall.name,),
        blocks=tuple(blocks),
        footer=footer(inp.hall),
        copies=2 if paper else 1,
        copy_labels=PAPER_COPIES if paper else (),
        case_number=f.case_number,
    )
