"""What every protocol codec offers, so a driver is just transport × codec."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.devices.messages import Packet


@dataclass(frozen=True)
class Malformed:
    """A frame arrived intact (checksum fine) but its content breaks the protocol."""

    command: int
    code: int
    reason: str


class MessageDecoder(Protocol):
    """Incremental decoder of a byte stream into messages."""

    def feed(self, data: bytes) -> list[Packet]:
        """Add bytes, return every complete message now available (possibly none)."""
        ...


class Codec(Protocol):
    """Both directions of one device protocol; pure and stateless apart from the decoder."""

    #: registry name, e.g. ``cdk-eval/1``
    name: str

    def expand(self, message: object) -> list[object]:
        """Split one logical command into wire messages (e.g. a photo into chunks)."""
        ...

    def encode(self, message: object, seq: int) -> bytes:
        """Wire bytes of ``message`` travelling with ``seq``."""
        ...

    def decoder(self) -> MessageDecoder:
        """A fresh incremental decoder (one per connection)."""
        ...

    def describe(self, message: object) -> str:
        """Short Chinese name of a command for status messages."""
        ...

    def command_of(self, message: object) -> int:
        """The command byte of ``message`` (ACK/NAK refer to it)."""
        ...
