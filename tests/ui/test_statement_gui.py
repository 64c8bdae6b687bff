"""Importing the bank's statement from the Agreements page, with real key presses and clicks: the plan shows each
line (a matched payment, a tranche the payment rule refuses, a row with no agreement) and nothing is recorded until
the user confirms; then the matched payment is in the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from ui_helpers import click_section, press

from fieldapp.model import Agreement, SiteVisit, Tranche
from fieldapp.services import visits
from fieldapp.ui import statement_dialog


def _tranche(db, number: str) -> Tranche:
    with db.reading() as s:
        agreement_id = s.scalars(select(Agreement.id).where(Agreement.number == number)).one()
        return s.scalars(select(Tranche).where(Tranche.agreement_id == agreement_id, Tranche.number == 2)).one()


def _release(db, number: str) -> None:
    with db.transaction() as s:
        agreement_id = s.scalars(select(Agreement.id).where(Agreement.number == number)).one()
        officer = s.scalars(select(SiteVisit.officer_id).where(SiteVisit.agreement_id == agreement_id)).first()
        visits.save_visit(s, None, visits.VisitData(agreement_id=agreement_id, visited_on=dt.date(2020, 10, 1),
                                                    officer_id=officer, decision="release"),
                          today=dt.date(2026, 12, 4))


def statement(path: Path, db) -> Path:
    sixteen, seventeen = _tranche(db, "ОП-2020-016"), _tranche(db, "ОП-2020-017")
    path.write_bytes((
        "Дата;Номер документа;Дебет;Кредит;Назначение платежа\r\n"
        f"05.10.2020;901;{sixteen.amount:.2f};;Грант по договору ОП-2020-016\r\n".replace(".00;", ",00;")
        + f"06.10.2020;902;{seventeen.amount:.2f};;Грант по договору ОП-2020-017\r\n".replace(".00;", ",00;")
        + "06.10.2020;903;1 500,00;;Комиссия банка\r\n").encode("cp1251"))
    return path


def test_the_statement_plan_is_shown_then_recorded_on_confirm(qtbot, window, tmp_path, monkeypatch) -> None:
    _release(window.db, "ОП-2020-016")
    path = statement(tmp_path / "выписка.csv", window.db)
    monkeypatch.setattr(statement_dialog, "choose_statement", lambda parent: str(path))
    click_section(qtbot, window, "Agreements")
    page = window.page("agreements")
    press(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "dialog", None), statement_dialog.StatementDialog))
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [row[0] for row in cells] == ["2", "3", "4"]
    assert cells[0][1:3] == ["ОП-2020-016", "2"] and "901" in cells[0][5]
    assert cells[1][1] == "ОП-2020-017" and "condition of tranche 2" in cells[1][5]  # held by its visit
    assert "No agreement number" in cells[2][5]
    assert dialog.record_button.isEnabled() and "(1)" in dialog.record_button.text()
    assert _tranche(window.db, "ОП-2020-016").paid_on is None  # nothing written by the plan
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    paid = _tranche(window.db, "ОП-2020-016")
    assert (paid.paid_on, paid.payment_reference) == (dt.date(2020, 10, 5), "901")
    assert _tranche(window.db, "ОП-2020-017").paid_on is None
    QApplication.processEvents()


def test_a_file_that_is_no_statement_says_so_and_records_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    path = tmp_path / "scan.csv"
    path.write_bytes(bytes(range(256)) * 64)
    monkeypatch.setattr(statement_dialog, "choose_statement", lambda parent: str(path))
    click_section(qtbot, window, "Agreements")
    page = window.page("agreements")
    qtbot.mouseClick(page.toolbar.widgetForAction(page.statement_action), Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "cannot be read" in dialog.heading.text() and dialog.summary.text()
    assert not dialog.record_button.isEnabled()
    dialog.reject()
