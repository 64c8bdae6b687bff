"""Words people see for the core's keys: column headers of every list, the fields of every record (the history)
and the values of coded fields.

The core names columns and codes in English keys (``received_on``, ``sensory_room``); this module is the one
place that turns them into translated text. Built once per language and cached.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.ui import i18n

translate = QCoreApplication.translate

_columns_cache: dict[str, dict[tuple[str, str], str]] = {}
_values_cache: dict[str, dict[str, str]] = {}
_fields_cache: dict[str, dict[tuple[str, str], str]] = {}


def _column_labels() -> dict[tuple[str, str], str]:
    """(list, key) → header; list '' is the default for a key."""
    return {
        ("", "name_ru"): translate("Columns", "Name (Russian)"),
        ("", "name_kk"): translate("Columns", "Name (Kazakh)"),
        ("", "name_en"): translate("Columns", "Name (English)"),
        ("", "kind"): translate("Columns", "Level"),
        ("history", "kind"): translate("Columns", "What was done"),
        ("", "parent"): translate("Columns", "Part of"),
        ("", "kato"): translate("Columns", "KATO code"),
        ("", "full_name"): translate("Columns", "Full name"),
        ("", "sex"): translate("Columns", "Sex"),
        ("", "birth_year"): translate("Columns", "Year of birth"),
        ("", "settlement"): translate("Columns", "Settlement"),
        ("", "phone"): translate("Columns", "Phone"),
        ("", "organisation"): translate("Columns", "Organisation"),
        ("", "title"): translate("Columns", "Title"),
        ("agreements", "title"): translate("Columns", "Project"),
        ("", "grantee"): translate("Columns", "Grantee"),
        ("", "paid"): translate("Columns", "Paid"),
        ("", "balance"): translate("Columns", "Balance"),
        ("site_visits", "title"): translate("Columns", "Project"),
        ("", "cycle"): translate("Columns", "Cycle"),
        ("", "venue"): translate("Columns", "Venue"),
        ("", "first_session"): translate("Columns", "First session"),
        ("", "sessions"): translate("Columns", "Sessions"),
        ("", "participants"): translate("Columns", "Participants"),
        ("", "number"): translate("Columns", "Number"),
        ("", "group"): translate("Columns", "Initiative group"),
        ("", "category"): translate("Columns", "Category"),
        ("", "requested"): translate("Columns", "Requested"),
        ("", "status"): translate("Columns", "Status"),
        ("", "received_on"): translate("Columns", "Received"),
        ("", "call"): translate("Columns", "Grant call"),
        ("", "amount"): translate("Columns", "Grant amount"),
        ("", "signed_on"): translate("Columns", "Signed"),
        ("", "ends_on"): translate("Columns", "Ends"),
        ("", "visited_on"): translate("Columns", "Visit date"),
        ("", "agreement"): translate("Columns", "Agreement"),
        ("", "purpose"): translate("Columns", "Purpose"),
        ("", "officer"): translate("Columns", "Officer"),
        ("", "next_tranche_ok"): translate("Columns", "Next tranche may be released"),
        ("", "opens_on"): translate("Columns", "Opens"),
        ("", "deadline"): translate("Columns", "Deadline"),
        ("", "max_grant"): translate("Columns", "Maximum grant"),
        ("", "envelope"): translate("Columns", "Envelope"),
        ("", "applications"): translate("Columns", "Applications"),
        ("", "at"): translate("Columns", "When"),
        ("", "user"): translate("Columns", "Who"),
        ("", "table"): translate("Columns", "Record type"),
        ("", "reason"): translate("Columns", "Why"),
        ("", "changes"): translate("Columns", "What changed"),
        ("", "name"): translate("Columns", "Name"),
        ("", "role"): translate("Columns", "Role"),
        ("payments", "title"): translate("Columns", "Project"),
        ("payments", "amount"): translate("Columns", "Tranche amount"),
        ("", "tranche"): translate("Columns", "Tranche"),
        ("", "condition"): translate("Columns", "Condition"),
        ("", "due_on"): translate("Columns", "Due"),
        ("", "paid_on"): translate("Columns", "Paid on"),
        ("", "paid_amount"): translate("Columns", "Paid"),
    }


def _field_labels() -> dict[tuple[str, str], str]:
    """(table, field) → label, table '' for every table; fields the column headers name are not repeated."""
    return {
        ("locality", "kind"): translate("Columns", "Level"),
        ("agreement", "amount"): translate("Columns", "Grant amount"),
        ("", "kind"): translate("Fields", "Type"),
        ("", "amount"): translate("Fields", "Amount"),
        ("", "reason"): translate("Fields", "Reason"),
        ("", "subject_table"): translate("Columns", "Record type"),
        ("", "subject_id"): translate("Fields", "Record"),
        # printed versions of an agreement (services/agreement_versions.py)
        ("agreement_version", "version"): translate("Fields", "Version"),
        ("agreement_version", "lang"): translate("Fields", "Language"),
        ("agreement_version", "pdf_sha256"): translate("Fields", "Fingerprint of the PDF"),
        ("agreement_version", "data_sha256"): translate("Fields", "Fingerprint of its data"),
        ("agreement_version", "data"): translate("Fields", "Data printed"),
        ("agreement_version", "changed"): translate("Fields", "Changed since the version before"),
        ("agreement_version", "amendment_id"): translate("Fields", "Amendment printed"),
        # completion of a project (services/completion.py)
        ("agreement", "completed_on"): translate("Fields", "Completed on"),
        ("agreement", "beneficiaries_reached"): translate("Fields", "Beneficiaries reached"),
        # amendments of a signed agreement (services/amendments.py)
        ("amendment", "changes"): translate("Fields", "Clauses changed"),
        ("amendment", "made_on"): translate("Fields", "Written on"),
        # site visits and grantee reports (docs/visits.md)
        ("", "visit_id"): translate("Fields", "Site visit"),
        ("", "report_id"): translate("Fields", "Grantee report"),
        ("", "latitude"): translate("Fields", "Latitude"),
        ("", "longitude"): translate("Fields", "Longitude"),
        ("follow_up_action", "owner"): translate("Fields", "Who does it"),
        ("", "closed_at"): translate("Fields", "Closed at"),
        ("", "closed_by"): translate("Fields", "Closed by"),
        ("", "closing_note"): translate("Fields", "What was done"),
        ("project_report", "cofunding_delivered"): translate("Fields", "Co-funding delivered"),
        ("", "accepted_on"): translate("Fields", "Accepted on"),
        ("", "accepted_by"): translate("Fields", "Accepted by"),
        ("report_spending", "budget_line_id"): translate("Fields", "Budget line"),
        ("report_spending", "spent"): translate("Fields", "Spent"),
        ("site_visit", "visit_time"): translate("Fields", "Time of the visit"),
        ("site_visit", "people_met"): translate("Fields", "People met"),
        ("site_visit", "beneficiary_feedback"): translate("Fields", "Beneficiary feedback"),
        ("site_visit", "users_seen"): translate("Fields", "People seen using the site"),
        ("site_visit", "hold_reason"): translate("Fields", "Reason for the hold"),
        ("site_visit", "corrects_id"): translate("Fields", "Corrects the visit"),
        ("visit_check", "result"): translate("Fields", "Answer"),
        ("visit_checklist_item", "text_ru"): translate("Fields", "Text in Russian"),
        ("visit_checklist_item", "text_kk"): translate("Fields", "Text in Kazakh"),
        ("visit_checklist_item", "text_en"): translate("Fields", "Text in English"),
        ("visit_photo", "attachment_id"): translate("Fields", "File"),
        ("visit_photo", "taken_at"): translate("Fields", "Taken at"),
        ("visit_photo", "orientation"): translate("Fields", "Orientation"),
        ("visit_photo", "caption"): translate("Fields", "Caption"),
        ("visit_progress", "activity_id"): translate("Fields", "Activity"),
        ("visit_progress", "percent"): translate("Fields", "Done, %"),
        # a conflict of sync (docs/sync.md, "Conflicts for people")
        ("conflict", "subject_name"): translate("Fields", "Record name"),
        ("conflict", "fields"): translate("Fields", "Fields in conflict"),
        ("conflict", "kept"): translate("Fields", "Value kept"),
        ("conflict", "kept_op"): translate("Fields", "Change kept"),
        ("conflict", "kept_device"): translate("Fields", "Computer of the value kept"),
        ("conflict", "kept_by"): translate("Fields", "Value kept entered by"),
        ("conflict", "kept_at"): translate("Fields", "Value kept entered at"),
        ("conflict", "lost"): translate("Fields", "Value set aside"),
        ("conflict", "lost_op"): translate("Fields", "Change set aside"),
        ("conflict", "lost_device"): translate("Fields", "Computer of the value set aside"),
        ("conflict", "lost_by"): translate("Fields", "Value set aside entered by"),
        ("conflict", "lost_at"): translate("Fields", "Value set aside entered at"),
        ("conflict", "message"): translate("Fields", "Explanation"),
        ("conflict", "params"): translate("Fields", "Details"),
        ("conflict", "resolved_at"): translate("Fields", "Resolved at"),
        ("conflict", "resolved_by"): translate("Fields", "Resolved by"),
        ("conflict", "resolution"): translate("Fields", "Resolution"),
        ("", "person_id"): translate("Fields", "Person"),
        ("", "training_id"): translate("Fields", "Training"),
        ("", "session_id"): translate("Fields", "Session"),
        ("", "application_id"): translate("Fields", "Application"),
        ("", "reviewer_id"): translate("Fields", "Reviewer"),
        ("", "criterion_id"): translate("Fields", "Criterion"),
        ("", "review_id"): translate("Fields", "Review"),
        ("", "programme_id"): translate("Fields", "Programme"),
        ("", "donor_id"): translate("Fields", "Donor"),
        ("", "region_id"): translate("Values", "Region"),
        ("", "leader_id"): translate("Fields", "Leader"),
        ("", "by_user_id"): translate("Fields", "By"),
        ("", "checked_by"): translate("Fields", "Checked by"),
        ("", "merged_into_id"): translate("Fields", "Merged into"),
        ("", "full_name_latin"): translate("Fields", "Name in Latin letters"),
        ("", "birth_date"): translate("Fields", "Date of birth"),
        ("", "iin"): translate("Fields", "IIN"),
        ("", "notes"): translate("Fields", "Notes"),
        ("", "starts_on"): translate("Fields", "Starts"),
        ("", "starts_at"): translate("Fields", "Starts at"),
        ("", "ends_at"): translate("Fields", "Ends at"),
        ("", "draft_number"): translate("Fields", "Draft number"),
        ("", "registration_number"): translate("Fields", "Registration number"),
        ("", "requested_amount"): translate("Fields", "Requested amount"),
        ("", "akimat_cofunding"): translate("Fields", "Akimat co-funding"),
        ("", "cofunding"): translate("Fields", "Akimat co-funding"),
        ("", "community_inkind"): translate("Fields", "Community in-kind contribution"),
        ("", "inkind"): translate("Fields", "Community in-kind contribution"),
        ("", "channel"): translate("Fields", "Received by"),
        ("", "language"): translate("Fields", "Language"),
        ("", "duration_months"): translate("Fields", "Duration, months"),
        ("", "problem"): translate("Fields", "Problem"),
        ("", "goal"): translate("Fields", "Goal"),
        ("", "objectives"): translate("Fields", "Objectives"),
        ("", "community_participation"): translate("Fields", "Community participation"),
        ("", "inclusion"): translate("Fields", "Inclusion"),
        ("", "risks"): translate("Fields", "Risks"),
        ("", "sustainability"): translate("Fields", "Sustainability"),
        ("", "volunteer_hours"): translate("Fields", "Volunteer hours"),
        ("", "approved_amount"): translate("Fields", "Approved amount"),
        ("", "position"): translate("Fields", "Position"),
        ("", "activity"): translate("Fields", "Activity"),
        ("", "responsible"): translate("Fields", "Responsible"),
        ("", "age_group"): translate("Fields", "Age group"),
        ("", "title_kk"): translate("Fields", "Title in Kazakh"),
        ("", "title_en"): translate("Fields", "Title in English"),
        ("", "venue_kk"): translate("Fields", "Venue in Kazakh"),
        ("", "venue_en"): translate("Fields", "Venue in English"),
        ("", "address_kk"): translate("Fields", "Address in Kazakh"),
        ("", "address_en"): translate("Fields", "Address in English"),
        ("", "email"): translate("Fields", "E-mail"),
        ("", "signatory_name"): translate("Fields", "Signatory"),
        ("", "signatory_position"): translate("Fields", "Signatory's position"),
        ("", "signatory_position_kk"): translate("Fields", "Signatory's position in Kazakh"),
        ("", "signatory_position_en"): translate("Fields", "Signatory's position in English"),
        ("", "manager_name"): translate("Fields", "Programme manager"),
        ("", "reason_code"): translate("Fields", "Standard reason"),
        ("", "event_id"): translate("Fields", "Decision"),
        ("", "year"): translate("Fields", "Year"),
        ("", "count"): translate("Fields", "Number of people"),
        ("", "sha256"): translate("Fields", "File fingerprint (SHA-256)"),
        ("", "file_name"): translate("Fields", "File name"),
        ("", "media_type"): translate("Fields", "File type"),
        ("", "size"): translate("Fields", "Size, bytes"),
        ("", "note"): translate("Fields", "Note"),
        ("", "marked_at"): translate("Fields", "Marked at"),
        ("", "source"): translate("Fields", "Source"),
        ("", "item"): translate("Fields", "Item"),
        ("", "unit"): translate("Fields", "Unit"),
        ("", "quantity"): translate("Fields", "Quantity"),
        ("", "unit_cost"): translate("Fields", "Unit cost"),
        ("", "label"): translate("Fields", "Attachment"),
        ("", "issued_on"): translate("Fields", "Issued on"),
        ("", "sessions_attended"): translate("Fields", "Sessions attended"),
        ("", "sessions_total"): translate("Fields", "Sessions in total"),
        ("", "declared_at"): translate("Fields", "Declared at"),
        ("", "given_on"): translate("Fields", "Consent given on"),
        ("", "valid_until"): translate("Fields", "Valid until"),
        ("", "scope"): translate("Fields", "Scope"),
        ("", "third_parties"): translate("Fields", "Shared with third parties"),
        ("", "guardian_name"): translate("Fields", "Legal representative"),
        ("", "method"): translate("Fields", "Method"),
        ("", "withdrawn_on"): translate("Fields", "Withdrawn on"),
        ("", "max_score"): translate("Fields", "Maximum score"),
        ("", "weight"): translate("Fields", "Weight"),
        ("", "comment_required"): translate("Fields", "Comment required"),
        ("", "code"): translate("Fields", "Code"),
        ("", "description"): translate("Fields", "Description"),
        ("", "experience"): translate("Fields", "Experience"),
        ("", "indicator"): translate("Fields", "Indicator"),
        ("", "baseline"): translate("Fields", "Baseline"),
        ("", "target"): translate("Fields", "Target"),
        ("", "verification"): translate("Fields", "Means of verification"),
        ("", "short_name"): translate("Fields", "Short name"),
        ("", "bin"): translate("Fields", "BIN"),
        ("", "iban"): translate("Fields", "IBAN"),
        ("", "bank"): translate("Fields", "Bank"),
        ("", "bic"): translate("Fields", "BIC"),
        ("", "address"): translate("Fields", "Address"),
        ("", "submitted_on"): translate("Fields", "Submitted on"),
        ("", "spent_amount"): translate("Fields", "Amount spent"),
        ("", "beneficiaries_direct"): translate("Fields", "Direct beneficiaries"),
        ("", "beneficiaries_indirect"): translate("Fields", "Indirect beneficiaries"),
        ("", "narrative"): translate("Fields", "Narrative"),
        ("", "walk_in"): translate("Fields", "Walk-in"),
        ("", "version"): translate("Fields", "Version"),
        ("", "submitted_at"): translate("Fields", "Submitted at"),
        ("", "comment"): translate("Fields", "Comment"),
        ("", "correction_reason"): translate("Fields", "Reason for the correction"),
        ("", "score"): translate("Fields", "Score"),
        ("", "decision"): translate("Fields", "Decision"),
        ("", "envelope_override"): translate("Fields", "Above the envelope"),
        ("", "from_status"): translate("Fields", "Status before"),
        ("", "to_status"): translate("Fields", "Status after"),
        ("", "topic"): translate("Fields", "Topic"),
        ("", "capacity"): translate("Fields", "Capacity"),
        ("", "agenda"): translate("Fields", "Agenda"),
        ("", "checked_against_sheet"): translate("Fields", "Checked against the signed sheet"),
        ("", "checked_at"): translate("Fields", "Checked at"),
        ("", "sheet_blank_rows"): translate("Fields", "Blank rows on the sign-in sheet"),
        ("", "sheet_printed_at"): translate("Fields", "Sign-in sheet printed"),
        ("", "condition"): translate("Fields", "Condition"),
        ("", "due_on"): translate("Fields", "Due"),
        ("", "paid_on"): translate("Fields", "Paid on"),
        ("", "paid_amount"): translate("Fields", "Amount paid"),
        ("", "announced"): translate("Fields", "Announced"),
        ("", "findings"): translate("Fields", "Findings"),
        ("", "place"): translate("Fields", "Place of signing"),
        ("", "grantee_kind"): translate("Fields", "Grantee"),
        ("", "grantee_name"): translate("Fields", "Grantee's name"),
        ("", "grantee_bin"): translate("Fields", "Grantee's BIN"),
        ("", "grantee_address"): translate("Fields", "Grantee's address"),
        ("", "representative_name"): translate("Fields", "Representative"),
        ("", "representative_position"): translate("Fields", "Representative's position"),
        ("", "representative_iin"): translate("Fields", "Representative's IIN"),
        ("", "representative_document"): translate("Fields", "Identity document"),
        ("", "condition_kind"): translate("Fields", "Condition of payment"),
        ("", "payment_reference"): translate("Fields", "Payment order"),
        ("", "override_reason"): translate("Fields", "Paid by override because"),
        ("", "tranches"): translate("Fields", "Tranches"),
    }


def _value_labels() -> dict[str, str]:
    """Codes stored in the database → words; codes are unique across fields."""
    return {
        "region": translate("Values", "Region"),
        "district": translate("Values", "District"),
        "settlement": translate("Values", "Settlement"),
        "F": translate("Values", "F"),
        "M": translate("Values", "M"),
        "playground": translate("Values", "Playground"),
        "sports_ground": translate("Values", "Sports ground"),
        "sensory_room": translate("Values", "Sensory room"),
        "recreation_area": translate("Values", "Recreation area"),
        "other": translate("Values", "Other"),
        "support_letter": translate("Values", "Letter of support"),
        "cofunding_letter": translate("Values", "Co-funding letter"),
        "signed_agreement": translate("Values", "Scanned signed copy"),
        "site_photo": translate("Values", "Photos of the site"),
        "draft": translate("Values", "Draft"),
        "open": translate("Values", "Open"),
        "under_review": translate("Values", "Under review"),
        "decided": translate("Values", "Decided"),
        "submitted": translate("Values", "Submitted"),
        "eligible": translate("Values", "Eligible"),
        "recommended": translate("Values", "Recommended"),
        "not_recommended": translate("Values", "Not recommended"),
        "registered": translate("Values", "Registered"),
        "shortlisted": translate("Values", "Shortlisted"),
        "selected": translate("Values", "Selected"),
        "funded": translate("Values", "Funded"),
        "approved": translate("Values", "Approved"),
        "rejected": translate("Values", "Rejected"),
        "withdrawn": translate("Values", "Withdrawn"),
        "signed": translate("Values", "Signed"),
        "active": translate("Values", "Active"),
        "completed": translate("Values", "Completed"),
        "terminated": translate("Values", "Terminated"),
        "advance": translate("Values", "Advance, after signing"),
        "progress": translate("Values", "After a progress report or site visit"),
        "completion": translate("Values", "After the completion report"),
        "group": translate("Values", "Initiative group"),
        "monitoring": translate("Values", "Monitoring"),
        "acceptance": translate("Values", "Acceptance"),
        "field_officer": translate("Values", "Field officer"),
        "trainer": translate("Values", "Trainer"),
        "programme_staff": translate("Values", "Programme staff"),
        "head_office": translate("Values", "Head office"),
        "reviewer": translate("Values", "Reviewer"),
        "insert": translate("Values", "Added"),
        "update": translate("Values", "Changed"),
        "delete": translate("Values", "Deleted"),
        "restore": translate("Values", "Restored"),
        "locality": translate("Values", "Locality"),
        "person": translate("Values", "Person"),
        "training": translate("Values", "Training"),
        "training_session": translate("Values", "Training session"),
        "attendance": translate("Values", "Attendance"),
        "registration": translate("Values", "Registration"),
        "training_trainer": translate("Values", "Trainer of a training"),
        "application": translate("Values", "Application"),
        "grant_call": translate("Values", "Grant call"),
        "agreement": translate("Values", "Agreement"),
        "tranche": translate("Values", "Tranche"),
        "agreement_version": translate("Values", "Printed version of an agreement"),
        "amendment": translate("Values", "Amendment of an agreement"),
        "site_visit": translate("Values", "Site visit"),
        "outgoing_letter": translate("Values", "Outgoing letter"),
        "conflict": translate("Values", "Sync conflict"),
        "user_profile": translate("Values", "User profile"),
        "initiative_group": translate("Values", "Initiative group"),
        "group_member": translate("Values", "Group member"),
        "consent": translate("Values", "Consent"),
        "organisation": translate("Values", "Organisation"),
        "programme": translate("Values", "Programme"),
        "cycle": translate("Values", "Cycle"),
        "status_event": translate("Values", "Status change"),
        "project_report": translate("Values", "Project report"),
        "application_activity": translate("Values", "Activity of a project"),
        "application_beneficiaries": translate("Values", "Expected beneficiaries"),
        "attachment": translate("Values", "Attachment"),
        "budget_line": translate("Values", "Budget line"),
        "call_attachment_rule": translate("Values", "Required attachment of a call"),
        "call_reviewer": translate("Values", "Reviewer of a call"),
        "call_settlement": translate("Values", "Settlement eligible for a call"),
        "certificate": translate("Values", "Certificate"),
        "conflict_of_interest": translate("Values", "Conflict of interest"),
        "criterion": translate("Values", "Scoring criterion"),
        "monitoring_indicator": translate("Values", "Monitoring indicator"),
        "review": translate("Values", "Review"),
        "review_assignment": translate("Values", "Review assignment"),
        "review_score": translate("Values", "Review score"),
        "selection_decision": translate("Values", "Selection decision"),
        "visit_progress": translate("Values", "Progress seen at a visit"),
        "visit_check": translate("Values", "Checklist answer of a visit"),
        "visit_photo": translate("Values", "Photo of a visit"),
        "follow_up_action": translate("Values", "Follow-up action"),
        "visit_checklist_item": translate("Values", "Visit checklist item"),
        "report_spending": translate("Values", "Spending of a report"),
        "report_beneficiaries": translate("Values", "Beneficiaries of a report"),
        "present": translate("Values", "Present"),
        "late": translate("Values", "Late"),
        "left_early": translate("Values", "Left early"),
        "absent": translate("Values", "Absent"),
        "door": translate("Values", "At the door"),
        "sheet": translate("Values", "From a sheet"),
        "import": translate("Values", "Imported"),
        "app": translate("Values", "In FieldApp"),
        "reopened": translate("Values", "Reopened"),
        "electronic": translate("Values", "Electronically"),
        "paper": translate("Values", "On paper"),
        "email": translate("Values", "By e-mail"),
        "in_person": translate("Values", "In person"),
        # languages are named in their own language, as everywhere they are chosen
        "ru": "Русский",
        "kk": "Қазақша",
        "en": "English",
    }


#: columns whose values are codes to be shown as words
CODED_COLUMNS = frozenset({"kind", "sex", "category", "status", "purpose", "role", "table", "channel", "language"})


def column_label(list_name: str, key: str) -> str:
    labels = _columns_cache.get(i18n.current_language())
    if labels is None:
        labels = _columns_cache[i18n.current_language()] = _column_labels()
    return labels.get((list_name, key)) or labels.get(("", key)) or key


def field_label(table: str, name: str) -> str:
    """A field of a record in words: its own label, else the column header of the same key (``settlement_id``
    is the Settlement column), the raw key only for a field nobody has named yet."""
    fields = _fields_cache.get(i18n.current_language())
    if fields is None:
        fields = _fields_cache[i18n.current_language()] = _field_labels()
    found = fields.get((table, name)) or fields.get(("", name))
    if found:
        return found
    for key in (name, name.removesuffix("_id")):
        label = column_label("", key)
        if label != key:
            return label
    return name


def value_label(code: str) -> str:
    values = _values_cache.get(i18n.current_language())
    if values is None:
        values = _values_cache[i18n.current_language()] = _value_labels()
    return values.get(code, code)


def _reason_texts() -> dict[str, str]:
    """What the program did, as fieldapp.services.reasons records it; ``{detail}`` is what it names."""
    return {
        "check_in": translate("Reasons", "Check-in at the door"),
        "check_in.undo": translate("Reasons", "Check-in mark undone"),
        "walk_in": translate("Reasons", "Walk-in at the door"),
        "merge": translate("Reasons", "Two records of one person merged"),
        "printed.signin": translate("Reasons", "Sign-in sheet printed"),
        "printed.certificates": translate("Reasons", "Certificates printed"),
        "printed.summary": translate("Reasons", "Attendance summary printed"),
        "import.people": translate("Reasons", "People imported from {detail}"),
        "import.applications": translate("Reasons", "Applications imported from {detail}"),
        "import.payments": translate("Reasons", "Payments confirmed from the bank statement {detail}"),
        "import.scores": translate("Reasons", "Scoring sheet imported from {detail}"),
        "register.row": translate("Reasons", "Row {detail} of the application register"),
        "demo": translate("Reasons", "Demo data"),
        "self_test": translate("Reasons", "Self-test"),
        "letterhead.logo": translate("Reasons", "Logo of the letterhead changed"),
        "agreement.made": translate("Reasons", "Agreement made from the approved application"),
        "printed.agreement": translate("Reasons", "Agreement printed ({detail})"),
        "printed.amendment": translate("Reasons", "Amendment printed ({detail})"),
        "import.projects": translate("Reasons", "Projects registered from the register {detail}"),
        "paper.project": translate("Reasons", "Project already running on paper, registered by hand"),
        "paper.register": translate("Reasons", "Project already running on paper, from the register {detail}"),
    }


_reasons_cache: dict[str, dict[str, str]] = {}


def reason_text(reason: str | None) -> str:
    """Why a change was made, in words: the program's coded reasons in the interface language, a person's own
    words as they typed them."""
    from fieldapp.services.reasons import parse

    code, detail = parse(reason)
    if code is None:
        return detail
    texts = _reasons_cache.get(i18n.current_language())
    if texts is None:
        texts = _reasons_cache[i18n.current_language()] = _reason_texts()
    return texts.get(code, code).replace("{detail}", detail)


def agreement_data_field(key: str) -> str:
    """Words for a field of a printed agreement's data (``services/agreement_versions.FIELDS``)."""
    words = {
        "number": translate("AgreementData", "number"), "draft": translate("AgreementData", "draft or signed"),
        "parts": translate("AgreementData", "text"), "tranches": translate("AgreementData", "tranches"),
        "amount": translate("AgreementData", "amount"), "budget_lines": translate("AgreementData", "budget"),
        "budget_totals": translate("AgreementData", "budget totals"),
        "activities": translate("AgreementData", "work plan"),
        "signatory_name": translate("AgreementData", "signatory"),
        "representative": translate("AgreementData", "grantee's representative"),
        "issuer_name": translate("AgreementData", "foundation"), "subject": translate("AgreementData", "subject"),
    }
    return words.get(key, key)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return translate("Values", "Yes") if value else translate("Values", "No")


def forget() -> None:
    """Drop the cached words (after a new translation file was installed for the same language)."""
    _columns_cache.clear()
    _values_cache.clear()
    _fields_cache.clear()
    _reasons_cache.clear()


def value_labels() -> dict[str, str]:
    """A copy of every code's word in the current language, for work done off the GUI thread."""
    value_label("")
    return dict(_values_cache[i18n.current_language()])
