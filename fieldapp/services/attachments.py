"""Files attached to records, stored once by SHA-256 in an ``attachments`` folder beside the database.

The row (:class:`~fieldapp.model.Attachment`) is synced like any other; the file travels by its hash (sync
sends files the other side lacks). A file is copied to a temporary name, fsynced and renamed, so the store
never holds half a file under a real name; the same content attached twice is stored once.
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp import atomic_files
from fieldapp.model import Attachment
from fieldapp.model.base import utcnow
from fieldapp.validation import Invalid

CHUNK = 1 << 20
#: identity documents must never be collected (DOMAIN.md, since 1 July 2024): there is no such kind
KINDS = ("signed_sheet", "consent_form", "support_letter", "cofunding_letter", "site_photo", "report", "logo",
         "signed_agreement", "other")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class AttachmentStore:
    """Content-addressed files: ``<root>/ab/abcdef….`` named by their SHA-256."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def beside(cls, db_path: Path) -> AttachmentStore:
        return cls(Path(db_path).resolve().parent / "attachments")

    @classmethod
    def of(cls, session: Session) -> AttachmentStore:
        """The store beside the session's database file."""
        database = session.get_bind().engine.url.database
        if not database:
            raise RuntimeError("attachments need a database file")
        return cls.beside(Path(database))

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, source: Path) -> tuple[str, int]:
        """Store a copy of ``source``; returns its SHA-256 and size. Storing the same content again is free."""
        source = Path(source)
        if not source.is_file():
            raise Invalid("attachment.missing", f"{source}: no such file")
        sha = sha256_of(source)
        target = self.path(sha)
        if not target.is_file():
            def unchanged(copy: Path) -> None:
                if sha256_of(copy) != sha:
                    raise Invalid("attachment.changed", f"{source}: the file changed while it was being copied")

            def copy(out: BinaryIO) -> None:
                with open(source, "rb") as src:
                    shutil.copyfileobj(src, out, CHUNK)

            atomic_files.write_atomically(target, copy, verify=unchanged)
        return sha, source.stat().st_size


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    kind: str
    file_name: str
    media_type: str | None
    size: int
    sha256: str
    note: str | None
    available: bool  # the file is in this laptop's store (it may still be on its way from another device)


def attach(session: Session, store: AttachmentStore, subject_table: str, subject_id: str, source: Path, *,
           kind: str = "other", note: str | None = None) -> str:
    """Store ``source`` and record it against a row; returns the attachment id."""
    if kind not in KINDS:
        raise Invalid("attachment.kind", f"Unknown kind of attachment {kind!r}", params={"kind": kind})
    sha, size = store.put(source)
    row = Attachment(subject_table=subject_table, subject_id=subject_id, kind=kind, sha256=sha,
                     file_name=Path(source).name, media_type=mimetypes.guess_type(str(source))[0], size=size,
                     note=(note or "").strip() or None)
    session.add(row)
    session.flush()
    return row.id


def attachments_of(session: Session, store: AttachmentStore, subject_table: str, subject_id: str,
                   kind: str | None = None) -> list[AttachmentInfo]:
    query = (select(Attachment).where(Attachment.subject_table == subject_table, Attachment.subject_id == subject_id)
             .order_by(Attachment.created_at))
    if kind:
        query = query.where(Attachment.kind == kind)
    return [AttachmentInfo(a.id, a.kind, a.file_name, a.media_type, a.size, a.sha256, a.note, store.has(a.sha256))
            for a in session.scalars(query)]


def detach(session: Session, attachment_id: str) -> None:
    """Soft-delete the record; the file stays in the store (another record may share it, history needs it)."""
    row = session.get(Attachment, attachment_id)
    if row is None or row.deleted_at is not None:
        raise Invalid("attachment.unknown", f"No such attachment: {attachment_id}")
    row.deleted_at = utcnow()
