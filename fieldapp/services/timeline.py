"""One funded project's story in date order: application, approval, agreement, tranches, visits, reports,
follow-up actions, completion."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import (
    Agreement,
    Application,
    FollowUpAction,
    ProjectReport,
    SiteVisit,
    StatusEvent,
    Tranche,
)
from fieldapp.problems import Invalid
from fieldapp.services.visits import decision_of

#: the order of events on one day
ORDER = ("received", "approved", "signed", "tranche_due", "tranche_paid", "visit", "report", "report_accepted",
         "action", "action_closed", "completed")


@dataclass(frozen=True)
class Event:
    on: dt.date
    kind: str  # one of ORDER
    subject_id: str
    #: values the screen words (number, amount, purpose, decision, text)
    params: dict[str, object]


def timeline(session: Session, agreement_id: str) -> list[Event]:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise Invalid("visit.agreement", "Choose the project's agreement", field="agreement_id")
    application = session.get(Application, agreement.application_id)
    events: list[Event] = []
    if application is not None:
        if application.received_on:
            events.append(Event(application.received_on, "received", application.id,
                                {"number": application.registration_number or application.draft_number,
                                 "title": application.title}))
        for event in session.scalars(select(StatusEvent).where(StatusEvent.subject_id == application.id,
                                                                StatusEvent.to_status == "approved")):
            events.append(Event(event.at.date(), "approved", application.id,
                                {"amount": application.approved_amount}))
    if agreement.signed_on:
        events.append(Event(agreement.signed_on, "signed", agreement.id,
                            {"number": agreement.number or agreement.draft_number, "amount": agreement.amount}))
    for tranche in session.scalars(select(Tranche).where(Tranche.agreement_id == agreement_id)):
        if tranche.paid_on:
            events.append(Event(tranche.paid_on, "tranche_paid", tranche.id,
                                {"number": tranche.number, "amount": tranche.paid_amount or tranche.amount}))
        elif tranche.due_on:
            events.append(Event(tranche.due_on, "tranche_due", tranche.id,
                                {"number": tranche.number, "amount": tranche.amount}))
    for visit in session.scalars(select(SiteVisit).where(SiteVisit.agreement_id == agreement_id)):
        events.append(Event(visit.visited_on, "visit", visit.id,
                            {"purpose": visit.purpose, "decision": decision_of(visit.next_tranche_ok),
                             "text": visit.findings or ""}))
    for report in session.scalars(select(ProjectReport).where(ProjectReport.agreement_id == agreement_id)):
        events.append(Event(report.submitted_on, "report", report.id,
                            {"kind": report.kind, "amount": report.spent_amount,
                             "reached": report.beneficiaries_direct + report.beneficiaries_indirect}))
        if report.accepted_on:
            events.append(Event(report.accepted_on, "report_accepted", report.id, {"kind": report.kind}))
    found_on = {v.id: v.visited_on for v in session.scalars(select(SiteVisit).where(
        SiteVisit.agreement_id == agreement_id))}
    for action in session.scalars(select(FollowUpAction).where(FollowUpAction.agreement_id == agreement_id)):
        events.append(Event(found_on.get(action.visit_id) or action.created_at.date(), "action", action.id,
                            {"text": action.description, "owner": action.owner, "due_on": action.due_on}))
        if action.closed_at:
            events.append(Event(action.closed_at.date(), "action_closed", action.id, {"text": action.description}))
    if agreement.status == "completed":  # as the completion rule recorded it (services/completion.py)
        on = agreement.completed_on or agreement.ends_on or max(e.on for e in events)
        events.append(Event(on, "completed", agreement.id, {"reached": agreement.beneficiaries_reached}))
    return sorted(events, key=lambda e: (e.on, ORDER.index(e.kind)))
