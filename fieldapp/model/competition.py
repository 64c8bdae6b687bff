"""The grant competition around a call: eligibility rules, criteria, the parts of an application, review.

Reviewers are ``UserProfile`` rows with the role ``reviewer`` (committee members from the akimat or the donor
get a profile even if they never install the app: their sheets are imported on their behalf). The head office
is a profile with the role ``head_office`` or ``programme_staff``.
"""


import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, String, Text, TypeDecorator, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base, Money, Synced


class Fixed(TypeDecorator[Decimal]):
    """A non-money Decimal with a fixed number of places (quantities, weights), stored as a scaled integer."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self.quantum = Decimal(1).scaleb(-places)

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("fixed-point values must be Decimal, never float")
        return int((Decimal(value) * 10**self.places).to_integral_exact())

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 10**self.places).quantize(self.quantum)


class CallSettlement(Synced, Base):
    """A settlement whose groups may apply to the call."""

    __tablename__ = "call_settlement"
    __table_args__ = (UniqueConstraint("call_id", "settlement_id", name="uq_call_settlement_call_settlement"),)
    call_id: Mapped[str] = mapped_column(ForeignKey("grant_call.id"), index=True)
    settlement_id: Mapped[str] = mapped_column(ForeignKey("locality.id"))


class CallAttachmentRule(Synced, Base):
    """An attachment every application to the call must carry (a letter of support, site photos...)."""

    __tablename__ = "call_attachment_rule"
    call_id: Mapped[str] = mapped_column(ForeignKey("grant_call.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # support_letter, cofunding_letter, site_photo, other
    label: Mapped[str] = mapped_column(String(300))


class Criterion(Synced, Base):
    """A scoring criterion of a call: names per language, maximum score and weight."""

    __tablename__ = "criterion"
    call_id: Mapped[str] = mapped_column(ForeignKey("grant_call.id"), index=True)
    position: Mapped[int]
    name_ru: Mapped[str] = mapped_column(String(300))
    name_kk: Mapped[str | None] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    max_score: Mapped[int]
    weight: Mapped[Decimal] = mapped_column(Fixed(2), default=Decimal("1.00"))
    comment_required: Mapped[bool] = mapped_column(default=False)


class BudgetLine(Synced, Base):
    """One line of an application's budget and who pays for it (the three sources add up to its cost)."""

    __tablename__ = "budget_line"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    position: Mapped[int]
    item: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str | None] = mapped_column(String(40))
    quantity: Mapped[Decimal] = mapped_column(Fixed(3))
    unit_cost: Mapped[Decimal] = mapped_column(Money())
    requested: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    cofunding: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    inkind: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    volunteer_hours: Mapped[int] = mapped_column(default=0)


class Activity(Synced, Base):
    """A line of the work plan: what is done, when, by whom."""

    __tablename__ = "application_activity"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    position: Mapped[int]
    activity: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[dt.date | None]
    ends_on: Mapped[dt.date | None]
    responsible: Mapped[str | None] = mapped_column(String(300))


class MonitoringIndicator(Synced, Base):
    """A row of the monitoring plan."""

    __tablename__ = "monitoring_indicator"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    position: Mapped[int]
    indicator: Mapped[str] = mapped_column(Text)
    baseline: Mapped[str | None] = mapped_column(String(300))
    target: Mapped[str | None] = mapped_column(String(300))
    verification: Mapped[str | None] = mapped_column(Text)


class Beneficiaries(Synced, Base):
    """Expected beneficiaries of one kind (direct, indirect), sex and age group."""

    __tablename__ = "application_beneficiaries"
    __table_args__ = (
        UniqueConstraint("application_id", "kind", "sex", "age_group", name="uq_application_beneficiaries_cell"),
    )
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # direct, indirect
    sex: Mapped[str] = mapped_column(String(1))  # F, M
    age_group: Mapped[str] = mapped_column(String(10))  # 0-17, 18-29, 30-59, 60+
    count: Mapped[int] = mapped_column(default=0)


class CallReviewer(Synced, Base):
    """A committee member reviewing a call."""

    __tablename__ = "call_reviewer"
    __table_args__ = (UniqueConstraint("call_id", "reviewer_id", name="uq_call_reviewer_call_reviewer"),)
    call_id: Mapped[str] = mapped_column(ForeignKey("grant_call.id"), index=True)
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("user_profile.id"))
    organisation: Mapped[str | None] = mapped_column(String(300))


class ReviewAssignment(Synced, Base):
    __tablename__ = "review_assignment"
    __table_args__ = (
        UniqueConstraint("application_id", "reviewer_id", name="uq_review_assignment_application_reviewer"),
    )
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("user_profile.id"), index=True)


class ConflictOfInterest(Synced, Base):
    """A reviewer's declared conflict with an application (their own village, a relative in the group)."""

    __tablename__ = "conflict_of_interest"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("user_profile.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    declared_at: Mapped[dt.datetime]


class Review(Synced, Base):
    """One version of a reviewer's review of an application. Submitted versions are final (append-only)."""

    __tablename__ = "review"
    __table_args__ = (
        UniqueConstraint("application_id", "reviewer_id", "version", name="uq_review_application_version"),
    )
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("user_profile.id"), index=True)
    version: Mapped[int]
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft, submitted
    submitted_at: Mapped[dt.datetime | None]
    source: Mapped[str] = mapped_column(String(10), default="app")  # app, sheet, paper
    comment: Mapped[str | None] = mapped_column(Text)
    correction_reason: Mapped[str | None] = mapped_column(Text)


class ReviewScore(Synced, Base):
    __tablename__ = "review_score"
    __table_args__ = (UniqueConstraint("review_id", "criterion_id", name="uq_review_score_review_criterion"),)
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    criterion_id: Mapped[str] = mapped_column(ForeignKey("criterion.id"))
    score: Mapped[int]
    comment: Mapped[str | None] = mapped_column(Text)


class SelectionDecision(Synced, Base):
    """The head office's decision on an application (approved, rejected, reopened), kept for ever."""

    __tablename__ = "selection_decision"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    call_id: Mapped[str] = mapped_column(ForeignKey("grant_call.id"), index=True)
    decision: Mapped[str] = mapped_column(String(12))  # approved, rejected, withdrawn, reopened
    amount: Mapped[Decimal | None] = mapped_column(Money())
    reason: Mapped[str | None] = mapped_column(Text)
    reason_code: Mapped[str | None] = mapped_column(String(40))
    envelope_override: Mapped[bool] = mapped_column(default=False)
    at: Mapped[dt.datetime]
    by_user_id: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
