"""Characters that no font of the chain can draw, told to the clerk before anything is printed.

The screen and the printouts use the same chain (WenQuanYi Micro Hei, then 花園明朝 A and B);
a character none of them has (CJK Extension G, a private-use 造字) shows as a box on screen,
and is printed as its code point (``〔U+30000〕``) so it can be written in by hand.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` no font has, in their order of appearance (each once)."""
    if text.isascii():
        return []
    from app.printing.fonts import missing_glyphs  # Pillow-free, reads only the fonts' cmaps

    missing = missing_glyphs(text)
    return sorted(missing, key=text.index)


def describe(chars: Iterable[str]) -> str:
    """``“𰀀”（U+30000）、…`` for a warning."""
    one = QCoreApplication.translate("Glyphs", "“%1”（U+%2）")
    joiner = QCoreApplication.translate("Glyphs", "、")
    return joiner.join(one.replace("%1", ch).replace("%2", f"{ord(ch):04X}") for ch in chars)
