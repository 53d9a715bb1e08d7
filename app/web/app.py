"""The ASGI application: routes, templates, Chinese error pages, limits, access log.

Pages are rendered on the server and work without JavaScript (the hall board and the
ticket page refresh themselves with a ``<meta http-equiv="refresh">`` and, where
JavaScript runs, faster with server-sent events). Handlers are plain functions, run in
Starlette's thread pool, because the services below are synchronous.
"""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.services.public import HallWebServices, PublicError
from app.web import case_pages, guide_pages, queue_pages, rating_pages
from app.web.pages import Pages
from app.web.safety import AccessLog, Limit, RateLimiter

LOG = logging.getLogger("counterdesk.web")


def create_app(services: HallWebServices, *, limits: dict[str, Limit] | None = None) -> Starlette:
    """The hall web application over ``services`` (see :func:`app.web.server.serve`)."""
    pages = Pages(services, RateLimiter(limits))

    def public_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, PublicError)
        return pages.error(request, exc)

    def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            return pages.error(request, _NotFound())
        return pages.render(request, "error.html", status=exc.status_code, title="请求有误", message="请返回首页重试。")

    def server_error(request: Request, exc: Exception) -> Response:
        LOG.exception("hall web: %s", type(exc).__name__)
        return pages.render(
            request, "error.html", status=503, title="服务繁忙", message="系统繁忙，请稍后再试，或到大厅服务台咨询。"
        )

    def index(request: Request) -> Response:
        return pages.render(request, "index.html")

    routes = [
        Route("/", index),
        *case_pages.routes(pages),
        *rating_pages.routes(pages),
        *queue_pages.routes(pages),
        *guide_pages.routes(pages),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(AccessLog)],
        exception_handlers={PublicError: public_error, HTTPException: http_error, Exception: server_error},
    )


class _NotFound(PublicError):
    title = "页面不存在"
    status = 404

    def __init__(self) -> None:
        super().__init__("没有这个页面。请扫描通知书或号票上的二维码，或从首页进入。")
