"""The records behind a dashboard figure: the figure's list (``services/lists.py``) narrowed to what it counted
(``services/dashboard.drill``). Enter shows a record; Ctrl+C copies rows as any list does."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fieldapp.ui.details_dialog import DetailsDialog
from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.operations import Operations


class FigureListDialog(QDialog):
    def __init__(self, ops: Operations, list_name: str, scope: tuple[str, str | None], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.heading = QLabel(title, self)
        self.heading.setWordWrap(True)
        self.panel = ListPanel(list_name, lambda: self.tr("No records behind this figure."), self, scope=scope)
        self.panel.open_requested.connect(self.open_record)
        self.details: DetailsDialog | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(960, 560)
        self.panel.attach(ops)

    def open_record(self, row_id: str) -> DetailsDialog | None:
        row = self.panel.model.row_of(row_id)
        if row is None:
            return None
        self.details = DetailsDialog(self.windowTitle(), self.panel.model.headers(), self.panel.model.display_row(row),
                                     self)
        self.details.open()
        return self.details
