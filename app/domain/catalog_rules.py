"""The rules of a catalog file that span fields, which a JSON Schema cannot state.

The schema (``resources/catalog/counterdesk-catalog-1.schema.json``) checks each value on
its own: types, required keys, enums, lengths, the 即办件 and 容缺 conditions. What is left
is here, over the file's (already NFC-normalised) JSON data:

* codes are unique — departments, windows, matters and bundles in the file, situations
  and materials within their matter;
* every referenced department, situation and matter exists in the file, every referenced
  window in the file or already in the store;
* the promised limit's defaults, and the warnings about a promise that is not much of one.

References are checked against every code the file declares, even of entries that are
broken themselves, and only for values the schema found sound — so one mistake is
reported once, not in cascade. A code is checked for duplicates only on entries that have
no other problem.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from app.domain.catalog import DEFAULT_PROMISED_LIMIT_DAYS
from app.domain.enums import CaseKind

#: Where a value is in the file: keys and list indices from the top, e.g. ``("matters", 2, "code")``.
JsonPath = tuple[str | int, ...]

_QUOTE_LIMIT: Final = 40


@dataclass(frozen=True)
class Problem:
    """One thing wrong at ``path``, phrased for the administrator (``引用的部门“YBJ”不存在…``)."""

    path: JsonPath
    text: str


def quote(value: Any) -> str:
    """A value shown inside Chinese quotes, JSON-spelled when it is not a string.

    Long values are cut, so a misplaced object does not flood the message.
    """
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(shown) > _QUOTE_LIMIT:
        shown = shown[:_QUOTE_LIMIT] + "…"
    return f"“{shown}”"


def json_type_name(value: Any) -> str:
    """What kind of JSON value this is, in the words of the messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "布尔值"
    if isinstance(value, int):
        return "整数"
    if isinstance(value, float):
        return "小数"
    if isinstance(value, str):
        return "字符串"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, dict):
        return "对象"
    return type(value).__name__


def declared_codes(entries: Any) -> set[str]:
    """The codes a list of entries declares, whatever else is wrong with them."""
    if not isinstance(entries, list):
        return set()
    return {e["code"] for e in entries if isinstance(e, dict) and isinstance(e.get("code"), str)}


def _entries(parent: Any, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    items = parent.get(key) if isinstance(parent, dict) else None
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict):
                yield i, item


def cross_field_problems(
    data: dict[str, Any], *, known_windows: frozenset[str], sound: Callable[[JsonPath], bool]
) -> list[Problem]:
    """Every duplicate code and dangling reference of the file.

    ``sound(path)`` tells whether the schema found nothing wrong at or below ``path``.
    """
    departments = declared_codes(data.get("departments"))
    window_codes = declared_codes(data.get("windows")) | set(known_windows)
    matter_codes = declared_codes(data.get("matters"))
    out: list[Problem] = []

    def refs(entry: dict[str, Any], at: JsonPath, key: str, known: set[str], text: Callable[[str], str]) -> None:
        value = entry.get(key)
        if value is None or not sound(at + (key,)):
            return
        if isinstance(value, str):
            if value and value not in known:
                out.append(Problem(at + (key,), text(value)))
            return
        for i, code in enumerate(value):
            if code not in known:
                out.append(Problem(at + (key, i), text(code)))

    def department(code: str) -> str:
        return f"引用的部门{quote(code)}不存在于 departments 中"

    for i, window in _entries(data, "windows"):
        refs(window, ("windows", i), "departments", departments, department)
    for m, matter in _entries(data, "matters"):
        at: JsonPath = ("matters", m)
        refs(matter, at, "department", departments, department)
        refs(
            matter,
            at,
            "windows",
            window_codes,
            lambda w: f"引用的窗口{quote(w)}既不在文件的 windows 中，也不在系统已有窗口中",
        )
        refs(matter, at, "lead_department", departments, department)
        refs(matter, at, "co_departments", departments, department)
        situations = declared_codes(matter.get("situations"))
        for j, material in _entries(matter, "materials"):
            refs(
                material,
                at + ("materials", j),
                "situations",
                situations,
                lambda s: f"引用的情形{quote(s)}不存在于本事项的 situations 中",
            )
    for b, bundle in _entries(data, "bundles"):
        refs(bundle, ("bundles", b), "matters", matter_codes, lambda c: f"引用的事项{quote(c)}不存在于 matters 中")

    found = {p.path[:n] for p in out for n in range(1, len(p.path) + 1)}

    def clean(path: JsonPath) -> bool:
        return sound(path) and path not in found

    def unique(parent: Any, at: JsonPath, key: str, text: Callable[[str, int], str]) -> None:
        seen: set[str] = set()
        for i, entry in _entries(parent, key):
            if not clean(at + (key, i)):
                continue
            code = entry["code"]
            if code in seen:
                out.append(Problem(at + (key, i, "code"), text(code, i)))
            seen.add(code)

    unique(data, (), "departments", lambda c, _i: f"取值{quote(c)}重复：部门编码在文件中必须唯一")
    unique(data, (), "windows", lambda c, _i: f"取值{quote(c)}重复：窗口编码在文件中必须唯一")
    for m, matter in _entries(data, "matters"):
        unique(matter, ("matters", m), "situations", lambda c, _i: f"取值{quote(c)}重复：情形编码在同一事项内必须唯一")
        unique(matter, ("matters", m), "materials", lambda c, _i: f"取值{quote(c)}重复：材料编码在同一事项内必须唯一")
    found = {p.path[:n] for p in out for n in range(1, len(p.path) + 1)}
    unique(data, (), "matters", lambda c, i: f"取值{quote(c)}重复：事项编码在文件中必须唯一（matters[{i}]）")
    unique(data, (), "bundles", lambda c, _i: f"取值{quote(c)}重复：一件事编码在文件中必须唯一")
    return out


def promised_limit(
    owner: str, case_kind: CaseKind, legal: int | None, promised: int | None, warnings: list[str]
) -> int:
    """The promised limit with the format's defaults, warning about a promise that is not much of one.

    A 即办件 is done on the spot (0); a matter with neither limit gets
    :data:`DEFAULT_PROMISED_LIMIT_DAYS`; one with only the legal limit is promised that.
    """
    if promised is None:
        if case_kind == CaseKind.IMMEDIATE:
            return 0
        if legal is None:
            return DEFAULT_PROMISED_LIMIT_DAYS
        warnings.append(
            f"{owner} 未填写承诺办结时限 promised_limit_days，暂按法定时限 {legal} 个工作日计，"
            "建议承诺时限不超过法定时限的 50%"
        )
        return legal
    if legal is not None and promised > legal:
        warnings.append(f"{owner} 的承诺办结时限 {promised} 个工作日超过了法定办结时限 {legal} 个工作日，请核实")
    elif legal is not None and legal > 0 and promised * 2 > legal:
        warnings.append(
            f"{owner} 的承诺办结时限 {promised} 个工作日超过法定办结时限 {legal} 个工作日的 50%，建议压缩承诺时限"
        )
    return promised


def joint_warning(owner: str, case_kind: CaseKind, co_departments: tuple[str, ...]) -> str | None:
    """A 联办件 without 协办部门 is legal but doubtful."""
    if case_kind == CaseKind.JOINT and not co_departments:
        return f"{owner} 是联办件，但未填写协办部门 co_departments"
    return None
