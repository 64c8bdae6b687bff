"""The register of outgoing letters: a decision letter gets its number (per calendar year: № 1, 2, …) and its
date the first time it is printed, and every reprint shows the same number, date and signatory.

Numbers are given by the head office only (its register is the one the foundation keeps; a laptop numbering
on its own would collide), and a new decision after a reopening is a new letter with a new number.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Application, OutgoingLetter, StatusEvent
from fieldapp.services import organisation
from fieldapp.services.roles import require_head_office
from fieldapp.validation import Invalid

DECIDED = ("approved", "rejected")


def decision_event(session: Session, app: Application) -> StatusEvent:
    """The status event of the application's current decision (approved or rejected)."""
    if app.status not in DECIDED:
        from fieldapp.services import applications

        raise Invalid("letter.undecided", f"Application {applications.number(app)} is {app.status}: a decision "
                      "letter is written once it is approved or rejected",
                      params={"number": applications.number(app), "status": app.status})
    event = session.scalars(select(StatusEvent).where(
        StatusEvent.subject_table == "application", StatusEvent.subject_id == app.id,
        StatusEvent.to_status == app.status)
        .order_by(StatusEvent.at.desc(), StatusEvent.created_at.desc())).first()
    if event is None:
        raise Invalid("letter.no_event", f"Application {app.id} has no recorded decision")
    return event


def letter_of(session: Session, event_id: str) -> OutgoingLetter | None:
    return session.scalars(select(OutgoingLetter).where(
        OutgoingLetter.event_id == event_id)
        .order_by(OutgoingLetter.created_at)).first()


def next_number(session: Session, year: int) -> int:
    last = session.scalar(select(func.max(OutgoingLetter.number)).where(  # a number once given stays taken
        OutgoingLetter.year == year).execution_options(include_deleted=True))
    return (last or 0) + 1


def register_decision_letter(session: Session, app: Application, lang: str,
                             on: dt.date | None = None) -> OutgoingLetter:
    """The letter of the application's current decision: found in the register, or numbered now (inside the
    caller's transaction) with today's date and the foundation's signatory."""
    event = decision_event(session, app)
    existing = letter_of(session, event.id)
    if existing is not None:
        return existing
    require_head_office(session, "number and sign decision letters")
    day = on or dt.date.today()
    head = organisation.letterhead(session, lang)
    letter = OutgoingLetter(kind="decision", subject_table="application", subject_id=app.id, event_id=event.id,
                            year=day.year, number=next_number(session, day.year), issued_on=day, language=lang,
                            signatory_name=head.signatory_name or None,
                            signatory_position=head.signatory_position or None)
    session.add(letter)
    session.flush()
    return letter


def number_decision_letter(session: Session, application_id: str) -> OutgoingLetter:
    """Number the decision letter of the application in the register before it is first printed (a write); the
    letter is in the applicant's language."""
    from fieldapp.services import applications

    app = applications.get(session, application_id)
    return register_decision_letter(session, app, app.language or "ru")
