"""A small valid catalog document every format test starts from and then breaks."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

BASE: dict[str, Any] = {
    "format": "counterdesk-catalog/1",
    "hall": {"code": "510626-LJJK", "name": "罗江经开区园区示范政务服务中心（示例）"},
    "departments": [
        {"code": "SCJG", "name": "区市场监督管理局"},
        {"code": "RSJ", "name": "区人力资源和社会保障局"},
        {"code": "SW", "name": "区税务局"},
    ],
    "windows": [
        {"code": "04", "name": "企业开办分领域综合窗口", "kind": "分领域综合窗口", "departments": ["SCJG", "RSJ"]},
        {"code": "11", "name": "办不成事反映窗口", "kind": "办不成事反映窗口"},
    ],
    "matters": [
        {
            "code": "11510626MB1234567X-001",
            "name": "公司设立登记",
            "type": "行政许可",
            "department": "SCJG",
            "case_kind": "承诺件",
            "legal_limit_days": 20,
            "promised_limit_days": 5,
            "basis": "《中华人民共和国市场主体登记管理条例》第十九条",
            "conditions": "申请材料齐全、符合法定形式",
            "targets": ["自然人", "法人"],
            "fee": {"charged": False, "standard": "不收费", "basis": ""},
            "result": {"name": "营业执照", "kind": "证照"},
            "location": "一楼04号窗口",
            "hours": "9:00—12:00，13:00—17:00",
            "consult": "12345",
            "complaint": "11号窗口",
            "windows": ["04"],
            "allows_deficiency": True,
            "special_procedures": ["听证"],
            "situations": [{"code": "WT", "name": "委托代理人办理", "question": "是否由他人代为办理？"}],
            "materials": [
                {
                    "code": "SQS",
                    "name": "公司登记（备案）申请书",
                    "necessity": "必要",
                    "form": "原件",
                    "copies": 2,
                    "spec": "A4",
                    "source": "申请人自备",
                    "standard": "法定代表人签署",
                    "basis": "",
                    "shared": False,
                    "blank_form": "申请书.pdf",
                    "sample": "示例.pdf",
                },
                {"code": "ZS", "name": "住所使用证明", "necessity": "容缺", "form": "复印件"},
                {"code": "YYZZ", "name": "营业执照", "necessity": "必要", "form": "电子", "shared": True},
                {"code": "WT1", "name": "授权委托书", "necessity": "必要", "form": "原件", "situations": ["WT"]},
            ],
            "keywords": ["企业开办", "开公司"],
            "high_frequency": True,
            "ext": {"demo": True, "note": "示例数据，非正式办事指南", "nested": {"a": [1, 2.5, None, "x"]}},
        },
        {
            "code": "LJ22-015",
            "name": "失业登记",
            "type": "公共服务",
            "department": "RSJ",
            "case_kind": "即办件",
            "materials": [{"code": "SFZ", "name": "申请人有效身份证件", "necessity": "必要", "form": "原件"}],
        },
        {
            "code": "LJ21-057",
            "name": "不动产登记",
            "type": "行政确认",
            "department": "SCJG",
            "case_kind": "联办件",
            "lead_department": "SCJG",
            "co_departments": ["SW"],
            "materials": [],
        },
    ],
    "bundles": [{"code": "QYKB", "name": "企业开办“一件事”", "matters": ["11510626MB1234567X-001", "LJ22-015"]}],
}

MATTER_A = "11510626MB1234567X-001"


def text(document: dict[str, Any]) -> str:
    """The document as the file an administrator would write."""
    return json.dumps(document, ensure_ascii=False, indent=2)


def assert_survives(original: Any, dumped: Any, path: str = "") -> None:
    """Every value of the original is in the export (the export may add defaults)."""
    if isinstance(original, dict):
        assert isinstance(dumped, dict), path
        for key, value in original.items():
            assert key in dumped, f"{path}.{key} lost"
            assert_survives(value, dumped[key], f"{path}.{key}")
    elif isinstance(original, list):
        assert isinstance(dumped, list) and len(dumped) == len(original), path
        for i, (a, b) in enumerate(zip(original, dumped, strict=True)):
            assert_survives(a, b, f"{path}[{i}]")
    elif isinstance(original, str):
        assert dumped == unicodedata.normalize("NFC", original), path
    else:
        assert dumped == original and type(dumped) is type(original), path
