"""The 查询码 printed on every case notice, and what the public may see of an applicant.

The case number is not a secret: it is made of the hall, the day, the window and a
daily counter, so anyone can guess the next one. The 查询码 is: eight characters drawn
by :mod:`secrets` when the case gets its number, stored with the case, printed on the
slip and carried by its QR code. Only someone holding the slip can look the case up or
rate it on the hall web service.

The alphabet leaves out characters people confuse on paper (0/O, 1/I/L, 2/Z, 5/S, 8/B),
codes are shown in two groups of four (``K7QX-M3RD``) and typed in any case, with or
without the dash. Codes are compared in constant time (:func:`codes_match`), so the
time a wrong guess takes says nothing about how close it was.
"""

from __future__ import annotations

import hmac
import re
import secrets
import unicodedata

#: 25 characters, 8 of them: 25**8 ≈ 1.5e11 codes, about 37 bits.
ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
LENGTH = 8

_NOT_CODE = re.compile(r"[\s\-_·.]")


def new_lookup_code() -> str:
    """A fresh random 查询码 (stored without the dash)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def format_lookup_code(code: str) -> str:
    """``K7QXM3RD`` → ``K7QX-M3RD`` as printed."""
    code = normalize_lookup_code(code)
    return f"{code[:4]}-{code[4:]}" if len(code) == LENGTH else code


def normalize_lookup_code(text: str) -> str:
    """What a person typed (full-width, lower case, spaces, dashes) → the stored form."""
    return _NOT_CODE.sub("", unicodedata.normalize("NFKC", text or "")).upper()


def is_well_formed(code: str) -> bool:
    """Eight characters of :data:`ALPHABET` (after :func:`normalize_lookup_code`)."""
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)


def codes_match(given: str, stored: str | None) -> bool:
    """True when ``given`` is the case's code; constant time in the code's content."""
    if not stored:
        # Compare anyway, so a case without a code takes as long as a wrong code.
        hmac.compare_digest(normalize_lookup_code(given).encode(), b"\x00" * LENGTH)
        return False
    return hmac.compare_digest(normalize_lookup_code(given).encode(), stored.encode())


def mask_person_name(name: str) -> str:
    """``张明`` → ``张*``, ``欧阳小明`` → ``欧**明``: what a public page may show of a person.

    Two characters keep the first; three or more keep the first and the last.
    """
    name = (name or "").strip()
    if len(name) <= 1:
        return name and "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
