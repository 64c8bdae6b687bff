"""Site photos: checked, copied into the attachment store by content hash (the original is never touched),
read for their EXIF time, GPS position and orientation; thumbnails and downscaled copies turned upright."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Attachment, SiteVisit, VisitPhoto
from fieldapp.problems import Invalid
from fieldapp.services.attachments import AttachmentStore

#: larger files are refused (a camera's JPEG is 3–12 MB; a 60 MB file is not a site photo)
MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 120_000_000
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "TIFF": "image/tiff"}
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATETIME_ORIGINAL, DATETIME = 36867, 306
ORIENTATION = 274


@dataclass(frozen=True)
class PhotoFile:
    """A photo checked and in the store, not yet recorded against a visit."""

    sha256: str
    size: int
    file_name: str
    media_type: str
    taken_at: dt.datetime | None
    latitude: float | None
    longitude: float | None
    orientation: int
    width: int
    height: int


def _rational(value: object) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        return float(value[0]) / float(value[1]) if value[1] else 0.0
    return float(value)  # type: ignore[arg-type]


def gps_of(gps: dict[int, object]) -> tuple[float, float] | None:
    """Decimal latitude and longitude from an EXIF GPS block (refs 1/3, values 2/4), or None."""
    try:
        lat_dms, lon_dms = gps[2], gps[4]
        lat = sum(_rational(v) / 60 ** i for i, v in enumerate(list(lat_dms)))  # type: ignore[call-overload]
        lon = sum(_rational(v) / 60 ** i for i, v in enumerate(list(lon_dms)))  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return round(lat, 6), round(lon, 6)


def _taken_at(text: object) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(str(text).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def read_photo(path: Path) -> tuple[Image.Image, str]:
    """The image, fully decoded, and its format; raises Invalid for anything that is not a whole photo."""
    path = Path(path)
    if not path.is_file():
        raise Invalid("attachment.missing", f"{path}: no such file", params={"name": path.name})
    size = path.stat().st_size
    if size > MAX_PHOTO_BYTES:
        raise Invalid("photo.too_large", f"{path.name}: {size} bytes, more than {MAX_PHOTO_BYTES}",
                      params={"name": path.name, "megabytes": round(size / 1048576, 1),
                              "limit": MAX_PHOTO_BYTES // 1048576})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            if image.format not in FORMATS:
                raise Invalid("photo.format", f"{path.name}: {image.format} is not a photo format",
                              params={"name": path.name})
            if image.width * image.height > MAX_PIXELS:
                raise Invalid("photo.not_image", f"{path.name}: too many pixels", params={"name": path.name})
            image.load()
    except Invalid:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise Invalid("photo.not_image", f"{path.name}: not an image", params={"name": path.name}) from None
    except (OSError, SyntaxError, ValueError):
        raise Invalid("photo.corrupt", f"{path.name}: the image is damaged or cut short",
                      params={"name": path.name}) from None
    return image, str(image.format)


def prepare(store: AttachmentStore, path: Path) -> PhotoFile:
    """Check a photo, read its EXIF and copy it into the store (nothing is written to the database)."""
    image, kind = read_photo(path)
    exif = image.getexif()
    orientation = int(exif.get(ORIENTATION, 1) or 1)
    orientation = orientation if 1 <= orientation <= 8 else 1
    taken = _taken_at(exif.get_ifd(EXIF_IFD).get(DATETIME_ORIGINAL) or exif.get(DATETIME) or "")
    point = gps_of(dict(exif.get_ifd(GPS_IFD)))
    width, height = image.size
    image.close()
    sha, size = store.put(Path(path))
    return PhotoFile(sha, size, Path(path).name, FORMATS[kind], taken, point[0] if point else None,
                     point[1] if point else None, orientation, width, height)


def add_photos(session: Session, visit_id: str, photos: list[PhotoFile],
               captions: dict[str, str] | None = None) -> list[str]:
    """Record photos against a visit (one already there is not added twice); returns the photos' ids."""
    visit = session.get(SiteVisit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise Invalid("visit.unknown", f"No such visit: {visit_id}", params={"id": visit_id})
    have = {sha: photo_id for sha, photo_id in session.execute(
        select(Attachment.sha256, VisitPhoto.id).join(Attachment, Attachment.id == VisitPhoto.attachment_id)
        .where(VisitPhoto.visit_id == visit_id))}
    position = session.scalar(select(func.coalesce(func.max(VisitPhoto.position), 0))
                              .where(VisitPhoto.visit_id == visit_id)) or 0
    ids = []
    for photo in photos:
        if photo.sha256 in have:
            ids.append(have[photo.sha256])
            continue
        position += 1
        attachment = Attachment(subject_table="site_visit", subject_id=visit_id, kind="site_photo",
                                sha256=photo.sha256, file_name=photo.file_name[:300], media_type=photo.media_type,
                                size=photo.size)
        row = VisitPhoto(visit_id=visit_id, attachment_id=attachment.id, position=position, taken_at=photo.taken_at,
                         latitude=photo.latitude, longitude=photo.longitude, orientation=photo.orientation,
                         caption=((captions or {}).get(photo.sha256) or "").strip() or None)
        session.add_all([attachment, row])
        have[photo.sha256] = row.id
        ids.append(row.id)
    session.flush()
    return ids


def upright(image: Image.Image, orientation: int) -> Image.Image:
    """The image turned as its EXIF orientation says (1 = as stored)."""
    method = {2: [Image.Transpose.FLIP_LEFT_RIGHT], 3: [Image.Transpose.ROTATE_180],
              4: [Image.Transpose.FLIP_TOP_BOTTOM], 5: [Image.Transpose.TRANSPOSE],
              6: [Image.Transpose.ROTATE_270], 7: [Image.Transpose.TRANSVERSE],
              8: [Image.Transpose.ROTATE_90]}.get(orientation, [])
    for step in method:
        image = image.transpose(step)
    return image


def scaled(path: Path, longest: int, orientation: int | None = None, quality: int = 82) -> bytes:
    """A JPEG of the photo turned upright with its longest side at most ``longest`` pixels (thumbnails, reports,
    slow links); the stored photo keeps its full quality."""
    with Image.open(path) as image:
        if image.format == "JPEG":  # decode at a smaller scale straight away: a thumbnail of 12 MP in a tenth
            image.draft("RGB", (longest * 2, longest * 2))
        turned = ImageOps.exif_transpose(image) if orientation is None else upright(image, orientation)
        turned.thumbnail((longest, longest))
        out = io.BytesIO()
        turned.convert("RGB").save(out, "JPEG", quality=quality)
        return out.getvalue()


@dataclass(frozen=True)
class Prepared:
    """One file the user chose: the photo ready to record with its thumbnail, or why it was refused."""

    path: Path
    photo: PhotoFile | None
    thumbnail: bytes | None
    problem: Invalid | None


def prepare_files(session: Session, paths: list[Path], thumb: int = 120) -> list[Prepared]:
    """Check and store each file beside the session's database (nothing is written to the database)."""
    store = AttachmentStore.of(session)
    found = []
    for path in paths:
        try:
            photo = prepare(store, Path(path))
            found.append(Prepared(Path(path), photo, scaled(store.path(photo.sha256), thumb, photo.orientation),
                                  None))
        except Invalid as exc:
            found.append(Prepared(Path(path), None, None, exc))
    return found


def thumbnails(session: Session, photos: list[tuple[str, str, int]], thumb: int = 120) -> dict[str, bytes]:
    """Thumbnails by photo id of (id, sha256, orientation); a photo still on its way from another laptop, or
    unreadable, has none."""
    store = AttachmentStore.of(session)
    found = {}
    for photo_id, sha, orientation in photos:
        path = store.path(sha)
        if path.is_file():
            try:
                found[photo_id] = scaled(path, thumb, orientation)
            except (OSError, ValueError):
                continue
    return found
