"""Files that appear whole or not at all: the one way FieldApp writes a file people or programs read.

Everything is written to a hidden temporary name beside the target (``.NAME.RANDOM.tmp``, same folder, so the
rename cannot cross file systems), flushed and fsynced, then renamed over the target, and the folder is
fsynced where the operating system allows it (POSIX; Windows has no handle for a folder), so the rename
itself survives a power cut. Any failure — a full disk, a stick pulled out, an exception of the writer —
removes the temporary file and leaves the target as it was.

Readers of shared folders (the sync folder, the backups) skip these names: :func:`is_temporary`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

TEMPORARY_SUFFIX = ".tmp"
#: names older FieldApp versions gave their temporary files (still recognised as leftovers)
OLD_TEMPORARY_SUFFIXES = (".part",)


def temporary_name(path: Path) -> Path:
    """A fresh hidden name beside ``path``; two writers of the same target never share one."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")


def is_temporary(name: str) -> bool:
    """A name this module (or an older FieldApp) writes to before renaming: never a finished file."""
    return (name.startswith(".") and name.endswith(TEMPORARY_SUFFIX)) or name.endswith(OLD_TEMPORARY_SUFFIXES)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:  # write access: Windows' FlushFileBuffers needs it
        os.fsync(fh.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def move_into_place(temporary: Path, path: Path) -> Path:
    """Finish a file written under ``temporary`` (for writers that fill a part file over several calls, such as
    a resumable download): fsync it, rename it over ``path``, fsync the folder."""
    fsync_file(temporary)
    os.replace(temporary, path)
    fsync_folder(path.parent)
    return path


def move_folder_into_place(temporary: Path, path: Path) -> Path:
    """Finish a folder filled under ``temporary`` (each file in it written through this module): rename it to
    ``path`` (absent), fsync the parent folder; it appears whole or not at all."""
    os.replace(temporary, path)
    fsync_folder(path.parent)
    return path


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (not yet existing) for a writer that needs a file name (SQLite's
    ``VACUUM INTO``, openpyxl, reportlab); when the block ends the file is fsynced and renamed over ``path``.
    An exception in the block, or a block that made no file, leaves ``path`` as it was and nothing beside it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_name(path)
    try:
        yield temporary
        if not temporary.is_file():
            raise FileNotFoundError(f"{path}: nothing was written")
        move_into_place(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_atomically(path: Path | str, write: Callable[[BinaryIO], None],
                     verify: Callable[[Path], None] | None = None) -> Path:
    """Write ``path`` through ``write(file)``; ``verify(temporary)`` may check the bytes before the rename."""
    path = Path(path)
    with atomic_path(path) as temporary:
        with open(temporary, "xb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if verify is not None:
            verify(temporary)
    return path


def write_bytes(path: Path | str, data: bytes) -> Path:
    def write(fh: BinaryIO) -> None:
        fh.write(data)

    return write_atomically(path, write)


def write_text(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes(path, text.encode(encoding))


def copy_file(source: Path | str, path: Path | str, chunk: int = 1024 * 1024) -> Path:
    def copy(fh: BinaryIO) -> None:
        with open(source, "rb") as src:
            while block := src.read(chunk):
                fh.write(block)

    return write_atomically(path, copy)


def remove_leftovers(folder: Path, older_than_s: float = 60.0) -> list[Path]:
    """Delete the temporary files an interrupted writer left in ``folder`` (a power cut, a killed process).

    Only files untouched for ``older_than_s`` go: a writer still at work keeps its file's modification time
    fresh, so a second process starting meanwhile does not pull the file from under it."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for entry in folder.iterdir():
        if not is_temporary(entry.name) or not entry.is_file():
            continue
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime >= older_than_s:
                entry.unlink()
                removed.append(entry)
    return removed
