"""An agreement printed the way a programme officer prints it: chosen on the Agreements page, made, shown in the
print preview, and printed from the preview's toolbar through the system's print dialog (Qt's CUPS print path)
to a real CUPS queue. The queue is cups-pdf's (``printer-driver-cups-pdf``, set up by ``.ci/run``), so the job
lands as a PDF file: it must have the agreement's pages, and each page must look like the agreement's."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from ui_helpers import click_section

from fieldapp.model import Agreement
from fieldapp.ui import choose, printing
from tests.conftest import require_tool


def _missing(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def cups_pdf_queue() -> tuple[str, Path]:
    """The name of a CUPS queue whose device is cups-pdf, and the folder its jobs land in for this user."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        _missing("CUPS is not installed (.ci/run installs cups and printer-driver-cups-pdf)")
    answer = subprocess.run([lpstat, "-v"], capture_output=True, text=True, check=False)
    queues = re.findall(r"^device for ([^:]+): cups-pdf:/", answer.stdout, re.MULTILINE)
    if not queues:
        _missing(f"no cups-pdf queue in `lpstat -v` ({answer.stderr.strip() or answer.stdout.strip()}); "
                 ".ci/run starts cupsd and adds one")
    config = Path("/etc/cups/cups-pdf.conf").read_text(encoding="utf-8", errors="replace")
    out = re.search(r"^Out\s+(\S+)", config, re.MULTILINE)
    home = pwd.getpwuid(os.getuid()).pw_dir
    folder = Path((out.group(1) if out else "${HOME}/PDF").replace("${HOME}", home))
    return queues[0], folder


def page_images(path: Path, folder: Path, prefix: str) -> list[Path]:
    subprocess.run([require_tool("pdftoppm"), "-r", "20", "-gray", "-png", str(path), str(folder / prefix)],
                   check=True)
    return sorted(folder.glob(f"{prefix}*.png"))


def difference(first: Path, second: Path) -> float:
    """Mean absolute difference of two grey pages, 0 (the same) to 255, the second scaled to the first, both
    blurred a little (the printer's raster moves a line of text by a pixel)."""
    from PIL import Image, ImageChops, ImageFilter

    a = Image.open(first).convert("L").filter(ImageFilter.GaussianBlur(2))
    b = Image.open(second).convert("L").resize(a.size).filter(ImageFilter.GaussianBlur(2))
    histogram = ImageChops.difference(a, b).histogram()
    return sum(value * count for value, count in enumerate(histogram)) / (a.width * a.height)


def test_an_agreement_printed_from_the_preview_lands_in_a_real_cups_queue(qtbot, window, monkeypatch,
                                                                           tmp_path) -> None:
    queue, landed = cups_pdf_queue()
    before = set(landed.glob("*.pdf")) if landed.is_dir() else set()
    with window.db.reading() as s:
        agreement_id = s.scalars(select(Agreement.id).where(Agreement.number == "ОП-2020-007")).one()
    click_section(qtbot, window, "Agreements")
    page = window.page("agreements")
    page.panel.refresh()
    qtbot.waitUntil(lambda: page.panel.model.row_of(agreement_id) is not None)
    page.panel.view.selectRow(page.panel.model.row_of(agreement_id))
    monkeypatch.setattr(choose, "choose_item", lambda _p, _t, _l, items: items[0])  # Russian
    page.print_action.trigger()
    qtbot.waitUntil(lambda: bool(printing.open_previews()), timeout=20_000)
    preview = printing.open_previews()[-1]
    made = preview.path
    assert made.read_bytes().startswith(b"%PDF")

    # the system's print dialog, as the preview's Print button opens it: the cups-pdf queue chosen, then OK
    preview.printer.setPrinterName(queue)
    preview.printer.setDocName(f"fieldapp-test-{uuid.uuid4().hex[:8]}")
    asked: list[str] = []

    def accept_print_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(50, accept_print_dialog)
            return
        asked.append(dialog.printer().printerName())
        dialog.accept()

    QTimer.singleShot(0, accept_print_dialog)
    print_button = next(a for a in preview.findChildren(QAction) if a.text().replace("&", "") == "Print")
    print_button.trigger()
    assert asked == [queue]  # the dialog offered the queue and printed to it
    assert not preview.isVisible()  # the preview closes once printed

    def arrived() -> list[Path]:
        return sorted(set(landed.glob("*.pdf")) - before) if landed.is_dir() else []

    qtbot.waitUntil(lambda: bool(arrived()), timeout=60_000)
    printed = arrived()[0]
    qtbot.waitUntil(lambda: printed.stat().st_size > 0 and printed.read_bytes().rstrip().endswith(b"%%EOF"),
                    timeout=30_000)
    subprocess.run([require_tool("qpdf"), "--check", str(printed)], check=True, capture_output=True)
    ours = page_images(made, tmp_path, "made")
    theirs = page_images(printed, tmp_path, "printed")
    assert len(theirs) == len(ours) >= 3  # every page of the agreement and its annexes, nothing more
    for number, mine in enumerate(ours):
        differences = [difference(mine, job) for job in theirs]
        # each printed page is the agreement's page of the same number: closest to it of all, and close
        assert min(differences) == differences[number] < 9, (number, differences)
    printed.unlink()
