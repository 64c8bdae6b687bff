"""Scheduled exports: the folder, the format, how many to keep, a daily time and/or after each sync
(``fieldapp.exports.scheduled``). "Export now" writes one at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui.form import FormDialog
from fieldapp.ui.operations import Operations


class FormCheckBox(QCheckBox):
    """A check box a form can bind (fieldapp.ui.form reads ``form_value``)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(lambda _on: self.changed.emit())

    def form_value(self) -> bool:
        return self.isChecked()

    def set_form_value(self, value: Any) -> None:
        self.setChecked(bool(value))


def _schedule(session: Any) -> Any:
    from fieldapp.exports import scheduled

    return scheduled.schedule(session)


def _export_now(db: Any):
    def job() -> Any:
        from fieldapp.exports import scheduled

        return scheduled.run_export(db)

    return job


class ScheduledExportDialog(FormDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, "export_schedule", parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose_folder)
        self.format = QComboBox(self)
        self.format.addItem("Excel (XLSX)", "xlsx")
        self.format.addItem("CSV", "csv")
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 1000)
        self.at = QLineEdit(self)
        self.at.setPlaceholderText("18:30")
        self.after_sync = FormCheckBox(self)
        self.last_run = QLabel(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(self) for _ in range(6)]
        form.addRow(self.labels[0], self.folder)
        form.addRow(QLabel(self), self.browse)
        form.addRow(self.labels[1], self.format)
        form.addRow(self.labels[2], self.keep)
        form.addRow(self.labels[3], self.at)
        form.addRow(self.labels[4], self.after_sync)
        form.addRow(self.labels[5], self.last_run)
        for label, widget in zip(self.labels[:5], (self.folder, self.format, self.keep, self.at, self.after_sync),
                                 strict=True):
            label.setBuddy(widget)
        self.bind(form, "folder", self.folder)
        self.bind(form, "format", self.format, required=True)
        self.bind(form, "keep", self.keep, required=True)
        self.bind(form, "at", self.at, limit=5)
        self.bind(form, "after_sync", self.after_sync)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.export_now = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_now.clicked.connect(self.run_now)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.written: Any = None
        self.loaded = False
        self.retranslate_form()
        self.setEnabled(False)
        ops.read(_schedule, success=self._loaded)

    def _loaded(self, plan: Any) -> None:
        self.set_values({"folder": plan.folder, "format": plan.format, "keep": plan.keep, "at": plan.at,
                         "after_sync": plan.after_sync}, initial=True)
        self.last_run.setText(plan.last_run.strftime("%d.%m.%Y %H:%M") if plan.last_run else "—")
        self.setEnabled(True)
        self.loaded = True
        self.folder.setFocus()

    def retranslate_form(self) -> None:
        self.setWindowTitle(self.tr("Scheduled exports"))
        self.note.setText(self.tr("The figures and records (without personal data) are written to a folder — a "
                                  "synced cloud folder or a network share — after each sync and/or every day at a "
                                  "set time. Older exports beyond the number kept are removed."))
        for label, text in zip(self.labels, (self.tr("&Folder:"), self.tr("F&ormat:"), self.tr("&Keep the last:"),
                                             self.tr("&Daily at (HH:MM):"), self.tr("After each &sync:"),
                                             self.tr("Last export:")), strict=True):
            label.setText(text)
        self.browse.setText(self.tr("&Browse…"))
        self.after_sync.setText(self.tr("export after each successful sync"))
        self.export_now.setText(self.tr("&Export now"))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for exports"), self.folder.text())
        if path:
            self.folder.setText(path)

    def save_work(self, session: Any, values: dict[str, Any]) -> Any:
        from fieldapp.exports import scheduled

        return scheduled.save_schedule(session, values["folder"] or "", values["format"], values["keep"],
                                       values["at"] or "", bool(values["after_sync"]))

    def run_now(self) -> None:
        """Save the schedule, then write one export at once (off the GUI thread)."""
        clean = self.validate()
        if clean is None:
            return

        def saved(_plan: Any) -> None:
            self.ops.background(_export_now(self.ops.db), success=self._exported,
                                progress=self.tr("Writing the export…"))

        self.ops.write(lambda s: self.save_work(s, clean), success=saved, failure=self._save_failed)

    def _exported(self, path: Any) -> None:
        self.written = path
        self._initial = self.values()
        if path is not None:
            self.last_run.setText(self.tr("just now: %1").replace("%1", str(path)))
