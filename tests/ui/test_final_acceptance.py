"""A final-acceptance visit recorded with the keyboard: under the tabs the form says what the project still lacks
for completion (the one rule of services/completion.py, asked with what the form holds), then that everything is
in order; finishing it completes the project, the officer is told so, the timeline shows "Project completed" with
its date, and the dashboard counts it among the projects completed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from fieldapp.model import Agreement, ProjectReport
from fieldapp.services import actions
from tests.ui.ui_helpers import Keyboard, activate
from tests.visits.conftest import open_site

SHOTS = Path("/tmp/visit-shots")


def _focus_name() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def test_finishing_a_final_acceptance_visit_in_order_completes_the_project(qtbot, window, answers) -> None:
    site = open_site(window.db)
    with window.db.transaction() as s:  # the demo project's open action was done a week before
        for row in actions.actions(s, agreement_id=site.agreement_id, open_only=True):
            actions.close_action(s, row.id, at=dt.datetime(2026, 11, 13, 12, 0))
        report = s.scalars(select(ProjectReport).where(ProjectReport.agreement_id == site.agreement_id,
                                                       ProjectReport.kind == "completion")).one()
        reached = report.beneficiaries_direct + report.beneficiaries_indirect
    board = window.page("dashboard")
    window.show_page(window.pages.index(board))
    qtbot.waitUntil(lambda: board.data is not None and board.figures["completed"].value.text() != "—")
    completed_before = int(board.figures["completed"].value.text())
    page = window.page("site_visits")
    window.show_page(window.pages.index(page))
    dialog = page.new_visit(site.agreement_id)
    qtbot.waitUntil(lambda: dialog.form is not None)
    keys = Keyboard(qtbot, dialog)
    activate(dialog)
    assert not dialog.completion_note.isVisible()  # a monitoring visit says nothing of completion
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("20.11.2026")
    for _ in range(4):
        keys.press(Qt.Key.Key_Tab)
    assert _focus_name() == "purposeCombo"
    keys.press(Qt.Key.Key_Down)  # final acceptance
    qtbot.waitUntil(lambda: dialog.completion_note.isVisible())
    note = dialog.completion_note.text()
    assert "Not yet in order for completion" in note
    assert "does not release the project" in note and "Quality of works" in note and "Co-funding delivered" in note
    # every checklist item "Yes" (the first answer below "Not checked")
    keys.press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    for index in range(len(dialog.check_rows)):
        dialog.check_rows[index][1].setFocus()
        keys.press(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "Quality of works" not in dialog.completion_note.text())
    assert "does not release the project" in dialog.completion_note.text()
    keys.press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert _focus_name() == "findingsEdit"
    keys.type("Объект завершён, передан акимату")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    assert _focus_name() == "decisionCombo"
    keys.press(Qt.Key.Key_Down)  # release
    qtbot.waitUntil(lambda: "Everything is in order" in dialog.completion_note.text())
    assert dialog.height() <= 697
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "acceptance-in-order.png"))
    with window.db.reading() as s:
        assert s.get(Agreement, site.agreement_id).status == "signed"  # asking wrote nothing
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: dialog.outcome_box is not None and dialog.outcome_box.isVisible())
    told = dialog.outcome_box.text()
    assert "is completed on 20.11.2026" in told and f"{reached} beneficiaries reached" in told
    dialog.outcome_box.grab().save(str(SHOTS / "acceptance-outcome.png"))
    dialog.outcome_box.accept()
    with window.db.reading() as s:
        agreement = s.get(Agreement, site.agreement_id)
        assert (agreement.status, agreement.completed_on, agreement.beneficiaries_reached) == (
            "completed", dt.date(2026, 11, 20), reached)
    timeline = page.show_timeline(site.agreement_id)
    qtbot.waitUntil(lambda: bool(timeline.events))
    last = timeline.table.rowCount() - 1
    assert [timeline.table.item(last, c).text() for c in range(3)] == [
        "20.11.2026", "Project completed", f"Beneficiaries reached: {reached}"]
    timeline.close()
    # the dashboard counts it among the projects completed
    window.show_page(window.pages.index(board))
    qtbot.waitUntil(lambda: board.figures["completed"].value.text() == str(completed_before + 1), timeout=10000)
