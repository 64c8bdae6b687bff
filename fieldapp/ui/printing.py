"""The one way a document is printed: the PDF is made off the GUI thread into a temporary file, in the language
chosen for documents (Settings), then shown in the print preview, whose toolbar prints through the system's
dialog and saves the PDF where the user chooses (the Documents folder first, then the folder used last).

- :func:`print_read` — a document drawn from a read (the competition's: application summary, decision letter,
  ranking sheet), on a reader thread;
- :func:`print_prepared` — a document whose printing records something (a training's sign-in sheet remembers its
  row order, certificates get numbers): a short write on the serial worker gathers its data, then the PDF is
  drawn on the background pool, so the check-ins queued behind it wait for milliseconds, not for a PDF.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fieldapp.ui import errors
from fieldapp.ui.operations import Operations

if TYPE_CHECKING:
    from fieldapp.db import Session
    from fieldapp.ui.print_preview import PdfPreviewDialog

translate = QCoreApplication.translate
T = TypeVar("T")
_open_previews: list[Any] = []


def temporary_pdf(name: str) -> Path:
    """A fresh path for the PDF being made: a folder of its own, the document's name as the file's."""
    safe = "".join("-" if c in '/\\:*?"<>|' else c for c in name).strip() or "document"
    return Path(tempfile.mkdtemp(prefix="fieldapp-print-")) / (safe if safe.endswith(".pdf") else safe + ".pdf")


def show_preview(parent: QWidget | None, path: Path, name: str) -> PdfPreviewDialog:
    """The preview: Print (the system's dialog) and Save as PDF in its toolbar."""
    from fieldapp.ui.print_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(path, name, parent)
    _open_previews.append(dialog)
    dialog.finished.connect(lambda _r: _open_previews.remove(dialog) if dialog in _open_previews else None)
    dialog.open()
    return dialog


def open_previews() -> list[Any]:
    return list(_open_previews)


def _document_language(session: Session) -> str:
    from fieldapp.services import settings

    return settings.document_language(session)


def print_read(parent: QWidget, ops: Operations, name: str, make: Callable[[Session, Path, str], Any],
               shown: Callable[[PdfPreviewDialog], None] | None = None) -> None:
    """``make(session, path, language)`` writes the PDF from a read; the preview follows."""
    path = temporary_pdf(name)

    def work(session: Session) -> Path:
        make(session, path, _document_language(session))
        return path

    def done(written: Path) -> None:
        dialog = show_preview(parent, written, path.name)
        if shown is not None:
            shown(dialog)

    ops.read(work, success=done, failure=lambda exc: errors.show_error(parent, exc),
             progress=translate("Printing", "Making the PDF…"))


def print_prepared(parent: QWidget, ops: Operations, name: str, prepare: Callable[[Session, str], T],
                   render: Callable[[T, Path], Any], reason: str,
                   shown: Callable[[PdfPreviewDialog], None] | None = None,
                   record: Callable[[Session, T, bytes], Any] | None = None,
                   recorded: Callable[[Any], None] | None = None) -> None:
    """``prepare(session, language)`` in a write transaction, ``render(prepared, path)`` on the background pool;
    then, when given, ``record(session, prepared, pdf bytes)`` in a write transaction (an agreement's version)
    with its answer to ``recorded``; the preview follows."""
    path = temporary_pdf(name)

    def show(_result: Any = None) -> None:
        dialog = show_preview(parent, path, path.name)
        if shown is not None:
            shown(dialog)

    def rendered(data: T) -> None:
        if record is None:
            show()
            return

        def kept(answer: Any) -> None:
            if recorded is not None:
                recorded(answer)
            show()

        ops.write(lambda session: record(session, data, path.read_bytes()), reason=reason, success=kept,
                  failure=lambda exc: errors.show_error(parent, exc))

    def prepared(data: T) -> None:
        ops.background(lambda: render(data, path), success=lambda _result: rendered(data),
                       failure=lambda exc: errors.show_error(parent, exc),
                       progress=translate("Printing", "Making the PDF…"))

    ops.write(lambda session: prepare(session, _document_language(session)), reason=reason, success=prepared,
              failure=lambda exc: errors.show_error(parent, exc))
