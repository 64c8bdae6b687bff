"""Every message a dialog shows is read whole at 1366×768 in Russian, Kazakh and English: a problem under a field
(the payment form), the bundle export's refusal and its result, the enrolment's last words; the dialogs grow to
hold them and stay within a laptop's screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_dialog_sizes import AVAILABLE_HEIGHT, SCREEN_WIDTH
from test_readable import cut_labels
from ui_helpers import Keyboard, activate, column_values

from fieldapp.ui import i18n

SHOTS = Path("/tmp/uifix-shots")


def look(dialog, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / f"{name}.png"))


def fits(dialog) -> bool:
    return dialog.height() <= AVAILABLE_HEIGHT and dialog.width() <= SCREEN_WIDTH


def squashed(dialog, fields) -> list[str]:
    """Fields drawn lower than they ask to be."""
    return [field.objectName() for field in fields if field.height() < field.sizeHint().height()]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_payment_forms_problems_are_read_whole(qtbot, window, answers, lang) -> None:
    i18n.install(lang)
    page = window.page("agreements")
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: "ОП-2020-017" in column_values(page.panel, 0))
    page.panel.view.selectRow(column_values(page.panel, 0).index("ОП-2020-017"))
    page.panel.view.setFocus()
    keys = Keyboard(qtbot, window)
    keys.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    keys = Keyboard(qtbot, dialog)
    activate(dialog)
    dialog.tranche.setFocus()
    dialog.tranche.setCurrentIndex(1)  # tranche 2: its condition is not met
    dialog.reference.setFocus()
    keys.type("ПП-77")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.problem("tranche")
    look(dialog, f"payment-refused-{lang}")
    assert cut_labels(dialog) == [], lang
    assert fits(dialog)
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())  # as narrow as it goes: the messages wrap
    qtbot.wait(20)
    dialog.paid_on.setFocus()
    dialog.paid_on.selectAll()
    keys.type("31.02.2026")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert dialog.problem("paid_on")
    look(dialog, f"payment-bad-date-{lang}")
    assert cut_labels(dialog) == [], lang
    assert squashed(dialog, [dialog.tranche, dialog.paid_on, dialog.amount, dialog.reference, dialog.override]) == []
    assert fits(dialog)
    dialog.done(0)
