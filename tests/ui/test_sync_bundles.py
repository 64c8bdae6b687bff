"""USB / e-mail through the dialogs: laptop A exports its changes for the head office (Sync page ▸ Export), the
head office takes the bundle in and answers, laptop B imports the head office's bundle (Sync page ▸ Import): the
dialog shows the sender, a valid signature and what it will apply by table, then the result; A imports its reply
and its changes count as delivered (the acknowledgement). A tampered bundle shows the invalid signature and
writes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from fieldapp import head_office
from fieldapp.model import Person
from fieldapp.sync.state import pending_count
from tests.sync.bundle_kit import Office, enrolled_laptop, laptop_state, rewrite
from tests.sync.conftest import seed
from tests.ui.conftest import make_window
from tests.ui.ui_helpers import press


@pytest.fixture
def office(tmp_path: Path):
    made = Office(tmp_path / "hub")
    yield made
    made.close()


def _laptop(office: Office, tmp_path: Path, template: Path, name: str, seeded: bool = False) -> Path:
    laptop = enrolled_laptop(office, tmp_path, template, name)
    if seeded:
        seed(laptop.db)
    laptop.db.close()
    return tmp_path / f"{name}.sqlite"


def _sync_page(window):
    window.show_page(window.pages.index(window.page("sync")))
    return window.page("sync")


def _export(qtbot, window, folder: Path) -> Path:
    page = _sync_page(window)
    qtbot.mouseClick(page.file_buttons.export_button, Qt.MouseButton.LeftButton)
    dialog = page.file_buttons.dialog
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(folder))
    dialog.file_name.clear()
    qtbot.keyClicks(dialog.file_name, "from-laptop")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == folder / "from-laptop.fab"
    assert "from-laptop.fab" in dialog.result.text()
    dialog.done(0)
    return folder / "from-laptop.fab"


def _import_dialog(qtbot, window, bundle: Path):
    page = _sync_page(window)
    qtbot.mouseClick(page.file_buttons.import_button, Qt.MouseButton.LeftButton)
    dialog = page.file_buttons.dialog
    qtbot.keyClicks(dialog.path_edit, str(bundle))
    press(dialog.path_edit, Qt.Key.Key_Return)  # Enter checks the bundle; nothing is written yet
    dialog.path_edit.setFocus()
    order = []
    for _ in range(3):  # keyboard order = visual order
        press(dialog, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [dialog.browse, dialog.check_button, dialog.contents]
    return dialog


def _people(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_usb_export_and_import_through_the_dialogs(qtbot, office: Office, tmp_path: Path,
                                                   empty_template: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    path_a = _laptop(office, tmp_path, empty_template, "A", seeded=True)
    path_b = _laptop(office, tmp_path, empty_template, "B")

    window_a, _ops_a, db_a = make_window(qtbot, path_a)
    with db_a.reading() as s:
        assert pending_count(s) > 0
    bundle = _export(qtbot, window_a, stick)

    taken = head_office.import_laptop_bundle(office.store, bundle)  # the head office takes it in, answers A
    assert taken.device == "A" and taken.results["accepted"] > 0
    for_b = head_office.export_for(office.store, "B", stick / "for-b.fab")

    window_b, _ops_b, db_b = make_window(qtbot, path_b)
    assert _people(db_b) == 0
    dialog = _import_dialog(qtbot, window_b, for_b)
    assert dialog.sender.text() == "The head office"
    assert dialog.signature.text().startswith("✓ valid")
    shown = {dialog.contents.item(r, 0).text(): int(dialog.contents.item(r, 1).text())
             for r in range(dialog.contents.rowCount())}
    assert shown["Person"] == 3
    assert dialog.import_button.isEnabled(), (dialog.problem.text(), dialog.result.text(), dialog.summary.text())
    assert _people(db_b) == 0  # checked, not imported
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Imported:" in dialog.result.text() and "conflict" in dialog.result.text()
    assert dialog.done_result.report.received > 0
    assert _people(db_b) == 3
    assert (stick / "for-b.ack.fab").exists()  # B's acknowledgement for the head office
    grabbed = dialog.grab()
    grabbed.save(str(tmp_path / "import.png"))
    dialog.done(0)

    # A imports the head office's reply: its changes are acknowledged, nothing is pending any more
    dialog = _import_dialog(qtbot, window_a, taken.reply)
    assert dialog.summary.text().count("acknowledges") == 1
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.done_result.acknowledged > 0
    # A's acknowledgement of "from-laptop.ack.fab" counts the round, never doubles the suffix
    assert taken.reply == stick / "from-laptop.ack.fab"
    assert (stick / "from-laptop.ack-2.fab").exists() and not (stick / "from-laptop.ack.ack.fab").exists()
    assert "from-laptop.ack-2.fab" in dialog.result.text()
    with db_a.reading() as s:
        assert pending_count(s) == 0
    dialog.done(0)
    for window, db in ((window_a, db_a), (window_b, db_b)):
        window.close()
        db.close()


def test_a_tampered_bundle_shows_the_invalid_signature_and_writes_nothing(qtbot, office: Office, tmp_path: Path,
                                                                          empty_template: Path) -> None:
    path_a = _laptop(office, tmp_path, empty_template, "A", seeded=True)
    path_b = _laptop(office, tmp_path, empty_template, "B")
    from fieldapp.db import open_database

    db = open_database(path_a)
    from fieldapp.sync.bundle_client import export_bundle

    export_bundle(db, tmp_path / "a.fab")
    db.close()
    head_office.import_laptop_bundle(office.store, tmp_path / "a.fab")
    good = head_office.export_for(office.store, "B", tmp_path / "for-b.fab")
    with zipfile.ZipFile(good) as outer:
        manifest = outer.read("manifest.json")
    tampered = rewrite(good, tmp_path / "tampered.fab",
                       manifest_json=manifest.replace(b'"schema_version"', b'"schema_version" ', 1))

    window, _ops, db_b = make_window(qtbot, path_b)
    before = laptop_state(db_b)
    dialog = _import_dialog(qtbot, window, tampered)
    assert dialog.signature.text().startswith("✗ NOT VALID")
    assert "signature" in dialog.problem.text().lower()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert laptop_state(db_b) == before
    assert _people(db_b) == 0
    dialog.grab().save(str(tmp_path / "tampered.png"))
    dialog.done(0)
    window.close()
    db_b.close()


def test_the_command_line_checks_a_bundle_the_same_way(office: Office, tmp_path: Path, empty_template: Path) -> None:
    from tests.sync.bundle_kit import fieldapp

    path_a = _laptop(office, tmp_path, empty_template, "A", seeded=True)
    path_b = _laptop(office, tmp_path, empty_template, "B")
    from fieldapp.db import open_database
    from fieldapp.sync.bundle_client import export_bundle

    db = open_database(path_a)
    export_bundle(db, tmp_path / "a.fab")
    db.close()
    head_office.import_laptop_bundle(office.store, tmp_path / "a.fab")
    good = head_office.export_for(office.store, "B", tmp_path / "for-b.fab")
    checked = fieldapp("bundle", "check", "--db", path_b, good)
    assert checked.returncode == 0, checked.stderr
    assert "signature: valid" in checked.stdout and "person: 3" in checked.stdout
    assert "nothing was written" in checked.stdout
    with zipfile.ZipFile(good) as outer:
        manifest = outer.read("manifest.json")
    tampered = rewrite(good, tmp_path / "tampered.fab", manifest_json=manifest.replace(b"\n", b"\n ", 1))
    refused = fieldapp("bundle", "check", "--db", path_b, tampered)
    assert refused.returncode == 1 and "signature: invalid" in refused.stdout
    assert "bundle refused: the signature does not match" in refused.stderr


def test_every_refusal_of_a_bundle_or_of_a_change_has_words(qapp) -> None:
    """A bundle's refusal (``BundleError.code``) and the hub's refusal of a change (``rules.Refusal``) are worded
    in the interface language, naming the params the raise site gives."""
    import ast
    import re

    import fieldapp
    from fieldapp.sync import bundle
    from fieldapp.ui import problems

    texts = problems.texts()
    root = Path(fieldapp.__file__).parent
    raised: dict[str, set[str]] = {}
    for path in [*root.joinpath("sync").glob("*.py"), *root.joinpath("server").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("BundleError", "Refusal") \
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                raised[node.args[1].value] = {kw.arg for kw in node.keywords if kw.arg}
    assert {"bundle.signature", "bundle.altered", "sync.head_office_table", "sync.missing_reference"} <= set(raised)
    assert set(bundle.REFUSALS) >= {code for code in raised if code.startswith("bundle.")}
    for code in set(bundle.REFUSALS) | set(raised):
        assert code in texts, code
        wanted = set(re.findall(r"\{(\w+)\}", texts[code]))
        assert wanted <= raised.get(code, set()), code
