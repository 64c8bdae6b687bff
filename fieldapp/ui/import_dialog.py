"""Importing a table people keep (participants, the application register): choose the file (and what it is for,
e.g. the grant call), check the columns found (change any by hand), read the preview row by row with the row
numbers of Excel and each row's problems, then confirm: all accepted rows in one transaction.

One dialog serves every import; an :class:`Importer` says what differs: its fields, its preview, its commit."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from fieldapp.imports.tabular import Field, TableError
from fieldapp.ui import errors, style
from fieldapp.ui.forms.ui_import_dialog import Ui_ImportDialog
from fieldapp.ui.operations import Operations
from fieldapp.ui.problems import problem
from fieldapp.ui.text_fit import fit_choices, wrap_titles

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Line:
    """A row of the preview: its number in the file, add / match / reject, what it is, its problems."""

    number: int
    action: str
    name: str
    problems: str


class Importer(ABC):
    """One kind of import, as the dialog sees it. ``target`` is what the rows go to (a training, a grant call)."""

    fields: Sequence[Field] = ()
    tables: frozenset[str] = frozenset()
    #: the preview runs a core rule in a savepoint it rolls back (a write that writes nothing): a write session
    preview_writes = False

    def __init__(self, target: str | None = None) -> None:
        self.target = target

    @abstractmethod
    def title(self) -> str:
        ...

    @abstractmethod
    def placeholder(self) -> str:
        ...

    def target_caption(self) -> str | None:
        """The label of the target chooser; None when the target is given and not chosen in the dialog."""
        return None

    def targets(self, session: Any) -> list[tuple[str, str]]:
        """The targets to choose from, as (id, text)."""
        return []

    def note(self, session: Any) -> str:
        """A line under the file about what else the import does ('' for none)."""
        return ""

    @abstractmethod
    def field_name(self, key: str) -> str:
        ...

    def name_heading(self) -> str:
        """The heading of the preview's column that says what each row is."""
        return translate("ImportDialog", "Name")

    @abstractmethod
    def preview(self, session: Any, path: Path, mapping: dict[str, int] | None) -> Any:
        ...

    @abstractmethod
    def lines(self, preview: Any) -> list[Line]:
        ...

    def accepted(self, preview: Any) -> int:
        """How many rows the commit writes."""
        return int(preview.count("add") + preview.count("match"))

    @abstractmethod
    def commit(self, session: Any, preview: Any) -> Any:
        ...

    def template_name(self) -> str | None:
        """The file name of an empty table to fill in, offered by the dialog (None: no template)."""
        return None

    def write_template(self, path: Path) -> Any:
        raise NotImplementedError

    @abstractmethod
    def reason(self, preview: Any) -> str:
        ...


def choose_template_path(parent: QWidget, name: str) -> str | None:
    """Where to save an empty template (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(parent, translate("ImportDialog", "Save an empty template"), name,
                                                translate("ImportDialog", "Excel workbook (*.xlsx)"))
    return path or None


def problems_text(problems: Sequence[Any]) -> str:
    return "; ".join(problem(p) for p in problems)


class ImportDialog(QDialog):
    #: the import was written: the importer's result
    imported = Signal(object)

    def __init__(self, ops: Operations, importer: Importer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.ops = ops
        self.importer = importer
        self.preview: Any = None
        self.result_summary: Any = None
        self.mapping: dict[str, int] = {}
        self._filling = False
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.fileEdit.returnPressed.connect(lambda: self.load(self.ui.fileEdit.text()))
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.mappingTable.setColumnCount(2)
        self.ui.mappingTable.verticalHeader().hide()
        self.ui.mappingTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.previewTable.setColumnCount(4)
        self.ui.previewTable.verticalHeader().hide()
        self.ui.previewTable.horizontalHeader().setStretchLastSection(True)
        self.ui.previewTable.setWordWrap(True)
        wrap_titles(self.ui.previewTable)
        wrap_titles(self.ui.mappingTable)
        self.ui.mainLayout.setStretchFactor(self.ui.splitter, 1)  # the tables take the room, not the lines
        self.ui.splitter.setStretchFactor(1, 2)
        chooses = importer.target_caption() is not None
        self.ui.targetLabel.setVisible(chooses)
        self.ui.targetCombo.setVisible(chooses)
        self.ui.targetCombo.currentIndexChanged.connect(self._target_chosen)
        self.template_button: QPushButton | None = None
        if importer.template_name() is not None:
            self.template_button = self.ui.buttonBox.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.template_button.setObjectName("templateButton")
            self.template_button.clicked.connect(self.save_template)
        fit_choices(self)
        self.retranslate()
        self.import_button().setEnabled(False)
        if chooses:
            ops.read(importer.targets, success=self._targets_known)
        ops.read(importer.note, success=self.ui.noteLabel.setText)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Enter reads the file typed in (or takes a column chosen); only the Import button itself imports."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is not self.import_button():
            event.accept()
            return
        super().keyPressEvent(event)

    def import_button(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _targets_known(self, targets: list[tuple[str, str]]) -> None:
        combo = self.ui.targetCombo
        self._filling = True
        combo.clear()
        for target_id, text in targets:
            combo.addItem(text, target_id)
        self._filling = False
        index = combo.findData(self.importer.target)
        combo.setCurrentIndex(index if index >= 0 else 0)
        self._target_chosen()

    def _target_chosen(self) -> None:
        if self._filling:
            return
        target = self.ui.targetCombo.currentData()
        if target != self.importer.target:
            self.importer.target = target
            self.load(self.ui.fileEdit.text(), self.mapping)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.importer.title(), "",
                                              self.tr("Tables (*.xlsx *.csv *.txt);;All files (*)"))
        if name:
            self.ui.fileEdit.setText(name)
            self.load(name)

    def save_template(self) -> None:
        """Save the empty table to fill in where the user says, off the GUI thread."""
        name = self.importer.template_name()
        target = choose_template_path(self, name or "")
        if not target:
            return
        importer = self.importer
        self.ops.background(lambda: importer.write_template(Path(target)),
                            success=lambda written: self.ui.noteLabel.setText(
                                self.tr("Template saved: %1").replace("%1", str(written))),
                            failure=lambda exc: errors.show_error(self, exc))

    def load(self, path: str, mapping: dict[str, int] | None = None) -> None:
        """Read and check the file (nothing is written); show the columns found and every row's outcome."""
        if not path.strip():
            return
        chosen, importer = dict(mapping or {}), self.importer
        self.import_button().setEnabled(False)
        run = self.ops.write if importer.preview_writes else self.ops.read
        run(lambda session: importer.preview(session, Path(path), chosen or None),
            success=self._previewed, failure=self._unreadable, progress=self.tr("Reading the list…"))

    def _unreadable(self, exc: BaseException) -> None:
        if isinstance(exc, TableError):
            self.ui.summaryLabel.setStyleSheet(f"color: {style.error_colour().name()};")
            self.ui.summaryLabel.setText(problem(exc))
            return
        errors.show_error(self, exc)

    def _previewed(self, preview: Any) -> None:
        self.preview = preview
        self.mapping = dict(preview.table.columns)
        self._show_mapping(preview)
        table = self.ui.previewTable
        table.setRowCount(0)
        actions = {"add": self.tr("add"), "match": self.tr("already known"), "reject": self.tr("rejected")}
        lines = self.importer.lines(preview)
        for line in lines:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate((str(line.number), actions[line.action], line.name, line.problems)):
                item = QTableWidgetItem(text)
                if line.action == "reject":
                    item.setForeground(style.error_colour())
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.setColumnWidth(2, min(table.columnWidth(2), table.viewport().width() // 3))
        table.resizeRowsToContents()
        self.ui.summaryLabel.setStyleSheet("")
        self.ui.summaryLabel.setText(
            self.tr("Header on row %1. %2 to add, %3 already known, %4 rejected, %5 rows with warnings.")
            .replace("%1", str(preview.table.header_row)).replace("%2", str(preview.count("add")))
            .replace("%3", str(preview.count("match"))).replace("%4", str(preview.count("reject")))
            .replace("%5", str(sum(1 for line in lines if line.problems and line.action != "reject"))))
        accepted = self.importer.accepted(preview)
        self.import_button().setText(self.tr("Import %1").replace("%1", str(accepted)))
        self.import_button().setEnabled(accepted > 0)

    def _show_mapping(self, preview: Any) -> None:
        self._filling = True
        headers = preview.table.headers
        table = self.ui.mappingTable
        table.setRowCount(0)
        for spec in self.importer.fields:
            row = table.rowCount()
            table.insertRow(row)
            label = QTableWidgetItem(self.importer.field_name(spec.key))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, label)
            combo = QComboBox(table)
            combo.setObjectName(f"column_{spec.key}")
            combo.addItem("—", None)
            for index, heading in enumerate(headers):
                combo.addItem(f"{chr(65 + index) if index < 26 else index + 1}: {heading}", index)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(spec.key)), 0))
            combo.currentIndexChanged.connect(lambda _i, key=spec.key, box=combo: self._remap(key, box))
            table.setCellWidget(row, 1, combo)
        self._filling = False

    def column_combo(self, key: str) -> QComboBox:
        found = self.ui.mappingTable.findChild(QComboBox, f"column_{key}")
        assert found is not None, key
        return found

    def _remap(self, key: str, combo: QComboBox) -> None:
        if self._filling:
            return
        column = combo.currentData()
        mapping = {k: v for k, v in self.mapping.items() if k != key and v != column}
        if column is not None:
            mapping[key] = column
        self.load(self.ui.fileEdit.text(), mapping)

    def confirm(self) -> None:
        preview, importer = self.preview, self.importer
        if preview is None:
            return
        self.import_button().setEnabled(False)

        def done(result: Any) -> None:
            self.result_summary = result
            self.imported.emit(result)
            self.accept()

        self.ops.write(lambda session: importer.commit(session, preview),
                       reason=importer.reason(preview), success=done,
                       failure=lambda exc: errors.show_error(self, exc), progress=self.tr("Importing…"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.importer.title())
        self.ui.fileEdit.setPlaceholderText(self.importer.placeholder())
        self.ui.targetLabel.setText(self.importer.target_caption() or "")
        self.ui.mappingTable.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column")])
        self.ui.previewTable.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Outcome"),
                                                        self.importer.name_heading(), self.tr("Problems")])
        self.import_button().setText(self.tr("Import"))
        if self.template_button is not None:
            self.template_button.setText(self.tr("Save an empty &template…"))


class RosterImport(Importer):
    """People from a list of participants; registered for ``target`` (a training) when given."""

    tables = frozenset({"person", "consent", "registration"})

    def __init__(self, training_id: str | None = None) -> None:
        from fieldapp.imports import roster

        super().__init__(training_id)
        self.fields = roster.FIELDS

    def title(self) -> str:
        return translate("ImportDialog", "Import participants")

    def placeholder(self) -> str:
        return translate("ImportDialog", "An Excel (.xlsx) or CSV list of participants")

    def note(self, session: Any) -> str:
        from fieldapp.services import trainings

        if not self.target:
            return ""
        name = trainings.display_title(session, self.target)
        return translate("ImportDialog", "Everyone imported is also registered for: %1").replace("%1", name)

    def field_name(self, key: str) -> str:
        return {
            "full_name": translate("ImportDialog", "Full name"), "last_name": translate("ImportDialog", "Surname"),
            "first_name": translate("ImportDialog", "First name"),
            "patronymic": translate("ImportDialog", "Patronymic"), "sex": translate("ImportDialog", "Sex"),
            "birth_date": translate("ImportDialog", "Date of birth"),
            "birth_year": translate("ImportDialog", "Year of birth"),
            "settlement": translate("ImportDialog", "Settlement"), "phone": translate("ImportDialog", "Phone"),
            "iin": translate("ImportDialog", "IIN"), "organisation": translate("ImportDialog", "Organisation or group"),
            "consent": translate("ImportDialog", "Consent"), "notes": translate("ImportDialog", "Notes"),
        }.get(key, key)

    def preview(self, session: Any, path: Path, mapping: dict[str, int] | None) -> Any:
        from fieldapp.imports import roster

        return roster.preview(session, path, mapping=mapping)

    def lines(self, preview: Any) -> list[Line]:
        lines = []
        for result in preview.rows:
            problems = problems_text(result.problems)
            if result.matched_row:
                problems = translate("ImportDialog", "same person as row %1").replace(
                    "%1", str(result.matched_row)) + ("; " + problems if problems else "")
            lines.append(Line(result.number, result.action, result.name, problems))
        return lines

    def commit(self, session: Any, preview: Any) -> Any:
        from fieldapp.imports import roster

        return roster.commit(session, preview, training_id=self.target)

    def reason(self, preview: Any) -> str:
        from fieldapp.services import reasons

        return reasons.coded("import.people", preview.table.path.name)


class RegisterImport(Importer):
    """The application register of a grant call (``target``, chosen in the dialog): new applications, submitted
    when complete, drafts otherwise."""

    tables = frozenset({"application", "initiative_group", "person", "group_member", "status_event"})

    def __init__(self, call_id: str | None = None) -> None:
        from fieldapp.imports import application_register

        super().__init__(call_id)
        self.fields = application_register.FIELDS

    def title(self) -> str:
        return translate("ImportDialog", "Import the application register")

    def placeholder(self) -> str:
        return translate("ImportDialog", "An Excel (.xlsx) or CSV register: one row per application received")

    def target_caption(self) -> str:
        return translate("ImportDialog", "&Grant call")

    def name_heading(self) -> str:
        return translate("ImportDialog", "Application")

    def targets(self, session: Any) -> list[tuple[str, str]]:
        from fieldapp.services import calls

        return [(c["id"], f"{c['title']} ({c['cycle']})") for c in reversed(calls.list_calls(session))]

    def note(self, session: Any) -> str:
        return translate("ImportDialog", "A complete row (group, settlement, amount) is submitted; the others stay "
                         "drafts to finish in the form.")

    def field_name(self, key: str) -> str:
        return {
            "number": translate("ImportDialog", "Number"), "group": translate("ImportDialog", "Initiative group"),
            "settlement": translate("ImportDialog", "Settlement"), "title": translate("ImportDialog", "Project title"),
            "category": translate("ImportDialog", "Category"),
            "requested": translate("ImportDialog", "Amount requested"),
            "received_on": translate("ImportDialog", "Received on"), "channel": translate("ImportDialog", "Channel"),
            "leader": translate("ImportDialog", "Leader"), "phone": translate("ImportDialog", "Phone"),
        }.get(key, key)

    def preview(self, session: Any, path: Path, mapping: dict[str, int] | None) -> Any:
        from fieldapp.imports import application_register

        if not self.target:
            raise TableError(translate("ImportDialog", "Choose the grant call first"))
        return application_register.preview(session, self.target, path, mapping=mapping)

    def lines(self, preview: Any) -> list[Line]:
        return [Line(row.number, row.action, " — ".join(t for t in (row.title, row.group) if t),
                     problems_text(row.problems)) for row in preview.rows]

    def accepted(self, preview: Any) -> int:
        return int(preview.count("add"))  # a row already known is left as it is

    def commit(self, session: Any, preview: Any) -> Any:
        from fieldapp.imports import application_register

        return application_register.commit(session, preview)

    def reason(self, preview: Any) -> str:
        from fieldapp.services import reasons

        return reasons.coded("import.applications", preview.table.path.name)
