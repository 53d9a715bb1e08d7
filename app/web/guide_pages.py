"""办事指南查询 for the 查询机 touch screen and phones: ``/guide?q=`` searches by name,
pinyin (full or initials), code or keyword with the counter's own search; ``/guide/CODE``
shows the whole guide with its material list, printable (``@media print``)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.domain.errors import NotFound
from app.services.public.errors import PublicError
from app.web.pages import Pages

#: Matters listed per search.
RESULTS = 30


class MatterUnknown(PublicError):
    title = "没有这个事项"
    status = 404


def routes(pages: Pages) -> list[Route]:
    def search(request: Request) -> Response:
        q = request.query_params.get("q", "").strip()[:40]
        hits = []
        if q:
            pages.check_limit(request, "page")
            hits = pages.services.guide.search(q, limit=RESULTS)
        return pages.render(request, "guide_search.html", q=q, hits=hits)

    def guide(request: Request) -> Response:
        code = request.path_params["code"][:64]
        try:
            g = pages.services.guide.guide(code)
        except NotFound:
            raise MatterUnknown(f"没有编码为“{code}”的事项。请返回办事指南查询。") from None
        return pages.render(request, "guide.html", g=g)

    return [Route("/guide", search, name="guide_search"), Route("/guide/{code:str}", guide, name="guide")]
