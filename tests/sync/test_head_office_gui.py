"""Head-office mode in the application: the page opens the hub's data folder (the one a running
``fieldapp server --data`` uses), enrols a device with a one-time code — which then works for a laptop over
HTTP —, saves the code, shows the device with its last contact, and revokes it: the laptop is refused."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from fieldapp.db import open_database  # noqa: E402
from fieldapp.sync.client import SyncError, enroll, sync  # noqa: E402
from tests.sync.conftest import HubProcess  # noqa: E402
from tests.ui.conftest import english, make_window, no_dialog_left_open, private_settings  # noqa: E402,F401
from tests.ui.ui_helpers import activate, press  # noqa: E402

pytestmark = pytest.mark.one_backend


def _cells(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_head_office_page_enrols_a_device_whose_code_works_and_revokes_it(
        qtbot, hub, tmp_path: Path, empty_path: Path, empty_template: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hub_process: HubProcess = hub
    window, _ops, db = make_window(qtbot, empty_path)
    page = window.page("head_office")
    row = window.pages.index(page)
    assert window.ui.sidebar.isRowHidden(row)  # no head-office profile, no hub folder: not offered
    window.show_page(row)
    assert not page.enrol_button.isEnabled()
    page.open_folder(hub_process.data)
    assert not window.ui.sidebar.isRowHidden(row)  # this computer keeps a hub's folder now
    activate(page)
    page.enrol_button.setFocus()
    press(page, Qt.Key.Key_Tab)  # keyboard order = visual order (Revoke and Export wait for a device)
    assert QApplication.focusWidget() is page.import_button
    press(page, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.devices_table
    assert page.enrol_button.isEnabled() and page.devices_table.rowCount() == 0

    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "Kuryk laptop")
    qtbot.mouseClick(dialog.code_button, Qt.MouseButton.LeftButton)
    code = dialog.code_label.text()
    assert len(code) == 19 and code.count("-") == 3
    dialog.save_code(str(tmp_path / "code.txt"))
    assert code in (tmp_path / "code.txt").read_text()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # the code on a sheet, in the preview
    assert dialog.preview is not None
    printed = subprocess.run(["pdftotext", str(dialog.preview.path), "-"], capture_output=True, text=True,
                             check=True).stdout
    assert code in printed and "Kuryk laptop" in printed and "Одноразовый код" in printed
    dialog.preview.done(0)
    dialog.grab().save(str(tmp_path / "enrol.png"))
    dialog.done(0)
    assert _cells(page.devices_table, 0) == ["Kuryk laptop"]
    assert _cells(page.devices_table, 1) == ["code not used yet"]

    laptop_path = tmp_path / "kuryk.sqlite"
    laptop_path.write_bytes(empty_template.read_bytes())
    laptop = open_database(laptop_path)
    enroll(laptop, hub_process.url, code)  # the code works
    from fieldapp.services import people
    from fieldapp.sync.state import pending_count

    with laptop.transaction() as s:
        for name in ("Жанар Омарова", "Берік Сейітов"):
            people.create_person(s, people.PersonInput(name))
    with laptop.reading() as s:
        waiting = pending_count(s)
    assert waiting >= 2
    sync(laptop)
    page.reload()
    assert _cells(page.devices_table, 1) == ["enrolled"]
    assert _cells(page.devices_table, 3)[0] != "—"  # its last contact
    assert _cells(page.devices_table, 6) == [str(waiting)]  # what it had to send, as it said when it came in
    assert "As the laptop said on" in page.devices_table.item(0, 6).toolTip()
    sync(laptop)
    page.reload()
    assert _cells(page.devices_table, 6) == ["0"]  # everything arrived
    assert _cells(page.devices_table, 2) == ["everything"]
    window.grab().save(str(tmp_path / "head-office.png"))

    page.devices_table.selectRow(0)
    assert page.revoke_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    page.devices_table.setFocus()
    press(page.devices_table, Qt.Key.Key_Delete)  # Delete on the list asks first; No keeps the device
    assert asked and "Kuryk laptop" in asked[0] and _cells(page.devices_table, 1) == ["enrolled"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert _cells(page.devices_table, 1) == ["revoked"]
    assert page.state.text() == "Kuryk laptop is revoked."
    with pytest.raises(SyncError):
        sync(laptop)
    laptop.close()
    window.close()
    db.close()


def test_the_desktop_serves_a_synced_folder_as_the_hub(qtbot, tmp_path: Path, empty_path: Path,
                                                       empty_template: Path) -> None:  # type: ignore[no-untyped-def]
    """No server at all: laptop A (enrolled by file) syncs through a shared folder; the head office's page takes
    its bundle in and writes the replies; laptop B, through the same folder, receives A's people."""
    from sqlalchemy import func, select

    from fieldapp.model import Person
    from fieldapp.sync.folder import laptop_sync_folder
    from tests.sync.bundle_kit import Office, enrolled_laptop
    from tests.sync.conftest import seed

    office = Office(tmp_path / "hub")
    a = enrolled_laptop(office, tmp_path, empty_template, "A")
    b = enrolled_laptop(office, tmp_path, empty_template, "B")
    office.close()
    shared = tmp_path / "OneDrive" / "fieldapp"
    shared.mkdir(parents=True)
    seed(a.db)
    laptop_sync_folder(a.db, shared)
    laptop_sync_folder(b.db, shared)

    window, _ops, db = make_window(qtbot, empty_path)
    page = window.page("head_office")
    window.show_page(window.pages.index(page))
    page.open_folder(tmp_path / "hub")
    page.tabs.setCurrentIndex(2)
    page.shared.setText(str(shared))
    qtbot.mouseClick(page.serve_now, Qt.MouseButton.LeftButton)
    assert page.serve_log.text() == "Taken in: 2, left for the next run: 0, replies written: 2."
    received = dict(zip(_cells(page.devices_table, 0), _cells(page.devices_table, 4), strict=True))
    assert int(received["A"]) > 0 and received["B"] == "0"  # A's changes reached the hub, B had none
    page.serve.setChecked(True)  # served every minute from now on
    assert page.timer.isActive()
    page.serve.setChecked(False)

    laptop_sync_folder(b.db, shared)
    with b.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 3
    for laptop in (a, b):
        laptop.db.close()
    window.close()
    db.close()
