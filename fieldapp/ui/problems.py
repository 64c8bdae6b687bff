"""The core's refusals and problems in the interface language: the one table of codes, and the only place
they are worded.

The core raises ``Invalid(code, message, field, params)`` and reports ``Problem``s (``fieldapp.problems``): a code
and the values it names. The text here names each param as ``{name}``: Decimal amounts come out as money, dates
as dates, status codes as their words, a ``field`` as the field's label, names given per language in the
interface's, nested problems in their own words. The English ``message`` is never read here (it is for the
command line and the log); a code without a text here falls back to it, which
``tests/test_problems.py`` forbids for every code the program can raise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldapp.formatting import format_date, format_money

translate = QCoreApplication.translate
#: params holding codes that are shown as words (fieldapp.ui.labels)
CODED_PARAMS = frozenset({"status", "to_status", "allowed", "kind", "role"})


def _texts() -> dict[str, str]:
    return {
        "required": translate("Form", "This field is required"),
        "kato.format": translate("Form", "A KATO code is 9 digits, e.g. 475200000"),
        "iin.format": translate("Form", "An IIN is 12 digits"),
        "iin.checksum": translate("Form", "The IIN's check digit does not match: please re-check the number"),
        "iin.century": translate("Form", "The 7th digit of an IIN is 1 to 6"),
        "iin.date": translate("Form", "An IIN starts with a real birth date (YYMMDD)"),
        "bin.format": translate("Form", "A BIN is 12 digits"),
        "bin.checksum": translate("Form", "The BIN's check digit does not match: please re-check the number"),
        "bin.date": translate("Form", "A BIN starts with the registration year and month (YYMM)"),
        "bin.type": translate("Form", "The 5th digit of a BIN is 4, 5 or 6"),
        "phone.empty": translate("Form", "The phone number is empty"),
        "phone.format": translate("Form", "This does not look like a phone number"),
        "phone.invalid": translate("Form", "Not a valid phone number (Kazakh mobiles start with 70x or 77x)"),
        "iban.format": translate("Form", "A Kazakh IBAN is KZ, 2 check digits, a 3-digit bank code and 13 characters"),
        "iban.checksum": translate("Form", "The IBAN's check digits do not match: please re-check the number"),
        "money.empty": translate("Form", "The amount is empty"),
        "money.format": translate("Form", "Not an amount of money"),
        "money.precision": translate("Form", "An amount has at most 2 decimal places (tiyn)"),
        "money.negative": translate("Form", "An amount cannot be negative"),
        "money.float": translate("Form", "This amount cannot be read exactly: type it again"),
        "date.order": translate("Form", "The end date is before the start date"),
        "text.too_long": translate("Form", "Too long: {length} characters, at most {limit}"),
        "record.too_long": translate("Form", "{field_of} is too long: {length} characters, at most {limit}"),
        "age.format": translate("Problems", "Type an age (23) or a birth year (2001)"),
        "rows.empty": translate("Problems", "Type the row numbers of the sheet, e.g. 1-12, 15, 17"),
        "table.file_size": translate("Problems", "The file is {size} MB; at most {limit} MB are read: split the list "
                                                 "into smaller files"),
        "table.rows": translate("Problems", "More than {limit} rows: split the list into smaller files"),
        "table.columns": translate("Problems", "Row {row} has {columns} columns; at most {limit} are read: remove "
                                               "the columns the import does not need"),
        "table.cell": translate("Problems", "Row {row}, column {column}: a value of {length} characters; a cell "
                                            "holds at most {limit}"),
        "table.utf8": translate("Problems", "Row {row} holds a damaged character (byte {byte}) in UTF-8 text; "
                                            "nothing was imported: correct that row, or save the list again as UTF-8"),
        "table.nul": translate("Problems", "Row {row} holds a NUL byte: the file is damaged; save the list again "
                                           "from Excel or LibreOffice"),
        "table.not_text": translate("Problems", "This is not a text (CSV) file"),
        "table.encoding": translate("Problems", "Near row {row}: a character that is neither UTF-8 nor "
                                                "Windows-1251; save the list again as UTF-8"),
        "table.dimension": translate("Problems", "The sheet's used area is {area} ({rows} rows × {columns} "
                                                 "columns); at most {max_rows} rows and {max_columns} columns are "
                                                 "read: delete the rows and columns beyond the list"),
        "table.unpacked": translate("Problems", "The workbook unpacks to {size} MB; at most {limit} MB are read"),
        "table.not_workbook": translate("Problems", "The file cannot be read as an Excel workbook"),
        "table.formula": translate("Problems", "{column} (cell {cell}) is a formula whose result the file does not "
                                               "hold: open the file in Excel or LibreOffice and save it again"),
        "table.too_long": translate("Problems", "{column}: {length} characters, at most {limit}"),
        "table.empty": translate("Problems", "The file is empty"),
        "rows.format": translate("Problems", "“{part}” is not a row number or a range like 3-7"),
        "rows.range": translate("Problems", "“{part}”: a range goes from a smaller to a larger row number"),
        "rows.beyond": translate("Problems", "“{part}” is beyond the last row of the sheet"),
        "rows.blank": translate("Problems", "Row {row} is a blank row: write that person's name below"),
        "walk_in.name": translate("Problems", "Line {line}: the name comes first"),
        "walk_in.line": translate("Problems", "Line {line}: {problem}"),
        "sessions.date": translate("Problems", "Day {day}: not a date (dd.MM.yyyy)"),
        "date.format": translate("Problems", "Not a date (dd.MM.yyyy)"),
        "time.format": translate("Problems", "Not a time (HH:MM)"),
        "date.future": translate("Problems", "The birth date is in the future"),
        "birth_year.range": translate("Problems", "The birth year must be between 1900 and this year"),
        "birth_year.mismatch": translate("Problems", "The birth year differs from the birth date"),
        "iin.birth_date": translate("Problems", "The birth date differs from the IIN's"),
        "iin.sex": translate("Problems", "The sex differs from the IIN's (its 7th digit)"),
        "sex.unknown": translate("Problems", "Sex not recognised (F/M, ж/м, әйел/ер)"),
        "consent.guardian": translate("Problems", "A minor's consent is given by a parent or guardian"),
        "sessions.none": translate("Problems", "A training has at least one day"),
        "sessions.order": translate("Problems", "A day ends before it starts"),
        "sessions.attended": translate("Problems", "A day with attendance cannot be removed"),
        "capacity.negative": translate("Problems", "Capacity cannot be negative"),
        "scan.missing": translate("Problems", "No such file"),
        "name.missing": translate("Problems", "no name: the row is rejected"),
        "consent.missing": translate("Problems", "no consent to process personal data on record"),
        "settlement.unknown": translate("Problems", "unknown settlement “{name}”, left empty"),
        "name.similar": translate("Problems", "a similar name is already known: {name}"),
        "import.left_empty": translate("Problems", "{field}: {problem}; left empty"),
        "birth.format": translate("Problems", "birth date or year not understood, left empty"),
        "merge.iin": translate("Problems", "These records have different IINs: they are two different people"),
        "call.attachment_twice": translate("Problems", "“{label}” is listed twice"),
        "call.attachment_label": translate("Problems", "Required attachment {position} has no title"),
        "call.attachment_kind": translate("Problems", "Unknown kind of attachment “{kind}”"),
        "register.title": translate("Problems", "no project title: the row is rejected"),
        "register.group": translate("Problems", "no initiative group: the row is rejected"),
        "register.duplicate": translate("Problems", "the same application as row {row}"),
        "register.settlement": translate("Problems", "unknown settlement “{name}”"),
        "register.no_settlement": translate("Problems", "no settlement"),
        "register.category": translate("Problems", "unknown category “{category}”: taken as other"),
        "register.amount": translate("Problems", "the amount “{amount}” cannot be read"),
        "register.no_amount": translate("Problems", "no amount requested"),
        "register.over_max": translate("Problems", "the amount is over the call's maximum grant"),
        "register.date": translate("Problems", "the received date “{date}” cannot be read"),
        "register.received": translate("Problems", "received outside the call's dates"),
        "attendance.source": translate("Problems", "Unknown source of the mark"),
        "attendance.status": translate("Problems", "Unknown attendance status"),
        "certificate.share": translate("Problems",
                                       "The share of sessions attended must be more than 0 and at most 1 (e.g. 0.5)"),
        "consent.method": translate("Problems", "Consent is given on paper or electronically"),
        "consent.unknown": translate("Problems", "No such consent record"),
        "merge.same": translate("Problems", "A person cannot be merged with themselves"),
        "person.unknown": translate("Problems", "No such person"),
        "session.unknown": translate("Problems", "No such session"),
        "session.ambiguous": translate("Problems", "The training has several sessions: say which"),
        "training.unknown": translate("Problems", "No such training"),
        "training.ambiguous": translate("Problems", "Several trainings match: say which"),
        "locality.unknown": translate("Problems", "No such place"),
        "language.unknown": translate("Problems", "Documents print in Russian, Kazakh or English"),
        "profile.unknown": translate("Problems", "No such user profile"),
        "profile.role": translate("Problems", "Choose a role from the list"),
        "report.cycle": translate("Problems", "There is no cycle {cycle}"),
        "report.figure": translate("Problems", "There is no figure {figure} on the dashboard"),
        "export.format": translate("Problems", "Exports are written as Excel (XLSX) or CSV"),
        "export.keep": translate("Problems", "Keep between {low} and {high} exports"),
        "export.at": translate("Problems", "Type a time of day as HH:MM, for example 18:30"),
        "export.folder": translate("Problems", "There is no folder {folder}: choose one that exists"),
        "export.personal": translate("Problems", "Only the head office may export personal data (IIN, phone, "
                                     "birth date); you are signed in as {name} ({role})"),
        "form": "{problems}",
        **_grant_texts(),
        **_sheet_texts(),
    }


def _grant_texts() -> dict[str, str]:
    return {
        "workflow.illegal": translate("Problems", "Application {number} cannot become “{to_status}”: {why}"),
        "workflow.why.not_checked": translate("Problems", "its eligibility has not been checked yet"),
        "workflow.why.not_submitted_checked": translate(
            "Problems", "it has not been submitted and checked for eligibility"),
        "workflow.why.not_submitted": translate("Problems", "it has not been submitted"),
        "workflow.why.not_reviewed": translate("Problems", "it has not been reviewed"),
        "workflow.why.not_recommended": translate("Problems", "the committee has not recommended it yet"),
        "workflow.why.review_unfinished": translate("Problems", "the committee has not finished its review"),
        "workflow.why.not_checked_reviewed": translate("Problems",
                                                       "it has not been checked for eligibility or reviewed"),
        "workflow.why.not_even_submitted": translate("Problems", "it has not even been submitted"),
        "workflow.why.next": translate("Problems", "it is “{status}” (next: {allowed})"),
        "workflow.why.final": translate("Problems", "it is “{status}” (final)"),
        "workflow.status": translate("Problems", "Unknown status “{status}”"),
        "workflow.reason": translate("Problems", "Give a reason for the status “{to_status}”"),
        "workflow.submit": translate("Problems", "Cannot submit: {problems}"),
        "workflow.ineligible": translate("Problems", "Not eligible: {problems}"),
        "workflow.waive": translate("Problems", "Give a reason to accept it despite: {problems}"),
        "workflow.no_reviews": translate("Problems", "Application {number} has no submitted review yet"),
        "workflow.amount": translate("Problems", "The approved amount must be positive"),
        "workflow.already_approved": translate("Problems", "Application {number} is already approved"),
        "conflict.unknown": translate("Problems", "This conflict is not on this computer"),
        "merge.cycle": translate(
            "Problems", "{name} was already merged the other way on another computer: this merge was not applied"),
        "conflict.resolved": translate("Problems", "This conflict was already resolved by {name}"),
        "conflict.value": translate("Problems", "Keep the value kept, the value lost, or type one"),
        "conflict.field": translate("Problems", "{field} is not a field of this conflict"),
        "conflict.record": translate("Problems", "The record of this conflict is not on this computer"),
        "workflow.over_request": translate(
            "Problems", "The approved amount {amount} is more than the {requested} requested"),
        "workflow.over_max_grant": translate(
            "Problems", "The approved amount {amount} is more than the call's maximum grant of {max_grant}"),
        "workflow.override_role": translate("Problems", "Only the head office may approve over the envelope"),
        "workflow.envelope": translate(
            "Problems", "Approving {amount} takes the call {over} over its envelope of {envelope} ({committed} "
            "already approved); an override with a reason is needed"),
        "workflow.override_reason": translate("Problems", "An approval over the envelope needs a reason"),
        "workflow.reason_not_recommended": translate(
            "Problems", "Approving an application the committee did not recommend needs a reason"),
        "workflow.reopen": translate(
            "Problems", "Application {number} is “{status}”: only an approval or a rejection can be reopened"),
        "workflow.reason_reopen": translate("Problems", "Say why the decision is reopened"),
        "workflow.selection_reason": translate("Problems", "The selection differs from the suggestion: say why"),
        "application.unknown": translate("Problems", "No such application"),
        "application.group": translate("Problems", "Name the applicant initiative group"),
        "application.settlement": translate("Problems", "Choose the settlement"),
        "application.amount": translate("Problems", "The requested amount is missing"),
        "application.over_max": translate("Problems", "The request exceeds the call's maximum grant by {amount}"),
        "application.received": translate("Problems", "Received outside the call's dates"),
        "application.settlement_ineligible": translate(
            "Problems", "{place} is not among the settlements eligible for this call"),
        "application.attachment": translate("Problems", "Missing attachment: {label}"),
        "application.category": translate("Problems", "Choose a category from the list"),
        "application.channel": translate("Problems", "The channel is paper, e-mail or in person"),
        "application.language": translate("Problems", "The applicant's language is ru, kk or en"),
        "application.duration": translate("Problems", "The duration is 1 to 36 months"),
        "application.frozen": translate(
            "Problems", "Application {number} is “{status}”: its content is frozen after the eligibility check"),
        "application.registered": translate(
            "Problems", "Application {number} already has its registration number; it never changes"),
        "application.draft": translate("Problems", "A draft is registered when it is submitted"),
        "budget.item": translate("Problems", "Budget line {position}: what is bought or done?"),
        "budget.quantity": translate("Problems",
                                     "Budget line {position}: the quantity must be positive (3 places at most)"),
        "budget.negative": translate("Problems", "Line {position}: amounts cannot be negative"),
        "budget.split": translate("Problems",
                                  "Line {position}: requested + co-funding + in kind = {sum}, but the line costs {cost}"),
        "budget.has_lines": translate("Problems", "This application has budget lines: its amounts come from them"),
        "beneficiaries.key": translate("Problems", "Unknown beneficiary group"),
        "beneficiaries.negative": translate("Problems", "A number of beneficiaries cannot be negative"),
        "attachment.kind": translate("Problems", "Unknown kind of attachment “{kind}”"),
        "attachment.too_large": translate(
            "Problems", "{name} is {size} MB; attachments are limited to {limit} MB (scan or photograph at a lower "
            "resolution)"),
        "attachment.missing": translate("Problems", "No such file"),
        "attachment.changed": translate("Problems", "The file changed while it was being copied: try again"),
        "attachment.unknown": translate("Problems", "No such attachment"),
        "reviewer.name": translate("Problems", "Name the reviewer"),
        "reviewer.unknown": translate("Problems", "“{name}” is not a reviewer of this call"),
        "conflict.reason": translate("Problems", "Say what the conflict of interest is (e.g. “my own village”)"),
        "review.not_eligible": translate(
            "Problems", "Application {number} is “{status}”: only applications found eligible go to reviewers"),
        "review.conflict": translate(
            "Problems", "{name} declared a conflict of interest with application {number} and cannot score it"),
        "review.never_reviewed": translate("Problems", "Application {number} was never under review"),
        "review.not_under_review": translate(
            "Problems", "Application {number} is “{status}”: it can be scored only while under review (after its "
            "eligibility check)"),
        "review.not_assigned": translate("Problems", "Application {number} is not assigned to {name}"),
        "review.scores": "{problems}",
        "review.criterion": translate("Problems", "Not a criterion of this call"),
        "review.missing": translate("Problems", "{criterion}: no score"),
        "review.whole": translate("Problems", "{criterion}: the score must be a whole number"),
        "review.range": translate("Problems", "{criterion}: the score must be 0 to {max}"),
        "review.comment": translate("Problems", "{criterion}: a comment is required"),
        "review.final": translate("Problems", "The review was submitted and is final: a correction needs a reason "
                                  "and becomes a new version"),
        "call.unknown": translate("Problems", "No such grant call"),
        "call.cycle": translate("Problems", "Choose the programme cycle of the call"),
        "call.max_over_envelope": translate("Problems", "The maximum grant cannot exceed the envelope"),
        "call.move": translate("Problems", "A call that is “{status}” cannot become “{to_status}”"),
        "call.no_criteria": translate("Problems", "Add the scoring criteria before opening the call"),
        "call.no_criteria_to_copy": translate("Problems", "That call has no criteria to copy"),
        "call.criteria_frozen": translate("Problems",
                                          "Reviewers have started scoring: the criteria can no longer change"),
        "criterion.max": translate("Problems", "Criterion {position}: the maximum score must be at least 1"),
        "criterion.weight": translate("Problems", "Criterion {position}: the weight must be positive, 2 places at most"),
        "role.head_office": translate("Problems", "Only the head office may do this; you are signed in as {name} "
                                      "({role})"),
        "role.no_profile": translate("Problems", "Only the head office may do this; choose your user profile first"),
        "reason.code": translate("Problems", "This is not one of the standard reasons for this decision"),
        "letter.undecided": translate("Problems", "Application {number} is {status}: a decision letter is written "
                                      "once it is approved or rejected"),
        "letter.no_event": translate("Problems", "The application's decision is not on record"),
        "organisation.none": translate("Problems", "There is no foundation record yet: documents have no issuer"),
        "organisation.field": translate("Problems", "Unknown field of the letterhead"),
        "email.format": translate("Form", "This is not an e-mail address"),
        "logo.missing": translate("Problems", "No such file"),
        "logo.too_big": translate("Problems", "The picture is larger than {limit} MB"),
        "logo.format": translate("Problems", "A logo is a PNG or JPEG picture"),
        "age_group.unknown": translate("Problems", "Not an age group (0–13, 14–17, 18–29, 30–44, 45–59, 60+)"),
    }


def _sheet_texts() -> dict[str, str]:
    """A committee member's scoring sheet (XLSX) read back: each problem names its cell."""
    return {
        "sheet.other_call": translate("Problems", "{cell}: this sheet is for the call “{title}”, not “{expected}”"),
        "sheet.unknown_call": translate("Problems", "{cell}: this sheet is for the call “{title}”, which this "
                                        "database does not have"),
        "sheet.reviewer": translate("Problems", "{cell}: {name} is not a reviewer of this call"),
        "sheet.criteria": translate("Problems", "{cell}: the call's criteria changed after this sheet was made: "
                                    "make a new sheet"),
        "sheet.application": translate("Problems", "{cell}: application {number} is not part of this call"),
        "sheet.score": translate("Problems", "{cell}: {number}: “{value}” is not a whole number"),
        "sheet.missing": translate("Problems", "{cell}: {number}: no score for “{criterion}”"),
        "sheet.range": translate("Problems", "{cell}: {number}: the score {score} is outside 0 to {max}"),
        "sheet.comment": translate("Problems", "{cell}: {number}: a comment is required for “{criterion}”"),
        "sheet.conflict": translate("Problems", "{cell}: {number}: {name} declared a conflict of interest with it"),
        "sheet.status": translate("Problems", "{cell}: {number}: the application is “{status}”, not under review"),
        "sheet.assigned": translate("Problems", "{cell}: {number}: not assigned to {name}"),
    }


_cache: dict[str, dict[str, str]] = {}


def texts() -> dict[str, str]:
    """Every known code's text in the interface language."""
    from fieldapp.ui import i18n

    language = i18n.current_language()
    if language not in _cache:
        _cache[language] = _texts()
    return _cache[language]


def forget() -> None:
    """Drop the cached texts (after a new translation file was installed for the same language)."""
    _cache.clear()


def _param(key: str, value: Any) -> str:
    from fieldapp.ui import i18n, labels

    if hasattr(value, "code") and hasattr(value, "message"):
        return problem(value)
    if isinstance(value, Mapping):  # a name in each language
        return str(value.get(i18n.current_language()) or value.get("ru") or "")
    if key == "field_of" and isinstance(value, tuple | list) and len(value) == 2:  # (table, column) in words
        return labels.field_label(str(value[0]), str(value[1]))
    if isinstance(value, tuple | list):
        nested = bool(value) and all(hasattr(v, "code") for v in value)
        return ("; " if nested else ", ").join(_param(key, v) for v in value)
    if isinstance(value, Decimal):
        return format_money(value)
    if key == "field":  # a field of a person, as the form labels it
        return labels.field_label("person", str(value))
    if isinstance(value, dt.date):
        return format_date(value)
    if key in CODED_PARAMS:
        return labels.value_label(str(value))
    return str(value)


def text_for(code: str, message: str = "", params: Mapping[str, Any] | None = None) -> str:
    """A problem's text in the interface language, from its code and params (a code unknown here keeps the core's
    English message: tests/test_problems.py makes sure none is)."""
    text = texts().get(code)
    if text is None:
        return message
    for key, value in (params or {}).items():
        text = text.replace("{" + key + "}", _param(key, value))
    return text


def problem(invalid: Any) -> str:
    """An :class:`Invalid` (or a core ``Problem``: code, message, params) in the interface language."""
    return text_for(invalid.code, invalid.message, getattr(invalid, "params", None))
