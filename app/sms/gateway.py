"""The interface between the hall's SMS sender and a gateway, and what a send can come to.

The sender hands a gateway one :class:`Outgoing` message and two callbacks: ``before_write``
is called with the segment number and the frame's sequence id *before* the first byte of
that segment leaves this process (the sender commits "发送中" there), ``after_ack`` with the
gateway's message id once the gateway has taken the segment. The :class:`Outcome` says what
the sender may do next:

* ``sent`` — every segment taken;
* ``retry`` — the gateway has certainly *not* taken the segments from ``parts_done`` on
  (nothing written, a write that failed half-way, a refusal that says "later"): try again;
* ``unconfirmed`` — a segment was written and no answer came: the gateway may have taken it.
  Sending it again could give the applicant the text twice, so the sender does not (CMPP has
  no idempotency key; docs/sms.md). The HTTP driver never answers this: its gateway honours
  the message id as a de-duplication key, so a lost answer is a plain ``retry``;
* ``failed`` — refused for good (a bad number, an authentication error): the center sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

OutcomeState = Literal["sent", "retry", "unconfirmed", "failed"]


class GatewayConfigError(ValueError):
    """A gateway address the sender cannot use (Chinese message for the IT person)."""


@dataclass(frozen=True)
class Outgoing:
    #: The outbox's message id: derived from the triggering event; the HTTP de-duplication key.
    key: str
    phone: str
    text: str
    #: Segments the gateway already took on an earlier try (CMPP goes on after them).
    parts_done: int = 0
    #: The concatenation reference (0–255) of a long message; kept for every try of it.
    reference: int = 0


@dataclass(frozen=True)
class Outcome:
    state: OutcomeState
    parts_done: int
    error: str = ""


BeforeWrite = Callable[[int, int], None]
AfterAck = Callable[[int, str], None]


class Gateway(Protocol):
    #: ``cmpp`` or ``http`` — shown in logs and `admin sms list`.
    kind: str

    def send(self, message: Outgoing, before_write: BeforeWrite, after_ack: AfterAck) -> Outcome: ...

    def keepalive(self) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class GatewayAddress:
    """``cmpp://SPID@host:port?src=1069…&service=…`` or ``http(s)://host:port/path``, no secret in it."""

    kind: str
    url: str
    host: str
    port: int
    sp_id: str = ""
    src_id: str = ""
    service_id: str = ""
    #: A secret written into the URL (``cmpp://SPID:secret@…``) — tests and the demo only.
    inline_secret: str | None = None


def parse_address(url: str) -> GatewayAddress:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "cmpp":
        if not parts.hostname or not parts.username:
            raise GatewayConfigError("CMPP 网关地址应为 cmpp://企业代码@主机:端口?src=接入号")
        query = parse_qs(parts.query)
        sp_id = unquote(parts.username)
        if len(sp_id) != 6 or not sp_id.isdigit():
            raise GatewayConfigError("CMPP 企业代码（Source_Addr）应为 6 位数字")
        src = query.get("src", [""])[0]
        if not src.isdigit() or len(src) > 21:
            raise GatewayConfigError("CMPP 接入号 src 应为不超过 21 位的数字")
        return GatewayAddress(
            "cmpp",
            url.replace(f":{parts.password}@", "@") if parts.password else url,
            parts.hostname,
            parts.port or 7890,
            sp_id=sp_id,
            src_id=src,
            service_id=query.get("service", [""])[0][:10],
            inline_secret=unquote(parts.password) if parts.password else None,
        )
    if scheme in ("http", "https"):
        if not parts.hostname:
            raise GatewayConfigError("HTTP 网关地址应为 http://主机:端口/路径")
        return GatewayAddress(scheme, url, parts.hostname, parts.port or (443 if scheme == "https" else 80))
    raise GatewayConfigError("短信网关地址应以 cmpp:// 或 http:// 开头")
