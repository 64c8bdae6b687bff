"""A reviewer scores from the keyboard: Enter in a field saves the draft (as Save does in every form), never opens
"Declare a conflict of interest"; Ctrl+S saves the draft too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from ui_helpers import Keyboard, activate

from fieldapp.model import Application, Review, ReviewScore
from fieldapp.services import review
from fieldapp.ui import reason_dialog
from fieldapp.ui.review_dialog import ReviewDialog


def test_enter_in_a_score_saves_the_draft_and_never_declares_a_conflict(qtbot, window, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda _p, title, *_a, **_k: asked.append(title))
    with window.db.reading() as s:  # a reviewer who has not scored an application under review yet
        app_id, reviewer_id = next(
            (app.id, user.id) for app in s.scalars(select(Application).where(Application.status == "under_review"))
            for user in review.reviewers(s, app.call_id)
            if not s.scalars(select(Review).where(Review.application_id == app.id,
                                                  Review.reviewer_id == user.id)).first()
            and not review.conflict(s, app.id, user.id))
    dialog = ReviewDialog(window.ops, app_id, reviewer_id, parent=window)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.loaded)
    keys = Keyboard(qtbot, dialog)
    activate(dialog)
    assert QApplication.focusWidget() is next(iter(dialog.score_boxes.values()))
    keys.press(Qt.Key.Key_7)
    keys.press(Qt.Key.Key_Tab)
    keys.type("Хорошо")
    keys.press(Qt.Key.Key_Return)
    assert asked == []
    assert comments(window, app_id, dialog.reviewer_id()) == ["Хорошо"]
    assert dialog.isVisible() and dialog.ui.problem.text() == ""
    for button in (dialog.ui.conflictButton, dialog.ui.submitButton):
        assert not button.autoDefault() and not button.isDefault(), button.text()
    # Ctrl+S from the comment field saves the draft as well
    first_comment = next(iter(dialog.comment_edits.values()))
    first_comment.setFocus()
    keys.type(" и ясно")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == []
    assert comments(window, app_id, dialog.reviewer_id()) == ["Хорошо и ясно"]
    dialog.done(0)


def comments(window, app_id: str, reviewer_id: str) -> list[str]:
    """The comments of the reviewer's draft."""
    with window.db.reading() as s:
        return list(s.scalars(select(ReviewScore.comment).join(Review, Review.id == ReviewScore.review_id).where(
            Review.application_id == app_id, Review.reviewer_id == reviewer_id, Review.status == "draft",
            ReviewScore.comment.is_not(None))))
