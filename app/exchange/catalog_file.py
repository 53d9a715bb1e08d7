"""The catalog file ``counterdesk-catalog/1``: read it (all-or-nothing, every problem located
and in Chinese) and write it (canonical, nothing lost).

A center administrator maintains the hall's matter guides (办事指南) outside the program
and brings them in as one UTF-8 JSON file (docs/catalog.md, CATALOG_FORMAT.md). Import is
all-or-nothing, so :func:`parse_catalog` checks the whole file before anything is stored:

1. the bytes are UTF-8 JSON (a located message when not: line, column, what is wrong);
2. every string outside ``ext`` is NFC-normalised;
3. the published JSON Schema checks each value (:mod:`app.exchange.catalog_schema`);
4. the rules that span fields check codes and references (:mod:`app.domain.catalog_rules`).

Every problem (up to :data:`MAX_REPORTED_ISSUES`) is reported in one Chinese message naming
the matter (or other owner) by its code, the field as a JSON path and what is wrong, in
file order — the administrator fixes the file in one go.

:func:`dump_catalog` writes the canonical file (fixed key order, defaults written out),
so ``dump(parse(dump(parse(x)))) == dump(parse(x))`` and no value of the original is lost.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import Any, Final

from app.domain import catalog_rules as rules
from app.domain.catalog import (
    FORMAT,
    Bundle,
    Catalog,
    Department,
    Fee,
    Hall,
    Material,
    Matter,
    Result,
    Situation,
    WindowDef,
)
from app.domain.catalog_rules import JsonPath, Problem, json_type_name, quote
from app.domain.enums import CaseKind, MaterialForm, MatterType, Necessity, Target, WindowKind
from app.domain.errors import CatalogError, ValidationError
from app.domain.input_policy import check_json_shape, check_strings
from app.exchange.catalog_schema import field_order, schema_problems

MAX_REPORTED_ISSUES: Final = 20
"""How many problems one error message lists; the rest are only counted."""

#: Who owns the entries of each top-level list, as the messages name them.
_OWNERS: Final = {"departments": "部门", "windows": "窗口", "matters": "事项", "bundles": "一件事"}
_TOP_OWNER: Final = "文件顶层"

_JSON_MESSAGES: Final = {
    "Expecting value": "此处缺少取值（或有多余的逗号）",
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Expecting property name enclosed in double quotes": "键名必须用英文双引号括起来（或有多余的逗号）",
    "Unterminated string starting at": "字符串没有结束的引号",
    "Invalid control character at": "字符串中有换行或控制字符",
    "Invalid \\escape": "字符串中有无效的反斜杠转义",
    "Extra data": "JSON 内容结束后还有多余的字符",
}


@dataclass(frozen=True)
class CatalogIssue:
    """One problem found in a catalog file, already phrased for the administrator."""

    owner: str
    """Who the field belongs to, e.g. ``事项 LJ21-041`` or ``文件顶层``."""
    matter: str | None
    """The matter code when the problem is inside a matter."""
    field: str
    """JSON path relative to the owner, e.g. ``materials[2].necessity``."""
    problem: str

    @property
    def message(self) -> str:
        """The full Chinese sentence for this one problem."""
        return f"{self.owner} 的字段 {self.field} {self.problem}"


class CatalogFileError(CatalogError):
    """A catalog file was rejected; carries every problem found, not only the first.

    ``matter`` and ``field`` of the base class describe the first problem.
    """

    def __init__(self, issues: list[CatalogIssue], total: int) -> None:
        shown = issues[:MAX_REPORTED_ISSUES]
        if total == 1:
            message = shown[0].message
        else:
            lines = [f"目录文件有 {total} 处错误，未导入任何内容："]
            lines += [f"{i}. {issue.message}" for i, issue in enumerate(shown, 1)]
            if total > len(shown):
                lines.append(f"……另有 {total - len(shown)} 处错误未列出，请先修正以上错误。")
            message = "\n".join(lines)
        first = shown[0]
        super().__init__(message, matter=first.matter, field=first.field)
        #: Every reported problem (at most MAX_REPORTED_ISSUES), in file order.
        self.issues: tuple[CatalogIssue, ...] = tuple(shown)
        #: How many problems there were in all.
        self.total = total


# -- reading ---------------------------------------------------------------------------------


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _BadConstant(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _pairs_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise _BadConstant(name)


#: A hall's catalog is a few MB at most; its deepest structure (matter → materials →
#: material → a value, or an ``ext`` object) is far below the nesting allowed.
MAX_CATALOG_CHARS = 32_000_000
MAX_CATALOG_DEPTH = 16


def _load_json(text_or_bytes: str | bytes) -> Any:
    """Decode and parse the file, turning every failure into a located Chinese error."""
    if isinstance(text_or_bytes, bytes):
        try:
            text = text_or_bytes.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CatalogError(
                f"目录文件不是 UTF-8 编码（第 {exc.start + 1} 个字节无法解码），请用“另存为 UTF-8”重新保存后再导入"
            ) from exc
    else:
        text = text_or_bytes.removeprefix("\ufeff")
    try:
        # Before parsing: a 200 KB file of nested brackets must get an answer, not a
        # RecursionError; after: no control or bidi character reaches a printed notice.
        check_json_shape(text, what="目录文件", max_chars=MAX_CATALOG_CHARS, max_depth=MAX_CATALOG_DEPTH)
        data = json.loads(text, object_pairs_hook=_pairs_without_duplicates, parse_constant=_reject_constant)
        check_strings(data, what="目录文件")
        return data
    except ValidationError as exc:
        raise CatalogError(exc.message) from None
    except json.JSONDecodeError as exc:
        reason = next((zh for en, zh in _JSON_MESSAGES.items() if exc.msg.startswith(en)), exc.msg)
        raise CatalogError(f"目录文件不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{reason}") from exc
    except _DuplicateKey as exc:
        raise CatalogError(f"目录文件不是有效的目录：同一对象中键“{exc.key}”出现了两次，请删去其一") from exc
    except _BadConstant as exc:
        raise CatalogError(f"目录文件不是有效的 JSON：出现了非标准取值 {exc.name}，请改为数字或删除") from exc


def _nfc(value: Any) -> Any:
    """Every string NFC-normalised, except inside ``ext`` (kept verbatim)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "ext" else _nfc(v)) for k, v in value.items()}
    return value


def _render(path: JsonPath) -> str:
    """``materials[2].necessity`` — the path as the messages write it."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _locate(data: dict[str, Any], problem: Problem) -> CatalogIssue:
    """Name the owner of a problem: the matter (department, window …) by its code, or by
    its position when it has none; the hall; or the file's top level."""
    path = problem.path
    section = path[0] if path else ""
    if section == "hall" and len(path) > 1 and isinstance(data.get("hall"), dict):
        return CatalogIssue("大厅", None, _render(path), problem.text)
    entries = data.get(section) if isinstance(section, str) else None
    if section in _OWNERS and len(path) > 2 and isinstance(entries, list):
        index = path[1]
        entry = entries[index] if isinstance(index, int) else None
        if isinstance(entry, dict):
            raw = entry.get("code")
            kind = _OWNERS[str(section)]
            code = raw.strip() and raw if isinstance(raw, str) else None
            owner = f"{kind} {code}" if code else f"{kind}（{section}[{index}]）"
            matter = code if section == "matters" and code and len(code) <= 64 else None
            return CatalogIssue(owner, matter, _render(path[2:]), problem.text)
    return CatalogIssue(_TOP_OWNER, None, _render(path), problem.text)


def parse_catalog(
    text_or_bytes: str | bytes, *, known_windows: frozenset[str] = frozenset()
) -> tuple[Catalog, list[str]]:
    """Check a ``counterdesk-catalog/1`` file and return it with its warnings.

    Raises :class:`CatalogError` (a :class:`CatalogFileError` when the JSON itself
    was readable) if anything breaks the contract; nothing is partly returned, so the
    caller's import stays all-or-nothing.  ``known_windows`` are the window codes the
    store already has: matters may refer to them without the file defining them.
    Warnings are Chinese sentences about legal but doubtful content (promised limit
    above half of the legal one, …).
    """
    raw = _load_json(text_or_bytes)
    if not isinstance(raw, dict):
        raise CatalogError(f"目录文件的最外层应为 JSON 对象（{{…}}），实际为{json_type_name(raw)}")
    if "format" not in raw:
        raise CatalogError(f"目录文件缺少字段 format，应为“{FORMAT}”：这不是 Counter Desk 事项目录文件")
    if raw["format"] != FORMAT:
        raise CatalogError(
            f"目录文件的字段 format 取值{quote(raw['format'])}无效，应为“{FORMAT}”（本程序只能读取这一版本的目录文件）"
        )
    data: dict[str, Any] = _nfc(raw)
    problems = schema_problems(data)
    unsound = {p.path[:n] for p in problems for n in range(1, len(p.path) + 1)}
    problems += rules.cross_field_problems(data, known_windows=known_windows, sound=lambda path: path not in unsound)
    if problems:
        ordered = sorted(problems, key=lambda p: field_order(p.path))
        issues = [_locate(data, p) for p in ordered]
        raise CatalogFileError(issues[:MAX_REPORTED_ISSUES], len(issues))
    warnings: list[str] = []
    catalog = Catalog(
        format=FORMAT,
        hall=Hall(code=data["hall"]["code"], name=data["hall"]["name"]),
        departments=tuple(Department(code=d["code"], name=d["name"]) for d in data["departments"]),
        windows=tuple(
            WindowDef(
                code=w["code"], name=w["name"], kind=WindowKind(w["kind"]), departments=_strings(w, "departments")
            )
            for w in data.get("windows") or ()
        ),
        matters=tuple(_matter(m, warnings) for m in data["matters"]),
        bundles=tuple(
            Bundle(code=b["code"], name=b["name"], matters=tuple(b["matters"])) for b in data.get("bundles") or ()
        ),
    )
    return catalog, warnings


def _strings(obj: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(obj.get(key) or ())


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def _matter(m: dict[str, Any], warnings: list[str]) -> Matter:
    """One checked matter as a value, with the format's defaults filled in."""
    owner = f"事项 {m['code']}"
    case_kind = CaseKind(m["case_kind"])
    legal = m.get("legal_limit_days")
    co_departments = _strings(m, "co_departments")
    promised = rules.promised_limit(owner, case_kind, legal, m.get("promised_limit_days"), warnings)
    joint = rules.joint_warning(owner, case_kind, co_departments)
    if joint is not None:
        warnings.append(joint)
    fee, result = m.get("fee"), m.get("result")
    return Matter(
        code=m["code"],
        name=m["name"],
        type=MatterType(m["type"]),
        department=m["department"],
        case_kind=case_kind,
        legal_limit_days=legal,
        promised_limit_days=promised,
        basis=_text(m, "basis"),
        conditions=_text(m, "conditions"),
        targets=tuple(Target(t) for t in m.get("targets") or ()),
        fee=Fee(charged=fee["charged"], standard=_text(fee, "standard"), basis=_text(fee, "basis")) if fee else None,
        result=Result(name=result["name"], kind=_text(result, "kind")) if result else None,
        location=_text(m, "location"),
        hours=_text(m, "hours"),
        consult=_text(m, "consult"),
        complaint=_text(m, "complaint"),
        windows=_strings(m, "windows"),
        lead_department=m.get("lead_department") or None,
        co_departments=co_departments,
        allows_deficiency=m.get("allows_deficiency") is True,
        special_procedures=_strings(m, "special_procedures"),
        situations=tuple(
            Situation(code=s["code"], name=s["name"], question=_text(s, "question")) for s in m.get("situations") or ()
        ),
        materials=tuple(_material(x) for x in m["materials"]),
        keywords=_strings(m, "keywords"),
        high_frequency=m.get("high_frequency") is True,
        ext=m.get("ext", {}),
    )


def _material(x: dict[str, Any]) -> Material:
    copies = x.get("copies")
    return Material(
        code=x["code"],
        name=x["name"],
        necessity=Necessity(x["necessity"]),
        form=MaterialForm(x["form"]),
        copies=copies if copies is not None else 1,
        spec=_text(x, "spec"),
        source=_text(x, "source"),
        standard=_text(x, "standard"),
        basis=_text(x, "basis"),
        shared=x.get("shared") is True,
        situations=_strings(x, "situations"),
        blank_form=_text(x, "blank_form"),
        sample=_text(x, "sample"),
    )


# -- writing ---------------------------------------------------------------------------------


def _material_to_dict(material: Material) -> dict[str, Any]:
    return {
        "code": material.code,
        "name": material.name,
        "necessity": str(material.necessity),
        "form": str(material.form),
        "copies": material.copies,
        "spec": material.spec,
        "source": material.source,
        "standard": material.standard,
        "basis": material.basis,
        "shared": material.shared,
        "situations": list(material.situations),
        "blank_form": material.blank_form,
        "sample": material.sample,
    }


def matter_to_dict(matter: Matter) -> dict[str, Any]:
    """One matter in the file's canonical key order; unset optional objects are left out."""
    out: dict[str, Any] = {
        "code": matter.code,
        "name": matter.name,
        "type": str(matter.type),
        "department": matter.department,
        "case_kind": str(matter.case_kind),
    }
    if matter.legal_limit_days is not None:
        out["legal_limit_days"] = matter.legal_limit_days
    out["promised_limit_days"] = matter.promised_limit_days
    out["basis"] = matter.basis
    out["conditions"] = matter.conditions
    out["targets"] = [str(t) for t in matter.targets]
    if matter.fee is not None:
        out["fee"] = {"charged": matter.fee.charged, "standard": matter.fee.standard, "basis": matter.fee.basis}
    if matter.result is not None:
        out["result"] = {"name": matter.result.name, "kind": matter.result.kind}
    out["location"] = matter.location
    out["hours"] = matter.hours
    out["consult"] = matter.consult
    out["complaint"] = matter.complaint
    out["windows"] = list(matter.windows)
    if matter.lead_department is not None:
        out["lead_department"] = matter.lead_department
    out["co_departments"] = list(matter.co_departments)
    out["allows_deficiency"] = matter.allows_deficiency
    out["special_procedures"] = list(matter.special_procedures)
    out["situations"] = [{"code": s.code, "name": s.name, "question": s.question} for s in matter.situations]
    out["materials"] = [_material_to_dict(m) for m in matter.materials]
    out["keywords"] = list(matter.keywords)
    out["high_frequency"] = matter.high_frequency
    out["ext"] = matter.ext
    return out


def catalog_to_dict(catalog: Catalog) -> dict[str, Any]:
    """The catalog as plain JSON data in the order of the format page, defaults written."""
    return {
        "format": catalog.format,
        "hall": {"code": catalog.hall.code, "name": catalog.hall.name},
        "departments": [{"code": d.code, "name": d.name} for d in catalog.departments],
        "windows": [
            {"code": w.code, "name": w.name, "kind": str(w.kind), "departments": list(w.departments)}
            for w in catalog.windows
        ],
        "matters": [matter_to_dict(m) for m in catalog.matters],
        "bundles": [{"code": b.code, "name": b.name, "matters": list(b.matters)} for b in catalog.bundles],
    }


def dump_catalog(catalog: Catalog) -> str:
    """The canonical file text: UTF-8-ready, readable Chinese, two-space indent, final newline."""
    return json.dumps(catalog_to_dict(catalog), ensure_ascii=False, indent=2) + "\n"
