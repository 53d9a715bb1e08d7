"""Every Chinese text in app/ui goes through the translator.

The source language of the UI is Chinese; a Chinese string literal that reaches a widget
without ``tr()`` / ``QCoreApplication.translate()`` / ``QT_TRANSLATE_NOOP()`` stays Chinese in
every other catalogue (and lupdate never sees it).  This parses every module of app/ui and
fails on a CJK literal (ideographs or full-width punctuation) outside such a call.
Docstrings are not UI text; the allow-list below names each exception and why.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"

#: CJK ideographs, CJK symbols and punctuation (、。「」〔〕), full-width forms (（），：；).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

#: Calls whose string arguments are messages for the translator.
TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}

#: (module relative to app/ui, literal) → why it is not translated.
ALLOWED: dict[tuple[str, str], str] = {
    ("translations.py", "用法：python -m app.ui.translations update|release|todo [zh_CN|en|all]"): (
        "printed on a developer's terminal by the catalogue tool, never shown in a widget"
    ),
    ("admin/common.py", "，"): "input parsing: a full-width comma typed in a list field separates items",
    ("pages/intake.py", "委托"): "matched in the catalog's situation names (data) to ask for the agent's fields",
    ("pages/intake.py", "代理"): "matched in the catalog's situation names (data) to ask for the agent's fields",
}

#: Folders another engineer is still writing, whose texts are not yet routed through tr():
#: folder relative to app/ui → why.  The check reports their count and fails once a folder
#: is clean, so the entry is removed then and the folder is held to the rule.
PENDING_FOLDERS: dict[str, str] = {}


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _docstrings(tree: ast.Module) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def untranslated_literals(source: str, filename: str = "<string>") -> list[tuple[int, str]]:
    """(line, text) of each CJK string literal outside a translating call."""
    tree = ast.parse(source, filename)
    skip = _docstrings(tree)
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, inside: bool) -> None:
        if isinstance(node, ast.Call) and _call_name(node.func) in TRANSLATING_CALLS:
            inside = True
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and not inside
            and id(node) not in skip
            and CJK.search(node.value)
        ):
            found.append((node.lineno, node.value))
        for child in ast.iter_child_nodes(node):
            visit(child, inside)

    visit(tree, False)
    return found


def test_no_chinese_literal_outside_tr_in_app_ui() -> None:
    offenders = []
    used_allowances = set()
    pending = dict.fromkeys(PENDING_FOLDERS, 0)
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        for line, text in untranslated_literals(path.read_text(encoding="utf-8"), str(path)):
            folder = next((f for f in PENDING_FOLDERS if rel.startswith(f)), None)
            if folder is not None:
                pending[folder] += 1
                continue
            if (rel, text) in ALLOWED:
                used_allowances.add((rel, text))
                continue
            offenders.append(f"app/ui/{rel}:{line}: {text!r}")
    assert offenders == [], "wrap these in tr()/QCoreApplication.translate() (see docs/i18n.md):\n" + "\n".join(
        offenders
    )
    assert used_allowances == set(ALLOWED), "an allow-list entry no longer matches anything: remove it"
    assert [f for f, n in pending.items() if n == 0] == [], "a pending folder is clean: remove it from PENDING_FOLDERS"


def test_the_check_sees_what_it_should() -> None:
    source = '''
"""模块说明（不是界面文字）"""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

HEADERS = ("受理时间", QT_TRANSLATE_NOOP("Columns", "事项"))


def f(self, label):
    """函数说明"""
    label.setText(self.tr("呼叫下一位"))
    label.setToolTip(QCoreApplication.translate("MainWindow", "窗口") + "、")
    label.setText(f"{self.tr('办件')}：{label}")
    return "OK"
'''
    assert untranslated_literals(source) == [(5, "受理时间"), (11, "、"), (12, "：")]
