"""Words people see for the core's keys: column headers of every list and the values of coded fields.

The core names columns and codes in English keys (``received_on``, ``sensory_room``); this module is the one
place that turns them into translated text. Built once per language and cached.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.ui import i18n

_columns_cache: dict[str, dict[tuple[str, str], str]] = {}
_values_cache: dict[str, dict[str, str]] = {}


def _t(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


def _v(text: str) -> str:
    return QCoreApplication.translate("Values", text)


def _column_labels() -> dict[tuple[str, str], str]:
    """(list, key) → header; list '' is the default for a key."""
    return {
        ("", "name_ru"): _t("Name (Russian)"),
        ("", "name_kk"): _t("Name (Kazakh)"),
        ("", "name_en"): _t("Name (English)"),
        ("", "kind"): _t("Level"),
        ("", "parent"): _t("Part of"),
        ("", "kato"): _t("KATO code"),
        ("", "full_name"): _t("Full name"),
        ("", "sex"): _t("Sex"),
        ("", "birth_year"): _t("Year of birth"),
        ("", "settlement"): _t("Settlement"),
        ("", "phone"): _t("Phone"),
        ("", "organisation"): _t("Organisation"),
        ("", "title"): _t("Title"),
        ("agreements", "title"): _t("Project"),
        ("site_visits", "title"): _t("Project"),
        ("", "cycle"): _t("Cycle"),
        ("", "venue"): _t("Venue"),
        ("", "first_session"): _t("First session"),
        ("", "sessions"): _t("Sessions"),
        ("", "participants"): _t("Participants"),
        ("", "number"): _t("Number"),
        ("", "group"): _t("Initiative group"),
        ("", "category"): _t("Category"),
        ("", "requested"): _t("Requested"),
        ("", "status"): _t("Status"),
        ("", "received_on"): _t("Received"),
        ("", "call"): _t("Grant call"),
        ("", "amount"): _t("Grant amount"),
        ("", "signed_on"): _t("Signed"),
        ("", "ends_on"): _t("Ends"),
        ("", "visited_on"): _t("Visit date"),
        ("", "agreement"): _t("Agreement"),
        ("", "purpose"): _t("Purpose"),
        ("", "officer"): _t("Officer"),
        ("", "next_tranche_ok"): _t("Next tranche may be released"),
        ("", "opens_on"): _t("Opens"),
        ("", "deadline"): _t("Deadline"),
        ("", "max_grant"): _t("Maximum grant"),
        ("", "envelope"): _t("Envelope"),
        ("", "applications"): _t("Applications"),
        ("", "at"): _t("When"),
        ("", "user"): _t("Who"),
        ("", "table"): _t("Record type"),
        ("", "reason"): _t("Why"),
        ("", "changes"): _t("What changed"),
        ("", "name"): _t("Name"),
        ("", "role"): _t("Role"),
    }


def _value_labels() -> dict[str, str]:
    """Codes stored in the database → words; codes are unique across fields."""
    return {
        "region": _v("Region"),
        "district": _v("District"),
        "settlement": _v("Settlement"),
        "F": _v("F"),
        "M": _v("M"),
        "playground": _v("Playground"),
        "sports_ground": _v("Sports ground"),
        "sensory_room": _v("Sensory room"),
        "recreation_area": _v("Recreation area"),
        "other": _v("Other"),
        "draft": _v("Draft"),
        "open": _v("Open"),
        "under_review": _v("Under review"),
        "decided": _v("Decided"),
        "submitted": _v("Submitted"),
        "registered": _v("Registered"),
        "shortlisted": _v("Shortlisted"),
        "selected": _v("Selected"),
        "funded": _v("Funded"),
        "rejected": _v("Rejected"),
        "withdrawn": _v("Withdrawn"),
        "signed": _v("Signed"),
        "active": _v("Active"),
        "completed": _v("Completed"),
        "terminated": _v("Terminated"),
        "monitoring": _v("Monitoring"),
        "acceptance": _v("Acceptance"),
        "field_officer": _v("Field officer"),
        "trainer": _v("Trainer"),
        "programme_staff": _v("Programme staff"),
        "head_office": _v("Head office"),
        "reviewer": _v("Reviewer"),
        "insert": _v("Added"),
        "update": _v("Changed"),
        "delete": _v("Deleted"),
        "restore": _v("Restored"),
        "locality": _v("Locality"),
        "person": _v("Person"),
        "training": _v("Training"),
        "training_session": _v("Training session"),
        "attendance": _v("Attendance"),
        "registration": _v("Registration"),
        "application": _v("Application"),
        "grant_call": _v("Grant call"),
        "agreement": _v("Agreement"),
        "tranche": _v("Tranche"),
        "site_visit": _v("Site visit"),
        "user_profile": _v("User profile"),
        "initiative_group": _v("Initiative group"),
        "group_member": _v("Group member"),
        "consent": _v("Consent"),
        "organisation": _v("Organisation"),
        "programme": _v("Programme"),
        "cycle": _v("Cycle"),
        "status_event": _v("Status change"),
        "project_report": _v("Project report"),
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
    return _v("Yes") if value else _v("No")


def forget() -> None:
    """Drop the cached words (after a new translation file was installed for the same language)."""
    _columns_cache.clear()
    _values_cache.clear()


def value_labels() -> dict[str, str]:
    """A copy of every code's word in the current language, for work done off the GUI thread."""
    value_label("")
    return dict(_values_cache[i18n.current_language()])
