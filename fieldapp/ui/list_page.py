"""A page that is one list: the filter, the table, and Enter showing the record's details."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldapp.ui.details_dialog import DetailsDialog
from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.pages import Page


class ListPage(Page):
    list_name: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = ListPanel(self.list_name, self.empty_text, self)
        self.panel.open_requested.connect(self.open_record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.dialog: DetailsDialog | None = None

    def empty_text(self) -> str:
        raise NotImplementedError

    def panels(self) -> list[ListPanel]:
        return [self.panel]

    def open_record(self, row_id: str) -> None:
        show_details(self, self.panel, row_id, self.title())

    def retranslate(self) -> None:
        self.panel.retranslate()


def show_details(page: Page, panel: ListPanel, row_id: str, title: str) -> DetailsDialog | None:
    row = panel.model.row_of(row_id)
    if row is None:
        return None
    page.dialog = DetailsDialog(title, panel.model.headers(), panel.model.display_row(row), page)
    page.dialog.open()
    return page.dialog
