"""Organisations (the foundation, the donor, akimats), programmes, cycles, localities and user profiles."""


import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base, Synced


class Organisation(Synced, Base):
    __tablename__ = "organisation"
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))  # foundation, donor, akimat, other
    bin: Mapped[str | None] = mapped_column(String(12))
    iban: Mapped[str | None] = mapped_column(String(20))
    bank: Mapped[str | None] = mapped_column(String(200))
    bic: Mapped[str | None] = mapped_column(String(11))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(20))
    # the letterhead in the document's language (Russian when a translation is missing) and who signs
    name_kk: Mapped[str | None] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    address_kk: Mapped[str | None] = mapped_column(Text)
    address_en: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(200))
    signatory_name: Mapped[str | None] = mapped_column(String(300))
    signatory_position: Mapped[str | None] = mapped_column(String(200))
    signatory_position_kk: Mapped[str | None] = mapped_column(String(200))
    signatory_position_en: Mapped[str | None] = mapped_column(String(200))


class Programme(Synced, Base):
    __tablename__ = "programme"
    name: Mapped[str] = mapped_column(String(300))
    name_kk: Mapped[str | None] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    donor_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    region_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"))
    #: the programme manager, who signs certificates
    manager_name: Mapped[str | None] = mapped_column(String(300))


class Cycle(Synced, Base):
    """A programme cycle (phase): training, call, grants, visits, reports."""

    __tablename__ = "cycle"
    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"))
    number: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None]

    def sync_scope(self) -> tuple[str | None, str | None]:
        return self.id, None


class Locality(Synced, Base):
    """Region → district → settlement, with its KATO code where known."""

    __tablename__ = "locality"
    kind: Mapped[str] = mapped_column(String(20))  # region, district, settlement
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_kk: Mapped[str | None] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    kato: Mapped[str | None] = mapped_column(String(9))

    def sync_scope(self) -> tuple[str | None, str | None]:
        return None, self.id if self.kind == "settlement" else None


class UserProfile(Synced, Base):
    """Who makes a change. Accounts with passwords and roles come later; until then a chosen profile."""

    __tablename__ = "user_profile"
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))  # field_officer, trainer, programme_staff, head_office, reviewer
