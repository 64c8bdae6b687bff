"""A programme's checklist for site visits: one item a row in Russian, Kazakh and English (Insert adds a row,
Delete removes the chosen one); visits already made keep the words they were asked in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services import visits
from fieldapp.ui import errors, i18n, style
from fieldapp.ui.form import TYPING, finish_editing
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.ui.text_fit import fit_choices
from fieldapp.validation import Invalid


class ChecklistDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChecklistDialog")
        self.ops = ops
        self.form: visits.ChecklistForm | None = None
        self.resize(860, 520)
        self.programme = QComboBox(self)
        self.programme.setObjectName("programmeCombo")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("checklistTable")
        self.table.setEditTriggers(TYPING)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel(self)
        self.problem.setObjectName("checklistProblem")
        self.problem.setStyleSheet(f"color: {style.error_colour().name()};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.programme, self.hint, self.table, self.problem, buttons):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=self.add_row,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.remove_row,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.programme.currentIndexChanged.connect(lambda _i: self._show())
        fit_choices(self)
        self.retranslate()
        lang = i18n.current_language()
        ops.read(lambda s: visits.checklist_form(s, lang), success=self._loaded)

    def _loaded(self, form: visits.ChecklistForm) -> None:
        self.form = form
        self.programme.blockSignals(True)
        for programme in form.programmes:
            self.programme.addItem(programme.name, programme.id)
        self.programme.blockSignals(False)
        self._show()
        self.table.setFocus()

    def _show(self) -> None:
        if self.form is None:
            return
        rows = self.form.items.get(self.programme.currentData(), ())
        self.table.setRowCount(0)
        for ru, kk, en in rows:
            self.add_row((ru, kk, en))
        self.table.setCurrentCell(0, 0)

    def add_row(self, texts: tuple[str, str, str] = ("", "", "")) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))
        if not any(texts):
            self.table.setCurrentCell(row, 0)

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def rows(self) -> list[tuple[str, str | None, str | None]]:
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c).text().strip() if self.table.item(row, c) else "" for c in range(3)]
            if any(cells):
                found.append((cells[0], cells[1] or None, cells[2] or None))
        return found

    def save(self) -> None:
        finish_editing(self.table)
        programme_id, rows = self.programme.currentData(), self.rows()
        if programme_id is None:
            return
        self.ops.write(lambda s: visits.set_checklist(s, programme_id, rows), success=lambda _r: self.accept(),
                       failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Invalid):
            self.problem.setText(problem(exc))
            return
        errors.show_error(self, exc)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Checklist of site visits"))
        self.hint.setText(self.tr("One item a row, in Russian (required), Kazakh and English. Insert adds a row, "
                                  "Delete removes one. Visits already recorded keep their own words."))
        self.table.setHorizontalHeaderLabels([self.tr("Russian"), self.tr("Kazakh"), self.tr("English")])
