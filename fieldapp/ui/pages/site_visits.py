"""Site visits: the visits (record, open, correct, print, the project's timeline), the plan of due visits, the
follow-up actions still open (per officer, closed with who and when) and the grantee reports (enter, accept)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date, format_money
from fieldapp.ui import errors, i18n
from fieldapp.ui.list_panel import ListPanel
from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.pages import Page, register

if TYPE_CHECKING:  # the services (and the database layer) are imported where used: the page is built at the start
    from fieldapp.services import project_reports, visit_plan


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    """Rows of (id, cells); the selection stays on the same id."""
    current = table.item(table.currentRow(), 0).data(Qt.ItemDataRole.UserRole) \
        if table.currentRow() >= 0 and table.item(table.currentRow(), 0) else None
    table.setRowCount(len(rows))
    for r, (row_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(r, c, item)
        if row_id == current:
            table.selectRow(r)
    if table.currentRow() < 0 and rows:
        table.selectRow(0)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), 320))


def _current(table: QTableWidget) -> str | None:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _bar(parent: QWidget, names: list[str]) -> tuple[QWidget, dict[str, QPushButton]]:
    bar = QWidget(parent)
    bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    buttons = {}
    for name in names:
        button = QPushButton(bar)
        button.setObjectName(f"{name}Button")
        row.addWidget(button)
        buttons[name] = button
    row.addStretch(1)
    return bar, buttons


@register
class SiteVisitsPage(Page):
    order = 70
    key = "site_visits"
    icon_name = "mdi6.map-marker-check-outline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: Any = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # visits
        visits_tab = QWidget(self)
        self.panel = ListPanel("site_visits", self._no_visits, visits_tab)
        bar, self.buttons = _bar(visits_tab, ["newVisit", "openVisit", "correct", "timeline", "printReport",
                                               "checklist"])
        layout = QVBoxLayout(visits_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.panel, 1)
        self.panel.open_requested.connect(self.open_visit)
        self.buttons["newVisit"].clicked.connect(lambda: self.new_visit())
        self.buttons["openVisit"].clicked.connect(lambda: self.open_visit(self.panel.current_id()))
        self.buttons["correct"].clicked.connect(self.correct_visit)
        self.buttons["timeline"].clicked.connect(self._timeline_of_visit)
        self.buttons["printReport"].clicked.connect(self.print_report)
        self.buttons["checklist"].clicked.connect(self.edit_checklist)
        # Ctrl+P prints the chosen visit's report, as on Trainings and Agreements (on the Visits tab, while seen)
        self.print_action = QAction(visits_tab)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda _checked=False: self.print_report())
        visits_tab.addAction(self.print_action)
        # plan
        plan_tab = QWidget(self)
        plan_bar, self.plan_buttons = _bar(plan_tab, ["recordDue", "dueTimeline"])
        self.plan_filter = QComboBox(plan_bar)
        self.plan_filter.setObjectName("planFilter")
        plan_bar.layout().insertWidget(0, self.plan_filter)
        self.days_label = QLabel(plan_bar)
        self.days = QSpinBox(plan_bar)
        self.days.setObjectName("dueDaysSpin")
        self.days.setRange(1, 3650)
        self.days_label.setBuddy(self.days)
        plan_bar.layout().addWidget(self.days_label)
        plan_bar.layout().addWidget(self.days)
        self.plan = _table(plan_tab, "planTable", 7)
        layout = QVBoxLayout(plan_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plan_bar)
        layout.addWidget(self.plan, 1)
        self.plan_rows: list[visit_plan.DueRow] = []
        self.plan_buttons["recordDue"].clicked.connect(lambda: self.new_visit(_current(self.plan)))
        self.plan_buttons["dueTimeline"].clicked.connect(lambda: self.show_timeline(_current(self.plan)))
        self.plan.activated.connect(lambda _i: self.new_visit(_current(self.plan)))
        self.days.editingFinished.connect(self._days_changed)
        self.plan_filter.currentIndexChanged.connect(lambda _i: self.plan_query and self.plan_query.refresh())
        # actions
        actions_tab = QWidget(self)
        actions_bar, self.action_buttons = _bar(actions_tab, ["closeAction", "cancelAction", "actionVisit"])
        self.action_filter = QComboBox(actions_bar)
        self.action_filter.setObjectName("actionFilter")
        actions_bar.layout().insertWidget(0, self.action_filter)
        self.actions = _table(actions_tab, "actionsTable", 7)
        layout = QVBoxLayout(actions_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(actions_bar)
        layout.addWidget(self.actions, 1)
        self.action_rows: list[Any] = []
        self.action_buttons["closeAction"].clicked.connect(lambda: self.close_action("done"))
        self.action_buttons["cancelAction"].clicked.connect(lambda: self.close_action("cancelled"))
        self.action_buttons["actionVisit"].clicked.connect(self._open_action_visit)
        self.action_filter.currentIndexChanged.connect(lambda _i: self.actions_query and self.actions_query.refresh())
        # grantee reports
        reports_tab = QWidget(self)
        reports_bar, self.report_buttons = _bar(reports_tab, ["newReport", "openReport", "acceptReport"])
        self.reports = _table(reports_tab, "reportsTable", 7)
        layout = QVBoxLayout(reports_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(reports_bar)
        layout.addWidget(self.reports, 1)
        self.report_rows: list[project_reports.ReportRow] = []
        self.report_buttons["newReport"].clicked.connect(self.new_report)
        self.report_buttons["openReport"].clicked.connect(lambda: self.open_report(_current(self.reports)))
        self.report_buttons["acceptReport"].clicked.connect(self.accept_report)
        self.reports.activated.connect(lambda _i: self.open_report(_current(self.reports)))
        for tab in (visits_tab, plan_tab, actions_tab, reports_tab):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _i: self.actions_changed.emit())
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        # while the page is shown, wherever the focus is (as on the other pages: chosen from the sidebar, the focus
        # stays in the sidebar)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_visit())
        self.plan_query: LiveQuery | None = None
        self.actions_query: LiveQuery | None = None
        self.reports_query: LiveQuery | None = None
        self.retranslate()

    def panels(self) -> list[ListPanel]:
        return [self.panel]

    def title(self) -> str:
        return self.tr("Site visits")

    def _no_visits(self) -> str:
        return self.tr("No site visits yet. Visits are made to projects that have a signed agreement.")

    def attach(self, ops: Any, db: Any) -> None:
        from fieldapp.services import project_reports

        super().attach(ops, db)
        self.plan_query = LiveQuery(ops, self.plan, self._plan_question, self._show_plan)
        self.actions_query = LiveQuery(ops, self.actions, self._actions_question, self._show_actions)
        self.reports_query = LiveQuery(ops, self.reports, lambda: project_reports.report_rows, self._show_reports)
        for query in (self.plan_query, self.actions_query, self.reports_query):
            query.refresh_when_seen()

    # -- visits --------------------------------------------------------------------------------------
    def new_visit(self, agreement_id: str | None = None) -> Any:
        from fieldapp.ui.visit_dialog import VisitDialog

        if self.ops is None:
            return None
        self.dialog = VisitDialog(self.ops, None, self.window(), agreement_id)
        self.dialog.saved.connect(lambda _id: self._status(self.tr("Site visit saved.")))
        self.dialog.saved.connect(self.panel.show_record)
        self.dialog.open()
        return self.dialog

    def open_visit(self, visit_id: str | None) -> Any:
        from fieldapp.ui.visit_dialog import VisitDialog

        if self.ops is None or not visit_id:
            return None
        self.dialog = VisitDialog(self.ops, visit_id, self.window())
        self.dialog.saved.connect(lambda _id: self._status(self.tr("Site visit saved.")))
        self.dialog.saved.connect(self.panel.show_record)
        self.dialog.open()
        return self.dialog

    def correct_visit(self) -> None:
        """A finished visit is never changed: its correction is a new draft that names it."""
        visit_id = self.panel.current_id()
        if self.ops is None or not visit_id:
            return
        from fieldapp.services import visits

        self.ops.write(lambda s: visits.correct_visit(s, visit_id), success=self.open_visit,
                       failure=lambda exc: errors.show_error(self, exc))

    def _timeline_of_visit(self) -> None:
        visit_id = self.panel.current_id()
        if self.ops is None or not visit_id:
            return
        from fieldapp.services import visits

        self.ops.read(lambda s: visits.agreement_of(s, visit_id), success=self.show_timeline)

    def show_timeline(self, agreement_id: str | None) -> Any:
        from fieldapp.ui.timeline_dialog import TimelineDialog

        if self.ops is None or not agreement_id:
            return None
        self.dialog = TimelineDialog(self.ops, agreement_id, self.window())
        self.dialog.open()
        return self.dialog

    def edit_checklist(self) -> Any:
        from fieldapp.ui.checklist_dialog import ChecklistDialog

        if self.ops is None:
            return None
        self.dialog = ChecklistDialog(self.ops, self.window())
        self.dialog.open()
        return self.dialog

    def print_report(self) -> None:
        visit_id = self.panel.current_id()
        if self.ops is None or not visit_id:
            return
        from fieldapp.ui import printing

        def make(session: Any, path: Any, lang: str) -> None:
            from fieldapp.documents.visit_report import write_visit_report

            write_visit_report(session, visit_id, path, lang)

        printing.print_read(self, self.ops, "visit-report", make)

    # -- plan ----------------------------------------------------------------------------------------
    def _plan_question(self) -> Any:
        mine, lang = self.plan_filter.currentData() == "mine", i18n.current_language()

        def question(session: Any) -> Any:
            from fieldapp.services import settings, visit_plan

            officer = settings.current_user_id(session) if mine else None
            if mine and officer is None:
                return [], visit_plan.due_days(session)
            return visit_plan.due_visits(session, lang=lang, officer_id=officer), visit_plan.due_days(session)
        return question

    def _show_plan(self, answer: tuple[list[visit_plan.DueRow], int]) -> None:
        rows, days = answer
        self.plan_rows = rows
        if not self.days.hasFocus():
            self.days.setValue(days)
        reasons = {"never_visited": self.tr("Not visited yet"), "interval": self.tr("Last visit is old"),
                   "tranche": self.tr("A tranche waits on a visit")}
        _fill(self.plan, [(r.agreement_id, [
            format_date(r.due_on) + (" ⚠" if r.overdue else ""), r.project, r.title, r.settlement, r.officer or "",
            format_date(r.last_visit) if r.last_visit else self.tr("never"), reasons.get(r.reason, r.reason)])
            for r in rows])

    def _days_changed(self) -> None:
        from fieldapp.services import visit_plan

        days = self.days.value()
        if self.ops is not None:
            self.ops.write(lambda s: visit_plan.set_due_days(s, days),
                           failure=lambda exc: errors.show_error(self, exc))

    # -- actions -------------------------------------------------------------------------------------
    def _actions_question(self) -> Any:
        choice = self.action_filter.currentData() or "open"
        lang = i18n.current_language()

        def question(session: Any) -> Any:
            from fieldapp.services import actions as action_service
            from fieldapp.services import settings

            me = settings.current_user_id(session)
            return action_service.actions(session, officer_id=me if choice == "mine" else None,
                                          open_only=choice != "all", lang=lang)
        return question

    def _show_actions(self, rows: list[Any]) -> None:
        self.action_rows = rows
        statuses = {"open": self.tr("Open"), "done": self.tr("Done"), "cancelled": self.tr("Cancelled")}
        _fill(self.actions, [(a.id, [
            format_date(a.due_on) if a.due_on else "", a.project, a.settlement, a.description, a.owner,
            statuses.get(a.status, a.status) + (f" — {a.closed_by or ''}, {format_date(a.closed_at)}"
                                                if a.closed_at else ""), a.officer]) for a in rows])

    def close_action(self, status: str) -> None:
        action_id = _current(self.actions)
        if self.ops is None or not action_id:
            return
        from fieldapp.services import actions as action_service

        note, ok = QInputDialog.getText(self, self.tr("Close the action"), self.tr("What was done (optional):"))
        if not ok:
            return
        self.ops.write(lambda s: action_service.close_action(s, action_id, status, note),
                       success=lambda _r: self._status(self.tr("Action closed.")),
                       failure=lambda exc: errors.show_error(self, exc))

    def _open_action_visit(self) -> None:
        action_id = _current(self.actions)
        row = next((a for a in self.action_rows if a.id == action_id), None)
        if row is not None:
            self.open_visit(row.visit_id)

    # -- grantee reports -----------------------------------------------------------------------------
    def _show_reports(self, rows: list[project_reports.ReportRow]) -> None:
        self.report_rows = rows
        kinds = {"progress": self.tr("Progress"), "completion": self.tr("Completion")}
        _fill(self.reports, [(r.id, [
            format_date(r.submitted_on), r.project, r.title, kinds.get(r.kind, r.kind),
            f"{format_money(r.spent)} / {format_money(r.budget)}", str(r.beneficiaries),
            format_date(r.accepted_on) if r.accepted_on else self.tr("not accepted")]) for r in rows])

    def new_report(self) -> Any:
        from fieldapp.ui.report_dialog import ReportDialog

        if self.ops is None:
            return None
        agreement_id = _current(self.plan)
        self.dialog = ReportDialog(self.ops, None, self.window(), agreement_id)
        self.dialog.open()
        return self.dialog

    def open_report(self, report_id: str | None) -> Any:
        from fieldapp.ui.report_dialog import ReportDialog

        if self.ops is None or not report_id:
            return None
        self.dialog = ReportDialog(self.ops, report_id, self.window())
        self.dialog.open()
        return self.dialog

    def accept_report(self) -> None:
        from fieldapp.services import project_reports

        report_id = _current(self.reports)
        if self.ops is None or not report_id:
            return
        self.ops.write(lambda s: project_reports.accept_report(s, report_id),
                       success=lambda _r: self._status(self.tr("Report accepted.")),
                       failure=lambda exc: errors.show_error(self, exc))

    # -- words ---------------------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 5000)

    def retranslate(self) -> None:
        self.panel.retranslate()
        for index, text in enumerate((self.tr("Visits"), self.tr("Plan"), self.tr("Follow-up actions"),
                                      self.tr("Grantee reports"))):
            self.tabs.setTabText(index, text)
        for key, text in (("newVisit", self.tr("&New visit")), ("openVisit", self.tr("&Open")),
                          ("correct", self.tr("Co&rrect")), ("timeline", self.tr("&Timeline")),
                          ("printReport", self.tr("&Print report")), ("checklist", self.tr("C&hecklist…"))):
            self.buttons[key].setText(text)
        self.buttons["printReport"].setToolTip(self.tr("Print the report of the selected visit (Ctrl+P)"))
        current = self.plan_filter.currentData()
        self.plan_filter.blockSignals(True)
        self.plan_filter.clear()
        self.plan_filter.addItem(self.tr("All officers"), "all")
        self.plan_filter.addItem(self.tr("My projects"), "mine")
        self.plan_filter.setCurrentIndex(max(self.plan_filter.findData(current), 0))
        self.plan_filter.blockSignals(False)
        self.plan_buttons["recordDue"].setText(self.tr("&Record a visit"))
        self.plan_buttons["dueTimeline"].setText(self.tr("&Timeline"))
        self.days_label.setText(self.tr("&Days between visits:"))
        self.plan.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Agreement"), self.tr("Project"),
                                             self.tr("Settlement"), self.tr("Officer"), self.tr("Last visit"),
                                             self.tr("Why")])
        current = self.action_filter.currentData()
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        for code, text in (("open", self.tr("All open actions")), ("mine", self.tr("My open actions")),
                           ("all", self.tr("All actions"))):
            self.action_filter.addItem(text, code)
        self.action_filter.setCurrentIndex(max(self.action_filter.findData(current), 0))
        self.action_filter.blockSignals(False)
        self.action_buttons["closeAction"].setText(self.tr("&Done"))
        self.action_buttons["cancelAction"].setText(self.tr("Ca&ncel action"))
        self.action_buttons["actionVisit"].setText(self.tr("Open &visit"))
        self.actions.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Agreement"), self.tr("Settlement"),
                                                self.tr("What"), self.tr("Who"), self.tr("Status"),
                                                self.tr("Officer")])
        self.report_buttons["newReport"].setText(self.tr("&New report"))
        self.report_buttons["openReport"].setText(self.tr("&Open"))
        self.report_buttons["acceptReport"].setText(self.tr("&Accept"))
        self.reports.setHorizontalHeaderLabels([self.tr("Submitted"), self.tr("Agreement"), self.tr("Project"),
                                                self.tr("Kind"), self.tr("Spent / grant"), self.tr("Reached"),
                                                self.tr("Accepted")])
