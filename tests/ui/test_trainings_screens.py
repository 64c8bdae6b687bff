"""The trainings section on the demo programme: filters, the training form with its days, back-entry from
the signed sheet, the person form's duplicate warning and merge, the roster import, print preview."""

from __future__ import annotations

import datetime as dt
import subprocess

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSpinBox
from sqlalchemy import func, select
from ui_helpers import click_section

from fieldapp.model import Attendance, Person, Training, TrainingSession
from fieldapp.services import attendance, counting, people, trainings


def press_ctrl_s(dialog) -> None:
    shortcut = next(s for s in dialog.findChildren(QShortcut) if s.key() == QKeySequence(QKeySequence.StandardKey.Save))
    shortcut.activated.emit()


@pytest.fixture
def page(qtbot, window):
    click_section(qtbot, window, "Trainings")
    return window.page("trainings")


def shown_titles(page) -> list[str]:
    return [page.model.index(r, 1).data() for r in range(page.model.rowCount())]


def test_filters_narrow_the_list(qtbot, page, window):
    assert page.model.rowCount() == 8
    kuryk = page.ui.settlementCombo.findText("Kuryk")  # settlements in the interface's language
    page.ui.settlementCombo.setCurrentIndex(kuryk)
    page.reload()
    assert page.model.rowCount() == 2 and {r.settlement for r in page.model.rows} == {"Kuryk"}
    page.ui.fromDate.setDate(QDate(2019, 1, 1))
    page.reload()
    assert [r.number for r in page.model.rows] == ["T2-04"]
    page.ui.settlementCombo.setCurrentIndex(0)
    page.ui.fromDate.setDate(page.ui.fromDate.minimumDate())
    page.ui.searchEdit.setText("белсенді")
    page.reload()
    # found by their Kazakh title «Белсенділер мектебі…», shown by their title in the interface's language
    assert sorted(shown_titles(page)) == ["Activists' school"] * 3 + ["Activists' school: budget and monitoring"]
    assert page.ui.sessionsTable.rowCount() == 2
    # the days' counts line up on the right, as the list's above
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert all(page.ui.sessionsTable.item(0, column).textAlignment() == right for column in (2, 3))
    assert page.ui.sessionsTable.item(0, 2).text().isdigit()


def test_a_new_training_with_two_days_is_saved(qtbot, page, window, answers):
    page.new_training()
    dialog = page.dialog
    dialog.ui.titleEdit.setText("Мониторинг проектов")
    dialog.ui.venueEdit.setText("Школа №2")
    dialog.ui.settlementCombo.setCurrentIndex(dialog.ui.settlementCombo.findText("Bautino"))
    dialog.ui.sessionsTable.item(0, 0).setText("10.03.2020")
    dialog.add_session_row()
    press_ctrl_s(dialog)
    assert not dialog.isVisible()
    with window.db.reading() as s:
        training = s.scalars(select(Training).where(Training.title == "Мониторинг проектов")).one()
        days = [x.starts_at for x in trainings.sessions_of(s, training.id)]
    assert days == [dt.datetime(2020, 3, 10, 10), dt.datetime(2020, 3, 11, 10)]
    assert "Мониторинг проектов" in shown_titles(page)


def test_a_day_that_is_not_a_date_is_shown_not_saved(qtbot, page, answers):
    page.new_training()
    dialog = page.dialog
    dialog.ui.titleEdit.setText("Тест")
    dialog.ui.sessionsTable.item(0, 0).setText("31.02.2020")
    press_ctrl_s(dialog)
    assert dialog.isVisible() and "Day 1" in dialog.sessions_problem.text()


def test_back_entry_from_the_signed_sheet(qtbot, page, window, answers, tmp_path):
    with window.db.transaction() as s:
        training = trainings.create_training(s, trainings.TrainingInput(
            cycle_id=s.scalars(select(Training.cycle_id)).first(), title="Бюджет",
            sessions=(trainings.SessionInput(dt.datetime(2020, 1, 20, 10)),)))
        for n in range(40):
            trainings.register_person(s, training, people.create_person(s, people.PersonInput(f"Участник {n:02d}")))
        session_id = trainings.sessions_of(s, training)[0].id
    from fieldapp.ui.back_entry import BackEntryDialog

    scan = tmp_path / "sheet.jpg"
    scan.write_bytes(b"\xff\xd8scan")
    dialog = BackEntryDialog(window.ops, session_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "40" in dialog.ui.headingLabel.text()
    dialog.ui.rowsEdit.setText("1-41")
    press_ctrl_s(dialog)
    assert dialog.isVisible() and "41" in dialog.problem("rows")
    dialog.ui.rowsEdit.setText("1-38, 40")
    assert dialog.ui.rowsPreview.text().startswith("39 people")
    dialog.ui.walkInsEdit.setPlainText("Новикова Анна; ж; 25; 87015550000\nАйтбаев Ерлан; м; 18-29\n")
    dialog.ui.scanEdit.setText(str(scan))
    dialog.ui.checkedBox.setChecked(True)
    press_ctrl_s(dialog)
    assert not dialog.isVisible()
    with window.db.reading() as s:
        present = s.execute(select(func.count()).select_from(Attendance).where(
            Attendance.session_id == session_id, Attendance.deleted_at.is_(None))).scalar_one()
        assert present == 41
        assert s.get(TrainingSession, session_id).checked_against_sheet
        # the age group ticked on the sheet's blank row reaches the attendance summary's counts
        walk_in = s.scalars(select(Person).where(Person.full_name == "Айтбаев Ерлан")).one()
        assert (walk_in.sex, walk_in.birth_year, walk_in.age_group) == ("M", None, "18–29")
        tally = counting.session_tally(s, session_id)
        assert tally.by_age["18–29"] == 2 and tally.by_age_men["18–29"] == 1 and tally.youth == 2  # she is 25


def test_person_form_warns_of_a_duplicate_and_merges(qtbot, page, window, answers):
    from fieldapp.ui.person_form import PersonDialog

    with window.db.transaction() as s:
        kept = people.create_person(s, people.PersonInput("Серікова Дана", phone="+77019990011"))
        other = people.create_person(s, people.PersonInput("Дана Серикова"))
        session_id = s.scalars(select(TrainingSession.id)).first()
        attendance.mark(s, session_id, other)
    dialog = PersonDialog(window.ops, other, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.fullNameEdit.text() == "Дана Серикова"
    dialog.ui.phoneEdit.setText("8 701 999 00 11")
    press_ctrl_s(dialog)
    assert dialog.ui.duplicatesBox.isVisible() and dialog.duplicates[0].person_id == kept
    dialog.ui.mergeButton.click()
    assert not dialog.isVisible()
    with window.db.reading() as s:
        assert s.get(Person, other).merged_into_id == kept
        assert s.get(Attendance, attendance.attendance_id(session_id, kept)).status == "present"


def test_roster_import_previews_then_writes(qtbot, page, window, tmp_path):
    from fieldapp.ui.import_dialog import ImportDialog, RosterImport

    path = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Список"])
    ws.append([])
    ws.append(["ФИО", "Пол", "Телефон", "ИИН"])
    ws.append(["Қасымова Әйгерім", "ж", "87011112233", ""])
    ws.append(["Бекенов Арман", "м", "", "900101300018"])
    wb.save(path)
    training_id = page.current_training().id
    dialog = ImportDialog(window.ops, RosterImport(training_id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.fileEdit.setText(str(path))
    dialog.load(str(path))
    assert dialog.ui.previewTable.rowCount() == 2
    assert dialog.ui.previewTable.item(1, 0).text() == "5" and dialog.ui.previewTable.item(1, 1).text() == "rejected"
    assert "Header on row 3" in dialog.ui.summaryLabel.text()
    assert dialog.import_button().text() == "Import 1"
    dialog.import_button().click()
    with window.db.reading() as s:
        assert s.scalars(select(Person.phone).where(Person.full_name == "Қасымова Әйгерім")).one() == "+77011112233"
        assert s.scalars(select(Person).where(Person.full_name == "Бекенов Арман")).first() is None


def print_sign_in_sheet(qtbot, page, blank_rows: str | None = None):
    """Ctrl+P on the day's list, type the number of blank rows (or keep the one offered), Enter: the preview."""
    page.ui.sessionsTable.setFocus()
    qtbot.keyClick(page.ui.sessionsTable, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    asked = page.dialog
    spin = asked.findChild(QSpinBox)
    offered = spin.value()
    if blank_rows is not None:
        spin.selectAll()
        qtbot.keyClicks(spin, blank_rows)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert not asked.isVisible()
    return offered, page.dialog


def test_the_sign_in_sheet_prints_the_blank_rows_asked_for_and_remembers_them(qtbot, page, window):
    from trainings.helpers import require_tool

    session_id = page.current_session_id()
    with window.db.reading() as s:
        registered = len(attendance.order_for_printing(s, session_id))
    offered, preview = print_sign_in_sheet(qtbot, page, "25")
    qtbot.addWidget(preview)
    assert offered == 10  # never printed: the usual ten
    text = subprocess.run([require_tool("pdftotext"), "-layout", str(preview.path), "-"], check=True,
                          capture_output=True, text=True).stdout
    # a blank row: its number, then the tick boxes for sex and age group
    blank = [int(line.split()[0]) for line in text.split("\n") if line.split() and line.split()[0].isdigit()
             and "☐" in line]
    assert blank == list(range(registered + 1, registered + 26))
    preview.close()
    with window.db.reading() as s:
        assert s.get(TrainingSession, session_id).sheet_blank_rows == 25

    offered, preview = print_sign_in_sheet(qtbot, page)  # the next print offers the session's last choice
    qtbot.addWidget(preview)
    assert offered == 25
    preview.close()


def test_print_preview_of_the_sign_in_sheet(qtbot, page, window, tmp_path):
    pytest.importorskip("pypdfium2")
    _offered, preview = print_sign_in_sheet(qtbot, page)
    qtbot.addWidget(preview)
    assert preview.images and preview.images[0].width() > preview.images[0].height()  # landscape A4
    from fieldapp.ui.print_preview import save_copy

    saved = save_copy(preview.path, tmp_path / "sheet")
    assert saved.name == "sheet.pdf" and saved.read_bytes().startswith(b"%PDF")
    preview.close()


def test_forty_signed_rows_are_a_few_keystrokes(qtbot, page, window, answers):
    from fieldapp.ui.back_entry import BackEntryDialog

    with window.db.transaction() as s:
        training = trainings.create_training(s, trainings.TrainingInput(
            cycle_id=s.scalars(select(Training.cycle_id)).first(), title="Мониторинг",
            sessions=(trainings.SessionInput(dt.datetime(2020, 2, 3, 10)),)))
        for n in range(40):
            trainings.register_person(s, training, people.create_person(s, people.PersonInput(f"Участник {n:02d}")))
        session_id = trainings.sessions_of(s, training)[0].id
    dialog = BackEntryDialog(window.ops, session_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    typed = "1-40"
    qtbot.keyClicks(dialog.ui.rowsEdit, typed)
    press_ctrl_s(dialog)
    keystrokes = len(typed) + 1
    print(f"\nback-entry of a 40-row signed sheet: {keystrokes} keystrokes")
    assert not dialog.isVisible()
    with window.db.reading() as s:
        assert s.execute(select(func.count()).select_from(Attendance).where(
            Attendance.session_id == session_id, Attendance.deleted_at.is_(None))).scalar_one() == 40


def test_screens_speak_kazakh(qtbot, page, window):
    from fieldapp.ui import i18n
    from fieldapp.ui.checkin import CheckInDialog

    i18n.install("kk")
    qtbot.wait(50)
    assert page.ui.checkInButton.text() == "&Тіркеу"
    dialog = CheckInDialog(window.ops, page.current_session_id(), window)
    qtbot.addWidget(dialog)
    assert "келді" in dialog.ui.counterLabel.text() and "жастар" in dialog.ui.counterLabel.text()
    assert dialog.ui.walkInSex.itemText(1) == "Әйел"
    # the training and the places in Kazakh too (a QA pass saw the Russian title and settlements)
    from fieldapp.model import Training, TrainingSession

    with window.db.reading() as s:
        training = s.get(Training, s.get(TrainingSession, page.current_session_id()).training_id)
        titles = (training.title, training.title_kk)
    assert titles[1] and titles[1] != titles[0]
    qtbot.waitUntil(lambda: dialog.ui.headingLabel.text().startswith(titles[1] + " — "), timeout=10_000)
    dialog.ui.searchEdit.setText("Оспанов Айбек")  # QTest types ASCII only; he lives in Боранкул / Бораңқұл
    qtbot.waitUntil(lambda: "Оспанов Айбек" in dialog.ui.resultsList.item(0).text()
                    if dialog.ui.resultsList.count() else False, timeout=10_000)
    assert "Бораңқұл" in dialog.ui.resultsList.item(0).text()
    i18n.install("ru")
    qtbot.wait(50)
    assert page.ui.checkInButton.text() == "&Регистрация"
    assert "Пришли" in dialog.ui.counterLabel.text()


def _type_cell(qtbot, dialog, row: int, column: int, text: str) -> None:
    """A cell typed in as a person does: to it, F2, everything selected, the text, Enter."""
    from ui_helpers import Keyboard

    table = dialog.ui.sessionsTable
    table.setFocus()
    table.setCurrentCell(row, column)
    keys = Keyboard(qtbot, dialog)
    keys.press(Qt.Key.Key_F2)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type(text)
    keys.press(Qt.Key.Key_Return)


def test_a_new_trainings_cycle_follows_its_first_day_and_a_new_day_copies_the_hours(qtbot, page, window, answers,
                                                                                    tmp_path):
    """The cycle is the one whose period holds the first day (trainings.default_cycle) until someone chooses it;
    a day outside the chosen cycle is a warning beside the cycle, and the training saves all the same; a new day
    is the day after the last one at its hours (trainings.next_day)."""
    from ui_helpers import Keyboard, activate

    from fieldapp.model import Cycle

    with window.db.reading() as s:
        cycle = {c.number: c.id for c in s.scalars(select(Cycle))}
    page.new_training()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.ui.sessionsTable.rowCount() == 1)
    table, combo = dialog.ui.sessionsTable, dialog.ui.cycleCombo
    cells = lambda: [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]  # noqa: E731
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert cells() == [[f"{tomorrow:%d.%m.%Y}", "10:00", "13:00"]]  # the core's first day
    assert combo.currentIndex() == -1  # no demo cycle holds it nor today, none is open: not the newest by guess
    _type_cell(qtbot, dialog, 0, 0, "10.03.2020")
    assert combo.currentData() == cycle[2] and dialog.cycle_warning.isHidden()
    _type_cell(qtbot, dialog, 0, 1, "09:30")
    _type_cell(qtbot, dialog, 0, 2, "12:45")
    qtbot.mouseClick(dialog.ui.addSessionButton, Qt.MouseButton.LeftButton)
    assert cells() == [["10.03.2020", "09:30", "12:45"], ["11.03.2020", "09:30", "12:45"]]
    _type_cell(qtbot, dialog, 0, 0, "10.03.2019")  # the first day moves the cycle while nobody chose one
    assert combo.currentData() == cycle[1]
    assert "Day 2 (11.03.2020) is outside" in dialog.cycle_warning.text() and not dialog.cycle_warning.isHidden()
    combo.setFocus()
    activate(dialog)
    Keyboard(qtbot, dialog).press(Qt.Key.Key_Up)  # chosen by hand: cycle 2
    assert combo.currentData() == cycle[2] and "Day 1 (10.03.2019) is outside" in dialog.cycle_warning.text()
    _type_cell(qtbot, dialog, 1, 0, "12.03.2020")
    assert combo.currentData() == cycle[2]  # a date no longer moves a cycle someone chose
    dialog.grab().save(str(tmp_path / "training-outside-cycle.png"))
    dialog.ui.titleEdit.setText("Поздний тренинг")
    press_ctrl_s(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a warning, not a refusal
    with window.db.reading() as s:
        training = s.scalars(select(Training).where(Training.title == "Поздний тренинг")).one()
        days = [(x.starts_at, x.ends_at) for x in trainings.sessions_of(s, training.id)]
    assert training.cycle_id == cycle[2]
    assert days == [(dt.datetime(2019, 3, 10, 9, 30), dt.datetime(2019, 3, 10, 12, 45)),
                    (dt.datetime(2020, 3, 12, 9, 30), dt.datetime(2020, 3, 12, 12, 45))]
