"""A reviewer scores an application: each criterion 0..max with a comment; other reviewers' scores stay hidden
until this reviewer has submitted (blind review); a conflict of interest can be declared instead."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from fieldapp.services import review
from fieldapp.ui import errors, reason_dialog, style
from fieldapp.ui.forms.ui_review_dialog import Ui_ReviewDialog
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.ui.text_fit import fit_choices
from fieldapp.validation import Invalid


class ReviewDialog(QDialog):
    def __init__(self, ops: Operations, application_id: str, reviewer_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.application_id = application_id
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.score_boxes: dict[str, QSpinBox] = {}
        self.comment_edits: dict[str, QLineEdit] = {}
        self.form: review.ScoringForm | None = None
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.saveDraftButton.clicked.connect(lambda: self.save(submit=False))
        self.ui.submitButton.clicked.connect(lambda: self.save(submit=True))
        self.ui.conflictButton.clicked.connect(self.declare_conflict)
        # Enter and Ctrl+S save the draft, as Save in every form; the final and the rare steps are clicked
        for button in (self.ui.conflictButton, self.ui.submitButton, *self.ui.buttonBox.findChildren(QPushButton)):
            button.setAutoDefault(False)
        self.ui.saveDraftButton.setDefault(True)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.ui.saveDraftButton.click)
        self.ui.reviewer.activated.connect(lambda _i: self.load(self.ui.reviewer.currentData()))
        self.loaded = False
        fit_choices(self)
        self.load(reviewer_id)

    def load(self, reviewer_id: str | None) -> None:
        application_id = self.application_id
        self.ops.read(lambda session: review.scoring_form(session, application_id, reviewer_id), success=self._loaded)

    def reviewer_id(self) -> str | None:
        return self.ui.reviewer.currentData()

    def _loaded(self, form: review.ScoringForm) -> None:
        self.form = form
        self.ui.reviewer.blockSignals(True)
        self.ui.reviewer.clear()
        for rid, name in form.reviewers:
            self.ui.reviewer.addItem(name, rid)
        self.ui.reviewer.setCurrentIndex(max(self.ui.reviewer.findData(form.reviewer_id), 0))
        self.ui.reviewer.blockSignals(False)
        grid = self.ui.scoresGrid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.score_boxes.clear()
        self.comment_edits.clear()
        lang = _language()
        for row, criterion in enumerate(form.criteria):
            cid, top, needs_comment = criterion.id, criterion.max_score, criterion.comment_required
            name = criterion.names.get(lang) or criterion.names["ru"]
            label = QLabel(f"{row + 1}. {name}" + (" *" if needs_comment else ""), self.ui.scoresContents)
            label.setWordWrap(True)
            box = QSpinBox(self.ui.scoresContents)
            box.setRange(-1, top)
            box.setSpecialValueText("—")
            box.setSuffix(f" / {top}")
            comment = QLineEdit(self.ui.scoresContents)
            comment.setPlaceholderText(self.tr("Comment") + (" *" if needs_comment else ""))
            score, text = form.own.get(cid, (None, None))
            box.setValue(-1 if score is None else score)
            comment.setText(text or "")
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(comment, row, 2)
            label.setBuddy(box)
            self.score_boxes[cid], self.comment_edits[cid] = box, comment
        self.ui.comment.setPlainText(form.comment or "")
        self.retranslate()
        final = form.own_status == "submitted"
        self.ui.submitButton.setText(self.tr("Submit a &correction") if final else self.tr("&Submit (final)"))
        self.ui.saveDraftButton.setEnabled(not final)
        for widget in (*self.score_boxes.values(), *self.comment_edits.values(), self.ui.submitButton,
                       self.ui.saveDraftButton, self.ui.conflictButton):
            widget.setEnabled(widget.isEnabled() and not form.conflict)
        if self.score_boxes:
            next(iter(self.score_boxes.values())).setFocus()
        self.loaded = True

    def retranslate(self) -> None:
        form = self.form
        if form is None:
            return
        self.setWindowTitle(self.tr("Review of %1").replace("%1", form.number))
        self.ui.heading.setText(f"{form.number} — {form.title}")
        if form.conflict:
            self.ui.others.setText(self.tr("This reviewer declared a conflict of interest and cannot score it."))
        elif form.others is None:
            self.ui.others.setText(self.tr("Other reviewers' scores are hidden until this review is submitted."))
        else:
            lines = [f"{name}: {score}" for name, score in form.others] or [self.tr("No other review yet.")]
            self.ui.others.setText(self.tr("Other reviewers (out of 100):") + "\n" + "\n".join(lines))

    def scores(self) -> dict[str, tuple[int | None, str | None]]:
        return {cid: (None if box.value() < 0 else box.value(), self.comment_edits[cid].text().strip() or None)
                for cid, box in self.score_boxes.items()}

    def save(self, submit: bool) -> None:
        reason = None
        if submit and self.form is not None and self.form.own_status == "submitted":
            reason = reason_dialog.ask_reason(self, self.tr("Correct a submitted review"),
                                self.tr("The submitted review is kept; why is it corrected?"), required=True)
            if reason is None:
                return
        application_id, reviewer, scores = self.application_id, self.reviewer_id(), self.scores()
        comment = self.ui.comment.toPlainText().strip() or None

        def work(session: Any) -> None:
            review.save(session, application_id, reviewer, scores, comment=comment, submit=submit,
                        correction_reason=reason)

        self.ops.write(work, success=lambda _r: self._saved(submit),
                       failure=self.show_problem)

    def _saved(self, submitted: bool) -> None:
        self.show_problem(None)
        self.load(self.reviewer_id())

    def declare_conflict(self) -> None:
        reason = reason_dialog.ask_reason(self, self.tr("Conflict of interest"),
                            self.tr("What is the conflict (e.g. my own village, a relative in the group)?"),
                            required=True)
        if reason is None:
            return
        application_id, reviewer = self.application_id, self.reviewer_id()

        def work(session: Any) -> None:
            review.declare_conflict(session, application_id, reviewer, reason)

        self.ops.write(work,
                       success=lambda _r: self.load(reviewer), failure=self.show_problem)

    def show_problem(self, exc: BaseException | None) -> None:
        if exc is not None and not isinstance(exc, Invalid):
            errors.show_error(self, exc)
            return
        self.ui.problem.setText(problem(exc) if isinstance(exc, Invalid) else "")
        self.ui.problem.setStyleSheet(f"color: {style.error_colour().name()};")


def _language() -> str:
    from fieldapp.ui import i18n

    return i18n.current_language()
