"""One running GUI per database: an OS-level lock (fcntl / msvcrt via filelock) that dies with the process."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class AlreadyRunning(RuntimeError):
    """Another FieldApp window has this database open."""


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path).resolve().with_name(Path(db_path).name + ".lock")
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self) -> InstanceLock:
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise AlreadyRunning(f"{self.path.with_suffix('')} is already open in another FieldApp window") from exc
        return self

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
