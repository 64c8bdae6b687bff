"""Sync on its own: what the application's background engine runs (no Qt here; ``fieldapp/ui/sync_engine.py``
decides when, on a thread of its own).

A round goes by the laptop's route: over the network when it is enrolled with a hub's address, through a
synced folder when one is set (``sync.folder``). ``reachable`` is the cheap check of the hub (``GET /hub``)
made before a round when the laptop was offline; ``Backoff`` spaces the attempts while it stays unreachable,
never more than ``Backoff.LONGEST`` apart, so a hub coming back is found within a minute.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldapp.db import Database
from fieldapp.problems import Invalid
from fieldapp.sync import client
from fieldapp.sync.apply import get_setting
from fieldapp.sync.backoff import Backoff as Backoff

#: a synced folder (OneDrive, Yandex Disk, a network share) this laptop syncs through instead of a hub's address
FOLDER = "sync.folder"
#: a round in the background gives up sooner than the command line (the next attempt comes soon anyway)
BACKGROUND_GIVE_UP = 12.0
#: pages applied by a background round are small, so a check-in's write never waits long behind one
BACKGROUND_PAGE = 200


@dataclass
class RoundResult:
    route: str
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    rejected: int = 0
    notes: list[str] = field(default_factory=list)


def route(db: Database) -> str | None:
    """How this laptop syncs: "network", "folder", or None (not enrolled, or enrolled only for USB)."""
    with db.reading() as s:
        if get_setting(s, client.SERVER) and get_setting(s, client.TOKEN):
            return "network"
        if get_setting(s, FOLDER):
            return "folder"
    return None


def set_folder(db: Database, folder: Path | None) -> None:
    """Sync through this folder from now on (None: stop). Refused when it is not a folder one can write in,
    or the laptop holds no enrolment for bundles (an enrolment file from the head office gives one)."""
    from fieldapp.sync.bundle_client import identity_of

    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            raise Invalid("sync.folder_missing", f"no such folder: {folder}", "folder", {"folder": str(folder)})
        try:
            identity_of(db)
        except Exception as exc:  # noqa: BLE001 - the bundle layer's own error: this laptop has no keys
            raise Invalid("sync.folder_not_enrolled", "enrol this laptop with an enrolment file first",
                          "folder") from exc
    db.set_setting(FOLDER, str(folder) if folder is not None else None)


def reachable(db: Database, transport: httpx.BaseTransport | None = None) -> bool:
    """Can a round start now: the hub answers at its address, or the synced folder is there."""
    with db.reading() as s:
        server, folder = get_setting(s, client.SERVER), get_setting(s, FOLDER)
        pem = get_setting(s, client.TRUSTED_CERT)
        token = get_setting(s, client.TOKEN)
    if server and token:
        try:
            with httpx.Client(base_url=server, timeout=httpx.Timeout(5.0, connect=3.0), transport=transport,
                              verify=client.trust(pem)) as http:
                return http.get("/hub").status_code < 500  # answers (a hub older than GET /hub says 404)
        except httpx.HTTPError:
            return False
    return folder is not None and Path(folder).is_dir()


def run_round(db: Database, stop: Callable[[], bool] | None = None,
              progress: client.Progress | None = None, transport: httpx.BaseTransport | None = None) -> RoundResult:
    """One round by the laptop's route. Raises ``client.SyncError`` (with its code), ``client.Stopped``, or
    ``Invalid("sync.not_enrolled")``."""
    way = route(db)
    if way == "network":
        report = client.sync(db, give_up_after=BACKGROUND_GIVE_UP, transport=transport, stop=stop,
                             progress=progress, page=BACKGROUND_PAGE)
        return RoundResult("network", report.sent, report.received, report.conflicts, report.rejected,
                           report.notes)
    if way == "folder":
        from fieldapp.sync.bundle import BundleError
        from fieldapp.sync.folder import laptop_sync_folder

        with db.reading() as s:
            folder = Path(get_setting(s, FOLDER) or "")
        if progress is not None:
            progress("folder", 0)
        try:
            done = laptop_sync_folder(db, folder)
        except BundleError as exc:
            raise client.SyncError(str(exc), "sync.folder_failed") from exc
        return RoundResult("folder", done.sent, done.received, notes=done.lines)
    raise Invalid("sync.not_enrolled", "this laptop is not enrolled with the head office")


def change_mark(session: Session) -> int:
    """A number that grows whenever a change is recorded in this database, by this program or another process
    on the same file (``fieldapp import people`` while the application is open): the newest operation's row."""
    return int(session.execute(text("SELECT max(rowid) FROM operation")).scalar() or 0)


def folder_signature(session: Session) -> tuple[tuple[str, int, int], ...] | None:
    """What the head office has left in the synced folder for laptops (names, sizes, times), to notice a new
    reply between rounds; None when this laptop syncs through no folder or the folder cannot be read."""
    folder = get_setting(session, FOLDER)
    if not folder:
        return None
    from fieldapp.sync.folder import FROM_HUB

    try:
        return tuple(sorted((entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
                            for entry in (Path(folder) / FROM_HUB).iterdir() if entry.is_file()))
    except OSError:
        return None


def all_tables() -> frozenset[str]:
    """Every table of the laptop's database (what a round or another process may have written)."""
    from fieldapp.model import Base

    return frozenset(Base.metadata.tables)


def now() -> float:
    return time.monotonic()


def describe_error(exc: BaseException) -> dict[str, Any]:
    """A failed round for the screens: its code and the English line (for the log and a tooltip)."""
    code = getattr(exc, "code", None) or "sync.failed"
    return {"code": code, "message": str(exc)}
