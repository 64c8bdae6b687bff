"""Settings: the interface language (at once), the language of printed documents, the user profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QSizePolicy, QWidget

from fieldapp.ui import i18n, labels
from fieldapp.ui.forms.ui_settings_page import Ui_SettingsPage
from fieldapp.ui.pages import Page, register

if TYPE_CHECKING:
    from fieldapp.ui.profile_dialog import UserProfileDialog


def _document_language(session: Any) -> str:
    from fieldapp.services import settings

    return settings.document_language(session)


@register
class SettingsPage(Page):
    order = 90
    key = "settings"
    icon_name = "mdi6.cog-outline"
    #: the user chose another profile (the status bar shows it)
    user_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        for code, name in i18n.LANGUAGES.items():
            self.ui.interfaceLanguage.addItem(name, code)
            self.ui.documentLanguage.addItem(name, code)
        self.ui.interfaceLanguage.setCurrentIndex(self.ui.interfaceLanguage.findData(i18n.current_language()))
        self.ui.interfaceLanguage.currentIndexChanged.connect(self._interface_language_chosen)
        self.ui.documentLanguage.setEnabled(False)
        self.ui.documentLanguage.currentIndexChanged.connect(self._document_language_chosen)
        self.ui.changeUser.clicked.connect(self.change_user)
        self.ui.changeUser.setEnabled(False)
        # a wrapped note asks for little width: let it take the row, so it wraps at the page's edge, not at 230 px
        for form in self.findChildren(QFormLayout):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for combo in (self.ui.interfaceLanguage, self.ui.documentLanguage, self.ui.changeUser):
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its text
        for note in (self.ui.interfaceLanguageNote, self.ui.documentLanguageNote):
            note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.dialog: UserProfileDialog | None = None

    def title(self) -> str:
        return self.tr("Settings")

    def attach(self, ops: Any, db: Any) -> None:
        super().attach(ops, db)
        self.ui.changeUser.setEnabled(True)
        self.show_user()
        ops.read(_document_language, success=self._document_language_loaded)

    def _document_language_loaded(self, code: str | None) -> None:
        self.ui.documentLanguage.blockSignals(True)
        self.ui.documentLanguage.setCurrentIndex(max(self.ui.documentLanguage.findData(code or "ru"), 0))
        self.ui.documentLanguage.blockSignals(False)
        self.ui.documentLanguage.setEnabled(True)

    def _interface_language_chosen(self, _index: int) -> None:
        code = self.ui.interfaceLanguage.currentData()
        if code and code != i18n.current_language():
            i18n.install(code)
            i18n.store_language(code)

    def _document_language_chosen(self, _index: int) -> None:
        code = self.ui.documentLanguage.currentData()
        if self.ops is None or not code:
            return

        def work(session: Any) -> None:
            from fieldapp.services import settings

            settings.set_document_language(session, code)

        self.ops.write(work)

    def change_user(self) -> UserProfileDialog | None:
        if self.ops is None:
            return None
        # imported when first used, not at every start
        from fieldapp.ui.profile_dialog import UserProfileDialog

        self.dialog = UserProfileDialog(self.ops, self.db, self)
        self.dialog.saved.connect(lambda _result: (self.show_user(), self.user_changed.emit()))
        self.dialog.open()
        return self.dialog

    def show_user(self) -> None:
        if self.db is None:
            return
        self.ui.currentUser.setText(self.db.user_name or self.tr("nobody chosen yet"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        labels.forget()
        self.ui.interfaceLanguage.blockSignals(True)
        self.ui.interfaceLanguage.setCurrentIndex(self.ui.interfaceLanguage.findData(i18n.current_language()))
        self.ui.interfaceLanguage.blockSignals(False)
        self.show_user()
