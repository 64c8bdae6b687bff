"""A table model over one of the core's lists (``fieldapp.services.lists``), read lazily in pages.

Every query runs on a reader thread through the operation layer; the GUI thread only receives rows. A
generation number drops answers to questions nobody asks any more (the filter changed meanwhile).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from fieldapp.formatting import format_date, format_datetime, format_money, format_phone
from fieldapp.ui import i18n, labels
from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.operations import Operations

PAGE_SIZE = 200
#: the most rows one read asks for: a page more is as long as what is loaded (200, 200, 400, 800 … up to this),
#: so scrolling to the end of 20,000 rows is a dozen reads, not a hundred; each starts where the last one ended
#: (``services/lists.page``), skipping no rows
MAX_PAGE = 4000
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


#: fields that hold why something was done (a person's words, or the program's coded reason)
REASON_FIELDS = frozenset({"reason", "correction_reason"})
#: bookkeeping fields a person does not need to read in a change (as fieldapp.services.history hides them)
BOOKKEEPING_FIELDS = frozenset({"id", "created_at", "updated_at", "created_by", "deleted_at", "search_key"})


def _typed(item: Any, kind: str) -> Any:
    """A value as the history stores it (JSON: text for money and dates) back in its Python type."""
    try:
        if kind == "money":
            return Decimal(item)
        if kind == "date":
            return dt.date.fromisoformat(item)
        if kind == "datetime":
            return dt.datetime.fromisoformat(item)
    except (ValueError, TypeError, ArithmeticError):
        pass
    return item


def changes_text(value: str | dict, separator: str = "; ", table: str = "",
                 kinds: Mapping[str, str] | None = None, names: Mapping[str, str] | None = None,
                 width: int | None = 40) -> str:
    """A history row's changed fields, readable: 'Settlement: Курык → Форт-Шевченко; Phone: → +77010000000'.

    ``kinds`` (money, date, reference...) and ``names`` (the display names of referenced records by id) come
    from :func:`fieldapp.services.history.record_history`; without them values are shown as stored. Values longer
    than ``width`` are cut with "…" (None: whole)."""
    try:
        changes = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return str(value)
    if not isinstance(changes, dict):
        return str(value)
    kinds, names = kinds or {}, names or {}

    def short(name: str, item: Any) -> str:
        kind = kinds.get(name, "text")
        if item is None:
            text = ""
        elif name in REASON_FIELDS:
            text = labels.reason_text(str(item))
        elif kind == "reference":
            text = names.get(item) or ""  # a record with no name a person would know is left out
        elif kind == "code":
            text = labels.value_label(str(item))
        else:
            text = display(_typed(item, kind), kind, name)
        return text if width is None or len(text) <= width else text[:width - 1] + "…"

    parts = []
    for name, pair in changes.items():
        if name in BOOKKEEPING_FIELDS or not isinstance(pair, list | tuple) or len(pair) != 2:
            continue
        old, new = pair
        if old is None and new is None:
            continue
        label, old_text, new_text = labels.field_label(table, name), short(name, old), short(name, new)
        if not old_text and not new_text:
            continue
        parts.append(f"{label}: {new_text}" if old is None else f"{label}: {old_text} → {new_text}")
    return separator.join(parts)


def display(value: Any, kind: str, key: str) -> str:
    """How a value of a list looks on screen (and on the clipboard)."""
    if value is None:
        return ""
    if key == "changes":
        if hasattr(value, "fields"):  # the core made them readable (fieldapp.services.history.ChangedFields)
            return changes_text({name: [old, new] for name, old, new in value.fields}, table=value.table,
                                kinds=value.kinds, names=value.names)
        return changes_text(value)
    if key == "reason":
        return labels.reason_text(str(value))
    if kind == "money":
        return format_money(Decimal(value))
    if kind == "date":
        return format_date(value)
    if kind == "datetime":
        return format_datetime(value) if isinstance(value, dt.datetime) else format_date(value)
    if kind == "bool":
        return labels.yes_no(bool(value))
    if kind == "int":
        return str(value)
    if kind == "phone":
        return format_phone(str(value))
    if key in labels.CODED_COLUMNS:
        return labels.value_label(str(value))
    return str(value)


def _first_page(name: str, text: str, sort: int | None, descending: bool, scope: tuple | None = None):
    from fieldapp.services import lists

    lang = i18n.current_language()

    def query(session: Any) -> lists.FirstPage:
        return lists.first_page(session, name, text, PAGE_SIZE, sort, descending, lang, scope=scope)

    return query


def page_size(loaded: int) -> int:
    """How many rows the next read asks for when ``loaded`` are on hand."""
    return min(MAX_PAGE, max(PAGE_SIZE, loaded))


def _next_page(name: str, text: str, loaded: int, after: Any, sort: int | None, descending: bool,
               scope: tuple | None = None):
    """The rows after ``after`` (where the last page ended) when ``loaded`` are on hand."""
    lang = i18n.current_language()
    limit = page_size(loaded)

    def query(session: Any) -> Any:
        from fieldapp.services import lists

        return lists.page(session, name, text, limit, sort=sort, descending=descending, lang=lang, scope=scope,
                          after=after)

    return query


def all_rows(name: str, text: str, sort: int | None, descending: bool, lang: str = "ru", scope: tuple | None = None):
    """Every row of the list as filtered and ordered on screen (exports)."""

    def query(session: Any) -> list[tuple]:
        from fieldapp.services import lists

        return lists.fetch(session, name, text, sort=sort, descending=descending, lang=lang, scope=scope)

    return query


class ListModel(QAbstractTableModel):
    #: the first page of a (re)load has arrived: total number of rows
    loaded = Signal(int)
    #: a further page has arrived (rows or none)
    page_arrived = Signal()

    def __init__(self, ops: Operations | None, list_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.list_name = list_name
        self.columns: list[tuple[str, str]] = []
        self.rows: list[tuple] = []
        self.total = 0
        self.filter_text = ""
        #: the records behind a dashboard figure only: (figure key, cycle id) — services/dashboard.drill
        self.scope: tuple[str, str | None] | None = None
        self.sort_column: int | None = None
        self.descending = False
        self.has_loaded = False
        self.live: LiveQuery[Any] | None = None
        self._after: Any = None  # where the rows on hand end in the list's order (services/lists.page)
        self._generation = 0
        self._fetching = False
        self.badges: Any = None  # fieldapp.ui.badges.RecordBadges for lists of synced records

    def set_operations(self, ops: Operations, owner: QWidget) -> None:
        """``owner`` shows the list: the first page is asked again when a write touches a table the list reads
        and the owner can be seen (fieldapp.ui.live_query)."""
        self.ops = ops
        self.live = LiveQuery(ops, owner, self._question, lambda answer: self._first_page_arrived(*answer))
        from fieldapp.ui.badges import BADGE_TABLES, RecordBadges

        if self.list_name in BADGE_TABLES:
            self.badges = RecordBadges(ops, owner, BADGE_TABLES[self.list_name], lambda: [r[0] for r in self.rows])
            self.badges.changed.connect(self._badges_arrived)

    def refresh(self) -> None:
        """Ask again from the first page with the current filter and order."""
        if self.live is not None:
            self.live.refresh()

    def _question(self) -> Any:
        self._generation += 1  # pages of an earlier question are dropped
        self._fetching = True
        return _first_page(self.list_name, self.filter_text, self.sort_column, self.descending, self.scope)

    def set_filter(self, text: str) -> None:
        if text != self.filter_text:
            self.filter_text = text
            self.refresh()

    def _first_page_arrived(self, columns: list, total: int, rows: list[tuple], after: Any) -> None:
        self.beginResetModel()
        self.columns, self.total, self.rows, self._after = columns, total, rows, after
        self._fetching = False
        self.has_loaded = True
        self.endResetModel()
        self.loaded.emit(total)
        if self.badges is not None:
            self.badges.refresh()

    @property
    def reading(self) -> bool:
        """A page of the list is being read."""
        return self._fetching

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008,N802 - Qt's signature
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008,N802 - Qt's signature
        if not self.canFetchMore(parent) or self.ops is None:
            return
        self._fetching = True
        generation, offset = self._generation, len(self.rows)
        self.ops.read(
            _next_page(self.list_name, self.filter_text, offset, self._after, self.sort_column, self.descending,
                       self.scope),
            success=lambda page: self._more_arrived(generation, offset, *page),
        )

    def _more_arrived(self, generation: int, offset: int, rows: list[tuple], after: Any) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._fetching = False
        self._after = after
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
            if self.badges is not None:
                self.badges.add([row[0] for row in rows])  # the new rows' only: asking for all is quadratic
        if len(rows) < page_size(offset):  # the list's end, sooner than its count said (rows deleted meanwhile)
            self.total = len(self.rows)
        self.page_arrived.emit()

    def _badges_arrived(self) -> None:
        if self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key, kind = self.columns[index.column()]
        value = row[index.column() + 1]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self.badges is not None:
            return self.badges.decoration(row[0])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and self.badges is not None:
            return self.badges.tooltip(row[0], display(value, kind, key))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(value, kind, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("money", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ID_ROLE:
            return row[0]
        if role == RAW_ROLE:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or section >= len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.column_label(self.list_name, self.columns[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section][1] in ("money", "int"):
            # a long title wraps in a narrow column (fieldapp.ui.text_fit.wrap_titles)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column if column >= 0 else None
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(max(len(self.rows) - 1, 0), len(self.columns) - 1))
        if self.has_loaded and self.live is not None:  # the rows read in a language (places' names, the
            self.live.refresh_when_seen()  # history's changes) are asked again in the new one

    def row_id(self, row: int) -> str:
        return self.rows[row][0]

    def row_of(self, row_id: str, start: int = 0) -> int | None:
        """The row of ``row_id`` among the rows read, looked for from ``start`` on."""
        for number in range(start, len(self.rows)):
            if self.rows[number][0] == row_id:
                return number
        return None

    def headers(self) -> list[str]:
        return [labels.column_label(self.list_name, key) for key, _kind in self.columns]

    def display_row(self, row: int) -> list[str]:
        values = self.rows[row][1:]
        return [display(v, kind, key) for v, (key, kind) in zip(values, self.columns, strict=True)]
