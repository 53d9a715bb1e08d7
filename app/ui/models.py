"""Qt item models over immutable DTOs (never live ORM rows).

Pages hand a model a fresh tuple of frozen dataclasses from a service; the model
diffs it against what it shows: same keys in the same order → only the changed
cells are announced with only the changed roles, otherwise the model resets.
Rows are identified by a key function (case number, ticket id, material code), so
the view keeps its selection across refreshes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")

_Index = QModelIndex | QPersistentModelIndex

#: The DTO of the row (any column).
DtoRole = int(Qt.ItemDataRole.UserRole) + 1
#: The row's key (stable identity across refreshes).
KeyRole = int(Qt.ItemDataRole.UserRole) + 2
#: Column value before formatting (dates stay dates, for sorting and tests).
RawRole = int(Qt.ItemDataRole.UserRole) + 3

#: Roles a column can provide; DtoRole/KeyRole are derived from the row itself.
_CELL_ROLES = (
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.ForegroundRole),
    int(Qt.ItemDataRole.BackgroundRole),
    int(Qt.ItemDataRole.TextAlignmentRole),
    RawRole,
)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: how to show a field of the DTO.

    ``title`` is a source string of the ``Columns`` translation context (wrap it in
    ``QT_TRANSLATE_NOOP("Columns", …)`` where it is written so lupdate finds it).
    """

    title: str
    value: Callable[[T], Any]
    display: Callable[[T], str] | None = None
    tooltip: Callable[[T], str] | None = None
    foreground: Callable[[T], str | None] | None = None
    background: Callable[[T], str | None] | None = None
    align_right: bool = False

    def cell(self, dto: T, role: int) -> Any:
        """The value of this column for ``dto`` in ``role`` (None when not provided)."""
        if role == Qt.ItemDataRole.DisplayRole:
            if self.display is not None:
                return self.display(dto)
            value = self.value(dto)
            return "" if value is None else str(value)
        if role == RawRole:
            return self.value(dto)
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip is not None:
            return self.tooltip(dto) or None
        if role == Qt.ItemDataRole.ForegroundRole and self.foreground is not None:
            colour = self.foreground(dto)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            colour = self.background(dto)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def plain(self, dto: T, role: int) -> Any:
        """Comparable form of :meth:`cell` (brushes compare by colour name)."""
        value = self.cell(dto, role)
        if isinstance(value, QBrush):
            return value.color().name()
        return value


if TYPE_CHECKING:
    # What the row keeping is mixed into, for the type checker: a table or a list model.
    _ItemModel = QAbstractItemModel
else:

    class _ItemModel:  # at run time the concrete model brings the Qt base
        pass


class _DtoRows(_ItemModel, Generic[T]):
    """Row keeping shared by the table and list models over immutable DTOs.

    The concrete model provides ``_key`` and ``_announce(row, before, after)``, which
    emits ``dataChanged`` for just the roles that changed.
    """

    _rows: tuple[T, ...]
    _key: Callable[[T], Hashable]

    def _announce(self, row: int, before: T, after: T) -> None:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows``: only changed cells are announced when the identities match."""
        rows = tuple(rows)
        new_keys = [self._key(r) for r in rows]
        old_keys = [self._key(r) for r in self._rows]
        if new_keys != old_keys:
            # Keep what the lists share at both ends (typing one more letter narrows the
            # hits: the first ones usually stay) and replace only the middle; a reset only
            # when nothing is shared.
            head = 0
            while head < min(len(new_keys), len(old_keys)) and new_keys[head] == old_keys[head]:
                head += 1
            tail = 0
            while (
                tail < min(len(new_keys), len(old_keys)) - head
                and new_keys[len(new_keys) - 1 - tail] == old_keys[len(old_keys) - 1 - tail]
            ):
                tail += 1
            if head == 0 and tail == 0:
                self.beginResetModel()
                self._rows = rows
                self.endResetModel()
                return
            old = self._rows
            if len(old) - tail > head:
                self.beginRemoveRows(QModelIndex(), head, len(old) - tail - 1)
                self._rows = old[:head] + old[len(old) - tail :]
                self.endRemoveRows()
            if len(rows) - tail > head:
                self.beginInsertRows(QModelIndex(), head, len(rows) - tail - 1)
                self._rows = old[:head] + rows[head : len(rows) - tail] + old[len(old) - tail :]
                self.endInsertRows()
            kept = list(range(head)) + list(range(len(rows) - tail, len(rows)))
            before_rows = self._rows
            self._rows = rows
            for r in kept:
                if before_rows[r] != rows[r]:
                    self._announce(r, before_rows[r], rows[r])
            return
        old = self._rows
        self._rows = rows
        for r, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before == after:
                continue
            self._announce(r, before, after)

    def clear(self) -> None:
        """Forget every row (user switch: nothing of the previous person stays)."""
        if self._rows:
            self.beginResetModel()
            self._rows = ()
            self.endResetModel()

    def rows(self) -> tuple[T, ...]:
        return self._rows

    def dto(self, row: int) -> T:
        return self._rows[row]


class DtoTableModel(_DtoRows[T], QAbstractTableModel):
    """A read-only table of DTOs with named roles and minimal change notifications."""

    def __init__(self, columns: Sequence[Column[T]], key: Callable[[T], Hashable], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._key = key
        self._rows: tuple[T, ...] = ()

    # -- content ----------------------------------------------------------------------

    def replace_row(self, dto: T) -> bool:
        """Replace the row with the same key as ``dto``; False when there is none."""
        key = self._key(dto)
        for r, current in enumerate(self._rows):
            if self._key(current) == key:
                rows = list(self._rows)
                rows[r] = dto
                self._rows = tuple(rows)
                if current != dto:
                    self._announce(r, current, dto)
                return True
        return False

    def row_of(self, key: Hashable) -> int:
        """Row number of the DTO with ``key`` or -1."""
        for r, dto in enumerate(self._rows):
            if self._key(dto) == key:
                return r
        return -1

    def _announce(self, row: int, before: T, after: T) -> None:
        for c, column in enumerate(self._columns):
            roles = [role for role in _CELL_ROLES if column.plain(before, role) != column.plain(after, role)]
            if roles:
                index = self.index(row, c)
                self.dataChanged.emit(index, index, roles)
        # The DTO itself changed, so DtoRole changed on the whole row.
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1), [DtoRole])

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        dto = self._rows[index.row()]
        if role == DtoRole:
            return dto
        if role == KeyRole:
            return self._key(dto)
        return self._columns[index.column()].cell(dto, int(role))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate("Columns", self._columns[section].title)
            return None
        return str(section + 1)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({DtoRole: QByteArray(b"dto"), KeyRole: QByteArray(b"key"), RawRole: QByteArray(b"raw")})
        return names

    def retranslate(self) -> None:
        """Headers are translated when asked; tell the views to ask again."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


class DtoListModel(_DtoRows[T], QAbstractListModel):
    """A list of DTOs shown by one text function (search results, ticket categories)."""

    def __init__(
        self,
        text: Callable[[T], str],
        key: Callable[[T], Hashable],
        tooltip: Callable[[T], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._key = key
        self._tooltip = tooltip
        self._rows: tuple[T, ...] = ()

    def _announce(self, row: int, before: T, after: T) -> None:
        roles = [DtoRole]
        if self._text(before) != self._text(after):
            roles.append(int(Qt.ItemDataRole.DisplayRole))
        if self._tooltip is not None and self._tooltip(before) != self._tooltip(after):
            roles.append(int(Qt.ItemDataRole.ToolTipRole))
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, roles)

    def retranslate(self) -> None:
        """The text function may use translated words: ask the views to redraw every row."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)],
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        dto = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(dto)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(dto)
        if role == DtoRole:
            return dto
        if role == KeyRole:
            return self._key(dto)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({DtoRole: QByteArray(b"dto"), KeyRole: QByteArray(b"key")})
        return names
