"""Trainings: the list filtered by cycle, settlement, trainer and dates; the chosen training's days with
registered and present; and what to do with them: edit, check-in, back-entry, print, import a roster.

The table fits the page's width (the widest columns give way, their text shown whole in the tooltip); the buttons
that need a training are disabled while none is chosen; Copy, Export, Find and History work here as on every
list; a training just saved is the one selected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QTableWidgetItem,
    QWidget,
)

from fieldapp.formatting import format_count, format_date
from fieldapp.ui import errors, i18n, printing
from fieldapp.ui.forms.ui_trainings_page import Ui_TrainingsPage
from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.pages import Page, register
from fieldapp.ui.text_fit import wrap_titles

if TYPE_CHECKING:  # the service (and the database layer) is imported where used: the page is built at the start
    from fieldapp.services import trainings

NO_DATE = QDate(2000, 1, 1)
FILTER_DELAY_MS = 150


class TrainingsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[trainings.TrainingRow] = []
        self.headers: list[str] = []
        self.badges: Any = None  # fieldapp.ui.badges.RecordBadges: not sent, in conflict, refused

    def badges_arrived(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def set_rows(self, rows: list[trainings.TrainingRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (6, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.column() == 0 and self.badges is not None:
            row_id = self.rows[index.row()].id
            if role == Qt.ItemDataRole.DecorationRole:
                return self.badges.decoration(row_id)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.badges.tooltip(row_id, self.rows[index.row()].number or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole  # a cut text is read whole in the tooltip
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        sessions = r.sessions
        values = [r.number or "", r.title, r.settlement or "", r.cycle, days_text([s.starts_at for s in sessions]),
                  ", ".join(r.trainers), str(sessions[0].registered if sessions else 0),
                  " / ".join(str(s.present) for s in sessions)]
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def days_text(days: list[Any]) -> str:
    """The days of a training, short: "15, 16, 17.10.2019" within a month, else each date in full."""
    if not days:
        return ""
    if len({(d.year, d.month) for d in days}) == 1:
        return ", ".join(f"{d.day:02d}" for d in days[:-1]) + (", " if len(days) > 1 else "") + format_date(days[-1])
    return ", ".join(format_date(d) for d in days)


def _last_blank_rows(session: Any, session_id: str) -> int:
    from fieldapp.documents.signin_sheet import last_blank_rows

    return last_blank_rows(session, session_id)


@register
class TrainingsPage(Page):
    order = 40
    key = "trainings"
    icon_name = "mdi6.school-outline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingsPage()
        self.ui.setupUi(self)
        self.model = TrainingsModel(self)
        view = self.ui.trainingsView
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it (keyboard order = visual)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.horizontalHeader().setStretchLastSection(True)
        wrap_titles(view)
        view.activated.connect(lambda _index: self.edit_training())
        view.selectionModel().currentRowChanged.connect(lambda *_: self.show_sessions())
        self.selected_after_load: str | None = None  # a training just saved: selected when the list arrives
        table = self.ui.sessionsTable
        table.setColumnCount(5)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap_titles(table)
        table.itemActivated.connect(lambda _item: self.check_in())
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")  # the minimum date means "any date"
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(lambda _d: self.schedule_reload())
            edit.installEventFilter(self)  # one Tab stop: Qt's Tab walks the sections, and is stuck on "—"
        for combo in (self.ui.cycleCombo, self.ui.settlementCombo, self.ui.trainerCombo):
            combo.currentIndexChanged.connect(lambda _i: self.schedule_reload())
        self.ui.searchEdit.textChanged.connect(lambda _t: self.schedule_reload())
        self.ui.searchEdit.installEventFilter(self)  # Down goes to the list, as on the other list pages
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._filling = False
        self.list_query: LiveQuery[list[trainings.TrainingRow]] | None = None
        self.choices_query: LiveQuery[trainings.TrainingFilters] | None = None
        self._asked_filters: dict[str, Any] | None = None  # what the list was last asked with
        self.print_menu = QMenu(self)
        self.print_actions = {kind: QAction(self) for kind in ("signin", "certificates", "summary")}
        for kind, action in self.print_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.print_document(k))
            self.print_menu.addAction(action)
        self.print_actions["signin"].setShortcut(QKeySequence.StandardKey.Print)
        self.ui.printButton.setMenu(self.print_menu)
        self.addActions(list(self.print_actions.values()))
        self.delete_action = QAction(self)  # Del on the list, and its right-click menu
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_training())
        self.ui.trainingsView.addAction(self.delete_action)
        self.ui.trainingsView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.ui.newButton.clicked.connect(self.new_training)
        self.ui.editButton.clicked.connect(self.edit_training)
        self.ui.checkInButton.clicked.connect(self.check_in)
        self.ui.backEntryButton.clicked.connect(self.back_entry)
        self.ui.importButton.clicked.connect(self.import_roster)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_training)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.check_in)
        QShortcut(QKeySequence("Ctrl+B"), self, activated=self.back_entry)
        self.dialog: Any = None
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Trainings")

    # -- data ------------------------------------------------------------------------------------------
    def attach(self, ops: Any, db: Any) -> None:
        super().attach(ops, db)
        self._update_buttons()
        self.list_query = LiveQuery(ops, self, self._list_question, self._listed)
        from fieldapp.ui.badges import RecordBadges

        self.model.badges = RecordBadges(ops, self, "training", lambda: [r.id for r in self.model.rows])
        self.model.badges.changed.connect(self.model.badges_arrived)
        self.choices_query = LiveQuery(ops, self, self._choices_question, self._choices_loaded)
        self.choices_query.refresh_when_seen()

    def _choices_question(self) -> Any:
        from fieldapp.services import trainings

        lang = i18n.current_language()
        return lambda session: trainings.filter_choices(session, lang)

    def _choices_loaded(self, choices: trainings.TrainingFilters) -> None:
        self._filling = True
        for combo, items, everyone in ((self.ui.cycleCombo, choices.cycles, self.tr("All cycles")),
                                       (self.ui.settlementCombo, choices.settlements, self.tr("All settlements")),
                                       (self.ui.trainerCombo, choices.trainers, self.tr("All trainers"))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everyone, None)
            for item in items:
                combo.addItem(item.name, item.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._filling = False
        if self._asked_filters != self.filters():  # the first time, a choice gone, another language; after a
            self.reload()  # write the list asks again by itself (its LiveQuery): not twice

    def schedule_reload(self) -> None:
        if not self._filling:
            self._timer.start()

    def filters(self) -> dict[str, Any]:
        def day(edit: Any) -> dt.date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return {"cycle_id": self.ui.cycleCombo.currentData(), "settlement_id": self.ui.settlementCombo.currentData(),
                "trainer_id": self.ui.trainerCombo.currentData(), "date_from": day(self.ui.fromDate),
                "date_to": day(self.ui.toDate), "text": self.ui.searchEdit.text(), "lang": i18n.current_language()}

    def reload(self) -> None:
        if self.list_query is not None:
            self.list_query.refresh_when_seen()

    def _list_question(self) -> Any:
        from fieldapp.services import trainings

        filters = self._asked_filters = self.filters()
        return lambda session: trainings.list_trainings(session, **filters)

    def refresh(self) -> None:
        self.reload()
        if self.choices_query is not None:
            self.choices_query.refresh()

    def _listed(self, rows: list[trainings.TrainingRow]) -> None:
        selected = self.current_training()
        wanted = self.selected_after_load or (selected.id if selected else None)
        self.selected_after_load = None
        self.model.set_rows(rows)
        if self.model.badges is not None:
            self.model.badges.refresh()
        self.fit_columns()
        self.ui.listStack.setCurrentWidget(self.ui.trainingsView if rows else self.ui.emptyLabel)
        index = next((i for i, r in enumerate(rows) if r.id == wanted), 0)
        if rows:
            self.ui.trainingsView.selectRow(index)
            self.ui.trainingsView.scrollTo(self.model.index(index, 0))
        self.show_sessions()
        self.data_shown.emit()

    def fit_columns(self) -> None:
        """Every column within the page's width, no sideways scrolling: the widest give way (list_panel's rule)."""
        from fieldapp.ui.list_panel import fit_columns

        fit_columns(self.ui.trainingsView, self.model.columnCount())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.model.rows:
            QTimer.singleShot(0, self, self.fit_columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched in (self.ui.fromDate, self.ui.toDate) and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.focusNextPrevChild(key == Qt.Key.Key_Tab)  # the date's sections are reached by Left and Right
            return True
        if watched is self.ui.searchEdit and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.model.rowCount():
            from fieldapp.ui.list_panel import enter_list

            enter_list(self.ui.trainingsView)
            return True
        return super().eventFilter(watched, event)

    def current_training(self) -> trainings.TrainingRow | None:
        index = self.ui.trainingsView.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def show_sessions(self) -> None:
        training = self.current_training()
        table = self.ui.sessionsTable
        table.setRowCount(0)
        self._update_buttons()
        if training is None:
            self.ui.sessionsLabel.clear()
            return
        self.ui.sessionsLabel.setText(f"{training.number or ''}  {training.title}")
        today, lang = dt.date.today(), i18n.current_language()
        pick = 0
        for row, s in enumerate(training.sessions):
            table.insertRow(row)
            time = s.starts_at.strftime("%H:%M") + (f"–{s.ends_at:%H:%M}" if s.ends_at else "")
            cells = [f"{s.index}. {format_date(s.starts_at)}" + (f" {s.title}" if s.title else ""), time,
                     format_count(s.registered, lang), format_count(s.present, lang), "✓" if s.checked else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):  # counts line up on the right, as in the trainings' list above
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                elif column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
            if s.starts_at.date() <= today:
                pick = row
        if training.sessions:
            table.selectRow(pick)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """What needs a training (or one of its days) is disabled while none is chosen; the tooltip says why."""
        training = self.current_training()
        chosen = training is not None
        day = training is not None and bool(training.sessions)
        for button, enabled in ((self.ui.editButton, chosen), (self.ui.checkInButton, day),
                                (self.ui.backEntryButton, day), (self.ui.printButton, chosen)):
            button.setEnabled(enabled and self.ops is not None)
        for kind, action in self.print_actions.items():
            action.setEnabled((day if kind == "signin" else chosen) and self.ops is not None)
        self.delete_action.setEnabled(chosen and self.ops is not None)
        self.ui.buttonsHint.setText("" if chosen or not self.model.rows else
                                    self.tr("Choose a training in the list to edit it, check people in or print."))
        self.actions_changed.emit()

    def current_session_id(self) -> str | None:
        training = self.current_training()
        row = self.ui.sessionsTable.currentRow()
        if training is None or not training.sessions:
            return None
        return training.sessions[row if 0 <= row < len(training.sessions) else 0].id

    # -- actions ---------------------------------------------------------------------------------------
    def copy_rows(self) -> int:
        """Ctrl+C: the selected training with the header row, to paste into Excel as columns."""
        from PySide6.QtGui import QGuiApplication

        from fieldapp.ui.list_panel import rows_as_mime

        rows = sorted({i.row() for i in self.ui.trainingsView.selectionModel().selectedIndexes()})
        lines = [[self.model.index(r, c).data() for c in range(self.model.columnCount())] for r in rows]
        if lines:
            QGuiApplication.clipboard().setMimeData(rows_as_mime(self.model.headers, lines))
        return len(lines)

    def export_to(self, path: Path, title: str, done: Any = None) -> None:
        """Export to Excel: the trainings as filtered now, typed cells (first day a date, counts numbers)."""
        if self.ops is None:
            return
        headers, rows = list(self.model.headers), list(self.model.rows)
        kinds = ["text", "text", "text", "text", "date", "text", "int", "text"]

        def job() -> tuple[Path, int]:
            from fieldapp.exports.xlsx import SheetColumn, write_xlsx

            values = ([r.number or "", r.title, r.settlement or "", r.cycle,
                       r.sessions[0].starts_at if r.sessions else None, ", ".join(r.trainers),
                       r.sessions[0].registered if r.sessions else 0, " / ".join(str(s.present) for s in r.sessions)]
                      for r in rows)
            columns = [SheetColumn(h, k) for h, k in zip(headers, kinds, strict=True)]
            return path, write_xlsx(path, columns, values, title=title)

        self.ops.background(job, success=lambda result: done(*result) if done else None,
                            failure=lambda exc: errors.show_error(self, exc),
                            progress=self.tr("Writing the Excel file…"))

    def new_training(self) -> None:
        from fieldapp.ui.training_form import TrainingDialog

        if self.ops is None:
            return
        self.dialog = TrainingDialog(self.ops, None, self, cycle_id=self.ui.cycleCombo.currentData())
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, training_id: Any) -> None:
        """The training just saved is the one selected when the list comes back (the write announced it)."""
        self.selected_after_load = str(training_id)
        if not self.ui.searchEdit.text() and self.ui.cycleCombo.currentData() is None:
            return
        # the filters might hide it: cleared, so the new training is in the list
        self._filling = True
        self.ui.searchEdit.clear()
        for combo in (self.ui.cycleCombo, self.ui.settlementCombo, self.ui.trainerCombo):
            combo.setCurrentIndex(0)
        self.ui.fromDate.setDate(NO_DATE)
        self.ui.toDate.setDate(NO_DATE)
        self._filling = False
        self.reload()

    def edit_training(self) -> None:
        from fieldapp.ui.training_form import TrainingDialog

        training = self.current_training()
        if training is not None:
            self.dialog = TrainingDialog(self.ops, training.id, self)
            self.dialog.saved.connect(self._saved)
            self.dialog.open()

    def check_in(self) -> None:
        from fieldapp.ui.checkin import CheckInDialog

        session_id = self.current_session_id()
        if session_id is not None:
            self.dialog = CheckInDialog(self.ops, session_id, self)
            self.dialog.open()

    def back_entry(self) -> None:
        from fieldapp.ui.back_entry import BackEntryDialog

        session_id = self.current_session_id()
        if session_id is not None:
            self.dialog = BackEntryDialog(self.ops, session_id, self)
            self.dialog.open()

    def import_roster(self) -> None:
        from fieldapp.ui.import_dialog import ImportDialog, RosterImport

        training = self.current_training()
        self.dialog = ImportDialog(self.ops, RosterImport(training.id if training else None), self)
        self.dialog.open()

    def ask_share(self) -> float | None:
        """The share of the days a participant must have attended (tests replace this)."""
        percent, ok = QInputDialog.getInt(self, self.tr("Certificates"),
                                          self.tr("Attended at least this share of the days (%):"), 50, 1, 100)
        return percent / 100 if ok else None

    def ask_blank_rows(self, session_id: str) -> None:
        """How many blank rows for walk-ins (the session's last choice to start with), then the sign-in sheet."""
        def ask(last: int) -> None:
            from fieldapp.documents.signin_sheet import MAX_BLANK_ROWS

            self.dialog = dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("Sign-in sheet"))
            dialog.setLabelText(self.tr("Blank rows for people who come without registering:"))
            dialog.setInputMode(QInputDialog.InputMode.IntInput)
            dialog.setIntRange(0, MAX_BLANK_ROWS)
            dialog.setIntValue(last)
            dialog.intValueSelected.connect(lambda rows: self.print_document("signin", rows))
            dialog.open()

        if self.ops is not None:
            self.ops.read(lambda session: _last_blank_rows(session, session_id), success=ask)

    def print_document(self, kind: str, blank_rows: int | None = None) -> None:
        """Print a document of the chosen training (the one printing path: fieldapp.ui.printing); the sign-in
        sheet asks for its blank rows first, certificates for the share of days attended."""
        training = self.current_training()
        session_id = self.current_session_id()
        if training is None or self.ops is None or (kind == "signin" and session_id is None):
            return
        if kind == "signin" and blank_rows is None:
            self.ask_blank_rows(session_id)
            return
        share = self.ask_share() if kind == "certificates" else None
        if kind == "certificates" and share is None:
            return
        names = {"signin": self.tr("sign-in sheet"), "certificates": self.tr("certificates"),
                 "summary": self.tr("attendance summary")}
        name = f"{training.number or training.title} {names[kind]}"
        training_id = training.id

        def prepare(session: Any, lang: str) -> Any:
            from fieldapp.documents import training_documents

            return training_documents.prepare(session, kind, lang, training_id=training_id, session_id=session_id,
                                              blank_rows=blank_rows or 0, min_share=share or 0.5)

        def render(prepared: Any, path: Path) -> Path:
            from fieldapp.documents import training_documents

            return training_documents.render(prepared, path)

        from fieldapp.services import reasons

        printing.print_prepared(self, self.ops, name, prepare, render, reasons.coded(f"printed.{kind}"),
                                shown=self._preview_shown)

    def _preview_shown(self, dialog: Any) -> None:
        self.dialog = dialog

    # -- texts -----------------------------------------------------------------------------------------
    def shows_data(self) -> bool:
        return True

    def delete_training(self) -> None:
        """Asks with what it takes out of the figures ("No" being Enter's answer), then deletes it softly."""
        training = self.current_training()
        if training is None or self.ops is None:
            return
        training_id = training.id

        def marks(session: Any) -> int:
            from fieldapp.services import trainings as service

            return service.marks_of(session, training_id)

        self.ops.read(marks, success=lambda found: self._confirm_delete(training, found))

    def _confirm_delete(self, training: trainings.TrainingRow, marks: int) -> None:
        from fieldapp.ui import choose

        text = self.tr("Delete the training “%1”? Its %n attendance mark(s) no longer count in the figures. The "
                       "record is kept in the history.", "", marks).replace("%1", training.title)
        if not choose.confirm(self, self.tr("Delete the training"), text):
            return
        training_id = training.id

        def delete(session: Any) -> None:
            from fieldapp.services import trainings as service

            service.soft_delete_training(session, training_id)

        self.ops.write(delete, reason="deleted", failure=lambda exc: errors.show_error(self, exc))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        everyone = {self.ui.cycleCombo: self.tr("All cycles"), self.ui.settlementCombo: self.tr("All settlements"),
                    self.ui.trainerCombo: self.tr("All trainers")}
        for combo, text in everyone.items():
            if combo.count():
                combo.setItemText(0, text)
        if self.choices_query is not None:  # the settlements' names in the new language
            self.choices_query.refresh_when_seen()
        self.model.headers = [self.tr("Number"), self.tr("Title"), self.tr("Settlement"), self.tr("Cycle"),
                              self.tr("Days"), self.tr("Trainers"), self.tr("Registered"), self.tr("Present")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.headers) - 1)
        self.ui.sessionsTable.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Time"), self.tr("Registered"), self.tr("Present"), self.tr("Checked")])
        self.ui.searchEdit.setPlaceholderText(self.tr("Find a training (Ctrl+F)"))
        self.delete_action.setText(self.tr("&Delete the training…"))
        self.ui.emptyLabel.setText(self.tr("No trainings here yet — Ctrl+N adds one."))
        self.ui.newButton.setText(self.tr("&New"))
        self.ui.newButton.setToolTip(self.tr("New training (Ctrl+N)"))
        self.ui.editButton.setText(self.tr("&Edit"))
        self.ui.checkInButton.setText(self.tr("Check-&in"))
        self.ui.checkInButton.setToolTip(self.tr("Check people in at the door (Ctrl+K)"))
        self.ui.backEntryButton.setText(self.tr("Signed &sheet"))
        self.ui.backEntryButton.setToolTip(self.tr("Enter attendance from the signed sheet (Ctrl+B)"))
        self.ui.printButton.setText(self.tr("&Print"))
        self.ui.importButton.setText(self.tr("&Import…"))
        self.ui.importButton.setToolTip(self.tr("Import participants from an Excel or CSV list"))
        self.print_actions["signin"].setText(self.tr("Sign-in sheet of the day"))
        self.print_actions["certificates"].setText(self.tr("Certificates of participation…"))
        self.print_actions["summary"].setText(self.tr("Attendance summary"))

    # -- the Edit and File menus on this page: its own table --------------------------------------------------
    def can_find(self) -> bool:
        return True

    def focus_filter(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def can_copy(self) -> bool:
        return True

    def copy_selection(self) -> int:
        return self.copy_rows()

    def can_export(self) -> bool:
        return True

    def can_show_history(self) -> bool:
        return True

    def show_history(self) -> Any:
        """Who changed the chosen training, what and when (Ctrl+H)."""
        from fieldapp.ui.history_dialog import HistoryDialog

        training = self.current_training()
        if training is None or self.ops is None:
            return None
        self.dialog = HistoryDialog(self.ops, "trainings", training.id,
                                    f"{training.number or ''} {training.title}".strip(), self)
        self.dialog.open()
        return self.dialog
