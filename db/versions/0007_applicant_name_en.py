"""applicant English name: a foreigner's card carries the Chinese and the English name

Revision ID: 0007
Revises: 0006

Why: the 外国人永久居留身份证 (2017 and 2023 cards) holds both names; the intake keeps
the Chinese one as the applicant's name and now the English one beside it.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("applicant_name_en", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("applicant_name_en")
