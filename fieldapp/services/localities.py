"""The places of the programme: a region, its districts and settlements, named in Russian, Kazakh and English,
with a KATO code."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from fieldapp.model import Locality
from fieldapp.validation import Invalid, check_kato, check_required


@dataclass(frozen=True)
class PlaceNames:
    name_ru: str
    name_kk: str | None = None
    name_en: str | None = None
    kato: str | None = None
    kind: str = "settlement"


def live_place(session: Session, locality_id: str) -> Locality:
    place = session.get(Locality, locality_id)
    if place is None or place.deleted_at is not None:
        raise Invalid("locality.unknown", f"No such place: {locality_id}")
    return place


def names(session: Session, locality_id: str) -> PlaceNames:
    place = live_place(session, locality_id)
    return PlaceNames(place.name_ru, place.name_kk, place.name_en, place.kato, place.kind)


def rename(session: Session, locality_id: str, names: PlaceNames) -> None:
    """New names and KATO code (the kind stays); blank optional names are stored as none."""
    place = live_place(session, locality_id)
    name_ru = str(check_required((names.name_ru or "").strip(), "name_ru"))
    kato = check_kato(names.kato) if names.kato and names.kato.strip() else None
    wanted = {"name_ru": name_ru, "name_kk": (names.name_kk or "").strip() or None,
              "name_en": (names.name_en or "").strip() or None, "kato": kato}
    for field, value in wanted.items():
        if getattr(place, field) != value:
            setattr(place, field, value)
