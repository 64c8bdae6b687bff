"""The one history: every change as an operation (audit trail and what sync sends), and local state."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base


class Operation(Base):
    """One change of one row, recorded in the same transaction as the change itself. Kept for ever."""

    __tablename__ = "operation"
    __table_args__ = (
        UniqueConstraint("device_id", "seq"),
        Index("ix_operation_row", "table_name", "row_id"),
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


class LocalDevice(Base):
    """This database's device identity and clock. Never synced (one row)."""

    __tablename__ = "local_device"
    __local__ = True
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    prefix: Mapped[str] = mapped_column(String(8))
    hlc_wall: Mapped[int] = mapped_column(Integer, default=0)
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
