"""Head office: the desktop as the hub of a foundation without a server (or the manager's view of the hub's data
folder): devices with their last contact, enrol with a one-time code (shown, saved) or an enrolment file, revoke,
conflicts across the programme, laptops' bundles imported and answered, a synced folder served. The work is the
core's (``fieldapp/head_office.py``), off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_local_datetime
from fieldapp.ui.bundle_dialogs import ERROR_STYLE, GOOD_STYLE, ImportBundleDialog, refusal_text
from fieldapp.ui.pages import Page, register
from fieldapp.ui.problems import problem

HUB_KEY = "head_office/hub_folder"
SHARED_KEY = "head_office/shared_folder"
#: a served folder is looked at this often while the page's serving is on
SERVE_EVERY_MS = 60_000


def _failure_text(exc: BaseException) -> str:
    return problem(exc) if hasattr(exc, "field") else refusal_text(exc)


class EnrolDialog(QDialog):
    """A new device: its name, its scope (settlements, cycles; none: everything), head office or not; then the
    one-time code, shown once, which can be saved to a file — or an enrolment file for a laptop off the network."""

    def __init__(self, ops: Any, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.store = ops, store
        self.code: str | None = None
        self.name = QLineEdit(self)
        self.settlements = QListWidget(self)
        self.cycles = QListWidget(self)
        for widget in (self.settlements, self.cycles):
            widget.setMaximumHeight(130)
        self.head_office = QCheckBox(self)
        self.name_label, self.settlements_label, self.cycles_label = QLabel(self), QLabel(self), QLabel(self)
        self.name_label.setBuddy(self.name)
        self.settlements_label.setBuddy(self.settlements)
        self.cycles_label.setBuddy(self.cycles)
        self.scope_note = QLabel(self)
        self.scope_note.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_note = QLabel(self)
        self.code_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.settlements_label, self.settlements)
        form.addRow(self.cycles_label, self.cycles)
        form.addRow("", self.head_office)
        self.buttons = QDialogButtonBox(self)
        self.code_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.preview: Any = None
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scope_note)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.code_button.clicked.connect(self.issue)
        self.file_button.clicked.connect(self.write_file)
        self.save_button.clicked.connect(lambda: self.save_code())
        self.print_button.clicked.connect(self.print_code)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(520, 560)
        ops.background(lambda: _choices(store), success=self._fill)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol a device"))
        self.name_label.setText(self.tr("Device &name"))
        self.name.setPlaceholderText(self.tr("e.g. Kuryk laptop"))
        self.settlements_label.setText(self.tr("&Settlements"))
        self.cycles_label.setText(self.tr("Programme c&ycles"))
        self.head_office.setText(self.tr("A &head-office device (its changes count as the head office's)"))
        self.scope_note.setText(self.tr("Tick nothing for every settlement and every cycle."))
        self.code_button.setText(self.tr("&Issue a one-time code"))
        self.file_button.setText(self.tr("Enrolment &file…"))
        self.save_button.setText(self.tr("Sa&ve the code…"))
        self.print_button.setText(self.tr("&Print the code…"))

    def _fill(self, choices: Any) -> None:
        settlements, cycles = choices
        for widget, items in ((self.settlements, settlements), (self.cycles, cycles)):
            for choice in items:
                item = QListWidgetItem(choice.name, widget)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, choice.id)

    def _ticked(self, widget: QListWidget) -> list[str]:
        return [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())
                if widget.item(row).checkState() == Qt.CheckState.Checked]

    def _request(self) -> tuple[str, list[str], list[str], bool]:
        return self.name.text(), self._ticked(self.settlements), self._ticked(self.cycles), self.head_office.isChecked()

    def issue(self) -> None:
        from fieldapp import head_office

        name, settlements, cycles, ho = self._request()
        store = self.store
        self.problem_label.setText("")
        self.ops.background(lambda: head_office.enrol(store, name, settlements, cycles, ho), success=self._issued,
                            failure=self._refused)

    def _issued(self, code: str) -> None:
        self.code = code
        self.code_label.setText(code)
        self.code_note.setText(self.tr("Type this code on the laptop (Sync ▸ Enrol) within a few days. It works "
                                       "once; it is shown only now — save it to a file if you need it later."))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.code_button.setEnabled(False)
        self.file_button.setEnabled(False)

    def write_file(self) -> None:
        from fieldapp import head_office

        name, settlements, cycles, ho = self._request()
        if not name.strip():
            self.problem_label.setText(self.tr("Give the device a name first."))
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Enrolment file"),
                                               str(Path.home() / f"{name.strip()}.enrolment"),
                                               self.tr("Enrolment files (*.enrolment)"))
        if not path:
            return
        store = self.store
        self.ops.background(lambda: head_office.enrol_file(store, name, settlements, cycles, Path(path), None, ho),
                            success=lambda _id: self._file_written(path), failure=self._refused)

    def _file_written(self, path: str) -> None:
        self.code_note.setText(self.tr("Enrolment file written: %1. It holds the laptop's credentials: carry it "
                                       "like a password and delete it once used.").replace("%1", path))
        self.code_button.setEnabled(False)
        self.file_button.setEnabled(False)

    def save_code(self, path: str | None = None) -> None:
        if self.code is None:
            return
        if not path:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the code"),
                                                   str(Path.home() / f"{self.name.text().strip()}-code.txt"),
                                                   self.tr("Text files (*.txt)"))
        if not path:
            return
        from fieldapp.sync.bundle import write_atomically

        text = self.tr("FieldApp enrolment code for %1: %2\n").replace("%1", self.name.text().strip()).replace(
            "%2", self.code)
        write_atomically(Path(path), lambda fh: fh.write(text.encode()))
        self.code_note.setText(self.tr("The code was saved to %1.").replace("%1", str(path)))

    def print_code(self) -> None:
        """The code on a sheet (the documents' language), shown in the print preview: Print, Save as PDF."""
        if self.code is None:
            return
        from fieldapp.ui import printing

        code, name = self.code, self.name.text().strip()
        scope = [self.settlements.item(r).text() for r in range(self.settlements.count())
                 if self.settlements.item(r).checkState() == Qt.CheckState.Checked]
        scope += [self.cycles.item(r).text() for r in range(self.cycles.count())
                  if self.cycles.item(r).checkState() == Qt.CheckState.Checked]
        path = printing.temporary_pdf(f"{name}-code")

        def render(found: tuple[str, Any]) -> None:
            from fieldapp.documents import enrolment_slip

            lang, issuer = found
            self.ops.background(lambda: enrolment_slip.render(path, name, scope, code, lang, issuer),
                                success=lambda written: self._printed(printing.show_preview(self, written,
                                                                                            path.name)),
                                failure=self._refused)

        self.ops.read(_document_language, success=render, failure=self._refused)

    def _printed(self, preview: Any) -> None:
        self.preview = preview

    def _refused(self, exc: BaseException) -> None:
        self.problem_label.setText(_failure_text(exc))


def _document_language(session: Any) -> tuple[str, Any]:
    """The documents' language and the organisation's letterhead, for the printed code."""
    from fieldapp.documents import letterhead
    from fieldapp.services import settings

    lang = settings.document_language(session)
    return lang, letterhead.issuer(session, lang)


def _is_head_office(session: Any) -> bool:
    from fieldapp.services import roles

    return roles.is_head_office(session)


def _choices(store: Any) -> Any:
    from fieldapp import head_office

    return head_office.scope_choices(store)


def _load(store: Any) -> Any:
    from fieldapp import head_office

    return head_office.devices(store), head_office.conflicts(store)


@register
class HeadOfficePage(Page):
    order = 95
    key = "head_office"
    icon_name = "mdi6.office-building"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Any = None
        self.head_office_user = False
        self.devices: list[Any] = []
        self.dialog: QDialog | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.choose = QPushButton(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.folder_label)
        top.addWidget(self.folder, 1)
        top.addWidget(self.choose)
        self.tabs = QTabWidget(self)
        devices_tab = QWidget(self)
        # made in the order they are seen: keyboard order = visual order (buttons, then the list)
        self.enrol_button, self.revoke_button, self.import_button, self.export_button = (
            QPushButton(devices_tab) for _ in range(4))
        self.devices_table = QTableWidget(0, 8, devices_tab)
        self.devices_table.verticalHeader().hide()
        self.devices_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.devices_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.devices_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.devices_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.devices_table.horizontalHeader().setStretchLastSection(True)
        buttons = QGridLayout()  # two a row: the page stays narrow enough for 1366×768 in every language
        for number, button in enumerate((self.enrol_button, self.revoke_button, self.import_button,
                                         self.export_button)):
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setColumnStretch(2, 1)
        devices_layout = QVBoxLayout(devices_tab)
        devices_layout.addLayout(buttons)
        devices_layout.addWidget(self.devices_table, 1)
        self.conflicts_table = QTableWidget(0, 5, self)
        self.conflicts_table.verticalHeader().hide()
        self.conflicts_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.conflicts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts_table.horizontalHeader().setStretchLastSection(True)
        folder_tab = QWidget(self)
        self.shared_label = QLabel(folder_tab)
        self.shared = QLineEdit(folder_tab)
        self.shared_label.setBuddy(self.shared)
        self.shared_choose = QPushButton(folder_tab)
        self.serve = QCheckBox(folder_tab)
        self.serve_now = QPushButton(folder_tab)
        self.serve_note = QLabel(folder_tab)
        self.serve_note.setWordWrap(True)
        self.serve_log = QLabel(folder_tab)
        self.serve_log.setWordWrap(True)
        self.serve_log.setAlignment(Qt.AlignmentFlag.AlignTop)
        shared_row = QHBoxLayout()
        shared_row.addWidget(self.shared_label)
        shared_row.addWidget(self.shared, 1)
        shared_row.addWidget(self.shared_choose)
        serve_row = QVBoxLayout()
        serve_row.addWidget(self.serve)
        serve_row.addWidget(self.serve_now, 0, Qt.AlignmentFlag.AlignLeft)
        folder_layout = QVBoxLayout(folder_tab)
        folder_layout.addWidget(self.serve_note)
        folder_layout.addLayout(shared_row)
        folder_layout.addLayout(serve_row)
        folder_layout.addWidget(self.serve_log, 1)
        self.tabs.addTab(devices_tab, "")
        self.tabs.addTab(self.conflicts_table, "")
        self.tabs.addTab(folder_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(SERVE_EVERY_MS)
        self.timer.timeout.connect(self.serve_folder)
        self.choose.clicked.connect(self.choose_folder)
        self.enrol_button.clicked.connect(self.enrol)
        self.revoke_button.clicked.connect(self.revoke)
        self.import_button.clicked.connect(self.import_bundle)
        self.export_button.clicked.connect(self.export_for_device)
        self.shared_choose.clicked.connect(self.choose_shared)
        self.serve.toggled.connect(self._serving)
        self.serve_now.clicked.connect(self.serve_folder)
        self.devices_table.itemSelectionChanged.connect(self._enable)
        self.shared.setText(str(QSettings().value(SHARED_KEY, "")))
        revoke = QAction(self.devices_table)
        revoke.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        revoke.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        revoke.triggered.connect(lambda: self.revoke())
        self.devices_table.addAction(revoke)
        self.retranslate()
        self._enable()

    def title(self) -> str:
        return self.tr("Head office")

    def can_find(self) -> bool:
        return False

    def can_copy(self) -> bool:
        return False

    def can_export(self) -> bool:
        return False

    def in_sidebar(self) -> bool:
        """Offered to the head office's profiles, and on a computer that keeps a hub's data folder."""
        return self.head_office_user or self.store is not None

    def attach(self, ops: Any, db: Any) -> None:
        super().attach(ops, db)
        remembered = str(QSettings().value(HUB_KEY, ""))
        if remembered and Path(remembered).is_dir():
            self.open_folder(Path(remembered))
        self.profile_changed()

    def profile_changed(self) -> None:
        if self.ops is not None:
            self.ops.read(_is_head_office, success=self._role_known)

    def _role_known(self, head_office: bool) -> None:
        self.head_office_user = head_office
        self.actions_changed.emit()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "For the head office: this computer keeps the hub's data folder (the same folder as "
            "“fieldapp server --data”), enrols and revokes laptops, takes in their bundles from USB sticks or "
            "e-mail and can serve a synced folder — no server needed."))
        self.folder_label.setText(self.tr("Hub data folder"))
        self.choose.setText(self.tr("&Open or create…"))
        self.tabs.setTabText(0, self.tr("Devices"))
        self.tabs.setTabText(1, self.tr("Conflicts across the programme"))
        self.tabs.setTabText(2, self.tr("Synced folder"))
        self.enrol_button.setText(self.tr("&Enrol a device…"))
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.import_button.setText(self.tr("&Import a laptop's bundle…"))
        self.export_button.setText(self.tr("E&xport for the device…"))
        self.devices_table.setHorizontalHeaderLabels([
            self.tr("Device"), self.tr("State"), self.tr("Scope"), self.tr("Last contact"),
            self.tr("Changes received"), self.tr("Waiting for it"), self.tr("Not yet sent from it"),
            self.tr("Open conflicts")])
        self.devices_table.horizontalHeaderItem(6).setToolTip(self.tr(
            "Its own changes that had not reached the head office, as the laptop said at its last sync over the "
            "network"))
        self.conflicts_table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Fields"), self.tr("Kept (who)"), self.tr("Set aside (who)"),
            self.tr("Found")])
        self.shared_label.setText(self.tr("&Folder shared with the laptops"))
        self.shared_choose.setText(self.tr("C&hoose…"))
        self.serve.setText(self.tr("&Serve it (every minute while FieldApp is open)"))
        self.serve_now.setText(self.tr("Sync the folder &now"))
        self.serve_note.setText(self.tr(
            "A folder of OneDrive, Google Drive, Yandex Disk, Nextcloud or a network share that the laptops "
            "also sync with: their bundles are taken in and each gets its reply."))
        if self.store is None:
            self.state.setText(self.tr("Choose the hub's data folder to start."))
        self._show_devices(self.devices)

    # -- the hub's folder ----------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Hub data folder"), self.folder.text())
        if chosen:
            self.open_folder(Path(chosen))

    def open_folder(self, folder: Path) -> None:
        """Open (or make) the hub's data folder off the GUI thread: its database may need creating."""
        from fieldapp import head_office

        if self.ops is None:
            return
        if self.store is not None:
            self.store.close()
            self.store = None
        self.ops.background(lambda: head_office.open_office(folder), success=lambda store: self._opened(folder, store),
                            failure=self._failed)

    def _opened(self, folder: Path, store: Any) -> None:
        self.store = store
        QSettings().setValue(HUB_KEY, str(folder))
        self.folder.setText(str(folder))
        self.state.setText("")
        self.actions_changed.emit()
        self._enable()
        self.reload()

    def reload(self) -> None:
        if self.store is None or self.ops is None:
            return
        store = self.store
        self.ops.background(lambda: _load(store), success=self._loaded, failure=self._failed)

    def _loaded(self, loaded: Any) -> None:
        devices, conflicts = loaded
        self._show_devices(devices)
        self._show_conflicts(conflicts)
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        self.state.setStyleSheet(ERROR_STYLE)
        self.state.setText(_failure_text(exc))

    def _show_devices(self, devices: list[Any]) -> None:
        selected = self.selected()
        self.devices = devices
        table = self.devices_table
        table.setRowCount(0)
        states = {"enrolled": self.tr("enrolled"), "revoked": self.tr("revoked"),
                  "waiting": self.tr("code not used yet")}
        for device in devices:
            row = table.rowCount()
            table.insertRow(row)
            scope = ", ".join([*device.settlements, *device.cycles]) or self.tr("everything")
            if device.head_office:
                scope += " · " + self.tr("head office")
            cells = [device.name, states[device.state], scope,
                     format_local_datetime(device.last_contact) or "—",
                     str(device.received), "—" if device.waiting is None else str(device.waiting),
                     "—" if device.pending is None else str(device.pending), str(device.open_conflicts)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 6 and device.reported_at is not None:
                    item.setToolTip(self.tr("As the laptop said on %1").replace(
                        "%1", format_local_datetime(device.reported_at)))
                table.setItem(row, column, item)
            if selected is not None and device.name == selected.name and device.state == selected.state:
                table.selectRow(row)

    def _show_conflicts(self, conflicts: list[dict[str, Any]]) -> None:
        from fieldapp.ui import labels

        table = self.conflicts_table
        table.setRowCount(0)
        for conflict in conflicts:
            row = table.rowCount()
            table.insertRow(row)
            record = conflict["record"]
            fields = ", ".join(labels.field_label(record["table"], f) for f in conflict["fields"])
            cells = [f"{labels.value_label(record['table'])}: {record['name'] or record['id'][:8]}", fields,
                     conflict["kept"]["by"] or "—", conflict["lost"]["by"] or "—",
                     (conflict["detected_at"] or "")[:16].replace("T", " ")]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> Any:
        rows = self.devices_table.selectionModel().selectedRows() if self.devices_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.devices):
            return None
        return self.devices[rows[0].row()]

    def _enable(self) -> None:
        ready = self.store is not None
        device = self.selected()
        for widget in (self.enrol_button, self.import_button, self.serve, self.serve_now, self.shared_choose):
            widget.setEnabled(ready)
        self.revoke_button.setEnabled(ready and device is not None and device.state != "revoked")
        self.export_button.setEnabled(ready and device is not None and device.state == "enrolled")

    # -- devices -------------------------------------------------------------------------------------------
    def enrol(self) -> EnrolDialog | None:
        if self.store is None or self.ops is None:
            return None
        dialog = EnrolDialog(self.ops, self.store, self.window())
        dialog.finished.connect(lambda _r: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def revoke(self, confirmed: bool = False) -> None:
        device = self.selected()
        if device is None or self.store is None or self.ops is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Revoke"), self.tr("Revoke %1? Its token stops working at once; what it has not "
                                                 "sent is lost with it.").replace("%1", device.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        from fieldapp import head_office

        store, name = self.store, device.name
        self.ops.background(lambda: head_office.revoke(store, name), success=lambda _n: self._revoked(name),
                            failure=self._failed)

    def _revoked(self, name: str) -> None:
        self.state.setStyleSheet(GOOD_STYLE)
        self.state.setText(self.tr("%1 is revoked.").replace("%1", name))
        self.reload()

    def import_bundle(self) -> ImportBundleDialog | None:
        if self.store is None or self.ops is None:
            return None
        from fieldapp import head_office

        store = self.store
        dialog = ImportBundleDialog(self.ops, lambda path: head_office.preview_laptop_bundle(store, path),
                                    lambda path: head_office.import_laptop_bundle(store, path), self.window(),
                                    for_hub=True, imported=lambda _r: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_for_device(self, path: str | None = None) -> None:
        device = self.selected()
        if device is None or self.store is None or self.ops is None:
            return
        if not path:
            from fieldapp.sync.bundle import bundle_path

            path, _f = QFileDialog.getSaveFileName(self, self.tr("Bundle for %1").replace("%1", device.name),
                                                   str(bundle_path(Path.home() / device.name)),
                                                   self.tr("FieldApp bundles (*.fab)"))
        if not path:
            return
        from fieldapp import head_office

        store, name = self.store, device.name
        self.ops.background(lambda: head_office.export_for(store, name, Path(path)), success=self._exported,
                            failure=self._failed)

    def _exported(self, path: Path) -> None:
        self.state.setStyleSheet(GOOD_STYLE)
        self.state.setText(self.tr("Written: %1").replace("%1", str(path)))

    # -- a synced folder -----------------------------------------------------------------------------------
    def choose_shared(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder shared with the laptops"),
                                                  self.shared.text())
        if chosen:
            self.shared.setText(chosen)
            QSettings().setValue(SHARED_KEY, chosen)

    def _serving(self, on: bool) -> None:
        if on:
            self.timer.start()
            self.serve_folder()
        else:
            self.timer.stop()

    def serve_folder(self) -> None:
        folder = self.shared.text().strip()
        if self.store is None or self.ops is None or not folder:
            return
        from fieldapp import head_office

        store = self.store
        QSettings().setValue(SHARED_KEY, folder)
        self.ops.background(lambda: head_office.serve_folder(store, Path(folder)), success=self._served,
                            failure=lambda exc: self.serve_log.setText(_failure_text(exc)))

    def _served(self, report: Any) -> None:
        self.serve_log.setText(self.tr("Taken in: %1, left for the next run: %2, replies written: %3.")
                               .replace("%1", str(report.taken)).replace("%2", str(report.left))
                               .replace("%3", str(report.written)))
        self.reload()
