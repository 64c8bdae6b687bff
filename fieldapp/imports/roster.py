"""The people import: a roster from XLSX or CSV, previewed row by row, written only when confirmed.

Each row is *added* (a new person), *matched* (the same IIN or the same phone as a known person or an
earlier row of the file: not duplicated) or *rejected* (no name, or an invalid IIN). Warnings do not stop a
row: an unknown settlement, a missing consent, a similar name in the same settlement, a phone, sex or birth
year that cannot be read (that value is left out). Row numbers are the ones seen in Excel or an editor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp import limits
from fieldapp.gc_pause import gc_paused
from fieldapp.imports.tabular import Field, Table, TableError, read_table, too_long
from fieldapp.model import Locality, Person
from fieldapp.problems import Problem
from fieldapp.services import people, trainings
from fieldapp.services.errors import FormInvalid
from fieldapp.text import digits, fold
from fieldapp.validation import Invalid, check_iin, check_phone

FIELDS = (
    Field("full_name", ("ФИО", "Ф.И.О.", "Фамилия, имя, отчество", "Фамилия имя отчество", "Фамилия и имя",
                        "Аты-жөні", "Толық аты-жөні", "Тегі, аты, әкесінің аты", "Full name", "Name",
                        "Participant", "Участник", "Қатысушы"), limit="person.full_name"),
    Field("last_name", ("Фамилия", "Тегі", "Surname", "Last name", "Family name"), limit="person.full_name"),
    Field("first_name", ("Имя", "Аты", "First name", "Given name"), limit="person.full_name"),
    Field("patronymic", ("Отчество", "Әкесінің аты", "Patronymic", "Middle name"), limit="person.full_name"),
    Field("sex", ("Пол", "Жынысы", "Жыныс", "Sex", "Gender")),
    Field("birth_date", ("Дата рождения", "Туған күні", "Туған күні, айы, жылы", "Date of birth", "Birth date",
                         "DOB")),
    Field("birth_year", ("Год рождения", "Г.р.", "Туған жылы", "Year of birth", "Birth year")),
    Field("settlement", ("Населённый пункт", "Нас. пункт", "Населенный пункт проживания", "Село", "Посёлок",
                         "Елді мекен", "Ауыл", "Settlement", "Village", "Locality")),
    Field("phone", ("Телефон", "Тел.", "Номер телефона", "Контактный телефон", "Мобильный телефон", "Сотовый",
                    "Байланыс телефоны", "Ұялы телефон", "Phone", "Mobile", "Phone number")),
    Field("iin", ("ИИН", "ЖСН", "IIN")),
    Field("organisation", ("Организация", "Место работы", "Инициативная группа", "Ұйым", "Жұмыс орны",
                           "Бастамашыл топ", "Organisation", "Organization", "Initiative group"),
          limit="person.organisation"),
    Field("consent", ("Согласие", "Согласие на обработку персональных данных", "Келісім",
                      "Дербес деректерді өңдеуге келісім", "Consent")),
    Field("notes", ("Примечание", "Примечания", "Ескерту", "Notes", "Comment"), limit="person.notes"),
)
_YES = {"да", "+", "1", "yes", "y", "иә", "ия", "есть", "имеется", "v", "✓", "✔", "x", "true", "подписано"}
_YES_FOLDED = frozenset(fold(w) for w in _YES)
_YEAR = re.compile(r"(\d{4})(?:\s*(?:г|г\.|год|ж|ж\.|жыл))?\.?")
_SETTLEMENT_PREFIXES = ("с ", "село ", "п ", "пос ", "поселок ", "аул ", "ауыл ", "ауылы ", "г ", "город ",
                        "village ", "мкр ")


@dataclass
class RowResult:
    number: int
    name: str
    action: str  # add, match, reject
    person: people.PersonInput | None = None
    matched_id: str | None = None  # a known person
    matched_row: int | None = None  # an earlier row of this file
    consent: bool = False
    problems: list[Problem] = field(default_factory=list)

    def warn(self, code: str, message: str, params: dict[str, Any] | None = None) -> None:
        self.problems.append(Problem(code, message, params or {}, level="warning"))

    def left_empty(self, field: str, problem: Problem) -> None:
        """A value that cannot be used: the row is kept with that field empty."""
        self.warn("import.left_empty", f"{field}: {problem.message}; left empty", {"field": field, "problem": problem})


@dataclass
class RosterPreview:
    table: Table
    rows: list[RowResult]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def has_problems(self) -> bool:
        return any(r.problems for r in self.rows)


class SettlementMatcher:
    """Known settlements by their Russian, Kazakh and English names, ignoring case, Kazakh/Russian letter
    variants, hyphens and prefixes like "с." or "ауылы"; one typo is forgiven when only one name is that close."""

    def __init__(self, session: Session) -> None:
        self.names: dict[str, str] = {}
        self.found: dict[str, str | None] = {}  # a list names a few settlements thousands of times
        for row in session.execute(select(Locality.id, Locality.name_ru, Locality.name_kk, Locality.name_en)
                                   .where(Locality.kind == "settlement")):
            for name in row[1:]:
                if name:
                    self.names.setdefault(self._key(name), row[0])

    @staticmethod
    def _key(text: str) -> str:
        key = " ".join(fold(text).replace(".", " ").split())
        for prefix in _SETTLEMENT_PREFIXES:
            if key.startswith(prefix):
                key = key[len(prefix):]
        for suffix in (" ауылы", " селосы", " village"):
            key = key.removesuffix(suffix)
        return key

    def match(self, text: str) -> str | None:
        if text not in self.found:
            self.found[text] = self._match(text)
        return self.found[text]

    def _match(self, text: str) -> str | None:
        key = self._key(text)
        if not key:
            return None
        if key in self.names:
            return self.names[key]
        if len(key) < 5:
            return None
        close = {sid for name, sid in self.names.items() if people._levenshtein(key, name, 1) <= 1}
        return close.pop() if len(close) == 1 else None


def _shortened(text: str, length: int = 80) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


def parse_birth(text: str, today: dt.date) -> tuple[dt.date | None, int | None]:
    """``12.03.1995``, ``1995-03-12`` or ``1995`` (also ``1995 г.``) → (birth date, birth year)."""
    text = text.strip()
    if not text:
        return None, None
    # a year alone first (the usual column): no date format takes it, and strptime refuses at ~2 µs an attempt
    match = _YEAR.fullmatch(text)
    if match:
        return None, int(match.group(1))
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%y"):
        try:
            date = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if date.year > today.year:
            date = date.replace(year=date.year - 100)
        return date, date.year
    raise Invalid("birth.format", f"birth date or year not understood: {text!r}", params={"text": text})


def _row_person(values: Mapping[str, str], result: RowResult, settlements: SettlementMatcher,
                today: dt.date) -> people.PersonInput | None:
    name = values.get("full_name", "") or " ".join(
        v for v in (values.get("last_name", ""), values.get("first_name", ""), values.get("patronymic", "")) if v)
    result.name = name
    if not name.strip():
        result.problems.append(Problem("name.missing", "no name"))
    if len(name) > limits.limit_of("person.full_name"):
        result.name = _shortened(name)
        result.problems.append(too_long("full name", "full_name", name, limits.limit_of("person.full_name")).problem)
    iin = digits(values.get("iin", ""))
    if iin:
        if len(iin) == 11:
            iin = "0" + iin  # an IIN typed as a number loses its leading zero (born 2000–2009)
        try:
            iin = check_iin(iin)
        except Invalid as exc:
            result.problems.append(Problem(exc.code, f"invalid IIN: {exc.message}", exc.params, "iin"))
    if any(p.level == "error" for p in result.problems):
        return None
    try:
        sex = people.parse_sex(values.get("sex"))
    except Invalid as exc:
        result.left_empty("sex", exc.problem)
        sex = None
    birth_date, birth_year = None, None
    for key in ("birth_date", "birth_year"):
        if values.get(key) and birth_year is None:
            try:
                birth_date, birth_year = parse_birth(values[key], today)
            except Invalid as exc:
                result.left_empty(key, exc.problem)
    phone = values.get("phone", "").strip() or None
    if phone:
        try:
            phone = check_phone(phone)
        except Invalid as exc:
            result.left_empty("phone", exc.problem)
            phone = None
    settlement_text = values.get("settlement", "").strip()
    settlement_id = settlements.match(settlement_text) if settlement_text else None
    if settlement_text and settlement_id is None:
        result.warn("settlement.unknown", f"unknown settlement {settlement_text!r}; left empty",
                    {"name": settlement_text})
    data = people.PersonInput(full_name=name, sex=sex, birth_year=birth_year, birth_date=birth_date,
                              settlement_id=settlement_id, phone=phone, iin=iin or None,
                              organisation=values.get("organisation") or None, notes=values.get("notes") or None)
    try:
        return people.validate(data, today)
    except FormInvalid as exc:
        for key, problem in exc.errors.items():
            result.left_empty(key, problem.problem)
            blank: dict[str, Any] = {key: None}
            data = replace(data, **blank)
        try:
            return people.validate(data, today)
        except FormInvalid as again:
            result.problems.append(again.problem)
            return None


@gc_paused  # a list of 10,000 makes ~100,000 objects it keeps: the collector's passes were a fifth of the import
def preview(session: Session, path: Path | str, *, mapping: Mapping[str, int | str] | None = None,
            header_row: int | None = None, sheet: str | None = None,
            today: dt.date | None = None) -> RosterPreview:
    """Read and check every row; nothing is written. Raises TableError when the file cannot be read."""
    today = today or dt.date.today()
    table = read_table(path, FIELDS, mapping=mapping, header_row=header_row, sheet=sheet)
    if "full_name" not in table.columns and not {"last_name", "first_name"} & set(table.columns):
        raise TableError(f"{Path(path).name}: no column with the names (ФИО / Аты-жөні / Full name); "
                         "map it by hand")
    settlements = SettlementMatcher(session)
    known = people.KnownPeople(session)
    seen_iin: dict[str, int] = {}
    seen_phone: dict[str, int] = {}
    results: list[RowResult] = []
    for row in table.rows:
        result = RowResult(row.number, "", "add")
        result.problems += [w.problem.as_warning() for w in row.warnings]
        if row.errors:  # a value longer than it can be stored: the row is refused as it is
            result.action = "reject"
            result.name = _shortened(row.values.get("full_name", "") or " ".join(
                row.values.get(k, "") for k in ("last_name", "first_name", "patronymic")).strip())
            result.problems += [e.problem for e in row.errors]
            results.append(result)
            continue
        person = _row_person(row.values, result, settlements, today)
        results.append(result)
        if person is None:
            result.action = "reject"
            continue
        result.person = person
        result.consent = fold(row.values.get("consent", "")).strip(" .") in _YES_FOLDED
        earlier = (seen_iin.get(person.iin or "") or seen_phone.get(person.phone or ""))
        duplicates = known.duplicates(person)
        strong = [d for d in duplicates if d.reason in ("iin", "phone")]
        if earlier:
            result.action, result.matched_row = "match", earlier
        elif strong:
            result.action, result.matched_id = "match", strong[0].person_id
            if not result.consent and not people.has_consent(session, strong[0].person_id, today):
                result.warn("consent.missing", "no consent to process personal data on record")
        else:
            for d in duplicates:
                named = d.full_name + (f" ({d.settlement})" if d.settlement else "")
                result.warn("name.similar", f"similar name already known: {named}", {"name": named})
            if not result.consent:
                result.warn("consent.missing", "no consent to process personal data on record")
        if person.iin:
            seen_iin.setdefault(person.iin, row.number)
        if person.phone:
            seen_phone.setdefault(person.phone, row.number)
    return RosterPreview(table, results)


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    registered: set[str] = field(default_factory=set)


@gc_paused  # the people, their operations and SQLAlchemy's states, all kept until the transaction ends
def commit(session: Session, roster: RosterPreview, *, training_id: str | None = None,
           today: dt.date | None = None) -> ImportResult:
    """Write the accepted rows (inside the caller's one transaction): new people, blanks of matched people
    filled in, consents marked in the file, and registrations for ``training_id`` when given."""
    today = today or dt.date.today()
    result = ImportResult()
    by_row: dict[int, str] = {}
    source = roster.table.path.name
    for row in roster.rows:
        if row.action == "reject" or row.person is None:
            continue
        if row.action == "add":
            person_id = people.create_person(session, row.person, flush=False)  # one flush for all (below)
            result.added.append(person_id)
        elif row.matched_row is not None:
            person_id = by_row[row.matched_row]
        else:
            assert row.matched_id is not None
            person_id = row.matched_id
            known = session.get(Person, person_id)
            assert known is not None
            for f in fields(people.PersonInput):
                value = getattr(row.person, f.name)
                if value not in (None, "") and getattr(known, f.name) in (None, "") and f.name != "full_name":
                    setattr(known, f.name, value)
            result.matched.append(person_id)
        by_row[row.number] = person_id
        if row.consent and not people.has_consent(session, person_id, today):
            is_minor = people.is_minor(session, person_id, today)
            people.record_consent(session, person_id, people.ConsentInput(
                given_on=today, scope=f"Personal data for programme participation and reporting "
                f"(paper form; list {source}, row {row.number})",
                guardian_name="(see the paper form)" if is_minor else None))
        if training_id:
            trainings.register_person(session, training_id, person_id)
            result.registered.add(person_id)
    session.flush()  # the people added, written here: a refusal is the import's, inside its transaction
    return result
