"""Photo import: checked before anything is written, copied by content hash (the original untouched), EXIF time,
GPS and orientation read, thumbnails turned upright; typed coordinates in decimal or degrees-minutes-seconds."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from fieldapp.model import Attachment, SiteVisit, VisitPhoto
from fieldapp.problems import Invalid
from fieldapp.services import geo, photos
from fieldapp.services.attachments import AttachmentStore

from .conftest import Site
from .photo_files import corrupt, jpeg


def test_exif_time_gps_and_orientation_are_read_and_the_original_is_untouched(tmp_path: Path) -> None:
    source = jpeg(tmp_path / "IMG_0001.jpg", gps=(43.653611, 51.167222), orientation=6)
    before, stat = source.read_bytes(), source.stat()
    store = AttachmentStore(tmp_path / "store")
    photo = photos.prepare(store, source)
    assert (photo.taken_at.isoformat(), photo.latitude, photo.longitude, photo.orientation) == (
        "2020-06-01T11:30:00", 43.653611, 51.167222, 6)
    assert source.read_bytes() == before and source.stat().st_mtime_ns == stat.st_mtime_ns
    stored = store.path(photo.sha256)
    assert stored.read_bytes() == before  # full quality kept, byte for byte
    assert photo.sha256 == hashlib.sha256(before).hexdigest()
    # the thumbnail is turned upright: 64×32 stored on its side (orientation 6) shows 32 wide and 64 tall,
    # the red half (the stored left) now at the top
    with Image.open(io.BytesIO(photos.scaled(stored, 200))) as thumb:
        assert thumb.size == (32, 64)
        top, bottom = thumb.getpixel((16, 8)), thumb.getpixel((16, 56))
        assert top[0] > 150 and top[1] < 90 and min(bottom) > 200
    with Image.open(io.BytesIO(photos.scaled(stored, 200, orientation=1))) as as_stored:
        assert as_stored.size == (64, 32)


def test_a_photo_without_exif_has_no_time_or_place(tmp_path: Path) -> None:
    photo = photos.prepare(AttachmentStore(tmp_path / "store"),
                           jpeg(tmp_path / "plain.jpg", taken=None, gps=None, orientation=None))
    assert (photo.taken_at, photo.latitude, photo.longitude, photo.orientation) == (None, None, None, 1)


def test_southern_and_western_gps_are_negative() -> None:
    assert photos.gps_of({1: "S", 2: (33.0, 30.0, 0.0), 3: "W", 4: (70.0, 15.0, 0.0)}) == (-33.5, -70.25)
    assert photos.gps_of({1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)}) is None  # "no fix" zeros
    assert photos.gps_of({}) is None


@pytest.mark.parametrize("kind", ["corrupt", "text", "huge", "missing"])
def test_bad_files_are_refused_with_a_reason_and_nothing_is_stored(tmp_path: Path, kind: str) -> None:
    good = jpeg(tmp_path / "good.jpg", size=(400, 300))
    bad = tmp_path / f"bad-{kind}.jpg"
    if kind == "corrupt":
        corrupt(bad, good)
    elif kind == "text":
        bad.write_text("not a photo at all")
    elif kind == "huge":
        with open(bad, "wb") as out:
            out.truncate(60 * 1024 * 1024)
    store = AttachmentStore(tmp_path / "store")
    with pytest.raises(Invalid) as caught:
        photos.prepare(store, bad)
    assert caught.value.code == {"corrupt": "photo.corrupt", "text": "photo.not_image", "huge": "photo.too_large",
                                 "missing": "attachment.missing"}[kind]
    assert caught.value.params["name"] == bad.name
    assert not (tmp_path / "store").exists() or not any(p.is_file() for p in (tmp_path / "store").rglob("*"))


def test_the_same_photo_twice_is_stored_once_and_recorded_once(site: Site, tmp_path: Path) -> None:
    store = AttachmentStore.beside(site.db.path)
    first = jpeg(tmp_path / "a.jpg")
    copy = tmp_path / "b.jpg"
    copy.write_bytes(first.read_bytes())
    with site.db.reading() as s:
        visit_id = s.scalars(select(SiteVisit.id).where(SiteVisit.agreement_id == site.agreement_id)).first()
        before = len(s.scalars(select(VisitPhoto.id).where(VisitPhoto.visit_id == visit_id)).all())
    prepared = [photos.prepare(store, first), photos.prepare(store, copy)]
    with site.db.transaction() as s:
        ids = photos.add_photos(s, visit_id, prepared, {prepared[0].sha256: "Общий вид"})
    assert ids[0] == ids[1]
    with site.db.transaction() as s:  # again, later: still one
        assert photos.add_photos(s, visit_id, prepared[:1]) == ids[:1]
    with site.db.reading() as s:
        rows = s.scalars(select(VisitPhoto).where(VisitPhoto.visit_id == visit_id)).all()
        assert len(rows) == before + 1
        new = next(r for r in rows if r.id == ids[0])
        attachment = s.get(Attachment, new.attachment_id)
        assert (new.caption, attachment.kind, attachment.subject_id) == ("Общий вид", "site_photo", visit_id)
    assert len([p for p in store.root.rglob(prepared[0].sha256)]) == 1
    assert os.path.getsize(store.path(prepared[0].sha256)) == first.stat().st_size


@pytest.mark.parametrize(("text", "point"), [
    ("43.653611, 51.167222", (43.653611, 51.167222)),
    ("43,653611; 51,167222", (43.653611, 51.167222)),
    ("43°39'13\"N 51°10'02\"E", (43.653611, 51.167222)),
    ("51°10'02\"E, 43°39'13\"N", (43.653611, 51.167222)),
    ("N43 39.2 E51 10.1", (43.653333, 51.168333)),
    ("-33.5 -70.25", (-33.5, -70.25)),
])
def test_typed_coordinates_are_read(text: str, point: tuple[float, float]) -> None:
    assert geo.parse_point(text) == point


@pytest.mark.parametrize(("text", "code"), [("91, 51", "geo.range"), ("43, 181", "geo.range"),
                                             ("село Курык", "geo.format"), ("43°61'N 51°E", "geo.format")])
def test_bad_coordinates_are_refused(text: str, code: str) -> None:
    with pytest.raises(Invalid) as caught:
        geo.parse_point(text)
    assert caught.value.code == code


def test_a_point_opens_in_openstreetmap() -> None:
    assert geo.map_url(43.653611, 51.167222) == (
        "https://www.openstreetmap.org/?mlat=43.653611&mlon=51.167222#map=17/43.653611/51.167222")
