"""A table model that holds only the pages the view has asked for.

The view asks through Qt's ``canFetchMore``/``fetchMore`` when the clerk scrolls near the
last row held; the next page is fetched off the GUI thread (keyset: "the rows after this
key", so rows added or removed meanwhile move no boundary) and appended. Sorting a column
asks the owner to reload in that order — the order is the store's, never re-sorted here.

A case changed by a decision is put into its place with :meth:`PagedTableModel.upsert`
from its new key alone: replaced in place when it keeps its position, moved when its key
moved, left out when it now sorts after the last page held (it comes when scrolled to).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from app.ui.models import Column, DtoTableModel

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

_Index = QModelIndex | QPersistentModelIndex


class Entry(Protocol[T_co]):
    """A row and its sort key (as the store ordered it)."""

    @property
    def line(self) -> T_co: ...

    @property
    def key(self) -> tuple[Any, ...]: ...


class Page(Protocol[T_co]):
    @property
    def entries(self) -> Sequence[Entry[T_co]]: ...

    @property
    def after(self) -> tuple[Any, ...] | None: ...

    @property
    def more(self) -> bool: ...


#: Runs ``fn`` off the GUI thread and hands its result to the callback on the GUI thread.
Submit = Callable[[Callable[[], Any], Callable[[Any], None]], None]
#: Fetches the page after a key (None: the first page).
Fetch = Callable[[tuple[Any, ...] | None], "Page[Any]"]
#: Whether key a is listed before key b.
Precedes = Callable[[tuple[Any, ...], tuple[Any, ...]], bool]


class PagedTableModel(DtoTableModel[T], Generic[T]):
    """A :class:`DtoTableModel` filled page by page from a fetch function."""

    #: The clerk clicked a column header: reload in this order (column, Qt.SortOrder).
    sort_requested = Signal(int, Qt.SortOrder)
    #: Fact: a page arrived (the first one after a reload: True).
    page_loaded = Signal(bool)

    def __init__(self, columns: Sequence[Column[T]], key: Callable[[T], Hashable], parent: Any = None) -> None:
        super().__init__(columns, key, parent)
        self._keys: list[tuple[Any, ...]] = []
        self._after: tuple[Any, ...] | None = None
        self._more = False
        self._loading = False
        self._generation = 0
        self._fetch: Fetch | None = None
        self._submit: Submit | None = None
        self._precedes: Precedes = lambda a, b: a < b
        #: Pages fetched since the last reload began (the first one included).
        self.pages_fetched = 0

    # -- owner's API ------------------------------------------------------------------

    def reload(self, fetch: Fetch, submit: Submit, precedes: Precedes) -> None:
        """Start over with ``fetch`` (a new search or order): the first page replaces the rows
        (rows both lists hold stay, so the selection does too)."""
        self._generation += 1
        self._fetch, self._submit, self._precedes = fetch, submit, precedes
        self._loading = True
        self.pages_fetched = 0
        generation = self._generation
        submit(lambda: fetch(None), lambda page: self._first_page(generation, page))

    def clear(self) -> None:
        self._generation += 1
        self._fetch = self._submit = None
        self._keys, self._after, self._more, self._loading = [], None, False, False
        super().clear()

    def has_more(self) -> bool:
        return self._more

    def fetch_failed(self) -> None:
        """The page could not be read (the owner showed why): scrolling may ask again."""
        self._loading = False

    def upsert(self, key: Hashable, entry: Entry[T] | None) -> None:
        """The row ``key`` as it now stands (None: the list no longer holds it)."""
        old = self.row_of(key)
        keys = list(self._keys)
        if old >= 0:
            del keys[old]
        place = -1
        if entry is not None:
            place = sum(1 for k in keys if self._precedes(k, entry.key))
            beyond = self._after is not None and self._precedes(self._after, entry.key)
            if place == len(keys) and self._more and beyond:
                place = -1  # after the last page held: it comes with its page
        if old >= 0 and place == old and entry is not None:
            self._keys[old] = entry.key
            self.replace_row(entry.line)
            return
        if old >= 0:
            self.beginRemoveRows(QModelIndex(), old, old)
            self._rows = self._rows[:old] + self._rows[old + 1 :]
            del self._keys[old]
            self.endRemoveRows()
        if entry is not None and place >= 0:
            self.beginInsertRows(QModelIndex(), place, place)
            self._rows = (*self._rows[:place], entry.line, *self._rows[place:])
            self._keys.insert(place, entry.key)
            self.endInsertRows()

    # -- pages ------------------------------------------------------------------------

    def _first_page(self, generation: int, page: Page[T]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.pages_fetched += 1
        entries = list(page.entries)
        self._keys = [e.key for e in entries]  # set_rows announces with these already in place
        self.set_rows([e.line for e in entries])
        self._after, self._more = page.after, page.more
        self.page_loaded.emit(True)

    def _next_page(self, generation: int, page: Page[T]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.pages_fetched += 1
        held = {self._key(r) for r in self._rows}
        entries = [e for e in page.entries if self._key(e.line) not in held]
        if entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._rows = (*self._rows, *(e.line for e in entries))
            self._keys.extend(e.key for e in entries)
            self.endInsertRows()
        self._after, self._more = page.after, page.more
        self.page_loaded.emit(False)

    # -- Qt model interface -------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and self._more and not self._loading and self._fetch is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if not self.canFetchMore(parent) or self._fetch is None or self._submit is None:
            return
        self._loading = True
        fetch, after, generation = self._fetch, self._after, self._generation
        self._submit(lambda: fetch(after), lambda page: self._next_page(generation, page))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(column, order)


__all__ = ["Entry", "Page", "PagedTableModel"]
