"""Sync between a window PC's SQLite and the central store (see docs/sync.md).

Window side: :mod:`~app.sync.registration` (device id, epoch), :mod:`~app.sync.uploader`
(outbox uploader and its retrying thread), :mod:`~app.sync.reference` (pull releases),
:mod:`~app.sync.events` (cross-window events), :mod:`~app.sync.clock` (offset),
:mod:`~app.sync.hall_queue` (online check), :mod:`~app.sync.status` (status bar DTO).

Central side: :mod:`~app.sync.central` (registration, one-transaction batch accept),
:mod:`~app.sync.projector` (upsert by owner; :mod:`~app.sync.incoming` its row and outcome
types), :mod:`~app.sync.reference` (publish),
:mod:`~app.sync.alarms`, :mod:`~app.sync.roles` (PostgreSQL window roles),
:mod:`~app.sync.status` (admin overview), :mod:`~app.sync.verify` (delivery checker).
"""
