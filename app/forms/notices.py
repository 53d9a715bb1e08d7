"""Builders of the case notices: one function per document, wording included.

The sentences follow the structure of the notices halls issue under the
Administrative Licensing Law (《中华人民共和国行政许可法》第三十二条: accept,
one-time notice of all corrections, or refuse with reasons) and name the
applicant's remedies as the Administrative Reconsideration Law (60 days) and the
Administrative Procedure Law (6 months) give them.  Each builder takes a
:class:`~app.forms.inputs.NoticeInput` and returns a :class:`~app.forms.document.Document`.
"""

from __future__ import annotations

from typing import Any

from app.domain.enums import DocumentKind, MaterialStatus, MatterType
from app.forms.common import (
    IncompleteDocument,
    applicant_fields,
    case_fields,
    desk_fields,
    footer,
    is_received,
    needs_supplement,
    problem_table,
    qr,
    received_table,
    seal,
    you,
)
from app.forms.document import (
    Block,
    Document,
    Field,
    Heading,
    Paragraph,
    Rule,
    SignatureSlot,
    chinese_date,
)
from app.forms.inputs import CaseFacts, NoticeInput

_LICENSING_LAW = "《中华人民共和国行政许可法》"

#: Printed under a due date that depends on a year without a State Council notice.
PROVISIONAL_LINE = "（承诺办结日期含未公布放假安排的日期，以国务院通知为准）"


def deemed_acceptance_line(applied_on_text: str) -> str:
    """The §32 sentence printed on a notice of a deemed-accepted application."""
    return (
        f"依据{_LICENSING_LAW}第三十二条第一款第（四）项，本窗口未在收到申请材料之日起五个工作日内"
        f"一次性告知需要补正的全部内容，本申请自收到申请材料之日（{applied_on_text}）起即为受理。"
    )


def _due_text(f: CaseFacts) -> str:
    assert f.due_date is not None
    text = chinese_date(f.due_date)
    return f"{text}（暂定）" if f.due_provisional else text


def _document(inp: NoticeInput, kind: DocumentKind, blocks: list[Block], **extra: Any) -> Document:  # Document fields
    return Document(
        kind=kind,
        title=kind.value,
        number=inp.facts.document_number,
        header=(inp.hall.name,),
        blocks=tuple(blocks),
        footer=footer(inp.hall),
        case_number=inp.facts.case_number,
        **extra,
    )


def _addressee(inp: NoticeInput) -> Paragraph:
    return Paragraph(f"{inp.applicant.display_name}：")


def _require(value: object, what: str) -> None:
    if value is None:
        raise IncompleteDocument(f"{what}未填写，无法生成文书")


def build_acceptance(inp: NoticeInput) -> Document:
    """受理通知书: the application is accepted; states the promised completion date."""
    f, m = inp.facts, inp.matter
    _require(f.due_date, "承诺办结日期")
    assert f.due_date is not None
    accepted_on = f.accepted_on or f.issued_on
    if m.matter_type is MatterType.LICENSE:
        ground = f"根据{_LICENSING_LAW}第三十二条的规定"
    else:
        ground = f"根据{m.basis}等有关规定" if m.basis else "根据有关规定"
    blocks: list[Block] = [
        _addressee(inp),
        Paragraph(
            f"{you(inp)}于{chinese_date(f.applied_on)}提出的{m.name}申请，经审查，"
            f"申请材料齐全、符合法定形式，{ground}，决定予以受理。"
        ),
        Paragraph(
            f"本事项法定办结时限为{m.legal_limit}，承诺办结时限为{m.promised_limit}"
            f"（自受理之日的次日起按工作日计算），"
            f"承诺于{chinese_date(f.due_date)}前办结。",
            emphasis=True,
        ),
    ]
    if f.due_provisional:
        blocks.append(Paragraph(PROVISIONAL_LINE))
    if f.deemed_accepted:
        blocks.append(Paragraph(deemed_acceptance_line(chinese_date(f.applied_on)), emphasis=True))
    if f.special_procedures:
        blocks.append(
            Paragraph(
                f"本事项依法需要经过{'、'.join(f.special_procedures)}程序，"
                "所需时间不计算在上述办理期限内，届时将另行书面告知。"
            )
        )
    else:
        blocks.append(
            Paragraph(
                "依法需要听证、检验、检测、鉴定、专家评审等特别程序的，所需时间不计算在办理期限内，届时将另行书面告知。"
            )
        )
    if f.pending_materials:
        _require(f.pending_due, "容缺材料补齐日期")
        assert f.pending_due is not None
        names = "、".join(line.name for line in f.pending_materials)
        blocks.append(
            Paragraph(
                f"本件为容缺受理。请于{chinese_date(f.pending_due)}前补齐{names}，"
                "逾期未补齐的按《容缺受理承诺书》的约定处理。",
                emphasis=True,
            )
        )
    blocks += [
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        Field("受理日期", chinese_date(accepted_on) + ("（视为受理）" if f.deemed_accepted else "")),
        Field("承诺办结日期", _due_text(f)),
    ]
    if f.deemed_accepted:
        blocks.append(Field("收到材料日期", chinese_date(f.applied_on)))
    if f.result_name:
        blocks.append(Field("办理结果", f.result_name))
    if f.remark:
        blocks.append(Paragraph(f.remark))
    blocks += desk_fields(inp)
    received = [line for line in f.materials if is_received(line)]
    if received:
        blocks += [Heading("已收材料"), received_table(received)]
    blocks += [
        Rule(),
        Paragraph("请妥善保管本通知书，凭办件编号或扫描下方二维码查询办理进度，办结后凭本通知书领取办理结果。"),
        qr(inp),
        seal(inp),
    ]
    return _document(inp, DocumentKind.ACCEPTANCE, blocks)


def _material_notice(inp: NoticeInput, kind: DocumentKind) -> Document:
    f, m = inp.facts, inp.matter
    problems = [line for line in f.materials if needs_supplement(line)]
    if not problems:
        raise IncompleteDocument("没有缺少或有误的材料，无需出具补正/告知文书")
    findings = []
    if any(line.status is not MaterialStatus.DEFECTIVE for line in problems):
        findings.append("申请材料不齐全")
    if any(line.status is MaterialStatus.DEFECTIVE for line in problems):
        findings.append("部分材料不符合法定形式")
    if kind is DocumentKind.SUPPLEMENT_NOTICE:
        opening = (
            f"{you(inp)}于{chinese_date(f.applied_on)}提交的{m.name}申请材料已收悉。经审查，"
            f"{'，且'.join(findings)}。根据{_LICENSING_LAW}第三十二条第一款第（四）项的规定，"
            f"现一次性告知{you(inp)}需要补正的全部内容如下："
        )
    else:
        opening = (
            f"{you(inp)}于{chinese_date(f.applied_on)}申请办理{m.name}，经审查，{'，且'.join(findings)}。"
            f"根据{_LICENSING_LAW}第三十二条第一款第（四）项的规定，"
            f"现一次性告知{you(inp)}需要补充提交的全部材料如下："
        )
    blocks: list[Block] = [
        _addressee(inp),
        Paragraph(opening),
        Heading("需补正的材料"),
        problem_table(problems),
        Paragraph(
            f"以上为需要补正的全部内容。{you(inp)}按上述要求补正后，申请材料齐全、符合法定形式的，"
            "本窗口将予以受理，不再要求提交其他材料。",
            emphasis=True,
        ),
    ]
    received = [line for line in f.materials if is_received(line)]
    if kind is DocumentKind.SUPPLEMENT_NOTICE and received:
        blocks += [Heading("已收材料（由窗口暂存）"), received_table(received)]
    if f.deemed_accepted:
        blocks.append(
            Paragraph(
                "本通知书晚于收到申请材料之日起五个工作日出具。"
                + deemed_acceptance_line(chinese_date(f.applied_on))
                + "补正期间不计算在办理期限内。",
                emphasis=True,
            )
        )
        if f.due_date is None:
            blocks.append(Field("受理日期", chinese_date(f.accepted_on or f.applied_on) + "（视为受理）"))
    if f.remark:
        blocks.append(Paragraph(f.remark))
    blocks += [
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        *desk_fields(inp),
        qr(inp),
        seal(inp),
    ]
    return _document(inp, kind, blocks)


def build_one_time_notice(inp: NoticeInput) -> Document:
    """一次性告知书: everything still missing or defective, told once and completely."""
    return _material_notice(inp, DocumentKind.ONE_TIME_NOTICE)


def build_supplement_notice(inp: NoticeInput) -> Document:
    """补正材料通知书: materials were received but are incomplete; lists all to supplement."""
    return _material_notice(inp, DocumentKind.SUPPLEMENT_NOTICE)


def build_material_notice(inp: NoticeInput) -> Document:
    """Pick 补正材料通知书 when the window kept some materials, else 一次性告知书."""
    if any(is_received(line) for line in inp.facts.materials):
        return build_supplement_notice(inp)
    return build_one_time_notice(inp)


def build_deficiency_pledge(inp: NoticeInput) -> Document:
    """容缺受理承诺书: the applicant promises the pending materials by a date; two copies."""
    f, m, a = inp.facts, inp.matter, inp.applicant
    _require(f.pending_due, "容缺材料补齐日期")
    assert f.pending_due is not None
    if not f.pending_materials:
        raise IncompleteDocument("没有容缺后补的材料，无需签署容缺受理承诺书")
    me = "本单位" if a.org_name else "本人"
    pending = tuple(line for line in f.pending_materials)
    blocks: list[Block] = [
        Paragraph(
            f"{me}（{a.display_name}）申请办理{m.name}，主要申请材料齐全且符合法定形式，"
            "下列次要材料暂不能提供，现申请容缺受理，并郑重承诺如下："
        ),
        Paragraph(f"一、{me}所提交的全部申请材料真实、合法、有效。"),
        Paragraph(
            f"二、{me}将于{chinese_date(f.pending_due)}前补齐下列材料，补齐的材料符合审查要求：",
            emphasis=True,
        ),
        problem_table(pending),
        Paragraph(
            f"三、逾期未补齐或补齐的材料不符合要求的，{me}同意终止办理，已受理的申请予以退回；"
            "已作出的办理结果依法予以撤销，由此产生的后果由" + me + "承担。",
            emphasis=True,
        ),
        Paragraph(f"四、如有虚假承诺，{me}愿承担相应法律责任，并同意将失信情况记入信用记录。"),
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        Field("补齐期限", chinese_date(f.pending_due)),
        *([Field("承诺办结日期", _due_text(f))] if f.due_date else []),
        *desk_fields(inp),
        SignatureSlot("承诺人（签字/盖章）"),
        SignatureSlot("窗口经办人（签字）"),
        qr(inp),
        seal(inp),
    ]
    return _document(
        inp,
        DocumentKind.DEFICIENCY_PLEDGE,
        blocks,
        copies=2,
        copy_labels=("第一联 申请人留存", "第二联 窗口存档"),
    )


def build_refusal(inp: NoticeInput) -> Document:
    """不予受理通知书: reasons, legal basis, and where to seek reconsideration or sue."""
    f, m, h = inp.facts, inp.matter, inp.hall
    if not f.reasons:
        raise IncompleteDocument("不予受理理由未填写，无法生成不予受理通知书")
    blocks: list[Block] = [
        _addressee(inp),
        Paragraph(f"{you(inp)}于{chinese_date(f.applied_on)}提出的{m.name}申请，经审查，因下列理由，决定不予受理："),
        *(Paragraph(f"{i}. {reason}") for i, reason in enumerate(f.reasons, start=1)),
    ]
    if f.legal_basis:
        blocks.append(Paragraph("依据：" + "；".join(f.legal_basis) + "。"))
    review = h.review_authority or "本级人民政府"
    court = h.court or "有管辖权的人民法院"
    blocks += [
        Paragraph(
            f"{you(inp)}如对本决定不服，可以自收到本通知书之日起六十日内向{review}申请行政复议，"
            f"也可以自收到本通知书之日起六个月内向{court}提起行政诉讼。",
            emphasis=True,
        ),
        Paragraph("本决定已按否定备案制度报中心备案。"),
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        *desk_fields(inp),
    ]
    returned = [line for line in f.materials if is_received(line)]
    if returned:
        blocks += [Heading("退还材料"), received_table(returned)]
    blocks += [qr(inp), seal(inp)]
    return _document(inp, DocumentKind.REFUSAL, blocks)


def build_immediate_receipt(inp: NoticeInput) -> Document:
    """即办件办结回执: finished on the spot; the applicant signs for the result."""
    f, m = inp.facts, inp.matter
    done = f.completed_on or f.issued_on
    blocks: list[Block] = [
        _addressee(inp),
        Paragraph(
            f"{you(inp)}于{chinese_date(f.applied_on)}申请办理的{m.name}（即办件），已于{chinese_date(done)}当场办结。"
        ),
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        Field("办结日期", chinese_date(done)),
        Field("办理结果", f.result_name or "已办结"),
        Field("送达方式", f.delivery or "当场领取"),
        *desk_fields(inp),
        SignatureSlot("申请人签收"),
        Paragraph("欢迎扫描下方二维码对本次服务作出评价。"),
        qr(inp),
        seal(inp),
    ]
    return _document(inp, DocumentKind.IMMEDIATE_RECEIPT, blocks)


def build_completion(inp: NoticeInput) -> Document:
    """办结通知书: the case is finished; how to collect or receive the result."""
    f, m = inp.facts, inp.matter
    _require(f.completed_on, "办结日期")
    assert f.completed_on is not None
    delivery = f.delivery or f"请携带本通知书及有效身份证件到{inp.window.name}（{inp.window.code}）领取"
    blocks: list[Block] = [
        _addressee(inp),
        Paragraph(
            f"{you(inp)}于{chinese_date(f.applied_on)}提出的{m.name}申请（办件编号{f.case_number}），"
            f"已于{chinese_date(f.completed_on)}办结，办理结果为：{f.result_name or '准予办理'}。"
        ),
        Paragraph(f"领取方式：{delivery}。", emphasis=True),
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        Field("办结日期", chinese_date(f.completed_on)),
        *desk_fields(inp),
        Paragraph("欢迎扫描下方二维码对本次服务作出评价。"),
        qr(inp),
        seal(inp),
    ]
    if f.remark:
        blocks.insert(3, Paragraph(f.remark))
    return _document(inp, DocumentKind.COMPLETION, blocks)


def build_return(inp: NoticeInput) -> Document:
    """退回通知书: the application goes back with reasons and the materials handed back."""
    f, m = inp.facts, inp.matter
    if not f.reasons:
        raise IncompleteDocument("退回原因未填写，无法生成退回通知书")
    blocks: list[Block] = [
        _addressee(inp),
        Paragraph(
            f"{you(inp)}于{chinese_date(f.applied_on)}提交的{m.name}申请（办件编号{f.case_number}），"
            "经审查，因下列原因予以退回："
        ),
        *(Paragraph(f"{i}. {reason}") for i, reason in enumerate(f.reasons, start=1)),
    ]
    if f.legal_basis:
        blocks.append(Paragraph("依据：" + "；".join(f.legal_basis) + "。"))
    problems = [line for line in f.materials if needs_supplement(line)]
    if problems:
        blocks += [Heading("需补充完善的材料"), problem_table(problems)]
    blocks.append(
        Paragraph("请按上述要求补充完善后重新提交申请，重新提交时请携带本通知书（按补办件办理）。", emphasis=True)
    )
    returned = [line for line in f.materials if line.status is MaterialStatus.RECEIVED]
    if returned:
        blocks += [Heading("退还材料"), received_table(returned)]
    blocks += [
        Rule(),
        *case_fields(inp),
        *applicant_fields(inp),
        *desk_fields(inp),
        SignatureSlot("申请人签收"),
        qr(inp),
        seal(inp),
    ]
    return _document(inp, DocumentKind.RETURN, blocks)
