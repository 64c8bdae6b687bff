"""A field officer finds the same woman twice in the People list (once from a sign-in sheet, once from the
roster import), selects both rows, presses Ctrl+M, keeps the record with her phone, and the list has one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select
from ui_helpers import click_section

from fieldapp.model import Attendance, Person, TrainingSession
from fieldapp.services import attendance, people


def click_row(qtbot, panel, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = panel.view.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_two_selected_people_are_merged_into_the_one_the_user_keeps(qtbot, window) -> None:
    with window.db.transaction() as s:
        kept = people.create_person(s, people.PersonInput("Серікова Дана", full_name_latin="Serikova Dana",
                                                          phone="+77019990011", birth_year=1990))
        other = people.create_person(s, people.PersonInput("Дана Серикова", full_name_latin="Dana Serikova"))
        sessions = {}
        for day in s.scalars(select(TrainingSession)):
            sessions.setdefault(day.training_id, day.id)
        on_day_one, on_day_two = list(sessions.values())[:2]
        attendance.mark(s, on_day_one, kept)
        attendance.mark(s, on_day_two, other)

    click_section(qtbot, window, "People")
    page = window.page("people")
    panel = page.panel
    qtbot.keyClicks(panel.filter_edit, "serikova")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    click_row(qtbot, panel, 0)
    assert not page.merge_action.isEnabled()  # one row: nothing to merge
    click_row(qtbot, panel, 1, Qt.KeyboardModifier.ControlModifier)
    assert page.merge_action.isEnabled() and page.merge_action in panel.view.actions()  # and in the context menu

    qtbot.keyClick(panel.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.candidates is not None
    by_id = {c.person_id: column for column, c in enumerate(dialog.candidates)}
    assert dialog.candidates[by_id[kept]].phone == "+77019990011"
    assert [c.trainings for c in dialog.candidates] == [1, 1]
    texts = [w.text() for w in dialog.findChildren(type(dialog.problem_label)) if w.isVisible()]
    assert "Full name" in texts and "Trainings attended" in texts and "Дана Серикова" in texts
    keep_button = dialog.keep.button(by_id[kept])
    qtbot.mouseClick(keep_button, Qt.MouseButton.LeftButton)
    assert keep_button.isChecked()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    with window.db.reading() as s:
        gone = s.get(Person, other)
        assert gone.merged_into_id == kept and gone.deleted_at is not None
        assert s.get(Person, kept).deleted_at is None
        assert s.execute(select(func.count()).select_from(Attendance).where(
            Attendance.person_id == kept, Attendance.deleted_at.is_(None))).scalar_one() == 2
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.row_id(0) == kept
    assert not page.merge_action.isEnabled()


def test_two_people_with_different_iins_are_not_merged_and_the_dialog_says_why(qtbot, window) -> None:
    with window.db.transaction() as s:
        one = people.create_person(s, people.PersonInput("Ахметова Әйгерім", full_name_latin="Akhmetova Aigerim",
                                                         iin="900101400013"))
        two = people.create_person(s, people.PersonInput("Ахметова Айгерим", full_name_latin="Akhmetova Aigerim",
                                                         iin="850505400018"))
    click_section(qtbot, window, "People")
    page = window.page("people")
    panel = page.panel
    qtbot.keyClicks(panel.filter_edit, "akhmetova")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    click_row(qtbot, panel, 0)
    click_row(qtbot, panel, 1, Qt.KeyboardModifier.ShiftModifier)
    page.merge_action.trigger()
    dialog = page.dialog
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "different IINs" in dialog.problem_label.text()
    with window.db.reading() as s:
        assert s.get(Person, one).deleted_at is None and s.get(Person, two).deleted_at is None
    dialog.reject()
