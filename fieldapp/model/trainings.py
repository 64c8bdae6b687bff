"""Trainings, their sessions, registrations and attendance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base, Synced


class Training(Synced, Base):
    __tablename__ = "training"
    cycle_id: Mapped[str] = mapped_column(ForeignKey("cycle.id"), index=True)
    number: Mapped[str | None] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str | None] = mapped_column(String(300))
    settlement_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"))
    venue: Mapped[str | None] = mapped_column(String(300))
    capacity: Mapped[int | None]
    agenda: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class TrainingTrainer(Synced, Base):
    __tablename__ = "training_trainer"
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))


class TrainingSession(Synced, Base):
    __tablename__ = "training_session"
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime | None]
    checked_against_sheet: Mapped[bool] = mapped_column(default=False)


class Registration(Synced, Base):
    """A person expected at a training (pre-filled on the sign-in sheet)."""

    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("training_id", "person_id"),)
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class Attendance(Synced, Base):
    """One record per session and person; its id is derived from both so two laptops make one record."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)
    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))  # present, late, left_early, absent
