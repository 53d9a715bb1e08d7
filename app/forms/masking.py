"""Masking of personal identifiers on documents the applicant takes home.

Halls publish and hand out paper; an ID number printed in full on a slip left at
the counter is a data leak.  Every builder masks identifiers through these helpers.
(The domain validators may grow their own ``mask_id``; this module keeps forms
independent of when that lands.)
"""

from __future__ import annotations

_MASK = "*"


def mask_id(number: str, keep_head: int = 4, keep_tail: int = 4) -> str:
    """Mask an ID number, keeping ``keep_head`` leading and ``keep_tail`` trailing characters.

    ``11010519491231002X`` → ``1101**********002X``: the region and the check digits
    remain so the clerk and applicant can tell documents apart, the birth date is hidden.
    Short numbers (passports) keep fewer characters so at least half is masked.
    """
    text = number.strip().upper()
    if not text:
        return ""
    if len(text) <= keep_head + keep_tail:
        visible = max(1, len(text) // 4)
        return text[:visible] + _MASK * (len(text) - 2 * visible) + text[-visible:]
    return text[:keep_head] + _MASK * (len(text) - keep_head - keep_tail) + text[-keep_tail:]


def mask_phone(number: str) -> str:
    """``13812345678`` → ``138****5678``; landlines keep area code and last four."""
    digits = number.strip()
    if len(digits) <= 7:
        return digits
    return digits[:3] + _MASK * (len(digits) - 7) + digits[-4:]
