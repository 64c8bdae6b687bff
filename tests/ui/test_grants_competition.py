"""A paper application typed with the keyboard, a photo attached, submitted, found eligible, scored by three
reviewers (one refused for a conflict of interest, one through the XLSX sheet) and approved."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select
from ui_helpers import click_section

from fieldapp.model import Application, Review
from fieldapp.services import drafts, review, workflow
from fieldapp.ui import application_actions, application_dialog, choose, print_preview, reason_dialog


def shortcut(widget, key) -> None:
    """The offscreen platform does not activate windows: trigger the widget's own shortcut."""
    found = next(s for s in widget.findChildren(QShortcut) if s.key() == QKeySequence(key))
    found.activated.emit()


def focused(dialog):
    return dialog.focusWidget()


def type_here(qtbot, dialog, text: str) -> None:
    """Type into the focused field: ASCII as key clicks, other letters as input (QTest knows only ASCII)."""
    widget = focused(dialog)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insert"):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def tab(qtbot, dialog, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)


@pytest.fixture
def user_answers(monkeypatch, tmp_path: Path) -> dict:
    given: dict = {"reasons": [], "confirm": True, "choose": None, "photo": None, "saved": []}

    def ask_reason(_parent, title, _prompt, required=False):
        given["reasons"].append(title)
        return "Письмо поддержки получено на бумаге" if title == "Eligible" else ("Ok" if required else "")

    monkeypatch.setattr(reason_dialog, "ask_reason", ask_reason)
    monkeypatch.setattr(application_actions, "confirm", lambda *_a: given["confirm"])
    monkeypatch.setattr(choose, "choose_item", lambda _p, _t, _l, items: next(
        i for i in items if i == given["choose"] or given["choose"] in i))
    monkeypatch.setattr(application_dialog, "choose_files", lambda _p: [str(given["photo"])])
    monkeypatch.setattr(print_preview, "choose_save_path",
                        lambda _p, suggested, kind="pdf": given["saved"].append(suggested) or str(given["save_to"]))
    given["save_to"] = tmp_path / "ranking.pdf"
    photo = tmp_path / "участок.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"site photo" * 100)
    given["photo"] = photo
    return given


def test_a_paper_application_from_keyboard_to_approval(qtbot, window, answers, user_answers, tmp_path) -> None:
    click_section(qtbot, window, "Grant calls & applications")
    page = window.page("grants")
    shortcut(page.actions, QKeySequence.StandardKey.New)
    dialog = page.actions.dialog
    assert dialog.loaded and dialog.ui.call.currentText() == "Наше село — наше пространство (2021)"
    assert focused(dialog) is dialog.ui.group

    # the paper form, top to bottom, with Tab between the fields
    type_here(qtbot, dialog, "Жастар Форт")
    tab(qtbot, dialog)
    assert focused(dialog) is dialog.ui.settlement
    while dialog.ui.settlement.currentText() != "Fort-Shevchenko":
        qtbot.keyClick(dialog.ui.settlement, Qt.Key.Key_Down)
    tab(qtbot, dialog)
    type_here(qtbot, dialog, "Әсел Қасымова")
    tab(qtbot, dialog)
    type_here(qtbot, dialog, "8 701 234 56 78")
    tab(qtbot, dialog)
    type_here(qtbot, dialog, "Ерлан Жұмабаев\nОльга Ким")
    tab(qtbot, dialog)
    assert focused(dialog) is dialog.ui.title
    type_here(qtbot, dialog, "Детская площадка «Шұғыла»")
    tab(qtbot, dialog)  # category: a playground by default
    tab(qtbot, dialog)
    type_here(qtbot, dialog, "20.03.2021")
    tab(qtbot, dialog, 3)  # channel paper, language Russian
    assert focused(dialog) is dialog.ui.startsOn
    type_here(qtbot, dialog, "01.06.2021")
    tab(qtbot, dialog)
    assert focused(dialog) is dialog.ui.duration
    digits = dialog.ui.duration.findChild(QLineEdit)  # the spin box's own line edit takes the keys
    digits.selectAll()
    qtbot.keyClicks(digits, "5")
    assert dialog.ui.duration.value() == 5
    for text in ("Дети играют у дороги", "Безопасная площадка", "Купить и установить", "Субботники",
                 "Пандус для колясок", "Рост цен", "Акимат берёт на баланс"):
        tab(qtbot, dialog)
        type_here(qtbot, dialog, text)
    tab(qtbot, dialog)
    table = dialog.ui.budgetTable
    assert focused(dialog) is table
    for line in (["Горка и качели", "компл.", "1", "900000"],
                 ["Резиновое покрытие", "м2", "80.5", "7000", "563500", "", ""],
                 ["Субботники жителей", "час", "200", "1000", "", "", "200000", "200"]):
        for column, text in enumerate(line):
            table.setCurrentCell(table.currentRow(), column)
            qtbot.keyClick(table, Qt.Key.Key_F2)
            editor = focused(dialog)
            editor.selectAll()
            type_here(qtbot, dialog, text)
            qtbot.keyClick(editor, Qt.Key.Key_Tab if column < len(line) - 1 else Qt.Key.Key_Return)
            qtbot.wait(1)  # the cell closes as Qt queues it (Enter moves to the next line then, once)
    assert table.rowCount() == 4  # Enter after the last line opened a new one
    assert table.currentRow() == 3 and table.currentColumn() == 0
    assert "Total 1,663,500.00 ₸" in dialog.ui.budgetTotals.text().replace("\u202f", " ")  # English numbers
    assert "volunteer hours 200" in dialog.ui.budgetTotals.text()
    dialog.ui.beneficiariesTable.setCurrentCell(0, 0)
    for column, count in enumerate(("120", "110")):
        dialog.ui.beneficiariesTable.setCurrentCell(0, column)
        qtbot.keyClick(dialog.ui.beneficiariesTable, Qt.Key.Key_F2)
        type_here(qtbot, dialog, count)
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Escape)  # leave the next cell untyped
    assert dialog.ui.attachmentsMissing.text() == "Still missing: Письмо поддержки акимата; Фотографии участка"
    tab(qtbot, dialog)
    assert focused(dialog) is dialog.ui.attachKind  # the kind is told by the file unless chosen here
    tab(qtbot, dialog)
    assert focused(dialog) is dialog.ui.attachButton
    qtbot.keyClick(dialog.ui.attachButton, Qt.Key.Key_Space)
    assert dialog.ui.attachmentsList.count() == 1
    assert dialog.ui.attachmentsMissing.text() == "Still missing: Письмо поддержки акимата"

    # the draft is kept as the user types
    dialog.save_draft()
    with window.db.reading() as s:
        draft = drafts.load(s, "application:new")
    assert draft["title"] == "Детская площадка «Шұғыла»" and draft["budget"][2][0] == "Субботники жителей"

    shortcut(dialog, QKeySequence.StandardKey.Save)
    assert not dialog.isVisible(), dialog.ui.problems.text()
    db = window.db
    with db.reading() as s:
        app = s.scalars(select(Application).where(Application.title == "Детская площадка «Шұғыла»")).one()
        assert app.requested_amount == Decimal("1463500.00")
        assert app.status == "draft" and app.channel == "paper" and app.duration_months == 5
        assert drafts.load(s, "application:new") is None
    app_id = app.id

    # submit, eligibility (the support letter came on paper), to review
    page.applications.refresh()
    model = page.applications.model
    row = next(r for r in range(model.rowCount()) if model.row_id(r) == app_id)
    page.applications.view.selectRow(row)
    page.applications.view.setCurrentIndex(model.index(row, 0))
    for key in ("submit", "eligible", "start_review"):
        qtbot.mouseClick(page.actions.buttons[key], Qt.MouseButton.LeftButton)
        assert page.actions.last_problem == "", page.actions.last_problem
    with db.reading() as s:
        assert s.get(Application, app_id).status == "under_review"
        assert [e.reason for e in workflow.history(s, app_id)][2] == "Письмо поддержки получено на бумаге"
        reviewers = [u.id for u in review.reviewers(s, app.call_id)]
    akimat, donor, expert = reviewers  # ordered by name: Гүлнар (akimat), Марат (donor), Ольга (expert)

    # reviewer 1 scores in the app; before submitting she sees nobody else's scores
    page.actions.review_application(akimat)
    scoring = page.actions.dialog
    assert "hidden until this review is submitted" in scoring.ui.others.text()
    for cid, box in scoring.score_boxes.items():
        box.setValue(8)
        scoring.comment_edits[cid].setText("Хорошо")
    qtbot.mouseClick(scoring.ui.submitButton, Qt.MouseButton.LeftButton)
    assert scoring.ui.problem.text() == ""
    assert "Other reviewers (out of 100):" in scoring.ui.others.text()
    criteria_count = len(scoring.score_boxes)
    scoring.done(0)

    # reviewer 2 declares a conflict of interest; scoring is then refused
    page.actions.review_application(donor)
    conflicted = page.actions.dialog
    qtbot.mouseClick(conflicted.ui.conflictButton, Qt.MouseButton.LeftButton)
    assert "declared a conflict of interest" in conflicted.ui.others.text()
    assert not conflicted.ui.submitButton.isEnabled()
    conflicted.save(submit=True)
    assert "cannot score it" in conflicted.ui.problem.text()
    conflicted.done(0)

    # reviewer 3 never installs the app: an XLSX sheet out and back in
    sheet = tmp_path / "olga.xlsx"
    with db.reading() as s:
        from fieldapp.services import review_sheets

        review_sheets.write_sheet(s, app.call_id, expert, sheet)
    book = openpyxl.load_workbook(sheet)
    ws = book["Оценки"]  # named in the sheet's language
    row_of = next(r for r in range(6, ws.max_row + 1) if ws[f"A{r}"].value == app_id)
    for column in range(7, 7 + 2 * criteria_count, 2):
        ws.cell(row_of, column, 12)  # above every maximum: refused, nothing written
        ws.cell(row_of, column + 1, "Нужна площадка")
    book.save(sheet)
    page.actions.import_sheet(str(sheet))
    assert f"G{row_of}: " in page.actions.last_problem and "the score 12 is outside 0 to 10" in page.actions.last_problem
    page.actions.refused_box.done(0)
    for column in range(7, 7 + 2 * criteria_count, 2):
        ws.cell(row_of, column, 7)
    book.save(sheet)
    page.actions.last_problem = ""
    page.actions.import_sheet(str(sheet))
    assert page.actions.last_problem == ""
    with db.reading() as s:
        counted = {u.id for u, _r, _t in review.counted_reviews(s, app_id)}
        assert counted == {akimat, expert}
        assert s.scalars(select(Review.source).where(Review.application_id == app_id,
                                                     Review.reviewer_id == expert)).one() == "sheet"

    # the committee recommends it and the head office approves it
    assert page.actions.more_actions["recommend"].isEnabled()
    page.actions.more_actions["recommend"].trigger()  # "More…" is a menu: its entry chosen
    assert {"approve", "reject", "withdraw"} <= page.actions.allowed  # the head office decides
    qtbot.mouseClick(page.actions.buttons["approve"], Qt.MouseButton.LeftButton)
    assert page.actions.last_problem == ""
    with db.reading() as s:
        approved = s.get(Application, app_id)
        assert approved.status == "approved" and approved.approved_amount == approved.requested_amount
        assert [e.to_status for e in workflow.history(s, app_id)] == [
            "draft", "submitted", "eligible", "under_review", "recommended", "approved"]

    # the ranking tab shows it, and the ranking sheet prints
    page.tabs.setCurrentWidget(page.ranking)
    page.ranking.refresh()
    numbers = [page.ranking.table.item(r, 2).text() for r in range(page.ranking.table.rowCount())]
    assert approved.draft_number in numbers or (approved.registration_number or "") in numbers
    page.ranking.print_ranking()  # the one printing path: the preview, where Print and Save as PDF are
    preview = page.ranking.preview
    qtbot.addWidget(preview)
    assert preview.isVisible() and preview.images
    assert preview.save_as() == user_answers["save_to"] and user_answers["save_to"].exists()
    assert user_answers["saved"] == [preview.path.name]
    preview.close()


def test_a_new_call_reuses_the_criteria_of_the_last_one(qtbot, window, answers) -> None:
    from fieldapp.services import calls

    click_section(qtbot, window, "Grant calls & applications")
    page = window.page("grants")
    page.tabs.setCurrentWidget(page.calls_tab)
    qtbot.mouseClick(page.call_buttons["new"], Qt.MouseButton.LeftButton)
    dialog = page.call_dialog
    assert dialog.loaded and focused(dialog) is dialog.ui.title
    type_here(qtbot, dialog, "Наше село 2022")
    for text in (None, "NS-2022", None, "01.03.2022", "15.04.2022", "2 000 000", "24000000,00"):  # Kazakh title empty
        tab(qtbot, dialog)
        if text is not None:
            type_here(qtbot, dialog, text)
    dialog.ui.copyFrom.setCurrentIndex(dialog.ui.copyFrom.findText("Вместе — мы сила!"))
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    assert len(dialog.criteria_rows()) == 5
    dialog.ui.envelope.setText("1 000")  # below the maximum grant: the core refuses, shown under the field
    shortcut(dialog, QKeySequence.StandardKey.Save)
    assert dialog.isVisible()
    assert dialog.problem("maxGrant") == "The maximum grant cannot exceed the envelope"
    dialog.ui.envelope.setText("24 000 000")
    shortcut(dialog, QKeySequence.StandardKey.Save)
    assert not dialog.isVisible()
    with window.db.reading() as s:
        call = calls.get(s, "NS-2022")
        assert (call.max_grant, call.envelope, call.status) == (Decimal("2000000.00"), Decimal("24000000.00"), "draft")
        assert [c.name_kk for c in calls.criteria(s, call.id)][0] == "Мәселенің қоғамдастық үшін өзектілігі"


def test_the_competition_screens_speak_kazakh_and_russian(qtbot, window, answers, tmp_path) -> None:
    from fieldapp.ui import i18n

    click_section(qtbot, window, "Grant calls & applications")
    page = window.page("grants")
    i18n.install("kk")
    qtbot.wait(50)
    assert page.tabs.tabText(1) == "Рейтинг" and page.actions.buttons["approve"].text() == "&Мақұлдау…"
    dialog = page.actions.new_application()
    assert dialog.ui.titleLabel.text().startswith("Жобаның &атауы")
    assert dialog.ui.budgetTable.horizontalHeaderItem(0).text() == "Бап"
    dialog.resize(1366, 700)
    dialog.grab().save(str(tmp_path / "application-kk.png"))
    dialog.done(0)
    i18n.install("ru")
    qtbot.wait(50)
    assert page.ranking.suggest_button.text() == "&Предложить отбор"
    assert page.call_buttons["new"].text() == "&Новый конкурс…"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_budget_totals_are_never_cut_off(qtbot, window, answers, language) -> None:
    """The totals line wraps on a narrow form and in long words; every line of it stays readable."""
    from fieldapp.ui import i18n

    click_section(qtbot, window, "Grant calls & applications")
    i18n.install(language)
    dialog = window.page("grants").actions.new_application()
    table = dialog.ui.budgetTable
    table.setCurrentCell(0, 0)
    for column, text in enumerate(["Горка и качели", "компл.", "3", "1234567,89"]):
        table.setCurrentCell(0, column)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        qtbot.keyClicks(focused(dialog), text) if text.isascii() else focused(dialog).insert(text)
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
    totals = dialog.ui.budgetTotals
    assert "3\u202f703\u202f703,67\u202f₸" in totals.text()
    for width in (960, 640):
        dialog.resize(width, 720)
        dialog.ui.scroll.ensureWidgetVisible(totals)
        qtbot.waitUntil(lambda w=width: dialog.width() == w and totals.isVisible())
        QApplication.processEvents()
        one_line = totals.fontMetrics().height()
        assert totals.heightForWidth(totals.width()) > 2 * one_line  # it wraps
        assert totals.height() >= totals.heightForWidth(totals.width())
        assert totals.width() >= dialog.ui.budgetTable.width() - 1  # as wide as the field column
    dialog.done(0)
