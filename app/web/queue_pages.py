"""取号进度 (``/ticket``, from the ticket's QR) and the 大厅综合屏 (``/board``).

Both pages refresh themselves: with JavaScript they poll their ``.json`` twin (every
2 s for a ticket, every half second for the board) and redraw; without it a
``<noscript>`` meta refresh reloads them.
"""

from __future__ import annotations

from datetime import date, datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.services.clock import HALL_TZ
from app.services.public.errors import TicketUnknown
from app.services.public.queue_board import TicketProgress
from app.web.pages import Pages


def _day(text: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise TicketUnknown(f"号票日期“{text[:8]}”无效，应为年月日8位数字。") from None


def _hm(value: datetime | None) -> str:
    return "" if value is None else f"{value.astimezone(HALL_TZ):%H:%M}"


def routes(pages: Pages) -> list[Route]:
    def ticket_of(request: Request) -> TicketProgress:
        q = request.query_params
        pages.check_limit(request, "page")
        return pages.services.queue.ticket(q.get("t", ""), _day(q.get("d", "")))

    def ticket(request: Request) -> Response:
        if not request.query_params.get("t"):
            return pages.render(request, "ticket_form.html")
        return pages.render(request, "ticket.html", t=ticket_of(request))

    def ticket_json(request: Request) -> Response:
        t = ticket_of(request)
        return JSONResponse(
            {
                "number": t.number,
                "status": t.status,
                "ahead": t.ahead,
                "wait_minutes": t.wait_minutes,
                "window": t.window,
                "window_name": t.window_name,
                "called_at": _hm(t.called_at),
            },
            headers={"Cache-Control": "no-store"},
        )

    def board(request: Request) -> Response:
        return pages.render(request, "board.html", b=pages.services.queue.board())

    def board_json(request: Request) -> Response:
        b = pages.services.queue.board()
        return JSONResponse(
            {
                "signature": b.signature,
                "calls": [
                    {"number": c.number, "window": c.window, "name": c.window_name, "at": _hm(c.called_at)}
                    for c in b.calls
                ],
                "waiting": [[k, n] for k, n in b.waiting],
            },
            headers={"Cache-Control": "no-store"},
        )

    return [
        Route("/ticket", ticket, name="ticket"),
        Route("/ticket.json", ticket_json),
        Route("/board", board),
        Route("/board.json", board_json),
    ]
