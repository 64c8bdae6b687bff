"""Words people see for the core's keys: column headers of every list and the values of coded fields.

The core names columns and codes in English keys (``received_on``, ``sensory_room``); this module is the one
place that turns them into translated text. Built once per language and cached.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.ui import i18n

translate = QCoreApplication.translate

_columns_cache: dict[str, dict[tuple[str, str], str]] = {}
_values_cache: dict[str, dict[str, str]] = {}


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
        "site_photo": translate("Values", "Photos of the site"),
        "draft": translate("Values", "Draft"),
        "open": translate("Values", "Open"),
        "under_review": translate("Values", "Under review"),
        "decided": translate("Values", "Decided"),
        "submitted": translate("Values", "Submitted"),
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
        "site_visit": translate("Values", "Site visit"),
        "user_profile": translate("Values", "User profile"),
        "initiative_group": translate("Values", "Initiative group"),
        "group_member": translate("Values", "Group member"),
        "consent": translate("Values", "Consent"),
        "organisation": translate("Values", "Organisation"),
        "programme": translate("Values", "Programme"),
        "cycle": translate("Values", "Cycle"),
        "status_event": translate("Values", "Status change"),
        "project_report": translate("Values", "Project report"),
    }


#: columns whose values are codes to be shown as words
CODED_COLUMNS = frozenset({"kind", "sex", "category", "status", "purpose", "role", "table"})


def column_label(list_name: str, key: str) -> str:
    labels = _columns_cache.get(i18n.current_language())
    if labels is None:
        labels = _columns_cache[i18n.current_language()] = _column_labels()
    return labels.get((list_name, key)) or labels.get(("", key)) or key


def value_label(code: str) -> str:
    values = _values_cache.get(i18n.current_language())
    if values is None:
        values = _values_cache[i18n.current_language()] = _value_labels()
    return values.get(code, code)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return translate("Values", "Yes") if value else translate("Values", "No")


def forget() -> None:
    """Drop the cached words (after a new translation file was installed for the same language)."""
    _columns_cache.clear()
    _values_cache.clear()


def value_labels() -> dict[str, str]:
    """A copy of every code's word in the current language, for work done off the GUI thread."""
    value_label("")
    return dict(_values_cache[i18n.current_language()])
