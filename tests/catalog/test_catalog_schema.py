"""The published JSON Schema is the contract another vendor checks an export against.

Checked here with a plain draft 2020-12 validator, as such a vendor would: the demo
catalog and every export pass it, the samples that break a rule the schema states fail
it, and the rules that span fields (unique codes, references) are left to the importer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.domain.enums import CATALOG_CASE_KINDS, MaterialForm, MatterType, Necessity, Target, WindowKind
from app.exchange.catalog_file import dump_catalog, parse_catalog
from app.exchange.catalog_schema import catalog_schema, schema_path
from tests.catalog.base import text

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "resources" / "catalog" / "broken"


@pytest.fixture(scope="module")
def plain() -> Draft202012Validator:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_the_schema_file_is_the_one_the_importer_uses() -> None:
    assert schema_path() == ROOT / "resources" / "catalog" / "counterdesk-catalog-1.schema.json"
    assert catalog_schema()["properties"]["format"] == {"const": "counterdesk-catalog/1"}


def test_demo_catalog_and_its_export_pass_a_plain_validator(plain: Draft202012Validator) -> None:
    raw = (ROOT / "resources" / "catalog" / "demo_catalog.json").read_bytes()
    assert list(plain.iter_errors(json.loads(raw))) == []
    exported = json.loads(dump_catalog(parse_catalog(raw)[0]))
    assert list(plain.iter_errors(exported)) == []


@pytest.mark.parametrize(
    ("name", "keyword"),
    [("unknown_key", "additionalProperties"), ("deficiency_not_allowed", "not"), ("immediate_with_promise", "enum")],
)
def test_samples_breaking_a_schema_rule_fail_the_plain_validator(
    plain: Draft202012Validator, name: str, keyword: str
) -> None:
    errors = list(plain.iter_errors(json.loads((BROKEN / f"{name}.json").read_bytes())))
    assert [e.validator for e in errors] == [keyword]


@pytest.mark.parametrize("name", ["broken_reference", "duplicate_code"])
def test_cross_field_rules_are_the_importers(plain: Draft202012Validator, name: str) -> None:
    data = json.loads((BROKEN / f"{name}.json").read_bytes())
    assert list(plain.iter_errors(data)) == []
    with pytest.raises(Exception, match="不存在|重复"):
        parse_catalog(json.dumps(data, ensure_ascii=False))


def test_schema_enums_are_the_domain_vocabularies() -> None:
    defs = catalog_schema()["$defs"]
    matter: dict[str, Any] = defs["matter"]["properties"]
    material: dict[str, Any] = defs["material"]["properties"]
    assert matter["type"]["enum"] == [t.value for t in MatterType]
    assert matter["case_kind"]["enum"] == [k.value for k in CATALOG_CASE_KINDS]
    assert matter["targets"]["items"]["enum"] == [t.value for t in Target]
    assert material["necessity"]["enum"] == [n.value for n in Necessity]
    assert material["form"]["enum"] == [f.value for f in MaterialForm]
    assert defs["window"]["properties"]["kind"]["enum"] == [k.value for k in WindowKind]


def test_an_integer_is_an_integer_as_written(doc: dict[str, Any], plain: Draft202012Validator) -> None:
    """Standard validators take 20.0 for an integer; the importer does not (nor true)."""
    doc["matters"][0]["legal_limit_days"] = 20.0
    assert list(plain.iter_errors(doc)) == []
    with pytest.raises(Exception, match="legal_limit_days 应为整数，实际为小数"):
        parse_catalog(text(doc))
