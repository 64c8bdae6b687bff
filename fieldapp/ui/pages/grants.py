"""Grant calls and the applications they received: the applications with their workflow actions, the ranking
of a call with the suggested selection, and the calls."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from fieldapp.ui.application_actions import ApplicationActions
from fieldapp.ui.list_page import show_details
from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.pages import Page, register
from fieldapp.ui.ranking_panel import RankingPanel


@register
class GrantsPage(Page):
    order = 50
    key = "grants"
    icon_name = "mdi6.file-document-multiple-outline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.applications = ListPanel("applications", self._no_applications, self)
        self.actions = ApplicationActions(self.applications.current_id, self)
        self.ranking = RankingPanel(self)
        self.calls = ListPanel("calls", self._no_calls, self)
        applications_tab = QWidget(self)
        tab_layout = QVBoxLayout(applications_tab)
        tab_layout.setContentsMargins(0, 0, 0, 0)
        tab_layout.addWidget(self.actions)
        tab_layout.addWidget(self.applications, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(applications_tab, "")
        self.tabs.addTab(self.ranking, "")
        self.tabs.addTab(self.calls, "")
        self.applications.open_requested.connect(lambda _row_id: self.actions.edit_application())
        self.calls.open_requested.connect(lambda row_id: show_details(self, self.calls, row_id, self.tabs.tabText(2)))
        self.actions.message.connect(self._status)
        self.ranking.message.connect(self._status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()

    def attach(self, ops, db) -> None:  # noqa: ANN001 - as the base class
        super().attach(ops, db)
        self.actions.attach(ops)
        self.ranking.attach(ops)

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    def title(self) -> str:
        return self.tr("Grant calls & applications")

    def panels(self) -> list[ListPanel]:
        return [self.applications, self.calls]

    def current_panel(self) -> ListPanel | None:
        return self.calls if self.tabs.currentWidget() is self.calls else self.applications

    def _no_applications(self) -> str:
        return self.tr("No applications yet. Ctrl+N types in a paper application when a grant call is open.")

    def _no_calls(self) -> str:
        return self.tr("No grant calls yet. The head office announces calls; they arrive here with sync.")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Applications"))
        self.tabs.setTabText(1, self.tr("Ranking"))
        self.tabs.setTabText(2, self.tr("Grant calls"))
        self.actions.retranslate()
        self.ranking.retranslate()
