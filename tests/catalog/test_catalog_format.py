"""Every rule of CATALOG_FORMAT.md, one test each, through :func:`parse_catalog`.

Each broken case asserts the Chinese message names the matter (or other owner),
the field as a JSON path and what is wrong, because that is what lets the
administrator fix the file.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from app.domain.catalog import DEFAULT_PROMISED_LIMIT_DAYS, Catalog
from app.domain.enums import CaseKind, MaterialForm, MatterType, Necessity, Target, WindowKind
from app.domain.errors import CatalogError
from app.exchange.catalog_file import (
    MAX_REPORTED_ISSUES,
    CatalogFileError,
    catalog_to_dict,
    dump_catalog,
    parse_catalog,
)
from tests.catalog.base import MATTER_A, assert_survives, text

BROKEN = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "broken"


def reject(document: dict[str, Any] | str | bytes, **kwargs: Any) -> CatalogError:
    raw = text(document) if isinstance(document, dict) else document
    with pytest.raises(CatalogError) as info:
        parse_catalog(raw, **kwargs)
    return info.value


def accept(document: dict[str, Any], **kwargs: Any) -> tuple[Catalog, list[str]]:
    return parse_catalog(text(document), **kwargs)


# --- the base document is valid ------------------------------------------------


def test_base_document_parses_into_typed_values(doc: dict[str, Any]) -> None:
    catalog, warnings = accept(doc)
    assert warnings == []
    matter = catalog.matters[0]
    assert matter.code == MATTER_A
    assert matter.type is MatterType.LICENSE
    assert matter.case_kind is CaseKind.PROMISED
    assert matter.targets == (Target.PERSON, Target.LEGAL_PERSON)
    assert matter.materials[1].necessity is Necessity.DEFICIENCY_OK
    assert matter.materials[2].form is MaterialForm.ELECTRONIC and matter.materials[2].shared
    assert matter.materials[3].situations == ("WT",)
    assert matter.materials[0].copies == 2 and matter.materials[1].copies == 1
    assert catalog.windows[1].kind is WindowKind.CANNOT_DO and catalog.windows[1].departments == ()
    assert catalog.find_matter("LJ21-057").co_departments == ("SW",)  # type: ignore[union-attr]
    assert catalog.bundles[0].matters == (MATTER_A, "LJ22-015")


# --- file level -----------------------------------------------------------------


def test_invalid_json_names_line_and_column() -> None:
    err = reject('{\n  "format": "counterdesk-catalog/1",\n  "hall": {"code": "H",}\n}')
    assert "不是有效的 JSON" in err.message
    assert "第 3 行第 24 列" in err.message


def test_invalid_json_sample_file_is_located() -> None:
    err = reject((BROKEN / "invalid_json.json").read_bytes())
    assert "不是有效的 JSON：第 53 行第 7 列" in err.message


def test_bytes_that_are_not_utf8_are_refused_with_advice(doc: dict[str, Any]) -> None:
    err = reject(text(doc).encode("gbk"))
    assert "不是 UTF-8 编码" in err.message and "另存为 UTF-8" in err.message


def test_utf8_bom_is_accepted(doc: dict[str, Any]) -> None:
    catalog, _ = parse_catalog(b"\xef\xbb\xbf" + text(doc).encode("utf-8"))
    assert catalog.hall.code == "510626-LJJK"


def test_duplicate_json_key_is_an_error() -> None:
    err = reject('{"format": "counterdesk-catalog/1", "hall": {"code": "A", "code": "B", "name": "x"}}')
    assert "键“code”出现了两次" in err.message


def test_nan_is_not_json(doc: dict[str, Any]) -> None:
    raw = text(doc).replace('"legal_limit_days": 20', '"legal_limit_days": NaN')
    assert "非标准取值 NaN" in reject(raw).message


def test_top_level_must_be_an_object() -> None:
    assert "最外层应为 JSON 对象" in reject("[1, 2]").message


def test_missing_format_is_refused(doc: dict[str, Any]) -> None:
    del doc["format"]
    err = reject(doc)
    assert "缺少字段 format" in err.message and "counterdesk-catalog/1" in err.message


def test_wrong_format_version_is_refused(doc: dict[str, Any]) -> None:
    doc["format"] = "counterdesk-catalog/2"
    err = reject(doc)
    assert "format 取值“counterdesk-catalog/2”无效" in err.message


def test_unknown_top_level_key(doc: dict[str, Any]) -> None:
    doc["matter"] = []
    err = reject(doc)
    assert err.message == "文件顶层 的字段 matter 是未知的键（是否应为“matters”？）"


def test_required_top_level_keys(doc: dict[str, Any]) -> None:
    del doc["hall"]
    del doc["departments"]
    err = reject(doc)
    assert "文件顶层 的字段 hall 缺少（必填）" in err.message
    assert "文件顶层 的字段 departments 缺少（必填）" in err.message


def test_windows_and_bundles_are_optional(doc: dict[str, Any]) -> None:
    del doc["bundles"]
    del doc["windows"]
    for matter in doc["matters"]:
        matter.pop("windows", None)
    catalog, _ = accept(doc)
    assert catalog.windows == () and catalog.bundles == ()


# --- unknown keys and ext -------------------------------------------------------


def test_unknown_key_in_matter_names_matter_and_key(doc: dict[str, Any]) -> None:
    doc["matters"][0]["fees"] = {"charged": False}
    err = reject(doc)
    assert err.matter == MATTER_A and err.field == "fees"
    assert err.message.startswith(f"事项 {MATTER_A} 的字段 fees 是未知的键")
    assert "“fee”" in err.message and "ext" in err.message


def test_unknown_key_in_material_has_full_path(doc: dict[str, Any]) -> None:
    doc["matters"][0]["materials"][2]["remark"] = "x"
    err = reject(doc)
    assert err.field == "materials[2].remark"
    assert f"事项 {MATTER_A} 的字段 materials[2].remark 是未知的键" in err.message


def test_unknown_key_in_window(doc: dict[str, Any]) -> None:
    doc["windows"][0]["floor"] = 1
    assert "窗口 04 的字段 floor 是未知的键" in reject(doc).message


def test_anything_goes_inside_ext(doc: dict[str, Any]) -> None:
    doc["matters"][1]["ext"] = {"whatever": {"deep": [True, {"x": None}]}, "copies": -1}
    catalog, _ = accept(doc)
    assert catalog.matters[1].ext == {"whatever": {"deep": [True, {"x": None}]}, "copies": -1}


def test_ext_must_be_an_object(doc: dict[str, Any]) -> None:
    doc["matters"][1]["ext"] = ["demo"]
    assert "事项 LJ22-015 的字段 ext 应为对象，实际为列表" in reject(doc).message


# --- required keys --------------------------------------------------------------


@pytest.mark.parametrize("key", ["name", "type", "department", "case_kind", "materials"])
def test_required_matter_keys(doc: dict[str, Any], key: str) -> None:
    del doc["matters"][1][key]
    err = reject(doc)
    assert err.message == f"事项 LJ22-015 的字段 {key} 缺少（必填）"
    assert err.matter == "LJ22-015" and err.field == key


def test_matter_without_code_is_named_by_position(doc: dict[str, Any]) -> None:
    del doc["matters"][1]["code"]
    del doc["bundles"][0]["matters"][1]
    err = reject(doc)
    assert err.message == "事项（matters[1]） 的字段 code 缺少（必填）"


@pytest.mark.parametrize("key", ["code", "name", "necessity", "form"])
def test_required_material_keys(doc: dict[str, Any], key: str) -> None:
    del doc["matters"][1]["materials"][0][key]
    err = reject(doc)
    assert err.message == f"事项 LJ22-015 的字段 materials[0].{key} 缺少（必填）"


def test_empty_required_string_is_refused(doc: dict[str, Any]) -> None:
    doc["matters"][1]["name"] = "  "
    assert reject(doc).message == "事项 LJ22-015 的字段 name 不能为空"


@pytest.mark.parametrize("key", ["name", "materials"])
def test_null_required_key_is_refused(doc: dict[str, Any], key: str) -> None:
    doc["matters"][1][key] = None
    assert reject(doc).message == f"事项 LJ22-015 的字段 {key} 是必填项，不能为 null"


def test_null_counts_as_absent_for_optional_keys(doc: dict[str, Any]) -> None:
    doc["matters"][1]["legal_limit_days"] = None
    doc["matters"][1]["fee"] = None
    catalog, _ = accept(doc)
    assert catalog.matters[1].legal_limit_days is None and catalog.matters[1].fee is None


def test_required_fee_and_result_keys(doc: dict[str, Any]) -> None:
    doc["matters"][0]["fee"] = {"standard": "10元"}
    doc["matters"][0]["result"] = {"kind": "证照"}
    err = reject(doc)
    assert f"事项 {MATTER_A} 的字段 fee.charged 缺少（必填）" in err.message
    assert f"事项 {MATTER_A} 的字段 result.name 缺少（必填）" in err.message


# --- types ----------------------------------------------------------------------


def test_bool_is_not_an_integer(doc: dict[str, Any]) -> None:
    doc["matters"][0]["materials"][0]["copies"] = True
    err = reject(doc)
    assert err.message == f"事项 {MATTER_A} 的字段 materials[0].copies 应为整数，实际为布尔值 “true”"


def test_float_is_not_an_integer(doc: dict[str, Any]) -> None:
    doc["matters"][0]["legal_limit_days"] = 20.0
    assert f"事项 {MATTER_A} 的字段 legal_limit_days 应为整数，实际为小数" in reject(doc).message


def test_integer_is_not_a_bool(doc: dict[str, Any]) -> None:
    doc["matters"][0]["allows_deficiency"] = 1
    err = reject(doc)
    assert f"事项 {MATTER_A} 的字段 allows_deficiency 应为 true 或 false，实际为整数 “1”" in err.message


def test_string_expected(doc: dict[str, Any]) -> None:
    doc["matters"][0]["basis"] = ["法"]
    assert f"事项 {MATTER_A} 的字段 basis 应为字符串，实际为列表" in reject(doc).message


def test_long_wrong_value_is_cut_in_the_message(doc: dict[str, Any]) -> None:
    doc["matters"][0]["basis"] = {"text": "法" * 500}
    err = reject(doc)
    assert err.message.startswith(f"事项 {MATTER_A} 的字段 basis 应为字符串，实际为对象")
    assert err.message.endswith("…”") and len(err.message) < 120


def test_list_expected(doc: dict[str, Any]) -> None:
    doc["matters"][0]["keywords"] = "开公司"
    assert f"事项 {MATTER_A} 的字段 keywords 应为列表，实际为字符串 “开公司”" in reject(doc).message


def test_materials_must_be_objects(doc: dict[str, Any]) -> None:
    doc["matters"][1]["materials"] = ["身份证"]
    assert "事项 LJ22-015 的字段 materials[0] 应为对象，实际为字符串" in reject(doc).message


# --- enums ----------------------------------------------------------------------


def test_necessity_enum_message_lists_choices(doc: dict[str, Any]) -> None:
    doc["matters"][0]["materials"][2]["necessity"] = "必须"
    err = reject(doc)
    assert err.message == (f"事项 {MATTER_A} 的字段 materials[2].necessity 取值“必须”无效，应为：必要、非必要、容缺")
    assert err.matter == MATTER_A and err.field == "materials[2].necessity"


def test_matter_type_enum(doc: dict[str, Any]) -> None:
    doc["matters"][1]["type"] = "行政服务"
    err = reject(doc)
    assert "事项 LJ22-015 的字段 type 取值“行政服务”无效，应为：行政许可、行政给付" in err.message


def test_case_kind_only_the_four_catalog_kinds(doc: dict[str, Any]) -> None:
    doc["matters"][1]["case_kind"] = "退回件"
    err = reject(doc)
    assert err.message == "事项 LJ22-015 的字段 case_kind 取值“退回件”无效，应为：即办件、承诺件、联办件、上报件"


def test_material_form_enum(doc: dict[str, Any]) -> None:
    doc["matters"][1]["materials"][0]["form"] = "扫描件"
    err = reject(doc)
    assert "materials[0].form 取值“扫描件”无效，应为：原件、复印件、原件和复印件、电子" in err.message


def test_target_enum(doc: dict[str, Any]) -> None:
    doc["matters"][0]["targets"] = ["自然人", "企业"]
    assert f"事项 {MATTER_A} 的字段 targets[1] 取值“企业”无效，应为：自然人、法人、其他组织" in reject(doc).message


def test_window_kind_enum(doc: dict[str, Any]) -> None:
    doc["windows"][0]["kind"] = "综合窗口"
    err = reject(doc)
    assert "窗口 04 的字段 kind 取值“综合窗口”无效，应为：无差别综合窗口、分领域综合窗口、专业窗口" in err.message


# --- string lengths -------------------------------------------------------------


def test_matter_code_at_most_64(doc: dict[str, Any]) -> None:
    long_code = "C" * 65
    doc["matters"][1]["code"] = long_code
    del doc["bundles"][0]["matters"][1]
    err = reject(doc)
    assert err.message == f"事项 {long_code} 的字段 code 长度为 65 个字符，超过上限 64"


def test_matter_name_at_most_200(doc: dict[str, Any]) -> None:
    doc["matters"][1]["name"] = "登" * 201
    assert reject(doc).message == "事项 LJ22-015 的字段 name 长度为 201 个字符，超过上限 200"


def test_length_counts_characters_not_bytes(doc: dict[str, Any]) -> None:
    doc["matters"][1]["name"] = "𠮷" * 200  # Ext-B: four UTF-8 bytes, two UTF-16 units, one character
    catalog, _ = accept(doc)
    assert len(catalog.matters[1].name) == 200


def test_material_name_at_most_300(doc: dict[str, Any]) -> None:
    doc["matters"][1]["materials"][0]["name"] = "材" * 300
    accept(doc)
    doc["matters"][1]["materials"][0]["name"] = "材" * 301
    assert "事项 LJ22-015 的字段 materials[0].name 长度为 301 个字符，超过上限 300" in reject(doc).message


# --- unique codes -----------------------------------------------------------------


def test_duplicate_matter_code(doc: dict[str, Any]) -> None:
    doc["matters"][2]["code"] = "LJ22-015"
    err = reject(doc)
    assert err.message == "事项 LJ22-015 的字段 code 取值“LJ22-015”重复：事项编码在文件中必须唯一（matters[2]）"


def test_duplicate_department_code(doc: dict[str, Any]) -> None:
    doc["departments"].append({"code": "RSJ", "name": "人社局"})
    assert reject(doc).message == "部门 RSJ 的字段 code 取值“RSJ”重复：部门编码在文件中必须唯一"


def test_duplicate_window_code(doc: dict[str, Any]) -> None:
    doc["windows"].append({"code": "04", "name": "重复", "kind": "专业窗口"})
    assert "窗口 04 的字段 code 取值“04”重复" in reject(doc).message


def test_duplicate_bundle_code(doc: dict[str, Any]) -> None:
    doc["bundles"].append({"code": "QYKB", "name": "又一个", "matters": ["LJ22-015"]})
    assert "一件事 QYKB 的字段 code 取值“QYKB”重复" in reject(doc).message


def test_duplicate_material_code_within_matter(doc: dict[str, Any]) -> None:
    doc["matters"][0]["materials"][3]["code"] = "SQS"
    err = reject(doc)
    assert err.message == f"事项 {MATTER_A} 的字段 materials[3].code 取值“SQS”重复：材料编码在同一事项内必须唯一"


def test_same_material_code_in_two_matters_is_fine(doc: dict[str, Any]) -> None:
    doc["matters"][1]["materials"][0]["code"] = "SQS"
    accept(doc)


def test_duplicate_situation_code_within_matter(doc: dict[str, Any]) -> None:
    doc["matters"][0]["situations"].append({"code": "WT", "name": "又一个"})
    err = reject(doc)
    assert f"事项 {MATTER_A} 的字段 situations[1].code 取值“WT”重复：情形编码在同一事项内必须唯一" in err.message


# --- references -------------------------------------------------------------------


def test_unknown_department(doc: dict[str, Any]) -> None:
    doc["matters"][1]["department"] = "YBJ"
    err = reject(doc)
    assert err.message == "事项 LJ22-015 的字段 department 引用的部门“YBJ”不存在于 departments 中"


def test_unknown_lead_and_co_departments(doc: dict[str, Any]) -> None:
    doc["matters"][2]["lead_department"] = "ZRZY"
    doc["matters"][2]["co_departments"] = ["SW", "ZJJ"]
    err = reject(doc)
    assert "事项 LJ21-057 的字段 lead_department 引用的部门“ZRZY”不存在" in err.message
    assert "事项 LJ21-057 的字段 co_departments[1] 引用的部门“ZJJ”不存在" in err.message


def test_window_department_must_exist(doc: dict[str, Any]) -> None:
    doc["windows"][0]["departments"] = ["SCJG", "GAJ"]
    assert "窗口 04 的字段 departments[1] 引用的部门“GAJ”不存在" in reject(doc).message


def test_material_situation_must_exist_in_matter(doc: dict[str, Any]) -> None:
    doc["matters"][0]["materials"][3]["situations"] = ["DL"]
    err = reject(doc)
    assert (
        err.message == f"事项 {MATTER_A} 的字段 materials[3].situations[0] 引用的情形“DL”不存在于本事项的 situations 中"
    )


def test_bundle_matter_must_exist(doc: dict[str, Any]) -> None:
    doc["bundles"][0]["matters"].append("LJ99-999")
    assert reject(doc).message == "一件事 QYKB 的字段 matters[2] 引用的事项“LJ99-999”不存在于 matters 中"


def test_matter_window_must_exist_in_file(doc: dict[str, Any]) -> None:
    doc["matters"][0]["windows"] = ["04", "07"]
    err = reject(doc)
    assert err.message == (
        f"事项 {MATTER_A} 的字段 windows[1] 引用的窗口“07”既不在文件的 windows 中，也不在系统已有窗口中"
    )


def test_matter_window_may_exist_in_store_only(doc: dict[str, Any]) -> None:
    doc["matters"][0]["windows"] = ["04", "07"]
    catalog, _ = accept(doc, known_windows=frozenset({"07"}))
    assert catalog.matters[0].windows == ("04", "07")


def test_duplicate_reference_in_list(doc: dict[str, Any]) -> None:
    doc["matters"][0]["windows"] = ["04", "04"]
    assert f"事项 {MATTER_A} 的字段 windows[1] 取值“04”重复" in reject(doc).message


def test_broken_matter_is_not_reported_again_by_the_bundle(doc: dict[str, Any]) -> None:
    doc["matters"][1]["type"] = "服务"
    err = reject(doc)
    assert isinstance(err, CatalogFileError) and err.total == 1


# --- limits -----------------------------------------------------------------------


def test_immediate_matter_with_promised_days_is_refused(doc: dict[str, Any]) -> None:
    doc["matters"][1]["promised_limit_days"] = 5
    err = reject(doc)
    assert err.message == (
        "事项 LJ22-015 的字段 promised_limit_days 取值 5 无效：即办件的承诺办结时限只能为 0（当场办结）或不填"
    )


def test_immediate_matter_promised_zero_or_absent_is_zero(doc: dict[str, Any]) -> None:
    catalog, _ = accept(doc)
    assert catalog.matters[1].promised_limit_days == 0
    doc["matters"][1]["promised_limit_days"] = 0
    doc["matters"][1]["legal_limit_days"] = 1
    catalog, warnings = accept(doc)
    assert catalog.matters[1].promised_limit_days == 0 and warnings == []


def test_default_promised_limit_is_20_when_both_absent(doc: dict[str, Any]) -> None:
    catalog, warnings = accept(doc)
    matter = catalog.find_matter("LJ21-057")
    assert matter is not None
    assert matter.legal_limit_days is None and matter.promised_limit_days == DEFAULT_PROMISED_LIMIT_DAYS == 20
    assert warnings == []


def test_promised_above_half_of_legal_is_a_warning_not_an_error(doc: dict[str, Any]) -> None:
    doc["matters"][0]["promised_limit_days"] = 11
    catalog, warnings = accept(doc)
    assert catalog.matters[0].promised_limit_days == 11
    assert len(warnings) == 1
    assert MATTER_A in warnings[0] and "11" in warnings[0] and "50%" in warnings[0]


def test_promised_exactly_half_of_legal_is_fine(doc: dict[str, Any]) -> None:
    doc["matters"][0]["promised_limit_days"] = 10
    assert accept(doc)[1] == []


def test_legal_only_fills_promised_with_legal_and_warns(doc: dict[str, Any]) -> None:
    del doc["matters"][0]["promised_limit_days"]
    catalog, warnings = accept(doc)
    assert catalog.matters[0].promised_limit_days == 20
    assert len(warnings) == 1 and "promised_limit_days" in warnings[0]


def test_joint_matter_without_co_departments_is_a_warning(doc: dict[str, Any]) -> None:
    del doc["matters"][2]["co_departments"]
    catalog, warnings = accept(doc)
    assert catalog.matters[2].co_departments == ()
    assert warnings == ["事项 LJ21-057 是联办件，但未填写协办部门 co_departments"]


def test_limits_are_non_negative(doc: dict[str, Any]) -> None:
    doc["matters"][0]["legal_limit_days"] = -1
    assert f"事项 {MATTER_A} 的字段 legal_limit_days 取值 -1 无效，应为不小于 0 的整数" in reject(doc).message


def test_copies_at_least_one(doc: dict[str, Any]) -> None:
    doc["matters"][0]["materials"][0]["copies"] = 0
    err = reject(doc)
    assert err.message == f"事项 {MATTER_A} 的字段 materials[0].copies 取值 0 无效，应为不小于 1 的整数"


# --- 容缺 -------------------------------------------------------------------------


def test_deficiency_material_needs_allows_deficiency(doc: dict[str, Any]) -> None:
    doc["matters"][0]["allows_deficiency"] = False
    err = reject(doc)
    assert err.message == (
        f"事项 {MATTER_A} 的字段 materials[1].necessity 取值“容缺”无效："
        "本事项的 allows_deficiency 不是 true，不能有容缺材料"
    )


def test_deficiency_default_is_false(doc: dict[str, Any]) -> None:
    del doc["matters"][0]["allows_deficiency"]
    assert "materials[1].necessity 取值“容缺”无效" in reject(doc).message


# --- Unicode ----------------------------------------------------------------------


def test_strings_are_nfc_normalised_and_references_match_after(doc: dict[str, Any]) -> None:
    decomposed = unicodedata.normalize("NFD", "Café Zoë")
    doc["departments"][1]["code"] = unicodedata.normalize("NFD", "RSJé")
    doc["matters"][1]["department"] = "RSJé"  # composed here, decomposed in departments
    doc["windows"][0]["departments"] = ["SCJG"]
    doc["matters"][1]["name"] = f"外籍人员{decomposed}就业登记"
    catalog, _ = accept(doc)
    assert catalog.matters[1].name == "外籍人员Café Zoë就业登记"
    assert unicodedata.is_normalized("NFC", catalog.matters[1].name)
    assert catalog.departments[1].code == "RSJé"


def test_rare_characters_survive(doc: dict[str, Any]) -> None:
    doc["matters"][1]["location"] = "金山镇㮾梨路〇二号（𠮷祥里·东）"
    catalog, _ = accept(doc)
    assert catalog.matters[1].location == "金山镇㮾梨路〇二号（𠮷祥里·东）"
    assert "𠮷祥里·东" in dump_catalog(catalog)


# --- all errors at once -------------------------------------------------------------


def test_several_errors_are_reported_together_first_one_precise(doc: dict[str, Any]) -> None:
    doc["matters"][0]["materials"][2]["necessity"] = "必须"
    doc["matters"][1]["department"] = "YBJ"
    doc["bundles"][0]["matters"].append("X")
    err = reject(doc)
    assert isinstance(err, CatalogFileError) and err.total == 3
    lines = err.message.splitlines()
    assert lines[0] == "目录文件有 3 处错误，未导入任何内容："
    assert lines[1] == f"1. 事项 {MATTER_A} 的字段 materials[2].necessity 取值“必须”无效，应为：必要、非必要、容缺"
    assert lines[2] == "2. 事项 LJ22-015 的字段 department 引用的部门“YBJ”不存在于 departments 中"
    assert lines[3].startswith("3. 一件事 QYKB 的字段 matters[2]")
    assert err.matter == MATTER_A and err.field == "materials[2].necessity"


def test_many_errors_are_capped_and_counted(doc: dict[str, Any]) -> None:
    doc["matters"][1]["materials"] = [
        {"code": f"M{i}", "name": "证明", "necessity": "必须", "form": "原件"} for i in range(30)
    ]
    err = reject(doc)
    assert isinstance(err, CatalogFileError) and err.total == 30
    assert len(err.issues) == MAX_REPORTED_ISSUES
    assert err.message.splitlines()[-1] == "……另有 10 处错误未列出，请先修正以上错误。"


# --- sample broken files --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("broken_reference", "事项 LJ22-015 的字段 department 引用的部门“YBJ”不存在于 departments 中"),
        ("duplicate_code", "事项 LJ22-084 的字段 code 取值“LJ22-084”重复"),
        ("unknown_key", "事项 LJ22-084 的字段 fees 是未知的键"),
        ("deficiency_not_allowed", "事项 LJ22-084 的字段 materials[1].necessity 取值“容缺”无效"),
        ("immediate_with_promise", "事项 LJ22-015 的字段 promised_limit_days 取值 5 无效"),
        ("invalid_json", "不是有效的 JSON"),
    ],
)
def test_broken_sample_files(name: str, expected: str) -> None:
    err = reject((BROKEN / f"{name}.json").read_bytes())
    assert expected in err.message


# --- round trip -------------------------------------------------------------------


def test_dump_is_a_fixed_point(doc: dict[str, Any]) -> None:
    first = dump_catalog(parse_catalog(text(doc))[0])
    second = dump_catalog(parse_catalog(first)[0])
    assert first == second


def test_every_original_value_survives_the_round_trip(doc: dict[str, Any]) -> None:
    doc["matters"][1]["name"] = unicodedata.normalize("NFD", "Zoë失业登记")
    dumped = json.loads(dump_catalog(parse_catalog(text(doc))[0]))
    assert_survives(doc, dumped)
    assert dumped["matters"][1]["name"] == "Zoë失业登记"


def test_ext_is_kept_verbatim_not_normalised(doc: dict[str, Any]) -> None:
    verbatim = {"nfd": unicodedata.normalize("NFD", "é"), "n": 1.5, "b": [None, False], "z": {"y": 1, "a": 2}}
    doc["matters"][1]["ext"] = verbatim
    dumped = json.loads(dump_catalog(parse_catalog(text(doc))[0]))
    assert dumped["matters"][1]["ext"] == verbatim
    assert list(dumped["matters"][1]["ext"]["z"]) == ["y", "a"]


def test_dump_writes_defaults_in_format_order(doc: dict[str, Any]) -> None:
    data = catalog_to_dict(parse_catalog(text(doc))[0])
    assert list(data) == ["format", "hall", "departments", "windows", "matters", "bundles"]
    matter = data["matters"][1]
    assert list(matter)[:6] == ["code", "name", "type", "department", "case_kind", "promised_limit_days"]
    assert matter["promised_limit_days"] == 0 and matter["allows_deficiency"] is False
    assert matter["materials"][0]["copies"] == 1 and matter["materials"][0]["shared"] is False
    assert "legal_limit_days" not in matter and "fee" not in matter and "lead_department" not in matter
    assert matter["ext"] == {}


def test_dump_is_readable_utf8_json(doc: dict[str, Any]) -> None:
    out = dump_catalog(parse_catalog(text(doc))[0])
    assert "公司设立登记" in out and "\\u" not in out and out.endswith("}\n")
