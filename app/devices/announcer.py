"""Call announcer: “请 A012 号到 5 号窗口办理” through Qt speech, espeak-ng (pinyin) or nothing.

Why its own thread and a short, lossy queue: speech takes seconds, and a clerk who calls
three tickets quickly must never wait for the voice; an announcement that is more than a
few seconds late misleads the hall more than silence, so stale ones are dropped.
"""

from __future__ import annotations

import collections
import logging
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)

#: how Mandarin speakers read ticket letters, written as pinyin syllables
LETTER_PINYIN: dict[str, str] = {
    "A": "ei1",
    "B": "bi4",
    "C": "xi1",
    "D": "di4",
    "E": "yi4",
    "F": "ai2 fu1",
    "G": "ji4",
    "H": "ai1 qi1",
    "I": "ai4",
    "J": "zhei4",
    "K": "kei4",
    "L": "ai2 lou5",
    "M": "ai2 mu5",
    "N": "en1",
    "O": "ou1",
    "P": "pi4",
    "Q": "kiu1",
    "R": "a4",
    "S": "ai2 si1",
    "T": "ti4",
    "U": "you1",
    "V": "wei1",
    "W": "da2 bu5 liu1",
    "X": "ai2 ke5 si1",
    "Y": "wai4",
    "Z": "zei4",
}
DIGIT_HANZI = "零一二三四五六七八九"


def number_hanzi(value: int) -> str:
    """0..99 as spoken (“五”, “十二”, “二十”); larger numbers digit by digit."""
    if value < 10:
        return DIGIT_HANZI[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        head = "" if tens == 1 else DIGIT_HANZI[tens]
        return f"{head}十{DIGIT_HANZI[ones] if ones else ''}"
    return "".join(DIGIT_HANZI[int(d)] for d in str(value))


def window_label(window_no: str) -> str:
    """``"05"`` → ``"5"`` for display; non-numeric window codes stay as they are."""
    stripped = window_no.strip()
    return str(int(stripped)) if stripped.isdigit() else stripped


def announcement_text(ticket: str, window_no: str, recall: bool = False) -> str:
    """The sentence shown in logs and spoken by voices that read hanzi."""
    sentence = f"请 {ticket} 号到 {window_label(window_no)} 号窗口办理"
    return f"{sentence}，{sentence}" if recall else sentence


def spoken_hanzi(ticket: str, window_no: str, recall: bool = False) -> str:
    """Text for a hanzi-reading voice: ticket digits one by one, the window as a number."""
    digits = "".join(DIGIT_HANZI[int(ch)] if ch.isdigit() else ch for ch in ticket.upper())
    label = window_label(window_no)
    window = number_hanzi(int(label)) if label.isdigit() else label
    sentence = f"请{digits}号到{window}号窗口办理"
    return f"{sentence}。{sentence}" if recall else sentence


def to_pinyin_speech(text: str) -> str:
    """Hanzi → tone-numbered pinyin, letters spelled, digits as 零一二…; for espeak-ng's pinyin voice."""
    # Imported here: pypinyin's tables take ~0.15 s to load, which the login window must not wait for.
    from pypinyin import Style, lazy_pinyin

    words: list[str] = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            words.append(LETTER_PINYIN[ch.upper()])
        elif ch.isascii() and ch.isdigit():
            words.extend(lazy_pinyin(DIGIT_HANZI[int(ch)], style=Style.TONE3, neutral_tone_with_five=True))
        elif "\u4e00" <= ch <= "\u9fff":
            words.extend(lazy_pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True))
        elif ch in "，。,.;；!！?？":
            words.append(",")
    return " ".join(words).replace(" ,", ",")


class SpeechBackend(Protocol):
    """Something that can say a call announcement (blocking is fine: it runs on the announcer thread)."""

    name: str

    def say(self, ticket: str, window_no: str, recall: bool) -> None:
        """Speak one announcement."""
        ...


class EspeakBackend:
    """espeak-ng fed with pinyin, because its Mandarin voice misreads hanzi."""

    name = "espeak-ng"

    def __init__(self, executable: str = "espeak-ng", voice: str | None = None, speed_wpm: int = 140) -> None:
        self.executable = executable
        self.voice = voice or self.best_voice(executable) or "cmn"
        self.speed_wpm = speed_wpm

    @staticmethod
    def available(executable: str = "espeak-ng") -> bool:
        """Whether espeak-ng is installed with a Mandarin voice."""
        return EspeakBackend.best_voice(executable) is not None

    @staticmethod
    def best_voice(executable: str = "espeak-ng") -> str | None:
        """``cmn-latn-pinyin`` (reads latin as pinyin) when present, else ``cmn``, else ``None``."""
        path = shutil.which(executable)
        if path is None:
            return None
        try:
            listing = subprocess.run(
                [path, "--voices=cmn"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        names = {line.split()[1] for line in listing.splitlines()[1:] if len(line.split()) > 1}
        for voice in ("cmn-latn-pinyin", "cmn"):
            if voice in names:
                return voice
        return None

    def command(self, ticket: str, window_no: str, recall: bool, wav_path: str | None = None) -> list[str]:
        """The espeak-ng command line (``-w`` writes a WAV instead of playing)."""
        speech = to_pinyin_speech(spoken_hanzi(ticket, window_no, recall))
        args = [self.executable, "-v", self.voice, "-s", str(self.speed_wpm)]
        if wav_path:
            args += ["-w", wav_path]
        return [*args, speech]

    def say(self, ticket: str, window_no: str, recall: bool) -> None:
        subprocess.run(self.command(ticket, window_no, recall), capture_output=True, timeout=30, check=False)

    def render_wav(self, ticket: str, window_no: str, path: str, recall: bool = False) -> None:
        """Write the announcement to a WAV file (tests, and halls that play through a mixer)."""
        result = subprocess.run(
            self.command(ticket, window_no, recall, path), capture_output=True, timeout=30, check=False
        )
        if result.returncode != 0:
            raise OSError(f"espeak-ng 失败：{result.stderr.decode(errors='replace').strip()}")


class QtSpeechBackend:
    """QTextToSpeech when the platform has a Chinese voice (Windows SAPI/WinRT usually does).

    Qt is imported lazily here: the driver layers stay Qt-free, and PySide6-Essentials
    builds without the QtTextToSpeech module simply report “unavailable”.
    """

    name = "qt"

    def __init__(self) -> None:
        from PySide6.QtCore import Q_ARG, QLocale, QMetaObject, Qt
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts = QTextToSpeech()
        chinese = [v for v in self._tts.availableVoices() if v.locale().language() == QLocale.Language.Chinese]
        if not chinese:
            raise RuntimeError("没有中文语音")
        self._tts.setVoice(chinese[0])
        self._invoke = QMetaObject.invokeMethod
        self._queued = Qt.ConnectionType.QueuedConnection
        self._arg = Q_ARG

    @staticmethod
    def available() -> bool:
        """Whether QtTextToSpeech exists and offers a Chinese voice."""
        try:
            QtSpeechBackend()
        except Exception:  # noqa: BLE001 - any failure means “not available here”
            return False
        return True

    def say(self, ticket: str, window_no: str, recall: bool) -> None:
        # QTextToSpeech lives in the GUI thread: hand the text over instead of calling across threads.
        self._invoke(self._tts, "say", self._queued, self._arg(str, spoken_hanzi(ticket, window_no, recall)))


def choose_backend(name: str = "auto") -> SpeechBackend | None:
    """Backend for a settings value: ``auto`` tries Qt, then espeak-ng; ``off`` gives ``None``."""
    if name == "off":
        return None
    if name in ("auto", "qt"):
        try:
            return QtSpeechBackend()
        except Exception:  # noqa: BLE001
            if name == "qt":
                log.warning("QTextToSpeech 不可用或没有中文语音，改用 espeak-ng")
    if EspeakBackend.available():
        return EspeakBackend()
    log.warning("没有可用的中文语音，叫号不播报")
    return None


@dataclass(frozen=True)
class Announcement:
    """One queued call."""

    ticket: str
    window_no: str
    recall: bool
    queued_at: float


class Announcer:
    """Speaks on its own thread; ``announce`` returns at once.

    At most ``max_pending`` announcements wait (the oldest is dropped), and one older than
    ``stale_after_s`` when its turn comes is skipped.
    """

    def __init__(self, backend: SpeechBackend | None, max_pending: int = 2, stale_after_s: float = 15.0) -> None:
        self.backend = backend
        self.stale_after_s = stale_after_s
        self._pending: collections.deque[Announcement] = collections.deque(maxlen=max_pending)
        self._cond = threading.Condition()
        self._stop = False
        #: announcements spoken / dropped (for the status line and tests)
        self.spoken: list[Announcement] = []
        self.dropped: list[Announcement] = []
        self._thread = threading.Thread(target=self._run, name="announcer", daemon=True)
        if backend is not None:
            self._thread.start()

    @property
    def enabled(self) -> bool:
        """False when the hall switched voice off or no Chinese voice exists."""
        return self.backend is not None

    def announce(self, ticket: str, window_no: str, recall: bool = False) -> None:
        """Queue “请 {ticket} 号到 {window} 号窗口办理”; never blocks."""
        if self.backend is None:
            return
        item = Announcement(ticket, window_no, recall, time.monotonic())
        with self._cond:
            if len(self._pending) == self._pending.maxlen:
                self.dropped.append(self._pending[0])
            self._pending.append(item)
            self._cond.notify()

    def stop(self, timeout_s: float = 2.0) -> None:
        """End the thread after the current announcement (bounded wait)."""
        with self._cond:
            self._stop = True
            self._pending.clear()
            self._cond.notify()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._stop or bool(self._pending))
                if self._stop:
                    return
                item = self._pending.popleft()
            if time.monotonic() - item.queued_at > self.stale_after_s:
                self.dropped.append(item)
                continue
            try:
                assert self.backend is not None
                self.backend.say(item.ticket, item.window_no, item.recall)
                self.spoken.append(item)
            except Exception:  # noqa: BLE001 - a voice failure must never reach the counter
                log.exception("语音播报失败")
