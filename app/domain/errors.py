"""Typed errors with the Chinese message a clerk or administrator sees.

Every layer raises a subclass of :class:`CounterDeskError`; the UI and the admin
command line show ``str(error)`` as it is, so the message must be complete Chinese.
"""

from __future__ import annotations


class CounterDeskError(Exception):
    """Base of every error the program shows to a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        #: The Chinese sentence shown to the user.
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ValidationError(CounterDeskError):
    """Input typed by a person does not pass a rule (ID number, credit code, phone …)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        #: Which input field the message is about, when known.
        self.field = field


class IllegalTransition(CounterDeskError):
    """A case action is not allowed in the case's current state."""


class DecisionNotAllowed(CounterDeskError):
    """A decision's precondition is not met (materials incomplete, 容缺 not allowed …)."""


class CatalogError(CounterDeskError):
    """A catalog file breaks the ``counterdesk-catalog/1`` contract."""

    def __init__(self, message: str, *, matter: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.matter = matter
        self.field = field


class CalendarError(CounterDeskError):
    """A working-day calendar question or notice file cannot be answered/read."""


class PermissionDenied(CounterDeskError):
    """The logged-in person may not do this."""


class NotFound(CounterDeskError):
    """A record named by the user does not exist."""
