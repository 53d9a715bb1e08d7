"""``python -m app``: the counter window; ``python -m app admin …``; ``python -m app kiosk``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "admin":
        from app.cli import run_admin

        return run_admin(argv)
    from app.bootstrap import main as run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
