"""The dashboard's figures made from the rows of its questions: the part of ``services/dashboard.py`` that needs no
database layer. The same rows come either from SQLAlchemy (``dashboard.figures``) or, at a start, from the
questions compiled ahead and read by ``sqlite3`` alone (``fieldapp/first_look.py``), so both paths count with this
one code and show the same numbers.

Each function takes the rows of one question (``dashboard.questions``: its name is the argument's) as plain tuples,
money already ``Decimal``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from fieldapp.services.age_groups import AGE_GROUPS, UNKNOWN_AGE, age_group
from fieldapp.tiyn import CENT

ZERO = Decimal("0.00")
SEXES = ("F", "M", "unknown")
#: the figures of the ``counts`` question, in its columns' order: counts, then money sums
COUNT_KEYS = ("applications", "funded", "agreements", "completed", "payments", "trainings", "visits_done",
              "followups_open")
SUM_KEYS = ("grants_committed", "grants_paid")
#: the figures a visit plan gives (``services/visit_plan.py``): not among the questions' (``first_look``)
PLAN_KEYS = ("visits_due", "visits_overdue")
NO_PLACE = {"id": None, "name_ru": "", "name_kk": "", "name_en": ""}

Rows = Iterable[Sequence[Any]]


def money(value: Any) -> Decimal:
    return Decimal(value or 0).quantize(CENT)


def settlement_names(rows: Rows) -> dict[str, dict[str, Any]]:
    """``settlements``: (id, name_ru, name_kk, name_en) → each settlement's names, Russian for a missing one."""
    return {pid: {"id": pid, "name_ru": ru, "name_kk": kk or ru, "name_en": en or ru} for pid, ru, kk, en in rows}


def participant_parts(rows: Rows) -> tuple[int, dict[str, int], dict[str, int], dict[str | None, int]]:
    """``participants``: (settlement, sex, age, counted only, n) → how many in all, by sex, by age group and by
    settlement (those counted only, having taken part in a deleted cycle alone, are in no part)."""
    by_sex = dict.fromkeys(SEXES, 0)
    by_age = {label: 0 for label, _low, _high in AGE_GROUPS} | {UNKNOWN_AGE: 0}
    places: dict[str | None, int] = {}
    total = 0
    for settlement_id, person_sex, years, only_counted, n in rows:
        total += n
        if only_counted:
            continue
        by_sex[person_sex] += n
        by_age[age_group(years)] += n
        places[settlement_id] = places.get(settlement_id, 0) + n
    return total, by_sex, by_age, places


def counts(row: Sequence[Any]) -> dict[str, Any]:
    """``counts``: its one row → the figures of ``COUNT_KEYS`` and ``SUM_KEYS``."""
    found = dict(zip(COUNT_KEYS + SUM_KEYS, row, strict=True))
    return found | {key: money(found[key]) for key in SUM_KEYS}


def cofunding(rows: Rows) -> dict[str, Any]:
    """``cofunding``: per funded application its budget lines' (count, cash, in kind, hours) and its own three
    amounts → the lines' sums, or the application's amounts when it has no lines (``budget.for_application``)."""
    cash = inkind = ZERO
    hours = 0
    for n, line_cash, line_inkind, line_hours, app_cash, app_inkind, app_hours in rows:
        if n:
            cash += line_cash or ZERO
            inkind += line_inkind or ZERO
            hours += int(line_hours or 0)
        else:
            cash += app_cash or ZERO
            inkind += app_inkind or ZERO
            hours += int(app_hours or 0)
    return {"akimat_cash": money(cash), "community_inkind": money(inkind), "volunteer_hours": hours}


def by_place(names: dict[str, dict[str, Any]], places: dict[str | None, int]) -> list[dict[str, Any]]:
    """The participants per settlement, the most first."""
    return [{**names.get(settlement_id or "", NO_PLACE), "count": n}
            for settlement_id, n in sorted(places.items(), key=lambda item: (-item[1], item[0] or ""))]


def by_settlement(names: dict[str, dict[str, Any]], received: Rows, funded: Rows, committed: Rows, paid: Rows,
                  participants: dict[str | None, int]) -> list[dict[str, Any]]:
    """Per settlement: applications received and funded (settlement, n), grants committed (settlement, amount)
    and paid (settlement, month, amount), participants."""
    table: dict[str | None, dict[str, Any]] = {}

    def row(settlement_id: str | None) -> dict[str, Any]:
        if settlement_id not in table:
            table[settlement_id] = {**names.get(settlement_id or "", NO_PLACE), "applications": 0, "funded": 0,
                                    "committed": ZERO, "paid": ZERO, "participants": 0}
        return table[settlement_id]

    for key, rows in (("applications", received), ("funded", funded)):
        for settlement_id, n in rows:
            row(settlement_id)[key] = n
    for settlement_id, amount in committed:
        row(settlement_id)["committed"] += amount or ZERO
    for settlement_id, _month, amount in paid:
        row(settlement_id)["paid"] += amount or ZERO
    for settlement_id, n in participants.items():
        row(settlement_id)["participants"] = n
    return sorted(table.values(), key=lambda r: (r["id"] is None, -r["funded"], -r["applications"], r["name_ru"]))


def timeline(received: Rows, paid: Rows) -> list[dict[str, Any]]:
    """Per month ("YYYY-MM"): applications received (month, n) and money paid (settlement, month, amount)."""
    months: dict[str, dict[str, Any]] = {}
    for key, n in received:
        months.setdefault(key, {"month": key, "applications": 0, "paid": ZERO})["applications"] = n
    for _settlement, key, amount in paid:
        months.setdefault(key, {"month": key, "applications": 0, "paid": ZERO})["paid"] += amount or ZERO
    return [months[k] for k in sorted(months)]


def figures(answers: Mapping[str, Sequence[Sequence[Any]]], plan: dict[str, int] | None) -> dict[str, Any]:
    """Every figure of the dashboard from the answers to ``dashboard.questions`` by name; ``plan``: the visit
    plan's figures (``PLAN_KEYS``), None where no plan was read (``first_look``: they are None then)."""
    names = settlement_names(answers["settlements"])
    participants, by_sex, by_age, places = participant_parts(answers["participants"])
    counted = counts(answers["counts"][0])
    planned = plan if plan is not None else dict.fromkeys(PLAN_KEYS)
    return {
        "applications": counted["applications"],
        "funded": counted["funded"],
        "agreements": counted["agreements"],
        "completed": counted["completed"],
        "grants_committed": counted["grants_committed"],
        "payments": counted["payments"],
        "grants_paid": counted["grants_paid"],
        "cofunding": cofunding(answers["cofunding"]),
        "trainings": counted["trainings"],
        "participants": participants,
        "participants_by_sex": by_sex,
        "participants_by_age": by_age,
        "participants_by_settlement": by_place(names, places),
        "beneficiaries_planned": int(answers["beneficiaries_planned"][0][0]),
        "beneficiaries": sum(reached or 0 for _agreement, reached in answers["reached"]),
        "visits_done": counted["visits_done"],
        "visits_due": planned["visits_due"],
        "visits_overdue": planned["visits_overdue"],
        "followups_open": counted["followups_open"],
        "by_settlement": by_settlement(names, answers["received_by_settlement"], answers["funded_by_settlement"],
                                       answers["committed_by_settlement"], answers["paid_by_month"], places),
        "timeline": timeline(answers["received_by_month"], answers["paid_by_month"]),
    }
