"""Why the hall web service refuses: each error has the Chinese page title and text."""

from __future__ import annotations

from app.domain.errors import CounterDeskError


class PublicError(CounterDeskError):
    """Something the applicant is told on a Chinese error page (nothing was changed)."""

    #: The page's title and HTTP status.
    title = "无法办理"
    status = 400


class LookupRefused(PublicError):
    """No case of that number with that 查询码 (the same words for both: a wrong code
    must not tell that the number exists)."""

    title = "查询不到此办件"
    status = 404

    def __init__(self) -> None:
        super().__init__("办件编号或查询码不正确。请核对受理通知书上的办件编号和查询码，或直接扫描通知书上的二维码。")


class AlreadyRated(PublicError):
    """一次一评: this case has its rating."""

    title = "本次服务已评价"
    status = 409


class RatingClosed(PublicError):
    """The rating period of this case is over."""

    title = "评价期限已过"
    status = 410


class TicketUnknown(PublicError):
    """No ticket of that number today."""

    title = "查询不到此号票"
    status = 404
