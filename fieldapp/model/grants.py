"""Grant calls, applications with their status events, agreements, tranches, visits and project reports."""


import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Alphabetical, Base, Synced, name_keys


class GrantCall(Alphabetical, Synced, Base):
    __tablename__ = "grant_call"
    __listed_by__ = "title"
    __derived__ = name_keys("title")
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


class Application(Alphabetical, Synced, Base):
    __tablename__ = "application"
    __listed_by__ = "title"
    __derived__ = name_keys("title")
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
    place: Mapped[str | None] = mapped_column(String(200))  # where it is signed: "г. Актау"
    #: the grantee: the initiative group (through its representative) or a partner organisation
    grantee_kind: Mapped[str] = mapped_column(String(20), default="group")  # group, organisation
    grantee_name: Mapped[str | None] = mapped_column(String(300))  # the organisation's (a group's comes from it)
    grantee_bin: Mapped[str | None] = mapped_column(String(12))
    grantee_address: Mapped[str | None] = mapped_column(Text)
    representative_name: Mapped[str | None] = mapped_column(String(200))
    representative_position: Mapped[str | None] = mapped_column(String(200))  # an organisation's signatory
    representative_iin: Mapped[str | None] = mapped_column(String(12))
    #: the identity document as the law allows it to be written: kind, number, issued by, on
    representative_document: Mapped[str | None] = mapped_column(String(300))
    iban: Mapped[str | None] = mapped_column(String(20))
    bank: Mapped[str | None] = mapped_column(String(200))
    bic: Mapped[str | None] = mapped_column(String(11))
    #: co-funding the parties commit to (akimat cash, community in kind, volunteer hours)
    akimat_cofunding: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    community_inkind: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    volunteer_hours: Mapped[int] = mapped_column(default=0)
    #: set with ``status = "completed"`` by the one completion rule (``fieldapp/services/completion.py``): the day
    #: everything was in order and the beneficiaries reached (the figure donor reports count)
    completed_on: Mapped[dt.date | None]
    beneficiaries_reached: Mapped[int | None]


class AgreementVersion(Synced, Base):
    """A printed agreement (or one of its amendments): the PDF's SHA-256, the fingerprint of the data it was made from (printed in its QR
    code) and those data, so a paper copy can be told apart and what changed between versions shown. Never
    changed once written (``fieldapp/services/agreement_versions.py``)."""

    __tablename__ = "agreement_version"
    __append_only__ = True
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    version: Mapped[int]
    lang: Mapped[str] = mapped_column(String(8))  # ru, kk, en, ru+kk
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    data_sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict] = mapped_column(JSON)
    changed: Mapped[list | None] = mapped_column(JSON)  # the data's fields that differ from the version before
    #: the amendment this version prints (an additional agreement); None: the agreement itself
    amendment_id: Mapped[str | None] = mapped_column(ForeignKey("amendment.id"), index=True)


class Tranche(Synced, Base):
    __tablename__ = "tranche"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    number: Mapped[int]
    amount: Mapped[Decimal]
    condition: Mapped[str | None] = mapped_column(Text)  # a remark beside the coded condition
    #: when it may be paid (fieldapp/services/tranches.py): advance, progress (an accepted progress report or a
    #: site visit releasing it), completion (the completion report)
    condition_kind: Mapped[str] = mapped_column(String(20), default="advance")
    due_on: Mapped[dt.date | None]
    paid_on: Mapped[dt.date | None]
    paid_amount: Mapped[Decimal | None]
    payment_reference: Mapped[str | None] = mapped_column(String(60))  # the payment order's number
    #: the head office's reason for paying although the condition was not met (None: paid by the rules)
    override_reason: Mapped[str | None] = mapped_column(Text)


class SiteVisit(Synced, Base):
    __tablename__ = "site_visit"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    settlement_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"))
    visited_on: Mapped[dt.date]
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
    purpose: Mapped[str] = mapped_column(String(20))  # monitoring, acceptance
    announced: Mapped[bool] = mapped_column(default=True)
    findings: Mapped[str | None] = mapped_column(Text)
    #: the decision the tranche rules read: True release, False hold (hold_reason says why), None not decided
    next_tranche_ok: Mapped[bool | None]
    visit_time: Mapped[str | None] = mapped_column(String(5))  # HH:MM, local time
    people_met: Mapped[str | None] = mapped_column(Text)
    beneficiary_feedback: Mapped[str | None] = mapped_column(Text)
    users_seen: Mapped[int | None]  # people seen using the site
    hold_reason: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    #: draft (being written, may change) or final (append-only: a correction is a new visit that corrects it)
    status: Mapped[str] = mapped_column(String(10), default="final")
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("site_visit.id"))


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
    cofunding_delivered: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    volunteer_hours: Mapped[int] = mapped_column(default=0)
    accepted_on: Mapped[dt.date | None]
    accepted_by: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
