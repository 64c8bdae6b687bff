"""The conflicts and rejections inbox: every conflict sync set aside for a person — the record by its name, each
field in words with my value, their value and the original, who and when — resolved by keeping mine, keeping
theirs or typing a merged value; every change the hub refused, with its reason in the interface language, fixed
and sent again or left refused. Resolutions are ordinary changes (``fieldapp/services/sync_inbox.py``): they
sync like any other. Reached from the Sync page and from File ▸ Conflicts and rejections (Ctrl+Shift+K), whose
text carries the count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date
from fieldapp.ui import i18n, labels
from fieldapp.ui.list_model import _typed, display
from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.problems import problem, text_for

ERROR_STYLE = "color: #b00020;"


def _inbox(session: Any) -> Any:
    from fieldapp.services.sync_inbox import inbox

    return inbox(session, i18n.current_language())


def value_text(value: Any, kind: str, name: str, names: Any) -> str:
    if value is None:
        return "—"
    if kind == "reference":
        return names.get(value) or "—"
    if kind == "code":
        return labels.value_label(str(value))
    return display(_typed(value, kind), kind, name) or "—"


def editable_text(value: Any, kind: str, name: str, names: Any) -> str:
    """A value as a person would type it back (dates dd.MM.yyyy, money as a number)."""
    if value is None:
        return ""
    if kind == "date":
        typed = _typed(value, kind)
        return format_date(typed) if hasattr(typed, "year") else str(value)
    if kind in ("money", "text"):
        return str(value)
    return value_text(value, kind, name, names)


def _when(side: Any) -> str:
    if side.at is None:
        return side.by or "—"
    return f"{side.by or '—'}, {side.at:%d.%m.%Y %H:%M}"


class InboxDialog(QDialog):
    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.inbox: Any = None
        self.entries: list[tuple[str, Any]] = []
        self.edits: dict[str, QLineEdit] = {}
        self.current: tuple[str, Any] | None = None
        self.items = QListWidget(self)
        self.items.setMinimumWidth(240)
        self.detail = QWidget(self)
        self.title = QLabel(self.detail)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel(self.detail)
        self.who.setWordWrap(True)
        self.message = QLabel(self.detail)
        self.message.setWordWrap(True)
        self.grid_host = QWidget(self.detail)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame around the values: Tab goes to the values
        scroll.setWidget(self.grid_host)
        self.problem_label = QLabel(self.detail)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.keep_mine, self.keep_theirs, self.use_typed = (QPushButton(self.detail) for _ in range(3))
        actions = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.use_typed):
            actions.addWidget(button)
        actions.addStretch(1)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.who)
        detail_layout.addWidget(self.message)
        detail_layout.addWidget(scroll, 1)
        detail_layout.addWidget(self.problem_label)
        detail_layout.addLayout(actions)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(self)
        splitter.addWidget(self.items)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.items.currentRowChanged.connect(self._chosen)
        self.keep_mine.clicked.connect(lambda: self._act("first"))
        self.keep_theirs.clicked.connect(lambda: self._act("second"))
        self.use_typed.clicked.connect(lambda: self._act("typed"))
        self.query = LiveQuery(ops, self, lambda: _inbox, self.show_inbox)
        self.retranslate()
        self.resize(940, 600)
        self.query.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts and rejections"))
        self.empty.setText(self.tr("Nothing to review: no conflicts, and the head office refused none of the "
                                   "changes made here."))
        if self.inbox is not None:
            self.show_inbox(self.inbox)

    # -- the list ------------------------------------------------------------------------------------------
    def show_inbox(self, inbox: Any) -> None:
        keep = self.current[1].id if self.current and self.current[0] == "conflict" else (
            self.current[1].op_id if self.current else None)
        self.inbox = inbox
        self.entries = [("conflict", c) for c in inbox.conflicts] + [("rejection", r) for r in inbox.rejections]
        self.items.blockSignals(True)
        self.items.clear()
        for kind, entry in self.entries:
            if kind == "conflict":
                what = ", ".join(labels.field_label(entry.table, f.field) for f in entry.fields) or (
                    self.tr("deleted on one side, changed on the other") if entry.kind == "delete_edit"
                    else self.tr("an action refused"))
                text = self.tr("Conflict: %1 — %2").replace("%1", entry.record_name).replace("%2", what)
            else:
                text = self.tr("Refused: %1").replace("%1", entry.record_name)
            QListWidgetItem(text, self.items)
        self.items.blockSignals(False)
        self.empty.setVisible(not self.entries)
        self.detail.setEnabled(bool(self.entries))
        ids = [e.id if k == "conflict" else e.op_id for k, e in self.entries]
        row = ids.index(keep) if keep in ids else 0
        if self.entries:
            self.items.setCurrentRow(row)
            self._chosen(row)
        else:
            self.current = None
            self._clear_detail()

    def _clear_detail(self) -> None:
        self.title.setText("")
        self.who.setText("")
        self.message.setText("")
        self.problem_label.setText("")
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:  # hidden at once: deleteLater waits for the event loop
                widget.hide()
                widget.deleteLater()
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.edits = {}
        for button in (self.keep_mine, self.keep_theirs, self.use_typed):
            button.hide()

    # -- one entry -----------------------------------------------------------------------------------------
    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        self.current = self.entries[row]
        self._clear_detail()
        kind, entry = self.current
        if kind == "conflict":
            self._show_conflict(entry)
        else:
            self._show_rejection(entry)

    def _header(self, texts: list[str]) -> None:
        for column, text in enumerate(texts):
            label = QLabel(text, self.grid_host)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.grid.addWidget(label, 0, column)

    def _cell(self, text: str, row: int, column: int) -> None:
        label = QLabel(text, self.grid_host)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid.addWidget(label, row, column)

    def _show_conflict(self, entry: Any) -> None:
        self.title.setText(f"{labels.value_label(entry.table)}: {entry.record_name}")
        mine_where = self.tr("this laptop") if entry.mine.here else self.tr("another device")
        self.who.setText(self.tr("Mine: %1 (%2). Theirs: %3.").replace("%1", _when(entry.mine))
                         .replace("%2", mine_where).replace("%3", _when(entry.theirs)))
        if entry.kind == "rule":
            self.message.setText(text_for(entry.code or "", "", entry.params) if entry.code else "")
            self.keep_mine.setText(self.tr("&Understood"))
            self.keep_mine.show()
            return
        if entry.kind == "delete_edit":
            self.message.setText(self.tr("The record was deleted on one side and changed on the other; it was "
                                         "kept. Keep it, or delete it again?"))
            self.keep_mine.setText(self.tr("&Keep the record"))
            self.keep_theirs.setText(self.tr("&Delete it again"))
            self.keep_mine.show()
            self.keep_theirs.show()
            return
        self.message.setText(self.tr("Both sides changed the same field. The record now holds “theirs” if it "
                                     "won, “mine” otherwise; choose what it should hold."))
        held = self.tr("%1 (now in the record)")
        mine, theirs = self.tr("Mine"), self.tr("Theirs")
        self._header([self.tr("Field"), held.replace("%1", mine) if entry.mine_is == "kept" else mine,
                      held.replace("%1", theirs) if entry.mine_is == "lost" else theirs, self.tr("Original"),
                      self.tr("Merged value")])
        for row, values in enumerate(entry.fields, start=1):
            label = labels.field_label(entry.table, values.field)
            self._cell(label, row, 0)
            self._cell(value_text(values.mine, values.kind, values.field, entry.names), row, 1)
            self._cell(value_text(values.theirs, values.kind, values.field, entry.names), row, 2)
            self._cell(value_text(values.original, values.kind, values.field, entry.names)
                       if values.original_known else self.tr("unknown"), row, 3)
            edit = QLineEdit(editable_text(values.mine, values.kind, values.field, entry.names), self.grid_host)
            edit.setAccessibleName(label)
            edit.setEnabled(values.kind not in ("reference", "code"))
            self.grid.addWidget(edit, row, 4)
            self.edits[values.field] = edit
        self.grid.setColumnStretch(4, 1)
        self.grid.setRowStretch(len(entry.fields) + 1, 1)
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.keep_theirs.setText(self.tr("Keep &theirs"))
        self.use_typed.setText(self.tr("&Use the merged value"))
        for button in (self.keep_mine, self.keep_theirs, self.use_typed):
            button.show()
        self.use_typed.setEnabled(any(edit.isEnabled() for edit in self.edits.values()))
        self._order_keys()

    def _show_rejection(self, entry: Any) -> None:
        self.title.setText(f"{labels.value_label(entry.table)}: {entry.record_name}")
        self.who.setText(self.tr("Changed by %1 on %2; the head office refused it.")
                         .replace("%1", entry.by or "—").replace("%2", f"{entry.at:%d.%m.%Y %H:%M}"))
        reason = text_for(entry.code, entry.reason, entry.params) if entry.code else entry.reason
        self.message.setText(self.tr("Reason: %1").replace("%1", reason))
        self._header([self.tr("Field"), self.tr("Sent"), self.tr("Send instead")])
        for row, (name, kind, value) in enumerate(entry.fields, start=1):
            label = labels.field_label(entry.table, name)
            self._cell(label, row, 0)
            self._cell(value_text(value, kind, name, entry.names), row, 1)
            edit = QLineEdit(editable_text(value, kind, name, entry.names), self.grid_host)
            edit.setAccessibleName(label)
            edit.setEnabled(entry.resendable and kind not in ("reference", "code"))
            self.grid.addWidget(edit, row, 2)
            self.edits[name] = edit
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(entry.fields) + 1, 1)
        self.use_typed.setText(self.tr("&Send again with these values"))
        self.keep_theirs.setText(self.tr("&Leave it refused"))
        self.use_typed.setEnabled(entry.resendable)
        self.use_typed.show()
        self.keep_theirs.show()
        self._order_keys()

    def _order_keys(self) -> None:
        """Tab goes through the list, the typed values top to bottom, then the buttons left to right."""
        chain: list[QWidget] = [self.items, *[e for e in self.edits.values() if e.isEnabled()],
                                self.keep_mine, self.keep_theirs, self.use_typed]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    # -- acting --------------------------------------------------------------------------------------------
    def _act(self, which: str) -> None:
        if self.current is None:
            return
        kind, entry = self.current
        typed = {name: edit.text() for name, edit in self.edits.items() if edit.isEnabled()}
        if kind == "conflict":
            if entry.kind == "delete_edit":
                choice: Any = "kept" if which == "first" else "lost"
            elif entry.kind == "rule":
                choice = "kept"
            else:
                choice = {"first": "mine", "second": "theirs"}.get(which) or typed
            conflict_id = entry.id

            def work(session: Any) -> Any:
                from fieldapp.services.sync_inbox import resolve

                return resolve(session, conflict_id, choice)
        elif which == "typed":
            op_id = entry.op_id

            def work(session: Any) -> Any:
                from fieldapp.services.sync_inbox import resend

                return resend(session, op_id, typed)
        else:
            op_id = entry.op_id

            def work(session: Any) -> Any:
                from fieldapp.services.sync_inbox import set_aside

                return set_aside(session, op_id)
        self.problem_label.setText("")
        self.ops.write(work, success=lambda _r: self.query.refresh(), failure=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.problem_label.setText(problem(exc) if hasattr(exc, "code") else str(exc))


def open_inbox(ops: Any, parent: QWidget | None) -> InboxDialog:
    dialog = InboxDialog(ops, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
