"""The Agreements page's "Paper projects" button: import the register of projects already running on paper
(Ctrl+Shift+I), or register one by hand (``ui/paper_projects.py``, imported when chosen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

translate = QCoreApplication.translate


class PaperProjectsButton(QToolButton):
    """A toolbar button with its menu; ``page`` is the Agreements page (its ``ops``, ``dialog``, ``open_record``)."""

    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.page = page
        self.setObjectName("paperProjectsButton")
        self.import_action, self.hand_action = QAction(page), QAction(page)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(lambda _checked=False: self.import_register())
        self.hand_action.triggered.connect(lambda _checked=False: self.register_by_hand())
        page.addAction(self.import_action)
        menu = QMenu(self)
        menu.addActions([self.import_action, self.hand_action])
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(translate("PaperProjects", "Paper projects"))
        self.setToolTip(translate("PaperProjects", "Projects funded and signed on paper before FieldApp"))
        self.import_action.setText(translate("PaperProjects", "&Import the register…"))
        self.import_action.setToolTip(translate("PaperProjects", "Projects already running on paper, from an Excel "
                                                "register (Ctrl+Shift+I)"))
        self.hand_action.setText(translate("PaperProjects", "&Register one by hand…"))

    def import_register(self) -> Any:
        """The import dialog with the register's preview; the list shows the new agreements once imported."""
        from fieldapp.ui.import_dialog import ImportDialog
        from fieldapp.ui.paper_projects import ProjectsImport

        page = self.page
        if page.ops is None:
            return None
        page.dialog = ImportDialog(page.ops, ProjectsImport(), page)
        page.dialog.imported.connect(self._imported)
        page.dialog.open()
        return page.dialog

    def _imported(self, result: Any) -> None:
        window = self.page.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(translate("PaperProjects", "Paper projects registered with their "
                                                     "agreements and payments: %1.").replace("%1", str(len(result.added))),
                                           15000)

    def register_by_hand(self) -> Any:
        """One project typed in; its agreement is opened once registered."""
        from fieldapp.ui.paper_projects import PaperProjectDialog

        page = self.page
        if page.ops is None:
            return None
        page.dialog = PaperProjectDialog(page.ops, page)
        page.dialog.saved.connect(page.open_record)
        page.dialog.open()
        return page.dialog
