"""The core's problems about people, trainings, attendance and imports, in the interface language.

The core raises ``Invalid(code, message)`` and roster ``Problem(level, code, message)``; the English message
may name a value in quotes (``'x' is not a row number``), which is carried into the translated text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldapp.ui.form import problem_text
from fieldapp.validation import Invalid

translate = QCoreApplication.translate


def _quoted(message: str) -> str:
    found = re.search(r"'([^']*)'|\"([^\"]*)\"", message)
    return (found.group(1) or found.group(2) or "") if found else ""


def _number(message: str) -> str:
    found = re.search(r"\d+", message)
    return found.group(0) if found else ""


def text_for(code: str, message: str) -> str:
    """A problem's text in the interface language; an unknown code keeps the core's English message."""
    texts = {
        "age.format": translate("Problems", "Type an age (23) or a birth year (2001)"),
        "rows.empty": translate("Problems", "Type the row numbers of the sheet, e.g. 1-12, 15, 17"),
        "rows.format": translate("Problems", "“%1” is not a row number or a range like 3-7"),
        "rows.range": translate("Problems", "“%1”: a range goes from a smaller to a larger row number"),
        "rows.beyond": translate("Problems", "“%1” is beyond the last row of the sheet"),
        "rows.blank": translate("Problems", "Row %2 is a blank row: write that person's name below"),
        "walk_in.name": translate("Problems", "Line %2: the name comes first"),
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
        "settlement.unknown": translate("Problems", "unknown settlement “%1”, left empty"),
        "name.similar": translate("Problems", "a similar name is already known: %1"),
        "birth.format": translate("Problems", "birth date or year not understood, left empty"),
        "merge.iin": translate("Problems", "These records have different IINs: they are two different people"),
        "call.attachment_twice": translate("Problems", "“%1” is listed twice"),
        "call.attachment_label": translate("Problems", "Required attachment %2 has no title"),
        "call.attachment_kind": translate("Problems", "Unknown kind of attachment “%1”"),
        "register.title": translate("Problems", "no project title: the row is rejected"),
        "register.group": translate("Problems", "no initiative group: the row is rejected"),
        "register.duplicate": translate("Problems", "the same application as row %2"),
        "register.settlement": translate("Problems", "unknown settlement “%1”"),
        "register.no_settlement": translate("Problems", "no settlement"),
        "register.category": translate("Problems", "unknown category “%1”: taken as other"),
        "register.amount": translate("Problems", "the amount “%1” cannot be read"),
        "register.no_amount": translate("Problems", "no amount requested"),
        "register.over_max": translate("Problems", "the amount is over the call's maximum grant"),
        "register.date": translate("Problems", "the received date “%1” cannot be read"),
        "register.received": translate("Problems", "received outside the call's dates"),
    }
    text = texts.get(code)
    if text is None:
        return problem_text(Invalid(code, message))
    detail = message.split(": ", 1)[1] if code == "name.similar" and ": " in message else _quoted(message)
    return text.replace("%1", detail).replace("%2", _number(message))


def problem(invalid: Invalid) -> str:
    return text_for(invalid.code, invalid.message)


def translated(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A form field's check whose problems come out in the interface language."""

    def run(value: Any) -> Any:
        try:
            return check(value)
        except Invalid as exc:
            raise Invalid(exc.code, problem(exc), exc.field) from None

    return run
