"""叫号提醒: an applicant asks on the ticket's 取号进度 page to be texted when N tickets are
ahead; the hall web service writes the request through one SECURITY DEFINER function

Revision ID: 0013
Revises: 0012

Why (issue 15, item 4, "ticket nearly up"): the ticket machine asks for no phone, so the
number is asked where the applicant already is — the page the ticket's QR opens. The web
service's role may not read or write any table: ``cd_web_ticket_reminder`` checks the ticket
(today's, still waiting), the number (a mainland mobile) and the threshold, and records one
request per ticket in ``ticket_reminders``. The role reads back only ``web_ticket_reminders``
(ticket, day, threshold — no phone). The sender (the center's own role) files the one
``tkt-<ticket>`` SMS when the threshold is reached and clears past days' rows.
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

VIEW = "SELECT ticket_id, hall_day, threshold, created_at FROM ticket_reminders"
FUNCTION = "cd_web_ticket_reminder(uuid, date, text, integer, timestamptz)"


def _function(schema: str) -> str:
    return f"""CREATE FUNCTION cd_web_ticket_reminder(p_ticket uuid, p_day date, p_phone text, p_threshold integer,
                                                p_now timestamptz)
        RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {schema}, pg_temp
        AS $$
        DECLARE k text := cd_caller_kind(); t tickets; n integer;
        BEGIN
          IF k IS NOT NULL AND k <> 'web' THEN
            RAISE EXCEPTION '此数据库角色不能登记叫号提醒' USING ERRCODE = '42501';
          END IF;
          IF p_phone IS NULL OR p_phone !~ '^1[3-9][0-9]{{9}}$' THEN
            RAISE EXCEPTION '手机号码无效' USING ERRCODE = '22023';
          END IF;
          IF p_threshold IS NULL OR p_threshold < 1 OR p_threshold > 50 THEN
            RAISE EXCEPTION '提醒人数无效' USING ERRCODE = '22023';
          END IF;
          SELECT * INTO t FROM tickets WHERE id = p_ticket AND hall_day = p_day;
          IF NOT FOUND THEN
            RETURN 'unknown';
          END IF;
          IF t.status <> '等候' OR t.transferred_to IS NOT NULL THEN
            RETURN 'not_waiting';
          END IF;
          INSERT INTO ticket_reminders (ticket_id, hall_day, phone, threshold, created_at)
          VALUES (p_ticket, p_day, p_phone, p_threshold, p_now)
          ON CONFLICT (ticket_id) DO NOTHING;
          GET DIAGNOSTICS n = ROW_COUNT;
          RETURN CASE WHEN n = 1 THEN 'ok' ELSE 'already' END;
        END $$"""


def upgrade() -> None:
    op.create_table(
        "ticket_reminders",
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("hall_day", sa.Date(), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_ticket_reminders")),
    )
    op.create_index(op.f("ix_ticket_reminders_hall_day"), "ticket_reminders", ["hall_day"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # No policy: only the center's own (owner) role, which the sender uses, sees a row.
        op.execute("ALTER TABLE ticket_reminders ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE VIEW web_ticket_reminders WITH (security_barrier) AS {VIEW}")
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        op.execute(_function(schema))
        op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}")
        op.execute("DROP VIEW IF EXISTS web_ticket_reminders")
    op.drop_index(op.f("ix_ticket_reminders_hall_day"), table_name="ticket_reminders")
    op.drop_table("ticket_reminders")
