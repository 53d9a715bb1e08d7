"""The CJK font chain and per-character fallback, for Pillow and reportlab alike.

Receipts, previews and PDFs must look the same on every PC, so they use the fonts
shipped with the program, tried per character in this order:

1. ``resources/fonts/wqy-microhei.ttc`` (WenQuanYi Micro Hei): all of GB2312/GBK hanzi
   and Latin, but not CJK Extension A or later (e.g. 䶮, 𬌗);
2. the hall's own fallback fonts (printer profile ``fallback_fonts``, e.g. ``simsunb.ttf``);
3. the rare-character fonts of :func:`app.resources.rare_fonts` (花園明朝 A and B:
   Extension A and Extensions B–F).

A character no font of the chain has (e.g. Extension G) is never drawn as an empty box:
:func:`missing_glyphs` tells the clerk before printing, and :meth:`FontStack.printable`
prints its code point instead (``〔U+30000〕``) so the character can be written in by hand.
"""

from __future__ import annotations

import struct
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.resources import rare_fonts, resources_dir

if TYPE_CHECKING:
    from PIL import ImageFont

#: The font file shipped with the program.
BUNDLED_FONT_NAME = "wqy-microhei.ttc"


def bundled_font() -> Path:
    """Path of the bundled TrueType collection."""
    return resources_dir() / "fonts" / BUNDLED_FONT_NAME


def placeholder(char: str) -> str:
    """What is printed for a character no font has: its code point, to be written in by hand."""
    return f"〔U+{ord(char):04X}〕"


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
        """The bundled font, then the hall-configured fallback fonts, then the rare-character fonts."""
        paths = [bundled_font(), *extra]
        paths += [p for p in rare_fonts() if p not in paths]
        return cls(tuple(FontSpec(p) for p in paths))

    def font_for(self, char: str) -> int:
        """Index in :attr:`fonts` of the first font with a glyph for ``char`` (0 if none has)."""
        code = ord(char)
        for i, spec in enumerate(self.fonts):
            if code in _cmap(spec):
                return i
        return 0

    def has(self, char: str) -> bool:
        """Whether some font of the stack draws ``char`` (white space always counts as drawn)."""
        return char.isspace() or any(ord(char) in _cmap(spec) for spec in self.fonts)

    def printable(self, text: str) -> str:
        """``text`` with each character no font has replaced by its code point (no empty boxes)."""
        if all(self.has(ch) for ch in text):
            return text
        return "".join(ch if self.has(ch) else placeholder(ch) for ch in text)

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
        return {ch for ch in text if not self.has(ch)}


@lru_cache(maxsize=16)
def _cmap(spec: FontSpec) -> frozenset[int]:
    """The code points ``spec`` maps to a glyph (its ``cmap`` table; a missing file has none)."""
    try:
        data = spec.path.read_bytes()
    except OSError:
        return frozenset()
    return frozenset(read_cmap(data, spec.index))


def read_cmap(data: bytes, index: int = 0) -> set[int]:
    """Code points with a glyph in a TrueType/OpenType font (face ``index`` of a collection).

    Reads only the ``cmap`` table (formats 12 and 4, the Unicode subtables), so checking a
    name against the 30 MB 花園明朝 B takes milliseconds instead of reportlab's full parse.
    """
    base = 0
    if data[:4] == b"ttcf":
        (base,) = struct.unpack_from(">I", data, 12 + 4 * index)
    (num_tables,) = struct.unpack_from(">H", data, base + 4)
    cmap = None
    for i in range(num_tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, base + 12 + 16 * i)
        if tag == b"cmap":
            cmap = offset
    if cmap is None:
        return set()
    (count,) = struct.unpack_from(">H", data, cmap + 2)
    subtables: dict[int, int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        if (platform, encoding) in ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3)):
            (fmt,) = struct.unpack_from(">H", data, cmap + offset)
            subtables.setdefault(fmt, cmap + offset)
    if 12 in subtables:
        return _format12(data, subtables[12])
    if 4 in subtables:
        return _format4(data, subtables[4])
    return set()


def _format12(data: bytes, at: int) -> set[int]:
    (groups,) = struct.unpack_from(">I", data, at + 12)
    out: set[int] = set()
    for i in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * i)
        out.update(c for c in range(start, end + 1) if glyph + (c - start))
    return out


def _format4(data: bytes, at: int) -> set[int]:
    (seg_x2,) = struct.unpack_from(">H", data, at + 6)
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, at + 14)
    starts = struct.unpack_from(f">{segs}H", data, at + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segs}h", data, at + 16 + 2 * seg_x2)
    range_at = at + 16 + 3 * seg_x2
    ranges = struct.unpack_from(f">{segs}H", data, range_at)
    out: set[int] = set()
    for i in range(segs):
        for c in range(starts[i], ends[i] + 1):
            if c == 0xFFFF:
                continue
            if ranges[i] == 0:
                glyph = (c + deltas[i]) & 0xFFFF
            else:
                (glyph,) = struct.unpack_from(">H", data, range_at + 2 * i + ranges[i] + 2 * (c - starts[i]))
                if glyph:
                    glyph = (glyph + deltas[i]) & 0xFFFF
            if glyph:
                out.add(c)
    return out


_per_thread = threading.local()


def pil_font(spec: FontSpec, size: int) -> ImageFont.FreeTypeFont:
    """A cached Pillow font; loading the 5 MB collection per line would dominate render time.

    Cached per thread: a FreeType face must not be used by two threads at once, and
    the preview and the print queue render on different threads.
    """
    from PIL import ImageFont

    cache: dict[tuple[FontSpec, int], ImageFont.FreeTypeFont] | None = getattr(_per_thread, "fonts", None)
    if cache is None:
        cache = _per_thread.fonts = {}
    font = cache.get((spec, size))
    if font is None:
        font = cache[(spec, size)] = ImageFont.truetype(str(spec.path), size, index=spec.index)
    return font


def missing_glyphs(text: str, stack: FontStack | None = None) -> set[str]:
    """Characters that no font of the chain can draw; the UI warns the clerk about them and
    the printouts show their code point instead (:meth:`FontStack.printable`)."""
    return (stack or FontStack.default()).missing(text)
