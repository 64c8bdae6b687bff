"""Numbers people write on paper: drafts get a device-prefixed number; official ones come from the head office."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fieldapp.db.history import check_identity
from fieldapp.model import LocalDevice, NumberCounter

KIND_CODES = {"application": "A", "agreement": "D", "training": "T", "site_visit": "V", "person": "P"}


def next_draft_number(session: Session, kind: str) -> str:
    """``7F3A-A-0001``: the device prefix makes numbers from two laptops never collide. A copied file renews its
    device (and prefix) at its first write (``check_identity``); a number is such a write's first step, so it
    asks first, or the copy's first number would carry the original laptop's prefix — and the original would
    give the same number next."""
    check_identity(session)
    device = session.get(LocalDevice, 1)
    if device is None:
        raise RuntimeError("database has no device identity")
    counter = session.get(NumberCounter, kind)
    if counter is None:
        counter = NumberCounter(kind=kind, last=0)
        session.add(counter)
    counter.last += 1
    return f"{device.prefix}-{KIND_CODES.get(kind, kind[:1].upper())}-{counter.last:04d}"
