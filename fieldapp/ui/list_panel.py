"""A list on screen: a filter box that narrows as you type, the table, and what to do when it is empty.

Ctrl+C copies the selected rows with a header row (tab-separated text and an HTML table, so they paste into
Excel as columns); ``export_to`` writes the list as filtered to an XLSX file off the GUI thread.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui import i18n, labels
from fieldapp.ui.history_dialog import HISTORY_TABLES, HistoryDialog
from fieldapp.ui.list_model import ROW_ID_ROLE, ListModel, all_rows, display
from fieldapp.ui.operations import Operations
from fieldapp.ui.text_fit import least_width, wrap_titles

FILTER_DELAY_MS = 150


def rows_as_mime(headers: list[str], rows: list[list[str]]) -> QMimeData:
    """Tab-separated text and an HTML table: Excel and LibreOffice paste either as columns."""
    from fieldapp.exports.cells import spreadsheet_text

    def clean(cell: str) -> str:  # a text, never a formula where it is pasted
        return spreadsheet_text(cell).replace("\t", " ").replace("\r", " ").replace("\n", " ")

    def td(cell: str) -> str:  # a cell that would start a formula is formatted as text (@): Excel keeps it
        text_format = " style='mso-number-format:\"\\@\"'" if spreadsheet_text(cell) != cell else ""
        return f"<td{text_format}>{html.escape(cell)}</td>"

    text = "\n".join("\t".join(clean(c) for c in line) for line in [headers, *rows]) + "\n"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(td(c) for c in line) + "</tr>" for line in rows)
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return mime


def _export_job(db: Any, name: str, text: str, sort: int | None, descending: bool, headers: list[str],
                columns: list[tuple[str, str]], words: dict[str, str], title: str, path: Path, lang: str = "ru",
                scope: tuple | None = None):
    def job() -> tuple[Path, int]:
        from fieldapp.exports.xlsx import SheetColumn, write_xlsx

        with db.reading() as session:
            rows = all_rows(name, text, sort, descending, lang, scope)(session)
        coded = [key in labels.CODED_COLUMNS for key, _kind in columns]

        def worded(row: tuple) -> list[Any]:
            return [display(v, kind, key) if key in ("changes", "reason") else
                    words.get(v, v) if is_coded and isinstance(v, str) else v
                    for v, is_coded, (key, kind) in zip(row[1:], coded, columns, strict=True)]

        sheet_columns = [SheetColumn(h, kind) for h, (_key, kind) in zip(headers, columns, strict=True)]
        return path, write_xlsx(path, sheet_columns, (worded(r) for r in rows), title=title)

    return job


def enter_list(view: QTableView) -> None:
    """Down or Enter in a list's search box: the cursor goes into the list, on its first row if it had none."""
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    if not view.currentIndex().isValid():
        view.selectRow(0)


def fit_columns(view: QTableView, count: int) -> None:
    """Columns as wide as their contents, but together no wider than the view: the widest give way, never
    narrower than their title on two lines (it wraps: text_fit.wrap_titles)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    wanted = {column: header.sectionSize(column) + 8 for column in range(count)}
    remaining = max(view.viewport().width() - 4, 200)
    for left, column in enumerate(sorted(wanted, key=wanted.__getitem__), start=0):
        share = remaining // (count - left)
        width = max(min(wanted[column], share), least_width(header, column), 48)
        header.resizeSection(column, width)
        remaining -= width


#: values that share this many first (or last) characters read alike when cut at that end
SHARED_START = 12


def _dominant(parts: list[str]) -> tuple[str | None, int]:
    """The most common of these beginnings or endings and how many values have it."""
    if not parts:
        return None, 0
    part, count = Counter(parts).most_common(1)[0]
    return part, count


def shared_start_columns(model: Any) -> dict[int, tuple[str | None, str | None]]:
    """Columns where most values start or end with the same words ("Инициативная группа «…»", "«…» бастамашыл
    тобы", "Наше село — …"): cut at that end they would all read alike, so they are cut where they differ. Each
    column found gives the shared beginning and the shared ending (None where values do not share one)."""
    found = {}
    for column in range(model.columnCount()):
        if model.columns[column][0] == "changes":  # "Field: old → new; …" reads from its start
            continue
        values = [str(model.index(row, column).data() or "") for row in range(min(model.rowCount(), 200))]
        values = [v for v in values if len(v) > SHARED_START]
        if len(values) < 2:
            continue
        start, starting = _dominant([v[:SHARED_START] for v in values])
        end, ending = _dominant([v[-SHARED_START:] for v in values])
        if (starting + ending) * 2 > len(values) and max(starting, ending) >= 2:
            found[column] = (start if starting >= 2 else None, end if ending >= 2 else None)
    return found


class MiddleElide(QStyledItemDelegate):
    """Cuts a cell's text where values differ: a value that starts like most ("Инициативная группа «Алау»") keeps
    its end, one that ends like most ("«Алау» бастамашыл тобы") keeps its start, others are cut in the middle
    (the whole value is in the tooltip)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.shared: dict[int, tuple[str | None, str | None]] = {}

    def mode_for(self, column: int, text: str) -> Qt.TextElideMode:
        start, end = self.shared.get(column, (None, None))
        starts, ends = bool(start) and text.startswith(start or ""), bool(end) and text.endswith(end or "")
        if starts and not ends:
            return Qt.TextElideMode.ElideLeft
        if ends and not starts:
            return Qt.TextElideMode.ElideRight
        return Qt.TextElideMode.ElideMiddle

    def initStyleOption(self, option: Any, index: Any) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        option.textElideMode = self.mode_for(index.column(), str(index.data() or ""))


#: keys that jump the current row: with Ctrl (and no Shift) Qt's extended selection moves without selecting
JUMP_KEYS = frozenset({Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


class ListView(QTableView):
    """A list's table: Ctrl+Home, Ctrl+End, Ctrl+PgUp and Ctrl+PgDn select the row they jump to, as Home, End
    and the page keys do, and with Shift extend the selection to it (Qt's extended selection leaves the selection
    behind with Ctrl, and Enter, Delete or Print then act on the old row); Ctrl+arrows still move without
    selecting (Ctrl+Space picks rows one by one)."""

    def selectionCommand(self, index: Any, event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:  # noqa: N802
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in JUMP_KEYS \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event = QKeyEvent(event.type(), event.key(), event.modifiers() & ~Qt.KeyboardModifier.ControlModifier)
        return super().selectionCommand(index, event)


class ListPanel(QWidget):
    #: Enter or a double click on a row: its id
    open_requested = Signal(str)
    #: an export finished: the file and the number of rows
    exported = Signal(Path, int)

    def __init__(self, list_name: str, empty_text: Callable[[], str], parent: QWidget | None = None,
                 scope: tuple[str, str | None] | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.empty_text = empty_text
        self.ops: Operations | None = None
        self.model = ListModel(None, list_name, self)
        self.model.scope = scope
        self._sized = False
        self._selected_ids: list[str] = []
        self._current_id: str | None = None
        self._wanted: str | None = None  # a record just saved: selected once its row is read (show_record)
        self._looked_at = 0  # the rows read already looked through for it (a page more looks at its own only)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)

        self.view = ListView(self)
        self.view.setModel(self.model)
        # no indicator at first: the list keeps the order the core gives it until a header is clicked
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # a column whose values mostly start or end alike is cut where they differ (see shared_start_columns)
        self.middle_cut = MiddleElide(self.view)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        wrap_titles(self.view)
        # columns are refitted to the width and language until the user drags one
        self._fitting = False
        self._user_sized = False
        header.sectionResized.connect(self._section_resized)
        self.view.activated.connect(self._activated)
        # right-click → History…; the main window's Edit menu has the same with Ctrl+H
        self.history_action = QAction(self)
        self.history_action.triggered.connect(self.show_history)
        self.history_dialog: HistoryDialog | None = None
        if self.has_history():
            self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.view.addAction(self.history_action)

        # Ctrl+C: the main window's Copy action when there is one, else this filter on the view
        self.view.installEventFilter(self)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.model.set_filter(self.filter_edit.text().strip()))
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.loaded.connect(self._loaded)
        self.model.page_arrived.connect(self._find_wanted)
        self.retranslate()

    def attach(self, ops: Operations) -> None:
        """Read the list now if it can be seen, or if the window's own data are already on screen (a page built
        in an idle turn after the start: its first rows are there when it is first opened); else when it is
        first shown. Again after any write that touches a table it reads (fieldapp.ui.live_query)."""
        self.ops = ops
        self.model.set_operations(ops, self)
        assert self.model.live is not None
        if getattr(self.window(), "live_data_done", False):
            self.model.live.refresh()
        else:
            self.model.live.refresh_when_seen()

    def refresh(self) -> None:
        self.model.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._sized:
            QTimer.singleShot(0, self, self._fit_once)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return True
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                enter_list(self.view)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter… (Ctrl+F)"))
        self.history_action.setText(self.tr("&History…"))
        self.model.retranslate()
        self._update_counts()
        self._refit()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        if self._sized and not self._user_sized:
            self._sized = False
            QTimer.singleShot(0, self, self._fit_once)

    def _section_resized(self, column: int, *_sizes: int) -> None:
        header = self.view.horizontalHeader()
        stretched = header.logicalIndex(header.count() - 1)  # follows the view's width by itself
        if not self._fitting and self._sized and column != stretched:
            self._user_sized = True

    def _remember_selection(self) -> None:
        self._selected_ids = self.selected_ids()
        current = self.view.currentIndex()
        self._current_id = current.data(ROW_ID_ROLE) if current.isValid() else None

    def _loaded(self, _total: int) -> None:
        if not self._sized:
            QTimer.singleShot(0, self, self._fit_once)  # once the layout has given the view its width
        self._restore_selection()
        self._update_counts()
        self._looked_at = 0  # the list read again from its first page
        self._find_wanted()

    def show_record(self, row_id: Any) -> None:
        """Select the record just saved (new or changed), wherever the list's order puts it: the list is read
        again from its first page and further pages are read until its row is there; then it is the current,
        selected row, scrolled into view. A filter that hides it is cleared, and the list read again without it.
        (Keyset pages cannot start in the middle: a record far down a long list reads the pages before it, as
        scrolling there would.)"""
        if row_id is None:
            return
        self._wanted = str(row_id)
        self.model.refresh()  # after the write: its first page (and those after) hold the record

    def _clear_filter(self) -> None:
        self.filter_edit.clear()
        self._filter_timer.stop()  # asked now, not after the typing pause
        self.model.set_filter("")

    def _find_wanted(self) -> None:
        if self._wanted is None or not self.model.has_loaded or self.model.reading:
            return
        row = self.model.row_of(self._wanted, self._looked_at)
        self._looked_at = len(self.model.rows)
        if row is not None:
            self._wanted = None
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        elif self.model.canFetchMore():
            self.model.fetchMore()
        elif self.model.filter_text:  # the filter hides it: the list without the filter
            self._clear_filter()
        else:  # read to the end without it (deleted meanwhile, or outside the list's scope)
            self._wanted = None

    def _fit_once(self) -> None:
        # a hidden list (another page, another tab) has no width yet: it is fitted when first shown
        if not self._sized and self.model.rowCount() and self.view.isVisible():
            self._sized = True
            self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their contents, but together no wider than the view: the widest give way."""
        self._fitting = True
        try:
            self._fit_columns()
        finally:
            self._fitting = False

    def _fit_columns(self) -> None:
        for column in range(self.model.columnCount()):
            self.view.setItemDelegateForColumn(column, None)  # type: ignore[arg-type]
        self.middle_cut.shared = shared_start_columns(self.model)
        for column in self.middle_cut.shared:
            self.view.setItemDelegateForColumn(column, self.middle_cut)
        fit_columns(self.view, self.model.columnCount())

    def _restore_selection(self) -> None:
        selection = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row_id in self._selected_ids:
            row = self.model.row_of(row_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
        if self._current_id is not None:
            row = self.model.row_of(self._current_id)
            if row is not None:
                selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _update_counts(self) -> None:
        if not self.model.has_loaded:
            self.count_label.setText(self.tr("Loading…"))
            return
        total = self.model.total
        self.count_label.setText(self.tr("%n record(s)", "", total))
        if total:
            self.stack.setCurrentWidget(self.view)
            return
        if self.model.filter_text:
            self.empty_label.setText(
                self.tr("Nothing matches “%1”. Press Esc in the filter box to see everything.")
                .replace("%1", self.model.filter_text)
            )
        else:
            self.empty_label.setText(self.empty_text())
        self.stack.setCurrentWidget(self.empty_label)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.view.selectionModel().selectedRows())

    def selected_ids(self) -> list[str]:
        return [self.model.row_id(row) for row in self.selected_rows()]

    def has_history(self) -> bool:
        return self.list_name in HISTORY_TABLES

    def show_history(self) -> HistoryDialog | None:
        """The audit trail of the current record, in a dialog."""
        row_id = self.current_id()
        row = self.model.row_of(row_id) if row_id is not None else None
        if row is None or self.ops is None or not self.has_history():
            return None
        record = next((text for text in self.model.display_row(row) if text), "")
        self.history_dialog = HistoryDialog(self.ops, self.list_name, row_id, record, self)
        self.history_dialog.open()
        return self.history_dialog

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def copy_selection(self) -> int:
        rows = self.selected_rows()
        if not rows:
            return 0
        lines = [self.model.display_row(row) for row in rows]
        QGuiApplication.clipboard().setMimeData(rows_as_mime(self.model.headers(), lines))
        return len(rows)

    def _activated(self, index: Any) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ROW_ID_ROLE))

    def export_to(self, path: Path, title: str, done: Callable[[Path, int], None] | None = None) -> None:
        """Write the list as filtered and ordered now to ``path`` (XLSX), off the GUI thread."""
        if self.ops is None or not self.model.columns:
            return
        model = self.model

        def finished(result: tuple[Path, int]) -> None:
            self.exported.emit(*result)
            if done is not None:
                done(*result)

        self.ops.background(
            _export_job(self.ops.db, model.list_name, model.filter_text, model.sort_column, model.descending,
                        model.headers(), list(model.columns), labels.value_labels(), title, Path(path),
                        i18n.current_language(), model.scope),
            success=finished,
            progress=self.tr("Writing the Excel file…"),
        )
