"""Form fields whose value is a list, for :class:`fieldapp.ui.form.FormDialog` (which binds any widget with
``form_value``, ``set_form_value`` and a ``changed`` signal): a check list with a filter as you type, and a list
of (kind, title) entries added with Enter and removed with Delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.text import fold

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QWidget):
    """Items to tick (Space ticks the current one); the value is the ticked ids in the list's order. A filter as
    you type appears when the list is longer than ``filter_from``; Down or Enter in it goes to the list."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, filter_from: int = 8) -> None:
        super().__init__(parent)
        self.filter_from = filter_from
        self.none_text = ""
        self.some_text = "%1 / %2"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("list")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        for widget in (self.filter, self.list, self.summary):
            layout.addWidget(widget)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.installEventFilter(self)
        self.list.itemChanged.connect(self._ticked)

    def set_items(self, items: Sequence[tuple[str, str, str]]) -> None:
        """(id, text shown, more text the filter finds, e.g. the names in the other languages)."""
        ticked = set(self.form_value())
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, text, also in items:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setData(SEARCH_ROLE, fold(f"{text} {also}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        long = self.list.count() > self.filter_from
        self.filter.setVisible(long)
        self.setFocusProxy(self.filter if long else self.list)
        self.apply_filter()
        self._update_summary()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def form_value(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_form_value(self, value: Any) -> None:
        wanted = set(value or ())
        self.list.blockSignals(True)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_summary()

    def set_texts(self, filter_hint: str, none_text: str, some_text: str) -> None:
        """The filter's hint, the line when nothing is ticked, and "%1 of %2 ticked"."""
        self.filter.setPlaceholderText(filter_hint)
        self.none_text, self.some_text = none_text, some_text
        self._update_summary()

    def apply_filter(self) -> None:
        wanted = fold(self.filter.text().strip())
        for item in self.items():
            item.setHidden(bool(wanted) and wanted not in item.data(SEARCH_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            visible = [item for item in self.items() if not item.isHidden()]
            if visible:
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                self.list.setCurrentItem(visible[0])
            return True
        return super().eventFilter(watched, event)

    def _ticked(self, _item: QListWidgetItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        ticked = len(self.form_value())
        self.summary.setText(self.none_text if not ticked else self.some_text.replace("%1", str(ticked)).replace(
            "%2", str(self.list.count())))


class EntryList(QWidget):
    """(kind, title) entries: choose the kind, type the title, Enter adds it (the kind's name when no title is
    typed); Delete removes the selected entry. The value is a list of [kind, title]."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        row.addWidget(self.kind)
        row.addWidget(self.title, 1)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("list")
        layout.addWidget(self.list)
        self.setFocusProxy(self.kind)
        self.list.installEventFilter(self)
        self.title.installEventFilter(self)

    def set_kinds(self, kinds: Sequence[tuple[str, str]]) -> None:
        current = self.kind.currentData()
        self.kind_names = dict(kinds)
        self.kind.clear()
        for code, name in kinds:
            self.kind.addItem(name, code)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.set_form_value(self.form_value())

    def add_typed(self) -> None:
        kind = self.kind.currentData()
        title = " ".join(self.title.text().split()) or self.kind_names.get(kind, "")
        if kind is None or not title:
            return
        self._add(kind, title)
        self.list.setCurrentRow(self.list.count() - 1)
        self.title.clear()
        self.changed.emit()

    def _add(self, kind: str, title: str) -> None:
        name = self.kind_names.get(kind, kind)
        item = QListWidgetItem(title if fold(title) == fold(name) else f"{title} — {name}", self.list)
        item.setData(Qt.ItemDataRole.UserRole, [kind, title])

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            if watched is self.list and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
            if watched is self.title and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_typed()  # taken here so that Enter never reaches the dialog's default button
                return True
        return super().eventFilter(watched, event)

    def form_value(self) -> list[list[str]]:
        return [list(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def set_form_value(self, value: Any) -> None:
        self.list.clear()
        for kind, title in value or ():
            self._add(kind, title)
