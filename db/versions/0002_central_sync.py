"""central sync: inbox, device cursors and registry, alarms, rejected rows, reference
releases, window roles; row-level security for window roles on PostgreSQL

Revision ID: 0002
Revises: 0001

Why: the center must receive every window's outbox exactly once (inbox keyed by the
outbox id), prove each device's sequence has no gap, refuse cloned PCs, keep rejected
rows visible, publish reference data in releases, and on PostgreSQL keep one window's
role away from other windows' cases (row-level security keyed by ``window_roles``).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import app.store.base


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: Tables whose rows carry ``owner_window`` (a window reads and writes only its own).
OWNED_TABLES = (
    "cases", "case_events", "documents", "print_jobs", "ratings", "follow_ups", "status_events",
    "audit_log", "first_inquiries", "consultations", "complaints", "cannot_do_reports",
    "assist_ledger", "negative_filings",
)


def _rls_statements(schema: str) -> list[str]:
    """Row-level security for window roles (owners and superusers bypass it)."""
    w = f"{schema}.cd_window_of(current_user)"
    stmts = [
        f"""CREATE FUNCTION {schema}.cd_window_of(role_name text) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}
            AS $$ SELECT window_code FROM window_roles WHERE role_name = $1 $$""",
        f"REVOKE ALL ON FUNCTION {schema}.cd_window_of(text) FROM PUBLIC",
    ]
    for table in OWNED_TABLES:
        stmts.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        stmts.append(f"CREATE POLICY cd_own ON {table} USING (owner_window = {w}) WITH CHECK (owner_window = {w})")
    stmts += [
        # Cross-window events appended to my cases (transfer, center decisions) are mine to read.
        "CREATE POLICY cd_on_my_cases ON case_events FOR SELECT USING (case_id IN (SELECT id FROM cases))",
        "ALTER TABLE case_materials ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY cd_own ON case_materials USING (case_id IN (SELECT id FROM cases)) "
        "WITH CHECK (case_id IN (SELECT id FROM cases))",
        "ALTER TABLE devices ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY cd_own ON devices FOR SELECT USING (window_code = {w})",
        f"CREATE POLICY cd_register ON devices FOR INSERT WITH CHECK (window_code = {w} AND state = 'active')",
        # A window may mark its own device refused (clone detected), never re-activate it.
        f"CREATE POLICY cd_refuse ON devices FOR UPDATE USING (window_code = {w}) "
        f"WITH CHECK (window_code = {w} AND state = 'refused')",
        "ALTER TABLE device_cursors ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY cd_own ON device_cursors USING (window_code = {w}) WITH CHECK (window_code = {w})",
        "ALTER TABLE inbox ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY cd_own ON inbox USING (device_id IN (SELECT device_id FROM devices)) "
        "WITH CHECK (device_id IN (SELECT device_id FROM devices))",
        "ALTER TABLE rejected_rows ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY cd_own ON rejected_rows USING (window_code = {w}) WITH CHECK (window_code = {w})",
        "ALTER TABLE alarms ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY cd_own ON alarms USING (window_code = {w}) WITH CHECK (window_code = {w})",
    ]
    return stmts


def upgrade() -> None:
    op.create_table('alarms',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=True),
    sa.Column('window_code', sa.String(length=16), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('acknowledged', sa.Boolean(), nullable=False),
    sa.Column('acknowledged_at', app.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alarms'))
    )
    op.create_index('ix_alarms_open', 'alarms', ['acknowledged', 'at'], unique=False)
    op.create_index(op.f('ix_alarms_window_code'), 'alarms', ['window_code'], unique=False)
    op.create_table('device_cursors',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('window_code', sa.String(length=16), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('contiguous_seq', sa.BigInteger(), nullable=False),
    sa.Column('max_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_sync_at', app.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('clock_offset_ms', sa.BigInteger(), nullable=True),
    sa.Column('pending_at_last_sync', sa.Integer(), nullable=False),
    sa.Column('held', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_device_cursors'))
    )
    op.create_index(op.f('ix_device_cursors_window_code'), 'device_cursors', ['window_code'], unique=False)
    op.create_table('devices',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('window_code', sa.String(length=16), nullable=False),
    sa.Column('hall_code', sa.String(length=64), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=128), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('refused_reason', sa.Text(), nullable=True),
    sa.Column('registered_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_devices')),
    sa.UniqueConstraint('window_code', 'epoch', name=op.f('uq_devices_window_code_epoch'))
    )
    op.create_index(op.f('ix_devices_window_code'), 'devices', ['window_code'], unique=False)
    op.create_table('inbox',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('received_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('projected', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox')),
    sa.UniqueConstraint('device_id', 'seq', name=op.f('uq_inbox_device_id_seq'))
    )
    op.create_table('ref_published',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.String(length=200), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.Column('release_no', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_key', name=op.f('pk_ref_published'))
    )
    op.create_table('ref_releases',
    sa.Column('release_no', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('created_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('completed_at', app.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('release_no', name=op.f('pk_ref_releases'))
    )
    op.create_table('rejected_rows',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('window_code', sa.String(length=16), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rejected_rows'))
    )
    op.create_index(op.f('ix_rejected_rows_device_id'), 'rejected_rows', ['device_id'], unique=False)
    op.create_index(op.f('ix_rejected_rows_window_code'), 'rejected_rows', ['window_code'], unique=False)
    op.create_table('window_roles',
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.Column('window_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('role_name', name=op.f('pk_window_roles'))
    )
    op.create_index(op.f('ix_window_roles_window_code'), 'window_roles', ['window_code'], unique=False)
    op.create_table('ref_release_rows',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('release_no', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.String(length=200), nullable=False),
    sa.Column('row', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['release_no'], ['ref_releases.release_no'], name=op.f('fk_ref_release_rows_release_no_ref_releases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ref_release_rows'))
    )
    op.create_index('ix_ref_release_rows_release', 'ref_release_rows', ['release_no', 'position'], unique=False)
    op.create_table('ticket_aliases',
    sa.Column('local_id', sa.Uuid(), nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_aliases_ticket_id_tickets')),
    sa.PrimaryKeyConstraint('local_id', name=op.f('pk_ticket_aliases'))
    )

    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        for statement in _rls_statements(schema):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in (*OWNED_TABLES, "case_materials", "devices", "device_cursors", "inbox", "rejected_rows",
                      "alarms"):
            op.execute(f"DROP POLICY IF EXISTS cd_own ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP POLICY IF EXISTS cd_on_my_cases ON case_events")
        op.execute("DROP POLICY IF EXISTS cd_register ON devices")
        op.execute("DROP POLICY IF EXISTS cd_refuse ON devices")
        op.execute("DROP FUNCTION IF EXISTS cd_window_of(text)")
    for table in ("ticket_aliases", "ref_release_rows", "window_roles", "rejected_rows", "ref_releases",
                  "ref_published", "inbox", "devices", "device_cursors", "alarms"):
        op.drop_table(table)
