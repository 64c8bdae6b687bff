"""The one error dialog, the log file, and the hook that catches every exception nobody else did."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

translate = QCoreApplication.translate

log = logging.getLogger("fieldapp")
LOG_NAME = "fieldapp.log"
_open_dialogs: list[QMessageBox] = []


def setup_logging(folder: Path | None = None) -> Path:
    """A rotating log file in the user's log folder (``fieldapp.paths.log_dir()``)."""
    import logging.handlers  # socket, pickle, queue…: the start sets the log up once the window is painted

    if folder is None:
        from fieldapp.paths import log_dir

        folder = log_dir()
    path = Path(folder) / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _refusal(exc: BaseException) -> bool:
    from fieldapp.validation import Invalid

    return isinstance(exc, Invalid)


def friendly_message(exc: BaseException) -> str:
    """What happened, in words for people: a refusal of the core in the interface language (its code and params,
    fieldapp.ui.problems); the core's other messages as they are; others get a generic line."""
    if _refusal(exc):
        from fieldapp.ui.problems import problem

        return problem(exc)
    database = sys.modules.get("fieldapp.db.database")  # loaded when the failure can be the database's
    explained = database.explain(exc) if database is not None else None
    if explained is not None:
        if isinstance(explained, database.DatabaseBusy):
            return translate("Errors", "The database is busy with another program's write. Wait until it has "
                                       "finished, then try again.")
        if isinstance(explained, database.DatabaseDamaged):
            return translate("Errors", "The database file is damaged. Restore the latest backup (the backups "
                                       "folder beside the database) or ask your head office.") + f"\n\n{explained}"
        return str(explained)
    from_core = {"DatabaseError", "AlreadyRunning", "OSError", "PermissionError", "FileNotFoundError"}
    if type(exc).__name__ in from_core or isinstance(exc, OSError):
        return str(exc)
    return translate("Errors", "Something went wrong: %1").replace("%1", f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, details: str | None = None) -> QMessageBox | None:
    """The standard error dialog: what happened, what to do, and the technical details folded away."""
    if QApplication.instance() is None:
        return None
    box = QMessageBox(parent)
    refused = _refusal(exc)  # a refusal is not a fault: nothing to retry or report
    box.setIcon(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Errors", "FieldApp — error"))
    box.setText(friendly_message(exc))
    box.setInformativeText(translate("Errors", "Nothing was changed.") if refused else translate(
        "Errors", "Your saved work is safe. Try again; if it happens again, send the log file to your head office."))
    box.setDetailedText(details or "".join(traceback.format_exception(exc)))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.finished.connect(lambda _code: _open_dialogs.remove(box) if box in _open_dialogs else None)
    _open_dialogs.append(box)
    box.open()
    return box


def open_error_dialogs() -> list[QMessageBox]:
    return list(_open_dialogs)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    text = "".join(traceback.format_exception(kind, exc, tb))
    log.error("unhandled exception:\n%s", text)
    show_error(QApplication.activeWindow(), exc, text)


def install_excepthook() -> None:
    sys.excepthook = _excepthook
