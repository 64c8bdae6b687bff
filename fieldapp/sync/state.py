"""The sync engine's state, for the screens: what waits to be sent, what was delivered, conflicts and
rejections to review, the last contact and the clock."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Conflict, LocalSetting, Operation
from fieldapp.model.history import SyncFile, SyncParked, SyncRejection, made_here
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
    #: how this laptop syncs: "network", "folder" or None (not enrolled, or by USB only)
    route: str | None = None
    folder: str | None = None
    #: when operations last left / arrived, and by which route (network, folder, usb)
    sent_at: str | None = None
    sent_route: str | None = None
    received_at: str | None = None
    received_route: str | None = None

    @property
    def enrolled(self) -> bool:
        return self.route is not None or self.device_name is not None

    @property
    def clock_off_minutes(self) -> int | None:
        """Minutes this computer's clock is ahead (+) or behind (−) the hub's, when more than 5 minutes."""
        if self.clock_offset_ms is None or abs(self.clock_offset_ms) <= client.SUSPECT_MS:
            return None
        return round(-self.clock_offset_ms / 60000)


def pending_count(session: Session) -> int:
    total = 0
    for device_id, _top in session.execute(select(Operation.device_id, func.max(Operation.seq))
                                          .where(made_here()).group_by(Operation.device_id)):
        delivered = int(get_setting(session, client.DELIVERED + device_id) or 0)
        total += session.scalar(select(func.count()).select_from(Operation).where(
            made_here(), Operation.device_id == device_id, Operation.seq > delivered)) or 0
    return total


def sync_state(session: Session) -> SyncState:
    local = session.scalar(select(func.count()).select_from(Operation).where(made_here())) or 0
    pending = pending_count(session)
    offset = get_setting(session, client.CLOCK_OFFSET)
    sent, received = _route_note(session, client.SENT), _route_note(session, client.RECEIVED)
    server, token, folder = (get_setting(session, key) for key in (client.SERVER, client.TOKEN, "sync.folder"))
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
        route="network" if server and token else "folder" if folder else None, folder=folder,
        sent_at=sent.get("at"), sent_route=sent.get("route"),
        received_at=received.get("at"), received_route=received.get("route"),
    )


def _route_note(session: Session, key: str) -> dict[str, Any]:
    try:
        value = json.loads(get_setting(session, key) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


#: what a record's badge says, the strongest first
BADGES = ("rejected", "conflict", "unsent")


def badges(session: Session, table: str, row_ids: Iterable[str]) -> dict[str, str]:
    """The records of ``table`` among ``row_ids`` that need a mark in a list: "rejected" (a change the hub
    refused), "conflict" (an open conflict about it) or "unsent" (a change made here not delivered yet, on a
    laptop enrolled with a head office)."""
    ids = list(dict.fromkeys(row_ids))
    found: dict[str, str] = {}
    if not ids:
        return found
    #: a laptop that syncs with no head office (a demo, a standalone office) has nothing "not sent"
    enrolled = any(get_setting(session, key) for key in (client.TOKEN, "sync.folder", "sync.deployment"))
    delivered = {key.removeprefix(client.DELIVERED): int(value or 0) for key, value in session.execute(
        select(LocalSetting.key, LocalSetting.value).where(LocalSetting.key.startswith(client.DELIVERED)))}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row_id, device_id, seq, state in session.execute(
                select(Operation.row_id, Operation.device_id, Operation.seq, Operation.state).where(
                    Operation.table_name == table, Operation.row_id.in_(chunk), made_here())):
            if state == "rejected":
                found[row_id] = "rejected"
            elif enrolled and seq > delivered.get(device_id, 0) and found.get(row_id) is None:
                found[row_id] = "unsent"
        for (row_id,) in session.execute(select(Conflict.subject_id).where(
                Conflict.subject_table == table, Conflict.subject_id.in_(chunk), Conflict.resolved_at.is_(None))):
            if found.get(row_id) != "rejected":
                found[row_id] = "conflict"
    return found


def conflicts(session: Session, open_only: bool = True) -> list[dict[str, Any]]:
    """The conflicts this laptop holds (the hub's list, as synced): ``fieldapp.sync.conflicts.listing``."""
    from fieldapp.sync.conflicts import listing

    return listing(session, unresolved=open_only)


def rejections(session: Session) -> list[dict[str, Any]]:
    return [{"op_id": r.op_id, "reason": r.reason, "at": r.at.isoformat()}
            for r in session.scalars(select(SyncRejection).order_by(SyncRejection.at))]
