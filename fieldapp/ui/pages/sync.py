"""Sync: how this laptop syncs with the head office and how it is going (online or not, what waits to be
delivered, when changes last left and arrived and by which route), "Sync now" with progress, enrolling the
laptop, a synced folder; then the history of the changes recorded here.

Other parts of sync add their buttons to ``actions_row`` (USB export/import, the conflicts inbox)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui import sync_status as words
from fieldapp.ui.list_page import show_details
from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.pages import Page, register


def _device(session: Any) -> Any:
    from fieldapp.services import settings

    return settings.device(session)


@register
class SyncPage(Page):
    order = 80
    key = "sync"
    icon_name = "mdi6.sync"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine: Any = None
        self.view: Any = None
        self.box = QGroupBox(self)
        self.summary = QLabel(self.box)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        form = QFormLayout()
        for key in ("state", "pending", "sent", "received", "review", "clock"):
            label, value = QLabel(self.box), QLabel(self.box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.rows[key] = (label, value)
        self.rows["clock"][1].setStyleSheet("color: #b00020; font-weight: bold;")
        self.progress = QProgressBar(self.box)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self.box)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        self.sync_button = QPushButton(self.box)
        self.sync_button.clicked.connect(self.sync_now)
        self.enrol_button = QPushButton(self.box)
        self.enrol_button.clicked.connect(self.open_enrolment)
        self.folder_button = QPushButton(self.box)
        self.folder_button.clicked.connect(self.choose_folder)
        #: buttons of sync by file and of the conflicts inbox go here too
        self.actions_row = QHBoxLayout()
        for button in (self.sync_button, self.enrol_button, self.folder_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        self.folder_problem = QLabel(self.box)
        self.folder_problem.setObjectName("problem")
        self.folder_problem.setWordWrap(True)
        self.folder_problem.hide()
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.summary)
        box_layout.addLayout(form)
        box_layout.addLayout(progress_row)
        box_layout.addLayout(self.actions_row)
        box_layout.addWidget(self.folder_problem)

        self.device_label = QLabel(self)
        self.device_id = QLabel("—", self)
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_label = QLabel(self)
        device_form = QFormLayout()
        device_form.addRow(self.device_label, self.device_id)
        self.history = ListPanel("history", self._empty, self)
        self.history.open_requested.connect(
            lambda row_id: show_details(self, self.history, row_id, self.history_label.text()))
        from fieldapp.ui.bundle_dialogs import SyncFileButtons

        self.file_buttons = SyncFileButtons(self)  # USB / e-mail and the conflicts inbox
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addLayout(device_form)
        layout.addWidget(self.file_buttons)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.enrol_dialog: Any = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def panels(self) -> list[ListPanel]:
        return [self.history]

    def attach(self, ops: Any, db: Any) -> None:
        super().attach(ops, db)
        ops.read(_device, success=self._device_arrived)
        self.file_buttons.attach(ops, db)

    def set_engine(self, engine: Any) -> None:
        self.engine = engine
        engine.changed.connect(self.show_view)
        self.show_view(engine.view)

    def _device_arrived(self, device: Any) -> None:
        self.device = device
        self.retranslate()

    def _empty(self) -> str:
        return self.tr("No changes recorded yet. Every change made on this laptop appears here.")

    # -- actions -----------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.engine is not None:
            self.engine.sync_now()

    def open_enrolment(self) -> Any:
        from fieldapp.ui.enrol_dialog import EnrolDialog

        self.enrol_dialog = EnrolDialog(self.ops, self.db, self.engine, self)
        self.enrol_dialog.open()
        return self.enrol_dialog

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The synced folder shared with the head office"),
                                                  str(Path.home()))
        if folder:
            self.use_folder(Path(folder))

    def use_folder(self, folder: Path) -> None:
        from fieldapp.sync import auto

        self.ops.background(lambda: auto.set_folder(self.db, folder), success=self._folder_set,
                            failure=self._folder_refused)

    def _folder_set(self, _result: Any) -> None:
        self.folder_problem.hide()
        if self.engine is not None:
            self.engine.sync_now()

    def _folder_refused(self, exc: BaseException) -> None:
        from fieldapp.ui.problems import problem

        self.folder_problem.setText(problem(exc))
        self.folder_problem.show()

    # -- showing -----------------------------------------------------------------------------------------
    def show_view(self, view: Any) -> None:
        self.view = view
        state = view.state if view is not None else None
        enrolled_route = state is not None and bool(state.route)
        self.sync_button.setEnabled(enrolled_route and not view.running)
        self.progress.setVisible(bool(view is not None and view.running))
        self.progress_label.setVisible(bool(view is not None and view.running))
        if view is not None and view.running:
            self.progress_label.setText(words.phase_text(view.phase, view.count))
        if state is None:
            return
        if state.route == "network":
            self.summary.setText(self.tr("This laptop syncs with the head office's hub at %1 as “%2”. It sends "
                                         "and receives changes by itself whenever the hub can be reached.")
                                 .replace("%1", state.server or "").replace("%2", state.device_name or ""))
        elif state.route == "folder":
            self.summary.setText(self.tr("This laptop syncs through the folder %1, which the head office reads "
                                         "too. It syncs by itself whenever the folder is there.")
                                 .replace("%1", state.folder or ""))
        elif state.enrolled:
            self.summary.setText(self.tr("This laptop is enrolled as “%1” without a hub's address: sync with a "
                                         "USB stick or choose a synced folder.").replace("%1", state.device_name or ""))
        else:
            self.summary.setText(self.tr("This laptop is not enrolled with the head office yet. Enrol it with "
                                         "the hub's address and the one-time code the head office gave you, or "
                                         "with an enrolment file; the programme's cycles, calls, settlements and "
                                         "people then arrive by themselves."))
        error = words.error_text(view.error)
        self.rows["state"][1].setText(words.online_text(view) + (f". {error}" if error else ""))
        delivered = self.tr("%n change(s) delivered so far", "", state.delivered)
        self.rows["pending"][1].setText(f"{words.pending_text(state.pending)}; {delivered}")
        self.rows["sent"][1].setText(self._moment(state.sent_at, state.sent_route))
        self.rows["received"][1].setText(self._moment(state.received_at, state.received_route))
        self.rows["review"][1].setText(
            self.tr("%n open conflict(s)", "", state.conflicts_open) + "; "
            + self.tr("%n change(s) refused by the hub", "", state.rejections))
        clock = words.clock_text(state)
        self.rows["clock"][1].setText(clock + (". " + self.tr("Set this computer's date and time.") if clock else ""))
        for key in ("clock",):
            for widget in self.rows[key]:
                widget.setVisible(bool(clock))
        self.enrol_button.setText(self.tr("Enrol this laptop…") if not state.enrolled
                                  else self.tr("Enrol again…"))

    def _moment(self, iso: str | None, route: str | None) -> str:
        if not iso:
            return self.tr("never")
        return self.tr("%1, by %2").replace("%1", words.moment_text(iso)).replace("%2", words.route_text(route))

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Sync with the head office"))
        titles = {"state": self.tr("Connection"), "pending": self.tr("Changes made here"),
                  "sent": self.tr("Last sent"), "received": self.tr("Last received"),
                  "review": self.tr("To review"), "clock": self.tr("Clock")}
        for key, (label, _value) in self.rows.items():
            label.setText(titles[key])
        self.sync_button.setText(self.tr("Sync now (F9)"))
        self.enrol_button.setText(self.tr("Enrol this laptop…"))
        self.folder_button.setText(self.tr("Sync through a folder…"))
        self.folder_button.setToolTip(self.tr("A folder shared with the head office by OneDrive, Google Drive, "
                                              "Yandex Disk, Nextcloud or a network share, instead of a hub"))
        self.device_label.setText(self.tr("This laptop's device id"))
        self.history_label.setText(self.tr("History of changes"))
        device = getattr(self, "device", None)
        if device is not None:
            self.device_id.setText(self.tr("%1 (its drafts are numbered %2-…)").replace("%1", device.device_id)
                                   .replace("%2", device.prefix))
        if self.view is not None:
            self.show_view(self.view)
