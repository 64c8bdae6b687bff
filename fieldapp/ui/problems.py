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
from fieldapp.ui import problems_grants, problems_sync

translate = QCoreApplication.translate
#: params holding codes that are shown as words (fieldapp.ui.labels)
CODED_PARAMS = frozenset({"status", "to_status", "allowed", "kind", "role", "table", "condition"})


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
        "money.ambiguous": translate("Form", "Thousands or tiyn? For thousands write {thousands}; tiyn have two "
                                                "digits after the comma"),
        "money.negative": translate("Form", "An amount cannot be negative"),
        "money.float": translate("Form", "This amount cannot be read exactly: type it again"),
        "date.order": translate("Form", "The end date is before the start date"),
        "text.too_long": translate("Form", "Too long: {length} characters, at most {limit}"),
        "record.too_long": translate("Form", "{field_of} is too long: {length} characters, at most {limit}"),
        "age.format": translate("Problems", "Type an age (23) or a birth year (2001)"),
        "bic.format": translate("Form", "A Kazakh BIC is 8 or 11 letters and digits with KZ in 5th–6th place, e.g. "
                                        "HSBKKZKX"),
        "number.not_negative": translate("Form", "A number, zero or more"),
        "agreement.unknown": translate("Agreements", "This agreement no longer exists"),
        "agreement.not_approved": translate("Agreements", "Application {number} is {status}: an agreement is made "
                                                          "for an approved one"),
        "agreement.exists": translate("Agreements", "Application {number} already has agreement {agreement}"),
        "agreement.signed": translate("Agreements", "Agreement {number} is {status}: a change needs an amendment"),
        "agreement.numbered": translate("Agreements", "Agreement {number} already has its number; it never changes"),
        "agreement.sign_future": translate("Agreements", "The date of signing is in the future"),
        "agreement.sign_after_end": translate("Agreements", "The project of agreement {number} ends on {ends}, "
                                                            "before this date of signing: change its term first "
                                                            "(Money and term)"),
        "agreement.incomplete": translate("Agreements", "Agreement {number} cannot be signed yet; missing: {fields}"),
        "agreement.grantee_kind": translate("Agreements", "Choose the kind of grantee"),
        "tranche.unknown": translate("Agreements", "This tranche no longer exists"),
        "tranche.amount": translate("Agreements", "The amount paid must be more than zero"),
        "tranche.paid": translate("Agreements", "Tranche {number} of agreement {agreement} is paid already"),
        "tranche.beyond": translate("Agreements", "{amount} would pay beyond agreement {agreement}: {balance} is "
                                                  "left of it"),
        "tranche.over": translate("Agreements", "{amount} is more than tranche {number}: {unpaid} of it is unpaid "
                                                "(the next tranche is paid on its own condition)"),
        "tranche.override": translate("Agreements", "Only the head office may pay a tranche whose condition is "
                                                    "not met"),
        "tranche.unsigned": translate("Agreements", "Agreement {agreement} is not signed yet: nothing is paid "
                                                    "before it is"),
        "tranche.order": translate("Agreements", "Tranche {earlier} is not paid yet: tranches are paid in order"),
        "tranche.condition": translate("Agreements", "The condition of tranche {number} is not met yet: "
                                                     "{condition}. The head office may pay it with a reason."),
        "tranche.line": translate("Agreements", "Tranche {number}: {problem}"),
        "statement.date": translate("Problems", "No date (dd.mm.yyyy): «{value}»"),
        "statement.amount": translate("Problems", "Not an amount of money: «{value}»"),
        "statement.no_amount": translate("Problems", "No amount"),
        "statement.no_amount_column": translate("Problems", "No column for the amount paid (Debit or Amount) in "
                                                            "the header on row {row}"),
        "statement.incoming": translate("Problems", "An incoming payment ({amount}), not a grant paid out"),
        "statement.duplicate": translate("Problems", "The same payment as row {first}"),
        "statement.no_agreement": translate("Problems", "No agreement number in the payment purpose"),
        "statement.unknown_agreement": translate("Problems", "There is no agreement {agreement}"),
        "statement.no_reference": translate("Problems", "No document number"),
        "statement.paid": translate("Problems", "Tranche {number} of agreement {agreement} ({amount}) is paid "
                                                "already: {reference} of {date}"),
        "statement.no_tranche": translate("Problems", "Agreement {agreement} has no unpaid tranche of {amount}"),
        "statement.amount_more": translate("Problems", "{amount} is {difference} more than tranche {number} of "
                                                       "agreement {agreement} ({expected})"),
        "statement.amount_less": translate("Problems", "{amount} is {difference} less than tranche {number} of "
                                                       "agreement {agreement} ({expected})"),
        "statement.changed": translate("Problems", "The payments changed since the statement was checked: check "
                                                   "it again"),
        "statement.nothing": translate("Problems", "No row of the statement matches an unpaid tranche: nothing "
                                                   "was recorded"),
        "tranche.none": translate("Agreements", "The schedule needs at least one tranche"),
        "tranche.total": translate("Agreements", "The tranches add up to {total}; the grant is {amount}"),
        # the scanned signed copy and amendments (services/amendments.py)
        "signed_copy.unreadable": translate("Amendments", "{name} cannot be read"),
        "signed_copy.too_large": translate("Amendments", "{name} is {size} MB; a scanned copy may be at most {limit} MB"),
        "signed_copy.type": translate("Amendments", "{name} is not a PDF, JPEG or PNG file"),
        "signed_copy.damaged": translate("Amendments", "{name} is damaged or incomplete"),
        "signed_copy.other_date": translate("Amendments", "Agreement {number} was signed on {signed_on}"),
        "amendment.unknown": translate("Amendments", "This amendment no longer exists"),
        "amendment.not_signed": translate("Amendments", "Agreement {number} is {status}: an amendment changes a "
                                                        "signed agreement"),
        "amendment.pending": translate("Amendments", "Amendment № {number} of agreement {agreement} is not signed "
                                                     "yet: sign or withdraw it first"),
        "amendment.field": translate("Amendments", "{field} is not changed by an amendment"),
        "amendment.reason": translate("Amendments", "The reason for the change is required"),
        "amendment.no_change": translate("Amendments", "Nothing differs from agreement {agreement}: an amendment "
                                                       "changes at least one clause"),
        "amendment.below_paid": translate("Amendments", "Tranche {number} of agreement {agreement} was paid {paid}: "
                                                        "it cannot be reduced below that"),
        "amendment.paid_raised": translate("Amendments", "Tranche {number} of agreement {agreement} is paid: it "
                                                         "cannot grow by {more}; put that on a tranche still to pay"),
        "amendment.below_paid_total": translate("Amendments", "{paid} of agreement {agreement} is paid already: the "
                                                              "grant cannot be less"),
        "amendment.schedule_needed": translate("Amendments", "The new amount of agreement {agreement} does not fit "
                                                             "the unpaid tranches: change the schedule too"),
        "amendment.signed": translate("Amendments", "Amendment № {number} is signed already"),
        "amendment.before_agreement": translate("Amendments", "Agreement {agreement} was signed on {signed_on}: its "
                                                              "amendment cannot be signed before"),
        "amendment.stale": translate("Amendments", "Agreement {agreement} changed since amendment № {number} was "
                                                   "written: withdraw it and write it again"),
        "amendment.unsigned_copy": translate("Amendments", "Amendment № {number} is not signed yet: its copy is "
                                                           "attached when it is signed"),
        "payment.future": translate("Agreements", "A payment is recorded once it is made: the date is in the "
                                                  "future"),
        "payment.before_signing": translate("Agreements", "The payment date is before the agreement was signed "
                                                          "({date})"),
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
        "sessions.outside_cycle": translate("Problems", "Day {days} is outside {cycle} ({start} – {end}). "
                                                        "Check the cycle; it can be saved as it is."),
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
        "agreement.number_format": translate("Problems", "“{number}” is not an agreement number like ОП-2020-007"),
        "agreement.number_taken": translate("Problems", "Agreement {number} is already in the database"),
        "workflow.paper_status": translate("Problems", "Application {number} is {status}: only a new draft is "
                                                       "registered as funded on paper"),
        "projects.date": translate("Problems", "“{date}” is not a date (dd.mm.yyyy)"),
        "projects.call": translate("Problems", "no grant call “{call}”"),
        "projects.no_call": translate("Problems", "no grant call: give it in the column or choose one for the file"),
        "projects.payment": translate("Problems", "payment {payment} needs both its amount and its date"),
        "projects.duplicate_row": translate("Problems", "the same agreement as row {row}: skipped"),
        "projects.known": translate("Problems", "agreement {number} is in the database already: skipped"),
        "projects.changed": translate("Problems", "The database changed since the register was checked: check it "
                                                  "again"),
        "projects.nothing": translate("Problems", "No row of the register can be registered: nothing written"),
        "attendance.source": translate("Problems", "Unknown source of the mark"),
        "attendance.status": translate("Problems", "Unknown attendance status"),
        "certificate.share": translate("Problems",
                                       "The share of sessions attended must be more than 0 and at most 1 (e.g. 0.5)"),
        "consent.method": translate("Problems", "Consent is given on paper or electronically"),
        "consent.unknown": translate("Problems", "No such consent record"),
        "merge.same": translate("Problems", "A person cannot be merged with themselves"),
        "person.unknown": translate("Problems", "No such person"),
        "person.in_group": translate("Problems", "{name} is a member of an initiative group: take them out of the "
                                                 "group first"),
        "person.trainer": translate("Problems", "{name} trains a training: give it another trainer first"),
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
        **problems_grants.grant_texts(),
        **problems_grants.sheet_texts(),
        **problems_sync.sync_texts(),
        **problems_sync.hub_texts(),
        **problems_grants.completion_texts(),
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
    if key == "fields" and isinstance(value, tuple | list):  # an agreement's fields that are missing
        return ", ".join(labels.field_label("agreement", str(v)) for v in value)
    if key == "problem" and isinstance(value, str):  # the code of a line's own problem
        return text_for(value, value)
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
