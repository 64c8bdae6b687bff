"""A question a screen shows the answer of, asked again only when its answer may have changed.

The answer is read on a reader thread (``Operations.read``), which notes the tables its statements read. After
a write, ``Operations.data_changed`` names the tables the write changed; a question none of whose tables were
written is not asked again. One that was is asked again at once when its widget can be seen; a widget that is
hidden (another page, another tab) or covered by a modal dialog is marked stale and asks when it is shown or
the dialog closes. Only the newest answer is shown: answers to questions nobody asks any more are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from fieldapp.db import Session
    from fieldapp.ui.operations import Operations

T = TypeVar("T")
#: a statement whose tables cannot be known (fieldapp.db.EVERYTHING)
EVERYTHING = "*"


class LiveQuery(QObject, Generic[T]):
    """``question()`` (called on the GUI thread) returns the work to run on a reader thread; ``show`` gets its
    answer on the GUI thread. ``owner`` is the widget that shows it."""

    def __init__(self, ops: Operations, owner: QWidget, question: Callable[[], Callable[[Session], T]],
                 show: Callable[[T], None], failure: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(owner)
        self.ops = ops
        self.owner = owner
        self.question = question
        self.show = show
        self.failure = failure
        #: the tables the last answer read (empty before the first)
        self.tables: frozenset[str] = frozenset()
        self.stale = False
        self.asked = 0  # how many times the question was put (tests, benchmarks)
        self._generation = 0
        self._in_flight = False
        self._written_meanwhile: set[str] = set()
        self._waiting_for: QDialog | None = None
        ops.data_changed.connect(self._changed)
        owner.installEventFilter(self)

    def refresh(self) -> None:
        """Ask now (F5, a filter changed, the first showing)."""
        self.stale = False
        self._generation += 1
        self._in_flight = True
        self._written_meanwhile.clear()
        self.asked += 1
        generation = self._generation
        tables: set[str] = set()
        self.ops.read(self.question(), tables_read=tables,
                      success=lambda answer: self._answered(generation, tables, answer),
                      failure=lambda exc: self._failed(generation, exc))

    def refresh_when_seen(self) -> None:
        """Ask now if the owner can be seen, else when it is next shown."""
        if self.can_be_seen():
            self.refresh()
        else:
            self._mark_stale()

    def can_be_seen(self) -> bool:
        if not self.owner.isVisible():
            return False
        modal = QApplication.activeModalWidget()
        return modal is None or modal is self.owner.window() or modal.isAncestorOf(self.owner)

    def _answered(self, generation: int, tables: set[str], answer: T) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        self.tables = frozenset(tables)
        self.show(answer)
        if self._touches(self._written_meanwhile):  # a write committed while the question was being answered
            self._written_meanwhile.clear()
            self.refresh_when_seen()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        if self.failure is not None:
            self.failure(exc)
        else:
            from fieldapp.ui import errors

            errors.show_error(self.owner, exc)

    def _touches(self, written: set[str] | frozenset[str]) -> bool:
        return bool(written) and (EVERYTHING in self.tables or not self.tables.isdisjoint(written))

    def _changed(self, written: frozenset[str]) -> None:
        if self._in_flight:
            self._written_meanwhile |= written
        elif self._touches(written):
            self.refresh_when_seen()

    def _mark_stale(self) -> None:
        self.stale = True
        modal = QApplication.activeModalWidget()
        if self.owner.isVisible() and isinstance(modal, QDialog) and self._waiting_for is not modal:
            self._waiting_for = modal
            modal.finished.connect(self._dialog_closed)

    def _dialog_closed(self, _result: int) -> None:
        self._waiting_for = None
        if self.stale:
            self.refresh_when_seen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.owner and event.type() == QEvent.Type.Show and self.stale:
            self.refresh()
        return False
