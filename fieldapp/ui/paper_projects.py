"""Projects already running on paper: the register's import (:class:`ProjectsImport`, in the import dialog of
the roster and the application register, with this register's columns and an empty template to save) and
:class:`PaperProjectDialog` for one project typed in. Both end in the core's ``services/paper_projects.register``;
``ui/paper_projects_menu.py`` puts them on the Agreements page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import parse_date
from fieldapp.ui.form import FormDialog, problem_text
from fieldapp.ui.import_dialog import Importer, Line
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.validation import Invalid, check_money

translate = QCoreApplication.translate


def _field_names() -> dict[str, str]:
    names = {
        "number": translate("PaperProjects", "Agreement number"), "grantee": translate("PaperProjects", "Grantee"),
        "bin": translate("PaperProjects", "BIN (an organisation)"),
        "iin": translate("PaperProjects", "Representative's IIN"),
        "representative": translate("PaperProjects", "Representative"),
        "settlement": translate("PaperProjects", "Settlement"), "call": translate("PaperProjects", "Grant call"),
        "title": translate("PaperProjects", "Project title"), "category": translate("PaperProjects", "Category"),
        "amount": translate("PaperProjects", "Grant amount"), "signed_on": translate("PaperProjects", "Signed on"),
        "starts_on": translate("PaperProjects", "Starts on"), "ends_on": translate("PaperProjects", "Ends on"),
        "address": translate("PaperProjects", "Address"), "iban": "IBAN", "bank": translate("PaperProjects", "Bank"),
        "bic": translate("PaperProjects", "BIC"),
    }
    for n in range(1, 5):
        names[f"paid_{n}"] = translate("PaperProjects", "Paid %1").replace("%1", str(n))
        names[f"paid_{n}_date"] = translate("PaperProjects", "Paid %1: date").replace("%1", str(n))
        names[f"paid_{n}_ref"] = translate("PaperProjects", "Paid %1: payment order").replace("%1", str(n))
    return names


class ProjectsImport(Importer):
    """The register of paper projects; ``target`` is the call of rows that name none ('' for none)."""

    tables = frozenset({"application", "agreement", "tranche", "selection_decision", "status_event",
                        "initiative_group", "person", "group_member"})
    preview_writes = True  # every row is registered in a savepoint the preview rolls back

    def __init__(self, call_id: str | None = None) -> None:
        from fieldapp.imports import project_register

        super().__init__(call_id)
        self.fields = project_register.FIELDS

    def title(self) -> str:
        return translate("PaperProjects", "Import the register of paper projects")

    def placeholder(self) -> str:
        return translate("PaperProjects", "An Excel (.xlsx) or CSV register: one row per project already running")

    def target_caption(self) -> str:
        return translate("PaperProjects", "&Grant call of rows that name none")

    def name_heading(self) -> str:
        return translate("PaperProjects", "Agreement — grantee")

    def targets(self, session: Any) -> list[tuple[str, str]]:
        from fieldapp.services import calls

        return [("", translate("PaperProjects", "— each row names its call —")),
                *((c["id"], f"{c['title']} ({c['cycle']})") for c in reversed(calls.list_calls(session)))]

    def note(self, session: Any) -> str:
        return translate("PaperProjects", "Each row makes the funded application, the signed agreement under its "
                         "number, its tranches and the payments made. A number already in the database is skipped.")

    def field_name(self, key: str) -> str:
        return _field_names().get(key, key)

    def preview(self, session: Any, path: Path, mapping: dict[str, int] | None) -> Any:
        from fieldapp.imports import project_register

        return project_register.preview(session, path, call_id=self.target or None,
                                        mapping=dict(mapping) if mapping else None)

    def lines(self, preview: Any) -> list[Line]:
        out = []
        for row in preview.rows:
            problems = "; ".join((f"{preview.column(p.field)}: " if p.field else "") + problem(p)
                                 for p in row.problems)
            name = " — ".join(t for t in (row.agreement_number, row.grantee) if t)
            out.append(Line(row.number, row.action, name, problems))
        return out

    def accepted(self, preview: Any) -> int:
        return int(preview.count("add"))  # a duplicate is skipped

    def commit(self, session: Any, preview: Any) -> Any:
        from fieldapp.imports import project_register

        return project_register.commit(session, preview)

    def reason(self, preview: Any) -> str:
        from fieldapp.services import reasons

        return reasons.coded("import.projects", preview.table.path.name)

    def template_name(self) -> str:
        return translate("PaperProjects", "paper-projects.xlsx")

    def write_template(self, path: Path) -> Any:
        from fieldapp.imports import project_register
        from fieldapp.ui import i18n

        return project_register.write_template(path, i18n.current_language())


class PaymentsTable(QTableWidget):
    """Up to four payments already made: amount, date, payment order (a form field of its own making)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(4, 3, parent)
        self.setObjectName("payments")
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height()
                            + 4 * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth())
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it (keyboard order = visual)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def form_value(self) -> list[tuple[str, str, str]]:
        rows = []
        for row in range(self.rowCount()):
            cells = tuple((self.item(row, c).text().strip() if self.item(row, c) else "") for c in range(3))
            if any(cells):
                rows.append(cells)
        return rows  # type: ignore[return-value]

    def set_form_value(self, value: Any) -> None:
        self.clearContents()
        for row, cells in enumerate(value or []):
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))


def _check_date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise Invalid("date.format", "A date is dd.mm.yyyy, e.g. 01.12.2019") from None


def _optional_date(text: str) -> dt.date | None:
    return _check_date(text) if (text or "").strip() else None


class PaperProjectDialog(FormDialog):
    """One project already running on paper, typed in: the same core function as a row of the register."""

    record_table = "agreement"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, "paper-project", parent)
        self.setObjectName("PaperProjectDialog")
        outer = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        columns = QHBoxLayout()
        outer.addLayout(columns)
        left, right = QFormLayout(), QFormLayout()
        for layout in (left, right):
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.widgets: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        for layout, names in ((left, ("call", "number", "grantee", "bin", "representative", "iin", "settlement",
                                      "title")),
                              (right, ("amount", "signed_on", "starts_on", "ends_on", "address", "iban", "bank",
                                       "bic"))):
            for name in names:
                widget: QWidget = QComboBox(self) if name in ("call", "settlement") else QLineEdit(self)
                widget.setObjectName(name)
                widget.setMinimumWidth(180)
                caption = QLabel(self)
                caption.setBuddy(widget)
                layout.addRow(caption, widget)
                self.widgets[name], self.captions[name] = widget, caption
        self.amount_edit = self.widgets["amount"]
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for name, layout, required, check, limit in (
                ("call", left, True, None, None), ("number", left, True, None, 30),
                ("grantee", left, True, None, "initiative_group.name"), ("bin", left, False, None, 12),
                ("representative", left, False, None, "agreement.representative_name"),
                ("iin", left, False, None, 12), ("settlement", left, False, None, None),
                ("title", left, False, None, "application.title"), ("amount", right, True, check_money, None),
                ("signed_on", right, True, _check_date, None), ("starts_on", right, False, _optional_date, None),
                ("ends_on", right, False, _optional_date, None),
                ("address", right, False, None, "agreement.grantee_address"), ("iban", right, False, None, 34),
                ("bank", right, False, None, "agreement.bank"), ("bic", right, False, None, 11)):
            self.bind(layout, name, self.widgets[name], required=required, check=check, limit=limit)
        self.payments_label = QLabel(self)
        outer.addWidget(self.payments_label)
        payments_form = QFormLayout()
        outer.addLayout(payments_form)
        self.payments = PaymentsTable(self)
        self.payments_label.setBuddy(self.payments)
        payments_form.addRow(self.payments)
        self.bind(payments_form, "payments", self.payments)
        self.add_save_cancel(outer)
        self.retranslate_form()
        self.resize(960, self.sizeHint().height())
        self.setEnabled(False)
        self.loaded = False

        def question(session: Any) -> Any:
            from fieldapp.services import calls, choices
            from fieldapp.ui import i18n

            return ([(c["id"], f"{c['title']} ({c['cycle']})") for c in reversed(calls.list_calls(session))],
                    [(c.id, c.name) for c in choices.settlements(session, i18n.current_language())])

        ops.read(question, success=self._loaded)

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Register a project already running on paper"))
        self.note.setText(self.tr("A project funded and signed on paper before FieldApp: its application is "
                                  "recorded as funded, its agreement as signed under its number, and the payments "
                                  "already made are recorded. Give the BIN when the grantee is an organisation."))
        names = _field_names()
        for name, caption in self.captions.items():
            caption.setText(names[name])
        self.captions["signed_on"].setText(self.tr("Si&gned on (dd.mm.yyyy)"))
        self.captions["amount"].setText(self.tr("Grant &amount, ₸"))
        self.payments_label.setText(self.tr("&Payments already made (amount, date, payment order)"))
        self.payments.setHorizontalHeaderLabels([self.tr("Amount, ₸"), self.tr("Date"), self.tr("Payment order")])

    def _loaded(self, found: Any) -> None:
        call_items, places = found
        call, settlement = self.widgets["call"], self.widgets["settlement"]
        assert isinstance(call, QComboBox) and isinstance(settlement, QComboBox)
        call.addItem("", None)
        for call_id, text in call_items:
            call.addItem(text, call_id)
        settlement.addItem("", None)
        for place_id, name in places:
            settlement.addItem(name, place_id)
        self.set_values({"call": None, "settlement": None}, initial=True)
        self.setEnabled(True)
        self.loaded = True
        self.widgets["call"].setFocus()

    def save_work(self, session: Any, values: dict[str, Any]) -> Any:
        from fieldapp.services import paper_projects, reasons

        payments = []
        for index, (amount, on, reference) in enumerate(values.get("payments") or [], start=1):
            try:
                payments.append(paper_projects.Payment(check_money(amount), _check_date(on), reference or None))
            except Invalid as exc:
                raise Invalid(exc.code, f"payment {index}: {exc.message}", "payments", exc.params) from exc
        text = {name: (str(values.get(name) or "").strip() or None) for name in (
            "grantee", "bin", "representative", "iin", "title", "address", "iban", "bank", "bic")}
        project = paper_projects.PaperProject(
            call_id=values["call"], grantee=text["grantee"] or "", amount=values["amount"], number=values["number"],
            signed_on=values["signed_on"], settlement_id=values.get("settlement") or None, title=text["title"],
            grantee_bin=text["bin"], representative=text["representative"], representative_iin=text["iin"],
            address=text["address"], iban=text["iban"], bank=text["bank"], bic=text["bic"],
            starts_on=values.get("starts_on"), ends_on=values.get("ends_on"), payments=tuple(payments))
        return paper_projects.register(session, project, reasons.coded("paper.project"))

    def _save_failed(self, exc: BaseException) -> None:
        from fieldapp.problems import FormInvalid

        fields = {"grantee_bin": "bin", "representative_iin": "iin", "representative_name": "representative",
                  "grantee_address": "address", "tranches": "amount", "grantee_name": "grantee", "group": "grantee"}
        if isinstance(exc, FormInvalid):
            shown = False
            for name, refusal in exc.errors.items():
                target = fields.get(name, name)
                if target in self.fields:
                    self.show_problem(target, problem_text(refusal))
                    shown = True
            if shown:
                self._saving = False
                return
        if isinstance(exc, Invalid) and exc.field is not None:
            target = "payments" if exc.field.startswith("paid_") or exc.field == "reference" else fields.get(
                exc.field, exc.field)
            if target in self.fields:
                self._saving = False
                self.show_problem(target, problem_text(exc))
                return
        super()._save_failed(exc)
