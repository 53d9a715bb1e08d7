"""The Windows APIs the program calls, as small in-process stand-ins (the boundary, not our code).

A Windows PC is faked only where the program meets Windows: ``sys.platform`` and the
pywin32 modules (``win32print`` for the print spooler, ``pythoncom`` / ``win32com.client``
for SAPI).  Everything above them — URL parsing, ESC/POS rendering, the choice of a
voice, the announcer thread, the self-check lines — is the program's real code.

The fake spooler keeps each RAW job's bytes so a test decodes them back; the fake SAPI
lists voice tokens like a Windows 10 with Chinese speech installed and "speaks" into
an ``SpFileStream`` by writing a real 16-bit WAV (a tone per syllable), so the
self-check's size test sees a real file.
"""

from __future__ import annotations

import math
import struct
import sys
import threading
import types
import wave
from dataclasses import dataclass, field
from typing import Any

import pytest


class PyWinError(Exception):
    """Like ``pywintypes.error``: (winerror, funcname, strerror)."""

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


@dataclass
class SpoolJob:
    printer: str
    name: str
    datatype: str
    data: bytes = b""
    pages: int = 0
    ended: bool = False


@dataclass
class Spooler:
    """``win32print`` over a set of installed printer names."""

    printers: set[str]
    jobs: list[SpoolJob] = field(default_factory=list)
    closed: int = 0

    def module(self) -> types.ModuleType:
        spooler = self
        mod = types.ModuleType("win32print")
        handles: dict[int, str] = {}
        current: dict[int, SpoolJob] = {}

        def OpenPrinter(name: str, defaults: Any = None) -> int:  # noqa: N802 - pywin32's names
            if name not in spooler.printers:
                raise PyWinError(1801, "OpenPrinter", "打印机名无效。")
            handle = len(handles) + 100
            handles[handle] = name
            return handle

        def StartDocPrinter(handle: int, level: int, info: tuple[str, Any, str]) -> int:  # noqa: N802
            assert level == 1
            job = SpoolJob(handles[handle], info[0], info[2])
            spooler.jobs.append(job)
            current[handle] = job
            return len(spooler.jobs)

        def StartPagePrinter(handle: int) -> None:  # noqa: N802
            current[handle].pages += 1

        def WritePrinter(handle: int, data: bytes) -> int:  # noqa: N802
            assert isinstance(data, bytes | bytearray)
            current[handle].data += bytes(data)
            return len(data)

        def EndPagePrinter(handle: int) -> None:  # noqa: N802
            pass

        def EndDocPrinter(handle: int) -> None:  # noqa: N802
            current.pop(handle).ended = True

        def ClosePrinter(handle: int) -> None:  # noqa: N802
            handles.pop(handle)
            spooler.closed += 1

        def EnumPrinters(flags: int, name: Any = None, level: int = 1) -> list[tuple[int, str, str, str]]:  # noqa: N802
            return [(0, name, name, "") for name in sorted(spooler.printers)]

        for fn in (
            OpenPrinter,
            StartDocPrinter,
            StartPagePrinter,
            WritePrinter,
            EndPagePrinter,
            EndDocPrinter,
            ClosePrinter,
            EnumPrinters,
        ):
            setattr(mod, fn.__name__, fn)
        mod.PRINTER_ENUM_LOCAL = 2
        mod.error = PyWinError
        return mod


# ---------------------------------------------------------------------- SAPI


@dataclass(frozen=True)
class VoiceToken:
    description: str
    language: str  # hex LCIDs as SAPI's "Language" attribute: "804", "409"

    def GetDescription(self, locale: int = 0) -> str:  # noqa: N802
        return self.description


class TokenCollection:
    def __init__(self, tokens: list[VoiceToken]) -> None:
        self._tokens = tokens

    @property
    def Count(self) -> int:  # noqa: N802
        return len(self._tokens)

    def Item(self, index: int) -> VoiceToken:  # noqa: N802
        return self._tokens[index]


@dataclass
class Sapi:
    """``pythoncom`` + ``win32com.client`` for the SAPI objects the program uses."""

    voices: list[VoiceToken]
    #: (thread id, text) of every Speak call
    spoken: list[tuple[int, str]] = field(default_factory=list)
    initialised_threads: set[int] = field(default_factory=set)

    def modules(self) -> dict[str, types.ModuleType]:
        sapi = self

        class SpFileStream:
            def __init__(self) -> None:
                self.path: str | None = None

            def Open(self, path: str, mode: int, notify: bool) -> None:  # noqa: N802
                assert mode == 3  # SSFMCreateForWrite
                self.path = path
                self._frames = bytearray()

            def write_tone(self, syllables: int) -> None:
                for n in range(syllables * 2205):  # 0.1 s per syllable at 22.05 kHz
                    self._frames += struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / 22050)))

            def Close(self) -> None:  # noqa: N802
                assert self.path is not None
                with wave.open(self.path, "wb") as wav:
                    wav.setnchannels(1)
                    wav.setsampwidth(2)
                    wav.setframerate(22050)
                    wav.writeframes(bytes(self._frames))

        class SpVoice:
            def __init__(self) -> None:
                english = [v for v in sapi.voices if v.language == "409"]
                self.Voice = (english or sapi.voices or [None])[0]
                self.AudioOutputStream: SpFileStream | None = None

            def GetVoices(self, required: str = "", optional: str = "") -> TokenCollection:  # noqa: N802
                key, _, value = required.partition("=")
                assert key in ("", "Language")
                return TokenCollection([v for v in sapi.voices if not value or v.language == value])

            def Speak(self, text: str, flags: int = 0) -> int:  # noqa: N802
                thread = threading.get_ident()
                if thread not in sapi.initialised_threads:
                    raise PyWinError(-2147221008, "Speak", "尚未调用 CoInitialize。")
                sapi.spoken.append((thread, text))
                if self.AudioOutputStream is not None:
                    self.AudioOutputStream.write_tone(len(text))
                return 1

        classes = {"SAPI.SpVoice": SpVoice, "SAPI.SpFileStream": SpFileStream}

        def Dispatch(progid: str) -> Any:  # noqa: N802
            if threading.get_ident() not in sapi.initialised_threads:
                raise PyWinError(-2147221008, "Dispatch", "尚未调用 CoInitialize。")
            return classes[progid]()

        def CoInitialize() -> None:  # noqa: N802
            sapi.initialised_threads.add(threading.get_ident())

        pythoncom = types.ModuleType("pythoncom")
        pythoncom.CoInitialize = CoInitialize
        win32com = types.ModuleType("win32com")
        client = types.ModuleType("win32com.client")
        client.Dispatch = Dispatch
        win32com.client = client
        return {"pythoncom": pythoncom, "win32com": win32com, "win32com.client": client}


HUIHUI = VoiceToken("Microsoft Huihui Desktop - Chinese (Simplified)", "804")
ZIRA = VoiceToken("Microsoft Zira Desktop - English (United States)", "409")


def fake_windows(monkeypatch: pytest.MonkeyPatch, modules: dict[str, types.ModuleType] | None = None) -> None:
    """This process is a Windows PC with these pywin32 modules (and no others) until the test ends."""
    monkeypatch.setattr(sys, "platform", "win32")
    # Qt's speech is this machine's, not Windows': the faked PC has no QtTextToSpeech voices.
    for name in ("win32print", "pythoncom", "win32com", "win32com.client", "pywintypes", "PySide6.QtTextToSpeech"):
        monkeypatch.setitem(sys.modules, name, None)  # None: "import win32print" raises ImportError
    for name, module in (modules or {}).items():
        monkeypatch.setitem(sys.modules, name, module)
