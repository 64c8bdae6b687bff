"""An agreement on three tabs, so it fits a laptop's screen: the grantee and its representative, the bank details,
and the money (term, co-funding, the tranche schedule with the condition of each). A draft is edited; a signed
agreement is shown read-only with what was paid. Beside it: the payment of a tranche (the signing and amendments:
``ui/amendment_dialog.py``, ``ui/amendment_list.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date, format_money, parse_date
from fieldapp.ui import form as forms
from fieldapp.ui import labels
from fieldapp.ui.application_dialog import check_date
from fieldapp.ui.form import TYPING, FormDialog, changed_signal
from fieldapp.ui.operations import Operations
from fieldapp.validation import Invalid, check_money

translate = QCoreApplication.translate
CONDITIONS = ("advance", "progress", "completion")


class TrancheTable(QWidget):
    """The tranche schedule as a form field: amount, condition, due date, remark; a row is added with the button
    or by typing in the last empty row, removed with the button."""

    changed = Signal()
    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("tranches")
        self.table.setEditTriggers(TYPING)
        self.table.setTabKeyNavigation(True)
        header = self.table.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addTranche")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeTranche")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        self.setFocusProxy(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([translate("Agreements", "Amount, ₸"),
                                              translate("Agreements", "Paid when"),
                                              translate("Agreements", "Due (dd.mm.yyyy)"),
                                              translate("Agreements", "Remark")])
        self.add_button.setText(translate("Agreements", "&Add a tranche"))
        self.remove_button.setText(translate("Agreements", "Remo&ve the tranche"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                for index, code in enumerate(CONDITIONS):
                    combo.setItemText(index, labels.value_label(code))
        self.fit_conditions()

    def add_row(self, amount: str = "", kind: str = "progress", due: str = "", remark: str = "") -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, text in ((0, amount), (2, due), (3, remark)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        combo = QComboBox(self.table)
        for code in CONDITIONS:
            combo.addItem(labels.value_label(code), code)
        combo.setCurrentIndex(CONDITIONS.index(kind) if kind in CONDITIONS else 0)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 1, combo)
        self.table.blockSignals(False)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)  # the list opens as wide as its longest condition
        self.fit_conditions()
        self.changed.emit()

    def fit_conditions(self) -> None:
        """The condition column as wide as its longest condition's words (a paid tranche's reads whole; the
        agreement's form cut them: «Қол қойылғаннан кейін ава»)."""
        combos = [self.table.cellWidget(row, 1) for row in range(self.table.rowCount())]
        widths = [combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for combo in combos
                  if isinstance(combo, QComboBox) for i in range(combo.count())]
        self.table.setColumnWidth(1, max(widths, default=152) + 48)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def form_value(self) -> list[dict[str, Any]]:
        rows = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            values = {"amount": self._text(row, 0), "condition_kind": combo.currentData() if combo else "advance",
                      "due_on": self._text(row, 2), "condition": self._text(row, 3)}
            if values["amount"] or values["due_on"] or values["condition"]:
                rows.append(values)
        return rows

    def set_form_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for line in value or []:
            self.add_row(line.get("amount", ""), line.get("condition_kind", "advance"), line.get("due_on", ""),
                         line.get("condition", ""))


def check_tranches(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Amounts and dates as the core takes them (each row's problem names its number)."""
    clean = []
    for number, row in enumerate(rows, start=1):
        try:
            amount = check_money(row["amount"])
        except Invalid as exc:
            raise Invalid("tranche.line", exc.message, "tranches", {"number": number, "problem": exc.code}) from exc
        due = None
        if row["due_on"]:
            try:
                due = parse_date(row["due_on"])
            except ValueError as exc:
                raise Invalid("tranche.line", "A date is dd.mm.yyyy", "tranches",
                              {"number": number, "problem": "date.format"}) from exc
        clean.append({**row, "amount": amount, "due_on": due})
    return clean


def _line(label: str, widget: QWidget, layout: QFormLayout) -> QLabel:
    caption = QLabel(label)
    caption.setBuddy(widget)
    layout.addRow(caption, widget)
    return caption


class AgreementFormDialog(FormDialog):
    """A form over an agreement's fields (the agreement itself, or an amendment of it): fields added to a form
    layout with their captions, disabled until the agreement's form is read off the GUI thread and given to
    ``loaded``."""

    def load_agreement(self, ops: Operations, agreement_id: str, loaded: Callable[[Any], None]) -> None:
        self.setEnabled(False)
        self.loaded = False

        def question(session: Any) -> Any:
            from fieldapp.services import agreements

            return agreements.agreement_form(session, agreement_id)

        ops.read(question, success=loaded)

    def _add(self, layout: QFormLayout, name: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        self.widgets[name] = widget
        self.captions[name] = _line("", widget, layout)


class AgreementDialog(AgreementFormDialog):
    def __init__(self, ops: Operations, agreement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"agreement:{agreement_id}", parent)
        self.agreement_id = agreement_id
        self.form: Any = None
        self.setObjectName("AgreementDialog")
        self.resize(1060, 600)  # the schedule: the longest condition whole and room for the remark (as amending)
        outer = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs)
        self.widgets: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        pages = [QWidget(self.tabs) for _ in range(3)]
        self.layouts = [QFormLayout(page) for page in pages]
        for page in pages:
            self.tabs.addTab(page, "")
        grantee, bank, money = self.layouts
        kind = QComboBox(self)
        kind.addItem("", "group")
        kind.addItem("", "organisation")
        self._add(grantee, "grantee_kind", kind)
        for name in ("grantee_name", "grantee_bin", "grantee_address", "representative_name",
                     "representative_position", "representative_iin", "representative_document"):
            self._add(grantee, name, QLineEdit(self))
        for name in ("iban", "bank", "bic"):
            self._add(bank, name, QLineEdit(self))
        self.amount_label = QLabel(self)
        self.amount_label.setObjectName("amount")
        self.amount_caption = _line("", self.amount_label, money)
        for name in ("place", "starts_on", "ends_on", "akimat_cofunding", "community_inkind"):
            self._add(money, name, QLineEdit(self))
        hours = QSpinBox(self)
        hours.setRange(0, 1_000_000)
        self._add(money, "volunteer_hours", hours)
        self._add(money, "tranches", TrancheTable(self))
        self.paid_label = QLabel(self)
        self.paid_label.setObjectName("paid")
        money.addRow(self.paid_label)
        checks = {"grantee_bin": _bin, "representative_iin": _iin, "iban": _iban, "bic": _bic,
                  "starts_on": check_date, "ends_on": check_date, "akimat_cofunding": check_money,
                  "community_inkind": check_money, "tranches": check_tranches}
        for name, widget in self.widgets.items():
            layout = next(lay for lay in self.layouts if lay.indexOf(widget) >= 0)
            self.bind(layout, name, widget, check=checks.get(name))
            changed_signal(widget).connect(lambda *_: self._typed())  # what is missing follows what is typed
        self.add_save_cancel(outer)
        kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.retranslate_form()
        self.load_agreement(ops, agreement_id, self._loaded)

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Grant agreement"))
        for index, text in enumerate((self.tr("&Grantee"), self.tr("&Bank details"), self.tr("&Money and term"))):
            self.tabs.setTabText(index, text)
        words = {
            "grantee_kind": self.tr("Grantee is"), "grantee_name": self.tr("Organisation's name"),
            "grantee_bin": self.tr("BIN"), "grantee_address": self.tr("Address"),
            "representative_name": self.tr("Representative (full name)"),
            "representative_position": self.tr("Position (for an organisation)"),
            "representative_iin": self.tr("IIN"), "representative_document": self.tr("Identity document"),
            "iban": self.tr("IBAN"), "bank": self.tr("Bank"), "bic": self.tr("BIC"),
            "place": self.tr("Place of signing"), "starts_on": self.tr("Starts (dd.mm.yyyy)"),
            "ends_on": self.tr("Ends (dd.mm.yyyy)"), "akimat_cofunding": self.tr("Akimat co-funding, ₸"),
            "community_inkind": self.tr("Community contribution in kind, ₸"),
            "volunteer_hours": self.tr("Volunteer hours"), "tranches": self.tr("Tranches"),
        }
        for name, text in words.items():
            self.captions[name].setText(text)
        self.amount_caption.setText(self.tr("Grant amount"))
        kind = self.widgets["grantee_kind"]
        assert isinstance(kind, QComboBox)
        kind.setItemText(0, self.tr("the initiative group, through its representative"))
        kind.setItemText(1, self.tr("a partner organisation"))
        self.widgets["representative_document"].setToolTip(
            self.tr("Kind, number, issued by and on, e.g. удостоверение личности № 012345678, выдано МВД РК "
                    "01.02.2015"))
        table = self.widgets["tranches"]
        assert isinstance(table, TrancheTable)
        table.retranslate()
        if self.form is not None:
            self._show_form(self.form)

    def _kind_changed(self) -> None:
        organisation = self.fields["grantee_kind"].widget.currentData() == "organisation"
        for name in ("grantee_name", "grantee_bin", "representative_position"):
            self.fields[name].layout.setRowVisible(self.widgets[name], organisation)

    def _loaded(self, form: Any) -> None:
        self.form = form
        values = dict(form.values)
        for name in ("starts_on", "ends_on"):
            values[name] = format_date(values[name])
        for name in ("akimat_cofunding", "community_inkind"):
            values[name] = format_money(values[name], sign=False)
        values["tranches"] = [{"amount": format_money(t.amount, sign=False), "condition_kind": t.condition_kind,
                               "due_on": format_date(t.due_on), "condition": t.condition or ""}
                              for t in form.tranches]
        self.set_values(values, initial=True)
        self._show_form(form)
        self._kind_changed()
        self.setEnabled(True)
        for widget in self.widgets.values():
            widget.setEnabled(form.editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(form.editable)
        self.loaded = True
        first = "grantee_kind" if form.editable else None
        if first:
            self.widgets[first].setFocus()
            self.offer_draft()

    def _typed(self) -> None:
        if self.form is not None and self.loaded:
            self._show_form(self.form)

    def _missing(self, form: Any) -> list[str]:
        """What stops printing: the core's rule (``agreements.missing_in``) over the fields as typed now."""
        from fieldapp.services.agreements import PRINTED_FIELDS, missing_in

        values = self.values()
        try:
            amounts: list[Any] | None = [line["amount"] for line in check_tranches(values["tranches"])]
        except Invalid:
            amounts = None
        typed = {name: values[name].strip() if isinstance(values[name], str) else values[name]
                 for name in PRINTED_FIELDS}
        return missing_in(typed, form.group_name, amounts, form.amount)

    def _show_form(self, form: Any) -> None:
        status = labels.value_label(form.status)
        self.heading.setText(self.tr("Agreement %1 · application %2 · %3 · %4").replace("%1", form.shown_number)
                             .replace("%2", form.application_number).replace("%3", form.title).replace("%4", status))
        self.amount_label.setText(format_money(form.amount))
        paid = self.tr("Paid %1, balance %2.").replace("%1", format_money(form.paid)).replace(
            "%2", format_money(form.balance))
        missing = self._missing(form) if self.loaded else form.missing
        if missing:
            paid += " " + self.tr("Missing for printing: %1.").replace(
                "%1", ", ".join(labels.field_label("agreement", name) for name in missing))
        if not form.editable:
            paid += " " + self.tr("Signed: a change needs an amendment.")
        self.paid_label.setText(paid)
        self.paid_label.setWordWrap(True)

    def save_work(self, session: Any, values: dict[str, Any]) -> Any:
        from fieldapp.services import agreements

        return agreements.save_agreement(session, self.agreement_id, values)


def _bin(text: str) -> str:
    from fieldapp.validation import check_bin

    return check_bin(text)


def _iin(text: str) -> str:
    from fieldapp.validation import check_iin

    return check_iin(text)


def _iban(text: str) -> str:
    from fieldapp.validation import check_iban

    return check_iban(text)


def _bic(text: str) -> str:
    from fieldapp.services.agreements import check_bic

    return check_bic(text)


class PaymentDialog(FormDialog):
    """Record a tranche's payment: the tranche (the next unpaid one first), date, amount, payment order; the head
    office may pay a tranche whose condition is unmet by giving its reason."""

    def __init__(self, ops: Operations, agreement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"payment:{agreement_id}", parent)
        self.agreement_id = agreement_id
        self.form: Any = None
        self.setObjectName("PaymentDialog")
        outer = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        form = QFormLayout()
        outer.addLayout(form)
        self.tranche = QComboBox(self)
        self.tranche.setObjectName("tranche")
        self.paid_on = QLineEdit(self)
        self.paid_on.setObjectName("paid_on")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("reference")
        self.override = QLineEdit(self)
        self.override.setObjectName("override")
        self.captions = [_line("", w, form) for w in (self.tranche, self.paid_on, self.amount, self.reference,
                                                       self.override)]
        self.bind(form, "tranche", self.tranche, required=True)
        self.bind(form, "paid_on", self.paid_on, required=True, check=check_date)
        self.bind(form, "amount", self.amount, required=True, check=check_money)
        self.bind(form, "reference", self.reference, required=True)
        self.bind(form, "override", self.override)
        self.condition = QLabel(self)
        self.condition.setObjectName("condition")
        self.condition.setWordWrap(True)
        outer.addWidget(self.condition)
        self.add_save_cancel(outer)
        self.tranche.currentIndexChanged.connect(lambda _i: self._tranche_chosen())
        self.retranslate_form()
        self.setEnabled(False)
        self.loaded = False

        def question(session: Any) -> Any:
            from fieldapp.services import agreements

            return agreements.agreement_form(session, agreement_id)

        ops.read(question, success=self._loaded)

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Record a payment"))
        for caption, text in zip(self.captions, (
                self.tr("&Tranche"), self.tr("&Paid on (dd.mm.yyyy)"), self.tr("&Amount paid, ₸"),
                self.tr("Payment &order (number)"), self.tr("&Override reason (head office, condition unmet)")),
                strict=True):
            caption.setText(text)
        if self.form is not None:
            self._fill(self.form)

    def _loaded(self, form: Any) -> None:
        self.form = form
        self._fill(form)
        unpaid = [t for t in form.tranches if t.paid_on is None]
        self.set_values({"tranche": unpaid[0].id if unpaid else None, "paid_on": format_date(dt.date.today()),
                         "amount": format_money(unpaid[0].amount, sign=False) if unpaid else "",
                         "reference": "", "override": ""}, initial=True)
        self._tranche_chosen()
        self._initial = self.values()  # what the tranche chosen first filled in is not typed (QA 31)
        self.setEnabled(True)
        self.loaded = True
        self.paid_on.setFocus()

    def _fill(self, form: Any) -> None:
        self.heading.setText(self.tr("Agreement %1: %2 · paid %3, balance %4").replace("%1", form.shown_number)
                             .replace("%2", format_money(form.amount)).replace("%3", format_money(form.paid))
                             .replace("%4", format_money(form.balance)))
        current = self.tranche.currentData()
        self.tranche.blockSignals(True)
        self.tranche.clear()
        for line in form.tranches:
            text = self.tr("%1. %2 — %3").replace("%1", str(line.number)).replace(
                "%2", format_money(line.amount)).replace("%3", labels.value_label(line.condition_kind))
            if line.paid_on is not None:
                text += " · " + self.tr("paid %1").replace("%1", format_date(line.paid_on))
            self.tranche.addItem(text, line.id)
        if current is not None:
            self.tranche.setCurrentIndex(max(self.tranche.findData(current), 0))
        self.tranche.blockSignals(False)

    def _tranche_chosen(self) -> None:
        if self.form is None:
            return
        chosen = next((t for t in self.form.tranches if t.id == self.tranche.currentData()), None)
        if chosen is None:
            self.condition.setText("")
            return
        if chosen.paid_on is not None:
            text = self.tr("This tranche is paid.")
        elif chosen.condition_met:
            text = self.tr("The condition is met: the tranche may be paid.")
        else:
            text = self.tr("The condition is not met yet (%1).").replace(
                "%1", labels.value_label(chosen.condition_kind))
        self.condition.setText(text)
        if not self.amount.isModified():  # a paid tranche is paid once: nothing is left of it to offer
            self.amount.setText("" if chosen.paid_on is not None else format_money(chosen.amount, sign=False))

    def save(self) -> None:
        """A payment below its tranche's amount closes the tranche (a tranche is paid once): what is left of it is
        paid only after an amendment, so it is asked first (QA 29: 100 000 typed for 339 300 left 239 300 that no
        payment could reach, without a word)."""
        if self._saving or self.form is None:
            return super().save()
        chosen = next((t for t in self.form.tranches if t.id == self.tranche.currentData()), None)
        try:
            amount = check_money(self.amount.text())
        except Invalid:
            amount = None
        if chosen is not None and chosen.paid_on is None and amount is not None and Decimal(0) < amount < chosen.amount:
            text = self.tr("Tranche %1 is %2; %3 is paid. A tranche is paid once: the %4 left of it can then be paid "
                           "only after an amendment. Record %3?").replace("%1", str(chosen.number)).replace(
                "%2", format_money(chosen.amount)).replace("%3", format_money(amount)).replace(
                "%4", format_money(chosen.amount - amount))
            if not forms.ask(self, self.tr("Less than the tranche"), text):
                self.amount.setFocus()
                self.amount.selectAll()
                return None
        return super().save()

    def save_work(self, session: Any, values: dict[str, Any]) -> Any:
        from fieldapp.services import tranches

        return tranches.record_payment(session, values["tranche"], values["paid_on"], values["amount"],
                                       values["reference"] or "", values["override"]).id
