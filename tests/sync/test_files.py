"""Attachments travel down too: a laptop that pulls a record's attachment fetches its file from the hub
(after the operations, resumably, checked by SHA-256); a laptop of another settlement gets neither the record
nor the file, and is refused if it asks for it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from sqlalchemy import select

from fieldapp.model import Attachment
from fieldapp.model.history import SyncFile
from fieldapp.services.attachments import AttachmentStore, attach, attachments_of
from fieldapp.sync.apply import get_setting
from fieldapp.sync.client import TOKEN
from fieldapp.sync.files import PHOTO_EDGE
from tests.sync.conftest import HubProcess, Laptop, assert_converged, converge, make_laptop, seed


@pytest.fixture
def laptops(hub: HubProcess, tmp_path: Path, empty_template: Path) -> Iterator[Any]:
    """Laptops each in a folder of its own (the attachment store sits beside the database)."""
    made: list[Laptop] = []

    def make(name: str, scope: str | None = None) -> Laptop:
        (tmp_path / name).mkdir()
        made.append(make_laptop(hub, tmp_path / name / "fieldapp.sqlite", name, empty_template, scope))
        return made[-1]

    yield make
    for laptop in made:
        laptop.db.close()


def test_a_pulled_attachment_brings_its_file_and_only_to_the_devices_that_may_see_it(
        laptops: Any, hub: HubProcess, tmp_path: Path) -> None:
    a = laptops("A")
    ids = seed(a.db)
    a.set_user("field_officer")
    photo = tmp_path / "site.jpg"
    Image.effect_noise((2400, 1800), 60).convert("RGB").save(photo, "JPEG", quality=95)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 support letter " * 20_000)  # ~480 kB: several chunks
    store_a = AttachmentStore.beside(a.db.path)
    with a.db.transaction() as s:
        attach(s, store_a, "person", ids["person0"], photo, kind="site_photo")
        attach(s, store_a, "person", ids["person0"], letter, kind="support_letter")
    a.sync()
    kuryk = laptops("K", scope="settlement=Курык")
    fort = laptops("F", scope="settlement=Форт-Шевченко")
    # a download cut short left a part behind; this one was damaged on the way: the fetch resumes at its end,
    # the SHA-256 check catches the damage, the part is dropped and the next round fetches the file whole
    letter_sha = hashlib.sha256(letter.read_bytes()).hexdigest()
    part = AttachmentStore.beside(kuryk.db.path).path(letter_sha).with_name(f".incoming-{letter_sha}.part")
    part.parent.mkdir(parents=True)
    part.write_bytes(b"x" * 1000)
    assert kuryk.sync().fetched == 1
    assert not part.exists()
    assert kuryk.sync().fetched == 1
    assert fort.sync().fetched == 0

    store_k = AttachmentStore.beside(kuryk.db.path)
    with kuryk.db.reading() as s:
        files = {f.kind: f for f in attachments_of(s, store_k, "person", ids["person0"])}
        queued = {f.sha256: f.sent_at for f in s.scalars(select(SyncFile))}
    assert files["site_photo"].available and files["support_letter"].available
    # a document arrives as it is; a photo as the hub holds it: downscaled (the original stays on laptop A)
    assert store_k.path(files["support_letter"].sha256).read_bytes() == letter.read_bytes()
    got = store_k.path(files["site_photo"].sha256)
    assert got.read_bytes() == (hub.data / "files" / files["site_photo"].sha256).read_bytes()
    with Image.open(got) as image:
        assert max(image.size) == PHOTO_EDGE
    assert hashlib.sha256(photo.read_bytes()).hexdigest() == files["site_photo"].sha256
    assert set(queued) == {files["site_photo"].sha256, files["support_letter"].sha256}
    assert all(queued.values())  # fetched files are not sent back
    assert not list(store_k.root.rglob("*.part"))
    assert kuryk.sync().fetched == 0  # nothing fetched twice

    with fort.db.reading() as s:
        assert s.scalars(select(Attachment)).all() == []
    store_f = AttachmentStore.beside(fort.db.path)
    assert not store_f.root.exists() or not any(p.is_file() for p in store_f.root.rglob("*"))
    for sha256 in (files["site_photo"].sha256, files["support_letter"].sha256):
        asked = httpx.get(f"{hub.url}/files/{sha256}/content", headers={"Authorization": f"Bearer {token_of(fort)}"})
        assert asked.status_code == 403
    piece = httpx.get(f"{hub.url}/files/{letter_sha}/content",
                      headers={"Authorization": f"Bearer {token_of(kuryk)}", "Range": "bytes=10-19"})
    assert piece.status_code == 206 and piece.content == letter.read_bytes()[10:20]
    converge(a, kuryk)
    b = laptops("B")
    b.sync()
    assert_converged(hub, a, b)


def token_of(laptop: Laptop) -> str:
    with laptop.db.reading() as s:
        return get_setting(s, TOKEN) or ""
