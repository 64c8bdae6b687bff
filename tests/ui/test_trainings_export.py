"""Any list goes to Excel: the trainings page, with its own table, exports as filtered with typed cells."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from ui_helpers import click_section


def test_trainings_export_to_excel_with_typed_cells(qtbot, window, tmp_path) -> None:
    click_section(qtbot, window, "Trainings")
    page = window.page("trainings")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    shown = page.model.rowCount()
    target = tmp_path / "trainings.xlsx"
    window.export_current(target)
    qtbot.waitUntil(target.exists)

    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == page.model.headers
    assert len(rows) - 1 == shown
    assert isinstance(rows[1][4], dt.datetime)  # the first day is a real date
    assert isinstance(rows[1][6], int) and rows[1][6] > 0  # registered is a number
