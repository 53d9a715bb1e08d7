"""The program's Qt Linguist catalogues: installing the translator, and regenerating them.

Source strings in ``app/ui`` are Chinese and go through ``tr()``; Qt Linguist files
live in ``resources/i18n``.  Regenerate them with ``python -m app.ui.translations update``
(``pyside6-lupdate`` → ``.ts``) and ``python -m app.ui.translations release``
(``lrelease`` → ``.qm``).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from app.ui.paths import i18n_dir

#: Translation catalogue base name: ``counterdesk_<language>.qm``.
CATALOG = "counterdesk"
#: The language of the source strings in ``tr()`` calls.
SOURCE_LANGUAGE = "zh_CN"
#: Packages whose ``StrEnum`` values (Chinese) the UI shows through ``app.ui.values.value_text``.
VALUE_PACKAGES = ("domain", "services", "printing")
_CJK = re.compile(r"[\u3400-\u9fff]")


def available_languages() -> list[str]:
    """The languages with a compiled catalogue (``counterdesk_<language>.qm``), source language first."""
    found = sorted(p.stem.removeprefix(f"{CATALOG}_") for p in i18n_dir().glob(f"{CATALOG}_*.qm"))
    return sorted(set(found) | {SOURCE_LANGUAGE}, key=lambda lang: (lang != SOURCE_LANGUAGE, lang))


def install_translator(app: QCoreApplication, language: str = "zh_CN") -> list[QTranslator]:
    """Install the program's and Qt's own translators for ``language``; returns them.

    The translators are parented to ``app`` so they live as long as it does.  Calling
    again with another language removes the previous ones first (``retranslate()``
    on the windows then picks up the new texts through ``LanguageChange``).  The layout
    direction follows the language's script (right to left for Uyghur).
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
    if isinstance(app, QGuiApplication):
        # Right to left for a catalogue in Arabic script (ئۇيغۇرچە): the windows mirror
        # at once, so a hall's catalogue needs no code for it.
        app.setLayoutDirection(QLocale(language).textDirection())
    return installed


def _tool(name: str) -> str:
    """Path of a PySide6 tool installed next to the interpreter."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def enum_values() -> list[str]:
    """The Chinese values of every ``StrEnum`` (and ``*_HEADERS`` table) in :data:`VALUE_PACKAGES`.

    Read from the source with ``ast`` (nothing imported): these are the texts the UI shows
    through :func:`app.ui.values.value_text`, in the ``Values`` context.
    """
    app_dir = Path(__file__).resolve().parents[1]
    found: list[str] = []
    for package in VALUE_PACKAGES:
        for path in sorted((app_dir / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if isinstance(node, ast.Assign) and _is_headers(node):
                    found.extend(_cjk_constants(node.value))
                    continue
                if not isinstance(node, ast.ClassDef):
                    continue
                if not any(isinstance(b, ast.Name) and b.id == "StrEnum" for b in node.bases):
                    continue
                for stmt in node.body:
                    if (
                        isinstance(stmt, ast.Assign)
                        and isinstance(stmt.value, ast.Constant)
                        and isinstance(stmt.value.value, str)
                        and _CJK.search(stmt.value.value)
                    ):
                        found.append(stmt.value.value)
    return list(dict.fromkeys(found))


def _is_headers(node: ast.Assign) -> bool:
    """``FIGURE_HEADERS = ("名称", …)``: a services table the reports print and the screens show."""
    return any(isinstance(t, ast.Name) and t.id.endswith("_HEADERS") for t in node.targets)


def _cjk_constants(node: ast.expr) -> list[str]:
    return [
        c.value
        for c in ast.walk(node)
        if isinstance(c, ast.Constant) and isinstance(c.value, str) and _CJK.search(c.value)
    ]


def update_ts(language: str = SOURCE_LANGUAGE, target: Path | None = None) -> Path:
    """Run ``pyside6-lupdate`` over ``app/ui`` (plus the domain's enum values) into the ``.ts``.

    Existing translations are kept; new messages come in ``unfinished`` (shown in Chinese
    until translated); messages no longer in the code are dropped.  The source language's
    catalogue is filled with the source texts (:func:`fill_identity`).  ``target`` (default
    ``resources/i18n/counterdesk_<language>.ts``) lets a test refresh a copy.
    """
    ui_dir = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui_dir.rglob("*.py"))
    target = target or i18n_dir() / f"{CATALOG}_{language}.ts"
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        values = Path(tmp) / "enum_values.py"
        values.write_text("".join(f"QT_TRANSLATE_NOOP({'Values'!r}, {v!r})\n" for v in enum_values()), encoding="utf-8")
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                *sources,
                str(values),
                "-ts",
                str(target),
            ],
            check=True,
        )
    _drop_locations(target, values.name)
    if language == SOURCE_LANGUAGE:
        fill_identity(target)
    return target


def _drop_locations(ts_path: Path, filename: str) -> None:
    """Remove the ``<location>`` lines that point at the temporary enum-values file."""
    tree = ET.parse(ts_path)
    for message in tree.iter("message"):
        for location in message.findall("location"):
            if location.get("filename", "").endswith(filename):
                message.remove(location)
    _write_ts(tree, ts_path)


def _write_ts(tree: ET.ElementTree[ET.Element], ts_path: Path) -> None:
    ET.indent(tree)
    with open(ts_path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)


def fill_identity(ts_path: Path) -> int:
    """In the source language's catalogue, each translation is its source: mark them done.

    Source strings are Chinese, so ``zh_CN`` needs no translator; filling the file keeps
    ``lrelease`` from reporting every string as unfinished and lets a proof-reader
    change a wording in Linguist without touching the code.  Returns how many were filled.
    """
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
    _write_ts(tree, ts_path)
    return filled


def release_qm(language: str = SOURCE_LANGUAGE) -> Path:
    """Run ``pyside6-lrelease`` on the ``.ts`` file and write the ``.qm`` next to it.

    Unfinished messages go in without a translation, so Qt shows their Chinese source.
    """
    source = i18n_dir() / f"{CATALOG}_{language}.ts"
    target = source.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
    return target


def unfinished(language: str) -> list[tuple[str, str]]:
    """(context, source) of each message of ``language``'s catalogue still to be translated."""
    tree = ET.parse(i18n_dir() / f"{CATALOG}_{language}.ts")
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in tree.iter("context")
        for m in ctx.iter("message")
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]


def main(argv: list[str]) -> int:
    """``python -m app.ui.translations update|release|todo [language|all]``.

    ``update`` and ``release`` without a language (or with ``all``) do every catalogue in
    ``resources/i18n``; ``todo`` lists the messages of a catalogue still to be translated.
    """
    if not argv or argv[0] not in ("update", "release", "todo"):
        print("用法：python -m app.ui.translations update|release|todo [zh_CN|en|all]")
        return 2
    if argv[0] == "todo":
        for context, source in unfinished(argv[1] if len(argv) > 1 else "en"):
            print(f"{context}\t{source}")
        return 0
    chosen = argv[1] if len(argv) > 1 else "all"
    languages = catalogue_languages() if chosen == "all" else [chosen]
    for language in languages:
        print(update_ts(language) if argv[0] == "update" else release_qm(language))
    return 0


def catalogue_languages() -> list[str]:
    """The languages with a ``.ts`` in ``resources/i18n``, source language first."""
    found = {p.stem.removeprefix(f"{CATALOG}_") for p in i18n_dir().glob(f"{CATALOG}_*.ts")}
    return sorted(found | {SOURCE_LANGUAGE}, key=lambda lang: (lang != SOURCE_LANGUAGE, lang))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
