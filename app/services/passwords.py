"""Password hashing with Argon2id (argon2-cffi), and the password rules staff must meet.

Hashes are stored in ``Staff.password_hash``; nothing else about a password is kept.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.domain.errors import ValidationError

#: Moderate cost: a hall PC is a slow office machine and login must stay under a second.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)

MIN_LENGTH = 8


def hash_password(password: str) -> str:
    """An Argon2id hash of ``password`` (salted; two calls give different strings)."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash``; an empty or broken hash never matches."""
    if not password_hash:
        return False
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_new_password(password: str, *, staff_no: str = "", old_password: str | None = None) -> None:
    """Refuse passwords a colleague could guess: too short, only digits or letters, the staff number."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(f"新密码至少需要{MIN_LENGTH}位", field="new_password")
    if password.isdigit() or password.isalpha():
        raise ValidationError("新密码须同时包含字母和数字", field="new_password")
    if staff_no and staff_no in password:
        raise ValidationError("新密码不能包含工号", field="new_password")
    if old_password is not None and password == old_password:
        raise ValidationError("新密码不能与原密码相同", field="new_password")
