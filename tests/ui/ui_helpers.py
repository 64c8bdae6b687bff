"""Small moves a user makes, shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt


def click_section(qtbot, window, title: str) -> None:
    """Click the sidebar entry whose text is ``title``."""
    sidebar = window.ui.sidebar
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        if item.text() == title:
            rect = sidebar.visualItemRect(item)
            qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no sidebar entry {title!r}: {[sidebar.item(r).text() for r in range(sidebar.count())]}")


def sidebar_texts(window) -> list[str]:
    return [window.ui.sidebar.item(row).text() for row in range(window.ui.sidebar.count())]


def column_values(panel, column: int) -> list[str]:
    model = panel.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def type_text(edit, text: str) -> None:
    """Type letter by letter (QTest's key clicks only know ASCII; Kazakh letters go in as input)."""
    for letter in text:
        edit.insert(letter)


def activate(widget) -> None:
    """Make the widget's window the active one, as a click on it would: the offscreen platform does not, and
    keyboard shortcuts (Ctrl+S, Ctrl+N…) only reach the active window."""
    import warnings

    from PySide6.QtWidgets import QApplication

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget.window())


def press(widget, key, modifiers=None) -> None:
    """A real key press on the widget that has the focus in ``widget``'s window (the window made active first)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    activate(widget)
    target = QApplication.focusWidget() or widget
    QTest.keyClick(target, key, modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier)


class Keyboard:
    """Keys as a person types them: each goes to the widget that has the focus at that moment (an editor
    opened by the previous key included), and Qt's queued work runs between keys."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window

    def focused(self):
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget() or self.window

    def type(self, text: str) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        activate(self.window)
        for letter in text:
            key = Qt.Key.Key_Space if letter == " " else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.focused(), QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter))
            self.qtbot.wait(1)

    def press(self, key, modifiers=None) -> None:
        from PySide6.QtTest import QTest

        activate(self.window)
        QTest.keyClick(self.focused(), key, modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier)
        self.qtbot.wait(1)


def narrowest(qtbot, window) -> None:
    """The main window as narrow as it goes, once every reader has answered and every text is fitted (each late
    answer widens what the window must hold, and the window grows with it): the same width for 30 looks, 10 ms
    apart."""
    window.resize(200, 200)
    widths: list[int] = []
    qtbot.waitUntil(lambda: widths.append(window.width()) or (
        len(widths) > 30 and len(set(widths[-30:])) == 1 and window.width() == window.minimumSizeHint().width()),
        timeout=15_000)
