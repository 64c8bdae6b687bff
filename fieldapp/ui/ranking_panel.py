"""The ranking of a call: weighted score, spread between reviewers, requested amounts and the running total
against the envelope; "Suggest selection" ticks the top-ranked that fit, the officer confirms or changes it
(a change needs a reason), and the ranking sheet prints."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_money
from fieldapp.ui import labels, reason_dialog
from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.operations import Operations

#: the application id of a row
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DECIDABLE = frozenset({"under_review", "recommended", "approved"})


def _load(call_id: str | None) -> Any:
    def query(session: Any) -> Any:
        from fieldapp.services import ranking

        return ranking.ranking_view(session, call_id)

    return query


def _points(value: Any) -> str:
    """A score with the decimal comma of Russian and Kazakh."""
    from fieldapp.ui import i18n

    if value is None:
        return ""
    return f"{value}" if i18n.current_language() == "en" else f"{value}".replace(".", ",")


class RankingPanel(QWidget):
    #: a message for the status line
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops: Operations | None = None
        self.data: Any = None  # fieldapp.services.ranking.RankingView
        self.query: LiveQuery[Any] | None = None
        self.call_combo = QComboBox(self)
        self.call_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.call_combo.setMinimumContentsLength(16)
        self.suggest_button = QPushButton(self)
        self.confirm_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        bar = QWidget(self)
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # clipped, never widening the window
        top = QHBoxLayout(bar)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.call_combo, 1)
        for button in (self.suggest_button, self.confirm_button, self.print_button):
            button.setParent(bar)
            top.addWidget(button)
        self.call_combo.setParent(bar)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.call_combo.activated.connect(lambda _i: self.refresh())
        self.suggest_button.clicked.connect(self.suggest)
        self.confirm_button.clicked.connect(self.confirm)
        self.print_button.clicked.connect(self.print_ranking)
        self.retranslate()

    def attach(self, ops: Operations) -> None:
        self.ops = ops
        self.query = LiveQuery(ops, self, lambda: _load(self.call_id()), self._loaded)
        self.query.refresh_when_seen()

    def call_id(self) -> str | None:
        return self.call_combo.currentData()

    def refresh(self) -> None:
        if self.query is not None:
            self.query.refresh()

    def _loaded(self, data: Any) -> None:
        self.data = data
        self.call_combo.blockSignals(True)
        self.call_combo.clear()
        for cid, title in data.calls:
            self.call_combo.addItem(title, cid)
        self.call_combo.setCurrentIndex(max(self.call_combo.findData(data.call_id), 0))
        self.call_combo.blockSignals(False)
        self.fill(ticked={r.application_id for r in data.rows if r.status == "approved"})

    def rows(self) -> list[Any]:
        return list(self.data.rows) if self.data is not None else []

    def fill(self, ticked: set[str]) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        muted = QBrush(QColor("#888888"))
        for r, row in enumerate(rows):
            fund = QTableWidgetItem()
            if row.status in DECIDABLE and row.score is not None:
                fund.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                fund.setCheckState(Qt.CheckState.Checked if row.application_id in ticked else Qt.CheckState.Unchecked)
            fund.setData(ROW_ID_ROLE, row.application_id)
            cells = [
                fund, "" if row.rank is None else f"{row.rank}{' =' if row.tied else ''}", row.number, row.title,
                row.settlement or "", _points(row.score), _points(row.spread), str(row.reviews),
                format_money(row.requested), format_money(row.running_total), labels.value_label(row.status)]
            for c, cell in enumerate(cells):
                item = cell if isinstance(cell, QTableWidgetItem) else QTableWidgetItem(cell)
                if c in (5, 6, 7, 8, 9):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not row.within_envelope:
                    item.setForeground(muted)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._update_summary()

    def _update_summary(self) -> None:
        data = self.data
        if data is None or data.envelope is None:
            self.summary.setText(self.tr("No grant calls yet."))
            return
        self.summary.setText(self.tr("Envelope %1 · approved %2 · ticked %3 · left %4").replace(
            "%1", format_money(data.envelope)).replace("%2", format_money(data.approved)).replace(
            "%3", format_money(self.ticked_total())).replace("%4", format_money(data.envelope - self.ticked_total())))

    def ticked(self) -> list[str]:
        result = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                result.append(item.data(ROW_ID_ROLE))
        return result

    def ticked_total(self) -> Any:
        from decimal import Decimal

        chosen = set(self.ticked())
        return sum((r.requested for r in self.rows() if r.application_id in chosen), Decimal("0.00"))

    def suggest(self) -> None:
        approved = {r.application_id for r in self.rows() if r.status == "approved"}
        self.fill(ticked=approved | set(self.data.suggested if self.data is not None else ()))
        self.message.emit(self.tr("Suggested: the top-ranked applications that fit the envelope."))

    def confirm(self) -> None:
        call_id, chosen = self.call_id(), self.ticked()
        suggestion = {r.application_id for r in self.rows() if r.status == "approved"} | set(
            self.data.suggested if self.data is not None else ())
        reason = None
        if set(chosen) != suggestion:
            reason = reason_dialog.ask_reason(self, self.tr("Selection differs from the suggestion"),
                                              self.tr("Why is the selection changed?"), required=True)
            if reason is None:
                return

        def work(session: Any) -> None:
            from fieldapp.services import workflow

            workflow.apply_selection(session, call_id, chosen, reason)

        self.ops.write(work,
                       success=lambda _r: self.message.emit(self.tr("Selection confirmed.")))

    def print_ranking(self) -> None:
        from fieldapp.ui import printing

        call_id = self.call_id()
        if call_id is None:
            return

        def write(session: Any, path: Any, lang: str) -> Any:
            from fieldapp.documents.ranking_sheet import write_ranking_sheet

            return write_ranking_sheet(session, call_id, path, lang)

        printing.print_read(self, self.ops, self.tr("ranking"), write, shown=self._shown)

    def _shown(self, preview: Any) -> None:
        self.preview = preview

    def retranslate(self) -> None:
        self.suggest_button.setText(self.tr("&Suggest selection"))
        self.confirm_button.setText(self.tr("&Confirm selection…"))
        self.print_button.setText(self.tr("&Print ranking…"))
        self.table.setColumnCount(11)
        self.table.setHorizontalHeaderLabels([
            self.tr("Fund"), self.tr("Rank"), self.tr("Number"), self.tr("Title"), self.tr("Settlement"),
            self.tr("Score"), self.tr("Spread"), self.tr("Reviews"), self.tr("Requested"), self.tr("Running total"),
            self.tr("Status")])
        if self.data:
            self._update_summary()
