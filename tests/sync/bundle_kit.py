"""Helpers for the bundle tests: a head office without a server, laptops enrolled by file, full states of both
sides (to show that a refused bundle changed nothing), the command line from outside."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldapp.db import Database, open_database
from fieldapp.db.history import schema_version
from fieldapp.model import LocalSetting, Operation
from fieldapp.model.history import SyncConflict, SyncFile, SyncRejection
from fieldapp.server import bundles
from fieldapp.server.store import HubConflict, HubDevice, HubDeviceKeys, HubFile, HubReceived, open_store
from fieldapp.sync import bundle as fab
from fieldapp.sync import bundle_client
from fieldapp.sync.dump import dump_text
from tests.sync.conftest import Laptop


def fieldapp(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldapp", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout)


class Office:
    """A head office's data folder, opened in-process through its own store."""

    def __init__(self, data: Path, database: str | None = None) -> None:
        self.data = data
        self.database = database
        self.store = open_store(data, database)

    @property
    def args(self) -> list[str | Path]:
        """The storage options of every ``fieldapp server`` command for this office."""
        return ["--data", self.data, *(["--database", self.database] if self.database else [])]

    def enrol(self, name: str, path: Path, scope: str | None = None, server: str | None = None) -> Path:
        bundles.enrol_by_file(self.store, name, scope, path, server)
        return path

    def dump(self) -> str:
        with self.store.reading() as s:
            return dump_text(s)

    def state(self) -> str:
        """Everything the hub keeps: replica, operation log, what it received, conflicts, devices, files."""
        with self.store.reading() as s:
            tables = {model.__tablename__: sorted(json.dumps(bundles._row_json(row), sort_keys=True, default=str)
                                                  for row in s.scalars(select(model)))
                      for model in (HubReceived, HubConflict, HubDevice, HubDeviceKeys, HubFile)}
            return dump_text(s) + json.dumps(tables, sort_keys=True) + repr(sorted(
                (op.op_id, op.server_seq, op.rank) for op in s.scalars(select(Operation))))

    def close(self) -> None:
        self.store.close()


def laptop_state(db: Database) -> str:
    """Everything a laptop keeps about sync: replica, operations and their marks, settings, conflicts."""
    with db.reading() as s:
        ops = sorted((o.op_id, o.server_seq, o.rank, o.state, o.origin) for o in s.scalars(select(Operation)))
        settings = sorted((r.key, r.value) for r in s.scalars(select(LocalSetting)))
        extra = [sorted(str(getattr(r, "id", None) or getattr(r, "op_id", None) or getattr(r, "sha256", None))
                        + str(getattr(r, "sent_at", "")) for r in s.scalars(select(model)))
                 for model in (SyncConflict, SyncRejection, SyncFile)]
        return dump_text(s) + repr(ops) + repr(settings) + repr(extra)


def enrolled_laptop(office: Office, tmp_path: Path, template: Path, name: str, scope: str | None = None) -> Laptop:
    path = tmp_path / f"{name}.sqlite"
    shutil.copyfile(template, path)
    db = open_database(path)
    bundle_client.enroll_from_file(db, office.enrol(name, tmp_path / f"{name}.enrolment", scope))
    return Laptop(db, name)


def round_trip(office: Office, laptop: Laptop, folder: Path, tag: str = "") -> tuple[Path, Path, Path]:
    """Laptop → hub → laptop by files: the laptop's bundle, the hub's acknowledgement, the laptop's."""
    outgoing = folder / f"{laptop.name}{tag}.fab"
    bundle_client.export_bundle(laptop.db, outgoing)
    reply = bundles.import_bundle(office.store, outgoing).reply
    assert reply is not None
    back = bundle_client.import_bundle(laptop.db, reply)
    assert back.ack is not None
    return outgoing, reply, back.ack


def rewrite(path: Path, target: Path, **changes: bytes) -> Path:
    """A copy of a bundle with some outer members replaced (an edited manifest, another signature)."""
    with zipfile.ZipFile(path) as outer:
        members = {name: outer.read(name) for name in outer.namelist()}
    members.update({name.replace("_", "."): data for name, data in changes.items()})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as outer:
        for name, data in members.items():
            outer.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def craft(laptop: Laptop, path: Path, content: list[dict[str, Any]], **fields: Any) -> Path:
    """A bundle properly signed and sealed with the laptop's own keys, holding whatever the test wants."""
    with laptop.db.reading() as s:
        me = bundle_client._identity(s)
    fab.write_bundle(path, kind="laptop", deployment=me.deployment, sender=me.device, recipient=fab.HUB,
                     schema_version=fields.pop("schema", schema_version()), keys=me.keys, recipient_box=me.hub_box,
                     members={fab.OPERATIONS: fab.jsonl(content)},
                     fields={"cursor": 0, "local_device": laptop.db.device().device_id, "ops": {}, "files": {},
                             **fields})
    return path
