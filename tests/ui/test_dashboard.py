"""The dashboard: the figures of services/dashboard on screen, every number opening the records it counted, the
cycle chosen narrowing them, the settlement bars opening their projects, "my week" opening its records."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import click_section

from fieldapp.services import dashboard
from fieldapp.ui.figure_list_dialog import FigureListDialog


def _page(qtbot, window):
    click_section(qtbot, window, "Dashboard")
    page = window.page("dashboard")
    assert page.data is not None
    return page


def _figures(window, cycle_id=None):
    with window.db.reading() as session:
        return dashboard.figures(session, cycle_id)


def test_the_figures_on_screen_are_the_core_figures(qtbot, window) -> None:
    page = _page(qtbot, window)
    figures = _figures(window)
    assert page.figures["applications"].value.text() == str(figures["applications"])
    assert page.figures["funded"].value.text() == str(figures["funded"])
    assert figures["grants_paid"] > 0
    assert page.figures["grants_paid"].value.text().startswith(  # the English interface writes 31,628,900.00 ₸
        f"{int(figures['grants_paid']):,}.")
    assert page.sex_figures["F"].value.text() == f"{figures['participants_by_sex']['F']}"
    if os.environ.get("FIELDAPP_SHOTS"):
        page.grab().save(str(Path(os.environ["FIELDAPP_SHOTS"]) / "dashboard.png"))


def test_a_click_on_a_number_opens_the_records_it_counted(qtbot, window) -> None:
    page = _page(qtbot, window)
    figure = page.figures["funded"]
    qtbot.mouseClick(figure, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, FigureListDialog)
    model = dialog.panel.model
    assert model.list_name == "applications"
    assert model.total == int(figure.value.text()) == 28
    status = next(i for i, (key, _k) in enumerate(model.columns) if key == "status")
    assert {model.rows[r][status + 1] for r in range(model.rowCount())} == {"approved"}
    dialog.close()


def test_enter_on_a_participants_figure_opens_those_people(qtbot, window) -> None:
    page = _page(qtbot, window)
    women = page.sex_figures["F"]
    women.setFocus()
    qtbot.keyClick(women, Qt.Key.Key_Return)
    model = page.dialog.panel.model
    assert model.list_name == "people"
    assert model.total == int(women.value.text().replace(",", ""))
    sex = next(i for i, (key, _k) in enumerate(model.columns) if key == "sex")
    assert {model.rows[r][sex + 1] for r in range(model.rowCount())} == {"F"}
    page.dialog.close()


def test_choosing_a_cycle_narrows_every_figure(qtbot, window) -> None:
    page = _page(qtbot, window)
    index = next(i for i in range(page.cycle_box.count()) if page.cycle_box.itemText(i).startswith("Цикл 2"))
    page.cycle_box.setCurrentIndex(index)
    cycle_id = page.cycle_box.itemData(index)
    assert page.cycle_id == cycle_id
    figures = _figures(window, cycle_id)
    assert page.figures["applications"].value.text() == str(figures["applications"]) == "53"
    qtbot.mouseClick(page.figures["applications"], Qt.MouseButton.LeftButton)
    assert page.dialog.panel.model.total == 53
    page.dialog.close()


def test_a_settlement_bar_opens_its_funded_projects(qtbot, window) -> None:
    page = _page(qtbot, window)
    chart = page.settlement_chart
    chart.repaint()
    row = page.data["figures"]["by_settlement"][0]
    rect = chart.bar_rect(f"settlement:{row['id']}:funded")
    assert rect is not None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    model = page.dialog.panel.model
    assert model.total == row["funded"] > 0
    place = next(i for i, (key, _k) in enumerate(model.columns) if key == "settlement")
    assert {model.rows[r][place + 1] for r in range(model.rowCount())} == {row["name_en"]}
    page.dialog.close()


def test_my_week_lists_a_waiting_tranche_and_opens_it(qtbot, window) -> None:
    from fieldapp.model import Agreement, Tranche

    today = dt.date.today()
    with window.db.transaction() as session:
        agreement = session.query(Agreement).first()
        agreement.status = "signed"
        agreement.ends_on = today + dt.timedelta(days=90)
        session.add(Tranche(agreement_id=agreement.id, number=9, amount=Decimal("150000.00"),
                            condition="После мониторингового визита", due_on=today + dt.timedelta(days=3)))
        number = agreement.number
    page = _page(qtbot, window)
    page.refresh()
    texts = [page.week.item(i).text() for i in range(page.week.count())]
    waiting = [t for t in texts if "Tranche waiting on its condition" in t and number in t]
    assert len(waiting) == 1 and "150" in waiting[0]  # (the demo's projects under way wait on theirs too)
    item = next(page.week.item(i) for i in range(page.week.count()) if page.week.item(i).text() == waiting[0])
    page.week.setCurrentItem(item)
    page.week.itemActivated.emit(item)
    QApplication.processEvents()
    details = page.dialog
    assert details is not None and details.isVisible()
    shown = [label.text() for label in details.findChildren(type(page.heading))]
    assert "После мониторингового визита" in shown
    details.close()


def test_export_from_the_dashboard_writes_the_workbook(qtbot, window, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    page = _page(qtbot, window)
    target = tmp_path / "report.xlsx"
    page.export_to_file(target)
    assert page.exported is not None and page.exported[0] == target
    workbook = load_workbook(target)
    assert workbook.sheetnames[0] == "Figures"
    assert workbook["Figures"]["B2"].value == _figures(window)["applications"]


def test_scheduled_exports_are_set_in_a_dialog_and_export_now_writes_one(qtbot, window, tmp_path: Path) -> None:
    from fieldapp.exports import scheduled

    page = _page(qtbot, window)
    dialog = page.open_schedule()
    assert dialog.loaded
    dialog.folder.setText(str(tmp_path / "missing"))
    dialog.keep.setValue(2)
    dialog.at.setText("25:99")
    dialog.save()
    assert dialog.problem("at")  # a refusal under the field, nothing kept
    dialog.at.setText("18:30")
    dialog.save()
    assert "missing" in dialog.problem("folder")
    dialog.folder.setText(str(tmp_path))
    dialog.after_sync.setChecked(True)
    dialog.run_now()
    assert dialog.written is not None and dialog.written.parent == tmp_path
    with window.db.reading() as session:
        plan = scheduled.schedule(session)
    assert (plan.folder, plan.keep, plan.at, plan.after_sync) == (str(tmp_path), 2, "18:30", True)
    dialog.close()


def test_file_export_on_the_dashboard_writes_the_workbook(qtbot, window, tmp_path: Path) -> None:
    _page(qtbot, window)
    assert window.ui.actionExport.isEnabled()
    target = tmp_path / "menu.xlsx"
    window.export_current(target)
    assert target.exists() and "Figures" in __import__("openpyxl").load_workbook(target).sheetnames


def test_personal_data_are_offered_only_to_the_head_office(qtbot, window, answers, monkeypatch, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog
    from sqlalchemy import select

    from fieldapp.model import UserProfile

    page = _page(qtbot, window)
    with window.db.reading() as session:
        roles = {u.role: u.id for u in session.scalars(select(UserProfile))}
    for role, expected in (("field_officer", False), ("head_office", True)):
        window.db.set_user(roles[role])
        target = tmp_path / f"{role}.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, target=target, **_k: (str(target), ""))
        answers["asked"].clear()
        page.ask_export()
        assert answers["asked"] == (["Personal data"] if expected else [])
        headers = [c.value for c in load_workbook(target)["People"][1]]
        assert ("IIN" in headers) is expected


def test_the_cycle_choice_grows_with_the_cycles_that_arrive_after_the_page_shows(qtbot, window) -> None:
    page = _page(qtbot, window)
    box = page.cycle_box
    qtbot.waitUntil(lambda: box.count() > 1)
    box.addItem("Цикл 4 (2023–2024): Қауымдастықтардың бастамалары, екінші кезең", "later")  # arrives later
    longest = box.fontMetrics().horizontalAdvance(box.itemText(box.count() - 1))
    qtbot.waitUntil(lambda: box.width() > longest, timeout=3000)
