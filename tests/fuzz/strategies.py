"""Hostile text: anything a person can paste or a file can hold, weighted towards what
breaks programs — NUL and other controls, bidi overrides, zero-width characters, digits
of other scripts (Arabic-Indic, Devanagari, U+19DA), full-width forms, LIKE wildcards."""

from __future__ import annotations

from hypothesis import strategies as st

NASTY = (
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\t", "\n", "\r", "\u2028",
    "\u202e", "\u202d", "\u2066", "\u200f", "\u061c", "\u200b", "\ufeff", "\u00ad", "\u200d",
    "\u19da", "\u0661", "\u0669", "\u06f5", "\u0967", "\uff11", "\uff38", "\u2460", "\u00b2",
    "%", "_", "\\", "'", '"', ";", "X", "x", "-", " ", "\u3000", "·", "〇", "𬌗", "\U000323af", "\ufffe",
)  # fmt: skip

nasty_char = st.sampled_from(NASTY)
any_char = st.characters(codec="utf-8")
#: Mostly digits and letters, sprinkled with the nasty ones.
hostile_text = st.text(alphabet=st.one_of(any_char, nasty_char, st.sampled_from("0123456789")), max_size=40)


@st.composite
def mutated(draw: st.DrawFn, valid: str) -> str:
    """A valid value with a few characters replaced, inserted or deleted."""
    chars = list(valid)
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(("replace", "insert", "delete")))
        i = draw(st.integers(0, max(0, len(chars) - 1)))
        c = draw(st.one_of(nasty_char, any_char))
        if op == "replace" and chars:
            chars[i] = c
        elif op == "insert":
            chars.insert(i, c)
        elif chars:
            del chars[i]
    return "".join(chars)


def near(valid: str) -> st.SearchStrategy[str]:
    """The valid value itself (also full-width or padded), a mutation of it, or anything."""
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in valid)
    return st.one_of(st.sampled_from([valid, wide, f" {valid} "]), mutated(valid), hostile_text)


def id_like() -> st.SearchStrategy[str]:
    return st.one_of(near("11010519491231002X"), near("110101199003074514"))


def phone_like() -> st.SearchStrategy[str]:
    return st.one_of(near("13812345678"), near("0838-2234567转8001"))
