"""Both importers under hostile files: the catalog (JSON) and the holiday notice (text)
are imported whole or refused with a Chinese message — never a traceback, never half a
file in the store, never a control or bidi character in a stored name."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.domain.errors import CalendarError, CatalogError
from app.domain.input_policy import forbidden_character
from app.services.calendar_service import import_notice
from app.services.catalog_admin import export_catalog, import_catalog
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import CalendarOverride, Material, Matter
from app.store.uow import Store
from tests.catalog.base import BASE
from tests.fuzz.strategies import hostile_text, mutated


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("fuzz-import") / "center.db"
    s = Store(make_engine(f"sqlite+pysqlite:///{path}"))
    upgrade(s.engine)
    import_catalog(s, json.dumps(BASE, ensure_ascii=False))
    yield s
    s.dispose()


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*path, i))
    return out


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), hostile_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(hostile_text, inner, max_size=4)),
    max_leaves=12,
)


@st.composite
def catalog_files(draw: st.DrawFn) -> str:
    """The test catalog with a few values replaced by hostile ones — or garbage, or a
    deeply nested or truncated document."""
    kind = draw(st.sampled_from(("mutate", "mutate", "mutate", "nest", "truncate", "text")))
    if kind == "text":
        return draw(hostile_text)
    doc = copy.deepcopy(BASE)
    if kind == "nest":
        depth = draw(st.integers(10, 5000))
        doc["matters"][0]["ext"] = json.loads("[" * min(depth, 900) + "]" * min(depth, 900)) if depth < 900 else None
        text = json.dumps(doc, ensure_ascii=False)
        return text if depth < 900 else text.replace("null", "[" * depth + "]" * depth, 1)
    paths = [p for p in _paths(doc) if p]
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(paths))
        parent: Any = doc
        try:
            for step in target[:-1]:
                parent = parent[step]
            old = parent[target[-1]]
            parent[target[-1]] = draw(
                st.one_of(json_values, mutated(old) if isinstance(old, str) and old else hostile_text)
            )
        except (KeyError, IndexError, TypeError):
            continue
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    if kind == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    return text


def _catalog_state(store: Store) -> tuple[int, int, str]:
    with store.read() as s:
        matters = int(s.scalar(select(func.count()).select_from(Matter)) or 0)
        materials = int(s.scalar(select(func.count()).select_from(Material)) or 0)
    return matters, materials, export_catalog(store)


@given(text=catalog_files())
def test_catalog_import_is_whole_or_refused_in_chinese(store: Store, text: str) -> None:
    before = _catalog_state(store)
    try:
        import_catalog(store, text)
    except CatalogError as exc:
        assert exc.message
        assert _catalog_state(store) == before  # nothing of a refused file
        event("refused")
        return
    event("imported")
    with store.read() as s:
        for (name,) in s.execute(select(Matter.name)):
            assert forbidden_character(name) is None, repr(name)
        for (name,) in s.execute(select(Material.name)):
            assert forbidden_character(name) is None, repr(name)
    import_catalog(store, json.dumps(BASE, ensure_ascii=False))  # the next example starts from the base


def test_a_deeply_nested_catalog_gets_an_answer_not_a_recursion_error(store: Store) -> None:
    bomb = '{"format": "counterdesk-catalog/1", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert len(bomb) > 200_000
    with pytest.raises(CatalogError, match="嵌套过深"):
        import_catalog(store, bomb)
    doc = copy.deepcopy(BASE)
    doc["matters"][0]["name"] = "公司\u202e设立登记"
    with pytest.raises(CatalogError, match="文字方向控制字符"):
        import_catalog(store, json.dumps(doc, ensure_ascii=False))
    doc["matters"][0]["name"] = "公司\x00设立登记"
    with pytest.raises(CatalogError, match="空字符"):
        import_catalog(store, json.dumps(doc, ensure_ascii=False))


notice_lines = st.one_of(
    st.sampled_from(
        ["2027-10-01..2027-10-07 休 国庆节", "2027-09-26 班 国庆节调休", "# 注释", "", "2027-01-01 休 元旦"]
    ).flatmap(lambda line: st.one_of(st.just(line), mutated(line) if line else st.just(line))),
    hostile_text,
)


@given(lines=st.lists(notice_lines, max_size=12))
def test_calendar_import_is_whole_or_refused_in_chinese(store: Store, lines: list[str]) -> None:
    with store.read() as s:
        before = sorted((o.day, o.is_workday, o.note) for o in s.scalars(select(CalendarOverride)))
    try:
        import_notice(store, "\n".join(lines))
    except CalendarError as exc:
        assert exc.message
        with store.read() as s:
            after = sorted((o.day, o.is_workday, o.note) for o in s.scalars(select(CalendarOverride)))
        assert after == before
        event("refused")
        return
    event("imported")
    with store.read() as s:
        for note in s.scalars(select(CalendarOverride.note)):
            assert forbidden_character(note) is None and len(note) <= 200


def test_a_huge_notice_is_refused_before_it_is_parsed(store: Store) -> None:
    with pytest.raises(CalendarError, match="过大"):
        import_notice(store, "2027-01-01 休 元旦\n" * 20_000)
    with pytest.raises(CalendarError, match="第1行.*文字方向控制字符"):
        import_notice(store, "2027-01-01 休 元\u202e旦")
    with pytest.raises(CalendarError, match="第1行.*半角数字"):
        import_notice(store, "٢٠٢٧-01-01 休 元旦")


def test_a_line_feed_in_a_department_name_is_refused_in_chinese_and_changes_nothing(store: Store) -> None:
    """Found by the fuzz test: a guide's text may hold line feeds, a department's name may
    not — the store's guard refuses it, and the import answers like for any broken file."""
    before = _catalog_state(store)
    doc = copy.deepcopy(BASE)
    doc["departments"][0]["name"] = "0\n"
    with pytest.raises(CatalogError, match=r"departments\.name.*控制字符"):
        import_catalog(store, json.dumps(doc, ensure_ascii=False))
    assert _catalog_state(store) == before
