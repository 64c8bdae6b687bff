"""Declarative base, the Money type and the columns every synced row carries."""


import datetime as dt
import functools
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import BigInteger, DateTime, MetaData, String, Table, Text, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fieldapp import tiyn
from fieldapp.ids import new_id
from fieldapp.text import SORT_LANGUAGES, sort_key, sort_language

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Money(TypeDecorator[Decimal]):
    """KZT as ``Decimal`` with 2 places, stored as an integer count of tiyn so SQL sums stay exact."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        return tiyn.to_tiyn(value)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return tiyn.to_money(value)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps are stored in UTC; naive values are taken as UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Any) -> dt.datetime | None:
        return value


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {Decimal: Money(), dt.datetime: UTCDateTime()}

    #: local tables (device identity, settings, cursors) are never captured for sync
    __local__: ClassVar[bool] = False
    if TYPE_CHECKING:  # every mapped class here is mapped to a Table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]


class Synced:
    """The columns of every synced row (DESIGN.md "Data")."""

    if TYPE_CHECKING:  # what the declarative base gives every mapped class that mixes this in
        __tablename__: Any
        __local__: ClassVar[bool]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(36))
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    def sync_scope(self) -> tuple[str | None, str | None]:
        """(programme cycle id, settlement id) this row belongs to, for the devices' sync scopes."""
        return getattr(self, "cycle_id", None), getattr(self, "settlement_id", None)


#: a derived column's rule: its value from the row's values by column (``__derived__``; model/history.derived_fields)
Derive = Callable[[Mapping[str, Any]], Any]


class Alphabetical:
    """A record a list shows and orders by its name (the column ``__listed_by__``), kept with the name's sort
    key in each alphabet (``text.sort_key``: ``sort_ru`` for Russian and English, ``sort_kk`` for Kazakh) —
    derived columns (``__derived__`` includes :func:`name_keys`): made on every write on every replica, never
    captured as changes nor sent (docs/data-model.md, "Added by `0021`"). Another name of the record that a long
    list orders by (``__also_keyed__``: a person's organisation, since 0022) keeps its keys in columns of its own,
    ``<name>_sort_ru`` and ``<name>_sort_kk`` (``name_keys(name, listed=False)``), declared by the model."""

    __listed_by__: ClassVar[str]
    #: the record's other names kept with their sort keys (:func:`sort_column` with the name)
    __also_keyed__: ClassVar[tuple[str, ...]] = ()
    # never NULL (an empty name's key is empty): SQLite then knows a page's bound on it needs no "OR IS NULL",
    # and reads the page from the index in its order
    sort_ru: Mapped[str] = mapped_column(Text, server_default="")
    sort_kk: Mapped[str] = mapped_column(Text, server_default="")

    @classmethod
    def in_alphabet(cls, lang: str) -> Any:
        """The column a query in ``lang`` orders these records' names by (:func:`sort_column`)."""
        return getattr(cls, sort_column(lang))


def sort_column(lang: str, name: str | None = None) -> str:
    """The column of an :class:`Alphabetical` record that a list in ``lang`` orders its name by: ``sort_ru`` or
    ``sort_kk`` for the name it is listed by, ``<name>_sort_ru`` or ``<name>_sort_kk`` for another of its names
    kept with keys (``__also_keyed__``)."""
    key = f"sort_{sort_language(lang)}"
    return key if name is None else f"{name}_{key}"


def _name_key(name: str, lang: str, row: Mapping[str, Any]) -> str:
    value = row.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):  # a number where a name is text: an operation the hub refuses (bad_value)
        raise TypeError(f"{name}: not text")
    return sort_key(value, lang)


def name_keys(name: str, *, listed: bool = True) -> dict[str, Derive]:
    """The derived columns of an :class:`Alphabetical` record that keep the sort keys of its column ``name``:
    the name it is listed by (``sort_ru``, ``sort_kk``), or (``listed=False``) another of ``__also_keyed__``."""
    return {sort_column(lang, None if listed else name): functools.partial(_name_key, name, lang)
            for lang in SORT_LANGUAGES}


@event.listens_for(Base, "init", propagate=True)
def _assign_id(target: Any, _args: Any, kwargs: dict[str, Any]) -> None:
    """Ids are made on the device when the object is made, so related rows can refer to it before a flush."""
    if isinstance(target, Synced) and not kwargs.get("id"):
        kwargs["id"] = new_id()
