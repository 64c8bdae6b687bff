"""Every dialog fits a 1366×768 laptop with a Windows taskbar (about 697 px are left for a dialog's contents),
in Russian, Kazakh and English, also once a form shows its problems under its fields."""

from __future__ import annotations

import pytest
from dialogs import DIALOGS

from fieldapp.ui import i18n
from fieldapp.ui.form import FormDialog

#: 768 px of screen, less a 40 px taskbar and a 31 px title bar
AVAILABLE_HEIGHT = 697
SCREEN_WIDTH = 1366


def measured(dialog) -> tuple[int, int]:
    from PySide6.QtCore import Qt

    least = dialog.minimumSizeHint()
    if dialog.windowState() & Qt.WindowState.WindowMaximized:  # the check-in screen: the screen's free area,
        return least.height(), least.width()  # whatever the test platform's screen; it must fit at least
    return max(dialog.height(), least.height()), max(dialog.width(), least.width())


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_dialog_fits_a_laptop_screen(qtbot, window, answers, lang) -> None:
    i18n.install(lang)
    too_big = []
    for name, opener in DIALOGS.items():
        dialog = opener(window)
        assert dialog is not None and dialog.isVisible(), name
        sizes = [measured(dialog)]
        if isinstance(dialog, FormDialog):
            for bound in dialog.fields.values():  # every problem shown at once: the tallest the form gets
                dialog.show_problem(bound.name, "The IIN's check digit does not match: please re-check the number")
            qtbot.wait(10)
            sizes.append(measured(dialog))
        height, width = max(h for h, _w in sizes), max(w for _h, w in sizes)
        if height > AVAILABLE_HEIGHT or width > SCREEN_WIDTH:
            too_big.append(f"{name}: {width}×{height}")
        dialog.done(0)
    assert too_big == []


def test_the_size_check_sees_a_dialog_that_is_too_tall(qtbot, window) -> None:
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    dialog.setMinimumHeight(798)  # the call form before it had tabs
    dialog.show()
    assert measured(dialog)[0] > AVAILABLE_HEIGHT
    dialog.done(0)
