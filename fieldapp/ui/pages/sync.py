"""Sync: this laptop's identity and the history of changes recorded here (sending them comes later)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from fieldapp.ui.list_page import show_details
from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.pages import Page, register


def _device(session: Any) -> Any:
    from fieldapp.services import settings

    return settings.device(session)


@register
class SyncPage(Page):
    order = 80
    key = "sync"
    icon_name = "mdi6.sync"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device_label = QLabel(self)
        self.device_id = QLabel("—", self)
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.history_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.device_label, self.device_id)
        self.history = ListPanel("history", self._empty, self)
        self.history.open_requested.connect(
            lambda row_id: show_details(self, self.history, row_id, self.history_label.text()))
        from fieldapp.ui.bundle_dialogs import SyncFileButtons

        self.file_buttons = SyncFileButtons(self)  # USB / e-mail and the conflicts inbox
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.file_buttons)
        layout.addWidget(self.explanation)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def panels(self) -> list[ListPanel]:
        return [self.history]

    def attach(self, ops: Any, db: Any) -> None:
        super().attach(ops, db)
        ops.read(_device, success=self._device_arrived)
        self.file_buttons.attach(ops, db)

    def _device_arrived(self, device: Any) -> None:
        self.device = device
        self.retranslate()

    def _empty(self) -> str:
        return self.tr("No changes recorded yet. Every change made on this laptop appears here.")

    def retranslate(self) -> None:
        self.device_label.setText(self.tr("This laptop's device id"))
        self.explanation.setText(self.tr(
            "Every change is recorded here with who made it and when. Sending the changes to the head office "
            "and receiving theirs arrives with the sync feature; nothing recorded is lost meanwhile."))
        self.history_label.setText(self.tr("History of changes"))
        device = getattr(self, "device", None)
        if device is not None:
            self.device_id.setText(self.tr("%1 (its drafts are numbered %2-…)").replace("%1", device.device_id)
                                   .replace("%2", device.prefix))
