"""Files attached to records (photos, scanned letters): stored once by SHA-256 beside the database.

The content lives in ``<database>.files/ab/abcdef…`` (written to a temporary name, fsynced and renamed, so a
crash never leaves half a file under a real name); a ``StoredFile`` row records it once, whatever records
refer to it. Sync carries files by their hash.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import StoredFile
from fieldapp.validation import Invalid

MAX_FILE_BYTES = 20 * 1024 * 1024


def files_dir(session: Session) -> Path:
    database = session.get_bind().url.database
    if not database:
        raise RuntimeError("attachments need a database file")
    path = Path(database)
    return path.with_name(path.name + ".files")


def path_of(session: Session, sha256: str) -> Path:
    return files_dir(session) / sha256[:2] / sha256


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def store(session: Session, content: bytes, file_name: str, limit: int = MAX_FILE_BYTES) -> StoredFile:
    """Keep the content once; a second copy of the same bytes refers to the first."""
    if len(content) > limit:
        raise Invalid("file.too_large",
                      f"{file_name} is {_megabytes(len(content))}; attachments are limited to {_megabytes(limit)} "
                      "(scan or photograph at a lower resolution)", "file")
    if not content:
        raise Invalid("file.empty", f"{file_name} is empty", "file")
    digest = hashlib.sha256(content).hexdigest()
    target = path_of(session, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_suffix(".part")
        with open(part, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    row = session.scalars(select(StoredFile).where(StoredFile.sha256 == digest)).first()
    if row is None:
        row = StoredFile(sha256=digest, size=len(content), mime=mimetypes.guess_type(file_name)[0])
        session.add(row)
        session.flush()
    return row


def store_path(session: Session, source: Path | str, limit: int = MAX_FILE_BYTES) -> StoredFile:
    source = Path(source)
    size = source.stat().st_size
    if size > limit:
        raise Invalid("file.too_large",
                      f"{source.name} is {_megabytes(size)}; attachments are limited to {_megabytes(limit)} "
                      "(scan or photograph at a lower resolution)", "file")
    return store(session, source.read_bytes(), source.name, limit)


def read(session: Session, sha256: str) -> bytes:
    return path_of(session, sha256).read_bytes()
