"""Confirming payments from the bank's or 1C's statement: the plan row by row (what each line pays, or why it
pays nothing, in the interface language), then one click records every matched payment in one transaction
(``services/bank_statement.py``). Nothing is written until then."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date, format_money
from fieldapp.ui import errors
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem

translate = QCoreApplication.translate


def choose_statement(parent: QWidget) -> str | None:
    """The file chooser for a statement (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("Statement", "Import bank statement"), "",
        translate("Statement", "Bank statements (*.csv *.txt *.xlsx);;All files (*)"))
    return path or None


class StatementDialog(QDialog):
    """The plan of a statement, and Record to apply it."""

    def __init__(self, ops: Operations, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.path = path
        self.plan: Any = None
        self.failure: str | None = None
        self.loaded = False
        self.setObjectName("StatementDialog")
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("plan")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # a wrapped reason's height follows its column's width, known once the dialog is laid out
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.record_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setEnabled(False)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate()

        def question(session: Any) -> Any:
            from fieldapp.services import bank_statement

            return bank_statement.plan(session, bank_statement.read_statement(path))

        # the plan runs the payment rule in a savepoint it rolls back: a write that writes nothing
        ops.write(question, success=self._planned, failure=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import bank statement"))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Agreement"), self.tr("Tranche"),
                                              self.tr("Amount"), self.tr("Date"), self.tr("Document / result")])
        if self.plan is not None:
            self._fill(self.plan)
        elif self.failure is not None:
            self.summary.setText(self.failure)
        else:
            self.heading.setText(self.tr("Checking %1…").replace("%1", self.path.name))
            self.record_button.setText(self.tr("Record payments"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.layout().activate()
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _planned(self, plan: Any) -> None:
        self.plan = plan
        self.loaded = True
        self._fill(plan)
        self.record_button.setEnabled(bool(plan.matched))
        (self.record_button if plan.matched else self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
         ).setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.loaded = True
        if not hasattr(exc, "code"):
            errors.show_error(self, exc)
        self.failure = problem(exc) if hasattr(exc, "code") else str(exc)
        self.heading.setText(self.tr("%1 cannot be read as a bank statement").replace("%1", self.path.name))
        self.summary.setText(self.failure)
        self.record_button.setEnabled(False)

    def _fill(self, plan: Any) -> None:
        self.heading.setText(self.tr("%1, rows: %2. Each outgoing payment is matched to an unpaid tranche by the "
                                     "agreement number in its purpose and its amount; nothing is recorded until you "
                                     "confirm.").replace("%1", self.path.name)
                             .replace("%2", str(len(plan.statement.rows))))
        lines: list[tuple[int, list[str], bool]] = []
        for m in plan.matched:
            lines.append((m.row.number, [str(m.row.number), m.agreement, str(m.tranche_number),
                                         format_money(m.amount), format_date(m.paid_on),
                                         self.tr("To record: payment order %1").replace("%1", m.reference)], True))
        for u in plan.unmatched:
            row = u.row
            lines.append((row.number, [str(row.number), u.agreement or "", "",
                                       format_money(row.amount) if row.amount is not None else "",
                                       format_date(row.paid_on) if row.paid_on else "", problem(u.problem)], False))
        lines.sort(key=lambda line: line[0])
        self.table.setRowCount(len(lines))
        for r, (_number, values, matched) in enumerate(lines):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c in (0, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not matched and c == 5:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("Payments to record: %1 (%2). Rows not matched: %3.")
                             .replace("%1", str(len(plan.matched))).replace("%2", format_money(plan.total))
                             .replace("%3", str(len(plan.unmatched))))
        self.record_button.setText(self.tr("Record the payments (%1)").replace("%1", str(len(plan.matched))))

    def record(self) -> None:
        if self.plan is None or not self.plan.matched:
            return
        from fieldapp.services import bank_statement, reasons

        plan = self.plan
        self.record_button.setEnabled(False)
        self.ops.write(lambda s: bank_statement.apply(s, plan.statement, plan),
                       reason=reasons.coded("import.payments", self.path.name), success=lambda _done: self.accept(),
                       failure=self._refused)

    def _refused(self, exc: BaseException) -> None:
        if not hasattr(exc, "code"):
            errors.show_error(self, exc)
        self.summary.setText(problem(exc) if hasattr(exc, "code") else str(exc))
        self.record_button.setEnabled(False)
