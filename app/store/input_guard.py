"""The store's last line of the input policy: nothing with a control or bidi character,
and nothing longer than its column, is ever written through the ORM.

The services clean what a person types field by field, with the field's own message
(:mod:`app.domain.input_policy`); the importers do the same for files. This guard runs
before every flush of every session of a :class:`~app.store.uow.Store` and checks every
text value (and every string inside a JSON value) of the rows being written, so a path
that forgot the policy fails loudly instead of storing a NUL or a U+202E that would
reach a printed notice. SQLite does not enforce ``String(n)``; the guard does, so both
backends refuse the same input the same way (PostgreSQL would raise a DataError).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from typing import Any

from sqlalchemy import JSON, String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import ValidationError
from app.domain.input_policy import forbidden_character


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def check_row(obj: object) -> None:
    """Raise :class:`ValidationError` if a text value of ``obj`` breaks the policy.

    A row already in the store has only its changed columns checked (the others were
    checked when they were written)."""
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table.name
    changed = set(state.committed_state) if state.key is not None else None
    for attr in mapper.column_attrs:
        if changed is not None and attr.key not in changed:
            continue
        column = attr.columns[0]
        value = getattr(obj, attr.key, None)
        if value is None:
            continue
        where = f"{table}.{column.name}"
        if isinstance(column.type, JSON):
            for text in _strings(value):
                _check(text, where, multiline=True)
        elif isinstance(column.type, String) and isinstance(value, str):
            length = column.type.length
            _check(value, where, multiline=length is None)
            if length is not None and len(value) > length:
                raise ValidationError(
                    f"要保存的内容过长（{where} 最多 {length} 个字，当前 {len(value)} 个），未保存", field=column.name
                )


@lru_cache(maxsize=8192)
def _verdict(text: str, multiline: bool) -> tuple[str, str] | None:
    """:func:`forbidden_character`, remembered: the same catalog texts, names and facts
    are written by every clerk action (a pure function of its arguments)."""
    return forbidden_character(text, multiline=multiline)


def _check(text: str, where: str, *, multiline: bool) -> None:
    bad = _verdict(text, multiline) if len(text) <= 4096 else forbidden_character(text, multiline=multiline)
    if bad is not None:
        ch, why = bad
        raise ValidationError(f"要保存的内容（{where}）中含有{why}（U+{ord(ch):04X}），未保存", field=where)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in chain(session.new, session.dirty):
        check_row(obj)


def install(factory: sessionmaker[Session]) -> None:
    """Guard every session ``factory`` makes."""
    event.listen(factory, "before_flush", _before_flush)
