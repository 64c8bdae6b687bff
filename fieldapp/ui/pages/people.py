"""People: participants, activists, trainers and applicant contacts, searched as you type; Enter opens the
person's form (with the duplicate warning and merge), Ctrl+N adds a person, Ctrl+I imports a list, Ctrl+M
merges the two people selected (two records of one person), Delete asks, then deletes the one selected (softly:
``people.delete_person``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from fieldapp.ui import choose, errors
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
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_person)
        self.import_action = self._action(QKeySequence("Ctrl+I"), self.import_people)
        self.merge_action = self._action(QKeySequence("Ctrl+M"), self.merge_selected)
        self.delete_action = self._action(QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_action, self.import_action, self.merge_action, self.delete_action])
        self.layout().insertWidget(0, self.toolbar)
        self.panel.view.addActions([self.merge_action, self.delete_action])  # right-click on the selected rows
        self.panel.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.panel.model.modelReset.connect(self._update_actions)
        self._update_actions()
        self.retranslate()

    def _action(self, keys: Any, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)  # the window's shortcut while this page is the one shown
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _update_actions(self) -> None:
        self.merge_action.setEnabled(len(self.panel.selected_rows()) == 2)
        self.delete_action.setEnabled(len(self.panel.selected_rows()) == 1)

    def title(self) -> str:
        return self.tr("People")

    def retranslate(self) -> None:
        super().retranslate()
        self.new_action.setText(self.tr("&New person"))
        self.new_action.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setToolTip(self.tr("Import people from an Excel or CSV list (Ctrl+I)"))
        self.merge_action.setText(self.tr("&Merge…"))
        self.merge_action.setToolTip(self.tr("Merge the two selected records of one person (Ctrl+M)"))
        self.delete_action.setText(self.tr("&Delete…"))
        self.delete_action.setToolTip(self.tr("Delete the selected person (Del)"))

    def empty_text(self) -> str:
        return self.tr("No people yet. Ctrl+N adds a person, Ctrl+I imports a list; more arrive with trainings "
                       "and sync from the head office.")

    def open_record(self, row_id: str) -> None:
        from fieldapp.ui.person_form import PersonDialog

        self.dialog = PersonDialog(self.ops, row_id, self)
        self.dialog.saved.connect(self.panel.show_record)
        self.dialog.open()

    def new_person(self) -> None:
        from fieldapp.ui.person_form import PersonDialog

        if self.ops is not None:
            self.dialog = PersonDialog(self.ops, None, self)
            self.dialog.saved.connect(self.panel.show_record)
            self.dialog.open()

    def import_people(self) -> None:
        from fieldapp.ui.import_dialog import ImportDialog, RosterImport

        if self.ops is not None:
            self.dialog = ImportDialog(self.ops, RosterImport(), self)
            self.dialog.open()

    def merge_selected(self) -> None:
        from fieldapp.ui.merge_dialog import MergeDialog

        selected = self.panel.selected_ids()
        if self.ops is not None and len(selected) == 2:
            self.dialog = MergeDialog(self.ops, selected, self)
            self.dialog.open()

    def delete_selected(self) -> None:
        """Asks, "No" being Enter's answer; a refusal (a group's member, a trainer) says why and what to do."""
        rows = self.panel.selected_rows()
        if self.ops is None or len(rows) != 1:
            return
        person_id, name = self.panel.model.row_id(rows[0]), self.panel.model.rows[rows[0]][1]
        text = self.tr("Delete %1? They leave the lists and the figures, and their attendance no longer counts. "
                       "The record is kept in the history.").replace("%1", name)
        if not choose.confirm(self, self.tr("Delete the person"), text):
            return

        def delete(session: Any) -> None:
            from fieldapp.services import people

            people.delete_person(session, person_id)

        self.ops.write(delete, reason="deleted", failure=lambda exc: errors.show_error(self, exc))
