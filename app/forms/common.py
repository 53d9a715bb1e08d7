"""Pieces every notice shares: addressee, case fields, QR link, footer, seal.

Kept apart from the builders so each builder reads as the wording of one
document, not as layout plumbing.
"""

from __future__ import annotations

from urllib.parse import urlencode

from app.domain.enums import IdType, MaterialForm, MaterialStatus
from app.domain.errors import CounterDeskError
from app.domain.lookup_code import format_lookup_code
from app.forms.document import Block, Field, Qr, SealSlot, Table, chinese_date
from app.forms.inputs import HallInfo, MaterialLine, NoticeInput
from app.forms.masking import mask_id, mask_phone


class IncompleteDocument(CounterDeskError):
    """The case lacks a fact the document must state (due date, reasons …)."""


#: The QR caption on case notices.
LOOKUP_CAPTION = "微信或浏览器扫码：查询办理进度、评价本次服务"


def lookup_url(hall: HallInfo, case_number: str, document_number: str, lookup_code: str = "") -> str:
    """The link in a notice's QR code: look up the case and rate the service.

    Carries the case number, the document number — so a forged or outdated slip can
    be told from the current one by the look-up page — and the case's 查询码 (``k``),
    which is what opens the case.
    """
    values = {"c": case_number, "v": document_number}
    if lookup_code:
        values["k"] = lookup_code
    query = urlencode(values)
    return f"{hall.lookup_base_url.rstrip('/')}/q?{query}"


def masked_id_line(id_type: IdType, number: str) -> str:
    """``居民身份证 1101**********002X``."""
    return f"{id_type.value} {mask_id(number)}"


def applicant_fields(inp: NoticeInput) -> list[Block]:
    """Who applied: organisation, person, masked ID, masked phone, agent."""
    a = inp.applicant
    blocks: list[Block] = []
    if a.org_name:
        blocks.append(Field("申请单位", a.org_name))
        if a.credit_code:
            blocks.append(Field("统一社会信用代码", a.credit_code))
        blocks.append(Field("法定代表人", a.name))
    else:
        blocks.append(Field("申请人", a.name))
    blocks.append(Field("证件号码", masked_id_line(a.id_type, a.id_number)))
    if a.agent_name:
        agent = a.agent_name
        if a.agent_id_number:
            agent += f"（{mask_id(a.agent_id_number)}）"
        blocks.append(Field("委托代理人", agent))
    if a.phone:
        blocks.append(Field("联系电话", mask_phone(a.phone)))
    return blocks


def case_fields(inp: NoticeInput) -> list[Block]:
    """办件编号, matter and its code, the department and the window."""
    blocks: list[Block] = [Field("办件编号", inp.facts.case_number)]
    if inp.facts.lookup_code:
        blocks.append(Field("查询码", format_lookup_code(inp.facts.lookup_code)))
    return blocks + [
        Field("申请事项", inp.matter.name),
        Field("事项编码", inp.matter.code),
        Field("实施部门", inp.matter.department),
    ]


def desk_fields(inp: NoticeInput) -> list[Block]:
    """Which window and which clerk issued the document (首问/经办 accountability)."""
    return [
        Field("受理窗口", f"{inp.window.code} {inp.window.name}"),
        Field("经办人", f"{inp.clerk.name}（工号{inp.clerk.staff_no}）"),
    ]


def footer(hall: HallInfo) -> tuple[str, ...]:
    """Contact, complaint phone, hours and address printed under every notice."""
    return (
        f"咨询电话：{hall.phone}",
        f"监督投诉电话：{hall.complaint_phone}",
        f"办公时间：{hall.hours}",
        f"地址：{hall.address}",
    )


def seal(inp: NoticeInput) -> SealSlot:
    """The seal slot: the hall's sealing organisation and the issue date."""
    return SealSlot(inp.hall.seal_org or inp.hall.name, chinese_date(inp.facts.issued_on))


def qr(inp: NoticeInput) -> Qr:
    """The look-up/rating QR code for this case and document."""
    return Qr(
        lookup_url(inp.hall, inp.facts.case_number, inp.facts.document_number, inp.facts.lookup_code),
        LOOKUP_CAPTION,
    )


def material_requirement(line: MaterialLine) -> str:
    """What the applicant must bring for one material: form, copies, standard."""
    parts = [line.form.value]
    if line.form in (MaterialForm.COPY, MaterialForm.BOTH) or line.copies > 1:
        parts.append(f"{line.copies}份")
    if line.required_standard:
        parts.append(line.required_standard)
    return "，".join(parts)


def problem_of(line: MaterialLine) -> str:
    """Why a material must be supplemented: missing, or defective and how."""
    if line.status is MaterialStatus.DEFECTIVE:
        return f"有误：{line.note}" if line.note else "有误"
    if line.status is MaterialStatus.DEFERRED:
        return "容缺后补"
    return "缺少" + (f"：{line.note}" if line.note else "")


def problem_table(lines: tuple[MaterialLine, ...] | list[MaterialLine]) -> Table:
    """序号 / 材料名称 / 问题 / 补正要求 for every material to supplement."""
    rows = tuple(
        (str(i), line.name, problem_of(line), material_requirement(line)) for i, line in enumerate(lines, start=1)
    )
    return Table(("序号", "材料名称", "问题", "补正要求"), rows)


def received_table(lines: tuple[MaterialLine, ...] | list[MaterialLine]) -> Table:
    """序号 / 材料名称 / 形式 / 份数 of what the window received (收件清单), and 电子页数 —
    the pages captured into the electronic file — when any were."""
    rows: tuple[tuple[str, ...], ...]
    if any(line.pages for line in lines):
        rows = tuple(
            (str(i), line.name, line.form.value, str(line.copies), str(line.pages) if line.pages else "—")
            for i, line in enumerate(lines, start=1)
        )
        return Table(("序号", "材料名称", "形式", "份数", "电子页数"), rows)
    rows = tuple((str(i), line.name, line.form.value, str(line.copies)) for i, line in enumerate(lines, start=1))
    return Table(("序号", "材料名称", "形式", "份数"), rows)


def needs_supplement(line: MaterialLine) -> bool:
    """Missing and defective materials are what a notice must list, all at once."""
    return line.status in (MaterialStatus.MISSING, MaterialStatus.DEFECTIVE, MaterialStatus.PENDING)


def is_received(line: MaterialLine) -> bool:
    """Handed in at the window (shared-data materials are not handed in)."""
    return line.status is MaterialStatus.RECEIVED


def you(inp: NoticeInput) -> str:
    """``你`` for a person, ``你单位`` for an organisation, as legal notices say."""
    return "你单位" if inp.applicant.org_name else "你"
