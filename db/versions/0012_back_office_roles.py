"""back-office roles: a department's back-office PC reads its department's cases and
appends case events under ``后台<部门>``; a window cannot record back-office decisions

Revision ID: 0012
Revises: 0011

Why (issue 13): the back office of a department (后台分类审批) works on the central store
through its own PostgreSQL role (kind ``backoffice``, one per department). It reads the
cases of its department's matters and the 联办 cases that name it, their events,
checklists and documents; it appends case events owned by ``后台<部门>`` that leave the
case's state as it is, its 不予许可 filings, its audit rows and its people's login
events — and can UPDATE or DELETE nothing. A window role may still append its own events,
but not the back office's decisions (审批准予, 后台办结 …), so a window PC cannot approve
a case by writing the event itself. No-op on SQLite (no roles there).
"""

from __future__ import annotations

from alembic import op


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: Actions only a back office (or a co-department) appends.
BACK_OFFICE_ACTIONS = (
    "后台签收", "审查意见", "后台要求补正", "审批准予", "审批不予许可", "登记结果", "后台办结",
    "发起联办", "联办意见", "上级办结返回",
)  # fmt: skip
FUNCTIONS = ("cd_department_of()", "cd_back_office_case(uuid)", "cd_back_office_staff(uuid)", "cd_case_event_guard()")
POLICIES = (
    ("device_registration", "cd_back_office_none"),
    ("cases", "cd_back_office"),
    ("case_events", "cd_back_office_append"),
    ("documents", "cd_back_office"),
    ("negative_filings", "cd_back_office"),
    ("audit_log", "cd_back_office"),
    ("credential_events", "cd_back_office"),
)


def _upgrade_pg(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    is_bo = f"{schema}.cd_caller_kind() = 'backoffice'"
    owner = f"'后台' || {schema}.cd_department_of()"
    actions = ", ".join(f"'{a}'" for a in BACK_OFFICE_ACTIONS)
    return [
        f"""CREATE OR REPLACE FUNCTION cd_department_of() RETURNS text LANGUAGE sql STABLE {definer}
            AS $$ SELECT window_code FROM window_roles WHERE role_name = session_user AND kind = 'backoffice' $$""",
        # A case is the department's when its matter is, or when a 发起联办 names it.
        f"""CREATE OR REPLACE FUNCTION cd_back_office_case(p_case uuid) RETURNS boolean LANGUAGE sql STABLE {definer}
            AS $$
            SELECT EXISTS (SELECT 1 FROM cases c JOIN matters m ON m.code = c.matter_code
                            WHERE c.id = p_case AND m.department_code = cd_department_of())
                OR EXISTS (SELECT 1 FROM case_events e, json_array_elements(e.data->'parties') p
                            WHERE e.case_id = p_case AND e.action = '发起联办'
                              AND p->>'department' = cd_department_of())
            $$""",
        # The department's 后台审批人 (who may sign its audit rows and log in on its PCs).
        f"""CREATE OR REPLACE FUNCTION cd_back_office_staff(p_staff uuid) RETURNS boolean LANGUAGE sql STABLE {definer}
            AS $$
            SELECT EXISTS (SELECT 1 FROM staff s JOIN departments d ON d.id = s.department_id
                            WHERE s.id = p_staff AND s.active AND s.roles::jsonb ? '后台审批人'
                              AND d.code = cd_department_of())
            $$""",
        f"""CREATE OR REPLACE FUNCTION cd_case_event_guard() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$
            BEGIN
              IF cd_caller_kind() = 'window' AND NEW.action IN ({actions}) THEN
                RAISE EXCEPTION '窗口不能登记后台审批的“%”：须由部门后台办理', NEW.action USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$""",
        *(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC" for fn in FUNCTIONS),
        "CREATE TRIGGER cd_case_event_guard BEFORE INSERT OR UPDATE ON case_events "
        "FOR EACH ROW EXECUTE FUNCTION cd_case_event_guard()",
        f"CREATE POLICY cd_back_office ON cases FOR SELECT USING ({is_bo} AND {schema}.cd_back_office_case(id))",
        # Events of readable cases are readable through the existing cd_on_my_cases policy.
        f"CREATE POLICY cd_back_office_append ON case_events FOR INSERT WITH CHECK ({is_bo} "
        f"AND owner_window = {owner} AND from_state IS NOT DISTINCT FROM to_state "
        "AND case_id IN (SELECT id FROM cases))",
        # The store asks every transaction for this PC's registration: a back-office PC writes
        # straight into the central store and has none (no outbox, no chain of its own).
        "CREATE POLICY cd_back_office_none ON device_registration FOR SELECT USING (false)",
        f"CREATE POLICY cd_back_office ON documents FOR SELECT USING ({is_bo} AND case_id IN (SELECT id FROM cases))",
        f"CREATE POLICY cd_back_office ON negative_filings USING ({is_bo} AND owner_window = {owner}) "
        f"WITH CHECK ({is_bo} AND owner_window = {owner})",
        # Audit rows and login events of the department's people (no window: owner NULL).
        f"CREATE POLICY cd_back_office ON audit_log USING ({is_bo} AND owner_window IS NULL "
        f"AND {schema}.cd_back_office_staff(staff_id)) "
        f"WITH CHECK ({is_bo} AND owner_window IS NULL AND {schema}.cd_back_office_staff(staff_id))",
        f"CREATE POLICY cd_back_office ON credential_events USING ({is_bo} AND owner_window IS NULL "
        f"AND {schema}.cd_back_office_staff(staff_id)) "
        f"WITH CHECK ({is_bo} AND owner_window IS NULL AND {schema}.cd_back_office_staff(staff_id) "
        "AND kind IN ('login_failed', 'login_ok'))",
        # The audit guard: a back-office row names one of the department's people.
        f"""CREATE OR REPLACE FUNCTION cd_audit_guard() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$
            BEGIN
              IF cd_caller_kind() = 'backoffice' THEN
                IF NEW.staff_id IS NOT NULL AND NOT cd_back_office_staff(NEW.staff_id) THEN
                  RAISE EXCEPTION '审计记录署名不是本部门后台审批人' USING ERRCODE = '42501';
                END IF;
              ELSIF cd_caller_kind() IS NOT NULL AND NEW.staff_id IS NOT NULL AND NOT EXISTS (
                  SELECT 1 FROM status_events e
                   WHERE e.session_id = NEW.session_id AND e.kind = 'login'
                     AND e.staff_id = NEW.staff_id AND e.owner_window = NEW.owner_window) THEN
                RAISE EXCEPTION '审计记录署名与登录会话不符：% 号窗口没有此人的登录', NEW.owner_window
                  USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$""",
        # Password hashes for a back-office PC: its department's 后台审批人 only.
        f"""CREATE OR REPLACE FUNCTION cd_my_credentials()
            RETURNS TABLE (staff_id uuid, password_hash text, must_change_password boolean,
                           failed_logins integer, locked_until timestamptz, password_version integer)
            LANGUAGE plpgsql STABLE {definer}
            AS $$
            DECLARE w text; k text;
            BEGIN
              SELECT kind, window_code INTO k, w FROM window_roles WHERE role_name = session_user;
              IF k = 'backoffice' THEN
                RETURN QUERY SELECT s.id, s.password_hash::text, s.must_change_password, s.failed_logins,
                                    s.locked_until, s.password_version
                  FROM staff s WHERE cd_back_office_staff(s.id);
                RETURN;
              END IF;
              IF k IS NOT NULL AND k <> 'window' THEN RETURN; END IF;
              RETURN QUERY SELECT s.id, s.password_hash::text, s.must_change_password, s.failed_logins,
                                  s.locked_until, s.password_version
                FROM staff s
               WHERE k IS NULL OR cd_staff_may_sign_in(s.id, w, (now() AT TIME ZONE 'Asia/Shanghai')::date);
            END $$""",
    ]


def _fold_guard(schema: str, body: str) -> str:
    """cd_credential_fold with the caller check widened to the department's back office."""
    old = "IF cd_caller_kind() <> 'window'\n"
    new = (
        "IF cd_caller_kind() = 'backoffice' THEN\n"
        "                  IF NOT cd_back_office_staff(NEW.staff_id) OR NEW.kind NOT IN ('login_failed', 'login_ok') THEN\n"
        "                    RAISE EXCEPTION '部门后台不能改变此人的登录凭据' USING ERRCODE = '42501';\n"
        "                  END IF;\n"
        "                ELSIF cd_caller_kind() <> 'window'\n"
    )
    return body.replace(old, new, 1)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in _upgrade_pg(schema):
        op.execute(statement)
    body = bind.exec_driver_sql("SELECT pg_get_functiondef('cd_credential_fold()'::regprocedure)").scalar_one()
    if "cd_back_office_staff" in body:
        return  # widened by an earlier upgrade (downgrade keeps the branch)
    widened = _fold_guard(schema, body)
    if widened == body:
        raise RuntimeError("cd_credential_fold: the caller check to widen was not found")
    op.execute(widened)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, name in POLICIES:
        op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
    op.execute("DROP TRIGGER IF EXISTS cd_case_event_guard ON case_events")
    op.execute("DROP FUNCTION IF EXISTS cd_case_event_guard()")
    # cd_audit_guard, cd_my_credentials and cd_credential_fold keep the back-office branch
    # and its helpers (cd_department_of, cd_back_office_*): without a backoffice role it is
    # never taken, and a new upgrade replaces them.
