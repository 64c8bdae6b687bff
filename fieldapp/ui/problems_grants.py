"""The grant side's refusals in the interface language: the competition and agreements, committee scoring sheets,
and why a project is not completed yet. Part of the one table of codes (``fieldapp/ui/problems.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def grant_texts() -> dict[str, str]:
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



def sheet_texts() -> dict[str, str]:
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



def completion_texts() -> dict[str, str]:
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
