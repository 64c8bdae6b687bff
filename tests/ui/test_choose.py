"""The one list question (fieldapp/ui/choose.py), as a person answers it: Down and Enter pick the second item;
Escape answers None; the dialog is wide enough for its title."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QWidget

from fieldapp.ui import choose


def _answer(qtbot, keys: list[Qt.Key], seen: dict) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, act)
            return
        seen["width"] = dialog.width()
        seen["title"] = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        combo = dialog.findChild(QComboBox)
        for key in keys:  # the list has the focus when the dialog opens
            qtbot.keyClick(combo, key)

    QTimer.singleShot(0, act)


def test_a_choice_is_made_with_the_keyboard_in_a_dialog_as_wide_as_its_title(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict = {}
    _answer(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Return], seen)
    title = "Распечатать договор о предоставлении гранта"
    assert choose.choose_item(parent, title, "Язык", ["Русский", "Қазақша", "English"]) == "Қазақша"
    assert seen["width"] >= seen["title"] + choose.TITLE_BAR_EXTRA


def test_escape_answers_none(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(qtbot, [Qt.Key.Key_Escape], {})
    assert choose.choose_item(parent, "Print the agreement", "Language", ["Russian", "Kazakh"]) is None
