"""trust: credential events, a hash-chained append-only audit, login sessions, and on
PostgreSQL row-level security on every table plus the hall queue behind functions

Revision ID: 0005
Revises: 0004

Why (issue 12): a password change or lockout made at a window must reach the center
and never be undone by a release (credential events, folded in order); the audit must
reach the center and be provably unedited (per-device hash chain, append-only,
attribution checked against the login session); a window's database role must reach
nothing without a policy — the queue only through SECURITY DEFINER functions that
check the caller's window, password hashes only for the people who may sign in there.
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import app.store.base


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Every table gets row-level security on PostgreSQL (owners bypass it).
ALL_TABLES = (
    "alarms", "bundles", "calendar_overrides", "counters", "departments", "device_cursors",
    "device_registration", "devices", "hall_settings", "inbox", "outbox", "ref_published",
    "ref_releases", "rejected_rows", "window_roles", "windows", "matters", "ref_release_rows",
    "staff", "window_departments", "assist_ledger", "audit_log", "complaints", "consultations",
    "first_inquiries", "materials", "post_assignments", "situations", "status_events",
    "substitutions", "tickets", "cases", "ticket_aliases", "cannot_do_reports", "case_events",
    "case_materials", "documents", "negative_filings", "ratings", "follow_ups", "print_jobs",
    "credential_events", "blobs", "blob_chunks", "case_pages", "material_checks",
)  # fmt: skip
#: Shared tables every role that is granted SELECT may read whole (reference data,
#: releases, the queue).
READ_ALL = (
    "hall_settings", "departments", "windows", "window_departments", "staff", "post_assignments",
    "substitutions", "matters", "situations", "materials", "bundles", "calendar_overrides",
    "ref_releases", "ref_release_rows", "tickets", "ticket_aliases",
)  # fmt: skip
#: Staff columns that never travel in a release.
CREDENTIALS = ("password_hash", "must_change_password", "failed_logins", "locked_until", "password_version")
#: Rows that are never changed once written; nobody may UPDATE or DELETE them.
APPEND_ONLY = ("audit_log", "status_events", "credential_events")

FUNCTIONS = (
    "cd_caller_kind()",
    "cd_acting_window(text)",
    "cd_staff_may_sign_in(uuid, text, date)",
    "cd_my_credentials()",
    "cd_ticket_claim_next(text, text[], date, timestamptz, uuid)",
    "cd_ticket_claim_one(text, uuid, timestamptz, uuid)",
    "cd_ticket_update(text, uuid, jsonb)",
    "cd_ticket_issue(text, text, text, integer, text, date, timestamptz, boolean, uuid)",
    "cd_ticket_reconcile(text, jsonb, uuid)",
    "cd_append_only()",
    "cd_audit_guard()",
    "cd_status_guard()",
    "cd_credential_fold()",
)


def _functions(schema: str) -> list[str]:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return [
        # Which kind of role is calling (None: not a mapped role, i.e. the center's own
        # account). session_user, not current_user: inside a SECURITY DEFINER function
        # current_user is the owner.
        f"""CREATE FUNCTION cd_caller_kind() RETURNS text LANGUAGE sql STABLE {definer}
            AS $$ SELECT kind FROM window_roles WHERE role_name = session_user $$""",
        # The window a queue function acts for: a window role only for itself, the
        # center for whichever it names; anything else is refused.
        f"""CREATE FUNCTION cd_acting_window(p_window text) RETURNS text LANGUAGE plpgsql STABLE {definer}
            AS $$
            DECLARE r record;
            BEGIN
              SELECT kind, window_code INTO r FROM window_roles WHERE role_name = session_user;
              IF NOT FOUND THEN RETURN p_window; END IF;
              IF r.kind = 'window' AND r.window_code = p_window THEN RETURN p_window; END IF;
              RAISE EXCEPTION '% 的数据库角色不能代 % 号窗口操作', session_user, p_window
                USING ERRCODE = '42501';
            END $$""",
        # Who may sign in at a window around a day: its A/B posts, its substitutes,
        # the leads of its departments, and the center's people.
        f"""CREATE FUNCTION cd_staff_may_sign_in(p_staff uuid, p_window text, p_day date) RETURNS boolean
            LANGUAGE sql STABLE {definer}
            AS $$
            SELECT EXISTS (
                SELECT 1 FROM post_assignments pa JOIN windows w ON w.id = pa.window_id
                WHERE w.code = p_window AND pa.staff_id = p_staff
                  AND (pa.valid_from IS NULL OR pa.valid_from <= p_day + 1)
                  AND (pa.valid_to IS NULL OR pa.valid_to >= p_day - 1))
            OR EXISTS (
                SELECT 1 FROM substitutions su JOIN windows w ON w.id = su.window_id
                WHERE w.code = p_window AND su.staff_id = p_staff AND su.day BETWEEN p_day - 1 AND p_day + 7)
            OR EXISTS (
                SELECT 1 FROM staff st WHERE st.id = p_staff AND st.active
                  AND (st.roles::jsonb ? '中心管理员' OR st.roles::jsonb ? '电子监察'
                       OR (st.roles::jsonb ? '首席代表' AND st.department_id IN (
                           SELECT wd.department_id FROM window_departments wd JOIN windows w ON w.id = wd.window_id
                           WHERE w.code = p_window))))
            $$""",
        # Password hashes leave the center only for the people who may sign in at the
        # calling window (the center's account gets every row).
        f"""CREATE FUNCTION cd_my_credentials()
            RETURNS TABLE (staff_id uuid, password_hash text, must_change_password boolean,
                           failed_logins integer, locked_until timestamptz, password_version integer)
            LANGUAGE plpgsql STABLE {definer}
            AS $$
            DECLARE w text; k text;
            BEGIN
              SELECT kind, window_code INTO k, w FROM window_roles WHERE role_name = session_user;
              IF k IS NOT NULL AND k <> 'window' THEN RETURN; END IF;
              RETURN QUERY SELECT s.id, s.password_hash::text, s.must_change_password, s.failed_logins,
                                  s.locked_until, s.password_version
                FROM staff s
               WHERE k IS NULL OR cd_staff_may_sign_in(s.id, w, (now() AT TIME ZONE 'Asia/Shanghai')::date);
            END $$""",
        # -- the hall queue -------------------------------------------------------------
        f"""CREATE FUNCTION cd_ticket_claim_next(p_window text, p_categories text[], p_day date,
                                                p_now timestamptz, p_staff uuid)
            RETURNS SETOF tickets LANGUAGE plpgsql VOLATILE {definer}
            AS $$
            DECLARE w text := cd_acting_window(p_window); cats text[] := p_categories; picked uuid;
            BEGIN
              IF cd_caller_kind() = 'window' THEN
                -- a window calls from its own categories as the center publishes them
                SELECT coalesce(array_agg(c), '{{}}') INTO cats
                  FROM windows, json_array_elements_text(windows.ticket_categories) AS c WHERE code = w;
              END IF;
              FOR attempt IN 1..5 LOOP
                SELECT id INTO picked FROM tickets
                 WHERE hall_day = p_day AND status = '等候'
                   AND ((category = ANY(cats) AND transferred_to IS NULL) OR transferred_to = w)
                 ORDER BY priority_rank, issued_at, number LIMIT 1 FOR UPDATE SKIP LOCKED;
                IF picked IS NULL THEN
                  IF NOT EXISTS (SELECT 1 FROM tickets WHERE hall_day = p_day AND status = '等候'
                      AND ((category = ANY(cats) AND transferred_to IS NULL) OR transferred_to = w)) THEN
                    RETURN;
                  END IF;
                  CONTINUE;
                END IF;
                RETURN QUERY UPDATE tickets SET status = '已叫号', called_at = p_now, called_by_window = w,
                       staff_id = p_staff, recall_count = 0, version = version + 1
                 WHERE id = picked AND status = '等候' RETURNING *;
                RETURN;
              END LOOP;
            END $$""",
        f"""CREATE FUNCTION cd_ticket_claim_one(p_window text, p_ticket uuid, p_now timestamptz, p_staff uuid)
            RETURNS SETOF tickets LANGUAGE plpgsql VOLATILE {definer}
            AS $$
            DECLARE w text := cd_acting_window(p_window);
            BEGIN
              RETURN QUERY UPDATE tickets SET status = '已叫号', called_at = p_now, called_by_window = w,
                     staff_id = p_staff, recall_count = 0, version = version + 1
               WHERE id = p_ticket AND status = '等候' AND (transferred_to IS NULL OR transferred_to = w)
               RETURNING *;
            END $$""",
        # Recall, start, no-show, requeue, transfer, park, resume, finish: only on a
        # ticket this window called; a waiting ticket belongs to no window.
        f"""CREATE FUNCTION cd_ticket_update(p_window text, p_ticket uuid, p_changes jsonb)
            RETURNS SETOF tickets LANGUAGE plpgsql VOLATILE {definer}
            AS $$
            DECLARE w text := cd_acting_window(p_window); t tickets; k text; new_status text;
            BEGIN
              FOR k IN SELECT jsonb_object_keys(p_changes) LOOP
                IF k NOT IN ('status', 'service_started_at', 'finished_at', 'recall_count', 'transfer_note',
                             'transferred_to', 'category', 'issued_at', 'called_at', 'called_by_window') THEN
                  RAISE EXCEPTION '窗口不能修改号票的 %', k USING ERRCODE = '42501';
                END IF;
              END LOOP;
              SELECT * INTO t FROM tickets WHERE id = p_ticket FOR UPDATE;
              IF NOT FOUND OR t.called_by_window IS DISTINCT FROM w OR t.status = '等候' THEN
                RAISE EXCEPTION '此号票不是 % 号窗口正在办理的号', w USING ERRCODE = '42501';
              END IF;
              new_status := coalesce(p_changes->>'status', t.status);
              IF new_status NOT IN ('已叫号', '办理中', '挂起', '过号', '已转窗', '已完成', '等候') THEN
                RAISE EXCEPTION '号票状态“%”无效', new_status USING ERRCODE = '22023';
              END IF;
              IF p_changes ? 'called_by_window' AND p_changes->>'called_by_window' IS NOT NULL THEN
                RAISE EXCEPTION '号票只能通过叫号归属窗口' USING ERRCODE = '42501';
              END IF;
              IF p_changes ? 'transferred_to' AND p_changes->>'transferred_to' IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM windows WHERE code = p_changes->>'transferred_to') THEN
                RAISE EXCEPTION '窗口“%”不存在', p_changes->>'transferred_to' USING ERRCODE = '22023';
              END IF;
              RETURN QUERY UPDATE tickets SET
                  status = new_status,
                  service_started_at = CASE WHEN p_changes ? 'service_started_at'
                      THEN (p_changes->>'service_started_at')::timestamptz ELSE service_started_at END,
                  finished_at = CASE WHEN p_changes ? 'finished_at'
                      THEN (p_changes->>'finished_at')::timestamptz ELSE finished_at END,
                  recall_count = CASE WHEN p_changes ? 'recall_count'
                      THEN (p_changes->>'recall_count')::integer ELSE recall_count END,
                  transfer_note = CASE WHEN p_changes ? 'transfer_note'
                      THEN p_changes->>'transfer_note' ELSE transfer_note END,
                  transferred_to = CASE WHEN p_changes ? 'transferred_to'
                      THEN p_changes->>'transferred_to' ELSE transferred_to END,
                  category = CASE WHEN p_changes ? 'category' THEN p_changes->>'category' ELSE category END,
                  issued_at = CASE WHEN p_changes ? 'issued_at'
                      THEN (p_changes->>'issued_at')::timestamptz ELSE issued_at END,
                  called_at = CASE WHEN p_changes ? 'called_at'
                      THEN (p_changes->>'called_at')::timestamptz ELSE called_at END,
                  called_by_window = CASE WHEN new_status = '等候' THEN NULL ELSE called_by_window END,
                  version = version + 1
                WHERE id = p_ticket RETURNING *;
            END $$""",
        # A kiosk issues waiting tickets; a window issues only the walk-in it serves.
        f"""CREATE FUNCTION cd_ticket_issue(p_window text, p_category text, p_priority text, p_rank integer,
                                           p_appointment text, p_day date, p_now timestamptz, p_serve boolean,
                                           p_staff uuid)
            RETURNS SETOF tickets LANGUAGE plpgsql VOLATILE {definer}
            AS $$
            DECLARE k text := cd_caller_kind(); n integer; w text;
            BEGIN
              IF k = 'window' THEN
                IF NOT p_serve THEN RAISE EXCEPTION '窗口不能发放排队号票' USING ERRCODE = '42501'; END IF;
                w := cd_acting_window(p_window);
              ELSIF k = 'kiosk' THEN
                IF p_serve THEN RAISE EXCEPTION '取号机不能叫号' USING ERRCODE = '42501'; END IF;
              ELSIF k IS NOT NULL THEN
                RAISE EXCEPTION '此数据库角色不能发放号票' USING ERRCODE = '42501';
              ELSE
                w := p_window;
              END IF;
              IF p_category !~ '^[A-Z0-9]{{1,4}}$' THEN
                RAISE EXCEPTION '号票类别应为1至4位字母或数字' USING ERRCODE = '22023';
              END IF;
              INSERT INTO counters (key, value) VALUES ('ticket:' || p_day::text || ':' || p_category, 1)
                ON CONFLICT (key) DO UPDATE SET value = counters.value + 1 RETURNING value INTO n;
              RETURN QUERY INSERT INTO tickets (id, hall_day, number, category, priority, priority_rank, status,
                     appointment_ref, issued_at, called_at, called_by_window, staff_id, service_started_at,
                     recall_count, manual, version)
                VALUES (gen_random_uuid(), p_day,
                        p_category || CASE WHEN n < 1000 THEN lpad(n::text, 3, '0') ELSE n::text END,
                        p_category, p_priority, p_rank, CASE WHEN p_serve THEN '办理中' ELSE '等候' END,
                        p_appointment, p_now, CASE WHEN p_serve THEN p_now END, CASE WHEN p_serve THEN w END,
                        CASE WHEN p_serve THEN p_staff END, CASE WHEN p_serve THEN p_now END, 0, false, 0)
                RETURNING *;
            END $$""",
        # A ticket typed in by hand at an offline window, uploaded later: take over the
        # waiting ticket of that number, create one the queue never issued, or refuse
        # (returning why) when another window served it.
        f"""CREATE FUNCTION cd_ticket_reconcile(p_window text, p_values jsonb, p_device uuid)
            RETURNS text LANGUAGE plpgsql VOLATILE {definer}
            AS $$
            DECLARE w text := cd_acting_window(p_window); v_local uuid := (p_values->>'id')::uuid;
                    t record; detail text;
            BEGIN
              SELECT id, status, called_by_window INTO t FROM tickets WHERE id = v_local FOR UPDATE;
              IF t.id IS NULL THEN
                SELECT tk.id, tk.status, tk.called_by_window INTO t FROM ticket_aliases a
                  JOIN tickets tk ON tk.id = a.ticket_id WHERE a.local_id = v_local FOR UPDATE OF tk;
              END IF;
              IF t.id IS NULL THEN
                SELECT id, status, called_by_window INTO t FROM tickets
                 WHERE hall_day = (p_values->>'hall_day')::date AND number = p_values->>'number' FOR UPDATE;
                IF t.id IS NOT NULL AND NOT (t.called_by_window IS NOT NULL AND t.called_by_window <> w
                                             AND t.status <> '等候') THEN
                  INSERT INTO ticket_aliases (local_id, ticket_id) VALUES (v_local, t.id);
                END IF;
              END IF;
              IF t.id IS NULL THEN
                INSERT INTO tickets (id, hall_day, number, category, priority, priority_rank, status,
                       appointment_ref, issued_at, called_at, called_by_window, staff_id, service_started_at,
                       finished_at, recall_count, transfer_note, transferred_to, manual, version)
                VALUES (v_local, (p_values->>'hall_day')::date, p_values->>'number', p_values->>'category',
                        p_values->>'priority', coalesce((p_values->>'priority_rank')::integer, 2),
                        p_values->>'status', p_values->>'appointment_ref',
                        coalesce((p_values->>'issued_at')::timestamptz, now()),
                        (p_values->>'called_at')::timestamptz, w, (p_values->>'staff_id')::uuid,
                        (p_values->>'service_started_at')::timestamptz, (p_values->>'finished_at')::timestamptz,
                        coalesce((p_values->>'recall_count')::integer, 0), p_values->>'transfer_note',
                        p_values->>'transferred_to', true, coalesce((p_values->>'version')::integer, 0));
                RETURN NULL;
              END IF;
              IF t.called_by_window IS NOT NULL AND t.called_by_window <> w AND t.status <> '等候' THEN
                detail := w || ' 号窗口离线时手工登记的 ' || (p_values->>'hall_day') || ' ' || (p_values->>'number')
                          || ' 号，中心队列中已由 ' || t.called_by_window || ' 号窗口叫号';
                INSERT INTO alarms (id, kind, device_id, window_code, detail, data, at, acknowledged)
                VALUES (gen_random_uuid(), 'ticket_conflict', p_device, w, detail,
                        json_build_object('number', p_values->>'number'), now(), false);
                RETURN detail;
              END IF;
              UPDATE tickets SET status = p_values->>'status', called_at = (p_values->>'called_at')::timestamptz,
                     called_by_window = w, staff_id = (p_values->>'staff_id')::uuid,
                     service_started_at = (p_values->>'service_started_at')::timestamptz,
                     finished_at = (p_values->>'finished_at')::timestamptz,
                     recall_count = coalesce((p_values->>'recall_count')::integer, 0),
                     transfer_note = p_values->>'transfer_note', transferred_to = p_values->>'transferred_to',
                     manual = true, version = version + 1
               WHERE id = t.id;
              RETURN NULL;
            END $$""",
        # -- triggers ---------------------------------------------------------------------
        """CREATE FUNCTION cd_append_only() RETURNS trigger LANGUAGE plpgsql
            AS $$
            BEGIN
              RAISE EXCEPTION '“%”只能追加，不能修改或删除', TG_TABLE_NAME USING ERRCODE = '42501';
            END $$""",
        # An audit row from a window names a person only together with a login session
        # of that person at that window.
        f"""CREATE FUNCTION cd_audit_guard() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$
            BEGIN
              IF cd_caller_kind() IS NOT NULL AND NEW.staff_id IS NOT NULL AND NOT EXISTS (
                  SELECT 1 FROM status_events e
                   WHERE e.session_id = NEW.session_id AND e.kind = 'login'
                     AND e.staff_id = NEW.staff_id AND e.owner_window = NEW.owner_window) THEN
                RAISE EXCEPTION '审计记录署名与登录会话不符：% 号窗口没有此人的登录', NEW.owner_window
                  USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$""",
        # A login from a window is only for someone who may sign in there.
        f"""CREATE FUNCTION cd_status_guard() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$
            BEGIN
              IF cd_caller_kind() IS NOT NULL AND NEW.kind = 'login' AND (NEW.staff_id IS NULL
                 OR NOT cd_staff_may_sign_in(NEW.staff_id, NEW.owner_window,
                                             (NEW.at AT TIME ZONE 'Asia/Shanghai')::date)) THEN
                RAISE EXCEPTION '此人不能在 % 号窗口登录', NEW.owner_window USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$""",
        # The fold of app/domain/credentials.py, on the center, in arrival order.
        f"""CREATE FUNCTION cd_credential_fold() RETURNS trigger LANGUAGE plpgsql {definer}
            AS $$
            DECLARE s staff; until timestamptz;
            BEGIN
              IF cd_caller_kind() IS NOT NULL THEN
                IF cd_caller_kind() <> 'window'
                   OR NOT cd_staff_may_sign_in(NEW.staff_id, NEW.owner_window,
                                               (NEW.at AT TIME ZONE 'Asia/Shanghai')::date) THEN
                  RAISE EXCEPTION '% 号窗口不能改变此人的登录凭据', NEW.owner_window USING ERRCODE = '42501';
                END IF;
                IF NEW.kind = 'password_changed' AND NEW.actor_staff_id IS DISTINCT FROM NEW.staff_id THEN
                  RAISE EXCEPTION '只有本人可以修改自己的密码' USING ERRCODE = '42501';
                END IF;
                IF NEW.kind IN ('password_reset', 'unlocked') AND NOT EXISTS (
                    SELECT 1 FROM staff a WHERE a.id = NEW.actor_staff_id AND a.roles::jsonb ? '中心管理员') THEN
                  RAISE EXCEPTION '只有中心管理员可以重置密码或解锁' USING ERRCODE = '42501';
                END IF;
              END IF;
              IF EXISTS (SELECT 1 FROM credential_events WHERE id = NEW.id) THEN
                RETURN NEW;  -- a replay: ON CONFLICT skips it, so it must not fold again
              END IF;
              SELECT * INTO s FROM staff WHERE id = NEW.staff_id FOR UPDATE;
              IF NOT FOUND THEN RETURN NEW; END IF;  -- the foreign key refuses the row
              NEW.outcome := 'applied';
              IF NEW.kind = 'password_changed' THEN
                IF NEW.base_version IS DISTINCT FROM s.password_version OR coalesce(NEW.password_hash, '') = '' THEN
                  NEW.outcome := 'conflict';
                  INSERT INTO alarms (id, kind, device_id, window_code, detail, data, at, acknowledged)
                  VALUES (gen_random_uuid(), 'credential_conflict', NULL, NEW.owner_window,
                          s.name || '（' || s.staff_no || '）在 ' || coalesce(NEW.owner_window, '中心')
                          || ' 改的密码晚于中心的新密码，未采用', '{{}}'::json, now(), false);
                ELSE
                  UPDATE staff SET password_hash = NEW.password_hash, must_change_password = false,
                         password_version = password_version + 1 WHERE id = s.id;
                END IF;
              ELSIF NEW.kind = 'password_reset' THEN
                IF coalesce(NEW.password_hash, '') = '' THEN
                  NEW.outcome := 'conflict';
                ELSE
                  UPDATE staff SET password_hash = NEW.password_hash,
                         must_change_password = coalesce(NEW.must_change, true), failed_logins = 0,
                         locked_until = NULL, password_version = password_version + 1 WHERE id = s.id;
                END IF;
              ELSIF NEW.kind = 'login_failed' THEN
                IF s.failed_logins + 1 >= 5 THEN
                  until := NEW.at + interval '15 minutes';
                  IF s.locked_until IS NOT NULL AND s.locked_until > until THEN until := s.locked_until; END IF;
                  UPDATE staff SET failed_logins = 0, locked_until = until WHERE id = s.id;
                  NEW.outcome := 'locked';
                ELSE
                  UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = s.id;
                END IF;
              ELSIF NEW.kind = 'login_ok' THEN
                UPDATE staff SET failed_logins = 0 WHERE id = s.id;
              ELSIF NEW.kind = 'unlocked' THEN
                UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = s.id;
              ELSE
                RAISE EXCEPTION '未知的凭据事件“%”', NEW.kind USING ERRCODE = '22023';
              END IF;
              RETURN NEW;
            END $$""",
    ]


def _security(schema: str) -> list[str]:
    w = f"{schema}.cd_window_of(current_user)"
    stmts = _functions(schema)
    stmts += [f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC" for fn in FUNCTIONS]
    for table in ALL_TABLES:
        stmts.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table in READ_ALL:
        stmts.append(f"CREATE POLICY cd_read_all ON {table} FOR SELECT USING (true)")
    stmts.append(
        f"CREATE POLICY cd_own ON credential_events USING (owner_window = {w}) WITH CHECK (owner_window = {w})"
    )
    for table in APPEND_ONLY:
        stmts.append(
            f"CREATE TRIGGER cd_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION cd_append_only()"
        )
    stmts += [
        "CREATE TRIGGER cd_audit_guard BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION cd_audit_guard()",
        "CREATE TRIGGER cd_status_guard BEFORE INSERT ON status_events FOR EACH ROW "
        "EXECUTE FUNCTION cd_status_guard()",
        "CREATE TRIGGER cd_credential_fold BEFORE INSERT ON credential_events FOR EACH ROW "
        "EXECUTE FUNCTION cd_credential_fold()",
    ]
    return stmts


def upgrade() -> None:
    op.create_table('credential_events',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('owner_window', sa.String(length=16), nullable=True),
    sa.Column('staff_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('must_change', sa.Boolean(), nullable=True),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('at', app.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_staff_id', sa.Uuid(), nullable=True),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['actor_staff_id'], ['staff.id'], name=op.f('fk_credential_events_actor_staff_id_staff')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_credential_events_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credential_events'))
    )
    with op.batch_alter_table('credential_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credential_events_owner_window'), ['owner_window'], unique=False)
        batch_op.create_index(batch_op.f('ix_credential_events_staff_id'), ['staff_id'], unique=False)

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('device_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('chain_seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('row_hash', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_audit_log_device_id_chain_seq'), ['device_id', 'chain_seq'])

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_version', sa.Integer(), nullable=False, server_default='0'))

    with op.batch_alter_table('status_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_status_events_session_id'), ['session_id'], unique=False)

    with op.batch_alter_table('window_roles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='window', nullable=False))

    bind = op.get_bind()
    # Releases published before this revision carried password hashes to every window.
    if bind.dialect.name == "postgresql":
        strip = " - ".join(f"'{c}'" for c in CREDENTIALS)
        op.execute(f"UPDATE ref_release_rows SET row = (row::jsonb - {strip})::json "
                   "WHERE table_name = 'staff' AND row IS NOT NULL")
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        for statement in _security(schema):
            op.execute(statement)
    else:
        paths = ", ".join(f"'$.{c}'" for c in CREDENTIALS)
        op.execute(f"UPDATE ref_release_rows SET row = json_remove(row, {paths}) "
                   "WHERE table_name = 'staff' AND row IS NOT NULL")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS cd_append_only ON {table}")
        op.execute("DROP TRIGGER IF EXISTS cd_audit_guard ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS cd_status_guard ON status_events")
        for table in READ_ALL:
            op.execute(f"DROP POLICY IF EXISTS cd_read_all ON {table}")
        # Tables 0002 and 0003 did not protect go back to no row-level security.
        protected_before = {
            "blobs", "blob_chunks", "case_pages", "material_checks",
            "cases", "case_events", "documents", "print_jobs", "ratings", "follow_ups", "status_events",
            "audit_log", "first_inquiries", "consultations", "complaints", "cannot_do_reports",
            "assist_ledger", "negative_filings", "case_materials", "devices", "device_cursors", "inbox",
            "rejected_rows", "alarms",
        }  # fmt: skip
        for table in ALL_TABLES:
            if table not in protected_before and table != "credential_events":
                op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.drop_table('credential_events')  # its trigger and policy go with it
    if bind.dialect.name == "postgresql":
        for fn in FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")

    with op.batch_alter_table('window_roles', schema=None) as batch_op:
        batch_op.drop_column('kind')

    with op.batch_alter_table('status_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_events_session_id'))
        batch_op.drop_column('session_id')

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('password_version')

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_log_device_id_chain_seq'), type_='unique')
        batch_op.drop_column('row_hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('chain_seq')
        batch_op.drop_column('device_id')
        batch_op.drop_column('session_id')
