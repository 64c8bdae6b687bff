"""The hub's side of bundles: the deployment's identity and keys, enrolment by file, a laptop's bundle taken
in through :meth:`Hub.push` and answered with a reply bundle (its push results and everything the laptop has
not acknowledged, from :meth:`Hub.pull`), and backups of the head-office keys and device records."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, cast

import orjson
from sqlalchemy import DateTime, select, update
from sqlalchemy.orm import Session

from fieldapp.db.history import schema_version
from fieldapp.gc_pause import gc_paused
from fieldapp.model.base import utcnow
from fieldapp.server import enrolment
from fieldapp.server.hub import Hub, ReusedOpId
from fieldapp.server.store import (
    HubBase,
    HubDevice,
    HubDeviceKeys,
    HubEnrolment,
    HubFile,
    HubIdentity,
    HubReceived,
    HubStore,
)
from fieldapp.sync import bundle as fab
from fieldapp.sync.bundle import BundleError
from fieldapp.sync.merge import IDS
from fieldapp.sync.wire import SERVED_FIELDS, MalformedOperation, WireOp, digest, wire_text

ENROLMENT_FORMAT, BACKUP_FORMAT = "fieldapp-enrolment", "fieldapp-hub-keys"
#: operations per Hub.push call (whole actions are never split; below the HTTP front's limit)
PUSH_BATCH = 2000
SHA256 = re.compile(r"[0-9a-f]{64}")
PULL_PAGE = 5000


@dataclass(frozen=True)
class Identity:
    deployment: str
    keys: fab.KeyPair


def identity(store: HubStore, create: bool = True) -> Identity:
    """The deployment's id and keys, made the first time they are needed (``create``)."""
    with store.reading() as s:
        row = s.get(HubIdentity, 1)
        if row is not None:
            return Identity(row.deployment, fab.KeyPair.from_text(row.sign_private, row.box_private))
    if not create:
        raise BundleError("this hub has no deployment keys yet, so no bundle can be for it "
                          "(a new data folder? restore the keys with 'fieldapp server restore')")
    with store.writing() as s:
        row = s.get(HubIdentity, 1)
        if row is None:
            row = HubIdentity(id=1, deployment=str(uuid.uuid4()), created_at=utcnow(),
                              **fab.KeyPair.generate().private())
            s.add(row)
        return Identity(row.deployment, fab.KeyPair.from_text(row.sign_private, row.box_private))


def hub_public(store: HubStore) -> dict[str, str]:
    """What a laptop needs to know of the head office: the deployment and its public keys."""
    me = identity(store)
    public = me.keys.public()
    return {"deployment": me.deployment, "hub_sign_public": public["sign_public"],
            "hub_box_public": public["box_public"]}


def check_keys(public: dict[str, Any]) -> tuple[bytes, bytes]:
    """A device's two public keys, 32 bytes each in base64; BundleError otherwise."""
    return fab.unb64(public.get("sign_public"), 32), fab.unb64(public.get("box_public"), 32)


def register_keys(store: HubStore, device_id: str, public: dict[str, Any]) -> None:
    """A device's public keys (given at enrolment); a device enrolled without them cannot use bundles."""
    sign, box = check_keys(public)
    with store.writing() as s:
        row = s.get(HubDeviceKeys, device_id) or HubDeviceKeys(device_id=device_id, acked_cursor=0, reported_ms=0)
        row.sign_public, row.box_public = fab.b64(sign), fab.b64(box)
        s.add(row)


def enrol_by_file(store: HubStore, name: str, scope: str | None, path: Path, server: str | None = None, *,
                  head_office: bool = False) -> str:
    """A new device with its keys, written to an enrolment file for a laptop that never sees the network."""
    token, device = enrolment.redeem(store, enrolment.issue_code(store, name, scope, head_office=head_office))
    keys = fab.KeyPair.generate()
    register_keys(store, device.id, keys.public())
    content = {"format": ENROLMENT_FORMAT, "version": 1, **hub_public(store), "hub_device": store.hub_device_id(),
               "server": server, "device": device.id, "name": device.name, "scopes": device.scopes,
               "token": token, **keys.private()}
    try:
        _write_private(path, content)
    except BundleError:
        with store.writing() as s:  # nobody can hold this device's credentials: it is of no use
            s.execute(update(HubDevice).where(HubDevice.id == device.id).values(revoked_at=utcnow()))
        raise
    return device.id


def _write_private(path: Path, content: dict[str, Any]) -> None:
    data = json.dumps(content, ensure_ascii=False, indent=1, default=str).encode()

    def write(fh: Any) -> None:
        os.chmod(fh.name, 0o600)
        fh.write(data)

    fab.write_atomically(path, write)


def _device(store: HubStore, device_id: str | None = None, name: str | None = None) -> HubDevice:
    with store.reading() as s:
        query = select(HubDevice).where(HubDevice.revoked_at.is_(None))
        query = query.where(HubDevice.id == device_id) if device_id else query.where(HubDevice.name == name)
        device = s.scalars(query.order_by(HubDevice.enrolled_at.desc())).first()
        if device is None:
            raise BundleError(f"no enrolled device {device_id or name!r} (unknown or revoked)")
        s.expunge(device)
        return device


def _sender_key(store: HubStore, sender: str) -> str | None:
    with store.reading() as s:
        device, keys = s.get(HubDevice, sender), s.get(HubDeviceKeys, sender)
        if device is None or device.revoked_at is not None or keys is None:
            return None
        return keys.sign_public


@dataclass
class HubImport:
    device: str
    results: Counter[str] = field(default_factory=Counter)
    new: int = 0
    files: int = 0
    reply: Path | None = None
    record: HubDevice | None = None
    bundle_id: str | None = None
    answered: list[dict[str, Any]] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)
    #: per device id, the last of the bundle's operations the hub holds from this laptop (none of a clash on)
    delivered: dict[str, int] = field(default_factory=dict)
    #: the device ids under which the bundle's operations clashed with another laptop's (a file copied by an
    #: older FieldApp): that laptop's operations under them are not this one's, and the reply carries them
    clashed: set[str] = field(default_factory=set)

    def line(self) -> str:
        counts = ", ".join(f"{name} {count}" for name, count in sorted(self.results.items()))
        if not counts:
            return f"from {self.device}: no operations, files {self.files}"
        news = f"{self.new} new" if self.new or self.files else "already imported: nothing new"
        return f"from {self.device}: {counts} ({news}, files {self.files})"


@dataclass
class _Checked:
    bundle: fab.Bundle
    device: HubDevice
    ops: list[WireOp]
    files: dict[str, bytes]
    known: set[str]


@gc_paused
def check_laptop_bundle(store: HubStore, path: Path) -> _Checked:
    """Every check of a laptop's bundle, nothing written."""
    me = identity(store, create=False)
    bundle = fab.read_bundle(path, deployment=me.deployment, me=fab.HUB, box=me.keys.box,
                             sender_key=lambda sender: _sender_key(store, sender))
    manifest = bundle.manifest
    if manifest["kind"] != "laptop":
        raise BundleError("this bundle is for a laptop, not for the hub: import it with 'fieldapp bundle import'",
                          "bundle.kind")
    fab._number(manifest.get("cursor"), "cursor")
    local_device = manifest.get("local_device")
    if not isinstance(local_device, str) or not 0 < len(local_device) <= 36:
        raise BundleError("the manifest does not say which device id the laptop's operations carry")
    try:
        ops = bundle.operations(fab.OPERATIONS)
    except MalformedOperation as exc:
        raise BundleError(f"in the bundle, {exc}") from exc
    newest = manifest["schema_version"]
    if max(map(attrgetter("schema_version"), ops), default=newest) > newest:  # which one, only when one does
        number = next(number for number, op in enumerate(ops, 1) if op.schema_version > newest)
        raise BundleError(f"operation {number} claims a newer schema than its bundle")
    by_id = {op.op_id: op for op in ops}
    if len(by_id) != len(ops):
        raise BundleError("the same operation twice in one bundle")
    ids = list(by_id)
    variants = manifest.get("files") or {}
    if not isinstance(variants, dict):
        raise BundleError("the manifest's list of files is malformed")
    files = {}
    for name, data in bundle.members.items():
        if name.startswith("files/"):
            sha256 = name.removeprefix("files/")
            if not SHA256.fullmatch(sha256) or variants.get(sha256) not in ("original", "transfer") or (
                    variants[sha256] == "original" and fab.sha256(data) != sha256):
                raise BundleError(f"{name} is not the file its name says")
            files[sha256] = data
        elif name != fab.OPERATIONS:
            raise BundleError(f"a laptop's bundle does not hold {name}")
    known: set[str] = set()
    with store.reading() as s:
        for op_id, earlier in _received(s, ids):
            if earlier != digest(by_id[op_id]):
                raise BundleError(f"operation {op_id} was already received with other content")
            known.add(op_id)
    return _Checked(bundle, _device(store, manifest["sender"]), ops, files, known)


def _received(session: Session, ids: list[str]) -> Iterator[Any]:
    """(op id, digest) of those of ``ids`` the hub already received: one statement, the ids one parameter
    (``db.id_lists``: SQLite's JSON text, PostgreSQL's)."""
    yield from session.execute(select(HubReceived.op_id, HubReceived.digest).where(HubReceived.op_id.in_(IDS)),
                               {"ids": ids})


def _batches(ops: list[WireOp], size: int = PUSH_BATCH) -> list[list[WireOp]]:
    """Consecutive batches of ``size`` that never split an action (the operations of one transaction): a batch
    goes on past ``size`` while its last operation's action does (slices, not an append per operation)."""
    batches: list[list[WireOp]] = []
    start, count = 0, len(ops)
    while start < count:
        end = min(start + size, count)
        while end < count and ops[end].tx_id and ops[end].tx_id == ops[end - 1].tx_id:
            end += 1
        batches.append(ops[start:end])
        start = end
    return batches


def _write(data: bytes, handle: Any) -> None:
    handle.write(data)


def import_bundle(store: HubStore, path: Path, ack: Path | None = None, hub: Hub | None = None) -> HubImport:
    """Take in a laptop's bundle (checked whole first) and write its acknowledgement: the push results and
    everything the laptop has not acknowledged. Importing it again changes nothing and answers the same."""
    ack = fab.ack_for(path, ack)
    report = take_in(store, Path(path), hub)
    assert report.record is not None
    report.reply = write_reply(store, report.record, ack, report.answered, report.stored, answers=report.bundle_id,
                               delivered=report.delivered, clashed=report.clashed)
    return report


@gc_paused
def take_in(store: HubStore, path: Path, hub: Hub | None = None) -> HubImport:
    """A laptop's bundle checked whole, then pushed through the hub in batches of whole actions (each its own
    transaction, idempotent: an interrupted import imported again completes it)."""
    checked = check_laptop_bundle(store, Path(path))
    manifest, device = checked.bundle.manifest, checked.device
    hub = hub or Hub(store)
    report = HubImport(device.name, new=len(checked.ops) - len(checked.known), record=device,
                       bundle_id=manifest["id"], stored=sorted(checked.files))
    report.files = _store_files(store, checked.files, manifest.get("files") or {})
    results: list[dict[str, Any]] = []
    try:
        for batch in _batches(checked.ops):
            results.extend(hub.push(device, batch))
    except (ReusedOpId, MalformedOperation) as exc:  # only if another import raced this one
        raise BundleError(f"the hub refused the bundle: {exc}") from exc
    report.results.update(map(itemgetter("result"), results))
    with store.writing() as s:
        keys = s.get(HubDeviceKeys, device.id)
        assert keys is not None
        keys.local_device = manifest["local_device"]
        if manifest["created_ms"] > keys.reported_ms:  # an older bundle arriving late does not go back
            keys.acked_cursor, keys.reported_ms = manifest["cursor"], manifest["created_ms"]
            record = s.get(HubDevice, device.id)
            if record is not None:  # its last contact: a newer bundle (the same one twice changes nothing)
                record.last_seen_at = utcnow()
    report.answered = results
    clashes: dict[str, int] = {}  # as the laptop marks them delivered (a clashed number never is)
    for op, result in zip(checked.ops, results, strict=True):
        if result["result"] == "clash":
            clashes[op.device_id] = min(clashes.get(op.device_id, op.seq), op.seq)
    for op in checked.ops:
        if op.seq < clashes.get(op.device_id, op.seq + 1):
            report.delivered[op.device_id] = max(report.delivered.get(op.device_id, 0), op.seq)
    report.clashed = set(clashes)
    return report


def _store_files(store: HubStore, files: dict[str, bytes], variants: dict[str, str]) -> int:
    """Attachments by hash: each written whole under its name, then recorded complete (as an upload would)."""
    stored = 0
    for sha256, data in files.items():
        with store.reading() as s:
            row = s.get(HubFile, sha256)
            if row is not None and row.complete:
                continue
        fab.write_atomically(store.files_dir / sha256, functools.partial(_write, data))
        with store.writing() as s:
            s.merge(HubFile(sha256=sha256, size=len(data), received=len(data), complete=True,
                            variant=variants[sha256], updated_at=utcnow()))
        stored += 1
    return stored


def write_reply(store: HubStore, device: HubDevice, path: Path, results: list[dict[str, Any]] | None = None,
                files: list[str] | None = None, answers: str | None = None, hub: Hub | None = None,
                delivered: dict[str, int] | None = None, clashed: set[str] | None = None) -> Path:
    """A bundle for one laptop: push results (if any) and every operation after the cursor it acknowledged."""
    seal_reply(path, device, *reply_content(store, device, results, files, answers, hub, delivered, clashed))
    return Path(path)


def seal_reply(path: Path, device: HubDevice, me: Identity, box: str, members: dict[str, bytes],
               fields: dict[str, Any]) -> None:
    fab.write_bundle(path, kind="hub", deployment=me.deployment, sender=fab.HUB, recipient=device.id,
                     schema_version=schema_version(), fields=fields, members=members, keys=me.keys,
                     recipient_box=box)


@gc_paused
def reply_content(store: HubStore, device: HubDevice, results: list[dict[str, Any]] | None = None,
                  files: list[str] | None = None, answers: str | None = None, hub: Hub | None = None,
                  delivered: dict[str, int] | None = None, clashed: set[str] | None = None,
                  ) -> tuple[Identity, str, dict[str, bytes], dict[str, Any]]:
    """What a reply to ``device`` holds: the hub's identity, the laptop's key, members, manifest fields.
    ``delivered``: per device id, the last operation the answered bundle delivered under it (``HubImport``):
    the laptop's own, left out as a pull leaves them out (unless the hub re-stamped them). ``clashed``: device
    ids under which the answered bundle's operations clashed with another laptop's: the laptop's current id is
    then not left out whole (only what ``delivered`` names is its own), so that laptop's operations reach it."""
    me = identity(store)
    with store.reading() as s:
        keys = s.get(HubDeviceKeys, device.id)
        if keys is None:
            raise BundleError(f"{device.name} was enrolled without bundle keys: enrol it again to use bundles")
        after, local_device, box = keys.acked_cursor, keys.local_device, keys.box_public
    hub = hub or Hub(store)
    clashed = clashed or set()
    lines: list[str] = []
    cursor = after
    while True:  # the pull's pages, their changes written as stored (never decoded and encoded again)
        page, cursor, more = hub._page(device, cursor, PULL_PAGE, None if local_device in clashed else local_device,
                                       changes_text=True, delivered=delivered)
        lines.extend(wire_text(op, SERVED_FIELDS) for op in page)
        if not more:
            break
    fields = {"after": after, "cursor": cursor, "answers": answers, "files_received": files or []}
    return me, box, {fab.OPERATIONS: fab.jsonl_text(lines), fab.RESULTS: answers_jsonl(results or [])}, fields


#: what a push answer holds (``Hub.push``), and the types its fields take when nothing nests in them
_ANSWER_KEYS = frozenset({"op_id", "result", "server_seq", "rank", "reason", "code", "params", "conflicts",
                          "clash_seq"})
_ANSWER_TYPES = frozenset({str, int, bool, type(None), list, dict})


def answers_jsonl(results: list[dict[str, Any]]) -> bytes:
    """The push answers a line each, the same bytes as ``fab.jsonl``: the usual answer (its own fields only, no
    conflicts, no params, no fraction) straight by orjson (an integer beyond 64 bits is refused by it and goes
    the careful way); any other through ``fab.jsonl``'s check of every value (half the reply's time at 100,000)."""
    lines = []
    for item in results:
        if (not item.get("conflicts") and not item.get("params") and item.keys() <= _ANSWER_KEYS
                and _ANSWER_TYPES.issuperset(map(type, item.values()))):
            try:
                lines.append(orjson.dumps(item) + b"\n")
                continue
            except TypeError:
                pass
        lines.append(fab.jsonl([item]))
    return b"".join(lines)


def export_bundle(store: HubStore, name: str, path: Path) -> Path:
    """Everything the laptop named ``name`` has not acknowledged, as a bundle for it."""
    return write_reply(store, _device(store, name=name), fab.bundle_path(path))


# --- the head office's keys and device records -------------------------------------------------------------

_BACKED_UP: tuple[type[HubBase], ...] = (HubIdentity, HubDevice, HubDeviceKeys, HubEnrolment)


def _row_json(row: HubBase) -> dict[str, Any]:
    values = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        values[column.key] = value.isoformat() if isinstance(value, dt.datetime) else value
    return values


def backup(store: HubStore, path: Path) -> dict[str, int]:
    identity(store)
    with store.reading() as s:
        tables = {model.__tablename__: [_row_json(r) for r in s.scalars(select(model))] for model in _BACKED_UP}
    _write_private(path, {"format": BACKUP_FORMAT, "version": 1, "tables": tables})
    return {name: len(rows) for name, rows in tables.items()}


def restore(store: HubStore, path: Path) -> dict[str, int]:
    """Put back the keys and device records (checked whole first). A data folder that already belongs to
    another deployment is refused."""
    try:
        content = json.loads(Path(path).read_bytes())
        if content.get("format") != BACKUP_FORMAT or content.get("version") != 1:
            raise BundleError(f"{path} is not a backup of a hub's keys")
        rows = {model: [_from_json(model, values) for values in content["tables"][model.__tablename__]]
                for model in _BACKED_UP}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BundleError(f"{path} is not a readable backup of a hub's keys ({type(exc).__name__})") from exc
    if len(rows[HubIdentity]) != 1:
        raise BundleError(f"{path} holds no deployment identity")
    wanted = cast(HubIdentity, rows[HubIdentity][0])
    with store.writing() as s:
        current = s.get(HubIdentity, 1)
        if current is not None and current.deployment != wanted.deployment:
            raise BundleError(f"this data folder belongs to deployment {current.deployment}, "
                              f"the backup to {wanted.deployment}")
        for model in _BACKED_UP:
            for row in rows[model]:
                s.merge(row)
    return {model.__tablename__: len(found) for model, found in rows.items()}


def _from_json(model: type[HubBase], values: dict[str, Any]) -> HubBase:
    converted = {}
    for column in model.__table__.columns:
        value = values[column.key]
        if isinstance(column.type, DateTime) and value is not None:
            value = dt.datetime.fromisoformat(value)
        converted[column.key] = value
    if model is HubIdentity:
        fab.KeyPair.from_text(converted["sign_private"], converted["box_private"])  # refuse broken keys now
    return model(**converted)
