"""The person form: name (Cyrillic and Latin), sex, birth, settlement, phone, IIN, organisation, consent.

Before saving it looks for likely duplicates (same IIN, same phone, a similar name in the same settlement);
the user then uses the existing record, merges this one into it, or saves a different person anyway.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from fieldapp.formatting import format_date, parse_date
from fieldapp.services import merge, people, reasons
from fieldapp.services.errors import FormInvalid
from fieldapp.ui import i18n
from fieldapp.ui.form import FormDialog
from fieldapp.ui.forms.ui_person_dialog import Ui_PersonDialog
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.validation import Invalid, check_iin, check_phone


def check_year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= dt.date.today().year:
        raise Invalid("birth_year.range", f"Birth year must be between 1900 and {dt.date.today().year}")
    return int(text)


def check_date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise Invalid("date.format", "Not a date (dd.MM.yyyy)") from None


class PersonDialog(FormDialog):
    record_table = "person"

    def __init__(self, ops: Operations, person_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"person/{person_id or 'new'}", parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.person_id = person_id
        self.confirmed = False
        self.duplicates: list[people.Duplicate] = []
        self.chosen_id: str | None = None  # the record used or merged into, when the user chose one
        layout = self.ui.formLayout
        self.bind(layout, "full_name", self.ui.fullNameEdit, required=True)
        self.bind(layout, "full_name_latin", self.ui.latinEdit)
        self.bind(layout, "sex", self.ui.sexCombo, check=lambda v: v if v in people.SEXES else None)
        self.bind(layout, "birth_year", self.ui.birthYearEdit, check=check_year)
        self.bind(layout, "birth_date", self.ui.birthDateEdit, check=check_date)
        self.bind(layout, "settlement_id", self.ui.settlementCombo, check=lambda v: None if v == "—" else v)
        self.bind(layout, "phone", self.ui.phoneEdit, check=check_phone)
        self.bind(layout, "iin", self.ui.iinEdit, check=check_iin)
        self.bind(layout, "organisation", self.ui.organisationEdit)
        self.bind(layout, "notes", self.ui.notesEdit)
        self.bind(layout, "consent_on", self.ui.consentDateEdit, check=check_date)
        self.bind(layout, "consent_scope", self.ui.consentScopeEdit)
        self.bind(layout, "guardian", self.ui.guardianEdit)
        self.ui.phoneEdit.editingFinished.connect(self._show_phone)
        self.ui.duplicatesBox.hide()
        self.ui.mergeButton.setVisible(person_id is not None)
        self.ui.useExistingButton.setVisible(person_id is None)
        self.ui.useExistingButton.clicked.connect(self.use_existing)
        self.ui.mergeButton.clicked.connect(self.merge_into_chosen)
        self.ui.saveAnywayButton.clicked.connect(self.save_anyway)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate_form()
        self._mark_required()  # the form's texts were just set again
        self.ui.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it took the first focus; Tab scrolls to a field
        self.ui.fullNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)  # typing starts at once, before the load
        lang = i18n.current_language()
        ops.read(lambda session: people.person_form(session, person_id, lang), success=self._loaded)

    def _loaded(self, form: people.PersonForm) -> None:
        data = form.person
        self.ui.settlementCombo.clear()
        self.ui.settlementCombo.addItem("—", None)
        for place in form.settlements:
            self.ui.settlementCombo.addItem(place.name, place.id)
        if data is not None:
            self.set_values({
                "full_name": data.full_name, "full_name_latin": data.full_name_latin, "sex": data.sex,
                "birth_year": data.birth_year, "birth_date": format_date(data.birth_date),
                "settlement_id": data.settlement_id, "phone": data.phone, "iin": data.iin,
                "organisation": data.organisation, "notes": data.notes}, initial=True)
        else:
            self.set_values({}, initial=True)
        self.ui.fullNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)  # the form starts at its first field
        self.offer_draft()

    def _show_phone(self) -> None:
        """Show the number as it will be stored (+7…) once it reads well."""
        try:
            self.ui.phoneEdit.setText(check_phone(self.ui.phoneEdit.text()))
        except Invalid:
            return

    def person_input(self, values: dict[str, Any]) -> people.PersonInput:
        return people.PersonInput(
            full_name=values["full_name"], full_name_latin=values.get("full_name_latin"), sex=values.get("sex"),
            birth_year=values.get("birth_year"), birth_date=values.get("birth_date"),
            settlement_id=values.get("settlement_id"), phone=values.get("phone"), iin=values.get("iin"),
            organisation=values.get("organisation"), notes=values.get("notes"))

    # -- duplicates ------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.confirmed or self._saving:
            super().save()
            return
        clean = self.validate()
        if clean is None:
            return
        person_id = self.person_id
        try:
            data = people.validate(self.person_input(clean))
        except FormInvalid as exc:
            self.show_problems({name: problem(issue) for name, issue in exc.errors.items() if name in self.fields})
            return
        self.ops.read(lambda session: people.find_duplicates(session, data, exclude_id=person_id),
                      success=self._duplicates_found)

    def _duplicates_found(self, duplicates: list[people.Duplicate]) -> None:
        self.duplicates = duplicates
        if not duplicates:
            self.confirmed = True
            self.save()
            return
        reasons = {"iin": self.tr("same IIN"), "phone": self.tr("same phone"),
                   "name": self.tr("similar name in the same settlement")}
        self.ui.duplicatesList.clear()
        for d in duplicates:
            self.ui.duplicatesList.addItem(f"{d.full_name}    {d.settlement or ''}    {reasons[d.reason]}")
        self.ui.duplicatesList.setCurrentRow(0)
        self.ui.duplicatesBox.show()
        self.ui.duplicatesList.setFocus()

    def chosen(self) -> people.Duplicate | None:
        row = self.ui.duplicatesList.currentRow()
        return self.duplicates[row] if 0 <= row < len(self.duplicates) else None

    def save_anyway(self) -> None:
        self.confirmed = True
        self.save()

    def use_existing(self) -> None:
        """Adding someone who is already known: keep the existing record, add nothing."""
        chosen = self.chosen()
        if chosen is not None:
            self.chosen_id = chosen.person_id
            self._draft_dirty = False
            self._discard_draft()
            self.saved.emit(chosen.person_id)
            self.accept()

    def merge_into_chosen(self) -> None:
        chosen, person_id = self.chosen(), self.person_id
        if chosen is None or person_id is None:
            return

        def merged(_result: Any) -> None:
            self.chosen_id = chosen.person_id
            self._discard_draft()
            self.saved.emit(chosen.person_id)
            self.accept()

        self.ops.write(lambda session: merge.merge_people(session, chosen.person_id, person_id),
                       reason=reasons.coded("merge"), success=merged, failure=self._save_failed)

    # -- saving ----------------------------------------------------------------------------------------

    def save_work(self, session: Any, values: dict[str, Any]) -> str:
        consent = people.ConsentInput(given_on=values["consent_on"], scope=values.get("consent_scope") or "",
                                      guardian_name=values.get("guardian")) if values.get("consent_on") else None
        return people.save_person(session, self.person_id, self.person_input(values), consent)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, FormInvalid):
            self._saving = False
            self.confirmed = False
            names = {"scope": "consent_scope", "guardian_name": "guardian", "valid_until": "consent_on"}
            found = {names.get(name, name): problem(issue) for name, issue in exc.errors.items()}
            self.show_problems({name: text for name, text in found.items() if name in self.fields})
            return
        super()._save_failed(exc)

    def retranslate_form(self) -> None:
        self.ui.retranslateUi(self)
        current = self.ui.sexCombo.currentData()
        self.ui.sexCombo.clear()
        self.ui.sexCombo.addItem("—", None)
        self.ui.sexCombo.addItem(self.tr("Female"), "F")
        self.ui.sexCombo.addItem(self.tr("Male"), "M")
        self.ui.sexCombo.setCurrentIndex(max(self.ui.sexCombo.findData(current), 0))
        self.setWindowTitle(self.tr("Edit person") if self.person_id else self.tr("New person"))
