"""The sections of the main window. Each page module defines a :class:`Page` subclass and registers it with
``@register``; the main window builds its sidebar from :func:`page_classes`, so nothing keeps a list by hand."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from fieldapp.ui.list_panel import ListPanel
    from fieldapp.ui.operations import Operations

_registry: list[type[Page]] = []


class Page(QWidget):
    """A section: its place in the sidebar, its icon, its title, and how it gets its data."""

    #: position in the sidebar (and Ctrl+<n>)
    order: int = 100
    #: stable name (tests, remembered last page)
    key: str = ""
    #: qtawesome icon name
    icon_name: str = "mdi6.circle-outline"
    #: the page's first data are on screen
    data_shown = Signal()
    #: what the Edit and File menus can do here changed (another tab, a selection)
    actions_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops: Operations | None = None
        self.db: Any = None

    def title(self) -> str:
        raise NotImplementedError

    def attach(self, ops: Operations, db: Any) -> None:
        """The database is open: start loading (pages are built before it is, so the window shows first)."""
        self.ops, self.db = ops, db
        for panel in self.panels():
            panel.model.loaded.connect(lambda _total: self.data_shown.emit())
            panel.attach(ops)

    def panels(self) -> list[ListPanel]:
        """The lists on this page (Ctrl+C, Export to Excel, F5 act on the one in view)."""
        return []

    def current_panel(self) -> ListPanel | None:
        visible = [p for p in self.panels() if p.isVisible()]
        return visible[0] if visible else (self.panels()[0] if self.panels() else None)

    def refresh(self) -> None:
        for panel in self.panels():
            panel.refresh()

    # -- what the Edit and File menus do on this page (the list in view, unless a page has its own table) ------
    def can_find(self) -> bool:
        return self.current_panel() is not None

    def focus_filter(self) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.focus_filter()

    def can_copy(self) -> bool:
        return self.current_panel() is not None

    def copy_selection(self) -> int:
        panel = self.current_panel()
        return panel.copy_selection() if panel is not None else 0

    def can_export(self) -> bool:
        return self.current_panel() is not None

    def export_to(self, path: Path, title: str, done: Callable[[Path, int], None] | None = None) -> None:
        panel = self.current_panel()
        if panel is not None:
            panel.export_to(path, title, done)

    def can_show_history(self) -> bool:
        panel = self.current_panel()
        return panel is not None and panel.has_history()

    def show_history(self) -> Any:
        panel = self.current_panel()
        return panel.show_history() if panel is not None else None

    def in_sidebar(self) -> bool:
        """Whether the section is offered now (asked again on ``actions_changed``): head-office mode is only for
        the head office's profiles and a computer that keeps a hub's data folder."""
        return True

    def profile_changed(self) -> None:
        """The user profile signed in on this computer changed (Settings)."""

    def retranslate(self) -> None:
        """Set every visible text again (called on a language change)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def register(cls: type[Page]) -> type[Page]:
    if cls not in _registry:
        _registry.append(cls)
    return cls


def page_classes() -> list[type[Page]]:
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")
    return sorted(_registry, key=lambda cls: cls.order)
