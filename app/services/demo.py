"""The demo hall: a store with the demo catalog, staff for window 01, posts, a day
substitute, ticket categories, hall contacts and a few waiting tickets.

Used by ``./dev demo`` (``python -m app demo``), training PCs, screenshots and the
self-check. Everything it creates is marked as demo data where a person can see it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.domain.actor import SYSTEM
from app.domain.enums import PostRole, Role
from app.services.catalog_admin import import_catalog
from app.services.passwords import hash_password
from app.services.queue import QueueService
from app.store.models import (
    Department,
    HallSetting,
    Matter,
    PostAssignment,
    Staff,
    Substitution,
    Window,
)
from app.store.uow import Store, WriteTxn

DEMO_PASSWORD = "demo1234"
DEMO_WINDOW = "01"
#: The demo hall's 出件窗口 (统一窗口出件), staffed by 0301.
OUTPUT_WINDOW = "03"

#: Ticket categories per window code: A 综合, B 企业开办, C 社保医保, D 不动产, E 户政, F 税务, G 市场监管.
TICKET_CATEGORIES = {
    "01": ["A", "B", "C"],
    "02": ["A"],
    "03": ["A"],
    "04": ["B"],
    "05": ["H"],
    "06": ["C"],
    "07": ["D"],
    "08": ["E"],
    "09": ["F"],
    "10": ["G"],
    "11": ["Z"],
    "12": ["Y"],
}

CONTACTS_KEY = "contacts"
DEMO_CONTACTS = {
    "address": "四川省德阳市罗江区经开区示例大道〇号（示例）",
    "phone": "0838-3123456",
    "complaint_phone": "12345",
    "qr_base_url": "https://zwfw.example.cn/q",
    "hours": "工作日 9:00–12:00，13:00–17:00",
}


@dataclass(frozen=True)
class DemoStaff:
    staff_no: str
    name: str
    title: str
    roles: tuple[str, ...]
    post: str | None  # A岗/B岗 at window 01, 顶岗 for today's substitute, None otherwise
    party_member: bool = False
    #: The department of a 后台审批人 (the others belong to 区行政审批局).
    department: str | None = None
    #: The window of the A岗/B岗 post.
    window: str = DEMO_WINDOW


DEMO_STAFF = (
    DemoStaff("0101", "张明", "综合受理员", (Role.CLERK,), PostRole.A, True),
    DemoStaff("0102", "李〇芳", "综合受理员", (Role.CLERK,), PostRole.B),
    DemoStaff("0103", "王𬌗", "综合受理员", (Role.CLERK,), PostRole.SUBSTITUTE),
    DemoStaff("0190", "赵首席", "首席代表", (Role.CLERK, Role.LEAD), PostRole.B, True),
    DemoStaff("0201", "孙敏", "综合受理员", (Role.CLERK,), None),
    # The demo day's clerks (app/services/demo_day.py): the cases of windows 01 and 02.
    DemoStaff("0105", "刘晓梅", "综合受理员", (Role.CLERK,), PostRole.B),
    DemoStaff("0202", "何佳", "综合受理员", (Role.CLERK,), PostRole.A, window="02"),
    DemoStaff("0301", "周静", "出件窗口受理员", (Role.CLERK,), PostRole.A, window=OUTPUT_WINDOW),
    DemoStaff("5001", "钱立新", "后台审批人", (Role.BACK_OFFICE,), None, True, department="MZJ"),
    DemoStaff("5101", "吴晓燕", "后台审批人", (Role.BACK_OFFICE,), None, department="CL"),
    DemoStaff("9001", "陈管理", "中心管理员", (Role.ADMIN, Role.SUPERVISOR), None, True),
)


def demo_catalog_path() -> Path:
    from app.resources import resources_dir

    return resources_dir() / "catalog" / "demo_catalog.json"


def seed_demo_hall(store: Store, *, today: date, catalog_path: Path | None = None) -> bool:
    """Fill an empty store with the demo hall; returns False when it was already there.

    Idempotent: a store that has matters and staff is left alone, except that today's
    substitute approval is renewed so the 顶岗 login works on any day.
    """
    with store.read() as session:
        has_matters = (session.scalar(select(func.count()).select_from(Matter)) or 0) > 0
        has_staff = (session.scalar(select(func.count()).select_from(Staff)) or 0) > 0
    if not has_matters:
        import_catalog(store, (catalog_path or demo_catalog_path()).read_bytes(), source="demo")
    created = not has_staff
    with store.write(SYSTEM) as tx:
        s = tx.session
        windows = {w.code: w for w in s.scalars(select(Window))}
        if created:
            for code, cats in TICKET_CATEGORIES.items():
                if code in windows:
                    windows[code].ticket_categories = cats
            if OUTPUT_WINDOW in windows:
                windows[OUTPUT_WINDOW].output_window = True
            if s.get(HallSetting, CONTACTS_KEY) is None:
                s.add(HallSetting(key=CONTACTS_KEY, value=DEMO_CONTACTS))
        present = set(s.scalars(select(Staff.staff_no)))
        # A demo store made before a demo login was added gets it too; a real hall's store
        # (staff, but not the demo's) is left alone.
        if created or DEMO_STAFF[0].staff_no in present:
            _add_demo_staff(tx, windows, [p for p in DEMO_STAFF if p.staff_no not in present])
        window = windows[DEMO_WINDOW]
        substitute = s.scalars(select(Staff).where(Staff.staff_no == "0103")).first()
        if (
            substitute is not None
            and s.scalars(
                select(Substitution).where(
                    Substitution.window_id == window.id,
                    Substitution.staff_id == substitute.id,
                    Substitution.day == today,
                )
            ).first()
            is None
        ):
            s.add(
                Substitution(
                    window_id=window.id, staff_id=substitute.id, day=today, note="示例：A岗外出培训，管理员批准顶岗"
                )
            )
    return created


def _add_demo_staff(tx: WriteTxn, windows: dict[str, Window], people: list[DemoStaff]) -> None:
    s = tx.session
    departments = {d.code: d for d in s.scalars(select(Department))}
    first_dept = departments.get("XZSP") or (departments[min(departments)] if departments else None)
    for person in people:
        department = departments.get(person.department) if person.department else first_dept
        staff = Staff(
            staff_no=person.staff_no,
            name=person.name,
            title=person.title,
            roles=[str(r) for r in person.roles],
            party_member=person.party_member,
            phone="0838-3123456",
            password_hash=hash_password(DEMO_PASSWORD),
            must_change_password=False,
            department_id=department.id if department else None,
        )
        s.add(staff)
        s.flush()
        if person.post in (PostRole.A, PostRole.B) and person.window in windows:
            s.add(PostAssignment(window_id=windows[person.window].id, staff_id=staff.id, post=str(person.post)))
        tx.audit("staff.create", "staff", staff.id, staff_no=staff.staff_no, demo=True)


#: Tickets waiting when the demo hall opens: (category, priority, appointment reference).
DEMO_TICKETS = (
    ("A", "普通", None),
    ("A", "普通", None),
    ("B", "预约", "YY20261122-0007"),
    ("A", "绿色通道", None),
    ("C", "普通", None),
    ("A", "普通", None),
    ("B", "普通", None),
    ("C", "绿色通道", None),
)


def point_qr_codes_at(store: Store, base_url: str) -> None:
    """Print the demo hall's QR codes for the hall web service running beside it (its
    ``/q`` page answers them): the ``qr_base_url`` of the ``contacts`` hall setting."""
    with store.write(SYSTEM) as tx:
        row = tx.session.get(HallSetting, CONTACTS_KEY)
        if row is None:
            tx.session.add(HallSetting(key=CONTACTS_KEY, value={**DEMO_CONTACTS, "qr_base_url": base_url}))
        elif row.value.get("qr_base_url") != base_url:
            row.value = {**row.value, "qr_base_url": base_url}


def seed_demo_tickets(queue: QueueService, *, minimum_waiting: int = 3) -> int:
    """Put a few people in the demo queue so 呼叫下一位 has someone to call; returns how many."""
    from app.domain.enums import TicketPriority

    overview = queue.overview()
    if overview.waiting_total >= minimum_waiting:
        return 0
    for category, priority, appointment in DEMO_TICKETS:
        queue.issue(category, TicketPriority(priority), appointment_ref=appointment)
    return len(DEMO_TICKETS)
