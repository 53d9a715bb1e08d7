"""Typed sync errors with the Chinese sentence shown on the status bar or admin view."""

from __future__ import annotations

from app.domain.errors import CounterDeskError


class SyncError(CounterDeskError):
    """Base of every sync failure."""


class CentralUnavailable(SyncError):
    """The central store cannot be reached (LAN or server down); the window works offline."""


class NotRegistered(SyncError):
    """This PC has no registration with the center yet."""


class DeviceRefused(SyncError):
    """The center refuses this PC's uploads (clone, restored copy or stale epoch)."""


class ReleaseError(SyncError):
    """A reference-data release cannot be published or applied."""


class RoleError(SyncError):
    """A window database role cannot be created or revoked."""
