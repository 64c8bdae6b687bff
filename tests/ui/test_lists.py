"""Lists: filter as you type, copy to Excel's clipboard, export to XLSX, selection across refreshes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from ui_helpers import click_section, column_values, type_text

from fieldapp.services import people
from fieldapp.ui.list_panel import FILTER_DELAY_MS


def test_people_filter_narrows_as_you_type(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    everyone = panel.model.total
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filter_edit.hasFocus()
    type_text(panel.filter_edit, "Ақмағамбетова")
    qtbot.waitUntil(lambda: panel.model.filter_text == "Ақмағамбетова", timeout=FILTER_DELAY_MS * 10)
    narrowed = panel.model.total
    assert 0 < narrowed < everyone
    assert all("Ақмағамбетова" in name for name in column_values(panel, 0))
    type_text(panel.filter_edit, " айгерим")
    qtbot.waitUntil(lambda: panel.model.total < narrowed, timeout=FILTER_DELAY_MS * 10)
    assert all("Айгерим" in name for name in column_values(panel, 0))
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.model.total == everyone, timeout=FILTER_DELAY_MS * 10)


def test_filter_that_matches_nothing_says_so(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    panel.filter_edit.setText("zzzzqqq")
    qtbot.waitUntil(lambda: panel.model.has_loaded and panel.model.total == 0, timeout=2000)
    assert panel.stack.currentWidget() is panel.empty_label
    assert "zzzzqqq" in panel.empty_label.text()


def test_empty_list_says_what_to_do(qtbot, empty_window) -> None:
    click_section(qtbot, empty_window, "Trainings")
    page = empty_window.page("trainings")  # its own list, with filters by cycle, settlement, trainer, dates
    assert page.model.rowCount() == 0
    assert page.ui.listStack.currentWidget() is page.ui.emptyLabel
    assert page.ui.emptyLabel.text().startswith("No trainings")


def test_rows_are_read_in_pages(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    model = window.page("people").panel.model
    assert model.total > 600
    assert model.rowCount() < model.total
    model.fetchMore()
    assert model.rowCount() == 400


def test_ctrl_c_copies_header_and_selected_rows(qtbot, window) -> None:
    click_section(qtbot, window, "Grant calls & applications")
    panel = window.page("grants").applications
    panel.view.setFocus()
    panel.view.selectRow(0)
    panel.view.selectionModel().select(panel.model.index(2, 0),
                                       panel.view.selectionModel().SelectionFlag.Select
                                       | panel.view.selectionModel().SelectionFlag.Rows)
    qtbot.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t") == panel.model.headers()
    assert lines[0].startswith("Number\tTitle\tInitiative group")
    assert len(lines) == 3
    assert lines[1].split("\t") == panel.model.display_row(0)
    assert lines[2].split("\t") == panel.model.display_row(2)
    assert "₸" in lines[1]
    assert "<table>" in mime.html() and "<th>Number</th>" in mime.html()


def test_export_to_excel_writes_the_filtered_list_typed(qtbot, window, tmp_path) -> None:
    click_section(qtbot, window, "Grant calls & applications")
    panel = window.page("grants").applications
    panel.filter_edit.setText("Боранкул")
    qtbot.waitUntil(lambda: panel.model.filter_text == "Боранкул", timeout=2000)
    target = tmp_path / "applications.xlsx"
    window.export_current(target)
    qtbot.waitUntil(target.exists, timeout=5000)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == panel.model.headers()
    assert len(rows) - 1 == panel.model.total
    requested = rows[0].index("Requested")
    received = rows[0].index("Received")
    first = rows[1]
    assert isinstance(first[requested], float | int | Decimal) and first[requested] > 0
    assert isinstance(first[received], dt.datetime)
    assert sheet.cell(2, requested + 1).number_format == '#,##0.00 "₸"'
    assert sheet.cell(2, received + 1).number_format == "dd.mm.yyyy"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    assert sheet.cell(1, 1).font.bold
    # found by its Russian name, shown by its name in the interface's language (English here)
    assert all(row[rows[0].index("Settlement")] == "Boranqul" for row in rows[1:])
    assert rows[1][rows[0].index("Category")] in {"Playground", "Sports ground", "Sensory room",
                                                  "Recreation area", "Other"}
    assert "1 row" in window.statusBar().currentMessage() or "rows written" in window.statusBar().currentMessage()


def test_selection_survives_a_refresh(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    panel.view.selectRow(5)
    chosen = panel.selected_ids()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert panel.selected_ids() == chosen
    assert panel.current_id() == chosen[0]


def test_clicking_a_header_sorts_through_the_database(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    panel.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    years = [int(y) for y in column_values(panel, 2) if y]
    assert years == sorted(years, reverse=True)
    assert years[0] >= 2000


def test_money_is_right_aligned_and_formatted(qtbot, window) -> None:
    click_section(qtbot, window, "Agreements")
    model = window.page("agreements").panel.model
    amount = [key for key, _kind in model.columns].index("amount")
    index = model.index(0, amount)
    assert index.data().endswith("\u202f₸")
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    signed = [key for key, _kind in model.columns].index("signed_on")
    dates = [model.index(row, signed).data() for row in range(model.rowCount())]
    assert "" in dates  # the draft agreement is not signed yet
    assert all(dt.datetime.strptime(text, "%d.%m.%Y") for text in dates if text)


def test_enter_on_a_row_shows_its_details(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    page = window.page("people")
    page.panel.view.setFocus()
    page.panel.view.selectRow(0)
    qtbot.keyClick(page.panel.view, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.close()


def test_a_long_list_fits_the_window_in_kazakh_at_1280_without_scrolling_sideways(qtbot, window) -> None:
    from fieldapp.ui import i18n

    click_section(qtbot, window, "Grant calls & applications")
    panel = window.page("grants").current_panel()
    header = panel.view.horizontalHeader()

    def fits() -> bool:
        return header.length() <= panel.view.viewport().width() + 1

    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and fits())
    i18n.install("kk")
    window.resize(1280, 720)
    qtbot.waitUntil(fits)
    assert not panel.view.horizontalScrollBar().isVisible()

    qtbot.wait(50)
    qtbot.waitUntil(lambda: panel._sized)
    header.resizeSection(1, 400)  # the user widens a column: it stays as they left it
    window.resize(1366, 768)
    qtbot.wait(50)
    assert header.sectionSize(1) == 400


def test_the_history_says_what_changed_in_words_not_json() -> None:
    from fieldapp.ui.list_model import changes_text

    text = changes_text('{"id": [null, "01a2"], "name": [null, "\\u0411\\u0430\\u0443\\u0442\\u0438\\u043d\\u043e"], '
                        '"status": ["draft", "open"]}')
    assert text == "Name: Баутино; Status: Draft → Open"


def test_the_history_list_calls_its_kind_column_what_was_done_not_level(qtbot, window) -> None:
    from fieldapp.ui import i18n

    click_section(qtbot, window, "Sync")
    model = window.page("sync").history.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    headers = model.headers()
    assert "What was done" in headers and "Level" not in headers
    i18n.install("ru")
    assert "Что сделано" in model.headers()


def test_a_list_page_built_after_the_first_data_has_its_rows_before_it_is_opened(qtbot, window) -> None:
    """An idle turn after the start builds the People page out of sight: it reads its first rows then, so
    opening it shows them at once; a write meanwhile still makes it ask again when it is seen."""
    qtbot.waitUntil(lambda: window.live_data_done, timeout=10_000)
    page = window.page("people")
    assert not page.isVisible()
    model = page.panel.model
    qtbot.waitUntil(lambda: model.has_loaded, timeout=10_000)
    assert model.rowCount() == 200 and not model.live.stale
    asked = model.live.asked
    click_section(qtbot, window, "Dashboard")
    click_section(qtbot, window, "People")
    assert page.isVisible() and model.live.asked == asked  # shown at once, not asked again
    assert page.panel.stack.currentWidget() is page.panel.view and page.panel.view.columnWidth(0) > 0
    click_section(qtbot, window, "Dashboard")
    person_id = model.row_id(0)
    window.ops.write(lambda s: people.soft_delete_person(s, person_id))
    assert model.live.stale and model.row_of(person_id) is not None  # out of sight: asked when seen
    click_section(qtbot, window, "People")
    assert model.live.asked == asked + 1 and model.row_of(person_id) is None


def test_ctrl_end_and_ctrl_home_select_the_row_they_jump_to(qtbot, window) -> None:
    """One key to the last or first row, and the row is selected: what Enter, Delete or Print acts on next is the
    row the cursor is on, not the one it left (Qt's extended selection moves without selecting with Ctrl)."""
    from ui_helpers import press

    click_section(qtbot, window, "Agreements")
    panel = window.page("agreements").panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 10)
    view = panel.view
    view.setFocus()
    view.selectRow(0)
    press(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = panel.model.rowCount() - 1
    assert view.currentIndex().row() == last
    assert panel.selected_ids() == [panel.model.row_id(last)] == [panel.current_id()]
    press(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_ids() == [panel.model.row_id(0)] == [panel.current_id()]
    press(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_ids() == [panel.current_id()] and view.currentIndex().row() > 0
    press(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    press(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(panel.selected_ids()) == panel.model.rowCount()  # Shift still extends the selection
    press(view, Qt.Key.Key_Return)  # opens the row the cursor is on
    page = window.page("agreements")
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    page.dialog.done(0)


def test_people_show_phones_as_the_app_writes_them_and_are_found_by_their_digits(qtbot, window) -> None:
    """The People list shows +7 701 619 50 30, not the stored +77016195030 (fieldapp.formatting.format_phone, as
    the letterhead and the application summary); typing the digits, or the number as shown, finds the person."""
    from fieldapp.formatting import format_phone
    from fieldapp.ui.list_model import RAW_ROLE

    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 10)
    column = next(i for i, (key, _kind) in enumerate(panel.model.columns) if key == "phone")
    row = next(r for r in range(panel.model.rowCount()) if panel.model.index(r, column).data(RAW_ROLE))
    stored = panel.model.index(row, column).data(RAW_ROLE)
    name = panel.model.index(row, 0).data()
    shown = panel.model.index(row, column).data()
    assert stored.startswith("+77") and len(stored) == 12
    assert shown == format_phone(stored) == f"+7 {stored[2:5]} {stored[5:8]} {stored[8:10]} {stored[10:]}"
    for typed in (stored[2:], shown):
        panel.filter_edit.clear()
        type_text(panel.filter_edit, typed)
        qtbot.waitUntil(lambda t=typed: panel.model.filter_text == t and panel.model.has_loaded,
                        timeout=FILTER_DELAY_MS * 10)
        assert name in column_values(panel, 0)
        assert shown in column_values(panel, column)
