"""Fields of the visit form that are more than one widget: the location (typed, or taken from a photo, opened in
the map application) and the photos (added many at once, thumbnails turned upright, a caption each)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldapp.formatting import format_date
from fieldapp.services import geo
from fieldapp.services.photos import PhotoFile
from fieldapp.ui import style

THUMB = 120
IMAGE_FILTER = "*.jpg *.jpeg *.JPG *.JPEG *.png *.PNG *.webp *.tif *.tiff"


def open_in_map(latitude: float, longitude: float) -> bool:
    """The point in the system's browser or map application (tests replace this)."""
    return QDesktopServices.openUrl(QUrl(geo.map_url(latitude, longitude)))


class LocationField(QWidget):
    """Coordinates typed as decimal degrees or degrees-minutes-seconds; "Open in map" shows the point."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("locationEdit")
        self.edit.setPlaceholderText("43.653611, 51.167222")
        self.map_button = QPushButton(self)
        self.map_button.setObjectName("mapButton")
        row.addWidget(self.edit, 1)
        row.addWidget(self.map_button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.map_button.clicked.connect(self.open_map)
        self.retranslate()

    def retranslate(self) -> None:
        self.map_button.setText(self.tr("Open in map"))
        self.edit.setToolTip(self.tr("Decimal degrees (43.653611, 51.167222) or degrees, minutes and seconds "
                                     "(43°39'13\"N 51°10'02\"E)"))

    def form_value(self) -> str:
        return self.edit.text()

    def set_form_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def open_map(self) -> bool:
        try:
            latitude, longitude = geo.parse_point(self.edit.text())
        except Exception:  # noqa: BLE001 - an unreadable point is shown under the field when saving
            self.edit.setFocus()
            return False
        return open_in_map(latitude, longitude)


class PhotoList(QWidget):
    """Photos of a visit: those recorded (by id) and those added in this form (by hash, recorded on save)."""

    changed = Signal()
    #: the user asked to add these files (the dialog prepares them off the GUI thread)
    files_chosen = Signal(list)
    #: "use this photo's place" for the visit's location
    place_chosen = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPhotosButton")
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("addFolderButton")
        self.place_button = QPushButton(self)
        self.place_button.setObjectName("photoPlaceButton")
        for button in (self.add_button, self.folder_button, self.place_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.list = QListWidget(self)
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 24, THUMB + 40))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.info = QLabel(self)
        self.info.setObjectName("photoInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        caption_row = QHBoxLayout()
        self.caption_label = QLabel(self)
        self.caption = QLineEdit(self)
        self.caption.setObjectName("captionEdit")
        self.caption_label.setBuddy(self.caption)
        caption_row.addWidget(self.caption_label)
        caption_row.addWidget(self.caption, 1)
        layout.addLayout(caption_row)
        self.problems = QLabel(self)
        self.problems.setObjectName("photoProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {style.error_colour().name()};")
        layout.addWidget(self.problems)
        #: key (photo id or "new:<sha>") → [caption, taken_at, latitude, longitude, file name, PhotoFile or None]
        self.entries: dict[str, dict[str, Any]] = {}
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.caption.textEdited.connect(self._caption_typed)
        self.add_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.place_button.clicked.connect(self._use_place)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add photos…"))
        self.folder_button.setText(self.tr("Add a folder…"))
        self.place_button.setText(self.tr("Use this photo's place"))
        self.caption_label.setText(self.tr("&Caption:"))
        self._show_current()

    # -- adding --------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "",
                                                      self.tr("Photos (%1)").replace("%1", IMAGE_FILTER))
        if names:
            self.files_chosen.emit([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add the photos of a folder"))
        if folder:
            suffixes = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"}
            self.files_chosen.emit(sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in suffixes))

    def add_recorded(self, photo_id: str, file_name: str, caption: str | None, taken_at: dt.datetime | None,
                     latitude: float | None, longitude: float | None, thumbnail: bytes | None) -> None:
        self._add(photo_id, {"caption": caption or "", "taken_at": taken_at, "latitude": latitude,
                             "longitude": longitude, "file_name": file_name, "photo": None}, thumbnail)

    def add_new(self, photo: PhotoFile, thumbnail: bytes | None, caption: str = "") -> bool:
        """A photo prepared in this form; False when the visit already has it (the same content)."""
        key = f"new:{photo.sha256}"
        if key in self.entries or any(e.get("sha256") == photo.sha256 for e in self.entries.values()):
            return False
        self._add(key, {"caption": caption, "taken_at": photo.taken_at, "latitude": photo.latitude,
                        "longitude": photo.longitude, "file_name": photo.file_name, "photo": photo,
                        "sha256": photo.sha256}, thumbnail)
        self.changed.emit()
        return True

    def set_sha(self, photo_id: str, sha256: str) -> None:
        if photo_id in self.entries:
            self.entries[photo_id]["sha256"] = sha256

    def _add(self, key: str, entry: dict[str, Any], thumbnail: bytes | None) -> None:
        self.entries[key] = entry
        item = QListWidgetItem(entry["file_name"])
        item.setData(Qt.ItemDataRole.UserRole, key)
        if thumbnail:
            pixmap = QPixmap()
            pixmap.loadFromData(thumbnail)
            item.setIcon(QIcon(pixmap))
        item.setToolTip(entry["file_name"])
        self.list.addItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    # -- the chosen photo ----------------------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_current(self) -> None:
        key = self.current_key()
        entry = self.entries.get(key or "")
        self.caption.setEnabled(entry is not None)
        self.place_button.setEnabled(bool(entry and entry["latitude"] is not None))
        if entry is None:
            self.info.setText(self.tr("No photos yet: add them from the camera's folder or a USB stick."))
            self.caption.clear()
            return
        taken = entry["taken_at"]
        when = f"{format_date(taken)} {taken:%H:%M}" if taken else self.tr("time unknown")
        where = geo.format_point(entry["latitude"], entry["longitude"]) or self.tr("no GPS position")
        self.info.setText(f"{entry['file_name']} · {when} · {where}")
        self.caption.setText(entry["caption"])

    def _caption_typed(self, text: str) -> None:
        key = self.current_key()
        if key in self.entries:
            self.entries[key]["caption"] = text
            self.changed.emit()

    def _use_place(self) -> None:
        entry = self.entries.get(self.current_key() or "")
        if entry and entry["latitude"] is not None:
            self.place_chosen.emit(entry["latitude"], entry["longitude"])

    def first_place(self) -> tuple[float, float] | None:
        for entry in self.entries.values():
            if entry["latitude"] is not None:
                return entry["latitude"], entry["longitude"]
        return None

    # -- what the form saves -------------------------------------------------------------------------
    def new_photos(self) -> list[PhotoFile]:
        return [e["photo"] for e in self.entries.values() if e["photo"] is not None]

    def captions(self) -> dict[str, str]:
        """Captions by photo id (recorded) or SHA-256 (new)."""
        return {(key[4:] if key.startswith("new:") else key): e["caption"] for key, e in self.entries.items()}

    def form_value(self) -> dict[str, str]:
        return self.captions()

    def set_form_value(self, value: Any) -> None:
        for key, caption in (value or {}).items():
            for entry_key in (key, f"new:{key}"):
                if entry_key in self.entries:
                    self.entries[entry_key]["caption"] = caption
        self._show_current()
