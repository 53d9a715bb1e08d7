"""办件进度查询: ``/q`` (the QR code's link) and ``/case`` (number + 查询码 typed in)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from app.web.pages import Pages


def routes(pages: Pages) -> list[Route]:
    def qr(request: Request) -> Response:
        """The link of every printed QR code: a case notice's (``c``, ``k``, ``v``) or a
        ticket's (``t``, ``d``)."""
        q = request.query_params
        if q.get("t"):
            return RedirectResponse(request.url_for("ticket").include_query_params(t=q["t"], d=q.get("d", "")), 303)
        if q.get("c") and q.get("k"):
            return case(request)
        return pages.render(request, "case_form.html", number=q.get("c", ""), code="")

    def case(request: Request) -> Response:
        q = request.query_params
        number, code, document = q.get("c", "").strip(), q.get("k", "").strip(), q.get("v", "").strip()
        if not number and not code:
            return pages.render(request, "case_form.html", number="", code="")
        pages.check_limit(request, "lookup")
        progress = pages.services.lookup.lookup(number, code, document)
        return pages.render(request, "case.html", p=progress)

    return [Route("/q", qr), Route("/case", case, name="case")]
