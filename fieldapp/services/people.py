"""People: create and edit with validation, likely duplicates, consent records (merging two records of one
person: ``fieldapp.services.merge``).

IIN is restricted personal data: it is validated and used to find duplicates, never returned in lists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, fields, replace
from itertools import chain
from typing import Any

from sqlalchemy import literal, or_, select
from sqlalchemy.orm import Session

from fieldapp import limits
from fieldapp.ids import new_id
from fieldapp.model import (
    Consent,
    GroupMember,
    Locality,
    Person,
    TrainingTrainer,
)
from fieldapp.model.base import utcnow
from fieldapp.services import choices, counting
from fieldapp.services.choices import Choice
from fieldapp.services.errors import FormInvalid
from fieldapp.text import fold, like_escape
from fieldapp.validation import Invalid, check_iin, check_phone, iin_birth_date, iin_sex

SEXES = ("F", "M")
_SEX_WORDS = {
    "F": {"ж", "жен", "женский", "женщина", "f", "female", "w", "woman", "ә", "әйел", "э", "эйел", "қ", "қыз",
          "к", "кыз"},
    "M": {"м", "муж", "мужской", "мужчина", "m", "male", "man", "е", "ер", "ер адам", "ерк", "еркек"},
}


def parse_sex(text: str | None) -> str | None:
    """'ж', 'жен.', 'F', 'әйел' → 'F'; 'м', 'муж', 'M', 'ер' → 'M'; empty → None; anything else raises."""
    word = re.sub(r"[.\s]+", " ", (text or "").strip().casefold()).strip()
    if not word:
        return None
    for sex, words in _SEX_WORDS.items():
        if word in words:
            return sex
    raise Invalid("sex.unknown", f"Sex not recognised: {text!r} (use F/M, ж/м, әйел/ер)", "sex")


@dataclass(frozen=True)
class PersonInput:
    full_name: str
    full_name_latin: str | None = None
    sex: str | None = None
    birth_year: int | None = None
    birth_date: dt.date | None = None
    settlement_id: str | None = None
    phone: str | None = None
    iin: str | None = None
    organisation: str | None = None
    notes: str | None = None
    #: the age group ticked on a sign-in sheet (``18–29``), kept only while no birth year is known
    age_group: str | None = None


def _blank(value: str | None) -> str | None:
    value = re.sub(r"\s+", " ", value or "").strip()
    return value or None


def validate(data: PersonInput, today: dt.date | None = None) -> PersonInput:
    """The normalised person (phone in E.164, sex and birth date from the IIN) or :class:`FormInvalid`."""
    today = today or dt.date.today()
    errors: dict[str, Invalid] = {}
    name = _blank(data.full_name)
    if not name:
        errors["full_name"] = Invalid("required", "Full name is required", "full_name")
    sex, birth_date, birth_year = data.sex, data.birth_date, data.birth_year
    if sex is not None and sex not in SEXES:
        errors["sex"] = Invalid("sex.unknown", "Sex must be F or M", "sex")
    phone = _blank(data.phone)
    if phone:
        try:
            phone = check_phone(phone)
        except Invalid as exc:
            errors["phone"] = Invalid(exc.code, exc.message, "phone")
    iin = _blank(data.iin)
    if iin:
        try:
            iin = check_iin(iin)
        except Invalid as exc:
            errors["iin"] = Invalid(exc.code, exc.message, "iin")
        else:
            from_iin = iin_birth_date(iin)
            if birth_date is not None and birth_date != from_iin:
                errors["birth_date"] = Invalid("iin.birth_date", "The birth date differs from the IIN's", "birth_date")
            if sex is not None and sex != iin_sex(iin):
                errors["sex"] = Invalid("iin.sex", "The sex differs from the IIN's (its 7th digit)", "sex")
            birth_date, sex = birth_date or from_iin, sex or iin_sex(iin)
    if birth_date is not None:
        if birth_date > today:
            errors["birth_date"] = Invalid("date.future", "The birth date is in the future", "birth_date")
        elif birth_year is not None and birth_year != birth_date.year:
            errors["birth_year"] = Invalid("birth_year.mismatch", "The birth year differs from the birth date",
                                           "birth_year")
        birth_year = birth_date.year
    if birth_year is not None and not 1900 <= birth_year <= today.year:
        errors["birth_year"] = Invalid("birth_year.range", f"Birth year must be between 1900 and {today.year}",
                                       "birth_year")
    age_group = None
    if data.age_group and birth_year is None:
        age_group = counting.parse_age_group(data.age_group)
        if age_group is None:
            errors["age_group"] = Invalid("age_group.unknown", f"Not an age group: {data.age_group!r} (use "
                                          f"{', '.join(counting.AGE_GROUP_LABELS)})", "age_group")
    for key, value in (("full_name", name), ("full_name_latin", data.full_name_latin),
                       ("organisation", data.organisation), ("notes", data.notes)):
        limit = limits.column_limit("person", key)
        problem = limits.too_long(value, limit, key) if limit else None
        if problem is not None:
            errors.setdefault(key, problem)
    if errors:
        raise FormInvalid(errors)
    return replace(data, full_name=name or "", full_name_latin=_blank(data.full_name_latin), sex=sex,
                   birth_year=birth_year, birth_date=birth_date, phone=phone, iin=iin, age_group=age_group,
                   organisation=_blank(data.organisation), notes=(data.notes or "").strip() or None)


@dataclass(frozen=True)
class Duplicate:
    person_id: str
    full_name: str
    settlement: str | None
    phone: str | None
    reason: str  # iin, phone, name


def _levenshtein(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def names_similar(a: str | None, b: str | None) -> bool:
    """Same words once folded (case, ё/е, Kazakh/Russian look-alikes), in any order; one name's words all
    in the other's (a patronymic left out); or one typo in one long word (7+ letters: "Айгерм" for
    "Айгерим"; short names that differ by a letter, like Нурлан and Нуржан, are different names)."""
    return words_similar(fold(a).split(), fold(b).split())


def words_similar(wa: list[str], wb: list[str]) -> bool:
    """:func:`names_similar` on names already folded and split into words."""
    if not wa or not wb:
        return False
    if sorted(wa) == sorted(wb):
        return True
    shorter, longer = sorted((set(wa), set(wb)), key=len)
    if len(shorter) >= 2 and shorter <= longer:
        return True
    if len(wa) != len(wb):
        return False
    only_a, only_b = set(wa) - set(wb), set(wb) - set(wa)
    if len(only_a) != 1 or len(only_b) != 1:
        return False
    x, y = only_a.pop(), only_b.pop()
    return max(len(x), len(y)) >= 7 and _levenshtein(x, y, 1) <= 1


def fewest_shared_words(distinct: int) -> int:
    """The fewest distinct words a name of ``distinct`` distinct words shares with any name :func:`words_similar`
    finds similar to it: all (same words), two of them (one name's words all in the other's, at least two), or
    all but one (one typo). So a name of three words or more is similar only to names sharing two of its words."""
    return 0 if distinct <= 1 else min(2, distinct - 1)


class KnownPeople:
    """Everyone known, read once and folded once, for checking many rows (an import) without a query per row:
    by IIN, by phone, and by settlement and name word."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(Person.id, Person.full_name, Locality.name_ru, Person.phone, Person.iin, Person.settlement_id,
                   Person.full_name_latin)
            .outerjoin(Locality, Locality.id == Person.settlement_id)).all()
        self.people: dict[str, tuple[str, str | None, str | None]] = {}
        self.words: dict[str, tuple[list[str], list[str]]] = {}
        self.by_iin: dict[str, list[str]] = {}
        self.by_phone: dict[str, list[str]] = {}
        self.by_word: dict[tuple[str, str], set[str]] = {}
        for person_id, name, settlement, phone, iin, settlement_id, latin in rows:
            self.people[person_id] = (name, settlement, phone)
            self.words[person_id] = (fold(name).split(), fold(latin).split())
            if iin:
                self.by_iin.setdefault(iin, []).append(person_id)
            if phone:
                self.by_phone.setdefault(phone, []).append(person_id)
            if settlement_id:
                for word in set(self.words[person_id][0] + self.words[person_id][1]):
                    self.by_word.setdefault((settlement_id, word), set()).add(person_id)

    def duplicates(self, data: PersonInput) -> list[Duplicate]:
        found: dict[str, Duplicate] = {}

        def add(ids: list[str] | set[str], reason: str) -> None:
            for person_id in sorted(ids):
                name, settlement, phone = self.people[person_id]
                found.setdefault(person_id, Duplicate(person_id, name, settlement, phone, reason))

        add(self.by_iin.get(data.iin or "", []), "iin")
        add(self.by_phone.get(data.phone or "", []), "phone")
        if data.settlement_id:
            name, latin = fold(data.full_name).split(), fold(data.full_name_latin).split()
            # how many of the name's (the Latin name's) words each person of the village has: a common first name
            # brings hundreds, and only those sharing enough words are compared word by word
            village = data.settlement_id
            shares_name = Counter(chain.from_iterable(self.by_word.get((village, w), ()) for w in set(name)))
            shares_latin = Counter(chain.from_iterable(self.by_word.get((village, w), ()) for w in set(latin)))
            enough_name, enough_latin = fewest_shared_words(len(set(name))), fewest_shared_words(len(set(latin)))
            add({pid for pid in shares_name.keys() | shares_latin.keys()
                 if (shares_name[pid] >= enough_name and words_similar(name, self.words[pid][0]))
                 or (latin and shares_latin[pid] >= enough_latin and words_similar(latin, self.words[pid][1]))},
                "name")
        return list(found.values())


def find_duplicates(session: Session, data: PersonInput, exclude_id: str | None = None) -> list[Duplicate]:
    """Likely duplicates of ``data`` (already validated): same IIN, same phone, or a similar name in the same
    settlement. Each person appears once, with the strongest reason."""
    live = [Person.id != exclude_id] if exclude_id else []
    found: dict[str, Duplicate] = {}

    def add(rows: Any, reason: str) -> None:
        for person_id, name, settlement, phone in rows:
            found.setdefault(person_id, Duplicate(person_id, name, settlement, phone, reason))

    base = select(Person.id, Person.full_name, Locality.name_ru, Person.phone).outerjoin(
        Locality, Locality.id == Person.settlement_id)
    if data.iin:
        add(session.execute(base.where(Person.iin == data.iin, *live)).all(), "iin")
    if data.phone:
        add(session.execute(base.where(Person.phone == data.phone, *live)).all(), "phone")
    words = {w for w in fold(f"{data.full_name} {data.full_name_latin or ''}").split() if len(w) > 1}
    if data.settlement_id and words:
        # similar names share a whole word (a typo is allowed in one word of several): the search key narrows
        # the village's people to those few before they are compared
        spaced = literal(" ") + Person.search_key + literal(" ")
        shares_a_word = or_(*(spaced.like(f"% {like_escape(w)} %", escape="\\") for w in words))
        rows = session.execute(
            base.add_columns(Person.full_name_latin)
            .where(Person.settlement_id == data.settlement_id, shares_a_word, *live)
        ).all()
        similar = [r[:4] for r in rows
                   if names_similar(data.full_name, r[1]) or (data.full_name_latin and
                                                              names_similar(data.full_name_latin, r[4]))]
        add(similar, "name")
    return list(found.values())


def create_person(session: Session, data: PersonInput, *, flush: bool = True) -> str:
    """A new person (validated); ``flush=False``: written with the session's next flush (an import adds
    thousands in one flush instead of one each: SQLAlchemy's unit of work and the history's capture cost a
    millisecond a flush)."""
    clean = validate(data)
    person = Person(id=new_id(), **vars(clean))  # its fields (asdict's deep copies of them took 10 µs a person)
    session.add(person)
    if flush:
        session.flush()
    return person.id


def update_person(session: Session, person_id: str, data: PersonInput) -> None:
    person = live_person(session, person_id)
    clean = validate(data)
    for f in fields(PersonInput):
        value = getattr(clean, f.name)
        if getattr(person, f.name) != value:
            setattr(person, f.name, value)


def soft_delete_person(session: Session, person_id: str) -> None:
    live_person(session, person_id).deleted_at = utcnow()


def deletion_refusal(session: Session, person_id: str) -> Invalid | None:
    """What keeps a person from being deleted: they belong to an initiative group (its applications and
    agreements name them) or train a training. None when nothing does."""
    person = live_person(session, person_id)
    params = {"name": person.full_name}
    if session.scalar(select(GroupMember.id).where(GroupMember.person_id == person_id).limit(1)) is not None:
        return Invalid("person.in_group", f"{person.full_name} is a member of an initiative group: take them out "
                       "of it first", params=params)
    if session.scalar(select(TrainingTrainer.id).where(TrainingTrainer.person_id == person_id).limit(1)) is not None:
        return Invalid("person.trainer", f"{person.full_name} trains a training: give it another trainer first",
                       params=params)
    return None


def delete_person(session: Session, person_id: str) -> None:
    """Delete a person, softly: the record stays (the history, sync's tombstone), the lists and figures leave
    them out, their registrations and marks no longer count. Refused while ``deletion_refusal`` says why."""
    refusal = deletion_refusal(session, person_id)
    if refusal is not None:
        raise refusal
    soft_delete_person(session, person_id)


def live_person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise Invalid("person.unknown", f"No such person: {person_id}")
    return person


def get_person(session: Session, person_id: str) -> PersonInput:
    """A person's fields for the edit form (the only place the IIN is read back)."""
    person = live_person(session, person_id)
    return PersonInput(**{f.name: getattr(person, f.name) for f in fields(PersonInput)})


def resolve_merged(session: Session, person_id: str) -> str:
    """Follow merge pointers to the record that was kept."""
    seen = set()
    while person_id not in seen:
        seen.add(person_id)
        target = session.execute(select(Person.merged_into_id).where(Person.id == person_id)  # merged: deleted
                                 .execution_options(include_deleted=True)).scalar()
        if not target:
            return person_id
        person_id = target
    return person_id


@dataclass(frozen=True)
class ConsentInput:
    given_on: dt.date
    scope: str
    valid_until: dt.date | None = None
    third_parties: bool = False
    guardian_name: str | None = None
    method: str = "paper"


def is_minor(session: Session, person_id: str, on: dt.date | None = None) -> bool:
    from fieldapp.services.counting import age_on

    person = live_person(session, person_id)
    age = age_on(on or dt.date.today(), person.birth_date, person.birth_year)
    return age is not None and age < 18


def record_consent(session: Session, person_id: str, data: ConsentInput) -> str:
    """A consent record (Law 94-V): what, when, until when; a legal representative consents for a minor."""
    errors: dict[str, Invalid] = {}
    if not (data.scope or "").strip():
        errors["scope"] = Invalid("required", "Say what the person consented to", "scope")
    if data.valid_until is not None and data.valid_until < data.given_on:
        errors["valid_until"] = Invalid("date.order", "The end date is before the start date", "valid_until")
    if data.method not in ("paper", "electronic"):
        errors["method"] = Invalid("consent.method", "Consent is given on paper or electronically", "method")
    if is_minor(session, person_id, data.given_on) and not _blank(data.guardian_name):
        errors["guardian_name"] = Invalid("consent.guardian", "A minor's consent is given by a parent or guardian",
                                          "guardian_name")
    if errors:
        raise FormInvalid(errors)
    consent = Consent(person_id=person_id, given_on=data.given_on, valid_until=data.valid_until,
                      scope=data.scope.strip(), third_parties=data.third_parties,
                      guardian_name=_blank(data.guardian_name), method=data.method)
    session.add(consent)
    session.flush()
    return consent.id


def withdraw_consent(session: Session, consent_id: str, on: dt.date) -> None:
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise Invalid("consent.unknown", f"No such consent record: {consent_id}")
    consent.withdrawn_on = on


def has_consent(session: Session, person_id: str, on: dt.date | None = None) -> bool:
    on = on or dt.date.today()
    return session.execute(
        select(Consent.id).where(
            Consent.person_id == person_id, Consent.given_on <= on,
            or_(Consent.valid_until.is_(None), Consent.valid_until >= on),
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
        ).limit(1)
    ).first() is not None


@dataclass(frozen=True)
class PersonForm:
    """What the person form shows: the settlements to choose from and, editing, the person."""

    settlements: list[Choice]
    person: PersonInput | None


def person_form(session: Session, person_id: str | None, lang: str) -> PersonForm:
    return PersonForm(choices.settlements(session, lang), get_person(session, person_id) if person_id else None)


def save_person(session: Session, person_id: str | None, data: PersonInput,
                consent: ConsentInput | None = None) -> str:
    """The person form's save: a new person or the changed one, with a consent record when one was given."""
    if person_id:
        update_person(session, person_id, data)
    else:
        person_id = create_person(session, data)
    if consent is not None:
        record_consent(session, person_id, consent)
    return person_id
