"""Composition root: settings → stores → services → devices → windows.

Nothing imports this module; ``python -m app`` calls :func:`main`.
"""

from __future__ import annotations


def main(argv: list[str]) -> int:
    raise SystemExit("窗口界面尚未接入")
