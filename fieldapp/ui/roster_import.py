"""Import participants from a list: choose the file, check the columns (change any by hand), read the
preview row by row with the row numbers of Excel, then confirm: all accepted rows in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from fieldapp.imports import roster
from fieldapp.ui import errors, style
from fieldapp.ui.forms.ui_roster_import_dialog import Ui_RosterImportDialog
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import text_for

TABLES = {"person", "consent", "registration"}


class RosterImportDialog(QDialog):
    def __init__(self, ops: Operations, training_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterImportDialog()
        self.ui.setupUi(self)
        self.ops = ops
        self.training_id = training_id
        self.preview: roster.RosterPreview | None = None
        self.mapping: dict[str, int] = {}
        self._filling = False
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.fileEdit.returnPressed.connect(lambda: self.load(self.ui.fileEdit.text()))
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.mappingTable.setColumnCount(2)
        self.ui.mappingTable.verticalHeader().hide()
        self.ui.mappingTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.previewTable.setColumnCount(4)
        self.ui.previewTable.verticalHeader().hide()
        self.ui.previewTable.horizontalHeader().setStretchLastSection(True)
        self.retranslate()
        self.import_button().setEnabled(False)
        if training_id:
            ops.read(self._training_name, success=lambda text: self.ui.trainingLabel.setText(
                self.tr("Everyone imported is also registered for: %1").replace("%1", text)))

    def _training_name(self, session: Any) -> str:
        from fieldapp.services import trainings

        training = trainings.get_live(session, self.training_id)
        return f"{training.number or ''} {training.title}".strip()

    def import_button(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("List of participants"), "",
                                              self.tr("Tables (*.xlsx *.csv *.txt);;All files (*)"))
        if name:
            self.ui.fileEdit.setText(name)
            self.load(name)

    def load(self, path: str, mapping: dict[str, int] | None = None) -> None:
        """Read and check the file (nothing is written); show the columns found and every row's outcome."""
        if not path.strip():
            return
        chosen = dict(mapping or {})

        def work(session: Any) -> roster.RosterPreview:
            return roster.preview(session, Path(path), mapping=chosen or None)

        self.import_button().setEnabled(False)
        self.ops.read(work, success=self._previewed, failure=self._unreadable, progress=self.tr("Reading the list…"))

    def _unreadable(self, exc: BaseException) -> None:
        from fieldapp.imports.tabular import TableError

        if isinstance(exc, TableError):
            self.ui.summaryLabel.setStyleSheet(f"color: {style.error_colour().name()};")
            self.ui.summaryLabel.setText(str(exc))
            return
        errors.show_error(self, exc)

    def _previewed(self, preview: roster.RosterPreview) -> None:
        self.preview = preview
        self.mapping = dict(preview.table.columns)
        self._show_mapping(preview)
        table = self.ui.previewTable
        table.setRowCount(0)
        actions = {"add": self.tr("add"), "match": self.tr("already known"), "reject": self.tr("rejected")}
        for result in preview.rows:
            row = table.rowCount()
            table.insertRow(row)
            problems = "; ".join(text_for(p.code, p.message) for p in result.problems)
            if result.matched_row:
                problems = self.tr("same person as row %1").replace("%1", str(result.matched_row)) + (
                    "; " + problems if problems else "")
            cells = [str(result.number), actions[result.action], result.name, problems]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if result.action == "reject":
                    item.setForeground(style.error_colour())
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        self.ui.summaryLabel.setStyleSheet("")
        self.ui.summaryLabel.setText(
            self.tr("Header on row %1. %2 to add, %3 already known, %4 rejected, %5 rows with warnings.")
            .replace("%1", str(preview.table.header_row)).replace("%2", str(preview.count("add")))
            .replace("%3", str(preview.count("match"))).replace("%4", str(preview.count("reject")))
            .replace("%5", str(sum(1 for r in preview.rows if r.problems and r.action != "reject"))))
        accepted = preview.count("add") + preview.count("match")
        self.import_button().setText(self.tr("Import %1").replace("%1", str(accepted)))
        self.import_button().setEnabled(accepted > 0)

    def _show_mapping(self, preview: roster.RosterPreview) -> None:
        self._filling = True
        headers = preview.table.headers
        table = self.ui.mappingTable
        table.setRowCount(0)
        for spec in roster.FIELDS:
            row = table.rowCount()
            table.insertRow(row)
            label = QTableWidgetItem(self.field_name(spec.key))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, label)
            combo = QComboBox(table)
            combo.addItem("—", None)
            for index, heading in enumerate(headers):
                combo.addItem(f"{chr(65 + index) if index < 26 else index + 1}: {heading}", index)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(spec.key)), 0))
            combo.currentIndexChanged.connect(lambda _i, key=spec.key, box=combo: self._remap(key, box))
            table.setCellWidget(row, 1, combo)
        self._filling = False

    def _remap(self, key: str, combo: QComboBox) -> None:
        if self._filling:
            return
        column = combo.currentData()
        mapping = {k: v for k, v in self.mapping.items() if k != key and v != column}
        if column is not None:
            mapping[key] = column
        self.load(self.ui.fileEdit.text(), mapping)

    def field_name(self, key: str) -> str:
        return {
            "full_name": self.tr("Full name"), "last_name": self.tr("Surname"), "first_name": self.tr("First name"),
            "patronymic": self.tr("Patronymic"), "sex": self.tr("Sex"), "birth_date": self.tr("Date of birth"),
            "birth_year": self.tr("Year of birth"), "settlement": self.tr("Settlement"), "phone": self.tr("Phone"),
            "iin": self.tr("IIN"), "organisation": self.tr("Organisation or group"), "consent": self.tr("Consent"),
            "notes": self.tr("Notes"),
        }.get(key, key)

    def confirm(self) -> None:
        preview, training_id = self.preview, self.training_id
        if preview is None:
            return
        self.import_button().setEnabled(False)

        def done(result: roster.ImportResult) -> None:
            self.result_summary = result
            self.accept()

        self.ops.write(lambda session: roster.commit(session, preview, training_id=training_id), tables=TABLES,
                       reason=f"people imported from {preview.table.path.name}", success=done,
                       failure=lambda exc: errors.show_error(self, exc), progress=self.tr("Importing…"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.mappingTable.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column")])
        self.ui.previewTable.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Outcome"), self.tr("Name"),
                                                        self.tr("Problems")])
        self.import_button().setText(self.tr("Import"))
