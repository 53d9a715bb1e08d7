"""Query helpers for the services: they read and change rows inside a caller's
transaction and never commit (the unit of work belongs to the service)."""
