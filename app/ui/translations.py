"""The program's Qt Linguist catalogues: installing the translator, and regenerating them.

Source strings in ``app/ui`` are Chinese and go through ``tr()``; Qt Linguist files
live in ``resources/i18n``.  Regenerate them with ``python -m app.ui.translations update``
(``pyside6-lupdate`` → ``.ts``) and ``python -m app.ui.translations release``
(``lrelease`` → ``.qm``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui.paths import i18n_dir

#: Translation catalogue base name: ``counterdesk_<language>.qm``.
CATALOG = "counterdesk"
#: The language of the source strings in ``tr()`` calls.
SOURCE_LANGUAGE = "zh_CN"


def install_translator(app: QCoreApplication, language: str = "zh_CN") -> list[QTranslator]:
    """Install the program's and Qt's own translators for ``language``; returns them.

    The translators are parented to ``app`` so they live as long as it does.  Calling
    again with another language removes the previous ones first (``retranslate()``
    on the windows then picks up the new texts through ``LanguageChange``).
    """
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(f"{CATALOG}_{language}", str(i18n_dir())):
        app.installTranslator(own)
        installed.append(own)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    QLocale.setDefault(QLocale(language))
    return installed


def _tool(name: str) -> str:
    """Path of a PySide6 tool installed next to the interpreter."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def update_ts(language: str = "zh_CN") -> Path:
    """Run ``pyside6-lupdate`` over ``app/ui`` and write the ``.ts`` file."""
    ui_dir = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui_dir.rglob("*.py"))
    target = i18n_dir() / f"{CATALOG}_{language}.ts"
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-source-language",
            "zh_CN",
            "-target-language",
            language,
            *sources,
            "-ts",
            str(target),
        ],
        check=True,
    )
    if language == SOURCE_LANGUAGE:
        fill_identity(target)
    return target


def fill_identity(ts_path: Path) -> int:
    """In the source language's catalogue, each translation is its source: mark them done.

    Source strings are Chinese, so ``zh_CN`` needs no translator; filling the file keeps
    ``lrelease`` from reporting every string as unfinished and lets a proof-reader
    change a wording in Linguist without touching the code.  Returns how many were filled.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            translation.text = None
            for form in forms or [ET.SubElement(translation, "numerusform")]:
                form.text = form.text if (form.text or "").strip() else source.text
        elif (translation.text or "").strip() not in ("", source.text):
            continue
        else:
            translation.text = source.text
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree)
    with open(ts_path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    return filled


def release_qm(language: str = "zh_CN") -> Path:
    """Run ``pyside6-lrelease`` on the ``.ts`` file and write the ``.qm`` next to it."""
    source = i18n_dir() / f"{CATALOG}_{language}.ts"
    target = source.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True)
    return target


def main(argv: list[str]) -> int:
    """``python -m app.ui.translations update|release [language]``."""
    if not argv or argv[0] not in ("update", "release"):
        print("用法：python -m app.ui.translations update|release [zh_CN]")
        return 2
    language = argv[1] if len(argv) > 1 else "zh_CN"
    path = update_ts(language) if argv[0] == "update" else release_qm(language)
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
