"""Cross-window changes come back as appended events, never as overwrites.

A case belongs to the window that created it. When another window (a transfer, a
back-office completion) or the center (a decision on a 否定备案, a follow-up) acts on
it, that party appends a ``case_events`` row of its own, which reaches the center
through its outbox. :func:`pull_foreign_events` brings those events to the owning
window's PC, where the services fold them into the case like local events.

No cursor or high-water mark is kept: the set of foreign events on this window's cases
is compared by id each time, so an event committed late on the center can never be
skipped (the ``updated_at`` high-water-mark bug).
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Engine, RowMapping, Table, insert, select
from sqlalchemy.exc import DBAPIError

from app.store.models import Case, CaseEvent
from app.store.uow import Store
from app.sync.errors import CentralUnavailable, NotRegistered
from app.sync.registration import current_registration


def pull_foreign_events(local: Store, central: Engine) -> int:
    """Insert into the local store the events other parties appended to this window's
    cases (one local transaction); returns how many were new.

    "Other parties" is decided by id, not by ``owner_window``: the center's own jobs
    (期限重算 after a calendar import, 责令重办 after a 否定备案 review, an administrator
    who signed in at this very window's PC) write events that carry this window's code,
    and they must reach the PC all the same. Events this PC wrote are already here.
    """
    reg = current_registration(local)
    if reg is None:
        raise NotRegistered("本机尚未在中心登记，无法取回其他窗口的办件记录")
    events = cast(Table, CaseEvent.__table__)  # a mapped class's table (typed FromClause)
    mine = select(Case.id).where(Case.owner_window == reg.window_code)
    try:
        with central.connect() as conn:
            central_ids = set(conn.scalars(select(events.c.id).where(events.c.case_id.in_(mine))))
            with local.read() as s:
                local_ids = set(
                    s.scalars(
                        select(CaseEvent.id)
                        .join(Case, Case.id == CaseEvent.case_id)
                        .where(Case.owner_window == reg.window_code)
                    )
                )
            missing = sorted(central_ids - local_ids)
            rows: list[RowMapping] = []
            for start in range(0, len(missing), 500):
                chunk = missing[start : start + 500]
                rows += conn.execute(select(events).where(events.c.id.in_(chunk))).mappings().all()
    except DBAPIError as exc:
        raise CentralUnavailable(f"无法从中心库取回办件记录：{str(getattr(exc, 'orig', exc)).splitlines()[0]}") from exc
    if not rows:
        return 0
    with local.write() as tx:
        have = set(tx.session.scalars(select(CaseEvent.id).where(CaseEvent.id.in_([r["id"] for r in rows]))))
        cases = set(tx.session.scalars(select(Case.id).where(Case.id.in_({r["case_id"] for r in rows}))))
        new = [dict(r) for r in rows if r["id"] not in have and r["case_id"] in cases]
        if new:
            tx.session.execute(insert(events), new)
    return len(new)
