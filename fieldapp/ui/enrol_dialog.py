"""Enrol this laptop with the head office: the hub's address and a one-time code, or an enrolment file from a
USB stick. Both are checked (``fieldapp.sync.enrol``) off the GUI thread and every refusal is said in words
under its field; a self-signed head-office certificate is shown by its fingerprint and trusted only when the
person ticks it. Then the first sync brings the programme's data, with progress, and the laptop is ready."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui import sync_status as words
from fieldapp.ui.dialog_size import grow_soon
from fieldapp.ui.problems import problem


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("problem")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class EnrolDialog(QDialog):
    def __init__(self, ops: Any, db: Any, engine: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.db, self.engine = ops, db, engine
        self.pem: str | None = None  # the certificate shown for trust
        self.answer: dict[str, Any] | None = None
        self.first_round: int | None = None
        self.setMinimumWidth(560)
        self.stack = QStackedWidget(self)

        # -- the form ---------------------------------------------------------------------------------
        form_page = QWidget(self.stack)
        self.intro = QLabel(form_page)
        self.intro.setWordWrap(True)
        self.by_code = QRadioButton(form_page)
        self.by_code.setChecked(True)
        self.address = QLineEdit(form_page)
        self.address.setPlaceholderText("http://192.168.1.10:8765")
        self.address_problem = _problem_label(form_page)
        self.code = QLineEdit(form_page)
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.code_problem = _problem_label(form_page)
        self.address_label, self.code_label, self.file_label = QLabel(form_page), QLabel(form_page), QLabel(form_page)
        code_form = QFormLayout()
        code_form.addRow(self.address_label, self.address)
        code_form.addRow("", self.address_problem)
        code_form.addRow(self.code_label, self.code)
        code_form.addRow("", self.code_problem)
        self.certificate_box = QWidget(form_page)
        self.trust = QCheckBox(self.certificate_box)
        certificate_layout = QVBoxLayout(self.certificate_box)
        certificate_layout.setContentsMargins(0, 0, 0, 0)
        certificate_layout.addWidget(self.trust)
        self.certificate_box.hide()
        self.by_file = QRadioButton(form_page)
        self.file = QLineEdit(form_page)
        self.file.setPlaceholderText("E:\\kuryk-laptop.fieldapp-enrolment")
        self.browse = QPushButton(form_page)
        self.browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.file_problem = _problem_label(form_page)
        file_form = QFormLayout()
        file_form.addRow(self.file_label, file_row)
        file_form.addRow("", self.file_problem)
        self.general_problem = _problem_label(form_page)
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.intro)
        form_layout.addWidget(self.by_code)
        form_layout.addLayout(code_form)
        form_layout.addWidget(self.certificate_box)
        form_layout.addWidget(self.by_file)
        form_layout.addLayout(file_form)
        form_layout.addWidget(self.general_problem)
        form_layout.addStretch(1)
        for radio in (self.by_code, self.by_file):
            radio.toggled.connect(self._way_chosen)
        self.file.textEdited.connect(lambda _text: self.by_file.setChecked(True))

        # -- receiving --------------------------------------------------------------------------------
        progress_page = QWidget(self.stack)
        self.enrolled_label = QLabel(progress_page)
        self.enrolled_label.setWordWrap(True)
        self.phase = QLabel(progress_page)
        self.phase.setWordWrap(True)  # "the enrolment file names no hub's address…" is two lines or three
        self.progress = QProgressBar(progress_page)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.result = QLabel(progress_page)
        self.result.setWordWrap(True)
        progress_layout = QVBoxLayout(progress_page)
        progress_layout.addWidget(self.enrolled_label)
        progress_layout.addWidget(self.phase)
        progress_layout.addWidget(self.progress)
        progress_layout.addWidget(self.result)
        progress_layout.addStretch(1)

        self.stack.addWidget(form_page)
        self.stack.addWidget(progress_page)
        self.buttons = QDialogButtonBox(self)
        self.enrol_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.enrol_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button.clicked.connect(self.enrol)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.by_code, self.address)
        self.setTabOrder(self.address, self.code)
        self.setTabOrder(self.code, self.trust)
        self.setTabOrder(self.trust, self.by_file)
        self.setTabOrder(self.by_file, self.file)
        self.setTabOrder(self.file, self.browse)
        if engine is not None:
            engine.changed.connect(self._engine_changed)
        self.retranslate()
        self._way_chosen()
        self.address.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol this laptop with the head office"))
        self.intro.setText(self.tr("The head office gives each laptop a one-time code and the hub's address, or "
                                   "an enrolment file on a USB stick. The laptop's records stay on it; the "
                                   "programme's data arrive after enrolment."))
        self.by_code.setText(self.tr("With the hub's address and a one-time code"))
        self.address_label.setText(self.tr("Hub's address"))
        self.code_label.setText(self.tr("One-time code"))
        self.trust.setText(self.tr("I compared the fingerprint with the head office's: trust this certificate"))
        self.by_file.setText(self.tr("With an enrolment file (from a USB stick)"))
        self.file_label.setText(self.tr("Enrolment file"))
        self.browse.setText(self.tr("Choose…"))
        self.enrol_button.setText(self.tr("Enrol"))

    def _way_chosen(self, *_args: Any) -> None:
        by_code = self.by_code.isChecked()
        for widget in (self.address, self.code, self.trust):
            widget.setEnabled(by_code)
        for widget in (self.file, self.browse):
            widget.setEnabled(not by_code)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("The enrolment file from the head office"),
                                                    str(Path.home()))
        if path:
            self.file.setText(path)
            self.by_file.setChecked(True)

    # -- enrolling ---------------------------------------------------------------------------------------
    def enrol(self) -> None:
        if self.stack.currentIndex() == 1:
            self.accept()
            return
        from fieldapp.sync import enrol

        for label in (self.address_problem, self.code_problem, self.file_problem, self.general_problem):
            label.hide()
        db = self.db
        if self.by_code.isChecked():
            address, code = self.address.text(), self.code.text()
            trusted = self.pem if self.pem and self.trust.isChecked() else None

            def work() -> dict[str, Any]:
                return enrol.enrol(db, address, code, trusted_certificate=trusted)
        else:
            path = Path(self.file.text().strip())

            def work() -> dict[str, Any]:
                if not str(path) or str(path) == ".":
                    from fieldapp.problems import Invalid

                    raise Invalid("required", "choose the enrolment file", "file")
                return enrol.enrol_from_file(db, path)
        self.enrol_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.ops.background(work, success=self._enrolled, failure=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        self.unsetCursor()
        code = getattr(exc, "code", None)
        if code is None:
            self.general_problem.setText(str(exc))
            self.general_problem.show()
            return
        if code == "enrol.certificate":
            self.pem = exc.params.get("pem")  # type: ignore[attr-defined]
            self.certificate_box.show()
        where = {"address": self.address_problem, "code": self.code_problem, "file": self.file_problem}
        label = where.get(getattr(exc, "field", None) or "", self.general_problem)
        label.setText(problem(exc))
        label.show()
        grow_soon(self)  # the label is laid out by a queued call: grow once it has its height
        (self.file if label is self.file_problem else self.code if label is self.code_problem
         else self.address).setFocus()

    def _enrolled(self, answer: dict[str, Any]) -> None:
        self.unsetCursor()
        self.answer = answer
        self.stack.setCurrentIndex(1)
        self.close_button.hide()
        self.enrol_button.setEnabled(True)
        self.enrol_button.setText(self.tr("Close"))
        self.enrolled_label.setText(self.tr("This laptop is enrolled as “%1”.").replace("%1", answer.get("name", "")))
        self.first_round = self.engine.rounds if self.engine is not None else None
        self._show_receiving()
        if self.engine is not None:
            self.engine.sync_now()
        self.ops.data_changed.emit(frozenset({"local_setting"}))

    def _show_receiving(self) -> None:
        self.phase.setText(self.tr("Receiving the programme's data from the head office…"))
        self.progress.show()

    def _engine_changed(self, view: Any) -> None:
        if self.first_round is None or self.stack.currentIndex() != 1:
            return
        state = view.state
        if state is not None and not state.route and not view.running:
            self.progress.hide()
            self.phase.setText(self.tr("The enrolment file names no hub's address: choose “Sync through a "
                                       "folder…” on the Sync page, or import the head office's file from a USB "
                                       "stick."))
            grow_soon(self)
            return
        if view.running:
            self.phase.setText(words.phase_text(view.phase, view.count))
            return
        if self.engine.rounds <= self.first_round:
            return
        self.progress.hide()
        if view.error:
            self.phase.setText(words.error_text(view.error))
            self.result.setText(self.tr("You can close this window: FieldApp keeps trying by itself."))
        else:
            received = view.last_result.received if view.last_result is not None else 0
            self.phase.setText(self.tr("%n change(s) received from the head office.", "", received))
            self.result.setText(self.tr("The laptop is ready: its cycles, calls, settlements and people are here. "
                                        "From now on it syncs by itself."))
        grow_soon(self)
        self.first_round = None
