"""The matter catalog and its exchange format ``counterdesk-catalog/1``.

A center administrator maintains the hall's matter guides (办事指南) outside the
program and brings them in as one UTF-8 JSON file (see docs/catalog.md and
CATALOG_FORMAT.md).  Import is all-or-nothing, so :func:`parse_catalog` checks the
whole file before anything is stored and reports every problem it finds (up to
:data:`MAX_REPORTED_ISSUES`) in one Chinese message naming the matter code, the
field as a JSON path and what is wrong — the administrator fixes the file in one go.

The dataclasses here are the in-memory form the store imports from and exports to.
They are pure values: strings are NFC-normalised, defaults are filled in, enums are
the shared :mod:`app.domain.enums` types, and each ``Matter.ext`` holds the
administrator's extra data exactly as it was in the file.

:func:`dump_catalog` writes the canonical file (fixed key order, defaults written
out), so ``dump(parse(dump(parse(x)))) == dump(parse(x))`` and no value of the
original is lost.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import Any, Final, TypeVar

from app.domain.enums import (
    CATALOG_CASE_KINDS,
    CaseKind,
    MaterialForm,
    MatterType,
    Necessity,
    Target,
    WindowKind,
)
from app.domain.errors import CatalogError

FORMAT: Final = "counterdesk-catalog/1"
"""The only format identifier this version reads and writes."""

MAX_CODE_LEN: Final = 64
MAX_NAME_LEN: Final = 200
MAX_MATERIAL_NAME_LEN: Final = 300
DEFAULT_PROMISED_LIMIT_DAYS: Final = 20
"""Promised limit of a non-即办件 matter that sets neither legal nor promised limit."""

MAX_REPORTED_ISSUES: Final = 20
"""How many problems one error message lists; the rest are only counted."""


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Hall:
    """The service hall this catalog belongs to (政务服务中心)."""

    code: str
    name: str


@dataclass(frozen=True, kw_only=True)
class Department:
    """An implementing body (实施主体) present in the hall, e.g. 区市场监管局."""

    code: str
    name: str


@dataclass(frozen=True, kw_only=True)
class WindowDef:
    """A window as the catalog defines it: which kind, which departments it serves."""

    code: str
    name: str
    kind: WindowKind
    departments: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Fee:
    """收费标准 and its legal basis; ``charged`` False means the matter is free."""

    charged: bool
    standard: str = ""
    basis: str = ""


@dataclass(frozen=True, kw_only=True)
class Result:
    """What the applicant receives in the end (结果名称 / 结果类型)."""

    name: str
    kind: str = ""


@dataclass(frozen=True, kw_only=True)
class Situation:
    """A 情形 the clerk asks about; it switches situation-bound materials on."""

    code: str
    name: str
    question: str = ""


@dataclass(frozen=True, kw_only=True)
class Material:
    """One line of a matter's material checklist (材料目录).

    ``situations`` empty means the material is needed in every case; otherwise only
    when one of the named situations applies.  ``shared`` materials are obtained by
    data sharing and never demanded from the applicant.
    """

    code: str
    name: str
    necessity: Necessity
    form: MaterialForm
    copies: int = 1
    spec: str = ""
    source: str = ""
    standard: str = ""
    basis: str = ""
    shared: bool = False
    situations: tuple[str, ...] = ()
    blank_form: str = ""
    sample: str = ""


@dataclass(frozen=True, kw_only=True)
class Matter:
    """One matter (事项) with every element of the national 办事指南 the format carries.

    ``legal_limit_days`` is ``None`` when the law sets no limit; ``promised_limit_days``
    is always filled (0 = on the spot).  Time limits are working days.  ``ext`` is
    the administrator's own data, kept verbatim and never interpreted.
    """

    code: str
    name: str
    type: MatterType
    department: str
    case_kind: CaseKind
    legal_limit_days: int | None = None
    promised_limit_days: int = DEFAULT_PROMISED_LIMIT_DAYS
    basis: str = ""
    conditions: str = ""
    targets: tuple[Target, ...] = ()
    fee: Fee | None = None
    result: Result | None = None
    location: str = ""
    hours: str = ""
    consult: str = ""
    complaint: str = ""
    windows: tuple[str, ...] = ()
    lead_department: str | None = None
    co_departments: tuple[str, ...] = ()
    allows_deficiency: bool = False
    special_procedures: tuple[str, ...] = ()
    situations: tuple[Situation, ...] = ()
    materials: tuple[Material, ...] = ()
    keywords: tuple[str, ...] = ()
    high_frequency: bool = False
    ext: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)


@dataclass(frozen=True, kw_only=True)
class Bundle:
    """A “一件事”: several matters handled together on one shared set of materials."""

    code: str
    name: str
    matters: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Catalog:
    """A whole, checked catalog file: the unit of import and export."""

    format: str = FORMAT
    hall: Hall
    departments: tuple[Department, ...] = ()
    windows: tuple[WindowDef, ...] = ()
    matters: tuple[Matter, ...] = ()
    bundles: tuple[Bundle, ...] = ()

    def find_matter(self, code: str) -> Matter | None:
        """The matter with this code, or None; catalogs are small enough to scan."""
        for matter in self.matters:
            if matter.code == code:
                return matter
        return None


# ---------------------------------------------------------------------------
# Problems
# ---------------------------------------------------------------------------


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


class _Issues:
    """Collects problems while the checker walks the whole file."""

    def __init__(self) -> None:
        self.items: list[CatalogIssue] = []
        self.total = 0

    def add(self, owner: str, matter: str | None, path: str, problem: str) -> None:
        self.total += 1
        if len(self.items) < MAX_REPORTED_ISSUES:
            self.items.append(CatalogIssue(owner, matter, path, problem))

    def raise_if_any(self) -> None:
        if self.total:
            raise CatalogFileError(self.items, self.total)


class _Invalid:
    """Marker for a value that failed its check (already reported)."""


_INVALID: Final = _Invalid()
_QUOTE_LIMIT: Final = 40
_E = TypeVar("_E", bound=str)


def _quote(value: Any) -> str:
    """A value shown inside Chinese quotes, JSON-spelled when it is not a string.

    Long values are cut, so a misplaced object does not flood the message.
    """
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(shown) > _QUOTE_LIMIT:
        shown = shown[:_QUOTE_LIMIT] + "…"
    return f"“{shown}”"


def _json_type_name(value: Any) -> str:
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


class _Scope:
    """Reads the keys of one JSON object, reporting problems against one owner.

    ``prefix`` is the JSON path of the object relative to its owner (empty for the
    owner itself), so problems inside a matter read ``materials[2].necessity``.
    """

    def __init__(
        self,
        issues: _Issues,
        obj: dict[str, Any],
        owner: str,
        matter: str | None,
        prefix: str = "",
    ) -> None:
        self.issues = issues
        self.obj = obj
        self.owner = owner
        self.matter = matter
        self.prefix = prefix

    def path(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def fail(self, path: str, problem: str) -> _Invalid:
        self.issues.add(self.owner, self.matter, path, problem)
        return _INVALID

    def child(self, obj: dict[str, Any], prefix: str) -> _Scope:
        return _Scope(self.issues, obj, self.owner, self.matter, prefix)

    def check_keys(self, allowed: tuple[str, ...], required: tuple[str, ...]) -> None:
        for key in self.obj:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"（是否应为“{close[0]}”？）" if close else f"，允许的键为：{'、'.join(allowed)}"
                extra = "；自定义内容请放入 ext" if "ext" in allowed else ""
                self.fail(self.path(key), f"是未知的键{hint}{extra}")
        for key in required:
            if key not in self.obj:
                self.fail(self.path(key), "缺少（必填）")
            elif self.obj[key] is None:
                self.fail(self.path(key), "是必填项，不能为 null")

    def present(self, key: str) -> bool:
        """True when the key is there and not null (null counts as absent)."""
        return self.obj.get(key) is not None

    def string(
        self, key: str, *, max_len: int | None = None, required: bool = False, default: str = ""
    ) -> str | _Invalid:
        if not self.present(key):
            return _INVALID if required else default
        return self.string_value(self.obj[key], self.path(key), max_len=max_len, non_empty=required)

    def string_value(
        self, value: Any, path: str, *, max_len: int | None = None, non_empty: bool = False
    ) -> str | _Invalid:
        if not isinstance(value, str):
            return self.fail(path, f"应为字符串，实际为{_json_type_name(value)} {_quote(value)}")
        text = unicodedata.normalize("NFC", value)
        if non_empty and not text.strip():
            return self.fail(path, "不能为空")
        if max_len is not None and len(text) > max_len:
            return self.fail(path, f"长度为 {len(text)} 个字符，超过上限 {max_len}")
        return text

    def integer(self, key: str, *, minimum: int, default: int | None) -> int | None | _Invalid:
        if not self.present(key):
            return default
        value = self.obj[key]
        path = self.path(key)
        if isinstance(value, bool) or not isinstance(value, int):
            return self.fail(path, f"应为整数，实际为{_json_type_name(value)} {_quote(value)}")
        if value < minimum:
            return self.fail(path, f"取值 {value} 无效，应为不小于 {minimum} 的整数")
        return value

    def boolean(self, key: str, *, default: bool) -> bool | _Invalid:
        if not self.present(key):
            return default
        value = self.obj[key]
        if not isinstance(value, bool):
            return self.fail(self.path(key), f"应为 true 或 false，实际为{_json_type_name(value)} {_quote(value)}")
        return value

    def enum(self, key: str, enum: type[_E], allowed: tuple[_E, ...] | None = None) -> _E | _Invalid | None:
        if not self.present(key):
            return None
        return self.enum_value(self.obj[key], self.path(key), enum, allowed)

    def enum_value(self, value: Any, path: str, enum: type[_E], allowed: tuple[_E, ...] | None = None) -> _E | _Invalid:
        choices = tuple(allowed if allowed is not None else tuple(enum))  # type: ignore[arg-type]
        text = self.string_value(value, path)
        if isinstance(text, _Invalid):
            return text
        for choice in choices:
            if text == choice:
                return enum(text)  # type: ignore[call-arg]
        return self.fail(path, f"取值{_quote(text)}无效，应为：{'、'.join(choices)}")

    def list_of(self, key: str) -> list[tuple[str, Any]] | _Invalid:
        """Items of a list with their paths; absent/null gives an empty list."""
        if not self.present(key):
            return []
        value = self.obj[key]
        path = self.path(key)
        if not isinstance(value, list):
            return self.fail(path, f"应为列表，实际为{_json_type_name(value)} {_quote(value)}")
        return [(f"{path}[{i}]", item) for i, item in enumerate(value)]

    def string_list(self, key: str, *, max_len: int | None = None, unique: bool = False) -> tuple[str, ...] | _Invalid:
        items = self.list_of(key)
        if isinstance(items, _Invalid):
            return items
        out: list[str] = []
        ok = True
        for path, item in items:
            text = self.string_value(item, path, max_len=max_len, non_empty=True)
            if isinstance(text, _Invalid):
                ok = False
                continue
            if unique and text in out:
                self.fail(path, f"取值{_quote(text)}重复")
                ok = False
                continue
            out.append(text)
        return tuple(out) if ok else _INVALID

    def obj_at(self, value: Any, path: str) -> dict[str, Any] | _Invalid:
        if not isinstance(value, dict):
            return self.fail(path, f"应为对象，实际为{_json_type_name(value)} {_quote(value)}")
        return value


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

_TOP_KEYS: Final = ("format", "hall", "departments", "windows", "matters", "bundles")
_HALL_KEYS: Final = ("code", "name")
_DEPARTMENT_KEYS: Final = ("code", "name")
_WINDOW_KEYS: Final = ("code", "name", "kind", "departments")
_BUNDLE_KEYS: Final = ("code", "name", "matters")
_MATTER_KEYS: Final = (
    "code",
    "name",
    "type",
    "department",
    "case_kind",
    "legal_limit_days",
    "promised_limit_days",
    "basis",
    "conditions",
    "targets",
    "fee",
    "result",
    "location",
    "hours",
    "consult",
    "complaint",
    "windows",
    "lead_department",
    "co_departments",
    "allows_deficiency",
    "special_procedures",
    "situations",
    "materials",
    "keywords",
    "high_frequency",
    "ext",
)
_MATTER_REQUIRED: Final = ("code", "name", "type", "department", "case_kind", "materials")
_FEE_KEYS: Final = ("charged", "standard", "basis")
_RESULT_KEYS: Final = ("name", "kind")
_SITUATION_KEYS: Final = ("code", "name", "question")
_MATERIAL_KEYS: Final = (
    "code",
    "name",
    "necessity",
    "form",
    "copies",
    "spec",
    "source",
    "standard",
    "basis",
    "shared",
    "situations",
    "blank_form",
    "sample",
)
_MATERIAL_REQUIRED: Final = ("code", "name", "necessity", "form")

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
        return json.loads(
            text,
            object_pairs_hook=_pairs_without_duplicates,
            parse_constant=_reject_constant,
        )
    except json.JSONDecodeError as exc:
        reason = next((zh for en, zh in _JSON_MESSAGES.items() if exc.msg.startswith(en)), exc.msg)
        raise CatalogError(f"目录文件不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{reason}") from exc
    except _DuplicateKey as exc:
        raise CatalogError(f"目录文件不是有效的目录：同一对象中键“{exc.key}”出现了两次，请删去其一") from exc
    except _BadConstant as exc:
        raise CatalogError(f"目录文件不是有效的 JSON：出现了非标准取值 {exc.name}，请改为数字或删除") from exc


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
    data = _load_json(text_or_bytes)
    issues = _Issues()
    warnings: list[str] = []
    top_owner = "文件顶层"
    if not isinstance(data, dict):
        raise CatalogError(f"目录文件的最外层应为 JSON 对象（{{…}}），实际为{_json_type_name(data)}")
    top = _Scope(issues, data, top_owner, None)
    if "format" not in data:
        raise CatalogError(f"目录文件缺少字段 format，应为“{FORMAT}”：这不是 Counter Desk 事项目录文件")
    if data["format"] != FORMAT:
        raise CatalogError(
            f"目录文件的字段 format 取值{_quote(data['format'])}无效，应为“{FORMAT}”"
            "（本程序只能读取这一版本的目录文件）"
        )
    top.check_keys(_TOP_KEYS, ("format", "hall", "departments", "matters"))

    # References are checked against every code the file names, even of entries
    # that are themselves broken, so one mistake is reported once, not in cascade.
    hall = _parse_hall(top)
    departments = _parse_departments(top)
    department_codes = _declared_codes(data.get("departments"))
    windows = _parse_windows(top, department_codes)
    window_codes = _declared_codes(data.get("windows")) | set(known_windows)
    matters = _parse_matters(top, department_codes, window_codes, warnings)
    bundles = _parse_bundles(top, _declared_codes(data.get("matters")))

    issues.raise_if_any()
    assert hall is not None
    catalog = Catalog(
        format=FORMAT,
        hall=hall,
        departments=tuple(departments),
        windows=tuple(windows),
        matters=tuple(matters),
        bundles=tuple(bundles),
    )
    return catalog, warnings


def _declared_codes(entries: Any) -> set[str]:
    """The NFC codes a top-level list declares, whatever else is wrong with its entries."""
    if not isinstance(entries, list):
        return set()
    return {
        unicodedata.normalize("NFC", entry["code"])
        for entry in entries
        if isinstance(entry, dict) and isinstance(entry.get("code"), str)
    }


def _code_and_owner(scope: _Scope, kind: str, index_path: str) -> tuple[str | _Invalid, str]:
    """Read the ``code`` first, so every later problem names the thing by its code."""
    raw = scope.obj.get("code")
    if isinstance(raw, str) and raw.strip():
        owner = f"{kind} {unicodedata.normalize('NFC', raw)}"
    else:
        owner = f"{kind}（{index_path}）"
    scope.owner = owner
    code = scope.string("code", max_len=MAX_CODE_LEN, required=True)
    return code, owner


def _parse_hall(top: _Scope) -> Hall | None:
    if not top.present("hall"):
        return None
    obj = top.obj_at(top.obj["hall"], "hall")
    if isinstance(obj, _Invalid):
        return None
    scope = _Scope(top.issues, obj, "大厅", None, "hall")
    scope.check_keys(_HALL_KEYS, _HALL_KEYS)
    code = scope.string("code", max_len=MAX_CODE_LEN, required=True)
    name = scope.string("name", max_len=MAX_NAME_LEN, required=True)
    if isinstance(code, _Invalid) or isinstance(name, _Invalid):
        return None
    return Hall(code=code, name=name)


def _entries(top: _Scope, key: str) -> Iterator[tuple[str, dict[str, Any], _Scope]]:
    """Each well-formed object of the top-level list ``key`` with its path and scope."""
    items = top.list_of(key)
    if isinstance(items, _Invalid):
        return
    for path, item in items:
        obj = top.obj_at(item, path)
        if not isinstance(obj, _Invalid):
            yield path, obj, _Scope(top.issues, obj, "", None)


def _first_time(scope: _Scope, seen: set[str], code: str, what: str) -> bool:
    """Record ``code``; a second entry with the same code is reported and skipped."""
    if code in seen:
        scope.fail("code", f"取值{_quote(code)}重复：{what}编码在文件中必须唯一")
        return False
    seen.add(code)
    return True


def _parse_departments(top: _Scope) -> list[Department]:
    out: list[Department] = []
    seen: set[str] = set()
    for path, _obj, scope in _entries(top, "departments"):
        code, _ = _code_and_owner(scope, "部门", path)
        scope.check_keys(_DEPARTMENT_KEYS, _DEPARTMENT_KEYS)
        name = scope.string("name", max_len=MAX_NAME_LEN, required=True)
        if isinstance(code, _Invalid) or isinstance(name, _Invalid):
            continue
        if _first_time(scope, seen, code, "部门"):
            out.append(Department(code=code, name=name))
    return out


def _parse_windows(top: _Scope, department_codes: set[str]) -> list[WindowDef]:
    out: list[WindowDef] = []
    seen: set[str] = set()
    for path, _obj, scope in _entries(top, "windows"):
        code, _ = _code_and_owner(scope, "窗口", path)
        scope.check_keys(_WINDOW_KEYS, ("code", "name", "kind"))
        name = scope.string("name", max_len=MAX_NAME_LEN, required=True)
        kind = scope.enum("kind", WindowKind)
        departments = scope.string_list("departments", max_len=MAX_CODE_LEN, unique=True)
        if not isinstance(departments, _Invalid):
            for i, dep in enumerate(departments):
                if dep not in department_codes:
                    scope.fail(f"departments[{i}]", f"引用的部门{_quote(dep)}不存在于 departments 中")
        if (
            isinstance(code, _Invalid)
            or isinstance(name, _Invalid)
            or not isinstance(kind, WindowKind)
            or isinstance(departments, _Invalid)
        ):
            continue
        if _first_time(scope, seen, code, "窗口"):
            out.append(WindowDef(code=code, name=name, kind=kind, departments=departments))
    return out


def _parse_bundles(top: _Scope, matter_codes: set[str]) -> list[Bundle]:
    out: list[Bundle] = []
    seen: set[str] = set()
    for path, obj, scope in _entries(top, "bundles"):
        code, _ = _code_and_owner(scope, "一件事", path)
        scope.check_keys(_BUNDLE_KEYS, _BUNDLE_KEYS)
        name = scope.string("name", max_len=MAX_NAME_LEN, required=True)
        matters = scope.string_list("matters", max_len=MAX_CODE_LEN, unique=True)
        if not isinstance(matters, _Invalid):
            if "matters" in obj and not matters:
                scope.fail("matters", "不能为空：一件事至少包含一个事项")
            for i, matter in enumerate(matters):
                if matter not in matter_codes:
                    scope.fail(f"matters[{i}]", f"引用的事项{_quote(matter)}不存在于 matters 中")
        if isinstance(code, _Invalid) or isinstance(name, _Invalid) or isinstance(matters, _Invalid):
            continue
        if _first_time(scope, seen, code, "一件事"):
            out.append(Bundle(code=code, name=name, matters=matters))
    return out


def _parse_matters(
    top: _Scope, department_codes: set[str], window_codes: set[str], warnings: list[str]
) -> list[Matter]:
    out: list[Matter] = []
    seen: set[str] = set()
    items = top.list_of("matters")
    if isinstance(items, _Invalid):
        return out
    for path, item in items:
        obj = top.obj_at(item, path)
        if isinstance(obj, _Invalid):
            continue
        matter = _parse_matter(top.issues, obj, path, department_codes, window_codes, warnings)
        if matter is None:
            continue
        if matter.code in seen:
            top.issues.add(
                f"事项 {matter.code}",
                matter.code,
                "code",
                f"取值{_quote(matter.code)}重复：事项编码在文件中必须唯一（{path}）",
            )
            continue
        seen.add(matter.code)
        out.append(matter)
    return out


def _parse_matter(
    issues: _Issues,
    obj: dict[str, Any],
    index_path: str,
    department_codes: set[str],
    window_codes: set[str],
    warnings: list[str],
) -> Matter | None:
    scope = _Scope(issues, obj, "", None)
    before = issues.total
    code, owner = _code_and_owner(scope, "事项", index_path)
    scope.matter = code if isinstance(code, str) else None
    scope.check_keys(_MATTER_KEYS, _MATTER_REQUIRED)

    name = scope.string("name", max_len=MAX_NAME_LEN, required=True)
    mtype = scope.enum("type", MatterType)
    department = scope.string("department", max_len=MAX_CODE_LEN, required=True)
    if isinstance(department, str) and department not in department_codes:
        scope.fail("department", f"引用的部门{_quote(department)}不存在于 departments 中")
    case_kind = scope.enum("case_kind", CaseKind, CATALOG_CASE_KINDS)
    legal = scope.integer("legal_limit_days", minimum=0, default=None)
    promised = scope.integer("promised_limit_days", minimum=0, default=None)

    texts = {key: scope.string(key) for key in ("basis", "conditions", "location", "hours", "consult", "complaint")}
    targets_raw = scope.list_of("targets")
    targets: list[Target] = []
    if not isinstance(targets_raw, _Invalid):
        for path, item in targets_raw:
            target = scope.enum_value(item, path, Target)
            if isinstance(target, Target):
                if target in targets:
                    scope.fail(path, f"取值{_quote(str(target))}重复")
                targets.append(target)

    fee = _parse_fee(scope)
    result = _parse_result(scope)

    windows = scope.string_list("windows", max_len=MAX_CODE_LEN, unique=True)
    if not isinstance(windows, _Invalid):
        for i, window in enumerate(windows):
            if window not in window_codes:
                scope.fail(f"windows[{i}]", f"引用的窗口{_quote(window)}既不在文件的 windows 中，也不在系统已有窗口中")
    lead = scope.string("lead_department", max_len=MAX_CODE_LEN)
    if isinstance(lead, str) and lead and lead not in department_codes:
        scope.fail("lead_department", f"引用的部门{_quote(lead)}不存在于 departments 中")
    co_departments = scope.string_list("co_departments", max_len=MAX_CODE_LEN, unique=True)
    if not isinstance(co_departments, _Invalid):
        for i, dep in enumerate(co_departments):
            if dep not in department_codes:
                scope.fail(f"co_departments[{i}]", f"引用的部门{_quote(dep)}不存在于 departments 中")
    allows_deficiency = scope.boolean("allows_deficiency", default=False)
    special = scope.string_list("special_procedures", max_len=MAX_NAME_LEN, unique=True)
    situations = _parse_situations(scope)
    situation_codes = {s.code for s in situations}
    materials = _parse_materials(scope, situation_codes, allows_deficiency)
    keywords = scope.string_list("keywords", max_len=MAX_NAME_LEN)
    high_frequency = scope.boolean("high_frequency", default=False)
    ext: dict[str, Any] = {}
    if "ext" in obj:
        ext_obj = scope.obj_at(obj["ext"], "ext")
        if not isinstance(ext_obj, _Invalid):
            ext = ext_obj

    # Time limits: defaults and the 即办件 rule.
    if case_kind == CaseKind.IMMEDIATE and isinstance(promised, int) and promised != 0:
        scope.fail("promised_limit_days", f"取值 {promised} 无效：即办件的承诺办结时限只能为 0（当场办结）或不填")
    if issues.total != before:
        return None
    assert isinstance(code, str) and isinstance(name, str) and isinstance(mtype, MatterType)
    assert isinstance(department, str) and isinstance(case_kind, CaseKind)
    assert not isinstance(legal, _Invalid) and not isinstance(promised, _Invalid)
    promised_days = _fill_promised(owner, case_kind, legal, promised, warnings)
    if case_kind == CaseKind.JOINT and not co_departments:
        warnings.append(f"{owner} 是联办件，但未填写协办部门 co_departments")
    return Matter(
        code=code,
        name=name,
        type=mtype,
        department=department,
        case_kind=case_kind,
        legal_limit_days=legal,
        promised_limit_days=promised_days,
        basis=_ok_str(texts["basis"]),
        conditions=_ok_str(texts["conditions"]),
        targets=tuple(targets),
        fee=fee if isinstance(fee, Fee) else None,
        result=result if isinstance(result, Result) else None,
        location=_ok_str(texts["location"]),
        hours=_ok_str(texts["hours"]),
        consult=_ok_str(texts["consult"]),
        complaint=_ok_str(texts["complaint"]),
        windows=windows if isinstance(windows, tuple) else (),
        lead_department=(lead or None) if isinstance(lead, str) else None,
        co_departments=co_departments if isinstance(co_departments, tuple) else (),
        allows_deficiency=allows_deficiency is True,
        special_procedures=special if isinstance(special, tuple) else (),
        situations=tuple(situations),
        materials=tuple(materials),
        keywords=keywords if isinstance(keywords, tuple) else (),
        high_frequency=high_frequency is True,
        ext=ext,
    )


def _ok_str(value: str | _Invalid) -> str:
    return value if isinstance(value, str) else ""


def _fill_promised(
    owner: str, case_kind: CaseKind, legal: int | None, promised: int | None, warnings: list[str]
) -> int:
    """Apply the format's defaults and warn about a promise that is not much of one."""
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


def _parse_fee(scope: _Scope) -> Fee | _Invalid | None:
    if not scope.present("fee"):
        return None
    obj = scope.obj_at(scope.obj["fee"], "fee")
    if isinstance(obj, _Invalid):
        return obj
    sub = scope.child(obj, "fee")
    sub.check_keys(_FEE_KEYS, ("charged",))
    charged = sub.boolean("charged", default=False)
    standard = sub.string("standard")
    basis = sub.string("basis")
    if isinstance(charged, _Invalid) or isinstance(standard, _Invalid) or isinstance(basis, _Invalid):
        return _INVALID
    return Fee(charged=charged, standard=standard, basis=basis)


def _parse_result(scope: _Scope) -> Result | _Invalid | None:
    if not scope.present("result"):
        return None
    obj = scope.obj_at(scope.obj["result"], "result")
    if isinstance(obj, _Invalid):
        return obj
    sub = scope.child(obj, "result")
    sub.check_keys(_RESULT_KEYS, ("name",))
    name = sub.string("name", max_len=MAX_NAME_LEN, required=True)
    kind = sub.string("kind", max_len=MAX_NAME_LEN)
    if isinstance(name, _Invalid) or isinstance(kind, _Invalid):
        return _INVALID
    return Result(name=name, kind=kind)


def _children(scope: _Scope, key: str) -> Iterator[_Scope]:
    """The scope of each well-formed object in the matter's list ``key``."""
    items = scope.list_of(key)
    if isinstance(items, _Invalid):
        return
    for path, item in items:
        obj = scope.obj_at(item, path)
        if not isinstance(obj, _Invalid):
            yield scope.child(obj, path)


def _parse_situations(scope: _Scope) -> list[Situation]:
    out: list[Situation] = []
    seen: set[str] = set()
    for sub in _children(scope, "situations"):
        sub.check_keys(_SITUATION_KEYS, ("code", "name"))
        code = sub.string("code", max_len=MAX_CODE_LEN, required=True)
        name = sub.string("name", max_len=MAX_NAME_LEN, required=True)
        question = sub.string("question", max_len=MAX_MATERIAL_NAME_LEN)
        if isinstance(code, _Invalid) or isinstance(name, _Invalid) or isinstance(question, _Invalid):
            continue
        if code in seen:
            sub.fail(sub.path("code"), f"取值{_quote(code)}重复：情形编码在同一事项内必须唯一")
            continue
        seen.add(code)
        out.append(Situation(code=code, name=name, question=question))
    return out


def _parse_materials(scope: _Scope, situation_codes: set[str], allows_deficiency: bool | _Invalid) -> list[Material]:
    out: list[Material] = []
    seen: set[str] = set()
    for sub in _children(scope, "materials"):
        sub.check_keys(_MATERIAL_KEYS, _MATERIAL_REQUIRED)
        code = sub.string("code", max_len=MAX_CODE_LEN, required=True)
        name = sub.string("name", max_len=MAX_MATERIAL_NAME_LEN, required=True)
        necessity = sub.enum("necessity", Necessity)
        form = sub.enum("form", MaterialForm)
        copies = sub.integer("copies", minimum=1, default=1)
        texts = {key: sub.string(key) for key in ("spec", "source", "standard", "basis", "blank_form", "sample")}
        shared = sub.boolean("shared", default=False)
        situations = sub.string_list("situations", max_len=MAX_CODE_LEN, unique=True)
        if not isinstance(situations, _Invalid):
            for i, situation in enumerate(situations):
                if situation not in situation_codes:
                    sub.fail(
                        sub.path(f"situations[{i}]"), f"引用的情形{_quote(situation)}不存在于本事项的 situations 中"
                    )
        if necessity == Necessity.DEFICIENCY_OK and allows_deficiency is False:
            sub.fail(sub.path("necessity"), "取值“容缺”无效：本事项的 allows_deficiency 不是 true，不能有容缺材料")
        values = (code, name, necessity, form, copies, shared, situations, *texts.values())
        if any(isinstance(v, _Invalid) or v is None for v in values):
            continue
        assert isinstance(code, str) and isinstance(name, str) and isinstance(copies, int)
        if code in seen:
            sub.fail(sub.path("code"), f"取值{_quote(code)}重复：材料编码在同一事项内必须唯一")
            continue
        seen.add(code)
        out.append(
            Material(
                code=code,
                name=name,
                necessity=Necessity(necessity),  # type: ignore[arg-type]
                form=MaterialForm(form),  # type: ignore[arg-type]
                copies=copies,
                spec=_ok_str(texts["spec"]),
                source=_ok_str(texts["source"]),
                standard=_ok_str(texts["standard"]),
                basis=_ok_str(texts["basis"]),
                shared=shared is True,
                situations=situations if isinstance(situations, tuple) else (),
                blank_form=_ok_str(texts["blank_form"]),
                sample=_ok_str(texts["sample"]),
            )
        )
    return out


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


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
