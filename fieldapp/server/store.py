"""The hub's storage: its replica of every synced table and its own records, behind one small interface.

``HubStore`` is what the hub needs from storage: a write transaction (one at a time), a read session, the
next acceptance numbers. ``SQLiteHubStore`` keeps everything in one SQLite file in the data folder (WAL and a
busy timeout, so administrative commands work beside a running server); a PostgreSQL store implements the
same interface over another engine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, String, Text, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from fieldapp.db import Database, open_database
from fieldapp.model import LocalDevice, Operation


class HubBase(DeclarativeBase):
    pass


class HubDevice(HubBase):
    """An enrolled laptop: its name, scopes and the hash of its token (the token itself is never stored)."""

    __tablename__ = "hub_device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[dict] = mapped_column(JSON)
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HubEnrolment(HubBase):
    """A one-time enrolment code (hashed) with the scopes the device will get."""

    __tablename__ = "hub_enrolment"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    scopes: Mapped[dict] = mapped_column(JSON)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    device_id: Mapped[str | None] = mapped_column(String(36))


class HubReceived(HubBase):
    """Every operation the hub was given, with what became of it: pushes are idempotent by op id."""

    __tablename__ = "hub_received"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    device: Mapped[str | None] = mapped_column(String(36))
    result: Mapped[str] = mapped_column(String(10))  # accepted, rejected, conflict, parked
    server_seq: Mapped[int | None] = mapped_column(Integer)
    rank: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict | None] = mapped_column(JSON)  # kept for rejected and parked operations
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HubConflict(HubBase):
    """A merge's losing value, a delete against an edit, or an action a rule refused: for a person."""

    __tablename__ = "hub_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # field, delete_edit, rule
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    fields: Mapped[list] = mapped_column(JSON)
    winner_op: Mapped[str | None] = mapped_column(String(36))
    loser_op: Mapped[str | None] = mapped_column(String(36), index=True)
    winner: Mapped[dict | None] = mapped_column(JSON)
    loser: Mapped[dict | None] = mapped_column(JSON)
    message: Mapped[str | None] = mapped_column(Text)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HubFile(HubBase):
    """An attachment or photo received by SHA-256; ``received`` bytes so far (uploads resume there)."""

    __tablename__ = "hub_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    variant: Mapped[str] = mapped_column(String(20))  # original, transfer (downscaled photo)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HubIdentity(HubBase):
    """The deployment's identity (one row): its id and the head office's signing and encryption keys (raw,
    base64). Bundles are signed with one and encrypted to the other; ``fieldapp server backup`` keeps them."""

    __tablename__ = "hub_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deployment: Mapped[str] = mapped_column(String(36))
    sign_private: Mapped[str] = mapped_column(String(64))
    box_private: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HubDeviceKeys(HubBase):
    """A device's public keys (bundles it signs, bundles encrypted to it) and what it acknowledged by bundle:
    the cursor its newest bundle reported (``reported_ms``: when that bundle was made)."""

    __tablename__ = "hub_device_keys"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sign_public: Mapped[str] = mapped_column(String(64))
    box_public: Mapped[str] = mapped_column(String(64))
    local_device: Mapped[str | None] = mapped_column(String(36))  # the device id its operations carry
    acked_cursor: Mapped[int] = mapped_column(Integer, default=0)
    reported_ms: Mapped[int] = mapped_column(BigInteger, default=0)


class HubStore(Protocol):
    """What the hub needs from its storage."""

    files_dir: Path

    def writing(self) -> contextlib.AbstractContextManager[Session]: ...

    def reading(self) -> contextlib.AbstractContextManager[Session]: ...

    def next_server_seq(self, session: Session) -> int: ...

    def hub_device_id(self) -> str: ...

    def close(self) -> None: ...


class SQLiteHubStore:
    """Everything in ``DIR/hub.sqlite`` (a FieldApp database plus the hub's tables) and ``DIR/files/``."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.files_dir = self.data_dir / "files"
        self.files_dir.mkdir(exist_ok=True)
        self.db: Database = open_database(self.data_dir / "hub.sqlite", create=True)
        HubBase.metadata.create_all(self.db.engine)
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction at a time in this process; other processes wait on SQLite's busy timeout."""
        with self._lock, self.db.Session() as session, session.begin():
            session.info["applying_remote"] = True
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self.db.Session() as session:
            yield session

    def next_server_seq(self, session: Session) -> int:
        return int(session.scalar(select(func.coalesce(func.max(Operation.server_seq), 0))) or 0) + 1

    def hub_device_id(self) -> str:
        return self.db.device().device_id

    def close(self) -> None:
        self.db.close()


def hub_device(session: Session) -> LocalDevice:
    device = session.get(LocalDevice, 1)
    assert device is not None
    return device
