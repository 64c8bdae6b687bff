"""Sync through a folder shared by a cloud client (OneDrive, Google Drive, Yandex Disk, Nextcloud) or a
network share, with no server running:

    FOLDER/to-hub/<device id>.fab     each laptop's outgoing bundle (the laptop replaces it)
    FOLDER/from-hub/<device id>.fab   the hub's reply to each laptop (the hub replaces it)

This module is the laptop's side and what both sides share (the layout, reading the folder); the hub's side
is ``fieldapp/server/folder.py``. Files are recognised by content, not by name: every ``*.fab`` in the folder
is read (a cloud client's "x (1).fab", "x (conflicted copy 2026-11-26).fab" or "x-DESKTOP-ABC.fab" is just
another copy; copies of one bundle are taken in once, older bundles before newer). Hidden and temporary names are ignored (writers use a
hidden temporary name, then rename). A bundle that fails its checks — still being written or uploaded, or
damaged — is left where it is for the next run and reported; it never stops the run. Nothing is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldapp.db import Database
from fieldapp.sync import bundle as fab
from fieldapp.sync import client
from fieldapp.sync.bundle import BundleError

TO_HUB, FROM_HUB = "to-hub", "from-hub"


@dataclass
class FolderReport:
    lines: list[str] = field(default_factory=list)
    taken: int = 0
    left: int = 0
    written: int = 0
    #: operations in the bundle written for the hub (all it has not acknowledged yet)
    sent: int = 0
    #: operations applied from the hub's bundles
    received: int = 0


def _boxes(folder: Path) -> tuple[Path, Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise BundleError(f"no such folder: {folder}")
    to_hub, from_hub = folder / TO_HUB, folder / FROM_HUB
    to_hub.mkdir(exist_ok=True)
    from_hub.mkdir(exist_ok=True)
    return to_hub, from_hub


def _candidates(box: Path, recipient: str | None = None) -> list[tuple[Path, dict[str, Any] | None]]:
    """Every bundle-named file, oldest bundle first by what its manifest says (unreadable ones last)."""
    found = []
    for path in box.iterdir():
        if path.name.startswith((".", "~")) or path.suffix != fab.SUFFIX or not path.is_file():
            continue
        manifest = fab.peek(path)
        if manifest is not None and recipient is not None and manifest["recipient"] != recipient:
            continue  # another laptop's
        found.append((path, manifest))
    return sorted(found, key=lambda item: (item[1] is None, (item[1] or {}).get("created_ms", 0), item[0].name))


def _unchanged(path: Path, members: dict[str, bytes], fields: dict[str, Any]) -> bool:
    """The bundle already there holds the same (so a cloud client is not made to upload it again)."""
    existing = fab.peek(path, whole=True)
    if existing is None:
        return False
    same_members = {name: entry["sha256"] for name, entry in existing["members"].items()} == {
        name: fab.sha256(data) for name, data in members.items()}
    return same_members and all(existing.get(key) == value for key, value in fields.items())


def laptop_sync_folder(db: Database, folder: Path) -> FolderReport:
    """Import what the hub left for this laptop, then write its outgoing bundle."""
    from fieldapp.sync import bundle_client

    to_hub, from_hub = _boxes(folder)
    with db.reading() as s:
        me = bundle_client._identity(s)
    report = FolderReport()
    seen: set[str] = set()
    acknowledged = 0
    for path, manifest in _candidates(from_hub, me.device):
        if manifest is not None and manifest["id"] in seen:
            continue
        try:
            done = bundle_client.take_in(db, path)
        except BundleError as exc:
            report.left += 1
            report.lines.append(f"{path.name}: left for the next run ({exc})")
            continue
        seen.add((manifest or {}).get("id", path.name))
        report.taken += 1
        report.received += done.report.received
        acknowledged += done.acknowledged
        if done.gap:
            report.lines.append(f"note: {done.gap}")
        report.lines.append(f"{path.name}: {done.line()}")
    me, members, fields = bundle_client.outgoing(db)
    target = to_hub / f"{me.device}{fab.SUFFIX}"
    if _unchanged(target, members, {"cursor": fields["cursor"]}):
        report.lines.append("nothing new for the hub")
    else:
        bundle_client.seal(target, me, members, fields)
        report.written += 1
        count = members[fab.OPERATIONS].count(b"\n")
        report.sent = count
        report.lines.append(f"wrote {TO_HUB}/{target.name}: {count} operations, {len(fields['files'])} files")
    if (report.written and report.sent) or report.received or acknowledged:  # a settled folder changes nothing
        with db.transaction() as s:
            if report.written and report.sent:
                client.note_route(s, "sent", "folder")
            if report.received or acknowledged:
                client.note_route(s, "received", "folder")
    from fieldapp.exports.scheduled import after_sync

    report.lines.extend(after_sync(db))  # a scheduled export after each sync, when set
    return report
