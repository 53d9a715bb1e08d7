"""Hostile bytes from a "gateway" and any text an applicant's case can hold: the CMPP stream
decoder only ever yields frames or says CmppError, a submit decodes to what was encoded, and
the segments of any text join back to it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sms import cmpp

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Any Unicode text without lone surrogates (a case's text is valid Unicode).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=600)


@SETTINGS
@given(st.binary(max_size=600), st.integers(min_value=1, max_value=40))
def test_random_bytes_are_frames_or_a_cmpp_error(data: bytes, chunk: int) -> None:
    decoder = cmpp.StreamDecoder()
    try:
        for at in range(0, len(data), chunk):
            for frame in decoder.feed(data[at : at + chunk]):
                assert isinstance(frame, cmpp.Frame)
    except cmpp.CmppError:
        pass


@SETTINGS
@given(TEXT, st.integers(min_value=0, max_value=255))
def test_segments_join_back_to_the_text(text: str, reference: int) -> None:
    segments = cmpp.split_text(text, reference)
    if cmpp.ucs2_units(text) <= cmpp.SINGLE_UNITS:
        assert segments == [(0, text.encode("utf-16-be"))]
        return
    total = len(segments)
    joined = b""
    for number, (udhi, content) in enumerate(segments, start=1):
        assert udhi == 1 and content[:6] == bytes([5, 0, 3, reference, total, number]) and len(content) <= 140
        joined += content[6:]
    assert joined.decode("utf-16-be") == text  # never a surrogate pair cut in two


@SETTINGS
@given(
    st.text(st.characters(min_codepoint=0x30, max_codepoint=0x39), min_size=5, max_size=21),
    st.binary(max_size=140),
    st.integers(min_value=1, max_value=0xFFFFFFFF),
)
def test_a_submit_round_trips_through_the_stream(phone: str, content: bytes, sequence: int) -> None:
    submit = cmpp.Submit("901234", "106900001234", (phone,), content, service_id="ZWFW")
    (frame,) = cmpp.StreamDecoder().feed(cmpp.encode(sequence, submit))
    assert frame.sequence_id == sequence and frame.body == submit


@SETTINGS
@given(st.sampled_from(list(cmpp.Command)), st.binary(max_size=400), st.integers(min_value=0, max_value=0xFFFFFFFF))
def test_a_known_command_with_any_body_is_a_frame_or_a_cmpp_error(command: cmpp.Command, body: bytes, seq: int) -> None:
    raw = cmpp.HEADER.pack(cmpp.HEADER_LENGTH + len(body), command, seq) + body
    try:
        frames = list(cmpp.StreamDecoder().feed(raw))
    except cmpp.CmppError:
        return
    assert len(frames) == 1 and frames[0].command == command and frames[0].sequence_id == seq
    if isinstance(frames[0].body, cmpp.Submit):
        frames[0].body.text()  # a gateway's (or an SP's) garbage text decodes without raising
