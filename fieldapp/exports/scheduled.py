"""Scheduled exports: the records written to a folder (a synced cloud folder, a network share) after each sync
and/or every day at a set time, each file written atomically, the oldest removed beyond ``keep``.

The settings live in this laptop's local settings (``services/settings``). A scheduled export never carries
personal data. The sync engine calls :func:`after_sync` at the end of a successful round; the desktop
application asks :func:`run_if_due` every minute.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from fieldapp import atomic_files
from fieldapp.exports.tables import ExportFilter, csv_bytes, export_xlsx, tables
from fieldapp.services import settings
from fieldapp.validation import Invalid

if TYPE_CHECKING:
    from fieldapp.db import Database

log = logging.getLogger(__name__)
FOLDER, FORMAT, KEEP, AT, AFTER_SYNC, LAST_RUN = (
    "export_folder", "export_format", "export_keep", "export_at", "export_after_sync", "export_last_run")
PREFIX = "fieldapp-export-"
FORMATS = ("xlsx", "csv")
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class Schedule:
    folder: str = ""  # empty: no scheduled export
    format: str = "xlsx"
    keep: int = DEFAULT_KEEP
    at: str = ""  # "HH:MM" every day, empty: none
    after_sync: bool = False
    last_run: dt.datetime | None = None

    @property
    def active(self) -> bool:
        return bool(self.folder) and (self.after_sync or bool(self.at))


def schedule(session: Session) -> Schedule:
    keep = settings.get(session, KEEP)
    last = settings.get(session, LAST_RUN)
    return Schedule(settings.get(session, FOLDER) or "", settings.get(session, FORMAT) or "xlsx",
                    int(keep) if keep and keep.isdigit() else DEFAULT_KEEP, settings.get(session, AT) or "",
                    settings.get(session, AFTER_SYNC) == "1", dt.datetime.fromisoformat(last) if last else None)


def _at(text: str) -> dt.time | None:
    try:
        return dt.time.fromisoformat(text) if text else None
    except ValueError:
        return None


def save_schedule(session: Session, folder: str, fmt: str, keep: int, at: str, after_sync: bool) -> Schedule:
    """Check and keep the schedule; refusals name the field."""
    folder = folder.strip()
    if fmt not in FORMATS:
        raise Invalid("export.format", f"Unknown export format {fmt!r}", "format", {"format": fmt})
    if not 1 <= keep <= 1000:
        raise Invalid("export.keep", "Keep between 1 and 1000 exports", "keep", {"low": 1, "high": 1000})
    if at.strip() and _at(at.strip()) is None:
        raise Invalid("export.at", f"Not a time of day (HH:MM): {at}", "at", {"value": at})
    if folder and not Path(folder).is_dir():
        raise Invalid("export.folder", f"No such folder: {folder}", "folder", {"folder": folder})
    if not folder and (after_sync or at.strip()):
        raise Invalid("required", "This field is required", "folder")
    for key, value in ((FOLDER, folder), (FORMAT, fmt), (KEEP, str(keep)), (AT, at.strip()),
                       (AFTER_SYNC, "1" if after_sync else "0")):
        settings.put(session, key, value)
    return schedule(session)


def due(plan: Schedule, now: dt.datetime) -> bool:
    """A daily export is due once the day's time has come and none ran since."""
    at = _at(plan.at)
    if not plan.folder or at is None:
        return False
    moment = dt.datetime.combine(now.date(), at)
    return now >= moment and (plan.last_run is None or plan.last_run < moment)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Remove the oldest scheduled exports beyond ``keep`` (only FieldApp's own, by their names)."""
    found = sorted((p for p in folder.iterdir() if p.name.startswith(PREFIX)
                    and not atomic_files.is_temporary(p.name)), key=lambda p: p.name)
    gone = found[:-keep] if keep else found
    for path in gone:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return gone


def _write_csv_folder(session: Session, target: Path, lang: str) -> None:
    """A folder of CSV files that appears whole: written under a hidden name, then renamed."""
    temporary = atomic_files.temporary_name(target)
    temporary.mkdir()
    try:
        for table in tables(session, ExportFilter(), lang):
            atomic_files.write_bytes(temporary / f"{table.name}.csv", csv_bytes(table))
        atomic_files.move_folder_into_place(temporary, target)
    finally:
        if temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)


def run_export(db: Database, now: dt.datetime | None = None) -> Path | None:
    """Write one export now into the scheduled folder and rotate; None when no folder is set."""
    now = now or dt.datetime.now()
    with db.reading() as session:
        plan = schedule(session)
        if not plan.folder:
            return None
        folder = Path(plan.folder)
        if not folder.is_dir():  # an unmounted share or a moved cloud folder is never made anew here
            raise FileNotFoundError(f"the export folder {folder} is not there")
        lang = settings.document_language(session)
        name = f"{PREFIX}{now:%Y%m%d-%H%M%S}"
        if plan.format == "xlsx":
            target = folder / f"{name}.xlsx"
            export_xlsx(session, target, ExportFilter(), lang)
        else:
            target = folder / name
            _write_csv_folder(session, target, lang)
    db.set_setting(LAST_RUN, now.isoformat(timespec="seconds"))
    rotate(folder, plan.keep)
    return target


def run_if_due(db: Database, now: dt.datetime | None = None) -> Path | None:
    now = now or dt.datetime.now()
    with db.reading() as session:
        plan = schedule(session)
    return run_export(db, now) if due(plan, now) else None


def after_sync(db: Database) -> list[str]:
    """The sync engine's hook: an export when the schedule asks for one after each sync. Never fails a sync: a
    problem (folder gone, disk full) becomes a note."""
    try:
        with db.reading() as session:
            plan = schedule(session)
        if not (plan.folder and plan.after_sync):
            return []
        target = run_export(db)
    except (OSError, Invalid) as exc:
        log.warning("scheduled export after sync failed: %s", exc)
        return [f"scheduled export failed: {exc}"]
    return [f"exported to {target}"] if target else []
