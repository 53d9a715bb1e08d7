"""Least-privilege PostgreSQL roles (``admin role create/revoke/audit``), one per window
PC, kiosk … — every kind of role is declared once, in :data:`ROLE_KINDS`.

How a role is kept to its own rows:

* **grants** (this module): exactly the tables, columns and SECURITY DEFINER functions
  its :class:`RoleKind` lists — ``admin role create`` revokes everything else first;
* **row-level security** (migrations ``0002`` and ``0003``): enabled on *every* table;
  a window's rows are those with ``owner_window = cd_window_of(current_user)``
  (``cd_window_of`` looks the role up in ``window_roles``, which no role can read);
  reference data, releases and the queue have an explicit read-all policy;
* **functions**: the hall queue is changed only through ``cd_ticket_*`` functions
  that check the calling role's window; password hashes leave the center only
  through ``cd_my_credentials()``, for the people who may sign in at that window;
* **triggers**: the audit, status and credential events are append-only; an audit
  row must name the person of a login session at that window; a login must be of
  someone who may sign in there; credential events are folded by the center.

Adding a kind of role (the back office, the hall web service, the provincial
exchange): add a :class:`RoleKind` to :data:`ROLE_KINDS` with its grants and
functions, and — if it needs rows that no existing policy gives it — a migration
with those policies (keyed by ``cd_caller_kind()``). :func:`audit_roles` then checks
it like every other role; see docs/security.md.

Table owners (the migration/admin account, the center's role) are not subject to RLS.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, delete, insert, select, text
from sqlalchemy.exc import DBAPIError

from app.store.models import Base, WindowRole
from app.store.models.credentials import STAFF_CREDENTIAL_COLUMNS
from app.sync.errors import RoleError

READ = ("SELECT",)
APPEND = ("SELECT", "INSERT")
OWN = ("SELECT", "INSERT", "UPDATE")


@dataclass(frozen=True, slots=True)
class Grant:
    """Privileges on one table; ``columns`` limits a privilege to some columns."""

    table: str
    privileges: tuple[str, ...] = ()
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: A read-only view of public columns made for this role (the hall web service's
    #: ``web_*`` views): row-level security does not apply to it, by design.
    view: bool = False
    #: Personal columns the view carries by design (the exchange's certificate numbers);
    #: ``admin role audit`` accepts these and no other.
    personal: tuple[str, ...] = ()

    def all_privileges(self) -> frozenset[str]:
        return frozenset(self.privileges) | frozenset(self.columns)


@dataclass(frozen=True, slots=True)
class RoleKind:
    """One kind of database role: its name prefix, what it is, and all it may do."""

    name: str
    #: Role names are ``<prefix>_<database>_<code>``.
    prefix: str
    label: str
    grants: tuple[Grant, ...]
    #: SECURITY DEFINER (and policy helper) functions it may execute, with signatures.
    functions: tuple[str, ...]

    def grant_for(self, table: str) -> Grant | None:
        return next((g for g in self.grants if g.table == table), None)


def _staff_public_columns() -> tuple[str, ...]:
    return tuple(c.name for c in Base.metadata.tables["staff"].columns if c.name not in STAFF_CREDENTIAL_COLUMNS)


#: Reference data and releases every window reads (staff without credentials).
_REFERENCE = (
    "hall_settings",
    "departments",
    "windows",
    "window_departments",
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
#: A window's own records: it writes snapshots of them (upsert by owner).
_OWN_ROWS = (
    "cases",
    "case_events",
    "case_materials",
    "documents",
    "print_jobs",
    "ratings",
    "follow_ups",
    "first_inquiries",
    "consultations",
    "complaints",
    "cannot_do_reports",
    "assist_ledger",
    "negative_filings",
    # the electronic case file (migration 0003_case_files)
    "blobs",
    "case_pages",
    "material_checks",
)
#: Appended, never changed (also centrally append-only for status/audit/credentials).
_OWN_EVENTS = ("audit_log", "status_events", "credential_events", "alarms", "rejected_rows", "blob_chunks")

_QUEUE_FUNCTIONS = (
    "cd_ticket_claim_next(text, text[], date, timestamptz, uuid)",
    "cd_ticket_claim_one(text, uuid, timestamptz, uuid)",
    "cd_ticket_update(text, uuid, jsonb)",
    "cd_ticket_issue(text, text, text, integer, text, date, timestamptz, boolean, uuid)",
    "cd_ticket_reconcile(text, jsonb, uuid)",
)

WINDOW = RoleKind(
    name="window",
    prefix="cdw",
    label="窗口电脑",
    grants=(
        *(Grant(t, READ) for t in _REFERENCE),
        Grant("staff", columns={"SELECT": _staff_public_columns()}),
        Grant("tickets", READ),
        Grant("ticket_aliases", READ),
        *(Grant(t, OWN) for t in _OWN_ROWS),
        *(Grant(t, APPEND) for t in _OWN_EVENTS),
        Grant("inbox", APPEND, {"UPDATE": ("projected",)}),
        Grant("devices", APPEND, {"UPDATE": ("state", "refused_reason")}),
        Grant("device_cursors", OWN),
    ),
    # cd_caller_kind: the alarms table's exchange policy (0010) is evaluated for every reader;
    # it and the back office's helpers (0012) are called by policies on tables the window
    # reads too (alarms, cases, documents, audit, credential events); for a window they say no.
    functions=(
        "cd_window_of(text)",
        "cd_my_credentials()",
        *_QUEUE_FUNCTIONS,
        "cd_caller_kind()",
        "cd_department_of()",
        "cd_back_office_case(uuid)",
        "cd_back_office_staff(uuid)",
    ),
)

KIOSK = RoleKind(
    name="kiosk",
    prefix="cdk",
    label="取号机",
    grants=(Grant("tickets", READ), Grant("windows", READ), Grant("hall_settings", READ)),
    functions=("cd_ticket_issue(text, text, text, integer, text, date, timestamptz, boolean, uuid)",),
)

#: The hall web service's views (migration 0009): public columns of cases, their events,
#: materials and documents, ratings and tickets — never an ID number or a phone.
WEB_VIEWS = (
    "web_cases",
    "web_case_events",
    "web_case_materials",
    "web_documents",
    "web_ratings",
    "web_tickets",
    "web_ticket_reminders",  # migration 0013: ticket, day, threshold — no phone
)
#: Reference data the web service shows (the guide, windows, hours, calendar).
_WEB_REFERENCE = (
    "hall_settings",
    "departments",
    "windows",
    "window_departments",
    "matters",
    "situations",
    "materials",
    "bundles",
    "calendar_overrides",
)

WEB = RoleKind(
    name="web",
    prefix="cdh",
    label="大厅网站",
    grants=(*(Grant(v, READ, view=True) for v in WEB_VIEWS), *(Grant(t, READ) for t in _WEB_REFERENCE)),
    # cd_web_rate: the QR rating (0009); cd_web_ticket_reminder: the 叫号提醒 request (0013).
    functions=(
        "cd_web_rate(uuid, text, uuid, text, text[], timestamptz, uuid, date)",
        "cd_web_ticket_reminder(uuid, date, text, integer, timestamptz)",
    ),
)

#: The provincial exchange's views (migration 0010): case events with their case, ratings and
#: closed follow-ups. The platform identifies the applicant by certificate number, so the
#: case events carry it (docs/protocols/province.md).
EXCHANGE_VIEWS = ("px_case_events", "px_ratings", "px_follow_ups")

EXCHANGE = RoleKind(
    name="exchange",
    prefix="cdx",
    label="省平台交换",
    grants=(
        Grant("px_case_events", READ, view=True, personal=("id_number", "credit_code")),
        Grant("px_ratings", READ, view=True),
        Grant("px_follow_ups", READ, view=True),
        Grant("hall_settings", READ),
        Grant("departments", READ),
        Grant("province_items", OWN),
        Grant("province_reconciliations", APPEND),
        Grant("alarms", APPEND),
    ),
    # cd_caller_kind: its own policies; cd_window_of: the alarms' window policy it passes through.
    functions=("cd_caller_kind()", "cd_window_of(text)"),
)

#: A department's back-office PC (后台审批, migration 0012; the code is the department's):
#: reads its department's cases (and the 联办 cases naming it), their events, checklists
#: and documents; appends events owned by ``后台<部门>``, its 不予许可 filings, its audit
#: rows and its people's login events; UPDATE and DELETE on nothing.
BACKOFFICE = RoleKind(
    name="backoffice",
    prefix="cdb",
    label="部门后台电脑",
    grants=(
        *(Grant(t, READ) for t in _REFERENCE),
        Grant("staff", columns={"SELECT": _staff_public_columns()}),
        Grant("cases", READ),
        Grant("case_events", APPEND),
        Grant("case_materials", READ),
        Grant("documents", READ),
        Grant("negative_filings", APPEND),
        Grant("audit_log", APPEND),
        Grant("credential_events", APPEND),
        Grant("device_registration", READ),  # asked by every transaction; it has none
    ),
    # cd_caller_kind / cd_window_of / cd_department_of / cd_back_office_*: its policies;
    # cd_my_credentials: the hashes of its department's 后台审批人 for the login.
    functions=(
        "cd_caller_kind()",
        "cd_window_of(text)",
        "cd_department_of()",
        "cd_back_office_case(uuid)",
        "cd_back_office_staff(uuid)",
        "cd_my_credentials()",
    ),
)

#: Every kind of role, by name. Add new kinds here (see the module docstring).
ROLE_KINDS: dict[str, RoleKind] = {kind.name: kind for kind in (WINDOW, KIOSK, WEB, EXCHANGE, BACKOFFICE)}


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(value: str) -> str:
    if "\x00" in value:
        raise RoleError("口令中不能含有空字符")
    return "'" + value.replace("'", "''") + "'"


def _kind(name: str) -> RoleKind:
    try:
        return ROLE_KINDS[name]
    except KeyError:
        raise RoleError(f"未知的角色类别“{name}”（可用：{'、'.join(ROLE_KINDS)}）") from None


def role_name_for(database: str, code: str, kind: str = WINDOW.name) -> str:
    """``<prefix>_<database>_<code>`` in lower-case ASCII (non-ASCII as hex), at most 63
    bytes: role names are global to the server, so the database is part of it."""

    def clean(part: str) -> str:
        out = []
        for ch in part.lower():
            out.append(ch if re.fullmatch(r"[a-z0-9_]", ch) else ch.encode("utf-8").hex())
        return "".join(out)

    return f"{_kind(kind).prefix}_{clean(database)}_{clean(code)}"[:63]


def _require_postgres(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise RoleError("单机 SQLite 中心库没有数据库角色；窗口角色只用于 PostgreSQL 大厅中心库")


def _apply_grants(conn: Connection, kind: RoleKind, role: str, database: str, schema: str) -> None:
    q = _quote_ident(role)
    s = _quote_ident(schema)
    # Start from nothing, so a grant added by hand (drift) does not survive a refresh.
    conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {q}")
    conn.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {q}")
    conn.exec_driver_sql(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM {q}")
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {_quote_ident(database)} TO {q}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {s} TO {q}")
    for grant in kind.grants:
        if grant.privileges:
            conn.exec_driver_sql(f"GRANT {', '.join(grant.privileges)} ON {_quote_ident(grant.table)} TO {q}")
        for privilege, columns in grant.columns.items():
            cols = ", ".join(_quote_ident(c) for c in columns)
            conn.exec_driver_sql(f"GRANT {privilege} ({cols}) ON {_quote_ident(grant.table)} TO {q}")
    for function in kind.functions:
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {q}")


def create_role(central: Engine, kind: str, code: str, password: str | None = None) -> str:
    """Create (or refresh the grants and password of) the role of ``code`` of ``kind``."""
    _require_postgres(central)
    spec = _kind(kind)
    if not code or len(code) > 16:
        raise RoleError(f"编号“{code}”无效")
    with central.begin() as conn:
        database, schema = conn.execute(text("SELECT current_database(), current_schema()")).one()
        role = role_name_for(database, code, kind)
        q = _quote_ident(role)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        login = f"LOGIN PASSWORD {_quote_literal(password)}" if password is not None else "LOGIN"
        conn.exec_driver_sql(
            f"{'ALTER' if exists else 'CREATE'} ROLE {q} {login} "
            "NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS"
        )
        _apply_grants(conn, spec, role, database, schema)
        conn.execute(delete(WindowRole).where(WindowRole.role_name == role))
        conn.execute(insert(WindowRole).values(role_name=role, window_code=code, kind=spec.name))
    return role


def create_window_role(central: Engine, window_code: str, password: str | None = None) -> str:
    """The role of a window PC (see :func:`create_role`)."""
    return create_role(central, WINDOW.name, window_code, password)


def refresh_roles(central: Engine) -> list[str]:
    """Re-apply every mapped role's grants from :data:`ROLE_KINDS` (after an upgrade)."""
    _require_postgres(central)
    refreshed = []
    with central.begin() as conn:
        database, schema = conn.execute(text("SELECT current_database(), current_schema()")).one()
        for role, kind in conn.execute(select(WindowRole.role_name, WindowRole.kind)).all():
            if kind in ROLE_KINDS:
                _apply_grants(conn, ROLE_KINDS[kind], role, database, schema)
                refreshed.append(role)
    return refreshed


def revoke_role(central: Engine, kind: str, code: str) -> str:
    """Remove the role of ``code``: its grants, its mapping, its open sessions."""
    _require_postgres(central)
    with central.begin() as conn:
        database = conn.execute(text("SELECT current_database()")).scalar_one()
        role = role_name_for(database, code, kind)
        if conn.execute(select(WindowRole.role_name).where(WindowRole.role_name == role)).first() is None:
            raise RoleError(f"“{code}”没有{_kind(kind).label}数据库角色")
        conn.execute(delete(WindowRole).where(WindowRole.role_name == role))
        q = _quote_ident(role)
        conn.exec_driver_sql(f"ALTER ROLE {q} NOLOGIN")
        conn.exec_driver_sql(f"DROP OWNED BY {q}")
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"), {"r": role})
    with central.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        with contextlib.suppress(DBAPIError):  # still holds rights in another database: it stays, without LOGIN
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {_quote_ident(role)}")
    return role


def revoke_window_role(central: Engine, window_code: str) -> str:
    return revoke_role(central, WINDOW.name, window_code)


def window_roles(central: Engine) -> dict[str, str]:
    """Role name → window (or kiosk) code, for the admin view."""
    with central.connect() as conn:
        return dict(conn.execute(select(WindowRole.role_name, WindowRole.window_code)).all())


__all__ = [
    "BACKOFFICE",
    "EXCHANGE",
    "EXCHANGE_VIEWS",
    "KIOSK",
    "ROLE_KINDS",
    "WEB",
    "WEB_VIEWS",
    "WINDOW",
    "Grant",
    "RoleKind",
    "create_role",
    "create_window_role",
    "refresh_roles",
    "revoke_role",
    "revoke_window_role",
    "role_name_for",
    "window_roles",
]
