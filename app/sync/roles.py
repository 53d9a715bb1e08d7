"""Least-privilege PostgreSQL roles, one per window PC (``admin role create/revoke``).

Mechanism (chosen over SECURITY DEFINER upload functions so the same Python upload
path runs for the owner and for a window): **row-level security**. Migration 0002
enables RLS on every window-owned table and on the sync tables, with policies
``owner_window = cd_window_of(current_user)``; ``cd_window_of`` is a SECURITY DEFINER
lookup in ``window_roles``. This module creates the login role, records which window
it is, and grants exactly:

* read: reference tables, releases, the hall queue (``tickets``);
* read/insert/update, filtered by RLS to its own window: cases and their materials and
  events, documents, ratings, registers …, and its own inbox/cursor/device/alarm rows;
* update of tickets (calling is a claim on the shared queue).

It cannot see or change another window's cases: those rows are invisible to it, an
upsert over one fails the policy, and the upload is rejected to the visible list.
Table owners (the migration/admin account) are not subject to RLS.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, delete, insert, select, text
from sqlalchemy.exc import DBAPIError

from app.store.models import WindowRole
from app.sync.errors import RoleError

REFERENCE_READ = (
    "hall_settings",
    "departments",
    "windows",
    "window_departments",
    "staff",
    "post_assignments",
    "substitutions",
    "matters",
    "situations",
    "materials",
    "bundles",
    "calendar_overrides",
    "ref_releases",
    "ref_release_rows",
)
OWN_READ_WRITE = (
    "cases",
    "case_events",
    "case_materials",
    "documents",
    "print_jobs",
    "ratings",
    "follow_ups",
    "status_events",
    "audit_log",
    "first_inquiries",
    "consultations",
    "complaints",
    "cannot_do_reports",
    "assist_ledger",
    "negative_filings",
    "inbox",
    "devices",
    "device_cursors",
    "tickets",
    "counters",
    "blobs",
    "case_pages",
    "material_checks",
)
OWN_READ_INSERT = ("alarms", "rejected_rows", "ticket_aliases", "blob_chunks")


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(value: str) -> str:
    if "\x00" in value:
        raise RoleError("口令中不能含有空字符")
    return "'" + value.replace("'", "''") + "'"


def role_name_for(database: str, window_code: str) -> str:
    """``cdw_<database>_<window>`` in lower-case ASCII (non-ASCII window codes as hex),
    at most 63 bytes: role names are global to the server, so the database is part of it."""

    def clean(part: str) -> str:
        out = []
        for ch in part.lower():
            out.append(ch if re.fullmatch(r"[a-z0-9_]", ch) else ch.encode("utf-8").hex())
        return "".join(out)

    return f"cdw_{clean(database)}_{clean(window_code)}"[:63]


def _require_postgres(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise RoleError("单机 SQLite 中心库没有数据库角色；窗口角色只用于 PostgreSQL 大厅中心库")


def create_window_role(central: Engine, window_code: str, password: str | None = None) -> str:
    """Create (or refresh the grants and password of) the role of ``window_code``."""
    _require_postgres(central)
    if not window_code or len(window_code) > 16:
        raise RoleError(f"窗口编号“{window_code}”无效")
    with central.begin() as conn:
        database, schema = conn.execute(text("SELECT current_database(), current_schema()")).one()
        role = role_name_for(database, window_code)
        q = _quote_ident(role)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        login = f"LOGIN PASSWORD {_quote_literal(password)}" if password is not None else "LOGIN"
        conn.exec_driver_sql(
            f"{'ALTER' if exists else 'CREATE'} ROLE {q} {login} NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT"
        )
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {_quote_ident(database)} TO {q}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {_quote_ident(schema)} TO {q}")
        conn.exec_driver_sql(f"GRANT SELECT ON {', '.join(REFERENCE_READ)} TO {q}")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON {', '.join(OWN_READ_WRITE)} TO {q}")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT ON {', '.join(OWN_READ_INSERT)} TO {q}")
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {_quote_ident(schema)}.cd_window_of(text) TO {q}")
        conn.execute(delete(WindowRole).where(WindowRole.role_name == role))
        conn.execute(insert(WindowRole).values(role_name=role, window_code=window_code))
    return role


def revoke_window_role(central: Engine, window_code: str) -> str:
    """Remove the role of ``window_code``: its grants, its mapping, its open sessions."""
    _require_postgres(central)
    with central.begin() as conn:
        database = conn.execute(text("SELECT current_database()")).scalar_one()
        role = role_name_for(database, window_code)
        if conn.execute(select(WindowRole.role_name).where(WindowRole.role_name == role)).first() is None:
            raise RoleError(f"{window_code} 号窗口没有数据库角色")
        conn.execute(delete(WindowRole).where(WindowRole.role_name == role))
        q = _quote_ident(role)
        conn.exec_driver_sql(f"ALTER ROLE {q} NOLOGIN")
        conn.exec_driver_sql(f"DROP OWNED BY {q}")
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"), {"r": role})
    with central.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        try:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {_quote_ident(role)}")
        except DBAPIError:
            pass  # still holds rights in another database: it stays, without LOGIN
    return role


def window_roles(central: Engine) -> dict[str, str]:
    """Role name → window code, for the admin view."""
    with central.connect() as conn:
        return dict(conn.execute(select(WindowRole.role_name, WindowRole.window_code)).all())
