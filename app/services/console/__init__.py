"""The center administrator's console: catalog, departments, windows, staff, AB posts, day
substitutes, calendar overrides and hall settings — one module per subject.

Only a 中心管理员 may use it (:class:`PermissionDenied` for everybody else, checked on
every call, not only when the screen opens), and every change writes an audit row in
the same transaction. A matter edited here passes the same ``counterdesk-catalog/1``
checks as an imported file, because it is checked as part of the whole catalog before
anything is stored. Staff, posts and substitutes reuse :mod:`app.services.staffing`, the
functions the admin command line and the demo seeder use, so the console and the
command line cannot disagree about who may log in where.
"""

from __future__ import annotations

from app.services.console.calendar import CalendarConsole
from app.services.console.catalog import CatalogConsole
from app.services.console.common import (
    MAX_PHOTO_BYTES,
    PHONE_LABELS,
    TEMP_PASSWORD_LENGTH,
    DepartmentView,
    HallSettingsView,
    MatterSaved,
    MatterSummary,
    PostView,
    StaffView,
    SubstituteView,
    WindowView,
    can_open_console,
    ensure_console_access,
)
from app.services.console.hall import HallConsole
from app.services.console.organisation import OrganisationConsole
from app.services.console.posts import PostsConsole
from app.services.console.province import ProvinceConsole
from app.services.console.sms import SmsConsole
from app.services.console.staff import StaffConsole

__all__ = [
    "MAX_PHOTO_BYTES",
    "PHONE_LABELS",
    "TEMP_PASSWORD_LENGTH",
    "ConsoleService",
    "DepartmentView",
    "HallSettingsView",
    "MatterSaved",
    "MatterSummary",
    "PostView",
    "StaffView",
    "SubstituteView",
    "WindowView",
    "can_open_console",
    "ensure_console_access",
]


class ConsoleService(
    CatalogConsole,
    OrganisationConsole,
    StaffConsole,
    PostsConsole,
    CalendarConsole,
    HallConsole,
    ProvinceConsole,
    SmsConsole,
):
    """Administrator use cases; every method checks the role first and audits its change."""
