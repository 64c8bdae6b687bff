"""Grant calls, applications with their status events, agreements, tranches, visits and project reports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base, Synced


class GrantCall(Synced, Base):
    __tablename__ = "grant_call"
    cycle_id: Mapped[str] = mapped_column(ForeignKey("cycle.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    title_kk: Mapped[str | None] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    opens_on: Mapped[dt.date]
    deadline: Mapped[dt.date]
    max_grant: Mapped[Decimal]
    envelope: Mapped[Decimal]
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft, open, under_review, decided
    code: Mapped[str | None] = mapped_column(String(20))  # prefix of registration numbers, e.g. ВМС-2019
    description: Mapped[str | None] = mapped_column(Text)


class Application(Synced, Base):
    __tablename__ = "application"
    call_id: Mapped[str] = mapped_column(ForeignKey("grant_call.id"), index=True)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("initiative_group.id"))
    settlement_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"))
    draft_number: Mapped[str] = mapped_column(String(30), unique=True)
    registration_number: Mapped[str | None] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(30))  # playground, sports_ground, sensory_room, recreation_area, other
    requested_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    akimat_cofunding: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    community_inkind: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    received_on: Mapped[dt.date | None]
    channel: Mapped[str | None] = mapped_column(String(20))  # paper, email, in_person
    language: Mapped[str] = mapped_column(String(2), default="ru")  # the applicant's: ru, kk, en
    starts_on: Mapped[dt.date | None]
    duration_months: Mapped[int | None]
    problem: Mapped[str | None] = mapped_column(Text)
    goal: Mapped[str | None] = mapped_column(Text)
    objectives: Mapped[str | None] = mapped_column(Text)
    community_participation: Mapped[str | None] = mapped_column(Text)
    inclusion: Mapped[str | None] = mapped_column(Text)
    risks: Mapped[str | None] = mapped_column(Text)
    sustainability: Mapped[str | None] = mapped_column(Text)
    volunteer_hours: Mapped[int] = mapped_column(default=0)
    approved_amount: Mapped[Decimal | None]

    def sync_scope(self) -> tuple[str | None, str | None]:
        return None, self.settlement_id


class StatusEvent(Synced, Base):
    """An append-only change of a record's status, with who, when and why."""

    __tablename__ = "status_event"
    subject_table: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(36), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime]
    by_user_id: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    #: a standard reason (``ineligible.over_max``…, worded per language in the document texts); ``reason`` is
    #: then an optional remark, kept as typed
    reason_code: Mapped[str | None] = mapped_column(String(40))


class OutgoingLetter(Synced, Base):
    """The register of outgoing letters: a number per year (``№ 47``) and date, given when a letter is first
    printed and printed the same on every reprint; who signed it, in which language."""

    __tablename__ = "outgoing_letter"
    kind: Mapped[str] = mapped_column(String(20))  # decision
    subject_table: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(36), index=True)
    #: the status event the letter announces (a new decision after a reopening is a new letter)
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    year: Mapped[int]
    number: Mapped[int]
    issued_on: Mapped[dt.date]
    language: Mapped[str] = mapped_column(String(2))
    signatory_name: Mapped[str | None] = mapped_column(String(300))
    signatory_position: Mapped[str | None] = mapped_column(String(200))


class Agreement(Synced, Base):
    __tablename__ = "agreement"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), unique=True)
    number: Mapped[str | None] = mapped_column(String(30), unique=True)  # official, e.g. ОП-2020-007
    draft_number: Mapped[str] = mapped_column(String(30), unique=True)
    amount: Mapped[Decimal]
    signed_on: Mapped[dt.date | None]
    starts_on: Mapped[dt.date | None]
    ends_on: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft, signed, completed, terminated


class Tranche(Synced, Base):
    __tablename__ = "tranche"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    number: Mapped[int]
    amount: Mapped[Decimal]
    condition: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[dt.date | None]
    paid_on: Mapped[dt.date | None]
    paid_amount: Mapped[Decimal | None]


class SiteVisit(Synced, Base):
    __tablename__ = "site_visit"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    settlement_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"))
    visited_on: Mapped[dt.date]
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
    purpose: Mapped[str] = mapped_column(String(20))  # monitoring, acceptance
    announced: Mapped[bool] = mapped_column(default=True)
    findings: Mapped[str | None] = mapped_column(Text)
    next_tranche_ok: Mapped[bool | None]


class ProjectReport(Synced, Base):
    """A funded project's progress or completion report: money spent and beneficiaries reached."""

    __tablename__ = "project_report"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # progress, completion
    submitted_on: Mapped[dt.date]
    spent_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    beneficiaries_direct: Mapped[int] = mapped_column(default=0)
    beneficiaries_indirect: Mapped[int] = mapped_column(default=0)
    narrative: Mapped[str | None] = mapped_column(Text)
