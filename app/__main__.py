"""``python -m app``: the counter window; ``python -m app admin …``; ``python -m app kiosk``;
``python -m app hall-web --store URL`` (the hall web service); ``python -m app exchange
--store URL --province URL`` (the provincial exchange);
``python -m app sms-sender --store URL --gateway URL`` (the SMS notices' sender)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "admin":
        from app.cli import run_admin

        return run_admin(argv)
    if argv and argv[0] == "hall-web":
        from app.web.command import main as run_hall_web

        return run_hall_web(argv[1:])
    if argv and argv[0] == "exchange":
        from app.cli.province import exchange_main

        return exchange_main(argv[1:])
    if argv and argv[0] == "sms-sender":
        from app.cli.sms import sender_main

        return sender_main(argv[1:])
    from app.bootstrap import main as run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
