"""Fixtures for the GUI tests: private QSettings, English to start with, a main window on a demo database
whose operations run inline (synchronously), as Picard's tests replace the thread pool."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldapp.ui import app as app_module  # noqa: E402
from fieldapp.ui import form, i18n  # noqa: E402


@pytest.fixture(autouse=True)
def private_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings in a temporary folder, never the user's."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    app_module.application()
    QSettings().clear()
    yield folder
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_dialog_left_open(qapp: QApplication) -> Iterator[None]:
    """A dialog a test leaves open would stay modal over the next test's window (its lists would wait for it)."""
    yield
    from PySide6.QtWidgets import QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the 'user' answers to form questions: restore a draft? close with typed text?"""
    given: dict[str, object] = {"restore": True, "close": form.KEEP_DRAFT, "asked": []}

    def ask(_parent: object, title: str, _text: str) -> bool:
        given["asked"].append(title)  # type: ignore[union-attr]
        return bool(given["restore"])

    def ask_close(_parent: object) -> str:
        given["asked"].append("close")  # type: ignore[union-attr]
        return str(given["close"])

    monkeypatch.setattr(form, "ask", ask)
    monkeypatch.setattr(form, "ask_close", ask_close)
    return given


def make_window(qtbot, path: Path):
    from fieldapp.db import open_database
    from fieldapp.ui.main_window import MainWindow
    from fieldapp.ui.operations import Operations

    db = open_database(path)
    window = MainWindow(path)
    qtbot.addWidget(window)
    ops = Operations(db, window)
    ops.run_inline()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.set_icons()
    window.attach(ops, db)
    # the sync engine starts once the first data are on screen (a turn later): started before the test's own steps
    qtbot.waitUntil(lambda: window.sync_engine.timer.isActive(), timeout=10_000)
    return window, ops, db


@pytest.fixture
def window(qtbot, demo_path: Path) -> Iterator:
    win, _ops, db = make_window(qtbot, demo_path)
    yield win
    win.close()
    db.close()


@pytest.fixture
def empty_window(qtbot, empty_path: Path) -> Iterator:
    win, _ops, db = make_window(qtbot, empty_path)
    yield win
    win.close()
    db.close()


@pytest.fixture
def hub(tmp_path: Path, empty_template: Path) -> Iterator:
    """A real hub process on 127.0.0.1 holding a small programme (two settlements, a cycle, a call, three
    people), sent by the head office's laptop (the sync tests' ``seed``); ``hub.ids`` names its records."""
    import shutil

    from fieldapp.sync.client import enroll, sync
    from tests.sync.conftest import HubProcess, seed

    process = HubProcess(tmp_path / "hub")
    process.data.mkdir()
    process.start()
    head = tmp_path / "head.sqlite"
    shutil.copyfile(empty_template, head)
    from fieldapp.db import open_database

    db = open_database(head)
    try:
        process.ids = seed(db)
        enroll(db, process.url, process.code("Head office"))
        sync(db)
    finally:
        db.close()
    yield process
    process.kill()
