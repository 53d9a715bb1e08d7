"""Intake fields and the case search under hostile input: a case or a Chinese refusal,
nothing half-written, nothing stored that breaks the input policy; a search never
crashes and finds only what holds the typed text literally (``%`` and ``_`` too)."""

from __future__ import annotations

import unicodedata

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.domain.enums import ApplicantKind
from app.domain.errors import ValidationError
from app.domain.input_policy import forbidden_character, foreign_digit
from app.services.dto import ApplicantInput
from app.services.errors import ApplicantInvalid
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import Case
from app.store.uow import Store
from tests.fuzz.strategies import hostile_text, id_like, near, phone_like
from tests.services.conftest import PASSWORD, Desk, build_hall, make_desk


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """One hall for the whole module (hypothesis runs many examples on it)."""
    path: Path = tmp_path_factory.mktemp("fuzz") / "window.db"
    store = Store(make_engine(f"sqlite+pysqlite:///{path}"))
    upgrade(store.engine)
    build_hall(store)
    d = make_desk(store)
    d.session.login("0101", PASSWORD)
    yield d
    store.dispose()


def _cases(desk: Desk) -> int:
    with desk.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


applicants = st.builds(
    ApplicantInput,
    kind=st.sampled_from(list(ApplicantKind)),
    name=near("刘堃"),
    id_number=id_like(),
    phone=phone_like(),
    org_name=near("示例科技有限公司"),
    credit_code=near("91350100M000100Y43"),
    legal_rep=near("王五"),
    address=near("四川省德阳市罗江区1号"),
)


@given(applicant=applicants)
def test_intake_takes_a_clean_applicant_or_refuses_and_writes_nothing(desk: Desk, applicant: ApplicantInput) -> None:
    before = _cases(desk)
    try:
        case = desk.intake.start(matter_code="QYSL", applicant=applicant)
    except (ApplicantInvalid, ValidationError) as exc:
        assert exc.message
        assert _cases(desk) == before  # no partial write
        return
    assert _cases(desk) == before + 1
    event("accepted")
    with desk.store.read() as s:
        row = s.get(Case, case.id)
        assert row is not None
        for value in (row.applicant_name, row.id_number, row.phone, row.org_name, row.credit_code, row.address):
            if value:
                assert forbidden_character(value) is None and foreign_digit(value) is None, repr(value)


@given(query=st.one_of(hostile_text, st.sampled_from(["%", "_", "%%", "\\", "刘%", "_堃", "2026"])))
def test_search_never_crashes_and_takes_wildcards_literally(desk: Desk, query: str) -> None:
    try:
        found = desk.tracking.search(query)
    except ValidationError as exc:
        assert exc.message
        return
    typed = unicodedata.normalize("NFKC", query).strip()  # the search matches what NFKC makes of it (¹ → 1)
    for line in found:
        texts = [line.case_number or "", line.applicant_name or ""]
        assert any(typed.upper().replace(" ", "") in t.upper() or typed in t for t in texts) or len(typed) >= 15, (
            query,
            texts,
        )


def test_a_percent_sign_finds_nothing_in_a_hall_without_one(sqlite_store: Store) -> None:
    build_hall(sqlite_store)
    fresh = make_desk(sqlite_store)
    fresh.session.login("0101", PASSWORD)
    fresh.intake.start(
        matter_code="QYSL", applicant=ApplicantInput(name="刘堃", id_number="11010519491231002X", phone="13812345678")
    )
    assert [c.applicant_name for c in fresh.tracking.search("刘")] == ["刘堃"]
    # Finding 6: "%" returned every case.
    assert fresh.tracking.search("%") == [] and fresh.tracking.search("_") == []
