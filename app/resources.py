"""Where the program's data files are: ``resources/`` in a source checkout, or inside the
PyInstaller bundle (``sys._MEIPASS``) when frozen — fonts, style sheet, translations, the
demo catalog and the catalog file's JSON Schema."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` next to the ``app`` package, or inside the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


#: The rare-character fonts tried after the bundled WenQuanYi Micro Hei, in order: 花園明朝 A
#: (HanaMinA: CJK Extension A and about 4,700 of Extension B's most used characters) and 花園明朝
#: B (HanaMinB: Extensions B–F). GlyphWiki Project, SIL OFL 1.1 or the Hanazono font licence
#: (resources/fonts/LICENSE-hanazono.txt). 53 MB together, so they are not in the repository:
#: ./dev installs Debian's fonts-hanazono and the PyInstaller build copies them into the bundle.
RARE_FONT_FILES = ("HanaMinA.ttf", "HanaMinB.ttf")
#: Where an installed system keeps them when the bundle does not (Debian/UOS/Kylin's
#: fonts-hanazono; a Windows PC where someone installed 花園明朝).
RARE_FONT_SYSTEM_DIRS = (
    Path("/usr/share/fonts/truetype/hanazono"),
    Path("/usr/share/fonts/opentype/hanazono"),
    Path("C:/Windows/Fonts"),
)


def rare_fonts() -> tuple[Path, ...]:
    """The rare-character fonts found, in chain order: each from the bundle (``resources/fonts``)
    or else from the system's font folders; a font found nowhere is left out (the clerk is
    then told which characters cannot be printed)."""
    found = []
    for name in RARE_FONT_FILES:
        for folder in (resources_dir() / "fonts", *RARE_FONT_SYSTEM_DIRS):
            if (folder / name).is_file():
                found.append(folder / name)
                break
    return tuple(found)
