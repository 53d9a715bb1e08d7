"""Every ``type: ignore`` in the code mypy checks names its error code and says why (issue 19).

mypy itself refuses a bare ``type: ignore`` (``ignore-without-code``) and an unneeded one
(``warn_unused_ignores``); the reason is a comment after it, which only a reader can judge,
so this test asks that there is one.
"""

from __future__ import annotations

import io
import re
import tokenize
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: What mypy checks ([tool.mypy] files): the same code must say why it silences it.
CHECKED = [
    ROOT / f for f in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["files"]
]
IGNORE = re.compile(r"type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)")


def ignores_without_reason(source: str) -> list[tuple[int, str]]:
    """(line, comment) of each ``type: ignore`` comment lacking ``[code]  # reason``."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        match = IGNORE.search(token.string)
        if match is None:
            continue
        reason = match["rest"].strip().lstrip("#").strip()
        if match["codes"] is None or not reason:
            found.append((token.start[0], token.string))
    return found


def test_the_checker_tells_a_reason_from_none() -> None:
    assert ignores_without_reason("x = f()  # type: ignore[arg-type]  # the stub says str\n") == []
    assert ignores_without_reason("x = f()  # type: ignore[arg-type]\n") == [(1, "# type: ignore[arg-type]")]
    assert ignores_without_reason("x = f()  # type: ignore\n") == [(1, "# type: ignore")]
    assert ignores_without_reason('x = "# type: ignore"\n') == []


def test_every_type_ignore_mypy_reads_has_a_code_and_a_reason() -> None:
    assert CHECKED and all(root.exists() for root in CHECKED)
    missing = [
        f"{path.relative_to(ROOT)}:{line}: {comment}"
        for root in CHECKED
        for path in sorted(root.rglob("*.py") if root.is_dir() else [root])
        for line, comment in ignores_without_reason(path.read_text(encoding="utf-8"))
    ]
    assert not missing, "type: ignore without [code]  # reason:\n" + "\n".join(missing)
