"""The demo database of the seed programme (DESIGN.md): real records, each one a row.

Each subject adds one step module with ``build(ctx)``; the steps run in the order of :data:`STEPS`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from fieldapp import __version__, atomic_files
from fieldapp.db import open_database
from fieldapp.db.migrations import head_revision
from fieldapp.demo import competition, grants, programme, trainings
from fieldapp.demo.context import DemoContext
from fieldapp.paths import cache_dir

STEPS = [programme.build, trainings.build, grants.build, competition.build]


def _remove(path: Path, *, companions_only: bool = False) -> None:
    for suffix in ("-wal", "-shm", "-journal") if companions_only else ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def create_demo(path: Path | str, *, force: bool = False) -> Path:
    """Write a demo database to ``path`` (built under a temporary name, then renamed into place)."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path} already exists (use --force to overwrite it)")
    with atomic_files.atomic_path(path) as building:
        db = open_database(building, create=True)
        try:
            ctx = DemoContext(db)
            for step in STEPS:
                step(ctx)
        except BaseException:
            db.close()
            _remove(building)
            raise
        db.close()  # the last connection checkpoints the WAL into the file
        _remove(path, companions_only=True)  # an old file's WAL must never meet the new file
    return path


def _template_key() -> str:
    """Changes whenever the demo could come out differently: version, schema, or the demo's own code."""
    digest = hashlib.sha256(f"{__version__}/{head_revision()}".encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def fresh_demo(path: Path | str) -> Path:
    """A fresh demo database at ``path``, copied from a cached template so ``--demo`` opens at once."""
    cache = cache_dir()
    template = cache / f"demo-{_template_key()}.sqlite"
    if not template.exists():
        for old in cache.glob("demo-*.sqlite"):
            old.unlink(missing_ok=True)
        # built under a temporary name of its own, then renamed: processes starting at once never share a file
        create_demo(template, force=True)
    atomic_files.copy_file(template, path)
    return Path(path)
