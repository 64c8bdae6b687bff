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
        "agreement.incomplete": translate("Agreements", "Agreement {number} cannot be signed yet; missing: {fields}"),
        "agreement.grantee_kind": translate("Agreements", "Choose the kind of grantee"),
        "tranche.unknown": translate("Agreements", "This tranche no longer exists"),
        "tranche.amount": translate("Agreements", "The amount paid must be more than zero"),
        "tranche.paid": translate("Agreements", "Tranche {number} of agreement {agreement} is paid already"),
        "tranche.beyond": translate("Agreements", "{amount} would pay beyond agreement {agreement}: {balance} is "
                                                  "left of it"),
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
        **_sync_texts(),
        **_hub_texts(),
        **_completion_texts(),
    }


def _hub_texts() -> dict[str, str]:
    """Sync: the hub's refusals of a change (fieldapp/server/rules.py), bundles refused, head-office devices."""
    return {
        "sync.unknown_table": translate("Problems", "The head office's FieldApp does not know records of this kind "
                                        "({table}): it needs updating"),
        "sync.unknown_field": translate("Problems", "The head office's FieldApp does not know a field of {table}: "
                                        "it needs updating"),
        "sync.other_id": translate("Problems", "A new {table} was sent under another record's id: enter it again"),
        "sync.missing_row": translate("Problems", "The head office does not have this {table} (never received or "
                                      "removed): enter it again"),
        "sync.append_only": translate("Problems", "{table}: a record is never changed once made; add a new one "
                                      "instead"),
        "sync.append_only_when": translate("Problems", "{table}: once “{status}” it is final; add a new version "
                                           "instead"),
        "sync.head_office_table": translate("Problems", "{table}: such records belong to the head office, the "
                                            "change by {name} was not accepted"),
        "sync.head_office_field": translate("Problems", "{table}: this field is the head office's decision, the "
                                            "change was not accepted"),
        "sync.creator_owned": translate("Problems", "{table}: only the officer who made it may change it"),
        "sync.missing_reference": translate("Problems", "{table}: it refers to a record the head office does not "
                                            "have yet; send that record first or choose another"),
        "sync.clash": translate("Problems", "{table}: another record already holds the same unique value; change "
                                "it and send again"),
        "rejection.unknown": translate("Problems", "This refused change is not on this computer"),
        "conflict.number": translate("Problems", "Type a number"),
        "device.name": translate("Problems", "Give the device a name"),
        "device.taken": translate("Problems", "A device named {name} is enrolled already: choose another name"),
        "device.unknown": translate("Problems", "No enrolled device is named {name}"),
        "bundle.damaged": translate("Problems", "The file is damaged or incomplete: copy it again from the stick or "
                                    "the e-mail"),
        "bundle.not_bundle": translate("Problems", "This is not a FieldApp bundle, or it was cut short while "
                                       "copying"),
        "bundle.too_large": translate("Problems", "The file is too large for a bundle"),
        "bundle.version": translate("Problems", "This bundle was made by a newer FieldApp: update FieldApp first"),
        "bundle.deployment": translate("Problems", "This bundle belongs to another head office's FieldApp"),
        "bundle.recipient": translate("Problems", "This bundle is addressed to another device"),
        "bundle.sender": translate("Problems", "The sender is not an enrolled device here, or was revoked"),
        "bundle.signature": translate("Problems", "The signature does not match: the bundle was altered or not made "
                                      "by its sender. Ask for a new one"),
        "bundle.altered": translate("Problems", "The content does not match what was signed: altered or "
                                    "incomplete. Ask for a new one"),
        "bundle.key": translate("Problems", "This computer's key cannot open the bundle: it was made for another "
                                "enrolment"),
        "bundle.not_enrolled": translate("Problems", "This laptop is not enrolled for bundles: enrol it with an "
                                         "enrolment file, or again with a new code"),
        "bundle.kind": translate("Problems", "Wrong side: a laptop's bundle is imported at the head office, the "
                                 "head office's on a laptop"),
        "bundle.write": translate("Problems", "The file could not be written (a full or removed stick?): check the "
                                  "folder and try again"),
        "bundle.missing": translate("Problems", "No such file"),
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
        "photo.too_large": translate("Problems", "{megabytes} MB is too large for a site photo (at most {limit} MB)"),
        "photo.format": translate("Problems", "Not a photo format (JPEG, PNG, WebP or TIFF)"),
        "photo.not_image": translate("Problems", "Not an image"),
        "photo.corrupt": translate("Problems", "The image is damaged or cut short"),
        "geo.format": translate("Problems", "Not coordinates: type 43.653611, 51.167222 or 43°39'13\"N 51°10'02\"E"),
        "geo.range": translate("Problems", "{value} is outside the range of a latitude (-90…90) or longitude "
                               "(-180…180)"),
        "visit.unknown": translate("Problems", "No such site visit"),
        "visit.future": translate("Problems", "A visit is recorded after it took place: {date} is in the future"),
        "choice.unknown": translate("Problems", "Unknown choice “{value}”"),
        "visit.hold_reason": translate("Problems", "Say why the next tranche is held"),
        "visit.decision": translate("Problems", "A finished visit decides on the next tranche (or save it as a "
                                    "draft)"),
        "number.negative": translate("Problems", "A number cannot be negative"),
        "visit.percent": translate("Problems", "Progress is between 0 and 100 %"),
        "visit.action": translate("Problems", "Each follow-up action needs what to do and who does it"),
        "visit.agreement": translate("Problems", "Choose the project's agreement"),
        "visit.final": translate("Problems", "A finished visit is not changed: use Correct to make a new version"),
        "visit.due_days": translate("Problems", "{value} days is not an interval between visits"),
        "action.unknown": translate("Problems", "No such follow-up action"),
        "action.closed": translate("Problems", "This action is already closed"),
        "actions.date": translate("Problems", "Action {row}: the due date is not a date (dd.MM.yyyy)"),
        "report.unknown": translate("Problems", "No such grantee report"),
        "report.accepted": translate("Problems", "An accepted report is not changed"),
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


def _sync_texts() -> dict[str, str]:
    """Enrolling this laptop and syncing it (fieldapp/sync/enrol.py, fieldapp/sync/auto.py)."""
    return {
        "enrol.address": translate("Problems", "“{address}” is not a hub address: type it as the head office "
                                   "gave it, e.g. http://192.168.1.10:8765 or https://hub.example.kz"),
        "enrol.unreachable": translate("Problems", "No connection to {address}: check that this laptop is on the "
                                       "network and the address is right, or enrol with a file from a USB stick"),
        "enrol.certificate": translate("Problems", "The hub's certificate is not signed by an authority this "
                                       "computer knows. Compare its fingerprint with the one the head office gave "
                                       "you; if they are the same, tick “Trust this certificate”.\n{fingerprint}"),
        "enrol.not_hub": translate("Problems", "{address} answers, but it is not a FieldApp hub: check the address "
                                   "and the port"),
        "enrol.other_deployment": translate("Problems", "This hub belongs to another programme's head office than "
                                            "the one this laptop syncs with: check the address, or ask your head "
                                            "office"),
        "enrol.code_unknown": translate("Problems", "The hub does not know this code: check it letter by letter, "
                                        "or ask the head office for a new one"),
        "enrol.code_used": translate("Problems", "This code was used already (each code enrols one laptop once): "
                                     "ask the head office for a new one"),
        "enrol.file": translate("Problems", "“{file}” is not an enrolment file from the head office: choose the "
                                "file they gave you"),
        "enrol.refused": translate("Problems", "The hub refused the enrolment ({detail}): ask the head office"),
        "sync.folder_missing": translate("Problems", "The folder {folder} does not exist: choose the synced folder "
                                         "again"),
        "sync.folder_not_enrolled": translate("Problems", "Enrol this laptop with the head office's enrolment file "
                                              "first, then choose the synced folder"),
        "sync.not_enrolled": translate("Problems", "This laptop is not enrolled with the head office yet: choose "
                                       "“Enrol this laptop…” on the Sync page"),
    }


def _completion_texts() -> dict[str, str]:
    """Why a project is not completed yet (fieldapp/services/completion.py), and the hub's refusals of a
    completion."""
    return {
        "completion.signed": translate("Completion", "the agreement is {status}, not signed"),
        "completion.no_acceptance": translate("Completion", "no finished final-acceptance visit"),
        "completion.held": translate("Completion", "the acceptance visit does not release the project (decision: "
                                     "release)"),
        "completion.checklist": translate("Completion", "checklist items not answered “Yes” or “Does not apply”: "
                                          "{items}"),
        "completion.actions": translate("Completion", "follow-up actions still open: {count}"),
        "completion.no_report": translate("Completion", "no completion report from the grantee"),
        "completion.report_not_accepted": translate("Completion", "the completion report of {submitted_on} is not "
                                                    "accepted yet"),
        "completion.tranches": translate("Completion", "tranches not paid yet: {numbers}"),
        "completion.status": translate("Completion", "Only the head office changes an agreement that is {status}"),
        "completion.not_in_order": translate("Completion", "The project is not in order at the head office: it "
                                             "cannot be completed yet"),
        "completion.in_order": translate("Completion", "The project is completed at the head office and stays "
                                         "so"),
        "completion.figures": translate("Completion", "The completion must record the date {date} and "
                                        "{reached} beneficiaries reached, as the completion report says"),
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
