"""Migrations upgrade real databases that hold data from older revisions, on both backends,
and the models agree with what the migrations build (no pending autogenerate diff)."""

from __future__ import annotations

import uuid
from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.store.engine import make_engine
from app.store.migrate import alembic_config, current_revision, downgrade, head_revision, upgrade
from app.store.models import Base


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_revisions_form_one_line():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, "two migration heads: chain the newer one after the other"
    assert _revisions()[0] == "0001"


def test_upgrade_from_the_first_revision_keeps_a_windows_data(store_url: str):
    """A PC installed with the first release, with cases and unsent outbox rows, upgrades to head."""
    engine = make_engine(store_url)
    upgrade(engine, "0001")
    case_id, device_id, outbox_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    uuid_param = (lambda u: u.hex) if engine.dialect.name == "sqlite" else (lambda u: u)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO cases (id, case_number, owner_window, matter_code, matter_name, kind, state,"
                " applicant_kind, applicant_name, situations, visit_no, created_at, updated_at)"
                " VALUES (:id, 'N-1', '05', 'M1', '公司设立登记', '承诺件', 'accepted', '自然人', '李〇',"
                " '[]', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"id": uuid_param(case_id)},
        )
        c.execute(
            text(
                "INSERT INTO device_registration (device_id, window_code, hall_code, epoch, registered_at,"
                " next_seq) VALUES (:d, '05', 'H', 1, CURRENT_TIMESTAMP, 2)"
            ),
            {"d": uuid_param(device_id)},
        )
        c.execute(
            text(
                "INSERT INTO outbox (id, device_id, seq, schema_version, kind, entity, entity_id, payload,"
                " created_at) VALUES (:id, :d, 1, 1, 'case_created', 'cases', 'x', '{}', CURRENT_TIMESTAMP)"
            ),
            {"id": uuid_param(outbox_id), "d": uuid_param(device_id)},
        )
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as c:
        assert c.execute(text("SELECT applicant_name FROM cases WHERE case_number = 'N-1'")).scalar() == "李〇"
        # The upgrade never discards unsent work.
        assert c.execute(text("SELECT count(*) FROM outbox WHERE acked_at IS NULL")).scalar() == 1
    engine.dispose()


def test_downgrade_to_first_revision_and_up_again(store_url: str):
    engine = make_engine(store_url)
    upgrade(engine)
    downgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_models_match_the_migrations(store_url: str):
    engine = make_engine(store_url)
    upgrade(engine)
    with engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c, opts={"compare_type": False}), Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ; add a revision: {diff}"


def test_case_due_dates_are_dates_on_both_backends(store):
    from app.store.models import Case

    with store.write() as tx:
        tx.session.add(
            Case(
                case_number="N-9",
                owner_window="05",
                matter_code="M",
                matter_name="m",
                kind="承诺件",
                state="accepted",
                applicant_kind="自然人",
                applicant_name="王五",
                due_date=date(2026, 10, 13),
            )
        )
    with store.read() as s:
        from sqlalchemy import select

        assert s.scalars(select(Case.due_date)).one() == date(2026, 10, 13)
