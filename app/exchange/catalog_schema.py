"""The published JSON Schema of ``counterdesk-catalog/1`` and what its findings mean in Chinese.

The schema file (``resources/catalog/counterdesk-catalog-1.schema.json``, draft 2020-12) is
the contract other vendors validate their exports against; the importer validates with the
same file through ``jsonschema`` and turns every finding into the located Chinese problem the
administrator reads (``materials[2].necessity 取值“必须”无效，应为：必要、非必要、容缺``).

Two things the standard keywords leave open are decided here: an ``integer`` is a JSON
number without a fraction *as written* (``20.0`` is refused, as ``true`` is), and the
schema's ``x-rule`` annotations name the conditional rules (即办件, 容缺, a bundle's
matters) whose message is their own. One problem is kept per place, the most basic first
(a wrong type before a wrong value).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from jsonschema import Draft202012Validator, validators
from jsonschema.protocols import Validator

from app.domain.catalog_rules import JsonPath, Problem, json_type_name, quote
from app.resources import resources_dir

SCHEMA_FILE: Final = "counterdesk-catalog-1.schema.json"

#: What a ``type`` keyword asks for, as the messages say it (``应为字符串``).
_EXPECTED: Final = {
    "string": "字符串",
    "integer": "整数",
    "number": "数字",
    "boolean": " true 或 false",
    "array": "列表",
    "object": "对象",
}

#: Which finding wins when one place has several (lowest first).
_PRIORITY: Final = {
    "type": 0,
    "required": 1,
    "additionalProperties": 1,
    "pattern": 2,
    "maxLength": 3,
    "minimum": 4,
    "enum": 5,
    "rule": 6,
    "uniqueItems": 7,
}

#: The conditional rules of the schema (``x-rule``, keyword) and their problem text.
_RULES: Final = {
    ("immediate-promise", "enum"): "取值 {value} 无效：即办件的承诺办结时限只能为 0（当场办结）或不填",
    ("deficiency-not-allowed", "not"): "取值“容缺”无效：本事项的 allows_deficiency 不是 true，不能有容缺材料",
    ("bundle-not-empty", "minItems"): "不能为空：一件事至少包含一个事项",
}


def schema_path() -> Path:
    """Where the schema file is (a source checkout or the frozen bundle)."""
    return resources_dir() / "catalog" / SCHEMA_FILE


@lru_cache(maxsize=1)
def catalog_schema() -> dict[str, Any]:
    """The schema as JSON data (read once)."""
    return json.loads(schema_path().read_text(encoding="utf-8"))


def _is_integer(_checker: Any, instance: Any) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


#: Draft 2020-12 with ``integer`` as written (no ``20.0``, no ``true``).
_CatalogValidator = validators.extend(
    Draft202012Validator, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer)
)


def _inlined(node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with every ``$ref`` to ``$defs`` replaced by its target (the schema has no
    recursive definitions): the same schema, validated about twice as fast."""
    if isinstance(node, list):
        return [_inlined(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inlined(v, defs) for k, v in node.items() if k not in ("$ref", "$defs")}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return {**_inlined(defs[ref.removeprefix("#/$defs/")], defs), **out}
    return out


@lru_cache(maxsize=1)
def _validator() -> Validator:
    schema = catalog_schema()
    Draft202012Validator.check_schema(schema)
    return _CatalogValidator(_inlined(schema, schema["$defs"]))


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return _resolve(catalog_schema()["$defs"][ref.removeprefix("#/$defs/")])
    return node


def node_at(path: JsonPath) -> dict[str, Any] | None:
    """The schema of the value at ``path`` (None below an unknown key)."""
    node: dict[str, Any] | None = _resolve(catalog_schema())
    for step in path:
        if node is None:
            return None
        child = node.get("items") if isinstance(step, int) else node.get("properties", {}).get(step)
        node = _resolve(child) if isinstance(child, dict) else None
    return node


def field_order(path: JsonPath) -> tuple[int, ...]:
    """A sort key that lists problems in file order: entries by position, keys in the order
    the format lists them (unknown keys first)."""
    key: list[int] = []
    node: dict[str, Any] | None = _resolve(catalog_schema())
    for step in path:
        if isinstance(step, int):
            key.append(step)
            child = node.get("items") if node is not None else None
        else:
            names = list(node.get("properties", {})) if node is not None else []
            key.append(names.index(step) if step in names else -1)
            child = node.get("properties", {}).get(step) if node is not None else None
        node = _resolve(child) if isinstance(child, dict) else None
    return tuple(key)


def _unknown_key(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = f"（是否应为“{close[0]}”？）" if close else f"，允许的键为：{'、'.join(allowed)}"
    extra = "；自定义内容请放入 ext" if "ext" in allowed else ""
    return f"是未知的键{hint}{extra}"


def _findings(data: Any) -> Iterator[tuple[JsonPath, int, str]]:
    for error in _validator().iter_errors(data):
        path: JsonPath = tuple(error.absolute_path)
        keyword = str(error.validator)
        # The stubs type these "Any | Unset" (unset only on errors built by hand, not by iter_errors).
        value: Any = error.instance
        validator_value: Any = error.validator_value
        schema = error.schema if isinstance(error.schema, dict) else {}
        rule = _RULES.get((str(schema.get("x-rule", "")), keyword))
        if rule is not None:
            yield path, _PRIORITY["rule"], rule.format(value=json.dumps(value, ensure_ascii=False))
        elif keyword == "type":
            parent = node_at(path[:-1]) if path and isinstance(path[-1], str) else None
            if value is None and parent is not None and path[-1] in parent.get("required", ()):
                yield path, 0, "是必填项，不能为 null"
            else:
                wanted = validator_value if isinstance(validator_value, list) else [validator_value]
                expected = _EXPECTED.get(next(t for t in wanted if t != "null"), "")
                yield path, 0, f"应为{expected}，实际为{json_type_name(value)} {quote(value)}"
        elif keyword == "required":
            for key in validator_value:
                if key not in value:
                    yield path + (key,), 1, "缺少（必填）"
        elif keyword == "additionalProperties":
            allowed = list(schema.get("properties", {}))
            for key in value:
                if key not in allowed:
                    yield path + (key,), 1, _unknown_key(key, allowed)
        elif keyword == "pattern":
            yield path, 2, "不能为空"
        elif keyword == "maxLength":
            yield path, 3, f"长度为 {len(value)} 个字符，超过上限 {validator_value}"
        elif keyword == "minimum":
            yield path, 4, f"取值 {value} 无效，应为不小于 {validator_value} 的整数"
        elif keyword == "enum":
            yield path, 5, f"取值{quote(value)}无效，应为：{'、'.join(str(v) for v in validator_value)}"
        elif keyword == "uniqueItems":
            for i, item in enumerate(value):
                if any(item == earlier and type(item) is type(earlier) for earlier in value[:i]):
                    yield path + (i,), 7, f"取值{quote(item)}重复"
        else:  # a keyword the messages above do not phrase: say what the schema says
            yield path, 8, f"不符合目录格式（{error.message}）"


def schema_problems(data: Any) -> list[Problem]:
    """What the schema finds wrong in ``data``, one problem per place (the most basic one)."""
    best: dict[JsonPath, tuple[int, str]] = {}
    for path, priority, text in _findings(data):
        if path not in best or priority < best[path][0]:
            best[path] = (priority, text)
    return [Problem(path, text) for path, (_priority, text) in best.items()]
