"""Who is acting: the person logged in at a window and in which capacity."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    """The logged-in person every action is attributed to.

    ``post`` is A岗, B岗 or 顶岗 for window staff and ``None`` for the administrator's
    command line or the center.
    """

    staff_id: uuid.UUID | None
    staff_no: str
    name: str
    window_code: str | None
    post: str | None = None
    roles: tuple[str, ...] = ()
    #: The login session this person acts in (audit rows carry it; the center checks
    #: that the person of each row is the one who logged in on that session).
    session_id: uuid.UUID | None = None
    #: The department a back-office person (后台审批人) decides for; ``None`` at a window.
    department_code: str | None = None

    def has_role(self, role: str) -> bool:
        return role in self.roles


#: The administrator's command line and maintenance jobs.
SYSTEM = Actor(staff_id=None, staff_no="system", name="系统", window_code=None, post=None, roles=())
