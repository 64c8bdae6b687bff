"""The application shell: a user clicks through every section of the demo programme."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from ui_helpers import click_section, sidebar_texts

from fieldapp import __version__
from fieldapp.ui.main_window import MainWindow

SECTIONS = ["Dashboard", "Communities", "People", "Trainings", "Grant calls & applications", "Agreements",
            "Site visits", "Sync", "Settings", "Head office"]


def test_title_names_the_application_and_the_database(window, demo_path) -> None:
    assert "FieldApp" in window.windowTitle()
    assert demo_path.name in window.windowTitle()


def test_sidebar_lists_every_section_in_order(window) -> None:
    assert sidebar_texts(window) == SECTIONS
    assert all(not window.ui.sidebar.item(row).icon().isNull() for row in range(len(SECTIONS)))


def test_clicking_each_section_shows_its_records(qtbot, window) -> None:
    for title in SECTIONS:
        click_section(qtbot, window, title)
        page = window.current_page()
        assert page.title() == title
        assert window.ui.pages.currentWidget() is page
        for panel in page.panels():
            panel.refresh()
            assert panel.model.rowCount() > 0, f"{title}: {panel.list_name} shows no rows"
    dashboard = window.page("dashboard")
    assert dashboard.data is not None
    assert dashboard.figures["applications"].value.text() == "81"
    assert [dashboard.cycle_box.itemText(i) for i in range(1, dashboard.cycle_box.count())] == [
        c.name for c in dashboard.data["cycles"]]


def test_communities_show_region_districts_and_the_four_villages(qtbot, window) -> None:
    click_section(qtbot, window, "Communities")
    model = window.page("communities").panel.model
    rows = [model.display_row(r) for r in range(model.rowCount())]
    kinds = [row[2] for row in rows]
    assert kinds.count("Region") == 1
    assert kinds.count("District") == 3
    names = {row[0] for row in rows if row[2] == "Settlement"}
    assert names == {"Форт-Шевченко", "Баутино", "Боранкул", "Курык"}


def test_ctrl_number_switches_sections(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "people"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "settings"


def test_status_bar_shows_user_file_and_unsent_changes(window) -> None:
    """"Not yet synced" counts what the head office has not acknowledged, not every change ever made here."""
    from sqlalchemy import func, select

    from fieldapp.model import Operation
    from fieldapp.sync import client
    from fieldapp.sync.apply import set_setting

    db = window.db
    with db.reading() as s:
        made = s.execute(select(func.count()).where(Operation.origin == "local")).scalar_one()
        device, top = s.execute(select(Operation.device_id, func.max(Operation.seq))
                                .where(Operation.origin == "local").group_by(Operation.device_id)).one()
    assert made > 1000
    grouped = f"{made:,}"  # the English interface groups counts with commas (formatting.format_count)
    assert window.unsent_label.text() == f"{grouped} changes not yet delivered"  # nothing delivered yet
    with db.transaction() as s:  # the hub acknowledged all but the last ten (as a push or a bundle's ack does)
        set_setting(s, client.DELIVERED + device, str(top - 10))
    window.refresh()
    assert window.unsent_label.text() == "10 changes not yet delivered"
    assert window.user_label.text() == f"User: {db.user_name}"
    assert window.file_label.text() == "Database: demo.sqlite"


def test_about_box_shows_the_version(window) -> None:
    box = window.show_about()
    assert __version__ in box.text()
    box.close()


def test_geometry_and_section_are_remembered_between_runs(qtbot, window, demo_path) -> None:
    window.resize(760, 560)
    window.move(40, 30)
    window.show_page(4)
    window.close()
    assert QSettings().value("main_window/geometry") is not None
    again = MainWindow(demo_path)
    qtbot.addWidget(again)
    assert again.size().width() == 760 and again.size().height() == 560
    assert again.current_page().key == "grants"


def test_window_fits_1280_by_720_in_every_language(qtbot, window) -> None:
    from fieldapp.ui import i18n

    for code in ("ru", "kk", "en"):
        i18n.install(code)
        window.resize(1280, 720)
        qtbot.wait(10)
        assert window.minimumSizeHint().width() <= 1280, code
        assert window.minimumSizeHint().height() <= 720, code
        assert window.ui.sidebar.width() < 320, code


def test_head_office_is_offered_to_head_office_profiles_only(qtbot, window) -> None:
    from fieldapp.services import roles

    page = window.page("head_office")
    row = window.pages.index(page)
    with window.db.reading() as s:
        people = roles.profiles(s)
    officer = next(p for p in people if p.role not in roles.HEAD_OFFICE_ROLES)
    manager = next(p for p in people if p.role in roles.HEAD_OFFICE_ROLES)
    for profile, offered in ((officer, False), (manager, True), (officer, False)):
        window.ops.write(lambda s, chosen=profile.id: roles.choose_profile(s, chosen))
        window.db.user_id, window.db.user_name = profile.id, profile.name  # as the profile dialog of Settings
        window.page("settings").user_changed.emit()  # ... and what it says when saved
        assert window.ui.sidebar.isRowHidden(row) is not offered, profile.role
