"""applicant address: the 住址 the ID-card reader fills in

Revision ID: 0004
Revises: 0003

Why: reading the card fills the applicant's address, which the case did not keep.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("address", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("address")
