"""Draw the program icon (窗 on a hall-blue rounded square) with the bundled font.

Run once after changing the design: ``python packaging/make_icon.py``; the PNG and the
multi-size ICO it writes into ``resources/icons`` are committed, so the build never
depends on this script.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT = ROOT / "resources" / "icons"
#: The status strip's blue and the ticket number's yellow (resources/qss/counterdesk.qss).
BLUE = (31, 78, 121, 255)
YELLOW = (255, 224, 138, 255)
SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = SIZE) -> Image.Image:
    """The icon at ``size`` pixels: 窗 in white above a yellow counter bar."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 32
    pen.rounded_rectangle((margin, margin, size - margin, size - margin), radius=size // 6, fill=BLUE)
    bar = size // 9
    pen.rectangle((size // 6, size - size // 6 - bar, size - size // 6, size - size // 6), fill=YELLOW)
    font = ImageFont.truetype(str(FONT), int(size * 0.62))
    left, top, right, bottom = pen.textbbox((0, 0), "窗", font=font)
    x = (size - (right - left)) / 2 - left
    y = (size - bar - size // 6 - (bottom - top)) / 2 - top + size // 20
    pen.text((x, y), "窗", font=font, fill=(255, 255, 255, 255))
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(OUT / "counterdesk.png")
    icon.save(OUT / "counterdesk.ico", sizes=ICO_SIZES)
    print(OUT / "counterdesk.png", OUT / "counterdesk.ico")


if __name__ == "__main__":
    main()
