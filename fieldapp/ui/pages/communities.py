"""Communities: the region, its districts and the settlements the programme works in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.pages import Page, register

if TYPE_CHECKING:
    from fieldapp.ui.settlement_dialog import SettlementDialog


@register
class CommunitiesPage(Page):
    order = 20
    key = "communities"
    icon_name = "mdi6.home-group"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = ListPanel("localities", self._empty, self)
        self.panel.open_requested.connect(self.open_record)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self._edit_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        self.dialog: SettlementDialog | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Communities")

    def _empty(self) -> str:
        return self.tr("No communities yet. The region, districts and villages arrive with the programme's setup.")

    def panels(self) -> list[ListPanel]:
        return [self.panel]

    def _edit_current(self) -> None:
        row_id = self.panel.current_id()
        if row_id is not None:
            self.open_record(row_id)

    def open_record(self, row_id: str) -> SettlementDialog | None:
        # the form and its checks are imported when first used, not at every start
        from fieldapp.ui.settlement_dialog import SettlementDialog

        if self.ops is None:
            return None
        self.dialog = SettlementDialog(self.ops, row_id, self)
        self.dialog.saved.connect(self.panel.show_record)
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected place's names and KATO code (Enter)"))
