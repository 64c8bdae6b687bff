"""Recording a site visit: the visit, progress against the work plan and the programme's checklist, findings and
the decision on the next tranche, photos, and follow-up actions — on tabs, so it fits a 1366×768 laptop; every
field is reached with Tab, Ctrl+PgDown goes to the next tab, Ctrl+S finishes the visit, "Save draft" keeps it to
finish later (and a draft of the typing is kept every two seconds, so a crash loses nothing). A final-acceptance
visit says, under the tabs, what the project still lacks to be completed (the one rule of
``services/completion.py``, asked with what the form holds), and after finishing whether the project is completed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date, parse_date
from fieldapp.problems import FormInvalid, Invalid
from fieldapp.services import completion, geo, photos, visits
from fieldapp.ui import i18n, style
from fieldapp.ui.form import TYPING, FormDialog, show_tab_of
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem, text_for
from fieldapp.ui.visit_fields import LocationField, PhotoList

RESULTS = ("unchecked", "yes", "no", "na")


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise Invalid("date.format", f"Not a date: {text!r}", params={"text": text}) from None


def _time(text: str) -> dt.time:
    try:
        return dt.datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise Invalid("time.format", f"Not a time: {text!r} (use HH:MM)", params={"text": text}) from None


def _text_edit(parent: QWidget, name: str, height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere in the form
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


class VisitDialog(FormDialog):
    def __init__(self, ops: Operations, visit_id: str | None, parent: QWidget | None = None,
                 agreement_id: str | None = None) -> None:
        super().__init__(ops, f"visit/{visit_id or 'new'}", parent)
        self.setObjectName("VisitDialog")
        self.visit_id = visit_id
        self.default_agreement = agreement_id
        self.form: visits.VisitForm | None = None
        self.final = True
        self.progress_rows: list[tuple[str, QSpinBox, QLineEdit]] = []
        self.check_rows: list[tuple[str, QComboBox, QLineEdit]] = []
        self.resize(880, 640)
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("visitTabs")
        outer.addWidget(self.tabs, 1)
        self._visit_tab()
        self._work_tab()
        self._findings_tab()
        self.photos = PhotoList(self)
        self.tabs.addTab(self.photos, "")
        self._actions_tab()
        self.completion_note = QLabel(self)
        self.completion_note.setObjectName("completionNote")
        self.completion_note.setWordWrap(True)
        self.completion_note.hide()
        outer.addWidget(self.completion_note)
        self.completion_state: completion.CompletionState | None = None
        self.outcome_box: QMessageBox | None = None
        self._completion_asked = 0
        self._completion_timer = QTimer(self)
        self._completion_timer.setSingleShot(True)
        self._completion_timer.setInterval(250)
        self._completion_timer.timeout.connect(self._ask_completion)
        self.general_problem = QLabel(self)
        self.general_problem.setObjectName("generalProblem")
        self.general_problem.setWordWrap(True)
        self.general_problem.setStyleSheet(f"color: {style.error_colour().name()};")
        outer.addWidget(self.general_problem)
        self.buttons = QDialogButtonBox(self)
        self.draft_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_button.setObjectName("draftButton")
        self.finish_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.finish_button.setObjectName("finishButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        outer.addWidget(self.buttons)
        self.finish_button.clicked.connect(self.finish)
        self.draft_button.clicked.connect(self.save_as_draft)
        self.buttons.rejected.connect(self.reject)
        self.photos.files_chosen.connect(self.add_files)
        self.photos.place_chosen.connect(lambda lat, lon: self.location.set_form_value(geo.format_point(lat, lon)))
        self.photos.changed.connect(self._draft_touched)
        self.agreement.currentIndexChanged.connect(lambda _i: self._project_changed())
        self.decision.currentIndexChanged.connect(lambda _i: self._decision_changed())
        for signal in (self.purpose.currentIndexChanged, self.decision.currentIndexChanged,
                       self.agreement.currentIndexChanged, self.visited_on.textChanged, self.actions.itemChanged,
                       self.actions.model().rowsInserted, self.actions.model().rowsRemoved):
            signal.connect(lambda *_: self._completion_timer.start())
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+Tab", 1), ("Ctrl+PgUp", -1), ("Ctrl+Shift+Tab", -1)):
            QShortcut(QKeySequence(keys), self, activated=lambda step=step: self.turn_tab(step))
        self.retranslate_form()
        self._mark_required()
        lang = i18n.current_language()
        default = agreement_id
        ops.read(lambda s: visits.visit_form(s, visit_id, lang, default), success=self._loaded)

    def turn_tab(self, step: int) -> None:
        """The next or previous tab, its first field given the focus."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        page = self.tabs.currentWidget()
        first = {0: self.agreement, 2: self.findings, 3: self.photos.add_button, 4: self.actions}.get(
            self.tabs.currentIndex())
        if self.tabs.currentIndex() == 1 and (self.progress_rows or self.check_rows):
            first = (self.progress_rows or self.check_rows)[0][1]
        (first or page).setFocus(Qt.FocusReason.TabFocusReason)

    # -- building ------------------------------------------------------------------------------------
    def _scrolled_form(self, name: str) -> tuple[QFormLayout, QWidget]:
        area = QScrollArea(self)
        area.setObjectName(name)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        layout = QFormLayout(inner)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        area.setWidget(inner)
        self.tabs.addTab(area, "")
        return layout, inner

    def _visit_tab(self) -> None:
        layout, inner = self._scrolled_form("visitTab")
        self.visit_layout = layout
        self.agreement = QComboBox(inner)
        self.agreement.setObjectName("agreementCombo")
        self.agreement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agreement.setMinimumContentsLength(40)
        self.visited_on = QLineEdit(inner)
        self.visited_on.setObjectName("visitedOnEdit")
        self.visited_on.setPlaceholderText("dd.mm.yyyy")
        self.visit_time = QLineEdit(inner)
        self.visit_time.setObjectName("visitTimeEdit")
        self.visit_time.setPlaceholderText("HH:MM")
        self.officer = QComboBox(inner)
        self.officer.setObjectName("officerCombo")
        self.announced = QComboBox(inner)
        self.announced.setObjectName("announcedCombo")
        self.purpose = QComboBox(inner)
        self.purpose.setObjectName("purposeCombo")
        self.people_met = _text_edit(inner, "peopleMetEdit")
        self.location = LocationField(inner)
        self.labels: dict[str, QLabel] = {}
        for name, widget in (("agreement_id", self.agreement), ("visited_on", self.visited_on),
                             ("visit_time", self.visit_time), ("officer_id", self.officer),
                             ("announced", self.announced), ("purpose", self.purpose),
                             ("people_met", self.people_met), ("location", self.location)):
            label = QLabel(inner)
            label.setBuddy(widget)
            self.labels[name] = label
            layout.addRow(label, widget)
        self.bind(layout, "agreement_id", self.agreement, required=True)
        self.bind(layout, "visited_on", self.visited_on, required=True, check=_date)
        self.bind(layout, "visit_time", self.visit_time, check=_time)
        self.bind(layout, "officer_id", self.officer)
        self.bind(layout, "announced", self.announced)
        self.bind(layout, "purpose", self.purpose)
        self.bind(layout, "people_met", self.people_met)
        self.bind(layout, "location", self.location, check=geo.parse_point)

    def _work_tab(self) -> None:
        layout, inner = self._scrolled_form("workTab")
        self.work_layout = layout
        self.work_inner = inner
        self.progress_title: QLabel | None = None
        self.checklist_title: QLabel | None = None

    def _findings_tab(self) -> None:
        layout, inner = self._scrolled_form("findingsTab")
        self.findings = _text_edit(inner, "findingsEdit", 80)
        self.feedback = _text_edit(inner, "feedbackEdit")
        self.users_seen = QSpinBox(inner)
        self.users_seen.setObjectName("usersSeenSpin")
        self.users_seen.setRange(0, 100000)
        self.decision = QComboBox(inner)
        self.decision.setObjectName("decisionCombo")
        self.hold_reason = _text_edit(inner, "holdReasonEdit")
        for name, widget in (("findings", self.findings), ("beneficiary_feedback", self.feedback),
                             ("users_seen", self.users_seen), ("decision", self.decision),
                             ("hold_reason", self.hold_reason)):
            label = QLabel(inner)
            label.setBuddy(widget)
            self.labels[name] = label
            layout.addRow(label, widget)
            self.bind(layout, name, widget)

    def _actions_tab(self) -> None:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.actions_hint = QLabel(tab)
        self.actions_hint.setWordWrap(True)
        layout.addWidget(self.actions_hint)
        self.actions = QTableWidget(0, 3, tab)
        self.actions.setObjectName("actionsTable")
        self.actions.setEditTriggers(TYPING)
        self.actions.setTabKeyNavigation(True)
        header = self.actions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)  # a date's width: retranslate_form
        layout.addWidget(self.actions, 1)
        row = QHBoxLayout()
        self.add_action_button = QPushButton(tab)
        self.add_action_button.setObjectName("addActionButton")
        self.remove_action_button = QPushButton(tab)
        self.remove_action_button.setObjectName("removeActionButton")
        row.addWidget(self.add_action_button)
        row.addWidget(self.remove_action_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_action_button.clicked.connect(lambda: self.add_action_row())
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.actions, activated=lambda: self.add_action_row(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action_button.clicked.connect(self.remove_action_row)
        self.tabs.addTab(tab, "")

    # -- loading -------------------------------------------------------------------------------------
    def _loaded(self, form: visits.VisitForm) -> None:
        self.form = form
        self.agreement.blockSignals(True)
        self.agreement.clear()
        for project in form.projects:
            self.agreement.addItem(project.label, project.agreement_id)
        self.agreement.setCurrentIndex(-1)
        self.agreement.blockSignals(False)
        self.officer.clear()
        for officer in form.officers:
            self.officer.addItem(officer.name, officer.id)
        data = form.data
        if data is None:
            # the project is chosen, never assumed: the first of the list would record the visit on a project the
            # officer did not pick unless they noticed (the combo says "Choose the project…")
            agreement = self.default_agreement
            values: dict[str, Any] = {"agreement_id": agreement, "visited_on": format_date(dt.date.today()),
                                      "visit_time": dt.datetime.now().strftime("%H:%M"),
                                      "officer_id": form.current_user_id, "announced": "yes",
                                      "purpose": "monitoring", "decision": ""}
            self.set_values(values, initial=False)
            self._project_changed()
        else:
            self.set_values({"agreement_id": data.agreement_id, "visited_on": format_date(data.visited_on),
                             "visit_time": data.visit_time.strftime("%H:%M") if data.visit_time else "",
                             "officer_id": data.officer_id, "announced": "yes" if data.announced else "no",
                             "purpose": data.purpose, "people_met": data.people_met,
                             "location": geo.format_point(data.latitude, data.longitude),
                             "findings": data.findings, "beneficiary_feedback": data.beneficiary_feedback,
                             "users_seen": data.users_seen or 0, "decision": data.decision or "",
                             "hold_reason": data.hold_reason})
            self._project_changed(dict((a, (p, c)) for a, p, c in data.progress),
                                  {item: (r, c) for item, r, c in data.checks})
            for action in form.actions:
                self.add_action_row(action.description, action.owner, action.due_on, action.id, action.status)
            for photo in form.photos:
                self.photos.add_recorded(photo.id, photo.file_name, photo.caption, photo.taken_at, photo.latitude,
                                         photo.longitude, None)
                self.photos.set_sha(photo.id, photo.sha256)
            wanted = [(p.id, p.sha256, p.orientation) for p in form.photos]
            if wanted:
                self.ops.read(lambda s: photos.thumbnails(s, wanted), success=self._thumbnails)
        self._initial = self.values()
        self._decision_changed()
        self._ask_completion()
        self._update_title()
        self.tabs.setCurrentIndex(0)
        self.agreement.setFocus(Qt.FocusReason.OtherFocusReason)
        self.offer_draft()

    def _thumbnails(self, found: dict[str, bytes]) -> None:
        from PySide6.QtGui import QIcon, QPixmap

        for row in range(self.photos.list.count()):
            item = self.photos.list.item(row)
            data = found.get(item.data(Qt.ItemDataRole.UserRole))
            if data:
                pixmap = QPixmap()
                pixmap.loadFromData(data)
                item.setIcon(QIcon(pixmap))

    def project(self) -> visits.Project | None:
        agreement_id = self.agreement.currentData()
        return next((p for p in (self.form.projects if self.form else ()) if p.agreement_id == agreement_id), None)

    def _project_changed(self, progress: dict[str, tuple[int, str | None]] | None = None,
                         checks: dict[str, tuple[str, str | None]] | None = None) -> None:
        """The work plan and the checklist of the project chosen (answers kept where the same item is)."""
        old_progress = {a: (spin.value(), edit.text()) for a, spin, edit in self.progress_rows}
        old_checks = {item: (combo.currentData(), edit.text()) for item, combo, edit in self.check_rows}
        progress = progress if progress is not None else old_progress
        checks = checks if checks is not None else old_checks
        layout = self.work_layout
        while layout.rowCount():
            layout.removeRow(0)
        self.progress_title = QLabel(self.work_inner)
        self.progress_title.setObjectName("progressTitle")
        self.checklist_title = QLabel(self.work_inner)
        self.checklist_title.setObjectName("checklistTitle")
        self.progress_rows, self.check_rows = [], []
        project = self.project()
        layout.addRow(self.progress_title)
        for activity in project.activities if project else ():
            percent, comment = progress.get(activity.id, (0, ""))
            spin = QSpinBox(self.work_inner)
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(int(percent or 0))
            spin.setObjectName(f"progress{len(self.progress_rows)}")
            edit = QLineEdit(comment or "", self.work_inner)
            edit.setObjectName(f"progressComment{len(self.progress_rows)}")
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(edit, 1)
            label = QLabel(activity.name, self.work_inner)
            label.setWordWrap(True)
            label.setMinimumWidth(260)
            label.setBuddy(spin)
            layout.addRow(label, row)
            spin.valueChanged.connect(lambda _v: self._draft_touched())
            edit.textChanged.connect(lambda _t: self._draft_touched())
            self.progress_rows.append((activity.id, spin, edit))
        layout.addRow(self.checklist_title)
        for item in project.checklist if project else ():
            result, comment = checks.get(item, ("unchecked", ""))
            combo = QComboBox(self.work_inner)
            combo.setObjectName(f"check{len(self.check_rows)}")
            for code in RESULTS:
                combo.addItem(self._result_text(code), code)
            combo.setCurrentIndex(max(combo.findData(result), 0))
            edit = QLineEdit(comment or "", self.work_inner)
            edit.setObjectName(f"checkComment{len(self.check_rows)}")
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(edit, 1)
            label = QLabel(item, self.work_inner)
            label.setWordWrap(True)
            label.setMinimumWidth(260)
            label.setBuddy(combo)
            layout.addRow(label, row)
            combo.currentIndexChanged.connect(lambda _i: self._draft_touched())
            edit.textChanged.connect(lambda _t: self._draft_touched())
            self.check_rows.append((item, combo, edit))
        self._retranslate_work()
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Tab goes through the work tab's answers in reading order (rows were made after the other tabs)."""
        chain: list[QWidget] = []
        for _a, spin, edit in self.progress_rows:
            chain += [spin, edit]
        for _i, combo, edit in self.check_rows:
            chain += [combo, edit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _draft_touched(self) -> None:
        self._completion_timer.start()
        self._draft_dirty = True
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _decision_changed(self) -> None:
        hold = self.decision.currentData() == "hold"
        self.hold_reason.setEnabled(hold)
        label = self.labels["hold_reason"]
        label.setEnabled(hold)

    # -- completion ----------------------------------------------------------------------------------
    def pending_visit(self) -> completion.PendingVisit:
        """The visit as the form holds it, for the completion rule."""
        try:
            visited_on = parse_date(self.visited_on.text())
        except ValueError:
            visited_on = dt.date.today()
        new_actions = sum(1 for r in range(self.actions.rowCount()) if not self.actions.item(r, 0) or (
            not self.actions.item(r, 0).data(Qt.ItemDataRole.UserRole) and self.actions.item(r, 0).text().strip()))
        return completion.PendingVisit(self.visit_id, visited_on, self.purpose.currentData() or "monitoring",
                                       self.decision.currentData() or None,
                                       tuple((item, combo.currentData()) for item, combo, _e in self.check_rows),
                                       new_actions)

    def _ask_completion(self) -> None:
        """Ask the rule (off the GUI thread) what a final-acceptance visit still lacks; others say nothing."""
        agreement_id = self.agreement.currentData()
        self._completion_asked += 1
        asked = self._completion_asked
        if self.purpose.currentData() != "acceptance" or not agreement_id or self.form is None:
            self.completion_state = None
            self.completion_note.hide()
            return
        pending = self.pending_visit()
        self.ops.read(lambda s: completion.completion_state(s, agreement_id, pending),
                      success=lambda state: self._show_completion(state, asked))

    def _show_completion(self, state: completion.CompletionState, asked: int) -> None:
        if asked != self._completion_asked:
            return  # the form changed since: a newer answer is on its way
        self.completion_state = state
        self.completion_note.setText(self.completion_text(state))
        colour = style.error_colour().name() if state.reasons else "#2e7d32"
        self.completion_note.setStyleSheet(f"color: {colour};")
        self.completion_note.show()

    def completion_text(self, state: completion.CompletionState) -> str:
        if state.in_order:
            return self.tr("Everything is in order: finishing this visit completes the project.")
        return self.tr("Not yet in order for completion: %1.").replace(
            "%1", "; ".join(text_for(r.code, r.code, r.params) for r in state.reasons))

    def _saved(self, result: Any) -> None:
        agreement_id, acceptance = self.agreement.currentData(), self.purpose.currentData() == "acceptance"
        if self.final and acceptance and agreement_id:  # tell the officer what the finished visit did
            parent = self.parentWidget()
            self.ops.read(lambda s: completion.outcome(s, agreement_id),
                          success=lambda found: self._show_outcome(found, parent))
        super()._saved(result)

    def _show_outcome(self, found: completion.Outcome, parent: QWidget | None) -> None:
        if found.status == "completed":
            text = self.tr("Project %1 is completed on %2: %3 beneficiaries reached.").replace(
                "%1", found.number).replace("%2", format_date(found.completed_on) if found.completed_on else "—") \
                .replace("%3", str(found.beneficiaries_reached or 0))
        else:
            text = self.tr("The visit is finished. Project %1 is not completed yet: %2.").replace(
                "%1", found.number).replace("%2", "; ".join(text_for(r.code, r.code, r.params)
                                                            for r in found.state.reasons))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Final acceptance"), text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("completionOutcome")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.outcome_box = box
        box.open()

    # -- actions -------------------------------------------------------------------------------------
    def add_action_row(self, description: str = "", owner: str = "", due_on: dt.date | None = None,
                       action_id: str | None = None, status: str = "open") -> None:
        table = self.actions
        row = table.rowCount()
        table.insertRow(row)
        first = QTableWidgetItem(description)
        first.setData(Qt.ItemDataRole.UserRole, action_id)
        table.setItem(row, 0, first)
        table.setItem(row, 1, QTableWidgetItem(owner))
        table.setItem(row, 2, QTableWidgetItem(format_date(due_on) if due_on else ""))
        if status != "open":  # a closed action is history: shown, not changed here
            for column in range(3):
                item = table.item(row, column)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if not action_id:
            table.setCurrentCell(row, 0)
            table.setFocus()
        self._draft_touched()

    def remove_action_row(self) -> None:
        row = self.actions.currentRow()
        if row >= 0 and not self.actions.item(row, 0).data(Qt.ItemDataRole.UserRole):
            self.actions.removeRow(row)  # a recorded action is closed on the Actions list, never removed
            self._draft_touched()

    def action_rows(self) -> list[tuple[str | None, str, str, dt.date | None]]:
        rows = []
        table = self.actions
        for row in range(table.rowCount()):
            cells = [table.item(row, c).text().strip() if table.item(row, c) else "" for c in range(3)]
            if not any(cells):
                continue
            try:
                due = parse_date(cells[2]) if cells[2] else None
            except ValueError:
                raise Invalid("actions.date", f"Action {row + 1}: not a date", params={"row": row + 1}) from None
            rows.append((table.item(row, 0).data(Qt.ItemDataRole.UserRole), cells[0], cells[1], due))
        return rows

    # -- photos --------------------------------------------------------------------------------------
    def add_files(self, paths: list) -> None:
        self.photos.problems.clear()
        self.ops.read(lambda s: photos.prepare_files(s, paths), success=self._files_prepared)

    def _files_prepared(self, prepared: list[photos.Prepared]) -> None:
        refused = []
        for entry in prepared:
            if entry.problem is not None:
                refused.append(self.tr("%1: %2").replace("%1", entry.path.name)
                               .replace("%2", problem(entry.problem)))
            elif entry.photo is not None:
                self.photos.add_new(entry.photo, entry.thumbnail)
        self.photos.problems.setText("\n".join(refused))
        if not self.location.form_value().strip():
            place = self.photos.first_place()
            if place:
                self.location.set_form_value(geo.format_point(*place))

    # -- values, drafts and saving -------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values = super().values()
        values["progress"] = [[a, spin.value(), edit.text()] for a, spin, edit in self.progress_rows]
        values["checks"] = [[i, combo.currentData(), edit.text()] for i, combo, edit in self.check_rows]
        values["actions"] = [[self.actions.item(r, c).text() if self.actions.item(r, c) else "" for c in range(3)]
                             for r in range(self.actions.rowCount())
                             if not self.actions.item(r, 0).data(Qt.ItemDataRole.UserRole)]
        values["new_photos"] = [[p.sha256, p.size, p.file_name, p.media_type,
                                 p.taken_at.isoformat() if p.taken_at else None, p.latitude, p.longitude,
                                 p.orientation, p.width, p.height] for p in self.photos.new_photos()]
        values["captions"] = self.photos.captions()
        return values

    def set_values(self, values: dict[str, Any], *, initial: bool = False) -> None:
        super().set_values({k: v for k, v in values.items() if k in self.fields}, initial=initial)
        if "progress" in values or "checks" in values:
            self._project_changed({a: (p, c) for a, p, c in values.get("progress", [])},
                                  {i: (r, c) for i, r, c in values.get("checks", [])})
        for description, owner, due in values.get("actions", []):
            self.actions.insertRow(self.actions.rowCount())
            for column, text in enumerate((description, owner, due)):
                self.actions.setItem(self.actions.rowCount() - 1, column, QTableWidgetItem(text))
        for sha, size, name, media, taken, lat, lon, orientation, width, height in values.get("new_photos", []):
            photo = photos.PhotoFile(sha, size, name, media, dt.datetime.fromisoformat(taken) if taken else None,
                                     lat, lon, orientation, width, height)
            self.photos.add_new(photo, None)
        if "captions" in values:
            self.photos.set_form_value(values["captions"])

    def finish(self) -> None:
        self.final = True
        self.save()

    def save_as_draft(self) -> None:
        self.final = False
        self.save()

    def save(self) -> None:
        from fieldapp.ui.form import finish_editing

        finish_editing(self.actions)
        try:
            self.action_rows()
        except Invalid as exc:
            self.general_problem.setText(problem(exc))
            show_tab_of(self.actions)
            return
        self.general_problem.clear()
        super().save()

    def save_work(self, session: Any, values: dict[str, Any]) -> str:
        location = values.get("location")
        data = visits.VisitData(
            agreement_id=values["agreement_id"], visited_on=values["visited_on"],
            visit_time=values.get("visit_time"), officer_id=values.get("officer_id"),
            announced=values.get("announced") != "no", purpose=values.get("purpose") or "monitoring",
            people_met=values.get("people_met"), findings=values.get("findings"),
            beneficiary_feedback=values.get("beneficiary_feedback"), users_seen=values.get("users_seen") or None,
            decision=values.get("decision") or None, hold_reason=values.get("hold_reason"),
            latitude=location[0] if location else None, longitude=location[1] if location else None,
            progress=tuple((a, spin.value(), edit.text()) for a, spin, edit in self.progress_rows),
            checks=tuple((i, combo.currentData(), edit.text()) for i, combo, edit in self.check_rows),
            actions=tuple(self.action_rows()), final=self.final)
        return visits.save_visit(session, self.visit_id, data, tuple(self.photos.new_photos()),
                                 self.photos.captions())

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, FormInvalid):
            self._saving = False
            first = None
            for name, issue in exc.errors.items():
                if name in self.fields:
                    self.show_problem(name, problem(issue))
                    first = first or self.fields[name].widget
                else:
                    self.general_problem.setText(problem(issue))
                    first = first or (self.actions if name == "actions" else self.work_inner)
            if first is not None:
                show_tab_of(first)
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if isinstance(exc, Invalid) and exc.field is None:
            self._saving = False
            self.general_problem.setText(problem(exc))
            return
        super()._save_failed(exc)

    # -- words ---------------------------------------------------------------------------------------
    def _result_text(self, code: str) -> str:
        return {"unchecked": self.tr("Not checked"), "yes": self.tr("Yes"), "no": self.tr("No"),
                "na": self.tr("Does not apply")}[code]

    def _retranslate_work(self) -> None:
        if self.progress_title is None or self.checklist_title is None:
            return
        self.progress_title.setText("<b>" + self.tr("Progress against the work plan") + "</b>")
        self.checklist_title.setText("<b>" + self.tr("Checklist") + "</b>")
        if not self.progress_rows and self.project() is not None:
            self.progress_title.setText("<b>" + self.tr("Progress against the work plan") + "</b><br>"
                                        + self.tr("The application has no work plan."))
        for _item, combo, _edit in self.check_rows:
            for index in range(combo.count()):
                combo.setItemText(index, self._result_text(combo.itemData(index)))

    def _update_title(self) -> None:
        if self.visit_id is None:
            self.setWindowTitle(self.tr("New site visit"))
        elif self.form is not None and self.form.status == "draft":
            self.setWindowTitle(self.tr("Site visit (draft)"))
        else:
            self.setWindowTitle(self.tr("Site visit"))

    def retranslate_form(self) -> None:
        words = {"agreement_id": self.tr("&Project:"), "visited_on": self.tr("&Date:"),
                 "visit_time": self.tr("&Time:"), "officer_id": self.tr("O&fficer:"),
                 "announced": self.tr("Announced:"), "purpose": self.tr("P&urpose:"),
                 "people_met": self.tr("People &met:"), "location": self.tr("&Location:"),
                 "findings": self.tr("&Findings:"), "beneficiary_feedback": self.tr("&Beneficiary feedback:"),
                 "users_seen": self.tr("People seen &using the site:"), "decision": self.tr("Next &tranche:"),
                 "hold_reason": self.tr("&Reason for the hold:")}
        for name, text in words.items():
            self.labels[name].setText(text)
        self.agreement.setPlaceholderText(self.tr("Choose the project…"))
        for combo, items in ((self.announced, (("yes", self.tr("Announced")), ("no", self.tr("Unannounced")))),
                             (self.purpose, (("monitoring", self.tr("Monitoring")),
                                             ("acceptance", self.tr("Final acceptance")))),
                             (self.decision, (("", self.tr("Not decided yet")),
                                              ("release", self.tr("Release")),
                                              ("hold", self.tr("Hold"))))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        for index, text in enumerate((self.tr("Visit"), self.tr("Progress and checklist"),
                                      self.tr("Findings and decision"), self.tr("Photos"),
                                      self.tr("Follow-up actions"))):
            self.tabs.setTabText(index, text)
        self.actions_hint.setText(self.tr("What must be done after this visit, by whom and by when (Insert adds "
                                          "a row). Open actions show on the officer's list until someone closes "
                                          "them."))
        self.actions.setHorizontalHeaderLabels([self.tr("What"), self.tr("Who"), self.tr("Due")])
        # a date typed reads whole while it is typed (sized to its contents, the empty column was as narrow as
        # «Срок» and the date scrolled out of its editor: QA 37)
        metrics = self.actions.fontMetrics()
        self.actions.horizontalHeader().resizeSection(2, max(metrics.horizontalAdvance("00.00.00000"),
                                                             metrics.horizontalAdvance(self.tr("Due"))) + 24)
        self.add_action_button.setText(self.tr("&Add action"))
        self.remove_action_button.setText(self.tr("Remove"))
        self.draft_button.setText(self.tr("Save &draft"))
        self.finish_button.setText(self.tr("&Finish visit"))
        self.photos.retranslate()
        self.location.retranslate()
        self._retranslate_work()
        self._update_title()
