"""Setting up a competition on the screens: the application register imported from Excel or CSV through the one
import dialog, and a call's eligible settlements and required attachments on the call form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_helpers import click_section, column_values

from fieldapp.model import Application, InitiativeGroup, Locality

CALL3 = "Наше село — наше пространство (2021)"


def grants_page(qtbot, window):
    click_section(qtbot, window, "Grant calls & applications")
    return window.page("grants")


def select_call(qtbot, page, title: str) -> None:
    page.tabs.setCurrentWidget(page.calls_tab)
    view, model = page.calls.view, page.calls.model
    row = column_values(page.calls, 0).index(title)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 0)).center())


def open_register_import(qtbot, window, page):
    qtbot.mouseClick(page.call_buttons["import"], Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    qtbot.addWidget(dialog)
    return dialog


def load_file(qtbot, dialog, path: Path) -> None:
    qtbot.keyClicks(dialog.ui.fileEdit, str(path))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)


def preview_rows(dialog) -> list[list[str]]:
    table = dialog.ui.previewTable
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def call_applications(window, title: str) -> dict[str, Application]:
    from fieldapp.services import calls

    with window.db.reading() as s:
        call = calls.get(s, title)
        return {a.title: a for a in s.scalars(select(Application).where(Application.call_id == call.id))}


def test_the_application_register_from_excel_with_a_column_mapped_by_hand(qtbot, window, tmp_path) -> None:
    path = tmp_path / "register.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Реестр заявок, поступивших на конкурс"])
    sheet.append([])
    sheet.append(["№", "Бастамашыл топ", "Елді мекен", "Жобаның атауы", "Санаты", "Грант, тенге", "Қабылданған күні"])
    sheet.append([1, "Өркен жастары", "Құрық", "Балалар ойын алаңы", "детская площадка", 1850000,
                  dt.datetime(2021, 3, 20)])
    sheet.append([2, "Бірлік", "Бораңқұл", "Спорт алаңы", "спорт", Decimal("1999999.99"), dt.datetime(2021, 4, 2)])
    sheet.append([3, "Ақсай", "Атырау", "Сенсорлық бөлме", "сенсорная комната", 900000, dt.datetime(2021, 4, 5)])
    sheet.append([4, "Шұғыла", "Баутино", "", "зона отдыха", 700000, dt.datetime(2021, 4, 6)])
    book.save(path)
    before = set(call_applications(window, CALL3))

    page = grants_page(qtbot, window)
    select_call(qtbot, page, CALL3)
    dialog = open_register_import(qtbot, window, page)
    assert dialog.windowTitle() == "Import the application register"
    assert dialog.ui.targetCombo.isVisible() and dialog.ui.targetCombo.currentText().startswith(CALL3)
    load_file(qtbot, dialog, path)

    # "Грант, тенге" is not a heading the import knows: every row says so, with its row number
    rows = preview_rows(dialog)
    assert [r[:2] for r in rows] == [["4", "add"], ["5", "add"], ["6", "add"], ["7", "rejected"]]
    assert rows[0][2] == "Балалар ойын алаңы — Өркен жастары"
    assert "no amount requested" in rows[0][3]
    assert rows[2][3] == "unknown settlement “Атырау”; no amount requested"
    assert rows[3][3] == "no project title: the row is rejected"
    assert "Header on row 3. 3 to add, 0 already known, 1 rejected, 3 rows with warnings." == dialog.ui.summaryLabel.text()

    # the amount column mapped by hand: the preview is read again
    combo = dialog.column_combo("requested")
    combo.setCurrentIndex(combo.findText("F: Грант, тенге"))
    rows = preview_rows(dialog)
    assert rows[0][3] == "" and rows[1][3] == ""
    assert rows[2][3] == "unknown settlement “Атырау”"
    assert dialog.import_button().text() == "Import 3"
    qtbot.mouseClick(dialog.import_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    made = {title: app for title, app in call_applications(window, CALL3).items() if title not in before}
    assert set(made) == {"Балалар ойын алаңы", "Спорт алаңы", "Сенсорлық бөлме"}
    playground, sports, sensory = made["Балалар ойын алаңы"], made["Спорт алаңы"], made["Сенсорлық бөлме"]
    assert (playground.status, playground.requested_amount, playground.received_on, playground.category) == (
        "submitted", Decimal("1850000.00"), dt.date(2021, 3, 20), "playground")
    assert (sports.status, sports.requested_amount) == ("submitted", Decimal("1999999.99"))
    assert (sensory.status, sensory.settlement_id) == ("draft", None)  # unknown settlement: finished in the form
    with window.db.reading() as s:
        assert s.get(Locality, playground.settlement_id).name_kk == "Құрық"
        assert s.get(InitiativeGroup, playground.group_id).name == "Өркен жастары"
    # the page shows them in its applications list
    assert page.tabs.currentIndex() == 0
    page.applications.refresh()
    titles = column_values(page.applications, 1)
    assert {"Балалар ойын алаңы", "Спорт алаңы", "Сенсорлық бөлме"} <= set(titles)


def test_a_register_saved_as_csv_in_windows_1251_for_a_call_chosen_in_the_dialog(qtbot, window, tmp_path) -> None:
    path = tmp_path / "register.csv"
    path.write_bytes("Группа;Населённый пункт;Название проекта;Сумма;Дата получения\n"
                     "Молодёжь Баутино;Баутино;Скамейки у моря;850 000,00;10.04.2021\n"
                     "Ветераны;Курык;;300 000,00;11.04.2021\n".encode("cp1251"))
    page = grants_page(qtbot, window)
    dialog = page.import_register(None)
    qtbot.addWidget(dialog)
    combo = dialog.ui.targetCombo
    combo.setCurrentIndex(combo.findText(CALL3, Qt.MatchFlag.MatchStartsWith))
    load_file(qtbot, dialog, path)
    rows = preview_rows(dialog)
    assert [r[:3] for r in rows] == [["2", "add", "Скамейки у моря — Молодёжь Баутино"], ["3", "rejected", "Ветераны"]]
    assert dialog.import_button().text() == "Import 1"
    qtbot.mouseClick(dialog.import_button(), Qt.MouseButton.LeftButton)
    made = call_applications(window, CALL3)["Скамейки у моря"]
    assert (made.status, made.requested_amount, made.received_on) == ("submitted", Decimal("850000.00"),
                                                                      dt.date(2021, 4, 10))
