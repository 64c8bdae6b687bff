"""People: participants, activists, trainers and applicant contacts, searched as you type; Enter opens the
person's form (with the duplicate warning and merge), Ctrl+N adds a person, Ctrl+I imports a list."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from fieldapp.ui.list_page import ListPage
from fieldapp.ui.pages import register


@register
class PeoplePage(ListPage):
    order = 30
    key = "people"
    icon_name = "mdi6.account-multiple-outline"
    list_name = "people"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_person)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self.import_people)

    def title(self) -> str:
        return self.tr("People")

    def empty_text(self) -> str:
        return self.tr("No people yet. Ctrl+N adds a person, Ctrl+I imports a list; more arrive with trainings "
                       "and sync from the head office.")

    def open_record(self, row_id: str) -> None:
        from fieldapp.ui.person_form import PersonDialog

        self.dialog = PersonDialog(self.ops, row_id, self)
        self.dialog.open()

    def new_person(self) -> None:
        from fieldapp.ui.person_form import PersonDialog

        if self.ops is not None:
            self.dialog = PersonDialog(self.ops, None, self)
            self.dialog.open()

    def import_people(self) -> None:
        from fieldapp.ui.import_dialog import ImportDialog, RosterImport

        if self.ops is not None:
            self.dialog = ImportDialog(self.ops, RosterImport(), self)
            self.dialog.open()
