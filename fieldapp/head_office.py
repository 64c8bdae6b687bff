"""Head-office mode: the desktop application as the hub of a foundation without a server — the same hub the
``fieldapp server`` commands run (``fieldapp/server/``), over its data folder: devices with their last contact,
enrolment codes and files, revocation, conflicts across the programme, laptops' bundles taken in and answered,
and a synced folder served. The screens (``fieldapp/ui/pages/head_office.py``) call these functions; laptop code
(``fieldapp/sync``, ``services``, ``ui``) never imports ``fieldapp.server`` itself (``tests/sync/test_layers.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from fieldapp.model import Cycle, Locality
from fieldapp.server import bundles, enrolment
from fieldapp.server.folder import hub_sync_folder
from fieldapp.server.hub import Hub
from fieldapp.server.store import (
    HubConflict,
    HubDevice,
    HubDeviceKeys,
    HubDeviceReport,
    HubEnrolment,
    HubReceived,
    HubStore,
)
from fieldapp.server.store import open_store as _open_store
from fieldapp.sync import bundle as fab
from fieldapp.sync.conflicts import listing
from fieldapp.sync.folder import FolderReport
from fieldapp.validation import Invalid

#: the hub's changes waiting for a laptop are counted up to this many
WAITING_LIMIT = 5000


def open_office(data: Path | str) -> HubStore:
    """The hub's data folder (made on first use, as ``fieldapp server --data DIR`` does)."""
    return _open_store(Path(data))


@dataclass(frozen=True)
class Device:
    id: str | None  # None: a code issued, not used yet
    name: str
    state: str  # enrolled, revoked, waiting (a code not used yet)
    head_office: bool
    settlements: tuple[str, ...]  # names; empty: every settlement
    cycles: tuple[str, ...]
    enrolled_at: dt.datetime | None
    last_contact: dt.datetime | None
    received: int  # changes the hub took in from it
    waiting: int | None  # the hub's changes it had not acknowledged as it last reported (bundles), else None
    open_conflicts: int
    pending: int | None = None  # its own changes not delivered yet, as it said at its last pull (network)
    reported_at: dt.datetime | None = None


def _names(session: Any, model: Any, ids: list[str] | None, attribute: str) -> tuple[str, ...]:
    if not ids:
        return ()
    found = {row.id: getattr(row, attribute) or row.id for row in session.scalars(
        select(model).where(model.id.in_(ids)).execution_options(include_deleted=True))}
    return tuple(str(found.get(i, i)) for i in ids)


def devices(store: HubStore) -> list[Device]:
    """Every device enrolled (newest first), and every code issued but not used yet."""
    hub = Hub(store)
    with store.reading() as s:
        received = Counter(dict(s.execute(select(HubReceived.device, func.count()).group_by(HubReceived.device))
                                .all()))
        open_by_loser = Counter(dict(s.execute(
            select(HubReceived.device, func.count()).join(HubConflict, HubConflict.loser_op == HubReceived.op_id)
            .where(HubConflict.resolved_at.is_(None)).group_by(HubReceived.device)).all()))
        rows = s.scalars(select(HubDevice).order_by(HubDevice.enrolled_at.desc())).all()
        keys = {k.device_id: k for k in s.scalars(select(HubDeviceKeys))}
        reports = {r.device_id: r for r in s.scalars(select(HubDeviceReport))}
        result = []
        for device in rows:
            scopes = device.scopes or {}
            waiting, report = None, reports.get(device.id)
            key = keys.get(device.id)
            if key is not None and key.reported_ms and device.revoked_at is None:
                s.expunge(device)
                waiting = len(hub.pull(device, key.acked_cursor, WAITING_LIMIT,
                                       exclude_device=key.local_device)["ops"])
            result.append(Device(
                device.id, device.name, "revoked" if device.revoked_at else "enrolled", bool(scopes.get("head_office")),
                _names(s, Locality, scopes.get("settlements"), "name_ru"), _names(s, Cycle, scopes.get("cycles"), "name"),
                device.enrolled_at, device.last_seen_at, received.get(device.id, 0), waiting,
                open_by_loser.get(device.id, 0), report.pending if report else None,
                report.reported_at if report else None))
        for code in s.scalars(select(HubEnrolment).where(HubEnrolment.used_at.is_(None))
                              .order_by(HubEnrolment.issued_at.desc())):
            scopes = code.scopes or {}
            result.append(Device(None, code.name, "waiting", bool(scopes.get("head_office")),
                                 _names(s, Locality, scopes.get("settlements"), "name_ru"),
                                 _names(s, Cycle, scopes.get("cycles"), "name"), code.issued_at, None, 0, None, 0))
    return result


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


def scope_choices(store: HubStore) -> tuple[list[Choice], list[Choice]]:
    """The settlements and programme cycles the hub holds (what an enrolment's scope may name)."""
    with store.reading() as s:
        settlements = [Choice(row.id, row.name_ru) for row in s.scalars(
            select(Locality).where(Locality.kind == "settlement").order_by(Locality.name_ru))]
        cycles = [Choice(row.id, row.name or str(row.number)) for row in s.scalars(
            select(Cycle).order_by(Cycle.number))]
    return settlements, cycles


def _scope(settlements: list[str], cycles: list[str]) -> str | None:
    parts = [f"settlement={i}" for i in settlements] + [f"cycle={i}" for i in cycles]
    return ",".join(parts) or None


def _check_name(store: HubStore, name: str) -> str:
    name = name.strip()
    if not name:
        raise Invalid("device.name", "A device needs a name", "name")
    with store.reading() as s:
        taken = s.scalar(select(func.count()).select_from(HubDevice).where(
            HubDevice.name == name, HubDevice.revoked_at.is_(None)))
        taken = (taken or 0) + (s.scalar(select(func.count()).select_from(HubEnrolment).where(
            HubEnrolment.name == name, HubEnrolment.used_at.is_(None))) or 0)
    if taken:
        raise Invalid("device.taken", f"A device named {name} is enrolled already", "name", {"name": name})
    return name


def enrol(store: HubStore, name: str, settlements: list[str], cycles: list[str], head_office: bool = False) -> str:
    """A one-time code for a new device with these scopes (none: everything); shown or printed once."""
    return enrolment.issue_code(store, _check_name(store, name), _scope(settlements, cycles),
                                head_office=head_office)


def enrol_file(store: HubStore, name: str, settlements: list[str], cycles: list[str], path: Path,
               server: str | None = None, head_office: bool = False) -> str:
    """An enrolment file for a laptop that never sees the network (it holds credentials: carry it like a
    password)."""
    return bundles.enrol_by_file(store, _check_name(store, name), _scope(settlements, cycles), Path(path),
                                 server or None, head_office=head_office)


def revoke(store: HubStore, name: str) -> int:
    """A lost laptop: its token stops working at once (and a code not used yet under its name)."""
    count = enrolment.revoke(store, name)
    if not count:
        raise Invalid("device.unknown", f"No enrolled device named {name}", params={"name": name})
    return count


def conflicts(store: HubStore, open_only: bool = True) -> list[dict[str, Any]]:
    """The conflicts the hub found across the programme (as ``fieldapp server conflicts``)."""
    with store.reading() as s:
        return listing(s, unresolved=open_only)


def preview_laptop_bundle(store: HubStore, path: Path) -> fab.Preview:
    """A laptop's bundle checked whole, nothing written: the sender's name, the signature, what it brings."""

    def contents(where: Path) -> fab.Contents:
        checked = bundles.check_laptop_bundle(store, where)
        tables = Counter(op.table_name for op in checked.ops if op.op_id not in checked.known)
        return fab.Contents(checked.device.name, dict(tables), len(checked.known), 0, len(checked.files))

    return fab.preview(path, contents)


@dataclass(frozen=True)
class Imported:
    device: str
    results: dict[str, int]  # accepted, rejected, conflict, parked
    new: int
    files: int
    reply: Path


def import_laptop_bundle(store: HubStore, path: Path, reply: Path | None = None) -> Imported:
    """Take in a laptop's bundle (checked whole first) and write its acknowledgement beside it (or at
    ``reply``): the push results and everything the laptop has not had yet."""
    done = bundles.import_bundle(store, Path(path), reply)
    assert done.reply is not None
    return Imported(done.device, dict(done.results), done.new, done.files, done.reply)


def export_for(store: HubStore, name: str, path: Path) -> Path:
    """Everything the laptop named ``name`` has not acknowledged, as a bundle for it."""
    return bundles.export_bundle(store, name, Path(path))


def serve_folder(store: HubStore, folder: Path) -> FolderReport:
    """One round of the hub's side of a synced folder: every laptop's bundle taken in, each answered."""
    return hub_sync_folder(store, Path(folder))
