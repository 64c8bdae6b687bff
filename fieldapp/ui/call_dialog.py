"""A grant call on three tabs, so it fits a laptop's screen: the call (title, dates, maximum grant, envelope),
who may apply (eligible settlements, none ticked: all; required attachments), and the scoring criteria (reusable
from a previous call). The head office owns calls; the core refuses anyone else with a clear message."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from fieldapp.formatting import format_date, format_money
from fieldapp.services import call_form, choices
from fieldapp.ui import i18n, labels, style
from fieldapp.ui.application_dialog import check_date
from fieldapp.ui.form import TYPING, FormDialog
from fieldapp.ui.forms.ui_call_dialog import Ui_CallDialog
from fieldapp.ui.operations import Operations
from fieldapp.validation import check_money

CRITERION_KEYS = ("name_ru", "name_kk", "name_en", "max_score", "weight", "comment_required")
YES = ("1", "yes", "да", "иә", "+", "x")


def _criteria_rows(specs: list[Any]) -> list[list[str]]:
    return [[c.name_ru, c.name_kk or "", c.name_en or "", str(c.max_score), str(c.weight),
             "1" if c.comment_required else ""] for c in specs]


def _check_rules(rows: list[list[str]]) -> list[tuple[str, str]]:
    from fieldapp.services.calls import check_attachment_rules

    return check_attachment_rules(rows)


class CallDialog(FormDialog):
    record_table = "grant_call"

    def __init__(self, ops: Operations, call_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"grant_call:{call_id or 'new'}", parent)
        self.call_id = call_id
        self.ui = Ui_CallDialog()
        self.ui.setupUi(self)
        form = self.ui.formLayout
        self.bind(form, "title", self.ui.title, required=True)
        self.bind(form, "titleKk", self.ui.titleKk)
        self.bind(form, "code", self.ui.code)
        self.bind(form, "cycle", self.ui.cycle, required=True)
        self.bind(form, "opensOn", self.ui.opensOn, required=True, check=check_date)
        self.bind(form, "deadline", self.ui.deadline, required=True, check=check_date)
        self.bind(form, "maxGrant", self.ui.maxGrant, required=True, check=check_money)
        self.bind(form, "envelope", self.ui.envelope, required=True, check=check_money)
        self.bind(form, "description", self.ui.description)
        who = self.ui.eligibilityLayout  # the second tab: who may apply
        self.bind(who, "settlements", self.ui.settlements)
        self.bind(who, "attachments", self.ui.attachments, check=_check_rules)
        table = self.ui.criteriaTable
        table.setColumnCount(len(CRITERION_KEYS))
        table.setRowCount(1)
        table.setEditTriggers(TYPING)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(lambda _i: self._edited_table())
        self.ui.copyButton.clicked.connect(self.copy_criteria)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate_form()
        self._mark_required()
        self.setEnabled(False)
        self.loaded = False
        lang = i18n.current_language()
        ops.read(lambda session: call_form.call_form(session, call_id, lang), success=self._loaded)

    def _edited_table(self) -> None:
        self._draft_dirty = True
        if not self._draft_timer.isActive():
            self._draft_timer.start()
        rows = self.ui.criteriaTable.rowCount()
        if any(self.ui.criteriaTable.item(rows - 1, c) and self.ui.criteriaTable.item(rows - 1, c).text()
               for c in range(len(CRITERION_KEYS))):
            self.ui.criteriaTable.insertRow(rows)  # always one empty line to type the next criterion

    def criteria_rows(self) -> list[list[str]]:
        table = self.ui.criteriaTable
        rows = []
        for r in range(table.rowCount()):
            cells = [(table.item(r, c).text().strip() if table.item(r, c) else "") for c in range(len(CRITERION_KEYS))]
            if any(cells):
                rows.append(cells)
        return rows

    def set_criteria_rows(self, rows: list[list[str]]) -> None:
        table = self.ui.criteriaTable
        table.blockSignals(True)
        table.setRowCount(len(rows) + 1)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.blockSignals(False)

    def _loaded(self, form: call_form.CallForm) -> None:
        self.ui.cycle.clear()
        for cycle in form.cycles:
            self.ui.cycle.addItem(cycle.name, cycle.id)
        self.ui.copyFrom.clear()
        for other in form.other_calls:
            self.ui.copyFrom.addItem(other.name, other.id)
        self.places = form.settlements
        self._show_places()
        call = form.call
        values: dict[str, Any] = {"settlements": [], "attachments": [], "criteria": []}
        if call is not None:
            values = {"title": call.title, "titleKk": call.title_kk or "", "code": call.code or "", "cycle": call.cycle_id,
                      "opensOn": format_date(call.opens_on), "deadline": format_date(call.deadline),
                      "maxGrant": format_money(call.max_grant, sign=False),
                      "envelope": format_money(call.envelope, sign=False), "description": call.description or "",
                      "settlements": list(call.settlement_ids), "attachments": [list(a) for a in call.attachments],
                      "criteria": _criteria_rows(list(call.criteria))}
        self.set_values(values, initial=True)
        self.setEnabled(True)
        self.loaded = True
        self.ui.title.setFocus()
        self.offer_draft()

    def _show_places(self) -> None:
        """The settlements by their names in the interface language (as the core gives them); the filter finds
        any of their names."""
        self.ui.settlements.set_items([(p.id, p.name, p.also) for p in self.places])

    def _places_named(self, places: list[Any]) -> None:
        self.places = places
        self._show_places()

    def values(self) -> dict[str, Any]:
        return {**super().values(), "criteria": self.criteria_rows()}

    def set_values(self, values: dict[str, Any], *, initial: bool = False) -> None:
        if "criteria" in values:
            self.set_criteria_rows(values["criteria"])
        super().set_values({k: v for k, v in values.items() if k != "criteria"}, initial=initial)
        if initial:
            self._initial = self.values()

    def _draft_found(self, draft: dict[str, Any] | None) -> None:
        super()._draft_found(draft if draft and draft != self._initial else None)

    def copy_criteria(self) -> None:
        source = self.ui.copyFrom.currentData()
        if source is not None:
            self.ops.read(lambda s: _criteria_rows(call_form.criteria_specs(s, source)), success=self._copied)

    def _copied(self, rows: list[list[str]]) -> None:
        self.set_criteria_rows(rows)
        self._edited_table()

    def parsed_criteria(self) -> tuple[list[Any], list[str]]:
        from fieldapp.services.calls import CriterionSpec

        specs, problems = [], []
        for number, row in enumerate(self.criteria_rows(), start=1):
            name_ru, name_kk, name_en, top, weight, comment = row
            try:
                spec = CriterionSpec(name_ru, int(top), Decimal((weight or "1").replace(",", ".")), name_kk or None,
                                     name_en or None, comment.lower() in YES)
            except (ValueError, InvalidOperation):
                problems.append(self.tr("Criterion %1: the maximum is a whole number and the weight a number")
                                .replace("%1", str(number)))
                continue
            if not name_ru:
                problems.append(self.tr("Criterion %1: its name in Russian is required").replace("%1", str(number)))
            specs.append(spec)
        if not specs:
            problems.append(self.tr("Add at least one scoring criterion"))
        return specs, problems

    def validate(self) -> dict[str, Any] | None:
        clean = super().validate()
        specs, problems = self.parsed_criteria()
        self.ui.problems.setText("\n".join(problems))
        self.ui.problems.setStyleSheet(f"color: {style.error_colour().name()};")
        if clean is not None and problems:  # the fields are fine: the criteria are not
            self.ui.tabs.setCurrentWidget(self.ui.criteriaTab)
            self.ui.criteriaTable.setFocus()
        if clean is None or problems:
            return None
        return {**clean, "specs": specs}

    def _save_failed(self, exc: BaseException) -> None:
        """The core names its fields in snake case; show its problem under the form's field."""
        from fieldapp.validation import Invalid

        names = {"max_grant": "maxGrant", "cycle": "cycle", "title": "title", "envelope": "envelope",
                 "attachments": "attachments"}
        if isinstance(exc, Invalid) and exc.field in names:
            exc.field = names[exc.field]
        super()._save_failed(exc)


    def save_work(self, session: Any, values: dict[str, Any]) -> str:
        data = call_form.CallInput(
            cycle_id=values["cycle"], title=values["title"], title_kk=values.get("titleKk") or None, opens_on=values["opensOn"], deadline=values["deadline"],
            max_grant=values["maxGrant"], envelope=values["envelope"], code=values["code"],
            description=values["description"], settlement_ids=values["settlements"],
            attachments=[tuple(a) for a in values["attachments"]], criteria=values["specs"])
        self.call_id = call_form.save_call(session, self.call_id, data)
        return self.call_id

    def retranslate_form(self) -> None:
        from fieldapp.services.calls import ATTACHMENT_KINDS

        self.ui.retranslateUi(self)
        if getattr(self, "places", None):  # the settlements' names in the new language
            lang = i18n.current_language()
            self.ops.read(lambda session: choices.settlements(session, lang), success=self._places_named)
        self.ui.settlements.set_texts(
            self.tr("Type to find a settlement; Space ticks it"),
            self.tr("None ticked: every settlement may apply."),
            self.tr("%1 of %2 settlements may apply."))
        self.ui.attachments.set_kinds([(code, labels.value_label(code)) for code in ATTACHMENT_KINDS])
        self.ui.attachments.title.setPlaceholderText(self.tr("Title as applicants see it, then Enter; Delete removes"))
        self.ui.criteriaTable.setHorizontalHeaderLabels([
            self.tr("Name (Russian)"), self.tr("Name (Kazakh)"), self.tr("Name (English)"), self.tr("Maximum"),
            self.tr("Weight"), self.tr("Comment required")])
