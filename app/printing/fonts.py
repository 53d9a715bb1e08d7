"""The bundled CJK font and per-character fallback, for Pillow and reportlab alike.

Receipts, previews and PDFs must look the same on every PC, so they use the font
shipped in ``resources/fonts`` (WenQuanYi Micro Hei: all of GB2312/GBK hanzi and
Latin).  It lacks CJK Extension A and beyond (e.g. 䶮, 𬌗); a hall can add
TrueType fallback fonts (``simsunb.ttf`` on Windows covers Extension B) and
:func:`missing_glyphs` tells the clerk when a name still cannot be printed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from app.resources import resources_dir

#: The font file shipped with the program.
BUNDLED_FONT_NAME = "wqy-microhei.ttc"


def bundled_font() -> Path:
    """Path of the bundled TrueType collection."""
    return resources_dir() / "fonts" / BUNDLED_FONT_NAME


@dataclass(frozen=True)
class FontSpec:
    """One TrueType file (``.ttf`` or a face of a ``.ttc``)."""

    path: Path
    index: int = 0


@dataclass(frozen=True)
class FontStack:
    """Primary font followed by fallbacks, tried per character in order."""

    fonts: tuple[FontSpec, ...]

    @classmethod
    def default(cls, extra: tuple[Path, ...] = ()) -> FontStack:
        """The bundled font, then any hall-configured fallback fonts."""
        return cls((FontSpec(bundled_font()), *(FontSpec(p) for p in extra)))

    def font_for(self, char: str) -> int:
        """Index in :attr:`fonts` of the first font with a glyph for ``char`` (0 if none has)."""
        code = ord(char)
        for i, spec in enumerate(self.fonts):
            if code in _cmap(spec):
                return i
        return 0

    def runs(self, text: str) -> list[tuple[int, str]]:
        """Split ``text`` into (font index, run) pieces of consecutive same-font characters."""
        out: list[tuple[int, str]] = []
        for ch in text:
            idx = 0 if ch.isspace() or ord(ch) < 0x80 else self.font_for(ch)
            if out and out[-1][0] == idx:
                out[-1] = (idx, out[-1][1] + ch)
            else:
                out.append((idx, ch))
        return out

    def missing(self, text: str) -> set[str]:
        """Characters of ``text`` no font in the stack can draw."""
        return {ch for ch in text if not ch.isspace() and all(ord(ch) not in _cmap(spec) for spec in self.fonts)}


@lru_cache(maxsize=8)
def _cmap(spec: FontSpec) -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(spec.path), subfontIndex=spec.index)
    return frozenset(face.charToGlyph)


_per_thread = threading.local()


def pil_font(spec: FontSpec, size: int) -> ImageFont.FreeTypeFont:
    """A cached Pillow font; loading the 5 MB collection per line would dominate render time.

    Cached per thread: a FreeType face must not be used by two threads at once, and
    the preview and the print queue render on different threads.
    """
    cache: dict[tuple[FontSpec, int], ImageFont.FreeTypeFont] | None = getattr(_per_thread, "fonts", None)
    if cache is None:
        cache = _per_thread.fonts = {}
    font = cache.get((spec, size))
    if font is None:
        font = cache[(spec, size)] = ImageFont.truetype(str(spec.path), size, index=spec.index)
    return font


def missing_glyphs(text: str, stack: FontStack | None = None) -> set[str]:
    """Characters that would print as empty boxes; the UI warns the clerk about them."""
    return (stack or FontStack.default()).missing(text)
