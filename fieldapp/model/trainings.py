"""Trainings, their sessions, registrations and attendance."""


import datetime as dt

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, object_session

from fieldapp.model.base import Alphabetical, Base, Synced, name_keys


class Training(Alphabetical, Synced, Base):
    __tablename__ = "training"
    __listed_by__ = "title"
    __derived__ = name_keys("title")
    cycle_id: Mapped[str] = mapped_column(ForeignKey("cycle.id"), index=True)
    number: Mapped[str | None] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    title_kk: Mapped[str | None] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    topic: Mapped[str | None] = mapped_column(String(300))
    settlement_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"))
    venue: Mapped[str | None] = mapped_column(String(300))
    venue_kk: Mapped[str | None] = mapped_column(String(300))
    venue_en: Mapped[str | None] = mapped_column(String(300))
    capacity: Mapped[int | None]
    agenda: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


def _training_scope(row: Synced, training_id: str | None) -> tuple[str | None, str | None]:
    """A training's rows travel with it: the training's cycle and settlement."""
    session = object_session(row)
    training = session.get(Training, training_id) if session is not None and training_id else None
    return (training.cycle_id, training.settlement_id) if training is not None else (None, None)


class TrainingTrainer(Synced, Base):
    __tablename__ = "training_trainer"
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))

    def sync_scope(self) -> tuple[str | None, str | None]:
        return _training_scope(self, self.training_id)


class TrainingSession(Synced, Base):
    __tablename__ = "training_session"
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime | None]
    checked_against_sheet: Mapped[bool] = mapped_column(default=False)
    title: Mapped[str | None] = mapped_column(String(200))
    checked_by: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
    checked_at: Mapped[dt.datetime | None]
    #: the person ids in the order the last printed sign-in sheet lists them (its row numbers), and its blank rows
    sheet_order: Mapped[list[str] | None] = mapped_column(JSON)
    sheet_blank_rows: Mapped[int | None]
    sheet_printed_at: Mapped[dt.datetime | None]

    def sync_scope(self) -> tuple[str | None, str | None]:
        return _training_scope(self, self.training_id)


class Registration(Synced, Base):
    """A person expected at a training (pre-filled on the sign-in sheet)."""

    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("training_id", "person_id"),
        # the lists' counts read a training's registrations from the index alone (migration 0019)
        Index("ix_registration_counted", "training_id", "person_id", "deleted_at"),
    )
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    walk_in: Mapped[bool] = mapped_column(default=False)

    def sync_scope(self) -> tuple[str | None, str | None]:
        return _training_scope(self, self.training_id)


class Attendance(Synced, Base):
    """One record per session and person; its id is derived from both so two laptops make one record."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        # the lists' counts of participants read a session's marks from the index alone (migration 0019)
        Index("ix_attendance_counted", "session_id", "status", "person_id", "deleted_at"),
    )
    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))  # present, late, left_early, absent
    marked_at: Mapped[dt.datetime | None]
    source: Mapped[str | None] = mapped_column(String(10))  # door, sheet, import

    def sync_scope(self) -> tuple[str | None, str | None]:
        session = object_session(self)
        day = session.get(TrainingSession, self.session_id) if session is not None else None
        return _training_scope(self, day.training_id if day is not None else None)


class Certificate(Synced, Base):
    """A certificate of participation; its number never changes once printed (id derived from training and
    person, so a reprint finds the same number)."""

    __tablename__ = "certificate"
    __table_args__ = (UniqueConstraint("training_id", "person_id"),)
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[dt.date]
    sessions_attended: Mapped[int]
    sessions_total: Mapped[int]

    def sync_scope(self) -> tuple[str | None, str | None]:
        return _training_scope(self, self.training_id)
