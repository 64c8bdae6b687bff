"""The form pattern: problems under the field, saving through the serial worker, drafts, first start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from sqlalchemy import select
from ui_helpers import click_section, type_text

from fieldapp.model import Locality, Operation, UserProfile
from fieldapp.services import drafts


def press_ctrl_s(dialog) -> None:
    """The offscreen platform does not activate windows, so trigger the dialog's Ctrl+S shortcut itself."""
    shortcut = next(s for s in dialog.findChildren(QShortcut) if s.key() == QKeySequence(QKeySequence.StandardKey.Save))
    shortcut.activated.emit()


def open_first_settlement(qtbot, window):
    click_section(qtbot, window, "Communities")
    page = window.page("communities")
    model = page.panel.model
    row = next(r for r in range(model.rowCount()) if model.display_row(r)[2] == "Settlement")
    page.panel.view.setFocus()
    page.panel.view.selectRow(row)
    qtbot.keyClick(page.panel.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.loaded
    return dialog, model.row_id(row)


def test_invalid_kato_shows_under_the_field_then_a_valid_one_saves(qtbot, window, answers) -> None:
    dialog, locality_id = open_first_settlement(qtbot, window)
    assert dialog.ui.nameRuLabel.text().endswith("*")
    dialog.ui.kato.clear()
    qtbot.keyClicks(dialog.ui.kato, "47520")
    press_ctrl_s(dialog)
    assert dialog.isVisible()
    assert dialog.problem("kato") == "A KATO code is 9 digits, e.g. 475200000"
    error = dialog.fields["kato"].error_label
    assert error.isVisible()
    assert error.geometry().top() >= dialog.ui.kato.geometry().bottom()

    qtbot.keyClicks(dialog.ui.kato, "1234")
    assert dialog.problem("kato") == ""
    dialog.ui.nameEn.setText("Fort-Shevchenko town")
    press_ctrl_s(dialog)
    assert not dialog.isVisible()

    db = window.db
    with db.reading() as s:
        place = s.get(Locality, locality_id)
        assert place.kato == "475201234"
        assert place.name_en == "Fort-Shevchenko town"
        op = s.execute(select(Operation).where(Operation.row_id == locality_id, Operation.kind == "update")
                       .order_by(Operation.hlc.desc())).scalars().first()
        assert op.changes["kato"][1] == "475201234"
        assert op.user_id == db.user_id
        assert drafts.load(s, f"locality:{locality_id}") is None
    model = window.page("communities").panel.model
    row = model.row_of(locality_id)
    assert model.display_row(row)[4] == "475201234"


def test_a_required_name_cannot_be_emptied(qtbot, window, answers) -> None:
    dialog, _locality_id = open_first_settlement(qtbot, window)
    dialog.ui.nameRu.clear()
    dialog.save()
    assert dialog.problem("name_ru") == "This field is required"
    assert dialog.isVisible()


def test_a_draft_survives_closing_the_dialog(qtbot, window, answers) -> None:
    dialog, locality_id = open_first_settlement(qtbot, window)
    dialog.ui.nameKk.setText("Форт-Шевченко қаласы")
    dialog.save_draft()
    with window.db.reading() as s:
        assert drafts.load(s, f"locality:{locality_id}")["name_kk"] == "Форт-Шевченко қаласы"
    answers["close"] = "keep"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers["asked"] == ["close"]
    assert not dialog.isVisible()

    answers["restore"] = True
    again, _same = open_first_settlement(qtbot, window)
    assert again.ui.nameKk.text() == "Форт-Шевченко қаласы"
    assert "Unsaved text found" in answers["asked"]


def test_escape_with_typed_text_can_go_on_editing_or_discard(qtbot, window, answers) -> None:
    dialog, locality_id = open_first_settlement(qtbot, window)
    dialog.ui.nameEn.setText("typed")
    answers["close"] = "stay"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    answers["close"] = "discard"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with window.db.reading() as s:
        assert drafts.load(s, f"locality:{locality_id}") is None
        assert s.get(Locality, locality_id).name_en != "typed"


def test_draft_is_saved_every_two_seconds_while_typing(qtbot, window, answers) -> None:
    dialog, locality_id = open_first_settlement(qtbot, window)
    dialog._draft_timer.setInterval(50)
    dialog.ui.nameEn.setText("Fort")
    qtbot.waitUntil(lambda: not dialog._draft_dirty, timeout=2000)
    with window.db.reading() as s:
        assert drafts.load(s, f"locality:{locality_id}")["name_en"] == "Fort"


def test_first_start_profile_dialog_creates_the_user(qtbot, empty_path, answers) -> None:
    from fieldapp.db import open_database
    from fieldapp.ui.operations import Operations
    from fieldapp.ui.profile_dialog import UserProfileDialog

    db = open_database(empty_path)
    assert db.user_id is None
    ops = Operations(db)
    ops.run_inline()
    dialog = UserProfileDialog(ops, db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.existing.currentData() == ""
    dialog.save()
    assert dialog.problem("name") == "This field is required"
    type_text(dialog.ui.name, "Гүлнар Серікова")
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData("trainer"))
    dialog.save()
    assert not dialog.isVisible()
    assert db.user_name == "Гүлнар Серікова"
    assert db.setting("current_user") == db.user_id
    with db.reading() as s:
        user = s.get(UserProfile, db.user_id)
        assert user.role == "trainer"
        op = s.execute(select(Operation).where(Operation.row_id == user.id)).scalar_one()
        assert op.user_name == "Гүлнар Серікова"
    db.close()
