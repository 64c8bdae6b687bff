"""What the screens offer to choose from: cycles, settlements, people, trainers, grant calls — as (id, name) in
the interface's language, deleted records left out, in the order a person looks for them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Cycle, GrantCall, Locality, Person, TrainingTrainer
from fieldapp.text import collation_key


@dataclass(frozen=True)
class Choice:
    """One item to choose; ``also`` holds what a filter should find besides the name (its other languages)."""

    id: str
    name: str
    also: str = ""


def localised(ru: str | None, kk: str | None, en: str | None, lang: str) -> str:
    """A name in the given language, falling back to Russian."""
    return {"kk": kk, "en": en}.get(lang) or ru or ""


def place_name(locality: Any, lang: str) -> Any:
    """SQL: a locality's (or an alias's) name in ``lang``, Russian when it has none (``localised`` in SQL)."""
    if lang in ("kk", "en"):
        return func.coalesce(getattr(locality, f"name_{lang}"), locality.name_ru)
    return locality.name_ru


def cycles(session: Session) -> list[Choice]:
    """The programme's cycles, the newest first."""
    return [Choice(cycle_id, name) for cycle_id, name in session.execute(cycles_question())]


def cycles_question() -> Any:
    """(id, name) of the programme's cycles, the newest first (``cycles``; ``first_look`` asks it too)."""
    return select(Cycle.id, Cycle.name).order_by(Cycle.starts_on.desc())


def settlements(session: Session, lang: str) -> list[Choice]:
    """The settlements by their names in ``lang``, alphabetically; the other names are there to be found."""
    rows = session.execute(select(Locality.id, Locality.name_ru, Locality.name_kk, Locality.name_en)
                           .where(Locality.kind == "settlement")).all()
    found = [Choice(pid, localised(ru, kk, en, lang), " ".join(n for n in (ru, kk, en) if n))
             for pid, ru, kk, en in rows]
    return sorted(found, key=lambda c: collation_key(c.name, lang))


def people(session: Session, lang: str = "ru") -> list[Choice]:
    """Everyone, by the alphabet of ``lang`` (Kazakh: Ә after А, Қ after К…), as the People list orders them."""
    return [Choice(pid, name) for pid, name in session.execute(
        select(Person.id, Person.full_name).order_by(Person.in_alphabet(lang), Person.full_name, Person.id))]


def trainers(session: Session, lang: str = "ru") -> list[Choice]:
    """The people who have trained at least one training, by the alphabet of ``lang``."""
    return [Choice(pid, name) for pid, name, _key in session.execute(
        select(Person.id, Person.full_name, Person.in_alphabet(lang))
        .join(TrainingTrainer, TrainingTrainer.person_id == Person.id)
        .distinct().order_by(Person.in_alphabet(lang), Person.full_name, Person.id))]


def calls(session: Session, statuses: Iterable[str] | None = None, *, also_id: str | None = None,
          except_id: str | None = None) -> list[Choice]:
    """Grant calls, the newest first: of the given statuses (all when None), plus ``also_id`` whatever its status,
    without ``except_id``."""
    wanted = set(statuses) if statuses is not None else None
    return [Choice(c.id, c.title) for c in session.scalars(select(GrantCall).order_by(GrantCall.opens_on.desc()))
            if (wanted is None or c.status in wanted or c.id == also_id) and c.id != except_id]


def max_grants(session: Session) -> dict[str, Decimal]:
    """Each call's maximum grant, by call id."""
    return {cid: amount for cid, amount in session.execute(select(GrantCall.id, GrantCall.max_grant))}
