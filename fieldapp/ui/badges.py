"""A record's sync badge in a list: not yet sent to the head office, in conflict, or refused by the hub
(``fieldapp.sync.state.badges``). A list asks for the badges of the rows it shows; they are asked again when a
write touches what they read (a change made, a sync round: operations, settings, conflicts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from fieldapp.ui.live_query import LiveQuery

translate = QCoreApplication.translate
#: the lists that show badges and the table whose records they list
BADGE_TABLES = {"people": "person", "applications": "application", "trainings": "training"}
COLOURS = {"unsent": "#8a8f98", "conflict": "#e08a00", "rejected": "#c62828"}
_icons: dict[str, QIcon] = {}


def badge_icon(badge: str) -> QIcon:
    """A small round mark: grey not sent, orange in conflict, red refused."""
    if badge not in _icons:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLOURS[badge]))
        if badge == "unsent":
            painter.drawEllipse(3, 3, 6, 6)
        else:
            painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _icons[badge] = QIcon(pixmap)
    return _icons[badge]


def badge_text(badge: str) -> str:
    return {
        "unsent": translate("Badges", "Not yet sent to the head office"),
        "conflict": translate("Badges", "In conflict with a change made elsewhere: see the Sync page"),
        "rejected": translate("Badges", "A change was refused by the head office: see the Sync page"),
    }.get(badge, "")


class RecordBadges(QObject):
    """The badges of the rows ``row_ids()`` returns (records of ``table``); ``changed`` when they arrive."""

    changed = Signal()

    def __init__(self, ops: Any, owner: QWidget, table: str, row_ids: Callable[[], list[str]]) -> None:
        super().__init__(owner)
        self.ops, self.table, self.row_ids = ops, table, row_ids
        self.badges: dict[str, str] = {}
        self.query: LiveQuery[tuple[frozenset[str], dict[str, str]]] = LiveQuery(
            ops, owner, self._question, lambda answer: self._arrived(*answer))

    def _question(self) -> Any:
        from fieldapp.sync.state import badges

        table, ids = self.table, list(self.row_ids())
        return lambda session: (frozenset(ids), badges(session, table, ids))

    def refresh(self) -> None:
        """Every row's badge (the list was read again, or a write touched what badges read)."""
        self.query.refresh()

    def add(self, row_ids: list[str]) -> None:
        """Rows appended to the list (a page more): only their badges are asked, and merged with the others'."""
        if not row_ids:
            return
        from fieldapp.sync.state import badges

        table, ids = self.table, list(row_ids)
        self.ops.read(lambda session: badges(session, table, ids),
                      success=lambda found: self._arrived(frozenset(ids), found))

    def _arrived(self, asked: frozenset[str], found: dict[str, str]) -> None:
        """``found``: the badges of the rows ``asked`` about; the other rows' stay (a page added meanwhile)."""
        shown = set(self.row_ids())
        badges = {row_id: badge for row_id, badge in self.badges.items() if row_id not in asked and row_id in shown}
        badges.update((row_id, badge) for row_id, badge in found.items() if row_id in shown)
        if badges != self.badges:
            self.badges = badges
            self.changed.emit()

    def of(self, row_id: str) -> str | None:
        return self.badges.get(row_id)

    def decoration(self, row_id: str) -> QIcon | None:
        badge = self.badges.get(row_id)
        return badge_icon(badge) if badge else None

    def tooltip(self, row_id: str, text: str) -> str:
        badge = self.badges.get(row_id)
        return f"{text}\n{badge_text(badge)}" if badge else text
