"""File ▸ Conflicts and rejections (Ctrl+Shift+K), the main window's entry to the inbox of ``sync_inbox``: apart
from it, so the window's shell is made without the inbox's screens (they are imported when it opens)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from fieldapp.ui.live_query import LiveQuery


def _count(session: Any) -> int:
    from fieldapp.services.sync_inbox import inbox_count

    return inbox_count(session)


class InboxAction(QAction):
    """File ▸ Conflicts and rejections (Ctrl+Shift+K): its text carries how many wait for a person."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.count: int | None = None
        self.dialog: Any = None  # the InboxDialog it opened
        self.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.triggered.connect(self.open)
        self.query: LiveQuery[int] | None = None
        self.retranslate()

    def attach(self, ops: Any, label: QWidget) -> None:
        self.ops = ops
        self.query = LiveQuery(ops, label, lambda: _count, self._counted)
        self.query.refresh()

    def _counted(self, count: int) -> None:
        self.count = count
        self.retranslate()

    def retranslate(self) -> None:
        text = self.tr("Conflicts and re&jections…")
        if self.count:
            text = self.tr("Conflicts and re&jections (%1)…").replace("%1", str(self.count))
        self.setText(text)

    def open(self) -> Any:
        """The inbox dialog (``sync_inbox.InboxDialog``), or None before the database is open."""
        from fieldapp.ui.sync_inbox import open_inbox

        if getattr(self, "ops", None) is None:
            return None
        self.dialog = open_inbox(self.ops, self.window_)
        return self.dialog


def install(window: Any) -> InboxAction:
    """The File menu's entries for sync by file and the inbox, on the main window."""
    action = InboxAction(window)
    menu = window.ui.menuFile
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    return action
