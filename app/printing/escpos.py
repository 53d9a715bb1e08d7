"""Document → ESC/POS bytes for 58 mm and 80 mm receipt printers.

We produce the bytes ourselves instead of going through python-escpos' ``text()``:
that loses Chinese punctuation, 〇 and everything outside the common hanzi block, and
never switches the printer into Chinese mode.  The commands used are the common
Epson/GB-printer subset: ``ESC @``, ``ESC a``, ``ESC E``, ``GS !``, ``FS !``,
``FS &``/``FS .``, ``GS v 0``, ``GS ( k`` (QR) and ``GS V``.

Raster mode (the default) draws every line with the bundled font, so the slip
looks the same on any printer.  Resident mode sends GB18030 text and falls back
to a bitmap for any line the printer's font cannot show (see
:func:`resident_encodable`).
"""

from __future__ import annotations

from PIL import Image

from app.forms.document import Document
from app.printing.fonts import FontStack
from app.printing.profile import PrinterProfile, QrMode, ResidentCharset, TextMode
from app.printing.raster import RasterPainter, stack_images, to_escpos_raster
from app.printing.slip import Align, Cut, Feed, QrCode, RuleLine, SlipItem, TextLine, cell_width, layout

ESC = b"\x1b"
GS = b"\x1d"
FS = b"\x1c"
LF = b"\n"

INIT = ESC + b"@"
KANJI_ON = FS + b"&"
KANJI_OFF = FS + b"."
PARTIAL_CUT = GS + b"V" + bytes([66, 0])
#: Bitmaps are sent in bands of at most this many rows; cheap printers have small buffers.
RASTER_BAND_ROWS = 256

_ALIGN = {Align.LEFT: 0, Align.CENTER: 1, Align.RIGHT: 2}


def resident_encodable(text: str, charset: ResidentCharset) -> bytes | None:
    """GB18030 bytes of ``text`` if the printer's resident font can show every character.

    GB2312/GBK printers: the text must encode in that charset (GB18030 is a
    superset, so the bytes are the same).  GB18030 printers carry the BMP
    (two-byte and four-byte BMP codes); supplementary-plane hanzi such as 𬌗 are
    not in any resident font we know of, so they go to the raster fallback.
    """
    try:
        if charset is not ResidentCharset.GB18030:
            text.encode(charset.value)
        elif any(ord(ch) > 0xFFFF for ch in text):
            return None
        return text.encode("gb18030")
    except UnicodeEncodeError:
        return None


def raster_command(image: Image.Image) -> bytes:
    """``GS v 0`` commands for ``image``, split into bands."""
    per_row, rows, data = to_escpos_raster(image)
    out = bytearray()
    for start in range(0, rows, RASTER_BAND_ROWS):
        band = min(RASTER_BAND_ROWS, rows - start)
        out += GS + b"v0" + bytes([0, per_row & 0xFF, per_row >> 8, band & 0xFF, band >> 8])
        out += data[start * per_row : (start + band) * per_row]
    return bytes(out)


def qr_command(payload: str, module: int) -> bytes:
    """Native QR (``GS ( k``): model 2, module size, error correction M, store, print."""
    data = payload.encode("utf-8")

    def fn(*args: int, body: bytes = b"") -> bytes:
        size = len(args) + len(body)
        return GS + b"(k" + bytes([size & 0xFF, size >> 8, *args]) + body

    return (
        fn(49, 65, 50, 0)
        + fn(49, 67, max(1, min(16, module)))
        + fn(49, 69, 49)
        + fn(49, 80, 48, body=data)
        + fn(49, 81, 48)
    )


def _size_commands(scale: int) -> bytes:
    n = max(1, min(8, scale)) - 1
    kanji = (0x04 | 0x08) if scale >= 2 else 0
    return GS + b"!" + bytes([(n << 4) | n]) + FS + b"!" + bytes([kanji])


class EscPosRenderer:
    """Renders Documents for one printer profile; reuse it, fonts stay cached."""

    def __init__(self, profile: PrinterProfile) -> None:
        self.profile = profile
        self.painter = RasterPainter(
            profile.width_dots,
            profile.font_px,
            FontStack.default(profile.fallback_fonts),
            profile.qr_module,
        )

    def measure(self, text: str, scale: int) -> float:
        """Width used for line breaking: printer cells in resident mode, pixels in raster mode."""
        if self.profile.text_mode is TextMode.RESIDENT:
            return cell_width(text, scale)
        return self.painter.measure(text, scale)

    def items(self, document: Document) -> list[SlipItem]:
        """The laid-out slip items (all copies)."""
        return layout(document, self.profile.width_dots, self.measure)

    def render(self, document: Document) -> bytes:
        """The complete byte stream for ``document``, all copies, each cut."""
        out = bytearray(INIT)
        pending: list[Image.Image] = []

        def flush() -> None:
            if pending:
                out.extend(ESC + b"a\x00" + raster_command(stack_images(pending, self.profile.width_dots)))
                pending.clear()

        for item in self.items(document):
            if isinstance(item, Cut):
                flush()
                out.extend(self._cut())
            elif isinstance(item, QrCode) and self.profile.qr is QrMode.NATIVE:
                flush()
                out.extend(ESC + b"a\x01" + qr_command(item.payload, self.profile.qr_module) + LF)
            elif isinstance(item, TextLine) and self.profile.text_mode is TextMode.RESIDENT:
                encoded = resident_encodable(item.text, self.profile.codepage)
                if encoded is None:
                    pending.append(self.painter.text_line(item))
                else:
                    flush()
                    out.extend(self._text(item, encoded))
            elif isinstance(item, RuleLine) and self.profile.text_mode is TextMode.RESIDENT:
                flush()
                out.extend(ESC + b"a\x00" + b"-" * (self.profile.width_dots // 12) + LF)
            elif isinstance(item, Feed) and self.profile.text_mode is TextMode.RESIDENT:
                flush()
                out.extend(ESC + b"d" + bytes([item.lines]))
            else:
                image = self.painter.item(item)
                if image is not None:
                    pending.append(image)
        flush()
        return bytes(out)

    def _text(self, line: TextLine, encoded: bytes) -> bytes:
        return (
            ESC
            + b"a"
            + bytes([_ALIGN[line.align]])
            + ESC
            + b"E"
            + bytes([1 if line.bold else 0])
            + _size_commands(line.scale)
            + KANJI_ON
            + encoded
            + KANJI_OFF
            + _size_commands(1)
            + ESC
            + b"E\x00"
            + LF
        )

    def _cut(self) -> bytes:
        feed = ESC + b"d" + bytes([self.profile.feed_before_cut])
        return feed + (PARTIAL_CUT if self.profile.cut else b"")


def render_escpos(document: Document, profile: PrinterProfile | None = None) -> bytes:
    """Convenience: ESC/POS bytes of ``document`` for ``profile`` (80 mm raster by default)."""
    return EscPosRenderer(profile or PrinterProfile()).render(document)
