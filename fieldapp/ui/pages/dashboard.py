"""Dashboard: the programme in figures, per cycle and for all cycles (``services/dashboard``), charts by
settlement and by month, and "my week". Every number opens the records behind it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_count, format_date, format_money
from fieldapp.ui import i18n, labels
from fieldapp.ui.charts import Bar, BarChart, TimelineChart
from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.pages import Page, register

#: (key, kind) of the figures in the grid, in reading order
FIGURES = (
    ("applications", "int"), ("funded", "int"), ("completed", "int"), ("grants_committed", "money"), ("grants_paid", "money"),
    ("akimat_cash", "money"), ("community_inkind", "money"), ("volunteer_hours", "int"), ("trainings", "int"),
    ("participants", "int"), ("beneficiaries_planned", "int"), ("beneficiaries", "int"), ("visits_done", "int"),
    ("visits_overdue", "int"), ("visits_due", "int"), ("followups_open", "int"),
)
log = logging.getLogger(__name__)
COLUMNS = 4
SCHEDULE_CHECK_MS = 60_000
#: the figure each co-funding amount opens (the funded applications)
DRILL_KEY = {"akimat_cash": "cofunding", "community_inkind": "cofunding", "volunteer_hours": "cofunding"}


def _load(cycle_id: str | None):
    def question(session: Any) -> dict[str, Any]:
        from fieldapp.services import dashboard_view

        return dashboard_view.view(session, cycle_id)

    return question


def kept_question():
    """What the next start shows until the database is open (fieldapp/snapshots.py): all cycles' figures."""
    return _load(None)


def first_look(path: Path) -> dict[str, Any] | None:
    """What a start shows before the database layer is loaded, when nothing was kept: all cycles' figures read
    with SQLite alone (fieldapp/first_look.py; on the worker, before the database is opened)."""
    from fieldapp import first_look as look

    return look.view(path)


def _record(list_name: str, record_id: str, lang: str):
    def question(session: Any) -> Any:
        from fieldapp.services import lists

        return lists.first_page(session, list_name, scope=(f"record:{list_name}:{record_id}", None), lang=lang)

    return question


def _export(db: Any, path: Path, cycle_id: str | None, lang: str, personal: bool = False):
    def job() -> dict[str, int]:
        from fieldapp.exports.tables import ExportFilter, export_xlsx

        with db.reading() as session:
            return export_xlsx(session, path, ExportFilter(cycle_id, personal=personal), lang)

    return job


def _may_export_personal_data(session: Any) -> bool:
    from fieldapp.services import roles

    return roles.may_export_personal_data(session)


def _export_if_due(db: Any):
    def job() -> Any:
        from fieldapp.exports import scheduled

        return scheduled.run_if_due(db)

    return job


def _number(value: Any, kind: str) -> str:
    if value is None:  # not counted yet: the visit plan's figures of a start's first look (fieldapp/first_look.py)
        return "…"
    if kind == "money":
        return format_money(Decimal(value))
    return format_count(int(value))


class Figure(QFrame):
    """A big number with its caption underneath; a click, Enter or Space opens the records behind it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, size: float = 1.8) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value = QLabel("—", self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * size)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


@register
class DashboardPage(Page):
    order = 10
    key = "dashboard"
    icon_name = "mdi6.view-dashboard-outline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] | None = None
        self.query: LiveQuery[dict[str, Any]] | None = None
        self.cycle_id: str | None = None
        self.dialog: Any = None
        self.exported: tuple[Path, dict[str, int]] | None = None

        self.heading = QLabel(self)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        self.heading.setFont(heading_font)
        self.cycle_label = QLabel(self)
        self.cycle_box = QComboBox(self)
        self.cycle_label.setBuddy(self.cycle_box)
        self.cycle_box.currentIndexChanged.connect(self._cycle_chosen)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.ask_export)
        self.schedule_button = QPushButton(self)
        self.schedule_button.clicked.connect(self.open_schedule)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.cycle_label)
        top.addWidget(self.cycle_box)
        top.addWidget(self.export_button)
        top.addWidget(self.schedule_button)

        self.figures: dict[str, Figure] = {}
        grid = QGridLayout()
        for index, (key, _kind) in enumerate(FIGURES):
            figure = Figure(self)
            figure.clicked.connect(lambda key=key: self.open_figure(DRILL_KEY.get(key, key)))
            self.figures[key] = figure
            grid.addWidget(figure, index // COLUMNS, index % COLUMNS)

        self.people_box = QGroupBox(self)
        people_grid = QGridLayout(self.people_box)
        self.sex_figures = {sex: Figure(self.people_box, 1.2) for sex in ("F", "M", "unknown")}
        self.age_figures: dict[str, Figure] = {}
        for column, (sex, figure) in enumerate(self.sex_figures.items()):
            figure.clicked.connect(lambda sex=sex: self.open_figure(f"participants:sex:{sex}"))
            people_grid.addWidget(figure, 0, column)
        from fieldapp.services.age_groups import AGE_GROUPS, UNKNOWN_AGE

        for column, label in enumerate([g[0] for g in AGE_GROUPS] + [UNKNOWN_AGE]):
            figure = Figure(self.people_box, 1.2)
            figure.clicked.connect(lambda label=label: self.open_figure(f"participants:age:{label}"))
            self.age_figures[label] = figure
            people_grid.addWidget(figure, 1, column)

        self.settlements_box = QGroupBox(self)
        self.settlement_chart = BarChart(self.settlements_box)
        self.settlement_chart.bar_clicked.connect(self.open_figure)
        QVBoxLayout(self.settlements_box).addWidget(self.settlement_chart)
        self.timeline_box = QGroupBox(self)
        self.timeline = TimelineChart(self.timeline_box)
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)
        charts = QHBoxLayout()
        charts.addWidget(self.settlements_box, 1)
        charts.addWidget(self.timeline_box, 1)

        self.week_box = QGroupBox(self)
        self.week = QListWidget(self.week_box)
        self.week.itemActivated.connect(self.open_week_item)
        self.week_empty = QLabel(self.week_box)
        self.week_empty.setWordWrap(True)
        week_layout = QVBoxLayout(self.week_box)
        week_layout.addWidget(self.week_empty)
        week_layout.addWidget(self.week)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addLayout(top)
        inner.addLayout(grid)
        inner.addWidget(self.people_box)
        inner.addLayout(charts)
        inner.addWidget(self.week_box)
        inner.addWidget(self.status)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Dashboard")

    def attach(self, ops: Any, db: Any) -> None:
        super().attach(ops, db)
        self.query = LiveQuery(ops, self, lambda: _load(self.cycle_id), self.show_figures)
        self.query.refresh_when_seen()
        # the daily scheduled export (fieldapp.exports.scheduled): asked every minute, written off the GUI thread
        self.schedule_timer = QTimer(self)
        self.schedule_timer.setInterval(SCHEDULE_CHECK_MS)
        self.schedule_timer.timeout.connect(self.export_if_due)
        self.schedule_timer.start()

    def export_if_due(self) -> None:
        if self.ops is not None:
            # a failing daily export (folder gone, disk full) is logged, not shown every minute
            self.ops.background(_export_if_due(self.ops.db),
                                failure=lambda exc: log.warning("scheduled export failed: %s", exc))

    def open_schedule(self) -> Any:
        from fieldapp.ui.scheduled_export_dialog import ScheduledExportDialog

        if self.ops is None:
            return None
        self.dialog = ScheduledExportDialog(self.ops, self)
        self.dialog.open()
        return self.dialog

    def refresh(self) -> None:
        if self.query is not None:
            self.query.refresh()

    def _cycle_chosen(self, index: int) -> None:
        chosen = self.cycle_box.itemData(index) if index >= 0 else None
        if chosen != self.cycle_id and self.data is not None:
            self.cycle_id = chosen
            self.refresh()

    def cycle_name(self) -> str:
        return self.cycle_box.currentText()

    def show_kept(self, data: dict[str, Any]) -> None:
        """The figures the last session closed with, the database file unchanged since: shown until it is open.
        Kept by another version (another shape), they are taken back whole and the error raised."""
        try:
            self.show_figures(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            self.data = None
            for figure in [*self.figures.values(), *self.sex_figures.values(), *self.age_figures.values()]:
                figure.value.setText("—")
            raise

    def show_figures(self, data: dict[str, Any]) -> None:
        if data["cycle_id"] != self.cycle_id:
            return
        self.data = data
        self.cycle_box.blockSignals(True)
        self.cycle_box.clear()
        self.cycle_box.addItem(self.tr("All cycles"), None)
        for choice in data["cycles"]:
            self.cycle_box.addItem(choice.name, choice.id)
        self.cycle_box.setCurrentIndex(max(self.cycle_box.findData(self.cycle_id), 0))
        self.cycle_box.blockSignals(False)
        figures = data["figures"]
        values = {**figures, **figures["cofunding"]}
        for key, kind in FIGURES:
            self.figures[key].value.setText(_number(values[key], kind))
        for sex, figure in self.sex_figures.items():
            figure.value.setText(_number(figures["participants_by_sex"][sex], "int"))
        for label, figure in self.age_figures.items():
            figure.value.setText(_number(figures["participants_by_age"][label], "int"))
        self.retranslate()
        self.data_shown.emit()

    def _draw_charts(self) -> None:
        if self.data is None:
            return
        figures = self.data["figures"]
        lang = i18n.current_language()
        bars = [Bar(row.get(f"name_{lang}") or row["name_ru"] or self.tr("No settlement"),
                    (float(row["funded"]), float(row["participants"])),
                    (str(row["funded"]), str(row["participants"])),
                    f"settlement:{row['id'] or ''}:funded")
                for row in figures["by_settlement"]]
        self.settlement_chart.set_data([self.tr("Projects funded"), self.tr("Participants")], bars)
        timeline = figures["timeline"]
        self.timeline.set_data([m["month"] for m in timeline], [m["applications"] for m in timeline],
                               [float(m["paid"]) for m in timeline],
                               (self.tr("Applications received"), self.tr("Paid, ₸")))

    def _fill_week(self) -> None:
        self.week.clear()
        items = self.data["week"] if self.data is not None else []
        if items is None:  # a start's first look (fieldapp/first_look.py): the week comes with the full answer
            self.week.setVisible(False)
            self.week_empty.setVisible(True)
            self.week_empty.setText(self.tr("Looking through your week…"))
            return
        kinds = {
            "report_overdue": self.tr("Completion report overdue"),
            "tranche_waiting": self.tr("Tranche waiting on its condition"),
            "visit_due": self.tr("Site visit due"),
            "visit_overdue": self.tr("Site visit overdue"),
            "followup_open": self.tr("Follow-up action open"),
            "review_open": self.tr("Review to finish"),
        }
        for entry in items:
            when = format_date(entry.due_on) if entry.due_on else ""
            parts = [p for p in (when, kinds[entry.kind], entry.number, entry.title) if p]
            if entry.amount is not None:
                parts.append(format_money(Decimal(entry.amount)))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, (entry.list_name, entry.record_id))
            self.week.addItem(item)
        self.week.setVisible(bool(items))
        self.week_empty.setVisible(not items)
        self.week_empty.setText(self.tr("Nothing waiting on you this week."))

    def open_figure(self, key: str) -> Any:
        """The records behind a figure, in a dialog."""
        if self.ops is None or self.data is None:
            return None
        from fieldapp.services.dashboard import DRILL_LISTS
        from fieldapp.ui.figure_list_dialog import FigureListDialog

        head = key.split(":")[0]
        list_name = DRILL_LISTS["applications" if head == "settlement" else head]
        caption = self._caption(key)
        self.dialog = FigureListDialog(self.ops, list_name, (key, self.cycle_id), f"{caption} — {self.cycle_name()}",
                                       self)
        self.dialog.open()
        return self.dialog

    def _caption(self, key: str) -> str:
        head, _, part = key.partition(":")
        if head == "participants" and part:
            kind, _, value = part.partition(":")
            if kind == "sex":
                return self.sex_figures[value].caption.text()
            return f"{self.tr('Participants')}: {self.age_figures[value].caption.text()}"
        if head == "settlement":
            settlement_id = part.split(":")[0]
            rows = self.data["figures"]["by_settlement"] if self.data else []
            lang = i18n.current_language()
            name = next((r.get(f"name_{lang}") or r["name_ru"] for r in rows if (r["id"] or "") == settlement_id), "")
            return f"{self.tr('Projects funded')}: {name}"
        reverse = {v: k for k, v in DRILL_KEY.items()}
        figure = self.figures.get(head) or self.figures.get(reverse.get(head, ""))
        return figure.caption.text() if figure else head

    def open_week_item(self, item: QListWidgetItem) -> None:
        if self.ops is None:
            return
        list_name, record_id = item.data(Qt.ItemDataRole.UserRole)
        title = item.text()
        self.ops.read(_record(list_name, record_id, i18n.current_language()),
                      success=lambda answer: self._show_record(list_name, title, answer))

    def _show_record(self, list_name: str, title: str, answer: Any) -> None:
        from fieldapp.ui.details_dialog import DetailsDialog
        from fieldapp.ui.list_model import display

        columns, rows = answer.columns, answer.rows
        if not rows:
            return
        headers = [labels.column_label(list_name, key) for key, _kind in columns]
        values = [display(v, kind, key) for v, (key, kind) in zip(rows[0][1:], columns, strict=True)]
        self.dialog = DetailsDialog(title, headers, values, self)
        self.dialog.open()

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the figures and records"),
                                              str(Path.home() / "fieldapp-report.xlsx"), self.tr("Excel (*.xlsx)"))
        if path and self.ops is not None:
            target = Path(path) if path.endswith(".xlsx") else Path(path + ".xlsx")
            self.ops.read(_may_export_personal_data, success=lambda may: self._export_asked(target, may))

    def _export_asked(self, path: Path, may: bool) -> None:
        """A role that may take personal data out is asked (No by default); anyone else never carries it."""
        from fieldapp.ui import form

        personal = may and form.ask(self, self.tr("Personal data"), self.tr(
            "Include personal data (IIN, phone, birth date) in the file? Only do so when the recipient may "
            "hold it."))
        self.export_to_file(path, personal=personal)

    def can_export(self) -> bool:
        return self.ops is not None

    def export_to(self, path: Path, title: str, done: Callable[[Path, int], None] | None = None) -> None:
        """File → Export to Excel on the dashboard: the same workbook as its own button."""
        self.export_to_file(path, done)

    def export_to_file(self, path: Path, done: Callable[[Path, int], None] | None = None,
                       personal: bool = False) -> None:
        """The figures and records of the cycle shown, as one workbook, off the GUI thread; personal data only
        when asked for (the core refuses a role that may not)."""
        if self.ops is None:
            return
        self.ops.background(_export(self.ops.db, path, self.cycle_id, i18n.current_language(), personal),
                            success=lambda counts: self._exported(path, counts, done),
                            progress=self.tr("Writing the Excel file…"))

    def _exported(self, path: Path, counts: dict[str, int], done: Callable[[Path, int], None] | None) -> None:
        self.exported = (path, counts)
        self.status.setText(self.tr("Written to %1").replace("%1", str(path)))
        if done is not None:
            done(path, sum(counts.values()))

    def shows_data(self) -> bool:
        return True

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The programme in figures"))
        self.cycle_label.setText(self.tr("&Cycle:"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.schedule_button.setText(self.tr("&Scheduled exports…"))
        if self.cycle_box.count():
            self.cycle_box.setItemText(0, self.tr("All cycles"))
        captions = {
            "applications": self.tr("Applications received"),
            "funded": self.tr("Projects funded"),
            "completed": self.tr("Projects completed"),
            "grants_committed": self.tr("Grants committed"),
            "grants_paid": self.tr("Grants paid"),
            "akimat_cash": self.tr("Akimat co-funding"),
            "community_inkind": self.tr("Community contribution in kind"),
            "volunteer_hours": self.tr("Volunteer hours"),
            "trainings": self.tr("Trainings held"),
            "participants": self.tr("Participants"),
            "beneficiaries_planned": self.tr("Beneficiaries planned"),
            "beneficiaries": self.tr("Beneficiaries reached"),
            "visits_done": self.tr("Site visits done"),
            "visits_overdue": self.tr("Projects overdue for a site visit"),
            "visits_due": self.tr("Projects due for a site visit soon"),
            "followups_open": self.tr("Projects with open follow-up actions"),
        }
        for key, figure in self.figures.items():
            figure.caption.setText(captions[key])
        self.people_box.setTitle(self.tr("Participants by sex and age"))
        self.sex_figures["F"].caption.setText(self.tr("Women"))
        self.sex_figures["M"].caption.setText(self.tr("Men"))
        self.sex_figures["unknown"].caption.setText(self.tr("Sex not stated"))
        for label, figure in self.age_figures.items():
            figure.caption.setText(self.tr("Age not stated") if label == "unknown" else label)
        self.settlements_box.setTitle(self.tr("By settlement"))
        self.timeline_box.setTitle(self.tr("Applications and payments by month"))
        self.week_box.setTitle(self.tr("My week"))
        self._draw_charts()
        self._fill_week()
        if self.data is None:
            self.status.setText(self.tr("Counting…"))
        elif not self.data.get("cycles"):
            self.status.setText(self.tr("No programme cycles yet: they arrive with the programme's setup."))
        else:
            self.status.setText(self.tr("Counted from the records in this database; F5 counts again. "
                                        "Click a number to see the records behind it."))
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft)
