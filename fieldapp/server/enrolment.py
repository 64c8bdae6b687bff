"""Devices: one-time enrolment codes with scopes, tokens (only their hashes are kept), revocation."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from sqlalchemy import or_, select, update

from fieldapp.ids import new_id
from fieldapp.model import Cycle, Locality
from fieldapp.model.base import utcnow
from fieldapp.server.store import HubDevice, HubDeviceReport, HubEnrolment, HubStore

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class EnrolmentError(Exception):
    """A code that is unknown or already used, a scope that names nothing: one line for people; ``code`` tells
    a laptop's screen which (``enrol.code_unknown``, ``enrol.code_used``)."""

    def __init__(self, message: str, code: str = "enrol.refused") -> None:
        super().__init__(message)
        self.code = code


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.strip().upper().encode()).hexdigest()


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def parse_scope(store: HubStore, spec: str | None) -> dict[str, Any]:
    """``cycle=…,settlement=…`` (ids or names, repeatable) → {"cycles": [...], "settlements": [...]}; none: all."""
    scopes: dict[str, Any] = {"cycles": None, "settlements": None}
    if not spec:
        return scopes
    with store.reading() as session:
        for part in spec.split(","):
            key, _, value = part.partition("=")
            key, value = key.strip(), value.strip()
            if key == "cycle":
                found = session.scalars(select(Cycle.id).where(or_(
                    Cycle.id == value, Cycle.name == value,
                    Cycle.number == (int(value) if value.isdigit() else -1)))).all()
            elif key == "settlement":
                found = session.scalars(select(Locality.id).where(Locality.kind == "settlement", or_(
                    Locality.id == value, Locality.name_ru == value, Locality.name_kk == value,
                    Locality.name_en == value, Locality.kato == value))).all()
            else:
                raise EnrolmentError(f"unknown scope {key!r}: use cycle=… or settlement=…")
            if not found:
                raise EnrolmentError(f"the hub has no {key} {value!r}")
            bucket = scopes[f"{key}s"] = scopes[f"{key}s"] or []
            bucket.extend(f for f in found if f not in bucket)
    return scopes


def issue_code(store: HubStore, name: str, scope_spec: str | None = None, *, head_office: bool = False) -> str:
    """A one-time code for a device with these scopes; a ``head_office`` device's changes count as the head
    office's whoever is signed in on it (the hub's ownership rules)."""
    if not name.strip():
        raise EnrolmentError("a device needs a name")
    scopes = parse_scope(store, scope_spec)
    if head_office:
        scopes["head_office"] = True
    code = "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(4))
    with store.writing() as session:
        session.add(HubEnrolment(code_hash=_hash(code), name=name.strip(), scopes=scopes, issued_at=utcnow()))
    return code


def redeem(store: HubStore, code: str) -> tuple[str, HubDevice]:
    """A one-time code becomes a device and its token (returned once, stored only hashed)."""
    token = secrets.token_urlsafe(32)
    with store.writing() as session:
        enrolment = session.get(HubEnrolment, _hash(code))
        if enrolment is None:
            raise EnrolmentError("unknown enrolment code: check it, or ask the head office for a new one",
                                 "enrol.code_unknown")
        if enrolment.used_at is not None:
            raise EnrolmentError("this enrolment code was already used: ask the head office for a new one",
                                 "enrol.code_used")
        device = HubDevice(id=new_id(), name=enrolment.name, token_hash=_token_hash(token),
                           scopes=enrolment.scopes, enrolled_at=utcnow())
        session.add(device)
        enrolment.used_at, enrolment.device_id = utcnow(), device.id
    return token, device


def revoke(store: HubStore, name: str) -> int:
    now = utcnow()
    with store.writing() as session:
        result = session.execute(update(HubDevice).where(HubDevice.name == name, HubDevice.revoked_at.is_(None))
                                 .values(revoked_at=now))
        pending = session.execute(update(HubEnrolment).where(HubEnrolment.name == name,
                                                             HubEnrolment.used_at.is_(None)).values(used_at=now))
        return int(result.rowcount or 0) + int(pending.rowcount or 0)  # type: ignore[attr-defined]


#: the last contact of a device is written at most this often (every request authenticates)
SEEN_EVERY = dt.timedelta(minutes=1)


def authenticate(store: HubStore, token: str | None) -> HubDevice | None:
    if not token:
        return None
    with store.reading() as session:
        device = session.scalars(select(HubDevice).where(HubDevice.token_hash == _token_hash(token))).first()
        if device is None or device.revoked_at is not None:
            return None
        session.expunge(device)
    if device.last_seen_at is None or utcnow() - device.last_seen_at > SEEN_EVERY:
        seen(store, device.id)
    return device


def seen(store: HubStore, device_id: str) -> None:
    """The device was in contact now (a request, a bundle taken in): the head office's list shows it."""
    with store.writing() as session:
        session.execute(update(HubDevice).where(HubDevice.id == device_id).values(last_seen_at=utcnow()))


def reported(store: HubStore, device_id: str, pending: int) -> None:
    """A laptop's own count of changes not yet delivered, as it said at its last pull (the head office's list)."""
    with store.writing() as session:
        session.merge(HubDeviceReport(device_id=device_id, pending=pending, reported_at=utcnow()))
