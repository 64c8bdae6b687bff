"""The one history: every change as an operation (audit trail and what sync sends), and local state."""


import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ColumnElement,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    literal_column,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base

#: the condition of ``ix_operation_local``: the operations made on this laptop (``made_here``)
LOCAL_ORIGIN = "origin = 'local'"


class Operation(Base):
    """One change of one row, recorded in the same transaction as the change itself. Kept for ever."""

    __tablename__ = "operation"
    __table_args__ = (
        UniqueConstraint("device_id", "seq"),
        Index("ix_operation_row", "table_name", "row_id"),
        # the changes made here alone (migration 0020), read by device and number: how many there are, how many
        # wait to be sent (the status bar's, after every write) and which, without reading the whole history —
        # 0.3 s at 290,000 operations, 3 s at 2.8 million; the operations pulled from the hub stay out of it.
        # A laptop's (SQLite): the hub leaves it out (server/store.HUB_UNREAD_INDEXES), and a postgresql_where
        # here would import SQLAlchemy's PostgreSQL dialect on every start (~23 ms) to check the argument
        Index("ix_operation_local", "device_id", "seq", sqlite_where=text(LOCAL_ORIGIN)),
    )
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40), index=True)
    schema_version: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime]
    user_id: Mapped[str | None] = mapped_column(String(36))
    user_name: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(10))  # insert, update, delete (soft), restore
    #: {field: [old, new]} for updates; {field: [null, value]} for inserts; only the changed fields
    changes: Mapped[dict] = mapped_column(JSON)
    base_version: Mapped[str | None] = mapped_column(String(40))  # hlc of the row's previous operation
    scope_cycle_id: Mapped[str | None] = mapped_column(String(36))
    scope_settlement_id: Mapped[str | None] = mapped_column(String(36))
    #: where the operation came from: 'local', or 'remote' when applied from the hub
    origin: Mapped[str] = mapped_column(String(10), default="local")
    #: the user action (transaction) it belongs to: the hub accepts or refuses an action as a whole
    tx_id: Mapped[str | None] = mapped_column(String(36))
    #: the hub's acceptance number (the pull cursor); null until the hub has it
    server_seq: Mapped[int | None] = mapped_column(Integer, index=True)
    #: the stamp the merge orders by; null means ``hlc`` (the hub re-stamps operations from a clock far ahead)
    rank: Mapped[str | None] = mapped_column(String(40))
    #: null when applied; 'rejected' when the hub refused it (kept for the record, no longer in effect)
    state: Mapped[str | None] = mapped_column(String(10))


def made_here() -> ColumnElement[bool]:
    """SQL: the operation was made on this laptop (``origin`` 'local', not pulled from the hub). The value is
    written into the statement, not bound as a parameter, so that the database can see the statement asks for
    what ``ix_operation_local`` holds and read the index alone."""
    return Operation.origin == literal_column("'local'")


class LocalDevice(Base):
    """This database's device identity and clock. Never synced (one row)."""

    __tablename__ = "local_device"
    __local__ = True
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    prefix: Mapped[str] = mapped_column(String(8))
    hlc_wall: Mapped[int] = mapped_column(BigInteger, default=0)  # milliseconds since 1970: 64 bits
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime]


class LocalSetting(Base):
    """Per-database local settings: the current user profile, the document language, sync cursors."""

    __tablename__ = "local_setting"
    __local__ = True
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class NumberCounter(Base):
    """Per-device counters for draft numbers (device-prefixed, so two laptops never collide)."""

    __tablename__ = "number_counter"
    __local__ = True
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class LocalDraft(Base):
    """What a form holds as the user types, saved every few seconds until it is saved or discarded."""

    __tablename__ = "local_draft"
    __local__ = True
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    saved_at: Mapped[dt.datetime]


class SyncConflict(Base):
    """A value that lost a merge, or an action a rule across records refused, kept for a person to review."""

    __tablename__ = "sync_conflict"
    __local__ = True
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # field, delete_edit, rule
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list] = mapped_column(JSON)
    winner_op: Mapped[str | None] = mapped_column(String(36))
    loser_op: Mapped[str | None] = mapped_column(String(36))
    winner: Mapped[dict | None] = mapped_column(JSON)
    loser: Mapped[dict | None] = mapped_column(JSON)
    message: Mapped[str | None] = mapped_column(Text)
    detected_at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]


class SyncRejection(Base):
    """An operation of this laptop the hub refuses for good, with its reason (it no longer blocks others)."""

    __tablename__ = "sync_rejection"
    __local__ = True
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime]
    #: the hub's reason as a code and params (``fieldapp/ui/problems.py`` words it); None from an older hub
    code: Mapped[str | None] = mapped_column(String(60))
    params: Mapped[dict | None] = mapped_column(JSON)
    #: a person fixed the change and sent it again, or set it aside
    handled_at: Mapped[dt.datetime | None]
    handled_by: Mapped[str | None] = mapped_column(String(200))


class SyncParked(Base):
    """An operation from a newer schema, kept aside until this installation is updated."""

    __tablename__ = "sync_parked"
    __local__ = True
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    schema_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict] = mapped_column(JSON)
    received_at: Mapped[dt.datetime]


class SyncFile(Base):
    """A file (attachment, photo) to send to the hub by its SHA-256, resumably, after the operations."""

    __tablename__ = "sync_file"
    __local__ = True
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))  # photo, document
    sent_at: Mapped[dt.datetime | None]


#: fields that must agree merge as one unit (a model may declare its own ``__merge_groups__``)
MERGE_GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {
    "application": (("requested_amount", "akimat_cofunding", "community_inkind"),),
    "agreement": (("starts_on", "ends_on"),),
    "tranche": (("amount", "due_on"), ("paid_on", "paid_amount")),
    "training_session": (("starts_at", "ends_at"),),
}
#: rows that stand for one thing per natural key, whose ids are derived from it (``fieldapp.ids.derived_id``),
#: so two laptops making "the same" row make one record. A second row of a key under another id (made before
#: ids were derived, or by hand) is kept in the history but not as a row: the smaller id stands for the key on
#: every replica (``fieldapp.sync.merge.materialise``). Nothing may refer to these tables.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "registration": ("training_id", "person_id"),
    "attendance": ("session_id", "person_id"),
    "certificate": ("training_id", "person_id"),
}
#: tables whose rows are never changed once written (a model may declare ``__append_only__ = True``)
APPEND_ONLY: frozenset[str] = frozenset({"status_event"})
#: a row of these tables is append-only once a field holds a value (a new version is a new row)
APPEND_ONLY_WHEN: dict[str, tuple[str, str]] = {"review": ("status", "submitted"), "visit_report": ("status", "submitted"),
                                                  "site_visit": ("status", "final"),
                                                  "amendment": ("status", "signed")}
#: personal data blanked by a purge, per table (a model may declare ``__personal__``)
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("full_name", "full_name_latin", "sex", "birth_year", "birth_date", "phone", "iin", "organisation",
               "notes", "search_key"),
    "consent": ("guardian_name",),
}


@functools.cache
def _model_attribute(table: str, name: str) -> object:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return getattr(mapper.class_, name, None)
    return None


def merge_groups(table: str) -> tuple[tuple[str, ...], ...]:
    declared = _model_attribute(table, "__merge_groups__")
    return tuple(declared) if declared else MERGE_GROUPS.get(table, ())  # type: ignore[arg-type]


def is_append_only(table: str) -> bool:
    return table in APPEND_ONLY or bool(_model_attribute(table, "__append_only__"))


def personal_fields(table: str) -> tuple[str, ...]:
    declared = _model_attribute(table, "__personal__")
    return tuple(declared) if declared else PERSONAL_FIELDS.get(table, ())  # type: ignore[arg-type]


def derived_fields(table: str) -> dict[str, Callable[[dict[str, Any]], Any]]:
    """Columns computed from others (a model may declare ``__derived__``): not captured as changes; every replica
    recomputes them after a merge, so they always agree with the merged fields. Worked out once per table (the
    fold asks for every row it writes): read it, never change it."""
    return _derived_fields(table)


@functools.cache
def _derived_fields(table: str) -> dict[str, Callable[[dict[str, Any]], Any]]:
    declared = _model_attribute(table, "__derived__")
    return dict(declared) if declared else {}  # type: ignore[call-overload]
