"""Back-entry after the session: who signed the paper, by its row numbers (``1-12, 15, 17``), people written
on the blank rows by name, the scan of the signed sheet, and "checked against the signed sheet"."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from fieldapp.formatting import format_datetime
from fieldapp.services import attendance, counting, people
from fieldapp.ui import i18n
from fieldapp.ui.checkin import parse_age
from fieldapp.ui.form import FormDialog
from fieldapp.ui.forms.ui_back_entry_dialog import Ui_BackEntryDialog
from fieldapp.ui.operations import Operations
from fieldapp.validation import Invalid, check_phone


def parse_walk_ins(text: str, on: dt.date) -> list[people.PersonInput]:
    """One person per line: ``name; sex; age, birth year or the age group ticked (18–29); phone`` (everything
    after the name optional)."""
    result = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in re.split(r"[;\t]", line)]
        name = parts[0]
        if not name:
            raise Invalid("walk_in.name", f"Line {number}: the name comes first", params={"line": number})
        try:
            sex = people.parse_sex(parts[1]) if len(parts) > 1 else None
            group = counting.parse_age_group(parts[2]) if len(parts) > 2 else None
            year = parse_age(parts[2], on) if len(parts) > 2 and group is None else None
            phone = check_phone(parts[3]) if len(parts) > 3 and parts[3] else None
        except Invalid as exc:
            raise Invalid("walk_in.line", f"Line {number}: {exc.message}",
                          params={"line": number, "problem": exc.problem}) from None
        result.append(people.PersonInput(full_name=name, sex=sex, birth_year=year, phone=phone, age_group=group))
    return result


class BackEntryDialog(FormDialog):
    def __init__(self, ops: Operations, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, f"back_entry/{session_id}", parent)
        self.ui = Ui_BackEntryDialog()
        self.ui.setupUi(self)
        self.session_id = session_id
        self.names: list[str] = []  # the printed names by sheet row
        self.checked = False
        self.session_day = dt.date.today()
        self.bind(self.ui.formLayout, "rows", self.ui.rowsEdit, check=self.check_rows)
        self.bind(self.ui.formLayout, "walk_ins", self.ui.walkInsEdit,
                  check=lambda text: parse_walk_ins(text, self.session_day))
        self.bind(self.ui.formLayout, "scan", self.ui.scanEdit, check=self.check_scan)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.rowsEdit.textChanged.connect(self.preview_rows)
        self.set_values({}, initial=True)
        self.load()

    def load(self) -> None:
        session_id = self.session_id
        lang = i18n.current_language()
        self.ops.read(lambda session: attendance.signed_sheet_form(session, session_id, lang), success=self._loaded)

    def _loaded(self, form: attendance.SignedSheetForm) -> None:
        self.session_day, self.names = form.heading.starts_at.date(), form.names
        heading = f"{form.heading.training_title} — {format_datetime(form.heading.starts_at)}"
        self.ui.headingLabel.setText(heading + "\n" + self.tr("The sheet lists %1 people; rows after them are "
                                                             "blank rows.").replace("%1", str(len(self.names))))
        self.ui.checkedBox.setChecked(form.checked)
        self.offer_draft()

    def check_rows(self, text: str) -> list[int]:
        rows = attendance.parse_rows(text)
        beyond = [r for r in rows if r > len(self.names)]
        if beyond:
            raise Invalid("rows.blank", f"Row {beyond[0]} is a blank row",
                          params={"row": beyond[0], "printed": len(self.names)})
        return rows

    def check_scan(self, text: str) -> Path:
        path = Path(text)
        if not path.is_file():
            raise Invalid("scan.missing", "No such file")
        return path

    def preview_rows(self, text: str) -> None:
        try:
            rows = self.check_rows(text) if text.strip() else []
        except Invalid:
            self.ui.rowsPreview.clear()
            return
        names = [self.names[r - 1] for r in rows]
        shown = ", ".join(names[:4]) + (" …" if len(names) > 4 else "")
        self.ui.rowsPreview.setText(self.tr("%1 people: %2").replace("%1", str(len(names))).replace("%2", shown)
                                    if names else "")

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Scan or photo of the signed sheet"), "",
                                              self.tr("Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)"))
        if name:
            self.ui.scanEdit.setText(name)


    def save_work(self, session: Any, values: dict[str, Any]) -> attendance.BackEntry:
        return attendance.record_signed_sheet(session, self.session_id, ", ".join(map(str, values.get("rows") or [])),
                                              values.get("walk_ins") or [], values.get("scan"), self.checked)

    def save(self) -> None:
        self.checked = self.ui.checkedBox.isChecked()  # read on the GUI thread, written on the serial worker
        super().save()

    def retranslate_form(self) -> None:
        self.ui.retranslateUi(self)
