"""Typing a paper application's budget with the keyboard: Tab into the table and type (the first letter is
kept), Tab between cells, Enter to the next line (never skipping one), Ctrl+S while still typing a cell saves
what is typed, and a problem names the line by the number the screen shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_helpers import Keyboard, click_section

from fieldapp.model import Application, BudgetLine


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(5)] for r in range(table.rowCount())]


@pytest.fixture
def form(qtbot, window, answers):
    click_section(qtbot, window, "Grant calls & applications")
    dialog = window.page("grants").actions.new_application()
    keys = Keyboard(qtbot, dialog)
    dialog.ui.group.setFocus()
    keys.type("Жастар")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Down)  # the first settlement
    dialog.ui.title.setText("Спортивная площадка")
    dialog.ui.sustainability.setFocus()
    yield dialog, keys
    if dialog.isVisible():
        dialog.done(0)


def test_typing_the_budget_from_the_keyboard(form, window) -> None:
    dialog, keys = form
    table = dialog.ui.budgetTable
    keys.press(Qt.Key.Key_Tab)  # from the last text into the budget
    assert keys.focused() is table
    keys.type("Скамья")  # the first letter opens the cell and is kept
    keys.press(Qt.Key.Key_Tab)
    keys.type("шт")
    keys.press(Qt.Key.Key_Tab)
    keys.type("4")
    keys.press(Qt.Key.Key_Tab)
    keys.type("50000")
    keys.press(Qt.Key.Key_Return)  # the next line, once
    assert table.currentRow() == 1 and table.currentColumn() == 0
    keys.type("Урна")
    keys.press(Qt.Key.Key_Tab)
    keys.type("шт")
    keys.press(Qt.Key.Key_Tab)
    keys.type("2")
    keys.press(Qt.Key.Key_Tab)
    keys.type("15000")  # still typing in the cell when Ctrl+S comes
    assert cells(table)[:2] == [["Скамья", "шт", "4", "50000", ""], ["Урна", "шт", "2", "", ""]]
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.ui.problems.text()
    with window.db.reading() as s:
        app = s.scalars(select(Application).where(Application.title == "Спортивная площадка")).one()
        lines = s.scalars(select(BudgetLine).where(BudgetLine.application_id == app.id)
                          .order_by(BudgetLine.position)).all()
        assert [(line.item, line.quantity, line.unit_cost) for line in lines] == [
            ("Скамья", 4, 50000), ("Урна", 2, 15000)]
        assert app.requested_amount == 230000


def test_enter_on_an_empty_line_stays_there(form) -> None:
    dialog, keys = form
    table = dialog.ui.budgetTable
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    assert table.rowCount() == 1 and table.currentRow() == 0  # no empty lines piled up


def test_a_problem_names_the_line_as_the_screen_numbers_it(form) -> None:
    dialog, keys = form
    table = dialog.ui.budgetTable
    keys.press(Qt.Key.Key_Tab)
    keys.type("Скамья")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("4")
    keys.press(Qt.Key.Key_Tab)
    keys.type("50000")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)  # row 2 stays empty: the next line typed is on row 3
    table.insertRow(2)
    table.setCurrentCell(2, 0)
    keys.type("Урна")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("2")
    keys.press(Qt.Key.Key_Tab)
    keys.type("10000")
    keys.press(Qt.Key.Key_Tab)
    keys.type("5000")  # requested 5 000 of a line that costs 20 000, nothing else: it does not add up
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "Line 3" in dialog.ui.problems.text() and "Line 2" not in dialog.ui.problems.text()
