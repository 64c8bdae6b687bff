"""The laptop's side of bundles: its keys, enrolment from a file, its outgoing bundle (everything the hub has
not acknowledged, and how far it has received) and the import of the hub's reply — the push results recorded
as an HTTP push answer would be, the operations applied page by page with their cursor, as a pull would."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fieldapp.db import Database
from fieldapp.db.history import check_identity, schema_version
from fieldapp.gc_pause import gc_paused
from fieldapp.model.base import utcnow
from fieldapp.model.history import SyncFile
from fieldapp.sync import bundle as fab
from fieldapp.sync import client
from fieldapp.sync import files as sync_files
from fieldapp.sync.apply import by_ids, get_setting, remote_session, set_setting, unpark
from fieldapp.sync.bundle import BundleError
from fieldapp.sync.wire import MalformedOperation, ServedOp

DEPLOYMENT, DEVICE, KEYS, HUB_KEYS = "sync.deployment", "sync.device", "sync.keys", "sync.hub_keys"
#: at most this many operations and this many bytes of files in one bundle; the rest goes in the next
EXPORT_OPS = 250_000
EXPORT_FILE_BYTES = 256 * 1024 * 1024
#: operations applied (with their cursor) per local transaction, as pull pages are
APPLY_PAGE = 5000
RESULTS = {"accepted", "rejected", "conflict", "parked", "clash"}  # clash: numbered anew on import (renumber)


@dataclass(frozen=True)
class Identity:
    deployment: str
    device: str  # this laptop's id at the hub
    keys: fab.KeyPair
    hub_sign: str
    hub_box: str


def _identity(session: Session) -> Identity:
    deployment, device = get_setting(session, DEPLOYMENT), get_setting(session, DEVICE)
    keys, hub_keys = get_setting(session, KEYS), get_setting(session, HUB_KEYS)
    if not (deployment and device and keys and hub_keys):
        raise BundleError("this database is not enrolled for bundles: enrol it with 'fieldapp enroll --file' "
                          "(or again with a new code)", "bundle.not_enrolled")
    private, public = json.loads(keys), json.loads(hub_keys)
    return Identity(deployment, device, fab.KeyPair.from_text(private["sign_private"], private["box_private"]),
                    public["sign_public"], public["box_public"])


def enrolled_for_bundles(session: Session) -> bool:
    """Whether this laptop can write and read bundles (what ``identity_of`` refuses as ``bundle.not_enrolled``)."""
    try:
        _identity(session)
    except BundleError:
        return False
    return True


def identity_of(db: Database) -> Identity:
    """This laptop's identity for bundles (BundleError when it is not enrolled for them)."""
    with db.reading() as s:
        return _identity(s)


def public_keys(db: Database) -> dict[str, str]:
    """This laptop's public keys (made once), for enrolment over HTTP."""
    with db.transaction() as s:
        stored = get_setting(s, KEYS)
        if stored is None:
            keys = fab.KeyPair.generate()
            set_setting(s, KEYS, json.dumps(keys.private()))
        else:
            private = json.loads(stored)
            keys = fab.KeyPair.from_text(private["sign_private"], private["box_private"])
    return keys.public()


def remember_hub(session: Session, answer: dict[str, Any]) -> None:
    """The deployment and the hub's keys from an enrolment answer (HTTP or file), if it has them."""
    if not answer.get("deployment") or not answer.get("device"):
        return
    if get_setting(session, DEPLOYMENT) not in (None, answer["deployment"]):
        set_setting(session, client.CURSOR, "0")  # another deployment's hub: receive everything again
    set_setting(session, DEPLOYMENT, answer["deployment"])
    set_setting(session, DEVICE, answer["device"])
    set_setting(session, HUB_KEYS, json.dumps({"sign_public": answer["hub_sign_public"],
                                               "box_public": answer["hub_box_public"]}))


def enroll_from_file(db: Database, path: Path) -> dict[str, Any]:
    """Enrol from the head office's enrolment file (checked whole before anything is saved)."""
    content = read_enrolment_file(path)
    keys = fab.KeyPair.from_text(content["sign_private"], content["box_private"])
    with db.transaction() as s:
        remember_hub(s, content)
        set_setting(s, KEYS, json.dumps(keys.private()))
        set_setting(s, client.TOKEN, content["token"])
        set_setting(s, client.NAME, content["name"])
        if content.get("server"):
            set_setting(s, client.SERVER, content["server"])
    return content


def read_enrolment_file(path: Path) -> dict[str, Any]:
    """The head office's enrolment file, checked whole (nothing is saved): BundleError when it is not one."""
    try:
        if Path(path).stat().st_size > 1 << 20:
            raise BundleError(f"{path} is too large for an enrolment file")
        content = json.loads(Path(path).read_bytes())
        if not isinstance(content, dict) or content.get("format") != "fieldapp-enrolment":
            raise BundleError(f"{path} is not a FieldApp enrolment file")
        fab.KeyPair.from_text(content["sign_private"], content["box_private"])
        for name in ("deployment", "device", "name", "token"):
            if not isinstance(content[name], str):
                raise BundleError(f"the enrolment file's {name!r} is not text")
        fab.unb64(content["hub_sign_public"], 32)
        fab.unb64(content["hub_box_public"], 32)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BundleError(f"{path} is not a readable enrolment file ({type(exc).__name__})") from exc
    return content


@dataclass
class LaptopExport:
    path: Path
    ops: int
    files: int
    manifest: dict[str, Any]


def export_bundle(db: Database, path: Path, *, note: bool = True) -> LaptopExport:
    """This laptop's bundle for the hub: the operations it has not acknowledged (oldest first, whole
    actions), the files waiting to be sent, and how far it has received (its acknowledgement)."""
    path = fab.bundle_path(path)
    me, members, fields = outgoing(db)
    manifest = seal(path, me, members, fields)
    count = members[fab.OPERATIONS].count(b"\n")
    if note and count:  # operations left by USB / e-mail (an acknowledgement alone is not "sent")
        with db.transaction() as s:
            client.note_route(s, "sent", "usb")
    return LaptopExport(Path(path), count, len(fields["files"]), manifest)


def seal(path: Path, me: Identity, members: dict[str, bytes], fields: dict[str, Any]) -> dict[str, Any]:
    """Write a laptop's bundle for the hub; returns its manifest."""
    return fab.write_bundle(path, kind="laptop", deployment=me.deployment, sender=me.device, recipient=fab.HUB,
                            schema_version=schema_version(), keys=me.keys, recipient_box=me.hub_box,
                            members=members, fields=fields)


@gc_paused
def outgoing(db: Database) -> tuple[Identity, dict[str, bytes], dict[str, Any]]:
    """What this laptop's next bundle holds: its members and manifest fields."""
    with db.transaction() as s:
        check_identity(s)
    with db.reading() as s:
        me = _identity(s)
        cursor = int(get_setting(s, client.CURSOR) or 0)
    # each operation's line as SQLite writes it, the changes as the stored JSON text (never decoded and encoded
    # again); what waits under each device id this file made operations under (a copy, a renumbering), oldest
    # first: each call gives one device id's next operations in order
    devices = client._local_devices(db)
    lines: list[bytes] = []
    taken: dict[str, int] = {}
    ranges: dict[str, list[int]] = {}
    while len(lines) < EXPORT_OPS:
        more = client._pending(db, EXPORT_OPS - len(lines), lines=True, devices=devices, sent=taken)
        if not more:
            break
        lines.extend(op.line for op in more)
        first, last = more[0], more[-1]
        taken[last.device_id] = last.seq
        ranges.setdefault(last.device_id, [first.seq, last.seq])[1] = last.seq
        del more
    sync_files.queue_attachments(db)
    with db.reading() as s:
        waiting = s.scalars(select(SyncFile).where(SyncFile.sent_at.is_(None)).order_by(SyncFile.path)).all()
    members: dict[str, bytes] = {fab.OPERATIONS: b"".join(lines)}
    del lines
    variants: dict[str, str] = {}
    total = 0
    for item in waiting:
        copy = sync_files.transfer_copy(db, item)
        data = copy.read_bytes()
        if variants and total + len(data) > EXPORT_FILE_BYTES:
            break
        members[f"files/{item.sha256}"] = data
        variants[item.sha256] = "original" if copy == Path(item.path) else "transfer"
        total += len(data)
    return me, members, {"cursor": cursor, "local_device": db.device().device_id, "ops": ranges,
                         "files": variants}


@dataclass
class LaptopImport:
    report: client.SyncReport
    acknowledged: int = 0
    files: int = 0
    gap: str | None = None
    already: int = 0
    tables: set[str] = field(default_factory=set)
    ack: Path | None = None
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"acknowledged {self.acknowledged}, received {self.report.received}, "
                f"conflicts {self.report.conflicts}, rejected {self.report.rejected}")


@dataclass
class _Checked:
    me: Identity
    bundle: fab.Bundle
    ops: list[ServedOp]
    answered: list[tuple[Any, dict[str, Any]]]
    new_ops: int
    cursor: int
    known: set[str] = field(default_factory=set)


@gc_paused
def check_hub_bundle(db: Database, path: Path) -> _Checked:
    """Every check of the hub's bundle, against this database, nothing written."""
    with db.reading() as s:
        me = _identity(s)
        cursor = int(get_setting(s, client.CURSOR) or 0)
    bundle = fab.read_bundle(path, deployment=me.deployment, me=me.device, box=me.keys.box,
                             sender_key=lambda sender: me.hub_sign if sender == fab.HUB else None)
    manifest = bundle.manifest
    if manifest["kind"] != "hub":
        raise BundleError("this bundle is for the hub, not for a laptop: import it with "
                          "'fieldapp server import-bundle'", "bundle.kind")
    for name in ("after", "cursor"):
        fab._number(manifest.get(name), name)
    received = manifest.get("files_received")
    if (manifest["after"] > manifest["cursor"] or set(bundle.members) != {fab.OPERATIONS, fab.RESULTS}
            or not isinstance(received, list) or not all(isinstance(sha, str) for sha in received)):
        raise BundleError("the hub's bundle is malformed (its range, its members or its files)")
    results = bundle.lines(fab.RESULTS)
    try:
        ops = bundle.operations(fab.OPERATIONS, served=True)
    except MalformedOperation as exc:
        raise BundleError(f"in the bundle, {exc}") from exc
    if any(op.server_seq is None for op in ops):  # pydantic let through whole numbers ≥ 0, or none
        fab._number(None, "server_seq")
    for result in results:
        if not isinstance(result.get("op_id"), str) or result.get("result") not in RESULTS:
            raise BundleError("a push result in the bundle is malformed")
    with db.reading() as s:
        mine = {op.op_id: op for op in _operations(s, [r["op_id"] for r in results])}
        if len(mine) != len({r["op_id"] for r in results}):
            raise BundleError("the bundle answers operations this database does not have (another laptop's?)")
        delivered = {device: int(get_setting(s, client.DELIVERED + device) or 0)
                     for device in {op.device_id for op in mine.values()}}
        known = {op_id for op_id, in by_ids(s, "SELECT op_id FROM operation WHERE op_id IN ({})",
                                            [op.op_id for op in ops])}
    answered = [(mine[r["op_id"]], r) for r in results
                if mine[r["op_id"]].seq > delivered[mine[r["op_id"]].device_id]]
    return _Checked(me, bundle, ops, answered, sum(op.op_id not in known for op in ops), cursor, known)


def preview_hub_bundle(db: Database, path: Path) -> fab.Preview:
    """The hub's bundle checked whole against this database, nothing written: sender, signature, the new
    operations by table, those already here, and how many of this laptop's changes it acknowledges."""

    def contents(where: Path) -> fab.Contents:
        checked = check_hub_bundle(db, where)
        tables = Counter(op.table_name for op in checked.ops if op.op_id not in checked.known)
        return fab.Contents(None, dict(tables), len(checked.ops) - checked.new_ops, len(checked.answered))

    return fab.preview(path, contents)


def _operations(session: Session, op_ids: list[str]) -> list[Any]:
    """This laptop's own operations among ``op_ids`` (a push answer can only be about those), as rows with what
    recording an answer needs (``client._record_results``), not ORM objects (a reply answers up to 250,000)."""
    return list(by_ids(session, "SELECT op_id, device_id, seq, table_name, row_id, hlc, rank FROM operation "
                                "WHERE origin = 'local' AND op_id IN ({})", op_ids))


def import_bundle(db: Database, path: Path, ack: Path | None = None) -> LaptopImport:
    """Import the hub's bundle (checked whole first), then write this laptop's acknowledgement."""
    ack = fab.ack_for(path, ack)
    result = take_in(db, Path(path))
    if result.acknowledged or result.report.received:  # the same bundle again changes nothing
        with db.transaction() as s:
            client.note_route(s, "received", "usb")
    result.ack = export_bundle(db, ack, note=False).path
    return result


@gc_paused
def take_in(db: Database, path: Path) -> LaptopImport:
    """The hub's bundle checked whole, then its results recorded and its operations applied."""
    checked = check_hub_bundle(db, Path(path))
    manifest = checked.bundle.manifest
    result = LaptopImport(client.SyncReport(), already=len(checked.ops) - checked.new_ops,
                          tables={op.table_name for op in checked.ops} | {"conflict"})
    if checked.answered:  # what an HTTP push answer records: results, conflicts, the delivered mark
        client._record_results(db, [op for op, _r in checked.answered], [r for _op, r in checked.answered],
                               result.report)
        result.acknowledged = len(checked.answered)
    if manifest["files_received"]:
        with db.transaction() as s:
            result.files = s.execute(update(SyncFile).where(
                SyncFile.sha256.in_(manifest["files_received"]), SyncFile.sent_at.is_(None)).values(
                sent_at=utcnow())).rowcount or 0  # type: ignore[attr-defined]
    contiguous = manifest["after"] <= checked.cursor
    if not contiguous:
        result.gap = (f"gap: this bundle continues from the hub's operation {manifest['after']}, this laptop has "
                      f"received up to {checked.cursor}; the missing ones come with the hub's next bundle")
    if checked.new_ops or (contiguous and manifest["cursor"] > checked.cursor):
        ops = checked.ops
        for start in range(0, max(len(ops), 1), APPLY_PAGE):  # each page with its cursor, as a pull
            page = ops[start:start + APPLY_PAGE]
            last = start + APPLY_PAGE >= len(ops)
            reached = manifest["cursor"] if last else (page[-1].server_seq or 0)
            cursor = max(checked.cursor, reached) if contiguous else checked.cursor
            client.apply_page(db, {"ops": page, "cursor": cursor}, result.report)
        with remote_session(db) as s:
            unpark(s)
    return result
