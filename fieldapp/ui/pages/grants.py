"""Grant calls and the applications they received, side by side in two tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from fieldapp.ui.list_page import show_details
from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.pages import Page, register


@register
class GrantsPage(Page):
    order = 50
    key = "grants"
    icon_name = "mdi6.file-document-multiple-outline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.applications = ListPanel("applications", self._no_applications, self)
        self.calls = ListPanel("calls", self._no_calls, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.applications, "")
        self.tabs.addTab(self.calls, "")
        self.applications.open_requested.connect(
            lambda row_id: show_details(self, self.applications, row_id, self.tabs.tabText(0)))
        self.calls.open_requested.connect(lambda row_id: show_details(self, self.calls, row_id, self.tabs.tabText(1)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Grant calls & applications")

    def panels(self) -> list[ListPanel]:
        return [self.applications, self.calls]

    def current_panel(self) -> ListPanel | None:
        return self.calls if self.tabs.currentWidget() is self.calls else self.applications

    def _no_applications(self) -> str:
        return self.tr("No applications yet. Applications are registered when a grant call is open.")

    def _no_calls(self) -> str:
        return self.tr("No grant calls yet. The head office announces calls; they arrive here with sync.")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Applications"))
        self.tabs.setTabText(1, self.tr("Grant calls"))
