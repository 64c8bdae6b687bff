"""XLSX scoring sheets for reviewers who never install the app, and their import back.

The sheet lists the reviewer's applications (conflicts left out) and, per criterion, a score cell and a
comment cell; every other cell is locked, the application ids sit in a hidden column and the call, the
reviewer and the criteria in a very hidden sheet. The import checks the whole sheet first and reports each
problem with its cell address (a score above the maximum, a missing required comment, a sheet for another
call); when there is any problem nothing is written. A filled-in row becomes the reviewer's submitted review
(a changed score on a submitted review becomes a new version).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy.orm import Session

from fieldapp import atomic_files
from fieldapp.catalogues import Texts
from fieldapp.exports.cells import values_only, xlsx_text
from fieldapp.imports.table_limits import TableError
from fieldapp.imports.xlsx_tables import check_workbook
from fieldapp.model import Application, GrantCall, InitiativeGroup, Locality
from fieldapp.problems import Problem
from fieldapp.services import applications, calls, reasons, review

MARKER = "fieldapp-review-sheet"
FORMAT_VERSION = "1"
META = "_fieldapp"
SCORES = "Scores"  # the scores sheet's name in sheets made before it was named in the sheet's language
FIRST_CRITERION_COLUMN = 7  # A id (hidden), B number, C title, D group, E settlement, F requested
HEADER_ROW = 5
MONEY_FORMAT = '#,##0.00 "₸"'
WHITE = PatternFill("solid", fgColor="FFFFFF")
GREY = PatternFill("solid", fgColor="EDEDED")


class SheetError(Exception):
    """The file is not a review sheet at all; the message is one line for people."""


def cell_problem(cell: str, code: str, message: str, **params: Any) -> Problem:
    """A problem of the sheet at ``cell`` (as Excel shows it, e.g. "H7": ``params["cell"]``)."""
    return Problem(code, f"{cell}: {message}", {"cell": cell, **params})


@dataclass
class SheetRow:
    row: int
    application_id: str
    number: str
    scores: dict[str, tuple[int, str | None]]
    action: str = "submit"  # submit, correct, unchanged, blank


@dataclass
class SheetImport:
    call_id: str
    call_title: str
    reviewer_id: str
    reviewer_name: str
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.problems)


def _save_atomically(workbook: Workbook, path: Path) -> Path:
    values_only(workbook)  # titles, names and comments come from people: never a formula in the sheet
    with atomic_files.atomic_path(path) as temporary:
        workbook.save(temporary)
    return path


def write_sheet(session: Session, call_id: str, reviewer_ref: str, path: Path | str, lang: str = "ru") -> Path:
    """Make the reviewer's scoring sheet; returns the path written."""
    call = calls.get(session, call_id)
    reviewer = review.find_reviewer(session, call.id, reviewer_ref)
    criteria = calls.criteria(session, call.id)
    t = Texts(lang, "competition")
    apps = [a for a in review.assigned_applications(session, call.id, reviewer.id)
            if review.conflict(session, a.id, reviewer.id) is None]

    book = Workbook()
    ws = book.active
    ws.title = t("sheet.scores")[:31]
    ws["A1"] = t("sheet.title")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = xlsx_text(t("sheet.call", title=calls.title_in(call, lang)))
    ws["A3"] = xlsx_text(t("sheet.reviewer", name=reviewer.name))
    ws["A4"] = t("sheet.help")
    ws["A4"].alignment = Alignment(wrap_text=False)
    headers = ["id", t("col.number"), t("col.title"), t("col.group"), t("col.settlement"), t("col.requested")]
    for c in criteria:
        name = calls.criterion_name(c, lang)
        headers += [f"{c.position}. {name} — {t('col.score', max=c.max_score)}", f"{c.position}. {t('col.comment')}"]
    for column, text in enumerate(headers, start=1):
        cell = ws.cell(HEADER_ROW, column, xlsx_text(text))
        cell.font = Font(bold=True)
        cell.fill = GREY
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row, app in enumerate(apps, start=HEADER_ROW + 1):
        group = session.get(InitiativeGroup, app.group_id) if app.group_id else None
        place = session.get(Locality, app.settlement_id) if app.settlement_id else None
        values: list[Any] = [app.id, applications.number(app), app.title, group.name if group else "",
                             (place.name_kk if lang == "kk" and place.name_kk else place.name_ru) if place else "",
                             app.requested_amount]
        for column, value in enumerate(values, start=1):
            ws.cell(row, column, xlsx_text(value) if isinstance(value, str) else value)
        ws.cell(row, 6).number_format = MONEY_FORMAT
        own = review.latest(session, app.id, reviewer.id)
        own_scores = review.scores_of(session, own.id) if own else {}
        for index, c in enumerate(criteria):
            score_cell = ws.cell(row, FIRST_CRITERION_COLUMN + 2 * index)
            comment_cell = ws.cell(row, FIRST_CRITERION_COLUMN + 2 * index + 1)
            if c.id in own_scores:
                comment = own_scores[c.id].comment
                score_cell.value, comment_cell.value = own_scores[c.id].score, comment and xlsx_text(comment)
            for cell in (score_cell, comment_cell):
                cell.protection = Protection(locked=False)
                cell.fill = WHITE
            comment_cell.alignment = Alignment(wrap_text=True, vertical="top")
    last_row = HEADER_ROW + max(len(apps), 1)
    for index, c in enumerate(criteria):
        letter = get_column_letter(FIRST_CRITERION_COLUMN + 2 * index)
        rule = DataValidation(type="whole", operator="between", formula1="0", formula2=str(c.max_score),
                              allow_blank=True, showErrorMessage=True, error=t("col.score", max=c.max_score))
        rule.add(f"{letter}{HEADER_ROW + 1}:{letter}{last_row}")
        ws.add_data_validation(rule)
        ws.column_dimensions[letter].width = 12
        ws.column_dimensions[get_column_letter(FIRST_CRITERION_COLUMN + 2 * index + 1)].width = 36
    ws.column_dimensions["A"].hidden = True
    for letter, width in (("B", 14), ("C", 40), ("D", 28), ("E", 18), ("F", 16)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # reviewers may widen columns to read long titles

    legend = book.create_sheet(t("sheet.criteria")[:31])
    legend.append([t("col.criterion"), t("col.max"), t("col.weight"), t("col.comment_required")])
    for c in criteria:
        legend.append([xlsx_text(f"{c.position}. {calls.criterion_name(c, lang)}"), c.max_score, c.weight,
                       t("yes") if c.comment_required else t("no")])
    legend.column_dimensions["A"].width = 50
    legend.protection.sheet = True

    meta = book.create_sheet(META)
    meta.append(["format", MARKER, FORMAT_VERSION])
    meta.append(["call", call.id, xlsx_text(call.title)])
    meta.append(["reviewer", reviewer.id, xlsx_text(reviewer.name)])
    meta.append(["made", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")])
    meta.append(["scores", ws.title])
    for index, c in enumerate(criteria):
        meta.append(["criterion", c.id, get_column_letter(FIRST_CRITERION_COLUMN + 2 * index),
                     get_column_letter(FIRST_CRITERION_COLUMN + 2 * index + 1)])
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    return _save_atomically(book, Path(path))


def _meta(book: Any, name: str) -> dict[str, list[Any]]:
    if META not in book.sheetnames:
        raise SheetError(f"{name}: not a FieldApp review sheet (make one with 'fieldapp reviews sheet')")
    rows = [list(r) for r in book[META].iter_rows(values_only=True)]
    meta: dict[str, list[Any]] = {}
    criteria = []
    for row in rows:
        if row and row[0] == "criterion":
            criteria.append(row[1:])
        elif row and row[0]:
            meta[str(row[0])] = row[1:]
    if meta.get("format", [None])[0] != MARKER:
        raise SheetError(f"{name}: not a FieldApp review sheet")
    if str(meta["format"][1]) != FORMAT_VERSION:
        raise SheetError(f"{name}: made by another version of FieldApp (sheet format {meta['format'][1]})")
    if str((meta.get("scores") or [SCORES])[0]) not in book.sheetnames:
        raise SheetError(f"{name}: its scores sheet is missing (make a new one with 'fieldapp reviews sheet')")
    meta["criteria"] = criteria
    return meta


def _names(criterion: Any) -> dict[str, str]:
    """A criterion's name in each language, for a problem's text."""
    return {"ru": criterion.name_ru, "kk": criterion.name_kk or criterion.name_ru,
            "en": criterion.name_en or criterion.name_ru}


def _whole(value: Any) -> int | None | str:
    """A score cell as an int; None when blank; the text of a problem otherwise (never through float maths)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return "not a whole number"
    if isinstance(value, int):
        return value
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return f"{str(value).strip()!r} is not a number"
    if number != number.to_integral_value():
        return f"{number} is not a whole number"
    return int(number)


def read_sheet(session: Session, path: Path | str, expected_call_id: str | None = None) -> SheetImport:
    """Check a filled-in sheet against the database; every problem carries its cell address."""
    path = Path(path)
    try:  # sizes in the ZIP directory and the sheet's dimension first: a zip bomb is refused unread
        check_workbook(path, None)
    except TableError as exc:
        raise SheetError(str(exc)) from exc
    try:
        book = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged or foreign files
        raise SheetError(f"{path.name}: cannot be read as an Excel workbook ({exc})") from exc
    meta = _meta(book, path.name)
    ws = book[str((meta.get("scores") or [SCORES])[0])]
    call_id, call_title = str(meta["call"][0]), str(meta["call"][1] or "")
    result = SheetImport(call_id, call_title, str(meta["reviewer"][0]), str(meta["reviewer"][1] or ""))
    call = session.get(GrantCall, call_id)
    if expected_call_id is not None and call_id != expected_call_id:
        expected = session.get(GrantCall, expected_call_id)
        wanted = expected.title if expected else expected_call_id
        result.problems.append(cell_problem("A2", "sheet.other_call", f"This sheet is for the call «{call_title}», "
                                            f"not «{wanted}»", title=call_title, expected=wanted))
        return result
    if call is None or call.deleted_at is not None:
        result.problems.append(cell_problem("A2", "sheet.unknown_call",
                                            f"This sheet is for the call «{call_title}», which this database lacks",
                                            title=call_title))
        return result
    try:
        reviewer = review.find_reviewer(session, call.id, result.reviewer_id)
    except Exception:
        result.problems.append(cell_problem("A3", "sheet.reviewer", f"{result.reviewer_name} is not a reviewer of "
                                            "this call", name=result.reviewer_name))
        return result
    criteria = {c.id: c for c in calls.criteria(session, call.id)}
    columns = [(criteria.get(str(cid)), str(score_col), str(comment_col)) for cid, score_col, comment_col
               in meta["criteria"]]
    if any(c is None for c, _s, _m in columns) or len(columns) != len(criteria):
        result.problems.append(cell_problem(f"{get_column_letter(FIRST_CRITERION_COLUMN)}{HEADER_ROW}", "sheet.criteria",
                                            "The call's criteria changed after this sheet was made: make a new one"))
        return result
    for row in range(HEADER_ROW + 1, ws.max_row + 1):
        app_id = ws[f"A{row}"].value
        if not app_id:
            continue
        app = session.get(Application, str(app_id))
        number = str(ws[f"B{row}"].value or "")
        if app is None or app.deleted_at is not None or app.call_id != call.id:
            result.problems.append(cell_problem(f"B{row}", "sheet.application",
                                                f"Application {number} is not part of this call", number=number))
            continue
        scores: dict[str, tuple[int, str | None]] = {}
        row_problems: list[Problem] = []
        blank = True
        for criterion, score_col, comment_col in columns:
            assert criterion is not None
            raw, comment = ws[f"{score_col}{row}"].value, ws[f"{comment_col}{row}"].value
            comment_text = str(comment).strip() if comment is not None and str(comment).strip() else None
            value = _whole(raw)
            if value is not None or comment_text:
                blank = False
            names = _names(criterion)
            if isinstance(value, str):
                row_problems.append(cell_problem(f"{score_col}{row}", "sheet.score", f"{number}: {value}",
                                                 number=number, value=str(raw).strip()))
            elif value is None:
                row_problems.append(cell_problem(f"{score_col}{row}", "sheet.missing", f"{number}: no score for "
                                                 f"«{criterion.name_ru}»", number=number, criterion=names))
            elif not 0 <= value <= criterion.max_score:
                row_problems.append(cell_problem(f"{score_col}{row}", "sheet.range",
                                                 f"{number}: score {value} is above the maximum {criterion.max_score}"
                                                 if value > criterion.max_score else
                                                 f"{number}: score {value} is below 0", number=number, score=value,
                                                 max=criterion.max_score))
            else:
                scores[criterion.id] = (value, comment_text)
            if criterion.comment_required and not comment_text and value is not None:
                row_problems.append(cell_problem(f"{comment_col}{row}", "sheet.comment",
                                                 f"{number}: a comment is required for «{criterion.name_ru}»",
                                                 number=number, criterion=names))
        if blank:
            result.rows.append(SheetRow(row, app.id, number, {}, "blank"))
            continue
        if review.conflict(session, app.id, reviewer.id):
            row_problems = [cell_problem(f"B{row}", "sheet.conflict", f"{number}: {reviewer.name} declared a conflict"
                                         " of interest with this application", number=number, name=reviewer.name)]
        elif app.status not in review.SCORING_STATUSES:
            row_problems.append(cell_problem(f"B{row}", "sheet.status", f"{number}: the application is {app.status}, "
                                             "not under review", number=number, status=app.status))
        elif not review.is_assigned(session, app.id, reviewer.id):
            row_problems.append(cell_problem(f"B{row}", "sheet.assigned", f"{number}: not assigned to "
                                             f"{reviewer.name}", number=number, name=reviewer.name))
        result.problems.extend(row_problems)
        if not row_problems:
            result.rows.append(SheetRow(row, app.id, number, scores, _action(session, app.id, reviewer.id, scores)))
    return result


def _action(session: Session, application_id: str, reviewer_id: str, scores: dict[str, tuple[int, str | None]]) -> str:
    submitted = review.latest(session, application_id, reviewer_id, submitted_only=True)
    if submitted is None:
        return "submit"
    before = {cid: (s.score, s.comment) for cid, s in review.scores_of(session, submitted.id).items()}
    return "unchanged" if before == scores else "correct"


def import_sheet(session: Session, path: Path | str, *, expected_call_id: str | None = None,
                 dry_run: bool = False) -> SheetImport:
    """Read and, unless refused or a dry run, write the reviews (each row a submitted version)."""
    result = read_sheet(session, path, expected_call_id)
    if result.refused or dry_run:
        return result
    for row in result.rows:
        if row.action in {"submit", "correct"}:
            review.save(session, row.application_id, result.reviewer_id, row.scores, submit=True, source="sheet",
                        correction_reason=reasons.coded("import.scores", Path(path).name)
                        if row.action == "correct" else None)
    return result
