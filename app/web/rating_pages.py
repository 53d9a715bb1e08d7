"""扫码评价: ``GET /rate`` (the form, after the same code check as the look-up) and
``POST /rate`` (record once; the thanks page or a Chinese refusal)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.domain.errors import ValidationError
from app.services.public.qr_rating import LEVELS, REASONS
from app.web.pages import Pages


def routes(pages: Pages) -> list[Route]:
    def form(request: Request) -> Response:
        q = request.query_params
        pages.check_limit(request, "lookup")
        number, code = q.get("c", "").strip(), q.get("k", "").strip()
        standing = pages.services.rating.standing(number, code)
        return pages.render(
            request, "rate.html", s=standing, number=number, code=code, levels=LEVELS, reasons=REASONS, error=""
        )

    async def submit(request: Request) -> Response:
        data = await request.form()
        number, code = str(data.get("c", "")).strip(), str(data.get("k", "")).strip()
        level = str(data.get("level", ""))
        reasons = tuple(str(r) for r in data.getlist("reason"))
        return await _run(request, number, code, level, reasons)

    async def _run(request: Request, number: str, code: str, level: str, reasons: tuple[str, ...]) -> Response:
        from starlette.concurrency import run_in_threadpool

        pages.check_limit(request, "rate")
        service = pages.services.rating
        try:
            done = await run_in_threadpool(service.rate, number, code, level or "0", reasons)
        except ValidationError as exc:
            standing = await run_in_threadpool(service.standing, number, code)
            return pages.render(
                request,
                "rate.html",
                status=400,
                s=standing,
                number=number,
                code=code,
                levels=LEVELS,
                reasons=REASONS,
                error=exc.message,
                chosen_level=level,
                chosen_reasons=reasons,
            )
        return pages.render(request, "rated.html", done=done, code=code)

    return [Route("/rate", form, methods=["GET"], name="rate"), Route("/rate", submit, methods=["POST"])]
