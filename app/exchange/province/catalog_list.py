"""The province's 实施清单 (``province-implementation-list/1``, docs/protocols/province.md)
onto the hall's catalog (``counterdesk-catalog/1``), checked with the catalog's own rules,
and the difference an administrator approves.

The province owns what a matter *is* (name, type, department, limits, basis, conditions,
materials, situations); the hall keeps where and how it serves it (windows, keywords, 高频,
location, hours, consult and complaint lines, ``ext``) and its windows and bundles. A list
that breaks any rule raises :class:`CatalogError` in Chinese and nothing is returned.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from app.domain.catalog import Catalog
from app.domain.errors import CatalogError, ValidationError
from app.domain.validators import parse_credit_code
from app.exchange.catalog_file import FORMAT as CATALOG_FILE_FORMAT
from app.exchange.catalog_file import parse_catalog
from app.exchange.province.format import CATALOG_FORMAT

#: Matter keys the province decides (the catalog format's names).
PROVINCE_KEYS: Final = (
    "name",
    "type",
    "case_kind",
    "legal_limit_days",
    "promised_limit_days",
    "basis",
    "conditions",
    "targets",
    "fee",
    "result",
    "allows_deficiency",
    "lead_department",
    "co_departments",
    "special_procedures",
    "situations",
    "materials",
)
#: Matter keys the hall keeps from its own catalog.
HALL_KEYS: Final = ("windows", "keywords", "high_frequency", "location", "hours", "consult", "complaint", "ext")

FIELD_NAMES: Final = {
    "name": "事项名称",
    "type": "事项类型",
    "department": "实施主体",
    "case_kind": "办件类型",
    "legal_limit_days": "法定办结时限",
    "promised_limit_days": "承诺办结时限",
    "basis": "设定依据",
    "conditions": "受理条件",
    "targets": "服务对象",
    "fee": "收费",
    "result": "办理结果",
    "allows_deficiency": "容缺受理",
    "lead_department": "牵头部门",
    "co_departments": "协办部门",
    "special_procedures": "特别程序",
    "situations": "情形",
    "materials": "材料",
}


@dataclass(frozen=True)
class ProvinceCatalog:
    """A checked 实施清单, mapped onto the hall's catalog."""

    version: str
    region: str
    #: The hall's catalog as it will be after approval (a ``counterdesk-catalog/1`` document).
    document: dict[str, Any]
    catalog: Catalog
    warnings: tuple[str, ...]
    #: Department code → 统一社会信用代码 (for every item sent to the province).
    credit_codes: dict[str, str]


def _load(data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"实施清单不是 UTF-8 编码（第 {exc.start + 1} 个字节无法解码），未导入任何内容") from None
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise CatalogError(f"实施清单不是有效的 JSON（{exc}），未导入任何内容") from None
    if not isinstance(raw, dict):
        raise CatalogError("实施清单的最外层应为 JSON 对象，未导入任何内容")
    if raw.get("format") != CATALOG_FORMAT:
        raise CatalogError(f"实施清单的 format 应为“{CATALOG_FORMAT}”，实际为“{raw.get('format')}”，未导入任何内容")
    for key in ("departments", "matters"):
        if not isinstance(raw.get(key), list):
            raise CatalogError(f"实施清单缺少 {key} 列表，未导入任何内容")
    return raw


def map_to_catalog(data: bytes, current: Mapping[str, Any], known_windows: frozenset[str]) -> ProvinceCatalog:
    """Map the list onto ``current`` (the hall's catalog document) and check it whole."""
    raw = _load(data)
    credit_codes: dict[str, str] = {}
    departments: dict[str, dict[str, str]] = {}
    for i, d in enumerate(raw["departments"]):
        if not isinstance(d, dict) or not isinstance(d.get("code"), str) or not isinstance(d.get("name"), str):
            raise CatalogError(f"实施清单 departments[{i}] 缺少部门编码或名称，未导入任何内容")
        try:
            credit_codes[d["code"]] = parse_credit_code(str(d.get("credit_code") or ""))
        except ValidationError as exc:
            where = f"实施清单中部门 {d['code']}（{d['name']}）"
            raise CatalogError(f"{where}的统一社会信用代码有误：{exc.message}") from None
        departments[d["code"]] = {"code": d["code"], "name": d["name"]}
    for d in current.get("departments") or ():
        departments.setdefault(d["code"], {"code": d["code"], "name": d["name"]})
    mine = {m["code"]: m for m in current.get("matters") or ()}
    matters = []
    for i, m in enumerate(raw["matters"]):
        if not isinstance(m, dict) or not isinstance(m.get("implementation_code"), str):
            raise CatalogError(f"实施清单 matters[{i}] 缺少实施编码（implementation_code），未导入任何内容")
        code = m["implementation_code"]
        matter: dict[str, Any] = {"code": code, "department": m.get("department")}
        matter.update({k: m[k] for k in PROVINCE_KEYS if k in m})
        matter.setdefault("materials", [])
        own = mine.get(code) or {}
        matter.update({k: own[k] for k in HALL_KEYS if k in own})
        matters.append(matter)
    document: dict[str, Any] = {
        "format": CATALOG_FILE_FORMAT,
        "hall": dict(current["hall"]),
        "departments": list(departments.values()),
        "matters": matters,
    }
    if current.get("windows"):
        document["windows"] = list(current["windows"])
    if current.get("bundles"):
        document["bundles"] = list(current["bundles"])
    try:
        catalog, warnings = parse_catalog(json.dumps(document, ensure_ascii=False), known_windows=known_windows)
    except CatalogError as exc:
        raise CatalogError(f"实施清单未通过目录检查，未导入任何内容：{exc.message}") from None
    return ProvinceCatalog(
        version=str(raw.get("version") or ""),
        region=str(raw.get("region") or ""),
        document=document,
        catalog=catalog,
        warnings=tuple(warnings),
        credit_codes=credit_codes,
    )


def _by_code(items: Any) -> dict[str, Any]:
    return {x["code"]: x for x in items or () if isinstance(x, dict) and "code" in x}


def catalog_diff(current: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """What approving ``new`` changes in ``current``, one Chinese line each (empty: nothing)."""
    lines: list[str] = []
    old_d, new_d = _by_code(current.get("departments")), _by_code(new.get("departments"))
    for code in sorted(new_d.keys() - old_d.keys()):
        lines.append(f"新增部门 {code} {new_d[code]['name']}")
    for code in sorted(new_d.keys() & old_d.keys()):
        if new_d[code]["name"] != old_d[code]["name"]:
            lines.append(f"部门 {code} 名称：{old_d[code]['name']} → {new_d[code]['name']}")
    old_m, new_m = _by_code(current.get("matters")), _by_code(new.get("matters"))
    for code in sorted(new_m.keys() - old_m.keys()):
        lines.append(f"新增事项 {code} {new_m[code]['name']}（{len(new_m[code].get('materials') or [])} 项材料）")
    for code in sorted(old_m.keys() - new_m.keys()):
        lines.append(f"删除事项 {code} {old_m[code]['name']}")
    for code in sorted(new_m.keys() & old_m.keys()):
        a, b = old_m[code], new_m[code]
        for key in ("department", *PROVINCE_KEYS):
            if key == "materials":
                continue
            if a.get(key) != b.get(key):
                lines.append(f"事项 {code} {FIELD_NAMES.get(key, key)}：{_show(a.get(key))} → {_show(b.get(key))}")
        old_x, new_x = _by_code(a.get("materials")), _by_code(b.get("materials"))
        for mc in sorted(new_x.keys() - old_x.keys()):
            lines.append(f"事项 {code} 新增材料 {mc} {new_x[mc]['name']}")
        for mc in sorted(old_x.keys() - new_x.keys()):
            lines.append(f"事项 {code} 删除材料 {mc} {old_x[mc]['name']}")
        for mc in sorted(new_x.keys() & old_x.keys()):
            changed = [k for k in sorted(old_x[mc].keys() | new_x[mc].keys()) if old_x[mc].get(k) != new_x[mc].get(k)]
            if changed:
                lines.append(f"事项 {code} 材料 {mc} {new_x[mc]['name']} 改动：{'、'.join(changed)}")
    return lines


def _show(value: Any) -> str:
    if value is None:
        return "（无）"
    if isinstance(value, str):
        return value if len(value) <= 40 else value[:40] + "…"
    return json.dumps(value, ensure_ascii=False)


__all__ = ["HALL_KEYS", "PROVINCE_KEYS", "ProvinceCatalog", "catalog_diff", "map_to_catalog"]
