"""One input policy for every text that comes from a person or a file.

* **NFKC** (full-width letters and digits from a Chinese input method become ASCII);
  person names are NFC instead, because NFKC would turn a compatibility ideograph of a
  registered name into a different character (:mod:`app.domain.validators`).
* **No control, format or bidi characters**: NUL and the other C0/C1 controls, the
  directional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F,
  U+061C) that reorder what a printed notice shows, zero-width and other invisible
  format characters, line/paragraph separators, lone surrogates and noncharacters.
  Multi-line fields keep line feeds and tabs (``\\r\\n`` becomes ``\\n``); ZWJ/ZWNJ stay
  (scripts of bilingual halls need them).
* **Digits are ASCII where digits are meant** (ID numbers, phones, codes, counts): an
  Arabic-Indic, Devanagari or U+19DA digit is refused with a clear message — never
  stored, never handed to ``int()``.
* **Bounded lengths**, with the count in the message.
* **LIKE patterns escaped** (:func:`like_contains`): ``%`` and ``_`` typed in a search
  box are searched for, not used as wildcards.

Every function raises :class:`~app.domain.errors.ValidationError` naming the field, in
Chinese, and changes nothing.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from app.domain.errors import ValidationError

ASCII_DIGITS = frozenset("0123456789")
#: Characters that reorder text on screen and paper.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
#: Format characters that stay: joiners some scripts need.
_KEPT_FORMAT = frozenset("\u200c\u200d")
#: Default bounds of a single-line and a multi-line text field.
LINE_MAX = 200
TEXT_MAX = 4000


def _describe(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def forbidden_character(text: str, *, multiline: bool = False) -> tuple[str, str] | None:
    """The first character the policy refuses in ``text`` and why (Chinese), or None."""
    for ch in text:
        if ch in BIDI_CONTROLS:
            return ch, "文字方向控制字符，会使打印内容的顺序显示错乱"
        category = unicodedata.category(ch)
        if category == "Cc":
            if multiline and ch in "\n\t":
                continue
            return ch, "控制字符" if ch != "\x00" else "空字符（NUL）"
        if category == "Cf" and ch not in _KEPT_FORMAT:
            return ch, "不可见的格式字符"
        if category in ("Zl", "Zp"):
            return ch, "行分隔符"
        if category == "Cs":
            return ch, "无效的代理字符"
        code = ord(ch)
        if 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE:
            return ch, "非字符码位"
    return None


def foreign_digit(text: str) -> str | None:
    """The first digit of ``text`` that is not ASCII 0–9 (after NFKC), or None."""
    for ch in text:
        if ch not in ASCII_DIGITS and (ch.isdigit() or unicodedata.category(ch) == "Nd"):
            return ch
    return None


def clean_text(
    text: str | None,
    *,
    label: str,
    field: str | None = None,
    max_length: int = LINE_MAX,
    multiline: bool = False,
    required: bool = False,
    form: Literal["NFC", "NFD", "NFKC", "NFKD"] = "NFKC",
) -> str:
    """``text`` normalised (``form``), stripped, and checked against the policy.

    ``label`` is the field's Chinese name in the message; ``field`` the attribute the
    UI highlights (default: ``label``)."""
    field = field or label
    value = unicodedata.normalize(form, text or "")
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.strip()
    bad = forbidden_character(value, multiline=multiline)
    if bad is not None:
        ch, why = bad
        raise ValidationError(f"{label}中含有{why}（{_describe(ch)}），请删除后重新输入", field=field)
    if required and not value:
        raise ValidationError(f"请填写{label}", field=field)
    if len(value) > max_length:
        raise ValidationError(f"{label}不能超过{max_length}个字，当前为{len(value)}个", field=field)
    return value


def ascii_digits(text: str, *, label: str, field: str | None = None) -> str:
    """``text`` after NFKC, refused when it holds a digit other than ASCII 0–9 (full-width
    digits are ASCII after NFKC; Arabic-Indic, Devanagari, U+19DA … are not)."""
    value = unicodedata.normalize("NFKC", text or "")
    ch = foreign_digit(value)
    if ch is not None:
        raise ValidationError(
            f"{label}只能使用半角数字0–9，不能含有“{ch}”（{_describe(ch)}），请改用半角数字重新输入",
            field=field or label,
        )
    return value


def escape_like(text: str, escape: str = "\\") -> str:
    """``text`` with the LIKE wildcards ``%`` and ``_`` (and the escape itself) escaped."""
    return text.replace(escape, escape * 2).replace("%", escape + "%").replace("_", escape + "_")


def like_contains(text: str, escape: str = "\\") -> str:
    """A LIKE pattern that finds ``text`` anywhere, wildcards taken literally
    (use with ``column.like(pattern, escape="\\\\")``)."""
    return f"%{escape_like(text, escape)}%"


# -- files (catalog, calendar and other imports) ------------------------------------------


def json_depth(text: str) -> int:
    """How deeply ``[``/``{`` nest in a JSON text, counted without parsing it (strings
    skipped), so a hostile file is refused before ``json.loads`` recurses into it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def check_json_shape(text: str, *, what: str, max_chars: int, max_depth: int) -> None:
    """Refuse a JSON document too big or nested too deeply to be what ``what`` names."""
    if len(text) > max_chars:
        raise ValidationError(f"{what}过大（{len(text)} 个字符，最多 {max_chars} 个），请检查所选文件", field=what)
    depth = json_depth(text)
    if depth > max_depth:
        raise ValidationError(f"{what}嵌套过深（{depth} 层，最多 {max_depth} 层），这不是有效的{what}", field=what)


def check_strings(value: object, *, what: str, path: str = "") -> None:
    """Every string in a parsed document (keys included) passes the policy's character
    check (line feeds and tabs allowed); the message names where the first bad one is."""
    if isinstance(value, str):
        bad = forbidden_character(value, multiline=True)
        if bad is not None:
            ch, why = bad
            where = f"“{path}”" if path else ""
            raise ValidationError(f"{what}中{where}含有{why}（{_describe(ch)}），请删除后重新导入", field=what)
    elif isinstance(value, dict):
        for key, inner in value.items():
            check_strings(key, what=what, path=f"{path}.{key}" if path else str(key))
            check_strings(inner, what=what, path=f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            check_strings(inner, what=what, path=f"{path}[{i}]")
