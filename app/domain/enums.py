"""The closed vocabularies of a service hall, named as the seeds name them.

Values are the Chinese words used in the catalog format and on documents, so they
can be stored and exchanged as they are (``StrEnum``).
"""

from __future__ import annotations

from enum import StrEnum


class WindowKind(StrEnum):
    GENERAL = "无差别综合窗口"
    DOMAIN = "分领域综合窗口"
    SPECIALIZED = "专业窗口"
    CANNOT_DO = "办不成事反映窗口"
    ASSIST = "帮办代办窗口"


class MatterType(StrEnum):
    LICENSE = "行政许可"
    BENEFIT = "行政给付"
    CONFIRMATION = "行政确认"
    LEVY = "行政征收"
    REWARD = "行政奖励"
    RULING = "行政裁决"
    OTHER_POWER = "其他行政权力"
    PUBLIC_SERVICE = "公共服务"
    PARTY_SERVICE = "党建服务"
    ENTERPRISE_SERVICE = "企业服务"
    POSTAL_SERVICE = "邮政服务"
    CONVENIENCE = "便民服务"


class CaseKind(StrEnum):
    """办件类型. 退回件/补办件 arise from decisions, the catalog only uses the first four."""

    IMMEDIATE = "即办件"
    PROMISED = "承诺件"
    JOINT = "联办件"
    FORWARDED = "上报件"
    RETURNED = "退回件"
    RESUBMITTED = "补办件"


CATALOG_CASE_KINDS = (CaseKind.IMMEDIATE, CaseKind.PROMISED, CaseKind.JOINT, CaseKind.FORWARDED)


class Target(StrEnum):
    PERSON = "自然人"
    LEGAL_PERSON = "法人"
    OTHER_ORG = "其他组织"


class Necessity(StrEnum):
    REQUIRED = "必要"
    OPTIONAL = "非必要"
    DEFICIENCY_OK = "容缺"


class MaterialForm(StrEnum):
    ORIGINAL = "原件"
    COPY = "复印件"
    BOTH = "原件和复印件"
    ELECTRONIC = "电子"


class MaterialStatus(StrEnum):
    """What the clerk marked on one checklist line."""

    PENDING = "未核验"
    RECEIVED = "已收"
    MISSING = "缺少"
    DEFECTIVE = "有误"
    SHARED = "共享免提交"
    DEFERRED = "容缺后补"


class Role(StrEnum):
    CLERK = "窗口工作人员"
    LEAD = "首席代表"
    ADMIN = "中心管理员"
    SUPERVISOR = "电子监察"
    #: 后台分类审批: reviews and decides the cases of the department the person belongs to
    #: (``staff.department_id``); works on the central store, not at a window.
    BACK_OFFICE = "后台审批人"
    #: May see applicants' full ID numbers in the back office (masked for everyone else).
    FULL_ID = "查看完整证件号码"


class PostRole(StrEnum):
    """In which capacity a person works at a window."""

    A = "A岗"
    B = "B岗"
    SUBSTITUTE = "顶岗"


class WindowStatus(StrEnum):
    SERVING = "服务中"
    PAUSED = "暂停服务"
    AWAY = "离开"
    OFFLINE = "未登录"


class TicketPriority(StrEnum):
    """Call order: lower value first."""

    GREEN = "绿色通道"
    APPOINTMENT = "预约"
    NORMAL = "普通"


class TicketStatus(StrEnum):
    WAITING = "等候"
    CALLED = "已叫号"
    SERVING = "办理中"
    PARKED = "挂起"
    NO_SHOW = "过号"
    TRANSFERRED = "已转窗"
    DONE = "已完成"


class Rating(StrEnum):
    VERY_SATISFIED = "非常满意"
    SATISFIED = "满意"
    BASIC = "基本满意"
    DISSATISFIED = "不满意"
    VERY_DISSATISFIED = "非常不满意"
    UNRATED = "未评价"

    @property
    def is_bad(self) -> bool:
        return self in (Rating.DISSATISFIED, Rating.VERY_DISSATISFIED)


class DocumentKind(StrEnum):
    ACCEPTANCE = "受理通知书"
    ONE_TIME_NOTICE = "一次性告知书"
    SUPPLEMENT_NOTICE = "补正材料通知书"
    DEFICIENCY_PLEDGE = "容缺受理承诺书"
    REFUSAL = "不予受理通知书"
    IMMEDIATE_RECEIPT = "即办件办结回执"
    COMPLETION = "办结通知书"
    RETURN = "退回通知书"
    EXTENSION_NOTICE = "延期办理通知书"
    DENIAL = "不予许可决定书"
    #: 统一窗口出件: what was handed to whom, signed for by the receiver.
    HANDOVER_RECEIPT = "领取回执"
    TICKET = "取号单"


class IdType(StrEnum):
    RESIDENT_ID = "居民身份证"
    HK_MACAO_PERMIT = "港澳居民来往内地通行证"
    TAIWAN_PERMIT = "台湾居民来往大陆通行证"
    PASSPORT = "护照"
    FOREIGN_PR = "外国人永久居留身份证"
    #: 港澳台居民居住证: an 18-character number with the resident ID's check digit (81/82/83…)
    HMT_RESIDENCE = "港澳台居民居住证"


class ApplicantKind(StrEnum):
    PERSON = "自然人"
    LEGAL_PERSON = "法人"
    OTHER_ORG = "其他组织"


class DeliveryMethod(StrEnum):
    PICKUP = "窗口领取"
    MAIL = "邮寄"


class AssistKind(StrEnum):
    HELP = "帮办"
    PROXY = "代办"
    APPOINTMENT = "预约办"
    ACCOMPANY = "陪同办"
    HOME_VISIT = "上门办"


class ComplaintChannel(StrEnum):
    ON_SITE = "现场"
    PHONE = "电话"
    LETTER = "信函"
    ONLINE = "网上"
    EVALUATOR = "评价器"


class Complexity(StrEnum):
    SIMPLE = "简单"
    GENERAL = "一般"
    COMPLEX = "复杂"
