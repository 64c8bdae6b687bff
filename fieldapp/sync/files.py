"""Attachments and photos travel after the operations, by SHA-256, resumably; photos downscaled by default
(the original stays on the laptop)."""

from __future__ import annotations

import hashlib
import io
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp import atomic_files
from fieldapp.db import Database
from fieldapp.model.base import utcnow
from fieldapp.model.history import SyncFile

if TYPE_CHECKING:
    from fieldapp.sync.client import Link

CHUNK = 128 * 1024
PHOTO_EDGE = 1600
PHOTO_QUALITY = 80


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def queue_file(session: Session, path: Path | str, kind: str = "document") -> str:
    """Register a file the hub must receive (after the operations); returns its SHA-256."""
    path = Path(path)
    sha256 = sha256_of(path)
    if session.get(SyncFile, sha256) is None:
        session.add(SyncFile(sha256=sha256, path=str(path.resolve()), kind=kind))
    return sha256


def transfer_copy(db: Database, item: SyncFile, downscale: bool = True) -> Path:
    """What travels: a photo downscaled to fit PHOTO_EDGE (made once, beside the database), else the file."""
    source = Path(item.path)
    if item.kind != "photo" or not downscale:
        return source
    cache = db.path.with_name(db.path.name + ".transfer")
    cache.mkdir(exist_ok=True)
    target = cache / f"{item.sha256}.jpg"
    if not target.exists():
        with Image.open(source) as opened:
            image = opened.convert("RGB")
            image.thumbnail((PHOTO_EDGE, PHOTO_EDGE))
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=PHOTO_QUALITY, optimize=True)
        atomic_files.write_bytes(target, buffer.getvalue())
    return target


def _file_kind(kind: str | None, media_type: str | None) -> str:
    photo = kind in ("site_photo", "photo") or (media_type or "").startswith("image/")
    return "photo" if photo else "document"


def queue_attachments(db: Database) -> int:
    """Files of attachment records held in the store beside the database join the queue (once each)."""
    from fieldapp.model import Attachment
    from fieldapp.services.attachments import AttachmentStore

    store = AttachmentStore.beside(db.path)
    queued = 0
    with db.transaction() as s:
        known = set(s.scalars(select(SyncFile.sha256)))
        for sha256, kind, media_type in s.execute(
                select(Attachment.sha256, Attachment.kind, Attachment.media_type).distinct()
                .execution_options(include_deleted=True)):  # the history of a deleted attachment still shows it
            if sha256 in known or not store.has(sha256):
                continue
            s.add(SyncFile(sha256=sha256, path=str(store.path(sha256)), kind=_file_kind(kind, media_type)))
            known.add(sha256)
            queued += 1
    return queued


def upload_all(db: Database, link: Link, downscale: bool = True) -> int:
    queue_attachments(db)
    with db.reading() as s:
        waiting = s.scalars(select(SyncFile).where(SyncFile.sent_at.is_(None)).order_by(SyncFile.path)).all()
    sent = 0
    for item in waiting:
        copy = transfer_copy(db, item, downscale)
        data = copy.read_bytes()
        variant = "original" if copy == Path(item.path) else "transfer"
        content_sha = hashlib.sha256(data).hexdigest()
        state = link.call("GET", f"/files/{item.sha256}").json()
        offset = state["received"] if not state["complete"] else len(data)
        while offset < len(data):
            chunk = data[offset:offset + CHUNK]
            response = link.call("PUT", f"/files/{item.sha256}", content=chunk, headers={
                "Content-Range": f"bytes {offset}-{offset + len(chunk) - 1}/{len(data)}",
                "X-Variant": variant, "X-Content-SHA256": content_sha})
            answer = response.json()
            if response.status_code == 416 or "received" not in answer:
                answer = link.call("GET", f"/files/{item.sha256}").json()
            offset = answer["received"] if not answer.get("complete") else len(data)
        with db.transaction() as s:
            row = s.get(SyncFile, item.sha256)
            assert row is not None
            row.sent_at = utcnow()
        sent += 1
    return sent


def download_all(db: Database, link: Link) -> int:
    """Files of this laptop's attachment rows that its store lacks, fetched from the hub after the operations.

    Each arrives in ranged chunks appended to a part file beside its place in the store (a cut link, or a new
    round, resumes at the part's end), is checked against the SHA-256 of what the hub holds and is then renamed
    into the store under the attachment's SHA-256. For a photo that is the hub's downscaled copy: the original
    stays on the laptop that took it. A file the hub does not have yet is fetched at a later round. Returns how
    many files arrived."""
    from fieldapp.model import Attachment
    from fieldapp.services.attachments import AttachmentStore

    store = AttachmentStore.beside(db.path)
    with db.reading() as s:
        wanted = s.execute(select(Attachment.sha256, Attachment.kind, Attachment.media_type)
                           .distinct().order_by(Attachment.sha256)).all()
    fetched = 0
    for sha256, kind, media_type in wanted:
        if store.has(sha256) or not _download(link, store.path(sha256)):
            continue
        with db.transaction() as s:  # on the laptop now: nothing to send back
            if s.get(SyncFile, sha256) is None:
                s.add(SyncFile(sha256=sha256, path=str(store.path(sha256)), kind=_file_kind(kind, media_type),
                               sent_at=utcnow()))
        fetched += 1
    return fetched


def _download(link: Link, target: Path) -> bool:
    sha256 = target.name
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".incoming-{sha256}.part")
    while True:
        offset = partial.stat().st_size if partial.exists() else 0
        response = link.call("GET", f"/files/{sha256}/content", accept=(403, 404),
                             headers={"Range": f"bytes={offset}-{offset + CHUNK - 1}"})
        if response.status_code in (403, 404):  # not the hub's yet (or not for this device)
            return False
        if response.status_code == 416:  # the part is no prefix of the hub's file: start again
            partial.unlink(missing_ok=True)
            continue
        start, end, total = (int(n) for n in re.findall(r"\d+", response.headers["Content-Range"]))
        if start != offset or len(response.content) != end - start + 1:
            partial.unlink(missing_ok=True)
            return False
        with open(partial, "ab") as fh:
            fh.write(response.content)
            fh.flush()
            os.fsync(fh.fileno())
        if end + 1 < total:
            continue
        if sha256_of(partial) != response.headers["X-Content-SHA256"]:  # damaged: fetched again next round
            partial.unlink()
            return False
        atomic_files.move_into_place(partial, target)
        return True
