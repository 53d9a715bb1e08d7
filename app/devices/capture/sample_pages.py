"""Test pages for the emulated 高拍仪 and scanner (tests, training, the demo hall).

Each page is a white sheet with the material's title, lines of text and optionally a
red seal; the camera shows it lying a few degrees askew on a dark desk, the scanner
delivers it straight and full-frame — exactly what crop/deskew must cope with.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

#: the bundled CJK font (devices sit below printing, so they find it themselves)
FONT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3])) / "resources" / "fonts" / "wqy-microhei.ttc"

PAGE_SIZE = (850, 1200)
DESK_SIZE = (1600, 1200)
DESK_COLOUR = (58, 62, 70)


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def document_page(title: str, page_no: int = 1, *, seal: bool = False) -> Image.Image:
    """A straight page as a scanner would deliver it."""
    page = Image.new("RGB", PAGE_SIZE, (252, 252, 250))
    draw = ImageDraw.Draw(page)
    draw.text((PAGE_SIZE[0] // 2, 90), title, font=_font(44), fill=(20, 20, 20), anchor="mm")
    draw.text((PAGE_SIZE[0] // 2, 150), f"第 {page_no} 页（模拟材料）", font=_font(24), fill=(60, 60, 60), anchor="mm")
    for i in range(16):
        y = 230 + i * 52
        text = f"{i + 1:02d}．本页为{title}的模拟内容，用于测试高拍仪与扫描仪采集。"
        draw.text((70, y), text, font=_font(24), fill=(30, 30, 30))
    if seal:
        cx, cy, r = 640, 1040, 90
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(200, 20, 20), width=8)
        draw.text((cx, cy), "专用章", font=_font(30), fill=(200, 20, 20), anchor="mm")
    return page


def on_desk(page: Image.Image, angle: float = 4.0, offset: tuple[int, int] = (0, 0)) -> Image.Image:
    """``page`` lying on the desk, turned by ``angle`` degrees, as the camera sees it."""
    desk = Image.new("RGB", DESK_SIZE, DESK_COLOUR)
    scale = 0.8 * DESK_SIZE[1] / page.height
    sheet = page.resize((round(page.width * scale), round(page.height * scale)))
    turned = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0, 0))
    mask = Image.new("L", sheet.size, 255).rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    x = (DESK_SIZE[0] - turned.width) // 2 + offset[0]
    y = (DESK_SIZE[1] - turned.height) // 2 + offset[1]
    desk.paste(turned, (x, y), mask)
    return desk


def photo_like(size: tuple[int, int] = (800, 600)) -> Image.Image:
    """A colourful, continuous-tone picture (stands for a photo of a building or a person)."""
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(size[1]):
        draw.line([(0, y), (size[0], y)], fill=(40 + y * 180 // size[1], 90, 200 - y * 150 // size[1]))
    for i in range(12):
        draw.ellipse((40 + i * 60, 100 + (i % 3) * 120, 140 + i * 60, 200 + (i % 3) * 120), fill=(220, 60 + i * 15, 40))
    return image
