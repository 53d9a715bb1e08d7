"""On-screen preview of a receipt: the very bitmaps the raster path prints.

No Qt here; the UI converts the returned Pillow image into a pixmap.  The preview
lays out with the profile's measure (cells in resident mode), so line breaks match
what the printer will get.
"""

from __future__ import annotations

from PIL import Image

from app.forms.document import Document
from app.printing.escpos import EscPosRenderer
from app.printing.profile import PrinterProfile
from app.printing.raster import stack_images
from app.printing.slip import Cut

#: Height of the gap drawn between copies (where the cutter cuts).
_CUT_GAP = 24


def render_preview(document: Document, profile: PrinterProfile | None = None) -> Image.Image:
    """The whole print job (all copies) as one grayscale image, cuts shown as grey bands."""
    renderer = EscPosRenderer(profile or PrinterProfile())
    width = renderer.profile.width_dots
    parts: list[Image.Image] = []
    for item in renderer.items(document):
        if isinstance(item, Cut):
            parts.append(Image.new("1", (width, renderer.painter.line_height() * renderer.profile.feed_before_cut // 2), 1))
            continue
        image = renderer.painter.item(item)
        if image is not None:
            parts.append(image)
    strip = stack_images(parts, width).convert("L")
    return strip


def save_preview(document: Document, path: str, profile: PrinterProfile | None = None) -> None:
    """Write the preview as PNG (for the admin test page and bug reports)."""
    render_preview(document, profile).save(path, format="PNG")
