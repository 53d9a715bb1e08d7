"""province exchange: the exchange's own tables, its read-only views of case events,
ratings and follow-ups, and the policies of its database role

Revision ID: 0010
Revises: 0009

Why (issue 18): every 办件 event and every rating must reach the provincial
一体化政务服务平台 once and completely, and the 实施清单 comes from it. The exchange runs
beside the central PostgreSQL under its own role (kind ``exchange``): it reads the
``px_*`` views — which carry, by design, the applicant's certificate number, since the
platform identifies the applicant by it — and writes only its own tables (what it sent,
what the platform answered, the daily reconciliations) and ``province_*`` alarms.
``province_catalog_pulls`` is the administrator's (the 实施清单 awaiting approval).
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa

import app.store.base


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

VIEWS = {
    "px_case_events": (
        "SELECT e.id AS event_id, e.case_id, e.action, e.day, e.at, e.owner_window AS event_window, e.note, e.data,"
        " st.staff_no, c.case_number, c.owner_window, c.matter_code, c.matter_name, c.kind AS case_kind,"
        " c.applicant_kind, c.applicant_name, c.id_type, c.id_number, c.org_name, c.credit_code, c.received_on,"
        " c.accepted_on, c.promised_limit_days, c.legal_limit_days, c.due_date, c.result_name, c.delivery_method,"
        " m.department_code"
        " FROM case_events e JOIN cases c ON c.id = e.case_id"
        " LEFT JOIN staff st ON st.id = e.staff_id LEFT JOIN matters m ON m.code = c.matter_code"
        " WHERE c.case_number IS NOT NULL"
    ),
    "px_ratings": (
        "SELECT r.id AS rating_id, r.owner_window, r.rating, r.reasons, r.source, r.requested_at, r.rated_at,"
        " st.staff_no, c.case_number, c.matter_code, m.department_code"
        " FROM ratings r LEFT JOIN cases c ON c.id = r.case_id LEFT JOIN staff st ON st.id = r.staff_id"
        " LEFT JOIN matters m ON m.code = c.matter_code"
        " WHERE r.rating <> '未评价' AND r.rated_at IS NOT NULL"
    ),
    "px_follow_ups": (
        "SELECT f.id AS follow_up_id, f.rating_id, f.owner_window, f.due_date, f.stage, f.visit_note,"
        " f.rectify_note, f.feedback, f.closed_at, st.staff_no, c.case_number"
        " FROM follow_ups f JOIN ratings r ON r.id = f.rating_id LEFT JOIN cases c ON c.id = r.case_id"
        " LEFT JOIN staff st ON st.id = f.handled_by"
        " WHERE f.closed_at IS NOT NULL"
    ),
}

OWN_TABLES = ("province_items", "province_reconciliations", "province_catalog_pulls")


def upgrade() -> None:
    op.create_table('province_catalog_pulls',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('fetched_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=True),
    sa.Column('diff', sa.JSON(), nullable=False),
    sa.Column('decided_at', app.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=50), nullable=True),
    sa.Column('release_no', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_province_catalog_pulls'))
    )
    op.create_table('province_items',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('rtype', sa.String(length=16), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('case_number', sa.String(length=40), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('reject_code', sa.String(length=16), nullable=True),
    sa.Column('reject_reason', sa.Text(), nullable=True),
    sa.Column('corrections', sa.JSON(), nullable=False),
    sa.Column('history', sa.JSON(), nullable=False),
    sa.Column('created_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', app.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('kept_at', app.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_province_items'))
    )
    with op.batch_alter_table('province_items', schema=None) as batch_op:
        batch_op.create_index(op.f('ix_province_items_case_number'), ['case_number'], unique=False)
        batch_op.create_index('ix_province_items_day', ['day', 'rtype'], unique=False)
        batch_op.create_index('ix_province_items_state', ['state', 'created_at'], unique=False)
    op.create_table('province_reconciliations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('checked_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('clean', sa.Boolean(), nullable=False),
    sa.Column('report', sa.JSON(), nullable=False),
    sa.Column('resent', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_province_reconciliations'))
    )
    with op.batch_alter_table('province_reconciliations', schema=None) as batch_op:
        batch_op.create_index('ix_province_reconciliations_day', ['day', 'checked_at'], unique=False)

    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        is_exchange = f"{schema}.cd_caller_kind() = 'exchange'"
        for name, select in VIEWS.items():
            op.execute(f"CREATE VIEW {name} WITH (security_barrier) AS {select}")
        for table in OWN_TABLES:
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for table in ("province_items", "province_reconciliations"):
            op.execute(f"CREATE POLICY cd_exchange ON {table} USING ({is_exchange}) WITH CHECK ({is_exchange})")
        # The exchange raises (and reads, to raise once) its own alarms, with no window.
        alarm = f"{is_exchange} AND window_code IS NULL AND kind LIKE 'province%'"
        op.execute(f"CREATE POLICY cd_exchange_alarm ON alarms USING ({alarm}) WITH CHECK ({alarm})")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS cd_exchange_alarm ON alarms")
        for name in VIEWS:
            op.execute(f"DROP VIEW IF EXISTS {name}")
    op.drop_table('province_reconciliations')
    op.drop_table('province_items')
    op.drop_table('province_catalog_pulls')
