"""case files: captured pages, content-addressed blobs and their chunks, material checks;
row-level security so a window's role reads only its own files

Revision ID: 0003
Revises: 0002

Why: a case's materials must be kept as files (电子档案) that the back office and the
center can open, travelling through the outbox as idempotent chunks; on PostgreSQL the
files are window-owned like cases, so one window's role cannot read another's.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import app.store.base


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("blobs", "blob_chunks", "case_pages", "material_checks")


def upgrade() -> None:
    op.create_table('blob_chunks',
    sa.Column('owner_window', sa.String(length=16), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('owner_window', 'sha256', 'idx', name=op.f('pk_blob_chunks'))
    )
    op.create_table('blobs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('owner_window', sa.String(length=16), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sa.String(length=32), nullable=False),
    sa.Column('chunk_size', sa.Integer(), nullable=False),
    sa.Column('chunk_count', sa.Integer(), nullable=False),
    sa.Column('created_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_blobs')),
    sa.UniqueConstraint('owner_window', 'sha256', name=op.f('uq_blobs_owner_window_sha256'))
    )
    op.create_index(op.f('ix_blobs_owner_window'), 'blobs', ['owner_window'], unique=False)
    op.create_table('case_pages',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('owner_window', sa.String(length=16), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('line_id', sa.Uuid(), nullable=True),
    sa.Column('material_code', sa.String(length=64), nullable=False),
    sa.Column('material_name', sa.String(length=300), nullable=False),
    sa.Column('page_no', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=32), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('reused_from', sa.Uuid(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('removed', sa.Boolean(), nullable=False),
    sa.Column('captured_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('post', sa.String(length=8), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_pages_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_case_pages_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_pages'))
    )
    op.create_index(op.f('ix_case_pages_case_id'), 'case_pages', ['case_id'], unique=False)
    op.create_index('ix_case_pages_case_line', 'case_pages', ['case_id', 'line_id', 'page_no'], unique=False)
    op.create_index(op.f('ix_case_pages_owner_window'), 'case_pages', ['owner_window'], unique=False)
    op.create_index(op.f('ix_case_pages_sha256'), 'case_pages', ['sha256'], unique=False)
    op.create_table('material_checks',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('owner_window', sa.String(length=16), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('line_id', sa.Uuid(), nullable=True),
    sa.Column('material_code', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('checked_at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('post', sa.String(length=8), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_material_checks_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_material_checks_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_material_checks'))
    )
    op.create_index(op.f('ix_material_checks_case_id'), 'material_checks', ['case_id'], unique=False)
    op.create_index(op.f('ix_material_checks_owner_window'), 'material_checks', ['owner_window'], unique=False)

    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        w = f"{schema}.cd_window_of(current_user)"
        for table in TABLES:
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(f"CREATE POLICY cd_own ON {table} USING (owner_window = {w}) WITH CHECK (owner_window = {w})")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP POLICY IF EXISTS cd_own ON {table}")
    for table in ("material_checks", "case_pages", "blobs", "blob_chunks"):
        op.drop_table(table)
