"""The scanned signed copy of an agreement and the forms of its amendments (services/amendments.py): "Signed…"
records the date and attaches the scan (a draft is signed and locked; a signed agreement without a copy takes it
later); a new amendment (the changed clauses and the reason); its signing (its changes then apply). The list of
an agreement's amendments is ``ui/amendment_list.py``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date, format_money
from fieldapp.ui import errors
from fieldapp.ui.agreement_dialog import (
    AgreementFormDialog,
    TrancheTable,
    _bic,
    _iban,
    _iin,
    _line,
    check_tranches,
)
from fieldapp.ui.application_dialog import check_date
from fieldapp.ui.form import FormDialog
from fieldapp.ui.operations import Operations
from fieldapp.validation import check_money

translate = QCoreApplication.translate
PRINT_LANGUAGES = ("ru", "kk", "en", "ru+kk")


def choose_scan(parent: QWidget) -> str | None:
    """The scanned copy's file (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("Amendments", "The scanned signed copy"), "",
        translate("Amendments", "Scans (*.pdf *.jpg *.jpeg *.png)"))
    return path or None


def open_file(path: Path) -> bool:
    """Open a stored file in the system's viewer (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ScanField(QWidget):
    """A file name with a Browse… button, as a form field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(self)
        self.path.setObjectName("scanPath")
        self.browse = QPushButton(self)
        self.browse.setObjectName("browse")
        layout.addWidget(self.path, 1)
        layout.addWidget(self.browse)
        self.path.textChanged.connect(lambda _t: self.changed.emit())
        self.browse.clicked.connect(self._browse)
        self.setFocusProxy(self.path)
        self.retranslate()

    def retranslate(self) -> None:
        self.browse.setText(translate("Amendments", "&Browse…"))

    def _browse(self) -> None:
        chosen = choose_scan(self)
        if chosen:
            self.path.setText(chosen)

    def form_value(self) -> str:
        return self.path.text().strip()

    def set_form_value(self, value: Any) -> None:
        self.path.setText(str(value or ""))


def _scan(text: str) -> Path:
    return Path(text)


class _SigningDialog(FormDialog):
    """What both signing dialogs ask: a note, the date of signing and the scanned copy; Save and Cancel."""

    def _date_and_scan(self) -> None:
        outer = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        form = QFormLayout()
        outer.addLayout(form)
        self.signed_on = QLineEdit(self)
        self.signed_on.setObjectName("signed_on")
        self.scan = ScanField(self)
        self.scan.setObjectName("scan")
        self.captions = [_line("", self.signed_on, form), _line("", self.scan, form)]
        self.bind(form, "signed_on", self.signed_on, required=True, check=check_date)
        self.bind(form, "file", self.scan, check=_scan)
        self.add_save_cancel(outer)
        self.retranslate_form()
        self.set_values({"signed_on": format_date(dt.date.today()), "file": ""}, initial=True)


class SignedCopyDialog(_SigningDialog):
    """Both parties signed: the date and the scanned copy. A draft gets its official number and is locked; an
    agreement signed earlier without a copy takes it now (its date stays)."""

    def __init__(self, ops: Operations, agreement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"sign:{agreement_id}", parent)
        self.agreement_id = agreement_id
        self.signed = False
        self.setObjectName("SignedCopyDialog")
        self._date_and_scan()
        self.loaded = False

        def question(session: Any) -> Any:
            from fieldapp.services import agreements

            return agreements.agreement_form(session, agreement_id)

        ops.read(question, success=self._loaded)

    def _loaded(self, form: Any) -> None:
        self.signed = form.status != "draft"
        if self.signed:  # signed earlier without a copy: its date stays, the copy is what is added
            self.set_values({"signed_on": format_date(form.signed_on), "file": ""}, initial=True)
            self.signed_on.setReadOnly(True)
            self.fields["file"].required = True
            self.scan.setFocus()
        self.retranslate_form()
        self._mark_required()
        self.loaded = True

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Agreement signed"))
        if self.signed:
            self.note.setText(self.tr("The agreement is signed. Attach the scanned signed copy (PDF, JPEG or PNG)."))
        else:
            self.note.setText(self.tr("Record the day both parties signed and attach the scanned signed copy (PDF, "
                                      "JPEG or PNG). The agreement gets its official number and is locked: a later "
                                      "change needs an amendment."))
        self.captions[0].setText(self.tr("&Signed on (dd.mm.yyyy)"))
        self.captions[1].setText(self.tr("Scanned &copy"))
        self.scan.retranslate()

    def save_work(self, session: Any, values: dict[str, Any]) -> Any:
        from fieldapp.services import agreements, amendments, attachments

        if values.get("file"):
            return amendments.attach_signed_copy(session, attachments.AttachmentStore.of(session), self.agreement_id,
                                                 values["file"], values["signed_on"])
        return agreements.sign(session, self.agreement_id, values["signed_on"])


def open_signed_copy(parent: QWidget, ops: Operations, subject_table: str, subject_id: str) -> None:
    """Open the latest scanned copy in the system's viewer, or say there is none (yet, on this computer)."""
    from PySide6.QtWidgets import QMessageBox

    def question(session: Any) -> Path | None:
        from fieldapp.services import amendments, attachments

        store = attachments.AttachmentStore.of(session)
        copy = amendments.signed_copy(session, store, subject_table, subject_id)
        return store.path(copy.sha256) if copy is not None and copy.available else None

    def answered(path: Path | None) -> None:
        if path is not None:
            open_file(path)
            return
        parent.message_box = QMessageBox(  # type: ignore[attr-defined]
            QMessageBox.Icon.Information, translate("Amendments", "Scanned signed copy"),
            translate("Amendments", "No scanned signed copy is attached on this computer yet."),
            QMessageBox.StandardButton.Close, parent)
        parent.message_box.open()  # type: ignore[attr-defined]

    ops.read(question, success=answered, failure=lambda exc: errors.show_error(parent, exc))


# the fields an amendment changes, on the dialog's two tabs
TERMS = ("amount", "starts_on", "ends_on", "tranches")
DETAILS = ("representative_name", "representative_position", "representative_iin", "representative_document",
           "grantee_address", "iban", "bank", "bic")


class AmendDialog(AgreementFormDialog):
    """A new amendment: the clauses as they are, to be changed, and the reason (required). Only what differs is
    recorded; nothing applies until the amendment is signed."""

    def __init__(self, ops: Operations, agreement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"amend:{agreement_id}", parent)
        self.agreement_id = agreement_id
        self.setObjectName("AmendDialog")
        self.resize(1060, 560)  # the schedule: the longest condition whole and room for the remark
        outer = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs)
        pages = [QWidget(self.tabs) for _ in range(2)]
        terms, details = (QFormLayout(page) for page in pages)
        for page in pages:
            self.tabs.addTab(page, "")
        self.widgets: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        reason = QPlainTextEdit(self)
        reason.setTabChangesFocus(True)
        reason.setMaximumHeight(70)
        self._add(terms, "reason", reason)
        for name in ("amount", "starts_on", "ends_on"):
            self._add(terms, name, QLineEdit(self))
        self._add(terms, "tranches", TrancheTable(self))
        for name in DETAILS:
            self._add(details, name, QLineEdit(self))
        checks = {"amount": check_money, "starts_on": check_date, "ends_on": check_date, "tranches": check_tranches,
                  "representative_iin": _iin, "iban": _iban, "bic": _bic}
        for name, widget in self.widgets.items():
            layout = terms if terms.indexOf(widget) >= 0 else details
            self.bind(layout, name, widget, required=name in ("reason", "amount", "starts_on", "ends_on"),
                      check=checks.get(name), limit="amendment.reason" if name == "reason" else None)
        self.add_save_cancel(outer)
        self.retranslate_form()
        self.load_agreement(ops, agreement_id, self._loaded)

    def _loaded(self, form: Any) -> None:
        self.form = form
        values = {name: form.values.get(name) or "" for name in DETAILS}
        values.update(reason="", amount=format_money(form.amount, sign=False), starts_on=format_date(
            form.values["starts_on"]), ends_on=format_date(form.values["ends_on"]))
        values["tranches"] = [{"amount": format_money(t.amount, sign=False), "condition_kind": t.condition_kind,
                               "due_on": format_date(t.due_on), "condition": t.condition or ""} for t in form.tranches]
        self.set_values(values, initial=True)
        self._fit_conditions()
        self.heading.setText(self.tr("Agreement %1 · %2 · paid %3. Change what the amendment changes and give "
                                     "the reason; the changes apply once the amendment is signed.")
                             .replace("%1", form.shown_number).replace("%2", format_money(form.amount))
                             .replace("%3", format_money(form.paid)))
        self.setEnabled(True)
        self.loaded = True
        self.widgets["reason"].setFocus()

    def _fit_conditions(self) -> None:
        table = self.widgets["tranches"]
        assert isinstance(table, TrancheTable)
        table.fit_conditions()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Amend the agreement"))
        self.tabs.setTabText(0, self.tr("&Reason, amount and term"))
        self.tabs.setTabText(1, self.tr("&Bank details and signatory"))
        words = {
            "reason": self.tr("Reason for the change"), "amount": self.tr("Grant amount, ₸"),
            "starts_on": self.tr("Starts (dd.mm.yyyy)"), "ends_on": self.tr("Ends (dd.mm.yyyy)"),
            "tranches": self.tr("Tranches"), "representative_name": self.tr("Representative (full name)"),
            "representative_position": self.tr("Position (for an organisation)"), "representative_iin": self.tr("IIN"),
            "representative_document": self.tr("Identity document"), "grantee_address": self.tr("Address"),
            "iban": self.tr("IBAN"), "bank": self.tr("Bank"), "bic": self.tr("BIC"),
        }
        for name, text in words.items():
            self.captions[name].setText(text)
        table = self.widgets["tranches"]
        assert isinstance(table, TrancheTable)
        table.retranslate()

    def save_work(self, session: Any, values: dict[str, Any]) -> Any:
        from fieldapp.services import amendments

        raw, initial = self.values(), self._initial
        changed = {name: values[name] for name in (*TERMS, *DETAILS) if raw[name] != initial.get(name)}
        return amendments.propose(session, self.agreement_id, values["reason"], changed)


class SignAmendmentDialog(_SigningDialog):
    """The amendment is signed: the date and, when at hand, its scanned copy; its changes then apply."""

    def __init__(self, ops: Operations, amendment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"sign-amendment:{amendment_id}", parent)
        self.amendment_id = amendment_id
        self.setObjectName("SignAmendmentDialog")
        self._date_and_scan()
        self.loaded = True

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Amendment signed"))
        self.note.setText(self.tr("Record the day both parties signed the amendment; its changes then apply to "
                                  "the agreement. Attach its scanned copy if you have it."))
        self.captions[0].setText(self.tr("&Signed on (dd.mm.yyyy)"))
        self.captions[1].setText(self.tr("Scanned &copy"))
        self.scan.retranslate()

    def save_work(self, session: Any, values: dict[str, Any]) -> Any:
        from fieldapp.services import amendments, attachments

        return amendments.sign_amendment(session, self.amendment_id, values["signed_on"],
                                         store=attachments.AttachmentStore.of(session), copy=values.get("file"))
