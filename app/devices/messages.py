"""Device-level messages: what the counter asks a device to do and what devices report.

These are the only vocabulary shared by codecs, drivers, emulators and the Qt bridge.
They deliberately know nothing about cases, staff records or the ``Rating`` enum: a
rating arrives as ``score`` 1..5 and the services layer maps it
(5 = 非常满意, 4 = 满意, 3 = 基本满意, 2 = 不满意, 1 = 非常不满意).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

#: Score meaning, for documentation, emulators and logs (the services layer owns the enum).
SCORE_LABELS: dict[int, str] = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
#: Reasons a keypad offers after a bad rating (the emulator window shows them as check boxes).
BAD_REASONS: tuple[str, ...] = ("等候时间长", "服务态度差", "办事效率低", "一次性告知不清", "材料要求多")

#: Default time the applicant has to press a key.
DEFAULT_RATING_TIMEOUT_S = 60.0


def check_score(score: int) -> int:
    """Return ``score`` if it is 1..5, else raise ``ValueError`` (devices must not invent scores)."""
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
        raise ValueError(f"评价分值必须是 1 到 5：{score!r}")
    return score


# ---------------------------------------------------------------- host → evaluator


@dataclass(frozen=True)
class Ping:
    """Liveness probe; the device answers with its status (``DeviceStatus``)."""


@dataclass(frozen=True)
class Welcome:
    """Idle screen of the evaluator: who serves at this window (public information)."""

    window_code: str
    window_name: str
    staff_name: str
    staff_no: str
    party_member: bool = False
    #: JPEG/PNG bytes; sent only to devices that report a photo capability.
    photo: bytes | None = None
    #: or a file to read the photo from (read on the driver thread, never on the GUI thread)
    photo_path: str | None = None


@dataclass(frozen=True)
class PhotoChunk:
    """One piece of the staff photo on byte-oriented links (serial protocol only)."""

    index: int
    count: int
    data: bytes


@dataclass(frozen=True)
class RequestRating:
    """Ask the applicant to rate the service identified by ``reference`` (case no. or ticket)."""

    request_id: int
    reference: str
    timeout_s: int = int(DEFAULT_RATING_TIMEOUT_S)


@dataclass(frozen=True)
class CancelRating:
    """Withdraw a pending rating request (timed out on the host, or the clerk logged out)."""

    request_id: int


@dataclass(frozen=True)
class Pause:
    """Show 暂停服务 (or another short pause text) instead of the welcome screen."""

    message: str = "暂停服务"


@dataclass(frozen=True)
class Away:
    """Away message (去向留言) shown while the clerk is away from the window."""

    reason: str
    whereabouts: str
    contact: str
    expected_return: str


@dataclass(frozen=True)
class Resume:
    """Back to the welcome screen after a pause or an away message."""


# ---------------------------------------------------------------- host → LED window screen


class LedState(IntEnum):
    """What the LED status line says."""

    SERVING = 0
    PAUSED = 1
    AWAY = 2


@dataclass(frozen=True)
class LedWindow:
    """Fixed part of the window screen: number, name and department."""

    window_no: str
    window_name: str
    department: str


@dataclass(frozen=True)
class LedTicket:
    """The ticket now being served at ``window_no``."""

    ticket: str
    window_no: str


@dataclass(frozen=True)
class LedStatus:
    """Serving / 暂停服务 / away with the expected return time."""

    state: LedState
    message: str = ""
    return_time: str = ""


@dataclass(frozen=True)
class LedText:
    """Free text line, static or scrolling (long notices, away text)."""

    text: str
    scroll: bool = True
    #: 1 (slow) .. 9 (fast)
    speed: int = 5


@dataclass(frozen=True)
class LedClear:
    """Blank the screen (window closed)."""


# ---------------------------------------------------------------- replies from devices


@dataclass(frozen=True)
class Ack:
    """Positive acknowledgement of the frame with the same sequence number."""

    command: int


@dataclass(frozen=True)
class Nak:
    """Negative acknowledgement; ``code`` says why (see the protocol documents)."""

    command: int
    code: int


@dataclass(frozen=True)
class DeviceStatus:
    """Answer to ``Ping``: capabilities, what is on screen, model string."""

    caps: int
    state: int
    model: str = ""

    #: capability bits
    CAP_PHOTO = 0x01
    CAP_REASONS = 0x02

    @property
    def shows_photo(self) -> bool:
        return bool(self.caps & self.CAP_PHOTO)


@dataclass(frozen=True)
class RatingResult:
    """The applicant pressed a key (wire message; the driver turns it into ``RatingPressed``)."""

    request_id: int
    score: int
    reasons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_score(self.score)


@dataclass(frozen=True)
class RatingExpired:
    """The device's own countdown for a rating request ran out."""

    request_id: int


# ---------------------------------------------------------------- events delivered by drivers


@dataclass(frozen=True)
class DeviceOnline:
    """The device answered after being unreachable (or for the first time)."""

    detail: str = ""


@dataclass(frozen=True)
class DeviceOffline:
    """The device cannot be reached; ``reason`` is a full Chinese sentence for the status bar."""

    reason: str


@dataclass(frozen=True)
class RatingPressed:
    """The applicant rated the service bound to ``reference``."""

    request_id: int
    reference: str
    score: int
    reasons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_score(self.score)


@dataclass(frozen=True)
class RatingTimedOut:
    """Nobody pressed a key in time: the service is recorded as unrated."""

    request_id: int
    reference: str


@dataclass(frozen=True)
class RatingFailed:
    """The request could not complete (device offline or died): unrated, with the reason."""

    request_id: int
    reference: str
    reason: str


@dataclass(frozen=True)
class CommandRejected:
    """The device refused a command (NAK) or never acknowledged it."""

    command: str
    reason: str


# ---------------------------------------------------------------- ID-card reader


@dataclass(frozen=True)
class ReadCard:
    """Read the card on the reader now (the clerk pressed the read key)."""


@dataclass(frozen=True)
class CardRead:
    """A card was read: its text (an ``IdCardData``) and, when the vendor's decoder is
    installed, the photo as BMP bytes; otherwise ``photo_note`` says why there is none."""

    card: object
    photo_bmp: bytes | None = None
    photo_note: str = ""


@dataclass(frozen=True)
class CardReadFailed:
    """A read did not complete; ``reason`` is the Chinese sentence for the intake form."""

    reason: str


DeviceEvent = DeviceOnline | DeviceOffline | RatingPressed | RatingTimedOut | RatingFailed | CommandRejected

EvaluatorCommand = Ping | Welcome | RequestRating | CancelRating | Pause | Away | Resume
LedCommand = Ping | LedWindow | LedTicket | LedStatus | LedText | LedClear


@dataclass(frozen=True)
class Packet:
    """A decoded message with the sequence number (serial) or id (JSON) it travelled with."""

    seq: int
    message: object
    address: int = 0
    #: raw wire bytes of the frame (serial) or the JSON text encoded as UTF-8
    raw: bytes = field(default=b"", compare=False)
