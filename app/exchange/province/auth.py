"""The signed token header ``Authorization: CD-HMAC …`` and the TLS context of the exchange
(docs/protocols/province.md, "Transport and authentication")."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

SCHEME: Final = "CD-HMAC"
#: How far the sender's clock may be from the platform's, and how long a nonce is remembered.
MAX_SKEW_SECONDS: Final = 300


def _string_to_sign(method: str, path: str, ts: str, nonce: str, body: bytes) -> bytes:
    return "\n".join((method.upper(), path, ts, nonce, hashlib.sha256(body).hexdigest())).encode("utf-8")


def _sig(secret: bytes, message: bytes) -> str:
    return base64.urlsafe_b64encode(hmac.new(secret, message, hashlib.sha256).digest()).rstrip(b"=").decode("ascii")


def sign(key_id: str, secret: bytes, method: str, path: str, body: bytes, *, now: float | None = None) -> str:
    """The ``Authorization`` header value for one request."""
    ts = str(int(time.time() if now is None else now))
    nonce = secrets.token_hex(16)
    sig = _sig(secret, _string_to_sign(method, path, ts, nonce, body))
    return f"{SCHEME} key={key_id}, ts={ts}, nonce={nonce}, sig={sig}"


def _fields(header: str) -> dict[str, str]:
    scheme, _, rest = header.partition(" ")
    if scheme != SCHEME:
        return {}
    out: dict[str, str] = {}
    for part in rest.split(","):
        name, eq, value = part.strip().partition("=")
        if eq:
            out[name] = value
    return out


class TokenVerifier:
    """The platform's side: checks key, signature, time and replay. Thread-safe."""

    def __init__(self, keys: Mapping[str, bytes], clock: Callable[[], float] = time.time) -> None:
        self._keys = dict(keys)
        self._clock = clock
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def check(self, header: str | None, method: str, path: str, body: bytes) -> str | None:
        """None when the request is authentic, else the Chinese reason for the 401."""
        if not header:
            return "缺少 Authorization 签名"
        f = _fields(header)
        if not {"key", "ts", "nonce", "sig"} <= f.keys():
            return f"签名格式不对，应为 {SCHEME} key=…, ts=…, nonce=…, sig=…"
        secret = self._keys.get(f["key"])
        if secret is None:
            return f"未知的密钥编号 {f['key']}"
        expected = _sig(secret, _string_to_sign(method, path, f["ts"], f["nonce"], body))
        if not hmac.compare_digest(expected, f["sig"]):
            return "签名不符"
        try:
            ts = int(f["ts"])
        except ValueError:
            return "签名时间无效"
        now = self._clock()
        if abs(now - ts) > MAX_SKEW_SECONDS:
            return f"签名时间与平台时钟相差超过 {MAX_SKEW_SECONDS} 秒"
        with self._lock:
            for nonce, at in list(self._seen.items()):
                if now - at > 2 * MAX_SKEW_SECONDS:
                    del self._seen[nonce]
            if f["nonce"] in self._seen:
                return "重放的请求（nonce 已用过）"
            self._seen[f["nonce"]] = now
        return None


@dataclass(frozen=True, slots=True)
class Credentials:
    """How the exchange proves who it is: a signing key, a client certificate, or both."""

    key_id: str | None = None
    secret: bytes | None = None
    client_cert: Path | None = None
    client_key: Path | None = None
    ca_file: Path | None = None

    @classmethod
    def from_files(
        cls,
        key_id: str | None = None,
        key_file: Path | None = None,
        client_cert: Path | None = None,
        client_key: Path | None = None,
        ca_file: Path | None = None,
    ) -> Credentials:
        secret = key_file.read_bytes().strip() if key_file is not None else None
        return cls(key_id, secret, client_cert, client_key, ca_file)

    def ssl_context(self) -> ssl.SSLContext:
        """Verifying context (the province's CA if given); with the hall's certificate for mutual TLS."""
        ctx = ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)
        if self.client_cert is not None:
            ctx.load_cert_chain(str(self.client_cert), str(self.client_key) if self.client_key else None)
        return ctx

    def authorization(self, method: str, path: str, body: bytes) -> str | None:
        if self.key_id is None or self.secret is None:
            return None
        return sign(self.key_id, self.secret, method, path, body)


__all__ = ["MAX_SKEW_SECONDS", "SCHEME", "Credentials", "TokenVerifier", "sign"]
