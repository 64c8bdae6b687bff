"""Starting the application: a second window on the same database, a damaged file, unhandled errors."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldapp.db.lock import InstanceLock
from fieldapp.ui import app as app_module
from fieldapp.ui import errors


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def critical(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return shown


def test_second_instance_on_a_locked_database_gets_a_clear_message(qapp, demo_path, messages) -> None:
    with InstanceLock(demo_path):
        code = app_module.run(demo_path, lang="en", create=False)
    assert code == 1
    assert len(messages) == 1
    assert "already open in another FieldApp window" in messages[0]
    assert "Traceback" not in messages[0]
    assert not InstanceLock(demo_path).acquire().release()


def test_a_file_that_is_not_a_database_gets_a_clear_message(qapp, tmp_path, messages) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is not a database\n" * 100)
    code = app_module.run(bogus, lang="en", create=False)
    assert code == 1
    assert "cannot open this database" in messages[0]
    assert "not an SQLite file" in messages[0]


def test_run_opens_the_demo_and_releases_the_lock_on_exit(qapp, qtbot, demo_path, monkeypatch, messages) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: dict[str, object] = {}

    def close_when_loaded() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible())
        if window.db is None or window.page("dashboard").data is None:
            QTimer.singleShot(20, close_when_loaded)
            return
        seen["title"] = window.windowTitle()
        seen["user"] = window.user_label.text()
        seen["locked"] = InstanceLock(demo_path)
        window.close()

    QTimer.singleShot(20, close_when_loaded)
    assert app_module.run(demo_path, lang="en", create=False) == 0
    assert "FieldApp" in seen["title"] and seen["user"].startswith("User: ")
    assert messages == []
    InstanceLock(demo_path).acquire().release()


def test_unhandled_exception_is_logged_and_shown(qapp, tmp_path, monkeypatch) -> None:
    log_file = errors.setup_logging(tmp_path)
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, details=None: shown.append(exc))
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        errors._excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")
    assert len(shown) == 1 and str(shown[0]) == "boom in a slot"


def test_error_dialog_says_what_happened_with_details(qapp) -> None:
    box = errors.show_error(None, RuntimeError("disk full"))
    assert box is not None and "disk full" in box.text()
    assert "RuntimeError" in box.detailedText()
    box.close()
