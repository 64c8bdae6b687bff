"""The operation layer: writes on one serial thread, results on the GUI thread, one error dialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from fieldapp.model import Locality
from fieldapp.ui import errors
from fieldapp.ui.operations import Operations


def test_writes_run_off_the_gui_thread_one_at_a_time_and_announce_changes(qtbot, demo_db) -> None:
    ops = Operations(demo_db)
    assert ops.serial.maxThreadCount() == 1
    threads: list[int] = []
    results: list[object] = []
    gui = QThread.currentThread()

    def rename(session, name):
        threads.append(threading.get_ident())
        place = session.query(Locality).filter_by(kind="region").one()
        place.name_en = name
        return name

    with qtbot.waitSignal(ops.data_changed, timeout=5000) as changed:
        for name in ("A", "B", "C"):
            ops.write(lambda s, n=name: rename(s, n),
                      success=lambda r: results.append((r, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    # what the transaction wrote, as the history capture saw it: the row, its operation, the device's clock (and
    # on a file's first write, the device's identity mark in local_setting)
    assert changed.args[0] - {"local_setting"} == {"locality", "operation", "local_device"}
    assert results == [("A", True), ("B", True), ("C", True)]
    assert len(set(threads)) == 1 and threads[0] != threading.get_ident()
    with demo_db.reading() as s:
        assert s.query(Locality).filter_by(kind="region").one().name_en == "C"


def test_a_failure_shows_the_standard_error_dialog(qtbot, demo_db, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, details=None: shown.append(exc))
    ops = Operations(demo_db)
    ops.run_inline()
    ops.write(lambda s: 1 / 0)
    assert len(shown) == 1 and isinstance(shown[0], ZeroDivisionError)


def test_progress_dialog_only_after_half_a_second(qtbot, demo_db) -> None:
    import time

    from PySide6.QtWidgets import QProgressDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    ops = Operations(demo_db, parent)
    done: list[int] = []
    ops.background(lambda: 1, success=done.append, progress="quick")
    qtbot.waitUntil(lambda: done == [1], timeout=2000)
    assert parent.findChildren(QProgressDialog) == []
    ops.background(lambda: time.sleep(0.9) or 2, success=done.append, progress="slow")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=2000)
    qtbot.waitUntil(lambda: done == [1, 2], timeout=3000)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=2000)


def test_the_answer_to_a_window_deleted_meanwhile_is_dropped(qtbot, demo_db) -> None:
    """A dialog closed and deleted while its read runs: the answer comes to a method of a widget that is gone and
    is dropped (it raised "Internal C++ object already deleted" from the event loop)."""
    import shiboken6
    from PySide6.QtWidgets import QLabel

    class Form(QLabel):
        filled: list[str] = []

        def fill(self, text: str) -> None:
            self.setText(text)  # a deleted label raises here
            Form.filled.append(text)

    release = threading.Event()
    ops = Operations(demo_db)
    alive, gone = Form(), Form()
    qtbot.addWidget(alive)
    for form in (alive, gone):
        ops.read(lambda _s: (release.wait(5), "answer")[1], success=form.fill)
    shiboken6.delete(gone)  # closed and deleted before the answers
    release.set()
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=5000)
    assert Form.filled == ["answer"] and alive.text() == "answer"
