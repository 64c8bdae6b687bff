"""People, their consent records, initiative groups and their members."""


import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Alphabetical, Base, Derive, Synced, name_keys
from fieldapp.text import digits, fold


def person_search_key(full_name: str | None, full_name_latin: str | None, phone: str | None) -> str:
    words = dict.fromkeys(fold(full_name).split() + fold(full_name_latin).split())
    national = digits(phone)[-10:]
    return (" " + " ".join(words) if words else "") + (f" {national}" if national else "")


def _search_key(row: Mapping[str, Any]) -> str:
    return person_search_key(row.get("full_name"), row.get("full_name_latin"), row.get("phone"))


class Person(Alphabetical, Synced, Base):
    """A participant, activist, trainer or applicant contact. IIN is restricted personal data."""

    __tablename__ = "person"
    __table_args__ = (
        #: "is this person live?" answered from the index alone: the lists' counts join every mark to its person
        Index("ix_person_live", "id", "deleted_at"),
        # the People list in each alphabet (migration 0021), a page read from the index in its order
        Index("ix_person_sort_ru", "sort_ru", "id"),
        Index("ix_person_sort_kk", "sort_kk", "id"),
        # the People list sorted by organisation (migration 0022): its pages from the index too, in each direction
        # (a descending list orders the people of one organisation, most of them of none, by id still)
        Index("ix_person_organisation_sort_ru", "organisation_sort_ru", "id"),
        Index("ix_person_organisation_sort_kk", "organisation_sort_kk", "id"),
        Index("ix_person_organisation_sort_ru_desc", text("organisation_sort_ru DESC"), "id"),
        Index("ix_person_organisation_sort_kk_desc", text("organisation_sort_kk DESC"), "id"),
    )
    __listed_by__ = "full_name"
    __also_keyed__ = ("organisation",)
    __derived__: dict[str, Derive] = {"search_key": _search_key, **name_keys("full_name"),
                                      **name_keys("organisation", listed=False)}
    full_name: Mapped[str] = mapped_column(String(300), index=True)
    full_name_latin: Mapped[str | None] = mapped_column(String(300))
    sex: Mapped[str | None] = mapped_column(String(1))  # F, M
    birth_year: Mapped[int | None]
    birth_date: Mapped[dt.date | None]
    #: the age group a person ticked on a sign-in sheet (``18–29``) when no birth year is known
    age_group: Mapped[str | None] = mapped_column(String(10))
    settlement_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    iin: Mapped[str | None] = mapped_column(String(12), index=True)
    organisation: Mapped[str | None] = mapped_column(String(300))
    #: the organisation's sort keys (``Alphabetical.__also_keyed__``; never NULL, as the name's)
    organisation_sort_ru: Mapped[str] = mapped_column(Text, server_default="")
    organisation_sort_kk: Mapped[str] = mapped_column(Text, server_default="")
    notes: Mapped[str | None] = mapped_column(Text)
    #: folded name words and the national phone digits, each after a space: ``LIKE '% word%'`` finds a word start
    search_key: Mapped[str | None] = mapped_column(String(400), index=True)
    #: a merged duplicate is soft-deleted and points at the record that was kept
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))


class Consent(Synced, Base):
    """Proof of consent to process personal data (Law 94-V): what, when, for how long, by whom."""

    __tablename__ = "consent"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    given_on: Mapped[dt.date]
    valid_until: Mapped[dt.date | None]
    scope: Mapped[str] = mapped_column(Text)
    third_parties: Mapped[bool] = mapped_column(default=False)
    guardian_name: Mapped[str | None] = mapped_column(String(300))
    method: Mapped[str] = mapped_column(String(20), default="paper")  # paper, electronic
    withdrawn_on: Mapped[dt.date | None]


class InitiativeGroup(Alphabetical, Synced, Base):
    __tablename__ = "initiative_group"
    __listed_by__ = "name"
    __derived__ = name_keys("name")
    name: Mapped[str] = mapped_column(String(300))
    settlement_id: Mapped[str | None] = mapped_column(ForeignKey("locality.id"))
    leader_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    experience: Mapped[str | None] = mapped_column(Text)


class GroupMember(Synced, Base):
    __tablename__ = "group_member"
    group_id: Mapped[str] = mapped_column(ForeignKey("initiative_group.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(100))
