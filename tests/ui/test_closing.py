"""Closing the window while an Excel export or a PDF is being written: the window waits for it, so the file is
whole and nothing reads the database after it is closed."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QThreadPool

from fieldapp.ui.operations import Operations


def test_closing_waits_for_the_file_being_written(qtbot, demo_path: Path, tmp_path: Path) -> None:
    from fieldapp.db import open_database
    from fieldapp.ui.main_window import MainWindow

    db = open_database(demo_path)
    window = MainWindow(demo_path)
    qtbot.addWidget(window)
    ops = Operations(db, window)  # real threads: the export runs beside the GUI
    window.show()
    window.attach(ops, db)
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=10_000)
    target = tmp_path / "export.xlsx"
    started = []

    def export() -> Path:
        started.append(True)
        with db.reading() as session:
            session.connection()
            time.sleep(0.6)  # a slow laptop writing a big sheet
        target.write_bytes(b"a whole file")
        return target

    ops.background(export)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert ops.background_running() == 1
    window.close()
    assert target.read_bytes() == b"a whole file"  # written before close() returned
    assert ops.background_running() == 0
    db.close()


def test_background_work_is_counted_until_it_ends(qtbot, demo_db) -> None:
    ops = Operations(demo_db)
    assert isinstance(ops.pool, QThreadPool)
    ops.background(lambda: time.sleep(0.2))
    assert ops.background_running() == 1
    assert ops.wait_for_background(5000)
    assert ops.background_running() == 0
