"""Grant agreements: the list with what was paid and the balance; New makes one from an approved application,
Enter opens it (a draft can be edited), and the actions record a tranche's payment, sign it and print it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from fieldapp.ui import choose, errors, printing
from fieldapp.ui.list_page import ListPage
from fieldapp.ui.pages import register

#: the languages an agreement prints in, as the print chooser lists them
PRINT_LANGUAGES = ("ru", "kk", "en", "ru+kk")




@register
class AgreementsPage(ListPage):
    order = 60
    key = "agreements"
    icon_name = "mdi6.handshake-outline"
    list_name = "agreements"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_version = ""  # the status line of the last print: which version it is, what changed
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_agreement)
        # Enter opens it (the list's activation); Ctrl+E is the window's Export to Excel (QA 35: both on Ctrl+E, Qt
        # ran neither on this page)
        self.edit_action = self._action(QKeySequence(), self.open_selected)
        self.pay_action = self._action(QKeySequence("Ctrl+Shift+P"), self.record_payment)
        self.sign_action = self._action(QKeySequence("Ctrl+Shift+S"), self.sign)
        self.print_action = self._action(QKeySequence.StandardKey.Print, self.print_agreement)
        self.statement_action = self._action(QKeySequence("Ctrl+Shift+B"), self.import_statement)
        self.amendments_action = self._action(QKeySequence("Ctrl+Shift+A"), self.amendments)
        self.copy_action = self._action(QKeySequence("Ctrl+Shift+O"), self.open_copy)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_action, self.edit_action, self.pay_action, self.sign_action,
                                 self.copy_action, self.amendments_action, self.print_action, self.statement_action])
        from fieldapp.ui.paper_projects_menu import PaperProjectsButton

        self.paper_projects = PaperProjectsButton(self, self.toolbar)  # import the paper register, or one by hand
        self.toolbar.addWidget(self.paper_projects)
        self.layout().insertWidget(0, self.toolbar)
        self.panel.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        # a list refreshed after a write selects its row again, then makes it current
        self.panel.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.panel.model.modelReset.connect(self._update_actions)
        self._update_actions()
        self.retranslate()

    def _action(self, keys: Any, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _update_actions(self) -> None:
        chosen = self.panel.current_id() is not None
        for action in (self.edit_action, self.pay_action, self.sign_action, self.print_action, self.copy_action,
                       self.amendments_action):
            action.setEnabled(chosen)

    def title(self) -> str:
        return self.tr("Agreements")

    def empty_text(self) -> str:
        return self.tr("No grant agreements yet. An agreement is made for each funded application (Ctrl+N).")

    def retranslate(self) -> None:
        super().retranslate()
        for action, text, tip in (
            (self.new_action, self.tr("&New…"), self.tr("Make the agreement of an approved application (Ctrl+N)")),
            (self.edit_action, self.tr("&Open…"), self.tr("Open the selected agreement (Enter)")),
            (self.pay_action, self.tr("Record a &payment…"), self.tr("Record a tranche's payment (Ctrl+Shift+P)")),
            (self.sign_action, self.tr("&Signed…"),
             self.tr("Record that both parties signed and attach the scanned copy (Ctrl+Shift+S)")),
            (self.copy_action, self.tr("Signed &copy"), self.tr("Open the scanned signed copy (Ctrl+Shift+O)")),
            (self.amendments_action, self.tr("&Amendments…"),
             self.tr("Amendments of a signed agreement: amend, sign, print (Ctrl+Shift+A)")),
            (self.print_action, self.tr("P&rint…"), self.tr("Print the agreement (Ctrl+P)")),
            (self.statement_action, self.tr("Import &bank statement…"),
             self.tr("Confirm payments from the bank's or 1C's statement (Ctrl+Shift+B)")),
        ):
            action.setText(text)
            action.setToolTip(tip)

    # -- actions --------------------------------------------------------------------------------------------
    def open_record(self, row_id: str) -> None:
        from fieldapp.ui.agreement_dialog import AgreementDialog

        if self.ops is None:
            return
        self.dialog = AgreementDialog(self.ops, row_id, self)
        self.dialog.open()

    def open_selected(self) -> None:
        row_id = self.panel.current_id()
        if row_id is not None:
            self.open_record(row_id)

    def new_agreement(self, application_id: str | None = None) -> None:
        """Choose an approved application without an agreement; the agreement is made and opened."""
        if self.ops is None:
            return
        if application_id is not None:
            self._make(application_id)
            return

        def chosen(found: list[tuple[str, str, str]]) -> None:
            if not found:
                self.message_box = QMessageBox(QMessageBox.Icon.Information, self.tr("New agreement"),
                                               self.tr("Every approved application has its agreement."),
                                               QMessageBox.StandardButton.Close, self)
                self.message_box.open()
                return
            items = [f"{number} — {title}" for _id, number, title in found]
            item = choose.choose_item(self, self.tr("New agreement"), self.tr("Approved application"), items)
            if item is not None:
                self._make(found[items.index(item)][0])

        def question(session: Any) -> list[tuple[str, str, str]]:
            from fieldapp.services import agreements

            return agreements.approved_without_agreement(session)

        self.ops.read(question, success=chosen)

    def _make(self, application_id: str) -> None:
        from fieldapp.services import reasons

        def work(session: Any) -> str:
            from fieldapp.services import agreements

            return agreements.make_agreement(session, application_id)

        assert self.ops is not None
        self.ops.write(work, reason=reasons.coded("agreement.made"), success=self._made,
                       failure=lambda exc: errors.show_error(self, exc))

    def _made(self, agreement_id: str) -> None:
        self.panel.show_record(agreement_id)
        self.open_record(agreement_id)

    def record_payment(self) -> None:
        from fieldapp.ui.agreement_dialog import PaymentDialog

        row_id = self.panel.current_id()
        if row_id is None or self.ops is None:
            return
        self.dialog = PaymentDialog(self.ops, row_id, self)
        self.dialog.open()

    def import_statement(self) -> None:
        """Choose the bank's or 1C's statement; its plan is shown before anything is recorded."""
        from fieldapp.ui import statement_dialog

        if self.ops is None:
            return
        path = statement_dialog.choose_statement(self)
        if path:
            self.dialog = statement_dialog.StatementDialog(self.ops, Path(path), self)
            self.dialog.open()

    def sign(self) -> None:
        from fieldapp.ui.amendment_dialog import SignedCopyDialog

        row_id = self.panel.current_id()
        if row_id is None or self.ops is None:
            return
        self.dialog = SignedCopyDialog(self.ops, row_id, self)
        self.dialog.open()

    def open_copy(self) -> None:
        from fieldapp.ui.amendment_dialog import open_signed_copy

        row_id = self.panel.current_id()
        if row_id is not None and self.ops is not None:
            open_signed_copy(self, self.ops, "agreement", row_id)

    def amendments(self) -> None:
        from fieldapp.ui.amendment_list import AmendmentsDialog

        row_id = self.panel.current_id()
        if row_id is None or self.ops is None:
            return
        self.dialog = AmendmentsDialog(self.ops, row_id, self)
        self.dialog.open()

    def print_agreement(self, lang: str | None = None) -> None:
        row_id = self.panel.current_id()
        if row_id is None or self.ops is None:
            return
        if lang is None:
            names = [self.language_name(code) for code in PRINT_LANGUAGES]
            item = choose.choose_item(self, self.tr("Print the agreement"), self.tr("Language"), names)
            if item is None:
                return
            lang = PRINT_LANGUAGES[names.index(item)]
        chosen = lang

        def prepare(session: Any, _default: str) -> Any:
            from fieldapp.documents.agreement import agreement_data

            return agreement_data(session, row_id, chosen)

        def render(data: Any, path: Path) -> Any:
            from fieldapp.documents.agreement import render_agreement

            return render_agreement(data, path)

        def record(session: Any, data: Any, pdf: bytes) -> Any:
            from fieldapp.services import agreement_versions

            return agreement_versions.record(session, row_id, chosen, data, pdf)

        from fieldapp.services import reasons

        printing.print_prepared(self, self.ops, self.tr("agreement"), prepare, render,
                                reasons.coded("printed.agreement", chosen), shown=self._shown, record=record,
                                recorded=self._version_kept)

    def _version_kept(self, printed: Any) -> None:
        """Which version the print is, and what changed since the one before, in the status bar."""
        from fieldapp.ui import labels

        if not printed.new:
            text = self.tr("Agreement %1: version %2, the same as printed before")
        elif printed.changed:
            text = self.tr("Agreement %1: version %2; changed since the version before: %3")
        else:
            text = self.tr("Agreement %1: version %2")
        changed = ", ".join(labels.agreement_data_field(key) for key in printed.changed)
        self.last_version = text.replace("%1", printed.agreement).replace("%2", str(printed.version)).replace(
            "%3", changed)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.last_version, 15000)

    def _shown(self, preview: Any) -> None:
        self.dialog = preview

    def language_name(self, code: str) -> str:
        return {"ru": self.tr("Russian"), "kk": self.tr("Kazakh"), "en": self.tr("English"),
                "ru+kk": self.tr("Russian | Kazakh, side by side")}[code]
