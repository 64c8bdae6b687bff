"""The sections of the main window. Each page module defines a :class:`Page` subclass and registers it with
``@register``; :data:`SECTIONS` names them in sidebar order with what the sidebar shows before a page is built
(its title and icon), so the window shows its shell without importing a page (``tests/ui/test_lazy_pages.py``
checks that the list and the classes agree). The main window builds a page when it is first shown, asked for
(``window.page(key)``), or in an idle turn after the first data are on screen."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from fieldapp.ui.text_fit import fit_choices

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
        self._choices_fitted = False

    def title(self) -> str:
        raise NotImplementedError

    def attach(self, ops: Operations, db: Any) -> None:
        """The database is open: start loading (pages are built before it is, so the window shows first)."""
        self.ops, self.db = ops, db
        for panel in self.panels():
            panel.model.loaded.connect(lambda _total: self.data_shown.emit())
            panel.attach(ops)

    def shows_data(self) -> bool:
        """The page says when its first data are on screen (``data_shown``): its lists do, or it does itself."""
        return bool(self.panels())

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

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if not self._choices_fitted:  # its choice boxes grow with their choices (filled by reads, retranslated)
            self._choices_fitted = True
            fit_choices(self)
        super().showEvent(event)


@dataclass(frozen=True)
class Section:
    """A page as the sidebar knows it before the page is built."""

    key: str
    #: the module in this package and the Page class in it
    module: str
    class_name: str
    #: the English title, translated in the class's context (as its ``title()`` is)
    title_source: str
    icon_name: str
    #: offered in the sidebar before the database is open; False: hidden until the page, built as the database
    #: arrives, says otherwise (the head office's page asks the profile's role)
    offered: bool = True
    #: the page keeps what it shows for the next start (fieldapp/snapshots.py): its module's ``kept_question()``
    #: is asked before the database closes, and the page's ``show_kept(data)`` shows the answer at the next start
    #: until the database is open, when the file is as that session left it
    kept: bool = False

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_source)

    def load(self) -> type[Page]:
        return getattr(self.page_module(), self.class_name)  # type: ignore[no-any-return]

    def page_module(self) -> Any:
        return importlib.import_module(f"{__name__}.{self.module}")


#: the sidebar, in order (Ctrl+1 … Ctrl+9): a new page adds its line here (and registers its class)
SECTIONS: tuple[Section, ...] = (
    Section("dashboard", "dashboard", "DashboardPage", "Dashboard", "mdi6.view-dashboard-outline", kept=True),
    Section("communities", "communities", "CommunitiesPage", "Communities", "mdi6.home-group"),
    Section("people", "people", "PeoplePage", "People", "mdi6.account-multiple-outline"),
    Section("trainings", "trainings", "TrainingsPage", "Trainings", "mdi6.school-outline"),
    Section("grants", "grants", "GrantsPage", "Grant calls & applications", "mdi6.file-document-multiple-outline"),
    Section("agreements", "agreements", "AgreementsPage", "Agreements", "mdi6.handshake-outline"),
    Section("site_visits", "site_visits", "SiteVisitsPage", "Site visits", "mdi6.map-marker-check-outline"),
    Section("sync", "sync", "SyncPage", "Sync", "mdi6.sync"),
    Section("settings", "settings", "SettingsPage", "Settings", "mdi6.cog-outline"),
    Section("head_office", "head_office", "HeadOfficePage", "Head office", "mdi6.office-building", offered=False),
)


def register(cls: type[Page]) -> type[Page]:
    if cls not in _registry:
        _registry.append(cls)
    return cls


def page_classes() -> list[type[Page]]:
    """Every registered page class in sidebar order (imports every page module: tests and tools, not the start)."""
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")
    return sorted(_registry, key=lambda cls: cls.order)
