"""The application form, made for typing a paper application fast: fields in the paper's order, Tab to the next,
budget lines added with Enter, totals live (from the core's one budget computation), a draft kept as you type."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from fieldapp.formatting import format_date, format_money, parse_date
from fieldapp.services import application_form
from fieldapp.ui import i18n, labels, style
from fieldapp.ui.form import TYPING, FormDialog
from fieldapp.ui.forms.ui_application_dialog import Ui_ApplicationDialog
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.ui.text_fit import narrow_to_titles, wrap_titles
from fieldapp.validation import Invalid, check_money, check_phone

BUDGET_KEYS = ("item", "unit", "quantity", "unit_cost", "requested", "cofunding", "inkind", "volunteer_hours")
AGE_GROUPS = ("0-17", "18-29", "30-59", "60+")
BENEFICIARY_COLUMNS = (("direct", "F"), ("direct", "M"), ("indirect", "F"), ("indirect", "M"))
TEXTS = ("problem", "goal", "objectives", "participation", "inclusion", "risks", "sustainability")
#: form field → application column, where they differ
COLUMN = {"participation": "community_participation", "startsOn": "starts_on", "receivedOn": "received_on",
          "duration": "duration_months"}

if TYPE_CHECKING:
    from fieldapp.db import Session

translate = QCoreApplication.translate


def check_date(text: str) -> Any:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise Invalid("date.format", "A date is dd.mm.yyyy, e.g. 01.12.2019") from exc


def choose_files(parent: QWidget) -> list[str]:
    """The file chooser for attachments (tests replace this function)."""
    files, _filter = QFileDialog.getOpenFileNames(parent, translate("Competition", "Attach files"), "",
                                                  translate("Competition", "Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)"))
    return files


class ApplicationDialog(FormDialog):
    record_table = "application"

    def __init__(self, ops: Operations, application_id: str | None = None, call_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, f"application:{application_id or 'new'}", parent)
        self.application_id = application_id
        self.default_call = call_id
        self.pending_files: list[tuple[str, str]] = []  # (path, kind)
        self.rules: dict[str, list[tuple[str, str]]] = {}
        self.eligible: dict[str, list[str]] = {}
        self.kinds: list[str] = []
        self.max_grants: dict[str, Decimal] = {}
        self.ui = Ui_ApplicationDialog()
        self.ui.setupUi(self)
        form = self.ui.formLayout
        self.bind(form, "call", self.ui.call, required=True)
        self.bind(form, "group", self.ui.group, required=True)
        self.bind(form, "settlement", self.ui.settlement, required=True)
        self.bind(form, "leader", self.ui.leader)
        self.bind(form, "leaderPhone", self.ui.leaderPhone, check=check_phone)
        self.bind(form, "members", self.ui.members)
        self.bind(form, "title", self.ui.title, required=True)
        self.bind(form, "category", self.ui.category, required=True)
        self.bind(form, "receivedOn", self.ui.receivedOn, check=check_date)
        self.bind(form, "channel", self.ui.channel)
        self.bind(form, "language", self.ui.language)
        self.bind(form, "startsOn", self.ui.startsOn, check=check_date)
        self.bind(form, "duration", self.ui.duration)
        for name in TEXTS:
            self.bind(form, name, getattr(self.ui, name))
        self._setup_tables()
        self.ui.attachButton.clicked.connect(self.attach_files)
        self.ui.call.currentIndexChanged.connect(lambda _i: self.check_call_rules())
        self.ui.settlement.currentIndexChanged.connect(lambda _i: self.check_call_rules())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate_form()
        self._mark_required()
        self.setEnabled(False)
        self.loaded = False
        lang = i18n.current_language()
        ops.read(lambda session: application_form.application_form(session, application_id, lang),
                 success=self._loaded)

    # -- tables ------------------------------------------------------------------------------------------
    def _setup_tables(self) -> None:
        table = self.ui.budgetTable
        table.setColumnCount(len(BUDGET_KEYS))
        table.setRowCount(1)
        table.setTabKeyNavigation(False)  # Tab moves between cells while typing one; otherwise it leaves
        table.setEditTriggers(TYPING)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        wrap_titles(table)
        table.installEventFilter(self)
        table.itemChanged.connect(self._budget_edited)
        table.itemDelegate().closeEditor.connect(self._editor_closed)
        people = self.ui.beneficiariesTable
        people.setColumnCount(len(BENEFICIARY_COLUMNS))
        people.setRowCount(len(AGE_GROUPS))
        people.setTabKeyNavigation(False)
        people.setEditTriggers(TYPING)
        people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap_titles(people)
        people.itemChanged.connect(lambda _item: self._table_edited())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on a budget line goes to the next line, adding one after the last. While a cell is typed in,
        its editor's Enter closes it and :meth:`_editor_closed` moves on (moving here too would skip a line)."""
        if watched is self.ui.budgetTable and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.ui.budgetTable.state() != QAbstractItemView.State.EditingState:
                self.next_line()
            return True
        return super().eventFilter(watched, event)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the cell being typed
            self.next_line()

    def next_line(self) -> None:
        """The first cell of the next line; a new line after the last one that has anything typed in it."""
        table = self.ui.budgetTable
        row = max(table.currentRow(), 0)
        if row == table.rowCount() - 1:
            if not any(table.item(row, c) and table.item(row, c).text().strip() for c in range(len(BUDGET_KEYS))):
                table.setCurrentCell(row, 0)  # an empty last line stays the one to type in
                return
            table.insertRow(table.rowCount())
        table.setCurrentCell(row + 1, 0)

    def budget_rows(self) -> list[list[str]]:
        return [cells for _row, cells in self.numbered_budget_rows()]

    def numbered_budget_rows(self) -> list[tuple[int, list[str]]]:
        """The lines typed, each with its row number on the screen (1-based); empty lines left out."""
        table = self.ui.budgetTable
        rows = []
        for r in range(table.rowCount()):
            cells = [(table.item(r, c).text().strip() if table.item(r, c) else "") for c in range(len(BUDGET_KEYS))]
            if any(cells):
                rows.append((r + 1, cells))
        return rows

    def beneficiary_rows(self) -> list[list[int]]:
        table = self.ui.beneficiariesTable
        result = []
        for r in range(len(AGE_GROUPS)):
            row = []
            for c in range(len(BENEFICIARY_COLUMNS)):
                item = table.item(r, c)
                text = item.text().strip() if item else ""
                row.append(int(text) if text.isdigit() else 0)
            result.append(row)
        return result

    def _fill(self, table: Any, rows: list[list[Any]], minimum: int) -> None:
        table.blockSignals(True)
        table.setRowCount(max(len(rows), minimum))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem("" if value in (None, 0) and table is not self.ui.budgetTable
                                                     else str(value)))
        table.blockSignals(False)
        table.setCurrentCell(0, 0)
        if table is self.ui.budgetTable:
            narrow_to_titles(table, range(1, len(BUDGET_KEYS)))

    def _budget_edited(self, _item: QTableWidgetItem) -> None:
        self._table_edited()
        self.update_totals()

    def _table_edited(self) -> None:
        self._draft_dirty = True
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def parsed_budget(self) -> tuple[list[dict[str, Any]], list[str]]:
        """Lines as the core takes them, and problems in words, each naming its line as the screen numbers it."""
        from fieldapp.services.budget import line_cost

        lines, problems = [], []
        self.line_rows = []  # the screen's row number of each line
        for number, cells in self.numbered_budget_rows():
            line: dict[str, Any] = dict(zip(BUDGET_KEYS, cells, strict=True))
            try:
                quantity = Decimal(line["quantity"].replace(",", ".").replace(" ", "") or "0")
                unit_cost = check_money(line["unit_cost"])
                sources = {k: check_money(line[k]) if line[k] else None for k in ("requested", "cofunding", "inkind")}
            except (Invalid, ArithmeticError, ValueError):
                problems.append(self.tr("Line %1: a number cannot be read").replace("%1", str(number)))
                continue
            if all(v is None for v in sources.values()):
                sources["requested"] = line_cost(quantity, unit_cost)
            self.line_rows.append(number)
            lines.append({**line, "quantity": quantity, "unit_cost": unit_cost,
                          "volunteer_hours": int(line["volunteer_hours"] or 0) if str(
                              line["volunteer_hours"] or "0").isdigit() else 0,
                          **{k: v if v is not None else Decimal("0.00") for k, v in sources.items()}})
        return lines, problems

    def update_totals(self) -> None:
        from fieldapp.services import budget

        lines, problems = self.parsed_budget()
        totals = budget.compute(lines, self.max_grant())
        problems += [self.tr("Line %1: requested + co-funding + in kind must equal the line's cost").replace(
            "%1", str(self.screen_row(p.params["position"]))) for p in totals.problems]
        text = self.tr("Total %1 · grant requested %2 · akimat %3 · community in kind %4 · volunteer hours %5").replace(
            "%1", format_money(totals.total)).replace("%2", format_money(totals.requested)).replace(
            "%3", format_money(totals.cofunding)).replace("%4", format_money(totals.inkind)).replace(
            "%5", str(totals.volunteer_hours))
        if totals.over_max:
            problems.append(self.tr("The request is over the call's maximum by %1").replace(
                "%1", format_money(totals.over_max)))
        self.totals = totals
        self.ui.budgetTotals.setText(text + ("\n" + "\n".join(problems) if problems else ""))
        self.ui.budgetTotals.setStyleSheet(f"color: {style.error_colour().name()};" if problems else "")

    def screen_row(self, position: int) -> int:
        """The row number on the screen of the ``position``-th line typed (1-based, empty rows skipped)."""
        rows = getattr(self, "line_rows", [])
        return rows[position - 1] if 0 < position <= len(rows) else position

    def max_grant(self) -> Decimal | None:
        return self.max_grants.get(self.ui.call.currentData())

    # -- loading, values, drafts -------------------------------------------------------------------------
    def _loaded(self, form: application_form.ApplicationForm) -> None:
        self.ui.call.clear()
        for call in form.calls:
            self.ui.call.addItem(call.name, call.id)
        self.ui.settlement.clear()
        self.ui.settlement.addItem("", None)
        for place in form.settlements:
            self.ui.settlement.addItem(place.name, place.id)
        self.max_grants = form.max_grants
        data = form.application
        values: dict[str, Any] = {} if data is None else {
            "call": data.call_id, "group": data.group, "settlement": data.settlement_id, "leader": data.leader or "",
            "leaderPhone": data.leader_phone or "", "members": "\n".join(data.members), "title": data.title,
            "category": data.category, "receivedOn": format_date(data.received_on), "channel": data.channel or "paper",
            "language": data.language, "startsOn": format_date(data.starts_on), "duration": data.duration_months or 0,
            **{name: data.texts.get(COLUMN.get(name, name)) or "" for name in TEXTS}}
        if self.default_call and not values:
            values["call"] = self.default_call
        values.setdefault("channel", "paper")
        values.setdefault("language", "ru")
        values.setdefault("category", "playground")
        budget_rows = [] if data is None else [
            [line["item"], line["unit"] or "", f"{line['quantity'].normalize():f}", str(line["unit_cost"]),
             str(line["requested"]), str(line["cofunding"]), str(line["inkind"]), str(line["volunteer_hours"])]
            for line in data.lines]
        counts = data.beneficiaries if data is not None else {}
        beneficiaries = [[counts.get((k, sex, age), 0) for k, sex in BENEFICIARY_COLUMNS] for age in AGE_GROUPS]
        self.set_values({**values, "budget": budget_rows, "beneficiaries": beneficiaries}, initial=True)
        self.ui.attachmentsList.addItems([name for name, _kind in form.attachments])
        self.rules, self.eligible = form.attachment_rules, form.eligible
        self.kinds = [kind for _name, kind in form.attachments]
        self.check_call_rules()
        self.number = form.number
        self.setEnabled(True)
        if not form.editable:
            self.ui.scroll.setEnabled(False)
            self.ui.problems.setText(self.tr("This application is past its eligibility check: its content is frozen."))
        self.loaded = True
        (self.ui.group if self.application_id is None and self.ui.call.currentIndex() >= 0 else self.ui.call).setFocus()
        self.update_totals()
        self.offer_draft()

    def values(self) -> dict[str, Any]:
        return {**super().values(), "budget": self.budget_rows(), "beneficiaries": self.beneficiary_rows()}

    def set_values(self, values: dict[str, Any], *, initial: bool = False) -> None:
        if "budget" in values:
            self._fill(self.ui.budgetTable, values["budget"], 1)
        if "beneficiaries" in values and values["beneficiaries"]:
            self._fill(self.ui.beneficiariesTable, values["beneficiaries"], len(AGE_GROUPS))
        super().set_values({k: v for k, v in values.items() if k not in ("budget", "beneficiaries")},
                           initial=initial)
        if initial:
            self._initial = self.values()
        self.update_totals()

    def _draft_found(self, draft: dict[str, Any] | None) -> None:
        if draft and draft == self._initial:
            return
        super()._draft_found(draft if draft and draft != self._initial else None)

    def validate(self) -> dict[str, Any] | None:
        clean = super().validate()
        lines, problems = self.parsed_budget()
        from fieldapp.services import budget

        problems += [problem(replace(p, params={**p.params, "position": self.screen_row(p.params["position"])}))
                     for p in budget.compute(lines).problems]
        if not lines:
            problems.append(self.tr("Type at least one budget line"))
        self.ui.problems.setText("\n".join(problems))
        self.ui.problems.setStyleSheet(f"color: {style.error_colour().name()};")
        if clean is None or problems:
            if problems and clean is not None:
                self.ui.budgetTable.setFocus()
            return None
        return {**clean, "lines": lines, "beneficiaries": self.beneficiary_rows()}

    # -- attachments ------------------------------------------------------------------------------------
    def attach_files(self) -> None:
        chosen = self.ui.attachKind.currentData()
        for path in choose_files(self):
            if path not in {p for p, _kind in self.pending_files}:
                kind = chosen or ("site_photo" if Path(path).suffix.lower() in (".jpg", ".jpeg", ".png")
                                  else "support_letter")
                self.pending_files.append((path, kind))
                self.ui.attachmentsList.addItem(f"{Path(path).name} — {labels.value_label(kind)}")
                self._table_edited()
        self.check_call_rules()

    def check_call_rules(self) -> None:
        """What the chosen call asks for: its required attachments still missing, and a settlement it does not
        list (such an application is refused at the eligibility check)."""
        call = self.ui.call.currentData()
        have = set(self.kinds) | {kind for _path, kind in self.pending_files}
        rules = self.rules.get(call, [])
        missing = [label for kind, label in rules if kind not in have]
        label = self.ui.attachmentsMissing
        label.setVisible(bool(rules))
        label.setText(self.tr("Still missing: %1").replace("%1", "; ".join(missing)) if missing
                      else self.tr("Every required attachment is here."))
        label.setStyleSheet(f"color: {style.error_colour().name()};" if missing else "")
        eligible, place = self.eligible.get(call, []), self.ui.settlement.currentData()
        if "settlement" in self.fields:
            self.show_problem("settlement", self.tr(
                "This settlement is not among those the call lists: the application will be refused at the "
                "eligibility check") if eligible and place and place not in eligible else None)

    # -- saving ------------------------------------------------------------------------------------------
    def _save_failed(self, exc: BaseException) -> None:
        """A budget line the core refuses is named by its row on the screen, under the budget."""
        if isinstance(exc, Invalid) and (exc.field or "").startswith("budget.") and "position" in exc.params:
            self._saving = False
            shown = Invalid(exc.code, exc.message, exc.field, {**exc.params,
                                                               "position": self.screen_row(exc.params["position"])})
            self.ui.problems.setText(problem(shown))
            self.ui.problems.setStyleSheet(f"color: {style.error_colour().name()};")
            self.ui.budgetTable.setFocus()
            return
        super()._save_failed(exc)

    def save_work(self, session: Session, values: dict[str, Any]) -> str:
        counts = {(kind, sex, age): values["beneficiaries"][r][c] for r, age in enumerate(AGE_GROUPS)
                  for c, (kind, sex) in enumerate(BENEFICIARY_COLUMNS)}
        data = application_form.ApplicationInput(
            call_id=values["call"], group=values["group"], settlement_id=values["settlement"],
            title=values["title"], category=values["category"], leader=values["leader"],
            leader_phone=values["leaderPhone"], members=(values["members"] or "").splitlines(),
            received_on=values["receivedOn"], channel=values["channel"], language=values["language"],
            starts_on=values["startsOn"], duration_months=values["duration"] or None,
            texts={COLUMN.get(name, name): values[name] for name in TEXTS}, lines=values["lines"],
            beneficiaries=counts, files=[(Path(path), kind) for path, kind in self.pending_files])
        self.application_id = application_form.save_application(session, self.application_id, data)
        self.pending_files = []
        return self.application_id

    def retranslate_form(self) -> None:
        self.ui.retranslateUi(self)
        combos = {
            self.ui.category: {code: labels.value_label(code) for code in
                               ("playground", "sports_ground", "sensory_room", "recreation_area", "other")},
            self.ui.channel: {code: labels.value_label(code) for code in ("paper", "email", "in_person")},
        }
        for combo, words in combos.items():
            current = combo.currentData()
            combo.clear()
            for code, word in words.items():
                combo.addItem(word, code)
            if current is not None:
                combo.setCurrentIndex(max(combo.findData(current), 0))
        current = self.ui.language.currentData()
        self.ui.language.clear()
        for code, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
            self.ui.language.addItem(name, code)
        if current is not None:
            self.ui.language.setCurrentIndex(max(self.ui.language.findData(current), 0))
        from fieldapp.services.calls import ATTACHMENT_KINDS

        kind = self.ui.attachKind.currentData()
        self.ui.attachKind.clear()
        self.ui.attachKind.addItem(self.tr("Kind: from the file (photo or letter)"), None)
        for code in ATTACHMENT_KINDS:
            self.ui.attachKind.addItem(labels.value_label(code), code)
        self.ui.attachKind.setCurrentIndex(max(self.ui.attachKind.findData(kind), 0))
        self.ui.budgetTable.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Unit"), self.tr("Quantity"), self.tr("Unit cost, ₸"),
            self.tr("Grant, ₸"), self.tr("Akimat, ₸"), self.tr("In kind, ₸"), self.tr("Volunteer hours")])
        narrow_to_titles(self.ui.budgetTable, range(1, len(BUDGET_KEYS)))  # the item is read, the numbers fit
        self.ui.beneficiariesTable.setHorizontalHeaderLabels([
            self.tr("Direct, women"), self.tr("Direct, men"), self.tr("Indirect, women"), self.tr("Indirect, men")])
        self.ui.beneficiariesTable.setVerticalHeaderLabels([self.tr("Age %1").replace("%1", a) for a in AGE_GROUPS])
        self.setWindowTitle(self.tr("Application") + (f" {self.number}" if getattr(self, "number", None) else ""))

