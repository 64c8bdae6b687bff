"""A trainer at the door of a village hall, keyboard only: 30 people checked in by a few letters and Enter,
one walk-in, one correction (late), one mistaken mark undone with Ctrl+Z; the database says so, and the
keystrokes are counted."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from fieldapp.db import open_database
from fieldapp.model import Attendance, Person, Registration
from fieldapp.services import attendance, people, trainings
from fieldapp.ui.operations import Operations

SURNAMES = ["Әбілқайырова", "Бекмағамбетов", "Ғабдуллина", "Досанов", "Ержанова", "Жұмабаев", "Зейнуллина",
            "Ибраев", "Кенжебаева", "Қасымов", "Лукпанова", "Мұхамбетов", "Нұрғалиева", "Оспанов", "Өтепова",
            "Петров", "Рахимова", "Сейітқалиев", "Тлеугалиева", "Төлеуов", "Уәлиева", "Ұзақов", "Үсенова",
            "Федоров", "Хамитова", "Шевченко", "Шәріпова", "Ыбыраев", "Іскақова", "Юсупов", "Ямалиева"]
FIRST = ["Айгерим", "Нұрлан", "Гүлнар", "Ерлан", "Асель", "Бауыржан", "Мөлдір", "Дәурен", "Жанар", "Қайрат"]


class Keyboard:
    """Presses keys on the widget that has focus, as a trainer would, and counts them."""

    def __init__(self, dialog) -> None:
        self.dialog = dialog
        self.count = 0

    def focused(self):
        return QApplication.focusWidget() or self.dialog.ui.searchEdit

    def type(self, text: str) -> None:
        for letter in text:  # QTest only knows ASCII keys: Cyrillic and Kazakh letters go in as key events
            self.count += 1
            widget = self.focused()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        QTest.keyClick(self.focused(), key, modifiers)


@pytest.fixture
def door(qtbot, db_path, programme):
    db = open_database(db_path)
    with db.transaction() as s:
        training = trainings.create_training(s, trainings.TrainingInput(
            cycle_id=programme.cycle_id, title="Как написать проект", settlement_id=programme.settlements["Курык"],
            sessions=(trainings.SessionInput(dt.datetime(2019, 11, 5, 10)),)))
        ids = []
        for n, surname in enumerate(SURNAMES):
            person = people.create_person(s, people.PersonInput(
                f"{surname} {FIRST[n % len(FIRST)]}", sex="F" if surname.endswith("а") else "M",
                birth_year=1980 + n, phone=f"+7701555{n:04d}"))
            trainings.register_person(s, training, person)
            ids.append(person)
        session_id = trainings.sessions_of(s, training)[0].id
    ops = Operations(db)
    ops.run_inline()
    from fieldapp.ui.checkin import CheckInDialog

    dialog = CheckInDialog(ops, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    yield dialog, db, session_id, ids
    dialog.close()
    db.close()


def shortest_unique_prefix(dialog, keyboard: Keyboard, name: str) -> int:
    """Type the surname letter by letter until the person is the highlighted first result."""
    before = keyboard.count
    for letter in name:
        keyboard.type(letter)
        first = dialog.current_candidate()
        if first is not None and first.full_name == name and len(dialog.candidates) == 1:
            break
    return keyboard.count - before


def test_thirty_check_ins_a_walk_in_a_correction_and_an_undo(door):
    dialog, db, session_id, ids = door
    keyboard = Keyboard(dialog)
    assert QApplication.focusWidget() is dialog.ui.searchEdit
    per_person = []
    with db.reading() as s:
        names = {pid: s.get(Person, pid).full_name for pid in ids}
    for person_id in ids[:30]:
        typed = shortest_unique_prefix(dialog, keyboard, names[person_id])
        assert dialog.current_candidate().person_id == person_id
        keyboard.press(Qt.Key.Key_Return)
        per_person.append(typed + 1)
        assert dialog.ui.searchEdit.text() == "" and QApplication.focusWidget() is dialog.ui.searchEdit
    check_ins = keyboard.count

    # a mistake: the 31st registered person is marked, though she is not here — Ctrl+Z
    shortest_unique_prefix(dialog, keyboard, names[ids[30]])
    keyboard.press(Qt.Key.Key_Return)
    keyboard.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    # a correction: the 5th person actually came late
    shortest_unique_prefix(dialog, keyboard, names[ids[4]])
    keyboard.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)

    # a walk-in, found nowhere: Ctrl+N, the name finished, then Tab through the fields as they are shown
    before_walk_in = keyboard.count
    keyboard.type("Жаңабаев")
    keyboard.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.walkInBox.isVisible() and dialog.ui.walkInName.text() == "Жаңабаев"
    assert QApplication.focusWidget() is dialog.ui.walkInName  # the first field, the cursor after the surname
    keyboard.type(" Ерлан")
    keyboard.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.walkInSex
    keyboard.press(Qt.Key.Key_M)  # "Male"
    keyboard.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.walkInAge
    keyboard.type("19")
    keyboard.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.walkInPhone
    keyboard.type("87017778899")
    keyboard.press(Qt.Key.Key_Return)
    walk_in_keys = keyboard.count - before_walk_in
    assert not dialog.ui.walkInBox.isVisible()

    with db.reading() as s:
        marks = dict(s.execute(select(Attendance.person_id, Attendance.status).where(
            Attendance.session_id == session_id, Attendance.deleted_at.is_(None))).all())
        walk_in = s.scalars(select(Person).where(Person.full_name == "Жаңабаев Ерлан")).one()
        registration = s.scalars(select(Registration).where(Registration.person_id == walk_in.id)).one()
        tally = attendance.counters(s, session_id)
    assert {pid: marks[pid] for pid in ids[:30]} == {pid: "late" if pid == ids[4] else "present" for pid in ids[:30]}
    assert ids[30] not in marks  # the undone mark
    assert marks[walk_in.id] == "present" and registration.walk_in and walk_in.birth_year == 2000
    assert walk_in.sex == "M" and walk_in.phone == "+77017778899"
    assert (tally.present, tally.registered) == (31, 32)
    assert "31" in dialog.ui.counterLabel.text() and "32" in dialog.ui.counterLabel.text()

    average = check_ins / 30
    print(f"\nkeystrokes: 30 check-ins {check_ins} (average {average:.1f} per person, "
          f"max {max(per_person)}), walk-in {walk_in_keys}")
    assert average <= 6 and walk_in_keys <= 40


def test_phone_digits_find_the_person_and_esc_clears_then_closes(door):
    dialog, db, session_id, ids = door
    keyboard = Keyboard(dialog)
    keyboard.type("0007")
    assert len(dialog.candidates) == 1 and dialog.candidates[0].person_id == ids[7]
    keyboard.press(Qt.Key.Key_Escape)
    assert dialog.ui.searchEdit.text() == "" and dialog.isVisible()
    keyboard.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_walk_in_who_is_already_known_is_picked_not_duplicated(door):
    dialog, db, session_id, ids = door
    with db.transaction() as s:
        known = people.create_person(s, people.PersonInput("Серікова Дана", phone="+77019990011"))
    keyboard = Keyboard(dialog)
    keyboard.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    keyboard.type("Дана Серикова")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("8 701 999 00 11")
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.ui.duplicatesList.isVisible() and len(dialog.duplicates) == 1
    keyboard.press(Qt.Key.Key_Return)  # the known record
    with db.reading() as s:
        assert s.get(Attendance, attendance.attendance_id(session_id, known)).status == "present"
        assert s.scalars(select(Person).where(Person.phone == "+77019990011")).all()[0].id == known


def test_the_people_still_to_come_come_first_and_a_second_enter_changes_nothing(door):
    """Two registered people share a surname's first letters; one is already here. Typing those letters lists
    the one still to come first, so Enter marks her; Enter on the one already here only says since when."""
    from fieldapp.formatting import format_local_time
    from fieldapp.model import Operation

    dialog, db, session_id, ids = door
    keyboard = Keyboard(dialog)
    with db.reading() as s:
        names = {pid: s.get(Person, pid).full_name for pid in ids}
    here, coming = ids[25], ids[26]  # Шевченко, Шәріпова: "Ш" finds both
    shortest_unique_prefix(dialog, keyboard, names[here])
    keyboard.press(Qt.Key.Key_Return)
    keyboard.type("Ш")
    assert [c.person_id for c in dialog.candidates][:1] == [coming]  # the one still to come is on top
    assert dialog.candidates[-1].person_id == here and dialog.candidates[-1].status == "present"
    with db.reading() as s:
        since = format_local_time(s.get(Attendance, attendance.attendance_id(session_id, here)).marked_at)
        written = s.scalar(select(func.count()).select_from(Operation))
    assert dialog.ui.resultsList.item(len(dialog.candidates) - 1).text().endswith(f"— present ({since})")
    keyboard.press(Qt.Key.Key_PageDown)  # down to the last one: the one already here
    assert dialog.current_candidate().person_id == here
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.ui.messageLabel.text() == f"{names[here]} is already present since {since}."
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Operation)) == written  # nothing written
    keyboard.type("Ш")
    keyboard.press(Qt.Key.Key_Return)
    with db.reading() as s:
        assert s.get(Attendance, attendance.attendance_id(session_id, coming)).status == "present"
