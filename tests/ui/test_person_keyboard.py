"""A new person from the keyboard: Ctrl+3, Ctrl+N, and the name is typed at once; Ctrl+S with a problem puts the
cursor on the first field in error, also when the problem is one the core finds (the IIN against the birth date)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import Keyboard, activate, press


def test_a_new_person_starts_at_the_name_and_a_problem_takes_the_cursor(qtbot, window, answers) -> None:
    activate(window)
    press(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page("people")
    qtbot.waitUntil(lambda: page.isVisible())
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    keys = Keyboard(qtbot, dialog)
    activate(dialog)
    qtbot.wait(20)
    assert QApplication.focusWidget() is dialog.ui.fullNameEdit
    keys.type("Тестова Айгүл")
    assert dialog.ui.fullNameEdit.text() == "Тестова Айгүл"
    # a birth date the IIN contradicts: only the core's check sees it
    dialog.ui.birthDateEdit.setText("02.02.1990")
    dialog.ui.iinEdit.setText("900101400003")
    dialog.ui.fullNameEdit.setFocus()
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.problem("birth_date")
    assert QApplication.focusWidget() is dialog.ui.birthDateEdit
    dialog.done(0)
