"""The audit trail of one record: who changed what and when, oldest first (Ctrl+H on a list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_datetime
from fieldapp.ui import i18n, labels
from fieldapp.ui.list_model import changes_text
from fieldapp.ui.operations import Operations

#: the lists whose records have a history, and the table each one shows
HISTORY_TABLES = {
    "localities": "locality",
    "people": "person",
    "trainings": "training",
    "applications": "application",
    "calls": "grant_call",
    "agreements": "agreement",
    "site_visits": "site_visit",
}


def _history(table: str, row_id: str, lang: str):
    def query(session: Any) -> list[Any]:
        from fieldapp.services.history import record_history

        return record_history(session, table, row_id, lang)

    return query


class HistoryDialog(QDialog):
    def __init__(self, ops: Operations, list_name: str, row_id: str, record: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.table_name = HISTORY_TABLES[list_name]
        self.changes: list[Any] | None = None
        self.setWindowTitle(self.tr("History: %1").replace("%1", record))
        self.resize(900, 420)
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes"), self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # the changes column has one line per field
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        ops.read(_history(self.table_name, row_id, i18n.current_language()), success=self.show_changes)

    def show_changes(self, changes: list[Any]) -> None:
        self.changes = changes
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            fields = {name: [old, new] for name, old, new in change.fields}
            whole = changes_text(fields, "\n", self.table_name, change.kinds, change.names, width=None)
            cells = [format_datetime(change.at), change.user or "", labels.value_label(change.kind),
                     changes_text(fields, "\n", self.table_name, change.kinds, change.names),
                     labels.reason_text(change.reason)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(whole if column == 3 else text)  # long texts are cut in the cell, whole here
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()  # one line per changed field
        if changes:
            self.status.setText(self.tr("%n change(s) of this record, oldest first.", "", len(changes)))
        else:
            self.status.setText(self.tr("No changes recorded for this record."))
