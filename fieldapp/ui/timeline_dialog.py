"""One funded project's story in date order: application, approval, agreement, tranches, visits, reports,
follow-up actions, completion."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date, format_money
from fieldapp.services import timeline
from fieldapp.ui.operations import Operations


class TimelineDialog(QDialog):
    def __init__(self, ops: Operations, agreement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimelineDialog")
        self.resize(820, 560)
        self.events: list[timeline.Event] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("timelineTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a long text is read whole in its tooltip
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()
        ops.read(lambda s: timeline.timeline(s, agreement_id), success=self._loaded)

    def _loaded(self, events: list[timeline.Event]) -> None:
        self.events = events
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = [format_date(event.on), self.kind_text(event.kind), self.detail(event)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if events:
            self.table.selectRow(0)
        self.table.setFocus()

    def kind_text(self, kind: str) -> str:
        return {"received": self.tr("Application received"), "approved": self.tr("Approved"),
                "signed": self.tr("Agreement signed"), "tranche_due": self.tr("Tranche due"),
                "tranche_paid": self.tr("Tranche paid"), "visit": self.tr("Site visit"),
                "report": self.tr("Grantee report"), "report_accepted": self.tr("Report accepted"),
                "action": self.tr("Follow-up action"), "action_closed": self.tr("Action closed"),
                "completed": self.tr("Project completed")}.get(kind, kind)

    def detail(self, event: timeline.Event) -> str:
        p: dict[str, Any] = event.params
        money = format_money(p["amount"]) if p.get("amount") is not None else ""
        if event.kind == "received":
            return f"{p['number']} — {p['title']}"
        if event.kind in ("approved",):
            return money
        if event.kind == "signed":
            return f"{p['number']}, {money}"
        if event.kind in ("tranche_due", "tranche_paid"):
            return self.tr("Tranche %1: %2").replace("%1", str(p["number"])).replace("%2", money)
        if event.kind == "visit":
            purpose = self.tr("Monitoring") if p["purpose"] == "monitoring" else self.tr("Final acceptance")
            decision = {"release": self.tr("next tranche released"), "hold": self.tr("next tranche held"),
                        None: self.tr("not decided")}.get(p["decision"], "")
            return f"{purpose}; {decision}. {p['text']}".strip()
        if event.kind in ("report", "report_accepted"):
            kind = self.tr("Progress report") if p["kind"] == "progress" else self.tr("Completion report")
            return f"{kind}, {money}" if money else kind
        if event.kind == "action":
            due = format_date(p["due_on"]) if p.get("due_on") else "—"
            return self.tr("%1 (who: %2, due %3)").replace("%1", p["text"]).replace("%2", p["owner"]) \
                .replace("%3", due)
        if event.kind == "completed" and p.get("reached") is not None:
            return self.tr("Beneficiaries reached: %1").replace("%1", str(p["reached"]))
        return str(p.get("text", ""))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Project timeline"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Details")])
