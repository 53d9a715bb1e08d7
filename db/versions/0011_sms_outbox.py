"""SMS notices: the applicant's opt-in on the case and the hall's SMS outbox

Revision ID: 0011
Revises: 0010

Why (issue 15, item 4): applicants who agree at intake get an SMS when their case is
accepted, when a 补正 is needed and when the result is ready. The opt-in travels with
the case (``cases.sms_opt_in``, synced like every case column); the outbox is central
(``sms_outbox``, one row per triggering event, its id derived from the event) and is read
and written only by the sender (the center's own role): no window, kiosk or web role is
granted it, so the phone in it never leaves the center.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("sms_opt_in", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table(
        "sms_outbox",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("template", sa.String(length=16), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("parts_total", sa.Integer(), nullable=False),
        sa.Column("parts_done", sa.Integer(), nullable=False),
        sa.Column("reference", sa.Integer(), nullable=False),
        sa.Column("writing_part", sa.Integer(), nullable=True),
        sa.Column("sequence_id", sa.Integer(), nullable=True),
        sa.Column("gateway", sa.String(length=8), nullable=True),
        sa.Column("gateway_msg_id", sa.String(length=400), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_outbox")),
    )
    op.create_index("ix_sms_outbox_state_next", "sms_outbox", ["state", "next_try_at"])
    op.create_index(op.f("ix_sms_outbox_case_id"), "sms_outbox", ["case_id"])
    if op.get_bind().dialect.name == "postgresql":
        # No policy: only the center's own (owner) role, which the sender uses, sees a row.
        op.execute("ALTER TABLE sms_outbox ENABLE ROW LEVEL SECURITY")


def downgrade() -> None:
    op.drop_index(op.f("ix_sms_outbox_case_id"), table_name="sms_outbox")
    op.drop_index("ix_sms_outbox_state_next", table_name="sms_outbox")
    op.drop_table("sms_outbox")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("sms_opt_in")
