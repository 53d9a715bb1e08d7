"""Reference data (catalog, staff, windows, AB posts, calendar …) in numbered releases.

Publishing (center): :func:`publish_release` diffs the central reference tables against
what earlier releases said (``ref_published``) and writes the changed rows and
tombstones (deleted keys) as release N. The release is created *open*, filled in
chunks, and marked *complete* last; windows never apply an open release, so a clerk's
screen switches to a release only when all of it is there. Release numbers are taken
under a lock, so they are in commit order; a puller still stops at the first open
release instead of skipping it (skipping is how high-water marks lose late commits).

Pulling (window): :func:`pull_reference` applies each complete release in one local
transaction together with the cursor, so a crash leaves the PC on the old release or
the new one, never half-way. When the reference schema version differs from what the
PC last applied (an upgrade on either side), it takes a full snapshot instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Engine, Table, delete, func, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.domain.ids import utcnow
from app.store.engine import WRITE_OPTION
from app.store.models import Base, ReferencePublished, ReferenceRelease, ReferenceReleaseRow
from app.store.models.credentials import STAFF_CREDENTIAL_COLUMNS
from app.store.repositories import counters
from app.store.statistics import analyze
from app.store.uow import Store, to_jsonable
from app.sync.codec import primary_key_of, primary_key_values, row_from_payload, row_hash
from app.sync.errors import CentralUnavailable, ReleaseError

#: Tables published to the windows, parents before children.
REFERENCE_TABLES: tuple[str, ...] = (
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
)
#: Bump when the layout of a reference table changes: windows then take a full snapshot.
REFERENCE_SCHEMA_VERSION = 1

CURSOR_KEY = "sync:ref_release"
#: Reference schema of this program when it last applied a release.
SCHEMA_KEY = "sync:ref_schema"
#: Reference schema of the last release applied.
RELEASE_SCHEMA_KEY = "sync:ref_release_schema"
_CHUNK = 2000
#: A pull that changed this many rows re-gathers the planner's statistics afterwards.
BIG_PULL_ROWS = 500


@dataclass(frozen=True, slots=True)
class ReleaseInfo:
    """A published release as the admin view lists it."""

    release_no: int
    state: str
    schema_version: int
    row_count: int
    note: str
    created_at: datetime
    completed_at: datetime | None


@dataclass(frozen=True, slots=True)
class PullReport:
    """What :func:`pull_reference` applied."""

    release_no: int
    applied_releases: tuple[int, ...]
    rows: int
    tombstones: int
    full_snapshot: bool
    waiting_for: int | None


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


#: Columns a release never carries: credentials travel as events and come back only
#: to the windows where the person may sign in (app/sync/credentials.py), so a release
#: can neither leak a hash nor undo a password change or a lockout.
WITHHELD: dict[str, tuple[str, ...]] = {"staff": STAFF_CREDENTIAL_COLUMNS}


def _published_columns(table: Table) -> list[Any]:
    withheld = WITHHELD.get(table.name, ())
    return [c for c in table.columns if c.name not in withheld]


def _current_rows(conn: Connection, name: str) -> dict[str, dict[str, Any]]:
    table = _table(name)
    out: dict[str, dict[str, Any]] = {}
    for row in conn.execute(select(*_published_columns(table))).mappings():
        values = {k: to_jsonable(v) for k, v in row.items()}
        out[primary_key_of(table, dict(row))] = values
    return out


def _info(r: Any) -> ReleaseInfo:
    return ReleaseInfo(r.release_no, r.state, r.schema_version, r.row_count, r.note, r.created_at, r.completed_at)


def list_releases(central: Engine) -> list[ReleaseInfo]:
    """Every release, oldest first (admin view: what was published, and is it complete)."""
    with central.connect() as conn:
        return [_info(r) for r in conn.execute(select(ReferenceRelease).order_by(ReferenceRelease.release_no))]


def publish_release(central: Engine, note: str = "", tables: Iterable[str] = REFERENCE_TABLES) -> ReleaseInfo | None:
    """Publish what changed in the central reference tables since the last release.

    Returns the completed release, or None when nothing changed.
    """
    writer = central.execution_options(**{WRITE_OPTION: True})
    names = tuple(tables)
    with writer.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("LOCK TABLE ref_releases IN EXCLUSIVE MODE"))
        # A publisher that died half-way left an open release: abandon it (its rows
        # were never marked published, so this release carries them again).
        stale = (
            conn.execute(select(ReferenceRelease.release_no).where(ReferenceRelease.state == "open")).scalars().all()
        )
        if stale:
            conn.execute(delete(ReferenceReleaseRow).where(ReferenceReleaseRow.release_no.in_(stale)))
            conn.execute(
                update(ReferenceRelease)
                .where(ReferenceRelease.release_no.in_(stale))
                .values(state="abandoned", completed_at=utcnow())
            )
        published: dict[tuple[str, str], str] = {
            (r.table_name, r.row_key): r.row_hash
            for r in conn.execute(select(ReferencePublished).where(ReferencePublished.table_name.in_(names)))
        }
        changes: list[tuple[str, str, dict[str, Any] | None, str | None]] = []
        for name in names:
            current = _current_rows(conn, name)
            for key, row in current.items():
                digest = row_hash(row)
                if published.get((name, key)) != digest:
                    changes.append((name, key, row, digest))
            for table_name, key in published:
                if table_name == name and key not in current:
                    changes.append((name, key, None, None))
        if not changes:
            return None
        release_no = int(conn.execute(select(func.coalesce(func.max(ReferenceRelease.release_no), 0))).scalar_one()) + 1
        conn.execute(
            insert(ReferenceRelease).values(
                release_no=release_no,
                state="open",
                schema_version=REFERENCE_SCHEMA_VERSION,
                note=note,
                row_count=len(changes),
                created_at=utcnow(),
            )
        )
    for start in range(0, len(changes), _CHUNK):
        with writer.begin() as conn:
            conn.execute(
                insert(ReferenceReleaseRow),
                [
                    {"release_no": release_no, "position": start + i, "table_name": name, "row_key": key, "row": row}
                    for i, (name, key, row, _digest) in enumerate(changes[start : start + _CHUNK])
                ],
            )
    with writer.begin() as conn:
        module = postgresql if conn.dialect.name == "postgresql" else sqlite
        live = [
            {"table_name": n, "row_key": k, "row_hash": d, "release_no": release_no}
            for n, k, row, d in changes
            if row is not None
        ]
        gone = [(n, k) for n, k, row, _d in changes if row is None]
        for start in range(0, len(live), _CHUNK):
            stmt = module.insert(ReferencePublished)
            stmt = stmt.on_conflict_do_update(
                index_elements=["table_name", "row_key"],
                set_={"row_hash": stmt.excluded.row_hash, "release_no": stmt.excluded.release_no},
            )
            conn.execute(stmt, live[start : start + _CHUNK])
        for name, key in gone:
            conn.execute(
                delete(ReferencePublished).where(
                    ReferencePublished.table_name == name, ReferencePublished.row_key == key
                )
            )
        conn.execute(
            update(ReferenceRelease)
            .where(ReferenceRelease.release_no == release_no)
            .values(state="complete", completed_at=utcnow())
        )
        release = conn.execute(select(ReferenceRelease).where(ReferenceRelease.release_no == release_no)).one()
    return _info(release)


def current_release(store: Store) -> int:
    """The reference release this PC shows (0 before the first pull)."""
    with store.read() as session:
        return counters.peek(session, CURSOR_KEY)


def _upsert_rows(session: Session, name: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = _table(name)
    module = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    withheld = WITHHELD.get(name, ())
    values = [{k: v for k, v in row_from_payload(table, r).items() if k not in withheld} for r in rows]
    stmt = module.insert(table)
    pk = [c.key for c in table.primary_key.columns]
    # Only what a release carries is overwritten: this PC's credential columns stay.
    set_ = {c.key: stmt.excluded[c.key] for c in _published_columns(table) if not c.primary_key}
    stmt = stmt.on_conflict_do_update(index_elements=pk, set_=set_) if set_ else stmt.on_conflict_do_nothing()
    for start in range(0, len(values), 500):
        session.execute(stmt, values[start : start + 500])


def _delete_keys(session: Session, name: str, keys: Iterable[str]) -> int:
    """Apply tombstones; a row still referenced by this PC's own records (a staff member
    who signed cases) stays, as the records must keep pointing at it."""
    table = _table(name)
    deleted = 0
    for key in keys:
        where = [table.c[k] == v for k, v in primary_key_values(table, key).items()]
        try:
            with session.begin_nested():
                result = cast("CursorResult[Any]", session.execute(delete(table).where(*where)))  # DML: a cursor
                deleted += result.rowcount or 0
        except IntegrityError:
            continue
    return deleted


def _apply(session: Session, changes: list[tuple[str, str, dict[str, Any] | None]]) -> tuple[int, int]:
    order = {name: i for i, name in enumerate(REFERENCE_TABLES)}
    live: dict[str, list[dict[str, Any]]] = {}
    dead: dict[str, list[str]] = {}
    for name, key, row in changes:
        if name not in order:
            raise ReleaseError(f"发布中含有未知的基础数据表“{name}”，请升级本机程序")
        if row is None:
            dead.setdefault(name, []).append(key)
        else:
            live.setdefault(name, []).append(row)
    # Deletes first (children before parents), so a key freed by a delete (a window
    # code re-used by a new window) can be taken by an upsert of the same release.
    tombstones = 0
    for name in sorted(dead, key=order.__getitem__, reverse=True):
        tombstones += _delete_keys(session, name, dead[name])
    for name in sorted(live, key=order.__getitem__):
        _upsert_rows(session, name, live[name])
    return sum(len(v) for v in live.values()), tombstones


def _fetch_rows(conn: Connection, release_nos: list[int]) -> list[tuple[str, str, dict[str, Any] | None]]:
    rows = conn.execute(
        select(ReferenceReleaseRow.table_name, ReferenceReleaseRow.row_key, ReferenceReleaseRow.row)
        .where(ReferenceReleaseRow.release_no.in_(release_nos))
        .order_by(ReferenceReleaseRow.release_no, ReferenceReleaseRow.position)
    ).all()
    return [(r.table_name, r.row_key, r.row if not isinstance(r.row, str) else json.loads(r.row)) for r in rows]


def pull_reference(local: Store, central: Engine) -> PullReport:
    """Bring this PC to the newest complete release (incrementally, or by full snapshot)."""
    with local.read() as session:
        cursor = counters.peek(session, CURSOR_KEY)
        local_schema = counters.peek(session, SCHEMA_KEY)
        release_schema = counters.peek(session, RELEASE_SCHEMA_KEY)
    try:
        with central.connect() as conn:
            releases = conn.execute(
                select(ReferenceRelease)
                .where(ReferenceRelease.release_no > cursor)
                .order_by(ReferenceRelease.release_no)
            ).all()
            usable: list[Any] = []
            waiting: int | None = None
            for r in releases:
                if r.state == "open":
                    waiting = r.release_no
                    break
                usable.append(r)
            if not usable:
                return PullReport(cursor, (), 0, 0, False, waiting)
            target = usable[-1].release_no
            full = (
                cursor == 0
                or local_schema != REFERENCE_SCHEMA_VERSION
                or any(r.schema_version != release_schema for r in usable if r.state == "complete")
            )
            target_schema = next((r.schema_version for r in reversed(usable) if r.state == "complete"), release_schema)
            if full:
                everything = (
                    conn.execute(
                        select(ReferenceRelease.release_no).where(
                            ReferenceRelease.release_no <= target, ReferenceRelease.state == "complete"
                        )
                    )
                    .scalars()
                    .all()
                )
                folded: dict[tuple[str, str], dict[str, Any] | None] = {}
                for name, key, row in _fetch_rows(conn, list(everything)):
                    folded[(name, key)] = row
                snapshot = [(n, k, row) for (n, k), row in folded.items()]
                per_release: list[tuple[int, list[tuple[str, str, dict[str, Any] | None]]]] = [(target, snapshot)]
            else:
                per_release = [
                    (r.release_no, _fetch_rows(conn, [r.release_no])) for r in usable if r.state == "complete"
                ]
                if usable[-1].state != "complete":  # trailing abandoned releases: just move the cursor
                    per_release.append((usable[-1].release_no, []))
    except DBAPIError as exc:
        raise CentralUnavailable(f"无法从中心库取基础数据：{str(getattr(exc, 'orig', exc)).splitlines()[0]}") from exc

    total_rows = total_dead = 0
    applied: list[int] = []
    for release_no, changes in per_release:
        with local.write() as tx:
            if full:
                keep = {(n, k) for n, k, row in changes if row is not None}
                stale: dict[str, list[str]] = {}
                for name in REFERENCE_TABLES:
                    table = _table(name)
                    for pk in tx.session.execute(select(*table.primary_key.columns)).mappings():
                        key = primary_key_of(table, dict(pk))
                        if (name, key) not in keep:
                            stale.setdefault(name, []).append(key)
                changes = [c for c in changes if c[2] is not None] + [
                    (n, k, None) for n, keys in stale.items() for k in keys
                ]
            rows, dead = _apply(tx.session, changes)
            counters.set_value(tx.session, CURSOR_KEY, release_no)
            counters.set_value(tx.session, SCHEMA_KEY, REFERENCE_SCHEMA_VERSION)
            counters.set_value(tx.session, RELEASE_SCHEMA_KEY, target_schema)
        total_rows += rows
        total_dead += dead
        applied.append(release_no)
    if total_rows + total_dead >= BIG_PULL_ROWS:
        analyze(local.engine)  # a snapshot or a large release: the planner's statistics again
    return PullReport(applied[-1], tuple(applied), total_rows, total_dead, full, waiting)
