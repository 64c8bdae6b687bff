"""Standard reasons of decisions, with codes and their words per language.

A rejection or withdrawal may carry a code (``ineligible.over_max``, ``not_selected.envelope``…) as well as, or
instead of, a remark typed by a person. The code is what is stored; its words live in the document texts
(``reason.<code>`` in ``resources/templates/competition.<lang>.json``), so a letter states the reason in the
letter's language, while a typed remark is printed as it was typed.

An application rejected at the eligibility check (from *submitted*) is *ineligible*; one rejected after review
was *not selected*. Each kind has its own codes, and a code of the wrong kind is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fieldapp.catalogues import Texts
from fieldapp.formatting import format_money
from fieldapp.validation import Invalid

CODES: dict[str, tuple[str, ...]] = {
    "ineligible": ("ineligible.over_max", "ineligible.settlement", "ineligible.late", "ineligible.incomplete",
                   "ineligible.applicant"),
    "not_selected": ("not_selected.envelope", "not_selected.score", "not_selected.budget"),
    "withdrawn": ("withdrawn.group", "withdrawn.cofunding", "withdrawn.site"),
}
ALL_CODES = frozenset(code for codes in CODES.values() for code in codes)
#: the eligibility check's problems (applications.check) and the standard reason each one means
PROBLEM_REASONS = {
    "application.over_max": "ineligible.over_max",
    "application.settlement_ineligible": "ineligible.settlement",
    "application.received": "ineligible.late",
    "application.group": "ineligible.applicant",
    "application.settlement": "ineligible.incomplete",
    "application.amount": "ineligible.incomplete",
    "application.attachment": "ineligible.incomplete",
}


def kind_of_rejection(status: str) -> str:
    """What a rejection from ``status`` is: at the eligibility check (ineligible) or after review."""
    return "ineligible" if status in ("submitted", "draft") else "not_selected"


def check(code: str | None, kind: str) -> str | None:
    """The code if it is a standard reason of ``kind``; None for none; otherwise a refusal."""
    code = (code or "").strip() or None
    if code is None:
        return None
    if code not in CODES.get(kind, ()):
        raise Invalid("reason.code", f"{code!r} is not a standard reason for an application that is {kind} "
                      f"(use one of {', '.join(CODES.get(kind, ()))})", "reason", {"code": code, "kind": kind})
    return code


def text(code: str, lang: str, **values: Any) -> str:
    """The standard reason in ``lang``; ``max_grant`` (Decimal) is written as money of that language."""
    params = {key: format_money(value, lang=lang) if key == "max_grant" else value for key, value in values.items()}
    params.setdefault("max_grant", "")
    return Texts(lang, "competition")(f"reason.{code}", **params)


def choices(kind: str, lang: str, **values: Any) -> list[tuple[str, str]]:
    """(code, words) of the standard reasons of ``kind``, for a choice list."""
    return [(code, text(code, lang, **values)) for code in CODES[kind]]


def for_problems(codes: Iterable[str]) -> str | None:
    """The standard reason for the first eligibility problem that has one."""
    for code in codes:
        if code in PROBLEM_REASONS:
            return PROBLEM_REASONS[code]
    return None


def describe(code: str | None, remark: str | None, lang: str, **values: Any) -> str:
    """The words of a decision's reason: the standard one in ``lang``, then the remark as typed."""
    parts = [text(code, lang, **values)] if code else []
    if remark and remark.strip():
        parts.append(remark.strip())
    return " ".join(p if p.rstrip().endswith((".", "!", "?")) else p + "." for p in parts)
