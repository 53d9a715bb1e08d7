"""Announcer: the sentence, pinyin for espeak-ng, a real non-silent WAV, and a queue that never blocks."""

from __future__ import annotations

import array
import shutil
import threading
import time
import wave

import pytest

from app.devices.announcer import (
    Announcer,
    EspeakBackend,
    announcement_text,
    number_hanzi,
    spoken_hanzi,
    to_pinyin_speech,
)


def test_sentence_shown_and_spoken() -> None:
    assert announcement_text("A012", "05") == "请 A012 号到 5 号窗口办理"
    assert announcement_text("A012", "5", recall=True) == "请 A012 号到 5 号窗口办理，请 A012 号到 5 号窗口办理"
    assert spoken_hanzi("a012", "05") == "请A零一二号到五号窗口办理"
    assert spoken_hanzi("B100", "12") == "请B一零零号到十二号窗口办理"


@pytest.mark.parametrize(
    ("value", "text"), [(0, "零"), (5, "五"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五"), (105, "一零五")]
)
def test_window_numbers_read_as_numbers(value: int, text: str) -> None:
    assert number_hanzi(value) == text


def test_pinyin_spells_letters_and_reads_digits_one_by_one() -> None:
    assert to_pinyin_speech(spoken_hanzi("A012", "05")) == (
        "qing3 ei1 ling2 yi1 er4 hao4 dao4 wu3 hao4 chuang1 kou3 ban4 li3"
    )
    assert to_pinyin_speech("请C7号") == "qing3 xi1 qi1 hao4"


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (apt install espeak-ng)")
def test_espeak_writes_a_non_silent_wav(tmp_path) -> None:
    assert EspeakBackend.available()
    backend = EspeakBackend()
    assert backend.voice in ("cmn-latn-pinyin", "cmn")
    path = tmp_path / "call.wav"
    backend.render_wav("A012", "05", str(path))
    with wave.open(str(path)) as wav:
        assert wav.getsampwidth() == 2
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
    samples = array.array("h", frames)
    assert seconds > 1.0  # a whole sentence, not a click
    loud = sum(1 for s in samples if abs(s) > 1000)
    assert loud > len(samples) // 10


class SlowVoice:
    """A backend that takes a while per sentence, like a real speech engine."""

    name = "slow"

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.said: list[str] = []
        self.started = threading.Event()

    def say(self, ticket: str, window_no: str, recall: bool) -> None:
        self.started.set()
        time.sleep(self.seconds)
        self.said.append(ticket)


def test_announce_returns_at_once_and_drops_the_oldest_when_behind() -> None:
    voice = SlowVoice(0.3)
    announcer = Announcer(voice, max_pending=2)
    try:
        announcer.announce("A001", "05")
        assert voice.started.wait(2)
        for ticket in ("A002", "A003", "A004"):
            announcer.announce(ticket, "05")  # the voice is busy; these queue without waiting
        deadline = time.monotonic() + 5
        while len(voice.said) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert voice.said == ["A001", "A003", "A004"]
        assert [a.ticket for a in announcer.dropped] == ["A002"]
    finally:
        announcer.stop()


def test_stale_announcements_are_skipped() -> None:
    voice = SlowVoice(0.4)
    announcer = Announcer(voice, max_pending=3, stale_after_s=0.2)
    try:
        announcer.announce("A001", "05")
        assert voice.started.wait(2)
        announcer.announce("A002", "05")  # waits 0.4 s behind A001: stale by then
        deadline = time.monotonic() + 3
        while not announcer.dropped and time.monotonic() < deadline:
            time.sleep(0.02)
        assert [a.ticket for a in announcer.dropped] == ["A002"]
        assert voice.said == ["A001"]
    finally:
        announcer.stop()


def test_off_means_silent_and_harmless() -> None:
    announcer = Announcer(None)
    announcer.announce("A001", "05")
    assert not announcer.enabled
    announcer.stop()
