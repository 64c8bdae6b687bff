"""The application form, made for typing a paper application fast: fields in the paper's order, Tab to the next,
budget lines added with Enter, totals live (from the core's one budget computation), a draft kept as you type."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

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
from fieldapp.ui import labels, style
from fieldapp.ui.form import FormDialog
from fieldapp.ui.forms.ui_application_dialog import Ui_ApplicationDialog
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.validation import Invalid, check_money, check_phone

BUDGET_KEYS = ("item", "unit", "quantity", "unit_cost", "requested", "cofunding", "inkind", "volunteer_hours")
AGE_GROUPS = ("0-17", "18-29", "30-59", "60+")
BENEFICIARY_COLUMNS = (("direct", "F"), ("direct", "M"), ("indirect", "F"), ("indirect", "M"))
TEXTS = ("problem", "goal", "objectives", "participation", "inclusion", "risks", "sustainability")
#: form field → application column, where they differ
COLUMN = {"participation": "community_participation", "startsOn": "starts_on", "receivedOn": "received_on",
          "duration": "duration_months"}

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


def _load(application_id: str | None):
    def query(session: Any) -> dict[str, Any]:
        from sqlalchemy import select

        from fieldapp.model import (
            Application,
            Beneficiaries,
            GrantCall,
            GroupMember,
            InitiativeGroup,
            Locality,
            Person,
        )
        from fieldapp.services import applications, budget
        from fieldapp.services import calls as call_rules

        calls = [(c.id, c.title) for c in session.scalars(select(GrantCall).where(
            GrantCall.deleted_at.is_(None), GrantCall.status.in_(("open", "under_review", "draft")))
            .order_by(GrantCall.opens_on.desc()))]
        places = [(p.id, p.name_ru, p.name_kk) for p in session.scalars(select(Locality).where(
            Locality.kind == "settlement", Locality.deleted_at.is_(None)).order_by(Locality.name_ru))]
        result: dict[str, Any] = {"calls": calls, "places": places, "values": {}, "budget": [], "beneficiaries": [],
                                  "attachments": [], "kinds": [], "editable": True, "number": None}
        app = session.get(Application, application_id) if application_id else None
        if app is not None and not any(c[0] == app.call_id for c in calls):
            call = session.get(GrantCall, app.call_id)
            calls.append((call.id, call.title))
        result["rules"] = {cid: [(r.kind, r.label) for r in call_rules.attachment_rules(session, cid)]
                           for cid, _title in calls}
        result["eligible"] = {cid: call_rules.settlements(session, cid) for cid, _title in calls}
        if app is None:
            return result
        group = session.get(InitiativeGroup, app.group_id) if app.group_id else None
        leader = session.get(Person, group.leader_id) if group and group.leader_id else None
        members = [p.full_name for p in session.scalars(select(Person).join(
            GroupMember, GroupMember.person_id == Person.id).where(
            GroupMember.group_id == app.group_id, GroupMember.deleted_at.is_(None),
            GroupMember.role != "leader"))] if group else []
        values = {"call": app.call_id, "group": group.name if group else "", "settlement": app.settlement_id,
                  "leader": leader.full_name if leader else "", "leaderPhone": leader.phone if leader else "",
                  "members": "\n".join(members), "title": app.title, "category": app.category,
                  "receivedOn": format_date(app.received_on), "channel": app.channel or "paper",
                  "language": app.language, "startsOn": format_date(app.starts_on),
                  "duration": app.duration_months or 0}
        for name in TEXTS:
            values[name] = getattr(app, COLUMN.get(name, name)) or ""
        result["values"] = values
        result["budget"] = [[line.item, line.unit or "", f"{line.quantity.normalize():f}", str(line.unit_cost),
                             str(line.requested), str(line.cofunding), str(line.inkind), str(line.volunteer_hours)]
                            for line in budget.lines_of(session, app.id)]
        counts = {(b.kind, b.sex, b.age_group): b.count for b in session.scalars(
            select(Beneficiaries).where(Beneficiaries.application_id == app.id, Beneficiaries.deleted_at.is_(None)))}
        result["beneficiaries"] = [[counts.get((k, s, age), 0) for k, s in BENEFICIARY_COLUMNS] for age in AGE_GROUPS]
        attached = applications.attachments(session, app.id)
        result["attachments"] = [a.file_name for a in attached]
        result["kinds"] = [a.kind for a in attached]
        result["editable"] = app.status in applications.EDITABLE
        result["number"] = applications.number(app)
        return result

    return query


class ApplicationDialog(FormDialog):
    def __init__(self, ops: Operations, application_id: str | None = None, call_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, f"application:{application_id or 'new'}", parent)
        self.application_id = application_id
        self.default_call = call_id
        self.pending_files: list[tuple[str, str]] = []  # (path, kind)
        self.rules: dict[str, list[tuple[str, str]]] = {}
        self.eligible: dict[str, list[str]] = {}
        self.kinds: list[str] = []
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
        ops.read(_load(application_id), success=self._loaded)

    # -- tables ------------------------------------------------------------------------------------------
    def _setup_tables(self) -> None:
        table = self.ui.budgetTable
        table.setColumnCount(len(BUDGET_KEYS))
        table.setRowCount(1)
        table.setTabKeyNavigation(False)  # Tab moves between cells while typing one; otherwise it leaves
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.installEventFilter(self)
        table.itemChanged.connect(self._budget_edited)
        table.itemDelegate().closeEditor.connect(self._editor_closed)
        people = self.ui.beneficiariesTable
        people.setColumnCount(len(BENEFICIARY_COLUMNS))
        people.setRowCount(len(AGE_GROUPS))
        people.setTabKeyNavigation(False)
        people.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        people.itemChanged.connect(lambda _item: self._table_edited())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on a budget line (typing in a cell or not) goes to the next line, adding one after the last."""
        if watched is self.ui.budgetTable and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_line()
            return True
        return super().eventFilter(watched, event)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the cell being typed
            self.next_line()

    def next_line(self) -> None:
        table = self.ui.budgetTable
        row = max(table.currentRow(), 0)
        if row == table.rowCount() - 1:
            table.insertRow(table.rowCount())
        table.setCurrentCell(row + 1, 0)

    def budget_rows(self) -> list[list[str]]:
        table = self.ui.budgetTable
        rows = []
        for r in range(table.rowCount()):
            cells = [(table.item(r, c).text().strip() if table.item(r, c) else "") for c in range(len(BUDGET_KEYS))]
            if any(cells):
                rows.append(cells)
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

    def _budget_edited(self, _item: QTableWidgetItem) -> None:
        self._table_edited()
        self.update_totals()

    def _table_edited(self) -> None:
        self._draft_dirty = True
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def parsed_budget(self) -> tuple[list[dict[str, Any]], list[str]]:
        """Lines as the core takes them, and problems in words (line by line)."""
        from fieldapp.services.budget import line_cost

        lines, problems = [], []
        for number, cells in enumerate(self.budget_rows(), start=1):
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
            "%1", str(p.position)) for p in totals.problems]
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

    def max_grant(self) -> Decimal | None:
        return self._max_grants.get(self.ui.call.currentData()) if hasattr(self, "_max_grants") else None

    # -- loading, values, drafts -------------------------------------------------------------------------
    def _loaded(self, data: dict[str, Any]) -> None:
        self.ui.call.clear()
        for call_id, title in data["calls"]:
            self.ui.call.addItem(title, call_id)
        self.ui.settlement.clear()
        self.ui.settlement.addItem("", None)
        for place_id, ru, _kk in data["places"]:
            self.ui.settlement.addItem(ru, place_id)
        self.ops.read(_max_grants, success=self._grants_known)
        values = dict(data["values"])
        if self.default_call and not values:
            values["call"] = self.default_call
        values.setdefault("channel", "paper")
        values.setdefault("language", "ru")
        values.setdefault("category", "playground")
        self.set_values({**values, "budget": data["budget"], "beneficiaries": data["beneficiaries"]}, initial=True)
        self.ui.attachmentsList.addItems(data["attachments"])
        self.rules, self.eligible, self.kinds = data["rules"], data["eligible"], data["kinds"]
        self.check_call_rules()
        self.number = data["number"]
        self.setEnabled(True)
        if not data["editable"]:
            self.ui.scroll.setEnabled(False)
            self.ui.problems.setText(self.tr("This application is past its eligibility check: its content is frozen."))
        self.loaded = True
        (self.ui.group if self.application_id is None and self.ui.call.currentIndex() >= 0 else self.ui.call).setFocus()
        self.offer_draft()

    def _grants_known(self, grants: dict[str, Decimal]) -> None:
        self._max_grants = grants
        self.update_totals()

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

        problems += [problem(p) for p in budget.compute(lines).problems]
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

    def save_work(self, session: Any, values: dict[str, Any]) -> str:
        from fieldapp.services import applications

        group = applications.ensure_group(
            session, values["group"], values["settlement"], leader_name=values["leader"],
            leader_phone=values["leaderPhone"], members=[m for m in (values["members"] or "").splitlines() if m])
        fields = {"title": values["title"], "category": values["category"], "group_id": group.id,
                  "settlement_id": values["settlement"], "received_on": values["receivedOn"],
                  "channel": values["channel"], "language": values["language"], "starts_on": values["startsOn"],
                  "duration_months": values["duration"] or None}
        for name in TEXTS:
            fields[COLUMN.get(name, name)] = values[name]
        if self.application_id is None:
            app = applications.create(session, values["call"], **fields)
            self.application_id = app.id
        else:
            applications.update(session, self.application_id, **fields)
        applications.set_budget(session, self.application_id, values["lines"])
        counts = {(kind, sex, age): values["beneficiaries"][r][c] for r, age in enumerate(AGE_GROUPS)
                  for c, (kind, sex) in enumerate(BENEFICIARY_COLUMNS)}
        applications.set_beneficiaries(session, self.application_id, counts)
        for path, kind in self.pending_files:
            applications.attach(session, self.application_id, kind, path)
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
        self.ui.beneficiariesTable.setHorizontalHeaderLabels([
            self.tr("Direct, women"), self.tr("Direct, men"), self.tr("Indirect, women"), self.tr("Indirect, men")])
        self.ui.beneficiariesTable.setVerticalHeaderLabels([self.tr("Age %1").replace("%1", a) for a in AGE_GROUPS])
        self.setWindowTitle(self.tr("Application") + (f" {self.number}" if getattr(self, "number", None) else ""))


def _max_grants(session: Any) -> dict[str, Decimal]:
    from sqlalchemy import select

    from fieldapp.model import GrantCall

    return {cid: amount for cid, amount in session.execute(select(GrantCall.id, GrantCall.max_grant)).all()}
