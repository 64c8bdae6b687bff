"""The training form's Trainers field is a picker: Enter there adds the trainer typed or chosen from its list,
and never saves a half-filled training (as Enter in a visit's list of entries, or in a check list's filter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from ui_helpers import Keyboard, click_section, press

from fieldapp.model import Training


def trainings_count(window) -> int:
    with window.db.reading() as session:
        return session.scalar(select(func.count()).select_from(Training).where(Training.deleted_at.is_(None)))


def open_new_training(qtbot, window):
    click_section(qtbot, window, "Trainings")
    page = window.page("trainings")
    page.new_training()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and bool(dialog.people))
    return dialog


def test_enter_in_the_empty_trainers_field_does_not_save(qtbot, window, answers) -> None:
    before = trainings_count(window)
    dialog = open_new_training(qtbot, window)
    keys = Keyboard(qtbot, dialog)
    keys.type("Half-filled")  # the title: 1 field of 4 required
    dialog.ui.trainerSearch.setFocus()
    press(dialog, Qt.Key.Key_Return)
    press(dialog, Qt.Key.Key_Enter)
    qtbot.wait(20)
    assert dialog.isVisible()
    assert trainings_count(window) == before
    assert dialog.trainer_ids == []
    assert QApplication.focusWidget() is dialog.ui.trainerSearch
    dialog.done(0)


def test_a_trainer_is_picked_with_a_few_keys(qtbot, window, answers) -> None:
    """A part of the name, Down, Enter: the trainer is added (2 keys after the letters); the whole name typed and
    Enter adds it too; several names match and the list was closed: Enter opens it again; nothing is saved."""
    before = trainings_count(window)
    dialog = open_new_training(qtbot, window)
    search, keys = dialog.ui.trainerSearch, Keyboard(qtbot, dialog)
    name = sorted(dialog.people.values())[0]
    surname = name.split()[0]
    search.setFocus()
    keys.type(surname[:4])
    popup = search.completer().popup()
    assert popup.isVisible()  # the names that contain the letters
    QTest.keyClick(popup, Qt.Key.Key_Down)  # the popup has the keyboard while it is open
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.trainer_ids) == 1)
    first = dialog.people[dialog.trainer_ids[0]]
    assert first.lower().find(surname[:4].lower()) >= 0
    qtbot.waitUntil(lambda: search.text() == "")  # ready for the next name
    assert dialog.isVisible()
    other = next(n for n in sorted(dialog.people.values()) if n != first and list(dialog.people.values()).count(n) == 1)
    search.setText(other)  # typed whole (Cyrillic: set as typed)
    popup.hide()
    press(dialog, Qt.Key.Key_Return)
    assert [dialog.people[i] for i in dialog.trainer_ids] == [first, other]
    qtbot.waitUntil(lambda: search.text() == "")
    keys.type(surname[:4])
    QTest.keyClick(popup, Qt.Key.Key_Escape)  # the list closed, the letters stay
    assert not popup.isVisible() and search.text() == surname[:4]
    press(dialog, Qt.Key.Key_Return)
    assert popup.isVisible() and len(dialog.trainer_ids) == 2
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert dialog.isVisible() and trainings_count(window) == before
    dialog.done(0)
