"""A grantee report (progress or completion): spending per budget line against the grant's budget, co-funding
and volunteer time delivered, beneficiaries reached by sex and age group, the narrative."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date, format_money, parse_date
from fieldapp.problems import Invalid
from fieldapp.services import project_reports, visits
from fieldapp.ui import i18n
from fieldapp.ui.form import TYPING, FormDialog
from fieldapp.ui.operations import Operations
from fieldapp.ui.text_fit import wrap_titles
from fieldapp.validation import check_money


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise Invalid("date.format", f"Not a date: {text!r}", params={"text": text}) from None


class ReportDialog(FormDialog):
    def __init__(self, ops: Operations, report_id: str | None, parent: QWidget | None = None,
                 agreement_id: str | None = None) -> None:
        super().__init__(ops, f"project_report/{report_id or 'new'}", parent)
        self.setObjectName("ReportDialog")
        self.report_id = report_id
        self.default_agreement = agreement_id
        self.lines: tuple[project_reports.BudgetRow, ...] = ()
        self.resize(900, 640)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        area.setWidget(inner)
        form = QFormLayout(inner)
        self.agreement = QComboBox(inner)
        self.agreement.setObjectName("reportAgreementCombo")
        self.agreement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agreement.setMinimumContentsLength(40)
        self.kind = QComboBox(inner)
        self.kind.setObjectName("reportKindCombo")
        self.submitted_on = QLineEdit(inner)
        self.submitted_on.setObjectName("submittedOnEdit")
        self.spending = QTableWidget(0, 3, inner)
        self.spending.setObjectName("spendingTable")
        self.spending.setEditTriggers(TYPING)
        self.spending.setMinimumHeight(130)
        self.spending.verticalHeader().hide()
        self.spending.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        wrap_titles(self.spending)
        self.cofunding = QLineEdit(inner)
        self.cofunding.setObjectName("cofundingEdit")
        self.volunteer_hours = QSpinBox(inner)
        self.volunteer_hours.setObjectName("volunteerHoursSpin")
        self.volunteer_hours.setRange(0, 1_000_000)
        self.people = QWidget(inner)
        grid = QGridLayout(self.people)
        grid.setContentsMargins(0, 0, 0, 0)
        self.people_spins: dict[tuple[str, str], QSpinBox] = {}
        self.sex_labels = [QLabel(self.people) for _ in project_reports.SEXES]
        for column, age in enumerate(project_reports.AGE_GROUPS, start=1):
            grid.addWidget(QLabel(age, self.people), 0, column)
        for row, sex in enumerate(project_reports.SEXES, start=1):
            grid.addWidget(self.sex_labels[row - 1], row, 0)
            for column, age in enumerate(project_reports.AGE_GROUPS, start=1):
                spin = QSpinBox(self.people)
                spin.setRange(0, 100_000)
                spin.setObjectName(f"people_{sex}_{age}")
                grid.addWidget(spin, row, column)
                self.people_spins[(sex, age)] = spin
                spin.valueChanged.connect(lambda _v: self._touched())
        self.narrative = QPlainTextEdit(inner)
        self.narrative.setObjectName("narrativeEdit")
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMaximumHeight(100)
        self.labels: dict[str, QLabel] = {}
        for name, widget in (("agreement_id", self.agreement), ("kind", self.kind),
                             ("submitted_on", self.submitted_on), ("spending", self.spending),
                             ("cofunding_delivered", self.cofunding), ("volunteer_hours", self.volunteer_hours),
                             ("beneficiaries", self.people), ("narrative", self.narrative)):
            label = QLabel(inner)
            label.setBuddy(widget)
            self.labels[name] = label
            form.addRow(label, widget)
        self.bind(form, "agreement_id", self.agreement, required=True)
        self.bind(form, "kind", self.kind)
        self.bind(form, "submitted_on", self.submitted_on, required=True, check=_date)
        self.bind(form, "cofunding_delivered", self.cofunding, check=check_money)
        self.bind(form, "volunteer_hours", self.volunteer_hours)
        self.bind(form, "narrative", self.narrative)
        self.total = QLabel(self)
        self.total.setObjectName("spentTotal")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.total)
        layout.addWidget(buttons)
        self.spending.itemChanged.connect(lambda _i: self._sum())
        self.agreement.currentIndexChanged.connect(lambda _i: self._agreement_changed())
        self.retranslate_form()
        self._mark_required()
        lang = i18n.current_language()
        ops.read(lambda s: (visits.projects(s, lang, agreement_id),
                            project_reports.report_form(s, report_id) if report_id else None), success=self._loaded)

    def _touched(self) -> None:
        self._draft_dirty = True
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _loaded(self, answer: tuple[tuple[visits.Project, ...], project_reports.ReportForm | None]) -> None:
        projects, form = answer
        self.agreement.blockSignals(True)
        for project in projects:
            self.agreement.addItem(f"{project.number} — {project.title} ({project.settlement})",
                                   project.agreement_id)
        self.agreement.blockSignals(False)
        if form is not None and form.data is not None:
            data = form.data
            self.set_values({"agreement_id": data.agreement_id, "kind": data.kind,
                             "submitted_on": format_date(data.submitted_on),
                             "cofunding_delivered": str(data.cofunding_delivered),
                             "volunteer_hours": data.volunteer_hours, "narrative": data.narrative}, initial=True)
            for sex, age, count in data.beneficiaries:
                if (sex, age) in self.people_spins:
                    self.people_spins[(sex, age)].setValue(count)
            self._show_lines(form)
            if form.accepted_on is not None:  # accepted: read only
                self.setWindowTitle(self.tr("Grantee report (accepted %1)").replace("%1", format_date(
                    form.accepted_on)))
                for widget in (self.agreement, self.kind, self.submitted_on, self.spending, self.cofunding,
                               self.volunteer_hours, self.people, self.narrative, self.save_button):
                    widget.setEnabled(False)
        else:
            self.set_values({"agreement_id": self.default_agreement or self.agreement.itemData(0),
                             "submitted_on": format_date(dt.date.today()), "cofunding_delivered": "0"},
                            initial=False)
            self._agreement_changed()
        self._initial = self.values()
        self.agreement.setFocus(Qt.FocusReason.OtherFocusReason)

    def _agreement_changed(self) -> None:
        agreement_id = self.agreement.currentData()
        if agreement_id and not self.report_id:
            self.ops.read(lambda s: project_reports.report_form(s, None, agreement_id), success=self._show_lines)

    def _show_lines(self, form: project_reports.ReportForm) -> None:
        self.lines = form.lines
        self.spending.blockSignals(True)
        self.spending.setRowCount(len(form.lines))
        for row, line in enumerate(form.lines):
            for column, text in enumerate((line.item, format_money(line.budget), str(line.spent))):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.spending.setItem(row, column, item)
        self.spending.blockSignals(False)
        self._sum()

    def spent(self) -> list[tuple[str, Decimal]]:
        rows = []
        for row, line in enumerate(self.lines):
            item = self.spending.item(row, 2)
            rows.append((line.budget_line_id, check_money(item.text() if item and item.text().strip() else "0")))
        return rows

    def _sum(self) -> None:
        try:
            total = sum((amount for _l, amount in self.spent()), Decimal("0"))
            budget = sum((line.budget for line in self.lines), Decimal("0"))
            self.total.setText(self.tr("Spent %1 of the grant's %2").replace("%1", format_money(total))
                               .replace("%2", format_money(budget)))
        except Invalid:
            self.total.setText(self.tr("An amount spent is not a sum of money"))
        self._touched()

    def save_work(self, session: Any, values: dict[str, Any]) -> str:
        data = project_reports.ReportData(
            agreement_id=values["agreement_id"], kind=values.get("kind") or "progress",
            submitted_on=values["submitted_on"], spending=tuple(self.spent()),
            cofunding_delivered=values.get("cofunding_delivered") or Decimal("0.00"),
            volunteer_hours=values.get("volunteer_hours") or 0,
            beneficiaries=tuple((sex, age, spin.value()) for (sex, age), spin in self.people_spins.items()
                                if spin.value()),
            narrative=values.get("narrative"))
        return project_reports.save_report(session, self.report_id, data)

    def save(self) -> None:
        from fieldapp.ui.form import finish_editing
        from fieldapp.ui.problems import problem

        finish_editing(self.spending)
        try:
            self.spent()
        except Invalid as exc:
            self.total.setText(problem(exc))
            return
        super().save()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Grantee report"))
        for name, text in (("agreement_id", self.tr("&Project:")), ("kind", self.tr("&Kind:")),
                           ("submitted_on", self.tr("&Submitted on:")),
                           ("spending", self.tr("Spending per budget line:")),
                           ("cofunding_delivered", self.tr("&Co-funding delivered:")),
                           ("volunteer_hours", self.tr("&Volunteer hours:")),
                           ("beneficiaries", self.tr("Beneficiaries reached:")),
                           ("narrative", self.tr("&Narrative:"))):
            self.labels[name].setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("Progress"), "progress")
        self.kind.addItem(self.tr("Completion"), "completion")
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.spending.setHorizontalHeaderLabels([self.tr("Budget line"), self.tr("Grant budget"),
                                                 self.tr("Spent")])
        self.sex_labels[0].setText(self.tr("Women and girls"))
        self.sex_labels[1].setText(self.tr("Men and boys"))
