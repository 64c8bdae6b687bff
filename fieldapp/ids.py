"""Identifiers made on the device: UUIDv7 (time-ordered) and deterministic ids for natural keys."""

from __future__ import annotations

import uuid

import uuid6

_NAMESPACE = uuid.UUID("5b0f6a39-3c4e-4d0a-9a53-2f1f4a8f5e11")


def new_id() -> str:
    return str(uuid6.uuid7())


def derived_id(*parts: str) -> str:
    """The same id on every device for the same natural key (e.g. attendance of one person at one session)."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))
