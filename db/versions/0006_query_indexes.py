"""query indexes: the indexes the window's own queries need

Revision ID: 0006
Revises: 0005

Why (issue 16): a window's day statistics scanned its whole history (no (window, day)
index on case events, tickets, documents and ratings); without statistics SQLite picked
the matter-code index for the same-applicant queries (ID number or credit code and
matter); my cases filtered a window's cases by state without an index.
"""

from __future__ import annotations

from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_tickets_day_window", "tickets", ["hall_day", "called_by_window"]),
    ("ix_cases_window_state", "cases", ["owner_window", "state"]),
    ("ix_cases_id_number_matter", "cases", ["id_number", "matter_code"]),
    ("ix_cases_credit_code_matter", "cases", ["credit_code", "matter_code"]),
    ("ix_cases_agent_id_number", "cases", ["agent_id_number"]),
    ("ix_cases_received_on", "cases", ["received_on"]),
    ("ix_case_events_window_day", "case_events", ["owner_window", "day"]),
    ("ix_documents_window_issued", "documents", ["owner_window", "issued_at"]),
    ("ix_ratings_window_requested", "ratings", ["owner_window", "requested_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
