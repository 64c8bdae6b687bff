"""The Trainings page on a laptop: the table fits the width (Registered and Present never scroll out of sight),
the filters read whole in every language, Copy / Export / Find / History work here as on every list, the buttons
that need a training wait for one, and a training just saved is the one selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, click_section, press, type_text

from fieldapp.ui import i18n


@pytest.fixture
def page(qtbot, window):
    click_section(qtbot, window, "Trainings")
    return window.page("trainings")


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_table_fits_the_width_of_a_laptop(qtbot, window, page, size) -> None:
    i18n.install("ru")
    window.resize(*size)
    qtbot.wait(50)
    view = page.ui.trainingsView
    assert not view.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    last = page.model.columnCount() - 1
    for column in (last - 1, last):  # Registered, Present
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= view.viewport().width()
    # a cut title is read whole in its tooltip
    row = next(r for r, t in enumerate(page.model.rows) if "бюджет" in t.title)
    assert page.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == page.model.rows[row].title


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_filters_read_whole(qtbot, window, page, lang) -> None:
    i18n.install(lang)
    qtbot.wait(50)  # the language change reaches the widgets as a posted event
    combos = (page.ui.cycleCombo, page.ui.settlementCombo, page.ui.trainerCombo)
    qtbot.waitUntil(lambda: all(c.width() >= c.sizeHint().width() for c in combos), timeout=2000)  # laid out again
    for combo in combos:
        text = combo.currentText()
        assert QFontMetrics(combo.font()).horizontalAdvance(text) < combo.width() - 20, (lang, text)
    everyone = {"ru": "Все населённые пункты", "kk": "Барлық елді мекендер", "en": "All settlements"}[lang]
    assert page.ui.settlementCombo.itemText(0) == everyone  # switched live, no restart
    names = {page.ui.settlementCombo.itemText(i) for i in range(1, page.ui.settlementCombo.count())}
    assert {"ru": "Курык", "kk": "Құрық", "en": "Kuryk"}[lang] in names


def test_find_copy_export_and_history_work_on_the_trainings_page(qtbot, window, page) -> None:
    for action in (window.ui.actionFind, window.ui.actionCopy, window.ui.actionExport, window.history_action):
        assert action.isEnabled(), action.text()
    activate(window)
    page.ui.trainingsView.setFocus()
    press(page.ui.trainingsView, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.ui.searchEdit
    page.ui.trainingsView.setFocus()
    press(page.ui.trainingsView, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].startswith("Number\tTitle") and copied[1].startswith(page.current_training().number)
    press(page.ui.trainingsView, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = page.dialog
    assert history.isVisible() and history.table_name == "training"
    qtbot.waitUntil(lambda: history.changes is not None)
    assert history.changes  # the demo made it
    history.done(0)


def test_the_buttons_that_need_a_training_wait_for_one(qtbot, window, page) -> None:
    assert page.ui.editButton.isEnabled() and page.ui.checkInButton.isEnabled()
    page.ui.searchEdit.setText("no training is called this")
    page.reload()
    assert page.model.rowCount() == 0
    for button in (page.ui.editButton, page.ui.checkInButton, page.ui.backEntryButton, page.ui.printButton):
        assert not button.isEnabled(), button.text()
    assert page.ui.newButton.isEnabled() and page.ui.importButton.isEnabled()
    page.ui.searchEdit.clear()
    page.reload()
    page.ui.trainingsView.clearSelection()
    page.ui.trainingsView.setCurrentIndex(page.model.index(-1, -1))
    page.show_sessions()
    assert not page.ui.editButton.isEnabled()
    assert page.ui.buttonsHint.text() == "Choose a training in the list to edit it, check people in or print."


def test_a_training_just_saved_is_the_one_selected(qtbot, window, page, answers) -> None:
    page.ui.searchEdit.setText("белсенді")  # a filter the new training does not match
    page.reload()
    activate(window)
    page.ui.trainingsView.setFocus()
    press(page.ui.trainingsView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog.focusWidget() is dialog.ui.titleEdit
    type_text(dialog.ui.titleEdit, "Мониторинг проектов")
    # tomorrow is in none of the demo's cycles (the last ended in 2022): the cycle is chosen, not guessed
    assert dialog.ui.cycleCombo.currentIndex() == -1
    dialog.ui.cycleCombo.setFocus()
    press(dialog.ui.cycleCombo, Qt.Key.Key_Down)
    assert dialog.ui.cycleCombo.currentIndex() == 0 and "is outside" in dialog.cycle_warning.text()
    press(dialog.ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert page.current_training().title == "Мониторинг проектов"
    assert page.ui.searchEdit.text() == ""  # the filter that hid it was cleared


def test_a_write_asks_the_list_once_and_another_language_asks_it_again(qtbot, window, page) -> None:
    from sqlalchemy import select

    from fieldapp.model import Person, TrainingTrainer

    qtbot.waitUntil(lambda: page.model.rows and not page.list_query._in_flight
                    and not page.choices_query._in_flight, timeout=10_000)
    lists_before, choices_before = page.list_query.asked, page.choices_query.asked
    with window.db.reading() as s:
        trainer_id = s.scalars(select(TrainingTrainer.person_id)).first()

    def note(session) -> None:  # a trainer's notes: both the filters (trainers) and the list read people
        session.get(Person, trainer_id).notes = "ведёт по вторникам"

    window.ops.write(note)
    qtbot.waitUntil(lambda: page.choices_query.asked > choices_before and not page.choices_query._in_flight
                    and page.list_query.asked > lists_before and not page.list_query._in_flight, timeout=10_000)
    qtbot.wait(300)
    assert page.list_query.asked == lists_before + 1  # its own refresh; the filters' answer changed nothing
    with window.db.reading() as s:
        assert s.get(Person, trainer_id).notes == "ведёт по вторникам"
    i18n.install("kk")
    qtbot.waitUntil(lambda: page.list_query.asked == lists_before + 2 and not page.list_query._in_flight,
                    timeout=10_000)
    assert page.ui.settlementCombo.itemText(0) == "Барлық елді мекендер"  # the list asked again, in Kazakh
    i18n.install("en")


def test_tab_walks_the_trainings_page_in_reading_order(qtbot, window) -> None:
    """Ctrl+4, Ctrl+F, then Tab: search, the three filters, each date once, the list, the days, the buttons; Down
    in the search field goes to the list."""
    activate(window)
    press(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.page("trainings")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    ui = page.ui
    assert QApplication.focusWidget() is ui.searchEdit
    walked = []
    for _ in range(14):
        press(window, Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    expected = [ui.cycleCombo, ui.settlementCombo, ui.trainerCombo, ui.fromDate, ui.toDate, ui.trainingsView,
                ui.sessionsTable, ui.newButton, ui.editButton, ui.checkInButton, ui.backEntryButton, ui.printButton,
                ui.importButton]
    assert walked[:len(expected)] == expected, [w.objectName() for w in walked]
    for _ in range(len(expected) - 3):  # and back again
        press(window, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is ui.fromDate
    press(window, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is ui.trainerCombo
    # Down from the search field reaches the list, a training chosen
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    press(window, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is ui.trainingsView
    assert page.current_training() is not None


def test_delete_on_the_list_asks_with_the_marks_then_deletes_the_training_softly(qtbot, window, page,
                                                                                 monkeypatch) -> None:
    from sqlalchemy import func, select

    from fieldapp.model import Attendance, Training, TrainingSession
    from fieldapp.ui import choose

    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(choose, "confirm", lambda _p, _title, text: asked.append(text) or next(answers))
    qtbot.waitUntil(lambda: bool(page.model.rows), timeout=10_000)
    view = page.ui.trainingsView
    view.setFocus()
    view.selectRow(0)
    training = page.current_training()
    with window.db.reading() as s:
        marks = s.scalar(select(func.count()).select_from(Attendance).join(
            TrainingSession, TrainingSession.id == Attendance.session_id).where(
            TrainingSession.training_id == training.id))
    assert marks > 0 and page.delete_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # "No"
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    assert training.title in asked[0] and str(marks) in asked[0]
    qtbot.wait(200)
    assert any(r.id == training.id for r in page.model.rows)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # "Yes"
    qtbot.waitUntil(lambda: not any(r.id == training.id for r in page.model.rows), timeout=10_000)
    with window.db.reading() as s:
        row = s.execute(select(Training).where(Training.id == training.id)
                        .execution_options(include_deleted=True)).scalar_one()
        assert row.deleted_at is not None  # kept, softly deleted
