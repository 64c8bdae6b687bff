"""The main window: sidebar of sections, the section in view, menus, toolbar and the status bar.

It is built before the database is open (so it shows at once); :meth:`attach` hands it the open database.
The window shows its shell first: a page is built when it is first shown (the one in view just after the first
paint), when asked for (:meth:`MainWindow.page`), or in an idle turn of the event loop once the first data are
on screen, one page a turn (docs/performance.md, "Start").
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

import fieldapp
from fieldapp import APP_NAME
from fieldapp.ui.forms.ui_main_window import Ui_MainWindow
from fieldapp.ui.pages import SECTIONS, Page
from fieldapp.ui.sync_status import ElidedLabel, SyncStatus

if TYPE_CHECKING:
    from fieldapp.ui.list_panel import ListPanel
    from fieldapp.ui.live_query import LiveQuery
    from fieldapp.ui.operations import Operations

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"
DEFAULT_SIZE = QSize(1280, 720)
#: the sync engine and the head office's page start this long after the database is open, should the page in
#: view not have shown its data by then
BEHIND_MS = 3000
#: how long one idle turn sets up PySide6's classes before qtawesome is imported (set_icons_soon)
ICON_STEP_S = 0.008


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    #: the window closed and every queued write finished
    closed = Signal()
    #: the window has been painted once (startup opens the database only then: see app.py)
    first_painted = Signal()
    #: the page in view at the start has its first data on screen: the last session's (a snapshot, see
    #: fieldapp/snapshots.py) or the database's
    first_data_shown = Signal()
    #: the page in view has the database's own data on screen (the icons and the other pages come then)
    live_data_shown = Signal()
    #: the user profile changed (Settings): the status bar and every page built so far hear it
    user_changed = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.ops: Operations | None = None
        self.db: Any = None
        self.unsent: int | None = None
        self.unsent_query: LiveQuery[Any] | None = None
        self.sync_engine: Any = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.sections = SECTIONS
        #: the pages built so far, by row (None: not yet; a blank widget holds its place in the stack)
        self.built: list[Page | None] = [None] * len(self.sections)
        self.first_data_done = False
        self.live_data_done = False
        #: the sync engine, the inbox's count and the head office's page have started (after the first data)
        self.behind_started = False
        #: what the pages showed when the last session closed, by page key, while the file is as it left it
        self.kept: dict[str, Any] = {}
        self.closing = False
        self.go_actions: list[QAction] = []
        for number, _section in enumerate(self.sections, start=1):
            self.ui.pages.addWidget(QWidget(self.ui.pages))
            self.ui.sidebar.addItem(QListWidgetItem())
            action = QAction(self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page(row))
            self.ui.menuGo.addAction(action)
            self.go_actions.append(action)
        self.ui.sidebar.currentRowChanged.connect(self._section_chosen)
        self.user_changed.connect(self.show_user)
        self.background_timer = QTimer(self)
        self.background_timer.setSingleShot(True)
        self.background_timer.timeout.connect(self._build_next)
        self.icons_set = False
        self.icons_loading = False
        # a blank icon holds the place of the real ones (set_icons), so the sidebar does not jump when they come
        blank = QPixmap(self.ui.sidebar.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        for row in range(self.ui.sidebar.count()):
            self.ui.sidebar.item(row).setIcon(QIcon(blank))
        # and the toolbar's: a button laid out with its text alone, then given its icon, was drawn cut in the
        # middle until laid out again («Excel-…орттау»); with a place for the icon its width never changes
        blank = QPixmap(self.ui.mainToolBar.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        for action in self.ui.mainToolBar.actions():
            action.setIcon(QIcon(blank))

        self.user_label = ElidedLabel(self)
        self.file_label = ElidedLabel(self)
        self.sync_status = SyncStatus(self)
        self.sync_status.clicked.connect(lambda: self.show_page(self.row_of("sync")))
        self.unsent_label = self.sync_status.pending_label
        for label in (self.user_label, self.file_label):
            label.setContentsMargins(8, 0, 8, 0)
            label.setMinimumWidth(60)  # on a narrow screen they end in "…" (whole in the tooltip)
        for widget in (self.sync_status, self.user_label, self.file_label):
            self.ui.statusbar.addPermanentWidget(widget)

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionCopy.triggered.connect(self.copy_rows)
        self.ui.actionFind.triggered.connect(self.focus_filter)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionExport.triggered.connect(self.ask_export)
        self.history_action = QAction(self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.ui.menuEdit.addAction(self.history_action)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.sync_action.setEnabled(False)
        self.sync_action.triggered.connect(self.sync_now)
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.sync_action)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        from fieldapp.ui.inbox_action import install as install_inbox

        self.inbox_action = install_inbox(self)  # File ▸ Conflicts and rejections (N)…, Ctrl+Shift+K
        self.about_box: QMessageBox | None = None

        self.retranslate()
        self._restore_geometry()

    # -- sections ----------------------------------------------------------------------------------------
    def row_of(self, key: str) -> int:
        return next(row for row, section in enumerate(self.sections) if section.key == key)

    def page(self, key: str) -> Page:
        """The page named ``key``, built now if it was not yet."""
        return self.page_at(self.row_of(key))

    def page_at(self, row: int) -> Page:
        page = self.built[row]
        return page if page is not None else self._build(row)

    @property
    def pages(self) -> list[Page]:
        """Every page in sidebar order (building those not built yet: for tests and tools, not the start)."""
        return [self.page_at(row) for row in range(len(self.sections))]

    def _build(self, row: int) -> Page:
        """Make the page of ``row``, put it in the stack in its placeholder's stead, and give it what the pages
        built at the start got: the database, the sync engine, the profile's changes."""
        page = self.sections[row].load()(self.ui.pages)
        self.built[row] = page
        placeholder = self.ui.pages.widget(row)
        assert placeholder is not None
        current = self.ui.pages.currentIndex()
        self.ui.pages.insertWidget(row, page)
        self.ui.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.ui.pages.setCurrentIndex(current)
        page.actions_changed.connect(self._update_actions)
        page.data_shown.connect(lambda: self._data_shown(page))
        self.user_changed.connect(page.profile_changed)
        user_changed = getattr(page, "user_changed", None)  # Settings, where the profile is chosen
        if user_changed is not None:
            user_changed.connect(self.user_changed)
        if self.ops is not None:
            page.attach(self.ops, self.db)
            set_engine = getattr(page, "set_engine", None)  # the Sync page
            if set_engine is not None and self.sync_engine is not None:
                set_engine(self.sync_engine)
        elif self.sections[row].key in self.kept:  # a kept section: the last session's data, for now
            try:
                page.show_kept(self.kept.pop(self.sections[row].key))  # type: ignore[attr-defined]
            except (KeyError, TypeError, ValueError, AttributeError) as exc:  # kept by another version
                log.warning("the last session's %s was not shown: %r", self.sections[row].key, exc)
        self._update_actions()
        return page

    def show_early(self, key: str, data: Any) -> None:
        """The figures a start reads before the database layer is loaded (fieldapp/first_look.py), shown as the
        last session's would be until the database's own answer replaces them."""
        if data is None or self.ops is not None or self.live_data_done or self.closing:
            return
        page = self.built[self.row_of(key)]
        if page is None:
            self.kept[key] = data  # shown when it is built (_build)
            return
        try:
            page.show_kept(data)  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            log.warning("the first look at %s was not shown: %r", key, exc)

    def section_in_view(self) -> str:
        """The key of the section in view (the one the next start opens)."""
        return self.sections[self.ui.pages.currentIndex()].key

    def current_page(self) -> Page:
        return self.page_at(self.ui.pages.currentIndex())

    def show_page(self, row: int) -> None:
        self.ui.sidebar.setCurrentRow(row)

    def _section_chosen(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.ui.pages.setCurrentIndex(row)
            if self.built[row] is not None or getattr(self, "painted", False):
                self.page_at(row)  # its first show builds it (the one in view at the start: after the first paint)
            self._update_actions()
            if self.ops is not None:
                self._start_behind()  # another section chosen once the database is open: the start is over

    def _data_shown(self, page: Page) -> None:
        if self.live_data_done or self.closing or page is not self.built[self.ui.pages.currentIndex()]:
            return
        if not self.first_data_done:
            self.first_data_done = True
            self.first_data_shown.emit()
        if self.ops is not None:  # not the last session's snapshot: the database's own data
            self.live_data_done = True
            self.live_data_shown.emit()
            QTimer.singleShot(0, self, self._after_live_data)  # once these data are painted

    def _after_live_data(self) -> None:
        self._start_behind()
        if not self.closing:
            self.background_timer.start(0)

    def _build_next(self) -> None:
        """An idle turn: build the next page not built yet (so its first visit opens at once), then let the
        event loop run again."""
        row = next((row for row, page in enumerate(self.built) if page is None), None)
        if row is None or self.closing:
            return
        self._build(row)
        self.background_timer.start(0)

    def _update_actions(self) -> None:
        """Export, Copy, Find and History act on the page in view: enabled where it has something to act on."""
        page = self.built[self.ui.pages.currentIndex()] if self.sections else None
        attached = self.ops is not None
        self.ui.actionExport.setEnabled(page is not None and page.can_export() and attached)
        self.ui.actionCopy.setEnabled(page is not None and page.can_copy())
        self.ui.actionFind.setEnabled(page is not None and page.can_find())
        self.history_action.setEnabled(page is not None and page.can_show_history() and attached)
        for row, section in enumerate(self.sections):  # a section offered only to some (head-office mode)
            built = self.built[row]
            self.ui.sidebar.setRowHidden(row, not (built.in_sidebar() if built is not None else section.offered))

    def current_panel(self) -> ListPanel | None:
        return self.current_page().current_panel() if self.sections else None

    def set_icons_soon(self) -> None:
        """The icons, with no long pause of the GUI thread and no other thread: qtawesome's import (qtpy's star
        imports set up every class of QtCore, QtGui and QtWidgets: 0.1 s on a quiet box, 0.3–0.4 s under load)
        is preceded by those classes set up a few at a time, one idle turn of the event loop each (≤ 8 ms), then
        qtawesome's own imports one a turn (``icons.IMPORTS``) and the icons are drawn in the next (one font,
        ``fieldapp.ui.icons``). It was imported on a thread of its own: that crashed the application in about one
        start in ten (a segmentation fault in shiboken: PySide6 sets up a class on its first use, and the import
        thread and the GUI thread building a page did so at once)."""
        if self.icons_set or self.icons_loading:
            return
        self.icons_loading = True
        from PySide6 import QtCore, QtGui, QtWidgets

        from fieldapp.ui import icons

        pending = [(module, name) for module in (QtWidgets, QtGui, QtCore)
                   for name in getattr(module, "__all__", None) or dir(module)]
        imports = list(reversed(icons.IMPORTS))

        def step() -> None:
            if self.live_data_done and not self.closing and any(page is None for page in self.built):
                QTimer.singleShot(20, self, step)  # after the pages' builds: a turn holds one or the other
                return
            if pending:
                until = time.perf_counter() + ICON_STEP_S
                while pending and time.perf_counter() < until:
                    module, name = pending.pop()
                    getattr(module, name, None)
            elif imports:
                with contextlib.suppress(ImportError):  # only ahead of time: set_icons imports what it needs
                    importlib.import_module(imports.pop())
            if pending or imports:
                QTimer.singleShot(0, self, step)
            else:  # the font and the icons in the next turn
                QTimer.singleShot(0, self, self.set_icons)

        QTimer.singleShot(0, self, step)

    def set_icons(self) -> None:
        """Icons are glyphs of qtawesome's fonts: importing it takes a while, so this runs after the first data."""
        if self.icons_set:
            return
        self.icons_set = True
        from fieldapp.ui import style, text_fit
        from fieldapp.ui.icons import icon

        colour = style.accent_colour()
        for row, section in enumerate(self.sections):
            self.ui.sidebar.item(row).setIcon(icon(section.icon_name, color=colour, color_selected="white"))
        self.ui.actionRefresh.setIcon(icon("mdi6.refresh", color=colour))
        self.ui.actionExport.setIcon(icon("mdi6.microsoft-excel", color=colour))
        self._fit_sidebar()
        text_fit.style_headers()  # QStyle is set up by now (qtawesome's imports): the titles clear of the lines

    # -- the database ------------------------------------------------------------------------------------
    def attach(self, ops: Operations, db: Any) -> None:
        """The database is open: the pages built so far get it (those built later get it as they are made)."""
        from fieldapp.ui.sync_engine import SyncEngine

        self.ops, self.db = ops, db
        ops.parent_widget = self
        self.sync_engine = SyncEngine(ops, db, self.sync_status)
        self.sync_engine.changed.connect(self._sync_changed)
        self.unsent_query = self.sync_engine.state_query
        self.sync_action.setEnabled(True)
        for page in self.built:  # the page in view sends its first question now
            if page is not None:
                page.attach(ops, db)
        # the status bar's sync state is read when the engine starts, after the first data: its counts of what
        # waits to be sent (0.4 s of CPU with 290,000 changes unsent) ran beside the first question on the other
        # reader and held the interpreter lock it needed
        self.show_user()
        sync_page = self.built[self.row_of("sync")]
        if sync_page is not None:
            sync_page.set_engine(self.sync_engine)  # type: ignore[attr-defined]
        self._update_actions()
        # a page with no list emits no data_shown: the other pages are built a moment later all the same (and
        # after a long wait whatever the page, should its data be slow); the sync engine and the head office's
        # page start after the first data, or after BEHIND_MS anyway
        QTimer.singleShot(1500, self, lambda: self._no_data_yet(any_page=False))
        QTimer.singleShot(BEHIND_MS, self, self._start_behind)
        QTimer.singleShot(15_000, self, lambda: self._no_data_yet(any_page=True))

    def _start_behind(self) -> None:
        """Once the page in view has the database's data (or BEHIND_MS after the database is open): the head
        office's page (built to tell whether it is offered), the inbox's count and the sync engine's first check
        (importing httpx and the sync client). Before, they held the interpreter lock the first question needed."""
        if self.behind_started or self.ops is None or self.closing:
            return
        self.behind_started = True
        # one step a turn of the event loop, so that none holds the window for long
        for row, section in enumerate(self.sections):
            if not section.offered and self.built[row] is None:
                # only the page can tell whether it is offered (head office: the profile's role)
                QTimer.singleShot(0, self, lambda row=row: self._build(row) if self.built[row] is None else None)
        QTimer.singleShot(0, self, lambda: self.inbox_action.attach(self.ops, self.ui.menubar))
        QTimer.singleShot(0, self, lambda: None if self.closing else self.sync_engine.start())  # type: ignore[union-attr]

    def _no_data_yet(self, any_page: bool) -> None:
        page = self.built[self.ui.pages.currentIndex()]
        if not self.live_data_done and page is not None and (any_page or not page.shows_data()):
            self._data_shown(page)

    def show_user(self) -> None:
        name = self.db.user_name if self.db is not None else None
        self.user_label.setText(self.tr("User: %1").replace("%1", name) if name else "")
        self.user_label.setToolTip(self.user_label.text())

    def count_unsent(self) -> None:
        if self.unsent_query is not None:
            self.unsent_query.refresh()

    def _sync_changed(self, view: Any) -> None:
        self.unsent = view.state.pending if view.state is not None else None
        self.sync_status.show_view(view)

    def sync_now(self) -> None:
        """F9: sync at once; the Sync page shows its progress."""
        if self.sync_engine is not None:
            self.sync_engine.sync_now()

    # -- actions -----------------------------------------------------------------------------------------
    def copy_rows(self) -> int:
        copied = self.current_page().copy_selection()
        if copied:
            self.statusBar().showMessage(self.tr("%n row(s) copied with headers", "", copied), 4000)
        return copied

    def show_history(self) -> Any:
        return self.current_page().show_history()

    def focus_filter(self) -> None:
        self.current_page().focus_filter()

    def refresh(self) -> None:
        self.current_page().refresh()
        self.count_unsent()

    def ask_export(self) -> None:
        if not self.current_page().can_export():
            return
        title = self.current_page().title()
        suggested = str(Path.home() / f"{title}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), suggested,
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_current(Path(path) if path.endswith(".xlsx") else Path(path + ".xlsx"))

    def export_current(self, path: Path) -> None:
        page = self.current_page()
        if page.can_export():
            page.export_to(path, page.title(), done=self._exported)

    def _exported(self, path: Path, rows: int) -> None:
        self.statusBar().showMessage(
            self.tr("%n row(s) written to %1", "", rows).replace("%1", str(path)), 8000)

    def show_about(self) -> QMessageBox:
        self.about_box = QMessageBox(self)
        self.about_box.setWindowTitle(self.tr("About FieldApp"))
        self.about_box.setIconPixmap(self.windowIcon().pixmap(48, 48))
        self.about_box.setText(f"<b>{APP_NAME}</b> {fieldapp.__version__}")
        self.about_box.setInformativeText(self.tr(
            "Trainings, grants, agreements and site visits of community grant programmes, offline.\n"
            "Database: %1").replace("%1", str(self.db_path)))
        self.about_box.open()
        return self.about_box

    # -- language, geometry, closing ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.history_action.setText(self.tr("&History of the record…"))
        self.history_action.setToolTip(self.tr("Who changed the selected record, what and when"))
        self.inbox_action.retranslate()
        self.setWindowTitle(f"{APP_NAME} — {self.db_path.name}")
        for row, section in enumerate(self.sections):
            built = self.built[row]
            title = built.title() if built is not None else section.title()
            item = self.ui.sidebar.item(row)
            item.setText(title)
            item.setToolTip(f"{title} (Ctrl+{row + 1})" if row < 9 else title)
            self.go_actions[row].setText(title)
        self.file_label.setText(self.tr("Database: %1").replace("%1", self.db_path.name))
        self.file_label.setToolTip(str(self.db_path))
        self.show_user()
        self.sync_action.setText(self.tr("&Sync now"))
        self.sync_action.setToolTip(self.tr("Send this laptop's changes and receive the head office's now (F9)"))
        self.sync_status.retranslate()
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        sidebar = self.ui.sidebar
        widest = sidebar.sizeHintForColumn(0)
        sidebar.setFixedWidth(max(widest, 120) + 2 * sidebar.frameWidth() + 16)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        row = settings.value(PAGE_KEY, 0, int)
        self.show_page(row if 0 <= row < len(self.sections) else 0)

    def save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(PAGE_KEY, self.ui.sidebar.currentRow())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.closing = True
        self.background_timer.stop()
        self.save_geometry()
        for page in self.built:
            for form in page.findChildren(QWidget) if page is not None else ():
                save_draft = getattr(form, "save_draft", None)
                if callable(save_draft) and form.isVisible():
                    save_draft()
        if self.sync_engine is not None:
            self.stop_sync()
        if self.ops is not None:
            self.finish_background_work()
            self.ops.wait()
        super().closeEvent(event)
        self.closed.emit()

    def stop_sync(self) -> None:
        """A running round stops at its next clean point before the database closes; the next start resumes."""
        if self.sync_engine.thread is not None:
            self.statusBar().showMessage(self.tr("Stopping the sync at a safe point…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            QApplication.processEvents()
            try:
                self.sync_engine.stop()
            finally:
                QApplication.restoreOverrideCursor()
        else:
            self.sync_engine.stop()

    def finish_background_work(self) -> None:
        """An Excel export or a PDF being written is finished before the window closes (and the database with
        it): the file is whole, and nothing reads a closed database."""
        if self.ops is None or not self.ops.background_running():
            return
        self.statusBar().showMessage(self.tr("Finishing the file being written…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            self.ops.wait_for_background()
        finally:
            QApplication.restoreOverrideCursor()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "painted", False):
            self.painted = True
            QTimer.singleShot(0, self, self._first_paint_done)
        return super().event(event)

    def _first_paint_done(self) -> None:
        """The shell is on screen: now the page in view is built (its data come once the database is open)."""
        self.current_page()
        self.first_painted.emit()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.sidebar.hasFocus():
            self.focus_filter()
            return
        super().keyPressEvent(event)
