"""Identifiers made on the device: UUIDv7 (time-ordered) and deterministic ids for natural keys."""

from __future__ import annotations

import uuid
from collections.abc import Callable

_NAMESPACE = uuid.UUID("5b0f6a39-3c4e-4d0a-9a53-2f1f4a8f5e11")


def new_id() -> str:
    return str(_uuid7())


def _first_uuid7() -> uuid.UUID:
    """uuid6 is imported by the first new id, not on a start's way to its first data (reading makes none; its
    import reads the package's metadata from disk, 3-4 ms); from then on ``_uuid7`` is uuid6's own."""
    global _uuid7
    from uuid6 import uuid7

    _uuid7 = uuid7
    return uuid7()


_uuid7: Callable[[], uuid.UUID] = _first_uuid7


def derived_id(*parts: str) -> str:
    """The same id on every device for the same natural key (e.g. attendance of one person at one session)."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))
