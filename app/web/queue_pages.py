"""取号进度 (``/ticket``, from the ticket's QR) and the 大厅综合屏 (``/board``).

Both pages refresh themselves: with JavaScript they poll their ``.json`` twin (every
2 s for a ticket, every half second for the board) and redraw; without it a
``<noscript>`` meta refresh reloads them. The ticket page also carries the 叫号提醒 form
(``POST /ticket``, :mod:`app.services.public.ticket_reminders`).
"""

from __future__ import annotations

from datetime import date, datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.domain.errors import ValidationError
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
        t = ticket_of(request)
        return pages.render(request, "ticket.html", t=t, r=pages.services.reminders.standing(t))

    async def remind(request: Request) -> Response:
        """The 叫号提醒 form: the number is checked, stored once, shown masked; a bad one
        gets the page again with the Chinese reason (the number is not echoed)."""
        data = await request.form()
        q = request.query_params
        number = q.get("t") or str(data.get("t", ""))
        day = _day(q.get("d") or str(data.get("d", "")))
        phone = str(data.get("phone", ""))
        pages.check_limit(request, "remind")
        service = pages.services.reminders
        try:
            t, done = await run_in_threadpool(service.register, number, day, phone)
        except ValidationError as exc:
            t = await run_in_threadpool(pages.services.queue.ticket, number, day)
            r = await run_in_threadpool(service.standing, t)
            return pages.render(request, "ticket.html", status=400, t=t, r=r, error=exc.message)
        r = await run_in_threadpool(service.standing, t)
        return pages.render(request, "ticket.html", t=t, r=r, done=done)

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
        Route("/ticket", remind, methods=["POST"]),
        Route("/ticket.json", ticket_json),
        Route("/board", board),
        Route("/board.json", board_json),
    ]
