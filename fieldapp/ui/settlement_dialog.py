"""Edit a place of the programme: its names in Russian, Kazakh and English, and its KATO code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from fieldapp.services import localities
from fieldapp.ui.form import FormDialog
from fieldapp.ui.forms.ui_settlement_dialog import Ui_SettlementDialog
from fieldapp.ui.operations import Operations
from fieldapp.validation import check_kato

if TYPE_CHECKING:
    from fieldapp.db import Session

FIELDS = ("name_ru", "name_kk", "name_en", "kato")


class SettlementDialog(FormDialog):
    record_table = "locality"

    def __init__(self, ops: Operations, locality_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"locality:{locality_id}", parent)
        self.locality_id = locality_id
        self.ui = Ui_SettlementDialog()
        self.ui.setupUi(self)
        form = self.ui.formLayout
        self.bind(form, "name_ru", self.ui.nameRu, required=True)
        self.bind(form, "name_kk", self.ui.nameKk)
        self.bind(form, "name_en", self.ui.nameEn)
        self.bind(form, "kato", self.ui.kato, check=check_kato)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.setEnabled(False)
        self.loaded = False
        ops.read(lambda session: localities.names(session, locality_id), success=self._loaded)

    def _loaded(self, place: localities.PlaceNames) -> None:
        self.set_values({name: getattr(place, name) for name in FIELDS}, initial=True)
        self.setEnabled(True)
        self.loaded = True
        self.ui.nameRu.setFocus()
        self.offer_draft()

    def retranslate_form(self) -> None:
        self.ui.retranslateUi(self)


    def save_work(self, session: Session, values: dict[str, Any]) -> str:
        localities.rename(session, self.locality_id, localities.PlaceNames(
            values["name_ru"], values["name_kk"], values["name_en"], values["kato"]))
        return self.locality_id
