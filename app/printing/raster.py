"""Slip items drawn as 1-bit bitmaps with the font chain (Pillow): each character with the
first font of :class:`FontStack` that has it, a character none has as its code point.

Used by the raster text mode of the ESC/POS encoder, by the resident mode for
lines the printer's font cannot show, and by the preview — one drawing path, so
what the clerk previews is what the printer gets.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from PIL import Image, ImageDraw, ImageOps

from app.printing.fonts import FontStack, pil_font
from app.printing.slip import Align, Feed, QrCode, RuleLine, SlipItem, TextLine

#: Vertical room per text line relative to the font size (leading for thermal paper).
LINE_FACTOR = 1.25
_RULE_HEIGHT = 12


class RasterPainter:
    """Draws slip items at one paper width with one font stack and size."""

    def __init__(self, width: int, font_px: int, stack: FontStack, qr_module: int = 6) -> None:
        self.width = width
        self.font_px = font_px
        self.stack = stack
        self.qr_module = qr_module
        self._advance = lru_cache(maxsize=8192)(self._char_advance)

    def _char_advance(self, ch: str, scale: int) -> float:
        idx = 0 if ord(ch) < 0x80 else self.stack.font_for(ch)
        return pil_font(self.stack.fonts[idx], self.font_px * scale).getlength(ch)

    def measure(self, text: str, scale: int = 1) -> float:
        """Width in dots of ``text`` drawn at ``scale``; the layout wraps with this."""
        return sum(self._advance(ch, scale) for ch in self.stack.printable(text))

    def line_height(self, scale: int = 1) -> int:
        """Height in dots of one text line at ``scale``."""
        return round(self.font_px * scale * LINE_FACTOR)

    def text_line(self, line: TextLine) -> Image.Image:
        """One line of text, aligned, bold drawn as a one-dot double strike."""
        text = self.stack.printable(line.text)
        height = self.line_height(line.scale)
        size = self.font_px * line.scale
        natural = int(self.measure(text, line.scale)) + 2
        canvas = Image.new("1", (max(natural, self.width), height), 1)
        draw = ImageDraw.Draw(canvas)
        x: float
        if line.align is Align.CENTER:
            x = max(0, (self.width - natural) // 2)
        elif line.align is Align.RIGHT:
            x = max(0, self.width - natural)
        else:
            x = 0
        top = (height - size) // 2
        for idx, run in self.stack.runs(text):
            font = pil_font(self.stack.fonts[idx], size)
            draw.text((x, top), run, font=font, fill=0)
            if line.bold:
                draw.text((x + 1, top), run, font=font, fill=0)
            x += font.getlength(run)
        if canvas.width > self.width:
            canvas = canvas.resize((self.width, height))
        return canvas

    def rule(self) -> Image.Image:
        """A 2-dot horizontal rule with white space above and below."""
        canvas = Image.new("1", (self.width, _RULE_HEIGHT), 1)
        ImageDraw.Draw(canvas).rectangle((0, 5, self.width - 1, 6), fill=0)
        return canvas

    def feed(self, lines: int) -> Image.Image:
        """Blank paper for ``lines`` text lines."""
        return Image.new("1", (self.width, self.line_height() * lines), 1)

    def qr(self, payload: str) -> Image.Image:
        """The QR code as the printer would draw it natively: same module size, centred."""
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=self.qr_module, border=2)
        code.add_data(payload)
        code.make(fit=True)
        image = code.make_image(fill_color="black", back_color="white").get_image().convert("1")
        if image.width > self.width:
            image = image.resize((self.width, self.width))
        canvas = Image.new("1", (self.width, image.height), 1)
        canvas.paste(image, ((self.width - image.width) // 2, 0))
        return canvas

    def item(self, item: SlipItem) -> Image.Image | None:
        """Bitmap of one slip item (``None`` for a cut, which has no picture)."""
        if isinstance(item, TextLine):
            return self.text_line(item)
        if isinstance(item, RuleLine):
            return self.rule()
        if isinstance(item, Feed):
            return self.feed(item.lines)
        if isinstance(item, QrCode):
            return self.qr(item.payload)
        return None


def stack_images(images: list[Image.Image], width: int) -> Image.Image:
    """Glue bitmaps top to bottom into one strip of paper."""
    height = sum(img.height for img in images)
    strip = Image.new("1", (width, max(1, height)), 1)
    y = 0
    for img in images:
        strip.paste(img, (0, y))
        y += img.height
    return strip


def to_escpos_raster(image: Image.Image) -> tuple[int, int, bytes]:
    """(bytes per row, rows, data) with 1 = black dot, as GS v 0 wants it."""
    mono = image.convert("L")
    width = (mono.width + 7) // 8 * 8
    if width != mono.width:
        padded = Image.new("L", (width, mono.height), 255)
        padded.paste(mono, (0, 0))
        mono = padded
    inverted = ImageOps.invert(mono).convert("1", dither=Image.Dither.NONE)
    return width // 8, inverted.height, inverted.tobytes()
