"""The driver for a gateway address: ``cmpp://…`` → :class:`CmppGateway`, ``http(s)://…`` → :class:`HttpGateway`."""

from __future__ import annotations

from app.sms.cmpp_gateway import CmppGateway
from app.sms.gateway import Gateway, GatewayConfigError, parse_address
from app.sms.http_gateway import HttpGateway


def open_gateway(url: str, secret: str | None = None, *, timeout: float = 10.0) -> Gateway:
    """The driver for ``url``; ``secret`` is the CMPP shared secret or the HTTP bearer token."""
    address = parse_address(url)
    secret = secret if secret is not None else address.inline_secret
    if address.kind == "cmpp":
        if not secret:
            raise GatewayConfigError("缺少 CMPP 共享密钥：用 admin sms secret 存入密钥环")
        return CmppGateway(address, secret, timeout=timeout)
    return HttpGateway(address.url, secret, timeout=timeout)
