"""A dialog grows to hold the text it was just given: a top-level window's layout sets no minimum height when it
holds word-wrapped labels (their height depends on their width), so a message that turns to two lines would
squash the fields or lose its second line instead."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QWidget

#: 768 px of screen, less a 40 px taskbar and a 31 px title bar (tests/ui/test_dialog_sizes.py)
MOST_HEIGHT = 697


def grow_to_contents(dialog: QWidget) -> None:
    """As tall as its contents at its present width (never shorter than now, never above a laptop's screen)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    wanted = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    wanted = max(wanted, layout.totalMinimumSize().height())
    if wanted > dialog.height():
        dialog.resize(width, min(wanted, max(MOST_HEIGHT, dialog.height())))


def grow_soon(dialog: QWidget) -> None:
    """After the event loop has run: a label just shown is laid out by a queued call."""
    QTimer.singleShot(0, dialog, lambda: grow_to_contents(dialog))


def keep_on_screen(window: QWidget) -> None:
    """A shown window that grew past its screen's edge (a choice box widened by choices read after it was shown
    grows it to the right and down) moves back inside it, as far as it fits."""
    if not window.isWindow() or not window.isVisible() or window.screen() is None:
        return
    if window.layout() is not None:
        window.layout().activate()  # the growth asked for is made now
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    x = max(room.left(), min(frame.left(), room.right() - frame.width() + 1))
    y = max(room.top(), min(frame.top(), room.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        window.move(window.pos() + QPoint(x - frame.left(), y - frame.top()))
