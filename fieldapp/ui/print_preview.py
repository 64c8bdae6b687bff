"""Print a FieldApp PDF: a preview first (QPrintPreviewDialog, pages drawn by PDFium), then the system
print dialog from the preview's toolbar; "Save as PDF…" copies the same file where the user wants it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, QSizeF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from fieldapp import atomic_files

PREVIEW_DPI = 150
SAVE_FOLDER_KEY = "printing/save_folder"


def render_pages(path: Path, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of the PDF as an image (PDFium, the renderer of Chrome)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # the bitmap's memory goes away with the document
        return images
    finally:
        document.close()


def paint(printer: QPrinter, images: list[QImage]) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            area.moveTo(0, 0)
            size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size), image)
    finally:
        painter.end()


class PdfPreviewDialog(QPrintPreviewDialog):
    """The preview of one PDF; its toolbar prints through the system dialog and saves the PDF."""

    def __init__(self, path: Path, suggested_name: str, parent: QWidget | None = None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.printer, parent)
        self.path = Path(path)
        self.suggested_name = suggested_name
        self.images = render_pages(self.path)
        if self.images:
            first = self.images[0]
            landscape = first.width() > first.height()
            self.printer.setPageLayout(QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                QPageLayout().margins()))
            self.printer.setFullPage(True)
        self.paintRequested.connect(lambda printer: paint(printer, self.images))
        self.save_action = QAction(self.tr("Save as PDF…"), self)
        self.save_action.triggered.connect(self.save_as)
        self.open_action = QAction(self.tr("Open in the PDF viewer"), self)
        self.open_action.triggered.connect(lambda: open_in_viewer(self.path))
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
            toolbar.addAction(self.open_action)
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", suggested_name))
        # the whole toolbar (Save as PDF last) and a readable page on a 1366×768 laptop
        self.resize(1100, 660)

    def save_as(self) -> Path | None:
        """A copy of the PDF where the user chooses (the Documents folder first, then the folder used last)."""
        name = choose_save_path(self, self.suggested_name)
        if not name:
            return None
        return save_copy(self.path, Path(name))


def open_in_viewer(path: Path) -> None:
    """The system's PDF viewer, which prints too (tests replace this function)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_folder() -> Path:
    """Where "Save as PDF" starts: the folder used last, else the user's Documents (never the program's)."""
    stored = QSettings().value(SAVE_FOLDER_KEY)
    if stored and Path(str(stored)).is_dir():
        return Path(str(stored))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def choose_save_path(parent: QWidget | None, suggested: str, kind: str = "pdf") -> str | None:
    """Where to save a copy of the PDF (or, with ``kind="xlsx"``, a workbook) — tests replace this function;
    the folder is remembered."""
    translate = QCoreApplication.translate
    title, pattern = {
        "pdf": (translate("Printing", "Save as PDF"), translate("Printing", "PDF documents (*.pdf)")),
        "xlsx": (translate("Printing", "Save the workbook"), translate("Printing", "Excel workbooks (*.xlsx)")),
    }[kind]
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(save_folder() / suggested), pattern)
    if path:
        QSettings().setValue(SAVE_FOLDER_KEY, str(Path(path).parent))
    return path or None


def save_copy(source: Path, target: Path) -> Path:
    """Copy to a temporary name beside the target, then rename: never half a PDF under the real name."""
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    return atomic_files.copy_file(source, target)
