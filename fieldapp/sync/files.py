"""Attachments and photos travel after the operations, by SHA-256, resumably; photos downscaled by default
(the original stays on the laptop)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

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
        with Image.open(source) as image:
            image = image.convert("RGB")
            image.thumbnail((PHOTO_EDGE, PHOTO_EDGE))
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=PHOTO_QUALITY, optimize=True)
        partial = target.with_suffix(".part")
        partial.write_bytes(buffer.getvalue())
        os.replace(partial, target)
    return target


def queue_attachments(db: Database) -> int:
    """Files of attachment records held in the store beside the database join the queue (once each)."""
    from fieldapp.model import Attachment
    from fieldapp.services.attachments import AttachmentStore

    store = AttachmentStore.beside(db.path)
    queued = 0
    with db.transaction() as s:
        known = set(s.scalars(select(SyncFile.sha256)))
        for sha256, kind, media_type in s.execute(
                select(Attachment.sha256, Attachment.kind, Attachment.media_type).distinct()):
            if sha256 in known or not store.has(sha256):
                continue
            photo = kind in ("site_photo", "photo") or (media_type or "").startswith("image/")
            s.add(SyncFile(sha256=sha256, path=str(store.path(sha256)), kind="photo" if photo else "document"))
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
