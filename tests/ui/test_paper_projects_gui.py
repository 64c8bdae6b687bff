"""Projects already running on paper, in the window: the Agreements page's "Paper projects" → the register's
import (the roster's preview: new, duplicate, refused rows with their problems; Import disabled when nothing can
be imported; an empty template saved from the dialog), and one project registered by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select
from ui_helpers import Keyboard, click_section, press

from fieldapp.model import Agreement, Application, Tranche
from fieldapp.ui import import_dialog

HEADER = ["Номер договора", "Грантополучатель", "Представитель", "Населённый пункт", "Конкурс", "Сумма гранта",
          "Дата подписания", "IBAN", "Выплачено 1", "Дата выплаты 1"]


def register_file(path: Path, *rows: list[object]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Реестр проектов, начатых до FieldApp"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def agreements_page(qtbot, window):
    click_section(qtbot, window, "Agreements")
    page = window.page("agreements")
    page.panel.view.setFocus()
    return page


def open_import(qtbot, page):
    press(page.panel.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Import the register of paper projects"
    return dialog


def load(qtbot, dialog, path: Path) -> None:
    dialog.ui.fileEdit.setFocus()
    qtbot.keyClicks(dialog.ui.fileEdit, str(path))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.table.path == path)


def rows(dialog) -> list[list[str]]:
    table = dialog.ui.previewTable
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def test_the_register_is_previewed_then_imported_and_the_list_shows_the_agreements(qtbot, window, tmp_path) -> None:
    path = register_file(tmp_path / "projects.xlsx",
                         ["ОП-2019-501", "Инициативная группа «Жағалау»", "Әлия Серікова", "Курык", "ВМС-2019",
                          "1 000 000,00", "01.03.2020", None, 500000, dt.datetime(2020, 3, 15)],
                         ["ОП-2019-502", "Инициативная группа «Теңіз»", "", "Баутино", "ВМС-2019", 800000,
                          "02.03.2020", "KZ86125KZT5004100101", None, None],
                         ["ОП-2020-001", "Инициативная группа «Дубль»", "", "Баутино", "ВМС-2019", 800000,
                          "02.03.2020", None, None, None])
    page = agreements_page(qtbot, window)
    dialog = open_import(qtbot, page)
    assert not dialog.import_button().isEnabled()
    load(qtbot, dialog, path)
    shown = rows(dialog)
    assert [r[:3] for r in shown] == [
        ["3", "add", "ОП-2019-501 — Инициативная группа «Жағалау»"],
        ["4", "rejected", "ОП-2019-502 — Инициативная группа «Теңіз»"],
        ["5", "already known", "ОП-2020-001 — Инициативная группа «Дубль»"]]
    assert shown[1][3].startswith("IBAN: ") and "check digits" in shown[1][3]  # the column, then the reason
    assert "in the database already" in shown[2][3]
    assert "1 to add, 1 already known, 1 rejected" in dialog.ui.summaryLabel.text()
    with window.db.reading() as s:
        assert s.scalars(select(Agreement).where(Agreement.number == "ОП-2019-501")).first() is None
    assert dialog.import_button().isEnabled() and dialog.import_button().text() == "Import 1"
    qtbot.mouseClick(dialog.import_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with window.db.reading() as s:
        agreement = s.scalars(select(Agreement).where(Agreement.number == "ОП-2019-501")).one()
        assert (agreement.status, agreement.amount) == ("signed", Decimal("1000000.00"))
        assert s.get(Application, agreement.application_id).status == "approved"
        paid = s.scalars(select(Tranche.paid_amount).where(Tranche.agreement_id == agreement.id,
                                                           Tranche.paid_on.is_not(None))).all()
        assert paid == [Decimal("500000.00")]
        assert s.scalars(select(Agreement).where(Agreement.number == "ОП-2019-502")).first() is None
    qtbot.waitUntil(lambda: page.panel.model.row_of(agreement.id) is not None)
    assert "agreements and payments: 1." in window.statusBar().currentMessage()


def test_nothing_to_import_keeps_the_button_disabled_and_the_template_is_saved(qtbot, window, tmp_path,
                                                                               monkeypatch) -> None:
    path = register_file(tmp_path / "known.xlsx", ["ОП-2020-001", "Группа", "", "Баутино", "ВМС-2019", 800000,
                                                   "02.03.2020", None, None, None])
    page = agreements_page(qtbot, window)
    dialog = open_import(qtbot, page)
    load(qtbot, dialog, path)
    assert [r[1] for r in rows(dialog)] == ["already known"]
    assert not dialog.import_button().isEnabled()
    template = tmp_path / "шаблон.xlsx"
    monkeypatch.setattr(import_dialog, "choose_template_path", lambda parent, name: str(template))
    assert dialog.template_button is not None and dialog.template_button.text() == "Save an empty &template…"
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(template.is_file)
    qtbot.waitUntil(lambda: "Template saved" in dialog.ui.noteLabel.text())
    headings = [c.value for c in openpyxl.load_workbook(template).active[1]]
    assert headings[:3] == ["Agreement number", "Grantee", "BIN"]  # the interface's language (English here)


def test_one_paper_project_registered_by_hand(qtbot, window) -> None:
    page = agreements_page(qtbot, window)
    page.paper_projects.hand_action.trigger()
    dialog = page.dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.height() <= 697
    call = dialog.widgets["call"]
    settlement = dialog.widgets["settlement"]
    assert isinstance(call, QComboBox) and isinstance(settlement, QComboBox)
    call.setCurrentIndex(next(i for i in range(call.count()) if call.itemText(i).startswith("Вместе — мы сила!")))
    settlement.setCurrentIndex(settlement.findText("Курык"))
    keys = Keyboard(qtbot, dialog)
    for name, text in (("number", "ОП-2019-777"), ("grantee", "Инициативная группа «Құм»"),
                       ("representative", "Ерлан Әбілов"), ("amount", "1 200 000"), ("signed_on", "05.03.2020"),
                       ("iban", "KZ86125KZT5004100101")):
        dialog.widgets[name].setFocus()
        keys.type(text)
    table = dialog.payments
    table.setFocus()
    table.setCurrentCell(0, 0)
    for text in ("600000", "20.03.2020", "41"):
        keys.press(Qt.Key.Key_F2)
        keys.type(text)
        keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "check digits" in dialog.problem("iban"))
    assert dialog.isVisible()
    dialog.widgets["iban"].setFocus()
    dialog.widgets["iban"].selectAll()
    keys.type("KZ86125KZT5004100100")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with window.db.reading() as s:
        agreement = s.scalars(select(Agreement).where(Agreement.number == "ОП-2019-777")).one()
        assert (agreement.status, agreement.signed_on, agreement.iban) == (
            "signed", dt.date(2020, 3, 5), "KZ86125KZT5004100100")
        paid = s.scalars(select(Tranche).where(Tranche.agreement_id == agreement.id, Tranche.number == 1)).one()
        assert (paid.paid_amount, paid.paid_on, paid.payment_reference) == (
            Decimal("600000.00"), dt.date(2020, 3, 20), "41")
    qtbot.waitUntil(lambda: getattr(page.dialog, "agreement_id", None) == agreement.id)  # opened to be seen
