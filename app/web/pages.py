"""What every page handler shares: the services, the templates, the rate limiter."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from app.domain.lookup_code import format_lookup_code
from app.services.clock import HALL_TZ
from app.services.public import HallWebServices, PublicError
from app.web.safety import RateLimiter

TEMPLATES = Path(__file__).with_name("templates")


class Busy(PublicError):
    """Too many requests from this client (rate limit) or the store is unreachable."""

    title = "服务繁忙"
    status = 429

    def __init__(self, message: str = "查询过于频繁，请稍等一分钟后再试。") -> None:
        super().__init__(message)


def _date(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        local = value.astimezone(HALL_TZ)
        return f"{local:%Y年%m月%d日 %H:%M}"
    return f"{value:%Y年%m月%d日}"


def _time(value: datetime | None) -> str:
    return "—" if value is None else f"{value.astimezone(HALL_TZ):%H:%M}"


class Pages:
    """What every handler shares: the services, the templates, the limiter."""

    def __init__(self, services: HallWebServices, limiter: RateLimiter) -> None:
        self.services = services
        self.limiter = limiter
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
        self.env.filters["cn_date"] = _date
        self.env.filters["hm"] = _time
        self.env.filters["code"] = format_lookup_code

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.env.get_template(name).render(hall=self.services.hall(), request=request, **context)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    def check_limit(self, request: Request, kind: str) -> None:
        client = request.client.host if request.client is not None else "?"
        if not self.limiter.allow(kind, client):
            raise Busy()

    def error(self, request: Request, exc: PublicError) -> HTMLResponse:
        return self.render(request, "error.html", status=exc.status, title=exc.title, message=exc.message)
