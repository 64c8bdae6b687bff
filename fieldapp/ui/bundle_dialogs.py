"""Sync by file (a USB stick, an e-mail): "Export changes for the head office" writes this laptop's bundle to a
chosen folder; "Import from the head office" checks a bundle first — who sent it, whether the signature is the
sender's, what it will apply by table — and imports only on request, then says what it did and where the
acknowledgement for the head office went. The head office's page uses the same import dialog for laptops'
bundles. The core does the work (``fieldapp/sync/bundle_client.py``, ``fieldapp/head_office.py``), off the GUI
thread (``Operations.serial_task``/``background``); nothing is written before every check passed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui import labels
from fieldapp.ui.dialog_size import grow_soon
from fieldapp.ui.problems import text_for

FOLDER_KEY = "bundles/folder"
ERROR_STYLE = "color: #b00020;"
GOOD_STYLE = "color: #1b5e20;"


def refusal_text(exc: BaseException) -> str:
    """A bundle's refusal (or any failure) in the interface language."""
    code = getattr(exc, "code", None)
    if code:
        return text_for(code, str(exc), getattr(exc, "params", None))
    return str(exc)


def _folder_row(parent: QWidget, edit: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


def _remembered_folder() -> str:
    return str(QSettings().value(FOLDER_KEY, str(Path.home())))


class ExportBundleDialog(QDialog):
    """This laptop's changes the head office has not acknowledged, written as a bundle into a chosen folder."""

    def __init__(self, ops: Any, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.db = ops, db
        self.written: Path | None = None
        self.folder = QLineEdit(_remembered_folder(), self)
        self.browse = QPushButton(self)
        self.file_name = QLineEdit(f"fieldapp-{dt.datetime.now():%Y-%m-%d-%H%M}.fab", self)
        self.folder_label, self.file_label = QLabel(self), QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.file_label.setBuddy(self.file_name)
        self.pending = QLabel(self)
        self.pending.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.folder_label, _folder_row(self, self.folder, self.browse))
        form.addRow(self.file_label, self.file_name)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pending)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.export_button.setDefault(True)
        self.count: int | None = None
        self.enrolled = True  # until the read says otherwise
        self.retranslate()
        self.resize(640, self.sizeHint().height())
        ops.read(_pending, success=self._counted)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export changes for the head office"))
        self.folder_label.setText(self.tr("&Folder"))
        self.folder.setToolTip(self.tr("A USB stick, or a folder whose file you send by e-mail"))
        self.file_label.setText(self.tr("File &name"))
        self.browse.setText(self.tr("&Choose…"))
        self.export_button.setText(self.tr("&Export"))
        self._show_count()

    def _counted(self, answer: tuple[int, bool]) -> None:
        self.count, self.enrolled = answer
        for widget in (self.folder, self.browse, self.file_name, self.export_button):
            widget.setEnabled(self.enrolled)  # nothing to fill in before the laptop can export
        if not self.enrolled:
            self.close_button.setFocus()
        self._show_count()

    def _show_count(self) -> None:
        if not self.enrolled:
            self.pending.setStyleSheet(ERROR_STYLE)
            self.pending.setText(self.tr("This laptop is not enrolled with the head office yet, so it cannot export "
                                         "its changes. Enrol it first: on the Sync page choose “Enrol this "
                                         "laptop…” and give the enrolment file or the one-time code from the head "
                                         "office."))
        elif self.count is None:
            self.pending.setText("")
        elif self.count:
            self.pending.setText(self.tr("%n change(s) not yet acknowledged by the head office go into the file, "
                                         "with the attachments not yet sent. Write it to a USB stick, or to a "
                                         "folder and send the file by e-mail.", "", self.count))
        else:
            self.pending.setText(self.tr("Every change made here has been acknowledged; the file still tells the "
                                         "head office what this laptop has received. Write it to a USB stick, or "
                                         "to a folder and send the file by e-mail."))
        grow_soon(self)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def target(self) -> Path:
        from fieldapp.sync.bundle import bundle_path

        return bundle_path(Path(self.folder.text().strip()) / (self.file_name.text().strip() or "fieldapp"))

    def export(self) -> None:
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self._show_problem(self.tr("Choose a folder that exists (insert the USB stick first)."))
            return
        target = self.target()
        QSettings().setValue(FOLDER_KEY, str(folder))
        self.export_button.setEnabled(False)
        self.result.setText(self.tr("Writing…"))
        db = self.db

        def work() -> Any:
            from fieldapp.sync.bundle_client import export_bundle

            return export_bundle(db, target)

        self.ops.serial_task(work, success=self._exported, failure=self._failed,
                             progress=self.tr("Writing the bundle…"))

    def _exported(self, made: Any) -> None:
        self.written = made.path
        self.export_button.setEnabled(True)
        self.result.setStyleSheet(GOOD_STYLE)
        self.result.setText(self.tr("Written: %1\n%2 change(s) and %3 file(s). Give the file to the head office; "
                                    "import their reply here when it comes back.")
                            .replace("%1", str(made.path)).replace("%2", str(made.ops))
                            .replace("%3", str(made.files)))
        grow_soon(self)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._show_problem(refusal_text(exc))

    def _show_problem(self, text: str) -> None:
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(text)
        grow_soon(self)


def _pending(session: Any) -> tuple[int, bool]:
    """What the file would carry, and whether this laptop may write one at all."""
    from fieldapp.sync.bundle_client import enrolled_for_bundles
    from fieldapp.sync.state import pending_count

    return pending_count(session), enrolled_for_bundles(session)


class ImportBundleDialog(QDialog):
    """A bundle checked whole (nothing written), shown — sender, signature, what it applies — then imported on
    request, with the result and where the acknowledgement was written."""

    def __init__(self, ops: Any, preview: Callable[[Path], Any], take_in: Callable[[Path], Any],
                 parent: QWidget | None = None, *, for_hub: bool = False,
                 imported: Callable[[Any], None] | None = None) -> None:
        super().__init__(parent)
        self.ops, self._preview, self._take_in, self.for_hub = ops, preview, take_in, for_hub
        self._imported = imported
        self.checked: Any = None
        self.done_result: Any = None
        self.path_edit = QLineEdit(self)
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path_edit)
        self.browse = QPushButton(self)
        self.check_button = QPushButton(self)
        self.sender_label, self.sender = QLabel(self), QLabel("—", self)
        self.made_label, self.made = QLabel(self), QLabel("—", self)
        self.signature_label, self.signature = QLabel(self), QLabel("—", self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.contents_label = QLabel(self)
        self.contents = QTableWidget(0, 2, self)
        self.contents.verticalHeader().hide()
        self.contents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.contents.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.contents.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.contents.setMaximumHeight(180)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = _folder_row(self, self.path_edit, self.browse)
        file_row.addWidget(self.check_button)
        form = QFormLayout()
        form.addRow(self.path_label, file_row)
        form.addRow(self.sender_label, self.sender)
        form.addRow(self.made_label, self.made)
        form.addRow(self.signature_label, self.signature)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.contents_label)
        layout.addWidget(self.contents)
        layout.addWidget(self.summary)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check)
        self.path_edit.installEventFilter(self)
        self.import_button.clicked.connect(self.take_in)
        self.close_button.clicked.connect(self.reject)
        self.import_button.setEnabled(False)
        self.retranslate()
        self.resize(620, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a laptop's bundle") if self.for_hub
                            else self.tr("Import from the head office"))
        self.path_label.setText(self.tr("&Bundle file"))
        self.browse.setText(self.tr("&Choose…"))
        self.check_button.setText(self.tr("Chec&k"))
        self.sender_label.setText(self.tr("Sender"))
        self.made_label.setText(self.tr("Made"))
        self.signature_label.setText(self.tr("Signature"))
        self.contents_label.setText(self.tr("What it will apply"))
        self.contents.setHorizontalHeaderLabels([self.tr("Records"), self.tr("Changes")])
        self.import_button.setText(self.tr("&Import"))
        if self.checked is not None:
            self.show_preview(self.checked)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        """Enter in the file field checks the bundle; it never imports at the same stroke (the default button)."""
        from PySide6.QtCore import QEvent

        if (watched is self.path_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.check()
            return True
        return super().eventFilter(watched, event)

    def choose_file(self) -> None:
        start = self.path_edit.text() or _remembered_folder()
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Bundle to import"), start,
                                                      self.tr("FieldApp bundles (*.fab)"))
        if chosen:
            self.path_edit.setText(chosen)
            self.check()

    def check(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        self.import_button.setEnabled(False)
        self.result.setText("")
        preview = self._preview
        self.ops.background(lambda: preview(path), success=self.show_preview, failure=self._failed,
                            progress=self.tr("Checking the bundle…"))

    def show_preview(self, preview: Any) -> None:
        self.checked = preview
        if preview.sender is None:
            sender = "—"
        elif preview.sender == "hub":
            sender = self.tr("The head office")
        else:
            sender = preview.sender_name or self.tr("Device %1").replace("%1", preview.sender[:8])
        self.sender.setText(sender)
        self.made.setText(dt.datetime.fromtimestamp(preview.created_ms / 1000).strftime("%d.%m.%Y %H:%M")
                          if preview.created_ms else "—")
        words = {"valid": self.tr("valid: made by the sender and not altered"),
                 "invalid": self.tr("NOT VALID: altered after it was made, or not made by the sender"),
                 "unchecked": self.tr("not checked (see below)")}
        self.signature.setText(("✓ " if preview.signature == "valid" else "✗ " if preview.signature == "invalid"
                                else "") + words[preview.signature])
        self.signature.setStyleSheet(GOOD_STYLE if preview.signature == "valid" else ERROR_STYLE)
        if preview.refusal is not None:
            self.problem.setText(refusal_text(preview.refusal) + "\n" + self.tr("Nothing was imported."))
        else:
            self.problem.setText("")
        self.problem.setVisible(preview.refusal is not None)
        self.contents.setRowCount(0)
        for table, count in sorted(preview.tables.items(), key=lambda item: -item[1]):
            row = self.contents.rowCount()
            self.contents.insertRow(row)
            self.contents.setItem(row, 0, QTableWidgetItem(labels.value_label(table)))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.contents.setItem(row, 1, number)
        parts = []
        if preview.refusal is None:
            parts.append(self.tr("%n new change(s) to apply", "", preview.new))
            parts.append(self.tr("%n already here", "", preview.already))
            if preview.answers:
                parts.append(self.tr("acknowledges %n of this laptop's changes", "", preview.answers))
            if preview.files:
                parts.append(self.tr("%n file(s)", "", preview.files))
        self.summary.setText("; ".join(parts))
        self.import_button.setEnabled(preview.importable)
        if preview.importable:
            self.import_button.setFocus()

    def take_in(self) -> None:
        if self.checked is None or not self.checked.importable:
            return
        path = self.checked.path
        self.import_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Importing…"))
        take_in = self._take_in
        self.ops.serial_task(lambda: take_in(path), success=self._done, failure=self._failed,
                             progress=self.tr("Importing the bundle…"))

    def _done(self, outcome: Any) -> None:
        self.done_result = outcome
        self.result.setStyleSheet(GOOD_STYLE)
        if self.for_hub:
            results = outcome.results
            text = self.tr("Imported from %1: %2 accepted, %3 already had, %4 conflict(s), %5 refused.")
            text = (text.replace("%1", outcome.device).replace("%2", str(results.get("accepted", 0)))
                    .replace("%3", str(sum(results.values()) - outcome.new)).replace("%4", str(results.get(
                        "conflict", 0))).replace("%5", str(results.get("rejected", 0))))
            ack = outcome.reply
        else:
            report = outcome.report
            text = self.tr("Imported: %1 applied, %2 already had, %3 conflict(s), %4 of my changes refused; "
                           "%5 of my changes acknowledged.")
            text = (text.replace("%1", str(report.received)).replace("%2", str(outcome.already))
                    .replace("%3", str(report.conflicts)).replace("%4", str(report.rejected))
                    .replace("%5", str(outcome.acknowledged)))
            ack = outcome.ack
        if ack is not None:
            text += "\n" + self.tr("Acknowledgement written: %1 — take it back with the next bundle.").replace(
                "%1", str(ack))
        self.result.setText(text)
        if self._imported is not None:
            self._imported(outcome)

    def _failed(self, exc: BaseException) -> None:
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(refusal_text(exc) + "\n" + self.tr("Nothing was imported."))


def laptop_import_dialog(ops: Any, db: Any, parent: QWidget | None = None) -> ImportBundleDialog:
    """The laptop's import of the head office's bundle; afterwards every view that shows synced data asks again."""

    def preview(path: Path) -> Any:
        from fieldapp.sync.bundle_client import preview_hub_bundle

        return preview_hub_bundle(db, path)

    def take_in(path: Path) -> Any:
        from fieldapp.sync.bundle_client import import_bundle

        return import_bundle(db, path)

    def imported(outcome: Any) -> None:
        ops.data_changed.emit(frozenset(outcome.tables | {"operation", "sync_rejection", "local_setting"}))

    return ImportBundleDialog(ops, preview, take_in, parent, imported=imported)


class SyncFileButtons(QWidget):
    """The Sync page's row: export for the head office, import from it, the conflicts and rejections inbox."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops: Any = None
        self.db: Any = None
        self.dialog: QDialog | None = None
        self.export_button, self.import_button, self.inbox_button = (QPushButton(self) for _ in range(3))
        grid = QGridLayout(self)  # two a row: the page stays narrow enough for 1366×768 in every language
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.export_button, 0, 0)
        grid.addWidget(self.import_button, 0, 1)
        grid.addWidget(self.inbox_button, 1, 0)
        grid.setColumnStretch(2, 1)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_)
        self.inbox_button.clicked.connect(self.inbox)
        self.count: int | None = None
        self.retranslate()

    def attach(self, ops: Any, db: Any) -> None:
        from fieldapp.ui.inbox_action import _count
        from fieldapp.ui.live_query import LiveQuery

        self.ops, self.db = ops, db
        self.query = LiveQuery(ops, self, lambda: _count, self._counted)
        self.query.refresh()

    def _counted(self, count: int) -> None:
        self.count = count
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("E&xport changes for the head office…"))
        self.import_button.setText(self.tr("I&mport from the head office…"))
        self.inbox_button.setText(self.tr("Conflicts and re&jections (%1)…").replace("%1", str(self.count))
                                  if self.count else self.tr("Conflicts and re&jections…"))

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def export(self) -> ExportBundleDialog | None:
        if self.ops is None:
            return None
        dialog = ExportBundleDialog(self.ops, self.db, self.window())
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_(self) -> ImportBundleDialog | None:
        if self.ops is None:
            return None
        dialog = laptop_import_dialog(self.ops, self.db, self.window())
        self.dialog = dialog
        dialog.open()
        return dialog

    def inbox(self) -> QDialog | None:
        if self.ops is None:
            return None
        from fieldapp.ui.sync_inbox import open_inbox

        self.dialog = open_inbox(self.ops, self.window())
        return self.dialog
