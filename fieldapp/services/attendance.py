"""Attendance at the door and from the signed sheet: marks and undo, search as you type, walk-ins,
back-entry by sheet row numbers, the signed sheet's scan and its check.

An attendance record's id is derived from its session and person, so two laptops marking the same person
make one record. Every mark is its own committed transaction in the GUI: nothing is lost if the laptop dies.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from fieldapp.ids import derived_id
from fieldapp.model import Attendance, Locality, Person, Registration, TrainingSession
from fieldapp.model.base import utcnow
from fieldapp.services import choices, counting, people, trainings
from fieldapp.services.attachments import AttachmentStore, attach
from fieldapp.services.errors import FormInvalid
from fieldapp.text import collation_key, digits, fold, like_escape
from fieldapp.validation import Invalid

SOURCES = ("door", "sheet", "import")

#: a SELECT of any columns
Rows = Select[*tuple[Any, ...]]


def attendance_id(session_id: str, person_id: str) -> str:
    return derived_id(session_id, person_id)


def live_session(session: Session, session_id: str) -> TrainingSession:
    sess = session.get(TrainingSession, session_id)
    if sess is None or sess.deleted_at is not None:
        raise Invalid("session.unknown", f"No such session: {session_id}")
    return sess


@dataclass(frozen=True)
class Mark:
    """One change of one person's status at one session; ``previous`` None means "not marked"."""

    session_id: str
    person_id: str
    previous: str | None
    status: str | None


def set_status(session: Session, session_id: str, person_id: str, status: str | None, source: str) -> Mark:
    row = session.get(Attendance, attendance_id(session_id, person_id))
    previous = row.status if row is not None and row.deleted_at is None else None
    if status is None:
        if row is not None and row.deleted_at is None:
            row.deleted_at = utcnow()
    elif row is None:
        session.add(Attendance(id=attendance_id(session_id, person_id), session_id=session_id, person_id=person_id,
                               status=status, marked_at=utcnow(), source=source))
    else:
        if row.deleted_at is not None:
            row.deleted_at = None
        if row.status != status:
            row.status = status
        row.marked_at, row.source = utcnow(), source
    session.flush()
    return Mark(session_id, person_id, previous, status)


def mark(session: Session, session_id: str, person_id: str, status: str = "present", source: str = "door") -> Mark:
    """Mark a person present, late, left early or absent at a session."""
    if status not in counting.STATUSES:
        raise Invalid("attendance.status", f"Unknown attendance status {status!r}")
    if source not in SOURCES:
        raise Invalid("attendance.source", f"Unknown source {source!r}")
    live_session(session, session_id)
    people.live_person(session, person_id)
    return set_status(session, session_id, person_id, status, source)


def undo(session: Session, done: Mark) -> Mark:
    """Put the status back to what it was before ``done`` (unmarked again if it was unmarked)."""
    return set_status(session, done.session_id, done.person_id, done.previous, "door")


@dataclass(frozen=True)
class Candidate:
    person_id: str
    full_name: str
    settlement: str | None
    phone: str | None
    sex: str | None
    birth_year: int | None
    registered: bool
    status: str | None
    marked_at: dt.datetime | None = None  # when the status was set (UTC)

    @property
    def attended(self) -> bool:
        return self.status in counting.ATTENDED_STATUSES


def search_conditions(text: str) -> list[ColumnElement[bool]]:
    """Conditions on the indexed search key: every typed word starts a word of the name, and typed digits
    appear in the phone number (``8 701 23``, ``+7 701 23`` and ``2345`` all find ``+77012345678``)."""
    words = [w for w in fold(text).split() if not any(c.isdigit() for c in w)]
    conditions: list[ColumnElement[bool]] = [Person.search_key.like(f"% {like_escape(w)}%", escape="\\")
                                             for w in words]
    number = digits(text)
    if number:
        anywhere = Person.search_key.like(f"% %{number}%", escape="\\")
        if number[0] in "78" and len(number) > 1:
            # a leading 8 (trunk prefix) or 7 (country code) before the national number
            conditions.append(or_(anywhere, Person.search_key.like(f"% {number[1:]}%", escape="\\")))
        else:
            conditions.append(anywhere)
    return conditions


def search(session: Session, session_id: str, text: str, limit: int = 12, lang: str = "ru") -> list[Candidate]:
    """People matching what was typed: the training's registered participants not yet marked first, then anyone
    else (a walk-in who is already known), then those already present — so Enter on the top name marks someone
    who is still to come; their settlements named in ``lang``. Never returns the IIN."""
    conditions = search_conditions(text)
    if not conditions:
        return []
    sess = live_session(session, session_id)
    columns = (Person.id, Person.full_name, choices.place_name(Locality, lang), Person.phone, Person.sex,
               Person.birth_year, Attendance.status, Person.search_key, Attendance.marked_at)

    def around(query: Rows) -> Rows:
        return (query.outerjoin(Locality, Locality.id == Person.settlement_id)
                .outerjoin(Attendance, and_(Attendance.session_id == session_id, Attendance.person_id == Person.id))
                .where(*conditions))

    # the registered few are read from the registrations (an index on the training), ordered here
    registered = session.execute(around(
        select(*columns).select_from(Registration).join(Person, Person.id == Registration.person_id)
        .where(Registration.training_id == sess.training_id))).all()
    ordered = sorted(registered, key=lambda r: (r[6] in counting.ATTENDED_STATUSES, r[7] or ""))
    expected = [Candidate(r[0], r[1], r[2], r[3], r[4], r[5], True, r[6], r[8]) for r in ordered]
    waiting = [c for c in expected if not c.attended][:limit]
    found = list(waiting)
    if len(found) < limit:
        # everyone else in the order of the indexed key, so a short prefix stops after a few rows
        is_registered = select(Registration.id).where(
            Registration.person_id == Person.id, Registration.training_id == sess.training_id).exists()
        others = session.execute(around(select(*columns)).where(~is_registered)
                                 .order_by(Person.search_key).limit(limit - len(found))).all()
        found += [Candidate(r[0], r[1], r[2], r[3], r[4], r[5], False, r[6], r[8]) for r in others]
    return found + [c for c in expected if c.attended][:max(limit - len(found), 0)]


class DuplicatesFound(Exception):
    """A walk-in looks like someone already known: the trainer picks one of them or confirms a new person."""

    def __init__(self, duplicates: list[people.Duplicate]) -> None:
        super().__init__(f"{len(duplicates)} likely duplicate(s)")
        self.duplicates = duplicates


def add_walk_in(session: Session, session_id: str, data: people.PersonInput, *, confirmed: bool = False,
                status: str = "present", source: str = "door") -> Mark:
    """A person not registered walks in: create them (after the duplicate check unless ``confirmed``),
    register them for the training as a walk-in and mark them."""
    sess = live_session(session, session_id)
    training = trainings.get_live(session, sess.training_id)
    if data.settlement_id is None and training.settlement_id:
        data = people.PersonInput(**{**data.__dict__, "settlement_id": training.settlement_id})
    clean = people.validate(data)
    if not confirmed:
        duplicates = people.find_duplicates(session, clean)
        if duplicates:
            raise DuplicatesFound(duplicates)
    person_id = people.create_person(session, clean)
    trainings.register_person(session, sess.training_id, person_id, walk_in=True)
    return mark(session, session_id, person_id, status, source)


def check_in_known(session: Session, session_id: str, person_id: str, status: str = "present",
                   source: str = "door") -> Mark:
    """Mark someone found by search; a known person who was not registered is registered as a walk-in."""
    sess = live_session(session, session_id)
    registered = session.execute(select(Registration.id).where(
        Registration.training_id == sess.training_id, Registration.person_id == person_id)).first()
    if registered is None:
        trainings.register_person(session, sess.training_id, person_id, walk_in=True)
    return mark(session, session_id, person_id, status, source)


_ROWS_PART = re.compile(r"^(\d+)(?:-(\d+))?$")


def parse_rows(text: str, max_row: int | None = None) -> list[int]:
    """``"1-12, 15, 17"`` → [1, …, 12, 15, 17]. Commas, semicolons or spaces separate; ranges use a dash.
    Raises :class:`Invalid` naming the part that is wrong."""
    rows: list[int] = []
    normalised = re.sub(r"\s*[-–—]\s*", "-", (text or "").strip())
    parts = [p for p in re.split(r"[,;\s]+", normalised) if p]
    if not parts:
        raise Invalid("rows.empty", "Type the row numbers of the sheet, e.g. 1-12, 15, 17")
    for part in parts:
        match = _ROWS_PART.match(part)
        if not match:
            raise Invalid("rows.format", f"{part!r} is not a row number or a range like 3-7", params={"part": part})
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        if first < 1 or last < first:
            raise Invalid("rows.range", f"{part!r}: a range goes from a smaller to a larger row number",
                          params={"part": part})
        if max_row is not None and last > max_row:
            raise Invalid("rows.beyond", f"{part!r}: the sheet has {max_row} rows",
                          params={"part": part, "rows": max_row})
        rows.extend(r for r in range(first, last + 1) if r not in rows)
    return rows


def sheet_order(session: Session, session_id: str) -> list[str]:
    """Person ids by the row numbers of the sign-in sheet as it was last printed (or, never printed, as it
    would print now): what a trainer's row numbers refer to."""
    sess = live_session(session, session_id)
    if sess.sheet_order:
        return [people.resolve_merged(session, pid) for pid in sess.sheet_order]
    return [p.id for p in trainings.registered_people(session, sess.training_id)]


def order_for_printing(session: Session, session_id: str, lang: str = "ru") -> list[str]:
    """The rows of a new print: people of the last printed sheet who are still registered keep their order,
    people registered since follow alphabetically in the sheet's language (Kazakh by the Kazakh alphabet), so a
    reprint changes as few row numbers as possible."""
    sess = live_session(session, session_id)
    people_ = trainings.registered_people(session, sess.training_id)
    registered = [p.id for p in sorted(people_, key=lambda p: (collation_key(p.full_name, lang), p.id))]
    if not sess.sheet_order:
        return registered
    still = set(registered)
    kept = [pid for pid in dict.fromkeys(people.resolve_merged(session, p) for p in sess.sheet_order) if pid in still]
    known = set(kept)
    return kept + [pid for pid in registered if pid not in known]


def record_sheet(session: Session, session_id: str, person_ids: list[str], blank_rows: int) -> None:
    """Remember the printed order, so row numbers written on the paper mean the same people later."""
    sess = live_session(session, session_id)
    if sess.sheet_order != person_ids:
        sess.sheet_order = list(person_ids)
    if sess.sheet_blank_rows != blank_rows:
        sess.sheet_blank_rows = blank_rows
    sess.sheet_printed_at = utcnow()


@dataclass
class BackEntry:
    marked: list[Mark] = field(default_factory=list)
    already: int = 0
    walk_ins: list[Mark] = field(default_factory=list)


def back_entry(session: Session, session_id: str, rows_text: str,
               walk_ins: list[people.PersonInput] = ()) -> BackEntry:  # type: ignore[assignment]
    """Enter who signed the paper: the printed rows by number (``1-12, 15, 17``), people written on the blank
    rows by name (added as walk-ins, duplicates allowed since a trainer is copying a signed paper)."""
    order = sheet_order(session, session_id)
    result = BackEntry()
    if rows_text.strip():
        try:
            rows = parse_rows(rows_text)
        except Invalid as exc:
            raise FormInvalid({"rows": Invalid(exc.code, exc.message, "rows", exc.params)}) from None
        beyond = [r for r in rows if r > len(order)]
        if beyond:
            raise FormInvalid({"rows": Invalid(
                "rows.blank", f"Row {beyond[0]} is not a printed name (the sheet lists {len(order)}): "
                "add people written on blank rows by name", "rows", {"row": beyond[0], "printed": len(order)})})
        for row in rows:
            person_id = order[row - 1]
            current = session.get(Attendance, attendance_id(session_id, person_id))
            if current is not None and current.deleted_at is None and current.status in counting.ATTENDED_STATUSES:
                result.already += 1
                continue
            result.marked.append(check_in_known(session, session_id, person_id, "present", "sheet"))
    for data in walk_ins:
        result.walk_ins.append(add_walk_in(session, session_id, data, confirmed=True, source="sheet"))
    return result


def set_checked(session: Session, session_id: str, user_id: str | None, checked: bool = True) -> None:
    """Mark the session "checked against the signed sheet" (who and when), or take the mark back."""
    sess = live_session(session, session_id)
    if sess.checked_against_sheet != checked:
        sess.checked_against_sheet = checked
    sess.checked_by = user_id if checked else None
    sess.checked_at = utcnow() if checked else None


def attach_signed_sheet(session: Session, store: AttachmentStore, session_id: str, source: Path,
                        note: str | None = None) -> str:
    live_session(session, session_id)
    return attach(session, store, "training_session", session_id, source, kind="signed_sheet", note=note)


def counters(session: Session, session_id: str) -> counting.Tally:
    return counting.session_tally(session, session_id)


def session_date(session: Session, session_id: str) -> dt.date:
    return live_session(session, session_id).starts_at.date()


@dataclass(frozen=True)
class SessionHeading:
    """A training day as the check-in and signed-sheet screens name it."""

    training_title: str
    starts_at: dt.datetime


def session_heading(session: Session, session_id: str, lang: str = "ru") -> SessionHeading:
    """The day's training named in ``lang`` (its Russian title when it has none in that language)."""
    sess = live_session(session, session_id)
    return SessionHeading(trainings.title_in(trainings.get_live(session, sess.training_id), lang), sess.starts_at)


@dataclass(frozen=True)
class SignedSheetForm:
    """What the signed-sheet form shows: the day, the printed names by row, whether it was checked."""

    heading: SessionHeading
    names: list[str]  # by the sheet's row numbers
    checked: bool


def signed_sheet_form(session: Session, session_id: str, lang: str = "ru") -> SignedSheetForm:
    sess = live_session(session, session_id)
    names = []
    for person_id in sheet_order(session, session_id):
        person = session.get(Person, person_id)
        names.append(person.full_name if person is not None else "")
    return SignedSheetForm(session_heading(session, session_id, lang), names, sess.checked_against_sheet)


def record_signed_sheet(session: Session, session_id: str, rows_text: str, walk_ins: list[people.PersonInput],
                        scan: Path | None, checked: bool) -> BackEntry:
    """The signed-sheet form's save: the marks by row number, the people written on blank rows, the scan, and
    "checked against the signed sheet" by the current user."""
    result = back_entry(session, session_id, rows_text, walk_ins)
    if scan is not None:
        attach_signed_sheet(session, AttachmentStore.of(session), session_id, scan)
    set_checked(session, session_id, session.info.get("user_id"), checked)
    return result
