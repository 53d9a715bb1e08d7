"""``admin role audit``: every grant and policy of every database role, and what is wrong.

Read from the server's catalogs (not from what this program meant to grant), per
role mapped in ``window_roles``: its attributes and memberships, each table it can
reach with the privileges (and columns), whether row-level security is on and which
policies apply, and the functions it may execute. A problem is anything that lets a
role reach rows no policy describes:

* a reachable table without row-level security, or a privilege no policy covers;
* TRUNCATE, REFERENCES or TRIGGER on anything (TRUNCATE ignores row-level security);
* a privilege, column or SECURITY DEFINER function its :class:`~app.sync.roles.RoleKind`
  does not list (drift), or one it lists but lacks;
* reading ``staff.password_hash``; a release that still carries credentials;
* superuser, BYPASSRLS, CREATEROLE …, membership in another role, CREATE on the schema;
* privileges granted to PUBLIC or to a role the hall does not know.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, text

from app.store.models.credentials import STAFF_CREDENTIAL_COLUMNS
from app.sync.errors import RoleError
from app.sync.roles import ROLE_KINDS, RoleKind

_RELKINDS = {"r": "表", "p": "分区表", "v": "视图", "m": "物化视图", "f": "外部表"}
_DANGEROUS = frozenset({"TRUNCATE", "REFERENCES", "TRIGGER"})
_ROW_PRIVILEGES = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE"})


@dataclass(frozen=True, slots=True)
class PolicyInfo:
    name: str
    command: str
    roles: tuple[str, ...]
    using: str | None
    check: str | None

    def text(self) -> str:
        parts = [f"{self.name}（{self.command}，{', '.join(self.roles)}）"]
        if self.using:
            parts.append(f"USING {self.using}")
        if self.check:
            parts.append(f"CHECK {self.check}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class TableAccess:
    table: str
    relkind: str
    rls: bool
    privileges: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]
    policies: tuple[PolicyInfo, ...]


@dataclass(frozen=True, slots=True)
class RoleReport:
    role: str
    kind: str
    code: str
    attributes: tuple[str, ...]
    member_of: tuple[str, ...]
    tables: tuple[TableAccess, ...]
    functions: tuple[tuple[str, bool], ...]
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AuditReport:
    roles: tuple[RoleReport, ...]
    problems: tuple[str, ...] = field(default=())

    @property
    def all_problems(self) -> tuple[str, ...]:
        return self.problems + tuple(f"{r.role}：{p}" for r in self.roles for p in r.problems)

    @property
    def ok(self) -> bool:
        return not self.all_problems

    def text(self) -> str:
        """The report as the command prints it (Chinese)."""
        lines: list[str] = []
        for r in self.roles:
            kind = ROLE_KINDS[r.kind].label if r.kind in ROLE_KINDS else r.kind
            lines.append(f"角色 {r.role}（{kind} {r.code}）：{' '.join(r.attributes)}")
            if r.member_of:
                lines.append(f"  属于角色：{', '.join(r.member_of)}")
            for t in r.tables:
                privs = list(t.privileges) + [f"{p}({', '.join(cols)})" for p, cols in sorted(t.columns.items())]
                rls = "行级安全：开" if t.rls else "行级安全：关"
                lines.append(f"  {_RELKINDS.get(t.relkind, t.relkind)} {t.table}：{', '.join(privs)}；{rls}")
                for policy in t.policies:
                    lines.append(f"      策略 {policy.text()}")
            for name, definer in r.functions:
                lines.append(f"  函数 {name}{'（SECURITY DEFINER）' if definer else ''}")
            for p in r.problems:
                lines.append(f"  ✗ {p}")
        for p in self.problems:
            lines.append(f"✗ {p}")
        problems = self.all_problems
        lines.append("结论：通过" if not problems else f"结论：未通过，{len(problems)} 个问题")
        return "\n".join(lines)


def _policies(conn: Connection, schema: str) -> dict[str, list[PolicyInfo]]:
    out: dict[str, list[PolicyInfo]] = {}
    rows = conn.execute(
        text(
            "SELECT tablename, policyname, cmd, roles::text[] AS roles, qual, with_check"
            " FROM pg_policies WHERE schemaname = :s ORDER BY tablename, policyname"
        ),
        {"s": schema},
    )
    for r in rows:
        out.setdefault(r.tablename, []).append(PolicyInfo(r.policyname, r.cmd, tuple(r.roles), r.qual, r.with_check))
    return out


def _table_privileges(conn: Connection, schema: str, oid: int) -> dict[str, tuple[str, bool, set[str]]]:
    rows = conn.execute(
        text(
            "SELECT c.relname, c.relkind, c.relrowsecurity, a.privilege_type"
            " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a"
            " WHERE n.nspname = :s AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.grantee = :o"
        ),
        {"s": schema, "o": oid},
    )
    out: dict[str, tuple[str, bool, set[str]]] = {}
    for r in rows:
        out.setdefault(r.relname, (r.relkind, r.relrowsecurity, set()))[2].add(r.privilege_type)
    return out


def _column_privileges(conn: Connection, schema: str, oid: int) -> dict[str, tuple[str, bool, dict[str, set[str]]]]:
    rows = conn.execute(
        text(
            "SELECT c.relname, c.relkind, c.relrowsecurity, att.attname, a.privilege_type"
            " FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " CROSS JOIN LATERAL aclexplode(att.attacl) a"
            " WHERE n.nspname = :s AND att.attacl IS NOT NULL AND att.attnum > 0 AND NOT att.attisdropped"
            " AND a.grantee = :o"
        ),
        {"s": schema, "o": oid},
    )
    out: dict[str, tuple[str, bool, dict[str, set[str]]]] = {}
    for r in rows:
        entry = out.setdefault(r.relname, (r.relkind, r.relrowsecurity, {}))
        entry[2].setdefault(r.privilege_type, set()).add(r.attname)
    return out


def _functions(conn: Connection, schema: str, role: str) -> list[tuple[int, str, bool]]:
    rows = conn.execute(
        text(
            "SELECT p.oid, p.oid::regprocedure::text AS name, p.prosecdef FROM pg_proc p"
            " JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = :s AND has_function_privilege(:r, p.oid, 'EXECUTE') ORDER BY 2"
        ),
        {"s": schema, "r": role},
    )
    return [(int(r.oid), str(r.name), bool(r.prosecdef)) for r in rows]


def _spec_function_oids(conn: Connection, schema: str, kind: RoleKind) -> dict[int, str]:
    out: dict[int, str] = {}
    for signature in kind.functions:
        oid = conn.execute(text("SELECT to_regprocedure(:f)::oid"), {"f": f"{schema}.{signature}"}).scalar()
        if oid is not None:
            out[int(oid)] = signature
    return out


def _covered(policies: Iterable[PolicyInfo], privilege: str, role: str) -> bool:
    return any(p.command in ("ALL", privilege) and ("public" in p.roles or role in p.roles) for p in policies)


def _audit_role(
    conn: Connection, schema: str, role: str, kind_name: str, code: str, policies: dict[str, list[PolicyInfo]]
) -> RoleReport:
    problems: list[str] = []
    info = conn.execute(text("SELECT * FROM pg_roles WHERE rolname = :r"), {"r": role}).mappings().first()
    kind = ROLE_KINDS.get(kind_name)
    if kind is None:
        problems.append(f"未知的角色类别“{kind_name}”")
    if info is None:
        return RoleReport(
            role, kind_name, code, ("（服务器上不存在）",), (), (), (), ("映射表中有此角色，服务器上却没有",)
        )
    attributes = _attributes(info)
    for flag, name in (
        ("rolsuper", "SUPERUSER"),
        ("rolbypassrls", "BYPASSRLS"),
        ("rolcreaterole", "CREATEROLE"),
        ("rolcreatedb", "CREATEDB"),
        ("rolreplication", "REPLICATION"),
    ):
        if info[flag]:
            problems.append(f"角色带有 {name} 属性")
    oid = int(info["oid"])
    member_of = tuple(
        conn.execute(
            text(
                "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                " WHERE m.member = :o ORDER BY 1"
            ),
            {"o": oid},
        ).scalars()
    )
    if member_of:
        problems.append(f"属于其他角色（{', '.join(member_of)}），会继承其权限")
    if conn.execute(text("SELECT has_schema_privilege(:r, :s, 'CREATE')"), {"r": role, "s": schema}).scalar():
        problems.append(f"可以在模式 {schema} 中创建对象")

    table_privs = _table_privileges(conn, schema, oid)
    column_privs = _column_privileges(conn, schema, oid)
    tables: list[TableAccess] = []
    for name in sorted(set(table_privs) | set(column_privs)):
        relkind, rls, privs = table_privs.get(name) or (*column_privs[name][:2], set())
        cols = {p: tuple(sorted(c)) for p, c in (column_privs[name][2] if name in column_privs else {}).items()}
        table_policies = tuple(policies.get(name, ()))
        tables.append(TableAccess(name, relkind, rls, tuple(sorted(privs)), cols, table_policies))
        held = set(privs) | set(cols)
        grant = kind.grant_for(name) if kind is not None else None
        if grant is not None and grant.view and relkind == "v":
            problems += _view_problems(conn, schema, name, frozenset(grant.personal))
        else:
            if relkind != "r":
                problems.append(f"可以访问{_RELKINDS.get(relkind, relkind)} {name}（视图不受行级安全约束）")
            if not rls:
                problems.append(f"可以访问的表 {name} 没有启用行级安全")
        for privilege in sorted(held & _ROW_PRIVILEGES):
            if rls and not _covered(table_policies, privilege, role):
                problems.append(f"表 {name} 的 {privilege} 权限没有对应的行级安全策略")
        for privilege in sorted(held & _DANGEROUS):
            problems.append(f"表 {name} 上有 {privilege} 权限")
        if kind is not None:
            problems += _drift(kind, name, set(privs), cols)
    if kind is not None:
        reached = {t.table for t in tables}
        for grant in kind.grants:
            if grant.table not in reached:
                problems.append(f"缺少设计中的权限：表 {grant.table}（请重新执行 admin role create）")
    if conn.execute(text("SELECT has_column_privilege(:r, 'staff', 'password_hash', 'SELECT')"), {"r": role}).scalar():
        problems.append("可以读取 staff.password_hash（密码散列）")

    functions = _functions(conn, schema, role)
    allowed = _spec_function_oids(conn, schema, kind) if kind is not None else {}
    for fn_oid, name, definer in functions:
        if definer and fn_oid not in allowed:
            problems.append(f"可以执行设计之外的 SECURITY DEFINER 函数 {name}")
    have = {fn_oid for fn_oid, _n, _d in functions}
    for fn_oid, signature in allowed.items():
        if fn_oid not in have:
            problems.append(f"缺少设计中的函数权限：{signature}")
    if kind is not None and len(allowed) != len(kind.functions):
        problems.append("设计中的函数在数据库中不存在（数据库版本过旧？请执行 admin init）")
    return RoleReport(
        role,
        kind_name,
        code,
        attributes,
        member_of,
        tuple(tables),
        tuple((name, definer) for _o, name, definer in functions if definer),
        tuple(problems),
    )


#: Columns no view made for a role may carry (personal data, credentials).
_PERSONAL_COLUMNS = frozenset(
    {"id_number", "phone", "address", "agent_id_number", "agent_phone", "credit_code", "facts", "password_hash"}
)


def _view_problems(conn: Connection, schema: str, view: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """A designed view: read-only, and none of its columns personal (but those its grant declares)."""
    columns = set(
        conn.execute(
            text("SELECT column_name FROM information_schema.columns WHERE table_schema = :s AND table_name = :v"),
            {"s": schema, "v": view},
        ).scalars()
    )
    return [f"视图 {view} 含有个人信息列 {c}" for c in sorted(columns & (_PERSONAL_COLUMNS - allowed))]


def _attributes(info: Any) -> tuple[str, ...]:
    return tuple(
        word if info[flag] else f"NO{word}"
        for flag, word in (
            ("rolcanlogin", "LOGIN"),
            ("rolsuper", "SUPERUSER"),
            ("rolinherit", "INHERIT"),
            ("rolcreaterole", "CREATEROLE"),
            ("rolcreatedb", "CREATEDB"),
            ("rolbypassrls", "BYPASSRLS"),
        )
    )


def _drift(kind: RoleKind, table: str, privs: set[str], cols: dict[str, tuple[str, ...]]) -> list[str]:
    grant = kind.grant_for(table)
    if grant is None:
        return [f"表 {table} 不在“{kind.label}”的设计权限中"]
    problems = []
    extra = privs - set(grant.privileges)
    if extra:
        problems.append(f"表 {table} 上多出设计之外的权限：{', '.join(sorted(extra))}")
    missing = set(grant.privileges) - privs
    if missing:
        problems.append(f"表 {table} 缺少设计中的权限：{', '.join(sorted(missing))}")
    for privilege, columns in cols.items():
        wanted = set(grant.columns.get(privilege, ()))
        if privilege in grant.privileges:
            continue
        more = set(columns) - wanted
        if more:
            problems.append(f"表 {table} 多出设计之外的列权限：{privilege}({', '.join(sorted(more))})")
    for privilege, columns in grant.columns.items():
        less = set(columns) - set(cols.get(privilege, ()))
        if less and privilege not in privs:
            problems.append(f"表 {table} 缺少设计中的列权限：{privilege}({', '.join(sorted(less))})")
    return problems


def _hall_problems(conn: Connection, schema: str, mapped: set[str]) -> list[str]:
    problems: list[str] = []
    grantees = conn.execute(
        text(
            "SELECT DISTINCT c.relname, coalesce(r.rolname, 'PUBLIC') AS grantee, r.rolsuper"
            " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee"
            " WHERE n.nspname = :s AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.grantee <> c.relowner"
            " ORDER BY 2, 1"
        ),
        {"s": schema},
    ).all()
    strangers: dict[str, list[str]] = {}
    for row in grantees:
        if row.grantee not in mapped and not row.rolsuper:
            strangers.setdefault(row.grantee, []).append(row.relname)
    for grantee, names in strangers.items():
        problems.append(f"角色 {grantee} 不是本大厅登记的角色，却有表权限：{', '.join(names)}")
    leaked = conn.execute(
        text(
            "SELECT count(*) FROM ref_release_rows WHERE table_name = 'staff' AND row IS NOT NULL"
            " AND row::jsonb ?| :cols"
        ),
        {"cols": list(STAFF_CREDENTIAL_COLUMNS)},
    ).scalar_one()
    if leaked:
        problems.append(f"基础数据发布中仍有 {leaked} 行带有登录凭据（请执行 admin init 清除）")
    return problems


def audit_roles(central: Engine) -> AuditReport:
    """Audit every role mapped in ``window_roles`` (and the hall's catalog as a whole)."""
    if central.dialect.name != "postgresql":
        raise RoleError("单机 SQLite 中心库没有数据库角色，无需审计")
    with central.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        mapped = conn.execute(text("SELECT role_name, window_code, kind FROM window_roles ORDER BY 1")).all()
        policies = _policies(conn, schema)
        reports = tuple(_audit_role(conn, schema, r.role_name, r.kind, r.window_code, policies) for r in mapped)
        problems = _hall_problems(conn, schema, {r.role_name for r in mapped})
    return AuditReport(reports, tuple(problems))


__all__ = ["AuditReport", "PolicyInfo", "RoleReport", "TableAccess", "audit_roles"]
