"""Reference data published by the center: hall, departments, windows, staff, posts,
the matter catalog and the working-day calendar overrides.

These rows are owned by the center (written by ``admin`` commands or pulled from the
central store in releases); windows only read them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.base import Base, now_column, pk


class HallSetting(Base):
    """Hall-wide settings as key/value (name, address, phones, hours, QR base URL …)."""

    __tablename__ = "hall_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]]


class Department(Base):
    __tablename__ = "departments"
    id: Mapped[uuid.UUID] = pk()
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class WindowDepartment(Base):
    __tablename__ = "window_departments"
    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("windows.id", ondelete="CASCADE"), primary_key=True)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("departments.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Window(Base):
    """A service window (窗口): its code is what the LED screen and the voice say."""

    __tablename__ = "windows"
    id: Mapped[uuid.UUID] = pk()
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    #: Ticket categories (e.g. ["A", "B"]) this window calls from.
    ticket_categories: Mapped[list[str]] = mapped_column(default=list)
    #: Device settings of this window (printer URL, evaluator, LED …) as the admin set them.
    devices: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: 出件窗口: finished cases of every window are handed over here (统一窗口出件).
    output_window: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    departments: Mapped[list[Department]] = relationship(
        secondary="window_departments", order_by="WindowDepartment.position", viewonly=True
    )


class Staff(Base):
    """A person who may log in; public fields are shown on screens and the evaluator."""

    __tablename__ = "staff"
    id: Mapped[uuid.UUID] = pk()
    staff_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"))
    title: Mapped[str] = mapped_column(String(100), default="")
    party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(32), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Role values of :class:`app.domain.enums.Role`.
    roles: Mapped[list[str]] = mapped_column(default=list)
    # Credentials: never published in releases; the center folds credential events
    # into them and ships them only to the windows where the person may sign in
    # (app/sync/credentials.py).
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    #: Bumped by every password change or reset (a change made on a stale version loses).
    password_version: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    department: Mapped[Department | None] = relationship()


class PostAssignment(Base):
    """AB-post duty: who is the A-post and who the B-posts of a window (AB岗工作制)."""

    __tablename__ = "post_assignments"
    __table_args__ = (UniqueConstraint("window_id", "staff_id", "post"),)
    id: Mapped[uuid.UUID] = pk()
    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("windows.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    #: "A岗" or "B岗".
    post: Mapped[str] = mapped_column(String(8))
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]


class Substitution(Base):
    """A day substitute (顶岗) the administrator approved for one window and one day."""

    __tablename__ = "substitutions"
    __table_args__ = (UniqueConstraint("window_id", "staff_id", "day"),)
    id: Mapped[uuid.UUID] = pk()
    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("windows.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[date]
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = now_column()


class Matter(Base):
    """A service matter (事项) with every 办事指南 element of CATALOG_FORMAT.md."""

    __tablename__ = "matters"
    id: Mapped[uuid.UUID] = pk()
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    type: Mapped[str] = mapped_column(String(16))
    department_code: Mapped[str] = mapped_column(ForeignKey("departments.code"))
    case_kind: Mapped[str] = mapped_column(String(8))
    legal_limit_days: Mapped[int | None]
    promised_limit_days: Mapped[int | None]
    basis: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)
    targets: Mapped[list[str] | None] = mapped_column()
    fee: Mapped[dict[str, Any] | None]
    result: Mapped[dict[str, Any] | None]
    location: Mapped[str | None] = mapped_column(Text)
    hours: Mapped[str | None] = mapped_column(Text)
    consult: Mapped[str | None] = mapped_column(Text)
    complaint: Mapped[str | None] = mapped_column(Text)
    windows: Mapped[list[str] | None] = mapped_column()
    lead_department: Mapped[str | None] = mapped_column(String(64))
    co_departments: Mapped[list[str] | None] = mapped_column()
    allows_deficiency: Mapped[bool] = mapped_column(Boolean, default=False)
    special_procedures: Mapped[list[str] | None] = mapped_column()
    keywords: Mapped[list[str] | None] = mapped_column()
    high_frequency: Mapped[bool | None] = mapped_column(Boolean)
    ext: Mapped[dict[str, Any] | None]
    #: Lower-case search blob: name, pinyin initials, full pinyin, code, keywords.
    search_text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    situations: Mapped[list[Situation]] = relationship(
        order_by="Situation.position", cascade="all, delete-orphan", back_populates="matter"
    )
    materials: Mapped[list[Material]] = relationship(
        order_by="Material.position", cascade="all, delete-orphan", back_populates="matter"
    )


class Situation(Base):
    """A 情形 the clerk answers; materials may apply only under some situations."""

    __tablename__ = "situations"
    __table_args__ = (UniqueConstraint("matter_id", "code"),)
    id: Mapped[uuid.UUID] = pk()
    matter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    question: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    matter: Mapped[Matter] = relationship(back_populates="situations")


class Material(Base):
    """One line of a matter's 材料目录."""

    __tablename__ = "materials"
    __table_args__ = (UniqueConstraint("matter_id", "code"),)
    id: Mapped[uuid.UUID] = pk()
    matter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    necessity: Mapped[str] = mapped_column(String(8))
    form: Mapped[str] = mapped_column(String(16))
    copies: Mapped[int | None]
    spec: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    standard: Mapped[str | None] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(Text)
    shared: Mapped[bool | None] = mapped_column(Boolean)
    situations: Mapped[list[str] | None] = mapped_column()
    blank_form: Mapped[str | None] = mapped_column(Text)
    sample: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    matter: Mapped[Matter] = relationship(back_populates="materials")


class Bundle(Base):
    """一件事: several matters handled together with one set of materials."""

    __tablename__ = "bundles"
    id: Mapped[uuid.UUID] = pk()
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    #: Matter codes in order.
    matters: Mapped[list[str]] = mapped_column(default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CalendarOverride(Base):
    """An administrator's correction of the working-day calendar for one day."""

    __tablename__ = "calendar_overrides"
    day: Mapped[date] = mapped_column(primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = now_column()
