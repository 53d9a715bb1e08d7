"""``python -m app.selfcheck``: the self-check (and its platform-probe child) from source."""

from app.selfcheck.command import main

raise SystemExit(main())
