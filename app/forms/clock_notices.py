"""Builders of the notices the clock events and the completion decision issue.

* 延期办理通知书 — the limit is extended with the center's approval (seed 002 限时办结制度:
  “确需延时办理的事项，经办人应报政务中心相关管理人员审核，并告知当事人延时办理的理由”);
* 不予许可决定书 — the licence is refused at completion, with reasons, basis and the
  applicant's remedies (行政复议法: 60 days; 行政诉讼法: 6 months), and filed for the
  center's 否定备案 review like a refusal (seed 003 “否定事项备案审查制”).
"""

from __future__ import annotations

from app.domain.enums import DocumentKind
from app.forms.common import IncompleteDocument, applicant_fields, case_fields, desk_fields, qr, seal, you
from app.forms.document import Block, Document, Field, Paragraph, Rule, chinese_date
from app.forms.inputs import NoticeInput
from app.forms.notices import PROVISIONAL_LINE, _addressee, _document


def build_extension_notice(inp: NoticeInput) -> Document:
    """延期办理通知书: the old and the new promised date, why, and who approved."""
    f, m = inp.facts, inp.matter
    if f.due_date is None or f.previous_due is None or f.extension_days <= 0:
        raise IncompleteDocument("延期天数或新的办结日期未填写，无法生成延期办理通知书")
    if not f.reasons:
        raise IncompleteDocument("延期理由未填写，无法生成延期办理通知书")
    accepted = chinese_date(f.accepted_on or f.applied_on)
    blocks: list[Block] = [
        _addressee(inp),
        Paragraph(
            f"{you(inp)}于{chinese_date(f.applied_on)}提出的{m.name}申请（办件编号{f.case_number}），"
            f"已于{accepted}受理，原承诺于{chinese_date(f.previous_due)}前办结。"
        ),
        Paragraph(
            f"因{'；'.join(f.reasons)}，不能在原承诺期限内办结，经{inp.hall.name}审核批准，"
            f"办理期限延长{f.extension_days}个工作日，将于{chinese_date(f.due_date)}前办结。",
            emphasis=True,
        ),
    ]
    if f.due_provisional:
        blocks.append(Paragraph(PROVISIONAL_LINE))
    blocks += [
        Paragraph("特此告知。如有疑问，请凭办件编号咨询本窗口，或扫描下方二维码查询办理进度。"),
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        Field("原承诺办结日期", chinese_date(f.previous_due)),
        Field("延长期限", f"{f.extension_days}个工作日"),
        Field("新的办结日期", chinese_date(f.due_date) + ("（暂定）" if f.due_provisional else "")),
        *desk_fields(inp),
        qr(inp),
        seal(inp),
    ]
    return _document(inp, DocumentKind.EXTENSION_NOTICE, blocks)


def build_denial(inp: NoticeInput) -> Document:
    """不予许可决定书: reasons, basis, 复议 within 60 days, 诉讼 within 6 months, 否定备案."""
    f, m, h = inp.facts, inp.matter, inp.hall
    if not f.reasons:
        raise IncompleteDocument("不予许可的理由未填写，无法生成不予许可决定书")
    if not f.legal_basis:
        raise IncompleteDocument("不予许可的依据未填写，无法生成不予许可决定书")
    accepted = chinese_date(f.accepted_on or f.applied_on)
    blocks: list[Block] = [
        _addressee(inp),
        Paragraph(
            f"{you(inp)}于{chinese_date(f.applied_on)}提出的{m.name}申请（办件编号{f.case_number}），"
            f"本机关于{accepted}受理。经审查，因下列理由，决定不予许可："
        ),
        *(Paragraph(f"{i}. {reason}") for i, reason in enumerate(f.reasons, start=1)),
        Paragraph("依据：" + "；".join(f.legal_basis) + "。"),
    ]
    review = h.review_authority or "本级人民政府"
    court = h.court or "有管辖权的人民法院"
    blocks += [
        Paragraph(
            f"{you(inp)}如对本决定不服，可以自收到本决定书之日起六十日内向{review}申请行政复议，"
            f"也可以自收到本决定书之日起六个月内向{court}提起行政诉讼。",
            emphasis=True,
        ),
        Paragraph("本决定已按否定备案制度报中心备案审查。"),
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        Field("受理日期", accepted),
        Field("决定日期", chinese_date(f.completed_on or f.issued_on)),
        *desk_fields(inp),
        qr(inp),
        seal(inp),
    ]
    return _document(inp, DocumentKind.DENIAL, blocks)
