"""Setting up a competition on the screens: the application register imported from Excel or CSV through the one
import dialog, and a call's eligible settlements and required attachments on the call form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_helpers import click_section, column_values, press

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


MORE_VILLAGES = [("Жетыбай", "Жетібай", "Zhetybai"), ("Акшукур", "Ақшұқыр", "Akshukur"), ("Шетпе", "Шетпе", "Shetpe"),
                 ("Сайотес", "Сайөтес", "Sayotes"), ("Бейнеу", "Бейнеу", "Beineu"), ("Таушик", "Таушық", "Taushyk"),
                 ("Шебир", "Шебір", "Shebir"), ("Мунайшы", "Мұнайшы", "Munaishy")]


def add_villages(window) -> dict[str, str]:
    with window.db.transaction() as s:
        district = s.scalars(select(Locality).where(Locality.kind == "district")).first()
        made = [Locality(kind="settlement", parent_id=district.id, name_ru=ru, name_kk=kk, name_en=en)
                for ru, kk, en in MORE_VILLAGES]
        s.add_all(made)
        s.flush()
        return {place.name_ru: place.id for place in made}


def shortcut_save(dialog) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut

    found = next(s for s in dialog.findChildren(QShortcut) if s.key() == QKeySequence(QKeySequence.StandardKey.Save))
    found.activated.emit()  # the offscreen platform does not activate windows


def test_a_call_lists_its_eligible_settlements_and_required_attachments(qtbot, window, answers) -> None:
    from fieldapp.services import calls

    villages = add_villages(window)
    page = grants_page(qtbot, window)
    select_call(qtbot, page, CALL3)
    qtbot.mouseClick(page.call_buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = page.call_dialog
    assert dialog.loaded
    places = dialog.ui.settlements
    # the form has three tabs (it fits a laptop's screen): Alt+W shows who may apply
    press(dialog.ui.title, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.eligibilityTab
    assert places.filter.isVisible()  # twelve settlements: a filter to find one
    assert places.summary.text() == "4 of 12 settlements may apply."

    # Kuryk found by typing part of its name, Down goes to it, Space unticks it
    qtbot.keyClicks(places.filter, "kury")
    assert [i.text() for i in places.items() if not i.isHidden()] == ["Kuryk"]
    qtbot.keyClick(places.filter, Qt.Key.Key_Down)
    assert dialog.focusWidget() is places.list and places.list.currentItem().text() == "Kuryk"
    qtbot.keyClick(places.list, Qt.Key.Key_Space)
    # Zhetybai found by its Kazakh name, ticked
    places.filter.clear()
    places.filter.insert("Жетібай")
    qtbot.keyClick(places.filter, Qt.Key.Key_Return)
    qtbot.keyClick(places.list, Qt.Key.Key_Space)
    assert places.summary.text() == "4 of 12 settlements may apply."

    rules = dialog.ui.attachments
    assert [rules.list.item(r).text() for r in range(rules.list.count())] == [
        "Письмо поддержки акимата — Letter of support", "Фотографии участка — Photos of the site"]
    rules.list.setFocus()
    rules.list.setCurrentRow(1)
    qtbot.keyClick(rules.list, Qt.Key.Key_Delete)
    rules.kind.setCurrentIndex(rules.kind.findData("cofunding_letter"))
    qtbot.keyClicks(rules.title, "Akimat co-funding letter")
    qtbot.keyClick(rules.title, Qt.Key.Key_Return)
    rules.title.insert("письмо  поддержки акимата")
    qtbot.keyClick(rules.title, Qt.Key.Key_Return)
    assert dialog.isVisible() and rules.list.count() == 3  # Enter adds an entry, it never saves the form
    dialog.ui.tabs.setCurrentWidget(dialog.ui.callTab)
    press(dialog.ui.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.problem("attachments") == "“письмо поддержки акимата” is listed twice"
    assert dialog.ui.tabs.currentWidget() is dialog.ui.eligibilityTab  # the problem is shown where it is
    qtbot.keyClick(rules.list, Qt.Key.Key_Delete)  # the entry just added is the current one
    shortcut_save(dialog)
    assert not dialog.isVisible()
    with window.db.reading() as s:
        call = calls.get(s, CALL3)
        names = {place.name_en for place in s.scalars(select(Locality).where(
            Locality.id.in_(calls.settlements(s, call.id))))}
        assert names == {"Fort-Shevchenko", "Bautino", "Boranqul", "Zhetybai"}
        assert [(r.kind, r.label) for r in calls.attachment_rules(s, call.id)] == [
            ("support_letter", "Письмо поддержки акимата"), ("cofunding_letter", "Akimat co-funding letter")]
        assert villages["Жетыбай"] in calls.settlements(s, call.id)

    # none ticked: the form says every settlement may apply, and the call lists none
    qtbot.mouseClick(page.call_buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = page.call_dialog
    places = dialog.ui.settlements
    dialog.ui.tabs.setCurrentWidget(dialog.ui.eligibilityTab)
    places.list.setFocus()
    for row in range(places.list.count()):
        if places.list.item(row).checkState() == Qt.CheckState.Checked:
            places.list.setCurrentRow(row)
            qtbot.keyClick(places.list, Qt.Key.Key_Space)
    assert places.summary.text() == "None ticked: every settlement may apply."
    shortcut_save(dialog)
    assert not dialog.isVisible()
    with window.db.reading() as s:
        assert calls.settlements(s, calls.get(s, CALL3).id) == []


def test_the_application_form_tells_what_the_call_asks_for(qtbot, window, answers, monkeypatch, tmp_path) -> None:
    from fieldapp.services import calls
    from fieldapp.ui import application_dialog

    villages = add_villages(window)
    scan = tmp_path / "letter.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"scanned letter" * 50)
    monkeypatch.setattr(application_dialog, "choose_files", lambda _parent: [str(scan)])
    with window.db.reading() as s:
        call_id = calls.get(s, CALL3).id
    page = grants_page(qtbot, window)
    dialog = page.actions.new_application(call_id)
    assert dialog.loaded
    assert dialog.ui.attachmentsMissing.text() == "Still missing: Письмо поддержки акимата; Фотографии участка"
    dialog.ui.group.insert("Жетібай жастары")
    dialog.ui.settlement.setFocus()
    dialog.ui.settlement.setCurrentIndex(dialog.ui.settlement.findData(villages["Жетыбай"]))
    assert dialog.problem("settlement") == ("This settlement is not among those the call lists: the application will "
                                            "be refused at the eligibility check")
    dialog.ui.settlement.setCurrentIndex(dialog.ui.settlement.findText("Kuryk"))  # in the interface's language
    assert dialog.problem("settlement") == ""
    dialog.ui.title.insert("Жаттығу алаңы")
    dialog.set_values({"budget": [["Тренажёры", "шт", "4", "250000", "", "", "", ""]]})

    # a scanned letter as a PNG: the kind chosen says what it is, whatever the file's type
    dialog.ui.attachKind.setFocus()
    dialog.ui.attachKind.setCurrentIndex(dialog.ui.attachKind.findData("support_letter"))
    qtbot.mouseClick(dialog.ui.attachButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.attachmentsList.item(0).text() == "letter.png — Letter of support"
    assert dialog.ui.attachmentsMissing.text() == "Still missing: Фотографии участка"
    shortcut_save(dialog)
    assert not dialog.isVisible(), dialog.ui.problems.text()
    with window.db.reading() as s:
        app = call_applications(window, CALL3)["Жаттығу алаңы"]
        from fieldapp.services import applications

        assert [(a.kind, a.file_name) for a in applications.attachments(s, app.id)] == [
            ("support_letter", "letter.png")]
        assert [p.message for p in applications.check(s, app.id) if p.code == "application.attachment"] == [
            "Missing attachment: Фотографии участка"]
