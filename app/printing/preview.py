"""On-screen preview of a receipt: the very bitmaps the raster path prints.

No Qt here; the UI converts the returned Pillow image into a pixmap.  The preview
lays out with the profile's measure (cells in resident mode), so line breaks match
what the printer will get.
"""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw

from app.forms.document import Document
from app.printing.escpos import EscPosRenderer
from app.printing.profile import PrinterProfile
from app.printing.slip import Cut

#: Height of the gap drawn between copies (where the cutter cuts).
_CUT_GAP = 24


@lru_cache(maxsize=4)
def _renderer(profile: PrinterProfile) -> EscPosRenderer:
    """Renderers keep glyph widths cached; previews are redrawn often while the clerk types."""
    return EscPosRenderer(profile)


def _cut_mark(width: int) -> Image.Image:
    """A dashed grey line where the cutter cuts between copies."""
    mark = Image.new("L", (width, _CUT_GAP), 255)
    draw = ImageDraw.Draw(mark)
    for x in range(0, width, 16):
        draw.line((x, _CUT_GAP // 2, x + 8, _CUT_GAP // 2), fill=128, width=2)
    return mark


def render_preview(document: Document, profile: PrinterProfile | None = None) -> Image.Image:
    """The whole print job (all copies) as one grayscale image, cuts shown as dashed grey lines."""
    renderer = _renderer(profile or PrinterProfile())
    width = renderer.profile.width_dots
    parts: list[Image.Image] = []
    for item in renderer.items(document):
        if isinstance(item, Cut):
            parts.append(_cut_mark(width))
            continue
        image = renderer.painter.item(item)
        if image is not None:
            parts.append(image.convert("L"))
    height = sum(part.height for part in parts)
    strip = Image.new("L", (width, max(1, height)), 255)
    y = 0
    for part in parts:
        strip.paste(part, (0, y))
        y += part.height
    return strip


def save_preview(document: Document, path: str, profile: PrinterProfile | None = None) -> None:
    """Write the preview as PNG (for the admin test page and bug reports)."""
    render_preview(document, profile).save(path, format="PNG")
