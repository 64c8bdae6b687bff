"""Dashboard: the programme in figures, per cycle and in all, counted from the records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.pages import Page, register

TOTALS = ("settlements", "people", "trainings", "site_visits")
CYCLE_FIGURES = ("applications", "funded", "participants", "beneficiaries")


def _summary(session: Any) -> dict[str, Any]:
    from fieldapp.services.summary import summary

    return summary(session)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


class Figure(QFrame):
    """A big number with its caption underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setForegroundRole(self.value.foregroundRole())
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


@register
class DashboardPage(Page):
    order = 10
    key = "dashboard"
    icon_name = "mdi6.view-dashboard-outline"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] | None = None
        self.query: LiveQuery[dict[str, Any]] | None = None
        self.heading = QLabel(self)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        self.heading.setFont(heading_font)
        self.totals = {key: Figure(self) for key in TOTALS}
        totals_row = QHBoxLayout()
        for figure in self.totals.values():
            totals_row.addWidget(figure)
        self.cycles_box = QWidget(self)
        self.cycles_layout = QVBoxLayout(self.cycles_box)
        self.cycles_layout.setContentsMargins(0, 0, 0, 0)
        self.cycle_groups: list[tuple[QGroupBox, dict[str, Figure]]] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(self.heading)
        inner.addLayout(totals_row)
        inner.addWidget(self.cycles_box)
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
        self.query = LiveQuery(ops, self, lambda: _summary, self.show_summary)
        self.query.refresh_when_seen()

    def refresh(self) -> None:
        if self.query is not None:
            self.query.refresh()

    def show_summary(self, data: dict[str, Any]) -> None:
        self.data = data
        for key, figure in self.totals.items():
            figure.value.setText(_number(int(data.get(key, 0))))
        cycles = data.get("cycles", [])
        while len(self.cycle_groups) < len(cycles):
            group = QGroupBox(self.cycles_box)
            grid = QGridLayout(group)
            figures = {key: Figure(group) for key in CYCLE_FIGURES}
            for column, figure in enumerate(figures.values()):
                grid.addWidget(figure, 0, column)
            self.cycles_layout.addWidget(group)
            self.cycle_groups.append((group, figures))
        for index, (group, figures) in enumerate(self.cycle_groups):
            group.setVisible(index < len(cycles))
            if index < len(cycles):
                cycle = cycles[index]
                group.setTitle(str(cycle.get("name", "")))
                for key, figure in figures.items():
                    figure.value.setText(_number(int(cycle.get(key, 0))))
        self.retranslate()
        self.data_shown.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The programme in figures"))
        captions = {
            "settlements": self.tr("Settlements"),
            "people": self.tr("People"),
            "trainings": self.tr("Trainings"),
            "site_visits": self.tr("Site visits"),
        }
        for key, figure in self.totals.items():
            figure.caption.setText(captions[key])
        per_cycle = {
            "applications": self.tr("Applications received"),
            "funded": self.tr("Projects funded"),
            "participants": self.tr("Participants"),
            "beneficiaries": self.tr("Beneficiaries reached"),
        }
        for _group, figures in self.cycle_groups:
            for key, figure in figures.items():
                figure.caption.setText(per_cycle[key])
        if self.data is None:
            self.status.setText(self.tr("Counting…"))
        elif not self.data.get("cycles"):
            self.status.setText(self.tr("No programme cycles yet: they arrive with the programme's setup."))
        else:
            self.status.setText(self.tr("Counted from the records in this database; F5 counts again."))
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft)
