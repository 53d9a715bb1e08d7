"""hall web: the 查询码 of a case, the read-only views of the hall web service and on
PostgreSQL its one write, the QR rating, behind a SECURITY DEFINER function

Revision ID: 0009
Revises: 0008

Why (issue 15): the QR code on every notice opens the case's progress and the QR
rating on the hall web service. The case number can be guessed, so a random 查询码
printed on the slip (``cases.lookup_code``) is what opens the case. The web service
reads the central store through its own role: the ``web_*`` views carry only what a
public page shows (no ID number, phone, address, agent, notes of the clerk, document
facts); the role reads no table of cases, tickets or ratings itself. Its only write is
one rating per case, with the slip's code, through ``cd_web_rate``.
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The views of the hall web service on PostgreSQL, name → SELECT. (A one-PC SQLite
#: center has no roles: the service reads the same columns from the tables; and SQLite
#: views would break every later batch migration that rebuilds one of these tables.)
VIEWS = {
    "web_cases": (
        "SELECT id, case_number, lookup_code, owner_window, ticket_id, matter_code, matter_name, kind, state,"
        " applicant_kind, applicant_name, org_name, received_on, accepted_on, due_date, pending_due,"
        " result_kind, result_name, delivery_method, carrier, staff_id, post, updated_at"
        " FROM cases WHERE case_number IS NOT NULL"
    ),
    "web_case_events": "SELECT id, case_id, action, from_state, to_state, day, at FROM case_events",
    "web_case_materials": (
        "SELECT id, case_id, name, necessity, form, copies, standard, status, note, position FROM case_materials"
    ),
    "web_documents": "SELECT id, number, kind, case_id, issued_at FROM documents WHERE case_id IS NOT NULL",
    "web_ratings": "SELECT id, case_id, owner_window, rating, source, rated_at FROM ratings",
    "web_tickets": (
        "SELECT id, hall_day, number, category, priority_rank, status, issued_at, called_at, called_by_window,"
        " service_started_at, finished_at, transferred_to, recall_count FROM tickets"
    ),
}

RATE_FUNCTION = "cd_web_rate(uuid, text, uuid, text, text[], timestamptz, uuid, date)"


def _rate_function(schema: str) -> str:
    # One rating per case, only with the case's 查询码, recorded like the window's
    # evaluator rating (the case's window, clerk and post); a bad one opens its
    # follow-up (due date worked out by the service from the hall's calendar).
    return f"""CREATE FUNCTION cd_web_rate(p_case uuid, p_code text, p_id uuid, p_rating text, p_reasons text[],
                                      p_now timestamptz, p_follow_id uuid, p_follow_due date)
        RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {schema}, pg_temp
        AS $$
        DECLARE k text := cd_caller_kind(); c cases;
        BEGIN
          IF k IS NOT NULL AND k <> 'web' THEN
            RAISE EXCEPTION '此数据库角色不能登记扫码评价' USING ERRCODE = '42501';
          END IF;
          SELECT * INTO c FROM cases WHERE id = p_case FOR UPDATE;
          IF NOT FOUND OR c.lookup_code IS NULL OR c.lookup_code <> p_code THEN
            RETURN 'unknown';
          END IF;
          IF p_rating NOT IN ('非常满意', '满意', '基本满意', '不满意', '非常不满意') THEN
            RAISE EXCEPTION '评价等级“%”无效', p_rating USING ERRCODE = '22023';
          END IF;
          IF p_rating IN ('不满意', '非常不满意') AND (p_follow_id IS NULL OR p_follow_due IS NULL) THEN
            RAISE EXCEPTION '差评须同时立项回访' USING ERRCODE = '22023';
          END IF;
          IF EXISTS (SELECT 1 FROM ratings WHERE case_id = p_case AND rating <> '未评价') THEN
            RETURN 'already';
          END IF;
          INSERT INTO ratings (id, owner_window, case_id, ticket_id, reference, staff_id, post, rating, reasons,
                               source, unrated_reason, requested_at, rated_at)
          VALUES (p_id, c.owner_window, c.id, c.ticket_id, c.case_number, c.staff_id, c.post, p_rating,
                  to_json(coalesce(p_reasons, '{{}}'::text[])), 'qr', NULL, p_now, p_now);
          IF p_rating IN ('不满意', '非常不满意') THEN
            INSERT INTO follow_ups (id, owner_window, rating_id, due_date, stage, visit_note, rectify_note, feedback,
                                    created_at)
            VALUES (p_follow_id, c.owner_window, p_id, p_follow_due, '待回访', '', '', '', p_now);
          END IF;
          RETURN 'ok';
        END $$"""


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("lookup_code", sa.String(length=16), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name, select in VIEWS.items():
            op.execute(f"CREATE VIEW {name} WITH (security_barrier) AS {select}")
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        op.execute(_rate_function(schema))
        op.execute(f"REVOKE ALL ON FUNCTION {RATE_FUNCTION} FROM PUBLIC")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {RATE_FUNCTION}")
        for name in VIEWS:
            op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("lookup_code")
