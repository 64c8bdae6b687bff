"""PySide6 6.12.0 drops a reference to ``None`` on every Qt call that returns nothing: on Python 3.11 (where
``None`` is not immortal) a long session — scrolling through 20,000 people — ends in "Fatal Python error:
none_dealloc". pyproject.toml keeps PySide6 below 6.12; this test fails on a release with the bug."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QWidget


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_qt_calls_keep_the_references_to_none(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    app = QApplication.instance()
    app.processEvents()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.repaint()
        app.processEvents()
    assert sys.getrefcount(None) - before > -500  # 6.12.0 loses 4,000 here
