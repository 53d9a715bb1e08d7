"""Masking of personal identifiers on documents the applicant takes home.

Halls hand out paper; an ID number printed in full on a slip left at the counter
is a data leak.  Every builder masks identifiers through this module, which uses
the domain's masking rules so screens and paper hide the same digits.
"""

from __future__ import annotations

from app.domain.validators import mask_id as _domain_mask_id
from app.domain.validators import mask_phone as _domain_mask_phone


def mask_id(number: str) -> str:
    """``11010519491231002X`` → ``1101**********002X`` (see ``app.domain.validators.mask_id``)."""
    return _domain_mask_id(number.upper())


def mask_phone(number: str) -> str:
    """``13812345678`` → ``138****5678``; the domain rule, so screens and paper agree."""
    return _domain_mask_phone(number)
