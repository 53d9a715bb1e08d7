"""Page clean-up after capture: rotate, find the page on the desk, straighten it, and
store it in the format its content needs.

Auto-crop/deskew (a 高拍仪 photographs a sheet lying on a darker desk, rarely square):
the bright page is separated from the desk with an Otsu threshold on a small grey copy;
the page's angle is the rotation (−12°…12°, ½° steps) whose bounding box of the page
pixels is smallest; the full image is turned by that angle and cut to that box.
A scan (no desk around the page) is left as it is.

Encoding by content: a page that is grey text on white (no colour, few mid-tones) is
stored as a 4-bit PNG of 16 grey levels — sharp and small; anything with colour or photos
(a red seal, a photo ID) as JPEG quality 85.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

#: the working copy for analysis (long side, pixels)
_ANALYSIS = 320
#: angles tried when straightening, in degrees
_ANGLES = [a / 2 for a in range(-24, 25)]


@dataclass(frozen=True)
class EncodedPage:
    data: bytes
    media_type: str
    width: int
    height: int


def rotate(image: Image.Image, quarter_turns: int) -> Image.Image:
    """Turn by 90° steps clockwise (the clerk's rotate key)."""
    turns = quarter_turns % 4
    if not turns:
        return image
    return image.transpose(
        {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_90}[turns]
    )


def otsu_threshold(grey: Image.Image) -> int:
    histogram = grey.histogram()[:256]
    total = sum(histogram)
    sum_all = sum(i * h for i, h in enumerate(histogram))
    best, best_var, weight_b, sum_b = 128, -1.0, 0, 0.0
    for t in range(256):
        weight_b += histogram[t]
        if weight_b == 0:
            continue
        weight_f = total - weight_b
        if weight_f == 0:
            break
        sum_b += t * histogram[t]
        mean_b, mean_f = sum_b / weight_b, (sum_all - sum_b) / weight_f
        between = weight_b * weight_f * (mean_b - mean_f) ** 2
        if between > best_var:
            best, best_var = t, between
    return best


def _page_mask(image: Image.Image, size: int = _ANALYSIS) -> tuple[Image.Image, float]:
    grey = ImageOps.grayscale(image)
    scale = size / max(grey.size)
    small = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))))
    threshold = otsu_threshold(small)
    return small.point(lambda v: 255 if v > threshold else 0), scale


def _border_bright(mask: Image.Image) -> float:
    """Share of paper-bright pixels on the image's outermost rows and columns."""
    w, h = mask.size
    edges = [mask.crop(b) for b in ((0, 0, w, 2), (0, h - 2, w, h), (0, 0, 2, h), (w - 2, 0, w, h))]
    bright = sum(sum(e.histogram()[128:]) for e in edges)
    return bright / sum(e.width * e.height for e in edges)


def _box_area(mask: Image.Image, angle: float) -> tuple[float, tuple[int, int, int, int] | None]:
    turned = mask.rotate(angle, resample=Image.Resampling.NEAREST, expand=True, fillcolor=0)
    box = turned.getbbox()
    if box is None:
        return float("inf"), None
    return (box[2] - box[0]) * (box[3] - box[1]), box


def _find(image: Image.Image) -> tuple[float, Image.Image | None, float]:
    """(angle, the fine page mask, its scale); mask None for a scan without a desk."""
    mask, _scale = _page_mask(image)
    if mask.getbbox() is None or _border_bright(mask) > 0.5:
        return 0.0, None, 1.0  # a scan: paper up to the edges, no desk around the page
    best_angle, best_area = 0.0, float("inf")
    for angle in _ANGLES:
        area, _ = _box_area(mask, angle)
        if area < best_area - 1e-6 or (area == best_area and abs(angle) < abs(best_angle)):
            best_angle, best_area = angle, area
    coarse = best_angle
    fine, fine_scale = _page_mask(image, 3 * _ANALYSIS)  # refine to 0.1° where the box is sharper
    best_area = float("inf")
    for tenth in range(-6, 7):
        angle = coarse + tenth / 10
        area, _ = _box_area(fine, angle)
        if area < best_area - 1e-6:
            best_angle, best_area = angle, area
    return round(best_angle, 1), fine, fine_scale


def find_page(image: Image.Image) -> tuple[float, bool]:
    """(angle to turn by, whether a page lies on a desk) for ``image``."""
    angle, mask, _scale = _find(image)
    return angle, mask is not None


def crop_and_deskew(image: Image.Image) -> Image.Image:
    """The page alone, straightened (unchanged for a scan without desk around it).

    The page's box is taken from the fine analysis mask turned by the same angle (the
    full image turned with ``expand`` has the same geometry, scaled), so the full-size
    picture is turned once and cut once.
    """
    angle, mask, scale = _find(image)
    if mask is None:
        return image
    _area, box = _box_area(mask, angle)
    if box is None:
        return image
    turned = image.convert("RGB").rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=(0, 0, 0))
    inset = 3  # analysis pixels: keep the desk's shadow line out of the page
    left, top = round((box[0] + inset) / scale), round((box[1] + inset) / scale)
    right, bottom = round((box[2] - inset) / scale), round((box[3] - inset) / scale)
    if right - left < 32 or bottom - top < 32:
        return image
    return turned.crop((max(0, left), max(0, top), min(right, turned.width), min(bottom, turned.height)))


def is_text_page(image: Image.Image) -> bool:
    """Grey text on white: almost no coloured pixels and mostly paper-white."""
    small = image.convert("RGB")
    small.thumbnail((400, 400))
    saturation = small.convert("HSV").getchannel("S").histogram()
    value = ImageOps.grayscale(small).histogram()
    n = small.width * small.height
    coloured = sum(saturation[70:]) / n
    white = sum(value[200:]) / n
    return coloured < 0.005 and white > 0.6


def encode_page(image: Image.Image) -> EncodedPage:
    """PNG (16 grey levels) for text pages, JPEG 85 for everything else."""
    out = io.BytesIO()
    if is_text_page(image):
        grey = ImageOps.grayscale(image).point(lambda v: v // 16).convert("P")
        grey.putpalette([level * 17 for level in range(16) for _ in range(3)])
        grey.save(out, format="PNG", bits=4)
        media = "image/png"
    else:
        image.convert("RGB").save(out, format="JPEG", quality=85, optimize=True)
        media = "image/jpeg"
    return EncodedPage(out.getvalue(), media, image.width, image.height)


def thumbnail(data: bytes, long_side: int = 160) -> bytes:
    """A small PNG of a stored page for the checklist's thumbnails."""
    with Image.open(io.BytesIO(data)) as img:
        img.draft("RGB", (long_side * 2, long_side * 2))  # JPEG: decode at a reduced size
        small = img.convert("RGB")
        small.thumbnail((long_side, long_side))
    out = io.BytesIO()
    small.save(out, format="PNG")
    return out.getvalue()


def decode(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        return img.copy()
