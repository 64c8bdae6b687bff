"""From the screens: the logo on documents chosen in Settings, a rejection with a standard reason chosen from a
list (and a remark typed), and the decision letter printed with that reason and a number from the register."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_helpers import click_section

from fieldapp.model import Application, GrantCall, Locality, OutgoingLetter, StatusEvent
from fieldapp.services import applications, organisation, workflow
from fieldapp.ui import i18n, printing, reason_dialog
from fieldapp.ui.pages import settings as settings_page

CALL = "Наше село — наше пространство (2021)"


def test_the_logo_on_documents_is_chosen_and_removed_in_settings(qtbot, window, monkeypatch, tmp_path) -> None:
    picture = tmp_path / "fund-logo.png"
    Image.new("RGB", (300, 120), (40, 90, 160)).save(picture)
    monkeypatch.setattr(settings_page, "choose_picture", lambda _parent: str(picture))
    click_section(qtbot, window, "Settings")
    page = window.page("settings")
    qtbot.waitUntil(lambda: page.ui.chooseLogo.isEnabled(), timeout=5000)
    assert "BIN 940140000385" in page.ui.issuer.text() and "Бауыржан Оспанов" in page.ui.issuer.text()
    assert page.ui.logoName.text() == "none" and not page.ui.removeLogo.isEnabled()
    qtbot.mouseClick(page.ui.chooseLogo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.logoName.text() == "fund-logo.png", timeout=5000)
    with window.db.reading() as s:
        assert organisation.logo_path(s) is not None
    qtbot.mouseClick(page.ui.removeLogo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.logoName.text() == "none", timeout=5000)
    with window.db.reading() as s:
        assert organisation.logo_path(s) is None
    i18n.install("kk")
    page.retranslate()
    assert "БСН 940140000385" in page.ui.issuer.text()


def test_a_rejection_with_a_standard_reason_goes_into_the_letter(qtbot, window, monkeypatch, tmp_path) -> None:
    db = window.db
    with db.transaction() as s:
        call = s.scalars(select(GrantCall).where(GrantCall.title == CALL)).one()
        place = s.scalars(select(Locality.id).where(Locality.name_ru == "Баутино")).one()
        group = applications.ensure_group(s, "Инициативная группа «Теңіз»", place, leader_name="Нурова Асель")
        app = applications.create(s, call.id, title="Спортзал под открытым небом", group_id=group.id,
                                  settlement_id=place, channel="paper", language="ru")
        applications.set_amounts(s, app.id, requested=Decimal("2500000.00"))  # over the call's 2 000 000
        workflow.submit(s, app.id)
        app_id = app.id
    asked: dict = {}

    def ask(_parent, title, _prompt, choices, suggested=None):
        asked.update(title=title, choices=choices, suggested=suggested)
        return suggested, "Смета получена только на бумаге"

    monkeypatch.setattr(reason_dialog, "ask_coded_reason", ask)
    click_section(qtbot, window, "Grant calls & applications")
    page = window.page("grants")
    page.applications.refresh()
    model = page.applications.model
    qtbot.waitUntil(lambda: any(model.row_id(r) == app_id for r in range(model.rowCount())), timeout=5000)
    page.applications.view.selectRow(next(r for r in range(model.rowCount()) if model.row_id(r) == app_id))
    qtbot.mouseClick(page.actions.buttons["reject"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "suggested" in asked, timeout=5000)
    # at the eligibility check the standard reasons are the ineligibility ones, the over-maximum one suggested
    assert asked["suggested"] == "ineligible.over_max"
    assert [code for code, _words in asked["choices"]][0].startswith("ineligible.")
    assert "2,000,000.00\u202f₸" in dict(asked["choices"])["ineligible.over_max"]  # the interface's language
    with db.reading() as s:
        qtbot.waitUntil(lambda: db_status(db, app_id) == "rejected", timeout=5000)
        event = s.scalars(select(StatusEvent).where(StatusEvent.subject_id == app_id,
                                                    StatusEvent.to_status == "rejected")).one()
        assert (event.reason_code, event.reason) == ("ineligible.over_max", "Смета получена только на бумаге")

    saved: list[Path] = []
    monkeypatch.setattr(printing, "choose_save_path", lambda _p, _s: str(tmp_path / "letter.pdf"))
    monkeypatch.setattr(printing, "open_file", saved.append)
    page.actions.print_letter()
    qtbot.waitUntil(lambda: bool(saved), timeout=10000)
    text = " ".join(subprocess.run(["pdftotext", str(saved[0]), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Уважаемая Асель Нурова!" in text and "заявка не допущена к участию в конкурсе" in text
    assert ("Причина: Запрошенная сумма превышает максимальный размер гранта по конкурсу (2 000 000,00 ₸). "
            "Смета получена только на бумаге.") in text
    with db.reading() as s:
        entry = s.scalars(select(OutgoingLetter).where(OutgoingLetter.subject_id == app_id)).one()
    assert f"Исх. № {entry.number} от {entry.issued_on:%d.%m.%Y}" in text


def db_status(db, app_id: str) -> str:
    with db.reading() as s:
        return s.get(Application, app_id).status


def test_the_reason_dialog_offers_the_standard_reasons_and_needs_one_or_a_remark(qtbot, window) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QLineEdit

    steps: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        combo = dialog.findChild(QComboBox, "reasonCode")
        remark = dialog.findChild(QLineEdit, "reasonRemark")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        steps.append(combo.currentData())  # the suggested reason is chosen to start with
        combo.setCurrentIndex(0)  # "another reason", and nothing typed: refused under the fields
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        steps.append(dialog.findChild(QLabel, "reasonProblem").text())
        qtbot.keyClicks(remark, "Group moved away")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    answer = reason_dialog.ask_coded_reason(window, "Withdraw", "Why?", [("withdrawn.group", "At the group's request"),
                                                                       ("withdrawn.site", "No site")], "withdrawn.site")
    assert steps == ["withdrawn.site", "Choose a reason or type one."]
    assert answer == (None, "Group moved away")
