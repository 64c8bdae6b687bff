"""The training form: title, topic, cycle, settlement, venue, capacity, trainers, its days, agenda and notes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from fieldapp.formatting import parse_date
from fieldapp.services import trainings
from fieldapp.services.errors import FormInvalid
from fieldapp.text import fold
from fieldapp.ui import i18n, style
from fieldapp.ui.dialog_size import grow_soon
from fieldapp.ui.form import FormDialog
from fieldapp.ui.forms.ui_training_dialog import Ui_TrainingDialog
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.validation import Invalid


def parse_time(text: str) -> dt.time:
    try:
        return dt.datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise Invalid("time.format", f"Not a time: {text!r} (use HH:MM)", params={"text": text}) from None


class TrainingDialog(FormDialog):
    record_table = "training"

    def __init__(self, ops: Operations, training_id: str | None, parent: QWidget | None = None,
                 cycle_id: str | None = None) -> None:
        super().__init__(ops, f"training/{training_id or 'new'}", parent)
        self.ui = Ui_TrainingDialog()
        self.ui.setupUi(self)
        self.training_id = training_id
        self.default_cycle = cycle_id
        #: the cycles' periods (trainings.cycle_periods): the core's rule picks the default cycle from the first
        #: day's date and warns of days outside the chosen cycle
        self.periods: list[trainings.CyclePeriod] = []
        #: the cycle was chosen by someone (in the form, on the page's filter, or saved before): dates no longer
        #: move it
        self.cycle_picked = cycle_id is not None or training_id is not None
        self.people: dict[str, str] = {}  # id → name
        self.trainer_ids: list[str] = []
        self.loaded_english: tuple[str | None, str | None] = (None, None)
        layout = self.ui.formLayout
        self.bind(layout, "title", self.ui.titleEdit, required=True)
        self.bind(layout, "title_kk", self.ui.titleKkEdit)
        self.bind(layout, "topic", self.ui.topicEdit)
        self.bind(layout, "cycle_id", self.ui.cycleCombo, required=True)
        self.bind(layout, "settlement_id", self.ui.settlementCombo, check=lambda v: None if v == "—" else v)
        self.bind(layout, "venue", self.ui.venueEdit)
        self.bind(layout, "venue_kk", self.ui.venueKkEdit)
        self.bind(layout, "capacity", self.ui.capacitySpin)
        self.bind(layout, "agenda", self.ui.agendaEdit)
        self.bind(layout, "notes", self.ui.notesEdit)
        self.cycle_warning = QLabel(self)  # days outside the cycle's period: a warning, the form still saves
        self.cycle_warning.setObjectName("cycleWarning")
        self.cycle_warning.setWordWrap(True)
        self.cycle_warning.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # as bind's
        self.cycle_warning.setStyleSheet(f"color: {style.warning_colour().name()};")
        self.cycle_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cycle_row, _role = layout.getWidgetPosition(self.ui.cycleCombo)
        layout.insertRow(cycle_row + 2, QLabel(self), self.cycle_warning)  # below the cycle's own problem
        layout.setRowVisible(cycle_row + 2, False)
        self.ui.cycleCombo.activated.connect(self._cycle_chosen)  # a person's choice, never the form's own
        self.ui.cycleCombo.currentIndexChanged.connect(lambda _i: self._check_period())
        self.sessions_problem = QLabel(self)
        self.sessions_problem.setWordWrap(True)
        self.sessions_problem.setStyleSheet(f"color: {style.error_colour().name()};")
        self.ui.sessionsLayout.addWidget(self.sessions_problem)
        self.ui.sessionsTable.setColumnCount(4)
        self.ui.sessionsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.addSessionButton.clicked.connect(self.add_day)
        self.ui.sessionsTable.itemChanged.connect(self._day_edited)
        self.ui.removeSessionButton.clicked.connect(self.remove_session_row)
        self.ui.trainerSearch.installEventFilter(self)  # Enter adds the trainer typed; it never saves the form
        self.ui.trainersList.installEventFilter(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate_form()
        self._mark_required()  # the form's texts were just set again
        lang = i18n.current_language()
        ops.read(lambda session: trainings.training_form(session, training_id, lang), success=self._loaded)

    # -- loading ---------------------------------------------------------------------------------------
    def _loaded(self, form: trainings.TrainingForm) -> None:
        data = form.training
        self.periods = form.periods
        self.ui.cycleCombo.clear()
        for cycle in form.cycles:
            self.ui.cycleCombo.addItem(cycle.name, cycle.id)
        self.ui.settlementCombo.clear()
        self.ui.settlementCombo.addItem("—", None)
        for place in form.settlements:
            self.ui.settlementCombo.addItem(place.name, place.id)
        self.people = {p.id: p.name for p in form.people}
        completer = QCompleter(sorted(set(self.people.values())), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.trainerSearch.setCompleter(completer)
        completer.activated[str].connect(self._trainer_chosen)  # Enter (or a click) on a name in the list adds it
        if data is None:
            self.add_session_row()  # the first day: the core's default date and hours
            self.set_values({"cycle_id": self.default_cycle}, initial=True)
            self._follow_dates()
        else:
            self.set_values({"title": data.title, "topic": data.topic, "cycle_id": data.cycle_id,
                             "settlement_id": data.settlement_id, "venue": data.venue,
                             "title_kk": data.title_kk, "venue_kk": data.venue_kk,
                             "capacity": data.capacity or 0, "agenda": data.agenda, "notes": data.notes},
                            initial=True)
            self.loaded_english = (data.title_en, data.venue_en)
            for sess in data.sessions:
                self.add_session_row(sess.starts_at, sess.ends_at, sess.title, sess.id)
            for trainer_id in data.trainer_ids:
                self._add_trainer_item(trainer_id)
        self._check_period()
        self._initial = self.values()
        self.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)  # the form starts at its first field
        self.offer_draft()

    # -- trainers --------------------------------------------------------------------------------------
    def add_trainer(self, typed: str | None = None) -> bool:
        """The person named ``typed`` (by default the text in the field) becomes a trainer when exactly one person
        has that name, or else exactly one name contains it; the field is cleared for the next name."""
        typed = " ".join((self.ui.trainerSearch.text() if typed is None else typed).split())
        if not typed:
            return False
        matches = [pid for pid, name in self.people.items() if name == typed] or \
            [pid for pid, name in self.people.items() if fold(typed) in fold(name)]
        if len(matches) != 1:
            return False
        if matches[0] not in self.trainer_ids:
            self._add_trainer_item(matches[0])
        QTimer.singleShot(0, self.ui.trainerSearch, self.ui.trainerSearch.clear)  # after the completer fills it
        return True

    def _trainer_chosen(self, name: str) -> None:
        self.add_trainer(name)

    def _enter_in_trainer_search(self) -> None:
        """Enter in the trainers' field: the trainer typed is added; several names match — the list of them
        opens (Down, Enter picks one); nothing typed — nothing happens."""
        if self.add_trainer() or not self.ui.trainerSearch.text().strip():
            return
        completer = self.ui.trainerSearch.completer()
        if completer is not None:
            completer.setCompletionPrefix(self.ui.trainerSearch.text().strip())
            completer.complete()

    def _add_trainer_item(self, person_id: str) -> None:
        self.trainer_ids.append(person_id)
        item = QListWidgetItem(self.people.get(person_id, person_id))
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.ui.trainersList.addItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.ui.trainerSearch and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter_in_trainer_search()
            return True  # taken here: Enter never reaches the dialog's Save button
        if watched is self.ui.trainersList and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete:
            row = self.ui.trainersList.currentRow()
            if row >= 0:
                self.ui.trainersList.takeItem(row)
                del self.trainer_ids[row]
            return True
        return super().eventFilter(watched, event)

    # -- the cycle -------------------------------------------------------------------------------------
    def _cycle_chosen(self, _index: int) -> None:
        self.cycle_picked = True
        self._check_period()

    def _typed_days(self) -> list[dt.date]:
        """The days' dates that can be read (a row being typed is left out until it is a date)."""
        table = self.ui.sessionsTable
        days = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            try:
                days.append(parse_date(item.text()) if item else None)
            except ValueError:
                continue
        return [d for d in days if d is not None]

    def _period(self) -> trainings.CyclePeriod | None:
        chosen = self.ui.cycleCombo.currentData()
        return next((p for p in self.periods if p.id == chosen), None)

    def _follow_dates(self) -> None:
        """Until someone chooses the cycle, it follows the first day's date (the core's default_cycle)."""
        if self.cycle_picked or not self.periods:
            return
        days = self._typed_days()
        chosen = trainings.default_cycle(self.periods, min(days) if days else None)
        combo = self.ui.cycleCombo
        index = combo.findData(chosen) if chosen is not None else -1
        if combo.currentIndex() != index:
            combo.setCurrentIndex(index)  # -1: no cycle fits; the person chooses (a required field)

    def _check_period(self) -> None:
        """Days outside the chosen cycle's period: a warning beside the cycle (trainings.outside_cycle)."""
        warning = trainings.outside_cycle(self._period(), self._typed_days())
        text = problem(warning) if warning is not None else ""
        self.cycle_warning.setText(text)
        row, _role = self.ui.formLayout.getWidgetPosition(self.cycle_warning)
        self.ui.formLayout.setRowVisible(row, bool(text))
        self.ui.cycleCombo.setAccessibleDescription(text)
        if text:
            grow_soon(self)  # read whole, the fields keep their height

    def _day_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._follow_dates()
            self._check_period()

    # -- sessions --------------------------------------------------------------------------------------
    def _last_day(self) -> tuple[dt.datetime, dt.datetime | None] | None:
        """The last row's day and hours, if they can be read."""
        table = self.ui.sessionsTable
        if not table.rowCount():
            return None
        row = table.rowCount() - 1
        cells = [table.item(row, c).text().strip() if table.item(row, c) else "" for c in range(3)]
        try:
            day = parse_date(cells[0])
            start = dt.datetime.combine(day, parse_time(cells[1]) if cells[1] else trainings.FIRST_DAY_HOURS[0])
            end = dt.datetime.combine(day, parse_time(cells[2])) if cells[2] else None
        except (ValueError, Invalid):
            return None
        return start, end

    def add_day(self) -> None:
        """The Add button: a day after the last one, at its hours (trainings.next_day); the cursor on its date."""
        self.add_session_row()
        table = self.ui.sessionsTable
        table.setCurrentCell(table.rowCount() - 1, 0)
        self._follow_dates()
        self._check_period()

    def add_session_row(self, starts: dt.datetime | None = None, ends: dt.datetime | None = None,
                        title: str | None = None, session_id: str | None = None) -> None:
        table = self.ui.sessionsTable
        if starts is None:
            starts, ends = trainings.next_day(self._last_day())
        row = table.rowCount()
        table.insertRow(row)
        date_item = QTableWidgetItem(starts.strftime("%d.%m.%Y"))
        date_item.setData(Qt.ItemDataRole.UserRole, session_id)
        table.setItem(row, 0, date_item)
        table.setItem(row, 1, QTableWidgetItem(starts.strftime("%H:%M")))
        table.setItem(row, 2, QTableWidgetItem(ends.strftime("%H:%M") if ends else ""))
        table.setItem(row, 3, QTableWidgetItem(title or ""))

    def remove_session_row(self) -> None:
        row = self.ui.sessionsTable.currentRow()
        if row >= 0:
            self.ui.sessionsTable.removeRow(row)
            self._follow_dates()
            self._check_period()

    def session_rows(self) -> list[tuple[dt.datetime, dt.datetime | None, str | None, str | None]]:
        """The days as typed; raises Invalid naming the row that cannot be read."""
        table = self.ui.sessionsTable
        rows = []
        for row in range(table.rowCount()):
            cells = [table.item(row, c).text().strip() if table.item(row, c) else "" for c in range(4)]
            try:
                day = parse_date(cells[0])
            except ValueError:
                raise Invalid("sessions.date", f"Day {row + 1}: not a date (dd.MM.yyyy)", params={"day": row + 1}
                              ) from None
            start = dt.datetime.combine(day, parse_time(cells[1]) if cells[1] else trainings.FIRST_DAY_HOURS[0])
            end = dt.datetime.combine(day, parse_time(cells[2])) if cells[2] else None
            session_id = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            rows.append((start, end, cells[3] or None, session_id))
        return rows

    # -- values, drafts and saving ---------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values = super().values()
        table = self.ui.sessionsTable
        values["sessions"] = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(4)]
                              for r in range(table.rowCount())]
        values["trainer_ids"] = list(self.trainer_ids)
        return values

    def set_values(self, values: dict[str, Any], *, initial: bool = False) -> None:
        if "sessions" in values:
            self.ui.sessionsTable.setRowCount(0)
            for date, start, end, title in values["sessions"]:
                try:
                    day = parse_date(date)
                    self.add_session_row(dt.datetime.combine(day, parse_time(start)),
                                         dt.datetime.combine(day, parse_time(end)) if end else None, title)
                except (ValueError, Invalid):
                    continue
        if "trainer_ids" in values:
            self.ui.trainersList.clear()
            self.trainer_ids = []
            for person_id in values["trainer_ids"]:
                self._add_trainer_item(person_id)
        super().set_values({k: v for k, v in values.items() if k in self.fields}, initial=initial)
        self._check_period()

    def save(self) -> None:
        try:
            rows = self.session_rows()
        except Invalid as exc:
            self.sessions_problem.setText(problem(exc))
            return
        if not rows:
            self.sessions_problem.setText(self.tr("A training has at least one day"))
            return
        self.sessions_problem.clear()
        super().save()


    def save_work(self, session: Any, values: dict[str, Any]) -> str:
        english = self.loaded_english  # no English fields on the form: kept as they are
        data = trainings.TrainingInput(
            cycle_id=values["cycle_id"], title=values["title"], topic=values.get("topic"),
            settlement_id=values.get("settlement_id"), venue=values.get("venue"),
            capacity=values.get("capacity") or None, agenda=values.get("agenda"), notes=values.get("notes"),
            trainer_ids=tuple(self.trainer_ids),
            sessions=tuple(trainings.SessionInput(start, end, title, sid)
                           for start, end, title, sid in self.session_rows()),
            title_kk=values.get("title_kk"), venue_kk=values.get("venue_kk"), title_en=english[0],
            venue_en=english[1])
        if self.training_id:
            trainings.update_training(session, self.training_id, data)
            return self.training_id
        return trainings.create_training(session, data)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, FormInvalid):
            self._saving = False
            for name, issue in exc.errors.items():
                if name in self.fields:
                    self.show_problem(name, problem(issue))
                else:
                    self.sessions_problem.setText(problem(issue))
            return
        super()._save_failed(exc)

    def retranslate_form(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.sessionsTable.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Starts"), self.tr("Ends"), self.tr("Title")])
        self.setWindowTitle(self.tr("Edit training") if self.training_id else self.tr("New training"))
        self._check_period()  # the warning in the new language
