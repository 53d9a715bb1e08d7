"""output window: the 出件窗口 flag of a window

Revision ID: 0008
Revises: 0007

Why (issue 13, 统一窗口出件): finished cases are handed over at result-output windows;
which windows those are is reference data the console and ``admin window`` set. On
PostgreSQL an output window's database role may read every window's cases (and through
the existing policies their materials and events) to find and check the case it hands
over; it still writes only rows it owns (its 送达 event and 领取回执).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("windows") as batch:
        batch.add_column(sa.Column("output_window", sa.Boolean(), server_default=sa.false(), nullable=False))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        op.execute(
            "CREATE POLICY cd_output_window ON cases FOR SELECT USING (EXISTS ("
            f"SELECT 1 FROM windows w WHERE w.code = {schema}.cd_window_of(current_user) AND w.output_window))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS cd_output_window ON cases")
    with op.batch_alter_table("windows") as batch:
        batch.drop_column("output_window")
