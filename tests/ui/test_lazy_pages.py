"""The window shows its shell first (issue 18, start): a page is built on its first show, when asked for, or in
an idle turn once the first data are on screen; a page built late gets what the others got at the start (the
database, its data, the language, the profile's changes, the sync engine)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from ui_helpers import click_section, sidebar_texts

from fieldapp.ui import i18n
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages import SECTIONS, page_classes


def _built_keys(window: MainWindow) -> set[str]:
    return {section.key for section, page in zip(window.sections, window.built, strict=True) if page is not None}


def test_the_sections_list_names_every_page_class_in_order_with_its_title_and_icon(qapp) -> None:
    classes = page_classes()
    assert [(s.key, s.class_name) for s in SECTIONS] == [(c.key, c.__name__) for c in classes]
    holder = QWidget()
    for lang in ("ru", "kk", "en"):
        i18n.install(lang)
        for section, cls in zip(SECTIONS, classes, strict=True):
            assert section.load() is cls
            assert section.icon_name == cls.icon_name, section.key
            page = cls(holder)
            assert section.title() == page.title(), (lang, section.key)
            assert section.offered == page.in_sidebar(), section.key  # before the database: what the row shows
    holder.deleteLater()


def test_pages_are_built_on_their_first_show_and_get_their_data(qtbot, demo_path: Path) -> None:
    from fieldapp.db import open_database
    from fieldapp.ui.operations import Operations

    db = open_database(demo_path)
    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    assert _built_keys(window) == set()  # the shell alone: no page module is needed to show it
    assert sidebar_texts(window)[:3] == ["Dashboard", "Communities", "People"]
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.built[0] is not None)  # the page in view comes just after the first paint
    ops = Operations(db, window)
    ops.run_inline()
    window.attach(ops, db)
    # the dashboard's data are on screen; then the head office's page is built to tell whether it is offered
    assert window.page("dashboard").data is not None
    qtbot.waitUntil(lambda: {"dashboard", "head_office"} <= _built_keys(window))

    people_row = window.row_of("people")
    window.show_page(people_row)  # its first show builds it, attached, with its rows
    people = window.built[people_row]
    assert people is not None and window.ui.pages.currentWidget() is people
    assert window.current_page() is people and people.ops is ops
    assert people.panels()[0].model.rowCount() > 0
    assert window.ui.actionExport.isEnabled() and window.ui.actionCopy.isEnabled()

    # the others come in idle turns, attached as those built at the start were; the sidebar keeps its order
    qtbot.waitUntil(lambda: None not in window.built, timeout=20000)
    assert [page.key for page in window.pages] == [section.key for section in SECTIONS]
    assert all(page.ops is ops for page in window.pages)
    assert window.page("sync").engine is window.sync_engine
    assert window.ui.pages.count() == len(SECTIONS)
    assert [window.ui.pages.widget(row) for row in range(len(SECTIONS))] == window.pages
    click_section(qtbot, window, "Trainings")
    assert window.ui.pages.currentWidget() is window.page("trainings")
    window.close()
    db.close()


def test_a_page_built_late_speaks_the_language_and_hears_the_profile(qtbot, demo_path: Path) -> None:
    from fieldapp.db import open_database
    from fieldapp.ui.operations import Operations

    db = open_database(demo_path)
    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    ops = Operations(db, window)
    ops.run_inline()
    window.attach(ops, db)  # before any paint: no page is built yet
    assert window.built[window.row_of("settings")] is None
    i18n.install("kk")
    row = window.row_of("people")
    assert window.built[row] is None
    assert window.page("people").title() == "Адамдар"  # built after the switch
    qtbot.waitUntil(lambda: sidebar_texts(window)[row] == "Адамдар")
    i18n.install("en")  # ... and after it: retranslated with the rest
    qtbot.waitUntil(lambda: window.page("people").title() == sidebar_texts(window)[row] == "People")

    settings = window.page("settings")  # built after attach: the status bar hears its profile changes
    db.user_name = "Әйгерім Сапарова"
    settings.user_changed.emit()
    assert "Әйгерім Сапарова" in window.user_label.text()
    window.close()
    db.close()


def test_the_icons_come_in_idle_turns_on_the_gui_thread(qtbot, demo_path: Path) -> None:
    """set_icons_soon returns at once; PySide6's classes are set up a few per idle turn, then qtawesome is
    imported and every section gets its icon — all on the GUI thread (a second thread setting up PySide6's classes
    beside it crashed the application now and then)."""
    import threading

    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    window.show()
    blank = window.ui.sidebar.item(0).icon().pixmap(16, 16).toImage()
    threads = set(threading.enumerate())
    window.set_icons_soon()
    window.set_icons_soon()  # asked twice: one import, one set of icons
    assert not window.icons_set and set(threading.enumerate()) == threads  # later, and no thread of its own
    qtbot.waitUntil(lambda: window.icons_set, timeout=20_000)
    for row in range(window.ui.sidebar.count()):
        drawn = window.ui.sidebar.item(row).icon().pixmap(16, 16).toImage()
        assert drawn != blank, SECTIONS[row].key  # a glyph, not the transparent placeholder
    assert not window.ui.actionRefresh.icon().isNull()


def test_the_icons_load_the_one_font_they_use_not_every_font_qtawesome_bundles(qtbot, demo_path: Path) -> None:
    """qtawesome's own ``icon`` loads its twelve fonts (each file's MD5 checked first): ~40 ms of one GUI turn,
    two to three times that beside the readers. The window's icons are all Material Design Icons: one font."""
    from PySide6.QtGui import QFontDatabase

    from fieldapp.ui import icons

    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    window.set_icons()
    assert all(section.icon_name.startswith(icons.PREFIX + ".") for section in SECTIONS)
    families = set(QFontDatabase.families())
    assert "Material Design Icons" in families
    assert not families & {"Font Awesome 5 Free", "Font Awesome 6 Free", "Font Awesome 5 Brands", "Phosphor",
                           "remixicon", "codicon", "Elusive Icons"}  # none of the fonts FieldApp does not draw with
    assert set(icons._font.fontids) == {icons.PREFIX}
    before = icons._font
    assert not icons.icon("mdi6.sync", color="red").pixmap(16, 16).isNull() and icons._font is before  # once


def test_a_kept_dashboard_of_another_shape_is_not_shown_and_breaks_nothing(qtbot, demo_path: Path) -> None:
    """A snapshot written by another version (a figure it does not have) is passed over; the live data come."""
    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    window.kept["dashboard"] = {"cycle_id": None, "cycles": [], "figures": {"applications": 3}, "week": []}
    window.show()
    page = window.page("dashboard")
    assert "dashboard" not in window.kept and not window.first_data_done
    assert page.data is None and page.figures["applications"].value.text() == "—"  # nothing half-shown
    window.resize(1200, 700)  # the charts redraw from no data: no error
    qtbot.wait(50)


def test_the_figures_kept_at_closing_are_the_dashboards_and_never_an_encrypted_databases(qtbot, qapp,
                                                                                          demo_path: Path) -> None:
    from fieldapp.db import open_database
    from fieldapp.ui.app import Startup

    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    window.show_page(window.row_of("dashboard"))
    startup = Startup(qapp, window, demo_path, False)
    startup.db = open_database(demo_path)
    try:
        assert startup.db.user_id is not None  # the demo's profile
        key, data = startup._kept_data()
        assert key == "dashboard" and data["figures"]["applications"] > 0
        startup.db.encrypted = True  # SQLCipher with a key: nothing of it written in clear
        assert startup._kept_data() is None
        window.show_page(window.row_of("people"))  # a page that keeps nothing
        startup.db.encrypted = False
        assert startup._kept_data() is None
    finally:
        startup.db.close()


def test_the_sync_engine_and_the_head_office_page_wait_for_the_first_data(qtbot, demo_path: Path) -> None:
    """The sync engine's first check (httpx, the sync client), the inbox's count and the head office's page start
    once the page in view has the database's data on screen: before, they held the interpreter lock the first
    question needed. With no data by then, they start BEHIND_MS after the database is open all the same."""
    from fieldapp.db import open_database
    from fieldapp.ui import main_window
    from fieldapp.ui.operations import Operations

    db = open_database(demo_path)
    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    ops = Operations(db, window)
    ops.run_inline()
    window.attach(ops, db)  # before any paint: the page in view is not built, so no data yet
    qtbot.wait(50)
    head_office = window.row_of("head_office")
    assert window.sync_engine is not None and not window.sync_engine.timer.isActive()
    assert not window.behind_started and window.built[head_office] is None
    assert window.inbox_action.query is None
    with qtbot.waitSignal(window.live_data_shown, timeout=10_000):
        window.show()  # the dashboard is built after the first paint and gets its figures
    qtbot.waitUntil(lambda: window.behind_started and window.sync_engine.timer.isActive())
    assert window.built[head_office] is not None and window.inbox_action.query is not None
    window.close()

    late = MainWindow(demo_path)  # a page in view that never shows data: they start after BEHIND_MS anyway
    qtbot.addWidget(late)
    late_ops = Operations(db, late)
    late_ops.run_inline()
    late.attach(late_ops, db)
    assert not late.behind_started
    qtbot.waitUntil(lambda: late.behind_started and late.sync_engine.timer.isActive(),
                    timeout=main_window.BEHIND_MS + 5_000)
    assert late.built[head_office] is not None and late.inbox_action.query is not None
    late.close()
    db.close()
