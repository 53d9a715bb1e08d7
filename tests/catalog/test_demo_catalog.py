"""The shipped demo catalog: valid, complete against the seed's annex, clearly marked.

The annex tables are read here from the seed text with a parser of their own, not
with the build script's transcription, so a transcription slip shows up.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from app.domain.catalog import Catalog
from app.domain.enums import CaseKind, Necessity
from app.exchange.catalog_file import dump_catalog, parse_catalog
from db.seed.annex import ANNEX_ROWS
from db.seed.build_demo_catalog import build, render
from db.seed.synthetic import synthetic_catalog
from tests.catalog.base import assert_survives

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "catalog" / "demo_catalog.json"
#: The seeds live in shared/ beside the repository (as CI lays it out) unless told otherwise.
SEEDS = Path(os.environ.get("COUNTERDESK_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds"))
DEMO_NOTE = "示例数据，非正式办事指南"


@pytest.fixture(scope="module")
def demo() -> Catalog:
    catalog, warnings = parse_catalog(DEMO.read_bytes())
    assert warnings == []
    return catalog


def _seed_annex() -> dict[str, list[tuple[str, str]]]:
    """(name, type) rows of 表2-1 and 表2-2, read from the seed's own text."""
    files = sorted(SEEDS.glob("000_*.txt"))
    if not files:
        pytest.skip(f"seed 000 not found under {SEEDS} (set COUNTERDESK_SEEDS)")
    source = files[0].read_text(encoding="utf-8")
    start_1 = source.index("表2-1政务服务基础事项目录")
    start_2 = source.index("表2-2经开区政务服务事项目录")
    end = source.index("附件3", start_2)
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, block in (("表2-1", source[start_1:start_2]), ("表2-2", source[start_2:end])):
        body = block.split("事项类型", 1)[1]
        rows = []
        for chunk in re.split(r"\n\s*\n(?=\t\d+\n)", body.strip("\n")):
            lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
            number, *name_parts, mtype = lines
            assert number.isdigit(), chunk
            rows.append(("".join(name_parts), mtype))
        tables[table] = rows
    return tables


def test_committed_file_is_what_the_build_script_writes() -> None:
    assert DEMO.read_text(encoding="utf-8") == render()


def test_demo_parses_and_is_a_dump_fixed_point(demo: Catalog) -> None:
    assert dump_catalog(demo) == DEMO.read_text(encoding="utf-8")


def test_seed_annex_has_the_expected_rows() -> None:
    tables = _seed_annex()
    assert len(tables["表2-1"]) == 202
    assert len(tables["表2-2"]) == 158
    assert ("固定资产投资项目节能审查（企业技术改造项目）（区级）", "行政许可") in tables["表2-2"]


def test_transcription_matches_the_seed() -> None:
    tables = _seed_annex()
    transcribed = {table: [(name, mtype) for t, _, name, mtype in ANNEX_ROWS if t == table] for table in tables}
    assert transcribed == tables


def test_every_annex_matter_is_in_the_demo_with_its_type(demo: Catalog) -> None:
    present = {(m.name, str(m.type)) for m in demo.matters}
    rows = [(name, mtype) for _, _, name, mtype in ANNEX_ROWS]
    assert len(rows) == 360
    missing = [row for row in rows if row not in present]
    assert missing == []


def test_every_annex_row_is_cited_once_in_ext(demo: Catalog) -> None:
    cited = Counter(ref for m in demo.matters for ref in m.ext["annex"])
    expected = {f"{table}第{row}项" for table, row, _, _ in ANNEX_ROWS}
    assert set(cited) == expected and set(cited.values()) == {1}


def test_hall_and_every_matter_are_marked_demo(demo: Catalog) -> None:
    assert "示例" in demo.hall.name
    for matter in demo.matters:
        assert matter.ext["demo"] is True and matter.ext["note"] == DEMO_NOTE, matter.code


def test_at_least_25_full_matters(demo: Catalog) -> None:
    full = [m for m in demo.matters if m.ext.get("full_guide")]
    assert len(full) >= 25
    for matter in full:
        assert matter.materials, matter.code
        assert matter.basis and matter.conditions and matter.result and matter.fee, matter.code
        assert matter.location and matter.hours and matter.consult and matter.complaint, matter.code
        assert matter.targets and matter.windows and matter.high_frequency in (True, False)
        for material in matter.materials:
            assert material.source, (matter.code, material.code)


@pytest.mark.parametrize(
    "name",
    [
        "公司设立登记",
        "个体工商户注册、变更、注销登记",
        "食品（含保健食品）经营许可核发",
        "社会保障卡申领",
        "就业失业登记",
        "不动产登记资料查询",
        "居住证办理",
        "残疾人两项补贴",
        "公共场所卫生许可",
        "城镇污水排入排水管网许可",
    ],
)
def test_named_high_frequency_matters_are_full(demo: Catalog, name: str) -> None:
    matter = next(m for m in demo.matters if m.name == name)
    assert matter.ext.get("full_guide") is True
    assert matter.high_frequency and matter.materials


def test_full_matters_cover_the_interesting_cases(demo: Catalog) -> None:
    full = [m for m in demo.matters if m.ext.get("full_guide")]
    assert any(m.case_kind is CaseKind.IMMEDIATE and m.promised_limit_days == 0 for m in full)
    joint = [m for m in full if m.case_kind is CaseKind.JOINT]
    assert joint and all(m.lead_department and m.co_departments for m in joint)
    deficient = [m for m in full if any(x.necessity is Necessity.DEFICIENCY_OK for x in m.materials)]
    assert deficient and all(m.allows_deficiency for m in deficient)
    assert {"听证", "检验", "专家评审"} <= {p for m in full for p in m.special_procedures}
    assert any(x.shared for m in full for x in m.materials)
    assert any(m.keywords for m in full)
    agent = [m for m in full if any(s.code == "WT" and s.name == "委托代理人办理" for s in m.situations)]
    assert len(agent) >= 10
    for matter in agent:
        bound = {x.name for x in matter.materials if "WT" in x.situations}
        assert bound == {"授权委托书", "受托人有效身份证件"}, matter.code


def test_promised_limits_respect_half_of_legal(demo: Catalog) -> None:
    for matter in demo.matters:
        if matter.legal_limit_days:
            assert matter.promised_limit_days * 2 <= matter.legal_limit_days, matter.code


def test_windows_of_every_kind_and_all_used_windows_exist(demo: Catalog) -> None:
    assert [w.code for w in demo.windows] == [f"{i:02d}" for i in range(1, 13)]
    assert {str(w.kind) for w in demo.windows} == {
        "无差别综合窗口",
        "分领域综合窗口",
        "专业窗口",
        "办不成事反映窗口",
        "帮办代办窗口",
    }
    codes = {w.code for w in demo.windows}
    assert all(set(m.windows) <= codes and m.windows for m in demo.matters)


def test_bundles_name_existing_matters(demo: Catalog) -> None:
    assert 3 <= len(demo.bundles) <= 5
    names = {b.name for b in demo.bundles}
    assert {"开办餐馆“一件事”", "新生儿出生“一件事”", "企业开办“一件事”"} <= names
    for bundle in demo.bundles:
        assert len(bundle.matters) >= 2
        assert all(demo.find_matter(code) is not None for code in bundle.matters)


def test_rare_characters_are_exercised(demo: Catalog) -> None:
    text = DEMO.read_text(encoding="utf-8")
    assert "〇" in text
    assert any(0x3400 <= ord(c) <= 0x4DBF for c in text), "no CJK Ext-A character"
    assert any(0x20000 <= ord(c) <= 0x2A6DF for c in text), "no CJK Ext-B character"


def test_codes_are_stable_from_annex_position(demo: Catalog) -> None:
    assert demo.find_matter("LJ21-040").name == "公共场所卫生许可"  # type: ignore[union-attr]
    assert demo.find_matter("LJ22-084").name == "公司设立登记"  # type: ignore[union-attr]


# --- synthetic catalogs for benchmarks ---------------------------------------------


def test_synthetic_catalog_is_valid_and_deterministic() -> None:
    data = synthetic_catalog(400, seed=7)
    catalog, warnings = parse_catalog(json.dumps(data, ensure_ascii=False))
    assert warnings == []
    assert len(catalog.matters) == 400
    assert all(3 <= len(m.materials) <= 8 for m in catalog.matters)
    assert len({m.code for m in catalog.matters}) == 400
    assert synthetic_catalog(400, seed=7) == data
    assert synthetic_catalog(400, seed=8) != data


@pytest.mark.parametrize("seed", range(5))
def test_synthetic_round_trip_is_a_fixed_point_and_loses_nothing(seed: int) -> None:
    data = synthetic_catalog(60, seed=seed)
    first = dump_catalog(parse_catalog(json.dumps(data, ensure_ascii=False))[0])
    assert dump_catalog(parse_catalog(first)[0]) == first
    assert_survives(data, json.loads(first))


def test_build_values_all_survive_in_the_committed_file() -> None:
    built = build()
    committed = json.loads(DEMO.read_text(encoding="utf-8"))
    assert_survives(built, committed)
