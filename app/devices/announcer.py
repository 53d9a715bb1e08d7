"""Call announcer: “请 A012 号到 5 号窗口办理” through Qt speech, Windows SAPI, espeak-ng (pinyin) or nothing.

Why its own thread and a short, lossy queue: speech takes seconds, and a clerk who calls
three tickets quickly must never wait for the voice; an announcement that is more than a
few seconds late misleads the hall more than silence, so stale ones are dropped.
"""

from __future__ import annotations

import collections
import logging
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

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

    #: short id: "qt", "sapi", "espeak-ng"
    name: str
    #: which voice speaks, for the self-check and the log (“Windows SAPI（Microsoft Huihui Desktop）”)
    description: str

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
        self.description = f"espeak-ng（{self.voice}）"

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
    """QTextToSpeech (PySide6-Addons) when the platform has a Chinese voice.

    On Windows Qt's ``winrt`` engine speaks with the OneCore voices (慧慧 Huihui, 瑶瑶 Yaoyao,
    康康 Kangkang) that Windows 10/11 install with Chinese speech; ``sapi`` with the desktop
    ones.  Qt is imported lazily here: the driver layers stay Qt-free, and a build with
    PySide6-Essentials only (no QtTextToSpeech module) simply reports “unavailable”.
    """

    name = "qt"

    def __init__(self) -> None:
        from PySide6.QtCore import Q_ARG, QLocale, QMetaObject, Qt
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts = QTextToSpeech()
        chinese = [v for v in self._tts.availableVoices() if v.locale().language() == QLocale.Language.Chinese]
        if not chinese:
            raise RuntimeError(f"{self._tts.engine() or 'Qt'} 引擎没有中文语音")
        self._tts.setVoice(chinese[0])
        self.description = f"Qt 语音 {self._tts.engine()}（{chinese[0].name()}）"
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


class SapiBackend:
    """Windows SAPI 5 through pywin32 (a dependency on Windows already, for the print queue).

    Speaks with the first Simplified Chinese voice SAPI lists (``Microsoft Huihui Desktop``
    where Chinese speech is installed).  COM objects belong to the thread that made them,
    so each thread that speaks (the announcer's own, the self-check's) gets its own voice.
    """

    name = "sapi"
    #: SAPI's token filter for Simplified Chinese voices (language id 0x0804)
    CHINESE = "Language=804"
    #: ``SpeechStreamFileMode.SSFMCreateForWrite``
    CREATE_FOR_WRITE = 3

    def __init__(self) -> None:
        import pythoncom
        import win32com.client

        self._pythoncom = pythoncom
        self._dispatch = win32com.client.Dispatch
        self._local = threading.local()
        self.voice_name = self._voice().Voice.GetDescription()
        self.description = f"Windows SAPI（{self.voice_name}）"

    def _new_voice(self) -> object:
        voice: Any = self._dispatch("SAPI.SpVoice")
        tokens = voice.GetVoices(self.CHINESE, "")
        if not tokens.Count:
            raise RuntimeError("SAPI 没有中文语音")
        voice.Voice = tokens.Item(0)
        return voice

    def _voice(self) -> Any:
        voice = getattr(self._local, "voice", None)
        if voice is None:
            self._pythoncom.CoInitialize()
            voice = self._local.voice = self._new_voice()
        return voice

    def say(self, ticket: str, window_no: str, recall: bool) -> None:
        self._voice().Speak(spoken_hanzi(ticket, window_no, recall), 0)  # SVSFDefault: returns when spoken

    def render_wav(self, ticket: str, window_no: str, path: str, recall: bool = False) -> None:
        """Speak the announcement into a WAV file (the self-check's proof that the voice works)."""
        self._voice()  # COM ready on this thread
        voice: Any = self._new_voice()
        stream: Any = self._dispatch("SAPI.SpFileStream")
        stream.Open(path, self.CREATE_FOR_WRITE, False)
        try:
            voice.AudioOutputStream = stream
            voice.Speak(spoken_hanzi(ticket, window_no, recall), 0)
        finally:
            stream.Close()


def on_windows() -> bool:
    """Whether this is a Windows PC (the one place the voice choice asks)."""
    return sys.platform == "win32"


#: settings value → backends tried in order; ``auto`` depends on the platform
_ORDER = {
    "qt": ("qt", "sapi", "espeak-ng"),
    "sapi": ("sapi", "qt", "espeak-ng"),
    "espeak": ("espeak-ng",),
    "espeak-ng": ("espeak-ng",),
}
_TITLES = {"qt": "Qt 语音", "sapi": "Windows SAPI", "espeak-ng": "espeak-ng"}


def backend_order(name: str = "auto") -> tuple[str, ...]:
    """Which backends a settings value tries: Windows prefers its own voices, Linux espeak-ng (pinyin)."""
    if name == "off":
        return ()
    if name in _ORDER:
        return tuple(b for b in _ORDER[name] if b != "sapi" or on_windows())
    return ("qt", "sapi", "espeak-ng") if on_windows() else ("espeak-ng", "qt")


def _make(kind: str) -> SpeechBackend:
    if kind == "qt":
        return QtSpeechBackend()
    if kind == "sapi":
        return SapiBackend()
    if not EspeakBackend.available():
        raise RuntimeError("未安装 espeak-ng 或没有普通话语音" if not on_windows() else "未安装 espeak-ng")
    return EspeakBackend()


def find_backend(name: str = "auto") -> tuple[SpeechBackend | None, list[str]]:
    """The first backend of :func:`backend_order` that works, and why each one before it did not."""
    reasons: list[str] = []
    for kind in backend_order(name):
        try:
            return _make(kind), reasons
        except ImportError as exc:
            reasons.append(f"{_TITLES[kind]}：缺少组件 {exc.name or exc}")
        except Exception as exc:  # noqa: BLE001 - COM and Qt raise their own types; each means “not here”
            reasons.append(f"{_TITLES[kind]}：{exc}")
    return None, reasons


def choose_backend(name: str = "auto") -> SpeechBackend | None:
    """Backend for a settings value (``auto``, ``qt``, ``sapi``, ``espeak-ng``); ``off`` gives ``None``."""
    backend, reasons = find_backend(name)
    if backend is None and name != "off":
        log.warning("没有可用的中文语音，叫号不播报：%s", "；".join(reasons))
    elif reasons:
        log.info("语音播报用 %s（%s）", backend.name if backend else "", "；".join(reasons))
    return backend


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
