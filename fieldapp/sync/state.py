"""The sync engine's state, for the screens: what waits to be sent, what was delivered, conflicts and
rejections to review, the last contact and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Conflict, LocalSetting, Operation
from fieldapp.model.history import SyncFile, SyncParked, SyncRejection
from fieldapp.sync import keys as client  # the setting names only: no HTTP, pydantic or merge at start-up


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None


@dataclass
class SyncState:
    server: str | None
    device_name: str | None
    pending: int
    delivered: int
    files_waiting: int
    conflicts_open: int
    rejections: int
    parked: int
    last_push: str | None
    last_pull: str | None
    last_contact: str | None
    last_error: str | None
    clock_offset_ms: int | None


def pending_count(session: Session) -> int:
    total = 0
    for device_id, _top in session.execute(select(Operation.device_id, func.max(Operation.seq))
                                          .where(Operation.origin == "local").group_by(Operation.device_id)):
        delivered = int(get_setting(session, client.DELIVERED + device_id) or 0)
        total += session.scalar(select(func.count()).select_from(Operation).where(
            Operation.origin == "local", Operation.device_id == device_id, Operation.seq > delivered)) or 0
    return total


def sync_state(session: Session) -> SyncState:
    local = session.scalar(select(func.count()).select_from(Operation).where(Operation.origin == "local")) or 0
    pending = pending_count(session)
    offset = get_setting(session, client.CLOCK_OFFSET)
    return SyncState(
        server=get_setting(session, client.SERVER), device_name=get_setting(session, client.NAME),
        pending=pending, delivered=local - pending,
        files_waiting=session.scalar(select(func.count()).select_from(SyncFile).where(
            SyncFile.sent_at.is_(None))) or 0,
        conflicts_open=session.scalar(select(func.count()).select_from(Conflict).where(
            Conflict.resolved_at.is_(None))) or 0,
        rejections=session.scalar(select(func.count()).select_from(SyncRejection)) or 0,
        parked=session.scalar(select(func.count()).select_from(SyncParked)) or 0,
        last_push=get_setting(session, client.LAST_PUSH), last_pull=get_setting(session, client.LAST_PULL),
        last_contact=get_setting(session, client.LAST_CONTACT), last_error=get_setting(session, client.LAST_ERROR),
        clock_offset_ms=int(offset) if offset else None,
    )


def conflicts(session: Session, open_only: bool = True) -> list[dict[str, Any]]:
    """The conflicts this laptop holds (the hub's list, as synced): ``fieldapp.sync.conflicts.listing``."""
    from fieldapp.sync.conflicts import listing

    return listing(session, unresolved=open_only)


def rejections(session: Session) -> list[dict[str, Any]]:
    return [{"op_id": r.op_id, "reason": r.reason, "at": r.at.isoformat()}
            for r in session.scalars(select(SyncRejection).order_by(SyncRejection.at))]
