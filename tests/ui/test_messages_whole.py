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


def _sync_page(qtbot, window):
    page = window.page("sync")
    window.show_page(window.pages.index(page))
    QApplication.processEvents()
    return page


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_laptop_not_enrolled_is_told_before_filling_the_export(qtbot, window, lang) -> None:
    """The demo laptop is not enrolled: the export says so at once, names the way (Sync page, Enrol this
    laptop…), and nothing can be filled in or exported until then."""
    i18n.install(lang)
    page = _sync_page(qtbot, window)
    qtbot.mouseClick(page.file_buttons.export_button, Qt.MouseButton.LeftButton)
    dialog = page.file_buttons.dialog
    qtbot.waitUntil(lambda: bool(dialog.pending.text()))
    qtbot.wait(20)
    look(dialog, f"export-not-enrolled-{lang}")
    enrol = {"ru": "«Подключить ноутбук…»", "kk": "«Ноутбукты қосу…»", "en": "“Enrol this laptop…”"}[lang]
    assert enrol in dialog.pending.text()
    assert not dialog.export_button.isEnabled()
    assert not dialog.folder.isEnabled() and not dialog.file_name.isEnabled() and not dialog.browse.isEnabled()
    assert cut_labels(dialog) == []
    assert squashed(dialog, [dialog.folder, dialog.file_name]) == [] and fits(dialog)
    dialog.done(0)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_exports_refusal_and_result_are_read_whole(qtbot, tmp_path, empty_template, lang) -> None:
    from fieldapp.sync.bundle import BundleError
    from tests.sync.bundle_kit import Office, enrolled_laptop
    from tests.ui.conftest import make_window

    office = Office(tmp_path / "hub")
    laptop = enrolled_laptop(office, tmp_path, empty_template, "A")
    laptop.db.close()
    window, _ops, db = make_window(qtbot, tmp_path / "A.sqlite")
    try:
        i18n.install(lang)
        page = _sync_page(qtbot, window)
        qtbot.mouseClick(page.file_buttons.export_button, Qt.MouseButton.LeftButton)
        dialog = page.file_buttons.dialog
        qtbot.waitUntil(lambda: bool(dialog.pending.text()))
        assert dialog.export_button.isEnabled()
        dialog._failed(BundleError("the stick was removed", "bundle.write"))  # a refusal of two lines or more
        qtbot.wait(20)
        look(dialog, f"export-refused-{lang}")
        assert cut_labels(dialog) == [] and squashed(dialog, [dialog.folder, dialog.file_name]) == []
        stick = tmp_path / "stick"
        stick.mkdir()
        dialog.folder.setText(str(stick))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.written is not None)
        qtbot.wait(20)
        look(dialog, f"export-written-{lang}")
        assert cut_labels(dialog) == [] and squashed(dialog, [dialog.folder, dialog.file_name]) == []
        assert fits(dialog)
        dialog.done(0)
    finally:
        window.close()
        db.close()
        office.close()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_enrolment_by_a_file_without_an_address_says_what_next_in_full(qtbot, tmp_path, empty_template,
                                                                        lang) -> None:
    from tests.sync.bundle_kit import Office
    from tests.ui.conftest import make_window

    office = Office(tmp_path / "hub")
    enrolment = office.enrol("Kuryk laptop", tmp_path / "kuryk.fieldapp-enrolment")
    path = tmp_path / "laptop.sqlite"
    path.write_bytes(empty_template.read_bytes())
    window, _ops, db = make_window(qtbot, path)
    try:
        i18n.install(lang)
        page = _sync_page(qtbot, window)
        dialog = page.open_enrolment()
        dialog.by_file.setChecked(True)
        dialog.file.setText(str(enrolment))
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: not dialog.progress.isVisibleTo(dialog), timeout=10_000)
        qtbot.wait(20)
        look(dialog, f"enrolled-by-file-{lang}")
        assert cut_labels(dialog) == [] and fits(dialog)
        dialog.accept()
    finally:
        window.close()
        db.close()
        office.close()
