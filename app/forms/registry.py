"""Document names usable on the command line, their builders and demo input.

``DOCUMENTS`` maps a stable ASCII name (``acceptance``, ``refusal`` …) to a builder;
``demo_facts(name)`` returns realistic input for the test page (``print-sample``),
the demo hall and tests: an applicant whose name holds a character outside GB2312
(堃) and an ID number with an ``X`` check digit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from app.domain.enums import CaseKind, IdType, MaterialForm, MaterialStatus, MatterType
from app.domain.errors import NotFound
from app.forms.document import Document
from app.forms.inputs import (
    ApplicantInfo,
    CaseFacts,
    ClerkInfo,
    HallInfo,
    HandedItem,
    HandoverFacts,
    MaterialLine,
    MatterInfo,
    NoticeInput,
    TicketInput,
    WindowInfo,
)
from app.forms.notices import (
    build_acceptance,
    build_completion,
    build_deficiency_pledge,
    build_immediate_receipt,
    build_one_time_notice,
    build_refusal,
    build_return,
    build_supplement_notice,
)
from app.forms.clock_notices import build_denial, build_extension_notice
from app.forms.handover_receipt import build_handover_receipt
from app.forms.ticket import build_ticket

Builder = Callable[[Any], Document]

#: Command-line name → builder.  The builder takes the value ``demo_facts(name)`` returns.
DOCUMENTS: dict[str, Builder] = {
    "acceptance": build_acceptance,
    #: 行政许可法 §32: no notice within five working days, so accepted on the day of receipt.
    "acceptance-deemed": build_acceptance,
    "one-time-notice": build_one_time_notice,
    "supplement-notice": build_supplement_notice,
    "deficiency-pledge": build_deficiency_pledge,
    "refusal": build_refusal,
    "immediate-receipt": build_immediate_receipt,
    "completion": build_completion,
    "return": build_return,
    "extension-notice": build_extension_notice,
    "denial": build_denial,
    "handover-receipt": build_handover_receipt,
    "ticket": build_ticket,
}

#: Names that build a variant of another document, and what the list says about it.
VARIANTS: dict[str, str] = {"acceptance-deemed": "行政许可法第三十二条视为受理"}

DEMO_HALL = HallInfo(
    name="北京市西城区政务服务中心",
    address="北京市西城区示范路1号",
    phone="010-12345678",
    complaint_phone="010-12345679",
    hours="周一至周五 9:00-12:00，13:00-17:00",
    lookup_base_url="https://zwfw.example.gov.cn",
    seal_org="北京市西城区政务服务中心（业务专用章）",
    review_authority="北京市西城区人民政府",
    court="北京市西城区人民法院",
)
DEMO_WINDOW = WindowInfo(code="5号窗口", name="综合受理窗口")
DEMO_CLERK = ClerkInfo(name="刘晓梅", staff_no="XC0512")
#: 堃 is in GBK/GB18030 but not GB2312; the ID ends with the check character X.
DEMO_APPLICANT = ApplicantInfo(
    name="王堃",
    id_type=IdType.RESIDENT_ID,
    id_number="11010519491231002X",
    phone="13812345678",
    org_name="",
)
DEMO_MATTER = MatterInfo(
    code="11110102MB0000000X4000117004000",
    name="食品经营许可（新办）",
    legal_limit="20个工作日",
    promised_limit="5个工作日",
    basis="《中华人民共和国食品安全法》第三十五条",
    department="北京市西城区市场监督管理局",
    case_kind=CaseKind.PROMISED,
    matter_type=MatterType.LICENSE,
)

_APPLICATION = MaterialLine(
    "食品经营许可申请书",
    MaterialStatus.RECEIVED,
    form=MaterialForm.ORIGINAL,
    required_standard="申请人签字",
)
_ID_COPY = MaterialLine(
    "法定代表人（负责人）身份证明",
    MaterialStatus.RECEIVED,
    form=MaterialForm.COPY,
    copies=1,
)
_FLOOR_PLAN = MaterialLine(
    "经营场所平面布局图",
    MaterialStatus.MISSING,
    form=MaterialForm.ORIGINAL,
    required_standard="标明设备设施位置，比例尺1:100",
)
_LEASE = MaterialLine(
    "经营场所租赁合同",
    MaterialStatus.DEFECTIVE,
    note="租赁期限已过期",
    form=MaterialForm.COPY,
    copies=1,
    required_standard="在有效期内，加盖出租方印章",
)
_SAFETY_RULES = MaterialLine(
    "食品安全管理制度",
    MaterialStatus.DEFERRED,
    form=MaterialForm.ORIGINAL,
    required_standard="包括进货查验、从业人员健康管理等制度",
)


def _notice(**facts: Any) -> NoticeInput:
    base: dict[str, Any] = {
        "case_number": "XC20261120050003",
        "document_number": "西政服受字〔2026〕第0003号",
        "applied_on": date(2026, 11, 20),
        "issued_on": date(2026, 11, 20),
        "lookup_code": "K7QXM3RD",
    }
    base.update(facts)
    return NoticeInput(
        hall=DEMO_HALL,
        window=DEMO_WINDOW,
        clerk=DEMO_CLERK,
        applicant=DEMO_APPLICANT,
        matter=DEMO_MATTER,
        facts=CaseFacts(**base),
    )


def demo_facts(name: str) -> Any:
    """Realistic input for document ``name`` (see module docstring)."""
    if name not in DOCUMENTS:
        raise NotFound(f"没有名为“{name}”的文书，可用：{'、'.join(DOCUMENTS)}")
    if name == "ticket":
        return TicketInput(
            hall=DEMO_HALL,
            ticket_number="A012",
            category="市场准入",
            people_ahead=7,
            issued_at=datetime(2026, 11, 20, 9, 42),
            windows_hint="5、6号窗口",
            lookup_code="T20261120A012",
        )
    if name == "acceptance":
        return _notice(
            accepted_on=date(2026, 11, 20),
            due_date=date(2026, 11, 27),
            materials=(_APPLICATION, _ID_COPY),
            result_name="食品经营许可证",
        )
    if name == "acceptance-deemed":
        # Received Tue 2026-11-10; the five days ended 11-17 without a notice; today 11-20.
        return _notice(
            applied_on=date(2026, 11, 10),
            accepted_on=date(2026, 11, 10),
            due_date=date(2026, 11, 17),
            materials=(_APPLICATION, _ID_COPY),
            result_name="食品经营许可证",
            deemed_accepted=True,
        )
    if name == "one-time-notice":
        missing_app = MaterialLine(
            _APPLICATION.name,
            MaterialStatus.MISSING,
            form=MaterialForm.ORIGINAL,
            required_standard="申请人签字",
        )
        return _notice(
            document_number="西政服告字〔2026〕第0011号",
            materials=(missing_app, _FLOOR_PLAN, _LEASE),
        )
    if name == "supplement-notice":
        return _notice(
            document_number="西政服补字〔2026〕第0007号",
            materials=(_APPLICATION, _ID_COPY, _FLOOR_PLAN, _LEASE),
            remark="补正材料可到5号窗口当面提交，或通过网上大厅上传。",
        )
    if name == "deficiency-pledge":
        return _notice(
            document_number="西政服容字〔2026〕第0002号",
            accepted_on=date(2026, 11, 20),
            due_date=date(2026, 11, 27),
            materials=(_APPLICATION, _ID_COPY, _SAFETY_RULES),
            pending_materials=(_SAFETY_RULES,),
            pending_due=date(2026, 11, 25),
        )
    if name == "refusal":
        return _notice(
            document_number="西政服不受字〔2026〕第0001号",
            materials=(_APPLICATION,),
            reasons=("申请经营的场所位于居民住宅楼内，不属于可以从事食品经营活动的场所。",),
            legal_basis=(
                "《中华人民共和国行政许可法》第三十二条第一款第（三）项",
                "《食品经营许可和备案管理办法》第十二条",
            ),
        )
    if name == "immediate-receipt":
        return _notice(
            document_number="西政服即字〔2026〕第0020号",
            completed_on=date(2026, 11, 20),
            result_name="食品经营许可证（补证）",
            delivery="当场领取",
        )
    if name == "completion":
        return _notice(
            document_number="西政服结字〔2026〕第0015号",
            issued_on=date(2026, 11, 26),
            accepted_on=date(2026, 11, 20),
            completed_on=date(2026, 11, 26),
            result_name="食品经营许可证",
        )
    if name == "extension-notice":
        return _notice(
            document_number="西政服延字〔2026〕第0001号",
            issued_on=date(2026, 11, 25),
            accepted_on=date(2026, 11, 20),
            previous_due=date(2026, 11, 27),
            due_date=date(2026, 12, 2),
            extension_days=3,
            reasons=("需对经营场所进行现场核查",),
        )
    if name == "denial":
        return _notice(
            document_number="西政服不许字〔2026〕第0001号",
            issued_on=date(2026, 11, 26),
            accepted_on=date(2026, 11, 20),
            completed_on=date(2026, 11, 26),
            reasons=("经现场核查，经营场所与生活区未有效分隔，不符合食品经营场所条件。",),
            legal_basis=("《中华人民共和国食品安全法》第三十三条", "《食品经营许可和备案管理办法》第十二条"),
        )
    if name == "handover-receipt":
        # An agent with a power of attorney takes the licence and the returned original.
        return _notice(
            document_number="LQ-20261127-08-E1-0003",
            issued_on=date(2026, 11, 27),
            accepted_on=date(2026, 11, 20),
            completed_on=date(2026, 11, 26),
            result_name="食品经营许可证",
            handover=HandoverFacts(
                receiver_name="李代理",
                receiver_id_type=IdType.RESIDENT_ID,
                receiver_id_number="110101199003074514",
                relation="委托代理人",
                handed_at=datetime(2026, 11, 27, 10, 15),
                output_window="8号窗口 统一出件窗口",
                items=(
                    HandedItem("证照", "食品经营许可证（正本）", "JY11101020012345", 1),
                    HandedItem("证照", "食品经营许可证（副本）", "JY11101020012345", 1),
                    HandedItem("退还原件", "经营场所租赁合同", "", 1),
                ),
                signature="纸质回执签字",
                attorney="授权委托书（2026-11-25，原件已核验）",
            ),
        )
    return _notice(
        document_number="西政服退字〔2026〕第0004号",
        materials=(_APPLICATION, _ID_COPY, _LEASE),
        reasons=("经营场所租赁合同已过期，无法证明申请人对经营场所享有使用权。",),
    )


def build_demo(name: str) -> Document:
    """The document ``name`` built from :func:`demo_facts`."""
    return DOCUMENTS[name](demo_facts(name))
