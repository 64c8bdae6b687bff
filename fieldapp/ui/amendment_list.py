"""An agreement's amendments, № 1 first, with what each changes (old → new) and why: write a new one, record its
signing (its changes then apply), withdraw one not signed yet, print it, open its scanned copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date, format_money
from fieldapp.ui import errors, labels, printing
from fieldapp.ui.amendment_dialog import AmendDialog, SignAmendmentDialog, open_signed_copy
from fieldapp.ui.form import FormDialog
from fieldapp.ui.operations import Operations

PRINT_LANGUAGES = ("ru", "kk", "en", "ru+kk")


def _value_text(name: str, value: Any) -> str:
    from decimal import Decimal

    from fieldapp.services import amendments

    if value in (None, ""):
        return "—"
    if name in amendments.MONEY_FIELDS:
        return format_money(Decimal(value))
    if name in amendments.DATE_FIELDS:
        return format_date(dt.date.fromisoformat(value))
    if name == "tranches":
        return " + ".join(format_money(Decimal(t["amount"])) for t in value)
    return str(value)


def change_text(change: Any) -> str:
    """``Ends: 13.09.2020 → 30.11.2020``."""
    return (f"{labels.field_label('agreement', change.field)}: {_value_text(change.field, change.old)} → "
            f"{_value_text(change.field, change.new)}")


class AmendmentsDialog(QDialog):
    """An agreement's amendments, № 1 first, with what each changes; New, Signed, Print, Withdraw, Open copy."""

    def __init__(self, ops: Operations, agreement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.agreement_id = agreement_id
        self.rows: list[Any] = []
        self.dialog: Any = None
        self.loaded = False
        self.setObjectName("AmendmentsDialog")
        self.resize(820, 420)
        outer = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("amendments")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        outer.addWidget(self.table)
        self.last_version = ""
        self.version_label = QLabel(self)  # which version a print is (agreement_versions)
        self.version_label.setObjectName("version")
        self.version_label.setWordWrap(True)
        self.version_label.setVisible(False)
        outer.addWidget(self.version_label)
        buttons = QHBoxLayout()
        self.new_button, self.sign_button, self.print_button, self.withdraw_button, self.copy_button = (
            QPushButton(self) for _ in range(5))
        for name, button in (("new", self.new_button), ("sign", self.sign_button), ("print", self.print_button),
                             ("withdraw", self.withdraw_button), ("copy", self.copy_button)):
            button.setObjectName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addWidget(self.close_buttons)
        outer.addLayout(buttons)
        self.close_buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.amend)
        self.sign_button.clicked.connect(self.sign)
        self.print_button.clicked.connect(lambda: self.print_amendment())
        self.withdraw_button.clicked.connect(self.withdraw)
        self.copy_button.clicked.connect(self.open_copy)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Amendments"))
        self.table.setHorizontalHeaderLabels([self.tr("№"), self.tr("Status"), self.tr("Changes"), self.tr("Reason")])
        for button, text in ((self.new_button, self.tr("&Amend…")), (self.sign_button, self.tr("&Signed…")),
                             (self.print_button, self.tr("&Print…")), (self.withdraw_button, self.tr("&Withdraw")),
                             (self.copy_button, self.tr("Open the signed &copy"))):
            button.setText(text)

    def refresh(self) -> None:
        def question(session: Any) -> tuple[Any, list[Any]]:
            from fieldapp.services import agreements, amendments

            return agreements.agreement_form(session, self.agreement_id), amendments.of_agreement(
                session, self.agreement_id)

        self.ops.read(question, success=self._loaded, failure=lambda exc: errors.show_error(self, exc))

    def _loaded(self, answer: tuple[Any, list[Any]]) -> None:
        form, rows = answer
        self.form, self.rows = form, rows
        self.heading.setText(self.tr("Agreement %1 · %2 · %3").replace("%1", form.shown_number)
                             .replace("%2", format_money(form.amount)).replace("%3", labels.value_label(form.status)))
        chosen = self.current()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = labels.value_label(row.status)
            if row.signed_on:
                status += " " + format_date(row.signed_on)
            changed = "\n".join(change_text(c) for c in row.changes)
            for column, text in enumerate((str(row.number), status, changed, row.reason)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if rows:
            ids = [r.id for r in rows]
            self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else len(rows) - 1)
        self._update_buttons()
        self.loaded = True

    def current(self) -> Any:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.current()
        signed = getattr(getattr(self, "form", None), "status", None) == "signed"
        self.new_button.setEnabled(signed and not any(r.status == "draft" for r in self.rows))
        self.sign_button.setEnabled(row is not None and row.status == "draft")
        self.withdraw_button.setEnabled(row is not None and row.status == "draft")
        self.print_button.setEnabled(row is not None)
        self.copy_button.setEnabled(row is not None and row.status == "signed")

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda _result: self.refresh())
        dialog.open()

    def amend(self) -> None:
        self._open(AmendDialog(self.ops, self.agreement_id, self))

    def sign(self) -> None:
        row = self.current()
        if row is not None:
            self._open(SignAmendmentDialog(self.ops, row.id, self))

    def withdraw(self) -> None:
        from fieldapp.ui.form import ask

        row = self.current()
        if row is None or not ask(self, self.tr("Withdraw the amendment"),
                                  self.tr("Withdraw amendment № %1? It is kept in the history; its number is not "
                                          "given again.").replace("%1", str(row.number))):
            return

        def work(session: Any) -> None:
            from fieldapp.services import amendments

            amendments.withdraw(session, row.id)

        self.ops.write(work, success=lambda _r: self.refresh(), failure=lambda exc: errors.show_error(self, exc))

    def open_copy(self) -> None:
        row = self.current()
        if row is not None:
            open_signed_copy(self, self.ops, "amendment", row.id)

    def print_amendment(self, lang: str | None = None) -> None:
        from fieldapp.ui import choose

        row = self.current()
        if row is None:
            return
        if lang is None:
            names = [self.language_name(code) for code in PRINT_LANGUAGES]
            item = choose.choose_item(self, self.tr("Print the amendment"), self.tr("Language"), names)
            if item is None:
                return
            lang = PRINT_LANGUAGES[names.index(item)]
        chosen, amendment_id, agreement_id = lang, row.id, row.agreement_id

        def prepare(session: Any, _default: str) -> Any:
            from fieldapp.documents.amendment import amendment_data

            return amendment_data(session, amendment_id, chosen)

        def render(data: Any, path: Path) -> Any:
            from fieldapp.documents.amendment import render_amendment

            return render_amendment(data, path)

        def record(session: Any, data: Any, pdf: bytes) -> Any:
            from fieldapp.services import agreement_versions

            return agreement_versions.record(session, agreement_id, chosen, data, pdf, amendment_id)

        def shown(preview: Any) -> None:
            self.dialog = preview

        from fieldapp.services import reasons

        printing.print_prepared(self, self.ops, self.tr("amendment"), prepare, render,
                                reasons.coded("printed.amendment", chosen), shown=shown, record=record,
                                recorded=self._version_kept)

    def _version_kept(self, printed: Any) -> None:
        """Which version of the amendment the print is, under the list."""
        text = (self.tr("Amendment № %1 to agreement %2: version %3") if printed.new else
                self.tr("Amendment № %1 to agreement %2: version %3, the same as printed before"))
        self.last_version = text.replace("%1", str(printed.amendment)).replace("%2", printed.agreement).replace(
            "%3", str(printed.version))
        self.version_label.setText(self.last_version)
        self.version_label.setVisible(True)

    def language_name(self, code: str) -> str:
        return {"ru": self.tr("Russian"), "kk": self.tr("Kazakh"), "en": self.tr("English"),
                "ru+kk": self.tr("Russian | Kazakh, side by side")}[code]
