"""Edit a place of the programme: its names in Russian, Kazakh and English, and its KATO code."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from fieldapp.ui.form import FormDialog
from fieldapp.ui.forms.ui_settlement_dialog import Ui_SettlementDialog
from fieldapp.ui.operations import Operations
from fieldapp.validation import check_kato

FIELDS = ("name_ru", "name_kk", "name_en", "kato")


def _load(locality_id: str):
    def query(session: Any) -> dict[str, Any]:
        from fieldapp.model import Locality

        place = session.get(Locality, locality_id)
        return {name: getattr(place, name) for name in FIELDS} | {"kind": place.kind}

    return query


class SettlementDialog(FormDialog):
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
        ops.read(_load(locality_id), success=self._loaded)

    def _loaded(self, values: dict[str, Any]) -> None:
        self.set_values(values, initial=True)
        self.setEnabled(True)
        self.loaded = True
        self.ui.nameRu.setFocus()
        self.offer_draft()

    def retranslate_form(self) -> None:
        self.ui.retranslateUi(self)


    def save_work(self, session: Any, values: dict[str, Any]) -> str:
        from fieldapp.model import Locality

        place = session.get(Locality, self.locality_id)
        for name in FIELDS:
            setattr(place, name, values[name])
        return place.id
