"""The scanned signed copy and amendments on the Agreements page, with real clicks and key presses: a copy
attached to an agreement signed without one (a wrong file refused under its field), the form read-only and saying
why, the copy opened; an amendment refused without its reason, written, signed (its change applied) and printed."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit
from sqlalchemy import select
from ui_helpers import Keyboard, click_section

from fieldapp.model import Agreement, Amendment, Attachment
from fieldapp.ui import amendment_dialog, choose, printing
from tests.conftest import require_tool


def select_number(qtbot, page, number: str) -> str:
    page.panel.refresh()
    model = page.panel.model
    column = next(i for i, (key, _kind) in enumerate(model.columns) if key == "number")
    qtbot.waitUntil(lambda: any(model.index(r, column).data() == number for r in range(model.rowCount())))
    row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == number)
    page.panel.view.selectRow(row)
    return model.row_id(row)


def fill_line(keys: Keyboard, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    keys.type(text)


def test_attach_the_signed_copy_then_amend_sign_and_print(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    click_section(qtbot, window, "Agreements")
    page = window.page("agreements")
    agreement_id = select_number(qtbot, page, "ОП-2020-016")
    with window.db.reading() as s:
        signed_on = s.get(Agreement, agreement_id).signed_on

    # the copy of an agreement signed without one: its date stays, a wrong file is refused under the field
    wrong = tmp_path / "договор.docx"
    wrong.write_bytes(b"PK\x03\x04 not a scan")
    scan = tmp_path / "скан договора.png"
    Image.new("RGB", (60, 80), "white").save(scan)
    chosen = [str(wrong)]
    monkeypatch.setattr(amendment_dialog, "choose_scan", lambda _parent: chosen[0])
    page.sign_action.trigger()
    signing = page.dialog
    qtbot.waitUntil(lambda: signing.loaded)
    assert signing.signed_on.isReadOnly() and signing.signed_on.text() == signed_on.strftime("%d.%m.%Y")
    keys = Keyboard(qtbot, signing)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert signing.isVisible() and signing.problem("file")  # the copy is required now
    qtbot.mouseClick(signing.scan.browse, Qt.MouseButton.LeftButton)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "not a PDF, JPEG or PNG" in signing.problem("file"))
    assert signing.isVisible()
    chosen[0] = str(scan)
    qtbot.mouseClick(signing.scan.browse, Qt.MouseButton.LeftButton)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not signing.isVisible())
    with window.db.reading() as s:
        copy = s.scalars(select(Attachment).where(Attachment.subject_id == agreement_id)).one()
        assert (copy.kind, copy.file_name) == ("signed_agreement", "скан договора.png")

    opened: list[Path] = []
    monkeypatch.setattr(amendment_dialog, "open_file", lambda path: opened.append(path))
    select_number(qtbot, page, "ОП-2020-016")
    page.copy_action.trigger()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].read_bytes() == scan.read_bytes()

    # the edit form is read-only and says why
    page.edit_action.trigger()
    form = page.dialog
    qtbot.waitUntil(lambda: form.loaded)
    assert not form.widgets["iban"].isEnabled() and "a change needs an amendment" in form.paid_label.text()
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    form.done(0)

    # an amendment: refused without its reason, then written with the term extended
    select_number(qtbot, page, "ОП-2020-016")
    page.amendments_action.trigger()
    listing = page.dialog
    qtbot.waitUntil(lambda: listing.loaded)
    assert listing.table.rowCount() == 0 and listing.new_button.isEnabled()
    qtbot.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
    amending = listing.dialog
    qtbot.waitUntil(lambda: amending.loaded)
    assert amending.height() <= 697
    keys = Keyboard(qtbot, amending)
    fill_line(keys, amending.widgets["ends_on"], "30.11.2020")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert amending.isVisible() and amending.problem("reason")
    reason = amending.widgets["reason"]
    assert isinstance(reason, QPlainTextEdit)
    reason.setFocus()
    keys.type("Поставщик задержал покрытие")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not amending.isVisible())
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    assert listing.table.item(0, 0).text() == "1" and "Поставщик задержал покрытие" in listing.table.item(0, 3).text()
    assert not listing.new_button.isEnabled() and listing.sign_button.isEnabled()
    with window.db.reading() as s:
        made = s.scalars(select(Amendment).where(Amendment.agreement_id == agreement_id)).one()
        assert [c["field"] for c in made.changes] == ["ends_on"] and made.status == "draft"
        assert s.get(Agreement, agreement_id).ends_on != dt.date(2020, 11, 30)  # not before it is signed

    # signed: the change applies
    qtbot.mouseClick(listing.sign_button, Qt.MouseButton.LeftButton)
    signing = listing.dialog
    keys = Keyboard(qtbot, signing)
    fill_line(keys, signing.signed_on, "01.09.2020")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not signing.isVisible())
    qtbot.waitUntil(lambda: listing.copy_button.isEnabled())
    with window.db.reading() as s:
        assert s.get(Amendment, made.id).status == "signed"
        assert s.get(Agreement, agreement_id).ends_on == dt.date(2020, 11, 30)

    # printed in Kazakh
    shown: list[Path] = []
    monkeypatch.setattr(choose, "choose_item", lambda _p, _t, _l, items: items[1])
    monkeypatch.setattr(printing, "show_preview", lambda _parent, path, _name: shown.append(path))
    qtbot.mouseClick(listing.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    text = subprocess.run([require_tool("pdftotext"), str(shown[0]), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "№ 1 ҚОСЫМША КЕЛІСІМ" in text and "30.11.2020" in text
    # kept as a version of the amendment, which `agreements verify` names; the same print again is that version
    qtbot.waitUntil(lambda: listing.version_label.isVisible())
    number = listing.last_version.split(" to agreement ")[1].split(":")[0]
    assert listing.last_version == f"Amendment № 1 to agreement {number}: version 1"
    qtbot.mouseClick(listing.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 2)
    qtbot.waitUntil(lambda: listing.last_version.endswith("the same as printed before"))
    assert shown[1].read_bytes() == shown[0].read_bytes()
    with window.db.reading() as s:
        from fieldapp.services import agreement_versions

        found = agreement_versions.verify(s, shown[0].read_bytes())
        assert found is not None and (found.agreement_id, found.amendment, found.version) == (agreement_id, 1, 1)
        assert agreement_versions.versions(s, agreement_id) == []  # the agreement's own versions: none printed
    listing.done(0)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_print_language_choices_read_alike_for_an_agreement_and_its_amendment(qtbot, lang: str) -> None:
    """QA 39: in Kazakh the agreement's chooser offered «Орысша», the amendment's «Орыс тілі»."""
    from PySide6.QtCore import QCoreApplication

    from fieldapp.ui import i18n

    i18n.install(lang)
    for source in ("Russian", "Kazakh", "English", "Russian | Kazakh, side by side"):
        agreement = QCoreApplication.translate("AgreementsPage", source)
        assert agreement != source
        assert QCoreApplication.translate("AmendmentsDialog", source) == agreement
    i18n.install("en")
