"""Check-in at the door: one search field that always has focus, results as you type, Enter marks present.

The people still to come are listed first and those already here last, so Enter on the top name marks someone
new; Enter on someone already present changes nothing and says since when they are here.

Keys: type letters of a name or digits of a phone; Up/Down choose; Enter = present; Ctrl+2 late,
Ctrl+3 left early, Ctrl+4 absent (Ctrl+1 present); Ctrl+Z undoes the last mark; Ctrl+N (or Insert) adds a
walk-in with what was typed as the name; Esc clears the search, closes the walk-in, then the screen.
Every mark is its own transaction on the serial worker: nothing is lost if the laptop dies mid-session.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from fieldapp.formatting import format_local_time
from fieldapp.services import attendance, counting, people, reasons
from fieldapp.services.errors import FormInvalid
from fieldapp.ui import errors, i18n, style
from fieldapp.ui.forms.ui_checkin_dialog import Ui_CheckInDialog
from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.ui.text_fit import fit_choices
from fieldapp.validation import Invalid

RESULT_LIMIT = 12
STATUS_KEYS = {"1": "present", "2": "late", "3": "left_early", "4": "absent"}


def masked_phone(phone: str | None) -> str:
    from fieldapp.documents.signin_sheet import masked_phone as mask

    return mask(phone)


def parse_age(text: str, on: dt.date) -> int | None:
    """A walk-in's age (``23``) or birth year (``2001``) → birth year; empty → None."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise Invalid("age.format", "Type an age (23) or a birth year (2001)", "age")
    number = int(text)
    if number >= 1900:
        return number
    if number <= 120:
        return on.year - number
    raise Invalid("age.format", "Type an age (23) or a birth year (2001)", "age")


class CheckInDialog(QDialog):
    def __init__(self, ops: Operations, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckInDialog()
        self.ui.setupUi(self)
        self.ops = ops
        self.session_id = session_id
        self.session_day = dt.date.today()
        self.undo_stack: list[attendance.Mark] = []
        self.candidates: list[attendance.Candidate] = []
        self.duplicates: list[people.Duplicate] = []
        self.tally = counting.Tally()
        self._busy = False
        # asked again by themselves after a mark (or any write) that touches what they read
        self.results_query = LiveQuery(ops, self, self._search_question, self._found)
        self.counter_query = LiveQuery(ops, self, self._counter_question, self._counted)
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.ui.searchEdit.setFont(big)
        self.ui.resultsList.setFont(QFont(big.family(), int(big.pointSizeF() * 0.8)))
        counter = QFont(big)
        counter.setPointSizeF(big.pointSizeF() * 1.6)
        counter.setBold(True)
        self.ui.counterLabel.setFont(counter)
        heading = QFont(self.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        self.ui.headingLabel.setFont(heading)
        self.ui.walkInProblem.setStyleSheet(f"color: {style.error_colour().name()};")

        self.ui.walkInBox.hide()
        self.ui.duplicatesList.hide()
        self.ui.searchEdit.textChanged.connect(self.search)
        self.ui.searchEdit.installEventFilter(self)
        for widget in (self.ui.walkInName, self.ui.walkInAge, self.ui.walkInPhone, self.ui.walkInSex,
                       self.ui.duplicatesList):
            widget.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.open_walk_in)
        QShortcut(QKeySequence("Insert"), self, activated=self.open_walk_in)
        for key, status in STATUS_KEYS.items():
            QShortcut(QKeySequence(f"Ctrl+{key}"), self, activated=lambda s=status: self.mark_current(s))
        fit_choices(self)
        self.retranslate()
        self.load_heading()
        self.refresh_counter()

    # -- reading ---------------------------------------------------------------------------------------
    def load_heading(self) -> None:
        session_id, lang = self.session_id, i18n.current_language()
        self.ops.read(lambda session: attendance.session_heading(session, session_id, lang),
                      success=self._heading_loaded)

    def _heading_loaded(self, heading: attendance.SessionHeading) -> None:
        from fieldapp.formatting import format_datetime

        text, self.session_day = f"{heading.training_title} — {format_datetime(heading.starts_at)}", \
            heading.starts_at.date()
        self.ui.headingLabel.setText(text)
        self.setWindowTitle(self.tr("Check-in: %1").replace("%1", text))

    def search(self, _text: str | None = None) -> None:
        self.results_query.refresh()

    def _search_question(self) -> Any:
        text, session_id, lang = self.ui.searchEdit.text(), self.session_id, i18n.current_language()
        return lambda session: attendance.search(session, session_id, text, RESULT_LIMIT, lang)

    def _found(self, found: list[attendance.Candidate]) -> None:
        self.candidates = found
        self.ui.resultsList.clear()
        for candidate in found:
            item = QListWidgetItem(self.describe(candidate))
            if candidate.status in counting.ATTENDED_STATUSES:
                item.setForeground(style.accent_colour())
            self.ui.resultsList.addItem(item)
        if found:
            self.ui.resultsList.setCurrentRow(0)
        elif self.ui.searchEdit.text().strip():
            self.ui.resultsList.addItem(self.tr("Nobody found. Ctrl+N adds “%1” as a walk-in.")
                                        .replace("%1", self.ui.searchEdit.text().strip()))

    def describe(self, c: attendance.Candidate) -> str:
        parts = [c.full_name, c.settlement or "", masked_phone(c.phone)]
        if not c.registered:
            parts.append(self.tr("not registered"))
        if c.status:
            when = format_local_time(c.marked_at)
            parts.append("— " + self.status_name(c.status) + (f" ({when})" if when else ""))
        return "    ".join(p for p in parts if p)

    def already_text(self, c: attendance.Candidate) -> str:
        when = format_local_time(c.marked_at)
        if c.status == "present":
            return self.tr("%1 is already present since %2.").replace("%1", c.full_name).replace("%2", when)
        return self.tr("%1 is already marked “%2” (%3).").replace("%1", c.full_name).replace(
            "%2", self.status_name(c.status or "")).replace("%3", when)

    def status_name(self, status: str) -> str:
        return {"present": self.tr("present"), "late": self.tr("late"), "left_early": self.tr("left early"),
                "absent": self.tr("absent")}.get(status, status)

    def refresh_counter(self) -> None:
        self.counter_query.refresh()

    def _counter_question(self) -> Any:
        session_id = self.session_id
        return lambda session: attendance.counters(session, session_id)

    def _counted(self, tally: counting.Tally) -> None:
        self.tally = tally
        low, high = counting.YOUTH_AGES
        self.ui.counterLabel.setText(
            self.tr("%1 of %2 present").replace("%1", str(tally.present)).replace("%2", str(tally.registered))
            + "\n" + self.tr("women %1 · men %2 · youth %3–%4: %5")
            .replace("%1", str(tally.women)).replace("%2", str(tally.men)).replace("%3", str(low))
            .replace("%4", str(high)).replace("%5", str(tally.youth)))

    # -- marking ---------------------------------------------------------------------------------------
    def current_candidate(self) -> attendance.Candidate | None:
        row = self.ui.resultsList.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def mark_current(self, status: str = "present") -> None:
        if self.ui.walkInBox.isVisible():
            return
        candidate = self.current_candidate()
        if candidate is None:
            return
        session_id = self.session_id
        # the field is cleared at once, so the next person's letters are never lost while the mark is written
        self.ui.searchEdit.clear()
        if candidate.status == status:  # marked already: nothing to write, and the trainer is told since when
            self.ui.messageLabel.setText(self.already_text(candidate))
            return
        self._write(lambda session: attendance.check_in_known(session, session_id, candidate.person_id, status),
                    candidate.full_name)

    def _write(self, work: Any, name: str) -> None:
        """Marks queue on the serial worker in the order they were made; each is its own transaction."""

        def done(mark: attendance.Mark) -> None:
            self.undo_stack.append(mark)
            self.ui.messageLabel.setText(
                self.tr("✓ %1 — %2. Ctrl+Z undoes.").replace("%1", name).replace("%2", self.status_name(mark.status)))

        self.ops.write(work, reason=reasons.coded("check_in"), success=done, failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        errors.show_error(self, exc)
        self.search()
        self.refresh_counter()

    def undo(self) -> None:
        if not self.undo_stack:
            return
        done = self.undo_stack.pop()

        def undone(_mark: attendance.Mark) -> None:
            self.ui.messageLabel.setText(self.tr("Undone: the previous mark is back."))

        self.ops.write(lambda session: attendance.undo(session, done), reason=reasons.coded("check_in.undo"),
                       success=undone, failure=self._failed)

    # -- walk-ins --------------------------------------------------------------------------------------
    def open_walk_in(self) -> None:
        """What was typed becomes the name (or the phone, if digits); the form starts in the name, the cursor
        after what is there (a few letters of a surname are seldom the whole name), and Tab goes on in the order
        the fields are shown: sex, age, phone."""
        typed = self.ui.searchEdit.text().strip()
        self.ui.walkInName.setText("" if any(ch.isdigit() for ch in typed) else typed)
        self.ui.walkInPhone.setText(typed if typed and all(ch.isdigit() or ch in " +-()" for ch in typed) else "")
        self.ui.walkInAge.clear()
        self.ui.walkInSex.setCurrentIndex(0)
        self.ui.walkInProblem.clear()
        self._show_duplicates([])
        self.ui.walkInBox.show()
        self.ui.walkInName.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.walkInName.deselect()
        self.ui.walkInName.end(False)

    def close_walk_in(self) -> None:
        self.ui.walkInBox.hide()
        self.ui.searchEdit.setFocus()

    def walk_in_data(self) -> people.PersonInput:
        return people.PersonInput(
            full_name=self.ui.walkInName.text(), sex=self.ui.walkInSex.currentData(),
            birth_year=parse_age(self.ui.walkInAge.text(), self.session_day),
            phone=self.ui.walkInPhone.text() or None)

    def add_walk_in(self, confirmed: bool = False) -> None:
        if self._busy:
            return
        try:
            data = self.walk_in_data()
        except Invalid as exc:
            self.ui.walkInProblem.setText(problem(exc))
            self.ui.walkInAge.setFocus()
            return
        session_id = self.session_id
        self._busy = True

        def done(mark: attendance.Mark) -> None:
            self._busy = False
            self.ui.walkInBox.hide()
            self.undo_stack.append(mark)
            self.ui.messageLabel.setText(self.tr("✓ Walk-in %1 added and marked present. Ctrl+Z undoes the mark.")
                                         .replace("%1", data.full_name.strip()))
            self.ui.searchEdit.clear()
            self.ui.searchEdit.setFocus()

        def failed(exc: BaseException) -> None:
            self._busy = False
            if isinstance(exc, attendance.DuplicatesFound):
                self._show_duplicates(exc.duplicates)
            elif isinstance(exc, FormInvalid):
                self.ui.walkInProblem.setText("\n".join(problem(p) for p in exc.errors.values()))
            else:
                errors.show_error(self, exc)

        self.ops.write(lambda session: attendance.add_walk_in(session, session_id, data, confirmed=confirmed),
                       reason=reasons.coded("walk_in"), success=done, failure=failed)

    def _show_duplicates(self, duplicates: list[people.Duplicate]) -> None:
        self.duplicates = duplicates
        self.ui.duplicatesList.clear()
        self.ui.duplicatesList.setVisible(bool(duplicates))
        if not duplicates:
            return
        reasons = {"iin": self.tr("same IIN"), "phone": self.tr("same phone"), "name": self.tr("similar name")}
        for d in duplicates:
            self.ui.duplicatesList.addItem(f"{d.full_name}    {d.settlement or ''}    {reasons[d.reason]}")
        self.ui.duplicatesList.setCurrentRow(0)
        self.ui.duplicatesList.setFocus()
        self.ui.walkInProblem.setText(self.tr("Already known? Enter marks the chosen person; "
                                              "Ctrl+Enter adds a new person anyway."))

    def use_duplicate(self) -> None:
        row = self.ui.duplicatesList.currentRow()
        if not 0 <= row < len(self.duplicates):
            return
        chosen = self.duplicates[row]
        session_id = self.session_id
        self.ui.walkInBox.hide()
        self.ui.searchEdit.clear()
        self.ui.searchEdit.setFocus()
        self._write(lambda session: attendance.check_in_known(session, session_id, chosen.person_id),
                    chosen.full_name)

    # -- keys ------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.ui.searchEdit:
            if event.matches(QKeySequence.StandardKey.Undo):  # the line edit would undo its own text
                self.undo()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
                count = len(self.candidates)
                if count:
                    row = min(max(self.ui.resultsList.currentRow() + step, 0), count - 1)
                    self.ui.resultsList.setCurrentRow(row)
                return True
            if enter:
                self.mark_current("present")
                return True
        elif watched is self.ui.duplicatesList and enter:
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.add_walk_in(confirmed=True)
            else:
                self.use_duplicate()
            return True
        elif enter:  # a walk-in field
            self.add_walk_in(confirmed=bool(mods & Qt.KeyboardModifier.ControlModifier))
            return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Esc: close the walk-in, else clear the search, else leave the screen."""
        if self.ui.walkInBox.isVisible():
            self.close_walk_in()
        elif self.ui.searchEdit.text():
            self.ui.searchEdit.clear()
        else:
            super().reject()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.ui.searchEdit.setFocus()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        current = self.ui.walkInSex.currentData()
        self.ui.walkInSex.clear()
        self.ui.walkInSex.addItem("—", None)
        self.ui.walkInSex.addItem(self.tr("Female"), "F")
        self.ui.walkInSex.addItem(self.tr("Male"), "M")
        self.ui.walkInSex.setCurrentIndex(max(self.ui.walkInSex.findData(current), 0))
        self.ui.keysLabel.setText(self.tr(
            "Enter: present · Ctrl+2: late · Ctrl+3: left early · Ctrl+4: absent · Ctrl+Z: undo · "
            "Ctrl+N: walk-in · Esc: clear / close"))
        self._counted(self.tally)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
