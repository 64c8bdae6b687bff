"""What a site visit records beside the visit itself: progress per work-plan activity, the checklist, photos
with their EXIF time and place, follow-up actions; the programme's checklist; a grantee report's figures."""


import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base, Synced


class VisitProgress(Synced, Base):
    """How far one activity of the application's work plan has come, as the officer saw it."""

    __tablename__ = "visit_progress"
    visit_id: Mapped[str] = mapped_column(ForeignKey("site_visit.id"), index=True)
    activity_id: Mapped[str] = mapped_column(ForeignKey("application_activity.id"))
    percent: Mapped[int] = mapped_column(default=0)
    comment: Mapped[str | None] = mapped_column(Text)


class VisitCheck(Synced, Base):
    """One item of the programme's checklist as answered at a visit (its words kept as asked then)."""

    __tablename__ = "visit_check"
    visit_id: Mapped[str] = mapped_column(ForeignKey("site_visit.id"), index=True)
    position: Mapped[int]
    item: Mapped[str] = mapped_column(String(300))
    result: Mapped[str] = mapped_column(String(10), default="unchecked")  # yes, no, na, unchecked
    comment: Mapped[str | None] = mapped_column(Text)


class VisitPhoto(Synced, Base):
    """A photo of a visit: the file is an attachment (stored by hash, synced after the operations)."""

    __tablename__ = "visit_photo"
    visit_id: Mapped[str] = mapped_column(ForeignKey("site_visit.id"), index=True)
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"))
    position: Mapped[int] = mapped_column(default=0)
    taken_at: Mapped[dt.datetime | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    orientation: Mapped[int] = mapped_column(default=1)  # EXIF 1..8
    caption: Mapped[str | None] = mapped_column(Text)


class FollowUpAction(Synced, Base):
    """Something a visit found that someone must do by a date; open until closed (who and when)."""

    __tablename__ = "follow_up_action"
    visit_id: Mapped[str] = mapped_column(ForeignKey("site_visit.id"), index=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(12), default="open")  # open, done, cancelled
    closed_at: Mapped[dt.datetime | None]
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
    closing_note: Mapped[str | None] = mapped_column(Text)


class VisitChecklistItem(Synced, Base):
    """A programme's own checklist for visits; a programme without items uses the default list."""

    __tablename__ = "visit_checklist_item"
    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    position: Mapped[int]
    text_ru: Mapped[str] = mapped_column(String(300))
    text_kk: Mapped[str | None] = mapped_column(String(300))
    text_en: Mapped[str | None] = mapped_column(String(300))


class ReportSpending(Synced, Base):
    """A grantee report's actual spending on one budget line of the application."""

    __tablename__ = "report_spending"
    report_id: Mapped[str] = mapped_column(ForeignKey("project_report.id"), index=True)
    budget_line_id: Mapped[str] = mapped_column(ForeignKey("budget_line.id"))
    spent: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))


class ReportBeneficiaries(Synced, Base):
    """People a grantee report says the project reached, by sex and age group."""

    __tablename__ = "report_beneficiaries"
    report_id: Mapped[str] = mapped_column(ForeignKey("project_report.id"), index=True)
    sex: Mapped[str] = mapped_column(String(1))  # F, M
    age_group: Mapped[str] = mapped_column(String(10))  # 0-17, 18-29, 30-59, 60+
    count: Mapped[int] = mapped_column(default=0)
