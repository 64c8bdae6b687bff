"""Printing a document: choose where to save the PDF, write it off the GUI thread, open it in the system's
viewer (which previews and prints)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldapp.ui.operations import Operations

translate = QCoreApplication.translate


def choose_save_path(parent: QWidget, suggested: str) -> str | None:
    """Where to save (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(parent, translate("Competition", "Save as PDF"), suggested, "PDF (*.pdf)")
    return path or None


def open_file(path: Path) -> None:
    """Show the file in the system's viewer (tests replace this function)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def document_language(session: Any) -> str:
    from fieldapp.model import LocalSetting

    row = session.get(LocalSetting, "document_language")
    return row.value if row is not None and row.value in ("ru", "kk", "en") else "ru"


def print_document(parent: QWidget, ops: Operations, suggested: str,
                   write: Callable[[Any, Path, str], Any], done: Callable[[Path], None] | None = None,
                   records: set[str] | None = None) -> None:
    """``records``: the tables a print writes to (a letter's number in the register), run as a write."""
    path = choose_save_path(parent, suggested)
    if not path:
        return
    target = Path(path)

    def work(session: Any) -> Path:
        write(session, target, document_language(session))
        return target

    def finished(result: Path) -> None:
        open_file(result)
        if done is not None:
            done(result)

    if records:
        ops.write(work, tables=records, reason="document printed", success=finished,
                  progress=translate("Competition", "Writing the PDF…"))
    else:
        ops.read(work, success=finished, progress=translate("Competition", "Writing the PDF…"))
