"""Who is working: choose a local user profile on this laptop or add one (name and role).

Until accounts with passwords arrive, the chosen profile is the "who" of every recorded change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fieldapp.services import roles
from fieldapp.ui import labels
from fieldapp.ui.form import FormDialog
from fieldapp.ui.forms.ui_user_profile_dialog import Ui_UserProfileDialog
from fieldapp.ui.operations import Operations

if TYPE_CHECKING:
    from fieldapp.db import Session

NEW_PROFILE = ""


class UserProfileDialog(FormDialog):
    record_table = "user_profile"

    def __init__(self, ops: Operations, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(ops, "user_profile:new", parent)
        self.db = db
        self.users: list[roles.Profile] = []
        self.ui = Ui_UserProfileDialog()
        self.ui.setupUi(self)
        self._fill_roles()
        form = self.ui.formLayout
        self.bind(form, "existing", self.ui.existing)
        self.bind(form, "name", self.ui.name)
        self.bind(form, "role", self.ui.role, required=True)
        self.ui.existing.currentIndexChanged.connect(self._existing_chosen)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.loaded = False
        self.setEnabled(False)
        ops.read(roles.profiles, success=self._loaded)

    def _fill_roles(self) -> None:
        current = self.ui.role.currentData()
        self.ui.role.blockSignals(True)
        self.ui.role.clear()
        for role in roles.ROLES:
            self.ui.role.addItem(labels.value_label(role), role)
        self.ui.role.setCurrentIndex(max(self.ui.role.findData(current), 0))
        self.ui.role.blockSignals(False)

    def _fill_existing(self) -> None:
        current = self.ui.existing.currentData()
        self.ui.existing.blockSignals(True)
        self.ui.existing.clear()
        self.ui.existing.addItem(QCoreApplication.translate("UserProfileDialog", "New profile"), NEW_PROFILE)
        for user in self.users:
            self.ui.existing.addItem(f"{user.name} — {labels.value_label(user.role)}", user.id)
        index = self.ui.existing.findData(current if current is not None else self.db.user_id)
        self.ui.existing.setCurrentIndex(max(index, 0))
        self.ui.existing.blockSignals(False)

    def _loaded(self, users: list[roles.Profile]) -> None:
        self.users = users
        self._fill_existing()
        self._existing_chosen()
        self.set_values(self.values(), initial=True)
        self.setEnabled(True)
        self.loaded = True
        (self.ui.name if not self.ui.existing.currentData() else self.ui.existing).setFocus()
        self.offer_draft()

    def _existing_chosen(self, *_: Any) -> None:
        chosen = self.ui.existing.currentData()
        is_new = not chosen
        self.ui.name.setEnabled(is_new)
        self.ui.role.setEnabled(is_new)
        if not is_new:
            for user in self.users:
                if user.id == chosen:
                    self.ui.name.setText(user.name)
                    self.ui.role.setCurrentIndex(self.ui.role.findData(user.role))
        elif self.ui.name.text() and any(self.ui.name.text() == u.name for u in self.users):
            self.ui.name.clear()

    def validate_all(self, values: dict[str, Any]) -> dict[str, str]:
        if not values["existing"] and not values["name"]:
            return {"name": QCoreApplication.translate("Form", "This field is required")}
        return {}

    def retranslate_form(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_roles()
        self._fill_existing()


    def save_work(self, session: Session, values: dict[str, Any]) -> roles.Profile:
        return roles.choose_profile(session, values["existing"] or None, name=values["name"], role=values["role"])

    def _saved(self, result: Any) -> None:
        self.db.user_id, self.db.user_name = result.id, result.name
        super()._saved(result)
