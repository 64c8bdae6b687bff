"""Settings: the interface language (at once), the language of printed documents, the issuer and the logo on
documents, the user profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QFormLayout, QSizePolicy, QWidget

from fieldapp.ui import errors, i18n, labels
from fieldapp.ui.forms.ui_settings_page import Ui_SettingsPage
from fieldapp.ui.pages import Page, register

if TYPE_CHECKING:
    from fieldapp.ui.profile_dialog import UserProfileDialog


def _document_language(session: Any) -> str:
    from fieldapp.services import settings

    return settings.document_language(session)


def _letterhead(session: Any) -> dict[str, Any]:
    from fieldapp.services import organisation

    return organisation.details(session)


def _set_logo(session: Any, path: str) -> None:
    from fieldapp.services import organisation

    organisation.set_logo(session, path)


def _remove_logo(session: Any) -> None:
    from fieldapp.services import organisation

    organisation.remove_logo(session)


def choose_picture(parent: QWidget) -> str | None:
    """The logo's picture (tests replace this function)."""
    translate = QCoreApplication.translate
    path, _filter = QFileDialog.getOpenFileName(parent, translate("SettingsPage", "Logo on documents"), "",
                                                translate("SettingsPage", "Pictures (*.png *.jpg *.jpeg)"))
    return path or None


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
        self.ui.chooseLogo.clicked.connect(self.choose_logo)
        self.ui.removeLogo.clicked.connect(self.remove_logo)
        for button in (self.ui.chooseLogo, self.ui.removeLogo):
            button.setEnabled(False)
        self.letterhead: dict[str, Any] = {}
        # a wrapped note asks for little width: let it take the row, so it wraps at the page's edge, not at 230 px
        for form in self.findChildren(QFormLayout):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for combo in (self.ui.interfaceLanguage, self.ui.documentLanguage, self.ui.changeUser):
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its text
        for note in (self.ui.interfaceLanguageNote, self.ui.documentLanguageNote, self.ui.issuer):
            note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.dialog: UserProfileDialog | None = None

    def title(self) -> str:
        return self.tr("Settings")

    def attach(self, ops: Any, db: Any) -> None:
        super().attach(ops, db)
        self.ui.changeUser.setEnabled(True)
        self.show_user()
        ops.read(_document_language, success=self._document_language_loaded)
        self.load_letterhead()

    # -- the issuer and its logo ---------------------------------------------------------------------------
    def load_letterhead(self) -> None:
        if self.ops is not None:
            self.ops.read(_letterhead, success=self._letterhead_loaded)

    def _letterhead_loaded(self, details: dict[str, Any]) -> None:
        self.letterhead = details
        self.show_letterhead()
        self.ui.chooseLogo.setEnabled(bool(details))
        self.ui.removeLogo.setEnabled(bool(details.get("logo")))

    def show_letterhead(self) -> None:
        details = self.letterhead
        if not details:
            self.ui.issuer.setText(self.tr("No foundation is recorded yet: documents print without a letterhead."))
            self.ui.logoName.setText("—")
            return
        self.ui.issuer.setText(self.tr("%1, BIN %2; signed by %3").replace("%1", details.get("name") or "")
                               .replace("%2", details.get("bin") or "—")
                               .replace("%3", details.get("signatory_name") or "—"))
        self.ui.logoName.setText(details.get("logo") or self.tr("none"))

    def choose_logo(self) -> None:
        path = choose_picture(self)
        if path and self.ops is not None:
            self._change_logo(lambda session: _set_logo(session, path))

    def remove_logo(self) -> None:
        if self.ops is not None:
            self._change_logo(_remove_logo)

    def _change_logo(self, work: Any) -> None:
        assert self.ops is not None
        self.ops.write(work, tables={"attachment"}, reason="letterhead logo",
                       success=lambda _r: self.load_letterhead(), failure=lambda exc: errors.show_error(self, exc))

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
        self.show_letterhead()
        labels.forget()
        self.ui.interfaceLanguage.blockSignals(True)
        self.ui.interfaceLanguage.setCurrentIndex(self.ui.interfaceLanguage.findData(i18n.current_language()))
        self.ui.interfaceLanguage.blockSignals(False)
        self.show_user()
