"""A record saved from a list page is the list's current, selected row afterwards — wherever the order puts it
(further pages are read until it is there) and whatever the filter said (the filter is cleared)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import Keyboard, activate, press


def _name_and_save(qtbot, page, name: str) -> None:  # noqa: ANN001 - the People page, its person form open
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    activate(dialog)
    dialog.ui.fullNameEdit.setText(name)
    Keyboard(qtbot, dialog).press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def _new_person(qtbot, window, name: str):  # noqa: ANN202 - the People page
    """Ctrl+N on the People page shown, the name, Ctrl+S."""
    page = window.page("people")
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _name_and_save(qtbot, page, name)
    return page


def _people_page(qtbot, window):  # noqa: ANN001, ANN202 - the main window and its People page
    """Ctrl+3, as a person opens the People page, once its first rows are read."""
    activate(window)
    press(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page("people")
    qtbot.waitUntil(lambda: page.isVisible() and page.panel.model.has_loaded)
    return page


def _rename_first_row(qtbot, page, name: str) -> str:  # noqa: ANN001 - the People page
    """Enter on the list's first row, the new name, Ctrl+S: the person's id."""
    panel = page.panel
    panel.view.setFocus()
    panel.view.selectRow(0)
    person_id = panel.current_id()
    press(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.ui.fullNameEdit.text() != "")  # loaded
    _name_and_save(qtbot, page, name)
    return person_id


def _current_name(panel) -> str:
    index = panel.view.currentIndex()
    return panel.model.rows[index.row()][1] if index.isValid() else ""


def test_a_new_person_past_the_first_page_is_selected_and_in_view(qtbot, window) -> None:
    panel = _people_page(qtbot, window).panel
    first = len(panel.model.rows)
    assert first < panel.model.total  # the demo's people are more than the first page
    _new_person(qtbot, window, "Яшина Зарина")  # last in the order: every page is read
    qtbot.waitUntil(lambda: _current_name(panel) == "Яшина Зарина", timeout=5000)
    assert len(panel.model.rows) > first
    assert panel.selected_ids() == [panel.current_id()]
    row_rect = panel.view.visualRect(panel.view.currentIndex())
    assert panel.view.viewport().rect().contains(row_rect.center())


def test_a_filter_that_hides_the_new_person_is_cleared(qtbot, window) -> None:
    panel = _people_page(qtbot, window).panel
    panel.filter_edit.setText("Боранкул")
    qtbot.waitUntil(lambda: panel.model.filter_text == "Боранкул" and not panel.model.reading)
    _new_person(qtbot, window, "Абаева Ақерке")
    qtbot.waitUntil(lambda: _current_name(panel) == "Абаева Ақерке", timeout=5000)
    assert panel.filter_edit.text() == ""
    assert panel.model.filter_text == ""


def test_an_edited_person_stays_selected_where_the_new_name_sorts(qtbot, window) -> None:
    page = _people_page(qtbot, window)
    panel = page.panel
    person_id = _rename_first_row(qtbot, page, "Яшина Зарина")
    qtbot.waitUntil(lambda: panel.current_id() == person_id and _current_name(panel) == "Яшина Зарина",
                    timeout=5000)
    assert panel.model.row_of(person_id) > 200


def test_a_filter_that_still_shows_the_edited_person_is_kept(qtbot, window) -> None:
    page = _people_page(qtbot, window)
    panel = page.panel
    panel.filter_edit.setText("Боранкул")
    qtbot.waitUntil(lambda: panel.model.filter_text == "Боранкул" and not panel.model.reading)
    shown = panel.model.total
    person_id = _rename_first_row(qtbot, page, "Яшина Зарина")  # the same village: still found
    qtbot.waitUntil(lambda: _current_name(panel) == "Яшина Зарина", timeout=5000)
    assert panel.current_id() == person_id
    assert panel.filter_edit.text() == "Боранкул" and panel.model.total == shown
