"""The sync state at a glance, in the status bar: online or offline (or syncing, with progress), the changes
not yet delivered, when changes last left and arrived and by which route, and a warning when this computer's
clock is off the head office's. A click opens the Sync page. The words are here, shared with the Sync page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from fieldapp.formatting import format_local_time

translate = QCoreApplication.translate


def group_digits(number: int) -> str:
    """1234567 → '1 234 567', '1,234,567' in English (formatting.format_count, the interface's language)."""
    from fieldapp.formatting import format_count

    return format_count(number)


def route_text(route: str | None) -> str:
    return {"network": translate("SyncStatus", "network"), "folder": translate("SyncStatus", "synced folder"),
            "usb": translate("SyncStatus", "USB / file")}.get(route or "", "")


def moment_text(iso: str | None) -> str:
    """A moment kept in UTC: its time of day today, else the date and time (this laptop's zone)."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return format_local_time(moment)
    return local.strftime("%d.%m.%Y %H:%M")


def phase_text(phase: str | None, count: int) -> str:
    if phase == "push":
        return translate("SyncStatus", "Sending changes…")
    if phase == "pull":
        text = translate("SyncStatus", "Receiving changes: %n so far", "", count)
        return text.replace(str(count), group_digits(count), 1)
    if phase == "files":
        return translate("SyncStatus", "Sending and receiving files…")
    if phase == "folder":
        return translate("SyncStatus", "Syncing through the folder…")
    return translate("SyncStatus", "Checking the connection…")


def error_text(code: str | None) -> str:
    """Why the last round failed, and what happens or what to do next."""
    texts = {
        "sync.unreachable": translate("SyncStatus", "The head office's hub cannot be reached. Changes are kept on this "
                                      "laptop and sent by themselves when the connection returns."),
        "sync.folder_failed": translate("SyncStatus", "The synced folder cannot be read. Check that it is still there; "
                                        "FieldApp tries again by itself."),
        "sync.refused": translate("SyncStatus", "The hub refuses this laptop (its enrolment was revoked). Ask the head "
                                  "office for a new code and enrol again."),
        "sync.certificate": translate("SyncStatus", "The hub's certificate is no longer the one trusted at enrolment. "
                                      "Ask the head office, then enrol again."),
        "sync.hub_failed": translate("SyncStatus", "The hub had a problem answering. FieldApp tries again by itself; if "
                                     "it lasts, tell the head office."),
        "sync.not_enrolled": translate("SyncStatus", "This laptop is not enrolled with the head office yet."),
    }
    if not code or code == "stopped":
        return ""
    return texts.get(code, translate("SyncStatus", "The last sync did not complete. FieldApp tries again by itself; "
                                     "if it lasts, tell the head office."))


def online_text(view: Any) -> str:
    state = view.state
    if state is not None and not state.route:
        return translate("SyncStatus", "Not enrolled") if not state.enrolled else translate("SyncStatus", "By USB only")
    if view.running:
        return translate("SyncStatus", "Syncing")
    if view.online is None:
        return translate("SyncStatus", "Connecting…")
    return translate("SyncStatus", "Online") if view.online else translate("SyncStatus", "Offline")


def pending_text(pending: int) -> str:
    if not pending:
        return translate("SyncStatus", "Everything delivered")
    text = translate("SyncStatus", "%n change(s) not yet delivered", "", pending)
    return text.replace(str(pending), group_digits(pending), 1)


def last_text(state: Any, short: bool = False) -> str:
    """When changes last left and arrived and by which route; ``short`` for the status bar: "↑ 10:42 (network)
    ↓ 10:42 (USB / file)"."""
    parts = []
    if state.sent_at:
        words = "↑ %1 (%2)" if short else translate("SyncStatus", "sent %1 (%2)")
        parts.append(words.replace("%1", moment_text(state.sent_at)).replace("%2", route_text(state.sent_route)))
    if state.received_at:
        words = "↓ %1 (%2)" if short else translate("SyncStatus", "received %1 (%2)")
        parts.append(words.replace("%1", moment_text(state.received_at))
                     .replace("%2", route_text(state.received_route)))
    if not parts:
        return translate("SyncStatus", "never synced")
    return ("  " if short else ", ").join(parts)


def clock_text(state: Any, short: bool = False) -> str:
    """How far this computer's clock is off the head office's (more than 5 minutes), or ""; ``short`` for the
    status bar: "⚠ Clock +12 min"."""
    minutes = state.clock_off_minutes if state is not None else None
    if minutes is None:
        return ""
    if short:
        return "⚠ " + translate("SyncStatus", "Clock %1 min").replace("%1", f"{minutes:+d}".replace("-", "−"))
    if minutes > 0:
        text = translate("SyncStatus", "Clock %n min ahead of the head office's", "", minutes)
    else:
        text = translate("SyncStatus", "Clock %n min behind the head office's", "", -minutes)
    return text


class ElidedLabel(QLabel):
    """A label that, squeezed, ends in "…" instead of cutting a word (its whole text in the tooltip)."""

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class SyncStatus(QWidget):
    """The status bar's part about sync; ``clicked`` opens the Sync page."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: Any = None
        self.online_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.last_label = ElidedLabel(self)
        # the least needed part gives way on a narrow screen (its whole text is in the tooltip)
        self.last_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.last_label.setMinimumWidth(40)
        self.clock_label = QLabel(self)
        self.clock_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(90)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(10)
        for widget in (self.online_label, self.progress, self.pending_label, self.last_label, self.clock_label):
            layout.addWidget(widget)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_view(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def show_view(self, view: Any) -> None:
        self.view = view
        state = view.state if view is not None else None
        if state is None:
            for label in (self.online_label, self.pending_label, self.last_label, self.clock_label):
                label.setText("")
            self.progress.hide()
            return
        dot = "●" if view.online and state.route else "○"
        self.online_label.setText(f"{dot} {online_text(view)}")
        self.online_label.setStyleSheet("color: #1b7f3b;" if view.online and state.route else "color: #8a6d00;"
                                        if state.route else "")
        self.online_label.setToolTip(error_text(view.error) or (state.server or state.folder or ""))
        self.progress.setVisible(view.running)
        self.progress.setToolTip(phase_text(view.phase, view.count) if view.running else "")
        self.pending_label.setText(pending_text(state.pending))
        self.last_label.setText(last_text(state, short=True) if state.enrolled else "")
        self.last_label.setToolTip(last_text(state) if state.enrolled else "")
        self.last_label.setMaximumWidth(self.last_label.fontMetrics().horizontalAdvance(self.last_label.text()) + 4)
        self.clock_label.setText(clock_text(state, short=True))
        self.clock_label.setToolTip(clock_text(state) + ". " + translate(
            "SyncStatus", "Set this computer's date and time: changes stamped by a wrong clock may win over later "
            "ones or lose to older ones."))
        self.clock_label.setVisible(bool(self.clock_label.text()))
        self.setToolTip(translate("SyncStatus", "Sync: click for details (F9 syncs now)"))

    def retranslate(self) -> None:
        self.show_view(self.view)
