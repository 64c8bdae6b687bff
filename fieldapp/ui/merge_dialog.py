"""Two records of one person picked in the People list, side by side: the user picks the one kept, and the other
is merged into it (``merge.merge_people``: its attendance, registrations, certificates and consents move over,
it is soft-deleted and points at the record kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services import merge, reasons
from fieldapp.ui import errors, i18n, labels
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.validation import Invalid


class MergeDialog(QDialog):
    #: the merge was written: the id of the record kept
    merged = Signal(str)

    def __init__(self, ops: Operations, person_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.candidates: list[merge.MergeCandidate] | None = None
        self.setWindowTitle(self.tr("Merge two records of one person"))
        intro = QLabel(self.tr(
            "Choose the record to keep. The other record's attendance, registrations, certificates and consents "
            "move to it, and its empty fields are filled from the other one. The other record leaves the list; "
            "its history is kept."), self)
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.keep = QButtonGroup(self)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828")
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        lang = i18n.current_language()
        ops.read(lambda session: merge.merge_candidates(session, person_ids, lang), success=self.show_candidates)

    def show_candidates(self, candidates: list[merge.MergeCandidate]) -> None:
        self.candidates = candidates
        rows = [
            (labels.field_label("person", "full_name"), lambda c: c.full_name),
            (labels.field_label("person", "iin"), lambda c: c.iin),
            (labels.field_label("person", "phone"), lambda c: c.phone),
            (labels.field_label("person", "settlement_id"), lambda c: c.settlement),
            (labels.field_label("person", "birth_year"), lambda c: c.birth_year),
            (self.tr("Trainings attended"), lambda c: c.trainings),
        ]
        for index in range(len(candidates)):
            button = QRadioButton(self.tr("Keep this record"), self)
            self.keep.addButton(button, index)
            self.grid.addWidget(button, 0, index + 1)
        for row, (label, value) in enumerate(rows, start=1):
            self.grid.addWidget(QLabel(label, self), row, 0)
            shown = ["—" if value(c) in (None, "") else str(value(c)) for c in candidates]
            for column, text in enumerate(shown, start=1):
                cell = QLabel(text, self)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if len(set(shown)) > 1:  # where the records differ, the eye goes first
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.grid.addWidget(cell, row, column)
        # the record that holds more (trainings attended) is usually the one to keep
        busiest = max(range(len(candidates)), key=lambda i: (candidates[i].trainings, -i))
        self.keep.button(busiest).setChecked(True)
        self.keep.button(busiest).setFocus()
        self.merge_button.setEnabled(len(candidates) == 2)
        # the records arrive after the dialog is shown: once the new labels are shown (queued by the layout), the
        # dialog grows to show them whole (a top-level window's minimum does not follow the wrapped intro's
        # height, so the rows would be squeezed)
        QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        self.setMinimumSize(self.sizeHint())
        self.adjustSize()

    def merge(self) -> None:
        if self.candidates is None or len(self.candidates) != 2:
            return
        kept = self.keep.checkedId()
        keep_id, other_id = self.candidates[kept].person_id, self.candidates[1 - kept].person_id
        self.merge_button.setEnabled(False)
        self.ops.write(lambda session: merge.merge_people(session, keep_id, other_id),
                       reason=reasons.coded("merge"), success=lambda _result: self._merged(keep_id), failure=self._failed)

    def _merged(self, keep_id: str) -> None:
        self.merged.emit(keep_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.merge_button.setEnabled(True)
        if isinstance(exc, Invalid):
            self.problem_label.setText(problem(exc))
            self.problem_label.show()
            return
        errors.show_error(self, exc)
