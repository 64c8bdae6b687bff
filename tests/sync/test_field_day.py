"""Proof scenario 14: a field day through a throttling proxy (256 kbit/s, a delay, the link cut regularly).

CI runs a scaled-down day; FIELDAPP_FIELD_DAY=full runs the issue's (500 operations, 40 photos of 4 MB,
a cut every 60 s)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from fieldapp.model import Operation, Person
from fieldapp.services.attachments import AttachmentStore, attach
from tests.sync.conftest import HubProcess, assert_converged, make_laptop, seed
from tests.sync.proxy import Proxy

FULL = os.environ.get("FIELDAPP_FIELD_DAY") == "full"
OPERATIONS, PHOTOS, PHOTO_EDGE, CUT_EVERY = (500, 40, 4000, 60.0) if FULL else (500, 3, 900, 12.0)


def _photo(path: Path, seed_value: int) -> Path:
    image = Image.effect_noise((PHOTO_EDGE, PHOTO_EDGE * 3 // 4), 60 + seed_value).convert("RGB")
    image.save(path, "JPEG", quality=95)
    return path


@pytest.mark.one_backend
def test_14_a_field_day_through_a_throttled_broken_link(hub: HubProcess, tmp_path: Path,
                                                        empty_template: Path) -> None:
    a = make_laptop(hub, tmp_path / "a.sqlite", "A", empty_template)
    ids = seed(a.db)
    people = [ids["person0"], ids["person1"], ids["person2"]]
    for i in range(OPERATIONS):
        with a.db.transaction() as s:
            s.get(Person, people[i % 3]).notes = f"visit note {i}"
    store = AttachmentStore.beside(a.db.path)
    with a.db.transaction() as s:
        for i in range(PHOTOS):
            attach(s, store, "person", people[i % 3], _photo(tmp_path / f"photo{i}.jpg", i), kind="site_photo")
    proxy = Proxy(hub.port, rate=256_000 / 8, delay=0.4)
    stop = threading.Event()

    def cut_regularly() -> None:
        while not stop.wait(CUT_EVERY):
            proxy.cut_all()

    threading.Thread(target=cut_regularly, daemon=True).start()
    try:
        report = a.sync(proxy.url, give_up_after=60)
    finally:
        stop.set()
        proxy.close()
    [(total, distinct, files, last_op, first_file)] = hub.query(
        "SELECT (SELECT count(*) FROM operation), (SELECT count(DISTINCT op_id) FROM operation), "
        "(SELECT count(*) FROM hub_file WHERE complete), (SELECT max(received_at) FROM hub_received), "
        "(SELECT min(updated_at) FROM hub_file)")
    with a.db.reading() as s:  # the laptop's own driver (two SQLite libraries on one file break its locks)
        local = s.scalar(select(func.count()).select_from(Operation).where(Operation.origin == "local"))
    assert report.files == PHOTOS and files == PHOTOS
    assert total == distinct == local  # everything arrived, nothing twice
    assert last_op < first_file  # operations before photos
    sizes = [p.stat().st_size for p in (hub.data / "files").iterdir() if not p.name.endswith(".part")]
    assert max(sizes) < min((tmp_path / f"photo{i}.jpg").stat().st_size for i in range(PHOTOS))  # downscaled
    b = make_laptop(hub, tmp_path / "b.sqlite", "B", empty_template)
    b.sync()
    assert_converged(hub, a, b)
