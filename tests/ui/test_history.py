"""A field officer asks who changed a record: Ctrl+H (or right-click → History…) shows its audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import click_section

from fieldapp.model import Person


def test_ctrl_h_shows_who_changed_the_selected_person_what_and_why(qtbot, window) -> None:
    click_section(qtbot, window, "People")
    panel = window.page("people").panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.view.selectRow(0)
    row_id = panel.current_id()
    with window.db.transaction(reason="typo on the sign-in sheet") as session:
        session.get(Person, row_id).phone = "+77010000000"

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.history_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.changes is not None)

    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(row, 2).text() for row in range(2)] == ["Added", "Changed"]
    assert "+77010000000" in table.item(1, 3).text() and table.item(1, 3).text().startswith("phone: ")
    assert table.item(1, 4).text() == "typo on the sign-in sheet"
    assert table.item(1, 1).text() == window.db.user_name
    assert dialog.windowTitle().startswith("History: ")
    assert "2 changes" in dialog.status.text()
    dialog.close()


def test_lists_without_a_history_have_the_action_off(qtbot, window) -> None:
    click_section(qtbot, window, "Sync")
    assert not window.history_action.isEnabled()
    click_section(qtbot, window, "Site visits")
    assert window.history_action.isEnabled()
    panel = window.page("site_visits").panel
    assert panel.view.actions() == [panel.history_action]
